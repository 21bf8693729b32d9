"""A story's date line under a site's date line at the top of the page (issue 21, round 23): a
line naming the section, then the day and a time written '14h05m' ('Notícias - 12/03/2029 |
09h05m'), is read as a date line, and being nearer the story than the site's today-date above it,
it is the published time, with a review note naming both lines. One capitalised word (a section's
or a place's name) before a numeric date is read the same way ('Havenstad 12/03/24'). Invented
text."""

from __future__ import annotations

from generator.ingest.dates import read_date_line
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

PAGE = (
    "Sábado, 4 de maio de 2030 | 02:21\n\n"
    "Notícias - 12/03/2029 | 09h05m\n\n"
    "Ponte do porto reabre depois de três semanas de obras\n\n"
    "Os engenheiros reabriram a ponte do porto na terça-feira, depois de três semanas de obras, "
    "e o trânsito voltou às duas faixas ao fim da tarde.\n\n"
    "A câmara disse que as obras terminaram antes do prazo e abaixo do orçamento previsto.\n"
)


def _draft(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="jornal-do-porto", url="https://jornaldoporto.example.pt/noticias/ponte")
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_a_section_named_before_a_numeric_date_and_an_h_m_time() -> None:
    dated = read_date_line("Notícias - 12/03/2029 | 09h05m", context(language="pt"))
    assert dated is not None
    (label, stamp), *_ = dated.stamps
    assert (label, stamp.when.isoformat(), stamp.has_time) == ("published", "2029-03-12T09:05:00+00:00", True)


def test_a_sentence_opening_with_a_word_is_no_date_line() -> None:
    assert read_date_line("Obras - o prazo era 12/03/2029, disse a câmara", context(language="pt")) is None


def test_the_date_nearer_the_story_wins_over_the_site_date_at_the_top(fixture_config: SiteConfig) -> None:
    metadata = _draft(fixture_config, PAGE).metadata
    assert metadata.published is not None
    assert metadata.published.isoformat().startswith("2029-03-12T09:05")
    assert any("nearer the story ('Notícias - 12/03/2029 | 09h05m')" in note for note in metadata.review)


def test_a_later_day_below_the_top_date_is_not_taken(fixture_config: SiteConfig) -> None:
    page = PAGE.replace("Notícias - 12/03/2029 | 09h05m", "Notícias - 12/06/2030 | 09h05m")
    metadata = _draft(fixture_config, page).metadata
    assert metadata.published is not None
    assert metadata.published.date().isoformat() == "2030-05-04"


def test_a_place_named_before_a_short_numeric_date() -> None:
    dated = read_date_line("Havenstad 12/03/24", context(language="es"))
    assert dated is not None
    (_, stamp), *_ = dated.stamps
    assert stamp.when.date().isoformat() == "2024-03-12"


def test_two_words_before_a_numeric_date_are_no_date_line() -> None:
    assert read_date_line("Puerto Ellis Norte 12/03/24", context(language="es")) is None


def test_a_label_before_the_date_stays_its_label() -> None:
    dated = read_date_line("Actualizado 12/03/2024 - 09:05h", context(language="es"))
    assert dated is not None
    assert [label for label, _ in dated.stamps] == ["updated"]
