"""The words that tell a source's name from words for a kind of source, as data.

Word lists (`OPENERS`, `CONNECTORS`, `DESCRIPTORS`, `NEWS_NAME_WORDS`, `ORGANISATION_WORDS`,
`GENERIC_WORDS`, `OUTLET_ADJECTIVES`), not cases keyed to one outlet or one article, and the
tests reading a name by them: `generic` (a kind of source, no name: "the Authorities",
"local media") and `person_like` (a person's name, "Jim Heintz"). `sources_named` reads a
phrase's name with them.
"""

from __future__ import annotations

import re

from generator.analysis import places

# Capitalised words that open a clause but name nothing: sentence-initial prepositions,
# conjunctions, adverbs, pronouns, verbs of attribution and words for anonymous sources.
_OPENERS_TEXT = """
    a an the as at by for from in into on of to with without about after before during since until
    and but or nor so yet also then thus still however meanwhile earlier later previously now today
    while when where whereas although though because if unless whether
    citing according quoting reporting reported says said told adding
    it he she they we i you his her its their our my your this that these those there here
    sources source officials official witnesses residents reports report details quote update
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr
    der die das den dem des ein eine einer le la les un une el los las il lo gli het een o os det
"""
OPENERS = frozenset(_OPENERS_TEXT.split())
# Lower-case words that may join the capitalised words of one name ("Ministry of Defence").
_CONNECTORS_TEXT = "of for and & de del der des du la le al von van y e da do dos das di"
CONNECTORS = frozenset(_CONNECTORS_TEXT.split())
# Lower-case words naming what kind of source the next (or previous) name is: an outlet or agency.
_DESCRIPTORS_TEXT = """
    agency news newspaper broadcaster daily weekly channel outlet website magazine television tv
    radio wire service publication network paper tabloid site portal
    nachrichtenagentur agentur zeitung us-zeitung sender blatt magazin fernsehsender
    agence journal quotidien agencia diario periódico cadena agência jornal notícias noticias
    agenzia quotidiano giornale persbureau krant nyheitsbyrået nyhetsbyrået nyhetsbyrå
    nyheitsbyrå avis hírügynökség lap uudistetoimisto
"""
DESCRIPTORS = frozenset(_DESCRIPTORS_TEXT.split())
# Adjectives before a source's name that are no part of it ("Local JOJ television", "State-run
# IRNA", "Private broadcaster Markiza"); capitalised only at a sentence's start. Words of this
# list, and words ending in `DESCRIBING` ("state-run", "Kyiv-based", "pro-government").
_LEADING_ADJECTIVES_TEXT = """
    local private privately regional leading popular influential prominent commercial
    independent-minded online semi-official semiofficial official
"""
LEADING_ADJECTIVES = frozenset(_LEADING_ADJECTIVES_TEXT.split())
DESCRIBING = re.compile(
    r"^(?:pro|anti)-\w+$|-(?:run|owned|backed|controlled|funded|affiliated|based|language|leaning|linked|aligned)$"
)
# Words of news organisations' names: a capitalised name holding one is an outlet in any language.
_NEWS_NAME_WORDS_TEXT = """
    news times post journal press agency herald tribune telegraph guardian gazette daily radio
    television tv broadcasting channel network wire chronicle observer standard mail express
    courier bulletin zeitung nachrichten rundschau presse allgemeine kurier tagblatt spiegel
    monde figaro libération país mundo corriere repubblica stampa folha estado globo
"""
NEWS_NAME_WORDS = frozenset(_NEWS_NAME_WORDS_TEXT.split())
# Words of organisations' names (not news organisations'): a name of capitalised words holding
# none of these nor of `NEWS_NAME_WORDS` is read as a person's ("Jim Heintz"), who reports for
# someone rather than being the source (see `attribution_names._name`).
_ORGANISATION_WORDS_TEXT = """
    survey center centre ministry service services agency office department committee council
    institute authority authorities police government administration commission bureau group
    company corporation party army forces navy court prosecutor embassy union bank foundation
    university hospital organisation organization association federation network networks
    channel telegram kremlin pentagon house parliament senate congress assembly cabinet
    ministerium behörde amt regierung polizei ministère ministerio ministero servizio servicio
"""
ORGANISATION_WORDS = frozenset(_ORGANISATION_WORDS_TEXT.split())
_EDGES = "\"“”„«»‚‘’'()[].,;:"
# Words for a kind of source, not a name of one, in the languages the analysis reads: a source
# named by these words only ("Agency", "the Authorities", "News Agency", "Polizei") is no source
# shown, whatever its capitals ('the South Korean Yonhap news Agency' cut down to 'Agency').
_GENERIC_WORDS_TEXT = """
    agency agencies ministry ministries office offices police authority authorities official
    officials government military army department service services media press news source
    sources spokesman spokeswoman spokesperson state council committee court prosecutor
    prosecutors embassy company group state-run state-owned national
    agentur nachrichtenagentur behörde behörden polizei regierung ministerium amt sprecher
    sprecherin quellen staatsanwaltschaft
    agence ministère gouvernement autorités autorité préfecture porte-parole sources
    agencia ministerio policía gobierno autoridades autoridad fuentes portavoz fiscalía
    agenzia ministero polizia governo autorità fonti portavoce procura
    persbureau ministerie politie regering autoriteiten bronnen woordvoerder
    agência ministério polícia autoridades fontes porta-voz
"""
GENERIC_WORDS = frozenset(_GENERIC_WORDS_TEXT.split()) | DESCRIPTORS


# Words for an outlet or the media (with `DESCRIPTORS`), in the seven languages of the claim check.
_OUTLET_WORDS_TEXT = """
    media press news television tv radio broadcaster outlet
    medien presse fernsehen staatsfernsehen staatsmedien rundfunk
    médias média presse télévision radio
    medios prensa televisión radio
    media stampa televisione radio
    media pers televisie omroep
    mídia imprensa televisão rádio
"""
_OUTLET_WORDS = frozenset(_OUTLET_WORDS_TEXT.split()) | DESCRIPTORS
# Adjectives that describe an outlet without naming it: "local media", "state television",
# "lokale Medien", "la télévision publique", "medios locales", "la stampa locale".
OUTLET_ADJECTIVES_TEXT = """
    state public national foreign international major main
    lokal lokale lokalen staatlich staatliche staatlichen öffentlich-rechtliche öffentlich-rechtlichen
    deutsche deutschen
    locale locales locaux publique public d'état nationale étrangère étrangers
    local locales estatal pública público nacional extranjera extranjeros
    locale locali statale pubblica nazionale straniera stranieri
    lokale staats- publieke nationale buitenlandse
    locais estatal nacional estrangeira
"""
OUTLET_ADJECTIVES = frozenset(OUTLET_ADJECTIVES_TEXT.split()) | LEADING_ADJECTIVES
_ARTICLES = (
    *("the", "a", "an", "of", "de", "la", "le", "les", "un", "une", "der", "die", "das", "ein", "eine"),
    *("el", "los", "las", "il", "lo", "het", "o", "os", "as"),
)


def generic(name: str) -> bool:
    """True when every word of `name` is a word for a kind of source (`GENERIC_WORDS`): "Agency",
    "News Agency", "the Authorities", "Polizei" name no source; nor does a descriptor of an
    outlet (`outlet_descriptor`)."""
    words = [w.strip(_EDGES).casefold() for w in name.split()]
    words = [w for w in words if w and w not in _ARTICLES]
    return not words or all(w in GENERIC_WORDS for w in words) or outlet_descriptor(words)


def outlet_descriptor(words: list[str]) -> bool:
    """True when lower-cased `words` describe an outlet without naming it: a word for an outlet
    or the media (`_OUTLET_WORDS`) with only adjectives of kind (`OUTLET_ADJECTIVES`, "state-run")
    or of country ("German", through `places`) beside generic words: "German outlet", "local
    media", "state television", "the broadcaster"."""
    if not any(w in _OUTLET_WORDS for w in words):
        return False
    return all(
        w in GENERIC_WORDS
        or w in _OUTLET_WORDS
        or w in OUTLET_ADJECTIVES
        or DESCRIBING.search(w) is not None
        or _country_word(w)
        for w in words
    )


def _country_word(word: str) -> bool:
    """True when `word` (lower-cased) is a country's name or adjective ("german", "iranian")."""
    return any(entry.startswith("country") for entry in places.index().get(word, "").split(";"))


def country_words(words: list[str]) -> bool:
    """True when every word of `words` (as printed) is a country's name or adjective of the places
    index ("Italian", "French"): no outlet's name. One dictionary lookup per word."""
    bare = [w.strip(_EDGES).casefold() for w in words]
    return bool(bare) and all(w and _country_word(w) for w in bare)


def person_like(name: str) -> bool:
    """True when a name of two capitalised words or more holds no word of an organisation's or
    a news organisation's name: "Jim Heintz", not "United States Geological Survey"."""
    words = [w.strip(".'’").casefold() for w in name.split()]
    return (
        len(words) >= 2
        and NEWS_NAME_WORDS.isdisjoint(words)
        and ORGANISATION_WORDS.isdisjoint(words)
        and all(w[:1].isupper() for w in name.split())
    )
