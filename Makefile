# Two commands a person needs: `make run` and `make test`. Each sets up its own
# virtual environment (.venv) from pyproject.toml the first time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Advice for an example case with the packaged rules.
run: $(STAMP)
	$(BIN)/netadvisor advise examples/dak-en-thuisloosheid.yaml

## The whole test suite (unit tests, golden files, Dutch feature files).
test: $(STAMP)
	$(BIN)/python -m pytest

## The benchmark (not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/bench_advise.py

clean:
	rm -rf $(VENV) build dist
