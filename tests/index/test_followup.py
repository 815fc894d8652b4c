"""Follow-ups read against the answer before them, on questions written for the test."""

from __future__ import annotations

import pytest

from index.followup import FollowUp, resolve

BEFORE = "Did the harbour board sell the ferry?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who said that?", FollowUp("", 0)),
        ("Who said it", FollowUp("", 0)),
        ("is there a source for the second quote?", FollowUp("", 1)),
        ("who said the third one?", FollowUp("", 2)),
        ("what about the last quote", FollowUp("", 2)),
        ("source for quote 2?", FollowUp("", 1)),
        ("where did that come from?", FollowUp("", 0)),
    ],
)
def test_a_quote_already_shown_answers_who_said_it_and_where_it_is_from(question: str, expected: FollowUp) -> None:
    assert resolve(question, BEFORE, shown=3) == expected


def test_a_quote_that_was_not_shown_is_not_pointed_at() -> None:
    assert resolve("who said the fifth quote?", BEFORE, shown=3).quote is None


@pytest.mark.parametrize(
    "question",
    ["when was that?", "and what did the mayor say?", "Why did they do it?", "where?", "what about the crew"],
)
def test_a_question_leaning_on_the_one_before_is_asked_with_it(question: str) -> None:
    follow = resolve(question, BEFORE, shown=2)
    assert follow.quote is None and follow.question == f"{question} ({BEFORE})"


def test_a_question_of_its_own_is_asked_as_it_is() -> None:
    question = "How many passengers did the ferry carry last summer?"
    assert resolve(question, BEFORE, shown=2) == FollowUp(question)
    assert resolve("Who said the ferry was unsafe?", BEFORE, shown=2) == FollowUp("Who said the ferry was unsafe?")
