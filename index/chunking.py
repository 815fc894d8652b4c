"""Articles to quotable sentences and sentence-aware chunks, every one an exact span of its article."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

from index.cleaning import clean, rates_a_claim
from index.corpus import Article
from index.sentences import split_sentences

# A sentence that is only a parenthesised credit, e.g. "(Press Service via AP)".
_CREDIT = re.compile(r"^\((?:[^()]{0,120})\)\.?$")
# Words in lower case: a sentence of news has at least two ("Twenty-two targets were hit.").
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z'’-]+")


@dataclasses.dataclass(frozen=True)
class Sentence:
    """A quotable sentence: `article.text[start:end] == text`."""

    id: int
    article_id: str
    start: int
    end: int
    text: str
    block: int  # index of its paragraph among the article's quotable blocks
    kind: str = "text"  # "text" | "byline"


# A line ending in ":" introduces what starts this close after it: a line break, or a paragraph's blank line. A
# wider gap held something the page or its cleaning left out (an embedded post, a picture, an empty paragraph).
INTRODUCED_WITHIN = 2


def introduces(line: Sentence, after: Sentence) -> bool:
    """Whether `line` ends in ":" and introduces `after`, the sentence right after it in its article."""
    return (
        line.text.rstrip().endswith(":")
        and after.article_id == line.article_id
        and 0 <= after.start - line.end <= INTRODUCED_WITHIN
    )


# An interviewer's question opens with its label: "Q: ...", "Question: ...".
ASKED_LABEL = re.compile(r"^\s*(?:Q|Question)\s*:", re.IGNORECASE)
# An explainer's question set as a paragraph of its own ("Who were the walkers?") is answered by the paragraph after
# it; at most this many of that paragraph's sentences are read as its answer (an explainer's answers run one to
# three sentences; a longer paragraph goes on to more than was asked).
EXPLAINED_SENTENCES = 3


def explained_by(sentences: Sequence[Sentence], sid: int) -> tuple[int, ...]:
    """The sentences answering sentence `sid` when it is a question standing as a paragraph of its own ("Was
    anyone badly hurt?" over "No. The two walkers ... were allowed home"): the first EXPLAINED_SENTENCES of the
    paragraph right after it in its article. None for any other sentence, one that quotes someone, or an
    interviewer's ("Q: ...", whose answer index.quotes reads by its label)."""
    s = sentences[sid]
    text = s.text.rstrip()
    if not text.endswith("?") or any(c in text for c in '"“”') or ASKED_LABEL.match(text):
        return ()
    if sid > 0 and sentences[sid - 1].article_id == s.article_id and sentences[sid - 1].block == s.block:
        return ()  # a question ending a paragraph of the outlet's narration, not one standing alone
    nxt = sid + 1
    if nxt >= len(sentences) or sentences[nxt].article_id != s.article_id or sentences[nxt].block != s.block + 1:
        return ()
    out: list[int] = []
    while nxt < len(sentences) and len(out) < EXPLAINED_SENTENCES and sentences[nxt].block == s.block + 1:
        if sentences[nxt].article_id != s.article_id or sentences[nxt].kind != "text":
            break
        out.append(nxt)
        nxt += 1
    return tuple(out)


@dataclasses.dataclass(frozen=True)
class Chunk:
    """Consecutive sentences of one article, embedded together; spans `article.text[start:end]`."""

    id: int
    article_id: str
    start: int
    end: int
    sentence_ids: tuple[int, ...]
    text: str  # the sentences joined by a space: what is embedded and searched

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()[:24]


# A short question of a few words ("Does it?", "Is it?"): an interviewer's, kept though it has one word in lower
# case.
_SHORT_QUESTION = re.compile(r"^[A-Z][a-z]+\s+\w[\w'’]*\?$")


def article_sentences(article: Article, first_id: int = 0) -> list[Sentence]:
    """The quotable sentences of an article, in order, furniture and repeats left out."""
    out: list[Sentence] = []
    for block_no, block in enumerate(clean(article).blocks):
        spans = (
            [(block.start, block.end)]
            if block.kind == "byline"
            else split_sentences(article.text, block.start, block.end)
        )
        for start, end in spans:
            text = article.text[start:end]
            if (
                block.kind == "text"
                and (_CREDIT.match(text) or len(_LOWER_WORD.findall(text)) < (1 if _SHORT_QUESTION.match(text) else 2))
                and not rates_a_claim(text)
            ):
                continue  # a credit, or a dateline or label with no clause ("MOSCOW, January 23. /TASS/.")
            out.append(Sentence(first_id + len(out), article.id, start, end, text, block_no, block.kind))
    return out


def chunk_sentences(sentences: list[Sentence], max_chars: int, overlap: int, first_id: int = 0) -> list[Chunk]:
    """Greedy windows of whole sentences up to `max_chars`, overlapping by `overlap` sentences.

    A byline is its own chunk, so that it never dilutes the news around it.
    """
    chunks: list[Chunk] = []
    runs: list[list[Sentence]] = []
    for s in sentences:
        if s.kind == "byline" or not runs or runs[-1][-1].kind == "byline":
            runs.append([s])
        else:
            runs[-1].append(s)
    for run in runs:
        i = 0
        while i < len(run):
            j = i + 1
            size = len(run[i].text)
            while j < len(run) and size + 1 + len(run[j].text) <= max_chars:
                size += 1 + len(run[j].text)
                j += 1
            window = run[i:j]
            chunks.append(
                Chunk(
                    id=first_id + len(chunks),
                    article_id=window[0].article_id,
                    start=window[0].start,
                    end=window[-1].end,
                    sentence_ids=tuple(s.id for s in window),
                    text=" ".join(s.text for s in window),
                )
            )
            if j >= len(run):
                break
            i = max(i + 1, j - overlap)
    return chunks
