"""axe-core (from npm) run inside a page."""

from __future__ import annotations

from typing import Any

BLOCKING = {"serious", "critical"}


def run_axe(page: Any, axe_source: str, options: dict[str, Any]) -> dict[str, Any]:
    """axe-core's results for the page as it is now."""
    page.add_script_tag(content=axe_source)
    results: dict[str, Any] = page.evaluate("options => axe.run(document, options)", options)
    return results


def describe(violation: dict[str, Any]) -> str:
    """One axe violation as a line a person can act on."""
    where = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
    return f"{violation['impact']}: {violation['id']}: {violation['help']} at {where}"
