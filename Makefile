PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
POLNEAR ?= ../shared/data/polnear

.PHONY: install demo serve test cues train eval bench bench-serve clean

$(BIN)/quotegraph: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/quotegraph

demo: install
	$(BIN)/quotegraph extract examples/*.txt
	$(BIN)/quotegraph ingest examples/*.txt --db demo.db
	@echo "Browse the demo corpus: make serve  (then open http://127.0.0.1:8000/)"

# The web app over the demo corpus (Ctrl-C to stop).
serve: demo.db
	$(BIN)/quotegraph serve --db demo.db

demo.db:
	$(MAKE) demo

test: install
	$(BIN)/pytest -q

# Rebuild the cue lexicon shipped in src/quotegraph/data/cues.json from PolNeAR train.
cues: install
	$(BIN)/quotegraph build-cues $(POLNEAR)/train --out src/quotegraph/data/cues.json

# Retrain everything shipped in src/quotegraph/data: the cue lexicon, then the candidate
# scorer and source ranker (trained on train, threshold tuned on dev). About 4 minutes on 2 cores.
train: cues
	$(BIN)/quotegraph train $(POLNEAR)/train --dev $(POLNEAR)/dev --out src/quotegraph/data/scorer.json

# Score extraction against the PolNeAR dev gold.
eval: install
	$(BIN)/quotegraph eval $(POLNEAR)/dev

# Search latency of 'quotegraph serve' under 50 concurrent clients on a 100,000-attribution db.
bench-serve: install
	$(BIN)/python benchmarks/serve.py $(ARGS)

# Articles/s of quotegraph against a bare spaCy nlp.pipe; e.g. make bench ARGS="--processes 2".
bench: install
	$(BIN)/python benchmarks/throughput.py $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
