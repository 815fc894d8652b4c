"""Suggestions for /ask: only what several members asked and the articles answered, matched as one types."""

from __future__ import annotations

from bot.discord_edge.suggestions import Suggestions, fold


def test_a_question_is_suggested_once_three_members_asked_it_in_that_server() -> None:
    s = Suggestions()
    rows = [(1, m, "Where is the ferry?") for m in (1, 2)] + [(1, 2, "where is the ferry")]  # one member twice
    s.refresh(rows)
    assert s.matching(1, "") == []
    s.refresh([*rows, (1, 3, "Where is the ferry ?")])
    assert s.matching(1, "") == ["Where is the ferry?"]  # the wording most members used
    assert s.matching(2, "") == []  # another server asked nothing


def test_every_typed_word_must_be_there_the_last_as_a_beginning() -> None:
    s = Suggestions()
    s.refresh([(None, m, q) for q in ("Who sank the ferry?", "Who owns the harbour?") for m in (1, 2, 3)])
    assert s.matching(None, "who fer") == ["Who sank the ferry?"]
    assert s.matching(None, "ferry whom") == []  # no word of it begins with "whom"
    assert s.matching(None, "harb") == ["Who owns the harbour?"]
    assert fold("  Who  sank the FERRY?! ") == "who sank the ferry"


def test_a_question_longer_than_a_choice_is_not_suggested() -> None:
    s = Suggestions()
    long = "Who " + "really " * 20 + "sank the ferry?"
    s.refresh([(None, m, long) for m in (1, 2, 3)])
    assert s.matching(None, "") == []
