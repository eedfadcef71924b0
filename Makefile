# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= output

.PHONY: demo test install install-dev clean bench bench-page

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Build the graph from the bundled sample article into $(OUT)/
demo: install
	$(BIN)/kg build pipelines/sample --out $(OUT)

## Run the whole test suite
test: install-dev
	$(BIN)/python -m pytest -q

## Words per second of the pipeline against bare spaCy parsing (not a test)
bench: install
	$(BIN)/python benchmarks/bench_pipeline.py

## Graph page build and first-render time for 200, 1,000 and 5,000 actors (not a test)
bench-page: install-dev
	$(BIN)/python benchmarks/bench_page.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
