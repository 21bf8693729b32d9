"""News agencies ("wires"): one registry of their names and the spellings pages print.

A page credits a wire in many ways: `(AP)`, `The Associated Press`, `EuropaPress`, `ロイター`.
Each wire is one `Wire` with the name articles write in `via` ('AP'), its full name and its
aliases; `Registry.lookup` reads any of them, ignoring case, spacing, dots and hyphens
('Agence France Presse' = 'Agence France-Presse' = 'AFP'). A site extends the built-in wires in
`site.yaml` (`wires:`): the loaded `SiteConfig.wires` is that site's registry (`with_extra` of
its entries; `generator.load.config.load_wires(root)` for ingest). Ingest reads every credit
through it; the analysis is to compare `via` with it too (`Registry.same`, `Registry.name`):
issue 23.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Wire:
    """A news agency: `name` as written in an article's `via`, its full name, other spellings."""

    name: str
    full_name: str
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way of writing the wire, its own name first, without repeats."""
        return tuple(dict.fromkeys((self.name, self.full_name, *self.aliases)))


WIRES: tuple[Wire, ...] = (
    Wire("AP", "The Associated Press", ("Associated Press", "A.P.", "AP News")),
    Wire("Reuters", "Reuters", ("Thomson Reuters", "Reuters News", "ロイター", "路透社")),
    Wire("AFP", "Agence France-Presse", ("France-Presse", "AFP時事", "法新社")),
    Wire("dpa", "Deutsche Presse-Agentur", ("DPA",)),
    Wire("dpa-AFX", "dpa-AFX Wirtschaftsnachrichten"),
    Wire("EFE", "Agencia EFE", ("Agencia Efe",)),
    Wire("Europa Press", "Europa Press", ("EuropaPress",)),
    Wire("ANP", "Algemeen Nederlands Persbureau"),
    Wire("ANSA", "Agenzia Nazionale Stampa Associata"),
    Wire("AGI", "Agenzia Italia"),
    Wire("Adnkronos", "Adnkronos"),
    Wire("askanews", "askanews"),
    Wire("Italpress", "Italpress"),
    Wire("Radiocor", "Il Sole 24 Ore Radiocor", ("Radiocor Plus",)),
    Wire("Lusa", "Agência Lusa", ("LUSA",)),
    Wire("Agência Brasil", "Agência Brasil"),
    Wire("Estadão Conteúdo", "Estadão Conteúdo"),
    Wire("Folhapress", "Folhapress"),
    Wire("APA", "Austria Presse Agentur"),
    Wire("KNA", "Katholische Nachrichten-Agentur"),
    Wire("epd", "Evangelischer Pressedienst"),
    Wire("dts", "dts Nachrichtenagentur"),
    Wire("Keystone-SDA", "Keystone-SDA", ("SDA", "Keystone-ATS", "ATS")),
    Wire("Belga", "Belga"),
    Wire("PA Media", "PA Media", ("Press Association",)),
    Wire("PTI", "Press Trust of India"),
    Wire("ANI", "Asian News International"),
    Wire("IANS", "Indo-Asian News Service"),
    Wire("UNI", "United News of India"),
    Wire("Jiji Press", "Jiji Press", ("Jiji", "時事通信", "時事通信社", "時事")),
    Wire("Kyodo", "Kyodo News", ("共同通信", "共同通信社", "共同")),
    Wire("Yonhap", "Yonhap News Agency", ("연합뉴스", "聯合ニュース", "聯合")),
    Wire("Xinhua", "Xinhua News Agency", ("新華社", "新华社")),
    Wire("KCNA", "Korean Central News Agency"),
    Wire("Antara", "Antara"),
    Wire("Bernama", "Bernama"),
    Wire("AAP", "Australian Associated Press"),
    Wire("TASS", "TASS", ("ITAR-TASS", "ТАСС")),
    Wire("RIA Novosti", "RIA Novosti", ("РИА Новости",)),
    Wire("Interfax", "Interfax", ("Интерфакс",)),
    Wire("Ukrinform", "Ukrinform"),
    Wire("PAP", "Polska Agencja Prasowa"),
    Wire("ČTK", "Česká tisková kancelář", ("CTK",)),
    Wire("NTB", "Norsk Telegrambyrå"),
    Wire("TT", "Tidningarnas Telegrambyrå"),
    Wire("Ritzau", "Ritzaus Bureau"),
    Wire("STT", "Suomen Tietotoimisto"),
    Wire("Anadolu", "Anadolu Agency", ("Anadolu Ajansı",)),
    Wire("IRNA", "Islamic Republic News Agency"),
    Wire("WAFA", "Palestine News and Info Agency"),
    Wire("MENA", "Middle East News Agency"),
    Wire("SPA", "Saudi Press Agency"),
    Wire("WAM", "Emirates News Agency"),
    Wire("APS", "Algérie Presse Service"),
    Wire("AIP", "Agence Ivoirienne de Presse"),
    Wire("MAP", "Maghreb Arabe Presse", ("Maghreb Arab Press", "Maghreb Arab News Agency")),
    Wire("TAP", "Tunis Afrique Presse"),
    Wire("NAN", "News Agency of Nigeria"),
    Wire("Prensa Latina", "Prensa Latina"),
    Wire("Notimex", "Notimex", ("NTX",)),
    Wire("Télam", "Télam"),
    Wire("Andina", "Agencia Andina"),
    Wire("Servimedia", "Servimedia"),
    Wire("Bloomberg", "Bloomberg News", ("ブルームバーグ", "彭博社")),
    Wire("UPI", "United Press International"),
    Wire(
        "The Canadian Press",
        "The Canadian Press",
        ("Canadian Press", "La Presse Canadienne", "Presse Canadienne"),
    ),
)

SHORT = 4  # spellings this short are acronyms: matched in capitals only (see Registry.lookup)
_DROPPED = re.compile(r"[\s.\-‐‑–—_'’`·]+")
_EDGES = " \t()[]{}<>-–—.,;:!?\"'“”‘’«»|/\\*•"


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def wire_key(text: str) -> str:
    """A spelling reduced to what tells wires apart: no case, spaces, dots, hyphens or a
    leading 'The' ('The Associated Press' -> 'associatedpress', 'A.P.' -> 'ap')."""
    text = unicodedata.normalize("NFKC", text).strip(_EDGES).casefold()
    return _DROPPED.sub("", _LEADING_THE.sub("", text))


@dataclass(frozen=True)
class Registry:
    """Wires and their spellings; `lookup` reads one spelling, `find` searches running text."""

    wires: tuple[Wire, ...]
    _keys: dict[str, Wire] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys: dict[str, Wire] = {}
        for wire in self.wires:
            for spelling in wire.spellings:
                keys.setdefault(wire_key(spelling), wire)
        object.__setattr__(self, "_keys", keys)

    def lookup(self, text: str, any_case: bool = False) -> Wire | None:
        """The wire `text` names as a whole ('the associated press', 'EuropaPress'), or None.

        A short acronym ('MAP', 'TAP', 'UNI') names its wire only in capitals or as the wire
        prints itself ('dpa'), so that a 'Map' button is not a credit; `any_case` lifts that
        where the text is known to be a credit ('door anp' after a byline's 'door').
        """
        key = wire_key(text)
        wire = self._keys.get(key) if key else None
        if wire is None or any_case or len(key) > SHORT:
            return wire
        words = _LEADING_THE.sub("", text.strip(_EDGES))  # 'the ap' is one lower-case word
        return wire if " " in words or as_printed(words, wire) else None

    def name(self, text: str, any_case: bool = False) -> str | None:
        """The `via` name of the wire `text` names ('Agence France-Presse' -> 'AFP'), or None."""
        wire = self.lookup(text, any_case)
        return wire.name if wire else None

    def same(self, first: str, second: str) -> bool:
        """True when both name the same wire, or are the same name ignoring case."""
        one, two = self.lookup(first), self.lookup(second)
        if one is not None and two is not None:
            return one.name == two.name
        return wire_key(first) == wire_key(second)

    def spellings(self) -> Iterator[str]:
        """Every spelling of every wire, longest first (for patterns that must try them all)."""
        found = {spelling for wire in self.wires for spelling in wire.spellings}
        found |= {s.upper() for s in found if s.isascii()}
        return iter(sorted(found, key=lambda s: (-len(s), s)))

    def find(self, text: str) -> Wire | None:
        """The first wire named inside running text ('© 2024 The Associated Press. All rights
        reserved.'); a short acronym counts only in its own capitals ('AP', not 'ap')."""
        for match in _words(text):
            for size in (4, 3, 2, 1):
                words = match[:size]
                if len(words) < size:
                    continue
                phrase = " ".join(words)
                wire = self.lookup(phrase)
                if wire is None:
                    continue
                if size == 1 and not as_printed(phrase, wire):
                    continue
                return wire
        return None


def as_printed(word: str, wire: Wire) -> bool:
    """A single word names a wire only as the wire prints itself ('Reuters', 'REUTERS', 'dpa',
    'A.P.'), so that 'S.p.A.' or 'aa' in a footer are not taken for one."""
    word = word.replace(".", "")
    printed = {s.replace(".", "") for s in wire.spellings}
    return word in printed or (word.isupper() and word in {s.upper() for s in printed})


def _words(text: str) -> Iterator[list[str]]:
    """Each position in the text's words, with the words that follow it."""
    words = re.findall(r"[^\s,;:()\[\]|/©]+", text)
    for index in range(len(words)):
        yield [w.strip(".") for w in words[index : index + 4]]


def with_extra(extra: Iterable[Wire], base: Registry | None = None) -> Registry:
    """The registry with entries of a site's own: a new wire, or more aliases of a known one
    (an entry whose name is a known wire's name or spelling adds to that wire)."""
    base = base or DEFAULT
    wires = {wire.name: wire for wire in base.wires}
    for entry in extra:
        known = base.lookup(entry.name, any_case=True)
        if known is None:
            wires[entry.name] = entry
            continue
        merged = (*known.aliases, *(s for s in entry.spellings if s not in known.spellings))
        wires[known.name] = Wire(known.name, known.full_name, tuple(merged))
    return Registry(tuple(wires.values()))


DEFAULT = Registry(WIRES)


def wire_name(text: str, any_case: bool = False) -> str | None:
    """The `via` name of the wire `text` names, in the default registry, or None."""
    return DEFAULT.name(text, any_case)
