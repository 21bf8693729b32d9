"""Quality gates run on a built site: the Nu HTML Checker, Lighthouse and screenshots.

Run them through make (`make validate-html`, `make lighthouse`, `make screenshots`); the browser
tests in `tests/e2e/browser/` use the same functions. What they need comes from the package
registries: Debian's `chromium` and a Java runtime, Playwright from PyPI, and axe-core, vnu-jar
and Lighthouse from npm (`make browser-deps`).
"""
