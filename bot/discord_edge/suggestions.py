"""Questions suggested as a member types /ask: the ones most asked in that server that the articles answered,
each asked by at least MIN_MEMBERS different members, so that no one member's words are shown to others.
Kept in memory and refreshed from the records in the background: a suggestion is answered within Discord's 3 s."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from index.cleaning import normalize

MIN_MEMBERS = 3  # different members who asked it before it is suggested to anyone
WINDOW_DAYS = 30  # questions asked within this many days count
CHOICE_LIMIT = 100  # Discord: a choice's name and value are at most 100 characters
CHOICES = 25  # Discord: at most 25 choices


@dataclasses.dataclass(frozen=True)
class Suggestion:
    question: str  # as most members wrote it
    key: str  # folded: case, spaces and the final punctuation ignored
    members: int


def fold(question: str) -> str:
    """A question's words for comparing: "Where is al-Bab?" and "where is  al-bab" are the same question."""
    return normalize(question).rstrip(" ?!.")


class Suggestions:
    """Per server, the questions worth suggesting, most asked first."""

    def __init__(self) -> None:
        self._by_guild: dict[int | None, tuple[Suggestion, ...]] = {}

    def refresh(self, asked: Iterable[tuple[int | None, int | None, str]]) -> None:
        """Rebuild from (guild id, member id, question) of the answered questions in the window."""
        members: dict[tuple[int | None, str], set[int | None]] = {}
        forms: dict[tuple[int | None, str], dict[str, int]] = {}
        for guild_id, user_id, question in asked:
            text = " ".join(question.split())
            key = (guild_id, fold(text))
            if not key[1] or len(text) > CHOICE_LIMIT:
                continue
            members.setdefault(key, set()).add(user_id)
            counts = forms.setdefault(key, {})
            counts[text] = counts.get(text, 0) + 1
        by_guild: dict[int | None, list[Suggestion]] = {}
        for key, who in members.items():
            if len(who) < MIN_MEMBERS:
                continue
            form = max(sorted(forms[key]), key=lambda f: forms[key][f])  # the most common wording, then the first
            by_guild.setdefault(key[0], []).append(Suggestion(form, key[1], len(who)))
        self._by_guild = {g: tuple(sorted(s, key=lambda x: (-x.members, x.key))) for g, s in by_guild.items()}

    def matching(self, guild_id: int | None, typed: str, limit: int = CHOICES) -> list[str]:
        """The suggestions of this server holding every word typed so far (the last one as a beginning)."""
        words = fold(typed).split()
        out = []
        for s in self._by_guild.get(guild_id, ()):
            have = re.findall(r"\S+", s.key)
            if all(any(h == w for h in have) for w in words[:-1]) and (
                not words or any(h.startswith(words[-1]) for h in have)
            ):
                out.append(s.question)
                if len(out) == limit:
                    break
        return out


__all__ = ["MIN_MEMBERS", "WINDOW_DAYS", "Suggestion", "Suggestions", "fold"]
