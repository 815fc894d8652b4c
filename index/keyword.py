"""The keyword side of retrieval: a tokenizer for names and numbers ("F-16", "Hmeymim", "22"), BM25 over sentences."""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.lexicon import (
    ABBREVIATIONS,
    BRITISH_WORDS,
    COUNTRY_WORDS,
    INSTITUTION_NAMES,
    PHRASES,
    SPELLINGS,
    STOPWORDS,
)

try:
    import Stemmer

    _STEMMER = Stemmer.Stemmer("english")
except ImportError:  # PyStemmer is a pinned dependency; without it matching is exact-word only
    _STEMMER = None

# "not", "no" and "nor" matter to meaning but not to finding a passage: denials are found by their topic.
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _plain_stem(word: str) -> str:
    return _STEMMER.stemWord(word) if _STEMMER is not None else word


# A British spelling's or word's stem -> the American one's (index.lexicon.SPELLINGS, BRITISH_WORDS), where
# stemming leaves them apart.
_SPELLING_STEMS = {
    _plain_stem(b): _plain_stem(a) for b, a in SPELLINGS + BRITISH_WORDS if _plain_stem(b) != _plain_stem(a)
}


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stem = _plain_stem(word)
    return _SPELLING_STEMS.get(stem, stem)


# Initials written with dots, "A.P." or "A.F.P." (country abbreviations are read first, by _ABBREV).
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}(?![\w])")
# Country abbreviations written with dots or in capitals, which lower-casing would turn into "us" or "u", "s".
_ABBREV = re.compile(
    r"\b(?:U\.S\.A?\.?|USA|US|U\.K\.?|UK|U\.N\.?|UN|(?i:united states|united kingdom|united nations))(?![\w])"
)
_ABBREV_TOKEN = {
    "u.s": "usa",
    "usa": "usa",
    "us": "usa",
    "united states": "usa",
    "u.k": "uk",
    "uk": "uk",
    "united kingdom": "uk",
    "u.n": "un",
    "un": "un",
    "united nations": "un",
}
# The countries as tokenize() writes them (stemmed: "france" is "franc"), so that a token can be looked up.
COUNTRIES = frozenset(_stem(c) for c in COUNTRY_WORDS.values()) | {"usa", "uk", "un"}


# An institution's other names (index.lexicon.INSTITUTION_NAMES), as people type them too ("department of defense").
_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b", re.I)
_INSTITUTION_NAMES = {n.lower(): word for n, word in INSTITUTION_NAMES.items()}
_INSTITUTIONS = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(INSTITUTION_NAMES, key=len, reverse=True)) + r")(?![\w])",
    re.I,
)


def _abbreviation(m: re.Match[str]) -> str:
    key = m.group().lower().rstrip(".")
    key = "u.s" if key.startswith("u.s") and not key.startswith("u.s.-") else key
    return f" {_ABBREV_TOKEN.get(key, key)} "


def tokenize(text: str) -> list[str]:
    """Lower-case stems without stop words; a hyphenated name also yields its parts ("al-bab", "bab"); initials
    written with dots are one word ("A.P." as "ap"); a common abbreviation stands for its word ("Dept"), and a
    British word for the American one ("lorries" as "trucks")."""
    text = unicodedata.normalize("NFKC", text)
    text = _INSTITUTIONS.sub(lambda m: f" {_INSTITUTION_NAMES[m.group().lower()]} ", text)
    text = _PHRASES.sub(lambda m: f" {PHRASES[m.group().lower()]} ", text)
    text = _ABBREV.sub(_abbreviation, text)
    text = _INITIALS.sub(lambda m: " " + m.group().replace(".", "") + " ", text)
    text = text.lower().replace("’", "'")
    out: list[str] = []
    for word in _TOKEN.findall(text):
        word = word.removesuffix("'s")
        if word.endswith("n't"):
            continue  # "didn't", "can't": an auxiliary and a negation, no word of what is asked or said
        if word in ABBREVIATIONS:
            out.extend(tokenize(ABBREVIATIONS[word]))
            continue
        parts = [word] + (word.split("-") if "-" in word else [])
        for n, part in enumerate(parts):
            if n and part == "us":
                part = "usa"  # "us-russia", "us-led": the US, written in lower case in a compound
            part = COUNTRY_WORDS.get(part, part)
            if part and part not in STOPWORDS and (len(part) > 1 or part.isdigit()):
                out.append(_stem(part))
    return out


def word_terms(words: Iterable[str]) -> frozenset[str]:
    """The terms of each word of a word list taken alone: joined into one text, two neighbours could read as one
    name ("defense" and "department" as the Pentagon)."""
    return frozenset(t for w in words for t in tokenize(w))


@lru_cache(maxsize=262144)
def token_tuple(text: str) -> tuple[str, ...]:
    """tokenize(), remembered: sentences, their contexts and speakers recur from question to question."""
    return tuple(tokenize(text))


def top_indices(scores: np.ndarray, k: int) -> list[int]:
    """Indices of the `k` highest positive scores, best first, without sorting the whole array."""
    positive = int(np.count_nonzero(scores > 0))
    k = min(k, positive)
    if k <= 0:
        return []
    part = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in part[np.argsort(-scores[part])]]


K1 = 1.5
B = 0.75
# Two stems are forms of one word when the longer is the shorter, of at least FORM_MIN letters, and one of these
# endings, which stemming leaves on ("complain"/"complaint", "inspect"/"inspector"); shorter stems begin too many
# unrelated words ("polic" of police and "polici" of policy); a name's "n" makes a people of a place ("Varonia",
# "Varonian"), and "ri" a body of its officer ("minist", "ministri"): each answers other questions.
FORM_MIN = 6
FORM_ENDINGS = ("t", "or", "er")


# What a keyword term that is no word begins with: a mark the parse gave a sentence ("@found:DATE").
MARK = "@"


@dataclasses.dataclass(frozen=True)
class Postings:
    """One segment's term frequencies, term by term (a CSC matrix: term -> sentences). Kept raw, not as BM25
    weights, so that scores use the statistics of the whole index however many segments it has, and a new
    segment changes no file of an old one."""

    terms: dict[str, int]  # term -> column
    indptr: np.ndarray  # (n_terms + 1,) int64: the sentences of term t are docs[indptr[t]:indptr[t+1]]
    docs: np.ndarray  # int32, local sentence numbers
    tf: np.ndarray  # float32, the term's count in that sentence
    doc_len: np.ndarray  # (n_docs,) float32, tokens in each sentence

    @classmethod
    def build(cls, texts: list[str], marks: list[list[str]] | None = None) -> Postings:
        """The postings of sentences' words, and of the marks the parse gave each (`marks`, terms that begin with
        MARK: index.nlp.verb_arguments), which no word can be and which count for no sentence's length."""
        by_term: dict[str, list[tuple[int, int]]] = {}
        lengths = np.zeros(len(texts), dtype=np.float32)
        for d, text in enumerate(texts):
            toks = tokenize(text)
            lengths[d] = len(toks)
            for term, count in Counter(toks + (marks[d] if marks is not None else [])).items():
                by_term.setdefault(term, []).append((d, count))
        terms = sorted(by_term)
        sizes = np.fromiter((len(by_term[t]) for t in terms), dtype=np.int64, count=len(terms))
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        flat = [pair for t in terms for pair in by_term[t]]
        docs = np.fromiter((d for d, _ in flat), dtype=np.int32, count=len(flat))
        tf = np.fromiter((c for _, c in flat), dtype=np.float32, count=len(flat))
        return cls({t: i for i, t in enumerate(terms)}, indptr, docs, tf, lengths)

    @property
    def n_docs(self) -> int:
        return len(self.doc_len)

    def df(self, term: str) -> int:
        col = self.terms.get(term)
        return 0 if col is None else int(self.indptr[col + 1] - self.indptr[col])

    def save(self, directory: Path) -> None:
        (directory / "terms.json").write_text(json.dumps(sorted(self.terms, key=self.terms.__getitem__)), "utf-8")
        for name in ("indptr", "docs", "tf", "doc_len"):
            np.save(directory / f"kw_{name}.npy", getattr(self, name))

    @classmethod
    def load(cls, directory: Path) -> Postings:
        terms = json.loads((directory / "terms.json").read_text(encoding="utf-8"))
        # np.asarray: plain views of the mapped files (no copy), which index faster than np.memmap objects.
        arrays = {
            name: np.asarray(np.load(directory / f"kw_{name}.npy", mmap_mode="r"))
            for name in ("indptr", "docs", "tf", "doc_len")
        }
        if len(arrays["indptr"]) != len(terms) + 1 or len(arrays["docs"]) != len(arrays["tf"]):
            raise ValueError("the keyword postings disagree with their terms")
        return cls({t: i for i, t in enumerate(terms)}, **arrays)


class KeywordIndex:
    """BM25 (Lucene's formula) over the quotable sentences of all segments, with their common statistics, plus
    document frequencies to weigh how much of a question a sentence covers."""

    def __init__(self, parts: list[Postings], offsets: list[int]) -> None:
        self._parts = parts
        self._offsets = offsets
        self._n = sum(p.n_docs for p in parts)
        total = sum(float(p.doc_len.sum()) for p in parts)
        self._avg_len = total / self._n if self._n and total else 1.0
        self._df: dict[str, int] = {}
        self._idf: dict[str, float] = {}
        self._forms: dict[str, tuple[str, ...]] = {}

    @classmethod
    def build(cls, texts: list[str]) -> KeywordIndex:
        return cls([Postings.build(texts)], [0])

    def df(self, token: str) -> int:
        value = self._df.get(token)
        if value is None:
            value = self._df[token] = sum(p.df(token) for p in self._parts)
        return value

    def document_share(self, token: str) -> float:
        """The share of sentences that contain the token."""
        return self.df(token) / max(self._n, 1)

    def idf(self, token: str) -> float:
        value = self._idf.get(token)
        if value is None:
            df = self.df(token)
            value = self._idf[token] = math.log(1 + (self._n - df + 0.5) / (df + 0.5))
        return value

    def terms(self) -> list[str]:
        """Every term some sentence holds, sorted (words only: no mark of the parse's)."""
        return sorted({t for p in self._parts for t in p.terms if not t.startswith(MARK)})

    def sentences_with(self, term: str) -> np.ndarray:
        """The ids of the sentences that hold a term, in order."""
        found = []
        for part, offset in zip(self._parts, self._offsets, strict=True):
            col = part.terms.get(term)
            if col is not None:
                found.append(np.asarray(part.docs[int(part.indptr[col]) : int(part.indptr[col + 1])]) + offset)
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def forms(self, term: str) -> tuple[str, ...]:
        """The term and the terms of its other forms that some sentence holds: a stem of FORM_MIN letters or more
        and the stem with one of FORM_ENDINGS ("complain" and "complaint", "inspect" and "inspector", "govern" and
        "governor"), which stemming leaves apart."""
        found = self._forms.get(term)
        if found is not None:
            return found
        related = [term]
        if term.isalpha():
            if len(term) >= FORM_MIN:
                related += [term + e for e in FORM_ENDINGS if self.df(term + e)]
            related += [
                term[: -len(e)]
                for e in FORM_ENDINGS
                if term.endswith(e) and len(term) - len(e) >= FORM_MIN and self.df(term[: -len(e)])
            ]
        found = self._forms[term] = tuple(related)
        return found

    def sentences_with_forms(self, term: str) -> np.ndarray:
        """The ids of the sentences that hold a term in any of its forms (forms), in order."""
        forms = self.forms(term)
        if len(forms) == 1:
            return self.sentences_with(term)
        return np.unique(np.concatenate([self.sentences_with(f) for f in forms]))

    def query_terms(self, question: str) -> list[str]:
        """The question's search terms in order, each once."""
        return list(dict.fromkeys(tokenize(question)))

    def scores(self, terms: list[str]) -> np.ndarray:
        """BM25 score of every sentence for the question's terms (zeros when none is known)."""
        out = np.zeros(self._n, dtype=np.float32)
        for part, offset in zip(self._parts, self._offsets, strict=True):
            for term in terms:
                col = part.terms.get(term)
                if col is None:
                    continue
                lo, hi = int(part.indptr[col]), int(part.indptr[col + 1])
                docs = np.asarray(part.docs[lo:hi])
                tf = np.asarray(part.tf[lo:hi])
                norm = K1 * ((1 - B) + B * np.asarray(part.doc_len[docs]) / self._avg_len)
                out[offset + docs] += np.float32(self.idf(term)) * (tf / (tf + norm)).astype(np.float32)
        return out

    def best(self, text: str, k: int) -> list[int]:
        """The `k` sentences that share the most words with `text` by BM25, best first."""
        return top_indices(self.scores(self.query_terms(text)), k)

    def phrase_overlap(self, terms: list[str], text: str) -> float:
        """The share of the question's adjacent term pairs ("election campaign") that stand adjacent in the text."""
        pairs = {(a, b) for a, b in zip(terms, terms[1:], strict=False)}
        if not pairs:
            return 0.0
        toks = token_tuple(text)
        present = set(zip(toks, toks[1:], strict=False))
        return len(pairs & present) / len(pairs)
