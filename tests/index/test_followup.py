"""Follow-ups read against the answer before them, on questions written for the test."""

from __future__ import annotations

import pytest

from index.answer import Answer
from index.followup import FollowUp, becomes_context, resolve

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
    [
        "when was that?",
        "Why did they do it?",
        "where?",
        "what about the crew",
        "And how about the fares?",
        "and what did the mayor say?",
        "which harbour board?",
    ],
)
def test_a_question_leaning_on_the_one_before_is_asked_with_it(question: str) -> None:
    follow = resolve(question, BEFORE, shown=2)
    assert follow.quote is None and follow.question == f"{question} ({BEFORE})"


def test_a_question_of_its_own_is_asked_as_it_is() -> None:
    question = "How many passengers did the ferry carry last summer?"
    assert resolve(question, BEFORE, shown=2) == FollowUp(question)
    assert resolve("Who said the ferry was unsafe?", BEFORE, shown=2) == FollowUp("Who said the ferry was unsafe?")


def test_a_follow_up_naming_its_own_subject_is_asked_alone() -> None:
    assert resolve("What did the mayor say?", BEFORE, shown=2) == FollowUp("What did the mayor say?")


def test_he_or_she_is_the_person_the_question_before_named() -> None:
    before = "What did Ana Silva tell the radio?"
    assert resolve("what did she tell the newspaper?", before, 2, person="Ana Silva") == FollowUp(
        "what did Ana Silva tell the newspaper?"
    )
    assert resolve("when did he say it?", before, 2, person="Ana Silva") == FollowUp(
        f"when did Ana Silva say it? ({before})"
    )
    assert resolve("what did she say?", BEFORE, 2, person=None).question == f"what did she say? ({BEFORE})"


def test_the_question_before_is_carried_once_not_nested() -> None:
    assert resolve("why?", f"when was that? ({BEFORE})", 1) == FollowUp(f"why? ({BEFORE})")
    asked = "who paid for the repairs?"
    assert resolve("why?", f"{asked} ({BEFORE})", 1) == FollowUp(f"why? ({asked})")


def test_only_a_new_answered_question_becomes_the_context() -> None:
    """The thread's next follow-up is read against a new answer, not against a quote shown again or a "don't say"."""
    answered = Answer("Who paid for the bridge?", (), False)
    assert becomes_context(FollowUp("Who paid for the bridge?"), answered)
    assert not becomes_context(FollowUp("", quote=1), answered)
    assert not becomes_context(FollowUp("Who paid for the ferry?"), Answer("Who paid for the ferry?", (), True))
