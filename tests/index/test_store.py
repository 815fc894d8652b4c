"""The saved index: self-describing, rebuilt when stale or damaged, reusing unchanged vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from index.config import IndexSettings
from index.corpus import fingerprint, load_corpus
from index.embedder import Embedder, HashEmbedder, SentenceTransformerEmbedder
from index.errors import IndexNotBuilt, IndexUnwritable
from index.manifest import read_manifest
from index.stance import stance
from index.storage import load
from index.store import open_index


class CountingEmbedder:
    """Wraps an embedder and counts the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.texts: list[str] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: list[str]) -> np.ndarray:
        self.texts.extend(texts)
        return self.inner.encode(texts)


def test_manifest_describes_how_the_index_was_built(corpus_copy: Path, tmp_path: Path) -> None:
    """Model, dimension, chunking settings and a corpus hash are saved beside the FAISS file."""
    settings = IndexSettings(dir=tmp_path / "idx", chunk_max_chars=400)
    articles, _ = load_corpus(corpus_copy)
    index = open_index(articles, HashEmbedder(32), settings)
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text())
    assert manifest["model"] == "hash-32" and manifest["dim"] == 32
    assert manifest["chunk_max_chars"] == 400 and len(manifest["corpus_hash"]) == 64
    assert sum(s["n_chunks"] for s in manifest["segments"]) == sum(seg.faiss_index.ntotal for seg in index.segments) > 0
    assert index.manifest.n_chunks == sum(s["n_chunks"] for s in manifest["segments"])
    (segment,) = manifest["segments"]
    assert segment["n_articles"] == len(articles) == len(index.segments[0].article_ids)
    assert (tmp_path / "idx" / segment["name"] / "chunks.faiss").exists()


def test_stale_index_is_rebuilt_with_the_real_model(
    corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """Editing an article makes the saved index stale; opening it rebuilds, re-embedding only what changed."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    first = open_index(articles, real_embedder, settings)

    path = corpus_copy / "zerohedge-first-joint-mission.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nA brand-new closing sentence about Hmeymim.\n", encoding="utf-8"
    )
    articles, _ = load_corpus(corpus_copy)
    assert read_manifest(settings.dir).stale_reason(articles, real_embedder, settings) == "the articles changed"
    with pytest.raises(IndexNotBuilt):
        open_index(articles, real_embedder, settings, rebuild=False)

    counting = CountingEmbedder(real_embedder)
    second = open_index(articles, counting, settings)
    assert second.manifest.version != first.manifest.version
    assert second.manifest.n_sentences == first.manifest.n_sentences + 1
    # Only the new sentence and the chunks that hold it are embedded again.
    assert 1 <= len(counting.texts) <= 4
    assert any("brand-new closing sentence" in t for t in counting.texts)
    # And the rebuilt index is what a later start loads, unchanged.
    assert load(settings.dir, articles).manifest == second.manifest


@pytest.mark.parametrize("damage", ["truncate_faiss", "delete_vectors", "garble_manifest", "wrong_dim"])
def test_damaged_index_is_refused_or_rebuilt(corpus_copy: Path, tmp_path: Path, damage: str) -> None:
    """A truncated, missing or inconsistent file means: refuse with what to run, or rebuild when allowed."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    open_index(articles, HashEmbedder(16), settings)
    d = settings.dir / read_manifest(settings.dir).segments[0].name
    if damage == "truncate_faiss":
        data = (d / "chunks.faiss").read_bytes()
        (d / "chunks.faiss").write_bytes(data[: len(data) // 2])
    elif damage == "delete_vectors":
        (d / "sentences.npy").unlink()
    elif damage == "garble_manifest":
        (settings.dir / "manifest.json").write_text("{not json")
    else:
        np.save(d / "sentences.npy", np.zeros((3, 7), dtype=np.float32))
    with pytest.raises(IndexNotBuilt) as err:
        load(settings.dir, articles)
    assert "python -m bot index" in str(err.value)
    rebuilt = open_index(articles, HashEmbedder(16), settings)
    assert sum(seg.faiss_index.ntotal for seg in rebuilt.segments) == rebuilt.manifest.n_chunks > 0


def test_another_model_means_a_rebuild(corpus_copy: Path, tmp_path: Path) -> None:
    """An index built with one model is not used with another."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    open_index(articles, HashEmbedder(16), settings)
    reason = read_manifest(settings.dir).stale_reason(articles, HashEmbedder(24), settings)
    assert reason is not None and "model" in reason
    assert open_index(articles, HashEmbedder(24), settings).manifest.dim == 24


def test_faiss_search_matches_brute_force(engine) -> None:  # type: ignore[no-untyped-def]
    """The FAISS index returns the same top chunks as exact numpy search over the same vectors."""
    (segment,) = engine.index.segments
    vectors = segment.faiss_index.reconstruct_n(0, segment.faiss_index.ntotal)
    q = engine.embed(["Who denied the coordinated strikes?"])[0]
    _, ids = engine.index.nearest_chunks(q, 10)
    exact = np.argsort(-(vectors @ q))[:10]
    assert list(ids[0]) == list(exact)


def test_a_reader_without_a_lock_file_still_loads(corpus_copy: Path, tmp_path: Path) -> None:
    """A shard reading an index it cannot lock (the lock file cannot be made: here a folder stands in its
    place, as a read-only disk would refuse it) loads it anyway; a writer is refused."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    built = open_index(articles, HashEmbedder(16), settings)
    lock = tmp_path / "idx.lock"
    lock.unlink()
    lock.mkdir()
    assert load(settings.dir, articles).manifest == built.manifest
    assert open_index(articles, HashEmbedder(16), settings).manifest == built.manifest
    (corpus_copy / "zerohedge-first-joint-mission.txt").unlink()
    fewer, _ = load_corpus(corpus_copy)
    with pytest.raises(IndexUnwritable) as refused:
        open_index(fewer, HashEmbedder(16), settings)
    assert "can't be written" in str(refused.value) and "\n" not in str(refused.value)


def test_each_sentence_side_is_stored_as_its_stance_in_context(engine) -> None:  # type: ignore[no-untyped-def]
    """The side saved with a sentence is what index.stance says of it, its speaker and its neighbours (a byline's is
    "other"; a denial
    by negation alone that another voice denies as an allegation being a claim, index.stance.accusations); the
    denials kept apart for yes/no questions are exactly the sentences whose side is a denial."""
    from index.nlp import parse
    from index.stance import accusations, by_negation_alone

    index = engine.index
    sentences = list(index.sentences)
    speakers = [index.speakers[s.id] for s in sentences]
    read = [
        "other"  # a byline asserts nothing
        if s.kind == "byline"
        else stance(
            s.text, who != index.articles[s.article_id].source.outlet, index.previous_text(s), index.next_text(s)
        )
        for s, who in zip(sentences, speakers, strict=True)
    ]
    docs = parse(s.text for s in sentences)
    negative = [side == "denial" and by_negation_alone(doc) for side, doc in zip(read, docs, strict=True)]
    texts = [s.text for s in sentences]
    expected = accusations(read, [s.article_id for s in sentences], speakers, texts, negative)
    assert [index.sides[s.id] for s in sentences] == expected
    assert set(expected) == {"claim", "denial", "other"}
    denials = {int(d) for seg in index.segments for d in seg.denials}
    assert denials == {s.id for s in index.sentences if index.sides[s.id] == "denial"}


@pytest.mark.parametrize("content", ["null", '"abc"', "5", "[]"])
def test_a_manifest_that_is_not_an_object_means_a_rebuild(corpus_copy: Path, tmp_path: Path, content: str) -> None:
    """Valid JSON that is no manifest (it raised AttributeError) reads as a damaged index, which is rebuilt."""
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    first = open_index(articles, HashEmbedder(32), settings)
    (settings.dir / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(IndexNotBuilt, match="damaged"):
        read_manifest(settings.dir)
    again = open_index(articles, HashEmbedder(32), settings)
    assert again.manifest.version == first.manifest.version


@pytest.mark.parametrize("other_id", ["zerohedge-first-joint-mission", "ferry-sinks"])
def test_a_manifest_over_the_segments_of_another_corpus_means_a_rebuild(
    corpus_copy: Path, tmp_path: Path, other_id: str
) -> None:
    """A manifest naming these articles, over segments built from others (the same id with other text, or
    another id): refused as damaged and rebuilt, never a KeyError nor another article's sentences."""
    articles, _ = load_corpus(corpus_copy)
    other = tmp_path / "other"
    other.mkdir()
    for path in corpus_copy.iterdir():
        if not path.name.startswith("zerohedge-first-joint-mission."):
            (other / path.name).write_bytes(path.read_bytes())
    (other / f"{other_id}.txt").write_text("A ferry sank on Monday. Nobody was hurt, the coast guard said.\n")
    (other / f"{other_id}.toml").write_text('title = "Ferry sinks"\noutlet = "The Coast Times"\n')
    others, _ = load_corpus(other)
    settings = IndexSettings(dir=tmp_path / "idx")
    open_index(others, HashEmbedder(16), settings)
    manifest = json.loads((settings.dir / "manifest.json").read_text())
    manifest["corpus_hash"] = fingerprint(articles)  # the manifest now names these articles
    (settings.dir / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexNotBuilt, match="damaged"):
        load(settings.dir, articles)
    rebuilt = open_index(articles, HashEmbedder(16), settings)
    assert "ferry" not in " ".join(s.text for s in rebuilt.sentences).lower()
    assert {a for seg in rebuilt.segments for a in seg.article_ids} == {a.id for a in articles}


def test_a_replaced_index_that_cannot_be_deleted_is_not_in_the_way(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The index a rebuild replaces could not be deleted (read-only files): it is left aside under a name of its
    own, with a warning, and the next rebuild works (it crashed on the one left before)."""
    import shutil

    from index import storage

    real_rmtree = shutil.rmtree

    def undeletable_old(path: str | Path, ignore_errors: bool = False) -> None:
        if ".old" in Path(path).name:
            if not ignore_errors:
                raise PermissionError(13, "Permission denied", str(path))
            return
        real_rmtree(path, ignore_errors=ignore_errors)

    monkeypatch.setattr(storage.shutil, "rmtree", undeletable_old)
    settings = IndexSettings(dir=tmp_path / "idx")
    articles, _ = load_corpus(corpus_copy)
    versions = set()
    for dim in (16, 24, 32):  # another model each time: a full rebuild that replaces the index
        versions.add(open_index(articles, HashEmbedder(dim), settings).manifest.version)
        assert load(settings.dir, articles).manifest.dim == dim
    assert len(versions) == 3
    assert len(list(tmp_path.glob("idx.old*"))) == 2
    assert "could not delete the replaced index" in caplog.text


def test_the_approximate_hnsw_index_finds_what_exact_search_finds(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """Past `exact_search_max_chunks` the index is HNSW: the same chunks as the exact (flat) index, near enough,
    for real questions, and saved and read back as HNSW."""
    articles, _ = load_corpus(Path(__file__).parents[2] / "corpus")
    exact = open_index(articles, real_embedder, IndexSettings(dir=tmp_path / "flat"))
    settings = IndexSettings(dir=tmp_path / "hnsw", exact_search_max_chunks=0, hnsw_m=8, hnsw_ef_search=32)
    approximate = open_index(articles, real_embedder, settings)
    assert exact.manifest.index_type == "flat" and approximate.manifest.index_type == "hnsw"
    questions = [
        "Who denied that the strikes were coordinated?",
        "When did the strikes near al-Bab take place?",
        "What did the Turkish military say about its jets?",
        "Why does al-Bab matter?",
    ]
    qvecs = real_embedder.encode(questions)
    _, want = exact.nearest_chunks(qvecs, 10)
    _, got = approximate.nearest_chunks(qvecs, 10)
    assert (got[:, 0] == want[:, 0]).all()  # the best chunk is the exact one
    recall = np.mean([len(set(g) & set(w)) / len(w) for g, w in zip(got, want, strict=True)])
    assert recall >= 0.9
    reread = load(settings.dir, articles)
    assert reread.manifest.index_type == "hnsw"
    assert (reread.nearest_chunks(qvecs, 10)[1] == got).all()
