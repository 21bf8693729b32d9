# Ingest measured on pages nobody here wrote (issue 21). The pages stay outside the repository:
# the public article-extraction benchmark in ../shared (BENCH=dir or $INGEST_BENCH to move it),
# and a plain-text set in a folder of your own (SET=dir). ARGS=--verbose prints each page;
# ARGS=--dry-run scores the article `ingest --dry-run` prints even where the page is refused.
# `make ingest-train SETS="dir1 dir2 ..."` fits the plain-text line model on labelled sets (the
# same layout as SET=), prints the leave-one-set-out table and rewrites
# generator/ingest/line_model.json; it needs the `train` extra (pip install -e '.[train]'; the
# test set-up installs it, so `make test` runs the training tests too).
# `make ingest-date-train SETS="dir1 dir2 ..."` does the same for the date chooser
# (generator/ingest/date_model.json), with its leave-one-set-out table.
.PHONY: ingest-bench ingest-plain ingest-train ingest-date-train

ingest-bench: $(STAMP)
	$(BIN)/python -m tools.ingest_bench $(BENCH) $(ARGS)

ingest-plain: $(STAMP)
	@test -n "$(SET)" || { echo "usage: make ingest-plain SET=folder-of-pages [ARGS=--verbose]"; exit 2; }
	$(BIN)/python -m tools.ingest_plain $(SET) $(ARGS)

ingest-train: $(STAMP)
	@test -n "$(SETS)" || { echo "usage: make ingest-train SETS=\"set-folder ...\" [ARGS=--no-validate]"; exit 2; }
	$(BIN)/python -m tools.ingest_train $(SETS) $(ARGS)

ingest-date-train: $(STAMP)
	@test -n "$(SETS)" || { echo "usage: make ingest-date-train SETS=\"set-folder ...\""; exit 2; }
	$(BIN)/python -m tools.ingest_date_train $(SETS) --write $(ARGS)
