"""Who an attribution names: a known wire or outlet, or a proper name (organisation, person).

An attribution pattern ("according to ...", "... reported") gives a phrase; this module says
which source, if any, the phrase names. A name is accepted when it is

- a wire of the site's registry (`generator.model.wires`) or an outlet of `site.yaml`;
- in English, a proper name span: capitalised words ("the China Earthquake Networks Center",
  "Grey Zone" in "a Wagner-linked Telegram channel Grey Zone"), not a sentence-initial word
  that is no name ("As", "Citing"), not a pronoun, and not a phrase whose head is a common
  noun ("two U.S. officials", "Chinese state media", "Russia's civil aviation authority"):
  those are anonymous or generic sources, which the page leaves out;
- in other languages, where every German noun has a capital, only a known wire or outlet, a
  name in quotation marks ("New York Times"), an all-capitals acronym ("TASS") or a name
  with a word of a news organisation's name in it ("Times", "Post", "Zeitung").

The word lists are data (`OPENERS`, `CONNECTORS`, `DESCRIPTORS`, `NEWS_NAME_WORDS`), not
cases keyed to one outlet or one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from generator.analysis import places
from generator.model.site import Outlet
from generator.model.wires import DEFAULT, Registry, wire_key

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


_QUOTED = re.compile(r"^[\"“„«‚‘']\s*(?P<name>[^\"“”„«»‚‘’']{2,60}?)\s*[\"”“»’‘']$")
_WORD_EDGES = "\"“”„«»‚‘’'()[]"
_POSSESSIVE_END = re.compile(r"['’]s?$")
# A word that opens with a capital or is an initialism ("U.S."), apostrophes and hyphens inside.
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Žא-ת][\w&'’.\-]*$")
_ACRONYM = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.&\-]{1,9}$")
_ELISION = re.compile(r"^(?:[lLdD]|dell|dall|nell|sull)['’](?=[A-ZÀ-Þ])")


@dataclass(frozen=True)
class Named:
    """A source a phrase names: the name to show and the key that groups its spellings."""

    name: str
    key: str
    known: bool  # a wire of the registry or an outlet of site.yaml


class _SiteNames:
    """What a site's wires and outlets name, worked out once for every story of a build (the
    same registry and outlets), not once per story: each name's wire or outlet and its key."""

    def __init__(self, wires: Registry, outlets: Mapping[str, Outlet]):
        self.wires, self.outlets = wires, outlets  # kept: the memo below is keyed by their ids
        keys = {wire_key(o.name): (o.slug, o.name) for o in outlets.values()}
        self.outlet_keys = {k: v for k, v in keys.items() if k}
        names = [o.name for o in outlets.values()]
        self.lower_case = frozenset(
            s for wire in wires.wires for s in wire.spellings if s.islower() and " " not in s
        ) | frozenset(s for s in names if s.islower() and " " not in s)
        self.found: dict[tuple[str, bool], tuple[Named | None, str]] = {}

    def lookup(self, name: str, credit: bool) -> tuple[Named | None, str]:
        """(the wire or outlet `name` names, or None; the name's key, `wire_key`)."""
        entry = (name, credit)
        found = self.found.get(entry)
        if found is None:
            if len(self.found) >= MAX_NAMES:
                self.found.clear()
            found = self.found[entry] = self._lookup(name, credit)
        return found

    def _lookup(self, name: str, credit: bool) -> tuple[Named | None, str]:
        wire = self.wires.lookup(name, any_case=credit)
        if wire is not None:
            return Named(_as_known(_clean(name), wire.spellings), f"wire:{wire.name}", True), ""
        key = wire_key(name)
        outlet = self.outlet_keys.get(key)
        if outlet is not None:
            return Named(_as_known(_clean(name), (outlet[1],)), f"outlet:{outlet[0]}", True), key
        return None, key


MAX_NAMES = 65_536  # names whose lookup a site keeps (then it starts again)
_SITES: dict[tuple[int, int], _SiteNames] = {}


def _site_names(wires: Registry, outlets: Mapping[str, Outlet]) -> _SiteNames:
    """The `_SiteNames` of a registry and outlets, by identity (the site's own objects)."""
    key = (id(wires), id(outlets) if outlets else 0)
    found = _SITES.get(key)
    if found is None or found.wires is not wires or (outlets and found.outlets is not outlets):
        if len(_SITES) >= 8:
            _SITES.clear()
        found = _SITES[key] = _SiteNames(wires, outlets)
    return found


@dataclass(frozen=True)
class KnownSources:
    """The wires (registry) and outlets (`site.yaml`) a name is recognised against."""

    wires: Registry = DEFAULT
    outlets: Mapping[str, Outlet] = field(default_factory=dict)
    newsrooms: tuple[str, ...] = ()  # the story's newsrooms and `via` credits, by name
    _seen: dict[tuple[str, bool], Named | None] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def _site(self) -> _SiteNames:
        return _site_names(self.wires, self.outlets)

    @cached_property
    def _newsroom_keys(self) -> frozenset[str]:
        return frozenset(k for k in map(wire_key, self.newsrooms) if k)

    @cached_property
    def lower_case(self) -> frozenset[str]:
        """The known names written in lower case only ('dpa', 'epd'): a phrase without a capital
        names no source unless it holds one of them."""
        own = frozenset(s for s in self.newsrooms if s.islower() and " " not in s)
        return self._site.lower_case | own if own else self._site.lower_case

    def known(self, name: str, credit: bool = False) -> Named | None:
        """The wire or outlet `name` names, or None; `credit` when the text around it says it is a
        news organisation ('news agency Tass'), so a short name is read in any case. The name
        shown is the one printed ('the Associated Press'); the key is the wire's or outlet's."""
        key = (name, credit)
        if key not in self._seen:
            self._seen[key] = self._known(name, credit)
        return self._seen[key]

    def _known(self, name: str, credit: bool) -> Named | None:
        found, key = self._site.lookup(name, credit)
        if found is not None:
            return found
        if key in self._newsroom_keys:
            return Named(_clean(name), f"name:{key}", True)
        return None

    def key(self, name: str) -> str:
        """The key grouping the spellings of one source ('AP', 'the Associated Press'): a
        story's newsroom that is no wire or outlet is keyed by its name, as any other name."""
        found, key = self._site.lookup(name, True)
        return found.key if found is not None else f"name:{key}"


def words_of(phrase: str) -> list[str]:
    """The white-space separated words of a phrase, without surrounding punctuation."""
    return [w for w in (raw.strip(",;:!?") for raw in phrase.split()) if w]


def _capitalised(word: str) -> bool:
    bare = word.strip(_WORD_EDGES)
    return bool(bare) and bool(_CAPITALISED.match(bare))


def _opener(word: str) -> bool:
    return word.strip(_WORD_EDGES).casefold() in OPENERS


def _unadjectived(run: list[str], known: KnownSources, described: bool) -> list[str]:
    """A run of name words without the adjectives before it that describe the source
    ('State-run IRNA', 'Local JOJ television' -> 'IRNA', 'JOJ'): a word ending in
    `DESCRIBING` ('state-run', 'Kyiv-based'), or one of `LEADING_ADJECTIVES` when what follows
    is surely a name of its own: an acronym, a known wire or outlet, or described as a news
    organisation ('television'); 'Local Government Association' keeps its first word."""
    while len(run) > 1:
        bare = run[0].strip(_WORD_EDGES).casefold()
        rest = run[1:]
        if DESCRIBING.search(bare) or (
            bare in LEADING_ADJECTIVES
            and (
                described
                or all(_ACRONYM.match(w.strip(_WORD_EDGES)) for w in rest)
                or known.known(" ".join(rest)) is not None
            )
        ):
            run = rest
        else:
            break
    return run


def _trim(run: list[str]) -> list[str]:
    """A run of name words without openers at its start ('As CNN' -> 'CNN') or connectors at
    either end; a leading capital 'The' stays when a name follows ('The New York Times')."""
    start = 0
    while start < len(run) and (_opener(run[start]) or run[start] in CONNECTORS):
        if run[start] == "The" and start + 1 < len(run) and not _opener(run[start + 1]):
            break
        start += 1
    run = run[start:]
    while run and run[-1] in CONNECTORS:
        run = run[:-1]
    return run


def _clean(name: str) -> str:
    name = name.strip().strip(_WORD_EDGES).strip()
    name = _POSSESSIVE_END.sub("", name) if name.endswith(("'s", "’s", "s'", "s’")) else name
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$", name):
        name = name.rstrip(".")
    return name.strip().removeprefix("the ").strip()


def _as_known(printed: str, spellings: Iterable[str]) -> str:
    """A known name as printed, without a capital 'The' its own spellings do not have ('The
    Xinhua news agency reported' -> 'Xinhua'; 'The Associated Press' stays)."""
    if printed.startswith("The ") and not any(s.startswith("The ") for s in spellings):
        return printed[4:]
    return printed


def _final_run(words: list[str]) -> tuple[list[str], list[str]]:
    """(the capitalised run that ends `words`, the words before it)."""
    end = len(words)
    start = end
    while start > 0:
        word = words[start - 1]
        joins = word in CONNECTORS and start - 1 > 0 and start < end and _capitalised(words[start - 2])
        if not (_capitalised(word) or joins):
            break
        start -= 1
    return words[start:end], words[:start]


_PREPOSITIONS_TEXT = """
    in of from at near by with for on to into over under across around about against between among
    inside outside within through
"""
_PREPOSITIONS = frozenset(_PREPOSITIONS_TEXT.split())


# A model number: digits, with a short maker's prefix or a variant after a hyphen ('787-8',
# 'A320', 'Su-25', 'Mi-8', 'F-16', '737'); 'Flightradar24' (a long word before its digits) is none.
_MODEL_NUMBER = re.compile(
    r"^(?:[A-Za-z]{1,3}-?)?\d{2,5}(?:-?\d{1,3})?[A-Za-z]{0,3}$|^[A-Za-z]{1,3}-\d{1,5}[A-Za-z]{0,3}$"
)


def model_named(run: list[str], before: list[str]) -> bool:
    """True when a run of capitalised words names a product, not a source: it holds a model
    number or follows one ('a Boeing 787-8 Dreamliner', 'an Airbus A320', 'Mi-8 helicopter')."""
    near = [*run, *before[-1:]]
    return any(_MODEL_NUMBER.match(w.strip(_WORD_EDGES + ",;:.")) for w in near)


def english(phrase: str, known: KnownSources, after_descriptor: bool = False) -> Named | None:
    """The source an English noun phrase names ('the state-run Xinhua News Agency' -> Xinhua).

    The phrase is what the pattern gave, cut at the clause's end. Its name is the capitalised
    run that ends it (its head); the words before the run must describe it ('the state-run',
    'Russian state news agency'), not place it inside a prepositional phrase ('officials in
    neighboring Qinghai')."""
    words = words_of(phrase)
    if not words:
        return None
    whole = known.known(" ".join(words), credit=after_descriptor)
    if whole is not None:
        return whole
    run, before = _final_run(words)
    run = _trim(run)
    if not run:
        return None
    if any(w.strip(_WORD_EDGES).casefold() in _PREPOSITIONS for w in before):
        return None
    if model_named(run, before):
        return None
    described = after_descriptor or any(w.strip(_WORD_EDGES) in DESCRIPTORS for w in before)
    run = _unadjectived(run, known, described)
    name = _clean(" ".join(run))
    if not name or not any(c.isalpha() for c in name):
        return None
    found = known.known(name, credit=described)
    if found is not None:
        return found
    return Named(name, known.key(name), False)


def foreign(phrase: str, known: KnownSources, after_descriptor: bool = False) -> Named | None:
    """The source a noun phrase in another language names, accepted only when it is a known
    wire or outlet, quoted, an acronym, or holds a word of a news organisation's name."""
    phrase = phrase.strip()
    quoted = _QUOTED.match(phrase)
    if quoted is None:
        # A quoted name at the end of a longer phrase: 'die US-Zeitung „New York Times“'.
        inner = re.search(r"[\"“„«](?P<name>[^\"“”„«»]{2,60})[\"”“»]\s*$", phrase)
        if inner is not None:
            quoted = inner
    if quoted is not None:
        name = _clean(quoted.group("name"))
        found = known.known(name, credit=True)
        return found or (Named(name, known.key(name), False) if name[:1].isupper() else None)
    words = [_ELISION.sub("", w) for w in words_of(phrase)]
    whole = known.known(" ".join(words), credit=after_descriptor) if words else None
    if whole is not None:
        return whole
    # The name ends the phrase ('laut staatlicher Nachrichtenagentur TASS') or opens it after
    # lower-case words ('volgens het ANP is de minister ...').
    # A known wire or outlet right after a descriptor: 'Nachrichtenagentur dpa', 'agência Lusa'.
    for descriptor, word in pairwise(words):
        if descriptor.casefold() in DESCRIPTORS:
            found = known.known(word, credit=True)
            if found is not None:
                return found
    final, before = _final_run(words)
    skipped = 0
    while skipped < len(words) and not _capitalised(words[skipped]):
        skipped += 1
    first, _ = _final_run(_first_run(words[skipped:]))
    for run, lead in ((final, before), (first, words[:skipped])):
        described = after_descriptor or any(w.casefold() in DESCRIPTORS for w in lead)
        found = _foreign_run(run, known, described)
        if found is not None:
            return found
    return None


def _first_run(words: list[str]) -> list[str]:
    """The capitalised words (and connectors between them) that open `words`."""
    end = 0
    while end < len(words) and (
        _capitalised(words[end])
        or (words[end] in CONNECTORS and end + 1 < len(words) and _capitalised(words[end + 1]))
    ):
        end += 1
    return words[:end]


def _foreign_run(run: list[str], known: KnownSources, described: bool) -> Named | None:
    """A run of capitalised words of another language, when it is a name we can trust.

    Proper names only: the run may not swallow a capitalised common noun before the name
    ('Nachrichtenagentur TASS'): its words are tried from the first one on, dropping one each time."""
    for start in range(len(run)):
        candidate = run[start:]
        name = _clean(" ".join(candidate))
        if not name:
            continue
        found = known.known(name, credit=described)
        if found is not None:
            return found
        bare = [w.strip(_WORD_EDGES) for w in candidate]
        if any(_opener(w) for w in bare[:1]):
            continue
        if all(_ACRONYM.match(w) for w in bare):
            return Named(name, known.key(name), False)
        if len(bare) > 1 and any(w.casefold() in NEWS_NAME_WORDS for w in bare):
            return Named(name, known.key(name), False)
    return None


def first_known(texts: Iterable[str], known: KnownSources) -> set[str]:
    """The grouping keys of some names (a newsroom's, an outlet's, a `via`): its own names."""
    return {known.key(text) for text in texts if text}
