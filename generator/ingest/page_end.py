"""What a page prints below the article's last paragraph, read from the end of the body.

A closing invitation to give an opinion ('Share your thoughts on the vote.') and the lead-in of
a widget that the copy lost ('Check out this interactive map for the results:', with nothing
after it) are the page's, not the article's. Only the body's last lines are read: the same words
inside the article (a call for readers' stories, a map described before the text goes on) stay.
"""

from __future__ import annotations

import re

from generator.ingest.furniture_words import EMBED_WORDS, OPINION_PROMPT
from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import word_count

PROMPT_MAX_WORDS = 25
LEAD_IN_MAX_WORDS = 20
_OPINION = re.compile(OPINION_PROMPT, re.I | re.X)
_EMBED = re.compile(rf"\b(?:{EMBED_WORDS})\b", re.I)
_TEXT_KINDS = (Kind.LINE, Kind.PARAGRAPH)


def drop_page_end(blocks: list[Block]) -> Step:
    """The body without a closing opinion prompt or a lost widget's lead-in at its end."""
    end = len(blocks)
    removals: list[Removal] = []
    while end > 1 and blocks[end - 1].kind in _TEXT_KINDS:
        block = blocks[end - 1]
        if is_opinion_prompt(block.text):
            removals.append(Removal.of(block, "closing-prompt", "invitation to comment after the article"))
        elif is_widget_lead_in(block.text):
            removals.append(Removal.of(block, "widget-lead-in", "lead-in of a widget the copy lost"))
        else:
            break
        end -= 1
    return Step(blocks[:end], tuple(reversed(removals)))


def is_opinion_prompt(text: str) -> bool:
    """'Share your thoughts on the vote.', 'Dites-nous ce que vous en pensez', 'O que acha?'."""
    return word_count(text) <= PROMPT_MAX_WORDS and bool(_OPINION.search(text.replace("’", "'").strip()))


def is_widget_lead_in(text: str) -> bool:
    """'Check out this interactive map for the results:': a short line ending with a colon that
    names what a widget showed."""
    text = text.strip()
    return text.endswith((":", "：")) and word_count(text) <= LEAD_IN_MAX_WORDS and bool(_EMBED.search(text))
