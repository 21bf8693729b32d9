"""Translations: a whole text given in another language keeps half of the longer text's figures
and names in order, however short it is.

Every text here is invented (a ferry fire in a made-up port); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.translations import translations
from generator.analysis.wire import coverage
from generator.model.site import Article, Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article

OUTLETS = {
    "harbour-post": Outlet("harbour-post", "Harbour Post", country="GB", language="en"),
    "diario-sur": Outlet("diario-sur", "Diario del Sur", country="ES", language="es"),
    "la-costa": Outlet("la-costa", "La Costa", country="ES", language="es"),
}
# A short report: 17 figures and names in order (a weekday and a month, which the translation
# writes in small letters, among them).
EN = [
    "A ferry caught fire near Kessmoor late on Tuesday, and 312 passengers left the Marisol Bay "
    "in lifeboats, the coastguard commander Ilse Marrow said.",
    "The ship of Northline Crossings had sailed for Tarrow at 18.30; crews from Brennick and "
    "Olvast searched until dawn in March winds.",
    "Officials in Kessmoor said 14 people were missing and that Northline had stopped its sailings.",
]
# Its Spanish translation, without the time and the last sentence's names: 11 of those items in
# order (more than half of 17), 9 of them names; under the 13 items in order the other bar asks.
ES = [
    "Un ferri se incendió cerca de Kessmoor el martes por la noche y 312 pasajeros abandonaron "
    "el Marisol Bay en botes, según la comandante de guardacostas Ilse Marrow.",
    "El barco de Northline Crossings había zarpado hacia Tarrow por la tarde; equipos de "
    "Brennick y Olvast buscaron hasta el amanecer.",
    "Las autoridades dijeron que 14 personas seguían desaparecidas.",
]
# Another newsroom's own Spanish report: the same names, seven of them in the same order, but
# with its own figures and names between them (7 of its 21 items in order: a third).
OTHER = [
    "Los equipos de rescate de Brennick y Olvast, con apoyo de Valdoria y Santerra, recorrieron "
    "la costa de Kessmoor toda la noche.",
    "Según Ilse Marrow, el Marisol Bay de Northline Crossings llevaba 300 personas hacia Tarrow; "
    "Pedro Alcazar, alcalde de Puerto Lindo, habló de 20 heridos y de 9 ambulancias.",
    "La naviera Northline suspendió sus viajes, informó el diario Gaceta Marina.",
]


def prepared(articles: list[Article]) -> Corpus:
    return Corpus.of(articles, OUTLETS)


def test_a_short_whole_translation_is_found_by_half_of_the_longer_text():
    """11 items in order, 9 of them names: more than half of the longer fingerprint (17), so
    one text translated (before: 13 items in order were needed, so it stood apart and the
    page counted 2 newsrooms)."""
    articles = [
        article("wire", "\n\n".join(EN), outlet="harbour-post", minutes=0),
        article("traduccion", "\n\n".join(ES), outlet="diario-sur", minutes=60),
    ]
    corpus = prepared(articles)
    assert [(t.copy, t.source, t.matched) for t in translations(corpus, [0, 1])] == [(1, 0, 11)]
    found = coverage(articles, OUTLETS, DEFAULT, corpus)
    assert found.line == "2 articles · 1 newsroom · 1 copy of Harbour Post"
    assert [(c.article, c.reason, c.source) for c in found.newsrooms[0].copies] == [
        ("traduccion", "translation", "wire")
    ]


def test_a_report_sharing_names_out_of_order_stays_apart():
    """Another newsroom's report naming the same places and people, with its own between them,
    keeps under half of the longer fingerprint in order: not a translation."""
    articles = [
        article("wire", "\n\n".join(EN), outlet="harbour-post", minutes=0),
        article("propio", "\n\n".join(OTHER), outlet="la-costa", minutes=60),
    ]
    assert translations(prepared(articles), [0, 1]) == []
    assert coverage(articles, OUTLETS, DEFAULT, prepared(articles)).line == (
        "2 articles · 2 newsrooms · 1 article in another language no other newsroom writes in, "
        "compared for copies only by figures and names"
    )
