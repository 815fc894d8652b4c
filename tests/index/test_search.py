"""Retrieval's closeness of a sentence to a question (index.search.cosines), on articles written for the test, with
the real model and index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index import search
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine

BRIDGE = (
    "Holt footbridge shut\n\n"
    "The town council of Holt closed the wooden footbridge over the river Aller on Monday after a walker reported "
    "a cracked beam. It will stay shut until engineers have checked every beam, which could take six weeks.\n\n"
    "The bakery on Mill Street will stay shut on Sunday for a family wedding.\n\n"
    "A market will be held on the square on Saturday, as every year.\n"
)


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder) -> Engine:
    directory = tmp_path_factory.mktemp("search")
    corpus = directory / "corpus"
    corpus.mkdir()
    (corpus / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (corpus / "bridge.toml").write_text('title = "Holt footbridge shut"\noutlet = "Holt Post"\n', encoding="utf-8")
    return Engine(Path(corpus), IndexSettings(dir=directory / "idx"), AnswerSettings(), embedder=real_embedder).load()


def _sid(engine: Engine, start: str) -> int:
    return next(s.id for s in engine.index.sentences if s.text.startswith(start))


def _own(engine: Engine, sid: int, qvec: np.ndarray) -> float:
    return float(np.asarray(engine.index.sentence_vectors[sid]) @ qvec)


def test_a_sentence_leaving_its_subject_to_the_one_before_is_as_close_as_its_paragraph(bridge: Engine) -> None:
    """'It will stay shut until ...' says nothing of the footbridge in its own words: the sentence before it in
    its paragraph does, and lifts it toward the question, above the bakery that also stays shut."""
    qvec = bridge.embed(["How long will the footbridge in Holt be closed?"])[0]
    shut, bakery = _sid(bridge, "It will stay shut"), _sid(bridge, "The bakery")
    lifted, alone = search.cosines(bridge.index, [shut, bakery], qvec)
    assert lifted > _own(bridge, shut, qvec) + 0.02
    assert alone == pytest.approx(_own(bridge, bakery, qvec))  # a paragraph of its own, after the bridge's
    assert lifted > alone


def test_a_sentence_never_falls_below_its_own_cosine(bridge: Engine) -> None:
    """The paragraph only lifts: the sentence that says it in its own words keeps its cosine, and every sentence
    is at least as close as alone."""
    qvec = bridge.embed(["Why was the footbridge over the Aller closed?"])[0]
    sids = [s.id for s in bridge.index.sentences]
    got = search.cosines(bridge.index, sids, qvec)
    own = np.array([_own(bridge, sid, qvec) for sid in sids])
    assert np.all(got >= own - 1e-6)
    assert search.cosines(bridge.index, [], qvec).shape == (0,)


def test_without_the_paragraph_the_subjectless_sentence_stays_low(
    bridge: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no weight for the paragraph the sentence is only its own words: the lift above is the rule's."""
    monkeypatch.setattr(search, "CONTEXT_WEIGHT", 0.0)
    qvec = bridge.embed(["How long will the footbridge in Holt be closed?"])[0]
    shut = _sid(bridge, "It will stay shut")
    assert search.cosines(bridge.index, [shut], qvec)[0] == pytest.approx(_own(bridge, shut, qvec))


def test_a_paragraph_whose_vectors_cancel_out_gives_no_nan() -> None:
    """Two sentences of one paragraph whose vectors sum to nothing (a synthetic index may hold such): each keeps its
    own cosine, a number, not NaN, which would sort anywhere."""
    from types import SimpleNamespace

    import numpy as np

    from index.search import cosines

    v = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    index = SimpleNamespace(sentence_vectors=np.stack([v, -v]), paragraphs=np.array([0, 0]))
    got = cosines(index, [0, 1], np.array([1.0, 0.0, 0.0]))  # type: ignore[arg-type]
    assert np.isfinite(got).all() and got[0] == pytest.approx(1.0)


EXPLAINER = (
    "Holt footbridge: what we know\n\n"
    "The wooden footbridge over the river Aller has been shut since Monday.\n\n"
    "Who found the crack?\n\n"
    "A dog walker, who rang the council from the bank. Engineers arrived within the hour.\n\n"
    "The bakery on Mill Street will stay shut on Sunday for a family wedding.\n"
)


def test_the_answer_of_a_leading_question_standing_alone_is_a_candidate(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """An explainer's subheading ("Who found the crack?") near the question brings the paragraph after it among
    the candidates, though that paragraph's words are far from the question."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "explainer.txt").write_text(EXPLAINER, encoding="utf-8")
    (corpus / "explainer.toml").write_text('title = "Holt footbridge"\noutlet = "Holt Post"\n', encoding="utf-8")
    engine = Engine(corpus, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder).load()
    qvec = engine.embed(["who discovered the crack in the bridge?"])[0]
    heading, walker = _sid(engine, "Who found the crack?"), _sid(engine, "A dog walker")
    found = [search.Candidate(engine.index.sentences[heading], 0.9)]
    added = [c.sentence.id for c in search.neighbours(engine.index, found, qvec)]
    assert walker in added and _sid(engine, "Engineers arrived") in added
    plain = [search.Candidate(engine.index.sentences[_sid(engine, "The wooden footbridge")], 0.9)]
    assert walker not in [c.sentence.id for c in search.neighbours(engine.index, plain, qvec)]
