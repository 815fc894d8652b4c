"""Which parts of an article are quotable news: page furniture, bios and legal notices are dropped by general rules."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from index.corpus import Article


@dataclasses.dataclass(frozen=True)
class Block:
    """A quotable paragraph: `article.text[start:end]`. A `byline` block names the author and nothing else."""

    start: int
    end: int
    kind: str = "text"  # "text" | "byline"


@dataclasses.dataclass(frozen=True)
class Dropped:
    """A line left out of the index, and the rule that left it out."""

    start: int
    end: int
    reason: str


@dataclasses.dataclass(frozen=True)
class Cleaned:
    blocks: tuple[Block, ...]
    dropped: tuple[Dropped, ...]


# Whole lines that are labels of the page, not news.
_FURNITURE = re.compile(
    r"(advertisement|advertising|sponsored( content)?|comments?|\d+ comments?|breaking( news)?|"
    r"accessibility links|skip to (main )?content|share( this)?( article| story)?|print|e-?mail|"
    r"related( articles| stories| content)?|read more|more stories|recommended|trending( now)?|"
    r"(\d+x\d+|\d+:\d+) (image|video|photo)|image|photo|video|loading\.*|close|menu|search|"
    r"(xs|sm|md|lg|xl)( (xs|sm|md|lg|xl))*)"
)
# Phrases that mark site notices wherever they stand.
_NOTICES = (
    "having issues with commenting",
    "click here",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "sign up for our",
    "subscribe to our",
    "our newsletter",
    "undesirable organization",
    "could face fines",
    "follow us on",
    "this article was originally published",
    "©",
)
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been) (?:an?|the) [^.]{0,120}?\b"
    r"(journalist|reporter|correspondent|editor|writer|columnist|contributor|author|producer|analyst)\b"
)
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")


_FOLD = {ord("‘"): "'", ord("’"): "'", ord("“"): '"', ord("”"): '"', ord("–"): "-", ord("—"): "-"}


def normalize(text: str) -> str:
    """Fold case, quotes, dashes and spaces, so that copies of a passage compare equal."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()


def _label(line: str) -> str:
    return normalize(line).strip(" •·*-–—|>")


def furniture_reason(line: str, title: str | None = None) -> str | None:
    """Why a stripped line is page furniture rather than news, or None if it is news."""
    label = _label(line)
    if not label:
        return "empty"
    if _FURNITURE.fullmatch(label):
        return "page label"
    if any(p in label for p in _NOTICES):
        return "site notice"
    if title and label == _label(title):
        return "headline"
    if _BIO.match(line):
        return "author bio"
    words = label.split()
    if len(words) <= 4 and not _SENTENCE_END.search(line):
        return "heading or caption"
    if not any(c.isalpha() for c in label):
        return "no words"
    return None


def clean(article: Article) -> Cleaned:
    """Split an article into quotable blocks (one per line), dropping furniture and repeated paragraphs."""
    text = article.text
    author = _label(article.source.author) if article.source.author else None
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    seen: set[str] = set()
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group()
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = m.end() - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        line = text[start:end]
        label = _label(line)
        if author and label in (author, f"by {author}"):
            blocks.append(Block(start, end, "byline"))
            continue
        reason = furniture_reason(line, article.source.title)
        if reason is None and author and label.startswith(author + " is "):
            reason = "author bio"
        if reason is None and normalize(line) in seen:
            reason = "repeated paragraph"
        if reason is not None:
            dropped.append(Dropped(start, end, reason))
            continue
        seen.add(normalize(line))
        blocks.append(Block(start, end))
    return Cleaned(tuple(blocks), tuple(dropped))
