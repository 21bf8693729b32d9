"""A figure warning stands only when the article gives the point's figure nowhere: an article
giving two figures of its own for one thing is no wrong citation (issue 23, precision round 4).
Invented articles."""

from __future__ import annotations

from generator.build import load_site
from generator.load.content import LoadOptions

LEAD = "All the 97 people aboard a ferry that sank off Norvan Point were confirmed dead except two, officials said."
ARTICLE = """\
---
title: Ferry sinks
outlet: reuters
published: 2024-11-21T08:00:00Z
---
{body}
"""
NOTE = """\
title: Ferry sinks off Norvan Point
date: 2024-11-21
summary: A ferry sank.
topics: [ukraine]
key_points:
  - text: A ferry with 99 people on board sank off Norvan Point.
    sources: [ferry]
"""


def messages(make_site, body):
    root = make_site(
        {"content/articles/ferry.md": ARTICLE.format(body=body), "content/briefings/ferry.yaml": NOTE}
    )
    _, report = load_site(root, LoadOptions())
    return [str(p) for p in report.sorted() if "ferry.yaml" in str(p)]


def test_the_article_giving_the_points_figure_as_a_sum_is_not_warned(make_site):
    later = "The ferry sailed with 93 passengers, together with six crew members on board, at dawn."
    assert messages(make_site, f"{LEAD}\n\n{later}") == []


def test_an_article_giving_only_another_figure_is_warned(make_site):
    assert messages(make_site, LEAD) == [
        "content/briefings/ferry.yaml:7: warning: key_points[0].sources[0]: 'ferry' does not support "
        'this point (a figure differs): point: 99; article: 97; content/articles/ferry.md:6: "All the 97 '
        'people aboard a ferry that sank off Norvan Point were confirmed dead except…"'
    ]
