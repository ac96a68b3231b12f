# Two commands a person needs: `make run` and `make test`. Each sets up its own
# virtual environment (.venv) from pyproject.toml the first time, with durable_rules
# built from its sdist with netadvisor's patch (third_party/durable_rules/), so that
# it imports on Python 3.11, 3.12 and 3.13.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint codetest quicktest regeltest regenereer bench docs stress fuzz-long clean

$(STAMP): pyproject.toml tools/build_durable.py third_party/durable_rules/*.patch
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python tools/build_durable.py
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Advice for an example case with the packaged rules.
run: $(STAMP)
	$(BIN)/netadvisor advise examples/dak-en-thuisloosheid.yaml

## The whole test suite (the linters and the type checker first, then unit tests, golden files, Dutch feature files).
test: lint
	$(BIN)/python -m pytest

## The code as the tools see it: ruff's selection (pyproject.toml), its formatting, and mypy --strict.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy --strict src

## The code tests alone: everything but what rules/, examples/ and features/ say (marked regelinhoud).
codetest: $(STAMP)
	$(BIN)/python -m pytest -m "not regelinhoud"

## While developing: the code tests without the slow ones (threads, processes, a wheel, Chromium). CI runs all.
quicktest: $(STAMP)
	$(BIN)/python -m pytest -m "not regelinhoud and not slow" -q

## For policy staff, in Dutch: every rule's examples, the example cases and the scenarios (netadvisor test),
## the analysis of the rule base, whether the files made from the rules are current, and then every other test
## of what rules/, examples/ and features/ say (the quotations against the guide, every rule checked by a
## scenario, ...; not again what the three before said; tools/inhoudscontroles.py): one Dutch line per failure,
## no traceback. All run (unless the rule files do not load: then the first says where, and the rest would only
## say it again, as a policy officer read it twice); it fails if one does, and when it passes, what make test
## checks of the rules passes too. No environment to activate.
regeltest: $(STAMP)
	@status=0; \
	$(BIN)/netadvisor test || status=$$?; \
	if [ $$status = 3 ]; then \
	  echo "make regeltest: de regelbestanden laden niet (zie hierboven); de andere controles volgen als ze laden"; \
	  exit 3; \
	fi; \
	$(BIN)/netadvisor check --analyse || status=1; \
	$(BIN)/python tools/regenerate.py --check || status=1; \
	$(BIN)/python tools/inhoudscontroles.py || status=1; \
	if [ $$status = 0 ]; then echo "make regeltest: alles in orde"; \
	else echo "make regeltest: niet in orde; zie de meldingen hierboven (een 'in orde' daarboven gaat alleen over dat deel)"; fi; \
	exit $$status

## Remake the files made from the code and the rules (rules/HEURISTIEKEN.md, rules/schema/, the README's
## sample output, the list of scenario steps in rules/README.md).
regenereer: $(STAMP)
	$(BIN)/python tools/regenerate.py

## The living documentation: runs the Dutch feature files, then writes
## build/levende-documentatie.html (one offline file) and .md with each scenario's outcome. The page is
## written also when scenarios fail (it shows which); make docs then fails, as it does when the run
## collected nothing or broke off (a results file of an earlier run is removed first, never shown as this one's).
docs: $(STAMP)
	@rm -f build/livingdoc/results.json; status=0; \
	$(BIN)/python -m pytest -q tests/test_features.py --livingdoc-results build/livingdoc/results.json || status=$$?; \
	$(BIN)/python tools/featuredoc.py --results build/livingdoc/results.json --out build/levende-documentatie || exit $$?; \
	if [ $$status != 0 ]; then \
	  echo "make docs: de scenario's zijn niet in orde (pytest gaf $$status: 1 = mislukt, 5 = niets verzameld); de pagina toont welke"; \
	  exit 1; \
	fi

## The benchmarks (not part of the tests): advise() against durable_rules alone, the consultation against
## the guide's order, and start-up against a bare Python. advise() is measured twice: on the sources (pure
## Python, what this editable install runs) and on the compiled wheel (tools/build_compiled.py, installed
## apart in build/compiled).
bench: $(STAMP)
	$(BIN)/python bench/bench_advise.py
	rm -rf build/compiled
	$(BIN)/python -m pip install --quiet --no-deps --target build/compiled \
	  "$$($(BIN)/python tools/build_compiled.py --out build/wheels)"
	PYTHONPATH=build/compiled $(BIN)/python bench/bench_advise.py
	$(BIN)/python bench/bench_consult.py
	$(BIN)/python bench/bench_startup.py

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
