"""Whether two sentences carry the same passage: a reprint (a long run of words in common) or another translation
of one statement (most content words in common); remembered for answering."""

from __future__ import annotations

from index.passages import same_passage, same_passage_again

ORIGINAL = "The harbour board said on Monday that the ferry had left the port at dawn with ninety passengers aboard."
REPRINT = "On Monday the harbour board said that the ferry had left the port at dawn with ninety passengers aboard."
OTHER_WORDING = "Ninety passengers were aboard the ferry when it left port at dawn, the harbour board said Monday."
UNRELATED = "The mayor opened a new library in the old town hall on Tuesday afternoon."


def test_a_reprint_and_another_wording_carry_the_passage_and_another_sentence_does_not() -> None:
    assert same_passage(ORIGINAL, REPRINT)
    assert same_passage(ORIGINAL, OTHER_WORDING)
    assert not same_passage(ORIGINAL, UNRELATED)
    assert not same_passage(ORIGINAL, "")


def test_the_remembered_comparison_answers_as_the_comparison() -> None:
    for other in (REPRINT, OTHER_WORDING, UNRELATED, ""):
        for _ in range(2):  # computed, then remembered
            assert same_passage_again(ORIGINAL, other) == same_passage(ORIGINAL, other)
