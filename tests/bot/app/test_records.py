"""Records that can't be written: answers are kept and written later, every other failure is one sentence,
and a change to the articles is all-or-nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app.articles import add_articles, remove_article
from bot.app.records import Records, RecordsUnavailable
from bot.app.records.sqlite import base as records_module
from index import ingest
from index.answer import Answer
from index.article_store import FolderStore
from index.errors import CorpusError


@pytest.fixture(autouse=True)
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked file is noticed after 0.2 s instead of 5 s."""
    monkeypatch.setattr(records_module, "BUSY_WAIT", 0.2)
    monkeypatch.setattr(records_module, "ANSWER_WAIT", 0.05)


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    r = Records(tmp_path / "pins.sqlite3").open()
    yield r
    r.close()


class WriteLock:
    """Another process's write transaction on the same file, held until released."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def _answer(question: str) -> Answer:
    return Answer(question, (), False, index_version="v1")


def test_an_answer_given_while_another_process_writes_is_kept_then_written(records: Records) -> None:
    lock = WriteLock(records.path)
    answer_id = records.save_answer(_answer("Where is the ferry?"), 1, 2, 3)  # no error: the member gets it
    assert records.unsaved == 1
    assert records.answer(answer_id) == _answer("Where is the ferry?").as_json()  # pins and votes find it
    with pytest.raises(RecordsUnavailable, match="can't be written: database is locked"):
        records.vote(answer_id, 5, helpful=True)
    lock.release()
    records.vote(answer_id, 5, helpful=True)  # the next write that can be made writes the kept answer first
    assert records.unsaved == 0
    other = Records(records.path).open()
    try:
        assert other.answer(answer_id) is not None and other.votes(answer_id) == (1, 0)
    finally:
        other.close()


def test_answers_kept_in_memory_are_written_when_the_records_close(records: Records) -> None:
    lock = WriteLock(records.path)
    answer_id = records.save_answer(_answer("Who sank the ferry?"), None, None, None)
    lock.release()
    records.close()
    assert Records(records.path).open().answer(answer_id) is not None


def test_a_damaged_records_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "pins.sqlite3"
    path.write_bytes(b"this is not a database\n" * 200)
    with pytest.raises(RecordsUnavailable) as caught:
        Records(path).open()
    message = str(caught.value)
    assert str(path) in message and "can't be opened" in message and "\n" not in message


def test_a_records_file_that_cannot_be_opened_is_tried_again_later(tmp_path: Path) -> None:
    """The bot starts without its records (here: a damaged file) and uses them once the file is sound."""
    path = tmp_path / "pins.sqlite3"
    path.write_bytes(b"garbage" * 500)
    records = Records(path)
    with pytest.raises(RecordsUnavailable):
        records.open()
    answer_id = records.save_answer(_answer("Is the bridge open?"), None, None, None)
    assert records.unsaved == 1
    path.unlink()  # the operator moves the damaged file away
    assert records.votes(answer_id) == (0, 0)
    records.vote(answer_id, 7, helpful=False)
    assert records.unsaved == 0 and records.votes(answer_id) == (0, 1)
    records.close()


DRAFT = ingest.Draft(
    id="harbour-closes",
    text="The harbour closed on Monday after the storm, the port authority said.\n",
    meta={"title": "Harbour closes", "outlet": "The Coast Times"},
)


def test_an_add_with_locked_records_touches_no_file(records: Records, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lock = WriteLock(records.path)
    updated: list[str] = []
    with pytest.raises(RecordsUnavailable):
        add_articles([DRAFT], FolderStore(corpus), records, "cli:test", [{}], updated.extend, lambda: None)
    lock.release()
    assert list(corpus.iterdir()) == [] and updated == [] and records.changes() == []
    # a retry is no duplicate
    add_articles([DRAFT], FolderStore(corpus), records, "cli:test", [{}], updated.extend, lambda: None)
    assert (corpus / "harbour-closes.txt").exists() and [c[1:3] for c in records.changes()] == [
        ("add", "harbour-closes")
    ]


def test_an_add_whose_index_update_fails_takes_its_files_back(records: Records, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    undone: list[bool] = []

    def broken_index(ids: list[str]) -> None:
        assert all((corpus / f"{i}.txt").exists() for i in ids)
        raise CorpusError("the index folder is read-only")

    with pytest.raises(CorpusError):
        add_articles([DRAFT], FolderStore(corpus), records, "cli:test", [{}], broken_index, lambda: undone.append(True))
    assert list(corpus.iterdir()) == [] and undone == [True] and records.changes() == []


def test_an_add_whose_record_fails_after_the_index_takes_everything_back(records: Records, tmp_path: Path) -> None:
    """The records are locked by another process after the check: the files go and the index is brought back."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    locks: list[WriteLock] = []
    undone: list[bool] = []
    with pytest.raises(RecordsUnavailable):
        add_articles(
            [DRAFT],
            FolderStore(corpus),
            records,
            "cli:test",
            [{}],
            lambda _: locks.append(WriteLock(records.path)),
            lambda: undone.append(True),
        )
    locks[0].release()
    assert list(corpus.iterdir()) == [] and undone == [True] and records.changes() == []


def test_a_remove_whose_record_fails_puts_the_files_back(records: Records, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    store = FolderStore(corpus, tmp_path / "removed")
    store.put(DRAFT)
    before = sorted(p.name for p in corpus.iterdir())
    locks: list[WriteLock] = []
    with pytest.raises(RecordsUnavailable):
        remove_article(
            "harbour-closes",
            store,
            records,
            "cli:test",
            lambda: locks.append(WriteLock(records.path)) if not locks else None,
        )
    locks[0].release()
    assert sorted(p.name for p in corpus.iterdir()) == before and records.changes() == []
    assert not any((tmp_path / "removed").iterdir())


def test_records_of_the_first_version_are_migrated_in_place(tmp_path: Path) -> None:
    """A records file without a schema version (answers without their `abstained` column) gets the column,
    filled from each stored answer, and schema version 2; nothing is lost."""
    import json

    path = tmp_path / "pins.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, answer_json TEXT NOT NULL,"
        " index_version TEXT NOT NULL, guild_id INTEGER, channel_id INTEGER, user_id INTEGER,"
        " created_at TEXT NOT NULL);"
    )
    for n, abstained in enumerate((False, True)):
        stored = json.dumps(_answer(f"Question {n}?").as_json() | {"abstained": abstained})
        old.execute(
            "INSERT INTO answers VALUES (?, ?, ?, 'v1', 1, 2, 3, '2026-01-01T00:00:00+00:00')",
            (f"{n:016x}", f"Question {n}?", stored),
        )
    old.commit()
    old.close()
    records = Records(path).open()
    try:
        assert [a for _, a, _, _ in records.asked_since("2025-01-01")] == [False, True]
        assert records.conn.execute("PRAGMA user_version").fetchone()[0] == records_module.SCHEMA_VERSION
        assert records.answer(f"{0:016x}") is not None
    finally:
        records.close()


def test_records_of_a_newer_version_are_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "pins.sqlite3"
    Records(path).open().close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {records_module.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RecordsUnavailable, match="newer version of the bot") as refused:
        Records(path).open()
    assert "\n" not in str(refused.value)
