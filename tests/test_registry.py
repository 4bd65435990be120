"""The construction registry is the one list of constructions: the shipped scorer gives each a
confidence, the README's table describes each as the registry does, no module spells an id of
its own, and candidates carry registry ids, with a cue frame only when found through one."""
import ast
from pathlib import Path

import pytest

from quotegraph.attributions import find_attributions
from quotegraph.attributions.registry import (CLAIM, CLAIM_OBJECT, COLON, CONSTRUCTIONS, CUE_FRAME,
                                              QUOTE_INHERITED, TAGGER)
from quotegraph.attributions.scorer import CandidateScorer

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLE = README.split("### Constructions", 1)[1].split("\n### ", 1)[0]


def readme_rows() -> dict[str, list[str]]:
    """The README's construction table: id -> its other cells."""
    rows = {}
    for line in TABLE.splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip("|").split(" | ")]
            rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_every_construction_is_scored_by_one_thing():
    """The scorer decides a cue frame, the tagger calibrates its own, what is read inside a
    tagged report takes its cue's precision, and the shipped ``rule_confidence`` holds every
    other construction, and nothing else."""
    scorer = CandidateScorer.load()
    for c in CONSTRUCTIONS.values():
        assert [c.scored, c.rule_confidence, c.id == TAGGER or c.inside_tagger].count(True) == 1, c.id
    assert set(scorer.rule_confidence) == {c.id for c in CONSTRUCTIONS.values() if c.rule_confidence}


def test_the_readme_describes_every_construction_as_the_registry_does():
    rows = readme_rows()
    assert set(rows) == set(CONSTRUCTIONS)
    for id, (description, fast, accurate) in rows.items():
        c = CONSTRUCTIONS[id]
        assert description == c.description, f"README's row for {id}"
        assert fast.startswith("scorer") == c.scored, f"README's row for {id}"
        assert fast.startswith("share right in training") == c.rule_confidence, f"README's row for {id}"
        assert ("ranker" in fast) == c.learned_source, f"README's row for {id}"
        assert (accurate == "kept where the tagger has no cue") == c.beside_tagger, f"README's row for {id}"
        assert (accurate == "read by rule inside a tagged report") == c.inside_tagger, f"README's row for {id}"


@pytest.mark.parametrize("path", sorted((ROOT / "src").rglob("*.py")), ids=lambda p: p.name)
def test_no_module_spells_a_construction_id(path):
    if path.name == "registry.py":
        return
    strings = {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert not strings & set(CONSTRUCTIONS), f"{path.name} spells {strings & set(CONSTRUCTIONS)}"


def test_candidates_carry_a_registry_id_and_a_frame_only_from_a_cue_frame(fast_extractor):
    text = ("PENCE: We will win the debate.\n"
            "Lavrov said that the talks had failed.\n"
            "Moscow rejected the claims of Western partners that there are no terrorists in Aleppo.\n"
            "\"It was a good day.\"\n")
    candidates = [c for _, windows in fast_extractor.parse_many([("t", text)]) for window, docs in windows
                  for c in find_attributions(window, docs, fast_extractor.lexicon)]
    assert {COLON, CUE_FRAME, CLAIM, CLAIM_OBJECT, QUOTE_INHERITED} <= {c.construction for c in candidates}
    for c in candidates:
        assert c.construction in CONSTRUCTIONS
        assert bool(c.frame) == (c.construction == CUE_FRAME)
        assert c.found_by == (c.frame or c.construction)
