"""Feeds through the real client: proposals reach the review channel with working buttons; Add puts the
article in the index and /ask answers from it; Skip is remembered; only moderators decide."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from bot.app.feeds import item_id
from bot.config import FeedSettings
from bot.discord_edge.watching import Feeds
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine
from tests.bot.conftest import BotFactory
from tests.bot.feed_server import ATOM_RELEVANT, RELEVANT, SPORTS, FeedServer, feed_server, rss
from tests.discord_emulator import MEMBER_PERMS, MODERATOR_PERMS, DiscordEmulator


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _proposals(emulator: DiscordEmulator) -> list[dict[str, Any]]:
    return [
        m
        for m in emulator.messages.values()
        if m["content"].startswith("**New article for the corpus?**") and not m.get("_followup")
    ]


def _button(message: dict[str, Any], prefix: str) -> str:
    ids = [c.get("custom_id", "") for row in message["components"] for c in row["components"]]
    return next(i for i in ids if i.startswith(prefix))


async def test_a_feed_item_is_proposed_added_or_skipped_by_a_moderator(
    bots: BotFactory,
    emulator: DiscordEmulator,
    server: FeedServer,
    corpus_copy: Path,
    tmp_path: Path,
    real_embedder: SentenceTransformerEmbedder,
) -> None:
    story = server.add("/news/jets.html", RELEVANT)
    ankara = server.add("/news/ankara.html", ATOM_RELEVANT)
    sports = server.add("/sport/cup.html", SPORTS)
    feed = server.add(
        "/rss.xml",
        rss([("Jets pound al-Bab", story), ("Cup final", sports), ("Ankara: our F-16s", ankara)]),
        "application/rss+xml",
    )
    engine = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder)
    await asyncio.to_thread(engine.load)
    bot = await bots.start(engine, feeds=FeedSettings(urls=(feed,), review_channel=int(emulator.channel_id)))

    posted = await emulator.wait_for(lambda: len(_proposals(emulator)) == 2 and _proposals(emulator), timeout=60)
    assert all(m["_allowed_mentions"]["parse"] == [] for m in posted)
    assert all("quotable sentences:" in m["embeds"][0]["description"] for m in posted)
    links = {m["content"].splitlines()[-1].strip("<>"): m for m in posted}
    assert set(links) == {story, ankara}  # the sports story is not proposed
    sports_record = bot.records.feed_item(item_id(sports))
    assert sports_record is not None and sports_record["status"] == "off topic"

    proposal = links[story]
    refused = await emulator.click(
        proposal["id"], _button(proposal, "feed:add:"), author=emulator.member, perms=MEMBER_PERMS
    )
    assert "manage messages" in (await emulator.ephemeral_reply(refused)).lower()

    click = await emulator.click(
        proposal["id"], _button(proposal, "feed:add:"), author=emulator.moderator, perms=MODERATOR_PERMS
    )
    assert (await emulator.ephemeral_reply(click, timeout=60)).startswith("Added `turkish-jets-pound-al-bab")
    assert emulator.messages[proposal["id"]]["components"] == []  # decided: no buttons left
    assert "Added by" in emulator.messages[proposal["id"]]["content"]
    iid = await emulator.slash(
        "ask", {"question": "What did the Turkish military say its warplanes struck on Wednesday?"}
    )
    answer = (await emulator.original(iid))["embeds"][0]["description"]
    assert "Harbour Wire" in answer

    other = links[ankara]
    skip = await emulator.click(
        other["id"], _button(other, "feed:skip:"), author=emulator.moderator, perms=MODERATOR_PERMS
    )
    assert "won't be proposed again" in await emulator.ephemeral_reply(skip)
    assert emulator.messages[other["id"]]["components"] == []
    assert bot.records.decide_feed_item(item_id(ankara), "added", "someone else") is False  # the first decision stands
    actions = [(c[1], c[2]) for c in bot.records.changes()]
    assert ("add", "turkish-jets-pound-al-bab-as-moscow-repeats") in actions
    assert ("skip", "ankara-says-its-f-16s-not-coalition-jets") in actions

    # The feed changes (a new item): read again, nothing decided is proposed again.
    server.add(
        "/rss.xml",
        rss([("Jets pound al-Bab", story), ("Ankara: our F-16s", ankara), ("Cup replay", sports + "x")]),
        "application/rss+xml",
    )
    loaded = bot.get_cog("Feeds")  # the extension's class: load_extension imports bot.discord_edge.watching afresh
    assert loaded is not None and (type(loaded).__module__, type(loaded).__name__) == (
        "bot.discord_edge.watching",
        "Feeds",
    )
    cog = cast(Feeds, loaded)
    outcomes, _ = await asyncio.to_thread(cog.watcher.check, False, [feed])
    assert [o.item.link for o in outcomes] == [sports + "x"]
    await cog.post_proposals()
    assert len(_proposals(emulator)) == 2
