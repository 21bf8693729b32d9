# Quality gates in a real browser (issue 6): the Nu HTML Checker, Lighthouse, screenshots, and the
# npm packages they and the browser tests need. System packages (Debian chromium, a Java runtime)
# are installed by .ci/run; the browser tests under tests/e2e/browser/ skip locally without them.
.PHONY: browser-deps validate-html lighthouse screenshots

NPM_STAMP := node_modules/.installed
# `--ignore-scripts`: vnu-jar's postinstall would download a JRE from GitHub; we use Debian's Java.
NPM_INSTALL := $(if $(wildcard package-lock.json),npm ci,npm install) --ignore-scripts --no-audit --no-fund

browser-deps: $(NPM_STAMP)

$(NPM_STAMP): package.json $(wildcard package-lock.json)
	$(NPM_INSTALL)
	touch $(NPM_STAMP)

# `make test` installs the npm packages too where npm is present; without npm those tests skip.
ifneq ($(shell command -v npm 2>/dev/null),)
test: browser-deps
endif

validate-html: build browser-deps
	$(BIN)/python -m tools.quality.validate_html output

lighthouse: build browser-deps
	$(BIN)/python -m tools.quality.lighthouse output --report-dir build/lighthouse

screenshots: build $(TEST_STAMP)
	$(BIN)/python -m tools.quality.screenshots output --into screenshots
