"""Chunks and sentences are exact spans of their articles, sized and overlapping as configured."""

from __future__ import annotations

from pathlib import Path

from index.chunking import article_sentences, chunk_sentences
from index.corpus import Article, Source, load_corpus
from tests.conftest import CORPUS


def test_offsets_map_back_to_the_article() -> None:
    """Every sentence's offsets give its text; a chunk spans its first to its last sentence."""
    articles, _ = load_corpus(CORPUS)
    for article in articles:
        sentences = article_sentences(article)
        assert sentences
        for s in sentences:
            assert article.text[s.start : s.end] == s.text
        chunks = chunk_sentences(sentences, max_chars=300, overlap=1)
        by_id = {s.id: s for s in sentences}
        for c in chunks:
            first, last = by_id[c.sentence_ids[0]], by_id[c.sentence_ids[-1]]
            assert (c.start, c.end) == (first.start, last.end)
            assert len(c.text) <= 300 or len(c.sentence_ids) == 1
        covered = {sid for c in chunks for sid in c.sentence_ids}
        assert covered == set(by_id)


def test_chunks_overlap_by_the_configured_sentences() -> None:
    """Consecutive chunks of one article share exactly `overlap` sentences."""
    text = " ".join(f"Sentence number {i} says something short." for i in range(12))
    article = Article(Source(id="t", outlet="Test"), text, Path("t.txt"))
    sentences = article_sentences(article)
    assert len(sentences) == 12
    for overlap in (0, 1, 2):
        chunks = chunk_sentences(sentences, max_chars=140, overlap=overlap)
        assert len(chunks) > 2
        for a, b in zip(chunks, chunks[1:], strict=False):
            assert len(set(a.sentence_ids) & set(b.sentence_ids)) == overlap


def test_a_line_ending_in_a_colon_introduces_what_follows_it_closely() -> None:
    from index.chunking import Sentence, introduces

    text = "The board said:\nThe ferry is safe.\n\n\n\nTolls rise in May."
    line = Sentence(0, "a", 0, 15, "The board said:", 0)
    statement = Sentence(1, "a", 16, 34, "The ferry is safe.", 1)
    later = Sentence(2, "a", 38, 56, "Tolls rise in May.", 2)
    assert text[statement.start : statement.end] == statement.text and text[later.start : later.end] == later.text
    assert introduces(line, statement)
    assert not introduces(statement, later)  # no colon
    # an empty paragraph between: what the line introduced (an embedded post, a picture) is not in the text
    gap_line = Sentence(1, "a", 16, 34, "The ferry is safe:", 1)
    assert not introduces(gap_line, later)
    assert not introduces(line, Sentence(1, "b", 16, 34, "The ferry is safe.", 0))  # another article


def test_a_short_question_of_two_words_is_kept_a_label_is_not() -> None:
    """ "Does it?" after an interviewer's premise is a question of its own; a dateline or a one-word line is not a
    sentence."""
    from pathlib import Path

    from index.chunking import article_sentences
    from index.corpus import Article, Source

    text = "OSLO, May 4.\n\nThe union says it has 400 members. Does it?\n\nWhy?\n\nWe have not seen the list.\n"
    article = Article(Source(id="a", outlet="Coast Radio"), text, Path("a.txt"))
    assert [s.text for s in article_sentences(article)] == [
        "The union says it has 400 members.",
        "Does it?",
        "We have not seen the list.",
    ]


def test_a_question_standing_as_a_paragraph_is_explained_by_the_paragraph_after_it() -> None:
    """An explainer's subheading ("Who was on board?") is answered by the first sentences of the next paragraph;
    a question ending a paragraph of narration, one quoting someone, one followed by another article's text or
    by nothing, is explained by nothing."""
    from pathlib import Path

    from index.chunking import EXPLAINED_SENTENCES, explained_by
    from index.corpus import Article, Source

    answer = ["Six anglers and the skipper.", "Most were from the town.", "Two had come for the week.", "One left."]
    text = (
        "The boat sank on Friday. Was it overloaded?\n\nWho was on board?\n\n" + " ".join(answer) + "\n\n"
        '"Why did nobody warn us?"\n\nThe harbour master has not answered.\n\nQ: Is that usual?\n\nA: It is rare.\n\n'
        "What happens next?\n"
    )
    sentences = article_sentences(Article(Source(id="a", outlet="Coast Radio"), text, Path("a.txt")))
    by_text = {s.text: s.id for s in sentences}
    assert [sentences[i].text for i in explained_by(sentences, by_text["Who was on board?"])] == answer[
        :EXPLAINED_SENTENCES
    ]
    assert explained_by(sentences, by_text["Was it overloaded?"]) == ()  # ends a paragraph of narration
    assert explained_by(sentences, by_text['"Why did nobody warn us?"']) == ()  # someone's words
    assert explained_by(sentences, by_text["What happens next?"]) == ()  # the article's end
    assert explained_by(sentences, by_text["Q: Is that usual?"]) == ()  # an interviewer's, answered by its label
    assert explained_by(sentences, by_text["Most were from the town."]) == ()  # no question
