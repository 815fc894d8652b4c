"""Speaker accuracy against the hand labels in tests/data/speakers.json, over every labelled sentence.

usage: .venv/bin/python scripts/speaker_accuracy.py [--answers ANSWERS.jsonl]
With --answers, also scores the speakers of the quotes in `ask --json` output (each quote by its opening words).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.attribution import speakers  # noqa: E402
from index.chunking import article_sentences  # noqa: E402
from index.corpus import load_corpus  # noqa: E402
from index.nlp import parse  # noqa: E402


def labelled(labels: dict[str, dict[str, list[str]]], article_id: str, text: str) -> list[str] | None:
    for prefix, ok in labels.get(article_id, {}).items():
        if text.startswith(prefix):
            return ok
    return None


def right(speaker: str, ok: list[str]) -> bool:
    return any(o.lower() in speaker.lower() for o in ok)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=Path)
    args = ap.parse_args()
    labels = json.loads((ROOT / "tests" / "data" / "speakers.json").read_text(encoding="utf-8"))
    articles, _ = load_corpus(ROOT / "corpus")
    total = good = unlabelled = 0
    for article in articles:
        sents = article_sentences(article)
        for s, who in zip(sents, speakers(article, sents, list(parse(s.text for s in sents))), strict=True):
            ok = labelled(labels, article.id, s.text)
            if ok is None:
                unlabelled += 1
                continue
            total += 1
            if right(who, ok):
                good += 1
            else:
                print(f"  wrong: [{who}] expected {ok}: {s.text[:80]}")
    print(f"sentences: {good}/{total} right ({good / max(total, 1):.2f}); {unlabelled} unlabelled")
    if args.answers:
        qt = qg = 0
        for line in args.answers.read_text(encoding="utf-8").splitlines():
            for q in json.loads(line).get("quotes", []):
                ok = labelled(labels, q["source"]["id"], q["text"])
                if ok is None:
                    continue
                qt += 1
                qg += right(q.get("speaker") or "", ok)
        print(f"quotes in answers: {qg}/{qt} right ({qg / max(qt, 1):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
