# Two commands a person needs: `make run` and `make test`. Each sets up its own
# virtual environment (.venv) from pyproject.toml the first time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench docs stress fuzz-long clean

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

## The living documentation: runs the Dutch feature files, then writes
## build/levende-documentatie.html (one offline file) and .md with each scenario's outcome.
docs: $(STAMP)
	-$(BIN)/python -m pytest -q tests/test_features.py --livingdoc-results build/livingdoc/results.json
	$(BIN)/python tools/featuredoc.py --results build/livingdoc/results.json --out build/levende-documentatie

## The benchmark (not part of the tests).
bench: $(STAMP)
	$(BIN)/python bench/bench_advise.py

## Long checks, not part of the test suite: soak (100,000 case files read and advised, 1,000 reloads),
## concurrency (8 threads x 10,000 cases, two rule bases, reloads), hostile inputs (time and memory per
## bad input), check on 64 KB rule files full of mistakes (under 1 s each), check --analyse on rule
## bases built to explode (within 10 s each), a signal storm (120 s of interrupts on an advising thread
## while 4 others advise: no hang, no raw engine error, no wrong answer).
stress: $(STAMP)
	$(BIN)/python stress/hostile_inputs.py
	$(BIN)/python stress/check_speed.py
	$(BIN)/python stress/analysis_time.py
	$(BIN)/python stress/concurrency.py --threads 8 --cases 10000
	$(BIN)/python stress/signal_storm.py --seconds 120 --threads 4
	$(BIN)/python stress/soak.py --cases 100000 --reloads 1000

## The property-based tests with 10,000 examples each (a few minutes).
fuzz-long: $(STAMP)
	NETADVISOR_HYPOTHESIS=long $(BIN)/python -m pytest tests/test_properties.py -p no:cacheprovider --hypothesis-show-statistics

clean:
	rm -rf $(VENV) build dist
