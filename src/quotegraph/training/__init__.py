"""Training what ships in ``quotegraph/data``: the candidate scorer and source ranker
(:mod:`.scorer`, ``quotegraph train``) and the span tagger (:mod:`.tagger`,
``quotegraph train-tagger``). Needs the ``[train]`` extra; nothing here runs at extraction time.
"""
