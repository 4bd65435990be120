"""Propose pairs for the statement gold: same-speaker reports across outlets, ranked by shared words.

Reads the PolNeAR gold attributions (train + dev, first ``.ann`` file of each article) whose Source
span is a speaker's name (with an optional title or first name, see ``NAMES``; pronoun sources are
left out) and whose content has at least five words. Every pair of them by the same speaker, in
articles of two different outlets dated (by file name) within 14 days, is scored by the share of
rare words they have in common: the idf weight of the shared words over the smaller side's total
(words of three letters or more, stop words left out, idf over all the attributions kept).

Prints the pairs not yet in ``data/statements-polnear.json`` (in either order), best first, one JSON
line each with the score, the speaker and both sides' article and content offsets, ready for a
person to read and label by the rules of ``docs/statement-gold.md`` (the labels live only in the
gold file). ``--show`` adds each side's content (from the article text, not stored anywhere) to
read; the speaker still has to be checked in the article (a "Clinton" may be Bill Clinton).

    PYTHONPATH=src python benchmarks/statement_candidates.py [--data DIR ...] [--min-score 0.3]
        [--limit N] [--show]
"""
from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from datetime import date
from pathlib import Path

from quotegraph.evaluate import load_gold
from quotegraph.evaluate.statements import load_statement_gold

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/polnear"
WINDOW_DAYS = 14

NAMES = {
    "Donald Trump": r"(?:(?:Mr\.|Donald|Donald J\.|President-elect|Republican nominee|GOP nominee)\s+)*Trump",
    "Hillary Clinton": r"(?:(?:Mrs\.|Secretary|Hillary|Hillary Rodham|Democratic nominee"
                       r"|former Secretary of State)\s+)*(?:Hillary\s+)?Clinton",
    "Barack Obama": r"(?:(?:President|Mr\.|Barack)\s+)*Obama",
    "Bernie Sanders": r"(?:(?:Sen\.|Senator|Mr\.|Bernie|Vermont Sen\.)\s+)*Sanders",
    "Mike Pence": r"(?:(?:Gov\.|Governor|Mr\.|Mike|Indiana Gov\.)\s+)*Pence",
    "Tim Kaine": r"(?:(?:Sen\.|Senator|Mr\.|Tim|Virginia Sen\.)\s+)*Kaine",
    "James Comey": r"(?:(?:FBI Director|Director|Mr\.|James|FBI director)\s+)*Comey",
    "Ted Cruz": r"(?:(?:Sen\.|Senator|Mr\.|Ted|Texas Sen\.)\s+)*Cruz",
    "Marco Rubio": r"(?:(?:Sen\.|Senator|Mr\.|Marco)\s+)*Rubio",
    "Paul Ryan": r"(?:(?:Speaker|House Speaker|Mr\.|Paul)\s+)*Ryan",
    "John Kasich": r"(?:(?:Gov\.|Mr\.|John|Ohio Gov\.)\s+)*Kasich",
}
STOP = set("the a an and or of to in on for is are was were be been it that this with as at by from "
           "he she they we i you his her their our my your not but have has had will would can could "
           "do does did so if what who which there than then them me us its it's just about all more "
           "no".split())


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in STOP and len(w) > 2}


def reports(directories) -> list[dict]:
    """The name-sourced gold attributions of at least five words, with their speaker."""
    rows = []
    for directory in directories:
        for article in load_gold(directory):
            outlet, day = article.name.split("_")[:2]
            for attribution in article.attributions:
                if not attribution.source or not attribution.content:
                    continue
                source = " ".join(article.text[s:e] for s, e in attribution.source).strip()
                text = " ".join(article.text[s:e] for s, e in attribution.content)
                speaker = next((n for n, p in NAMES.items() if re.fullmatch(p, source)), None)
                if speaker and len(re.findall(r"\w+", text)) >= 5:
                    rows.append(dict(article=article.name, outlet=outlet, date=date.fromisoformat(day),
                                     speaker=speaker, content=[list(s) for s in attribution.content],
                                     text=text, words=words(text)))
    return rows


def candidates(rows: list[dict]) -> list[tuple[float, dict, dict]]:
    """Every same-speaker cross-outlet pair within the window, best score first."""
    df = Counter(w for r in rows for w in r["words"])
    idf = {w: math.log(len(rows) / c) for w, c in df.items()}
    pairs = []
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a["speaker"] != b["speaker"] or a["outlet"] == b["outlet"]:
                continue
            if abs((a["date"] - b["date"]).days) > WINDOW_DAYS:
                continue
            total = min(sum(idf[w] for w in a["words"]), sum(idf[w] for w in b["words"])) or 1
            pairs.append((sum(idf[w] for w in a["words"] & b["words"]) / total, a, b))
    pairs.sort(key=lambda p: -p[0])
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=[str(POLNEAR / "train"), str(POLNEAR / "dev")])
    parser.add_argument("--min-score", type=float, default=0.3, help="lowest score printed")
    parser.add_argument("--limit", type=int, default=0, help="print at most N pairs (0: all)")
    parser.add_argument("--show", action="store_true", help="print each side's content too")
    args = parser.parse_args()
    gold = {frozenset({(p.a.article, p.a.content), (p.b.article, p.b.content)})
            for p in load_statement_gold()}
    shown = 0
    for score, a, b in candidates(reports(args.data)):
        if score < args.min_score or (args.limit and shown >= args.limit):
            break
        key = frozenset({(a["article"], tuple(map(tuple, a["content"]))),
                         (b["article"], tuple(map(tuple, b["content"])))})
        if key in gold:
            continue
        shown += 1
        print(json.dumps({"score": round(score, 3), "speaker": a["speaker"],
                          "a": {"article": a["article"], "content": a["content"]},
                          "b": {"article": b["article"], "content": b["content"]}}))
        if args.show:
            for side in (a, b):
                print(f"  {side['outlet']} {side['date']}: {side['text'][:400]!r}")


if __name__ == "__main__":
    main()
