"""Sentence splitting keeps abbreviations, initials and ellipses inside sentences, and offsets exact."""

from __future__ import annotations

from index.sentences import split_sentences


def _split(text: str) -> list[str]:
    spans = split_sentences(text)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()
    return [text[s:e] for s, e in spans]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    """'U.S. Air Force Col. John' and 'Adrian J.T. Rankine-Galloway' stay whole."""
    text = (
        "U.S. Air Force Col. John Dorrian spoke. Maj. Adrian J.T. Rankine-Galloway told the U.S. Senate so. "
        "Sen. John McCain (R, Az) disagreed."
    )
    assert _split(text) == [
        "U.S. Air Force Col. John Dorrian spoke.",
        "Maj. Adrian J.T. Rankine-Galloway told the U.S. Senate so.",
        "Sen. John McCain (R, Az) disagreed.",
    ]


def test_quotes_keep_their_attribution() -> None:
    """A closing quote followed by 'he said' is one sentence; a new quotation starts a new one."""
    text = "“The Russians could be stretching the truth a bit,” Oakford said. “Turkey is flying there.”"
    assert _split(text) == [
        "“The Russians could be stretching the truth a bit,” Oakford said.",
        "“Turkey is flying there.”",
    ]


def test_ellipsis_without_space_does_not_split() -> None:
    """'reconnaissance...two planes' is inside one sentence."""
    text = "After conducting reconnaissance...two planes struck. Then they left."
    assert _split(text) == ["After conducting reconnaissance...two planes struck.", "Then they left."]


def test_offsets_are_relative_to_the_whole_text() -> None:
    """A span of a paragraph inside a larger text maps back to the larger text."""
    text = "Header\nFirst one. Second one.\nFooter"
    start = text.index("First")
    end = text.index("\nFooter")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_splitting_grows_in_proportion_to_the_text() -> None:
    """A 5 MB article splits as a 50 KB one does, a hundred times over (it was quadratic: 400 KB took 45 s).
    Counted in regex steps' outcome, not timed: the spans of the long text are the short one's, repeated."""
    para = "Col. J.T. Smith said the U.S. plan was approved. The ministry denied it on Jan. 5, officials said.\n"
    short = para * 500
    long = para * 50_000  # about 5 MB
    n_short, n_long = len(split_sentences(short)), len(split_sentences(long))
    assert n_long == 100 * n_short == 100 * 2 * 500
