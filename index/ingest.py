"""Drafting an article: text from .txt or HTML (trafilatura), metadata from the page, a preview of
what will be indexed, and duplicates or reprints of articles already in the corpus."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from index.byline import Byline, authors_of, is_a_job, read_byline, read_date_line
from index.chunking import article_sentences
from index.cleaning import clean, normalize
from index.corpus import Article, is_web_address, parse_metadata
from index.errors import CorpusError
from index.lexicon import MONTHS, WEEKDAYS
from index.loaded import Index
from index.passages import same_passage

MAX_BYTES = 5 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Draft:
    """An article not yet in the corpus: its text and the metadata found for it (editable before adding)."""

    id: str
    text: str
    meta: dict[str, str]

    def article(self) -> Article:
        source = parse_metadata(self.id, dict(self.meta), Path(f"{self.id}.toml"))
        return Article(source, self.text, Path(f"{self.id}.txt"))

    def with_meta(self, **changes: str) -> Draft:
        meta = {**self.meta, **{k: v for k, v in changes.items() if v}}
        return dataclasses.replace(self, meta=meta)


@dataclasses.dataclass(frozen=True)
class Preview:
    """What adding a draft would index, and what it would duplicate."""

    sentences: int
    dropped: tuple[str, ...]  # furniture lines left out, with the rule that left each out
    first_sentences: tuple[str, ...]
    duplicate_of: str | None  # the same article already in the corpus
    reprint_of: str | None  # an article whose passages this one mostly repeats
    reprint_share: float


def slug(text: str, fallback: str = "article") -> str:
    words = re.findall(r"[a-z0-9]+", normalize(text))[:8]
    base = "-".join(words) or fallback
    return base[:80].strip("-") or fallback


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise CorpusError(f"the file is larger than {MAX_BYTES // 2**20} MB")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorpusError("the file is not text (neither UTF-8 nor Windows-1252)")


# Text is language when control characters are rare and words of letters make up much of it: binary data that
# happens to decode (NUL bytes, random bytes read as Windows-1252) fails one or the other.
MAX_CONTROL_SHARE = 0.01
MIN_WORD_SHARE = 0.5


def reads_as_language(text: str) -> bool:
    """Whether a text is written language: few control characters, and at least half of it in words."""
    if not text:
        return False
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    words = sum(len(w) for w in re.findall(r"[^\W\d_]{2,}", text))
    return controls <= MAX_CONTROL_SHARE * len(text) and words >= MIN_WORD_SHARE * len(text.replace(" ", ""))


def _looks_like_html(name: str, text: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(re.match(r"\s*(<!doctype html|<html)", text, re.I))


def _people(authors: str | None) -> str:
    """The page's authors less what a byline set beside them and the page's reader split off as more authors ("By
    Lukas Berg, June 8, 2026" read as "Lukas Berg; June 8"): parts holding a digit or only months and weekdays
    ("Theresa May" stays), and jobs ("Priya Nand; Local Democracy Reporter")."""
    if not authors:
        return ""
    dated = set(MONTHS) | set(WEEKDAYS)
    kept = [
        a.strip()
        for a in authors.split(";")
        if a.strip()
        and not re.search(r"\d", a)
        and not {w.lower().strip(".,") for w in a.split()} <= dated
        and not is_a_job(a)
    ]
    return "; ".join(kept)


# A byline stands among an article's first lines (after its headline), before the news.
BYLINE_LINES = 6


def _first_byline(text: str) -> Byline | None:
    """The byline among a plain-text article's first lines ("By Anna Berg and Jon Lie", "Posted by Hugh Dennan on
    3 May 2026"), else None: its author and date stand for those not given, and the line is kept as the author's,
    not dropped as furniture. A byline without a date takes that of a line of its own just after it ("By Tomas
    Reiner" then "October 11, 2026")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:BYLINE_LINES]
    for i, line in enumerate(lines):
        byline = read_byline(line)
        if byline is None:
            continue
        if byline.published is None and i + 1 < len(lines):
            published = read_date_line(lines[i + 1])
            if published is not None:
                return dataclasses.replace(byline, published=published)
        return byline
    return None


# The mark trafilatura puts before a list item's text ("- "), not before a line ending in a dash too ("- ENDS -").
_LIST_MARK = re.compile(r"(?m)^- (?=\S)(?!.*\s-$)")


# The longest element text read as a page's byline ("By Kerry Dunne, Chief Reporter", "By Ines Varga, 13 May 2026").
BYLINE_CHARS = 120


def _page_byline(raw: str, author: str) -> str | None:
    """The page's own byline naming `author` ("By Ines Varga, 13 May 2026"), as the page writes it, when the
    article's reader dropped it from the text as the page's metadata: an element of the page whose whole text
    reads as a byline of that author. None when the page shows none."""
    import lxml.html

    try:
        page = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return None
    wanted = {a.strip().lower() for a in author.split(";") if a.strip()}
    for element in page.iter("p", "div", "span", "address", "li", "a", "strong", "em"):
        text = " ".join(element.text_content().split())
        if not text or len(text) > BYLINE_CHARS:
            continue
        byline = read_byline(text)
        if byline is not None and {byline.author.lower(), *(a.lower() for a in authors_of(byline))} & wanted:
            return text
    return None


def _with_byline(text: str, byline: str, title: str) -> str:
    """The article's text with the page's byline on a line of its own after the headline (before the text when
    the text does not open with its title), unless a line of the text already is one."""
    lines = text.split("\n")
    if any(read_byline(line) is not None for line in lines[:BYLINE_LINES]):
        return text
    at = 1 if lines and title and lines[0].strip() == title.strip() else 0
    return "\n".join([*lines[:at], byline, *lines[at:]])


def draft_from(data: bytes, name: str, url: str | None = None) -> Draft:
    """A draft from the bytes of a .txt or .html file (or a fetched page); metadata from the page where it has any."""
    raw = _decode(data)
    meta: dict[str, str] = {}
    if _looks_like_html(name, raw):
        import trafilatura

        text = trafilatura.extract(raw, url=url, include_comments=False, include_tables=False, favor_precision=True)
        if not text:
            raise CorpusError("no article text could be found in that page")
        # trafilatura writes a list's items as "- item": the dash is not on the page, so a quote may not hold it
        # (a line written as "- ENDS -" on the page keeps its dashes)
        text = _LIST_MARK.sub("", text)
        found = trafilatura.extract_metadata(raw, default_url=url)
        if found is not None:
            for key, value in (
                ("title", found.title),
                ("outlet", found.sitename),
                ("author", _people(found.author)),
                ("published", found.date),
                # the page's own canonical address only when it is a plain web address
                ("url", found.url if found.url and is_web_address(str(found.url)) else url),
            ):
                if value:
                    meta[key] = str(value).strip()
        if meta.get("author"):
            # the author's line the page shows, which the reader took for metadata: "who wrote it?" quotes it
            shown = _page_byline(raw, meta["author"])
            if shown is not None:
                text = _with_byline(text, shown, meta.get("title", ""))
    else:
        text = raw
        if url:
            meta["url"] = url
        byline = _first_byline(text)
        if byline is not None:
            meta["author"] = byline.author
            if byline.published is not None:
                meta["published"] = byline.published.isoformat()
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise CorpusError("the article is empty")
    if not reads_as_language(text):
        raise CorpusError("the file is not readable text (control characters or no words): not an article")
    if "published" in meta:
        try:
            meta["published"] = dt.date.fromisoformat(meta["published"][:10]).isoformat()
        except ValueError:
            del meta["published"]
    if "outlet" not in meta and url:
        host = re.sub(r"^www\.", "", re.sub(r"^https?://([^/]+).*$", r"\1", url))
        meta["outlet"] = host
    stem = slug(meta.get("title") or Path(name).stem)
    return Draft(stem, text if text.endswith("\n") else text + "\n", meta)


def likely_sources(sentences: Sequence[str], index: Index, per_sentence: int = 5) -> set[str]:
    """The indexed articles that share the most words with any of these sentences: the only ones a
    duplicate or reprint check needs to read, so that it does not grow with the corpus."""
    found: set[str] = set()
    for text in sentences:
        found.update(index.sentences[sid].article_id for sid in index.keyword.best(text, per_sentence))
    return found


def preview(draft: Draft, corpus: Sequence[Article], index: Index | None = None) -> Preview:
    """What would be indexed, and whether the corpus has this article (or most of its passages) already.
    With the corpus's `index`, only the articles that share words with the draft are compared."""
    article = draft.article()
    cleaned = clean(article)
    sentences = article_sentences(article)
    if index is not None:
        near = likely_sources([s.text for s in sentences], index)
        corpus = [a for a in corpus if a.id in near]
    dropped = tuple(f"{article.text[d.start : d.end].strip()[:60]} ({d.reason})" for d in cleaned.dropped)
    body = normalize(" ".join(s.text for s in sentences))
    duplicate = next((a.id for a in corpus if normalize(" ".join(s.text for s in article_sentences(a))) == body), None)
    best, share = None, 0.0
    if duplicate is None and sentences:
        for other in corpus:
            theirs = [s.text for s in article_sentences(other)]
            repeated = sum(any(same_passage(s.text, t) for t in theirs) for s in sentences)
            if repeated / len(sentences) > share:
                best, share = other.id, repeated / len(sentences)
    if duplicate is None and share >= 0.95:
        duplicate = best  # every passage is already there: the same article again, whatever its metadata
    return Preview(
        sentences=len(sentences),
        dropped=dropped,
        first_sentences=tuple(s.text for s in sentences[:3]),
        duplicate_of=duplicate,
        reprint_of=best if duplicate is None and share >= 0.6 else None,
        reprint_share=round(share, 2),
    )
