"""Every attribution construction: the one table of the ways a candidate can be found.

Each :class:`~quotegraph.attributions.candidate.Candidate` names its construction by id
(``Candidate.construction``); the proposer, the scorer, training and the README's table of
constructions read this table instead of spelling ids, and branch on its properties. The ids
key the ``rule_confidence`` of ``data/scorer.json``: renaming one means retraining.

>>> CONSTRUCTIONS[QUOTE_CUE].learned_source, CONSTRUCTIONS[QUOTE_CUE].scored
(True, False)
>>> sorted(c.id for c in CONSTRUCTIONS.values() if c.beside_tagger)
['claim', 'claim:object', 'remainder']
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Construction:
    """One way of finding an attribution.

    In fast mode: ``scored``, the trained scorer decides on it; ``rule_confidence``, it is
    precise by rule and its confidence is the share of it right in training (the
    ``rule_confidence`` of ``data/scorer.json``, which ``quotegraph train`` writes for every
    such construction); ``learned_source``, the source ranker picks its source. In accurate
    mode: ``beside_tagger``, it is kept where the span tagger found no cue of its own;
    ``inside_tagger``, it is read by rule inside a tagged attribution's content, in accurate
    mode only, with its cue's precision in the cue lexicon for a confidence.
    """

    id: str
    description: str
    scored: bool = False
    rule_confidence: bool = True
    learned_source: bool = False
    beside_tagger: bool = False
    inside_tagger: bool = False


CUE_FRAME = "cue-frame"
CLAIM = "claim"
CLAIM_OBJECT = "claim:object"
REMAINDER = "remainder"
COLON = "colon"
QUOTE_CUE = "quote:cue"
QUOTE_SIGN_OFF = "quote:sign-off"
QUOTE_LEAD_IN = "quote:lead-in"
QUOTE_INHERITED = "quote:inherited"
QUOTE_ALONE = "quote:alone"
REPORT_BEFORE = "report:before"
TAGGER = "tagger"

CONSTRUCTIONS: dict[str, Construction] = {c.id: c for c in (
    Construction(CUE_FRAME, "a cue word and its content through a cue frame of the parse "
                 "(`Lavrov said that ...`, `according to Lavrov, ...`)", scored=True,
                 rule_confidence=False, learned_source=True),
    Construction(CLAIM, "a claim noun and the that-clause after it (`the claims of Western "
                 "partners that ...`)", beside_tagger=True),
    Construction(CLAIM_OBJECT, "a cue verb whose object is such a claim (`recalled the claims of "
                 "... that ...`)", beside_tagger=True),
    Construction(REMAINDER, "a speech verb and the rest of its sentence, as headlines say it "
                 "(`Lavrov says US, allies not seeking ...`)", beside_tagger=True),
    Construction(COLON, "transcript and headline colon style (`PENCE: We will win.`, "
                 "`Merkel to Putin: ...`, `No deal without Ankara: Erdogan`, `Oil cuts weighed - sources`; "
                 "an interview's `A:` answers, the interviewee's, and its lines by surname, `Haugland: ...`, "
                 "or with no marks, a question's paragraph and its answer's)"),
    Construction(QUOTE_CUE, "a quote and a cue word next to it (`\"We will win,\" the senator "
                 "said.`)", learned_source=True),
    Construction(QUOTE_SIGN_OFF, "a quote signed off after a dash (`\"...\" -Geoffrey Starks`)"),
    Construction(QUOTE_LEAD_IN, "a quote opening the paragraph after one that ends in a colon "
                 "(`Lavrov said:`), or opening a sentence after one of its paragraph whose subject "
                 "is a person and that reports no one else's words (`Fenlon was blunt. \"That's "
                 "not what was said.\"`)"),
    Construction(QUOTE_INHERITED, "a cue-less quote, spoken by whoever the attribution before it "
                 "has as source (a headline's quote in single marks: the body's attribution that "
                 "repeats it, `‘We were left in the dark’: ...`)"),
    Construction(QUOTE_ALONE, "a cue-less quote with no attribution before it: no source"),
    Construction(REPORT_BEFORE, "a report made before the one whose content holds it, in the past "
                 "perfect, and its that-clause (`She said the chairman had told her in July that he "
                 "would ...`), or told to the one a quote is of (`\"Gillian told me she had not slept,\" "
                 "he said.`)", rule_confidence=False, inside_tagger=True),
    Construction(TAGGER, "an attribution of the span tagger", rule_confidence=False),
)}
