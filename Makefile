# briefing-site: every command a user needs. `make build` and `make test` are the set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BRIEFING := $(BIN)/briefing
# Optional overrides: make build BASE_URL=https://user.github.io/repo/ ARGS=--drafts
BUILD_FLAGS := $(if $(BASE_URL),--base-url $(BASE_URL),) $(ARGS)

.PHONY: build check serve test test-fast lint format clean ingest ingest-score golden deploy help

help:
	@echo "make build   - create .venv if needed, install, build the site into output/"
	@echo "make serve   - preview with live reload at http://127.0.0.1:8000/"
	@echo "make check   - validate content only (non-zero exit on problems)"
	@echo "make test    - lint, then run the whole test suite"
	@echo "make test-fast - the suite without servers, browsers and whole-site matrices (< 1 min)"
	@echo "make lint    - ruff and mypy"
	@echo "make ingest RAW=path [OUTLET=slug] - clean a raw article into content/articles/"
	@echo "make ingest-score - score ingest on the fixture pages (body F1, leaks, metadata)"
	@echo "make ingest-bench [BENCH=dir] - body F1 of ingest on the HTML extraction benchmark"
	@echo "make ingest-plain SET=dir - score ingest on a labelled set of plain-text pages"
	@echo "make ingest-train SETS=\"dir ...\" - retrain the line model (needs the train extra)"
	@echo "make ingest-date-train SETS=\"dir ...\" - retrain the date chooser (needs the train extra)"
	@echo "make intel-score [INTEL=dir] [STORIES=a,b] - score the story pages' claims on the labelled set"
	@echo "make golden  - regenerate the golden test output after an intended change"
	@echo "make deploy  - build, then push output/ to the gh-pages branch (REMOTE=origin)"
	@echo "make validate-html / lighthouse / screenshots - quality gates on the built site"
	@echo "make bench N=1000 - the speed benchmark (make bench-corpus N=... writes the corpus)"
	@echo "make clean   - remove output/ and caches"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	touch $(TEST_STAMP)

build: $(STAMP)
	$(BRIEFING) build $(BUILD_FLAGS)

check: $(STAMP)
	$(BRIEFING) check $(ARGS)

serve: $(STAMP)
	$(BRIEFING) serve $(ARGS)

ingest: $(STAMP)
	@test -n "$(RAW)" || { echo "usage: make ingest RAW=path/to/raw.txt [OUTLET=slug]"; exit 2; }
	$(BRIEFING) ingest $(RAW) $(if $(OUTLET),--outlet $(OUTLET),) $(ARGS)

ingest-score: $(STAMP)
	$(BIN)/python -m generator.ingest.score

# Story intelligence measured on real coverage kept outside the repository (issue 23): precision
# and recall of each claim a story page shows. STORIES=a,b (default: the set's development split),
# ARGS=--verbose lists each wrong, missed and unjudged item.
INTEL ?= /work/scratch/intel
.PHONY: intel-score
intel-score: $(STAMP)
	$(BIN)/python -m tools.intel_score $(INTEL) $(if $(STORIES),--stories $(STORIES),) $(ARGS)

test: lint
	$(BIN)/python -m pytest $(ARGS)

# The edit-test loop: every test but the whole-program ones marked slow (tests/conftest.py), no lint.
test-fast: $(TEST_STAMP)
	$(BIN)/python -m pytest -q -m "not slow" $(ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check generator tests bench tools
	$(BIN)/ruff format --check generator tests bench tools
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format generator tests
	$(BIN)/ruff check --fix generator tests

# Publishing from a gh-pages branch instead of the Actions workflow: ghp-import commits output/
# to the branch and pushes it.
REMOTE ?= origin
deploy: build
	$(BIN)/ghp-import --no-jekyll --push --force --no-history --remote $(REMOTE) --branch gh-pages \
		--message "Publish site from $$(git rev-parse --short HEAD 2>/dev/null || echo working tree)" output

clean:
	rm -rf output .output.* .cache .pytest_cache .mypy_cache .ruff_cache

golden: $(STAMP)
	SOURCE_DATE_EPOCH=1736899200 $(BIN)/python tests/golden/regenerate.py

# Extra targets: quality gates (mk/quality.mk), benchmarks (mk/bench.mk).
-include mk/*.mk
