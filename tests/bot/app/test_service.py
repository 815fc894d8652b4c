"""The application layer's verbs, without Discord: who may ask where, answers kept and voted on, a thread's
follow-ups, articles added and removed all-or-nothing (fast: a hash embedder stands in for the model)."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.app.refusals import Refusal
from bot.app.service import Asker, Service
from bot.app.storage import article_store
from bot.config import Config, DiscordSettings, StorageSettings
from index import ingest
from index.config import AnswerSettings, IndexSettings
from index.embedder import HashEmbedder
from index.engine import Engine
from tests.conftest import CORPUS
from tests.postgres_server import seed


@pytest.fixture(params=["files", "postgres"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Service]:
    """The service on each storage: the corpus folder and SQLite, or PostgreSQL (its articles imported)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    discord = DiscordSettings(guilds=(1,), channels=(10, 11), cooldown_rate=2, pins_db=tmp_path / "pins.sqlite3")
    storage = StorageSettings()
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        seed(url, corpus)
        storage = StorageSettings(database_url=SecretStr(url))
    config = Config(corpus, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), discord, storage=storage)
    engine = Engine(article_store(config), config.index, config.answer, embedder=HashEmbedder(32)).load()
    s = Service(config, engine)
    s.records.open()
    yield s
    s.close()


def test_who_may_ask_where(service: Service) -> None:
    with pytest.raises(Refusal, match="servers"):
        service.admit(Asker(user_id=5, guild_id=2, channel_id=10))
    with pytest.raises(Refusal, match="channel"):
        service.admit(Asker(user_id=5, guild_id=1, channel_id=99))
    service.admit(Asker(user_id=5, guild_id=1, channel_id=10))
    service.admit(Asker(user_id=5, guild_id=1, channel_id=11))
    with pytest.raises(Refusal, match="quickly"):  # cooldown_rate = 2
        service.admit(Asker(user_id=5, guild_id=1, channel_id=10))
    service.admit(Asker(user_id=6, guild_id=1, channel_id=10))  # another member has a cooldown of their own


def test_an_answer_is_kept_voted_on_and_read_back(service: Service) -> None:
    async def ask() -> tuple[str, str]:
        service.answerer.start()
        try:
            asked = await service.ask("Who denied the joint strikes?", Asker(7, 1, 10))
        finally:
            await service.stop()
        return asked.answer.question, asked.answer_id

    question, answer_id = asyncio.run(ask())
    kept = service.stored(answer_id)
    assert kept is not None and kept.question == question
    assert service.vote(answer_id, 7, helpful=True) and service.records.votes(answer_id) == (1, 0)
    assert service.vote(answer_id, 7, helpful=False) and service.records.votes(answer_id) == (0, 1)
    assert not service.vote("0" * 16, 7, helpful=True) and service.stored("0" * 16) is None


def test_starting_loads_the_tagger_unusual_questions_need(service: Service) -> None:
    """A question with a word no article has is tagged; the service loads the tagger when it starts, not when the
    first such question comes."""
    from index import nlp

    nlp.pipeline.cache_clear()

    async def start() -> None:
        await service.start()
        await service.stop()

    asyncio.run(start())
    assert nlp.pipeline.cache_info().currsize == 1


def test_starting_leaves_what_is_loaded_out_of_full_collections(service: Service) -> None:
    """What the process keeps for good is frozen out of the garbage collector's full passes once loaded."""
    import gc

    gc.unfreeze()

    async def start() -> None:
        await service.start()
        await service.stop()

    try:
        asyncio.run(start())
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


def test_a_thread_is_followed_for_the_configured_hours(service: Service) -> None:
    now = dt.datetime.now(dt.UTC)
    assert service.following((now - dt.timedelta(hours=23)).isoformat())
    assert not service.following((now - dt.timedelta(hours=25)).isoformat())  # follow_up_hours = 24
    for _ in range(10):  # THREAD_RATE follow-ups a minute in one thread
        service.admit_in_thread(500)
    with pytest.raises(Refusal, match="moving fast"):
        service.admit_in_thread(500)


def test_articles_are_added_and_removed_through_the_service(service: Service, tmp_path: Path) -> None:
    before = {s.id for s in service.sources()}
    text = "Ankara said on Tuesday that its jets struck positions near al-Bab, officials said.\n"
    draft = ingest.draft_from(text.encode(), "ankara.txt").with_meta(outlet="Test Wire", title="Ankara jets")
    assert service.preview(draft, []).duplicate_of is None
    service.add([draft], "moderator", [{"meta": draft.meta}])
    assert {s.id for s in service.sources()} == before | {draft.id}
    assert draft.id in service.articles()
    assert [c[1:3] for c in service.records.changes()] == [("add", draft.id)]
    kept = service.remove(draft.id, "moderator")
    assert {s.id for s in service.sources()} == before
    assert [c[1:3] for c in service.records.changes()] == [("add", draft.id), ("remove", draft.id)]
    if service.config.storage.url:
        assert kept.endswith("marked removed")
    else:
        assert Path(kept).exists() and Path(kept).is_relative_to(tmp_path / "removed")  # beside the records
