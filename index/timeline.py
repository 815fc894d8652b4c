"""The dated events the articles report, in order: explicit dates, and relative days resolved where possible.

"On January 21" takes its year from the article (the publication date, else a year the article names);
"Monday" is the last Monday on or before publication; "a day later" and "the previous day" count from
the date mentioned just before. What cannot be resolved is kept, shown as the article words it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from index.chunking import Sentence
from index.corpus import Source
from index.keyword import tokenize
from index.lexicon import MONTH_PATTERN, MONTHS, TEMPORAL, WEEKDAY_PATTERN, WEEKDAYS

# Each month by its name and its short forms ("Jan", "Sept"), from the lexicon's names.
_MONTHS = {form: i for i, name in enumerate(MONTHS, start=1) for form in (name, name[:3])} | {"sept": 9}
_MONTH = (
    rf"(?P<month>{MONTH_PATTERN}|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = list(WEEKDAYS)
_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_PATTERN})(?:\s+(?P<year2>\d{{4}}))?"
    rf"|\b(?P<month3>{MONTH_PATTERN})"
    rf"\s+(?:of\s+)?(?P<year3>\d{{4}})\b"
    rf"|\b(?P<weekday>{WEEKDAY_PATTERN})\b"
    rf"|\b(?P<today>today|yesterday|earlier in the day|the previous day|the day before|a day later|the next day|"
    rf"the following day)\b",
    re.IGNORECASE,
)


def dated_only_relatively(text: str) -> bool:
    """Whether a text's dates are all relative to something else ("a day later", "earlier in the day", "today"):
    it has one of those and no calendar day ("January 22", "September of 2015", "Monday")."""
    found = [m.group("today") is not None for m in _DATE.finditer(text)]
    return bool(found) and all(found)


# Words after a word such as "after" that its clause reaches: "just days after U.S. President Donald Trump was
# sworn into office".
RELATIVE_REACH = 6
_WORDS = re.compile(r"[\w'’.-]+")


def _shared_with_clause(text: str, terms: frozenset[str]) -> int:
    """The most of `terms` (a question's) that the clause of one word such as "after" or "until" in a text holds
    (the RELATIVE_REACH words after it); 0 when the text has no such word."""
    words = _WORDS.findall(text)
    return max(
        (
            len(terms.intersection(tokenize(" ".join(words[i + 1 : i + 1 + RELATIVE_REACH]))))
            for i, word in enumerate(words)
            if word.lower() in TEMPORAL
        ),
        default=0,
    )


def dates_relative_to(text: str, terms: frozenset[str]) -> bool:
    """Whether a text places something in time by a word such as "after" or "before" whose clause holds one of
    `terms` (a question's): "just days after Trump was sworn in" dates the swearing-in against the text's event;
    "usually had something wrong with its fixings before the storm arrived" dates no roof coming down."""
    return _shared_with_clause(text, terms) >= 1


def dated_against(text: str, terms: frozenset[str]) -> bool:
    """Whether a text's word such as "until" or "after" has in its clause the event a question of when something is
    to happen asks of (at least two of its terms, and half of them): "Work cannot begin until the design has been
    approved by the state" dates the work against the approval ("when will the state approve the design?") and says
    nothing of when the approval comes. (Of a past event, "the row began days after the mayor was sworn in" does
    place the swearing-in: before the row; index.question.asks_future tells the two questions apart.)"""
    return _shared_with_clause(text, terms) >= max(2, (len(terms) + 1) // 2)


# What tells of a time still to come: a future or a plan ("will reopen", "would publish", "expects to report", "is
# due to", "is planned for"), a time counted from now ("within 30 days", "next week", "until Thursday", "by the end
# of February", "by 28 November").
_FUTURE = re.compile(
    r"\b(?:will|would|won['’]t|wouldn['’]t|shall|going\s+to|set\s+to|due|expect(?:s|ed|ing)?|plan(?:s|ned)?|schedul(?:e|es|ed)|"
    r"(?:hope|hopes|aim|aims|intend|intends)\s+to|is\s+to|are\s+to|next|within|until|till|soon|tomorrow|upcoming|"
    r"later\s+(?:this|today|in)|coming\s+(?:days|weeks|months)|"
    rf"by\s+(?:the\s+end|(?:early|mid|late)|(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})))\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)


def tells_future(text: str) -> bool:
    """Whether a text tells of a time still to come ("Planned operations will resume on Wednesday", "Results are
    expected next week"), not only of what has happened ("Police have opened an inquiry on Tuesday"): only such a
    sentence can say when something is to happen."""
    return bool(_FUTURE.search(text))


@dataclasses.dataclass(frozen=True)
class Event:
    """A sentence that dates something, with the date it gives (or the words, when it cannot be resolved)."""

    date: dt.date | None
    precision: str  # "day" | "month" | "relative"
    said: str  # the date as the article words it: "January 21", "Monday", "a day later"
    sentence: Sentence
    source: Source

    @property
    def label(self) -> str:
        if self.date is None:
            return f"{self.said} (date not given)"
        if self.precision == "month":
            return self.date.strftime("%B %Y")
        return f"{self.date.day} {self.date.strftime('%B %Y')}"


def _year_for(month: int, day: int, published: dt.date | None, article_year: int | None) -> int | None:
    if published is not None:
        # A date without a year is the last such date on or before publication.
        year = published.year
        return year if (month, day) <= (published.month, published.day) else year - 1
    return article_year


def article_events(sentences: Sequence[Sentence], source: Source) -> list[Event]:
    """The dated sentences of one article, each dated by the first date expression it holds."""
    published = dt.date.fromisoformat(source.published) if source.published else None
    years = [int(y) for s in sentences for y in re.findall(r"\b(20\d\d|19\d\d)\b", s.text)]
    article_year = published.year if published else (max(years) if years else None)
    events: list[Event] = []
    last: dt.date | None = None  # the date mentioned most recently, for "a day later"
    for s in sentences:
        if s.kind == "byline":
            continue
        m = _DATE.search(s.text)
        if not m:
            continue
        said = m.group().strip()
        date: dt.date | None = None
        precision = "day"
        try:
            if m.group("month") or m.group("month2"):
                date = _calendar_date(m, published, article_year)
            elif m.group("month3"):
                date, precision = dt.date(int(m.group("year3")), _MONTHS[m.group("month3").lower()], 1), "month"
            elif m.group("weekday"):
                if published is not None:
                    back = (published.weekday() - _WEEKDAYS.index(m.group("weekday").lower())) % 7
                    date = published - dt.timedelta(days=back)
            else:
                words = m.group("today").lower()
                if words in ("today", "earlier in the day"):
                    date = published
                elif words == "yesterday":
                    date = published - dt.timedelta(days=1) if published else None
                elif words in ("the previous day", "the day before"):
                    # Counted from a date the same sentence gives, else from the one before.
                    other = _DATE.search(s.text[: m.start()])
                    base = _calendar_date(other, published, article_year) if other else last
                    date = base - dt.timedelta(days=1) if base else None
                else:
                    date = last + dt.timedelta(days=1) if last else None
        except ValueError:  # "February 30": not a date
            continue
        if date is None:
            precision = "relative"
        else:
            last = date
        events.append(Event(date, precision, said, s, source))
    return events


def _calendar_date(m: re.Match[str], published: dt.date | None, article_year: int | None) -> dt.date | None:
    """The date of "January 21(, 2017)" or "21 January (2017)"; None for any other kind of date expression."""
    if m.group("month"):
        month, day, year_said = _MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day")), m.group("year")
    elif m.group("month2"):
        month, day, year_said = _MONTHS[m.group("month2").lower()], int(m.group("day2")), m.group("year2")
    else:
        return None
    year = int(year_said) if year_said else _year_for(month, day, published, article_year)
    return dt.date(year, month, day) if year else None


def order(events: Sequence[Event]) -> list[Event]:
    """Dated events by date (a month before its days), then the ones that could not be dated."""
    dated = sorted(
        (e for e in events if e.date is not None),
        key=lambda e: (e.date, e.precision != "month", e.source.published or "", e.sentence.start),
    )
    return dated + [e for e in events if e.date is None]
