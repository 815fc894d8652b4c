"""Articles and their metadata: one `NAME.txt` (the text, verbatim) beside one `NAME.toml` (outlet, title, ...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import re
import tomllib
import unicodedata
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from index.errors import CorpusError, EmptyCorpus

log = logging.getLogger(__name__)

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_FIELDS = {"outlet", "title", "url", "published", "author", "verdict", "note"}


@dataclasses.dataclass(frozen=True)
class Source:
    """Who published an article and where: what a quote's reader needs to check it."""

    id: str
    outlet: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    author: str | None = None
    verdict: str | None = None  # a fact-check's own rating, where the article is one

    @property
    def checkable(self) -> int:
        """How far a reader can check where a copy comes from: one for a date, one for an address."""
        return (self.published is not None) + (self.url is not None)

    def as_json(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
        }


@dataclasses.dataclass(frozen=True)
class Article:
    """An article's text, exactly as stored, with its source."""

    source: Source
    text: str
    path: Path

    @property
    def id(self) -> str:
        return self.source.id

    @functools.cached_property
    def content_hash(self) -> str:
        """A hash of the text and metadata, computed once."""
        h = hashlib.sha256(repr(dataclasses.astuple(self.source)).encode())
        h.update(b"\0")
        h.update(self.text.encode())
        return h.hexdigest()

    @functools.cached_property
    def fingerprint_part(self) -> int:
        """This article's term in the corpus fingerprint."""
        return int.from_bytes(hashlib.sha256(f"{self.id}\0{self.content_hash}".encode()).digest(), "big")


@dataclasses.dataclass(frozen=True)
class CorpusProblem:
    """A file that was skipped, and why."""

    path: Path
    message: str


def fingerprint(articles: Iterable[Article]) -> str:
    """A hash of the articles' ids, texts and metadata: equal iff the corpus is the same. A sum of one hash
    per article, so it does not depend on order and each article is hashed once."""
    total = sum(a.fingerprint_part for a in articles) % 2**256
    return f"{total:064x}"


def is_web_address(url: str) -> bool:
    """Whether `url` is a plain http(s) address, read by a URL parser: a scheme, a host, no spaces or control
    characters (what a link in an answer may point to)."""
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        return False
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and "@" not in parts.netloc


def _text_field(meta: dict[str, object], key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{path}: field '{key}' must be a non-empty string")
    return value.strip()


def parse_metadata(article_id: str, meta: dict[str, object], path: Path) -> Source:
    """Check one article's metadata table and turn it into a Source, naming the file and field at fault."""
    unknown = sorted(set(meta) - _FIELDS)
    if unknown:
        raise CorpusError(f"{path}: unknown field '{unknown[0]}' (known: {', '.join(sorted(_FIELDS))})")
    outlet = _text_field(meta, "outlet", path)
    if outlet is None:
        raise CorpusError(f"{path}: field 'outlet' is missing")
    published = meta.get("published")
    if isinstance(published, dt.date):  # TOML allows a bare date
        published = published.isoformat()
    if published is not None:
        if not isinstance(published, str):
            raise CorpusError(f"{path}: field 'published' must be a date, YYYY-MM-DD")
        try:
            published = dt.date.fromisoformat(published).isoformat()
        except ValueError:
            raise CorpusError(f"{path}: field 'published' is not a date (YYYY-MM-DD): {published!r}") from None
    url = _text_field(meta, "url", path)
    if url is not None and not is_web_address(url):
        raise CorpusError(f"{path}: field 'url' is not an http(s) address: {url!r}")
    return Source(
        id=article_id,
        outlet=outlet,
        title=_text_field(meta, "title", path),
        url=url,
        published=published,
        author=_text_field(meta, "author", path),
        verdict=_text_field(meta, "verdict", path),
    )


def load_article(text_path: Path) -> Article:
    """Read one article and its metadata file; CorpusError names the file and the field at fault."""
    article_id = text_path.stem
    if not _ID_RE.match(article_id):
        raise CorpusError(f"{text_path}: the file name must be lower-case letters, digits, '.', '_' or '-'")
    meta_path = text_path.with_suffix(".toml")
    if not meta_path.exists():
        raise CorpusError(f"{meta_path}: missing (every article needs its metadata beside it)")
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{meta_path}: not valid TOML ({exc})") from None
    source = parse_metadata(article_id, meta, meta_path)
    try:
        # newline="" keeps the text byte for byte, so offsets are offsets into the file.
        with text_path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{text_path}: not UTF-8 text ({exc})") from None
    if not text.strip():
        raise CorpusError(f"{text_path}: the article is empty")
    return Article(source=source, text=text, path=text_path)


def article_from(article_id: str, text: str, meta_text: str, where: str) -> Article:
    """An article stored as text and metadata TOML elsewhere than in files (a database); CorpusError names
    `where` and the field at fault."""
    if not _ID_RE.match(article_id):
        raise CorpusError(f"{where}: the id must be lower-case letters, digits, '.', '_' or '-'")
    try:
        meta = tomllib.loads(meta_text)
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{where}: its metadata is not valid TOML ({exc})") from None
    source = parse_metadata(article_id, meta, Path(f"{article_id}.toml"))
    if not text.strip():
        raise CorpusError(f"{where}: the article is empty")
    return Article(source=source, text=text, path=Path(f"{article_id}.txt"))


# What a file looked like when it was read: an unchanged pair of files need not be read again.
Stamp = tuple[int, int, int, int]
Known = dict[Path, tuple[Stamp, Article]]


def _stamp(text_path: Path) -> Stamp | None:
    try:
        t, m = text_path.stat(), text_path.with_suffix(".toml").stat()
    except OSError:
        return None
    return (t.st_mtime_ns, t.st_size, m.st_mtime_ns, m.st_size)


def load_corpus(directory: Path, known: Known | None = None) -> tuple[list[Article], list[CorpusProblem]]:
    """Load every article in `directory`; a bad one is skipped and reported, the rest are served.

    With `known` (updated in place), an article whose two files are unchanged since it was read is taken
    from there, so re-reading a large corpus after one article was added reads one article."""
    if not directory.is_dir():
        raise CorpusError(f"{directory}: the corpus folder does not exist")
    articles: list[Article] = []
    problems: list[CorpusProblem] = []
    remembered: Known = {}
    for path in sorted(directory.glob("*.txt")):
        try:
            articles.append(_read(path, known, remembered))
        except CorpusError as exc:
            log.warning("skipping article: %s", exc)
            problems.append(CorpusProblem(path, str(exc)))
    if known is not None:  # what was read now, and nothing of files that went
        known.clear()
        known.update(remembered)
    if not articles:
        raise EmptyCorpus(f"{directory}: no usable article (*.txt with a .toml beside it)")
    return articles, problems


def _read(path: Path, known: Known | None, into: Known) -> Article:
    """The article of `path`: from `known` if its files are unchanged, else read; remembered in `into`."""
    stamp = _stamp(path)
    if known is not None and stamp is not None and path in known and known[path][0] == stamp:
        article = known[path][1]
    else:
        article = load_article(path)
    if stamp is not None:
        into[path] = (stamp, article)
    return article


def load_corpus_files(paths: list[Path], known: Known) -> list[Article]:
    """Read these article files (just added or changed) into `known`; CorpusError if one is unusable."""
    return [_read(Path(path), None, known) for path in paths]
