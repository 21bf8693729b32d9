# Benchmarks (issue: speed at scale). N briefings, 3 articles each; RUNS runs per scenario.
N ?= 1000
RUNS ?= 3
.PHONY: bench bench-corpus

bench-corpus: $(STAMP)
	$(BIN)/python -m bench.corpus --n $(N)

bench: $(STAMP)
	$(BIN)/python -m bench.run --n $(N) --runs $(RUNS)

.PHONY: bench-preview
bench-preview: $(STAMP)
	$(BIN)/python -m bench.preview --n $(N) --runs $(RUNS)
