"""The index for the articles of now: loaded if fresh; grown by a segment if articles were only added; else
rebuilt, reusing every vector it can, and saved.

A full build makes one segment. An article added later gets a small segment of its own, so adding costs time
in proportion to that article; past `max_segments` the small segments are merged into one. Every file is
read memory-mapped, so processes that load the same index (one per shard) share its pages."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from index.build import build, build_segment, manifest_of
from index.config import IndexSettings
from index.corpus import Article
from index.embedder import Embedder
from index.errors import IndexNotBuilt
from index.loaded import Index
from index.manifest import read_manifest, write_manifest
from index.segment import Segment, Vectors, segment_vectors, write_segment
from index.storage import load_checked, locked, read_segments, reusable_vectors, save, unwritable

log = logging.getLogger(__name__)


def _added(segments: Sequence[Segment], articles: list[Article]) -> list[Article] | None:
    """The articles to add when the corpus only grew since these segments were built; None if an indexed
    article changed or went."""
    now = {a.id: a for a in articles}
    indexed: set[str] = set()
    for seg in segments:
        for aid, h in zip(seg.article_ids, seg.article_hashes, strict=True):
            if aid not in now or now[aid].content_hash != h:
                return None
            indexed.add(aid)
    return [a for a in articles if a.id not in indexed]


def _grow(
    directory: Path,
    base: Index,
    added: list[Article],
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    progress: bool,
) -> Index:
    """Add articles as a new segment; past `max_segments`, the small segments and the new articles become one."""
    segments = base.segments
    by_id = {a.id: a for a in articles}
    if len(segments) + 1 > settings.max_segments:
        first, merged = segments[0], segments[1:]
        reuse: Vectors = ({}, {})
        for seg in merged:
            c, s = segment_vectors(seg)
            reuse[0].update(c)
            reuse[1].update(s)
        earlier = Index.assemble(base.manifest, base.articles, (first,))
        todo = [by_id[aid] for seg in merged for aid in seg.article_ids] + added
        new = build_segment(
            todo, embedder, settings, first.n_sentences, first.n_chunks, reuse, earlier, progress=progress
        )
        kept: tuple[Segment, ...] = (first, new)
        dropped: tuple[Segment, ...] = merged
        log.info("merged %d small segments and %d new articles into one segment", len(merged), len(added))
    else:
        last = segments[-1]
        new = build_segment(
            added,
            embedder,
            settings,
            last.first_sentence + last.n_sentences,
            last.first_chunk + last.n_chunks,
            earlier=base,
            progress=progress,
        )
        kept, dropped = (*segments, new), ()
    tmp = Path(tempfile.mkdtemp(prefix=".new-", dir=directory))
    try:
        write_segment(new, tmp / "segment")
        (tmp / "segment").rename(directory / new.info.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    manifest = manifest_of(articles, embedder, settings, kept)
    write_manifest(manifest, directory)
    for seg in dropped:
        shutil.rmtree(directory / seg.info.name, ignore_errors=True)
    log.info("added %d articles to index %s as segment %s", len(added), manifest.version, new.info.name)
    return Index.assemble(manifest, by_id, kept)


def open_index(
    articles: list[Article],
    embedder: Embedder,
    settings: IndexSettings,
    rebuild: bool = True,
    progress: bool = False,
    current: Index | None = None,
) -> Index:
    """The index for these articles: loaded if fresh; grown by a segment if articles were only added; else
    rebuilt (reusing every vector it can) and saved. `current` is the index already in memory, if any."""
    directory = Path(settings.dir)
    with locked(directory, exclusive=False):
        try:
            manifest = read_manifest(directory)
            reason = manifest.stale_reason(articles, embedder, settings)
            if reason is None:
                if current is not None and current.manifest == manifest:
                    return current
                return load_checked(directory, articles, manifest)
        except IndexNotBuilt as exc:
            reason = str(exc)
    if not rebuild:
        raise IndexNotBuilt(f"the index must be rebuilt: {reason} (run: python -m bot index)")
    with locked(directory, exclusive=True):
        try:  # another process may have changed it while this one waited for the lock
            manifest = read_manifest(directory)
            reason = manifest.stale_reason(articles, embedder, settings)
            if reason is None:
                return load_checked(directory, articles, manifest)
            if reason == "the articles changed":
                base = current if current is not None and current.manifest == manifest else None
                segments = base.segments if base is not None else read_segments(directory, manifest)
                added = _added(segments, articles)
                if added is not None:
                    if base is None:
                        by_id = {a.id: a for a in articles}
                        indexed = {aid: by_id[aid] for seg in segments for aid in seg.article_ids}
                        base = Index.assemble(manifest, indexed, segments)
                    try:
                        return _grow(directory, base, added, articles, embedder, settings, progress)
                    except OSError as exc:
                        raise unwritable(directory, exc) from None
        except IndexNotBuilt as exc:
            reason = str(exc)
        log.warning("rebuilding the index: %s", reason)
        reuse = reusable_vectors(directory, embedder.name)
        index = build(articles, embedder, settings, reuse=reuse, progress=progress)
        try:
            save(index, directory)
        except OSError as exc:
            raise unwritable(directory, exc) from None
        return index
