"""Keyword tokens: abbreviations people type and initials written with dots meet the words of the articles."""

from __future__ import annotations

import pytest

from index.keyword import tokenize


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("the A.P. reported", "the AP reported"),
        ("State Dept officials", "State Department officials"),
        ("shared intel on targets", "shared intelligence on targets"),
        ("the MoD said", "the Ministry of Defense said"),
        ("any photos of the crossing", "any photographs of the crossing"),
        # British and American spellings
        ("the Defence Ministry's organisations", "the Defense Ministry's organizations"),
        ("40 kilometres from the harbour centre", "40 kilometers from the harbor center"),
        ("the first joint op", "the first joint operation"),
        ("a Govt statement", "a government statement"),
        ("Gen. Lee", "General Lee"),
        ("U.S. troops", "US troops"),
    ],
)
def test_an_abbreviation_and_its_word_give_the_same_tokens(typed: str, written: str) -> None:
    assert tokenize(typed) == tokenize(written)


def test_single_initials_are_not_joined_with_the_next_word() -> None:
    """'J. Smith' keeps the surname; only runs of two or more dotted letters are one word."""
    assert "smith" in tokenize("J. Smith said")
