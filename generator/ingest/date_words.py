"""The words of dates in a page's language: month and weekday names, the little words around
them ('le', 'om', 'um', 'alle'), labels ('Publié le', 'Aktualisiert am') and relative times
('3 hours ago', 'vandaag', 'il y a 2 heures', '3時間前').

Month, weekday, unit and relative words come from dateparser's own locale data, so every
language dateparser reads is known here too; labels and a few connectors are ours. A page is
read with its outlet's language and English (pages in any language print English widgets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from dateparser.languages.loader import default_loader

MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_KEYS = ("year", "month", "week", "day", "hour", "minute", "second")
# The relative words that stand for a day ('today', 'vandaag', 'gestern', '昨日'); 'this week' or
# 'next year' on a line of its own is more often a heading than a time stamp.
RELATIVE_DAYS = ("0 day ago", "1 day ago", "2 day ago")
CONNECTORS = frozenset(
    re.findall(
        r"\S+",
        "at on of the om op um am den der à a le les el il alle ore uhr h hrs hr hs uur heures horas "
        "em às de del do da dos das y e et und en las los ,",
    )
)
LABELS_PUBLISHED = (
    r"published|posted|created|released|issued|uploaded|dated?|publié(?:e)?|mis en ligne|"
    r"veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|"
    r"publica[cç][aã]o|postado|postada|creado|creada|criado|criada|créé(?:e)?|creato|creata|erstellt|aangemaakt|"
    r"公開日?|配信日?|掲載日?|投稿日?|発行日?|作成日?|放送日?|fecha|datum|data|edição|edición|édition|edition|edizione|ausgabe|editie"
)
LABELS_UPDATED = (
    r"updated|modified|edited|last update|mis à jour|dernière mise à jour|modifié(?:e)?|actualisé(?:e)?|"
    r"aktualisiert|letzte aktualisierung|geändert|stand|actualizado|actualizada|última actualización|"
    r"aggiornato|aggiornata|(?:ultimo )?aggiornamento|bijgewerkt|gewijzigd|bewerkt|laatste update|"
    r"atualizado|atualizada|última atualização|最終更新日?|更新日?|update"
)
LABEL_TAIL = r"(?:\s+(?:on|at|le|à|am|um|el|a las|il|alle|alle ore|em|às|a|op|om))?"
_TOKEN_EDGES = " ,.;:()[]|·•–—-"
_JA_DATE = re.compile(
    r"^(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
    r"(?:午前|午後)?(?:\d{1,2}時(?:\d{1,2}分)?(?:\d{1,2}秒)?)?$"
)
_ORDINAL_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th|er|e|º|ª|\.)?$", re.I)


@dataclass(frozen=True)
class DateWords:
    """The date vocabulary of one or more languages, in lower case."""

    months: frozenset[str]
    weekdays: frozenset[str]
    connectors: frozenset[str]
    units: frozenset[str]
    ago: tuple[str, ...]
    relative: tuple[str, ...]

    def is_month(self, word: str) -> bool:
        return _bare(word) in self.months

    def is_weekday(self, word: str) -> bool:
        return _bare(word) in self.weekdays

    def is_date_word(self, word: str) -> bool:
        """A month or weekday name, a connector, or a Japanese date part ('2023年3月14日')."""
        bare = _bare(word)
        return (
            bare in self.months
            or bare in self.weekdays
            or bare in self.connectors
            or (bool(bare) and any(ch.isdigit() for ch in bare) and bool(_JA_DATE.match(bare)))
            or (any(ch.isdigit() for ch in word) and bool(_JA_DATE.match(word.strip(" ,.;:|"))))
            or bool(_ORDINAL_DAY.match(bare))
        )

    @cached_property
    def _ago_patterns(self) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
        """For each word for 'ago' (in order), the patterns of a count of units before and after it."""
        alternatives = "|".join(sorted((re.escape(u) for u in self.units), key=len, reverse=True))
        return tuple(
            (
                re.compile(rf"(?<!\w){re.escape(word)}\s*{_NUMBERS}\s*(?:{alternatives})(?!\w)"),
                re.compile(rf"(?<!\w){_NUMBERS}\s*(?:{alternatives})\s*{re.escape(word)}(?!\w)"),
            )
            for word in self.ago
        )

    def relative_in(self, text: str) -> re.Match[str] | None:
        """Where `text` gives a relative time ('vandaag', '2 ore ago', 'il y a 3 heures'), or None."""
        low = text.lower().replace("’", "'")  # not casefold(): the match's offsets are the text's
        for phrase in self.relative:
            found = _phrase(low, phrase)
            if found is not None:
                return found
        for before, after in self._ago_patterns:
            found = before.search(low) or after.search(low)
            if found is not None:
                return found
        return None


_NUMBERS = r"(?:\d+|an?|one|un|une|uno|una|um|uma|een|ein|eine|einem|einer)"


def _bare(word: str) -> str:
    return word.strip(_TOKEN_EDGES).casefold()


def _phrase(text: str, phrase: str) -> re.Match[str] | None:
    """`phrase` in `text` as whole words (anywhere, for Japanese and Chinese phrases)."""
    return _phrase_pattern(phrase).search(text)


_PHRASE_PATTERN_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    if _PHRASE_PATTERN_RE.search(phrase):
        return re.compile(re.escape(phrase))
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


@cache
def date_words(*languages: str) -> DateWords:
    """The date vocabulary of `languages` (ISO 639-1 codes dateparser knows; others skipped)."""
    months: set[str] = set()
    weekdays: set[str] = set()
    connectors: set[str] = set(CONNECTORS)
    units: set[str] = set()
    ago: list[str] = []
    relative: list[str] = []
    for language in dict.fromkeys(languages):
        info = _locale_info(language)
        months |= {_bare(w) for key in MONTH_KEYS for w in info.get(key) or ()}
        weekdays |= {_bare(w) for key in WEEKDAY_KEYS for w in info.get(key) or ()}
        connectors |= {_bare(w) for w in info.get("skip") or () if _bare(w)}
        connectors |= {_bare(w) for key in ("am", "pm") for w in info.get(key) or ()}
        units |= {w.casefold() for key in UNIT_KEYS for w in info.get(key) or () if len(w) > 1}
        ago += [w.casefold() for w in info.get("ago") or ()]
        for key, phrases in (info.get("relative-type") or {}).items():
            if key in RELATIVE_DAYS:
                relative += [p.casefold() for p in phrases]
    relative += ["just now", "moments ago"]
    return DateWords(
        months=frozenset(months),
        weekdays=frozenset(weekdays),
        connectors=frozenset(connectors),
        units=frozenset(units),
        ago=tuple(dict.fromkeys(ago)),
        relative=tuple(sorted(set(relative), key=len, reverse=True)),
    )


def _locale_info(language: str) -> dict[str, Any]:
    try:
        return dict(default_loader.get_locale(language).info)
    except (KeyError, ValueError):
        return {}
