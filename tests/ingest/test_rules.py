"""Each named furniture rule, with lines it must take and lines it must leave alone."""

from __future__ import annotations

import pytest

from generator.ingest.line_rule import first_match
from generator.ingest.list_rules import apply_list_rules, is_list_header
from generator.ingest.model import Block, Kind
from generator.ingest.text_rules import apply_line_rules, line_rules, strip_inline_ui
from generator.model.wires import DEFAULT

LINE_RULES = line_rules(DEFAULT)
RULES = {rule.name: rule for rule in LINE_RULES}

# (rule name, line it must take)
FURNITURE = [
    ("media-notice", "VÍDEO CON IMÁGENES DEL PUERTO. CONSULTAR DERECHOS DE USO."),
    ("media-notice", "THIS VIDEO CONTAINS IMAGES SUPPLIED BY THE HARBOUR AUTHORITY."),
    ("ai-notice", "Let op: dit artikel is gemaakt met behulp van AI."),
    ("ai-notice", "This article was written with the help of artificial intelligence."),
    ("cookie-notice", "Wir benötigen Ihre Zustimmung, um den Inhalt von Hafenkarte anzuzeigen"),
    ("cookie-notice", "En cliquant sur « Accepter », vous donnez votre consentement au dépôt de traceurs."),
    ("cookie-notice", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
    ("cookie-notice", "Accetta tutti i cookie"),
    ("ui-label", "AkzeptierenMehr Informationen"),
    ("ui-label", "Liveticker zur Hafenwahl aktualisieren"),
    ("banner", "+++ Liveticker zur Hafenwahl aktualisieren +++"),
    ("banner", "+++ Brücke wieder offen +++ Zwei Spuren bleiben zu +++"),
    ("ui-label", "Vidéo suivante dans 8 secondes"),
    ("ui-label", "Otros vídeos"),
    ("ui-label", "Meer video's"),
    ("comment-count", "Vos commentaires doivent respecter notre charte."),
    ("comment-count", "Bitte beachten Sie unsere Netiquette beim Kommentieren: Kommentare werden geprüft."),
    ("comment-count", "Inicia sesión para comentar"),
    ("follow-prompt", "Restez informés en suivant La Gazette du Port sur"),
    ("follow-prompt", "Siga o Jornal do Porto no"),
    ("paywall", "Accès réservé pour lire la suite de cet article"),
    ("paywall", "Lee sin límites"),
    ("paywall", "Weiterlesen mit Plus"),
    ("ui-label", "Back to Main"),
    ("ui-label", "Zurück zur Übersicht"),
    ("ui-label", "Volver a la portada"),
    ("ui-label", "Terug naar overzicht"),
    ("paywall", "Continue reading with Premium"),
    ("paywall", "Lees verder met Premium"),
    ("paywall", "Registrati per continuare a leggere l'articolo"),
    ("donation-appeal", "Unterstützen Sie unabhängigen Journalismus aus der Region."),
    ("donation-appeal", "Quando a dúvida cresce, o jornalismo local ajuda. Apoie o jornalismo independente."),
    ("link-out", "| Speciale elezioni del porto |"),
    ("link-out", "09:15Sport - Le club du port gagne encore"),
    ("photo-caption", "The mayor on the bridge, March 14, 2023. (REUTERS)"),
    ("photo-caption", "Kade bij nacht. (Getty Images)"),
    ("photo-caption", "Jo Lee - SAM ROE / AFP"),
    ("photo-caption", "Handout . / Reuters"),
    ("photo-caption", "Der Hafen bei Nacht. ©APA"),
    ("photo-caption", "港湾大橋を渡る市長=14日午前、港湾市(山田撮影)"),
    ("ui-label", "Open Image Modal"),
    ("ui-label", ", modifié à"),
    ("ui-label", "Publicado:"),
    ("ui-label", "Von"),
    ("ui-label", "• Copié"),
    ("ui-label", "Nouveau commentaire :"),
    ("ui-label", "新規会員登録ログイン"),
    ("ui-label", "Découvrez les"),
    ("ui-label", "Fout gezien? Meld het hier"),
    ("link-out", "...Más información en El Diario del Puerto"),
    ("advertisement", "La Gazette recrute des journalistes Je postule"),
    (
        "cookie-notice",
        "Conformément à la loi, vous disposez d'un droit d'accès et de rectification de vos données.",
    ),
    ("comment-count", "Please wait while we load the latest comments..."),
    ("newsletter", "A newsletter worth subscribing to, every morning."),
    ("separator", "***"),
    ("separator", "___"),
    ("ui-label", "Page Loader"),
    ("ui-label", "Summarize"),
    ("ui-label", "Listen to this article"),
    ("ui-label", "Gift this article"),
    ("ui-label", "5 min read"),
    ("ui-label", "Skip to main contentSkip to navigation"),
    ("ui-label", "This article is more than 1 year old"),
    ("ui-label", "Facebook"),
    ("share-bar", "Share Facebook Twitter WhatsApp Email"),
    ("nav-bar", "Home | News | Sports | Opinion | Obituaries"),
    ("advertisement", "Advertisement"),
    ("advertisement", "Story continues below advertisement"),
    ("advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE"),
    ("cookie-notice", "We use cookies to give you the best experience. By continuing you agree."),
    ("cookie-notice", "Accept all cookies"),
    ("newsletter", "Sign up for our Daily Briefing newsletter."),
    ("newsletter", "Get the latest local news delivered to your inbox."),
    ("paywall", "Subscribe to continue reading"),
    ("paywall", "Already a subscriber? Sign in"),
    ("paywall", "You have reached your limit of free articles this month."),
    ("paywall", "Llegaste al límite de artículos gratuitos"),
    ("paywall", "Exclusive to paid digital subscriptions"),
    ("paywall-meter", "You have 2 free articles left this month"),
    ("paywall-meter", "Te queda 1 artículo gratuito"),
    ("follow-prompt", "Follow Capital Chronicle on Google News for the latest updates"),
    ("follow-prompt", "Download the Capital Chronicle app."),
    ("photo-credit", "Photo: Reuters"),
    ("photo-credit", "Getty Images"),
    ("photo-credit", "Representational image (File)"),
    ("photo-credit", "Kevin Lamarque/Reuters"),
    ("photo-caption", "Council members listen on Monday. (Photo: Luis Ortega/The Valley Ledger)"),
    ("photo-caption", "A ship at the port, April 12, 2025. REUTERS/Stringer/File Photo"),
    ("photo-caption", "FILE - Workers install panels on Sept. 12, 2023. (AP Photo/Rich Pedroncelli, File)"),
    (
        "photo-caption",
        "U.S. President Joe Biden speaks at the White House in Washington, U.S., November 13, 2024.",
    ),
    ("photo-caption", "Smog over the waterfront on Sunday [File: Harbour Times]"),
    ("photo-caption", "Hebbal lake, one of the five. File | Photo Credit: K. Murali Kumar"),
    ("photo-credit", "The Yomiuri Shimbun"),
    ("social-embed", "Twitter Post"),
    ("social-embed", "— Volodymyr Zelenskyy (@ZelenskyyUa) November 20, 2024"),
    ("social-embed", "We will never give up. pic.twitter.com/abc123"),
    ("link-out", "Read more: Millbrook weighs new fees as sales tax revenue slips"),
    ("link-out", "ALSO READ | Port workers' unions call one-day strike"),
    ("link-out", "Related: Hay prices double as drought drags on"),
    ("link-out", "Click here to read the full report"),
    ("donation-appeal", "Support independent journalism in Ukraine. Join us in this fight."),
    ("donation-appeal", "Become a member"),
    ("tag-list", "Tags: Millbrook, city council, budget"),
    ("tag-list", "#Ukraine #Russia"),
    ("comment-count", "14 Comments"),
    ("comment-count", "Read Comments"),
    ("comment-count", "Join the conversation"),
    ("footer", "© 2024 The Valley Ledger. All rights reserved."),
    ("footer", "Our Standards: The Thomson Reuters Trust Principles."),
    ("contact-line", "Contact Dana Whitfield at dwhitfield@valleyledger.example or 555-0143."),
    ("tracking-id", "nL1N3MT0AA"),
    ("tracking-id", "((mike.stone@thomsonreuters.com; +1 202 555 0100))"),
    ("tracking-id", "ABC // XYZ"),
    ("ui-label", "<< Home"),
    ("ui-label", "| Especial Inverno 2024"),
    ("ui-label", "Creado:"),
    ("ui-label", "Publicado a"),
    ("ui-label", "Atualizado a"),
    ("ui-label", "Publicado por"),
    ("ui-label", "Pubblicato: Aggiornato:"),
    ("ui-label", "Di: Redazione | Pubblicato: Aggiornato:"),
    ("ui-label", "By: Harbour Staff | Published: | Updated:"),
    ("photo-caption", "MUELLE NORTE - Archivo"),
    ("photo-caption", "Der Hafen im Winter (Archivbild)"),
    (
        "photo-caption",
        "Les dockers devant la capitainerie, le 13 mars 2023. Photo Anne Martin / Pool via KPA",
    ),
    ("wire-marker", "(Adds union reaction in paragraphs 5-6, analyst comment in paragraph 9)"),
    ("wire-marker", "(Updates with closing prices)"),
    # the same kinds of furniture in the other languages, and kinds only other pages showed
    ("image-file", "Schermafbeelding 2023-03-10 101512"),
    ("image-file", "483920118_l"),
    ("image-file", "HNA-533806490"),
    ("image-file", "hna140323101 1"),
    ("image-file", '<image>data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""</image>'),
    ("image-file", "harbour-bridge-2023.jpg"),
    ("banner", "TRAFFIC ALERT Quay Road has reopened south of the market."),
    ("banner", "BREAKING: Harbour bridge closed after a crash"),
    ("wire-internal", "%@AP Links"),
    ("wire-internal", "112-a-14-(Jo Marsh, city engineer)-“two lanes only”-Jo Marsh says so. (13 Mar 2023)"),
    (
        "wire-internal",
        "APPHOTO PE101: Workers check the harbour bridge in Port Ellis, Monday, March 13, 2023.",
    ),
    ("ui-label", "Sie lesen gerade:"),
    ("ui-label", "You are reading:"),
    ("ui-label", "Schriftgrösse Aa Aa"),
    ("ui-label", "Text size Aa Aa"),
    ("ui-label", "A- A+"),
    ("ui-label", "Lesezeit: 3 Min."),
    ("ui-label", "Lecture 3 min."),
    ("ui-label", "Short Url"),
    ("ui-label", "Liens d'accessibilité"),
    ("ui-label", "Mais atualizações Voltar ao topo"),
    ("ui-label", "中国語  日本語"),
    ("ui-label", "Momento-Chave"),
    ("ui-label", "Emissão da HTV2"),
    ("ui-label", "Tutte le Notizie"),
    ("ui-label", "Published by"),
    ("ui-label", "Eilmeldung"),
    ("ui-label", "0 : 0"),
    ("ui-label", "4"),
    ("ui-label", "le"),
    ("ui-label", "• narrow-browser-and-phone"),
    ("advertisement", "Publicidad"),
    ("advertisement", "PUB"),
    ("advertisement", "Anzeige"),
    ("advertisement", "Sponsored by Westland Credit Union"),
    ("newsletter", "Iscriviti alla newsletter"),
    ("newsletter", "Schrijf je in voor onze nieuwsbrief"),
    ("newsletter", "Newsletter Diário do Porto"),
    ("paywall", "Réservé aux abonnés"),
    ("paywall", "Exclusivo para assinantes"),
    ("paywall", "この記事は有料会員限定です"),
    ("follow-prompt", "Rejoignez-nous"),
    ("photo-credit", "Carlos Mendes - Lusa"),
    ("photo-credit", "Foto: EFE"),
    ("photo-credit", "写真：港湾通信社"),
    ("photo-caption", "Des ouvriers sur le pont du port (Photo, AFP)."),
    ("photo-caption", "Le pont a été fermé trois semaines. (©(PHOTO/ANNE MARTIN)"),
    ("photo-caption", "港湾大橋、補修の様子(写真/港湾通信社)"),
    ("photo-caption", "El puente del puerto de Puerto Ellis, este martes. Crédito: AP"),
    ("photo-caption", "ANP De havenbrug tijdens de werkzaamheden, eerder deze maand"),
    ("link-out", "Lesen Sie auch: Neue Radwege am Hafen"),
    ("link-out", "前の記事:市場の営業時間を延長"),
    ("link-out", "【写真を見る】補修前後の港湾大橋を比較すると"),
    ("link-out", "Havenbrug live bij Havennieuws Volg de heropening vanaf 10.15 uur live via de site"),
    ("tag-list", "Étiquettes : pont, port"),
    ("tag-list", "Trefwoorden: haven, brug"),
    ("tag-list", "熱に関連する単語の検索:港湾 大橋"),
    ("comment-count", "12 Kommentare"),
    ("comment-count", "Leave a Reply"),
    ("share-bar", "分享到: 收藏"),
    ("share-bar", "Teilen Facebook WhatsApp X E-Mail Drucken"),
    ("ui-label", "Artikel teilen"),
    ("ui-label", "Deel dit artikel"),
    ("ui-label", "この記事をシェア"),
    ("footer", "RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ("footer", "Tous droits réservés"),
]

# Lines that look a little like furniture but are the article's own text.
PROSE = [
    "Read aloud at the start of the meeting, a letter from the library board warned of cuts.",
    "Read more about the company's restructuring plan on its investor website, a spokesperson said.",
    "Read: the ministry's note on the bill says licences will be valid for five years and more.",
    "Related research from the health board found that one in five people could have seen a GP.",
    "“We are not done,” said Marisol Vega, who organized the petition.",
    "The regulator fined the company for setting cookies without consent.",
    "Photographs taken by the drone showed the damage to the roof and the east wall.",
    "The funds contributed to a rise in prices.",
    "The trial begins in Paris, France, on Nov. 19, 2024.",
    "Share prices fell 7% in early trading.",
    "Comments from the minister were not available.",
    "He said the newsletter had two million readers.",
    "Follow-up talks are planned for next week, the union said.",
    "Readers get three free articles a month under the new plan, the publisher said.",
    "By Tuesday, the troops had withdrawn from the town.",
    "The grant will support independent journalism in the region for three years, the foundation said.",
    "Most read books of 2024",
    "Tweet about it on your account, he told supporters.",
    "Le pont a rouvert mardi, a annoncé la mairie.",
    "Publicidad engañosa: la multa llega a 3.000 euros, según el decreto.",
    "La newsletter del Comune ha raggiunto diecimila iscritti.",
    "Sponsored content rules were tightened last year, the regulator said.",
    "Foto di gruppo per i sindaci del porto, che hanno inaugurato il ponte martedì.",
    "Carlos Mendes, da Lusa, disse que a ponte reabriu.",
    "ANP-correspondent Piet Jansen schreef dat de brug weer open is.",
    "Meer nieuws volgt later vandaag, zei de woordvoerder.",
    "In evidenza il ruolo del porto nella ripresa, ha detto il sindaco.",
    "Emissão de obrigações do Tesouro sobe 3%.",
    "Lesen Sie, was der Bürgermeister dazu sagt: Die Brücke bleibt offen.",
    "Die Stadt hat ihre Brücke zu lange vernachlässigt.",
    "The Port Ellis Bridge",
    "Live from the harbour, reporters follow the reopening live.",
    "Well-being",
    "Teilen Sie uns Ihre Meinung zur Brücke mit.",
    "Deel van de kade blijft dicht.",
    "Les commentaires du ministre sur les règles budgétaires ont surpris.",
    "The survey would show whether people give their consent, the minister said.",
    "Il governo aggiorna le stime di crescita.",
    "Un crecimiento sin límites no es posible, dijo el ministro.",
    "NATO SAYS VIDEO IS FAKE",
    "14:03 Le ministre est arrivé au port et a salué les dockers.",
    "What to look out for on",
    "The tempo of the talks slowed, the minister said.",
    "Das wichtigste Thema ist die elektronische Patientenakte (ePA)",
    "Die Stadt will die Daten der Fahrgäste nur mit deren Zustimmung speichern.",
    "It rained on Tuesday. (Reuters)",
    "The council met on Tuesday. (AFP)",
    "He voted for the plan and/or the budget.",
    "Die Stadt hat die Brücke geöffnet.",
    "Creado en 2010, el museo del puerto recibe cada año a miles de visitantes.",
    "Un juez ordena abrir el archivo",
    "Back to school for the city's children",
    "Volver a empezar",
    "Di: Mario Rossi | Pubblicato: 3 marzo 2024",
    "This article was written in Spain.",
    "Dieser Artikel wurde am Main geschrieben.",
    "The ministry said the harbour photograph was generated by AI.",
]


@pytest.mark.parametrize(("name", "line"), FURNITURE)
def test_rule_takes_its_furniture(name: str, line: str) -> None:
    rule = first_match(line, LINE_RULES)
    assert rule is not None, f"no rule took {line!r}"
    assert rule.name == name


@pytest.mark.parametrize("line", PROSE)
def test_no_rule_takes_prose(line: str) -> None:
    assert first_match(line, LINE_RULES) is None


def test_every_rule_has_a_name_a_reason_and_an_example() -> None:
    assert len(RULES) == len(LINE_RULES)
    assert all(rule.reason for rule in LINE_RULES)
    assert set(RULES) <= {name for name, _ in FURNITURE}


def test_a_menu_copied_one_entry_a_line_is_navigation() -> None:
    labels = ["News", "Sport", "Video", "Photos", "Opinion"]
    blocks = [Block("The quay reopened on Tuesday."), *(Block(t) for t in labels), Block("It rained.")]
    step = apply_line_rules(blocks, LINE_RULES)
    assert [b.text for b in step.blocks] == ["The quay reopened on Tuesday.", "It rained."]
    assert {r.rule for r in step.removals} == {"nav-bar", "ui-label"}


def test_a_paywall_box_takes_its_list_of_benefits() -> None:
    """A paywall's short button over its bulleted points: the points are the box's, a list the
    text leads into stays."""
    points = [Block("Every article on the site", Kind.ITEM), Block("Fewer adverts with Plus", Kind.ITEM)]
    text = Block("The harbour reopened on Tuesday after three weeks of work.")
    step = apply_line_rules([text, Block("Subscribe to continue reading"), *points, text], LINE_RULES)
    assert [b.text for b in step.blocks] == [text.text, text.text]
    assert [r.rule for r in step.removals] == ["paywall", "paywall", "paywall"]
    led = [Block("The city plans three things:"), *points]
    assert apply_line_rules(led, LINE_RULES).blocks == led


def test_a_weather_widget_is_its_words_and_temperatures_together() -> None:
    texts = ["Meteorologia", "27 ABRIL 2024", "Tempo", "13º", "MIN 11º MÁX 17º", "Hafenstadt 17°C"]
    blocks = [*(Block(t) for t in texts), Block("The quay reopened on Tuesday after three weeks of work.")]
    step = apply_line_rules(blocks, LINE_RULES)
    assert [b.text for b in step.blocks] == ["27 ABRIL 2024", blocks[-1].text]
    assert {r.rule for r in step.removals} == {"weather"}


def test_short_lines_the_text_leads_into_are_not_a_menu() -> None:
    names = ["Ana Costa", "Rui Lima", "Inês Sousa", "Jo Lee", "Sam Roe"]
    blocks = [Block("The new council members are:"), *(Block(t) for t in names)]
    assert [b.text for b in apply_line_rules(blocks, LINE_RULES).blocks] == [b.text for b in blocks]


def test_caption_next_to_a_credit_goes_with_it() -> None:
    blocks = [
        Block("Getty Images", line=1),
        Block("Patients will be able to book appointments until 8pm on weekdays", line=2),
        Block(
            "Six GP surgeries in Harbridge will open until 8pm on weekdays from January under a pilot.",
            line=3,
        ),
    ]
    step = apply_line_rules(blocks, LINE_RULES)
    assert [b.line for b in step.blocks] == [3]
    assert [(r.rule, r.line) for r in step.removals] == [("photo-credit", 1), ("photo-caption", 2)]


def test_a_heading_after_a_credit_is_not_a_caption() -> None:
    blocks = [
        Block("Image: Nordic Post/Erik Dahl"),
        Block("What is changing?"),
        Block("Until now, buyers paid no tax."),
    ]
    step = apply_line_rules(blocks, LINE_RULES)
    assert [b.text for b in step.blocks] == ["What is changing?", "Until now, buyers paid no tax."]


def test_inline_link_labels_are_cut_from_text() -> None:
    step = strip_inline_ui([Block("according to a customs statement, opens new tab.")])
    assert [b.text for b in step.blocks] == ["according to a customs statement."]
    assert [r.rule for r in step.removals] == ["inline-ui"]


def lines(*texts: str) -> list[Block]:
    return [Block(text, Kind.LINE, number, number) for number, text in enumerate(texts, 1)]


def test_ranking_lists_after_the_article_are_removed() -> None:
    blocks = [
        *lines("The move followed months of warnings to the West, the official said on Tuesday night."),
        *lines("Top Articles in News Services"),
        Block("Survey Shows False Election Info Perceived as True", Kind.ITEM, 3, 3),
        Block("Trump Names Warsh as the Next Fed Chair", Kind.ITEM, 4, 4),
        *lines("JN ACCESS RANKING"),
        Block("Producer Behind Pop Group Arrested", Kind.ITEM, 6, 6),
    ]
    step = apply_list_rules(blocks)
    assert [b.line for b in step.blocks] == [1]
    assert {r.rule for r in step.removals} == {"headline-list"}


def test_a_headline_box_in_the_middle_ends_where_the_text_resumes() -> None:
    blocks = lines(
        "None of the structures is at risk of collapse, the department said on Wednesday morning.",
        "Recommended",
        "Commuter rail adds late-night service on weekends",
        "Toll increase on river crossings takes effect Monday",
        "The affected overpasses were all built between 1958 and 1971, and most carry local roads.",
    )
    assert [b.line for b in apply_list_rules(blocks).blocks] == [1, 5]


def test_tag_block_stops_at_the_next_list_header() -> None:
    blocks = lines(
        "Explore more on these topics",
        "Europe",
        "Strikes",
        "Most viewed",
        "Floods hit southern valleys after record rainfall",
    )
    assert [(r.line, r.rule) for r in apply_list_rules(blocks).removals] == [
        (1, "tag-block"),
        (2, "tag-block"),
        (3, "tag-block"),
        (4, "headline-list"),
        (5, "headline-list"),
    ]


def test_three_trailing_headlines_without_a_header_are_removed() -> None:
    blocks = lines(
        "Forecasters said winds were expected to shift later in the week, which could bring relief.",
        "Storm warning issued for west coast",
        "Ferry operator cancels winter timetable",
        "Council tax to rise by maximum amount",
    )
    step = apply_list_rules(blocks)
    assert len(step.blocks) == 1 and all(r.rule == "trailing-headlines" for r in step.removals)


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Most read", True),
        ("Most Read in Business", True),
        ("Top Articles in News Services", True),
        ("JN ACCESS RANKING", True),
        ("More on this story", True),
        ("Related Tags", True),
        ("+ notícias: Cidade", True),
        ("Mehr Nachrichten: Hafen", True),
        ("+ news", True),
        ("Mais notícias: 300 feridos", False),
        ("Most read books of 2024", False),
        ("Top stories of the year in science", False),
        ("Related research from the health board found a rise.", False),
    ],
)
def test_list_headers(line: str, header: bool) -> None:
    assert is_list_header(Block(line)) is header
