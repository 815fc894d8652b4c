"""The timeline: dated events in order, relative days resolved against the publication date where possible."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.chunking import article_sentences
from index.corpus import Article, Source
from index.engine import Engine
from index.timeline import article_events, order


def _events(text: str, published: str | None) -> list[tuple[str, dt.date | None]]:
    article = Article(Source(id="t", outlet="Gazette", published=published), text, Path("t.txt"))
    return [(e.said, e.date) for e in order(article_events(article_sentences(article), article.source))]


def test_monday_is_resolved_against_the_publication_date() -> None:
    """Published on Thursday 2017-01-26: 'Monday' is 23 January, 'today' the 26th."""
    got = dict(_events("Officials met on Monday to agree a plan. The plan was published today.", "2017-01-26"))
    assert got["Monday"] == dt.date(2017, 1, 23)
    assert got["today"] == dt.date(2017, 1, 26)


def test_a_day_later_counts_from_the_date_before() -> None:
    got = _events("The talks opened on March 3. A day later, the delegates walked out.", "2017-03-10")
    assert got == [("March 3", dt.date(2017, 3, 3)), ("A day later", dt.date(2017, 3, 4))]


def test_a_month_after_publication_is_in_the_year_before() -> None:
    """'August 24' in an article of January 2017 is August 2016; 'September of 2015' is a month."""
    got = dict(_events("On August 24, the offensive began. It had been planned since September of 2015.", "2017-01-23"))
    assert got["August 24"] == dt.date(2016, 8, 24)
    assert got["September of 2015"] == dt.date(2015, 9, 1)


def test_without_a_publication_date_a_weekday_stays_relative() -> None:
    events = _events("The ministry spoke on Monday. On January 22, 2017, the strike took place.", None)
    assert events[0] == ("January 22, 2017", dt.date(2017, 1, 22))
    assert events[-1] == ("Monday", None)


def test_events_are_in_order() -> None:
    got = _events("On May 5 the third thing. On May 1 the first thing. On May 3 the second thing.", "2017-06-01")
    assert [d for _, d in got] == sorted(d for _, d in got if d)


def test_the_corpus_timeline_has_the_incidents_dates(engine: Engine) -> None:
    """September 2015, August 2016 and 18, 21, 22, 23 and 24 January 2017, in that order."""
    events = engine.timeline()
    dates = [e.date for e in events if e.date]
    assert dates == sorted(dates)
    labels = [e.label for e in events]
    for wanted in [
        "September 2015",
        "24 August 2016",
        "18 January 2017",
        "21 January 2017",
        "22 January 2017",
        "23 January 2017",
        "24 January 2017",
    ]:
        assert wanted in labels, wanted
    # The Monday of the undated fact-check cannot be resolved and is shown as the article words it.
    assert any(e.date is None and e.said == "Monday" for e in events)


def test_a_text_dated_only_relative_to_another_day() -> None:
    from index.timeline import dated_only_relatively

    for text in ["A day later, the ferry sailed.", "Earlier in the day the board met.", "The ferry sailed today."]:
        assert dated_only_relatively(text), text
    for text in ["The ferry sailed on March 3.", "It sailed in September of 2015.", "The board met on Tuesday."]:
        assert not dated_only_relatively(text), text
    assert not dated_only_relatively("A day later, on March 4, the ferry sailed again.")  # a day beside it
    assert not dated_only_relatively("The ferry sailed just days after the storm.")  # no date it can read


def test_a_word_such_as_after_dates_what_its_clause_holds() -> None:
    """ "days after the mayor was sworn in" dates the swearing-in (a term of the question in the clause of "after");
    "before the gale arrived" does not date a shed blowing over, however near the shed stands before it."""
    from index.keyword import tokenize
    from index.timeline import dates_relative_to

    sworn = frozenset(tokenize("when was the mayor sworn in?"))
    assert dates_relative_to("The row began just days after the new mayor was sworn in.", sworn)
    shed = frozenset(tokenize("when did the shed blow over?"))
    assert not dates_relative_to("A shed like that blows over if its bolts rusted before the gale arrived.", shed)
    assert dates_relative_to("The fence was mended the day after the shed blew over.", shed)


def test_a_word_such_as_until_does_not_say_when_the_awaited_event_comes() -> None:
    """Of a question of when something is to happen, a sentence that dates something else against that very event
    ("until the council has signed the lease") does not say when it comes; one dating it does, as does a clause of
    another event, and a past event placed before another keeps its answer."""
    from index.keyword import tokenize
    from index.question import asks_future
    from index.timeline import dated_against

    def dated(text: str, question: str) -> bool:
        return asks_future(question) and dated_against(text, frozenset(tokenize(question)))

    lease = "when will the council sign the lease?"
    assert dated("The café cannot open until the council has signed the lease.", lease)
    assert dated("Staff will be hired after the council signs the lease.", lease)
    assert not dated("The council is expected to sign the lease in May.", lease)
    assert not dated("The council will sign the lease after the auditors report.", lease)  # another event's clause
    assert not dated("The café opened days after the council signed the lease.", "when did the council sign the lease?")


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Planned operations will resume on Wednesday.", True),
        ("We'll meet them on Thursday.", True),
        ("The union said its members wouldn't work before Monday.", True),
        ("The board expects to publish its findings within 30 days.", True),
        ("Results are expected next week.", True),
        ("A second strike is planned for 23 March.", True),
        ("The hall stays shut until Thursday.", True),
        ("A new mast should be in place by 28 November.", True),
        ("The inquiry opened on Tuesday.", False),
        ("Police have opened an inquiry, and it may clear him.", False),
        ("The report was written by Northern Wire staff in 2024.", False),
        ("Fares rose by 12 percent in March.", False),
        ("Two Russian planes struck targets on Monday.", False),  # "planes" is no "plan"
        ("Willing volunteers duelled with the flames at dawn.", False),  # nor "willing" "will", "duelled" "due"
    ],
)
def test_a_time_still_to_come(text: str, future: bool) -> None:
    from index.timeline import tells_future

    assert tells_future(text) is future
