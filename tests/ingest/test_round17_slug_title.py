"""The URL-slug title step confirms a headline and trims its line only where the part cut is
furniture by its shape (issue 21, seventeenth round): a kicker never ends in a short joining word
that runs on into the headline ('Fiocco rosa al Parco ...'), and a date, a byline or a reading time
glued after the headline is cut and read (the published day and the authors), never dropped. A
figure the slug spells ('...-22-04-2024') belongs to the headline. The pages are invented."""

from __future__ import annotations

from datetime import date

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.slug_title import trim_by_slug
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW


def _ingest(config: SiteConfig, outlet: str, page: str, url: str) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet=outlet, url=url), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (  # the headline opens with words the slug leaves out, ending in 'al'
            "Festa grande al Porto vecchio, arriva la nave scuola dei cadetti",
            "https://www.gazzetta.example/cronaca/porto-vecchio-arriva-nave-scuola-cadetti-4471",
        ),
        (  # ... ending in 'de'
            "El discurso de Lucía Marín abrirá las fiestas del puerto en Villalta",
            "https://www.diario.example/2024/05/lucia-marin-fiestas-puerto-villalta/",
        ),
    ],
)
def test_opening_words_that_run_on_into_the_headline_stay(title: str, url: str) -> None:
    assert trim_by_slug(title, url) == title


def test_a_kicker_before_the_headline_is_still_cut() -> None:
    title = "Cronaca locale Porto vecchio, arriva la nave scuola dei cadetti"
    url = "https://www.gazzetta.example/cronaca/porto-vecchio-arriva-nave-scuola-cadetti-4471"
    assert trim_by_slug(title, url) == "Porto vecchio, arriva la nave scuola dei cadetti"


LEAD_NL = (
    "Vrijwilligers zoeken sinds zaterdag langs de kust naar een gewonde zeehond die door "
    "wandelaars bij de pier werd gezien, meldt de dierenambulance."
)
SECOND_NL = "Wie het dier ziet, wordt gevraagd afstand te houden en de hulplijn te bellen."
LEAD_ES = (
    "Un grupo de vecinos denunció este viernes el estado del viejo faro del puerto, cuyas "
    "paredes se agrietan desde el invierno, y pidió al ayuntamiento una reparación urgente."
)
SECOND_ES = "El ayuntamiento respondió que estudiará el informe de los técnicos la próxima semana."


@pytest.mark.parametrize(
    ("outlet", "line", "url", "body", "title", "published", "authors"),
    [
        (  # a kicker, the headline, a name, a day and a reading time on one line
            "havenkrant",
            "Natuur en Dier Zoektocht naar gewonde zeehond bij de pier Jan de Vries 30-12-2024 - 2 minuten leestijd",
            "https://havenkrant.example/zoektocht-naar-gewonde-zeehond-bij-de-pier/",
            [LEAD_NL, SECOND_NL],
            "Zoektocht naar gewonde zeehond bij de pier",
            date(2024, 12, 30),
            ("Jan de Vries",),
        ),
        (  # the headline runs past the slug's last word; a day and 'Por <name>' close the line
            "diario-del-puerto",
            "El viejo faro del puerto se agrieta: los vecinos piden reparación 14 de Marzo de 2025 Por Ana Ruiz",
            "https://www.diario.example/2025/03/14/el-viejo-faro-del-puerto-se-agrieta/",
            [LEAD_ES, SECOND_ES],
            "El viejo faro del puerto se agrieta: los vecinos piden reparación",
            date(2025, 3, 14),
            ("Ana Ruiz",),
        ),
    ],
)
def test_metadata_after_the_headline_is_cut_and_read(
    fixture_config: SiteConfig,
    outlet: str,
    line: str,
    url: str,
    body: list[str],
    title: str,
    published: date,
    authors: tuple[str, ...],
) -> None:
    draft = _ingest(fixture_config, outlet, "\n\n".join([line, *body]) + "\n", url)
    assert draft.metadata.title == title
    assert draft.metadata.published is not None
    assert draft.metadata.published.date() == published
    assert draft.metadata.authors == authors
    assert [b.text for b in draft.blocks] == body


def test_a_day_the_slug_spells_stays_in_the_title(fixture_config: SiteConfig) -> None:
    line = "Porto vecchio, la nave scuola torna in rada – Mattinata 22/04/2024 di Gino Rossi"
    url = "https://gazzetta.example/porto-vecchio-la-nave-scuola-torna-in-rada-mattinata-22-04-2024/"
    lead = (
        "La nave scuola dei cadetti è tornata ieri mattina nella rada del porto vecchio, accolta "
        "da centinaia di persone sulle banchine e dalle sirene dei rimorchiatori."
    )
    draft = _ingest(fixture_config, "gazzetta-del-porto", f"{line}\n\n{lead}\n", url)
    assert draft.metadata.published is None  # the day is the programme's, part of the headline
    assert draft.metadata.title == line


def test_a_day_alone_after_the_headline_stays_in_the_title(fixture_config: SiteConfig) -> None:
    line = "Harbour ferry timetable changes until 14 March 2025"
    url = "https://harbour.example/news/harbour-ferry-timetable-changes-until/"
    lead = (
        "The ferry across the harbour will run every forty minutes instead of every twenty while "
        "the north quay is rebuilt, the port authority said on Monday."
    )
    draft = _ingest(fixture_config, "harbour-gazette", f"{line}\n\n{lead}\n", url)
    assert draft.metadata.title == line
    assert draft.metadata.published is None
