"""A photo caption over the headline, then a picture's button, then the caption again with its
credit: the first copy is the caption, not the title, and the headline under them is the title
(issue 21, thirteenth round). The page is invented."""

from __future__ import annotations

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

CAPTION = "Honderden bezoekers verzamelden zich op de kade."
HEADLINE = "Havenfeest trekt duizenden bezoekers: rustig verloop, alleen aan het einde kleine incidenten"
TEXT = (
    "Op verschillende plaatsen in de haven vonden zondagmiddag feesten plaats. De kade was de drukste "
    "plek met honderden bezoekers, meldt de gemeente."
)
MORE = "Aan het einde van de avond greep de politie twee keer in bij een ruzie op de brug, verder bleef het rustig."


def test_a_caption_repeated_with_its_credit_under_a_button_is_not_the_title(
    fixture_config: SiteConfig,
) -> None:
    page = f"{CAPTION}\nVolledig scherm\n{CAPTION} © Anna de Vries\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="havenkrant"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.title == HEADLINE
    assert CAPTION not in [b.text for b in draft.blocks]
