"""The bot's commands: /ask, /sources and the "Ask the articles" message command."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app.records import RecordsUnavailable
from bot.app.refusals import QUESTION_MAX, Refusal, user_message
from bot.app.service import Asker
from bot.discord_edge.suggestions import WINDOW_DAYS, Suggestions
from bot.discord_edge.threads import open_thread
from bot.discord_edge.views import answer_view
from bot.render import answer_embed, sources_embed, timeline_embed
from index.errors import CoreError
from index.question import clean_question

if TYPE_CHECKING:
    from bot.discord_edge.client import QuoteBot

log = logging.getLogger(__name__)

SUGGESTIONS_REFRESH = 60.0  # seconds between two readings of the records for /ask's suggestions


_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_QUOTE_BLOCK = re.compile(r"^>>> .*", re.MULTILINE | re.DOTALL)
_QUOTE_LINE = re.compile(r"^> .*$", re.MULTILINE)


def addressed(text: str, user_id: int) -> bool:
    """Whether the bot is mentioned outside code and quotes: a mention shown as code, or quoted from another
    message, does not ask the bot anything."""
    plain = _QUOTE_LINE.sub(" ", _QUOTE_BLOCK.sub(" ", _CODE.sub(" ", text)))
    return re.search(rf"<@!?{user_id}>", plain) is not None


def mentions_removed(text: str, user_id: int) -> str:
    """The message's words without the mentions of the bot (`<@id>` or `<@!id>`)."""
    return " ".join(re.sub(rf"<@!?{user_id}>", " ", text).split())


class Answers(commands.Cog):
    """Answers questions by quoting the articles."""

    def __init__(self, bot: QuoteBot) -> None:
        self.bot = bot
        self.service = bot.service
        self.menu = app_commands.ContextMenu(name="Ask the articles", callback=self.ask_message)
        self.menu.error(self.on_menu_error)
        self.suggestions = Suggestions()
        self._suggesting: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)
        self._suggesting = asyncio.get_running_loop().create_task(self._keep_suggestions(), name="suggestions")

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)
        if self._suggesting is not None:
            self._suggesting.cancel()

    @app_commands.command(name="ask", description="Ask a question; the answer quotes the articles, with sources.")
    @app_commands.describe(question="What do you want to know about the 23 January 2017 al-Bab strike claims?")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, QUESTION_MAX]) -> None:
        await self.answer(interaction, question)

    @ask.autocomplete("question")
    async def suggest(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """Questions this server asked most and the articles answered (from memory: no waiting on disk)."""
        return [app_commands.Choice(name=q, value=q) for q in self.suggestions.matching(interaction.guild_id, current)]

    async def refresh_suggestions(self) -> None:
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=WINDOW_DAYS)).isoformat(timespec="seconds")
        asked = await asyncio.to_thread(self.service.suggestable, since)
        self.suggestions.refresh(asked)

    async def _keep_suggestions(self) -> None:
        while True:
            try:
                await self.refresh_suggestions()
            except Exception as exc:  # the records unavailable for a while: the last suggestions stay
                log.warning("refreshing the /ask suggestions failed: %s", exc)
            await asyncio.sleep(SUGGESTIONS_REFRESH)

    async def ask_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Answer a message in place: its text is the question."""
        text = message.content.strip()
        if not text:
            raise Refusal("That message has no text I could take as a question.")
        await self.answer(interaction, text, asked_in=message.jump_url)

    @app_commands.command(name="sources", description="List the articles the bot quotes from.")
    async def sources(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=sources_embed(self.service.sources()), allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(name="timeline", description="What happened when, as the articles tell it.")
    async def timeline(self, interaction: discord.Interaction) -> None:
        events, speaker_of = self.service.timeline()
        embed = timeline_embed(events, lambda e: speaker_of(e.sentence))
        await interaction.response.send_message(embed=embed, allowed_mentions=discord.AllowedMentions.none())

    async def check_allowed(self, interaction: discord.Interaction) -> None:
        await asyncio.to_thread(self.service.admit, _asker(interaction))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """A message that mentions the bot, or a DM, is a question: answered like /ask, in a reply to it."""
        me = self.bot.user
        if message.author.bot or me is None:
            return
        if message.guild is not None and (me not in message.mentions or not addressed(message.content, me.id)):
            return  # not addressed to the bot (and Discord sent no text for it anyway), or only quoted
        question = mentions_removed(message.content, me.id)
        conversation = None  # in a thread opened on an answer: (the answer follow-ups are read against, last time)
        if message.guild is not None:
            try:
                conversation = await asyncio.to_thread(self.service.conversation, message.channel.id)
            except RecordsUnavailable as exc:
                log.warning("reading thread %s: %s", message.channel.id, exc)
        try:
            if not self.bot.accepting:
                raise Refusal("I'm restarting; please ask again in a minute.")
            if not question.strip():
                raise Refusal("Ask me a question after the mention, for example: did the US give Russia coordinates?")
            clean_question(question, self.bot.config.answer.max_question_chars)
            await asyncio.to_thread(self.service.admit, _message_asker(message))
            if conversation is not None:
                self.service.admit_in_thread(message.channel.id)
        except (Refusal, CoreError) as exc:
            log.info("refused %s: %s", message.author.id, exc)
            await self._reply(message, user_message(exc))
            return
        self.bot.begin_answer()
        try:
            if conversation is not None:
                await self._follow_up(message, question, *conversation)
                return
            async with message.channel.typing():
                asked = await self.service.ask(question, _message_asker(message))
            answer, answer_id = asked.answer, asked.answer_id
            view = answer_view(answer_id, answer) if not answer.abstained else discord.utils.MISSING
            embed = answer_embed(answer, asked_by=message.author.display_name)
            reply = await self._reply(message, None, embed=embed, view=view)
            if reply is not None and not answer.abstained and isinstance(message.channel, discord.TextChannel):
                try:  # a mention's answer opens its conversation at once
                    await open_thread(self.bot, reply, answer_id, question, message.author.id)
                except (discord.HTTPException, RecordsUnavailable) as exc:
                    log.warning("no thread on answer %s: %s", answer_id, exc)
        except Exception as exc:
            if isinstance(exc, CoreError):
                log.info("refused %s: %s", message.author.id, exc)
            else:
                log.error("answering a mention of %s failed", message.author.id, exc_info=exc)
            await self._reply(message, user_message(exc))
        finally:
            self.bot.end_answer()

    async def _follow_up(self, message: discord.Message, question: str, before: dict[str, Any], last: str) -> None:
        """A follow-up in an answer's thread: a quote already shown, or a question asked with the one before."""
        if not self.service.following(last):
            hours = self.bot.config.discord.follow_up_hours
            await self._reply(
                message,
                f"I've stopped following this thread (nothing was asked here for {hours:g} hours). Ask with /ask,"
                " or mention me in the channel.",
            )
            return
        async with message.channel.typing():
            asked = await self.service.follow_up(question, _message_asker(message), message.channel.id, before)
        view = answer_view(asked.answer_id, asked.answer) if not asked.answer.abstained else discord.utils.MISSING
        embed = answer_embed(asked.answer, asked_by=message.author.display_name)
        await self._reply(message, None, embed=embed, view=view)

    async def _reply(self, message: discord.Message, text: str | None, **extra: Any) -> discord.Message | None:
        """Reply to the question's message; nobody is pinged, not even its author."""
        try:
            return await message.reply(
                text, mention_author=False, allowed_mentions=discord.AllowedMentions.none(), **extra
            )
        except discord.HTTPException as exc:
            log.warning("could not reply to message %s: %s", message.id, exc)
            return None

    async def answer(self, interaction: discord.Interaction, question: str, asked_in: str | None = None) -> None:
        """Check, acknowledge at once, answer off the event loop, then show the answer with its Pin button."""
        if not self.bot.accepting:
            raise Refusal("I'm restarting; please ask again in a minute.")
        clean_question(question, self.bot.config.answer.max_question_chars)  # refuse before acknowledging
        await self.check_allowed(interaction)
        self.bot.begin_answer()
        try:
            await self._answer(interaction, question, asked_in)
        finally:
            self.bot.end_answer()

    async def _answer(self, interaction: discord.Interaction, question: str, asked_in: str | None) -> None:
        await interaction.response.defer(thinking=True)
        asked = await self.service.ask(question, _asker(interaction))
        answer, answer_id = asked.answer, asked.answer_id
        follow = interaction.guild is not None and isinstance(interaction.channel, discord.TextChannel)
        view = answer_view(answer_id, answer, follow=follow) if not answer.abstained else discord.utils.MISSING
        # A footer shows text as it is (no markdown, no mentions): the name needs no escaping there.
        embed = answer_embed(answer, asked_by=interaction.user.display_name, asked_in=asked_in)
        await interaction.edit_original_response(
            embed=embed, view=view, allowed_mentions=discord.AllowedMentions.none()
        )

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await self.refused(interaction, error)

    async def on_menu_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await self.refused(interaction, error)

    async def refused(self, interaction: discord.Interaction, error: BaseException) -> None:
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        if isinstance(original, (Refusal, CoreError)):
            log.info("refused %s: %s", interaction.user.id, original)
        else:
            log.error("command failed for %s", interaction.user.id, exc_info=original)
        await self.bot.tell(interaction, user_message(original))


async def setup(bot: QuoteBot) -> None:
    """The extension: /ask and its answers, with the buttons an answer carries (kept across restarts)."""
    from bot.discord_edge.threads import FollowButton
    from bot.discord_edge.views import MoreButton, PinButton, VoteButton

    await bot.add_cog(Answers(bot))
    bot.add_dynamic_items(PinButton, VoteButton, MoreButton, FollowButton)


def _asker(interaction: discord.Interaction) -> Asker:
    return Asker(interaction.user.id, interaction.guild_id, interaction.channel_id)


def _message_asker(message: discord.Message) -> Asker:
    return Asker(message.author.id, message.guild.id if message.guild else None, message.channel.id)
