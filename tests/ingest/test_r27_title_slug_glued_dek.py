"""A headline the rules did not find, read from the line that spells the URL's slug, is trimmed
like any title the slug reads: a standfirst glued after it on the same line is cut (issue 21,
twenty-seventh round). A short code after the slug's id ('...-20250311101500-nt.html') is the
page's type, not a word the slug was cut at, so the slug still ends where the headline does.
The pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.slug_words import slug_words
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Three fishermen rescued from a drifting boat off the north cape of Quay Island"
DEK = "The coastguard found the boat this morning after two days without radio contact"
URL = (
    "https://www.quaytown.example/coast/"
    "three-fishermen-rescued-drifting-boat-north-cape-quay-island-20250311101500-nt.html"
)
LEAD = (
    f"{DEK}, the harbour office said on Tuesday, and the three men were taken to the hospital in "
    "Quaytown with mild hypothermia."
)
SECOND = "Their families had raised the alarm on Sunday evening when the boat did not come back."
THIRD = "The coastguard said the engine had failed and the radio battery had run flat."


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="harbour-gazette", url=URL)
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_a_standfirst_glued_to_the_headline_leaves_the_title(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE} {DEK}\nQUAYTOWN GAZETTE Quaytown Share Comment\n{LEAD}\n{SECOND}\n{THIRD}\n"
    assert _ingest(fixture_config, text).metadata.title == HEADLINE


def test_a_code_after_the_id_is_no_slug_word() -> None:
    assert slug_words(URL)[-2:] == ["quay", "island"]
    assert slug_words("https://x.example/a/cut-off-headline-and-se")[-1] == "se"  # no id: a cut word
    assert slug_words("https://x.example/a/one-two-three-4-u2")[-1] == "three"  # figures dropped as before


def test_a_short_word_after_a_short_number_is_the_headlines() -> None:
    # '... 169 sì': a number of the headline, not an id, so its last word stays a slug word
    assert slug_words("https://x.example/politica/governo-fiducia-al-senato-169-si")[-2:] == ["senato", "si"]
    assert slug_words("https://x.example/a/port-reopens-after-storm-2025113010-nt")[-1] == "storm"
