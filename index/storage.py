"""The index on disk: saved whole (the old one replaced only once the new one is complete), loaded and checked
against the articles, with a lock file that readers share and a writer holds alone."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from index.corpus import Article, fingerprint
from index.errors import IndexNotBuilt, IndexUnwritable
from index.loaded import Index
from index.manifest import FORMAT, Manifest, read_manifest, write_manifest
from index.segment import Segment, Vectors, read_segment, segment_vectors, write_segment

log = logging.getLogger(__name__)


def save(index: Index, directory: Path) -> None:
    """Write the whole index; the old one is replaced only once the new one is complete."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=directory.name + ".", dir=directory.parent))
    try:
        for segment in index.segments:
            write_segment(segment, tmp / segment.info.name)
        # The manifest is written last: its presence marks a complete index.
        write_manifest(index.manifest, tmp)
        # The index it replaces moves aside under a name of its own, so that one left behind (a folder whose
        # files could not be deleted) is never in the way of the next save.
        old = None
        if directory.exists():
            old = Path(tempfile.mkdtemp(prefix=directory.name + ".old-", dir=directory.parent))
            directory.rename(old / "index")
        tmp.rename(directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not directory.exists() and (old / "index").exists():
            (old / "index").rename(directory)  # the index that was there stays
        raise
    if old is not None:
        _remove_old(old)
    log.info("saved index %s to %s", index.manifest.version, directory)


def _remove_old(old: Path) -> None:
    shutil.rmtree(old, ignore_errors=True)
    if old.exists():
        log.warning("could not delete the replaced index %s; it is not used and can be deleted by hand", old)


@contextlib.contextmanager
def locked(directory: Path, exclusive: bool) -> Iterator[None]:
    """Readers share the lock, a writer holds it alone: a segment is never deleted under a process that is
    loading it, and two processes never add at once. A reader that cannot create the lock file (an index
    shipped on a read-only disk, which no writer can change either) reads without it."""
    lock = Path(directory).with_name(Path(directory).name + ".lock")
    try:
        if exclusive:
            lock.parent.mkdir(parents=True, exist_ok=True)
        f = open(lock, "a+b")  # noqa: SIM115 (closed below, after the lock is let go)
    except OSError as exc:
        if exclusive:
            raise IndexUnwritable(
                f"the index at {directory} must be built or changed, but {lock} can't be written"
                f" ({exc.strerror or exc}); build it where it can be (python -m bot index) or set [index] dir"
            ) from None
        log.debug("reading %s without a lock (%s)", directory, exc)
        yield
        return
    with f:
        fcntl.flock(f, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def read_segments(directory: Path, manifest: Manifest) -> tuple[Segment, ...]:
    try:
        segments = tuple(read_segment(directory / info.name, info, manifest.dim) for info in manifest.segments)
    except Exception as exc:  # any damage to any file means the same thing: rebuild
        raise IndexNotBuilt(
            f"the index at {directory} is damaged ({type(exc).__name__}: {exc}); rebuild it with: python -m bot index"
        ) from None
    if not segments:  # each segment was checked against the manifest as it was read
        raise IndexNotBuilt(f"the index at {directory} lists no segment; rebuild it with: python -m bot index")
    return segments


def load_checked(directory: Path, articles: list[Article], manifest: Manifest) -> Index:
    if manifest.corpus_hash != fingerprint(articles):
        raise IndexNotBuilt(f"the index at {directory} was built from other articles")
    segments = read_segments(directory, manifest)
    # The manifest's word is not enough: a manifest copied over the segments of another index names these
    # articles, and the sentences it would quote are another article's.
    indexed = {aid: h for seg in segments for aid, h in zip(seg.article_ids, seg.article_hashes, strict=True)}
    if indexed != {a.id: a.content_hash for a in articles}:
        raise IndexNotBuilt(
            f"the index at {directory} is damaged (its segments hold other articles than its manifest names);"
            " rebuild it with: python -m bot index"
        )
    return Index.assemble(manifest, {a.id: a for a in articles}, segments)


def load(directory: Path, articles: list[Article]) -> Index:
    """Load a saved index for these articles; IndexNotBuilt says what is wrong and what to run."""
    directory = Path(directory)
    with locked(directory, exclusive=False):
        return load_checked(directory, articles, read_manifest(directory))


def reusable_vectors(directory: Path, model: str) -> Vectors:
    """Chunk and sentence vectors of the index saved at `directory`, by content hash, if built with `model`."""
    chunks: dict[bytes, np.ndarray] = {}
    sents: dict[bytes, np.ndarray] = {}
    try:
        manifest = read_manifest(directory)
        if manifest.model != model or manifest.format != FORMAT:
            return {}, {}
        for info in manifest.segments:
            c, s = segment_vectors(read_segment(directory / info.name, info, manifest.dim))
            chunks.update(c)
            sents.update(s)
    except Exception as exc:  # an unreadable old index only means nothing can be reused
        log.info("nothing reusable in %s (%s)", directory, exc)
    return chunks, sents


def unwritable(directory: Path, exc: OSError) -> IndexUnwritable:
    return IndexUnwritable(
        f"the index at {directory} can't be written ({exc.strerror or exc}); free the disk or the folder,"
        " or set [index] dir to a folder that can be written"
    )
