"""A follow-up question in a conversation, read against the answer before it: "who said that?" and "the second
quote" point at a quote already shown; a question that leans on the one before ("when was that?", "and what did
Turkey say?") is asked together with it. The answer is still only quotes: this module only says what to show."""

from __future__ import annotations

import dataclasses
import re

_ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "5th": 4,
    "last": -1,
}
# "the second quote", "quote 2", "the last one"
_NAMED_QUOTE = re.compile(
    r"\b(?P<ord>"
    + "|".join(_ORDINALS)
    + r")\s+(?:quote|one|passage|source)\b|\bquote\s*(?:#|no\.?\s*)?(?P<num>[1-5])\b",
    re.IGNORECASE,
)
# Words that point back at what was said before.
_POINTING = re.compile(r"\b(?:that|this|it|its|they|them|their|he|him|his|she|her|there|then|those|these)\b", re.I)
# Asking who said a quote, or where it comes from: answered by the quote itself, with its speaker and source.
_WHO_SAID = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:who|which (?:outlet|paper|site|agency)|what outlet)\s+(?:said|says|say|wrote|reported|"
    r"claimed|made)\b|\b(?:source|link|where (?:is|was|does|did) (?:that|it|this) (?:from|come from|come))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*", re.IGNORECASE)
# Words that carry no subject of their own in a follow-up ("and what about ...", "so when was that?").
_FILLER = frozenset(
    """a an the and or but so then what who whom whose which when where why how is are was were be been do does did
    done has have had will would can could should about of to in on at for from by with that this it its they them
    their there those these he him his she her say said says tell told more also again else please anything
    something thing things just really come came comes source link quote one find get""".split()
)


@dataclasses.dataclass(frozen=True)
class FollowUp:
    """What a follow-up asks: a quote already shown (`quote`, its position), or a question for the articles."""

    question: str  # what to ask the articles ("" when a quote already shown answers it)
    quote: int | None = None  # the position of the quote that answers it, in the answer before


def resolve(question: str, previous_question: str, shown: int) -> FollowUp:
    """Read `question` after an answer to `previous_question` that showed `shown` quotes."""
    text = " ".join(question.split())
    named = _NAMED_QUOTE.search(text)
    if named and shown:
        if named["num"]:
            position = int(named["num"]) - 1
        else:
            position = _ORDINALS[named["ord"].lower()]
            position = shown - 1 if position < 0 else position
        if 0 <= position < shown:
            return FollowUp("", position)
    own = [w for w in _WORD.findall(text.lower()) if w not in _FILLER]
    if _WHO_SAID.search(text) and shown and not own:
        return FollowUp("", 0)  # "who said that?", "is there a source for it?": the quote shown first
    leans = bool(_POINTING.search(text)) or text.lower().startswith(("and ", "but ", "so ", "what about"))
    if previous_question and (leans or len(own) <= 1):
        return FollowUp(f"{text} ({' '.join(previous_question.split())})")
    return FollowUp(text)


__all__ = ["FollowUp", "resolve"]
