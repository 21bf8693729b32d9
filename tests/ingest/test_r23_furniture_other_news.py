"""Lists of other articles (issue 21, round 23), on invented pages: another story's headline run in
after an 'other news' label ('OTRAS NOTICIAS: ...', 'Weitere Nachrichten: ...') goes; a sentence
that speaks of other news stays."""

from __future__ import annotations

import pytest

from generator.ingest.link_outs import is_link_out
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        (
            "diario-del-puerto",
            "OTRAS NOTICIAS: El faro del puerto vuelve a encenderse tras diez años (18:00 hrs)",
        ),
        ("hafenbote", "Weitere Nachrichten: Neue Fähre für die Inselroute bestellt"),
        ("gazzetta-del-porto", "ALTRE NOTIZIE: Il faro torna a splendere dopo dieci anni"),
        ("jornal-do-porto", "Outras notícias: Nova ponte pedonal abre no cais"),
    ],
)
def test_a_headline_after_an_other_news_label_goes(
    fixture_config: SiteConfig, outlet: str, line: str
) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    [
        "Other news outlets reported the closure on Monday.",
        "Otras noticias de la semana pasaron desapercibidas, dijo el alcalde.",
    ],
)
def test_a_sentence_about_other_news_stays(line: str) -> None:
    assert not is_link_out(line)
