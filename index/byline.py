"""A byline: the line that names who wrote an article, and often when ("By Anna Berg and Jon Lie", "Posted by Hugh
Dennan on 3 May 2026", "By Priya Nand, Local Democracy Reporter"). Read when an article is added (its author and
date) and when it is cleaned (the line is the author's, not furniture)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from index.lexicon import JOURNALIST_ROLES, MONTHS

_OPENING = re.compile(r"(?:(?:posted|written|published)\s+by|by)\s+", re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+"
_NAMES = re.compile(rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*")
_MONTH_NUMBER = {form: i for i, name in enumerate(MONTHS, start=1) for form in (name, name[:3])} | {"sept": 9}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# A full date, with its year: "3 May 2026", "June 8, 2026", "Oct. 14 2026", "2026-05-03".
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})\b"
    r"|\b(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2})\b",
    re.IGNORECASE,
)
# What may stand between the names and the date: "on", "|", a comma, a dash, "updated".
_BEFORE_DATE = re.compile(r"[\s,|·•–—-]*(?:(?:on|updated|published)\s*)?$", re.IGNORECASE)
# What may follow the date: its time ("- 10:30", "at 10.30 am GMT").
# (One way only to read each part: a zone is a word of capitals after a space, so a long word cannot be split into
# zones in many ways.)
_TIME_AFTER = re.compile(r"[\s,|·•–—-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}){0,2}")
_PARTS = re.compile(r"\s*[,|·•–—]\s*|\s+-\s+")


@dataclasses.dataclass(frozen=True)
class Byline:
    author: str  # as written: "Anna Berg and Jon Lie"
    published: dt.date | None = None


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        if m.group("year3"):
            return dt.date(int(m.group("year3")), int(m.group("month3")), int(m.group("day3")))
        month = m.group("month") or m.group("month2")
        day = m.group("day") or m.group("day2")
        return dt.date(int(m.group("year") or m.group("year2")), _MONTH_NUMBER[month.lower()], int(day))
    except ValueError:  # "June 31": no date
        return None


def is_a_job(part: str) -> bool:
    """'Local Democracy Reporter', 'Eastern Europe analyst': what the author is, not who."""
    words = part.split()
    return bool(words) and words[-1].lower().strip(".,") in JOURNALIST_ROLES


# A line that is a date alone, as a page prints under its byline: "October 11, 2026", "Published: 3 May 2026 10:30",
# "Updated 2026-05-03".
_DATE_LINE_OPENING = re.compile(r"(?:(?:published|posted|updated|first published)\s*(?:on\s*)?:?\s*)?", re.I)


def read_date_line(line: str) -> dt.date | None:
    """The date a line is when it is nothing but a date (perhaps after "Published:" and before its time), else
    None: "October 11, 2026" is one, "On October 11, 2026 the talks began" is not."""
    rest = line.strip().rstrip(" .")
    opening = _DATE_LINE_OPENING.match(rest)
    rest = rest[opening.end() :] if opening else rest
    dated = _DATE.match(rest)
    if not dated:
        return None
    after = rest[dated.end() :].strip(" .,")
    return _date(dated) if not after or _TIME_AFTER.fullmatch(after) else None


# A wire's credits closing its story: "(Reporting by Mette Krogh; Editing by Paul Strand)", "(Additional reporting by
# ...)": the reporters named first are its authors.
_CREDITS = re.compile(r"^\(\s*(?:additional\s+)?reporting\s+by\s+(?P<names>[^;()]+?)\s*(?:;[^()]*)?\)\.?$", re.I)


def credited_reporters(line: str) -> list[str]:
    """The reporters a wire's credit line names ("(Reporting by Mette Krogh and Ole Dahl; Editing by ...)": Mette
    Krogh, Ole Dahl), else none."""
    m = _CREDITS.match(line.strip())
    if m is None:
        return []
    names = [n.strip() for n in re.split(r",|\band\b|&", m.group("names")) if n.strip()]
    return names if all(_NAMES.fullmatch(n) for n in names) else []


def authors_of(byline: Byline) -> list[str]:
    """The names a byline gives, less the outlet or place after them ("By Sofie Berg, Radio Syd": Sofie Berg and
    "Radio Syd" as parts; whoever of them the article's metadata names is its author)."""
    return [p.strip() for p in re.split(r",|\band\b|&", byline.author) if p.strip()]


def read_byline(line: str) -> Byline | None:
    """The byline a line is ("By", "Posted by", "Written by", then names, then maybe a job and a date), else None:
    a line opening with "By" that goes on with anything else ("By the harbour on Tuesday") is none."""
    m = _OPENING.match(line.strip())
    if not m:
        return None
    rest = line.strip()[m.end() :].rstrip(" .")
    published = None
    dated = _DATE.search(rest)
    if dated:
        after = rest[dated.end() :].strip(" .,")
        if after and not _TIME_AFTER.fullmatch(after):
            return None  # words after the date: not a byline of names and a date
        published = _date(dated)
        rest = _BEFORE_DATE.sub("", rest[: dated.start()])
    parts = [p for p in _PARTS.split(rest) if p]
    # a job after the names ("Local Democracy Reporter"), or who the author is in lower case ("parent at the school")
    while len(parts) > 1 and (is_a_job(parts[-1]) or parts[-1][:1].islower()):
        parts.pop()
    names = ", ".join(parts)
    if not parts or not _NAMES.fullmatch(names) or is_a_job(names):
        return None
    return Byline(names if len(parts) > 1 else parts[0], published)
