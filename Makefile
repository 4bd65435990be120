PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test cues bench clean

$(BIN)/quotegraph: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/quotegraph

demo: install
	$(BIN)/quotegraph extract examples/*.txt

test: install
	$(BIN)/pytest -q

# Rebuild the cue lexicon shipped in src/quotegraph/data/cues.json from PolNeAR train.
cues: install
	$(BIN)/quotegraph build-cues ../shared/data/polnear/train --out src/quotegraph/data/cues.json

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
