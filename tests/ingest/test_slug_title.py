"""A kicker, tag or standfirst glued to the headline on its line, cut by the URL's slug
(invented pages, one per shape seen on the development sets), and the titles it must leave alone."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.slug_title import trim_by_slug
from generator.ingest.slug_words import slug_words
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW


def _ingest(config: SiteConfig, page: str, url: str) -> Draft:
    """The plain-text `page` ingested for the fixture outlet, with its URL."""
    return ingest(
        Source("page.txt", page, False), Request(outlet="coast-courier", url=url), config, NOW, DEFAULT
    )


LEAD = "The council approved the budget late on Monday after a long debate over library opening hours."
SECOND = "Libraries will open on Sundays from March, and the two branches on the quay will close at eight."


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (  # a time-ago label and a place glued before the headline
            "vor 3 Stunden Freiburg Streit um die neuen Radwege am Rathausplatz",
            "https://news.example/lokales/Streit-um-die-neuen-Radwege-am-Rathausplatz;art55,123456",
            "Streit um die neuen Radwege am Rathausplatz",
        ),
        (  # a region name glued before the headline; the slug after a numeric id segment
            'Zuid-Drenthe Boeren protesteren tegen nieuwe regels voor mest: "Dit is onhaalbaar"',
            "https://www.regio.example/nieuws/88812/boeren-protesteren-tegen-nieuwe-regels-voor-mest-dit-is-onhaalbaar",
            'Boeren protesteren tegen nieuwe regels voor mest: "Dit is onhaalbaar"',
        ),
        (  # section label before, standfirst sentence after (a one-line head); accents in the slug
            "Saúde Pública Vacinação contra o sarampo é ampliada até o fim de agosto Campanha que começou em maio segue nos postos",
            "https://jornal.example/editorias/saude-publica/vacina%C3%A7%C3%A3o-contra-o-sarampo-%C3%A9-ampliada-at%C3%A9-o-fim-de-agosto-1.99887",
            "Vacinação contra o sarampo é ampliada até o fim de agosto",
        ),
        (  # a cut-off standfirst after the headline
            "Vento forte derruba árvores em toda cidade de Curitiba Toda a região metropolitana…",
            "https://www.jornal.example/noticias/geral,vento-forte-derruba-arvores-em-toda-cidade-de-curitiba,70011",
            "Vento forte derruba árvores em toda cidade de Curitiba",
        ),
        (  # the outlet's initials after the headline
            "Stormachtig debat in gemeenteraad: oppositie hekelt “sprookjesbegroting” college RTB",
            "https://www.krant.example/nieuws/stormachtig-debat-in-gemeenteraad-oppositie-hekelt-sprookjesbegroting-college~a12b34c5/",
            "Stormachtig debat in gemeenteraad: oppositie hekelt “sprookjesbegroting” college",
        ),
    ],
)
def test_glued_parts_the_slug_leaves_out_are_cut(title: str, url: str, expected: str) -> None:
    assert trim_by_slug(title, url) == expected


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # the slug drops short opening words: 'Why the' is no kicker
        ("Why the Fed Raised Rates Again", "https://x.example/news/fed-raised-rates-again"),
        # a slug cut off mid-word: the title goes on past it
        (
            "Congressional elections live updates: House and Senate up for grabs tonight",
            "https://x.example/news/congressional-elections-live-updates-house-and-se-672adc2317147a9c",
        ),
        # the slug ends in an abbreviation the title ends in too
        (
            "Moçambique agradece o apoio de Angola, diz PR",
            "https://x.example/post/mocambique-agradece-o-apoio-de-angola-diz-pr",
        ),
        # a kicker word that the slug spells too is part of the headline
        ("Hitzewelle: Viele Einsätze in Hamburg", "https://x.example/hitzewelle-viele-einsaetze-in-hamburg"),
        # no slug to go by
        ("Regio Tiel Boeren protesteren tegen nieuwe regels", "https://x.example/?p=232802"),
        ("Regio Tiel Boeren protesteren tegen nieuwe regels", None),
        # a title-case headline goes on past its slug: a capital there is no new sentence
        (
            "Council Backs Library Plan After Long Debate Over Sunday Opening Hours",
            "https://x.example/council-backs-library-plan",
        ),
    ],
)
def test_titles_left_alone(title: str, url: str | None) -> None:
    assert trim_by_slug(title, url) == title


def test_slug_words_are_the_wordiest_segment_without_ids() -> None:
    assert slug_words("https://x.example/vida-urbana/gripe-%C3%A9-prorrogada-at%C3%A9-junho-1.2062445") == [
        "gripe",
        "e",
        "prorrogada",
        "ate",
        "junho",
    ]


def test_the_pipeline_cuts_a_glued_kicker_and_keeps_an_editors_title(fixture_config: SiteConfig) -> None:
    page = f"vor 3 Stunden Freiburg Streit um die neuen Radwege am Rathausplatz\n{LEAD}\n{SECOND}\n"
    url = "https://news.example/lokales/Streit-um-die-neuen-Radwege-am-Rathausplatz;art55,123456"
    request = Request(outlet="coast-courier", url=url)
    draft = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT)
    assert draft.metadata.title == "Streit um die neuen Radwege am Rathausplatz"
    given = Request(outlet="coast-courier", url=url, title="vor 3 Stunden Freiburg Streit")
    draft = ingest(Source("page.txt", page, False), given, fixture_config, NOW, DEFAULT)
    assert draft.metadata.title == "vor 3 Stunden Freiburg Streit"


def test_a_kicker_run_into_the_headline_with_no_space_is_cut() -> None:
    title = "Politique communaleNouvelles règles pour les terrasses: c’est oui"
    url = "https://www.journal.example/nouvelles-regles-pour-les-terrasses-cest-oui-88123"
    assert trim_by_slug(title, url) == "Nouvelles règles pour les terrasses: c’est oui"
    assert trim_by_slug(
        "McDonald raises prices again today", "https://x.example/mcdonald-raises-prices-again-today"
    ) == ("McDonald raises prices again today")


@pytest.mark.parametrize(
    ("first", "why"),
    [
        ("Un nouveau pont relie les deux rives de la Saône", "another story's headline (a teaser)"),
        ("Les pompiers éteignent un feu de forêt / JR", "another story's caption"),
    ],
)
def test_the_line_the_slug_spells_replaces_a_title_sharing_nothing_with_it(
    fixture_config: SiteConfig, first: str, why: str
) -> None:
    headline = "Hausse des loyers de 4,2% à Lyon, malgré la colère des locataires"
    page = f"{first}\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n"
    url = (
        "https://infos.example/nouvelle/hausse-des-loyers-de-4-2-a-lyon-malgre-la-colere-des-locataires.html"
    )
    draft = _ingest(fixture_config, page, url)
    assert draft.metadata.title == headline, why
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


def test_a_title_the_slug_spells_is_kept_though_a_longer_line_spells_it_too(
    fixture_config: SiteConfig,
) -> None:
    page = f"Cronaca\n\nSiena | Arrestato un uomo per il furto di biciclette in centro a Siena\n\n{LEAD}\n\n{SECOND}\n"
    url = "https://notizie.example/2024/09/30/siena-arrestato-un-uomo-per-il-furto-di-biciclette-in-centro-a-siena"
    draft = _ingest(fixture_config, page, url)
    assert draft.metadata.title == "Arrestato un uomo per il furto di biciclette in centro a Siena"


def test_a_headline_hard_wrapped_over_three_lines_is_read_whole(fixture_config: SiteConfig) -> None:
    page = (
        "La biblioteca chiude a “orario ridotto”,\ni lettori lo scoprono davanti alla porta:\n"
        f"«Per noi un pessimo servizio»\n\n{LEAD}\n\n{SECOND}\n"
    )
    url = (
        "https://cronache.example/2024/05/02/la-biblioteca-chiude-a-orario-ridotto-i-lettori-lo-scoprono-"
        "davanti-alla-porta-per-noi-un-pessimo-servizio/12345/"
    )
    draft = _ingest(fixture_config, page, url)
    assert draft.metadata.title == (
        "La biblioteca chiude a “orario ridotto”, i lettori lo scoprono davanti alla porta: «Per noi un pessimo servizio»"
    )
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


def test_a_page_run_into_one_line_gives_the_words_its_slug_spells(fixture_config: SiteConfig) -> None:
    page = (
        "Nacional | Informe oficial advierte del riesgo de crecida del río Verde Ordenan desalojar pueblo "
        "andino por riesgo de aluvión Las calles del pueblo amanecieron llenas de barro tras la tormenta "
        f"de la noche del lunes, según las autoridades locales. {LEAD}\n"
    )
    url = "https://www.diario.example/Nacional/Ordenan-desalojar-pueblo-andino-por-riesgo-de-aluvion-20110419-0006.html"
    draft = _ingest(fixture_config, page, url)
    assert draft.metadata.title == "Ordenan desalojar pueblo andino por riesgo de aluvión"


def test_a_slug_cut_off_at_a_short_word_does_not_cut_the_title() -> None:
    title = "Dit is het eerste interview met Karel Janssens sinds het akkoord"
    assert (
        trim_by_slug(title, "https://nieuws.example/binnenland/dit-is-het-eerste-interview-met.html") == title
    )


def test_only_a_headline_length_is_compared() -> None:
    """The alignment is quadratic in words, so a title of more than 80 words is left as it is
    and a long line is read in its first 80 words only."""
    url = "https://x.example/news/council-backs-library-plan-after-long-debate"
    title = "Regionaal Tiel Council backs library plan after long debate " + "and more words here " * 20
    assert trim_by_slug(title, url) == title
    assert trim_by_slug("Regionaal Tiel Council backs library plan after long debate", url) == (
        "Council backs library plan after long debate"
    )


def test_a_title_read_by_the_slug_is_named_for_review(fixture_config: SiteConfig) -> None:
    page = f"vor 3 Stunden Freiburg Streit um die neuen Radwege am Rathausplatz\n{LEAD}\n{SECOND}\n"
    url = "https://news.example/lokales/Streit-um-die-neuen-Radwege-am-Rathausplatz;art55,123456"
    draft = _ingest(fixture_config, page, url)
    assert draft.metadata.review[-1] == (
        "title read by the URL's slug instead of "
        "'vor 3 Stunden Freiburg Streit um die neuen Radwege am Rathausplatz': check it"
    )
