"""Screenshots of the home page and the newest story at desktop and phone width, light and dark.

python -m tools.quality.screenshots [output] [--into screenshots]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin

from tools.quality.needs import CHROMIUM_ARGS, Missing, chromium
from tools.quality.serving import first_story, serve

VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True},
}
SCHEMES: tuple[Literal["light", "dark"], ...] = ("light", "dark")


def take(output: Path, into: Path) -> list[Path]:
    """Full-page PNGs of the home page and the newest story; returns the files written."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise Missing("Playwright for Python is not installed (pip install -e '.[test]')") from exc
    into.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(output) as url, sync_playwright() as playwright:
        pages = {"home": url, "story": urljoin(url, first_story(output))}
        browser = playwright.chromium.launch(executable_path=str(chromium()), args=CHROMIUM_ARGS)
        try:
            for width, options in VIEWPORTS.items():
                for scheme in SCHEMES:
                    context = browser.new_context(color_scheme=scheme, **options)
                    for name, address in pages.items():
                        page = context.new_page()
                        page.goto(address, wait_until="networkidle")
                        file = into / f"{name}-{width}-{scheme}.png"
                        page.screenshot(path=str(file), full_page=True)
                        written.append(file)
                    context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="output", type=Path, help="the built site")
    parser.add_argument("--into", default=Path("screenshots"), type=Path, help="the folder to write")
    args = parser.parse_args(argv)
    try:
        files = take(args.output, args.into)
    except Missing as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 2
    for file in files:
        print(file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
