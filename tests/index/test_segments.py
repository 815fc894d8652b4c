"""Articles added to a built index: a small segment each, merged past `max_segments`; the result reads like a
full build of the same corpus, and no file of the older segments is rewritten."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.build import build
from index.config import AnswerSettings, IndexSettings
from index.corpus import Article, load_corpus
from index.embedder import HashEmbedder, SentenceTransformerEmbedder
from index.engine import Engine
from index.keyword import K1, B, KeywordIndex, Postings, tokenize
from index.loaded import Index
from index.manifest import read_manifest
from index.storage import load
from index.store import open_index
from tests.index.test_store import CountingEmbedder

LATE = "rferl-pentagon-denies-coordinated-strikes"


def _take_out(corpus: Path, article_id: str, dest: Path) -> None:
    dest.mkdir(exist_ok=True)
    for ext in (".txt", ".toml"):
        shutil.move(corpus / f"{article_id}{ext}", dest / f"{article_id}{ext}")


def _put_back(corpus: Path, article_id: str, src: Path) -> None:
    for ext in (".txt", ".toml"):
        shutil.move(src / f"{article_id}{ext}", corpus / f"{article_id}{ext}")


def _units(index: Index) -> dict[tuple[str, int], tuple[str, str, str]]:
    """Every sentence by (article, start): its text, kind and speaker."""
    return {(s.article_id, s.start): (s.text, s.kind, index.speakers[s.id]) for s in index.sentences}


def test_an_added_article_is_a_new_segment_and_only_it_is_embedded(corpus_copy: Path, tmp_path: Path) -> None:
    settings = IndexSettings(dir=tmp_path / "idx")
    _take_out(corpus_copy, LATE, tmp_path / "later")
    four, _ = load_corpus(corpus_copy)
    first = open_index(four, HashEmbedder(32), settings)
    old_dir = settings.dir / first.manifest.segments[0].name
    stamps = {f.name: f.stat().st_mtime_ns for f in old_dir.iterdir()}

    _put_back(corpus_copy, LATE, tmp_path / "later")
    five, _ = load_corpus(corpus_copy)
    counting = CountingEmbedder(HashEmbedder(32))
    grown = open_index(five, counting, settings, current=first)

    assert grown.segments[1].article_ids == (LATE,)
    new = grown.segments[1]
    # Only the new article's chunks and sentences went through the model.
    assert len(counting.texts) == new.n_chunks + new.n_sentences > 0
    assert {f.name: f.stat().st_mtime_ns for f in old_dir.iterdir()} == stamps
    # What a later start loads is the grown index.
    again = load(settings.dir, five)
    assert again.manifest == grown.manifest and _units(again) == _units(grown)

    # The same sentences, speakers, keyword scores and nearest chunks as a full build of the five articles.
    full = build(five, HashEmbedder(32), dataclasses.replace(settings, dir=tmp_path / "full"))
    assert _units(grown) == _units(full)
    terms = ["pentagon", "strike", "coordin", "russia"]
    by_place = {
        (s.article_id, s.start): float(v) for s, v in zip(full.sentences, full.keyword.scores(terms), strict=True)
    }
    for s, v in zip(grown.sentences, grown.keyword.scores(terms), strict=True):
        assert math.isclose(float(v), by_place[(s.article_id, s.start)], rel_tol=1e-5, abs_tol=1e-6)
    q = HashEmbedder(32).encode(["Pentagon denies coordinating strikes with Russia in Syria"])[0]
    grown_scores, grown_ids = grown.nearest_chunks(q, 8)
    full_scores, full_ids = full.nearest_chunks(q, 8)
    assert np.allclose(grown_scores, full_scores, atol=1e-5)
    assert {grown.chunks[int(c)].text for c in grown_ids[0]} == {full.chunks[int(c)].text for c in full_ids[0]}

    def denials(index: Index) -> set[tuple[str, int]]:
        ids = [int(d) for seg in index.segments for d in seg.denials]
        return {(index.sentences[d].article_id, index.sentences[d].start) for d in ids}

    assert denials(grown) == denials(full) != set()

    # A term's sentences across both segments come in order (relevance searches them: index.scoring).
    for term in terms:
        holding = grown.keyword.sentences_with(term)
        assert len(holding) > 1 and bool((np.diff(holding) > 0).all())
        assert {grown.sentences[int(i)].article_id for i in holding} & {LATE} and len(set(holding)) == len(holding)

    # Many sentences' values read at once, across both segments, are those read one by one.
    rows = [len(grown.sentences) - 1, 0, grown.segments[1].first_sentence, grown.segments[1].first_sentence - 1, 3]
    for column in (grown.speakers, grown.sides, grown.entities, grown.passages, grown.answers):
        assert column.take(rows) == [column[r] for r in rows]
    assert len({grown.speakers[r] for r in rows}) > 1
    with pytest.raises(IndexError):
        grown.sides.take([len(grown.sentences)])


def test_a_reprint_added_later_shares_the_passage_of_its_original(
    corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """An article that repeats sentences of an indexed one is linked to them, as a full build would."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    first = open_index(articles, real_embedder, settings)
    original = [
        s for s in first.sentences if s.article_id == "jalopnik-russia-claims-joint-mission" and s.kind == "text"
    ]
    copied = original[1:4]
    text = "A wire service carried the report on Tuesday.\n\n" + "\n\n".join(s.text for s in copied) + "\n"
    (corpus_copy / "wire-copy.txt").write_text(text, encoding="utf-8")
    (corpus_copy / "wire-copy.toml").write_text('outlet = "Wire Copy"\n', encoding="utf-8")
    articles, _ = load_corpus(corpus_copy)
    grown = open_index(articles, real_embedder, settings, current=first)
    assert len(grown.segments) == 2
    passage_of = {s.text: grown.passages[s.id] for s in grown.sentences if s.article_id == "wire-copy"}
    for s in copied:
        assert passage_of[s.text] == grown.passages[s.id]
    assert passage_of["A wire service carried the report on Tuesday."] not in {grown.passages[s.id] for s in original}


def test_past_max_segments_the_small_ones_are_merged(corpus_copy: Path, tmp_path: Path) -> None:
    settings = IndexSettings(dir=tmp_path / "idx", max_segments=3)
    aside = tmp_path / "aside"
    all_ids = sorted(p.stem for p in corpus_copy.glob("*.txt"))
    for aid in all_ids[2:]:
        _take_out(corpus_copy, aid, aside)
    articles, _ = load_corpus(corpus_copy)
    index = open_index(articles, HashEmbedder(16), settings)
    counts = [len(index.segments)]
    for aid in all_ids[2:]:
        _put_back(corpus_copy, aid, aside)
        articles, _ = load_corpus(corpus_copy)
        counting = CountingEmbedder(HashEmbedder(16))
        index = open_index(articles, counting, settings, current=index)
        counts.append(len(index.segments))
        # Merging re-embeds nothing already embedded: only the newly added article's texts.
        assert len(counting.texts) == sum(1 for s in index.sentences if s.article_id == aid) + sum(
            1 for c in index.chunks if c.article_id == aid
        )
    assert counts == [1, 2, 3, 2]
    on_disk = {p.name for p in settings.dir.iterdir()}
    assert on_disk == {"manifest.json"} | {s.name for s in read_manifest(settings.dir).segments}
    full = build(articles, HashEmbedder(16), dataclasses.replace(settings, dir=tmp_path / "full"))
    assert _units(load(settings.dir, articles)) == _units(full)


def test_a_removed_article_means_one_segment_again_with_every_vector_reused(corpus_copy: Path, tmp_path: Path) -> None:
    settings = IndexSettings(dir=tmp_path / "idx")
    _take_out(corpus_copy, LATE, tmp_path / "later")
    articles, _ = load_corpus(corpus_copy)
    first = open_index(articles, HashEmbedder(16), settings)
    _put_back(corpus_copy, LATE, tmp_path / "later")
    articles, _ = load_corpus(corpus_copy)
    grown = open_index(articles, HashEmbedder(16), settings, current=first)
    assert len(grown.segments) == 2
    (corpus_copy / "zerohedge-first-joint-mission.txt").unlink()
    articles, _ = load_corpus(corpus_copy)
    counting = CountingEmbedder(HashEmbedder(16))
    shrunk = open_index(articles, counting, settings, current=grown)
    assert len(shrunk.segments) == 1 and counting.texts == []
    assert "zerohedge-first-joint-mission" not in {s.article_id for s in shrunk.sentences}


def _reference_bm25(docs: list[list[str]], terms: list[str]) -> list[float]:
    """BM25 as Lucene writes it, from its definition."""
    n = len(docs)
    avg = sum(len(d) for d in docs) / n
    out = []
    for d in docs:
        score = 0.0
        for t in terms:
            df = sum(1 for x in docs if t in x)
            tf = d.count(t)
            if df and tf:
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                score += idf * tf / (tf + K1 * (1 - B + B * len(d) / avg))
        out.append(score)
    return out


@pytest.mark.parametrize("split", [0, 1, 3, 5])
def test_keyword_scores_over_segments_are_bm25_of_the_whole(split: int) -> None:
    texts = [
        "Russian jets struck targets near al-Bab.",
        "The Pentagon denied any coordination with Russia.",
        "Turkish jets struck al-Bab; Turkish officials said the strikes hit Islamic State positions.",
        "Nothing in common here.",
        "Russia said the coalition passed the coordinates; the Pentagon said Russia was wrong about al-Bab.",
        "",
    ]
    terms = ["al-bab", "pentagon", "russia", "strike", "unknown"]
    stemmed = list(dict.fromkeys(t for term in terms for t in tokenize(term)))
    parts = [p for p in (texts[:split], texts[split:]) if p]
    keyword = KeywordIndex([Postings.build(p) for p in parts], [0, split] if len(parts) == 2 else [0])
    expected = _reference_bm25([tokenize(t) for t in texts], stemmed)
    assert np.allclose(keyword.scores(stemmed), expected, rtol=1e-5)
    assert keyword.document_share(tokenize("Pentagon")[0]) == pytest.approx(2 / 6)


def test_an_article_is_hashed_once(corpus_copy: Path) -> None:
    """The corpus fingerprint reads each article's cached hash, so checking a big corpus is cheap."""
    articles, _ = load_corpus(corpus_copy)
    a: Article = articles[0]
    assert a.content_hash is a.content_hash and len(a.content_hash) == 64


def test_the_engine_adds_a_file_without_reading_the_corpus_again(corpus_copy: Path, tmp_path: Path) -> None:
    """Engine.add (what /addsource uses) indexes the new file alone; the result is what a full load gives."""
    settings = IndexSettings(dir=tmp_path / "idx")
    _take_out(corpus_copy, LATE, tmp_path / "later")
    engine = Engine(corpus_copy, settings, AnswerSettings(), embedder=HashEmbedder(32)).load()
    before = engine.version
    _put_back(corpus_copy, LATE, tmp_path / "later")
    # A file of the corpus that changed on disk is not looked at by add(): it reads only the articles given.
    other = corpus_copy / "zerohedge-first-joint-mission.txt"
    other.write_text(other.read_text(encoding="utf-8") + "\nAn edit that add() must not see.\n", encoding="utf-8")
    engine.add([LATE])
    assert engine.version != before and len(engine.index.segments) == 2
    assert LATE in {s.id for s in engine.sources}
    assert not any("must not see" in s.text for s in engine.index.sentences)
    # A full load sees the edit too, and rebuilds.
    engine.load()
    assert len(engine.index.segments) == 1
    assert any("must not see" in s.text for s in engine.index.sentences)
