"""The feed watcher against local RSS and Atom feeds: the relevant item is proposed once, the others are not,
ETags are honoured, and every bad feed or page is one line, tried again later."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app.feeds import Watcher, item_id, read_feed
from bot.app.records import Records
from bot.config import FeedSettings
from index.engine import Engine
from tests.bot.feed_server import ATOM_RELEVANT, RELEVANT, SPORTS, FeedServer, atom, feed_server, rss
from tests.conftest import CORPUS


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    r = Records(tmp_path / "pins.sqlite3").open()
    yield r
    r.close()


def _watcher(engine: Engine, records: Records, *urls: str, **settings: object) -> Watcher:
    return Watcher(FeedSettings(urls=urls, review_channel=1, **settings), engine, records)  # type: ignore[arg-type]


def test_the_relevant_items_are_proposed_once_and_the_others_are_not(
    engine: Engine, records: Records, server: FeedServer
) -> None:
    """An RSS and an Atom feed carry a story about the strikes (the RSS one also in the Atom feed), a sports
    story and a copy of an article already in the corpus: the story is proposed once, the sports story is
    off topic, the copy is in the corpus; a second reading (ETag / Last-Modified: 304) proposes nothing."""
    story = server.add("/news/jets.html", RELEVANT)
    other = server.add("/news/ankara.html", ATOM_RELEVANT)
    sports = server.add("/sport/cup.html", SPORTS)
    copy = server.add("/news/copy.txt", (CORPUS / "zerohedge-first-joint-mission.txt").read_bytes(), "text/plain")
    feed = server.add(
        "/rss.xml",
        rss([("Jets pound al-Bab", story), ("Cup final", sports), ("Joint mission", copy)]),
        "application/rss+xml",
    )
    atom_feed = server.add(
        "/atom.xml", atom([("Ankara presses on", other), ("Jets pound al-Bab", story)]), "application/atom+xml"
    )
    watcher = _watcher(engine, records, feed, atom_feed)
    outcomes, failures = watcher.check()
    assert failures == []
    by_link = {o.item.link: o for o in outcomes}
    assert len(outcomes) == 4 and set(by_link) == {story, sports, copy, other}  # the story counted once
    assert by_link[story].status == "proposed" and by_link[other].status == "proposed"
    assert "al-Bab" in by_link[story].detail
    assert by_link[sports].status == "off topic"
    assert by_link[copy].status == "in corpus" and "zerohedge-first-joint-mission" in by_link[copy].detail
    assert set(records.unposted_proposals()) == {item_id(story), item_id(other)}
    draft = records.feed_item(item_id(story))
    assert draft is not None and draft["draft"]["meta"]["outlet"] == "Harbour Wire"
    assert "quotable sentences: 3" in draft["draft"]["preview"]  # the preview /addsource would show

    pages_read = server.count("/news/jets.html")
    again, _ = watcher.check(feeds=[feed, atom_feed])  # due or not: read them again now
    assert again == []
    rss_asks = [h for p, h in server.requests if p == "/rss.xml"]
    atom_asks = [h for p, h in server.requests if p == "/atom.xml"]
    assert "If-None-Match" in rss_asks[-1] and "If-Modified-Since" in atom_asks[-1]
    assert server.count("/news/jets.html") == pages_read  # nothing fetched again
    assert watcher.due() == []  # each feed waits for its interval


def test_a_dry_run_writes_nothing(engine: Engine, records: Records, server: FeedServer) -> None:
    story = server.add("/news/jets.html", RELEVANT)
    feed = server.add("/rss.xml", rss([("Jets pound al-Bab", story)]), "application/rss+xml")
    watcher = _watcher(engine, records, feed)
    first, _ = watcher.check(dry_run=True)
    second, _ = watcher.check(dry_run=True)
    assert [o.status for o in first] == [o.status for o in second] == ["proposed"]
    assert records.unposted_proposals() == [] and records.feed_state(feed) == (None, None, 0, None)


@pytest.mark.parametrize(
    ("path", "body", "kind", "message"),
    [
        ("/missing.xml", None, "", "the site answered 404"),
        (
            "/broken.xml",
            b"<rss><channel><title>Broken</title><item><title>x</ti",
            "application/rss+xml",
            "not well-formed XML",
        ),
        ("/page.xml", b"<html><body><p>Just a page.</p></body></html>", "text/html", "not an RSS"),
        ("/loop", None, "", "the site answered 30"),
    ],
)
def test_a_bad_feed_is_one_line_and_waits_longer_each_time(
    engine: Engine, records: Records, server: FeedServer, path: str, body: bytes | None, kind: str, message: str
) -> None:
    url = server.add(path, body, kind) if body is not None else server.base + path
    watcher = _watcher(engine, records, url, interval_minutes=10)
    _, (first,) = watcher.check()
    assert message in first.error and "\n" not in first.error
    _, (second,) = watcher.check(feeds=[url])
    assert second.retry_at > first.retry_at  # 20 minutes, then 40
    assert records.feed_state(url)[2] == 2 and watcher.due() == []


def test_a_feed_of_ten_thousand_items_is_read_to_its_newest_few(
    engine: Engine, records: Records, server: FeedServer
) -> None:
    links = [(f"Item {n}", f"{server.base}/items/{n}.html") for n in range(10_000)]
    feed = server.add("/big.xml", rss(links), "application/rss+xml")
    outcomes, failures = _watcher(engine, records, feed, max_items=5).check()
    assert failures == [] and len(outcomes) == 5
    assert {o.item.title for o in outcomes} == {f"Item {n}" for n in range(5)}  # the newest (by date) first
    assert all(o.status == "unreadable" and "404" in o.detail for o in outcomes)


def test_pages_that_are_no_article_are_left_out_with_the_reason(
    engine: Engine, records: Records, server: FeedServer
) -> None:
    huge = server.add("/huge.html", b"<html><body><p>" + b"word " * 1_100_000 + b"</p></body></html>")
    binary = server.add("/report.pdf", bytes(range(256)) * 40, "application/pdf")
    feed = server.add("/rss.xml", rss([("Huge", huge), ("Binary", binary)]), "application/rss+xml")
    outcomes, _ = _watcher(engine, records, feed).check()
    reasons = {o.item.title: (o.status, o.detail) for o in outcomes}
    assert reasons["Huge"][0] == "unreadable" and "5 MB" in reasons["Huge"][1]
    assert reasons["Binary"][0] == "unreadable" and "not" in reasons["Binary"][1] and "text" in reasons["Binary"][1]


def test_items_are_read_from_rss_and_atom_alike() -> None:
    link = "http://example.test/a.html#comments"
    for body in (rss([("A", link)]), atom([("A", link)])):
        title, items = read_feed(body, "http://example.test/feed", 10)
        assert title and [(i.title, i.id) for i in items] == [("A", item_id("http://example.test/a.html"))]
