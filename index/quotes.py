"""From scored candidate sentences to the quotes of an answer: relevance, reprints, both sides, a size budget."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from index.answer import Quote
from index.chunking import Sentence
from index.config import AnswerSettings
from index.corpus import Article, Source
from index.counting import Alike, gives_count, same_word
from index.keyword import COUNTRIES, KeywordIndex, token_tuple, tokenize
from index.passages import same_passage
from index.search import Candidate

# How much keyword coverage, and adjacent question terms, weigh against the cosine in a sentence's relevance.
COVERAGE_WEIGHT = 0.5
PHRASE_WEIGHT = 0.2
# A quote on the other side of a dispute must be this relevant, absolutely and against the best quote.
SIDE_FLOOR = 0.65
# A side's passage must also be this relevant against the best quote: a question of whether something happened is
# what disputing sources disagree on, so their passages are about as relevant as the best answer.
SIDE_MARGIN = 0.6
# A passage on the other side of one that qualified needs only this relevance to the question, for it rarely
# repeats the details the question names (a place, a date), and this closeness (cosine) to that passage.
CONTRA_FLOOR = 0.4
# A claim and a denial whose sentences are less alike than this (cosine) are about different things: measured on
# the seed articles, pairs on one point are 0.52-0.71 and a pair on unrelated points was 0.29.
PAIR_FLOOR = 0.45
CONTRA_SIMILARITY = 0.5
_YES_NO = re.compile(
    r"^\W*(did|does|do|is|was|were|are|has|have|had|can|could|will|would|should|may|might)\b|"
    r"\b(is it true|really|true that|confirm)\b|\b(?:true|real|right|correct|accurate|so) or not\b|"
    r"\bor not\W*$|\b(?:is|was) (?:that|this|it) (?:true|right|correct|accurate)\b",
    re.IGNORECASE,
)
# "Who is telling the truth, A or B?", "Which account is right?": asks which side holds, as a yes/no does.
_WHO_IS_RIGHT = re.compile(
    r"^\W*(?:who|whom|which(?:\s+\w+)?)\b.*\b(?:truth|lying|lie|lies|right|correct|true|accurate|believe)\b",
    re.IGNORECASE,
)
# The two sides are chosen as the pair that is most relevant and most about the same thing (cosine),
# preferring a person's or a body's own words in quotation marks.
PAIR_WEIGHT = 1.0
DIRECT_BONUS = 0.1
SIDE_QUOTES = 2  # quotes a side may have in a disputed answer
DIVERSITY_WEIGHT = 1.0  # a side's second quote should add something to its first
_DIRECT = re.compile(r"[\"“”].{12,}[\"“”]")
# A neighbouring sentence joins a quote when it is this relevant against the best quote, and fits.
MERGE_RATIO = 0.5
MERGE_MAX_CHARS = 450
# Quotes kept beyond the answer's own for its "More quotes" button.
MORE_QUOTES = 5
# Copies of one passage this close in relevance are equally good answers: the better attributed one is quoted.
REPRINT_TIE = 0.05


@dataclasses.dataclass(frozen=True)
class Scored:
    candidate: Candidate
    relevance: float
    stance: str
    context: str = ""  # the sentence before it in its article, which may hold its subject
    passage: int = -1  # sentences with the same passage id carry the same passage (reprints)
    holds: int = 0  # the entity types it names (index.nlp bits), and AGENT when someone is quoted in it
    answers: int = -1  # a denial: the id of the claim before it that it answers (index.stance.answered_claims)

    @property
    def sentence(self) -> Sentence:
        return self.candidate.sentence

    @property
    def text(self) -> str:
        return self.candidate.sentence.text


def answers_kind(question: str, s: Scored, expects: int = 0, alike: Alike = same_word) -> bool:
    """Whether a sentence can answer the kind of question asked: it holds an entity of the type the question
    expects (index.question), and gives a count or an amount when one is asked for (index.counting)."""
    if expects and not s.holds & expects:
        return False
    return gives_count(question, s.text, s.context, alike)


@dataclasses.dataclass(frozen=True)
class Pick:
    """One quote to show: consecutive sentences of one article, and other outlets' copies of the passage."""

    parts: tuple[Scored, ...]
    carriers: tuple[Scored, ...]
    side: str | None = None

    @property
    def best(self) -> Scored:
        return max(self.parts, key=lambda s: s.relevance)

    @property
    def length(self) -> int:
        return self.parts[-1].sentence.end - self.parts[0].sentence.start


@dataclasses.dataclass(frozen=True)
class Selection:
    picks: tuple[Pick, ...]
    abstained: bool
    disputed: bool
    lacks: bool = False  # abstained because no relevant sentence holds the kind of thing asked for
    more: tuple[Pick, ...] = ()  # relevant enough to quote, but past the answer's number or size of quotes


def relevance(
    c: Candidate, terms: list[str], keyword: KeywordIndex, source: Source, context: str = "", speaker: str = ""
) -> float:
    """Cosine plus keyword coverage of the question.

    Who said a sentence, and the article's outlet and author, count as words of the sentence ("What did
    the ministry say ..." favours the ministry's words); the sentence before counts for half, since a
    sentence often leaves its subject ("On January 21 ...") to the one before.
    """
    meta = " ".join(x for x in (source.outlet, source.author, speaker) if x)
    own = keyword.coverage(terms, f"{c.sentence.text} {meta}")
    if context:
        own = max(own, (own + keyword.coverage(terms, f"{context} {c.sentence.text} {meta}")) / 2)
    phrase = keyword.phrase_overlap(terms, f"{context} {c.sentence.text}")
    return c.dense + COVERAGE_WEIGHT * own + PHRASE_WEIGHT * phrase


def _groups(ranked: list[Scored]) -> list[list[Scored]]:
    """Reprints together (by the passage ids the index computed), best first, one copy per article."""
    by_passage: dict[int, list[Scored]] = {}
    groups: list[list[Scored]] = []
    for s in ranked:
        g = by_passage.get(s.passage)
        if g is None:
            g = by_passage[s.passage] = [s]
            groups.append(g)
        elif all(x.sentence.article_id != s.sentence.article_id for x in g):
            g.append(s)
    return groups


def _quoted(group: list[Scored], checkable: Callable[[str], int]) -> list[Scored]:
    """The group with the copy to quote first: the best, unless a copy about as relevant (within REPRINT_TIE)
    carrying the same words comes from a source a reader can check further (`checkable` of its article id:
    dated, with an address). An undated copy without an address is not the source named when the outlet's
    own article carries the passage. The group itself keeps its order: sides and links read its best copy."""
    best = group[0]
    rivals = [s for s in group if s.relevance >= best.relevance - REPRINT_TIE and same_passage(best.text, s.text)]
    first = max(rivals, key=lambda s: checkable(s.sentence.article_id))  # the first of the most checkable
    if first is best:
        return group
    return [first] + [s for s in group if s is not first]


def _extend(group: list[Scored], by_id: dict[int, Scored], top: float, taken: set[int], disputed: bool) -> Pick:
    """The group's best sentence, joined by a neighbour of the same article when that is relevant too."""
    s = group[0]
    best_pair: tuple[Scored, ...] = (s,)
    best_score = 0.0
    for other_id, before in ((s.sentence.id - 1, True), (s.sentence.id + 1, False)):
        other = by_id.get(other_id)
        if other is None or other_id in taken or other.sentence.article_id != s.sentence.article_id:
            continue
        if disputed and {other.stance, s.stance} == {"claim", "denial"}:
            continue  # one quote, one side
        introduces = (other if before else s).text.rstrip().endswith(":")
        if other.sentence.block != s.sentence.block and not introduces:
            continue  # within a paragraph, or with the line that introduces it
        first, last = (other, s) if before else (s, other)
        if last.sentence.end - first.sentence.start > MERGE_MAX_CHARS:
            continue
        if not before and introduces:
            return Pick((first, last), tuple(group[1:]))  # a line ending in ":" never stands alone
        if other.relevance >= MERGE_RATIO * top and other.relevance > best_score:
            best_pair, best_score = (first, last), other.relevance
    return Pick(best_pair, tuple(group[1:]))


Similarity = Callable[[Sentence, Sentence], float]


_SETTING_BEFORE = frozenset({"in", "over", "across", "inside", "into", "near", "throughout", "within", "around"})
# A country named just after these is left out of what the sentence says happened ("outside of the U.S.-led
# coalition", "instead of US planes").
_EXCLUDING = frozenset({"outside", "instead", "without", "excluding", "except", "not", "rather"})


def other_actors(question_terms: set[str], text: str) -> bool:
    """True when a sentence leaves out a country the question names and names another one instead.

    Such a sentence may be on the topic, but it does not claim or deny what the question asks about
    ("Russia and Turkey struck al-Bab" does not claim a US-Russian strike). A country named as a place
    ("in Syria", "over Syria") is the setting, not an actor, and does not count; nor does one named as left
    out ("outside of the U.S.-led coalition").
    """
    asked = question_terms & COUNTRIES
    if not asked:
        return False
    named = _actors(text)
    return bool(asked - named) and bool(named - asked)


@lru_cache(maxsize=65536)
def _actors(text: str) -> frozenset[str]:
    """The countries a sentence names as actors (not as the setting, not as left out); remembered, since the
    same sentences come back from question to question."""
    named: set[str] = set()
    words = text.split()
    for i, word in enumerate(words):
        found = [t for t in token_tuple(word) if t in COUNTRIES]
        before = [w.lower().strip(",;") for w in words[max(0, i - 3) : i]]
        if found and not (before and before[-1] in _SETTING_BEFORE) and not _EXCLUDING & set(before):
            named.update(found)
    return frozenset(named)


def group_stance(group: list[Scored]) -> str:
    """A passage's stance: its best copy's, unless that copy is neutral and another carrier reports it as a claim
    or a denial (a statement quoted bare in one article is introduced as what someone said in another)."""
    if group[0].stance != "other":
        return group[0].stance
    return next((s.stance for s in group[1:] if s.stance != "other"), "other")


def is_yes_no(question: str) -> bool:
    """Whether a question asks whether something is so: a yes/no question, or one that asks who is right."""
    return bool(_YES_NO.search(question) or _WHO_IS_RIGHT.search(question))


def _sides(
    groups: list[list[Scored]],
    top: float,
    similarity: Similarity,
    actors_differ: Callable[[str], bool],
) -> tuple[list[list[Scored]], list[list[Scored]]]:
    """For a question of whether something is so: claims and denials on its point, best pair first; empty lists
    when the sources do not conflict on it."""

    def side(name: str) -> list[list[Scored]]:
        return [
            g
            for g in groups
            if group_stance(g) == name
            and g[0].relevance >= SIDE_FLOOR
            and g[0].relevance >= SIDE_MARGIN * top
            and not actors_differ(g[0].text)
        ]

    def weight(g: list[Scored]) -> float:
        return g[0].relevance + (DIRECT_BONUS if _DIRECT.search(g[0].text) else 0.0)

    claims, denials = side("claim"), side("denial")

    # What answers a claim need not resemble the question: a denial (or a claim) on the other side also counts
    # when it is fairly relevant and close in meaning to a passage that qualified.
    def answering(name: str, others: list[list[Scored]]) -> list[list[Scored]]:
        return [
            g
            for g in groups
            if group_stance(g) == name
            and g[0].relevance >= CONTRA_FLOOR
            and not actors_differ(g[0].text)
            and any(similarity(g[0].sentence, o[0].sentence) >= CONTRA_SIMILARITY for o in others)
        ]

    claims = claims + [g for g in answering("claim", denials) if g not in claims]
    denials = denials + [g for g in answering("denial", claims) if g not in denials]
    # A denial that answers a qualifying claim in its own article is on that claim's point, however it words it.
    answered = {c[0].sentence.id for c in claims}
    denials += [g for g in groups if group_stance(g) == "denial" and g[0].answers in answered and g not in denials]
    if not claims or not denials:
        return [], []
    best = max(
        ((c, d) for c in claims for d in denials),
        key=lambda p: weight(p[0]) + weight(p[1]) + PAIR_WEIGHT * similarity(p[0][0].sentence, p[1][0].sentence),
    )
    if similarity(best[0][0].sentence, best[1][0].sentence) < PAIR_FLOOR:
        return [], []  # the best claim and denial are about different things: no dispute on this point

    def order(chosen: list[Scored], pool: list[list[Scored]], other: list[Scored]) -> list[list[Scored]]:
        """The side's best, then each next one relevant, on the point, and unlike those already taken."""
        picked = [chosen]
        rest = [g for g in pool if g is not chosen]
        while rest:
            nxt = max(
                rest,
                key=lambda g: (
                    weight(g)
                    + PAIR_WEIGHT * similarity(g[0].sentence, other[0].sentence)
                    - DIVERSITY_WEIGHT * max(similarity(g[0].sentence, p[0].sentence) for p in picked)
                ),
            )
            picked.append(nxt)
            rest.remove(nxt)
        return picked

    return order(best[0], claims, best[1]), order(best[1], denials, best[0])


def select(
    scored: list[Scored],
    settings: AnswerSettings,
    question: str,
    similarity: Similarity,
    expects: int = 0,
    alike: Alike = same_word,
    checkable: Callable[[str], int] = lambda _: 0,
) -> Selection:
    """Pick the quotes: the best sentence, others close to it, both sides when they conflict, reprints once
    (quoted from the copy a reader can check best). `expects` is the mask of entity types an answering sentence
    must hold (0: any); `checkable` ranks an article id's source (see _groups)."""
    ranked = sorted(scored, key=lambda s: -s.relevance)
    fitting = [s for s in ranked if answers_kind(question, s, expects, alike)]
    if not fitting or fitting[0].relevance < settings.min_relevance:
        relevant = bool(ranked) and ranked[0].relevance >= settings.min_relevance
        return Selection((), abstained=True, disputed=False, lacks=relevant)
    top = fitting[0].relevance
    by_id = {s.sentence.id: s for s in ranked}
    groups = _groups(fitting)
    asked = set(tokenize(question))
    # Only a question of whether something is so (or of who is right) is answered as a dispute: when a claim and a
    # denial on its point are among the relevant passages, whoever narrates the best one. A question for a fact
    # ("who", "what did X say") gets its answer, not a dispute, even when the answer is one side's.
    claims, denials = (
        _sides(groups, top, similarity, lambda text: other_actors(asked, text)) if is_yes_no(question) else ([], [])
    )

    def side_of(g: list[Scored]) -> str:
        """A quote's heading: its side, when it is on this question's point; else what others say."""
        if g in claims or g in denials:
            return "claim" if g in claims else "denial"
        stance = group_stance(g)
        return stance if stance in ("claim", "denial") and not other_actors(asked, g[0].text) else "other"

    disputed = bool(claims and denials)
    if disputed:
        # Claims first, then denials, then what others say; the best answer always among them.
        wanted = claims[:SIDE_QUOTES] + denials[:SIDE_QUOTES]
        if groups[0] not in wanted:
            wanted.insert(0, groups[0])
        limit, budget = 2 * SIDE_QUOTES + 1, settings.max_chars * 5 // 2  # room for both sides
    else:
        wanted = [groups[0]]
        limit, budget = settings.max_quotes, settings.max_chars
    wanted += [g for g in groups[1:] if g[0].relevance >= settings.relative_cutoff * top and g not in wanted]

    # Relevance first: the quotes are chosen as single sentences within the budget (a line ending in ":"
    # comes with what it introduces). Context second: each then takes in a neighbour while room remains.
    chosen: list[tuple[list[Scored], list[Scored], Pick]] = []
    taken: set[int] = set()
    used = 0
    for g in wanted:
        if len(chosen) >= limit:
            break
        q = _quoted(g, checkable)
        if q[0].sentence.id in taken:
            continue
        pick = Pick((q[0],), tuple(q[1:]))
        if q[0].text.rstrip().endswith(":"):
            pick = _extend(q, by_id, top, taken, disputed)
            if pick.parts[-1].text.rstrip().endswith(":") and g is not groups[0]:
                continue  # introduces something it could not carry (the best answer is shown all the same)
        must = g is groups[0] or (disputed and (g is claims[0] or g is denials[0]))  # the best, each side's best
        if not must and used + pick.length > budget:
            continue
        chosen.append((g, q, pick))
        taken.update(p.sentence.id for p in pick.parts)
        used += pick.length
    picks: list[Pick] = []
    for n, (g, q, pick) in enumerate(chosen):
        if len(pick.parts) == 1:
            wider = _extend(q, by_id, top, taken, disputed)
            if wider.length > pick.length and (n == 0 or used + wider.length - pick.length <= budget):
                used += wider.length - pick.length
                taken.update(p.sentence.id for p in wider.parts)
                pick = wider
        picks.append(dataclasses.replace(pick, side=side_of(g)) if disputed else pick)
    if disputed:  # shown under headings: what is claimed, what is denied, what others say
        picks.sort(key=lambda p: ("claim", "denial", "other").index(p.side or "other"))
    if not picks:
        return Selection((), abstained=True, disputed=False)
    more: list[Pick] = []
    for g in wanted:  # what passed the relevance cut and did not fit, best first, for "More quotes"
        q = _quoted(g, checkable)
        if len(more) >= MORE_QUOTES or any(p.sentence.id in taken for p in q[:1]):
            continue
        taken.add(q[0].sentence.id)
        pick = Pick((q[0],), tuple(q[1:]))
        more.append(dataclasses.replace(pick, side=side_of(g)) if disputed else pick)
    return Selection(tuple(picks), abstained=False, disputed=disputed, more=tuple(more))


def to_quotes(selection: Selection, articles: Mapping[str, Article], speakers: Sequence[str]) -> tuple[Quote, ...]:
    """The selection as quotes: verbatim text, offsets, source, and the other outlets carrying it."""
    return quotes_of(selection.picks, articles, speakers)


def quotes_of(picks: Sequence[Pick], articles: Mapping[str, Article], speakers: Sequence[str]) -> tuple[Quote, ...]:
    """Picks as quotes (see to_quotes)."""
    out = []
    for pick in picks:
        first, last = pick.parts[0].sentence, pick.parts[-1].sentence
        best = pick.best
        out.append(
            Quote(
                text=articles[first.article_id].text[first.start : last.end],
                source=articles[first.article_id].source,
                start=first.start,
                end=last.end,
                score=best.relevance,
                # Reprint groups are joined through chains of similar sentences; a carrier is named only when it
                # carries this passage itself.
                also_in=tuple(
                    articles[c.sentence.article_id].source for c in pick.carriers if same_passage(best.text, c.text)
                ),
                side=pick.side,
                speaker=speakers[best.sentence.id],
            )
        )
    return tuple(out)
