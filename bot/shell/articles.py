"""The shell's `add` (one or more files or URLs, each with a preview; one model load for all), `remove` and
`changes`, over the application service."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from tqdm import tqdm

from bot.app.articles import describe, load_draft
from bot.app.records import RecordsUnavailable
from bot.app.service import Service
from bot.app.storage import records_exist
from bot.config import Config
from index import ingest
from index.errors import CorpusError, EmptyCorpus

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
    ask = not args.yes
    if ask and not sys.stdin.isatty():
        print("Not added: confirm with --yes (no terminal to ask on).")
        return 1
    service = Service(config)
    warm_up = getattr(service.engine.embedder, "warm_up", None)
    if warm_up is not None:
        warm_up()  # the model loads while the index is opened and the pages are read and checked
    try:
        return _add(service, sources, args, ask)
    finally:
        settle = getattr(service.engine.embedder, "settle", None)
        if settle is not None:
            settle()


def _add(service: Service, sources: list[str], args: argparse.Namespace, ask: bool) -> int:
    try:
        service.engine.load(progress=True)  # the index the previews are checked against (built if there is none)
    except EmptyCorpus:
        pass  # the first article: nothing to check it against; the index is built when it is added
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
            preview = service.preview(draft, accepted)
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
        with service.records_open():
            where = service.add(accepted, who_cli(), details)
    except (RecordsUnavailable, CorpusError) as exc:
        print(f"Not added: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    n = len(service.sources())
    print(f"Added {', '.join(where)}; index {service.index_version} now has {n} article{'' if n == 1 else 's'}.")
    return 1 if refused else 0


def cli_remove(config: Config, article_id: str) -> int:
    service = Service(config)
    try:
        with service.records_open():
            kept = service.remove(article_id, who_cli())
    except (RecordsUnavailable, CorpusError) as exc:
        print(f"Not removed: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    print(
        f"Removed {article_id} (kept in {kept}); index {service.index_version} has {len(service.sources())} articles."
    )
    return 0


def cli_changes(config: Config) -> int:
    if not records_exist(config):
        print("No changes recorded yet.")
        return 0
    with Service(config).records_open() as service:
        for at, action, article_id, who, detail in service.changes():
            print(f"{at}  {action:6}  {article_id}  by {who}  {detail}")
    return 0


__all__ = ["cli_add", "cli_changes", "cli_remove"]
