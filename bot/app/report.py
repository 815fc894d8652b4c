"""The moderators' report: what members ask most, where the articles have gaps, which answers missed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import Counter
from typing import Any

from bot.app.records import Activity
from bot.render import DESCRIPTION_LIMIT, escape, join_within
from index.cleaning import normalize


@dataclasses.dataclass(frozen=True)
class Report:
    days: int
    asked: int
    abstained: int
    most_asked: tuple[tuple[str, int], ...]
    gaps: tuple[tuple[str, int], ...]  # questions the bot abstained on: where the corpus has a gap
    not_helpful: tuple[tuple[str, int, int], ...]  # (question, helpful, not helpful)
    per_day: tuple[tuple[str, int, int], ...]  # (date, asked, abstained)


def build_report(records: Activity, days: int, guild_id: int | None = None, now: dt.datetime | None = None) -> Report:
    now = now or dt.datetime.now(dt.UTC)
    since = (now - dt.timedelta(days=days)).isoformat(timespec="seconds")
    rows = records.asked_since(since, guild_id)
    shown: dict[str, str] = {}
    asked: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    per_day: dict[str, list[int]] = {}
    for question, abstained, at, _ in rows:
        key = normalize(question).rstrip("?!. ")
        shown.setdefault(key, question)
        asked[key] += 1
        day = per_day.setdefault(at[:10], [0, 0])
        day[0] += 1
        if abstained:
            gaps[key] += 1
            day[1] += 1
    misses = tuple((q, h, n) for _, q, h, n in records.voted_not_helpful_since(since, guild_id))
    return Report(
        days=days,
        asked=len(rows),
        abstained=sum(1 for r in rows if r[1]),
        most_asked=tuple((shown[k], n) for k, n in asked.most_common(10)),
        gaps=tuple((shown[k], n) for k, n in gaps.most_common(10)),
        not_helpful=misses[:10],
        per_day=tuple((d, v[0], v[1]) for d, v in sorted(per_day.items())),
    )


def report_text(r: Report) -> str:
    lines = [f"Last {r.days} days: {r.asked} questions, {r.abstained} without an answer in the articles.", ""]
    lines.append("Most asked:")
    lines += [f"  {n:4}  {q}" for q, n in r.most_asked] or ["  (none)"]
    lines.append("The articles had no answer (gaps in the corpus):")
    lines += [f"  {n:4}  {q}" for q, n in r.gaps] or ["  (none)"]
    lines.append("Answers voted not helpful:")
    lines += [f"  {n:4} not helpful / {h} helpful  {q}" for q, h, n in r.not_helpful] or ["  (none)"]
    return "\n".join(lines) + "\n"


def report_embed(r: Report) -> Any:
    import discord

    def block(title: str, items: list[str]) -> str:
        return f"__**{title}**__\n" + ("\n".join(items) if items else "-# none")

    parts = [
        f"**{r.asked}** questions in the last {r.days} days; **{r.abstained}** had no answer in the articles.",
        block("Most asked", [f"`{n:>3}` {escape(q)}" for q, n in r.most_asked]),
        block("No answer in the articles (gaps)", [f"`{n:>3}` {escape(q)}" for q, n in r.gaps]),
        block("Voted not helpful", [f"`{n:>3}` vs {h} {escape(q)}" for q, h, n in r.not_helpful]),
    ]
    return discord.Embed(
        title="Moderator report",
        description=join_within("\n\n", parts, DESCRIPTION_LIMIT - 1),
        colour=discord.Colour.blurple(),
    )


def report_chart(r: Report) -> bytes | None:
    """Questions a day, answered and not: a PNG, or None when there is nothing to draw."""
    if not r.per_day:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = [d for d, _, _ in r.per_day]
    answered = [a - g for _, a, g in r.per_day]
    gaps = [g for _, _, g in r.per_day]
    fig, ax = plt.subplots(figsize=(6.5, 3.2))
    ax.bar(days, answered, label="answered", color="#5865F2")
    ax.bar(days, gaps, bottom=answered, label="no answer in the articles", color="#ED4245")
    ax.set_ylabel("questions")
    ax.set_title(f"Questions per day, last {r.days} days")
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", labelrotation=45, labelsize=7)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()
