"""What processes share through PostgreSQL, each keeping its own index: one adds or removes an article and the
others follow within seconds, at the same index version; a change is all-or-nothing; pins, votes and a
member's cooldown count once for all.
(A hash embedder stands in for the model; the two-process test with the real one is in tests/bot.)"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pydantic import SecretStr

from bot.app.articles import add_articles
from bot.app.postgres.articles import PgArticleStore
from bot.app.postgres.cooldown import SharedCooldown
from bot.app.postgres.database import Database
from bot.app.postgres.records import ANSWER_WAIT, PgRecords
from bot.app.records import RecordsUnavailable
from bot.app.refusals import Refusal
from bot.app.service import Asker, Service
from bot.app.storage import article_store, follow_articles
from bot.config import Config, DiscordSettings, StorageSettings
from index.answer import Answer
from index.config import AnswerSettings, IndexSettings
from index.embedder import HashEmbedder
from index.engine import Engine
from index.errors import CorpusError
from index.ingest import Draft
from tests.conftest import CORPUS
from tests.postgres_server import PASSWORD, running, seed

FERRY = Draft(
    "ferry-sinks-in-the-bay",
    "The old ferry sank in the bay on Tuesday night, the harbour master said. Nobody was aboard.\n",
    {"outlet": "Bay News", "title": "Ferry sinks"},
)


def config_for(url: str, folder: Path) -> Config:
    """One machine's settings: its own index and records folder, the shared database."""
    return Config(
        folder / "no-corpus-here",
        IndexSettings(dir=folder / ".index"),
        AnswerSettings(),
        DiscordSettings(pins_db=folder / "data" / "pins.sqlite3"),
        storage=StorageSettings(database_url=SecretStr(url), check_seconds=0.5),
    )


def until(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def machines(postgres_url: str, tmp_path: Path) -> Iterator[tuple[Service, Service]]:
    """Two processes' services on one database, each following its article changes."""
    seed(postgres_url, CORPUS)
    services, stops = [], []
    for name in ("a", "b"):
        config = config_for(postgres_url, tmp_path / name)
        engine = Engine(article_store(config), config.index, config.answer, embedder=HashEmbedder(32)).load()
        service = Service(config, engine)
        service.records.open()
        stop = follow_articles(config, engine)
        assert stop is not None
        services.append(service)
        stops.append(stop)
    yield services[0], services[1]
    for stop, service in zip(stops, services, strict=True):
        stop()
        service.close()


def test_an_article_added_on_one_machine_is_answered_from_on_the_other(machines: tuple[Service, Service]) -> None:
    a, b = machines
    assert a.index_version == b.index_version and len(a.sources()) == 5
    where = a.add([FERRY], "42", [{"meta": FERRY.meta}])
    assert where[0].startswith("ferry-sinks-in-the-bay to the database at 127.0.0.1:") and PASSWORD not in where[0]
    assert FERRY.id in a.articles()  # this machine at once
    assert until(lambda: FERRY.id in b.articles()), "the other machine did not follow"
    assert b.index_version == a.index_version  # the same articles: the same version everywhere
    answer = b.answer("What sank in the bay on Tuesday night?")
    assert answer.quotes and answer.quotes[0].source.id == FERRY.id
    assert [c[1:4] for c in b.changes()] == [("add", FERRY.id, "42")]  # one change log for all


def test_an_article_removed_on_one_machine_goes_from_the_other(machines: tuple[Service, Service]) -> None:
    a, b = machines
    a.add([FERRY], "42", [{}])
    assert until(lambda: FERRY.id in b.articles())
    b.remove(FERRY.id, "43")
    assert FERRY.id not in b.articles()
    assert until(lambda: FERRY.id not in a.articles())
    assert [c[1:4] for c in a.changes()] == [("add", FERRY.id, "42"), ("remove", FERRY.id, "43")]
    with pytest.raises(CorpusError, match="no article"):
        a.remove(FERRY.id, "42")  # removed already
    a.add([FERRY], "44", [{}])  # and it may be added again
    assert until(lambda: FERRY.id in b.articles())


def test_a_pin_and_a_vote_made_on_one_machine_count_on_the_other(machines: tuple[Service, Service]) -> None:
    a, b = machines
    answer_id = a.keep(a.answer("Who denied the joint strikes?"), Asker(7, 1, 2))
    a.record_pin(answer_id, 900, 2, 1, 7)
    assert [p.answer_id for p in b.pins()] == [answer_id]
    assert b.vote(answer_id, 8, helpful=True) and a.vote(answer_id, 8, helpful=True)  # the same member, twice
    assert a.records.votes(answer_id) == (1, 0) == b.records.votes(answer_id)


def test_an_add_whose_index_update_fails_leaves_no_article_and_no_record(postgres_url: str, tmp_path: Path) -> None:
    seed(postgres_url, CORPUS)
    db = Database(postgres_url)
    store = PgArticleStore(db, tmp_path / "snapshot.json")
    records = PgRecords(db).open()
    undone: list[bool] = []

    def broken_index(ids: list[str]) -> None:
        assert ids == [FERRY.id] and FERRY.id in {a.id for a in store.read_added(ids)[0]}  # committed by now
        raise CorpusError("the index folder is read-only")

    with pytest.raises(CorpusError, match="read-only"):
        add_articles([FERRY], store, records, "42", [{}], broken_index, lambda: undone.append(True))
    assert undone == [True] and records.changes() == []
    assert FERRY.id not in {a.id for a in store.read_all()[0]}
    other = Draft("bridge-opens", "The new bridge opened on Friday, the mayor said.\n", {"outlet": "River Post"})
    store.add_recorded([FERRY], [])
    with pytest.raises(CorpusError, match="already in the corpus"):  # a batch with a taken id is refused whole
        store.add_recorded([other, FERRY], [("add", other.id, "42", {}), ("add", FERRY.id, "42", {})])
    assert other.id not in {a.id for a in store.read_all()[0]} and records.changes() == []
    db.close()


def test_a_machine_starts_from_its_copy_when_the_database_is_away(postgres_url: str, tmp_path: Path) -> None:
    seed(postgres_url, CORPUS)
    store = PgArticleStore(Database(postgres_url), tmp_path / "snapshot.json")
    store.read_all()
    store.add_recorded([FERRY], [])
    store.read_all()
    store.remove_recorded(FERRY.id, ("remove", FERRY.id, "42", {}))
    articles, _ = store.read_all()  # what the copy must hold: the ferry came and went
    away = PgArticleStore(Database("postgresql://quotebot:nope@127.0.0.1:1/gone"), tmp_path / "snapshot.json")
    again, _ = away.read_all()  # the server can't be reached: this machine's copy of what it last read
    assert [(x.id, x.content_hash) for x in again] == [(x.id, x.content_hash) for x in articles]
    assert FERRY.id not in {x.id for x in again}
    nowhere = PgArticleStore(Database("postgresql://quotebot:nope@127.0.0.1:1/gone"), tmp_path / "none.json")
    with pytest.raises(CorpusError, match="no copy of the articles"):
        nowhere.read_all()


def test_a_members_cooldown_counts_their_questions_on_every_machine(machines: tuple[Service, Service]) -> None:
    a, b = machines  # cooldown_rate 3 per 30 s (the defaults)
    a.admit(Asker(user_id=5, guild_id=1, channel_id=2))
    b.admit(Asker(user_id=5, guild_id=3, channel_id=4))  # another server, another machine: the same member
    a.admit(Asker(user_id=5, guild_id=1, channel_id=2))
    with pytest.raises(Refusal, match="quickly"):
        b.admit(Asker(user_id=5, guild_id=3, channel_id=4))
    b.admit(Asker(user_id=6, guild_id=3, channel_id=4))  # another member


def test_the_cooldown_falls_back_to_the_process_when_the_database_is_away() -> None:
    cooldown = SharedCooldown(Database("postgresql://quotebot:nope@127.0.0.1:1/gone"), rate=1, per=30.0)
    assert cooldown.retry_after(5) == 0.0  # answered at once, counted by this process
    assert cooldown.retry_after(5) > 0


def test_after_the_server_restarts_everything_reconnects_by_itself(tmp_path: Path) -> None:
    """The database goes away and comes back: meanwhile answers are kept and a vote is refused in one line;
    afterwards the kept answers are written, votes work and article changes are followed again, unaided."""
    with running() as server:
        url = server.url()
        seed(url, CORPUS)
        config = config_for(url, tmp_path / "a")
        engine = Engine(article_store(config), config.index, config.answer, embedder=HashEmbedder(32)).load()
        service = Service(config, engine)
        service.records.open()
        stop = follow_articles(config, engine)
        assert stop is not None
        try:
            before = service.keep(service.answer("Who denied the joint strikes?"), Asker(1, 2, 3))
            server.run(str(server.bindir / "pg_ctl"), "-D", str(server.root / "data"), "-m", "fast", "-w", "stop")
            kept = service.keep(service.answer("Where is al-Bab?"), Asker(1, 2, 3))  # answered all the same
            assert service.records.unsaved == 1
            with pytest.raises(RecordsUnavailable) as refused:
                service.vote(before, 1, helpful=True)
            assert "\n" not in str(refused.value) and PASSWORD not in str(refused.value)
            with pytest.raises(RecordsUnavailable):
                service.record_pin(before, 800, 3, 2, 9)  # refused: the moderator is told, nothing half done
            server.start()
            assert until(lambda: _votes(service, kept)), "the records did not come back"
            assert service.records.unsaved == 0 and service.stored(kept) is not None
            service.record_pin(before, 800, 3, 2, 9)  # pins work again
            assert [p.message_id for p in service.pins()] == [800]
            other = PgArticleStore(Database(url), tmp_path / "other.json")
            other.add_recorded([FERRY], [("add", FERRY.id, "42", {})])
            assert until(lambda: FERRY.id in service.articles(), seconds=30), "the follower did not come back"
        finally:
            stop()
            service.close()


def _votes(service: Service, answer_id: str) -> bool:
    try:
        return service.vote(answer_id, 1, helpful=True)
    except RecordsUnavailable:
        return False


def test_a_connection_dropped_in_the_middle_of_an_add_leaves_no_half_article(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server ends the connection after the article's row is written and before its change record: the
    transaction is gone whole (no article, no record), the moderator gets one line, the next add works."""
    seed(postgres_url, CORPUS)
    db = Database(postgres_url)
    store = PgArticleStore(db, tmp_path / "snapshot.json")
    records = PgRecords(db).open()
    import bot.app.postgres.articles as articles_module

    real = articles_module.insert_changes

    def dropped(conn: psycopg.Connection, changes: list) -> None:  # type: ignore[type-arg]
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", pid)
        real(conn, changes)

    monkeypatch.setattr(articles_module, "insert_changes", dropped)
    with pytest.raises(RecordsUnavailable) as caught:
        add_articles([FERRY], store, records, "42", [{}], lambda ids: None, lambda: None)
    assert "\n" not in str(caught.value) and PASSWORD not in str(caught.value)
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE id = %s", (FERRY.id,)).fetchone() == (0,)
    assert records.changes() == []
    monkeypatch.setattr(articles_module, "insert_changes", real)
    add_articles([FERRY], store, records, "42", [{}], lambda ids: None, lambda: None)  # the pool has a new one
    assert FERRY.id in {a.id for a in store.read_all()[0]} and len(records.changes()) == 1
    db.close()


PINNER = """
import sys
from bot.app.postgres.database import Database
from bot.app.postgres.records import ANSWER_WAIT, PgRecords
from index.answer import Answer
records = PgRecords(Database(sys.argv[1])).open()
answer_id = records.save_answer(Answer("Who pinned?", (), False, index_version="v1"), 1, 2, 3)
for n in range(100000):
    records.record_pin(answer_id, 1000 + n, 2, 1, 9)
    print(1000 + n, flush=True)  # acknowledged: written and committed
"""


def test_every_pin_acknowledged_before_a_kill_9_is_in_the_database(postgres_url: str) -> None:
    Database(postgres_url).migrate()
    proc = subprocess.Popen(
        [sys.executable, "-c", PINNER, postgres_url], stdout=subprocess.PIPE, text=True, cwd=CORPUS.parent
    )
    assert proc.stdout is not None
    acknowledged = []
    for line in proc.stdout:
        acknowledged.append(int(line))
        if len(acknowledged) == 200:
            proc.send_signal(signal.SIGKILL)  # in the middle of the next pins
            break
    proc.wait()
    acknowledged += [int(line) for line in proc.stdout.read().split()]  # printed before the kill landed
    with psycopg.connect(postgres_url) as conn:
        stored = {r[0] for r in conn.execute("SELECT message_id FROM pins").fetchall()}
    assert set(acknowledged) <= stored and len(stored) - len(acknowledged) <= 1  # at most one not yet told


def test_an_answer_waits_for_the_database_no_longer_than_answer_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server away and answers already waiting in memory: a new answer's record (and the writing of those
    waiting) asks for a connection for at most ANSWER_WAIT, never the records' usual wait."""
    db = Database("postgresql://quotebot:nope@127.0.0.1:1/gone")
    records = PgRecords(db)
    waits: list[float | None] = []
    real = db.transaction

    def recorded(verb: str, timeout: float | None = None) -> Any:
        waits.append(timeout)
        return real(verb, timeout)

    monkeypatch.setattr(db, "transaction", recorded)
    for question in ("Where is the ferry?", "Who sank it?", "When?"):
        records.save_answer(Answer(question, (), False, index_version="v1"), 1, 2, 3)
    assert records.unsaved == 3 and len(waits) == 3  # one try each: the waiting answers first, then its own
    assert all(w is not None and w <= ANSWER_WAIT for w in waits)
