"""Disputes among the passages relevant to a question: which claims and denials are on its point, and the pair of
sides to show (the best claim and the best denial about the same thing)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Set
from functools import lru_cache

from index.attribution import own_name, same_voice
from index.chunking import Sentence
from index.keyword import COUNTRIES, token_tuple, word_terms
from index.lexicon import (
    BLAME_WORDS,
    BODY_WORDS,
    DETERMINERS,
    NEGATIONS,
    OBJECT_PRONOUNS,
    OFFICE_NOUNS,
    OPPOSITES,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    PORTFOLIOS,
    REGRET_WORDS,
    SCANT_WORDS,
    STATEMENT_NOUNS,
    TELLING_WORDS,
    TITLES,
)
from index.scoring import Scored
from index.stance import ANSWER_REACH

# A quote on the other side of a dispute must be this relevant, absolutely and against the best quote.
SIDE_FLOOR = 0.65
# When the best answer itself is under SIDE_FLOOR (a question in words the passages do not use: "was anyone hurt in
# the fire?" of "no pupil had been hurt"), a passage its article sets against another relevant one ("But one parent
# said his son had been checked by paramedics") is a side at this share of its relevance.
SIDE_NEAR_TOP = 0.95
# A side's passage must also be this relevant against the best quote: a question of whether something happened is
# what disputing sources disagree on, so their passages are about as relevant as the best answer.
SIDE_MARGIN = 0.6
# Once each side has a passage that qualified, a passage on the other side of one of them joins with only this
# relevance to the question, for it rarely repeats the details the question names (a place, a date), and this
# closeness (cosine) to that passage.
CONTRA_FLOOR = 0.4
# A claim and a denial whose sentences are less alike than this (cosine) are about different things: measured on
# the seed articles, pairs on one point are 0.52-0.71 and a pair on unrelated points was 0.29.
PAIR_FLOOR = 0.45
CONTRA_SIMILARITY = 0.5
# A voice's two claims this alike (cosine) make one claim again, so that what answers one answers both: measured on
# the seed articles, the Defense Ministry's claim of coordinates received over a "direct line", in four wordings and
# outlets, 0.63-0.93 apart; one body's claims on two points of a story are less alike (0.51 on the seeds: the
# coordinates and the strike itself).
SAME_CLAIM = 0.6
# The two sides are chosen as the pair that is most relevant and most about the same thing (cosine),
# preferring a person's or a body's own words in quotation marks.
PAIR_WEIGHT = 1.0
DIRECT_BONUS = 0.1
# A best answer that is on no side (the outlet's narration, an account on neither side) is a dispute's when a side
# stands beside it at this share of its relevance: as close as the quotes were shown when it was set, and kept
# apart from the display's relative cut since, so that showing more quotes makes no more disputes.
BESIDE_SHARE = 0.8
DIVERSITY_WEIGHT = 1.0  # a side's second quote should add something to its first
_DIRECT = re.compile(r"[\"“”].{12,}[\"“”]")

Similarity = Callable[[Sentence, Sentence], float]


_SETTING_BEFORE = frozenset({"in", "over", "across", "inside", "into", "near", "throughout", "within", "around"})
# A country named just after these is left out of what the sentence says happened ("outside of the U.S.-led
# coalition", "instead of US planes").
_EXCLUDING = frozenset({"outside", "instead", "without", "excluding", "except", "not", "rather"})


# "<country>-led <noun>" ("the U.S.-led coalition", "a Saudi-led blockade").
_LED = re.compile(r"-led\s+([A-Za-z]+)", re.IGNORECASE)

# Each noun (keyword term) the articles tie to one country, with that country (led_by), in order: built once per
# index and passed as it is, so that a sentence's actors are remembered for it (_actors).
Led = tuple[tuple[str, str], ...]


def led_by(texts: Iterable[str]) -> Led:
    """The nouns (keyword terms) the articles tie to one country: written as led by it ("the U.S.-led coalition")
    and never with another country's name just before them. Written alone, such a noun names that country as an
    actor ("two jets of the international coalition"). "aircraft" of "American-led aircraft" names no one where
    the articles also write "Russian aircraft". Each pass looks for a literal first ("-led", the nouns found), so a
    corpus is read at the speed of a regular-expression search."""
    texts = list(texts)
    leaders: dict[str, set[str]] = {}
    for text in texts:
        for m in _LED.finditer(text):
            by = {t for t in token_tuple(_word_before(text, m.start())) if t in COUNTRIES}
            noun = token_tuple(m.group(1))
            if by and noun and noun[0] not in COUNTRIES:
                leaders.setdefault(noun[0], set()).update(by)
    if not leaders:
        return ()
    nouns = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(leaders))) + r")[a-z]*\b", re.IGNORECASE)
    for text in texts:
        for m in nouns.finditer(text):
            noun = token_tuple(m.group())
            before = _word_before(text, m.start())
            if noun and noun[0] in leaders and not before.lower().endswith("-led"):
                leaders[noun[0]].update(t for t in token_tuple(before) if t in COUNTRIES)
    return tuple(sorted((noun, next(iter(c))) for noun, c in leaders.items() if len(c) == 1))


def _word_before(text: str, at: int) -> str:
    """The whitespace-separated word ending at `at` (just before a match), or, when whitespace comes first, the
    word before that."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def other_actors(question_terms: Set[str], text: str, led: Led = ()) -> bool:
    """True when a sentence leaves out a country the question names and names another one instead.

    Such a sentence may be on the topic, but it does not claim or deny what the question asks about
    ("Russia and Turkey struck al-Bab" does not claim a US-Russian strike). A country named as a place
    ("in Syria", "over Syria") is the setting, not an actor, and does not count; nor does one named as left
    out ("outside of the U.S.-led coalition"). A noun the articles write as led by a country (`led`, led_by)
    names it, in the sentence and in the question: "two jets of the coalition" names the US when the articles
    speak of "the U.S.-led coalition".
    """
    asked = (question_terms & COUNTRIES) | {country for noun, country in led if noun in question_terms}
    if not asked:
        return False
    named = _actors(text, led)
    return bool(asked - named) and bool(named - asked)


@lru_cache(maxsize=65536)
def _actors(text: str, led: Led = ()) -> frozenset[str]:
    """The countries a sentence names as actors (not as the setting, not as left out), and those whose led nouns
    it names (`led`, as pairs); remembered, since the same sentences come back from question to question."""
    named: set[str] = set()
    leaders = dict(led)
    words = text.split()
    for i, word in enumerate(words):
        found = [t for t in token_tuple(word) if t in COUNTRIES]
        if not (i and words[i - 1].lower().endswith("-led")):  # else named by its "X-led", which reads as one
            found += [leaders[t] for t in token_tuple(word) if t in leaders]
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


# What a denial says is not so, in a clause of its own: "We do not accept that a fallen branch explains this",
# "The caterer denied that its food was to blame", "It is not true that the gate was open".
_DENIED_CLAUSE = re.compile(r"\bthat\s+(?P<clause>[^.;:!?]+)", re.IGNORECASE)


def denied_terms(text: str) -> frozenset[str]:
    """The terms of the clause after the first "that" of a denial (denied_terms("... accept that a fallen branch
    explains this") holds "branch"), or none."""
    m = _DENIED_CLAUSE.search(text)
    return frozenset(token_tuple(m.group("clause"))) if m else frozenset()


def point_terms(terms: Iterable[str], df: Callable[[str], int]) -> frozenset[str]:
    """The question's rarest terms in the articles (`df`, the sentences holding a keyword term; terms no article
    has left out): what singles out the thing asked about ("earn" of "do drivers earn 3,100 euros a month?",
    "de-confliction" of "does the US have a de-confliction channel ...?"), as against the words for its actors
    and setting that many sentences hold."""
    known = {t: n for t in terms if (n := df(t)) > 0}
    if not known:
        return frozenset()
    least = min(known.values())
    return frozenset(t for t, n in known.items() if n == least)


# A denial names whose claim it denies when the claimant's name stands this close (in words) to a noun for what
# was said: "contradicting a statement by Kardan's interior ministry", "denied Russia's claim", "rejected an
# account given by the army".
NAMED_CLAIM_WINDOW = 6
# The words of a speaker's name that say what kind of body or person it is, not which one.
_KIND_TERMS = word_terms(TITLES | BODY_WORDS | PORTFOLIOS | OFFICE_NOUNS | PERSON_WORDS)
_PERSON_TERMS = word_terms(PERSON_WORDS)
_WORDS = re.compile(r"[\w'’-]+")


def _alike_name(a: str, b: str) -> bool:
    """One name's word written as another's: the same term, or one the start of the other from five letters on (a
    country and its people's adjective the lexicon does not know: "kardan", "kardani")."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


@lru_cache(maxsize=4096)
def names_claimant(denial: str, claimant: str) -> bool:
    """Whether a denial names the speaker whose claim it denies, beside a noun for what was said
    (NAMED_CLAIM_WINDOW): "Marrish police denied ..., contradicting a statement by Kardan's interior ministry" names
    "the Kardani Interior Ministry", "rejected the union's account" names "the union"; a denial that only mentions
    the claimant ("... on Kardan's side of the river") does not."""
    name = set(token_tuple(own_name(claimant))) - _PERSON_TERMS
    own = name - _KIND_TERMS
    words = _WORDS.findall(denial)
    nouns = [i for i, w in enumerate(words) if w.lower() in STATEMENT_NOUNS]
    for i in nouns:
        near = set(token_tuple(" ".join(words[max(0, i - NAMED_CLAIM_WINDOW) : i + NAMED_CLAIM_WINDOW + 1])))
        if any(_alike_name(t, o) for t in near for o in own) or (name and not own and name <= near):
            return True  # a word of its own name, or all the words of a body named by its kind ("the union")
    return False


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")


@lru_cache(maxsize=4096)
def accuses(claim: str, denier: str) -> bool:
    """Whether a claim names, by a word of its own name, the one who denies it: "Everything points to the Corvell
    plant," against "Corvell Chemicals denied releasing anything into the river" (the accused's denial of the
    accusation); words for a kind of body or person ("the council") and countries do not count."""
    # (the denier's proper words only: "Mona Aas, a former police investigator who teaches art crime" is not "Art")
    own = set(token_tuple(" ".join(_CAPITALISED.findall(own_name(denier))))) - _KIND_TERMS - _PERSON_TERMS - COUNTRIES
    return bool(own) and bool(own & set(token_tuple(" ".join(_CAPITALISED.findall(claim)))))


def _holds_point(s: Scored, point: frozenset[str]) -> bool:
    return bool(point) and bool(point & set(token_tuple(s.text)))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _holds_point_word(s: Scored, point: frozenset[str]) -> bool:
    """Whether a sentence holds one of the question's point terms in a word not written as a name."""
    return bool(point) and bool(point & set(token_tuple(" ".join(_LOWER_WORD.findall(s.text)))))


def _opposite_terms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for one, other in OPPOSITES:
        a, b = set(token_tuple(one)), set(token_tuple(other))
        for t in a:
            out.setdefault(t, set()).update(b)
        for t in b:
            out.setdefault(t, set()).update(a)
    return {t: frozenset(o) for t, o in out.items()}


_OPPOSITE = _opposite_terms()


def opposites(point: frozenset[str]) -> frozenset[str]:
    """The terms of the words opposite to a question's point terms (index.lexicon.OPPOSITES): "mistake", "error",
    "accident" ... of "deliberate"."""
    return frozenset(o for t in point for o in _OPPOSITE.get(t, ()))


def opposed(scored: list[Scored], point: frozenset[str], against: frozenset[str]) -> list[Scored]:
    """A question's candidates with a claim that tells the opposite of its point (`against`, opposites(point)), in a
    word not written as a name and without the point's own word, made a denial of it: "Dr Voss said the duplication
    was an error" answers "no" to "was the duplication deliberate?", as "was not deliberate" would. What a
    question's point is opposed by also holds its point (`point | against`), so that the two are linked as sides
    (see sides)."""
    return [
        dataclasses.replace(s, stance="denial")
        if s.stance == "claim" and _holds_point_word(s, against) and not _holds_point_word(s, point)
        else s
        for s in scored
    ]


# Words by which the accused owns a fault rather than answers it: "we accept responsibility", "we are sorry".
_OWNING_UP = word_terms(BLAME_WORDS | REGRET_WORDS | {"responsibility", "responsible", "admit", "admits", "admitted"})


def _speaks_for(s: Scored, head: str) -> bool:
    """Whether a passage's speaker is the accused, named by its head noun (`head`, a keyword term): in the
    speaker's own name ("The software supplier, Lattice Data Systems") or as the speaker's own ("its driver", "our
    driver")."""
    if not s.speaker:
        return False
    if head in token_tuple(own_name(s.speaker)):
        return True
    return any(
        head in token_tuple(m.group(1)) for m in re.finditer(r"\b(?:our|its|their)\s+((?:\w+\s+)?\w+)", s.text, re.I)
    )


def defended(scored: list[Scored], accused: str) -> list[Scored]:
    """A question of blame's candidates (`accused`, index.question.accused: "the delivery driver" of "was the
    delivery driver to blame?") with each claim of the accused's own voice made a denial: what the accused says of
    what happened is its defence ("The company said its driver had followed the instructions he was given on
    site", "'Our software did what it was told to do,' a Lattice spokesperson said"), unless it owns the fault
    ("we accept responsibility", "we are sorry"). The voice is the speaker named by the accused's head noun and
    any speaker of the candidates who is one voice with it (index.attribution.same_voice)."""
    words = token_tuple(accused)
    if not scored or not words:
        return scored
    head = words[-1]
    named = {s.speaker for s in scored if _speaks_for(s, head)}
    voices = {s.speaker for s in scored if s.speaker and any(same_voice(s.speaker, n) for n in named)}
    return [
        dataclasses.replace(s, stance="denial")
        if s.stance == "claim" and s.speaker in voices and not _OWNING_UP & set(token_tuple(s.text))
        else s
        for s in scored
    ]


# A question of whether people were told what was happening (index.question.asks_informing) is answered by the
# telling passages tell or deny, whatever their other words: "Our staff spoke to riders by loudhailer throughout the
# evening" against "For the first twenty minutes nobody told us anything" (0.34 relevant to "did staff keep the
# riders informed?", and 0.17 alike in meaning to the claim). Such a claim and denial are sides from this relevance.
TOLD_FLOOR = 0.3
_WORD = re.compile(r"[a-z]+")
_PEOPLE_OBJECTS = OBJECT_PRONOUNS | frozenset({"everyone", "anyone", "anybody", "everybody"})
_TOLD = frozenset({"tell", "tells", "told", "telling"})
_BEING = frozenset({"was", "were", "been", "being", "be", "get", "got"})
# How near (in words) a negation must stand to a word of telling to deny that telling.
NEGATION_REACH = 3


def _tells_people(words: list[str], i: int) -> bool:
    """Whether "tell" or "told" at words[i] tells people something ("told us", "told the passengers", "were
    told"), not a newspaper ("told Reuters") and not to do something ("told us to stay calm", "were told to
    leave")."""
    j = i + 1
    if i and words[i - 1] in _BEING:
        return words[j : j + 1] != ["to"]
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    if j >= len(words) or (words[j] not in _PEOPLE_OBJECTS and words[j] not in PEOPLE_NOUNS):
        return False
    return words[j + 1 : j + 2] != ["to"]


def tells_of_telling(text: str, denying: bool = False) -> bool:
    """Whether a passage tells that people were told what was happening (TELLING_WORDS): "our operators spoke to
    guests", "two announcements", "they were told it was a display issue"; "tell" and "told" only of telling
    people ("told us", "told passengers", "were told"), not of telling a newspaper ("told Reuters") nor of an
    order ("told us to stay calm"). `denying`: that they were not, a negation or a word of scarcity standing
    within NEGATION_REACH words of the telling ("nobody told us anything", "we heard nothing", "given little
    information"), not elsewhere in the sentence ("there was no power cut, and stallholders we spoke to said ...")."""
    words = _WORD.findall(text.lower())
    for i, word in enumerate(words):
        if word not in TELLING_WORDS:
            continue
        if word in _TOLD and not _tells_people(words, i):
            continue  # a newspaper told, or an order given ("told us to stay calm")
        if not denying:
            return True
        near = words[max(0, i - NEGATION_REACH) : i + NEGATION_REACH + 1]
        if any(w in NEGATIONS or w in SCANT_WORDS for w in near):
            return True
    return False


def _answers(s: Scored) -> int:
    return s.answers


def _itself(i: int) -> frozenset[int]:
    return frozenset({i})


def _on_point(
    claim: list[Scored],
    denial: list[Scored],
    similarity: Similarity,
    point: frozenset[str] = frozenset(),
    answers: Callable[[Scored], int] = _answers,
    same: Callable[[int], frozenset[int]] = _itself,
) -> bool:
    """Whether a denial is on a claim's point: alike in meaning (PAIR_FLOOR), or set by its article as the answer
    to that claim ("Clearwater said the company had dumped ... . The company denied the allegations, saying ...":
    few words in common), or both holding what singles out the question's thing (`point`, point_terms: "The
    operator says its drivers earn on average 3,100 euros a month" and "'Nobody earns 3,100 euros here,' she
    said" are on "do drivers earn 3,100 euros a month?", however unlike their other words), or the denial naming
    the claim's speaker as the one it contradicts (names_claimant). `answers` gives what
    a statement answers (its `answers`, or another copy's of the same voice: see sides), `same` the statement a
    claim makes again (see sides)."""
    return similarity(claim[0].sentence, denial[0].sentence) >= PAIR_FLOOR or _linked(
        claim, denial, point, answers, same
    )


def _linked(
    claim: list[Scored],
    denial: list[Scored],
    point: frozenset[str] = frozenset(),
    answers: Callable[[Scored], int] = _answers,
    same: Callable[[int], frozenset[int]] = _itself,
) -> bool:
    """Whether a denial is on a claim's point by what links them, whatever their likeness in meaning (_on_point):
    one set as the answer to the other (or to the same voice's alike claim the claim makes again: `same`), both
    holding the question's point, the denial naming the claimant, or the claim naming the one who denies it
    (accuses)."""
    return (
        # (a link to any copy of the passage, or to a claim it makes again, links it)
        answers(denial[0]) in {i for s in claim for i in same(s.sentence.id)}
        or answers(claim[0]) in {s.sentence.id for s in denial}
        or (_holds_point(claim[0], point) and _holds_point(denial[0], point))
        or names_claimant(denial[0].text, claim[0].speaker)
        or (bool(denial[0].speaker) and accuses(claim[0].text, denial[0].speaker))
    )


def _contested(
    group: list[Scored],
    claims: list[list[Scored]],
    denials: list[list[Scored]],
    similarity: Similarity,
    pair: tuple[list[Scored], list[Scored]],
    point: frozenset[str] = frozenset(),
    answers: Callable[[Scored], int] = _answers,
    same: Callable[[int], frozenset[int]] = _itself,
) -> bool:
    """Whether the best answer is itself one side of a conflict: someone's claim that another voice denies, or a
    denial of another voice's claim, on the same point (PAIR_FLOOR). A spokesman's account of a channel kept open,
    followed by the same spokesman's denial of joint strikes, is no side of the dispute over the strikes, whatever
    else a third voice denies of his; so any passage in the voice of the chosen `pair`'s other side. Nor is the
    outlet's own narration that mentions the claims ("The two offices sent mixed signals, amid claims by ...")."""
    stance = group_stance(group)
    if stance not in ("claim", "denial") or not group[0].speaker:
        return False
    others = denials if stance == "claim" else claims
    best = group[0]
    if same_voice(best.speaker, (pair[1] if stance == "claim" else pair[0])[0].speaker):
        return False
    return any(
        _on_point(*((group, o) if stance == "claim" else (o, group)), similarity, point, answers, same)
        and not same_voice(best.speaker, o[0].speaker)
        for o in others
    )


def sides(
    groups: list[list[Scored]],
    top: float,
    similarity: Similarity,
    actors_differ: Callable[[str], bool],
    who_is_right: bool = False,
    shown: float = 1.0,
    point: frozenset[str] = frozenset(),
    asked: frozenset[str] = frozenset(),
    told: bool = False,
) -> tuple[list[list[Scored]], list[list[Scored]]]:
    """For a question of whether something is so: claims and denials on its point, best pair first; empty lists
    when the sources do not conflict on it. The dispute must be the answer's: its best passage is one side of it,
    or, when the best is the outlet's own narration (a check of the reports, a summary) or someone's account on
    neither side ("..., as the Daily Beast explains"), a passage shown beside it (relevance `shown` x `top` or
    more) is.

    A question of who is right (`who_is_right`: "Who is telling the truth, A or B?") names the parties and nothing
    of what they say, so no passage is much like it: a side's passage needs only CONTRA_FLOOR, whatever the best
    answer's relevance (a passage holding its one word, "al-Bab", stands far above any side), and the pair shown
    is the claim and the denial that answer each other most closely, whatever their relevance to its words.
    `point` (point_terms) are the question's rarest terms: a claim and a denial that both hold one are on its point.
    `asked` are all its terms (the words a denial's clause shares with it: denied_terms). `told`: the question asks
    whether people were told what was happening (TOLD_FLOOR).
    """
    floor = CONTRA_FLOOR if who_is_right else SIDE_FLOOR
    # the ids of the passages their articles set against another relevant one (a denial and the claim it answers)
    relevant_ids = {g[0].sentence.id for g in groups if g[0].relevance >= CONTRA_FLOOR}
    set_against = {g[0].answers for g in groups if g[0].sentence.id in relevant_ids} | {
        g[0].sentence.id for g in groups if g[0].answers in relevant_ids
    }

    def qualifies(g: list[Scored]) -> bool:
        if g[0].relevance >= floor:
            return True
        # under a best answer itself under the floor, one its article sets against another relevant passage
        return top < floor and g[0].relevance >= SIDE_NEAR_TOP * top and g[0].sentence.id in set_against

    def side(name: str) -> list[list[Scored]]:
        return [
            g
            for g in groups
            if group_stance(g) == name
            and qualifies(g)
            and (who_is_right or g[0].relevance >= SIDE_MARGIN * top)
            and not actors_differ(g[0].text)
        ]

    def weight(g: list[Scored]) -> float:
        return g[0].relevance + (DIRECT_BONUS if _DIRECT.search(g[0].text) else 0.0)

    claims, denials = side("claim"), side("denial")

    # What answers a claim need not resemble the question: once both sides have a passage on the question's point,
    # a denial (or a claim) also joins its side when it is fairly relevant and close in meaning to a passage of the
    # other side. It cannot make a dispute by itself: a passage close only to the other side is about that side's
    # point, which need not be the question's ("Does the agency keep a channel open?" is not disputed because a
    # denial of something else resembles what the agency said about the channel).
    # So does one holding the question's point in a common word when a passage of the other side holds it so too
    # ("We do not share targeting data" against "... on the basis of the targets' coordinates received from ...");
    # a name held by both ("Voskian ships") is one of the dispute's actors, not what it is about.
    def answering(name: str, others: list[list[Scored]]) -> list[list[Scored]]:
        pointed = any(_holds_point_word(o[0], point) for o in others)
        return [
            g
            for g in groups
            if group_stance(g) == name
            and g[0].relevance >= CONTRA_FLOOR
            and not actors_differ(g[0].text)
            and (
                any(similarity(g[0].sentence, o[0].sentence) >= CONTRA_SIMILARITY for o in others)
                or (pointed and _holds_point_word(g[0], point))
            )
        ]

    # A denial that one of its voice's alike denials says what it answers answers the same: "Our boats were not in
    # that area," the spokeswoman said (in one article) and "The coast guard denied the account, saying its boats
    # were not in the area" (answering the navy's claim, in another); in one article, any denial of that voice (a
    # lead, "The trust has denied that records were stolen", and its chief executive's answer to the hackers'
    # claim further down).
    links: dict[int, int] = {}
    linked = [g[0] for g in groups if group_stance(g) == "denial" and g[0].answers >= 0]
    for g in groups:
        if group_stance(g) == "denial" and g[0].answers < 0:
            twin = next(
                (
                    d
                    for d in linked
                    if same_voice(d.speaker, g[0].speaker)
                    and (
                        d.sentence.article_id == g[0].sentence.article_id
                        or similarity(d.sentence, g[0].sentence) >= CONTRA_SIMILARITY
                    )
                ),
                None,
            )
            if twin is not None:
                links[g[0].sentence.id] = twin.answers

    # A denial on the question's point answering a voice's words that are no relevant candidate ("'We said so at
    # the time,' said one of them") answers the claim that voice made shortly before in the article, when that one
    # is: the claim as first made ("The museum had one guard that night, two members of staff have told Tidende."
    # ... "The director denied that security had been weakened.").
    relevant = {g[0].sentence.id for g in groups if g[0].relevance >= CONTRA_FLOOR}
    for g in denials:
        d = g[0]
        if not d.answers_voice or d.answers in relevant or d.sentence.id in links:
            continue
        made = [
            c[0]
            for c in groups
            if group_stance(c) == "claim"
            and c[0].relevance >= CONTRA_FLOOR
            and c[0].sentence.article_id == d.sentence.article_id
            and d.answers - ANSWER_REACH <= c[0].sentence.id < d.answers
            and same_voice(c[0].speaker, d.answers_voice)
        ]
        if made:
            links[d.sentence.id] = max(made, key=lambda c: c.sentence.id).sentence.id

    # A question of whether people were told what was happening (`told`): a claim of a telling and a denial of one,
    # both fairly relevant (TOLD_FLOOR), are its sides, each denial answering the most relevant such claim.
    if told:
        telling = [
            g
            for g in groups
            if group_stance(g) in ("claim", "denial")
            and g[0].relevance >= TOLD_FLOOR
            and not actors_differ(g[0].text)
            and tells_of_telling(g[0].text, denying=group_stance(g) == "denial")
        ]
        told_claims = [g for g in telling if group_stance(g) == "claim"]
        told_denials = [g for g in telling if group_stance(g) == "denial"]
        if told_claims and told_denials:
            told_of = told_claims[0][0]
            for g in told_denials:
                if g[0].answers < 0 and g[0].sentence.id not in links and not same_voice(g[0].speaker, told_of.speaker):
                    links[g[0].sentence.id] = told_of.sentence.id
            claims += [g for g in told_claims if g not in claims]
            denials += [g for g in told_denials if g not in denials]

    def answers(s: Scored) -> int:
        return links.get(s.sentence.id, s.answers)

    # A claim a denial answers is made again by its voice in other words, in its article or another ("Russia has
    # received coordinates ... from the U.S." and "... quoted a Defense Ministry statement as saying that Washington
    # used a direct line to relay coordinates"): what answers the one answers the other, alike in meaning
    # (SAME_CLAIM) and of the same voice.
    claim_groups = {g[0].sentence.id: g[0] for g in groups if group_stance(g) == "claim"}
    targets = [claim_groups[i] for i in dict.fromkeys(answers(g[0]) for g in groups) if i in claim_groups]
    again: dict[int, frozenset[int]] = {}
    for i, c in claim_groups.items() if targets else ():
        twins = frozenset(
            t.sentence.id
            for t in targets
            if same_voice(t.speaker, c.speaker) and similarity(t.sentence, c.sentence) >= SAME_CLAIM
        )
        if twins - {i}:
            again[i] = twins | {i}

    def same(i: int) -> frozenset[int]:
        return again.get(i, frozenset({i}))

    # A denial that answers a qualifying claim in its own article is on that claim's point, however it words it;
    # so is the claim a qualifying denial answers, fairly relevant (CONTRA_FLOOR) however it words it.
    answered = {i for c in claims for i in same(c[0].sentence.id)}
    denials += [g for g in groups if group_stance(g) == "denial" and answers(g[0]) in answered and g not in denials]
    # So is a denial about as relevant as a side must be against the best answer (though under a side's floor), in
    # any article, by another voice that names the speaker of the best answer, a claim, beside a noun for what was
    # said, and is close in meaning to it: "described Kestria's accusations as a provocation" when Kestria's
    # accusation answers best (not a denial of another thing Kestria said).
    leading = groups[0][0]
    if claims and claims[0] is groups[0] and leading.speaker:
        denials += [
            g
            for g in groups
            if group_stance(g) == "denial"
            and g[0].relevance >= SIDE_MARGIN * top
            and not actors_differ(g[0].text)
            and g not in denials
            and not same_voice(leading.speaker, g[0].speaker)
            and names_claimant(g[0].text, leading.speaker)
            and similarity(leading.sentence, g[0].sentence) >= CONTRA_SIMILARITY
        ]
    denied = {answers(d[0]) for d in denials}
    claims += [
        g
        for g in groups
        if group_stance(g) == "claim"
        and g[0].sentence.id in denied
        and g[0].relevance >= CONTRA_FLOOR
        and not actors_differ(g[0].text)
        and g not in claims
    ]
    # The claim the best answer itself answers, as its article sets them, joins whatever its relevance: the
    # superintendent's "more people inside than the site was licensed for", then "The director rejected that
    # account. 'At no time did attendance exceed our licensed capacity,' she said." asked "was the festival over
    # capacity?" (the denial holds the question's words, the claim it answers need not)
    # A best answer denying in a clause of its own words what the question asks of ("We do not accept that a fallen
    # branch explains this" of "was a fallen branch to blame?"), set by its article after a claim that is no
    # relevant passage (under CONTRA_FLOOR) and holds none of them (the keepers' complaint before it is another
    # matter), denies the claims holding those words instead, wherever they stand.
    named = denied_terms(leading.text) & asked if group_stance(groups[0]) == "denial" else frozenset()
    paired = next((g[0] for g in groups if g[0].sentence.id == answers(leading)), None)
    if paired is None or paired.relevance >= CONTRA_FLOOR or named & set(token_tuple(paired.text)):
        named = frozenset()  # the article's pairing stands
    if named and groups[0] in denials:
        denied_here = [
            g
            for g in groups
            if group_stance(g) == "claim"
            and g[0].relevance >= CONTRA_FLOOR
            and named & set(token_tuple(g[0].text))
            and not same_voice(g[0].speaker, leading.speaker)
            and not actors_differ(g[0].text)
        ]
        if denied_here:
            claims += [g for g in denied_here if g not in claims]
            links[leading.sentence.id] = denied_here[0][0].sentence.id  # what it answers: the best of them
    if group_stance(groups[0]) == "denial" and groups[0] in denials and answers(leading) >= 0:
        claims += [
            g
            for g in groups
            if group_stance(g) == "claim"
            and any(s.sentence.id == answers(leading) for s in g)  # (its copy in another article may lead it)
            and not actors_differ(g[0].text)
            and not (named and not named & set(token_tuple(g[0].text)))
            and g not in claims
        ]
    # and a claim set against a qualifying denial ("But an engineer said ..."), on that denial's point
    contested = {d[0].sentence.id for d in denials}
    claims += [g for g in groups if group_stance(g) == "claim" and g[0].answers in contested and g not in claims]
    if not claims or not denials:
        return [], []
    claims = claims + [g for g in answering("claim", denials) if g not in claims]
    denials = denials + [g for g in answering("denial", claims) if g not in denials]
    # One voice does not dispute itself: a spokesman's account of a channel and his denial of something else are
    # not two sides.
    pairs = [(c, d) for c in claims for d in denials if not same_voice(c[0].speaker, d[0].speaker)]
    if not pairs:
        return [], []

    def pair_weight(p: tuple[list[Scored], list[Scored]]) -> float:
        return (0.0 if who_is_right else weight(p[0]) + weight(p[1])) + PAIR_WEIGHT * similarity(
            p[0][0].sentence, p[1][0].sentence
        )

    best = max(pairs, key=pair_weight)
    if not _on_point(best[0], best[1], similarity, point, answers, same):
        # unless the best answer is one side of a pair on its point: in its own article, a lead that denies what a
        # voice says further down, in other words ("X denied that a radar failure caused the delays." ... "'The
        # radar was the problem,' Y said."); in any, a denial set as the answer to it, or naming its speaker, or
        # holding the question's point as it does (a passage merely alike in meaning is not enough there)
        article = groups[0][0].sentence.article_id
        own = [
            p
            for p in pairs
            if groups[0] in p
            and (
                (
                    p[0][0].sentence.article_id == p[1][0].sentence.article_id == article
                    and _on_point(p[0], p[1], similarity, point, answers, same)
                )
                or _linked(p[0], p[1], point, answers, same)
            )
        ]
        if not own:
            return [], []  # the best claim and denial are about different things: no dispute on this point
        best = max(own, key=pair_weight)
    beside = [g for g in groups[1:] if g[0].relevance >= shown * top]
    leader = groups[0][0]
    if leader.speaker and group_stance(groups[0]) != "other":
        # someone's claim or denial: the answer is theirs, told here or, in other words, beside it (a union's own
        # statement "Last year X cut inspections ..." and the report "The union said inspections had been cut ...,
        # a claim X rejected"); another voice's passage beside it is not the answer
        beside = [
            g for g in beside if group_stance(g) == group_stance(groups[0]) and same_voice(leader.speaker, g[0].speaker)
        ]
    answer = groups[:1] + beside
    if not who_is_right and not any(
        _contested(g, claims, denials, similarity, best, point, answers, same) for g in answer
    ):
        return [], []  # no side of it is the answer: the dispute is beside the question's point

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

    def one_sided(pool: list[list[Scored]], other: list[Scored]) -> list[list[Scored]]:
        """A side's passages less those of the voice of the other side's best: the Pentagon's denial is answered
        by the ministry's claim, not by what Pentagon officials believed about Moscow."""
        return [g for g in pool if not same_voice(g[0].speaker, other[0].speaker)]

    def on(claim: list[Scored], denial: list[Scored]) -> bool:
        return _on_point(claim, denial, similarity, point, answers, same)

    # the passages of each side on the point of the other side's best: the dispute's own
    core_claims = [best[0]] + [c for c in claims if c is not best[0] and on(c, best[1])]
    core_denials = [best[1]] + [d for d in denials if d is not best[1] and on(best[0], d)]

    def on_point(pool: list[list[Scored]], chosen: list[Scored], claiming: bool) -> list[list[Scored]]:
        """A side's passages on the point of one of the other side's own (the dispute's: on the point of its
        best's other side): a passage on another point that is as relevant (a strike by planes, asked whether
        there was a fire on a plane) is no side of this one; the parents' "Our children sat under those tiles
        every day" is, against "There is no evidence that any child ... was exposed", where the pair is on the
        survey that listed the tiles."""
        if claiming:
            return [g for g in pool if g is chosen or any(on(g, d) for d in core_denials)]
        return [g for g in pool if g is chosen or any(on(c, g) for c in core_claims)]

    return (
        order(best[0], on_point(one_sided(claims, best[1]), best[0], True), best[1]),
        order(best[1], on_point(one_sided(denials, best[0]), best[1], False), best[0]),
    )
