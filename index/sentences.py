"""Sentence boundaries with character offsets, aware of abbreviations, initials and quotation marks."""

from __future__ import annotations

import re

# Words that end with a period without ending a sentence (lower-case, without the period).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov pres col gen lt maj sgt capt cmdr adm cpl pvt st ft mt jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs inc corp co ltd dept est approx
    u.s u.k u.n u.s.a e.g i.e a.m p.m d.c""".split()
)
_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# A sentence glued to the next with no space, as pages joined from separate elements leave them:
# "... all the difference.Donald Trump said" (a lower-case word, a period, a capitalised word).
_GLUED = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+\b)")
_LONGEST_WORD = 64  # characters looked at before a period: longer runs of letters and dots are no abbreviation
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` belongs to an abbreviation or an initial."""
    # Only the word just before the period matters: searching from the start of the text made splitting an
    # article quadratic in its length.
    m = _WORD_BEFORE.search(text, max(0, dot - _LONGEST_WORD), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials: "J.T." or a single capital letter, e.g. "Adrian J. Smith".
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word)) and len(word.replace(".", "")) <= 3


def glued_joins(text: str, start: int, end: int) -> list[int]:
    """Where sentences glued with no space end in text[start:end] (just after their period)."""
    return [m.end() for m in _GLUED.finditer(text, start, end)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    boundaries = sorted(
        [*_BOUNDARY.finditer(text, start, end), *_GLUED.finditer(text, start, end)], key=lambda m: m.start()
    )
    for m in boundaries:
        punct = m.group()
        if punct.startswith(".") and not punct.startswith("...") and _is_abbreviation(text, m.start()):
            continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
