"""Article prose that the furniture and metadata rules must leave alone (issue 21, second review).

Each case is a line of an invented article that a rule once took: a dated sub-heading read as the
published date, a sub-heading read as a list header that took the rest of the article, news
sentences read as consent boxes, appeals or job ads, a table read as a menu. Where the loss was
more than the line itself, the whole invented article goes through the pipeline; the furniture
each rule was written for still goes (the tests in test_rules.py and the fixtures).
"""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.line_rule import first_match
from generator.ingest.list_rules import is_list_header
from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Block, Draft, Kind, Request
from generator.ingest.page_widgets import player_widget
from generator.ingest.pipeline import Source, ingest
from generator.ingest.text_rules import line_rules
from generator.ingest.titles import is_kicker_shaped
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

LINE_RULES = line_rules(DEFAULT)
UNDATED = (
    "no published time found: the page states none; set published: and remove draft: true, "
    "or ingest it again with --published WHEN --force"
)


def draft_of(config: SiteConfig, text: str, outlet: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet), config, NOW, DEFAULT)


def body(draft: Draft) -> list[tuple[Kind, str]]:
    return [(block.kind, block.text) for block in draft.blocks]


# --- A dated sub-heading is not the published date -------------------------------------------

GUIDE_INTRO = (
    "The county's election office has published a guide to how ballots are received, checked and "
    "counted, after a year of questions from voters about delays."
)
GUIDE_SECOND = (
    "The guide sets out each stage of the process and the deadlines the office must meet under state law."
)
GUIDE_POLLS = (
    "Polls open at 7 a.m. and close at 8 p.m., and ballots cast in person are counted first, the office says."
)
GUIDE_LAST = "The board of canvassers must certify the results within fourteen days of the election."


@pytest.mark.parametrize(
    "sub_heading",
    ["Election Day, November 5, 2024", "Hearing November 5, 2024", "Timeline: November 5, 2024"],
)
def test_a_dated_sub_heading_of_an_undated_guide_gives_no_date(
    fixture_config: SiteConfig, sub_heading: str
) -> None:
    page = (
        f"How the county counts its ballots\n{GUIDE_INTRO}\n{GUIDE_SECOND}\n{sub_heading}\n"
        f"{GUIDE_POLLS}\nCertification\n{GUIDE_LAST}\n"
    )
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert draft.metadata.published is None
    assert draft.metadata.draft
    assert UNDATED in draft.metadata.review
    assert body(draft) == [
        (Kind.PARAGRAPH, GUIDE_INTRO),
        (Kind.PARAGRAPH, GUIDE_SECOND),
        (Kind.HEADING, sub_heading),
        (Kind.PARAGRAPH, GUIDE_POLLS),
        (Kind.HEADING, "Certification"),
        (Kind.PARAGRAPH, GUIDE_LAST),
    ]


def test_a_dated_sub_heading_with_a_time_below_the_text_gives_no_date(fixture_config: SiteConfig) -> None:
    page = (
        f"How the county counts its ballots\n{GUIDE_INTRO}\nHearing March 3, 2025 10:00\n{GUIDE_POLLS}\n"
        f"Certification\n{GUIDE_LAST}\n"
    )
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert draft.metadata.published is None
    assert body(draft)[:3] == [
        (Kind.PARAGRAPH, GUIDE_INTRO),
        (Kind.HEADING, "Hearing March 3, 2025 10:00"),
        (Kind.PARAGRAPH, GUIDE_POLLS),
    ]


@pytest.mark.parametrize(
    "line", ["Election Day, November 5, 2024", "Hearing November 5, 2024", "Timeline: March 14, 2023"]
)
def test_a_label_and_a_day_alone_is_no_metadata_line(line: str) -> None:
    assert read_meta_line(line, context(), DEFAULT) is None


def test_a_label_and_a_day_is_no_photo_caption() -> None:
    assert first_match("Election Day, November 5, 2024", LINE_RULES) is None


# --- A sub-heading that opens like a list header keeps the rest of the article ---------------

QUAKE = [
    "Sismo abala o sul",
    "14 de março de 2023, 09:41",
    "Um sismo de magnitude 5,9 abalou esta terça-feira o sul do país, segundo o instituto de meteorologia.",
    "O abalo foi sentido em várias cidades e provocou o colapso de dezenas de casas antigas da região.",
    "{heading}",
    "Os hospitais da região receberam centenas de feridos ao longo do dia, a maioria com ferimentos ligeiros.",
    "Escolas fechadas",
    "O governo decidiu fechar todas as escolas da região até ao fim da semana, para a inspeção dos edifícios.",
]
HAFEN = [
    "Fähre läuft auf Grund",
    "14. März 2023, 09:41 Uhr",
    "Eine Fähre ist am Dienstagmorgen vor der Hafeneinfahrt auf Grund gelaufen, alle Passagiere sind unverletzt.",
    "Die Wasserschutzpolizei sperrte die Einfahrt für mehrere Stunden, wie ein Sprecher der Stadt mitteilte.",
    "{heading}",
    "Nach ersten Erkenntnissen fiel bei starkem Wind die Steuerung aus, der Kapitän ließ sofort Anker werfen.",
    "Wie es weitergeht",
    "Die Reederei will die Fähre in der kommenden Woche in die Werft schleppen und dort untersuchen lassen.",
]
HAVEN = [
    "Havenbrug weer open",
    "dinsdag 14 maart 2023, 09:41",
    "De havenbrug is dinsdagochtend na drie weken van werkzaamheden weer opengegaan voor al het verkeer.",
    "Volgens de gemeente liep het werk een week uit door het slechte weer en een tekort aan onderdelen.",
    "{heading}",
    "De gemeenteraad stemt volgende maand over het geld voor het onderhoud van de andere bruggen in de stad.",
    "Wat er nu gebeurt",
    "De gemeente houdt de brug de komende weken in de gaten en meet elke dag hoe ver het wegdek doorbuigt.",
]


@pytest.mark.parametrize(
    ("outlet", "lines", "heading"),
    [
        ("jornal-do-porto", QUAKE, "Mais de 300 feridos"),
        ("jornal-do-porto", QUAKE, "Mais de mil feridos"),
        ("hafenbote", HAFEN, "Mehr zu den Hintergründen"),
        ("havenkrant", HAVEN, "Meer over de verkiezingen"),
    ],
)
def test_a_sub_heading_like_a_list_header_keeps_the_rest_of_the_article(
    fixture_config: SiteConfig, outlet: str, lines: list[str], heading: str
) -> None:
    page = "\n".join(lines).format(heading=heading) + "\n"
    draft = draft_of(fixture_config, page, outlet)
    assert [text for _, text in body(draft)] == [line.format(heading=heading) for line in lines[2:]]
    assert draft.metadata.published is not None


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Meer uit Politiek", True),
        ("Mehr aus der Region", True),
        ("More from Business", True),
        ("Mais de 300 feridos", False),
        ("More in 2024", False),
    ],
)
def test_more_from_headers(line: str, header: bool) -> None:
    assert is_list_header(Block(line)) is header


# --- News sentences that read like a page's prompts ------------------------------------------


def article(title: str, dated: str, *paragraphs: str) -> str:
    return "\n".join([title, dated, *paragraphs]) + "\n"


LEADS = {  # a lead and a closing paragraph of an invented article, per outlet
    "harbour-gazette": (
        "A powerful storm battered the southern coast on Tuesday, cutting power to thousands of homes.",
        "The storm is expected to move north overnight and weaken by Wednesday, forecasters said.",
    ),
    "jornal-do-porto": (
        "O Governo aprovou na terça-feira a reforma da proteção civil, depois de meses de negociações.",
        "A reforma entra em vigor no próximo mês e será avaliada ao fim de um ano, disse o ministro.",
    ),
    "hafenbote": (
        "Der Bundestag hat am Dienstag zwei neue Richterinnen gewählt, nachdem sich die Fraktionen geeinigt hatten.",
        "Die beiden Richterinnen sollen ihr Amt im April antreten und dort zwölf Jahre bleiben.",
    ),
    "gazette-du-port": (
        "La Commission a infligé mardi une amende de 60 millions d'euros au groupe pour manquement au règlement.",
        "Le groupe dispose de deux mois pour faire appel devant le Conseil d'État, selon la décision.",
    ),
    "diario-del-puerto": (
        "El Congreso aprobó este martes la reforma de la ley con el apoyo de los grupos del Gobierno.",
        "La votación se retrasó dos horas por la tormenta que dejó sin luz a varias salas del edificio.",
    ),
}


@pytest.mark.parametrize(
    ("outlet", "dated", "sentence"),
    [
        (
            "jornal-do-porto",
            "14/03/2023 09:41",
            "O apoio do Presidente dá força ao Governo para avançar com a reforma, disse o ministro.",
        ),
        (
            "hafenbote",
            "14.03.2023, 09:41 Uhr",
            "Die Partei warb mit dem Slogan «Werden Sie Mitglied» um junge Wähler.",
        ),
        ("gazette-du-port", "14/03/2023 09:41", "Soutenez-vous le journalisme local ? Une enquête répond."),
        (
            "hafenbote",
            "14.03.2023, 09:41 Uhr",
            "Die Union gab am Ende ihre Zustimmung zu beiden Kandidaten der Koalition.",
        ),
        (
            "diario-del-puerto",
            "14/03/2023 09:41",
            "El Senado debe dar aún su consentimiento a la nueva ley de protección de datos, según el Gobierno.",
        ),
        (
            "gazette-du-port",
            "14/03/2023 09:41",
            "Meta avait modifié sa politique de confidentialité le mois dernier, selon la CNIL.",
        ),
        (
            "harbour-gazette",
            "March 14, 2023 09:41",
            "Our reporters asked officials about the platform's terms for user comments, which were changed.",
        ),
        (
            "diario-del-puerto",
            "14/03/2023 09:41",
            "El portavoz nos explicó que las normas para los comentarios en redes cambiarán.",
        ),
    ],
)
def test_news_about_appeals_consent_privacy_and_comments_stays(
    fixture_config: SiteConfig, outlet: str, dated: str, sentence: str
) -> None:
    lead, last = LEADS[outlet]
    draft = draft_of(fixture_config, article("Reform passes", dated, lead, sentence, last), outlet)
    assert [text for _, text in body(draft)] == [lead, sentence, last]


@pytest.mark.parametrize(
    "line",
    [
        "Welche Teilnehmer machen mit",  # 'teil' is no share verb inside 'Teilnehmer'
        "Segurança reforçada em",  # nor 'segu' inside 'Segurança'
        "Findings of the review are expected on",
    ],
)
def test_a_heading_ending_with_a_preposition_is_no_follow_prompt(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


# --- Headings that are also the words of a widget, a button or a link ------------------------

HEAT = [
    "Ola de calor en el sur",
    "14/03/2023 09:41",
    "Las temperaturas superaron los 44 grados en varias ciudades del sur este martes, según la agencia.",
    "{heading}",
    "La agencia prevé que el calor dure al menos hasta el fin de semana y pide evitar el sol a mediodía.",
    "Actualizar el padrón municipal",
    "Los ayuntamientos abrirán sus oficinas por la tarde para atender a los vecinos que lo necesiten.",
]


@pytest.mark.parametrize("heading", ["El tiempo", "Sevilla 44 °C", "Tempo", "Candidati", "Akkoord"])
def test_a_one_line_heading_like_a_widget_or_button_stays(fixture_config: SiteConfig, heading: str) -> None:
    draft = draft_of(fixture_config, "\n".join(HEAT).format(heading=heading) + "\n", "diario-del-puerto")
    assert [text for _, text in body(draft)] == [line.format(heading=heading) for line in HEAT[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "Les ministres, un par un",
        "Os candidatos, um a um",
        "Ver os candidatos, um a um",
        "Aggiornare il software del router",
        "Firmware aktualisieren",
        "Buscamos a los periodistas desaparecidos",
        "Like me!",
        "メモ入力",
        "完了しました",
    ],
)
def test_a_heading_or_a_one_page_label_is_no_ui_label(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


# --- News sentences that read like links, live promotions or job ads -------------------------


@pytest.mark.parametrize(
    ("outlet", "dated", "sentence"),
    [
        (
            "harbour-gazette",
            "March 14, 2023 09:41",
            "More information on the victims is expected on Monday, police said.",
        ),
        (
            "diario-del-puerto",
            "14/03/2023 09:41",
            "Más información en las próximas horas, según fuentes policiales.",
        ),
        (
            "harbour-gazette",
            "March 14, 2023 09:41",
            "10.30am The Prime Minister arrives at the emergency committee meeting in Whitehall",
        ),
        ("harbour-gazette", "March 14, 2023 09:41", "10:45am: Talks resume in Brussels"),
        (
            "diario-del-puerto",
            "14/03/2023 09:41",
            "Buscamos a los periodistas desaparecidos, dijo el fiscal general.",
        ),
        (
            "hafenbote",
            "14.03.2023, 09:41 Uhr",
            "Wir suchen den Reporter, der den Unfall gefilmt hat, sagte die Polizei.",
        ),
        (
            "harbour-gazette",
            "March 14, 2023 09:41",
            "The parade will be broadcast live on the city's website, free of charge.",
        ),
    ],
)
def test_news_like_links_live_promotions_or_job_ads_stays(
    fixture_config: SiteConfig, outlet: str, dated: str, sentence: str
) -> None:
    lead, last = LEADS[outlet]
    draft = draft_of(fixture_config, article("Storm hits the coast", dated, lead, sentence, last), outlet)
    assert [text for _, text in body(draft)] == [lead, sentence, last]


# --- A table copied one cell a line is the article's, not a menu -----------------------------

COUNCIL = [
    "Uitslag verkiezingen: VVD blijft grootste partij",
    "dinsdag 14 maart 2023, 09:41",
    "De VVD is bij de gemeenteraadsverkiezingen opnieuw de grootste partij geworden, al verloor zij twee zetels.",
    "De zetelverdeling is als volgt",
]
COUNCIL_END = (
    "De opkomst was met 51 procent iets hoger dan vier jaar geleden, meldt de gemeente op haar website."
)


@pytest.mark.parametrize(
    ("cells", "closing"),
    [
        (["VVD 9 zetels", "GroenLinks 7 zetels", "PvdA 5 zetels", "CDA 3 zetels", "D66 3 zetels"], True),
        (["Wethouder", "Anna de Vries", "Voorzitter", "Piet Jansen", "Griffier", "Els Bakker"], True),
        (  # a two-column table at the end of the article: a party repeats every other cell
            ["Financiën", "VVD", "Haven en Wonen", "CDA", "Onderwijs", "VVD", "Zorg en Sport", "CDA"],
            False,
        ),
    ],
)
def test_a_table_copied_one_cell_a_line_stays(
    fixture_config: SiteConfig, cells: list[str], closing: bool
) -> None:
    lines = [*COUNCIL, *cells, *([COUNCIL_END] if closing else [])]
    draft = draft_of(fixture_config, "\n".join(lines) + "\n", "havenkrant")
    assert [text for _, text in body(draft)] == lines[2:]


def test_a_paragraph_between_two_long_promotions_stays(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["harbour-gazette"]
    promo = "Sign up for our morning newsletter and get the day's harbour news delivered to your inbox every weekday."
    middle = (
        "Crews worked through the night to restore power to the hospital and the two care homes on the quay."
    )
    page = article("Storm hits the coast", "March 14, 2023 09:41", lead, promo, middle, promo, last)
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert [text for _, text in body(draft)] == [lead, middle, last]
    assert [r.rule for r in draft.removals if r.text == promo] == ["newsletter", "newsletter"]


def test_a_date_below_a_sub_heading_like_a_list_header_is_the_articles(fixture_config: SiteConfig) -> None:
    lines = [line.format(heading="Mehr zu den Hintergründen") for line in HAFEN if "09:41" not in line]
    draft = draft_of(fixture_config, "\n".join([*lines, "14.03.2023, 09:41 Uhr"]) + "\n", "hafenbote")
    assert draft.metadata.published is not None
    assert draft.metadata.published.isoformat() == "2023-03-14T09:41:00+01:00"
    assert [text for _, text in body(draft)] == lines[1:]


# --- Fourth round: page-end teasers, labels glued to relative times ---------------------------


@pytest.mark.parametrize(
    "line",
    ["Il sindaco lo ha detto 3 giorni fa", "Lo disse 3 giorni fa", "Ne parlava il Comune 2 settimane fa"],
)
def test_a_sentence_ending_in_a_relative_time_is_no_teaser_stamp(line: str) -> None:
    assert read_meta_line(line, context(language="it"), DEFAULT) is None


def test_a_bulleted_list_under_the_last_sub_heading_stays(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["harbour-gazette"]
    items = ["- Flood barriers on the quay", "- New pumps for the lower town", "- Sandbags at every school"]
    page = article(
        "Storm hits the coast", "March 14, 2023 09:41", lead, last, "What the council will buy", *items
    )
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert [text for _, text in body(draft)][-3:] == [item[2:] for item in items]


def test_a_call_for_opinions_or_a_lead_in_inside_the_article_stays(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["harbour-gazette"]
    prompt = "Share your thoughts on the storm with our reporters, the editor wrote in a note to readers."
    lead_in = "The forecasters' map showed the storm's track:"
    middle = "It crossed the coast at Harbridge shortly after midnight and turned north before dawn."
    page = article("Storm hits the coast", "March 14, 2023 09:41", lead, prompt, lead_in, middle, last)
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert [text for _, text in body(draft)] == [lead, prompt, lead_in, middle, last]


@pytest.mark.parametrize(
    "line",
    [
        "Die Hörer können das Radio online hören, sagte der Intendant.",
        "Listen to the minister live",
        "Il nuovo archivio del porto apre lunedì",
        "By subscribing to the service, users agree to its terms, the regulator said.",
        'Mehr dazu sagte der Minister am Dienstag: "Wir bauen die Brücke neu."',
    ],
)
def test_news_like_promotions_captions_and_links_stays(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


def test_a_glossary_heading_followed_by_the_articles_text_stays(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["hafenbote"]
    text = (
        "Das Glossar der Hafenbehörde erklärt seit diesem Jahr alle Fachbegriffe der Schifffahrt, "
        "vom Ankerplatz bis zum Zoll, in einfacher Sprache."
    )
    page = article("Hafen erklärt sich", "14.03.2023, 09:41 Uhr", lead, "Glossar", text, last)
    draft = draft_of(fixture_config, page, "hafenbote")
    assert [text for _, text in body(draft)] == [lead, "Glossar", text, last]


@pytest.mark.parametrize(
    "line", ["Did you get the minister's email?", "Who sent the email to the harbour board?"]
)
def test_a_question_about_an_email_is_no_newsletter_box(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


def test_live_blog_times_are_no_media_player() -> None:
    lines = ["10:45", "Talks resume", "11:00", "The minister arrives at the quay"]
    assert player_widget([Block(line) for line in lines]) == set()


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("Dernières infos - Grève au port de Kerlan", True),
        ("Most read - Harbour strike", True),
        ("Kerlan - les dockers reprennent le travail", False),
        ("Ukraine - Russia talks resume in Geneva", False),
    ],
)
def test_a_list_name_and_a_topic_is_a_kicker_a_place_and_a_headline_is_not(line: str, kicker: bool) -> None:
    assert is_kicker_shaped(line) is kicker


GAZZETTA = [
    "Cronaca",
    "Porto | Sequestrate due tonnellate di pesce al mercato ittico",
    "Durante un controllo al mercato ittico del porto, la Guardia Costiera ha sequestrato due tonnellate di pesce "
    "privo dei documenti di tracciabilità.",
    "Le verifiche sono partite da una segnalazione dei pescatori della zona, che da settimane denunciavano prezzi "
    "troppo bassi.",
    "Intervista",
    "Il comandante: al mercato ittico del porto controlli ogni settimana sul pesce",
    "Il comandante della Guardia Costiera ha spiegato che i controlli sul pesce del mercato ittico saranno "
    "settimanali fino all'estate.",
]


def test_a_sub_heading_on_the_articles_topic_under_a_label_stays(fixture_config: SiteConfig) -> None:
    draft = draft_of(fixture_config, "\n".join(GAZZETTA) + "\n", "gazzetta-del-porto")
    assert [text for _, text in body(draft)] == [*GAZZETTA[2:4], *GAZZETTA[5:]]  # the label over it goes


def test_the_articles_last_sections_under_plain_headings_stay(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["harbour-gazette"]
    sections = [
        "What happens next for the coast",
        "Forecasters said the storm would weaken by Wednesday, but the coast could see more power cuts overnight.",
        "How the coast prepared for the storm",
        "Homes on the coast were sandbagged on Monday and the power company moved crews south before the storm.",
    ]
    page = article("Storm hits the coast", "March 14, 2023 09:41", lead, last, *sections)
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert [text for _, text in body(draft)] == [lead, last, *sections]


@pytest.mark.parametrize(
    "line",
    [
        'The minister read the report aloud to the council: "We will act on every finding."',
        'Der Minister las aus dem Bericht vor: "Wir handeln sofort."',
    ],
)
def test_a_quoted_report_in_a_sentence_is_no_link_out(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


def test_a_lead_that_opens_with_the_headline_stays(fixture_config: SiteConfig) -> None:
    lead = (
        "Storm hits the southern coast again, a week after the last one, cutting power to thousands of homes."
    )
    page = f"Storm hits the southern coast\n{lead}\n{LEADS['harbour-gazette'][1]}\n"
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert draft.metadata.dek is None
    assert next(text for _, text in body(draft)) == lead


def test_a_bureau_in_brackets_is_no_correspondent() -> None:
    block = Block(
        "【パリ支局】フランス政府は14日、港湾の民営化を決めた。関係者によると、入札は来年行われる。"
    )
    _, _, evidence, _ = strip_dateline(block, "港湾新聞", DEFAULT)
    assert evidence.authors == ()


def test_a_quoted_call_for_opinions_closing_the_article_stays(fixture_config: SiteConfig) -> None:
    lead, last = LEADS["harbour-gazette"]
    closing = "Tell us what you think of the new sea wall, the mayor told residents at the meeting."
    page = article("Storm hits the coast", "March 14, 2023 09:41", lead, last, closing)
    draft = draft_of(fixture_config, page, "harbour-gazette")
    assert [text for _, text in body(draft)] == [lead, last, closing]
