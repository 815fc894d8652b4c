"""Pure rendering of answers for people: plain text for the console, embeds for Discord. No I/O here."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable
from typing import Any

from index.answer import Answer, Quote
from index.corpus import Source
from index.timeline import Event

NO_ANSWER = "The articles don't answer that."
SIDE_HEADINGS = {"claim": "What is claimed", "denial": "What is denied", "other": "What others say"}


# How the bot says which kind of answer the articles lack (index.question kinds).
_LACKS = {
    "date": "when",
    "time": "at what time",
    "place": "where",
    "country": "which country",
    "source": "where from",
    "number": "how many",
    "amount": "how much",
    "organisation": "which organisation",
    "agent": "who",
    "person": "who",
    "duration": "how long",
    "age": "how old",
    "height": "how high",
    "distance": "how far",
    "speed": "how fast",
    "depth": "how deep",
    "weight": "how heavy",
    "temperature": "what temperature",
    "size": "how big",
    "width": "how wide",
    "model": "which make or model",
    "bearing": "in which direction or how far",
}


def no_answer(answer: Answer) -> str:
    """Why there is no answer: the named things no article mentions, whose words were asked for that no article
    gives, the kind of answer none gives, or none of these."""
    if answer.missing:
        names = [f"\u201c{m}\u201d" for m in answer.missing]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        return f"The articles don't mention {listed}."
    if answer.unquoted:
        return f"The articles don't quote \u201c{answer.unquoted}\u201d."
    if answer.lacks.startswith("name of "):
        return f"The articles don't give the {answer.lacks}."
    if answer.lacks in _LACKS:
        return f"The articles don't say {_LACKS[answer.lacks]}."
    return NO_ANSWER


def source_line(source: Source) -> str:
    """'Outlet, "Title" (2017-01-23) <url>' with the parts that are known."""
    parts = [source.outlet]
    if source.title:
        parts.append(f"\u201c{source.title}\u201d")
    line = ", ".join(parts)
    if source.published:
        line += f" ({source.published})"
    return line


def _headed(answer: Answer, quote: Quote) -> bool:
    """Whether a quote is shown under its side's heading: every side of a disputed answer, and another voice's
    words beside an undisputed one ("What others say")."""
    return bool(quote.side) and (answer.disputed or quote.side == "other")


def _also(quote: Quote) -> str:
    return ", ".join(dict.fromkeys(s.outlet for s in quote.also_in))


def answer_text(answer: Answer, width: int = 100) -> str:
    """The answer as plain text, quotes first, each followed by who said it and where."""
    lines = [f"Q: {answer.question}"]
    if answer.read_as:
        lines.append(f"(read as: {answer.read_as})")
    lines.append("")
    if answer.abstained or not answer.quotes:
        lines.append(no_answer(answer))
        return "\n".join(lines) + "\n"
    if answer.disputed:
        lines.append("The sources conflict on this.")
        lines.append("")
    current_side: str | None = None
    for quote in answer.quotes:
        if quote.side and _headed(answer, quote) and quote.side != current_side:
            current_side = quote.side
            lines.append(f"## {SIDE_HEADINGS.get(quote.side, quote.side)}")
        if quote.speaker:
            lines.append(f"{quote.speaker}:")
        lines.extend("  > " + line for line in _wrap(quote.text, width))
        lines.append(f"    \u2014 {source_line(quote.source)}")
        if quote.source.url:
            lines.append(f"      {quote.source.url}")
        if quote.also_in:
            lines.append(f"    also reported by {_also(quote)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _wrap(text: str, width: int) -> list[str]:
    words = re.split(r"\s+", text.strip())
    lines: list[str] = []
    line = ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines


def sources_text(sources: list[Source]) -> str:
    lines = []
    for s in sources:
        lines.append(f"- {source_line(s)}")
        if s.url:
            lines.append(f"  {s.url}")
    return "\n".join(lines) + "\n"


# --- Discord -------------------------------------------------------------------------------------------

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 1024
EMBED_LIMIT = 6000
MESSAGE_LIMIT = 2000
_SENTENCE_END = re.compile(r"(?<=[.!?…\"”])\s")


def escape(text: str) -> str:
    """Text shown literally in Discord: no markdown, no mentions (@everyone, <@&id>, <@id>, <#id>)."""
    import discord

    text = discord.utils.escape_markdown(text)
    text = discord.utils.escape_mentions(text)
    # escape_mentions leaves raw id mentions of roles and channels; break them too.
    return re.sub(r"<([@#][!&]?\d+)>", "<\u200b\\1>", text)


def code_block(text: str, limit: int) -> str:
    """`text` shown as it is, in a code block of at most `limit` characters (a ``` inside cannot end it)."""
    body = text.replace("```", "'''")
    return "```\n" + body[: max(0, limit - 8)] + "\n```"


def fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a sentence boundary, else a word boundary, marked with '…'."""
    if len(text) <= limit:
        return text
    room = limit - 1
    cut = [m.start() for m in _SENTENCE_END.finditer(text, 0, room)]
    if cut and cut[-1] > room // 2:
        return text[: cut[-1]].rstrip() + " …"  # cut < limit - 1, so this fits
    space = text.rfind(" ", 0, room)
    end = space if space > room // 2 else room
    return text[:end].rstrip() + "…"


def link_target(url: str) -> str:
    """A URL as a markdown link target: every character Discord's markdown reads there (brackets, parentheses,
    emphasis marks, spaces, quotes) percent-encoded, which names the same address."""
    return urllib.parse.quote(url, safe=":/?#@!$&'+,;=%-.")


def _source_markdown(source: Source) -> str:
    title = escape(source.title) if source.title else None
    if title and source.url:
        label = f"[{title}]({link_target(source.url)})"
    elif source.url:
        label = f"[link]({link_target(source.url)})"
    else:
        label = title or ""
    parts = [f"**{escape(source.outlet)}**"]
    if label:
        parts.append(label)
    line = ", ".join(parts)
    if source.published:
        line += f" ({source.published})"
    return line


def quote_markdown(quote: Quote) -> str:
    """One quote as Discord markdown: who said it, the words as a block quote, where they stand."""
    lines = []
    if quote.speaker:
        lines.append(f"**{escape(quote.speaker)}**:")
    body = escape(" ".join(quote.text.split()))
    lines.append("> " + body)
    lines.append("\u2014 " + _source_markdown(quote.source))
    if quote.also_in:
        lines.append("-# also reported by " + escape(_also(quote)))
    return "\n".join(lines)


def answer_embed(answer: Answer, asked_by: str | None = None, asked_in: str | None = None, more: bool = False) -> Any:
    """The answer as a Discord embed: the question as title, the quotes in the description (`more`: the
    further quotes of an answer, titled so)."""
    import discord

    title = fit(("More on: " if more else "Q: ") + escape(" ".join(answer.question.split())), TITLE_LIMIT)
    colour = discord.Colour.dark_grey()
    parts: list[str] = []
    if answer.read_as:
        parts.append(f"*Read as: \u201c{escape(answer.read_as)}\u201d*")
    if answer.abstained or not answer.quotes:
        reason = no_answer(answer)
        parts.append(escape(reason) + (" Nothing in them is close enough to quote." if reason == NO_ANSWER else ""))
    else:
        if answer.disputed:
            colour = discord.Colour.orange()
            parts.append("**The sources conflict on this.**")
        else:
            colour = discord.Colour.blurple()
        side: str | None = None
        for quote in answer.quotes:
            if quote.side and _headed(answer, quote) and quote.side != side:
                side = quote.side
                parts.append(f"__**{SIDE_HEADINGS.get(side, side)}**__")
            parts.append(quote_markdown(quote))
    description = join_within("\n\n", parts, DESCRIPTION_LIMIT - 1)
    embed = discord.Embed(title=title, description=description, colour=colour)
    footer = "Quotes are word for word from the articles"
    if answer.index_version:
        footer += f" \u00b7 index {answer.index_version}"
    if asked_by:
        footer = f"Asked by {asked_by} \u00b7 " + footer
    embed.set_footer(text=fit(footer, 2048))
    if asked_in:
        embed.url = asked_in
    return embed


def join_within(sep: str, parts: list[str], limit: int) -> str:
    """Join whole parts while they fit; the first part that does not fit is cut at a sentence boundary."""
    out = ""
    for part in parts:
        candidate = part if not out else out + sep + part
        if len(candidate) <= limit:
            out = candidate
            continue
        room = limit - len(out) - len(sep)
        if room > 200:
            out = (out + sep if out else "") + fit(part, room)
        break
    return out


def sources_embed(sources: list[Source]) -> Any:
    """The articles the bot quotes from, one line each."""
    import discord

    lines = [f"\u2022 {_source_markdown(s)}" for s in sources]
    embed = discord.Embed(
        title=f"The {len(sources)} articles I quote from",
        description=join_within("\n", lines, DESCRIPTION_LIMIT - 1),
        colour=discord.Colour.blurple(),
    )
    return embed


def _groups_by_label(events: list[Event]) -> list[tuple[str, list[Event]]]:
    groups: list[tuple[str, list[Event]]] = []
    for e in events:
        if groups and groups[-1][0] == e.label:
            groups[-1][1].append(e)
        else:
            groups.append((e.label, [e]))
    return groups


def timeline_text(events: list[Event], speaker_of: Callable[[Event], str], width: int = 100) -> str:
    """Every dated event, in order, with its quote, its speaker and its source."""
    lines: list[str] = []
    for label, group in _groups_by_label(events):
        lines.append(f"## {label}")
        for e in group:
            lines.append(f"{speaker_of(e)} ({e.said}):")
            lines.extend("  > " + line for line in _wrap(e.sentence.text, width))
            lines.append(f"    \u2014 {source_line(e.source)}")
        lines.append("")
    return "\n".join(lines)


def timeline_embed(events: list[Event], speaker_of: Callable[[Event], str], per_date: int = 1) -> Any:
    """The timeline as an embed: each date with up to `per_date` quotes, within Discord's limits."""
    import discord

    parts: list[str] = []
    for label, group in _groups_by_label(events):
        lines = [f"__**{escape(label)}**__"]
        for e in group[:per_date]:
            quote = fit(" ".join(e.sentence.text.split()), 220)
            lines.append(f"> {escape(quote)}\n\u2014 {escape(speaker_of(e))}, {_source_markdown(e.source)}")
        if len(group) > per_date:
            lines.append(f"-# and {len(group) - per_date} more on this date")
        parts.append("\n".join(lines))
    return discord.Embed(
        title="What happened when, as the articles tell it",
        description=join_within("\n\n", parts, DESCRIPTION_LIMIT - 1),
        colour=discord.Colour.blurple(),
    )
