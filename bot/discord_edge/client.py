"""The Discord client: where it connects, what it loads before answering, and how it starts and stops."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from bot.app.answerer import Answerer
from bot.app.looplag import cancel_and_wait
from bot.app.records import RecordStore
from bot.app.refusals import user_message
from bot.app.service import Service
from bot.config import Config, DiscordSettings, token_from_env
from index.engine import Engine
from index.errors import CoreError

log = logging.getLogger(__name__)

# The bot's parts, each a discord.py extension (a module with `setup(bot)`): answers, moderation, feeds.
EXTENSIONS = ("bot.discord_edge.cog", "bot.discord_edge.moderation", "bot.discord_edge.watching")

# Connections to Discord's REST API at once. discord.py's own pool has no bound, so a burst of questions opened one
# connection per acknowledgement (500 at once: 500 handshakes on the event loop, the last acknowledged after 3 s on
# a slow machine); a pool of 16 reuses them (the last after 1.9 s; 8 and 32 measured the same).
HTTP_CONNECTIONS = 16

_DISCORD_REST = discord.http.Route.BASE
_DISCORD_GATEWAY = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


def apply_endpoints(rest_url: str, gateway_url: str) -> None:
    """Point discord.py at other REST and gateway addresses (a proxy, a test server), or back at Discord's.

    Both are undocumented class attributes of discord.py, which is pinned for that reason; this is the
    only place that touches them.
    """
    discord.http.Route.BASE = rest_url.rstrip("/") if rest_url else _DISCORD_REST
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url) if gateway_url else _DISCORD_GATEWAY


class QuoteBot(commands.Bot):
    """Loads the index before it answers; sends nothing that can ping anyone."""

    def __init__(self, config: Config, engine: Engine | None = None, guild_ready_timeout: float = 2.0) -> None:
        intents = discord.Intents.none()
        intents.guilds = True  # slash and message commands bring their own text: no privileged intents
        # Messages, for mentions and DMs: without the privileged message content intent Discord sends the text
        # only of DMs and of messages that mention the bot; every other message arrives without its text.
        intents.guild_messages = True
        intents.dm_messages = True
        settings = config.discord
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=guild_ready_timeout,
            **self._sharding(settings),
        )
        self.config = config
        self.service = Service(config, engine)  # the product's verbs; this client and its cogs adapt Discord to it
        self.accepting = True  # false once a stop was asked for: new questions are turned away
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._watcher: asyncio.Task[None] | None = None

    @property
    def engine(self) -> Engine:
        return self.service.engine

    @property
    def records(self) -> RecordStore:
        return self.service.records

    @property
    def answerer(self) -> Answerer:
        return self.service.answerer

    @staticmethod
    def _sharding(settings: DiscordSettings) -> dict[str, Any]:
        # Sharding through Discord's gateway: this process runs one shard of `shard_count` (or none).
        return {
            "shard_count": settings.shard_count or None,
            "shard_id": settings.shard_ids[0] if settings.shard_ids else None,
        }

    def begin_answer(self) -> None:
        self._inflight += 1
        self._idle.clear()

    def end_answer(self) -> None:
        self._inflight -= 1
        if self._inflight <= 0:
            self._inflight = 0
            self._idle.set()

    async def drain(self, timeout: float) -> None:
        """Stop taking questions and wait (up to `timeout` s) for the answers in flight to be sent."""
        self.accepting = False
        if self._inflight:
            log.info("stopping: finishing %d answer(s) in flight", self._inflight)
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            log.warning("stopping with %d answer(s) unfinished after %.0f s", self._inflight, timeout)

    async def login(self, token: str) -> None:
        # The pool is made here, in the running loop, and closed with the client's session.
        self.http.connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
        await super().login(token)

    async def setup_hook(self) -> None:
        await self.service.start()
        for extension in EXTENSIONS:  # each adds its cog and registers its own persistent buttons
            await self.load_extension(extension)
        if self.config.discord.sync_commands:
            try:
                await self.sync_commands()
            except Exception:  # an unexpected answer to the sync must not keep the bot from starting
                log.exception("syncing the application commands failed; running with the commands Discord has")
        # With a database the service follows its article changes (notified at once); without one, another
        # process's change is found by looking at the index's manifest now and then.
        if self.config.discord.index_check_seconds > 0 and not self.config.storage.url:
            self._watcher = asyncio.create_task(self._watch_index(), name="index-watch")

    async def _watch_index(self) -> None:
        """Every `index_check_seconds`, load the index again if another process changed it."""
        while True:
            await asyncio.sleep(self.config.discord.index_check_seconds)
            try:
                if await asyncio.to_thread(self.engine.refresh):
                    log.info("answering from index %s (changed by another process)", self.engine.version)
            except Exception:
                log.exception("looking for index changes failed")

    async def sync_commands(self) -> None:
        guilds = self.config.discord.guilds
        if guilds:  # guild commands appear at once; global ones can take a while
            for guild_id in guilds:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()
        log.info("application commands synced (%s)", "guilds " + str(list(guilds)) if guilds else "global")

    async def on_ready(self) -> None:
        shards = f" (shards {list(self.config.discord.shard_ids)} of {self.shard_count})" if self.shard_count else ""
        log.info("connected as %s to %d servers%s", self.user, len(self.guilds), shards)

    async def on_message(self, message: discord.Message, /) -> None:
        """No text commands: a message is read only by the Answers cog, and only when it mentions the bot or
        is a DM (commands.Bot would otherwise take the words after a mention as a command name)."""

    async def tell(self, interaction: discord.Interaction, text: str) -> None:
        """Say something to the member alone, whether or not the interaction was acknowledged yet."""
        try:
            if interaction.response.is_done():
                if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
                    # Remove the public "thinking..." message so that nothing but the apology remains.
                    try:
                        await interaction.delete_original_response()
                    except discord.HTTPException:
                        pass
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
            else:
                await interaction.response.send_message(
                    text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
        except discord.HTTPException:
            log.warning("could not tell %s: %s", interaction.user.id, text)

    async def apologise(self, interaction: discord.Interaction) -> None:
        await self.tell(interaction, user_message(RuntimeError()))

    async def close(self) -> None:
        if self._watcher is not None:
            await cancel_and_wait(self._watcher)
        await self.service.stop()
        await super().close()
        self.service.close()


class ShardedQuoteBot(QuoteBot, commands.AutoShardedBot):
    """Several shards of `shard_count` in one process, a gateway connection each, one index and model."""

    @staticmethod
    def _sharding(settings: DiscordSettings) -> dict[str, Any]:
        return {"shard_count": settings.shard_count, "shard_ids": list(settings.shard_ids)}


def make_bot(config: Config, engine: Engine | None = None, guild_ready_timeout: float = 2.0) -> QuoteBot:
    """The bot for this configuration: one connection, or one per shard id when a process runs several."""
    cls = ShardedQuoteBot if len(config.discord.shard_ids) > 1 else QuoteBot
    return cls(config, engine=engine, guild_ready_timeout=guild_ready_timeout)


def run_bot(config: Config, drain_seconds: float = 25.0) -> int:
    """Run until stopped; SIGTERM or SIGINT finish the answers in flight first. The token comes from the
    environment only and is never logged."""
    token = token_from_env()
    if token is None:
        log.error("DISCORD_TOKEN is not set: put the bot's token in the environment (see README, 'Discord')")
        return 1
    apply_endpoints(config.discord.rest_url, config.discord.gateway_url)

    async def main() -> None:
        bot = make_bot(config)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with bot:
            runner = asyncio.create_task(bot.start(token.get_secret_value()), name="discord")
            stopper = asyncio.create_task(stop.wait(), name="stop")
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:
                log.info("stop requested")
                await bot.drain(drain_seconds)
                await bot.close()
                await asyncio.gather(runner, return_exceptions=True)
            else:
                stopper.cancel()
                runner.result()
        log.info("stopped")

    try:
        asyncio.run(main())
    except discord.LoginFailure:
        log.error("Discord refused the token in DISCORD_TOKEN; check it in the Developer Portal (Bot, Reset Token)")
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error("Discord refused the intents the bot asked for")
        return 1
    except discord.HTTPException as exc:  # a login answered with another error than 401 (400, 500, ...)
        log.error("Discord answered %s when the bot logged in; try again later", exc.status)
        return 1
    except CoreError as exc:  # the index could not be loaded or built (unwritable folder, no articles)
        log.error("%s", exc)
        return 1
    except (aiohttp.ClientError, OSError) as exc:
        where = config.discord.rest_url or discord.http.Route.BASE
        log.error("cannot reach Discord at %s (%s); check the network or [discord] rest_url", where, exc)
        return 1
    return 0
