"""Gateway sharding: processes (or one process) split the guilds by Discord's rule, each answering its own,
all reading the same built index from disk."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from bot.config import DiscordSettings
from bot.discord_edge.client import QuoteBot, ShardedQuoteBot
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine
from tests.bot.conftest import BotFactory
from tests.bot.test_living_corpus import QUESTION, STORY, _preview_then_add
from tests.discord_emulator import MODERATOR_PERMS, DiscordEmulator


def _owner(guild_id: str, count: int) -> int:
    return (int(guild_id) >> 22) % count


async def _answered_in(emulator: DiscordEmulator, guild_id: str) -> str:
    iid = await emulator.slash("ask", {"question": "Who denied the joint strikes?"}, guild_id=guild_id)
    message = await emulator.original(iid)
    return str(message["embeds"][0]["description"])


async def test_two_shard_processes_split_the_guilds_and_share_the_index(
    bots: BotFactory, emulator: DiscordEmulator, engine: Engine
) -> None:
    """Two bots as two processes would run them (shard 0 and shard 1 of 2), each with its own engine loading
    the one index on disk: each gets the guilds Discord's rule gives its shard, and answers there alone."""
    second = emulator.add_guild()
    guilds = [emulator.guild_id, second]
    assert {_owner(g, 2) for g in guilds} == {0, 1}
    engines = [
        Engine(engine.store, engine.index_settings, engine.settings, embedder=engine.embedder).load(rebuild=False)
        for _ in range(2)
    ]
    shard_bots = [await bots.start(engine=engines[i], shard_count=2, shard_ids=(i,)) for i in range(2)]
    assert all(type(b) is QuoteBot for b in shard_bots)
    assert sorted(s for s in emulator.identified_shards if s) == [(0, 2), (1, 2)]
    for i, b in enumerate(shard_bots):
        await emulator.wait_for(lambda b=b: b.guilds, what=f"shard {i} guilds")
        assert [str(g.id) for g in b.guilds] == [g for g in guilds if _owner(g, 2) == i]

    for g in guilds:
        assert "denied" in (await _answered_in(emulator, g)).lower()
    for gw in emulator.gateways():
        assert gw.shard is not None
        assert {guild for _, guild in gw.guild_events} == {g for g in guilds if _owner(g, 2) == gw.shard[0]}

    # The same files, mapped read-only by both engines: the pages are the operating system's, shared.
    a, b = (e.index.segments[0].vectors for e in engines)
    assert isinstance(a, np.memmap) and isinstance(b, np.memmap) and a.filename == b.filename
    assert not a.flags.writeable


async def test_one_process_can_run_several_shards(bots: BotFactory, emulator: DiscordEmulator) -> None:
    """shard_ids with more than one id: one connection per shard in one process, one model and index."""
    guilds = [emulator.guild_id, emulator.add_guild()]
    bot = await bots.start(shard_count=2, shard_ids=(0, 1))
    assert isinstance(bot, ShardedQuoteBot)
    await emulator.wait_for(lambda: len(emulator.identified_shards) == 2, what="two shard connections")
    assert sorted(s for s in emulator.identified_shards if s) == [(0, 2), (1, 2)]
    await emulator.wait_for(lambda: len(bot.guilds) == 2, what="both guilds")
    for g in guilds:
        assert "denied" in (await _answered_in(emulator, g)).lower()


@pytest.mark.parametrize(
    ("count", "ids", "error"),
    [(0, (0,), "need shard_count"), (2, (2,), "below shard_count"), (4, (1, 1), "twice"), (-1, (), "negative")],
)
def test_shard_settings_are_checked(count: int, ids: tuple[int, ...], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        DiscordSettings(shard_count=count, shard_ids=ids)


async def test_an_article_added_through_one_shard_is_answered_by_the_other(
    bots: BotFactory,
    emulator: DiscordEmulator,
    corpus_copy: Path,
    tmp_path: Path,
    real_embedder: SentenceTransformerEmbedder,
) -> None:
    """/addsource in a guild of one shard process; the other process sees the changed index on disk and
    answers from the new article in its own guild."""
    other_guild = emulator.add_guild()
    adder = _owner(emulator.guild_id, 2)
    settings = IndexSettings(dir=tmp_path / "idx")
    engines = [Engine(corpus_copy, settings, AnswerSettings(), embedder=real_embedder) for _ in range(2)]
    for e in engines:
        await asyncio.to_thread(e.load)
    for i in range(2):
        await bots.start(engine=engines[i], shard_count=2, shard_ids=(i,), index_check_seconds=0.2)

    iid = await emulator.slash(
        "addsource", author=emulator.moderator, perms=MODERATOR_PERMS, attachments={"file": ("story.html", STORY)}
    )
    assert "Added" in await _preview_then_add(emulator, iid)
    assert len(engines[adder].index.segments) == 2
    await emulator.wait_for(lambda: engines[1 - adder].version == engines[adder].version, what="the other shard")
    iid = await emulator.slash("ask", {"question": QUESTION}, guild_id=other_guild)
    message = await emulator.original(iid)
    assert "three ammunition depots" in message["embeds"][0]["description"]
