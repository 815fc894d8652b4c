"""What every record store does (bot.app.records.RecordStore), run on each implementation: the SQLite file
and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app.records import RecordStore, RecordsUnavailable
from bot.app.records.sqlite import Records
from index.answer import Answer


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RecordStore]:
    records: RecordStore
    if request.param == "sqlite":
        records = Records(tmp_path / "pins.sqlite3")
    else:
        from bot.app.postgres.database import Database
        from bot.app.postgres.records import PgRecords

        records = PgRecords(Database(request.getfixturevalue("postgres_url")))
    records.open()
    yield records
    records.close()


def _answer(question: str, abstained: bool = False) -> Answer:
    return Answer(question, (), abstained, index_version="v7")


def _long_ago() -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(timespec="seconds")


def test_answers_are_kept_and_read_back(store: RecordStore) -> None:
    first = store.save_answer(_answer("Where is the ferry?"), 10, 20, 30)
    store.save_answer(_answer("What is a bicycle?", abstained=True), 11, 21, 31)
    assert store.answer(first) == _answer("Where is the ferry?").as_json()
    assert store.answer("no-such-answer") is None
    asked = store.asked_since(_long_ago())
    assert [(q, a) for q, a, _, _ in asked] == [("Where is the ferry?", False), ("What is a bicycle?", True)]
    assert [q for q, *_ in store.asked_since(_long_ago(), guild_id=11)] == ["What is a bicycle?"]
    assert store.answered_questions(_long_ago()) == [(10, 30, "Where is the ferry?")]
    assert store.asked_since("2999-01-01T00:00:00+00:00") == []
    assert store.unsaved == 0


def test_a_pin_records_the_index_version_once_per_message(store: RecordStore) -> None:
    answer_id = store.save_answer(_answer("Who closed the harbour?"), 1, 2, 3)
    pin = store.record_pin(answer_id, message_id=500, channel_id=2, guild_id=1, pinned_by=9)
    assert (pin.answer_id, pin.question, pin.index_version, pin.pinned_by) == (
        answer_id,
        "Who closed the harbour?",
        "v7",
        9,
    )
    store.record_pin(answer_id, message_id=500, channel_id=2, guild_id=1, pinned_by=8)  # the same message again
    store.record_pin(answer_id, message_id=501, channel_id=4, guild_id=2, pinned_by=8)
    assert [(p.message_id, p.pinned_by) for p in store.pins()] == [(500, 9), (501, 8)]
    assert [p.message_id for p in store.pins(guild_id=2)] == [501]
    with pytest.raises(KeyError):
        store.record_pin("no-such-answer", 1, 1, 1, 1)


def test_one_vote_per_member_and_the_unhelpful_listed(store: RecordStore) -> None:
    good = store.save_answer(_answer("When did the bridge open?"), 1, 2, 3)
    bad = store.save_answer(_answer("Why did the bridge close?"), 1, 2, 3)
    store.vote(good, 1, helpful=True)
    store.vote(bad, 1, helpful=False)
    store.vote(bad, 2, helpful=True)
    store.vote(bad, 2, helpful=False)  # changed its mind: still one vote
    store.vote(bad, 3, helpful=False)
    assert store.votes(good) == (1, 0) and store.votes(bad) == (0, 3)
    assert store.voted_not_helpful_since(_long_ago()) == [(bad, "Why did the bridge close?", 0, 3)]
    assert store.voted_not_helpful_since(_long_ago(), guild_id=5) == []


def test_changes_are_logged_in_order(store: RecordStore) -> None:
    store.record_change("add", "harbour-closes", "cli:ann", {"meta": {"outlet": "Coast Times"}})
    store.record_changes([("remove", "harbour-closes", "42", {}), ("add", "bridge-opens", "42", {})])
    assert [(a, aid, who) for _, a, aid, who, _ in store.changes()] == [
        ("add", "harbour-closes", "cli:ann"),
        ("remove", "harbour-closes", "42"),
        ("add", "bridge-opens", "42"),
    ]
    assert "Coast Times" in store.changes()[0][4]


def test_feed_state_items_and_decisions(store: RecordStore) -> None:
    assert store.feed_state("https://news.example/feed") == (None, None, 0, None)
    store.save_feed_state("https://news.example/feed", '"e1"', None, 2, "2030-01-01T00:00:00+00:00", "timed out")
    store.save_feed_state("https://news.example/feed", '"e2"', "Mon", 0, "2030-01-02T00:00:00+00:00", None)
    assert store.feed_state("https://news.example/feed") == ('"e2"', "Mon", 0, "2030-01-02T00:00:00+00:00")
    draft = {"id": "ferry", "text": "The ferry sailed.", "meta": {"outlet": "Bay News"}}
    store.record_feed_item("i1", "https://news.example/1", "f", "Ferry", "proposed", "0.7", draft)
    store.record_feed_item("i2", "https://news.example/2", "f", "Cakes", "off topic", "0.1", None)
    store.record_feed_item("i1", "https://news.example/1", "f", "Again", "skipped", "x", None)  # first one stays
    assert store.feed_items_seen(["i1", "i3"]) == {"i1"} and store.feed_items_seen([]) == set()
    item = store.feed_item("i1")
    assert item is not None and item["title"] == "Ferry" and item["draft"] == draft
    assert store.unposted_proposals() == ["i1"]
    store.mark_posted("i1", 777)
    assert store.unposted_proposals() == [] and store.feed_item("i1")["message_id"] == 777  # type: ignore[index]
    assert store.decide_feed_item("i1", "added", "42", ("add", "ferry", "42", {"from_feed": "f"}))
    assert not store.decide_feed_item("i1", "skipped", "43")  # the first decision stands
    assert store.feed_item("i1")["status"] == "added"  # type: ignore[index]
    assert [c[1:4] for c in store.changes()] == [("add", "ferry", "42")]


def test_a_thread_follows_the_last_answer_asked_in_it(store: RecordStore) -> None:
    first = store.save_answer(_answer("Who sank the ferry?"), 1, 2, 3)
    second = store.save_answer(_answer("When did it sink?"), 1, 2, 3)
    store.open_thread(900, first, 1, 3)
    store.open_thread(900, second, 1, 3)  # opened once: the first stays
    assert store.thread_of(first) == 900 and store.thread_of(second) is None
    context, _ = store.thread(900) or ({}, "")
    assert context["question"] == "Who sank the ferry?"
    store.follow_up(900, second)
    store.follow_up(900, None)  # a follow-up that quoted the answer before: the context stays
    context, last = store.thread(900) or ({}, "")
    assert context["question"] == "When did it sink?" and last >= _long_ago()
    assert store.thread(901) is None


def test_check_writable_passes_on_sound_records_and_leaves_no_trace(store: RecordStore) -> None:
    store.check_writable()
    assert store.changes() == [] and store.asked_since(_long_ago()) == [] and store.pins() == []


def test_records_that_cannot_be_reached_are_one_line(store: RecordStore, tmp_path: Path) -> None:
    """The records out of reach: answers are kept in memory, everything else is refused in one sentence."""
    if isinstance(store, Records):
        store.close()
        store.path.unlink()
        store.path.mkdir()  # the file is now a folder: nothing can be opened there
        broken: RecordStore = Records(store.path)
    else:
        from bot.app.postgres.database import Database
        from bot.app.postgres.records import PgRecords

        broken = PgRecords(Database("postgresql://nobody:hunter2secret@127.0.0.1:1/none"))
    with pytest.raises(RecordsUnavailable) as opening:
        broken.open()  # the bot starts all the same, and answers
    assert "\n" not in str(opening.value) and "hunter2secret" not in str(opening.value)
    answer_id = broken.save_answer(_answer("Is the bridge open?"), None, None, None)
    assert broken.unsaved == 1 and broken.answer(answer_id) is not None
    with pytest.raises(RecordsUnavailable) as caught:
        broken.vote(answer_id, 1, helpful=True)
    message = str(caught.value)
    assert "\n" not in message and "hunter2secret" not in message and "nobody" not in message
