"""The feed watcher in the bot: every minute the feeds that are due are read (in a thread), each new proposal is
posted to the moderators' review channel with Add and Skip buttons, and a moderator's press is carried out
and recorded. The buttons' custom_ids carry the item's id, so they work after a restart."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from typing import TYPE_CHECKING, Any, cast

import discord
from discord.ext import commands

from bot.app.feeds import Watcher, draft_of
from bot.app.records import RecordsUnavailable
from bot.render import code_block, escape, fit
from index.errors import CorpusError

if TYPE_CHECKING:
    from bot.discord_edge.client import QuoteBot

log = logging.getLogger(__name__)

CHECK_SECONDS = 60.0  # how often the watcher looks for feeds that are due (each has its own interval)


class FeedButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"feed:(?P<verb>add|skip):(?P<id>[0-9a-f]{16})"
):
    """Add (puts the proposed article in the corpus) or Skip (never proposed again): moderators only."""

    def __init__(self, item_id: str, add: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Add" if add else "Skip",
                style=discord.ButtonStyle.success if add else discord.ButtonStyle.secondary,
                custom_id=f"feed:{'add' if add else 'skip'}:{item_id}",
            )
        )
        self.item_id = item_id
        self.add = add

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> FeedButton:
        return cls(match["id"], match["verb"] == "add")

    async def callback(self, interaction: discord.Interaction) -> None:
        await decide(cast("QuoteBot", interaction.client), interaction, self.item_id, add=self.add)


def proposal_view(item_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(FeedButton(item_id, add=True))
    view.add_item(FeedButton(item_id, add=False))
    return view


def proposal_message(item: dict[str, Any]) -> tuple[str, discord.Embed]:
    """The review channel's message for a proposal: what it is, where it came from, and its preview."""
    draft = draft_of(item)
    content = f"**New article for the corpus?** {escape(fit(item['title'] or draft.id, 200))}\n<{item['link']}>"
    body = code_block(str(item["draft"]["preview"]), 3000) + "\n" + escape(item["detail"])
    embed = discord.Embed(
        title=fit(draft.meta.get("title", draft.id), 250),
        description=fit(body, 4000),
        colour=discord.Colour.gold(),
    )
    embed.set_footer(text=f"From the feed {item['feed']}"[:2048])
    return content, embed


async def decide(bot: QuoteBot, interaction: discord.Interaction, item_id: str, add: bool) -> None:
    """A moderator's Add or Skip: checked on the server side, carried out, recorded, shown on the proposal."""
    if interaction.guild is None or not interaction.permissions.manage_messages:
        await interaction.response.send_message(
            "Only members who can manage messages in this channel can add or skip proposals.", ephemeral=True
        )
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    records, who = bot.records, str(interaction.user.id)
    try:
        item = await asyncio.to_thread(records.feed_item, item_id)
        if item is None:
            await interaction.followup.send("I have no record of this proposal.", ephemeral=True)
            return
        if item["status"] != "proposed":
            await interaction.followup.send(
                f"This proposal was {item['status']} already (by <@{item['decided_by']}>).",
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            return
        draft = draft_of(item)
        if add:
            await asyncio.to_thread(bot.service.add, [draft], who, [{"meta": draft.meta, "feed": item["link"]}])
            await asyncio.to_thread(records.decide_feed_item, item_id, "added", who)
            done = f"Added `{draft.id}`. I now answer from {len(bot.service.sources())} articles."
        else:
            await asyncio.to_thread(
                records.decide_feed_item, item_id, "skipped", who, ("skip", draft.id, who, {"feed": item["link"]})
            )
            done = "Skipped: it won't be proposed again."
    except (CorpusError, RecordsUnavailable) as exc:
        log.warning("deciding on proposal %s failed: %s", item_id, exc)
        reason = "my records can't be written right now" if isinstance(exc, RecordsUnavailable) else str(exc)
        await interaction.followup.send(f"Nothing was changed: {reason}.", ephemeral=True)
        return
    except Exception:
        log.exception("deciding on proposal %s failed", item_id)
        await bot.apologise(interaction)
        return
    log.info("proposal %s %s by %s", item_id, "added" if add else "skipped", who)
    if interaction.message is not None:
        verb = "Added" if add else "Skipped"
        try:
            await interaction.message.edit(
                content=f"{interaction.message.content}\n-# {verb} by <@{who}>",
                view=None,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException:
            log.warning("could not mark proposal %s as decided in the channel", item_id)
    await interaction.followup.send(done, ephemeral=True)


class Feeds(commands.Cog):
    """Reads the feeds in [feeds] and posts proposals to the review channel."""

    def __init__(self, bot: QuoteBot) -> None:
        self.bot = bot
        self.stopping = threading.Event()
        self.watcher = Watcher(bot.config.feeds, bot.engine, bot.records, stop=self.stopping)
        self._task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        if self.bot.config.feeds.urls:
            self._task = asyncio.get_running_loop().create_task(self._loop(), name="feeds")

    async def cog_unload(self) -> None:
        self.stopping.set()
        if self._task is not None:
            self._task.cancel()

    async def _loop(self) -> None:
        await self.bot.wait_until_ready()
        while not self.stopping.is_set():
            try:
                await self.run_once()
            except Exception:  # a feed's fault is logged in the watcher; this is anything else
                log.exception("watching the feeds failed")
            await asyncio.sleep(CHECK_SECONDS)

    async def run_once(self) -> None:
        """Read the feeds that are due, then post what is proposed and not yet posted."""
        outcomes, failures = await asyncio.to_thread(self.watcher.check)
        if outcomes or failures:
            counts: dict[str, int] = {}
            for o in outcomes:
                counts[o.status] = counts.get(o.status, 0) + 1
            log.info("feeds read: %s; %d feed(s) failed", counts, len(failures))
        await self.post_proposals()

    async def post_proposals(self) -> None:
        records = self.bot.records
        waiting = await asyncio.to_thread(records.unposted_proposals)
        if not waiting:
            return
        channel_id = self.bot.config.feeds.review_channel
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.HTTPException as exc:
                log.error("cannot post feed proposals: review channel %s unavailable (%s)", channel_id, exc)
                return
        if not isinstance(channel, discord.abc.Messageable):
            log.error("cannot post feed proposals: %s is not a text channel", channel_id)
            return
        for item_id in waiting:
            item = await asyncio.to_thread(records.feed_item, item_id)
            if item is None or item["draft"] is None:
                continue
            content, embed = proposal_message(item)
            message = await channel.send(
                content, embed=embed, view=proposal_view(item_id), allowed_mentions=discord.AllowedMentions.none()
            )
            await asyncio.to_thread(records.mark_posted, item_id, message.id)


async def setup(bot: QuoteBot) -> None:
    """The extension: feed proposals in the moderators' channel, with their buttons (kept across restarts)."""
    await bot.add_cog(Feeds(bot))
    bot.add_dynamic_items(FeedButton)


__all__ = ["FeedButton", "Feeds", "decide", "proposal_message", "proposal_view", "setup"]
