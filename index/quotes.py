"""From scored candidate sentences to the quotes of an answer: relevance, reprints, both sides, a size budget."""

from __future__ import annotations

import dataclasses
import re
from difflib import SequenceMatcher

from index.answer import Quote
from index.cleaning import normalize
from index.config import AnswerSettings
from index.corpus import Source
from index.keyword import KeywordIndex
from index.search import Candidate
from index.stance import stance

# How much keyword coverage weighs against the cosine, in the relevance of a sentence.
COVERAGE_WEIGHT = 0.5
# A quote on the other side must be at least this relevant, absolutely and against the best quote.
SIDE_FLOOR = 0.55
SIDE_MARGIN = 0.7


@dataclasses.dataclass(frozen=True)
class Scored:
    candidate: Candidate
    relevance: float
    stance: str

    @property
    def text(self) -> str:
        return self.candidate.sentence.text


@dataclasses.dataclass(frozen=True)
class Selection:
    """The chosen sentences, each with the other outlets that carry the same passage."""

    picks: tuple[tuple[Scored, tuple[Scored, ...]], ...]
    abstained: bool
    disputed: bool


def relevance(c: Candidate, terms: list[str], keyword: KeywordIndex, source: Source) -> float:
    """Cosine plus keyword coverage; the article's outlet and author count as words of each of its sentences."""
    meta = " ".join(x for x in (source.outlet, source.author) if x)
    coverage = keyword.coverage(terms, f"{c.sentence.text} {meta}") if meta else c.coverage
    return c.dense + COVERAGE_WEIGHT * coverage


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text))


def same_passage(a: str, b: str) -> bool:
    """True when two sentences carry the same passage: a run of at least 8 words, or most of the shorter one."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    m = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    return m.size >= 8 or m.size >= 0.6 * min(len(wa), len(wb))


def select(scored: list[Scored], settings: AnswerSettings) -> Selection:
    """Pick the quotes: the best sentence, others close to it, both sides when they conflict, reprints once."""
    ranked = sorted(scored, key=lambda s: -s.relevance)
    if not ranked or ranked[0].relevance < settings.min_relevance:
        return Selection((), abstained=True, disputed=False)
    top = ranked[0].relevance

    # Reprints: each sentence joins the group of the first better-ranked sentence it repeats.
    groups: list[list[Scored]] = []
    for s in ranked:
        for g in groups:
            if same_passage(g[0].text, s.text):
                if all(x.candidate.sentence.article_id != s.candidate.sentence.article_id for x in g):
                    g.append(s)
                break
        else:
            groups.append([s])

    eligible = [g for g in groups if g[0].relevance >= settings.relative_cutoff * top]
    chosen: list[list[Scored]] = [eligible[0]]
    budget = settings.max_chars - len(eligible[0][0].text)
    for g in eligible[1:]:
        if len(chosen) >= settings.max_quotes:
            break
        if len(g[0].text) > budget:
            continue
        chosen.append(g)
        budget -= len(g[0].text)

    # Both sides: when a relevant denial and a relevant claim stand among the candidates, show each.
    def best(side: str) -> list[Scored] | None:
        for g in groups:
            r = g[0].relevance
            if g[0].stance == side and r >= SIDE_FLOOR and r >= SIDE_MARGIN * top:
                return g
        return None

    claim, denial = best("claim"), best("denial")
    disputed = claim is not None and denial is not None
    if disputed:
        assert claim is not None and denial is not None
        for g in (claim, denial):
            if g not in chosen:
                if len(chosen) >= settings.max_quotes:
                    # Drop the weakest pick that is not the other side's only representative.
                    for i in range(len(chosen) - 1, 0, -1):
                        if chosen[i] is not claim and chosen[i] is not denial:
                            chosen.pop(i)
                            break
                chosen.append(g)
    picks = tuple((g[0], tuple(g[1:])) for g in chosen)
    return Selection(picks, abstained=False, disputed=disputed)


def to_quotes(selection: Selection, sources: dict[str, Source]) -> tuple[Quote, ...]:
    """The selection as quotes: verbatim text, offsets, source, and the other outlets carrying it."""
    out = []
    for best, carriers in selection.picks:
        s = best.candidate.sentence
        out.append(
            Quote(
                text=s.text,
                source=sources[s.article_id],
                start=s.start,
                end=s.end,
                score=best.relevance,
                also_in=tuple(sources[c.candidate.sentence.article_id] for c in carriers),
                side=best.stance if selection.disputed else None,
            )
        )
    return tuple(out)
