"""Random small sites, built by the real command: a message and exit 0, 1 or 2, never a traceback,
and no file changed outside `output/` (issue 20).

Each example starts from a small project that builds and changes up to two things: any field of
`site.yaml`, of a topic or an outlet, of a note or one of its list items, of an article's front
matter; an article body; a file name; raw YAML appended to a file (deep nesting, aliases, tags,
tabs); a whole file replaced by random text or bytes; a template edit. Values are drawn per field
(dates near the calendar's ends, broken URLs and language tags, unknown zones), beside arbitrary
text, YAML values and bytes, and hostile strings from past bug reports. Each site is built with
`generator.cli.main` in this process (one job: nothing forked); issue 20's probes are explicit
examples, and a few of them also run as a real process. The profile is derandomized, so CI runs
the same examples every time (`RANDOM_SITES_EXAMPLES=2000` explores further).
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.load.spec import OUTLET, TOPIC
from tests.conftest import REPO

EXAMPLES = int(os.environ.get("RANDOM_SITES_EXAMPLES", "100"))
random_sites = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# Strings that have broken a tool like this one, ours among them (issue 20's probes).
HOSTILE = [
    "",
    " ",
    "..",
    "../../etc/passwd",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "{{ 1/0 }}",
    "{% raw %}",
    "\x00",
    "\x1f",
    "\u202egnp.exe",
    "\ufeff",
    "\u2028",
    "a" * 307,
    "con",
    "-1",
    "1e309",
    "[x, x, nope]",
]
DATES = [
    "9999-12-31T22:00:00-05:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31",
    "0001-01-01",
    "2024-02-30",
    "2024-11-20T25:00:00",
    "2024-11-20T10:00:00Z",
    "yesterday",
]
URLS = [
    "https://user.github.io//repo/",
    "https://[::1/",
    "https://x.org/#frag",
    "https://x.org/?q=1",
    "https://x.org:99999/",
    "https://x.org:0/",
    "http://me:pw@x.org/",
    "https:///repo/",
    "//evil.example/x",
    "https://x.org/a\\b/",
    "https://x.org/\t/evil.example/",
    "https://x.org/../",
    "ftp://x.org/",
]
LANGUAGES = [
    "en_US",
    "a" * 33,
    "en-US-x-abcdefgh-abcdefgh-abcdef",
    "english",
    "EN",
    "zh-Hant-TW",
    "x-private",
]
ZONES = ["Mars/Olympus", "UTC", "Pacific/Kiritimati", "Etc/GMT+12", "../../etc/passwd", "America/St_Johns"]
# Raw lines appended to a YAML file: what no dumper writes (deep nesting, aliases, tags, tabs).
RAW_YAML = [
    "extra: " + "[" * 500 + "]" * 500,
    "extra: " + "[" * 10_000 + "]" * 10_000,
    "extra: " + "{a: " * 300 + "1" + "}" * 300,
    "extra:\n" + "".join("  " * (n + 1) + "- \n" for n in range(400)),
    "a: &a [1, 2]\nb: *a",
    "extra: !!python/object/apply:os.system ['true']",
    "extra: !!binary aGVsbG8=",
    "\textra: 1",
    "title: again",
    "extra: [unclosed",
    "extra: \x01",
]
ANY_TEXT = st.text(max_size=40)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | ANY_TEXT
    | st.binary(max_size=20)
    | st.sampled_from(HOSTILE)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=6,
)


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


DATE_TEXT = (
    st.sampled_from(DATES)
    | st.sampled_from(DATES)
    | st.dates().map(str)
    | st.builds(
        lambda moment, minutes: moment.isoformat() + _offset(minutes),
        st.datetimes(),
        st.integers(-(23 * 60 + 59), 23 * 60 + 59),
    )
)
# Values by field: text most of the time (it gets past the type checks to rendering), values
# that broke something for the fields they broke, and anything else.
TEXT = ANY_TEXT | st.sampled_from(HOSTILE)
BY_FIELD = {
    "date": DATE_TEXT,
    "updated": DATE_TEXT,
    "published": DATE_TEXT,
    "base_url": st.sampled_from(URLS) | st.builds("https://x.org/{}".format, ANY_TEXT),
    "url": st.sampled_from(URLS) | st.builds("https://x.org/{}".format, ANY_TEXT),
    "language": st.sampled_from(LANGUAGES) | ANY_TEXT,
    "timezone": st.sampled_from(ZONES) | ANY_TEXT,
}


def value_for(key: Any) -> st.SearchStrategy[Any]:
    special = BY_FIELD.get(key)
    return TEXT | VALUES if special is None else special | special | TEXT | VALUES


SLUGS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
NAMES = (
    SLUGS
    | ANY_TEXT
    | st.sampled_from(["Big News", "a" * 230, "a" * 307, "con", "ü", "x.y", "-", "~x", ".hidden"])
)

SITE: dict[str, Any] = {
    "title": "Random Desk",
    "description": "A random site.",
    "base_url": "https://user.github.io/repo/",
    "language": "en",
    "timezone": "Europe/London",
    "author": "Desk",
    "per_page": 2,
    "excerpt_words": 8,
    "feed_length": 5,
    "publish_full_text": True,
    "topics": {
        "ukraine": {"name": "Ukraine", "description": "The war.", "aliases": ["kyiv"]},
        "mines": {"name": "Mines", "parent": "ukraine"},
    },
    "outlets": {
        "reuters": {"name": "Reuters", "url": "https://r.example/", "timezone": "UTC", "kind": "wire"},
        "japan-news": {"name": "The Japan News", "timezone": "Asia/Tokyo", "language": "ja"},
    },
    "storylines": {"war": {"name": "The war", "description": "All of it."}},
}
NOTE: dict[str, Any] = {
    "title": "Mines for Ukraine",
    "date": "2024-11-20",
    "updated": "2024-11-21T10:00:00+01:00",
    "summary": "The US approved **anti-personnel** mines.",
    "key_points": [{"text": "Biden approved the mines.", "sources": ["a1"]}, "A point without a source."],
    "why_it_matters": "It matters.",
    "whats_next": "More.",
    "topics": ["ukraine", "Kyiv"],
    "sources": ["a1", "a2"],
    "timeline": [{"date": "2024-11-19", "text": "Before.", "sources": ["a2"]}],
    "related": ["other"],
    "draft": False,
    "storyline": "war",
    "updates": [{"date": "2024-11-22", "kind": "correction", "text": "Fixed."}],
}
FRONT: dict[str, Any] = {
    "title": "Mines approved",
    "outlet": "japan-news",
    "url": "https://example.org/mines",
    "published": "2024-11-20T16:16:00+09:00",
    "updated": "2024-11-21",
    "authors": ["Mike Stone"],
    "via": "Reuters",
    "dateline": "KYIV",
    "dek": "A dek.",
    "kind": "news",
    "paywalled": False,
}
BODIES = st.text(max_size=300) | st.sampled_from(
    [
        "# Heading\n\n- one\n- two\n\n> quote\n\n[link](javascript:alert(1)) <b onclick=x>b</b>",
        "[" * 60 + "x" + "]" * 60,
        "\n".join("  " * n + "- item" for n in range(30)),
        "> " * 40 + "deep quote",
        "Mr. Smith left. Then it rained. " * 20,
    ]
)
TEMPLATE_EDITS = st.sampled_from(
    [
        "{{ 1/0 }}",
        "{{ nope }}",
        "{% if %}",
        "{{ site.nope }}",
        "{% include 'missing.html' %}",
        "{{ 'a' + 1 }}",
    ]
) | st.text(max_size=20)
MUTATIONS = (
    "site field",
    "topic",
    "outlet",
    "note field",
    "note list item",
    "front matter field",
    "body",
    "file name",
    "yaml line",
    "whole file",
    "template",
)
TOPIC_FIELDS = list(TOPIC.names)
OUTLET_FIELDS = list(OUTLET.names)


@dataclass
class Project:
    """A project's settings, notes and articles as data, turned into files at the end."""

    site: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(SITE))
    notes: dict[str, Any] = field(
        default_factory=lambda: {
            "mines": copy.deepcopy(NOTE),
            "other": {**copy.deepcopy(NOTE), "related": ["mines"]},
        }
    )
    fronts: dict[str, Any] = field(
        default_factory=lambda: {
            "a1": copy.deepcopy(FRONT),
            "a2": {**copy.deepcopy(FRONT), "outlet": "reuters"},
        }
    )
    bodies: dict[str, str] = field(
        default_factory=lambda: {
            "a1": "President Biden approved mines.\n\nThey become inert.",
            "a2": "Another report.",
        }
    )
    lines: dict[str, str] = field(default_factory=dict)  # raw YAML appended to a file
    raw: dict[str, bytes] = field(default_factory=dict)  # files written as they are
    template: str | None = None  # put into templates/base.html

    def files(self) -> dict[str, bytes]:
        """Path -> bytes, leaving out names no file system takes (the tool never sees them)."""
        files = {"site.yaml": _yaml(self.site, self.lines.get("site.yaml"))}
        for slug, note in self.notes.items():
            path = f"content/briefings/{slug}.yaml"
            files[path] = _yaml(note, self.lines.get(path))
        for name, front in self.fronts.items():
            path = f"content/articles/{name}.md"
            files[path] = (
                b"---\n" + _yaml(front, self.lines.get(path)) + b"---\n" + self.bodies[name].encode()
            )
        files |= self.raw
        if self.template is not None:
            base = (REPO / "templates/base.html").read_text(encoding="utf-8")
            edited = base.replace('<main id="main"', self.template + '<main id="main"', 1)
            files["templates/base.html"] = edited.encode()
        return {path: data for path, data in files.items() if _usable(path)}


def probe(**changes: Any) -> dict[str, bytes]:
    """The files of the base project with `site`, `note` (mines), `front` (a1) fields changed, a
    `topic` added (and given to a note), a raw YAML `line` appended or a `template` edit."""
    project = Project()
    project.site.update(changes.get("site", {}))
    project.notes["mines"].update(changes.get("note", {}))
    project.fronts["a1"].update(changes.get("front", {}))
    if "topic" in changes:
        project.site["topics"][changes["topic"]] = {"name": "T"}
        project.notes["mines"]["topics"].append(changes["topic"])
    if "line" in changes:
        project.lines.update([changes["line"]])
    project.template = changes.get("template")
    return project.files()


@st.composite
def sites(draw: st.DrawFn) -> dict[str, bytes]:
    """The files of a project: the base project, which builds, with up to 2 things changed."""
    project = Project()
    site, notes, fronts, bodies = project.site, project.notes, project.fronts, project.bodies

    def set_field(data: dict[str, Any], keys: list[str]) -> None:
        special = [key for key in keys if key in BY_FIELD]
        key = draw((st.sampled_from(special) if special else st.nothing()) | st.sampled_from(keys) | ANY_TEXT)
        data[key] = draw(value_for(key))

    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), max_size=2)):
        event(mutation)
        if mutation == "site field":
            set_field(site, sorted(SITE))
        elif mutation in ("topic", "outlet"):
            key = "topics" if mutation == "topic" else "outlets"
            if not isinstance(site.get(key), dict):
                site[key] = {}
            section = site[key]
            slug = draw((st.sampled_from(sorted(section)) if section else st.nothing()) | NAMES)
            entry = section.get(slug)
            entry = entry if isinstance(entry, dict) else {}
            set_field(entry, TOPIC_FIELDS if mutation == "topic" else OUTLET_FIELDS)
            section[slug] = draw(st.just(entry) | st.just(entry) | VALUES)
            topics = next(iter(notes.values())).get("topics")
            if mutation == "topic" and isinstance(topics, list) and draw(st.booleans()):
                topics.append(slug)  # so that it gets a page
        elif mutation == "note field":
            set_field(notes[draw(st.sampled_from(sorted(notes)))], sorted(NOTE))
        elif mutation == "note list item":
            note = notes[draw(st.sampled_from(sorted(notes)))]
            key = draw(st.sampled_from(["key_points", "timeline", "updates", "topics", "sources", "related"]))
            items = note[key] if isinstance(note.get(key), list) else []
            dated = st.fixed_dictionaries(
                {"date": DATE_TEXT, "text": TEXT, "kind": st.sampled_from(["update", "correction"])}
            )
            note[key] = [*items, draw(dated | TEXT | VALUES)]
        elif mutation == "front matter field":
            set_field(fronts[draw(st.sampled_from(sorted(fronts)))], sorted(FRONT))
        elif mutation == "body":
            bodies[draw(st.sampled_from(sorted(bodies)))] = draw(BODIES)
        elif mutation == "file name":
            if draw(st.booleans()):
                notes[draw(NAMES)] = notes.pop(draw(st.sampled_from(sorted(notes))))
            else:
                old = draw(st.sampled_from(sorted(fronts)))
                new = draw(NAMES)
                fronts[new], bodies[new] = fronts.pop(old), bodies.pop(old)
        elif mutation in ("yaml line", "whole file"):
            path = draw(
                st.sampled_from(["site.yaml"])
                | st.sampled_from(sorted(notes)).map("content/briefings/{}.yaml".format)
                | st.sampled_from(sorted(fronts)).map("content/articles/{}.md".format)
            )
            if mutation == "yaml line":
                project.lines[path] = draw(st.sampled_from(RAW_YAML) | ANY_TEXT)
            else:
                project.raw[path] = draw(st.binary(max_size=80) | ANY_TEXT.map(str.encode))
        else:
            project.template = draw(TEMPLATE_EDITS)
    return project.files()


def _yaml(data: Any, line: str | None = None) -> bytes:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return (text if line is None else f"{text}{line}\n").encode()


def _usable(path: str) -> bool:
    """A name the file system takes (the tool never sees the others)."""
    folder, _, name = path.rpartition("/")
    return (
        folder in ("", "templates", "content/articles", "content/briefings")
        and "\x00" not in name
        and len(name.encode()) <= 255
        and name not in (".", "..")
    )


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file and link under `folder` but the tool's own (its bytes, or where it points)."""
    found: dict[str, bytes | str] = {}
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath, name)
            rel = path.relative_to(folder).as_posix()
            if not _tool_file(rel):
                found[rel] = os.readlink(path) if path.is_symlink() else path.read_bytes()
    return found


def _tool_file(rel: str) -> bool:
    """What the tool keeps in a project beside the user's files: `output/`, its caches, and the
    lock and folders beside `output/` (see docs/security.md)."""
    top = rel.split("/", 1)[0]
    return top in ("output", ".cache") or top.startswith(".output.")


@random_sites
@given(sites(), st.booleans())
# Issue 20's probes, each of which gave a traceback.
@example(project=probe(site={"base_url": "https://[::1/"}), search=False)
@example(project=probe(note={"date": "9999-12-31T22:00:00-05:00"}), search=False)
@example(project=probe(front={"published": "0001-01-01T00:00:00+14:00"}), search=False)
@example(project=probe(topic="a" * 307), search=False)
@example(project=probe(line=("content/briefings/mines.yaml", RAW_YAML[0])), search=False)
@example(project=probe(line=("site.yaml", RAW_YAML[1])), search=False)
@example(project=probe(template="{{ 1/0 }}"), search=False)
@example(project=probe(site={"language": "a" * 33}), search=True)
def test_a_random_site_gives_a_message_never_a_traceback(project, search):
    with tempfile.TemporaryDirectory() as tmp:
        root, sibling = Path(tmp, "project"), Path(tmp, "sibling")
        shutil.copytree(REPO / "templates", root / "templates")
        shutil.copytree(REPO / "static", root / "static")
        for folder in ("content/articles", "content/briefings"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        for rel, data in project.items():
            (root / rel).write_bytes(data)
        (root / "notes.txt").write_text("the user's own file\n")
        sibling.mkdir()
        (sibling / "keep.txt").write_text("a file beside the project\n")
        before = (snapshot(root), snapshot(sibling))

        err = io.StringIO()
        args = ["build", "--root", str(root), "-q", "--jobs", "1", *([] if search else ["--no-search"])]
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = main(args)
        except SystemExit as exc:
            code = exc.code
        except Exception:
            pytest.fail(f"a traceback for {sorted(project)}:\n{traceback.format_exc()}")

        printed = err.getvalue()
        event(f"exit {code}")
        assert code in (0, 1, 2), printed
        assert "Traceback (most recent call last)" not in printed, printed
        assert code == 0 or printed.strip(), f"exit {code} without a message"
        assert (snapshot(root), snapshot(sibling)) == before
        assert sorted(os.listdir(tmp)) == ["project", "sibling"]


@pytest.mark.parametrize(
    "project",
    [
        probe(template="{{ 1/0 }}"),
        probe(line=("content/briefings/mines.yaml", RAW_YAML[0])),
        probe(note={"date": "9999-12-31T22:00:00-05:00"}),
    ],
    ids=["template", "nesting", "date"],
)
def test_the_command_prints_one_message_and_no_traceback(tmp_path, project):
    """The same as a separate process: what a user's terminal shows."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    for rel, data in project.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(root), "-q", "--no-search"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) in (1, 2), done.stderr  # a problem, and the summary line
