"""An outlet's own name in its own article is never a source (issue 23, round 10): "..., Harbour
reports" printed by Harbour News Agency, or by harbour.example under any masthead, is the
outlet's own reporting, however short the name it signs with. Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.attribution import attributions, own_names
from generator.analysis.corpus import Corpus
from generator.model.site import Outlet
from tests.analysis.support import article

BODY = "Crowds gathered outside the town hall on Friday after the harbour master resigned, {} reports."


@pytest.mark.parametrize(
    ("signed", "outlet"),
    [
        ("Harbour", Outlet("harbour", "Harbour News Agency", "https://en.harbour.example/")),
        ("Harbour", Outlet("hna", "Harbour Daily", None)),
        ("Quayside", Outlet("qs", "The Coastal Courier", "https://www.quayside.example/news/")),
        ("Quay.Ly", Outlet("ql", "Quay Ly Online", "https://quay.ly/")),
    ],
)
def test_an_outlet_signing_its_own_article_is_no_source(signed: str, outlet: Outlet) -> None:
    item = article("a", BODY.format(signed), outlet=outlet.slug)
    own = own_names([item], {outlet.slug: outlet}, {"a": outlet.name})
    assert attributions(Corpus.of([item]), own=own) == ()


def test_another_outlet_signing_is_still_a_source() -> None:
    outlet = Outlet("harbour", "Harbour News Agency", "https://en.harbour.example/")
    item = article("a", BODY.format("Quayside"), outlet="harbour")
    own = own_names([item], {"harbour": outlet}, {"a": outlet.name})
    found = attributions(Corpus.of([item]), own=own)
    assert [a.label for a in found] == ["Reported by Quayside"]
