"""Pure rendering of answers for people: plain text for the console, embeds for Discord. No I/O here."""

from __future__ import annotations

import re

from index.answer import Answer, Quote
from index.corpus import Source

NO_ANSWER = "The articles don't answer that."
SIDE_HEADINGS = {"claim": "What is claimed", "denial": "What is denied", "other": "What others say"}


def source_line(source: Source) -> str:
    """'Outlet, "Title" (2017-01-23) <url>' with the parts that are known."""
    parts = [source.outlet]
    if source.title:
        parts.append(f"\u201c{source.title}\u201d")
    line = ", ".join(parts)
    if source.published:
        line += f" ({source.published})"
    return line


def _also(quote: Quote) -> str:
    return ", ".join(dict.fromkeys(s.outlet for s in quote.also_in))


def answer_text(answer: Answer, width: int = 100) -> str:
    """The answer as plain text, quotes first, each followed by who said it and where."""
    lines = [f"Q: {answer.question}", ""]
    if answer.abstained or not answer.quotes:
        lines.append(NO_ANSWER)
        return "\n".join(lines)
    if answer.disputed:
        lines.append("The sources conflict on this.")
        lines.append("")
    current_side: str | None = None
    for quote in answer.quotes:
        if answer.disputed and quote.side != current_side and quote.side:
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
