"""The learned line model (issue 21): the shipped file, and what it does on invented pages.

Every page here is invented: a headline, a date line, three paragraphs of an invented story in
the outlet's language, and furniture of one class at the page's top or end. The classifier must
call each furniture line furniture, and the pipeline must write the three paragraphs and nothing
of the furniture; where the rules alone kept a line (`by_rules`), the model is what removes it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.ingest.line_features import FEATURE_VERSION, FEATURES, page_features
from generator.ingest.line_model import MODEL_FILE, ModelError, load, packaged, parse
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, by_rules, ingest
from generator.ingest.text_rules import line_rules
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

STORIES = {  # outlet: (headline, date line, three paragraphs), all invented
    "harbour-gazette": (
        "Storm cuts power to thousands on the coast",
        "March 14, 2023 09:41",
        (
            "A powerful storm battered the southern coast on Tuesday, cutting power to thousands of "
            "homes and closing the harbour.",
            "Crews worked through the night to restore power to the hospital and the two care homes "
            "on the quay, the utility said.",
            "The storm is expected to move north overnight and weaken by Wednesday, forecasters said "
            "in their latest bulletin.",
        ),
    ),
    "hafenbote": (
        "Sturm legt Strom an der Küste lahm",
        "14.03.2023, 09:41 Uhr",
        (
            "Ein schwerer Sturm hat am Dienstag die Südküste getroffen und Tausende Haushalte ohne "
            "Strom gelassen, teilte der Versorger mit.",
            "Die Einsatzkräfte arbeiteten die ganze Nacht, um das Krankenhaus und die Pflegeheime am "
            "Kai wieder zu versorgen.",
            "Der Sturm soll in der Nacht nach Norden ziehen und bis Mittwoch schwächer werden, sagten "
            "die Meteorologen.",
        ),
    ),
    "gazette-du-port": (
        "La tempête prive des milliers de foyers d'électricité",
        "14/03/2023 09:41",
        (
            "Une violente tempête a frappé mardi la côte sud, privant des milliers de foyers "
            "d'électricité et fermant le port.",
            "Les équipes ont travaillé toute la nuit pour rétablir le courant à l'hôpital et dans "
            "deux maisons de retraite du quai.",
            "La tempête devrait remonter vers le nord dans la nuit et faiblir d'ici mercredi, selon "
            "les prévisionnistes.",
        ),
    ),
    "diario-del-puerto": (
        "El temporal deja sin luz a miles de hogares",
        "14/03/2023 09:41",
        (
            "Un fuerte temporal azotó el martes la costa sur, dejando sin luz a miles de hogares y "
            "cerrando el puerto durante horas.",
            "Los equipos trabajaron toda la noche para devolver la luz al hospital y a dos "
            "residencias del muelle, dijo la compañía.",
            "Se espera que el temporal avance hacia el norte durante la noche y pierda fuerza el "
            "miércoles, según los meteorólogos.",
        ),
    ),
    "gazzetta-del-porto": (
        "La tempesta lascia al buio migliaia di case",
        "14/03/2023 09:41",
        (
            "Una violenta tempesta ha colpito martedì la costa meridionale, lasciando senza corrente "
            "migliaia di famiglie.",
            "Le squadre hanno lavorato tutta la notte per riportare la corrente all'ospedale e a due "
            "case di riposo sul molo.",
            "La tempesta dovrebbe spostarsi verso nord durante la notte e indebolirsi entro "
            "mercoledì, secondo i meteorologi.",
        ),
    ),
    "havenkrant": (
        "Storm legt stroom plat aan de kust",
        "14 maart 2023 09:41",
        (
            "Een zware storm heeft dinsdag de zuidkust getroffen en duizenden huishoudens zonder "
            "stroom gezet, meldt het energiebedrijf.",
            "Ploegen werkten de hele nacht door om het ziekenhuis en twee verzorgingshuizen aan de "
            "kade weer van stroom te voorzien.",
            "De storm trekt naar verwachting vannacht naar het noorden en neemt woensdag in kracht "
            "af, zeggen meteorologen.",
        ),
    ),
    "jornal-do-porto": (
        "Tempestade deixa milhares de casas sem luz",
        "14/03/2023 09:41",
        (
            "Uma forte tempestade atingiu na terça-feira a costa sul, deixando milhares de casas sem "
            "eletricidade e fechando o porto.",
            "As equipas trabalharam durante toda a noite para repor a luz no hospital e em dois lares "
            "junto ao cais, disse a empresa.",
            "A tempestade deverá deslocar-se para norte durante a noite e enfraquecer até "
            "quarta-feira, segundo os meteorologistas.",
        ),
    ),
}

# Furniture by class and outlet, all invented; each list goes at the end of the page, but photo
# credits and the 'top' lists go right under the date line (a credit under the last paragraph
# makes that paragraph its caption, for the rules).
FURNITURE = {
    "counter": {
        "harbour-gazette": ["24 comments"],
        "hafenbote": ["12 Kommentare"],
        "gazette-du-port": ["15 commentaires"],
        "diario-del-puerto": ["8 comentarios"],
        "gazzetta-del-porto": ["5 commenti"],
        "havenkrant": ["7 reacties"],
        "jornal-do-porto": ["9 comentários"],
    },
    "share": {
        "harbour-gazette": ["Share on Facebook Share on X Email"],
        "hafenbote": ["Teilen Twittern E-Mail"],
        "gazette-du-port": ["Partager Tweeter Envoyer"],
        "diario-del-puerto": ["Compartir en Facebook Compartir en X"],
        "gazzetta-del-porto": ["Condividi su Facebook Condividi su X"],
        "havenkrant": ["Delen op Facebook Delen op X"],
        "jornal-do-porto": ["Partilhar no Facebook Partilhar no X"],
    },
    "paywall": {
        "harbour-gazette": ["Subscribe to keep reading"],
        "hafenbote": ["Weiterlesen mit Digital-Abo", "Jetzt weiterlesen mit Abo"],
        "gazette-du-port": ["Cet article est réservé aux abonnés", "Abonnez-vous pour lire la suite"],
        "diario-del-puerto": ["Contenido exclusivo para suscriptores", "Suscríbete para seguir leyendo"],
        "gazzetta-del-porto": ["Articolo riservato agli abbonati", "Abbonati per continuare a leggere"],
        "havenkrant": ["Dit artikel is alleen voor abonnees", "Lees verder met een abonnement"],
        "jornal-do-porto": ["Artigo exclusivo para assinantes", "Assine para continuar a ler"],
    },
    "teasers": {
        "harbour-gazette": [
            "More from the coast",
            "Ferry fares to rise in March",
            "Council approves new harbour wall",
        ],
        "hafenbote": [
            "Das könnte Sie auch interessieren",
            "Neue Fähre für die Insel",
            "Hafenmauer wird saniert",
        ],
        "gazette-du-port": ["À lire aussi", "Le ferry augmente ses tarifs", "Le port lance un nouveau quai"],
        "diario-del-puerto": [
            "Te puede interesar",
            "Suben las tarifas del ferry",
            "El puerto estrena muelle",
        ],
        "gazzetta-del-porto": [
            "Potrebbe interessarti",
            "Aumentano le tariffe del traghetto",
            "Il porto inaugura il nuovo molo",
        ],
        "havenkrant": ["Meer nieuws", "Veerdienst verhoogt tarieven", "Haven opent nieuwe kade"],
        "jornal-do-porto": ["Leia também", "Ferry aumenta tarifas", "Porto inaugura novo cais"],
    },
    "credit": {
        "harbour-gazette": ["Photo: Jane Doe / Coast Photo Agency"],
        "hafenbote": ["Foto: Max Muster/Hafenbild"],
        "gazette-du-port": ["Photo : Jean Dupont / Agence Port"],
        "diario-del-puerto": ["Foto: Juan Pérez / Agencia Puerto"],
        "gazzetta-del-porto": ["Foto: Mario Rossi / Agenzia Porto"],
        "havenkrant": ["Foto: Jan Jansen / Havenfoto"],
        "jornal-do-porto": ["Foto: João Silva / Agência Porto"],
    },
    "top": {
        "harbour-gazette": ["1.2K shares", "Listen to this article", "Photo: Jane Doe / Coast Photo Agency"],
    },
}
CASES = [(kind, outlet) for kind, by_outlet in FURNITURE.items() for outlet in by_outlet]
ON_TOP = ("credit", "top")
REASON = re.compile(r"page furniture by the line model \((?:0\.\d\d|1\.00)\)")


def page(outlet: str, furniture: list[str], top: bool) -> str:
    headline, dated, paragraphs = STORIES[outlet]
    lines = [headline, dated, *(furniture if top else []), *paragraphs, *([] if top else furniture)]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def config(fixture_config: SiteConfig) -> SiteConfig:
    return fixture_config


def _request(outlet: str) -> Request:
    return Request(outlet=outlet)


# --- the shipped file -------------------------------------------------------------------------


def test_the_shipped_model_loads_and_matches_the_feature_version() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["feature_version"] == FEATURE_VERSION
    assert data["features"] == list(FEATURES)
    model = packaged()
    assert 0 < model.threshold < 1 and model.threshold <= model.sentence_threshold < 1
    assert model.furniture.trees and model.title.trees
    assert [sorted(entry) for entry in data["trained_on"]] == [["lines", "pages", "set"]] * len(
        data["trained_on"]
    )
    assert all(t.pages > 0 and t.lines > 0 for t in model.trained_on)


def test_a_model_of_another_feature_version_is_refused(tmp_path: Path) -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data["feature_version"] = FEATURE_VERSION + 1
    path = tmp_path / "line_model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: feature_version: trained on version {FEATURE_VERSION + 1}, this ingest computes "
        f"version {FEATURE_VERSION}; retrain with `make ingest-train`"
    )


def test_a_model_file_of_another_kind_is_refused() -> None:
    with pytest.raises(ModelError) as caught:
        parse({"format": "something-else"}, "model.json")
    assert str(caught.value) == "model.json: format: expected 'briefing-line-model'"


def test_a_tree_on_a_feature_ingest_does_not_compute_is_refused() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data["furniture"]["trees"][0]["feature"][0] = len(FEATURES)
    with pytest.raises(ModelError) as caught:
        parse(data, "model.json")
    assert str(caught.value) == "model.json: a tree splits on a feature this ingest does not compute"


# --- invented pages ---------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "outlet"), CASES)
def test_the_classifier_calls_invented_furniture_furniture(
    config: SiteConfig, kind: str, outlet: str
) -> None:
    furniture = FURNITURE[kind][outlet]
    source = Source("page.txt", page(outlet, furniture, top=kind in ON_TOP), False)
    ruled = by_rules(source, _request(outlet), config, NOW, DEFAULT)
    model = packaged()
    rows = page_features(ruled.page, ruled.facts, line_rules(DEFAULT))
    scores = {
        block.text: model.furniture_probability(row) for block, row in zip(ruled.page, rows, strict=True)
    }
    assert {line: scores[line] >= model.threshold for line in furniture} == dict.fromkeys(furniture, True)
    paragraphs = STORIES[outlet][2]
    assert {p: scores[p] < model.threshold for p in paragraphs} == dict.fromkeys(paragraphs, True)


@pytest.mark.parametrize(("kind", "outlet"), CASES)
def test_invented_furniture_goes_and_the_story_stays(config: SiteConfig, kind: str, outlet: str) -> None:
    source = Source("page.txt", page(outlet, FURNITURE[kind][outlet], top=kind in ON_TOP), False)
    draft = ingest(source, _request(outlet), config, NOW, DEFAULT)
    assert [block.text for block in draft.blocks] == list(STORIES[outlet][2])
    assert draft.metadata.title == STORIES[outlet][0]


@pytest.mark.parametrize(
    ("outlet", "line", "top"),
    [
        ("harbour-gazette", "1.2K shares", True),
        ("diario-del-puerto", "Compartir en Facebook Compartir en X", False),
        ("gazzetta-del-porto", "Condividi su Facebook Condividi su X", False),
        ("havenkrant", "Delen op Facebook Delen op X", False),
        ("havenkrant", "Lees verder met een abonnement", False),
        ("jornal-do-porto", "Partilhar no Facebook Partilhar no X", False),
    ],
)
def test_the_model_removes_furniture_the_rules_kept(
    config: SiteConfig, outlet: str, line: str, top: bool
) -> None:
    furniture = FURNITURE["top"][outlet] if top else [line]
    source = Source("page.txt", page(outlet, furniture, top), False)
    rules_only = by_rules(source, _request(outlet), config, NOW, DEFAULT).draft
    assert line in [block.text for block in rules_only.blocks]  # what ingest wrote before the model
    draft = ingest(source, _request(outlet), config, NOW, DEFAULT)
    assert [block.text for block in draft.blocks] == list(STORIES[outlet][2])
    (removal,) = [r for r in draft.removals if r.text == line]
    assert removal.rule == "line-model"
    assert REASON.fullmatch(removal.reason)


def test_the_model_leaves_the_editors_title_alone(config: SiteConfig) -> None:
    source = Source("page.txt", page("harbour-gazette", [], top=False), False)
    given = Request(outlet="harbour-gazette", title="Coast storm: what we know")
    draft = ingest(source, given, config, NOW, DEFAULT)
    assert draft.metadata.title == "Coast storm: what we know"


def test_html_pages_do_not_go_through_the_model(config: SiteConfig) -> None:
    headline, _, paragraphs = STORIES["havenkrant"]
    html = (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<p>Delen op Facebook Delen op X</p></article></body></html>"
    )
    draft = ingest(Source("page.html", html, True), _request("havenkrant"), config, NOW, DEFAULT)
    assert not [r for r in draft.removals if r.rule == "line-model"]
