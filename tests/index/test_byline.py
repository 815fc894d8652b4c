"""Bylines on lines written for the test: who wrote an article, and when."""

from __future__ import annotations

import datetime as dt

import pytest

from index.byline import Byline, read_byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Anna Berg and Jon Lie", Byline("Anna Berg and Jon Lie")),
        ("By Ana Silva, Jon Lie", Byline("Ana Silva, Jon Lie")),
        ("Posted by Ian Lowe on 3 May 2026", Byline("Ian Lowe", dt.date(2026, 5, 3))),
        ("Written by Ian Lowe - 2026-05-03", Byline("Ian Lowe", dt.date(2026, 5, 3))),
        ("By Ian Lowe, June 8, 2026", Byline("Ian Lowe", dt.date(2026, 6, 8))),
        ("By Ian Lowe | Oct. 14, 2026 - 10:30 GMT", Byline("Ian Lowe", dt.date(2026, 10, 14))),
        # a job after the name is no second author
        ("By Ian Lowe, Harbour Correspondent", Byline("Ian Lowe")),
        ("By Ian Lowe, Ana Silva, staff writer", Byline("Ian Lowe, Ana Silva")),
        # nor is who the author is, in lower case
        ("Posted by Ida Moe, parent at Portmore primary school", Byline("Ida Moe")),
        # no byline: words after the date, a phrase that is no name, a job alone, a date that does not exist
        ("By Ian Lowe, June 8, 2026 in Portmore", None),
        ("By the harbour on Tuesday", None),
        ("By Staff Reporter", None),
        ("The ferry sailed by Portmore on 3 May 2026", None),
        # a long word after the time is no zone (read one way only, whatever its length)
        ("Written by Ian Lowe, 3 May 2026 10:30 " + "x" * 60 + " and on -", None),
    ],
)
def test_a_byline_gives_its_authors_and_date(line: str, expected: Byline | None) -> None:
    assert read_byline(line) == expected


def test_a_date_that_does_not_exist_is_no_date() -> None:
    byline = read_byline("By Ian Lowe, June 31, 2026")
    assert byline is not None and byline.published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("October 11, 2026", dt.date(2026, 10, 11)),
        ("11 October 2026", dt.date(2026, 10, 11)),
        ("Published: 3 May 2026 10:30", dt.date(2026, 5, 3)),
        ("Updated 2026-05-03", dt.date(2026, 5, 3)),
        ("On October 11, 2026 the talks began.", None),  # a sentence that holds a date
        ("October 11, 2026, the day the talks began", None),
        ("October 2026", None),  # no day
    ],
)
def test_a_line_that_is_only_a_date_gives_it(line: str, expected: dt.date | None) -> None:
    from index.byline import read_date_line

    assert read_date_line(line) == expected
