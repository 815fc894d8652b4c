"""How often a follow-up's answer quotes the right sentence, on written conversations
(tests/data/conversations.jsonl: three turns each; a follow-up is right when a quote shown, or who said it, holds
one of its evidence phrases, or, for one that points at a quote ("the second quote"), when it shows that quote
again).

usage: .venv/bin/python scripts/conversations.py [conversations.jsonl]"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def score(path: Path) -> tuple[int, int, list[str]]:
    """(right follow-ups, follow-ups, the ids of the turns missed)."""
    from bot.config import load_config
    from index.cleaning import normalize
    from index.engine import Engine
    from index.followup import conversation

    config = load_config(ROOT / "config.toml")
    engine = Engine(ROOT / "corpus", config.index, config.answer).load()
    right, total, missed = 0, 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        talk = json.loads(line)
        turns = talk["turns"]
        answers = conversation([t["q"] for t in turns], engine.ask)
        for n, (turn, answer) in enumerate(zip(turns, answers, strict=True)):
            if n == 0:
                continue
            total += 1
            # the quotes shown, with who said them (the answer to "who said that?" is the quote's speaker)
            shown = normalize(" ".join(f"{q.speaker or ''} {q.text}" for q in answer.quotes))
            evidence = [normalize(e) for e in turn.get("evidence", [])]
            if "ref" in turn:  # it points at a quote of the answer it follows: that quote, shown again
                before = [a for a in answers[:n] if len(a.quotes) > turn["ref"]]
                ok = bool(before) and len(answer.quotes) == 1 and answer.quotes[0] == before[-1].quotes[turn["ref"]]
            else:
                ok = any(e in shown for e in evidence)
            right += ok
            if not ok:
                missed.append(f"{talk['id']}.{n + 1}")
    return right, total, missed


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "conversations.jsonl"
    right, total, missed = score(path)
    print(f"follow-ups answered with the right sentence: {right}/{total} ({right / total:.0%}); missed: {missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
