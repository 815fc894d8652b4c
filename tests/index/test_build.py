"""Building an index of articles written for the test (with a hash embedder): what each sentence's stored side and
answer say."""

from __future__ import annotations

from pathlib import Path

from index.build import build
from index.config import IndexSettings
from index.corpus import Article, Source
from index.embedder import HashEmbedder
from index.engine import Engine


def test_a_byline_is_no_claim_and_the_lead_after_it_answers_nothing(tmp_path: Path) -> None:
    """'By Ana Silva' is the author's, but asserts nothing: the lead's denial right after it answers no claim."""
    text = (
        "Port denies crane collapse was caused by wind\n\n"
        "By Ana Silva\n\n"
        "The port authority on Monday denied that high wind had brought down a crane at the north quay.\n\n"
        "The dockers' union said the crane had been left running in a storm warning.\n"
    )
    article = Article(Source(id="port", outlet="Harbour News", author="Ana Silva"), text, Path("port.txt"))
    index = build([article], HashEmbedder(32), IndexSettings(dir=tmp_path))
    by_text = {s.text: s.id for s in index.sentences}
    byline = by_text["By Ana Silva"]
    lead = next(i for t, i in by_text.items() if t.startswith("The port authority"))
    assert index.sides[byline] == "other"
    assert index.sides[lead] == "denial" and index.answers[lead] == -1


def test_the_built_keyword_index_holds_the_lemmas_of_irregular_words(engine: Engine) -> None:
    """The build stores each sentence's lemma terms (index.nlp.lemma_terms) with its words: a sentence of the
    shipped articles that says "found" is found by "find", which it never writes."""
    texts = [engine.index.sentences[int(i)].text.lower() for i in engine.index.keyword.sentences_with("find")]
    assert any("found" in t and "find" not in t for t in texts)
