"""Buttons under an answer. Their custom_ids carry the answer's id, so they keep working after a restart."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.app.records import RecordsUnavailable
from bot.app.refusals import user_message
from bot.render import answer_embed, fit
from index.answer import Answer, Quote
from index.corpus import is_web_address

if TYPE_CHECKING:
    from bot.discord_edge.client import QuoteBot

log = logging.getLogger(__name__)

MAX_PINS_CODE = 30003  # Discord: "Maximum number of pins reached"


class PinButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"answer:pin:(?P<id>[0-9a-f]{16})"):
    """Pins the answer's message and records who pinned what; only for members who can manage messages."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Pin",
                emoji="\N{PUSHPIN}",
                style=discord.ButtonStyle.secondary,
                custom_id=f"answer:pin:{answer_id}",
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PinButton:
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("QuoteBot", interaction.client)
        try:
            await pin_answer(bot, interaction, self.answer_id)
        except RecordsUnavailable as exc:
            log.warning("pinning answer %s: %s", self.answer_id, exc)
            await bot.tell(interaction, user_message(exc))
        except Exception:
            log.exception("pinning answer %s failed", self.answer_id)
            await bot.apologise(interaction)


async def pin_answer(bot: QuoteBot, interaction: discord.Interaction, answer_id: str) -> None:
    """Check the member's permission on the server side, pin, record, then acknowledge."""
    say = interaction.response.send_message
    if interaction.guild is None or interaction.message is None:
        await say("Answers can only be pinned in a server channel.", ephemeral=True)
        return
    # interaction.permissions are the clicking member's resolved permissions in this channel, as Discord
    # computed them: a hidden or forged button does not change them.
    if not interaction.permissions.manage_messages:
        await say("Only members who can manage messages in this channel can pin answers.", ephemeral=True)
        return
    if await asyncio.to_thread(bot.service.stored, answer_id) is None:
        await say("I have no record of this answer any more, so I won't pin it.", ephemeral=True)
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    await asyncio.to_thread(bot.service.check_writable)  # a pin that can't be recorded is not made
    message = interaction.message
    try:
        await message.pin(reason=f"Answer pinned by {interaction.user} ({interaction.user.id})")
    except discord.Forbidden:
        await interaction.followup.send(
            "I can't pin here: I need the **Manage Messages** permission in this channel.", ephemeral=True
        )
        return
    except discord.HTTPException as exc:
        if exc.code == MAX_PINS_CODE:
            await interaction.followup.send(
                "This channel has reached Discord's limit of pinned messages. Unpin one, then try again.",
                ephemeral=True,
            )
            return
        raise
    try:
        record = await asyncio.to_thread(
            bot.service.record_pin,
            answer_id,
            message.id,
            message.channel.id,
            interaction.guild.id,
            interaction.user.id,
        )
    except BaseException:  # pinned but not recorded: take the pin back, so that none is left unrecorded
        try:
            await message.unpin(reason="the pin could not be recorded")
        except discord.HTTPException:
            log.warning("answer %s stays pinned in %s without a record", answer_id, message.channel.id)
        raise
    log.info("answer %s pinned by %s in channel %s", answer_id, interaction.user.id, message.channel.id)
    await interaction.followup.send(
        f"Pinned, and recorded: answer `{record.answer_id}` on index `{record.index_version}`, "
        f"by you at {record.pinned_at}.",
        ephemeral=True,
    )


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"answer:vote:(?P<id>[0-9a-f]{16}):(?P<vote>up|down)"
):
    """Helpful / Not helpful: one vote per member and answer, changeable; kept for the moderators' report."""

    def __init__(self, answer_id: str, helpful: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="\N{THUMBS UP SIGN}" if helpful else "\N{THUMBS DOWN SIGN}",
                style=discord.ButtonStyle.secondary,
                custom_id=f"answer:vote:{answer_id}:{'up' if helpful else 'down'}",
            )
        )
        self.answer_id = answer_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> VoteButton:
        return cls(match["id"], match["vote"] == "up")

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("QuoteBot", interaction.client)
        try:
            if not await asyncio.to_thread(bot.service.vote, self.answer_id, interaction.user.id, self.helpful):
                await interaction.response.send_message("I have no record of this answer any more.", ephemeral=True)
                return
            word = "helpful" if self.helpful else "not helpful"
            await interaction.response.send_message(
                f"Thanks: recorded as {word}. Press the other button to change your vote.", ephemeral=True
            )
        except RecordsUnavailable as exc:
            log.warning("recording a vote on %s: %s", self.answer_id, exc)
            await bot.tell(interaction, user_message(exc))
        except Exception:
            log.exception("recording a vote on %s failed", self.answer_id)
            await bot.apologise(interaction)


class MoreButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"answer:more:(?P<id>[0-9a-f]{16})"):
    """Shows the member, privately, the further quotes of the answer that passed the relevance cut."""

    def __init__(self, answer_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="More quotes", style=discord.ButtonStyle.secondary, custom_id=f"answer:more:{answer_id}"
            )
        )
        self.answer_id = answer_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> MoreButton:
        return cls(match["id"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("QuoteBot", interaction.client)
        try:
            answer = await asyncio.to_thread(bot.service.stored, self.answer_id)
            if answer is None:
                await interaction.response.send_message("I have no record of this answer any more.", ephemeral=True)
                return
            if not answer.more:
                await interaction.response.send_message("Those were all the quotes I found.", ephemeral=True)
                return
            further = dataclasses.replace(answer, quotes=answer.more, more=())
            await interaction.response.send_message(
                embed=answer_embed(further, more=True),
                view=sources_view(further.quotes) or discord.utils.MISSING,
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except RecordsUnavailable as exc:
            log.warning("more quotes of %s: %s", self.answer_id, exc)
            await bot.tell(interaction, user_message(exc))
        except Exception:
            log.exception("showing more quotes of %s failed", self.answer_id)
            await bot.apologise(interaction)


SOURCE_BUTTONS = 5  # link buttons to the quoted articles: one row (Discord: 5 a row, labels of 80 characters)


def source_buttons(quotes: Sequence[Quote]) -> list[discord.ui.Button[Any]]:
    """A link button to each article quoted (once each, in the quotes' order) that has a web address."""
    buttons: list[discord.ui.Button[Any]] = []
    seen: set[str] = set()
    for quote in quotes:
        source = quote.source
        if source.id in seen or not source.url or not is_web_address(source.url):
            continue
        seen.add(source.id)
        label = fit(f"{source.outlet}: {source.title}" if source.title else source.outlet, 80)
        buttons.append(discord.ui.Button(style=discord.ButtonStyle.link, url=source.url, label=label))
        if len(buttons) == SOURCE_BUTTONS:
            break
    return buttons


def sources_view(quotes: Sequence[Quote]) -> discord.ui.View | None:
    buttons = source_buttons(quotes)
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons:
        view.add_item(button)
    return view


def answer_view(answer_id: str, answer: Answer | None = None, follow: bool = False) -> discord.ui.View:
    """Pin, the votes, More quotes (when the answer has more) and Follow up (`follow`: in a server channel) on
    the first row; the quoted articles' links on the second."""
    from bot.discord_edge.threads import FollowButton

    view = discord.ui.View(timeout=None)
    view.add_item(PinButton(answer_id))
    view.add_item(VoteButton(answer_id, helpful=True))
    view.add_item(VoteButton(answer_id, helpful=False))
    if answer is not None and answer.more:
        view.add_item(MoreButton(answer_id))
    if follow:
        view.add_item(FollowButton(answer_id))
    if answer is not None:
        for button in source_buttons(answer.quotes):
            button.row = 1
            view.add_item(button)
    return view
