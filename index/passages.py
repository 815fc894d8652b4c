"""Whether two sentences carry the same passage: a reprint, or another translation of one statement."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from index.cleaning import normalize
from index.keyword import token_tuple


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text))


def same_passage(a: str, b: str) -> bool:
    """True when two sentences carry the same passage: a run of 8 words or most of the shorter one in common,
    or (another translation of one statement) most of the shorter one's content words."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    m = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    if m.size >= 8 or m.size >= 0.6 * min(len(wa), len(wb)):
        return True
    ta, tb = set(token_tuple(a)), set(token_tuple(b))
    shared = len(ta & tb)
    return shared >= 9 and shared >= 0.7 * min(len(ta), len(tb))


@lru_cache(maxsize=16384)
def same_passage_again(a: str, b: str) -> bool:
    """same_passage, remembered: answering compares the same copies of a passage from question to question (a
    build compares each pair once and does not fill the memory with them)."""
    return same_passage(a, b)
