"""Watching the outlets' RSS and Atom feeds: each new item's page is read, checked against the corpus and scored
for how much it is about this story; the relevant ones become proposals that a moderator adds or skips.
Nothing is added here: this module decides what to propose and remembers what it has seen."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import logging
import threading
import urllib.parse
import xml.sax
from collections.abc import Callable
from typing import Any

import numpy as np

from bot.app.articles import FETCH_DEADLINE, Fetched, batch_preview, describe, fetch, fetch_if_changed
from bot.app.records import FeedLedger
from bot.config import FeedSettings
from index import ingest
from index.chunking import article_sentences
from index.corpus import is_web_address
from index.engine import Engine
from index.errors import CorpusError
from index.nlp import parse

log = logging.getLogger(__name__)

NAMED = ("PERSON", "GPE", "LOC", "ORG", "NORP", "FAC")  # entity types that name a person, place or body
SCORED_SENTENCES = 20  # an item's first sentences compared with the articles'
BEST_MATCHES = 5  # its similarity: the mean of its this many best sentence matches
MAX_BACKOFF_MINUTES = 24 * 60


@dataclasses.dataclass(frozen=True)
class Item:
    """An entry of a feed: the article it links to."""

    id: str
    link: str
    title: str
    feed: str


@dataclasses.dataclass(frozen=True)
class Relevance:
    """How much an article is about the story the corpus tells."""

    similarity: float  # mean of its best sentences' closest matches among the articles' sentences
    shared: tuple[str, ...]  # people, places and bodies it names that the articles name too

    def enough(self, settings: FeedSettings) -> bool:
        return self.similarity >= settings.min_similarity and len(self.shared) >= settings.min_shared_names

    def __str__(self) -> str:
        names = ", ".join(self.shared[:6]) or "none"
        return f"similarity {self.similarity:.2f}, names shared with the articles: {names}"


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What became of a new item: proposed, off topic, in corpus (or a reprint) or unreadable, and why."""

    item: Item
    status: str
    detail: str
    draft: ingest.Draft | None = None
    preview: ingest.Preview | None = None


@dataclasses.dataclass(frozen=True)
class FeedFailure:
    """A feed that could not be read this time, and when it is tried again."""

    url: str
    error: str
    retry_at: str


def item_id(link: str) -> str:
    """The same article in two feeds is one item: its id comes from its link (without the fragment)."""
    canonical = urllib.parse.urldefrag(link.strip())[0]
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def read_feed(body: bytes, feed_url: str, max_items: int) -> tuple[str, list[Item]]:
    """The feed's title and its newest items (at most `max_items`) that link to a web page; CorpusError when
    the bytes are no RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(body)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXException):  # cut off or garbled: what it lists can't be trusted whole
        raise CorpusError(f"{feed_url} is not well-formed XML ({' '.join(str(problem).split())})")
    if not parsed.get("version"):
        raise CorpusError(f"{feed_url} is not an RSS or Atom feed")
    entries = list(parsed.entries)

    def when(entry: Any) -> float:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        return float(calendar.timegm(stamp)) if stamp else 0.0

    if any(when(e) for e in entries):  # newest first when the feed dates its items; else in the feed's order
        entries.sort(key=when, reverse=True)
    items: list[Item] = []
    seen: set[str] = set()
    for entry in entries:
        link = urllib.parse.urljoin(feed_url, str(entry.get("link") or "").strip())
        if not is_web_address(link):
            continue
        iid = item_id(link)
        if iid in seen:
            continue
        seen.add(iid)
        items.append(Item(iid, link, " ".join(str(entry.get("title") or "").split()), feed_url))
        if len(items) >= max_items:
            break
    return " ".join(str(parsed.feed.get("title") or "").split()), items


def relevance(engine: Engine, draft: ingest.Draft) -> Relevance:
    """How close the article's sentences come to the corpus's, and which of the names it holds the corpus has."""
    sentences = [s.text for s in article_sentences(draft.article())][:SCORED_SENTENCES]
    if not sentences:
        return Relevance(0.0, ())
    vectors = engine.embed(sentences)
    closest = np.max(
        [(vectors @ seg.vectors.T).max(axis=1) for seg in engine.index.segments if len(seg.vectors)], axis=0
    )
    similarity = float(np.sort(closest)[::-1][:BEST_MATCHES].mean())
    names = dict.fromkeys(e.text for doc in parse(sentences) for e in doc.ents if e.label_ in NAMED)
    vocabulary = engine.vocabulary()
    shared = tuple(n for n in names if not vocabulary.unmentioned((n,)))
    return Relevance(round(similarity, 3), shared)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Watcher:
    """Reads the feeds that are due and turns their new items into outcomes; remembers feeds' ETags and the
    items seen in the records (unless `dry_run`), so an item is proposed once, whichever feed carries it."""

    def __init__(
        self,
        settings: FeedSettings,
        engine: Engine,
        records: FeedLedger,
        fetch_feed: Callable[[str, str | None, str | None], Fetched] | None = None,
        fetch_page: Callable[[str], bytes] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.records = records
        self.stop = stop or threading.Event()
        self.fetch_feed = fetch_feed or (lambda u, e, m: fetch_if_changed(u, e, m, FETCH_DEADLINE, self.stop))
        self.fetch_page = fetch_page or (lambda u: fetch(u, FETCH_DEADLINE, self.stop))

    def due(self, now: dt.datetime | None = None) -> list[str]:
        """The feeds whose time to be read again has come."""
        moment = (now or _now()).isoformat(timespec="seconds")
        out = []
        for url in self.settings.urls:
            next_at = self.records.feed_state(url)[3]
            if next_at is None or next_at <= moment:
                out.append(url)
        return out

    def check(self, dry_run: bool = False, feeds: list[str] | None = None) -> tuple[list[Outcome], list[FeedFailure]]:
        """Read the feeds (by default those due); the new items' outcomes, and the feeds that failed."""
        outcomes: list[Outcome] = []
        failures: list[FeedFailure] = []
        for url in feeds if feeds is not None else self.due():
            if self.stop.is_set():
                break
            try:
                outcomes += self._read(url, dry_run, outcomes)
            except CorpusError as exc:
                failures.append(self._failed(url, str(exc), dry_run))
        return outcomes, failures

    def _failed(self, url: str, error: str, dry_run: bool) -> FeedFailure:
        etag, modified, failures, _ = self.records.feed_state(url)
        wait = min(self.settings.interval_minutes * 2 ** min(failures + 1, 10), MAX_BACKOFF_MINUTES)
        retry = (_now() + dt.timedelta(minutes=wait)).isoformat(timespec="seconds")
        log.warning("feed %s failed (%d in a row): %s; next try at %s", url, failures + 1, error, retry)
        if not dry_run:
            self.records.save_feed_state(url, etag, modified, failures + 1, retry, error)
        return FeedFailure(url, error, retry)

    def _read(self, url: str, dry_run: bool, earlier: list[Outcome]) -> list[Outcome]:
        etag, modified, _, _ = self.records.feed_state(url)
        fetched = self.fetch_feed(url, etag, modified)
        outcomes: list[Outcome] = []
        if fetched.changed:
            feed_title, items = read_feed(fetched.body, url, self.settings.max_items)
            known = self.records.feed_items_seen([i.id for i in items]) | {o.item.id for o in earlier}
            for item in items:
                if item.id in known or self.stop.is_set():
                    continue
                known.add(item.id)
                proposed = [o.draft for o in [*earlier, *outcomes] if o.status == "proposed" and o.draft]
                outcome = self._judge(item, feed_title, proposed)
                outcomes.append(outcome)
                if not dry_run:
                    draft = None
                    if outcome.status == "proposed" and outcome.draft and outcome.preview:
                        # the article as it would be added, and its preview as /addsource shows one
                        preview = describe(outcome.draft, outcome.preview)
                        draft = {**dataclasses.asdict(outcome.draft), "preview": preview}
                    self.records.record_feed_item(
                        item.id, item.link, url, item.title, outcome.status, outcome.detail, draft
                    )
            etag, modified = fetched.etag, fetched.modified
        if not dry_run:
            next_at = (_now() + dt.timedelta(minutes=self.settings.interval_minutes)).isoformat(timespec="seconds")
            self.records.save_feed_state(url, etag, modified, 0, next_at, None)
        return outcomes

    def _judge(self, item: Item, feed_title: str, proposed: list[ingest.Draft]) -> Outcome:
        """Read an item's page and say what it is to the corpus."""
        try:
            data = self.fetch_page(item.link)
            draft = ingest.draft_from(data, item.link.rsplit("/", 1)[-1] or "page.html", url=item.link)
            defaults = {"title": item.title, "outlet": feed_title}
            draft = draft.with_meta(**{k: v for k, v in defaults.items() if v and k not in draft.meta})
            if "outlet" not in draft.meta:
                raise CorpusError("neither the page nor the feed says its outlet")
            index = self.engine.index
            preview = batch_preview(draft, list(index.articles.values()), index, proposed)
        except CorpusError as exc:
            return Outcome(item, "unreadable", str(exc))
        if preview.duplicate_of:
            return Outcome(item, "in corpus", f"the article {preview.duplicate_of!r} has it already", draft, preview)
        score = relevance(self.engine, draft)
        detail = str(score) + (
            f"; {preview.reprint_share:.0%} of it repeats {preview.reprint_of!r}" if preview.reprint_of else ""
        )
        return Outcome(item, "proposed" if score.enough(self.settings) else "off topic", detail, draft, preview)


def draft_of(record: dict[str, Any]) -> ingest.Draft:
    """The draft a proposal's record holds."""
    data = record["draft"]
    return ingest.Draft(str(data["id"]), str(data["text"]), {str(k): str(v) for k, v in data["meta"].items()})


__all__ = ["FeedFailure", "Item", "Outcome", "Relevance", "Watcher", "draft_of", "item_id", "read_feed", "relevance"]
