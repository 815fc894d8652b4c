"""Moderators' commands: /pins, /report, /addsource and /removesource. Each checks Manage Messages on the
server side, from the permissions Discord sends with the interaction."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cog import Refusal
from bot.corpus_admin import FETCH_DEADLINE, add_article, describe, fetch, remove_article
from bot.fetching import Busy, FetchPool
from bot.records import RecordsUnavailable
from bot.render import DESCRIPTION_LIMIT, escape, fit, join_within
from bot.report import build_report, report_chart, report_embed
from index import ingest
from index.errors import CorpusError

if TYPE_CHECKING:
    from bot.client import QuoteBot

log = logging.getLogger(__name__)


def require_moderator(interaction: discord.Interaction) -> None:
    if interaction.guild is None or not interaction.permissions.manage_messages:
        raise Refusal("Only members who can manage messages in this channel can do that.")


def not_done(error: CorpusError | RecordsUnavailable) -> str:
    """Why a change was not made, for a moderator: the records' file path stays in the log."""
    if isinstance(error, RecordsUnavailable):
        return "my records can't be written right now (see the bot's log)"
    return str(error)


def quote_stands(quote: dict[str, Any], articles: dict[str, Any]) -> bool:
    """Whether a pinned quote still stands word for word in its article as the corpus has it now."""
    article = articles.get(quote["source"]["id"])
    return article is not None and quote["text"] in article.text


class AddConfirm(discord.ui.View):
    """Add or Cancel under a preview; only the moderator who asked can press them."""

    def __init__(self, bot: QuoteBot, draft: ingest.Draft, moderator_id: int) -> None:
        super().__init__(timeout=600)
        self.bot = bot
        self.draft = draft
        self.moderator_id = moderator_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.moderator_id or not interaction.permissions.manage_messages:
            await interaction.response.send_message("Only the moderator who asked can confirm this.", ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Add to the articles", style=discord.ButtonStyle.success, custom_id="source:add")
    async def add(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        engine = self.bot.engine
        try:
            await asyncio.to_thread(
                add_article,
                self.draft,
                self.bot.config.corpus_dir,
                self.bot.records,
                str(interaction.user.id),
                {"meta": self.draft.meta},
                lambda path: engine.add([path]),
                engine.load,
            )
        except (CorpusError, RecordsUnavailable) as exc:
            log.warning("adding %s failed: %s", self.draft.id, exc)
            await interaction.followup.send(f"Not added: {not_done(exc)}. Nothing was changed.", ephemeral=True)
            return
        self.stop()
        log.info("article %s added by %s", self.draft.id, interaction.user.id)
        await interaction.followup.send(
            f"Added `{self.draft.id}`. I now answer from {len(self.bot.engine.sources)} articles "
            f"(index `{self.bot.engine.version}`).",
            ephemeral=True,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary, custom_id="source:cancel")
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.stop()
        await interaction.response.send_message("Not added.", ephemeral=True)


class Moderation(commands.Cog):
    """Corpus upkeep and insight for moderators."""

    def __init__(self, bot: QuoteBot) -> None:
        self.bot = bot
        self.fetches = FetchPool()  # pages and their extraction, apart from the threads records use

    async def cog_unload(self) -> None:
        self.fetches.close()

    @app_commands.command(name="pins", description="Pinned answers, marked where a quote no longer stands.")
    async def pins(self, interaction: discord.Interaction) -> None:
        require_moderator(interaction)
        records = await asyncio.to_thread(self.bot.records.pins, interaction.guild_id)
        articles = self.bot.engine.index.articles
        lines = []
        for p in reversed(records[-20:]):
            ok = all(quote_stands(q, articles) for q in p.quotes)
            mark = (
                "\N{WHITE HEAVY CHECK MARK}"
                if ok
                else "\N{WARNING SIGN} a quote no longer stands (article changed or removed)"
            )
            lines.append(
                f"{mark}\n**{escape(fit(p.question, 200))}**\n-# pinned {p.pinned_at} by <@{p.pinned_by}>, "
                f"index `{p.index_version}` \u00b7 https://discord.com/channels/{p.guild_id}/{p.channel_id}/{p.message_id}"
            )
        embed = discord.Embed(
            title=f"Pinned answers ({len(records)})",
            description=join_within("\n\n", lines, DESCRIPTION_LIMIT - 1) or "Nothing pinned yet.",
            colour=discord.Colour.blurple(),
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="report", description="What members ask, where the articles have gaps.")
    @app_commands.describe(days="How many days back (default 7)")
    async def report(self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 7) -> None:
        require_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await asyncio.to_thread(build_report, self.bot.records, days, interaction.guild_id)
        chart = await asyncio.to_thread(report_chart, report)
        embed = report_embed(report)
        files = []
        if chart:
            files.append(discord.File(io.BytesIO(chart), filename="questions.png"))
            embed.set_image(url="attachment://questions.png")
        await interaction.followup.send(embed=embed, files=files, ephemeral=True)

    @app_commands.command(name="addsource", description="Add an article (a .txt or .html file, or a URL).")
    @app_commands.describe(
        file="The article as a .txt or .html file",
        url="Or the article's address",
        title="Title, if the page does not give it",
        outlet="Outlet, if the page does not give it",
        published="Publication date, YYYY-MM-DD",
        author="Author",
    )
    async def addsource(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        author: str | None = None,
    ) -> None:
        require_moderator(interaction)
        if (file is None) == (url is None):
            raise Refusal("Give either a file or a URL.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            if file is not None:
                if file.size > ingest.MAX_BYTES:
                    raise CorpusError("the file is larger than 5 MB")
                data, name = await file.read(), file.filename
            else:
                assert url is not None
                data = await self.fetches.run(fetch, url, FETCH_DEADLINE, self.fetches.stopping)
                name = url.rsplit("/", 1)[-1] or "page.html"
            # Extracting a large page's text takes seconds: off the event loop, in the fetch threads.
            draft = (await self.fetches.run(lambda: ingest.draft_from(data, name, url=url))).with_meta(
                title=title or "", outlet=outlet or "", published=published or "", author=author or ""
            )
            if "outlet" not in draft.meta:
                raise CorpusError("the page does not say its outlet; give it with the `outlet` option")
            index = self.bot.engine.index
            preview = await asyncio.to_thread(ingest.preview, draft, list(index.articles.values()), index)
            draft.article()  # metadata checked before a preview is offered
        except Busy as exc:
            raise Refusal(f"I can't fetch that now: {exc}.") from exc
        except (CorpusError, OSError) as exc:  # OSError: the page could not be fetched (URLError, timeout)
            await interaction.followup.send(f"I can't add that: {exc}", ephemeral=True)
            return
        text = "```\n" + describe(draft, preview).replace("```", "'''")[:3500] + "\n```"
        if preview.duplicate_of:
            await interaction.followup.send(text + "\nThe corpus has this article already.", ephemeral=True)
            return
        await interaction.followup.send(
            text,
            view=AddConfirm(self.bot, draft, interaction.user.id),
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    @app_commands.command(name="removesource", description="Take an article out of the corpus.")
    @app_commands.describe(article_id="The article's id (see /sources)")
    async def removesource(self, interaction: discord.Interaction, article_id: str) -> None:
        require_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        keep = self.bot.config.discord.pins_db.parent / "removed"
        try:
            kept = await asyncio.to_thread(
                remove_article,
                article_id,
                self.bot.config.corpus_dir,
                keep,
                self.bot.records,
                str(interaction.user.id),
                self.bot.engine.load,
            )
        except (CorpusError, RecordsUnavailable) as exc:
            log.warning("removing %s failed: %s", article_id, exc)
            await interaction.followup.send(f"Not removed: {not_done(exc)}. Nothing was changed.", ephemeral=True)
            return
        await interaction.followup.send(f"Removed `{article_id}`; its files are kept in `{kept}`.", ephemeral=True)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        from bot.cog import user_message

        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        if not isinstance(original, Refusal):
            log.error("moderation command failed", exc_info=original)
        await self.bot.tell(interaction, user_message(original))


__all__ = ["Moderation"]
