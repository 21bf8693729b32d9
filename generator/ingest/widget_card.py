"""A teaser card for another story set into the article, read by its label 'This content was
published on' whose date the copy lost: the card's headline above the label and its standfirst
below it are the card's too ('Cómo puede Suiza ayudar ...' / 'Este contenido fue publicado en' /
'Suiza ocupa ya un escaño ...?')."""

from __future__ import annotations

import re

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block
from generator.ingest.shapes import word_count

CARD_TITLE_MAX_WORDS = 15
CARD_TEXT_MAX_WORDS = 40
_LABEL = re.compile(  # 'this content was published on', nothing after it: its date was a widget's
    r"""^\W*(?:this\ (?:content|article|story)\ was\ (?:first\ )?published\ (?:on|at)
    | (?:este|esse)\ (?:contenido|conteúdo|artículo|artigo)\ (?:fue|foi)\ publicad[oa]\ (?:en|el|em|a)
    | (?:ce|cet)\ (?:contenu|article)\ a\ été\ publié\ (?:le|à)
    | dieser\ (?:inhalt|artikel|beitrag)\ wurde\ am(?:\ veröffentlicht)?
    | questo\ (?:contenuto|articolo)\ è\ stato\ pubblicato\ (?:il|alle)
    | (?:deze\ inhoud|dit\ artikel)\ (?:werd|is)\ gepubliceerd\ op)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!。]\W*$")
CARD = LineRule("link-out", "teaser card of another story (its 'published on' label)", lambda _: True)


def published_label_cards(blocks: list[Block], verdicts: list[LineRule | None]) -> None:
    """Mark each lone 'published on' label (no date after it), and when the line above it is a
    headline (at most `CARD_TITLE_MAX_WORDS` words, not ending as a sentence) that headline and
    the line below the label (at most `CARD_TEXT_MAX_WORDS` words) as the card's. One anchored
    regular expression per line, three lines looked at per label: linear."""
    for index, block in enumerate(blocks):
        if verdicts[index] is not None or not _LABEL.match(block.text):
            continue
        verdicts[index] = CARD
        above = index - 1
        if above < 0 or verdicts[above] is not None or not _headline(blocks[above].text):
            continue
        verdicts[above] = CARD
        below = index + 1
        if (
            below < len(blocks)
            and verdicts[below] is None
            and word_count(blocks[below].text) <= CARD_TEXT_MAX_WORDS
        ):
            verdicts[below] = CARD


def _headline(text: str) -> bool:
    """A short line that does not end as a sentence."""
    return 0 < word_count(text) <= CARD_TITLE_MAX_WORDS and not _SENTENCE_END.search(text)
