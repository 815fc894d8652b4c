"""The shell's `add` (one or more files or URLs, each with a preview; one model load for all), `remove` and
`changes`, over bot.app.articles."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from tqdm import tqdm

from bot.app.articles import add_articles, batch_preview, describe, load_draft, remove_article
from bot.app.records import RecordsUnavailable, opened
from bot.config import Config
from index import ingest
from index.corpus import load_corpus
from index.engine import Engine
from index.errors import CorpusError, IndexNotBuilt
from index.loaded import Index
from index.storage import load

log = logging.getLogger(__name__)


def who_cli() -> str:
    try:
        return "cli:" + getpass.getuser()
    except Exception:
        return "cli"


def cli_add(config: Config, args: argparse.Namespace) -> int:
    """Add one or more articles (files or URLs) in one process: one model load and one index update for
    all. Each gets its preview and its duplicate and reprint check; one that can't be read or is a
    duplicate is left out and the others go on."""
    sources: list[str] = args.source
    if len(sources) > 1 and (args.title or args.url):
        print("--title and --url describe one article: give them with one source at a time.", file=sys.stderr)
        return 2
    engine = Engine(config.corpus_dir, config.index, config.answer)
    warm_up = getattr(engine.embedder, "warm_up", None)
    if warm_up is not None:
        warm_up()  # the model loads while the pages are read and checked
    articles, _ = load_corpus(config.corpus_dir)
    try:  # the built index narrows the duplicate check to the articles sharing words with this one
        built: Index | None = load(config.index.dir, articles)
    except IndexNotBuilt:
        built = None
    ask = not args.yes
    if ask and not sys.stdin.isatty():
        print("Not added: confirm with --yes (no terminal to ask on).")
        return 1
    accepted: list[ingest.Draft] = []
    details: list[dict[str, Any]] = []
    refused = 0
    bar = tqdm(sources, desc="reading", unit="article", disable=len(sources) < 2 or ask, file=sys.stderr)
    for source in bar:
        label = f"[{source}] " if len(sources) > 1 else ""
        try:
            given = {
                "title": args.title,
                "outlet": args.outlet,
                "published": args.published,
                "author": args.author,
                "url": args.url,
            }
            draft = load_draft(source)
            if len(sources) > 1:  # for many pages the options fill in what a page doesn't say, never replace it
                given = {k: v for k, v in given.items() if k not in draft.meta}
            draft = draft.with_meta(**given)
            if "outlet" not in draft.meta:
                raise CorpusError("the page does not say its outlet: give it with --outlet")
            if any(d.id == draft.id for d in accepted):
                raise CorpusError(f"another article of this batch has the id {draft.id!r}; give it a --title")
            draft.article()  # its metadata must be valid before it is offered
            preview = batch_preview(draft, articles, built, accepted)
        except CorpusError as exc:
            tqdm.write(f"{label}Not added: {exc}", file=sys.stderr)
            refused += 1
            continue
        tqdm.write(label + describe(draft, preview).replace("\n", "\n" + " " * len(label)))
        if preview.duplicate_of:
            tqdm.write(f"{label}Not added: the corpus has it already.")
            refused += 1
            continue
        if ask and input("Add this article? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Not added.")
            refused += 1
            continue
        accepted.append(draft)
        details.append({"meta": draft.meta, "reprint_of": preview.reprint_of})
    if not accepted:
        if len(sources) > 1:
            print("Nothing added.")
        return 1
    try:
        with opened(config.discord.pins_db) as records:
            paths = add_articles(
                accepted,
                config.corpus_dir,
                records,
                who_cli(),
                details,
                lambda _: engine.load(progress=True),
                engine.load,
            )
    except (RecordsUnavailable, CorpusError) as exc:
        print(f"Not added: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    added = ", ".join(str(p) for p in paths)
    print(f"Added {added}; index {engine.version} now has {len(engine.sources)} articles.")
    return 1 if refused else 0


def cli_remove(config: Config, article_id: str) -> int:
    engines: list[Engine] = []
    try:
        with opened(config.discord.pins_db) as records:
            kept = remove_article(
                article_id,
                config.corpus_dir,
                config.discord.pins_db.parent / "removed",
                records,
                who_cli(),
                lambda: engines.append(Engine(config.corpus_dir, config.index, config.answer).load()),
            )
    except (RecordsUnavailable, CorpusError) as exc:
        print(f"Not removed: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    engine = engines[-1]
    print(f"Removed {article_id} (files kept in {kept}); index {engine.version} has {len(engine.sources)} articles.")
    return 0


def cli_changes(config: Config) -> int:
    if not config.discord.pins_db.exists():
        print("No changes recorded yet.")
        return 0
    with opened(config.discord.pins_db) as records:
        for at, action, article_id, who, detail in records.changes():
            print(f"{at}  {action:6}  {article_id}  by {who}  {detail}")
    return 0


__all__ = ["cli_add", "cli_changes", "cli_remove"]
