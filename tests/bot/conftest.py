"""Fixtures for end-to-end tests: the real bot and discord.py client, against the Discord emulator."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.config import Config, DiscordSettings, FeedSettings, StorageSettings
from bot.discord_edge.client import QuoteBot, apply_endpoints, make_bot
from index.engine import Engine
from tests.discord_emulator import DiscordEmulator


class LibraryErrors(logging.Handler):
    """Collects errors that discord.py logs: a parse error or a failed view would otherwise pass unseen."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclasses.dataclass
class Running:
    bot: QuoteBot
    task: asyncio.Task[None]


class BotFactory:
    """Starts bots against one emulator; checks at the end that none died and nothing unknown was called."""

    def __init__(self, emulator: DiscordEmulator, engine: Engine, tmp_path: Path, database_url: str = "") -> None:
        self.emu = emulator
        self.engine = engine
        self.db = tmp_path / "pins.sqlite3"
        self.database_url = database_url  # the records in PostgreSQL instead of self.db (the articles as given)
        self.running: list[Running] = []

    def sql(self, statement: str) -> None:
        """Change the records behind the bot's back (a test's setting of the scene), in whichever holds them."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url, autocommit=True) as conn:
                conn.execute(statement)  # type: ignore[arg-type]
        else:
            import sqlite3

            with contextlib.closing(sqlite3.connect(self.db, isolation_level=None)) as conn:
                conn.execute(statement)

    async def start(self, engine: Engine | None = None, feeds: FeedSettings | None = None, **discord: Any) -> QuoteBot:
        settings = DiscordSettings(
            rest_url=self.emu.rest_url,
            gateway_url=self.emu.gateway_url,
            pins_db=self.db,
            cooldown_rate=discord.pop("cooldown_rate", 100),
            **discord,
        )
        engine = engine or self.engine
        config = Config(
            Path(engine.store.where),
            engine.index_settings,
            engine.settings,
            settings,
            feeds=feeds or FeedSettings(),
            storage=StorageSettings(database_url=SecretStr(self.database_url)),
        )
        apply_endpoints(settings.rest_url, settings.gateway_url)
        bot = make_bot(config, engine=engine, guild_ready_timeout=0.05)
        task = asyncio.create_task(bot.start("test-token.not-a-secret"), name="bot")
        self.running.append(Running(bot, task))
        ready = asyncio.ensure_future(bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            ready.cancel()
            raise AssertionError(f"the bot stopped before it was ready: {task.exception()!r}")
        if ready not in done:
            raise AssertionError("the bot was not ready within 60 s")
        await self.emu.wait_for(lambda: self.emu.commands, what="command sync")
        return bot

    async def stop(self, bot: QuoteBot) -> None:
        for r in self.running:
            if r.bot is bot:
                await bot.close()
                await asyncio.wait_for(r.task, 10)
                r.task.result()

    def check(self) -> None:
        for r in self.running:
            if r.task.done() and not r.task.cancelled() and r.task.exception() is not None:
                raise AssertionError(f"the bot's client task died: {r.task.exception()!r}")
        assert not self.emu.unknown, f"the bot called routes the emulator does not know: {self.emu.unknown}"


@pytest.fixture
async def emulator() -> AsyncIterator[DiscordEmulator]:
    emu = await DiscordEmulator().start()
    yield emu
    await emu.stop()


@pytest.fixture
def records_in() -> str:
    """Where the bots' records are: "sqlite" here; a test module overrides it to run on "postgres" too."""
    return "sqlite"


@pytest.fixture
async def bots(
    emulator: DiscordEmulator, engine: Engine, tmp_path: Path, records_in: str, request: pytest.FixtureRequest
) -> AsyncIterator[BotFactory]:
    handler = LibraryErrors()
    logging.getLogger("discord").addHandler(handler)
    url = request.getfixturevalue("postgres_url") if records_in == "postgres" else ""
    factory = BotFactory(emulator, engine, tmp_path, url)
    try:
        yield factory
        factory.check()
        assert not handler.records, "discord.py logged errors: " + "; ".join(
            f"{r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else r.getMessage() for r in handler.records
        )
    finally:
        logging.getLogger("discord").removeHandler(handler)
        for r in factory.running:
            if not r.task.done():
                await r.bot.close()
                try:
                    await asyncio.wait_for(r.task, 10)
                except Exception:
                    pass
        apply_endpoints("", "")


@pytest.fixture
async def bot(bots: BotFactory) -> QuoteBot:
    return await bots.start()
