"""Training what ships in ``quotegraph/data``: the cue lexicon (:mod:`.lexicon`,
``quotegraph build-cues``), the candidate scorer and source ranker (:mod:`.scorer`,
``quotegraph train``) and the span tagger (:mod:`.tagger`, ``quotegraph train-tagger``). The
scorer and the tagger need the ``[train]`` extra; nothing here runs at extraction time.
"""
