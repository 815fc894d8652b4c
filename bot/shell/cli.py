"""The command line: build the index, ask questions (for people or as JSON), a console, and running the bot."""

from __future__ import annotations

import argparse
import json
import logging
import os
import select
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from bot.app.records import RecordsUnavailable
from bot.app.service import Service
from bot.app.storage import engine_for, records_exist
from bot.config import Config, load_config, token_from_env
from bot.render import answer_text, sources_text, timeline_text
from index.answer import Answer
from index.errors import CoreError, EmptyQuestion, QuestionTooLong

log = logging.getLogger(__name__)


def _json_line(question: str, result: Answer | Exception, warning: str | None = None) -> str:
    if isinstance(result, Exception):
        payload = {
            "question": question,
            "abstained": True,
            "disputed": False,
            "missing": [],
            "lacks": "",
            "unquoted": "",
            "quotes": [],
            "more": [],
            "error": str(result),
        }
    else:
        payload = result.as_json()
    if warning:
        payload["warning"] = warning
    return json.dumps(payload, ensure_ascii=False)


BAD_UTF8 = "the line was not valid UTF-8; the bytes that were not were replaced by \ufffd"


def _lines(stdin: Iterable[str | bytes]) -> Iterator[tuple[str, str | None]]:
    """Each input line without its line end, and a warning when its bytes were not valid UTF-8 (replaced, so the
    question is still answered and the output stays valid UTF-8)."""
    for line in stdin:
        if isinstance(line, bytes):
            try:
                text, warning = line.decode("utf-8"), None
            except UnicodeDecodeError:
                text, warning = line.decode("utf-8", errors="replace"), BAD_UTF8
        else:
            text, warning = line, None
        yield text.rstrip("\r\n"), warning


PAUSE = object()  # in a stream of input lines: nothing more has arrived for now
# Questions of a file answered together (fewer if input pauses): 312 questions took 3.85 ms each in batches of 32,
# 3.36 ms in batches of 128 (texts of the same length batch together, split over more threads); the first answer
# of a long file waits for 128 (about half a second).
JSON_BATCH = 128


def ask_json(
    answer_many: Callable[[list[str]], list[Answer | Exception]],
    stdin: Iterable[str | bytes | object],
    stdout: TextIO,
    batch: int = JSON_BATCH,
) -> int:
    """One JSON answer per input line, in order; questions are embedded in batches of up to `batch`. `stdin`
    yields text lines, or bytes (standard input read raw, decoded here), and PAUSE where input paused: what has
    arrived is answered then, so a program that writes one question and waits gets its answer."""
    pending: list[tuple[str, str | None]] = []

    def flush() -> None:
        results = answer_many([q for q, _ in pending])
        for (q, warning), result in zip(pending, results, strict=True):
            stdout.write(_json_line(q, result, warning) + "\n")
        stdout.flush()
        pending.clear()

    for item in stdin:
        if item is PAUSE:
            if pending:
                flush()
            continue
        assert isinstance(item, str | bytes)
        pending.extend(_lines([item]))
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return 0


def raw_lines(fd: int) -> Iterator[bytes | object]:
    """The lines of a file descriptor as bytes, with PAUSE whenever no more input is waiting: a reader that
    answers at each pause serves a co-process question by question and a file in batches."""
    buffer = b""
    waiting = False  # lines were yielded since the last pause
    while True:
        if waiting and not select.select([fd], [], [], 0)[0]:
            yield PAUSE
            waiting = False
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            yield line
            waiting = True
    if buffer:
        yield buffer


def console(service: Service, stdin: TextIO, stdout: TextIO) -> int:
    """An interactive prompt that answers the way the bot does. Ctrl-D or 'quit' ends it."""
    interactive = stdin.isatty()
    stdout.write(
        f"Answering from {len(service.sources())} articles (index {service.index_version}). "
        "Ask a question; 'sources' lists the articles; Ctrl-D to quit.\n"
    )
    while True:
        if interactive:
            stdout.write("\n? ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if question.lower() in ("quit", "exit"):
            break
        if question.lower() == "sources":
            stdout.write(sources_text(service.sources()))
            continue
        if not question:
            continue
        try:
            stdout.write(answer_text(service.answer(question)) + "\n")
        except (EmptyQuestion, QuestionTooLong) as exc:
            stdout.write(f"Sorry: {exc}.\n\n")
        stdout.flush()
    return 0


def list_pins(config: Config) -> int:
    """Print the pin records, oldest first."""

    if not records_exist(config):
        print(f"No pins recorded yet ({config.discord.pins_db} does not exist).")
        return 0
    with Service(config).records_open() as service:
        pins = service.pins()
    if not pins:
        print("No pins recorded yet.")
    for p in pins:
        print(f"{p.pinned_at}  index {p.index_version}  pinned by {p.pinned_by} in channel {p.channel_id}")
        print(f"  Q: {p.question}")
        for q in p.quotes:
            print(f"  > {q['text'][:150]}{'...' if len(q['text']) > 150 else ''}  ({q['source']['outlet']})")
    return 0


def cli_report(config: Config, days: int, chart: Path | None) -> int:
    from bot.app.report import report_chart, report_text

    if not records_exist(config):
        print("Nothing recorded yet: the report counts what members asked the bot in Discord.")
        return 0
    with Service(config).records_open() as service:
        report = service.report(days)
    print(report_text(report), end="")
    if chart is not None:
        image = report_chart(report)
        if image:
            chart.write_bytes(image)
            print(f"chart: {chart}")
    return 0


def cli_watch(config: Config, once: bool) -> int:
    """What the feed watcher would propose now: every feed read once, nothing recorded or posted."""
    from bot.app.feeds import Watcher
    from bot.app.records import opened

    if not config.feeds.urls:
        print("No feeds to watch: list them in config.toml, [feeds] urls = [...] (see README).", file=sys.stderr)
        return 1
    if not once:
        print("The bot watches the feeds while it runs (python -m bot run); --once shows what it would propose now.")
        return 2
    engine = engine_for(config).load()
    with opened(config.discord.pins_db) as records:
        outcomes, failures = Watcher(config.feeds, engine, records).check(dry_run=True, feeds=list(config.feeds.urls))
    for o in outcomes:
        print(
            f"{o.status.upper():10}  {o.item.title or o.item.link}\n            {o.item.link}\n            {o.detail}"
        )
    for f in failures:
        print(f"FEED FAILED {f.url}: {f.error}")
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing new"
    print(f"{len(config.feeds.urls)} feed(s) read: {summary}; {len(failures)} failed. Nothing was recorded.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    p.add_argument("--config", type=Path, default=None, help="settings file (default: ./config.toml if present)")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = p.add_subparsers(dest="command")
    b = sub.add_parser("index", help="build the index (or bring it up to date)")
    b.add_argument("--force", action="store_true", help="rebuild even if it is up to date")
    a = sub.add_parser("ask", help="answer one question, or questions from standard input with --json")
    a.add_argument("question", nargs="?", help="the question (omit with --json)")
    a.add_argument("--json", action="store_true", help="read questions from stdin, one per line; write JSON lines")
    sub.add_parser("console", help="an interactive console that answers like the bot")
    sub.add_parser("sources", help="list the articles")
    sub.add_parser("timeline", help="the dated events the articles report, in order")
    sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN in the environment)")
    sub.add_parser("pins", help="the pinned answers on record: who pinned what, when, on which index")
    add = sub.add_parser(
        "add", help="add articles from .txt or .html files or URLs (a preview each, then confirm; one index update)"
    )
    add.add_argument("source", nargs="+", help="file paths or http(s) URLs")
    add.add_argument("--title")
    add.add_argument("--outlet")
    add.add_argument("--published", help="YYYY-MM-DD")
    add.add_argument("--author")
    add.add_argument("--url")
    add.add_argument("--yes", action="store_true", help="add without asking after the preview")
    watch = sub.add_parser("watch", help="read the feeds in [feeds] and print what would be proposed")
    watch.add_argument("--once", action="store_true", help="read every feed now, once, and change nothing")
    rm = sub.add_parser(
        "remove",
        help="take an article out of the corpus (kept: its files in data/removed/, or marked removed in the database)",
    )
    rm.add_argument("article_id")
    sub.add_parser("changes", help="who added or removed which article, and when")
    rep = sub.add_parser("report", help="most asked questions, gaps in the corpus, answers voted not helpful")
    rep.add_argument("--days", type=int, default=7)
    rep.add_argument("--chart", type=Path, help="also write the chart of questions a day to this PNG file")
    db = sub.add_parser("db", help="the PostgreSQL database of [storage] database_url: create, migrate, import, export")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("init", help="create the schema (on an empty database)")
    db_sub.add_parser("migrate", help="bring the schema up to this version's")
    imp = db_sub.add_parser("import", help="copy the SQLite records and the corpus folder into the database")
    imp.add_argument("--records", type=Path, help="the records file (default: [discord] pins_db)")
    imp.add_argument("--corpus", type=Path, help="the articles folder (default: [corpus] dir)")
    exp = db_sub.add_parser("export", help="write the database's records and articles to files")
    exp.add_argument("to", type=Path, help="an empty folder: pins.sqlite3 and corpus/ are written there")
    bench = sub.add_parser("bench", help="measure speed and scale (writes bench.json and latency.png)")
    bench.add_argument("--out", type=Path, default=Path("bench-out"))
    bench.add_argument("--sizes", default="1000,10000,100000", help="chunk counts of the synthetic corpora")
    bench.add_argument("--questions", type=int, default=31, help="questions for the latency figures")
    bench.add_argument("--throughput", type=int, default=512, help="questions per throughput level")
    bench.add_argument("--adds", type=int, default=8, help="articles added from the shell, in one call and one by one")
    bench.add_argument(
        "--database",
        default="",
        help="a PostgreSQL server (postgresql://...) to measure the storage figures on, in a scratch database"
        " (default: DATABASE_URL); everything else is measured on files",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("sentence_transformers", "transformers", "httpx", "faiss"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    config_path = args.config or (Path("config.toml") if Path("config.toml").exists() else None)
    try:
        config = load_config(config_path)
        command = args.command or ("run" if token_from_env() else "console")
        if command == "pins":
            return list_pins(config)
        if command == "report":
            return cli_report(config, args.days, args.chart)
        if command in ("add", "remove", "changes"):
            from bot.shell.articles import cli_add, cli_changes, cli_remove

            if command == "add":
                return cli_add(config, args)
            if command == "remove":
                return cli_remove(config, args.article_id)
            return cli_changes(config)
        if command == "db":
            from bot.shell.db import cli_db

            return cli_db(config, args)
        if command == "watch":
            return cli_watch(config, args.once)
        if command == "bench":
            from bot.shell.bench import run_bench

            sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
            return run_bench(config, args.out, sizes, args.questions, args.throughput, max(1, args.adds), args.database)
        if command == "run":
            from bot.discord_edge.client import run_bot

            return run_bot(config)
        engine = engine_for(config)
        if command == "index":
            if args.force:
                import shutil

                shutil.rmtree(config.index.dir, ignore_errors=True)
            engine.load(progress=True)
            m = engine.index.manifest
            print(
                f"index {m.version}: {m.n_chunks} chunks, {m.n_sentences} sentences, "
                f"{m.index_type} search, model {m.model}, in {config.index.dir}"
            )
            return 0
        engine.load()
        service = Service(config, engine)  # the product's verbs; the shell prints what they give
        if command == "sources":
            sys.stdout.write(sources_text(service.sources()))
            return 0
        if command == "timeline":
            events, speaker_of = service.timeline()
            sys.stdout.write(timeline_text(events, lambda e: speaker_of(e.sentence)))
            return 0
        if command == "console":
            return console(service, sys.stdin, sys.stdout)
        if command == "ask":
            if args.json:
                # Raw bytes in, UTF-8 out, whatever the locale: a line of bad bytes is answered with a warning.
                sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
                return ask_json(service.answer_many, raw_lines(sys.stdin.fileno()), sys.stdout)
            if not args.question:
                print("ask: give a question, or --json to read questions from standard input", file=sys.stderr)
                return 2
            try:
                sys.stdout.write(answer_text(service.answer(args.question)))
            except (EmptyQuestion, QuestionTooLong) as exc:
                print(f"Sorry: {exc}.", file=sys.stderr)
                return 2
            return 0
    except CoreError as exc:
        log.error("%s", exc)
        return 1
    except RecordsUnavailable as exc:
        print(f"{exc}.", file=sys.stderr)
        return 1
    return 0
