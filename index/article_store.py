"""Where the articles live, behind small interfaces: `ArticleSource`, what the engine reads, and
`ArticleStore`, a source whose every write can be taken back (`take_back`, `put_back`), so that a change whose
later step fails (the index, the change record) leaves it as it was. The corpus folder (`FolderStore`, one
`NAME.txt` beside one `NAME.toml`) is the first implementation of both."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Protocol, runtime_checkable

from index.corpus import Article, CorpusProblem, Known, load_corpus, load_corpus_files
from index.errors import CorpusError
from index.ingest import Draft

_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")


class ArticleSource(Protocol):
    """The articles as the engine reads them: all of them, or the ones just added."""

    @property
    def where(self) -> str:
        """Where the articles are, for messages (a folder, a database)."""
        ...

    def read_all(self) -> tuple[list[Article], list[CorpusProblem]]:
        """Every usable article, and the ones that could not be read (skipped, with the reason). Unchanged
        articles may come from memory. CorpusError when there is no usable article at all."""
        ...

    def read_added(self, article_ids: list[str]) -> tuple[list[Article], list[Article]]:
        """The articles just added (read now; CorpusError if one is unusable), and all articles with them."""
        ...


@runtime_checkable
class ArticleStore(ArticleSource, Protocol):
    """A source that can be written: add an article, withdraw one, and undo either."""

    def put(self, draft: Draft) -> str:
        """Add an article (atomically: all of it or nothing); where it went. CorpusError if its id is taken."""
        ...

    def take_back(self, article_id: str) -> None:
        """Undo a `put` (a change that failed later on)."""
        ...

    def withdraw(self, article_id: str) -> str:
        """Take an article out, keeping it; returns where it is kept. CorpusError if there is no such article."""
        ...

    def put_back(self, kept: str) -> None:
        """Undo a `withdraw` (a removal that failed later on)."""
        ...


def _toml_value(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def metadata_toml(draft: Draft) -> str:
    """A draft's metadata as the TOML an article is stored with (checked to read back)."""
    lines = ["# Added with `python -m bot add` or /addsource."]
    lines += [f"{k} = {_toml_value(v)}" for k, v in sorted(draft.meta.items())]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # what is written must read back
    return text


class FolderStore:
    """The articles as files in a folder; withdrawn ones are moved to `keep_dir` (one folder per removal)."""

    def __init__(self, directory: Path, keep_dir: Path | None = None) -> None:
        self.directory = Path(directory)
        self.keep_dir = keep_dir if keep_dir is not None else self.directory.parent / "removed"
        self._known: Known = {}  # the articles as last read, by file: an unchanged file is not read again

    @property
    def where(self) -> str:
        return str(self.directory)

    def read_all(self) -> tuple[list[Article], list[CorpusProblem]]:
        return load_corpus(self.directory, self._known)

    def read_added(self, article_ids: list[str]) -> tuple[list[Article], list[Article]]:
        fresh = load_corpus_files([self.directory / f"{i}.txt" for i in article_ids], self._known)
        return fresh, [article for _, article in self._known.values()]

    def put(self, draft: Draft) -> str:
        draft.article()  # the metadata must be valid before anything is written
        text_path = self.directory / f"{draft.id}.txt"
        if text_path.exists():
            raise CorpusError(f"an article with the id {draft.id!r} is already in the corpus")
        meta_text = metadata_toml(draft)
        for path, content in ((self.directory / f"{draft.id}.toml", meta_text), (text_path, draft.text)):
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".add-")
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
            os.replace(tmp, path)
        return str(text_path)

    def take_back(self, article_id: str) -> None:
        for suffix in (".txt", ".toml"):
            (self.directory / f"{article_id}{suffix}").unlink(missing_ok=True)

    def withdraw(self, article_id: str) -> str:
        text_path = self.directory / f"{article_id}.txt"
        if not _ID_RE.fullmatch(article_id) or not text_path.exists():
            raise CorpusError(f"there is no article {article_id!r} in the corpus")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        dest = self.keep_dir / f"{stamp}-{article_id}"
        dest.mkdir(parents=True, exist_ok=True)
        for suffix in (".txt", ".toml"):
            path = self.directory / f"{article_id}{suffix}"
            if path.exists():
                shutil.move(str(path), dest / path.name)
        return str(dest)

    def put_back(self, kept: str) -> None:
        folder = Path(kept)
        for path in sorted(folder.iterdir()):
            shutil.move(str(path), self.directory / path.name)
        folder.rmdir()


__all__ = ["ArticleSource", "ArticleStore", "FolderStore", "metadata_toml"]
