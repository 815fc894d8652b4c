"""A segment of the index: some articles' sentences and chunks as arrays, their vectors, keyword postings and
FAISS index, written to one folder and read back memory-mapped."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import faiss
import numpy as np

from index.keyword import Postings

KINDS = ("text", "byline")
SIDES = ("claim", "denial", "other")  # index.stance
SENTENCE_UNITS = np.dtype(
    [
        ("article", "<i4"),  # position in the segment's article list
        ("start", "<i4"),
        ("end", "<i4"),
        ("block", "<i4"),
        ("kind", "u1"),  # KINDS
        ("speaker", "<i4"),  # position in the segment's speaker names
        ("side", "u1"),  # SIDES: worked out once, from the sentence, its speaker and its neighbours
        ("entities", "<u4"),  # the types of the entities it names, as index.nlp bits
        ("passage", "<i8"),  # reprint group, shared with sentences of other articles
        ("answers", "<i8"),  # a denial: the claim just before it that it answers ("X claimed ... Y denied it")
        ("chunk", "<i8"),  # the first chunk that holds the sentence
        ("hash", "S12"),  # of what was embedded: an unchanged sentence keeps its vector through a rebuild
    ]
)
CHUNK_UNITS = np.dtype([("first", "<i8"), ("count", "<i4"), ("hash", "S12")])


@dataclasses.dataclass(frozen=True)
class SegmentInfo:
    """One segment as the manifest lists it."""

    name: str
    n_articles: int  # their ids and content hashes are in the segment's segment.json
    n_sentences: int
    n_chunks: int
    index_type: str


@dataclasses.dataclass(frozen=True)
class Segment:
    """Some articles' units, vectors and postings. Ids in its arrays are global (the segment knows where its
    sentences and chunks start), so a loaded segment is used as it lies on disk."""

    info: SegmentInfo
    first_sentence: int
    first_chunk: int
    article_ids: tuple[str, ...]
    article_hashes: tuple[str, ...]  # content hash of each article, as it was indexed
    speaker_names: tuple[str, ...]
    sentence_units: np.ndarray  # SENTENCE_UNITS
    chunk_units: np.ndarray  # CHUNK_UNITS
    vectors: np.ndarray  # (n_sentences, dim) unit rows
    faiss_index: faiss.Index  # over the chunks
    postings: Postings
    denials: np.ndarray  # global ids of the sentences that deny or discredit something (index.stance)
    denial_vectors: np.ndarray  # their vectors, side by side: a search over denials reads no other row

    @property
    def n_sentences(self) -> int:
        return len(self.sentence_units)

    @property
    def n_chunks(self) -> int:
        return len(self.chunk_units)


Vectors = tuple[dict[bytes, np.ndarray], dict[bytes, np.ndarray]]


def segment_vectors(segment: Segment) -> Vectors:
    """A segment's chunk and sentence vectors by the hash of what was embedded."""
    n = segment.faiss_index.ntotal
    chunk_vecs = segment.faiss_index.reconstruct_n(0, n) if n else np.zeros((0, segment.vectors.shape[1]))
    chunks = {bytes(h): v for h, v in zip(segment.chunk_units["hash"], chunk_vecs, strict=True)}
    sents = {bytes(h): np.asarray(v) for h, v in zip(segment.sentence_units["hash"], segment.vectors, strict=True)}
    return chunks, sents


def write_segment(segment: Segment, directory: Path) -> None:
    directory.mkdir(parents=True)
    faiss.write_index(segment.faiss_index, str(directory / "chunks.faiss"))
    np.save(directory / "sentences.npy", np.asarray(segment.vectors, dtype=np.float32))
    np.save(directory / "sentence_units.npy", segment.sentence_units)
    np.save(directory / "chunk_units.npy", segment.chunk_units)
    np.save(directory / "denials.npy", segment.denials)
    np.save(directory / "denial_vectors.npy", segment.denial_vectors)
    segment.postings.save(directory)
    meta = {
        "first_sentence": segment.first_sentence,
        "first_chunk": segment.first_chunk,
        "article_ids": list(segment.article_ids),
        "article_hashes": list(segment.article_hashes),
        "speaker_names": list(segment.speaker_names),
    }
    (directory / "segment.json").write_text(json.dumps(meta), encoding="utf-8")


def read_segment(directory: Path, info: SegmentInfo, dim: int) -> Segment:
    meta = json.loads((directory / "segment.json").read_text(encoding="utf-8"))
    # IO_FLAG_MMAP_IFC maps the vectors of a flat or HNSW index from the file instead of copying them.
    faiss_index = faiss.read_index(str(directory / "chunks.faiss"), faiss.IO_FLAG_MMAP_IFC)
    segment = Segment(
        info=info,
        first_sentence=int(meta["first_sentence"]),
        first_chunk=int(meta["first_chunk"]),
        article_ids=tuple(meta["article_ids"]),
        article_hashes=tuple(meta["article_hashes"]),
        speaker_names=tuple(meta["speaker_names"]),
        sentence_units=np.load(directory / "sentence_units.npy", mmap_mode="r"),
        chunk_units=np.load(directory / "chunk_units.npy", mmap_mode="r"),
        vectors=np.load(directory / "sentences.npy", mmap_mode="r"),
        faiss_index=faiss_index,
        postings=Postings.load(directory),
        denials=np.load(directory / "denials.npy", mmap_mode="r"),
        denial_vectors=np.load(directory / "denial_vectors.npy", mmap_mode="r"),
    )
    if (
        segment.sentence_units.dtype != SENTENCE_UNITS
        or segment.chunk_units.dtype != CHUNK_UNITS
        or segment.n_sentences != info.n_sentences
        or segment.n_chunks != info.n_chunks
        or faiss_index.ntotal != info.n_chunks
        or faiss_index.d != dim
        or segment.vectors.shape != (info.n_sentences, dim)
        or segment.postings.n_docs != info.n_sentences
        or len(segment.article_ids) != info.n_articles
        or len(segment.article_hashes) != info.n_articles
        or segment.denial_vectors.shape != (len(segment.denials), dim)
    ):
        raise ValueError(f"the files of segment {info.name} disagree with the manifest")
    return segment
