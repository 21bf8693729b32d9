"""Each page template has a declared context (`pages.CONTEXTS`): the names it uses are declared,
and the pages built give exactly those keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta, nodes

from generator.render.pages import CONTEXTS
from generator.render.templates import Shared
from tests.golden.regenerate import build_fixture

REPO = Path(__file__).resolve().parents[2]
SHARED = frozenset(Shared.__annotations__)


def undeclared(env: jinja2.Environment, name: str, given: frozenset[str]) -> set[str]:
    """The names template `name` uses, with the templates it extends or includes, that neither
    `given` nor a loop, `set` or `with` of an including template provides."""
    assert env.loader is not None
    ast = env.parse(env.loader.get_source(env, name)[0])
    made = frozenset(n.name for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param"))
    missing = set(meta.find_undeclared_variables(ast) - given)
    for other in meta.find_referenced_templates(ast):
        assert other is not None, f"{name}: a template named by a variable cannot be checked"
        missing |= undeclared(env, other, given | made)
    return missing


def declared(template: str) -> frozenset[str]:
    return SHARED | frozenset(CONTEXTS[template].__annotations__)


def environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder))


def test_every_page_template_has_a_declared_context() -> None:
    pages = {p.name for p in (REPO / "templates").glob("*.html")} - {"base.html"}
    assert pages == set(CONTEXTS)


@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_every_name_a_template_uses_is_declared_in_its_context(template: str) -> None:
    assert undeclared(environment(REPO / "templates"), template, declared(template)) == set()


@pytest.mark.parametrize(
    ("template", "edit", "found"),
    [
        ("index.html", "{{ nonsense }}", {"nonsense"}),
        ("partials/card.html", "{{ story.title }}", {"story"}),  # index.html's context has no story
        ("base.html", "{% for x in extras %}{{ x }}{% endfor %}", {"extras"}),
    ],
)
def test_a_template_using_an_undeclared_name_fails_the_check(
    tmp_path: Path, template: str, edit: str, found: set[str]
) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(REPO / "templates", folder)
    with open(folder / template, "a", encoding="utf-8") as file:
        file.write(edit)
    assert undeclared(environment(folder), "index.html", declared("index.html")) == found


def test_every_page_built_gives_exactly_its_declared_context(tmp_path: Path, monkeypatch) -> None:
    seen: dict[str, set[frozenset[str]]] = {}
    render = jinja2.Template.render

    def recording(self: jinja2.Template, *args: object, **names: object) -> str:
        seen.setdefault(str(self.name), set()).add(frozenset(names))
        return render(self, *args, **names)

    monkeypatch.setattr(jinja2.Template, "render", recording)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736899200")
    build_fixture(tmp_path / "out")
    assert set(seen) == set(CONTEXTS)  # the fixture site has a page of every kind
    for template, keys in seen.items():
        assert keys == {declared(template)}, template
