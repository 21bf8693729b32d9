"""Publishing: the Pages workflow is valid and official; `make deploy` pushes to a gh-pages branch."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from tests.conftest import REPO

pytestmark = pytest.mark.e2e


def test_pages_workflow_builds_with_make_and_uses_the_official_actions():
    workflow = yaml.safe_load((REPO / ".github/workflows/pages.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))
    assert {"push", "workflow_dispatch", "schedule"} <= set(triggers)
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "") for step in build]
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/configure-pages@") for u in uses)
    python = next(step for step in build if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
    assert any("make build" in step.get("run", "") for step in build)
    # The last build's caches and output come back before the build, under a key that names
    # the generator's code (a change to it must not reuse pages it rendered differently).
    names = [step.get("uses", "") or step.get("run", "") for step in build]
    cache = next(step for step in build if step.get("uses", "").startswith("actions/cache@"))
    assert names.index(cache["uses"]) < next(n for n, name in enumerate(names) if "make build" in name)
    assert set(cache["with"]["path"].split()) == {".cache", "output"}
    assert "hashFiles('generator/**'" in cache["with"]["key"]
    assert cache["with"]["key"].startswith(cache["with"]["restore-keys"])
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "output"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def git(*args: str, cwd) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def test_make_deploy_pushes_the_site_to_gh_pages_of_a_bare_repo(tmp_path):
    bare = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(bare), cwd=tmp_path)
    work = tmp_path / "project"
    work.mkdir()
    for name in ("site.yaml", "Makefile", "content", "templates", "static"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, work / name)
    (work / ".venv").symlink_to(REPO / ".venv")
    (work / "pyproject.toml").symlink_to(REPO / "pyproject.toml")
    (work / ".gitignore").write_text("/output/\n/.venv\n")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ARGS")}
    env.update(
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
    )
    git("init", "-q", "-b", "main", cwd=work)
    git("add", "-A", cwd=work)
    subprocess.run(["git", "commit", "-qm", "site"], cwd=work, check=True, env=env)
    git("remote", "add", "origin", str(bare), cwd=work)

    run = subprocess.run(
        ["make", "-o", ".venv/.installed", "deploy"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    files = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).split()
    assert {
        ".nojekyll",
        "index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "stories/us-approves-landmines-for-ukraine/index.html",
        "pagefind/pagefind-ui.js",
    } <= set(files)
    assert "site.yaml" not in files
    message = git("log", "-1", "--format=%s", "gh-pages", cwd=bare)
    assert message.startswith("Publish site from ")
