"""The keyword side of retrieval: a tokenizer for names and numbers ("F-16", "Hmeymim", "22"), BM25 over sentences."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np

try:
    import Stemmer

    _STEMMER = Stemmer.Stemmer("english")
except ImportError:  # PyStemmer is a pinned dependency; without it matching is exact-word only
    _STEMMER = None

_STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not of off on once only or other our ours out over own same she should so some such than
    that the their theirs them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours s t don says said say
    tell told according also many much us""".split()
)
# "not", "no" and "nor" matter to meaning but not to finding a passage: denials are found by their topic.
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word) if _STEMMER is not None else word


# Country abbreviations written with dots or in capitals, which lower-casing would turn into "us" or "u", "s".
_ABBREV = re.compile(
    r"\b(?:U\.S\.A?\.?|USA|US|U\.K\.?|UK|U\.N\.?|UN|United States|United Kingdom|United Nations)(?![\w])"
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
# News names a country by its adjective or its capital as often as by its name ("Russian jets",
# "Washington said"); questions tend to use the name. Countries of general news, not of one story.
_COUNTRY = {
    "russian": "russia",
    "russians": "russia",
    "moscow": "russia",
    "american": "usa",
    "americans": "usa",
    "america": "usa",
    "washington": "usa",
    "turkish": "turkey",
    "turks": "turkey",
    "ankara": "turkey",
    "syrian": "syria",
    "syrians": "syria",
    "damascus": "syria",
    "british": "uk",
    "britain": "uk",
    "london": "uk",
    "iranian": "iran",
    "iranians": "iran",
    "tehran": "iran",
    "iraqi": "iraq",
    "iraqis": "iraq",
    "baghdad": "iraq",
    "israeli": "israel",
    "israelis": "israel",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "chinese": "china",
    "beijing": "china",
    "french": "france",
    "paris": "france",
    "german": "germany",
    "germans": "germany",
    "berlin": "germany",
    "kurdish": "kurd",
    "kurds": "kurd",
    "saudi": "saudi-arabia",
    "egyptian": "egypt",
    "jordanian": "jordan",
}


COUNTRIES = frozenset(_COUNTRY.values()) | {"usa", "uk", "un"}


def _abbreviation(m: re.Match[str]) -> str:
    key = m.group().lower().rstrip(".")
    key = "u.s" if key.startswith("u.s") and not key.startswith("u.s.-") else key
    return f" {_ABBREV_TOKEN.get(key, key)} "


def tokenize(text: str) -> list[str]:
    """Lower-case stems without stop words; a hyphenated name also yields its parts ("al-bab", "bab")."""
    text = _ABBREV.sub(_abbreviation, unicodedata.normalize("NFKC", text))
    text = text.lower().replace("’", "'")
    out: list[str] = []
    for word in _TOKEN.findall(text):
        word = word.removesuffix("'s")
        parts = [word] + (word.split("-") if "-" in word else [])
        for part in parts:
            part = _COUNTRY.get(part, part)
            if part and part not in _STOPWORDS and (len(part) > 1 or part.isdigit()):
                out.append(_stem(part))
    return out


@lru_cache(maxsize=262144)
def token_tuple(text: str) -> tuple[str, ...]:
    """tokenize(), remembered: sentences, their contexts and speakers recur from question to question."""
    return tuple(tokenize(text))


class KeywordIndex:
    """BM25 over the quotable sentences, plus document frequencies to weigh how much of a question a sentence covers."""

    def __init__(self, bm25: bm25s.BM25, df: dict[str, int], n_docs: int) -> None:
        self._bm25 = bm25
        self._df = df
        self._n = n_docs
        self._vocab: set[str] = set(df)
        self._idf: dict[str, float] = {}

    @classmethod
    def build(cls, texts: list[str]) -> KeywordIndex:
        tokens = [tokenize(t) or ["\x00"] for t in texts]  # bm25s needs a token in every document
        bm25 = bm25s.BM25()
        bm25.index(tokens, show_progress=False)
        df: Counter[str] = Counter()
        for toks in tokens:
            df.update(set(toks))
        df.pop("\x00", None)
        return cls(bm25, dict(df), len(texts))

    def save(self, directory: Path) -> None:
        self._bm25.save(str(directory / "bm25"), show_progress=False)
        (directory / "df.json").write_text(json.dumps({"n": self._n, "df": self._df}), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> KeywordIndex:
        bm25 = bm25s.BM25.load(str(directory / "bm25"), mmap=True, show_progress=False, verbosity=0)
        data = json.loads((directory / "df.json").read_text(encoding="utf-8"))
        return cls(bm25, data["df"], int(data["n"]))

    def document_share(self, token: str) -> float:
        """The share of sentences that contain the token."""
        return self._df.get(token, 0) / max(self._n, 1)

    def idf(self, token: str) -> float:
        value = self._idf.get(token)
        if value is None:
            df = self._df.get(token, 0)
            value = self._idf[token] = math.log(1 + (self._n - df + 0.5) / (df + 0.5))
        return value

    def query_terms(self, question: str) -> list[str]:
        """The question's search terms in order, each once."""
        return list(dict.fromkeys(tokenize(question)))

    def scores(self, terms: list[str]) -> np.ndarray:
        """BM25 score of every sentence for the question's terms (zeros when none is known)."""
        known = [t for t in terms if t in self._vocab]
        if not known:
            return np.zeros(self._n, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def phrase_overlap(self, terms: list[str], text: str) -> float:
        """The share of the question's adjacent term pairs ("election campaign") that stand adjacent in the text."""
        pairs = {(a, b) for a, b in zip(terms, terms[1:], strict=False)}
        if not pairs:
            return 0.0
        toks = token_tuple(text)
        present = set(zip(toks, toks[1:], strict=False))
        return len(pairs & present) / len(pairs)

    def coverage(self, terms: list[str], text: str) -> float:
        """The share of the question's IDF weight whose terms the text contains (0..1)."""
        if not terms:
            return 0.0
        present = set(token_tuple(text))
        total = sum(self.idf(t) for t in terms)
        return sum(self.idf(t) for t in terms if t in present) / total if total else 0.0
