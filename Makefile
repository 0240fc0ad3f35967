# reportgen: `make demo` renders the sample briefings into out/, `make test` runs the whole suite.
# Each target sets up what it needs: a virtualenv in .venv, the package and its dependencies,
# and the Debian package libharfbuzz-subset0 (WeasyPrint subsets fonts about twice as fast with it).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := inputs/epicept-ceplene-2007-12-10/release.txt

.PHONY: demo test golden bench fuzz rewrap audit docs-images look system-deps clean fourth-audience

$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "error: could not create a virtualenv with $(PYTHON) -m venv (install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# PYTHONWARNINGS: no setuptools notice boxes (the editable install's) in the output
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet -e ".[test,encrypted]"
	@touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

demo: $(STAMP) system-deps
	$(BIN)/reportgen build $(SAMPLE) --out out --format pdf,docx,html
	@echo "briefings written to out/"

# ruff first (seconds), then the suite on every core (pytest-xdist)
test: $(STAMP) system-deps
	$(BIN)/ruff check reportgen tests bench scripts
	$(BIN)/python -m pytest -q -n auto

# the suite with a fourth audience registered from the start (tests/fourth_audience.py)
fourth-audience: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -n auto -p tests.fourth_audience

golden: $(STAMP)
	$(BIN)/python -m tests.golden_approve

# bench_batch: whole build vs the WeasyPrint floor, batches (--jobs, Dask), start-up, memory;
# BENCH_BATCH_N=40 BENCH_MEMORY_N=100 make bench for a shorter run
bench: $(STAMP) system-deps
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_doc.py
	$(BIN)/python bench/bench_batch.py

# the reader's audit over the corpora (../shared): violations per consistency rule
audit: $(STAMP)
	$(BIN)/python scripts/audit_corpus.py

fuzz: $(STAMP)
	$(BIN)/python -m pytest -q tests/fuzz --fuzz-long

# the wire-text reader's re-wrapping invariance over many more layouts than `make test` runs
rewrap: $(STAMP)
	REWRAP_LONG=1 $(BIN)/python -m pytest -q -n auto tests/readers/test_rewrap.py

docs-images: $(STAMP)
	@EXTRA_DEBIAN_PACKAGES=poppler-utils sh scripts/system-deps.sh
	$(BIN)/python scripts/docs_images.py

# pictures of every page for a person to look at: PDF, DOCX as LibreOffice lays it out, HTML on a
# phone and a desktop (out/look/<release>/); RELEASES="a.txt b.md" adds releases to the sample
look: $(STAMP) system-deps
	$(BIN)/python scripts/look.py $(RELEASES)

clean:
	rm -rf out build dist *.egg-info .pytest_cache
