"""A headline with furniture glued to it on its line (issue 21, eighteenth round): a section's
name before a colon or a bar ('World: ', 'ACTUALITÉ: '), a media word before a full stop or a
dash ('Vidéo. ', 'Vídeo – '), a tag in angle brackets or a section in lens brackets before it
('<速報>', '【気象】'), a bare separator before or after it (': ', ' |'), a date and time in
brackets after it ('[2025/03/14 10:33]'). The label leaves the title; the headline's own words
stay ('Bergsturz: ', a kicker of its story). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.title_labels import without_glued_label
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES


@pytest.mark.parametrize(
    ("outlet", "glued", "expected"),
    [
        ("harbour-gazette", "World: {}", None),
        ("gazette-du-port", "ACTUALITÉ: {}", None),
        ("gazette-du-port", "Vidéo. {}", None),
        ("jornal-do-porto", "Vídeo – {}", None),
        ("havenkrant", "Binnenland | {}", None),
        ("diario-del-puerto", "{} |", None),
        ("harbour-gazette", "{} [2025/03/14 10:33]", None),
        ("hafenbote", "Bergsturz: {}", "Bergsturz: {}"),  # a kicker of the story: its words
    ],
)
def test_furniture_glued_to_the_headline_leaves_the_title(
    fixture_config: SiteConfig, outlet: str, glued: str, expected: str | None
) -> None:
    headline, dated, paragraphs = STORIES[outlet]
    page = "\n".join([glued.format(headline), dated, *paragraphs]) + "\n"
    draft = ingested(fixture_config, outlet, page)
    assert draft.metadata.title == (expected or "{}").format(headline)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("<速報>港の新しい橋が開通、式典に三百人", "港の新しい橋が開通、式典に三百人"),
        ("【気象】港町で大雪 船の欠航相次ぐ", "港町で大雪 船の欠航相次ぐ"),
        ("【独自取材】港町で大雪 船の欠航相次ぐ", "【独自取材】港町で大雪 船の欠航相次ぐ"),  # not a section
        ("台風で港の船が流される[2025/10/14 10:33]", "台風で港の船が流される"),
        (": Hafenbrücke wieder offen", "Hafenbrücke wieder offen"),  # a label left empty
        ("Video: Storm cuts power on the coast", "Video: Storm cuts power on the coast"),  # a colon: kept
        ("World: Rain", "World: Rain"),  # too little would be left
    ],
)
def test_tags_around_a_japanese_headline(title: str, expected: str) -> None:
    assert without_glued_label(title) == expected


def test_a_title_of_many_labels_is_cut_a_bounded_number_of_times() -> None:
    headline = "Hafenbrücke wieder offen"
    title = ": " * 20_000 + headline + " |" * 20_000
    assert without_glued_label(title) == ": " * 19_997 + headline + " |" * 20_000
