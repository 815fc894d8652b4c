"""Moderators' commands: /pins, /report, /addsource and /removesource. Each checks Manage Messages on the
server side, from the permissions Discord sends with the interaction."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app.articles import FETCH_DEADLINE, describe, fetch
from bot.app.records import RecordsUnavailable
from bot.app.refusals import Refusal, user_message
from bot.app.report import report_chart, report_embed
from bot.discord_edge.fetching import Busy, FetchPool
from bot.render import DESCRIPTION_LIMIT, code_block, escape, fit, join_within
from index import ingest
from index.builder import BuildTimedOut
from index.corpus import is_web_address
from index.errors import CoreError, CorpusError

if TYPE_CHECKING:
    from bot.discord_edge.client import QuoteBot

log = logging.getLogger(__name__)

MAX_SOURCES = 8  # articles in one /addsource: a preview each, in one message (Discord allows 10 embeds)


def require_moderator(interaction: discord.Interaction) -> None:
    if interaction.guild is None or not interaction.permissions.manage_messages:
        raise Refusal("Only members who can manage messages in this channel can do that.")


def not_done(error: CoreError | RecordsUnavailable) -> str:
    """Why a change was not made, for a moderator: the records' and the index's paths stay in the log."""
    if isinstance(error, RecordsUnavailable):
        return "my records can't be written right now (see the bot's log)"
    if isinstance(error, CorpusError | BuildTimedOut):
        return str(error)
    return "my index can't be brought up to date right now (see the bot's log)"


def quote_stands(quote: dict[str, Any], articles: dict[str, Any]) -> bool:
    """Whether a pinned quote still stands word for word in its article as the corpus has it now."""
    article = articles.get(quote["source"]["id"])
    return article is not None and quote["text"] in article.text


class AddConfirm(discord.ui.View):
    """Add or Cancel under a preview of one or more articles; only the moderator who asked can press them."""

    def __init__(self, bot: QuoteBot, drafts: list[ingest.Draft], moderator_id: int) -> None:
        super().__init__(timeout=600)
        self.bot = bot
        self.drafts = drafts
        self.moderator_id = moderator_id
        if len(drafts) > 1:
            self.add.label = f"Add these {len(drafts)} articles"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.moderator_id or not interaction.permissions.manage_messages:
            await interaction.response.send_message("Only the moderator who asked can confirm this.", ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Add to the articles", style=discord.ButtonStyle.success, custom_id="source:add")
    async def add(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        ids = ", ".join(f"`{d.id}`" for d in self.drafts)
        try:
            await asyncio.to_thread(
                self.bot.service.add, self.drafts, str(interaction.user.id), [{"meta": d.meta} for d in self.drafts]
            )
        except (CoreError, RecordsUnavailable) as exc:  # CoreError: the article, or the index's update
            log.warning("adding %s failed: %s", ids, exc)
            await interaction.followup.send(f"Not added: {not_done(exc)}. Nothing was changed.", ephemeral=True)
            return
        self.stop()
        log.info("articles %s added by %s", ids, interaction.user.id)
        await interaction.followup.send(
            f"Added {ids}. I now answer from {len(self.bot.service.sources())} articles"
            f" (index `{self.bot.service.index_version}`).",
            ephemeral=True,
        )

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary, custom_id="source:cancel")
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.stop()
        await interaction.response.send_message("Not added.", ephemeral=True)


@dataclasses.dataclass(frozen=True)
class Offered:
    """One source of an /addsource: its draft and preview, or why it is left out."""

    label: str
    draft: ingest.Draft | None = None
    preview: ingest.Preview | None = None
    refused: str = ""

    @property
    def addable(self) -> bool:
        return self.draft is not None and self.preview is not None and not self.preview.duplicate_of


def offer_embeds(offered: list[Offered]) -> list[discord.Embed]:
    """One embed per source (Discord: 10 embeds, 6,000 characters in all): the preview, or why it is out."""
    each = min(4096, 5400 // max(1, len(offered)))
    embeds = []
    for o in offered:
        if o.draft is not None and o.preview is not None:
            text = describe(o.draft, o.preview)
            if o.preview.duplicate_of:
                text += "\nLeft out: the corpus has it already."
        else:
            text = f"Left out: {o.refused}"
        colour = discord.Colour.green() if o.addable else discord.Colour.red()
        embeds.append(discord.Embed(title=fit(o.label, 250), description=code_block(text, each), colour=colour))
    return embeds


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
        records = await asyncio.to_thread(self.bot.service.pins, interaction.guild_id)
        articles = self.bot.service.articles()
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
        report = await asyncio.to_thread(self.bot.service.report, days, interaction.guild_id)
        chart = await asyncio.to_thread(report_chart, report)
        embed = report_embed(report)
        files = []
        if chart:
            files.append(discord.File(io.BytesIO(chart), filename="questions.png"))
            embed.set_image(url="attachment://questions.png")
        await interaction.followup.send(embed=embed, files=files, ephemeral=True)

    @app_commands.command(name="addsource", description="Add articles (.txt or .html files, or URLs).")
    @app_commands.describe(
        file="An article as a .txt or .html file",
        file2="Another article file",
        file3="Another article file",
        url="Or the article's address (several, separated by spaces)",
        title="Title, if the page does not give it (one article only)",
        outlet="Outlet, if the page does not give it",
        published="Publication date, YYYY-MM-DD",
        author="Author",
    )
    async def addsource(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        file2: discord.Attachment | None = None,
        file3: discord.Attachment | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        author: str | None = None,
    ) -> None:
        require_moderator(interaction)
        files = [f for f in (file, file2, file3) if f is not None]
        urls = (url or "").split()
        if not files and not urls:
            raise Refusal("Give a file or a URL (or several).")
        if len(files) + len(urls) > MAX_SOURCES:
            raise Refusal(f"Give at most {MAX_SOURCES} articles at once.")
        if title and len(files) + len(urls) > 1:
            raise Refusal("A title describes one article: give it with one file or URL at a time.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        meta = {"title": title or "", "outlet": outlet or "", "published": published or "", "author": author or ""}
        offered: list[Offered] = []
        sources: list[discord.Attachment | str] = [*files, *urls]
        for source in sources:
            earlier = [o.draft for o in offered if o.addable and o.draft]
            offered.append(await self._offer(source, meta, earlier, fill_only=len(sources) > 1))
        drafts = [o.draft for o in offered if o.addable and o.draft is not None]
        if len(offered) == 1:
            (only,) = offered
            if only.draft is None or only.preview is None:
                await interaction.followup.send(f"I can't add that: {only.refused}", ephemeral=True)
                return
            text = code_block(describe(only.draft, only.preview), 3500)
            if only.preview.duplicate_of:
                await interaction.followup.send(text + "\nThe corpus has this article already.", ephemeral=True)
                return
            await interaction.followup.send(
                text,
                view=AddConfirm(self.bot, drafts, interaction.user.id),
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            return
        summary = f"{len(drafts)} of {len(offered)} articles can be added" + ("." if drafts else "; nothing to add.")
        await interaction.followup.send(
            summary,
            embeds=offer_embeds(offered),
            view=AddConfirm(self.bot, drafts, interaction.user.id) if drafts else discord.utils.MISSING,
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def _offer(
        self,
        source: discord.Attachment | str,
        meta: dict[str, str],
        earlier: list[ingest.Draft],
        fill_only: bool = False,
    ) -> Offered:
        """Read or fetch one source, extract it, and preview it against the corpus and the earlier ones."""
        label = source.filename if isinstance(source, discord.Attachment) else source
        try:
            if isinstance(source, discord.Attachment):
                if source.size > ingest.MAX_BYTES:
                    raise CorpusError("the file is larger than 5 MB")
                data, name, url = await source.read(), source.filename, None
            else:
                if not is_web_address(source):
                    raise CorpusError("that is not an http(s) address")
                data = await self.fetches.run(fetch, source, FETCH_DEADLINE, self.fetches.stopping)
                name, url = source.rsplit("/", 1)[-1] or "page.html", source
            # Extracting a large page's text takes seconds: off the event loop, in the fetch threads.
            draft = await self.fetches.run(lambda: ingest.draft_from(data, name, url=url))
            # for several articles the options fill in what a page doesn't say; for one they correct it
            draft = draft.with_meta(**{k: v for k, v in meta.items() if not (fill_only and k in draft.meta)})
            if "outlet" not in draft.meta:
                raise CorpusError("the page does not say its outlet; give it with the `outlet` option")
            if any(d.id == draft.id for d in earlier):
                raise CorpusError(f"another article here has the id `{draft.id}`; add it on its own with a title")
            draft.article()  # metadata checked before a preview is offered
            preview = await asyncio.to_thread(self.bot.service.preview, draft, earlier)
        except Busy as exc:
            return Offered(label, refused=f"I can't fetch that now: {exc}")
        except (CorpusError, OSError) as exc:  # OSError: the page could not be fetched (URLError, timeout)
            return Offered(label, refused=str(exc))
        return Offered(label, draft, preview)

    @app_commands.command(name="removesource", description="Take an article out of the corpus.")
    @app_commands.describe(article_id="The article's id (see /sources)")
    async def removesource(self, interaction: discord.Interaction, article_id: str) -> None:
        require_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            kept = await asyncio.to_thread(self.bot.service.remove, article_id, str(interaction.user.id))
        except (CoreError, RecordsUnavailable) as exc:
            log.warning("removing %s failed: %s", article_id, exc)
            await interaction.followup.send(f"Not removed: {not_done(exc)}. Nothing was changed.", ephemeral=True)
            return
        await interaction.followup.send(f"Removed `{article_id}`; it is kept in `{kept}`.", ephemeral=True)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        if not isinstance(original, Refusal):
            log.error("moderation command failed", exc_info=original)
        await self.bot.tell(interaction, user_message(original))


async def setup(bot: QuoteBot) -> None:
    """The extension: the moderators' commands."""
    await bot.add_cog(Moderation(bot))


__all__ = ["Moderation", "setup"]
