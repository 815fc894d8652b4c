"""The command line as a user runs it: `python -m bot ask` for people and `ask --json` for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A config like the shipped one, with the index in a temporary folder."""
    tmp = tmp_path_factory.mktemp("cli")
    path = tmp / "config.toml"
    path.write_text(f'[corpus]\ndir = "{ROOT / "corpus"}"\n[index]\ndir = "{tmp / "idx"}"\n', encoding="utf-8")
    return path


def _run(config: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("DISCORD_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_ask_json_keeps_the_contract_and_the_order(config: Path) -> None:
    """One JSON object per input line, in order, with the fields of the contract; a blank line is an error."""
    questions = ["Who called the Russian claim propaganda?", "", "What is the price of Bitcoin?"]
    done = _run(config, "ask", "--json", stdin="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    answers = [json.loads(line) for line in lines]
    assert [a["question"] for a in answers] == questions
    first = answers[0]
    assert first["abstained"] is False and first["quotes"]
    for q in first["quotes"]:
        assert isinstance(q["text"], str) and isinstance(q["score"], float)
        assert set(q["source"]) == {"id", "outlet", "title", "url", "published"}
        assert (ROOT / "corpus" / f"{q['source']['id']}.txt").read_text(encoding="utf-8").find(q["text"]) >= 0
    assert answers[1]["abstained"] is True and answers[1]["quotes"] == [] and "error" in answers[1]
    assert answers[2]["abstained"] is True and answers[2]["quotes"] == []
    assert answers[2]["missing"] == ["Bitcoin"]  # the abstention says what no article mentions
    assert all({"missing", "lacks", "unquoted"} <= set(a) for a in answers)  # every line has the fields of the contract


def test_ask_prints_quotes_with_their_sources(config: Path) -> None:
    """The human form shows the quote, the outlet, the date and the link."""
    done = _run(config, "ask", "What did Pentagon spokesman Eric Pahon say?")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "not coordinating airstrikes" in out
    assert "RFE/RL" in out or "Breitbart" in out
    assert "https://" in out and "2017-01-2" in out


def test_ask_says_plainly_when_the_articles_do_not_answer(config: Path) -> None:
    done = _run(config, "ask", "Write a poem about autumn.")
    assert done.returncode == 0
    assert "The articles don't answer that." in done.stdout


def test_a_bad_config_stops_with_the_key_named(tmp_path: Path) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text("[answer]\nmax_quote = 2\n", encoding="utf-8")
    done = _run(bad, "ask", "Where is al-Bab?")
    assert done.returncode == 1
    assert "[answer] max_quote" in done.stderr and "Traceback" not in done.stderr


def test_report_and_pins_from_the_records(config: Path, tmp_path: Path) -> None:
    """The moderator's report and the pin list read the SQLite records the bot writes."""
    from bot.app.records import Records
    from index.answer import Answer

    db = tmp_path / "pins.sqlite3"
    cfg = tmp_path / "config.toml"
    cfg.write_text(config.read_text() + f'[discord]\npins_db = "{db}"\n', encoding="utf-8")
    records = Records(db).open()
    answered = records.save_answer(Answer("Where is al-Bab?", (), False, index_version="v1"), 1, 2, 3)
    records.save_answer(Answer("What is the price of Bitcoin?", (), True, index_version="v1"), 1, 2, 4)
    records.vote(answered, 5, helpful=False)
    records.record_pin(answered, 77, 2, 1, 9)
    records.close()
    report = _run(cfg, "report", "--days", "3", "--chart", str(tmp_path / "chart.png"))
    assert report.returncode == 0, report.stderr
    gaps = report.stdout.split("no answer")[1]
    assert "What is the price of Bitcoin?" in gaps and "Where is al-Bab?" in report.stdout.split("not helpful")[-1]
    assert (tmp_path / "chart.png").stat().st_size > 1000
    pins = _run(cfg, "pins")
    assert "Where is al-Bab?" in pins.stdout and "index v1" in pins.stdout


def test_ask_json_answers_a_line_of_bad_bytes_with_a_warning(config: Path) -> None:
    """Bytes that are not UTF-8 are replaced, the line is answered with a warning, and the output is valid UTF-8
    (the raw bytes were echoed into "question" before)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "LC_ALL": "C", "LANG": "C"}
    env.pop("DISCORD_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "ask", "--json"],
        input=b"Where is al-Bab?\n\xff\xfeWhere is al-Bab\xe9?\n",
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()  # raises if the output is not UTF-8
    first, second = (json.loads(line) for line in lines)
    assert "warning" not in first and not first["abstained"]
    assert "\ufffd" in second["question"] and "UTF-8" in second["warning"]
    assert not second["abstained"]


def test_ask_json_answers_a_question_as_soon_as_input_pauses(config: Path) -> None:
    """Used as a co-process: one question written, its answer read back before the next is written (the
    answers waited for 32 lines or the end of input before)."""
    import select

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("DISCORD_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for question in ("Where is al-Bab?", "Who is Samuel Oakford?"):
            proc.stdin.write(question.encode() + b"\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 240)  # bounded: the model loads first
            assert ready, f"no answer to {question!r} while the input stays open"
            assert json.loads(proc.stdout.readline())["question"] == question
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.parametrize("command", [["pins"], ["report"], ["changes"]])
def test_a_damaged_records_file_is_one_line(config: Path, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "pins.sqlite3"
    db.write_bytes(b"not a database at all\n" * 300)
    cfg = tmp_path / "config.toml"
    cfg.write_text(config.read_text() + f'[discord]\npins_db = "{db}"\n', encoding="utf-8")
    done = _run(cfg, *command)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and f"the records in {db} can't be opened" in done.stderr


def test_add_and_remove_with_locked_records_change_nothing(tmp_path: Path) -> None:
    """Another process holds the records' write lock: add and remove say so in one line and leave the corpus,
    the index and the change log as they were; once the lock is gone the same add works (no DUPLICATE)."""
    import shutil
    import sqlite3

    from bot.app.records import Records

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    db = tmp_path / "pins.sqlite3"
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[corpus]\ndir = "{corpus}"\n[index]\ndir = "{tmp_path / "idx"}"\n[discord]\npins_db = "{db}"\n',
        encoding="utf-8",
    )
    page = tmp_path / "ferry.txt"
    page.write_text("The ferry to the island stayed in port on Tuesday, the harbour master said.\n", encoding="utf-8")
    assert _run(cfg, "index").returncode == 0
    Records(db).open().close()
    before = sorted(p.name for p in corpus.iterdir())
    index_before = sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "idx").iterdir())
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        add = _run(cfg, "add", str(page), "--outlet", "The Coast Times", "--yes")
        remove = _run(cfg, "remove", "zerohedge-first-joint-mission")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert add.returncode == 1 and remove.returncode == 1
    assert "Traceback" not in add.stderr + remove.stderr
    assert "Not added: the records in" in add.stderr and "database is locked. Nothing was changed." in add.stderr
    assert "Not removed: the records in" in remove.stderr
    assert sorted(p.name for p in corpus.iterdir()) == before
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (tmp_path / "idx").iterdir()) == index_before
    again = _run(cfg, "add", str(page), "--outlet", "The Coast Times", "--yes")
    assert again.returncode == 0 and "DUPLICATE" not in again.stdout and "6 articles" in again.stdout
    changes = _run(cfg, "changes")
    assert changes.stdout.count("  add  ") == 1 and "remove" not in changes.stdout


def test_an_index_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    """The index must be built and its lock file can't be made (a read-only project folder refuses it; here
    a folder stands in its place): one line that says what to do, no traceback."""
    (tmp_path / "idx.lock").mkdir()
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[corpus]\ndir = "{ROOT / "corpus"}"\n[index]\ndir = "{tmp_path / "idx"}"\n', encoding="utf-8")
    done = _run(cfg, "ask", "Where is al-Bab?")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "can't be written" in last and "[index] dir" in last


def test_add_takes_many_articles_in_one_call(tmp_path: Path) -> None:
    """Several files in one `add`: each gets its preview; a missing file, a page already in the corpus and
    the same page given twice are left out with a line each; the rest are added in one index update."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[corpus]\ndir = "{corpus}"\n[index]\ndir = "{tmp_path / "idx"}"\n'
        f'[discord]\npins_db = "{tmp_path / "pins.sqlite3"}"\n',
        encoding="utf-8",
    )
    ferry = tmp_path / "ferry.txt"
    ferry.write_text("The ferry to the island stayed in port on Tuesday, the harbour master said.\n", encoding="utf-8")
    bridge = tmp_path / "bridge.html"
    bridge.write_text(
        "<html><head><title>Bridge reopens</title><meta property='og:site_name' content='The River Post'></head>"
        "<body><article><p>The old bridge reopened to traffic on Thursday after two years of repairs, the city"
        " engineer said at a ceremony.</p><p>Cyclists will have a lane of their own, she added.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    again = tmp_path / "ferry-again.txt"
    again.write_bytes(ferry.read_bytes())
    seed = corpus / "zerohedge-first-joint-mission.txt"
    done = _run(
        cfg,
        "add",
        str(ferry),
        str(tmp_path / "missing.txt"),
        str(bridge),
        str(seed),
        str(again),
        "--outlet",
        "The Coast Times",
        "--yes",
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 1  # some were left out
    assert "missing.txt: no such file" in done.stderr
    assert done.stdout.count("Not added: the corpus has it already.") == 2  # the seed, and the ferry twice
    assert "Added" in done.stdout and "7 articles" in done.stdout
    changes = _run(cfg, "changes").stdout
    assert changes.count("  add  ") == 2
    names = {p.name for p in corpus.iterdir()}
    assert {"ferry.txt", "bridge-reopens.txt"} <= names and "ferry-again.txt" not in names
    # with many pages --outlet fills in what a page lacks (the text file) and leaves what a page says
    assert 'outlet = "The Coast Times"' in (corpus / "ferry.toml").read_text()
    assert 'outlet = "The River Post"' in (corpus / "bridge-reopens.toml").read_text()


def test_watch_once_prints_what_it_would_propose_and_records_nothing(tmp_path: Path) -> None:
    from tests.bot.feed_server import RELEVANT, SPORTS, feed_server, rss

    with feed_server() as server:
        story = server.add("/news/jets.html", RELEVANT)
        sports = server.add("/sport/cup.html", SPORTS)
        feed = server.add("/rss.xml", rss([("Jets pound al-Bab", story), ("Cup final", sports)]), "application/rss+xml")
        db = tmp_path / "pins.sqlite3"
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[corpus]\ndir = "{ROOT / "corpus"}"\n[index]\ndir = "{tmp_path / "idx"}"\n[discord]\npins_db = "{db}"\n'
            f'[feeds]\nurls = ["{feed}", "{server.base}/gone.xml"]\nreview_channel = 1\n',
            encoding="utf-8",
        )
        done = _run(cfg, "watch", "--once")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"PROPOSED    Jets pound al-Bab\n            {story}" in out
    assert f"OFF TOPIC   Cup final\n            {sports}" in out
    assert f"FEED FAILED {server.base}/gone.xml: the site answered 404" in out
    assert "1 off topic, 1 proposed; 1 failed. Nothing was recorded." in out
    from bot.app.records import Records

    records = Records(db).open()
    assert records.unposted_proposals() == [] and records.feed_state(feed)[0] is None
    records.close()


def test_the_first_article_goes_into_an_empty_corpus_and_a_refused_add_prints_no_traceback(tmp_path: Path) -> None:
    """An empty corpus takes its first article through `add` (there is nothing to check it against) and answers
    from it; an add that refuses everything ends with its one line, not with the model library's tracebacks."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[corpus]\ndir = "{corpus}"\n[index]\ndir = "{tmp_path / "idx"}"\n'
        f'[discord]\npins_db = "{tmp_path / "pins.sqlite3"}"\n',
        encoding="utf-8",
    )
    refused = _run(cfg, "add", str(tmp_path / "missing.txt"), "--yes")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "Not added" in refused.stderr and not list(corpus.iterdir())
    ferry = tmp_path / "ferry.txt"
    ferry.write_text("The ferry to the island stayed in port on Tuesday, the harbour master said.\n", encoding="utf-8")
    added = _run(cfg, "add", str(ferry), "--outlet", "The Coast Times", "--yes")
    assert added.returncode == 0 and "Traceback" not in added.stderr, added.stderr
    assert "now has 1 article." in added.stdout
    answer = _run(cfg, "ask", "Where did the ferry stay on Tuesday?")
    assert answer.returncode == 0 and "stayed in port" in answer.stdout
