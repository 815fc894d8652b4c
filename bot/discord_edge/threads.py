"""Conversations in threads: "Follow up" opens a thread on an answer (a mention's answer gets one at once), and
the follow-ups asked there are read against the thread's last answer, kept in the records (so a restart
loses nothing)."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any, Literal, cast

import discord

from bot.app.records import RecordsUnavailable
from bot.render import fit

if TYPE_CHECKING:
    from bot.discord_edge.client import QuoteBot

log = logging.getLogger(__name__)

THREAD_EXISTS = 160004  # Discord: "A thread has already been created for this message"
# Discord archives a quiet thread after a day (its own setting; the bot follows [discord] follow_up_hours)
ARCHIVE_MINUTES: Literal[60, 1440, 4320, 10080] = 1440


class FollowButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"answer:follow:(?P<id>[0-9a-f]{16})"):
    """Opens a thread on the answer for follow-up questions (or points to the one already open)."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Follow up",
                emoji="\N{SPEECH BALLOON}",
                style=discord.ButtonStyle.secondary,
                custom_id=f"answer:follow:{answer_id}",
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> FollowButton:
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("QuoteBot", interaction.client)
        message = interaction.message
        if interaction.guild is None or message is None:
            await interaction.response.send_message("Follow-ups need a server channel.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            stored = await asyncio.to_thread(bot.service.stored, self.answer_id)
            if stored is None:
                await interaction.followup.send("I have no record of this answer any more.", ephemeral=True)
                return
            thread_id = await open_thread(bot, message, self.answer_id, stored.question, interaction.user.id)
        except RecordsUnavailable as exc:
            log.warning("opening a thread on %s: %s", self.answer_id, exc)
            await interaction.followup.send(
                "My records can't be written right now; try again in a minute.", ephemeral=True
            )
            return
        except discord.HTTPException as exc:
            log.warning("opening a thread on %s: %s", self.answer_id, exc)
            await interaction.followup.send(
                "I can't open a thread here: I need *Create Public Threads* in this channel.", ephemeral=True
            )
            return
        await interaction.followup.send(
            f"Ask your follow-ups in <#{thread_id}>: mention me there with the question.", ephemeral=True
        )


async def open_thread(bot: QuoteBot, message: discord.Message, answer_id: str, question: str, who: int) -> int:
    """The thread for follow-ups on the answer in `message`: the one already open, or a new one, recorded."""
    existing = await asyncio.to_thread(bot.service.thread_of, answer_id)
    if existing is not None:
        return existing
    try:
        thread = await message.create_thread(
            name=fit(" ".join(question.split()) or "Follow-ups", 100), auto_archive_duration=ARCHIVE_MINUTES
        )
    except discord.HTTPException as exc:
        if exc.code == THREAD_EXISTS and message.guild is not None:
            thread_id = message.id  # a message's thread has the message's id
            await asyncio.to_thread(bot.service.open_thread, thread_id, answer_id, message.guild.id, who)
            return thread_id
        raise
    await asyncio.to_thread(
        bot.service.open_thread, thread.id, answer_id, message.guild.id if message.guild else None, who
    )
    hours = bot.config.discord.follow_up_hours
    await thread.send(
        "Follow-ups on this answer go here: mention me with the question (*who said that?*, *when was that?*,"
        f" *the second quote?*). Every answer is still quoted from the articles. I follow this thread until"
        f" {hours:g} hours after the last question.",
        allowed_mentions=discord.AllowedMentions.none(),
    )
    return thread.id


__all__ = ["FollowButton", "open_thread"]
