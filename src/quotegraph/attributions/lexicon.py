"""The cue lexicon: which cue words, in which frame, are attributions — learned from PolNeAR.

Built by ``quotegraph build-cues ../shared/data/polnear/train`` (``make cues``, with
:func:`quotegraph.training.lexicon.build_lexicon`), which parses
the training texts and counts, for every (cue lemma|POS, frame) pair seen, how often the frame's
content matches the gold content of an attribution whose cue covers the word (content Jaccard
≥ 0.5, as in the evaluation). The counts are shipped in ``quotegraph/data/cues.json``; at run
time a frame is used when its smoothed precision reaches ``min_precision``.

>>> lexicon = CueLexicon.load()
>>> lexicon.precision("say|VERB", "child:ccomp") > 0.5
True
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

# A frame seen fewer times than this in training is noise, whatever its ratio.
MIN_HITS = 3
PRIOR = 6


@dataclass
class CueLexicon:
    """Per cue key, per frame: [hits, occurrences] on the training data."""

    frames: dict[str, dict[str, list[int]]]
    min_precision: float = 0.3
    model_id: str = "cues"

    @classmethod
    def load(cls, path: str | Path | None = None, min_precision: float = 0.3) -> "CueLexicon":
        """Load the shipped lexicon, or one written by
        :func:`quotegraph.training.lexicon.build_lexicon`."""
        if path is None:
            raw = resources.files("quotegraph").joinpath("data/cues.json").read_text("utf-8")
        else:
            raw = Path(path).read_text("utf-8")
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
        return cls(json.loads(raw)["frames"], min_precision, f"cues-{digest}")

    def precision(self, key: str, frame: str) -> float:
        """Smoothed share of training occurrences of this frame that were attributions.

        The prior (one hit in ``PRIOR`` occurrences) keeps rare frames, whose raw ratio is
        noise, below the threshold: tuned on PolNeAR dev, it lifted attribution F1 from
        0.49 to 0.54 by cutting a third of the false alarms.
        """
        hits, total = self.frames.get(key, {}).get(frame, (0, 0))
        return (hits + 1) / (total + PRIOR)

    def reporting(self, key: str) -> float:
        """How surely a cue reports what it takes, as a clause or as an object: the higher
        precision of its ``child:ccomp`` and ``child:dobj`` frames ("say", "deny", "endorse").
        """
        return max(self.precision(key, "child:ccomp"), self.precision(key, "child:dobj"))

    def seen(self, key: str, frame: str) -> bool:
        """Whether the frame was an attribution at least ``MIN_HITS`` times in training."""
        counts = self.frames.get(key, {}).get(frame)
        return bool(counts) and counts[0] >= MIN_HITS

    def accepts(self, key: str, frame: str) -> bool:
        """Whether the frame is used: seen enough, and precise enough."""
        return self.seen(key, frame) and self.precision(key, frame) >= self.min_precision

    @cached_property
    def cues(self) -> frozenset[str]:
        """The keys with a frame that :meth:`accepts`: only their frames need reading."""
        return frozenset(key for key, frames in self.frames.items()
                         if any(self.accepts(key, frame) for frame in frames))
