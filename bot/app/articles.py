"""Adding and removing articles, for every edge (Discord, feeds, the shell): fetching a page (web addresses only,
within a deadline), reading a draft and its preview, and adding or removing all-or-nothing (the files, the
index and the change record, or none of them)."""

from __future__ import annotations

import dataclasses
import http.client
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, Any, Protocol, runtime_checkable

from bot.app.records import ChangeLog
from bot.app.records.interfaces import Change
from index import ingest
from index.article_store import ArticleSource, ArticleStore
from index.corpus import Article
from index.errors import CorpusError
from index.loaded import Index

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


@runtime_checkable
class RecordedArticles(ArticleSource, Protocol):
    """An article store that keeps the change log itself (a database every process shares): an article, its
    change record and the notice to the other processes commit together, and can be taken back together."""

    def add_recorded(self, drafts: list[ingest.Draft], changes: list[Change]) -> list[str]: ...

    def undo_added(self, article_ids: list[str]) -> None: ...

    def remove_recorded(self, article_id: str, change: Change) -> str: ...

    def undo_removed(self, article_id: str) -> None: ...


def add_articles(
    drafts: Sequence[ingest.Draft],
    store: ArticleSource,
    records: ChangeLog,
    who: str,
    details: Sequence[dict[str, Any]],
    update_index: Callable[[list[str]], object],
    undo_index: Callable[[], object],
) -> list[str]:
    """Put the articles in the store, bring the index up to date once for all of them and record each
    change, or, when any step fails, none of it: the articles put are taken back out and `undo_index` runs.
    The records are asked first, so unwritable records change nothing at all. Returns where each article
    went. Raises CorpusError, RecordsUnavailable or the index's error.

    A store that keeps the change log itself (RecordedArticles) commits the articles and their records in one
    transaction first; if this process's index then can't take them, that transaction is taken back."""
    if isinstance(store, RecordedArticles):
        ids = [d.id for d in drafts]
        where = store.add_recorded(list(drafts), [("add", d.id, who, x) for d, x in zip(drafts, details, strict=True)])
        try:
            update_index(ids)
        except BaseException:
            store.undo_added(ids)
            _undo(undo_index)
            raise
        return where
    store = _writable(store)
    records.check_writable()
    put: list[str] = []
    try:
        where = []
        for draft in drafts:
            where.append(store.put(draft))
            put.append(draft.id)
        update_index(put)
        records.record_changes([("add", d.id, who, detail) for d, detail in zip(drafts, details, strict=True)])
    except BaseException:
        for article_id in put:
            store.take_back(article_id)
        if put:
            _undo(undo_index)
        raise
    return where


def remove_article(
    article_id: str, store: ArticleSource, records: ChangeLog, who: str, update_index: Callable[[], object]
) -> str:
    """Withdraw the article (the store keeps it; returns where), update the index and record the change, or
    none of them: on a failure the article goes back and the index is brought back to it."""
    if isinstance(store, RecordedArticles):
        where = store.remove_recorded(article_id, ("remove", article_id, who, {}))
        try:
            update_index()
        except BaseException:
            store.undo_removed(article_id)
            _undo(update_index)
            raise
        return where
    store = _writable(store)
    records.check_writable()
    kept = store.withdraw(article_id)
    try:
        update_index()
        records.record_change("remove", article_id, who, {"kept_in": kept})
    except BaseException:
        store.put_back(kept)
        _undo(update_index)
        raise
    return kept


def _writable(store: ArticleSource) -> ArticleStore:
    if not isinstance(store, ArticleStore):
        raise CorpusError(f"the articles in {store.where} can't be changed from here")
    return store


def _undo(update_index: Callable[[], object]) -> None:
    try:
        update_index()
    except Exception:  # the next start rebuilds from the files, which are back as they were
        log.exception("bringing the index back after a failed change failed")


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


__all__ = [
    "FETCH_DEADLINE",
    "Fetched",
    "RecordedArticles",
    "add_articles",
    "batch_preview",
    "describe",
    "fetch",
    "fetch_if_changed",
    "load_draft",
    "remove_article",
]
