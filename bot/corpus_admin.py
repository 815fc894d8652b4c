"""Moderators' corpus changes: fetching a page, adding and removing an article all-or-nothing (the files, the
index and the change record, or none of them), for the bot and the command line; and the command line's add
(with a preview), remove and change log."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import http.client
import logging
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, Any

from tqdm import tqdm

from bot.config import Config
from bot.records import Records, RecordsUnavailable, opened
from index import ingest
from index.corpus import Article, load_corpus
from index.engine import Engine
from index.errors import CorpusError, IndexNotBuilt
from index.loaded import Index
from index.storage import load

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 10  # seconds one read may wait for the next bytes (and a stop waits at most)
FETCH_DEADLINE = 60.0  # seconds the whole page may take: a server trickling bytes is cut off, not waited on


def fetch(url: str, deadline: float = FETCH_DEADLINE, stop: threading.Event | None = None) -> bytes:
    """The page at an http(s) URL, at most ingest.MAX_BYTES, within `deadline` seconds in all (blocking: the bot
    runs it in a thread, and sets `stop` to end it early). CorpusError when it is not http(s), too slow,
    stopped or unreachable."""
    return fetch_if_changed(url, None, None, deadline, stop).body


@dataclasses.dataclass(frozen=True)
class Fetched:
    """A page, with what its server said to ask next time whether it changed."""

    body: bytes
    etag: str | None = None
    modified: str | None = None
    changed: bool = True  # False: the server answered 304, nothing new since the ETag or date given


def fetch_if_changed(
    url: str,
    etag: str | None,
    modified: str | None,
    deadline: float = FETCH_DEADLINE,
    stop: threading.Event | None = None,
) -> Fetched:
    """As `fetch`, asking the server to answer 304 when nothing changed since `etag` or `modified`."""
    if not url.startswith(("http://", "https://")):
        raise CorpusError("only http and https addresses can be fetched")
    headers = {"User-Agent": "article-quote-bot (corpus update)"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        return _download(request, deadline, stop)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(b"", etag, modified, changed=False)
        reason = (str(exc.reason).splitlines() or [""])[0]  # a redirect loop explains itself over lines
        raise CorpusError(f"the site answered {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise CorpusError(f"cannot reach {urllib.parse.urlsplit(url).hostname}: {exc.reason}") from None
    except TimeoutError:
        raise CorpusError(f"the site sent nothing for {FETCH_TIMEOUT} s") from None
    except (OSError, http.client.HTTPException) as exc:
        raise CorpusError(f"the page could not be read: {exc}") from None


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s) addresses: a page may not send the fetch to ftp: or file:."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise CorpusError(f"the page redirects to an address that is not http(s): {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def _download(request: urllib.request.Request, deadline: float, stop: threading.Event | None) -> Fetched:
    end = time.monotonic() + deadline
    chunks: list[bytes] = []
    size = 0
    with _OPENER.open(request, timeout=min(FETCH_TIMEOUT, deadline)) as response:
        while size <= ingest.MAX_BYTES:
            if time.monotonic() > end:
                raise CorpusError(f"the page took longer than {deadline:g} s to download; try again later")
            if stop is not None and stop.is_set():
                raise CorpusError("the bot is stopping; the page was not fetched")
            # read1: what has arrived (one read of the socket), so the deadline is checked between pieces
            piece: bytes = response.read1(min(65536, ingest.MAX_BYTES + 1 - size))
            if not piece:
                break
            chunks.append(piece)
            size += len(piece)
        return Fetched(b"".join(chunks), response.headers.get("ETag"), response.headers.get("Last-Modified"))


def load_draft(source: str) -> ingest.Draft:
    if source.startswith(("http://", "https://")):
        return ingest.draft_from(fetch(source), source.rsplit("/", 1)[-1] or "page.html", url=source)
    path = Path(source)
    if not path.is_file():
        raise CorpusError(f"{source}: no such file")
    return ingest.draft_from(path.read_bytes(), path.name)


def describe(draft: ingest.Draft, preview: ingest.Preview) -> str:
    lines = [f"id: {draft.id}"]
    lines += [f"{k}: {v}" for k, v in sorted(draft.meta.items())]
    lines.append(f"quotable sentences: {preview.sentences}")
    for s in preview.first_sentences:
        lines.append(f"  > {s[:140]}")
    if preview.dropped:
        lines.append(f"left out as page furniture: {len(preview.dropped)}")
        lines += [f"  - {d}" for d in preview.dropped[:8]]
    if preview.duplicate_of:
        lines.append(f"DUPLICATE: this is the article already in the corpus as {preview.duplicate_of!r}")
    elif preview.reprint_of:
        lines.append(f"REPRINT: {preview.reprint_share:.0%} of its sentences repeat {preview.reprint_of!r}")
    return "\n".join(lines)


def add_articles(
    drafts: Sequence[ingest.Draft],
    corpus_dir: Path,
    records: Records,
    who: str,
    details: Sequence[dict[str, Any]],
    update_index: Callable[[list[Path]], object],
    undo_index: Callable[[], object],
) -> list[Path]:
    """Write the articles, bring the index up to date once for all of them and record each change, or, when
    any step fails, none of it: the files written are taken back out and `undo_index` runs. The records are
    asked first, so an unwritable records file changes nothing at all. Raises CorpusError, RecordsUnavailable
    or the index's error."""
    records.check_writable()
    paths: list[Path] = []
    try:
        for draft in drafts:
            paths.append(ingest.write(draft, corpus_dir))
        update_index(paths)
        records.record_changes([("add", d.id, who, detail) for d, detail in zip(drafts, details, strict=True)])
    except BaseException:
        for path in paths:
            ingest.unwrite(path.stem, corpus_dir)
        if paths:
            _undo(undo_index)
        raise
    return paths


def remove_article(
    article_id: str, corpus_dir: Path, keep_dir: Path, records: Records, who: str, update_index: Callable[[], object]
) -> Path:
    """Take the article out (its files kept in `keep_dir`), update the index and record the change, or none of
    them: on a failure the files go back and the index is brought back to them."""
    records.check_writable()
    kept = ingest.remove(article_id, corpus_dir, keep_dir)
    try:
        update_index()
        records.record_change("remove", article_id, who, {"kept_in": str(kept)})
    except BaseException:
        ingest.restore(kept, corpus_dir)
        _undo(update_index)
        raise
    return kept


def _undo(update_index: Callable[[], object]) -> None:
    try:
        update_index()
    except Exception:  # the next start rebuilds from the files, which are back as they were
        log.exception("bringing the index back after a failed change failed")


def who_cli() -> str:
    try:
        return "cli:" + getpass.getuser()
    except Exception:
        return "cli"


def batch_preview(
    draft: ingest.Draft, articles: list[Article], built: Index | None, earlier: list[ingest.Draft]
) -> ingest.Preview:
    """The preview of one article of several added at once: checked against the corpus and against the
    articles before it in the same batch (the same page given twice is a duplicate too)."""
    preview = ingest.preview(draft, articles, built)
    if preview.duplicate_of or not earlier:
        return preview
    within = ingest.preview(draft, [d.article() for d in earlier], None)
    if within.duplicate_of or (within.reprint_of and not preview.reprint_of):
        return within
    return preview


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


__all__ = [
    "Fetched",
    "fetch_if_changed",
    "add_articles",
    "batch_preview",
    "cli_add",
    "cli_changes",
    "cli_remove",
    "describe",
    "load_draft",
    "remove_article",
]
