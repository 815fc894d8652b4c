#!/usr/bin/env python3
"""Scores the project on written question sets of other stories, each added to a scratch copy through `bot add`.

usage: python3 scripts/score_sets.py SET_DIR [SET_DIR ...] [--project DIR] [--python PY] [--out DIR]
       [--held NAME,...] [--compare DIR]

A set folder holds articles (NAME.txt with NAME.toml giving its metadata as `bot add` options; NAME.html added with
no options, its NAME.toml saying what the page should yield) and questions.jsonl in the format of the shared
evaluation's dev.jsonl. The seeds' index is built once in a scratch copy of the project; each set gets its own copy
of that, its articles added, its questions asked through `ask --json` and scored with the shared `score.py`. The
answers are written to `--out` (one file a set) so two versions of the code can be compared answer by answer:
`--compare DIR` counts the answers that differ from an earlier run's, and `--held` names the held-out sets, of which
only the summary line and that count are printed (no missed question, no answer).
Python standard library only; the project is never written to.
"""

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {
    ".venv",
    ".index",
    ".index.lock",
    "data",
    ".git",
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    "bench-out",
    "eval",
}
OPTIONS = ("title", "outlet", "published", "author", "url")


def run(cmd: list[str], cwd: str, stdin: str | None = None) -> str:
    """The command's output; a failure stops the run with its error text."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, env=env, timeout=1800)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return done.stdout


def visible_text(path: str) -> str:
    """What a quote from an HTML page may come from: its text without tags, scripts or styles, a block a line."""
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(
        r"(?i)</?(p|h[1-6]|li|div|figcaption|figure|article|header|footer|nav|aside|main|br|time)\b[^>]*>", "\n", raw
    )
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def articles(set_dir: str) -> list[tuple[str, list[str]]]:
    """Each article of a set with the options `bot add` takes for it."""
    out = []
    for name in sorted(os.listdir(set_dir)):
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".html"):
            continue
        options: list[str] = []
        meta_path = os.path.join(set_dir, stem + ".toml")
        if ext == ".txt" and os.path.exists(meta_path):
            with open(meta_path, "rb") as f:
                meta = tomllib.load(f)
            for key in OPTIONS:
                if key in meta:
                    options += [f"--{key}", str(meta[key])]
        out.append((os.path.join(set_dir, name), options))
    return out


def _answer_key(answer: dict) -> tuple:
    """What a reader sees of an answer: whether it abstained or is disputed, and each quote with its side and
    speaker."""
    quotes = tuple((q["text"], q.get("side"), q.get("speaker")) for q in answer.get("quotes", []))
    return answer.get("abstained"), answer.get("disputed"), quotes


def compared(before_path: str, after_path: str, held_out: bool) -> str:
    """How many answers differ between two runs of one set's questions; for a set not held out, each changed
    question with its first quotes before and after."""
    if not os.path.exists(before_path):
        return f"  compare: no earlier answers at {before_path}"
    before = [json.loads(line) for line in open(before_path, encoding="utf-8") if line.strip()]
    after = [json.loads(line) for line in open(after_path, encoding="utf-8") if line.strip()]
    if len(before) != len(after):
        return f"  compare: {len(before)} earlier answers, {len(after)} now: not the same questions"
    changed = [(b, n) for b, n in zip(before, after, strict=True) if _answer_key(b) != _answer_key(n)]
    lines = [f"  compare: {len(changed)} of {len(after)} answers changed"]
    if not held_out:
        for b, n in changed:
            lines.append(f"  --- {n.get('question', '')}")
            for tag, ans in (("before", b), ("after", n)):
                first = [q["text"][:100] for q in ans.get("quotes", [])[:2]]
                lines.append(f"    {tag}: abstained={ans.get('abstained')} disputed={ans.get('disputed')} {first}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--project", default=ROOT)
    ap.add_argument("--python", default=None, help="the project's python (default: PROJECT/.venv/bin/python)")
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    ap.add_argument("--out", default=None, help="folder for each set's answers (SET.jsonl)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch copies (their folder is printed)")
    ap.add_argument(
        "--held",
        default="",
        help="comma-separated names of held-out sets: only their summary line and counts are printed, never a"
        " question or an answer",
    )
    ap.add_argument(
        "--compare",
        default=None,
        help="a folder of earlier answers (another run's --out): how many answers of each set changed, and which"
        " (for sets not held out)",
    )
    a = ap.parse_args()
    held = {h.strip() for h in a.held.split(",") if h.strip()}
    project = os.path.abspath(a.project)
    python = a.python or os.path.join(ROOT, ".venv", "bin", "python")
    tmp = tempfile.mkdtemp(prefix="score-sets-")
    try:
        base = os.path.join(tmp, "base")
        shutil.copytree(project, base, symlinks=True, ignore=lambda d, names: [n for n in names if n in SKIP])
        run([python, "-m", "bot", "index"], base)
        corpus_dir = os.path.join(base, "corpus")
        seeds = [os.path.join(corpus_dir, n) for n in os.listdir(corpus_dir) if n.endswith(".txt")]
        for set_dir in a.sets:
            set_dir = os.path.abspath(set_dir)
            name = os.path.basename(set_dir.rstrip("/"))
            work = os.path.join(tmp, name)
            shutil.copytree(base, work, symlinks=True)
            texts = [open(p, encoding="utf-8").read() for p in seeds]
            for path, options in articles(set_dir):
                run([python, "-m", "bot", "add", path, *options, "--yes"], work)
                texts.append(visible_text(path) if path.endswith(".html") else open(path, encoding="utf-8").read())
            questions = os.path.join(set_dir, "questions.jsonl")
            asked = "".join(json.loads(line)["question"] + "\n" for line in open(questions) if line.strip())
            answers = run([python, "-m", "bot", "ask", "--json"], work, stdin=asked)
            corpus = os.path.join(tmp, name + "-texts")
            os.makedirs(corpus)
            for i, text in enumerate(texts):
                with open(os.path.join(corpus, f"{i}.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
            answers_path = os.path.join(a.out or tmp, name + ".jsonl")
            os.makedirs(os.path.dirname(answers_path), exist_ok=True)
            with open(answers_path, "w", encoding="utf-8") as f:
                f.write(answers)
            scored = subprocess.run(
                [sys.executable, a.score, questions, answers_path, "--corpus", corpus], capture_output=True, text=True
            )
            report = scored.stdout + scored.stderr
            if name in held:  # the summary line alone: a miss line would show a held-out question
                report = "".join(line + "\n" for line in report.splitlines() if not line.startswith("  "))
            print(f"== {name}\n{report}", flush=True)
            if a.compare:
                print(compared(os.path.join(a.compare, name + ".jsonl"), answers_path, name in held), flush=True)
    finally:
        if a.keep:
            print(f"scratch copies kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
