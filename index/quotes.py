"""From scored candidate sentences to the quotes of an answer: reprints once, both sides when the sources disagree
(index.disputes), neighbours that complete a quote, all within a size budget."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from index.answer import Quote
from index.attribution import (
    STATEMENT_MARK,
    asks_itself,
    continues_quotation,
    interview_answers,
    interviewer_asks,
    same_voice,
)
from index.chunking import introduces as introduces_next
from index.config import AnswerSettings
from index.corpus import Article
from index.counting import Alike, gives_share, measures_thing, same_word, states_length, tells_of_harm
from index.disputes import (
    BESIDE_SHARE,
    CONTRA_FLOOR,
    CONTRA_SIMILARITY,
    Led,
    Similarity,
    group_stance,
    other_actors,
    sides,
)
from index.keyword import token_tuple, tokenize, word_terms
from index.lexicon import CAUSE_VERBS, NAMING_VERBS, NEGATIONS
from index.nlp import tells_clock_time
from index.passages import same_passage_again
from index.question import (
    DATE,
    TIME,
    WHO_IS_RIGHT_WORDS,
    asked_name_of,
    asked_phase,
    asked_post,
    asked_role,
    asks_alike,
    asks_article_author,
    asks_difference,
    asks_for_author,
    asks_how_long,
    asks_how_long_in_time,
    asks_informing,
    asks_position,
    asks_time_taken,
    asks_who_is_right,
    asks_why,
    deed_terms,
    excluded,
    holds_role,
    is_yes_no,
    measured_thing,
    names_thing,
    role_qualifiers,
    speaks_as,
    tells_phase,
    who_said_verb,
)
from index.scoring import NAMED_TIME, Scored, answers_kind, gives_reason
from index.timeline import dated_only_relatively, dates_relative_to

SIDE_QUOTES = 2  # quotes a side may have in a disputed answer
# The terms of the verbs a question asks a cause by ("caused", "led to"), which an answer giving the cause may hold.
_CAUSE_TERMS = word_terms(CAUSE_VERBS)
# Verbs of saying in general ("Who said ...?": nearly every quote has one), and verbs of naming, whose other senses
# are common ("Who called the claim propaganda?" is not asked of "calling for an investigation"): a question for
# who did one prefers no sentence for its verb.
_SAID_TERMS = word_terms(NAMING_VERBS | {"say", "says", "said", "tell", "tells", "told"})
# The words a question of who is right asks by, as tokenize writes them.
_RIGHT_TERMS = word_terms(WHO_IS_RIGHT_WORDS)
# A neighbouring sentence joins a quote when it is this relevant against the best quote, and fits.
MERGE_RATIO = 0.5
MERGE_MAX_CHARS = 450
# Quotes kept beyond the answer's own for its "More quotes" button.
MORE_QUOTES = 5
# Copies of one passage this close in relevance are equally good answers: the better attributed one is quoted.
REPRINT_TIE = 0.05


@dataclasses.dataclass(frozen=True)
class Pick:
    """One quote to show: consecutive sentences of one article, and other outlets' copies of the passage."""

    parts: tuple[Scored, ...]
    carriers: tuple[Scored, ...]
    side: str | None = None
    voice: Scored | None = None  # the part whose speaker the quote is shown under, when not its best part

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


def _first(ranked: list[Scored], cut: float, wanted: Callable[[Scored], bool]) -> list[Scored]:
    """The sentences, those at `cut` or above that are `wanted` moved ahead of all others, each part in its order
    (a list an earlier rule put out of relevance order keeps every sentence once)."""
    ahead = [s for s in ranked if s.relevance >= cut and wanted(s)]
    chosen = {id(s) for s in ahead}
    return ahead + [s for s in ranked if id(s) not in chosen]


def _reason_after(best: Scored, by_id: dict[int, Scored]) -> Scored | None:
    """For a question of why: when the best sentence tells what happened but gives no cause or purpose ("the
    Pentagon pushed back"), the sentence after it in its paragraph when that one gives one ("Pentagon officials
    believed that ..."); None otherwise, or when that sentence is no candidate."""
    if gives_reason(best.text):
        return None
    after = by_id.get(best.sentence.id + 1)
    if (
        after is None
        or after.sentence.article_id != best.sentence.article_id
        or after.sentence.block != best.sentence.block
        or not gives_reason(after.text)
    ):
        return None
    return after


def _half_quotation(s: Scored, by_id: dict[int, Scored]) -> bool:
    """Whether a sentence is half of a quotation the sentence splitter cut in two, the other half among `by_id`."""
    before, after = by_id.get(s.sentence.id - 1), by_id.get(s.sentence.id + 1)
    return bool(
        (before is not None and continues_quotation(before.sentence, s.sentence))
        or (after is not None and continues_quotation(s.sentence, after.sentence))
    )


def _one_voice(a: Scored, b: Scored) -> bool:
    """Whether two sentences can stand in one quote under one name: both the outlet's narration, or both one
    voice's words. The outlet's narration after someone's words would be shown as theirs."""
    if not a.speaker or not b.speaker:
        return not a.speaker and not b.speaker
    return same_voice(b.speaker, a.speaker)


def _quoted(group: list[Scored], checkable: Callable[[str], int]) -> list[Scored]:
    """The group with the copy to quote first: the best, unless a copy about as relevant (within REPRINT_TIE)
    carrying the same words comes from a source a reader can check further (`checkable` of its article id:
    dated, with an address). An undated copy without an address is not the source named when the outlet's
    own article carries the passage. The group itself keeps its order: sides and links read its best copy."""
    best = group[0]
    rivals = [s for s in group if s.relevance >= best.relevance - REPRINT_TIE and same_passage_again(best.text, s.text)]
    first = max(rivals, key=lambda s: checkable(s.sentence.article_id))  # the first of the most checkable
    if first is best:
        return group
    return [first] + [s for s in group if s is not first]


# Another voice's words on a yes/no question no dispute answers are shown from this share of the best answer's
# relevance (and the minimum relevance): on the written sets the side left unshown stood at 0.41-0.67 of the best
# (11 of 23 contested questions missing a side). Measured: 43 of the sets' answers gained a quote, 4 sides were
# found; about half of the quotes added are loosely related ("Rovers' players and about 300 travelling fans had
# already set off" for "will fans get their money back?").
OTHER_VOICE_SHARE = 0.4
# A sentence shorter than this (characters) says too little to be quoted alone ("That is for the police.", "A:
# Never."): the next sentence of its paragraph, in the same voice, goes with it however relevant.
SHORT_ALONE = 40


def _extend(
    group: list[Scored],
    by_id: dict[int, Scored],
    top: float,
    taken: set[int],
    disputed: bool,
    asked: frozenset[str] = frozenset(),
) -> Pick:
    """The group's best sentence, joined by a neighbour of the same article when that is relevant too: of two, the
    one that brings more of the question's words (`asked`, keyword terms) the best sentence lacks, then the more
    relevant ("Our policy has not changed," before a sentence that only repeats "militaries" for "has anything
    changed ...?"); the other half of a quotation cut in two, what a line ending in ":" introduces, and what
    follows a sentence too short to stand alone (SHORT_ALONE), however relevant."""
    s = group[0]
    rebuttal = _rebuttal(s, by_id, taken)
    if rebuttal:
        return Pick(rebuttal, tuple(group[1:]), voice=rebuttal[1])
    best_pair: tuple[Scored, ...] = (s,)
    best_score: tuple[int, float] = (-1, 0.0)
    lacking = asked - set(token_tuple(s.text))
    for other_id, before in ((s.sentence.id - 1, True), (s.sentence.id + 1, False)):
        other = by_id.get(other_id)
        if other is None or other_id in taken or other.sentence.article_id != s.sentence.article_id:
            continue
        first, last = (other, s) if before else (s, other)
        if (
            corrects(first.text, last.text)
            and _one_voice(s, other)
            and other.sentence.block == s.sentence.block
            and last.sentence.end - first.sentence.start <= MERGE_MAX_CHARS
        ):
            return Pick((first, last), tuple(group[1:]))  # a denial and what is said instead are one statement
        if disputed and {other.stance, s.stance} == {"claim", "denial"}:
            continue  # one quote, one side
        introduces = (
            introduces_next(other.sentence, s.sentence) if before else introduces_next(s.sentence, other.sentence)
        )
        if other.sentence.block != s.sentence.block and not introduces:
            continue  # within a paragraph, or with the line that introduces it
        if not _one_voice(s, other) and not introduces:
            continue  # one quote, one speaker: it is shown under one name (the outlet's, for its narration)
        first, last = (other, s) if before else (s, other)
        if last.sentence.end - first.sentence.start > MERGE_MAX_CHARS:
            continue
        if continues_quotation(first.sentence, last.sentence):
            return Pick((first, last), tuple(group[1:]))  # nor does half a quotation
        if not before and introduces:
            return Pick((first, last), tuple(group[1:]))  # a line ending in ":" never stands alone
        if not before and len(s.text.strip()) < SHORT_ALONE:
            return Pick((first, last), tuple(group[1:]))  # nor a few words: "That is for the police." goes on
        score = (len(lacking & set(token_tuple(other.text))), other.relevance)
        if other.relevance >= MERGE_RATIO * top and score > best_score:
            best_pair, best_score = (first, last), score
    return Pick(best_pair, tuple(group[1:]))


# A sentence that only denies the one before it: "That is not true.", "That isn't what happened.", "This is simply
# false.", "It's nonsense." (a word of truth negated, or a word of untruth).
_BARE_DENIAL = re.compile(
    r"^\W*(?:but\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was)(?P<not>n['’]t|\s+not)?\s+"
    r"(?:simply\s+|just\s+|absolutely\s+|completely\s+|entirely\s+)?"
    r"(?:(?(not)(?:true|correct|accurate|right|the\s+case|what\s+happened)|(?:untrue|false|wrong|incorrect|inaccurate|"
    r"nonsense|rubbish)))\W*$",
    re.IGNORECASE,
)


def bare_denial(text: str) -> bool:
    """Whether a sentence only says that the one before it is untrue ("That is not true.")."""
    return bool(_BARE_DENIAL.match(text.strip()))


# A claim reported in a rebuttal ("It has been said that our leader ignored a weather warning") and a claim made
# elsewhere in other words ("The group had set out despite a yellow weather warning") share at least this many of
# the question's words: one shared word is the story's topic ("warning"), two tell what was said of it.
REBUTTED_WORDS = 2


def _rebutted_as_denied(
    ranked: list[Scored], similarity: Similarity, asked: frozenset[str] = frozenset()
) -> list[Scored]:
    """`ranked` with what a rebuttal sets out to deny ("It has been said that our leader ignored a weather
    warning." before "That is wrong.", or a claim reported before what says it is not so: answers_reported, in one
    paragraph) taken as its speaker's denial, as the rebuttal it opens
    is (_rebuttal): its speaker reports the claim only to deny it, and the claim is others'. It answers the claim
    of another voice in another article it is closest to in meaning, among those close to it (CONTRA_SIMILARITY) or
    holding REBUTTED_WORDS of the question's words (`asked`) it holds ("The group had set out despite a yellow
    weather warning"; relevant, CONTRA_FLOOR), as a denial set after a claim in its article does."""
    by_id = {s.sentence.id: s for s in ranked}
    out = list(ranked)
    instead: dict[int, Scored] = {}  # the sentence after a bare denial -> the rebutted claim before it
    # (in the articles' order: a rebuttal before what it says instead)
    for n in sorted(range(len(ranked)), key=lambda n: ranked[n].sentence.id):
        s = ranked[n]
        after = by_id.get(s.sentence.id + 1)
        if (
            s.stance == "claim"
            and after is not None
            and (bare_denial(after.text) or answers_reported(s, after))
            and after.sentence.article_id == s.sentence.article_id
            and after.sentence.block == s.sentence.block
            and _one_voice(s, after)
        ):
            held = asked & set(token_tuple(s.text))
            alike = [
                (similarity(s.sentence, c.sentence), c.sentence.id)
                for c in ranked
                if c.stance == "claim"
                and c.relevance >= CONTRA_FLOOR
                and c.sentence.article_id != s.sentence.article_id
                and not same_voice(c.speaker, s.speaker)
            ]
            near = [
                (sim, sid)
                for sim, sid in alike
                if sim >= CONTRA_SIMILARITY or len(held & set(token_tuple(by_id[sid].text))) >= REBUTTED_WORDS
            ]
            answers = max(near)[1] if near else s.answers
            s = dataclasses.replace(s, stance="denial", answers=answers)
            if bare_denial(after.text):
                instead[s.sentence.id + 2] = s
        elif s.sentence.id in instead and _instead_of(instead[s.sentence.id], s, by_id):
            # what the rebuttal says is so instead ("Our maintenance spending has gone up every year") is its
            # denial's, not a claim of its own on the point
            s = dataclasses.replace(s, stance="denial", answers=instead[s.sentence.id].answers)
        out[n] = s
    return out


def _instead_of(first: Scored, s: Scored, by_id: dict[int, Scored]) -> bool:
    """Whether `s` is the third sentence of a rebuttal opened by `first` (a claim reported, then a sentence that
    only denies it): in one paragraph of one article, in the denial's voice."""
    denial = by_id.get(first.sentence.id + 1)
    return (
        denial is not None
        and s.stance == "claim"
        and s.sentence.article_id == first.sentence.article_id
        and s.sentence.block == first.sentence.block
        and _one_voice(denial, s)
    )


def _rebuttal(s: Scored, by_id: dict[int, Scored], taken: set[int]) -> tuple[Scored, ...]:
    """A rebuttal in three sentences of one paragraph, when `s` is one of them: what others say, a sentence that
    only denies it, and what is so instead ("Some people have suggested that our staff were not trained. That is
    not true. Every member of staff ... holds the certificate."). It is one statement, shown under the voice of its
    denial: each part alone says less than it (the first is the opposite of what its speaker holds, the second
    says nothing of what); or in two, a claim reported and what the same voice says to it (answers_reported).
    () when `s` is in none, or a part is no candidate or is quoted already."""
    for middle in (s.sentence.id - 1, s.sentence.id, s.sentence.id + 1):
        first, denial, instead = (by_id.get(i) for i in (middle - 1, middle, middle + 1))
        if first is None or denial is None or instead is None:
            continue
        if (
            bare_denial(denial.text)
            and _one_voice(denial, instead)
            and _one_statement((first, denial, instead), s, taken)
        ):
            return (first, denial, instead)
    for first, denial in ((by_id.get(s.sentence.id - 1), s), (s, by_id.get(s.sentence.id + 1))):
        # a claim reported and what the same voice says to it: "We are aware of claims that ... ." / "We have
        # found no such report."
        if (
            first is not None
            and denial is not None
            and answers_reported(first, denial)
            and _one_voice(first, denial)
            and _one_statement((first, denial), s, taken)
        ):
            return (first, denial)
    return ()


def _one_statement(parts: tuple[Scored, ...], s: Scored, taken: set[int]) -> bool:
    """Whether consecutive sentences can be quoted as one statement with `s`: one paragraph of one article, none
    but `s` quoted already, short enough to show whole (MERGE_MAX_CHARS)."""
    return (
        len({p.sentence.article_id for p in parts}) == 1
        and len({p.sentence.block for p in parts}) == 1
        and not any(p.sentence.id in taken for p in parts if p is not s)
        and parts[-1].sentence.end - parts[0].sentence.start <= MERGE_MAX_CHARS
    )


# Words that open a sentence going on about the thing the one before it named: "It failed because of winds".
_BACK_REFERENCE = frozenset("it they this that he she these those".split())
# (the lexicon's negations, less "without", which qualifies: "without giving details")
_NEGATION_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(NEGATIONS - {"without", "n't"})) + r")\b|n['’]t\b", re.IGNORECASE
)


def _refers_back(text: str) -> bool:
    """Whether a sentence opens on a word for what the one before it named ("It has run the festival since 2015.",
    "It failed because of winds"): its subject is named before it."""
    return text.lstrip("\"“‘' ").split(" ", 1)[0].lower() in _BACK_REFERENCE


def corrects(first: str, second: str) -> bool:
    """Whether a sentence puts right the one before it, which denies something: it opens on the same thing ("It",
    "They") and says positively what the first said was not, with the word the first denied ("The roof did not
    fail because of neglect." / "It failed because of winds ..."). The two are one statement: a denial and what is
    said instead. ("... was not answering the helm." / "He ordered both engines astern" goes on, and puts nothing
    right.)"""
    if not _refers_back(second) or _NEGATION_WORDS.search(second):
        return False
    held = set(token_tuple(second))
    for m in _NEGATION_WORDS.finditer(first):
        denied = next((w for w in _WORD.findall(first[m.end() :])[:3] if token_tuple(w)), "")
        if denied and set(token_tuple(denied)) & held:
            return True
    return False


_WORD = re.compile(r"[\w'’-]+")


# A sentence that reports what others say, to answer it: "We are aware of claims that we were sent photographs",
# "It has been suggested that our staff ...", "Some parents have said that ..." (not a report's own narration: "It
# was reported that twelve people died.")
_REPORTS_CLAIM = re.compile(
    r"\baware\s+of\s+(?:the\s+|these\s+|recent\s+|some\s+|media\s+)?"
    r"(?:claims?|reports?|allegations?|suggestions?|speculation|rumou?rs?)\s+that\b"
    r"|\b(?:it\s+has\s+been|it\s+is\s+being|(?:some|others|critics|many)(?:\s+\w+)?\s+have(?:\s+also)?)\s+"
    r"(?:said|claimed|suggested|alleged)\s+that\b",
    re.IGNORECASE,
)


def reports_claim(text: str) -> bool:
    """Whether a sentence reports what others say in order to answer it ("We are aware of claims that ...")."""
    return bool(_REPORTS_CLAIM.search(text))


def answers_reported(first: Scored, second: Scored) -> bool:
    """Whether a sentence denies what the one before it reports others to say: the first reports a claim ("We are
    aware of claims that we were sent photographs of cracked blades."), the second is a denial by the parse read at
    build (its stance: "We have searched our records and have found no such report.")."""
    return second.stance == "denial" and reports_claim(first.text)


def _quotes_a_question(s: Scored) -> bool:
    """Whether the outlet's narration ends quoting someone's question: a reader's message on a live page ('A
    message from a reader: "... Where should parents meet their kids?"'), which the sentence after it in its
    paragraph answers ("Police say young people ... should go to the information tent.") and which answers
    nothing itself. A sentence that is all quotation is someone's words, their question theirs."""
    text = s.text.strip()
    return not s.speaker and not text.startswith(('"', "“")) and bool(re.search(r"\?[\"”’']$", text))


def _asks_the_question(heading: str, question: str, point: frozenset[str]) -> bool:
    """Whether a subheading asks whether something is so, as the question does, of the question's point (a term
    of `point` in it): "Were we told before results day?" of "was the board warned before results day?", not "Who
    is right?" (no party's side is its answer) nor "Was staffing a factor?"."""
    return (
        bool(heading)
        and bool(point)
        and is_yes_no(question)
        and is_yes_no(heading)
        and not asks_who_is_right(question)
        and not asks_who_is_right(heading)
        and bool(point & set(tokenize(heading)))
    )


def _answered_questions(
    ranked: list[Scored],
    interview: Mapping[int, int] | None = None,
    explained: Mapping[int, tuple[int, ...]] | None = None,
    question: str = "",
    typed: bool = False,
) -> list[Scored]:
    """`ranked` without the outlet's own questions, which answer nothing: the sentence right after one in its
    paragraph, which answers it ("One explanation is politics at home."), or after an interviewer's question the
    first of the answer's paragraph ("Q: ..." then "A: ..."; a paragraph in someone's words after the outlet's
    question standing alone), takes its relevance when higher. `interview` gives each sentence of an
    interviewer's question of more than one sentence ("Q: The airline says the runway was icy. The airport says
    it was not. Who is right?") the first sentence of the answer's paragraph: none of it is an answer.
    `explained` gives an explainer's question standing as a paragraph of its own ("Who were the walkers?") the
    sentences of the paragraph after it (index.chunking.explained_by): the paragraph answers it, so the one of
    them nearest the question takes the question's relevance and the others theirs in the same proportion ("Ten
    clients ..., aged between 34 and 71, ..." answers "how old were the walkers?" through it), when it asks
    alike the `question` (index.question.asks_alike), or the question is `typed` (asks for a kind of answer, which
    the lifted sentence must then hold) and the subheading is the passage nearest it in meaning: "Who were the
    walkers?" lifts nothing for "did they have the right kit?", nor "Why is this happening?" for "how many drivers
    ...?"."""
    interview = interview or {}
    explained = explained or {}
    asking = [s for s in ranked if asks_itself(s.text) or s.sentence.id in interview or _quotes_a_question(s)]
    if not asking:
        return ranked
    asked = {id(s) for s in asking}
    kept = {s.sentence.id: s for s in ranked if id(s) not in asked}
    for q in asking:
        after = kept.get(interview.get(q.sentence.id, q.sentence.id + 1))
        if (
            after is not None
            and after.sentence.article_id == q.sentence.article_id
            and (
                q.sentence.id in interview
                or after.sentence.block == q.sentence.block
                or interviewer_asks(q.text)
                or interview_answers(after.text)
                # the next paragraph, in someone's words, answers the outlet's own question (an interview whose
                # questions stand as paragraphs: "Could the fire have been sabotage?" / "That is for the police.")
                or (not q.speaker and bool(after.speaker) and after.sentence.block == q.sentence.block + 1)
            )
            and after.sentence.kind == "text"
            and after.relevance < q.relevance
        ):
            kept[after.sentence.id] = dataclasses.replace(after, relevance=q.relevance)
    own = {s.sentence.id: s.relevance for s in ranked}
    nearest = max(s.candidate.dense for s in ranked)
    for q in asking:
        paragraph = [kept[sid] for sid in explained.get(q.sentence.id, ()) if sid in kept]
        # (a statement's own subheading, "Were we told before results day?" on a board's page, is its writer's
        # question, which the page answers as an outlet's explainer does)
        theirs = bool(q.speaker) and not q.speaker.endswith(STATEMENT_MARK)
        if theirs or not paragraph or not (asks_alike(q.text, question) or (typed and q.candidate.dense >= nearest)):
            continue  # someone's question is theirs to answer; the outlet's is answered by its next paragraph
        top = max(own[s.sentence.id] for s in paragraph)
        for s in paragraph:
            lifted = q.relevance * own[s.sentence.id] / top if top > 0 else q.relevance
            if lifted > s.relevance:
                kept[s.sentence.id] = dataclasses.replace(s, relevance=lifted)
    return sorted(kept.values(), key=lambda s: -s.relevance)


# A sentence of the kind of answer asked for (a date, a place, a count, ...) answers only at this share of the
# relevance of the best passage about the question, when that one is of no such kind: "Samuel Oakford ... told
# Polygraph.info there is a grey area ... Russia" (a country, by a word of "Grey Lynx") at 0.48 of the passages
# about Grey Lynx is no answer to "which country is Grey Lynx based in?"; the answers of this kind on the written
# sets stood at 0.69 of it and more. In meaning alone (cosine) too: a passage far under the best only by the words
# the best shares with the question ("We want the samples tested again" for "how many samples were tested?",
# against "... any of the eleven samples": 0.46 of its relevance, 0.59 of its cosine) is no stretch; the stretches
# stood at 0.47-0.53 of the cosine.
KIND_SHARE = 0.55


# A sentence that gives what the question asks for, right beside one of the most relevant that does not, stands
# at this share of that one's relevance: the two tell one thing ("No one was seriously hurt." / "Eleven passengers
# were treated for minor injuries."), but the answer is only as sure as its neighbour is relevant (a strong match,
# 0.75 and up, lifts it to the minimum relevance; a weak one does not).
NEIGHBOUR_SHARE = 0.6


def _bridges(between: Scored | None, kind: set[int]) -> bool:
    """Whether a sentence between a strong one and one of the kind asked carries the first on to the second: a
    candidate, not itself of the kind (which would answer first) and not a question (an interviewer's or an
    explainer's, which opens another matter)."""
    return between is not None and id(between) not in kind and not between.text.rstrip().endswith("?")


def _beside_the_best(
    ranked: list[Scored], fitting: list[Scored], settings: AnswerSettings, reach: int = 1
) -> list[Scored]:
    """`fitting` (the candidates of the kind asked, best first), each lifted to NEIGHBOUR_SHARE of the relevance
    of a sentence right before or after it in its article that is among the most relevant (the relative cut of
    the best) but not of the kind: "how many people were hurt?" is about the sentence saying no one was seriously
    hurt, and answered by the count of injured passengers next to it. With `reach` 2, also of one two sentences
    before it, when the sentence between is a candidate that is neither of the kind nor a question (_bridges): a
    report tells what happened, then a line of background, then its details ("Thieves broke into the museum early
    on Monday ..." / "The painting ... hung in the main hall." / "Two men entered ... at about 3:15 a.m.")."""
    if not ranked or len(fitting) == len(ranked):
        return fitting
    best = ranked[0].relevance
    kind = {id(s) for s in fitting}
    strong = {
        s.sentence.id: s
        for s in ranked
        if s.relevance >= max(settings.min_relevance, settings.relative_cutoff * best) and id(s) not in kind
    }
    if not strong:
        return fitting
    by_id = {s.sentence.id: s for s in ranked} if reach > 1 else {}
    lifted = []
    for s in fitting:
        sid = s.sentence.id
        before = strong.get(sid - 2) if reach > 1 and _bridges(by_id.get(sid - 1), kind) else None
        near = [
            n
            for n in (strong.get(sid - 1), strong.get(sid + 1), before)
            if n is not None and n.sentence.article_id == s.sentence.article_id
        ]
        share = max((NEIGHBOUR_SHARE * n.relevance for n in near), default=0.0)
        lifted.append(dataclasses.replace(s, relevance=share) if share > s.relevance else s)
    return sorted(lifted, key=lambda s: -s.relevance)


def _holding_the_role(question: str, fitting: list[Scored], settings: AnswerSettings) -> list[Scored]:
    """`fitting`, with each sentence that names someone in the role asked for, of the body asked for, in its own
    words or its speaker's name ("Who speaks for Stadtbus?" and "Stadtbus spokesman Markus Weber"), at least at the
    minimum relevance: it answers the question however little its words are like it ("Its spokesman, Markus Weber,
    told this blog the company had offered a rise ...")."""
    role, post, qualifiers = asked_role(question), asked_post(question), role_qualifiers(question)
    if not (role or post) or not qualifiers:
        return fitting
    asked = frozenset(token_tuple(question))

    def holds(s: Scored) -> bool:
        return holds_role(role or post, f"{s.text}\n{s.speaker}", qualifiers, s.about, asked)

    ranked = _at_least(settings.min_relevance, fitting, holds)
    # "Who heads X?": one naming X's head by a title first, among those relevant (a post need not be named)
    return _first(ranked, settings.min_relevance, holds) if post else ranked


def _at_least(relevance: float, fitting: list[Scored], answers: Callable[[Scored], bool]) -> list[Scored]:
    """`fitting` with each sentence that `answers` the question by what it is (a byline for "who wrote it?", a
    holder of the role asked for) lifted to `relevance` when under it, best first."""
    lifted = [
        dataclasses.replace(s, relevance=relevance) if s.relevance < relevance and answers(s) else s for s in fitting
    ]
    return sorted(lifted, key=lambda s: -s.relevance)


def _lifted_first(relevance: float, fitting: list[Scored], answers: Callable[[Scored], bool]) -> list[Scored]:
    """`fitting` with each sentence that `answers` the question by what it is (names the thing asked, gives its
    length) lifted to `relevance` when under it and put first, best first; the others keep the order the rules
    before gave them."""
    ahead = [s for s in fitting if answers(s)]
    if not ahead:
        return fitting
    chosen = {id(s) for s in ahead}
    return _at_least(relevance, ahead, lambda s: True) + [s for s in fitting if id(s) not in chosen]


def select(
    scored: list[Scored],
    settings: AnswerSettings,
    question: str,
    similarity: Similarity,
    expects: int = 0,
    alike: Alike = same_word,
    checkable: Callable[[str], int] = lambda _: 0,
    own: Callable[[Scored], bool] | None = None,
    led: Led = (),
    outlets: frozenset[str] = frozenset(),
    point: frozenset[str] = frozenset(),
    interview: Mapping[int, int] | None = None,
    explained: Mapping[int, tuple[int, ...]] | None = None,
) -> Selection:
    """Pick the quotes: the best sentence, others close to it, both sides when they conflict, reprints once
    (quoted from the copy a reader can check best). `expects` is the mask of entity types an answering sentence
    must hold (0: any); `checkable` ranks an article id's source (see _groups); `own` tells the words of the voice
    a question asks for ("What did X say?") from others'; `led` are the nouns that name a country
    (index.disputes.led_by); `outlets` the words of the articles' outlets' names (for "which news agency ..."); `point`
    the question's rarest terms (index.disputes.point_terms), which a claim and a denial on its point both hold;
    `interview` the sentences of interviewers' questions of more than one sentence, `explained` the answers of
    questions standing as paragraphs of their own (see _answered_questions)."""
    ranked = _rebutted_as_denied(
        _answered_questions(
            sorted(scored, key=lambda s: -s.relevance), interview, explained, question, typed=bool(expects)
        ),
        similarity,
        frozenset(tokenize(question)),
    )
    asked = frozenset(tokenize(question))  # the question's terms
    own_relevance = {s.sentence.id: s.relevance for s in scored}
    # the answers to a question of the outlet's or an interviewer's, relevant by the question's words
    answering = {s.sentence.id for s in ranked if s.relevance > own_relevance.get(s.sentence.id, s.relevance)}
    # an explainer's answer paragraph, lifted by its subheading, is weighed in a dispute by its own words, as every
    # passage is: the lift ranks what is shown, not which side leads
    # But a subheading asking whether the very thing asked is so, of the question's point ("Were we told before
    # results day?" on the board's page, asked "was the board warned before results day?"), is the question: its
    # paragraph is that voice's answer to it, one side by the subheading's relevance.
    headings = {s.sentence.id: s.text for s in scored} if explained else {}
    explaining = {
        sid
        for heading, sids in (explained or {}).items()
        if not _asks_the_question(headings.get(heading, ""), question, point)
        for sid in sids
    } & answering
    answering -= explaining
    others_than = excluded(question)
    fitting = [
        s
        for s in ranked
        if answers_kind(question, s, expects, alike, outlets)
        # "Who else commented, besides the Pentagon?": the Pentagon's words are not the answer
        and not any(speaks_as(x, s.speaker) for x in others_than)
    ]
    fitting = _beside_the_best(ranked, fitting, settings, reach=2)
    if expects == TIME:
        # "What time ...?": a clock time ("at about 07:48") answers before a part of the day ("on Thursday
        # morning"), which the lead beside it may give: the lead then lifts its neighbour as for any kind
        clock = {id(s) for s in fitting if tells_clock_time(s.text)}
        clocked = _beside_the_best(ranked, [s for s in fitting if id(s) in clock], settings)
        if clocked and clocked[0].relevance >= settings.min_relevance:
            fitting = clocked + [s for s in fitting if id(s) not in clock]
    if expects == DATE:
        # "When did the roof come down?": a sentence with a date or a time ("shortly after 1 p.m.") answers before
        # one placed in time only by a word ("... before the storm arrived"), unless that word's clause holds what
        # the question asks of ("days after Trump was sworn in" of "when was Trump sworn in?")
        by_date = {id(s) for s in fitting if s.holds & NAMED_TIME or dates_relative_to(s.text, asked)}
        dated = _beside_the_best(ranked, [s for s in fitting if id(s) in by_date], settings)
        if dated and dated[0].relevance >= settings.min_relevance:
            fitting = dated + [s for s in fitting if id(s) not in by_date]
    of_harm = tells_of_harm(question)
    hurt: set[int] = set()  # the sentences telling of someone hurt, for a question of harm
    if of_harm:
        # "Did anybody get hurt because the lights were down?": a sentence telling of someone hurt next to one of
        # the most relevant ("Traffic lights were out for hours." / "A cyclist was taken to hospital with a
        # broken leg ...") takes its share of that one's relevance, as for a kind; the best relevant one is put
        # first below, once in groups
        hurt = {s.sentence.id for s in fitting if tells_of_harm(s.text)}
        harmed = _beside_the_best(ranked, [s for s in fitting if s.sentence.id in hurt], settings)
        fitting = sorted(harmed + [s for s in fitting if s.sentence.id not in hurt], key=lambda s: -s.relevance)
    fitting = _holding_the_role(question, fitting, settings)
    name_of = asked_name_of(question)
    if name_of:
        # "What is the name of the group behind the attack?": a sentence naming a group ("A criminal group calling
        # itself Grey Lynx said ...") answers it, however little its words are like the question's, and comes first
        fitting = _lifted_first(settings.min_relevance, fitting, lambda s: names_thing(name_of, s.text))
    if asks_for_author(question):
        # "Who wrote the report?": a byline answers it, however its words compare with the question's
        fitting = _at_least(settings.min_relevance, fitting, lambda s: s.sentence.kind == "byline")
    if (
        fitting
        and expects
        and not (asks_for_author(question) or asked_role(question) or asked_post(question))
        and fitting[0].sentence.id != ranked[0].sentence.id
        and fitting[0].relevance < KIND_SHARE * ranked[0].relevance
        and fitting[0].candidate.dense < KIND_SHARE * ranked[0].candidate.dense
    ):
        fitting = []  # the kind asked for only far from what the question is about: a stretch, not an answer
    if not fitting or fitting[0].relevance < settings.min_relevance:
        relevant = bool(ranked) and ranked[0].relevance >= settings.min_relevance
        return Selection((), abstained=True, disputed=False, lacks=relevant)
    top = fitting[0].relevance
    # Among the answers about as relevant as the best (the relative cut), some come first:
    if own is not None:
        # "What did Russian officials say?": their own words before what others said (Pentagon officials' words
        # hold "officials" too)
        fitting = _first(fitting, settings.min_relevance, own)
    if expects == DATE:
        # "When ...?": one dated by the calendar before one dated only "a day later" or "earlier in the day"
        fitting = _first(fitting, settings.relative_cutoff * top, lambda s: not dated_only_relatively(s.text))
    if asks_how_long(question):
        # "How long will the bridge be closed?": a length said by its figure ("would last at least six weeks")
        # before one left to a clause ("until repairs are complete"), of those about as relevant
        of_time, elapsed, difference = (
            asks_how_long_in_time(question),
            asks_time_taken(question),
            asks_difference(question),
        )
        fitting = _first(
            fitting,
            settings.relative_cutoff * top,
            # ("how much longer ...?": a share states it as well, "almost a quarter longer")
            lambda s: states_length(s.text, of_time, elapsed) or (difference and gives_share(s.text)),
        )
    thing = measured_thing(question)
    if thing:
        # "How long was the blade that fell?": a length bound to the blade ("a 52-metre blade") before the other
        # lengths of more relevant sentences ("The blade fell ..., and pieces were found 300 metres away")
        # and however little its words are like the question's (the lead of a wire story: "... after inspectors
        # found a 14-inch crack in one of the steel girders" for "how long is the crack?")
        fitting = _lifted_first(settings.min_relevance, fitting, lambda s: measures_thing(s.text, thing))
    if asks_why(question) and own is not None:
        # "What did the bank say caused the outage?": the cause in its words, before its other words and before a
        # cause in another's; of its causes, one told by the question's own verb first ("had been caused by an
        # update", not "charges incurred because of the outage")
        told = asked & _CAUSE_TERMS
        fitting = _first(fitting, settings.min_relevance, lambda s: own(s) and gives_reason(s.text))
        fitting = _first(
            fitting,
            settings.min_relevance,
            lambda s: own(s) and gives_reason(s.text) and bool(told & set(token_tuple(s.text))),
        )
    elif asks_why(question):
        # "Why ...?": one that gives a cause or a purpose before one that only tells what happened
        fitting = _first(fitting, settings.relative_cutoff * top, lambda s: gives_reason(s.text))
    verb = set(token_tuple(who_said_verb(question))) - _SAID_TERMS
    if verb:
        # "Who reported the patrol?": one whose words are reported, before one who only spoke of the patrol
        fitting = _first(fitting, settings.min_relevance, lambda s: bool(verb.intersection(token_tuple(s.text))))
    deed = deed_terms(question)
    if deed:
        # "Who runs the gondola?": one telling the deed asked ("Summit Lifts Ltd, which runs it, said ...") before
        # one naming someone beside the thing ("... the Larch Peak Gondola stopped ..., its operator said")
        # (one opening on a pronoun names no doer: "It has run the festival since 2015" leaves it to the sentence
        # before)
        fitting = _first(
            fitting,
            settings.min_relevance,
            lambda s: bool(deed.intersection(token_tuple(s.text))) and not _refers_back(s.text),
        )
    if asks_article_author(question):
        # "Who wrote the Radio Syd story?": a byline first, not a speaker's "Our members wrote it in the report"
        fitting = _first(fitting, settings.min_relevance, lambda s: s.sentence.kind == "byline")
    phase = asked_phase(question)
    if phase:
        # "When did it start?": one that tells of its start before one that only dates a later event
        fitting = _first(fitting, settings.relative_cutoff * top, lambda s: tells_phase(phase, s.text, asked))
    by_id = {s.sentence.id: s for s in ranked}
    groups = _groups(fitting)
    # Only a question of whether something is so (or of who is right) is answered as a dispute: when a claim and a
    # denial on its point are among the relevant passages, whoever narrates the best one. A question for a fact
    # ("who", "what did X say", and "did X say / think / want ...?", which asks for X's position) gets its answer,
    # not a dispute, even when the answer is one side's.
    # An answer to the outlet's or an interviewer's question ("Who is right?" / "We don't guess. We have the
    # recorders ...") is found by the question's words, not its own: what leads a dispute is the best passage by
    # its own words, the answer standing after the others (it may still be a side).
    leading = [g for g in groups if g[0].sentence.id not in answering]
    contest = leading + [g for g in groups if g[0].sentence.id in answering]
    if asks_who_is_right(question):
        # "Who is telling the truth about the tower, Norgrid or the union?": a side is by or about what the question
        # names, not anyone's words on the truth ("The Russians could be stretching the truth a bit")
        named = asked - _RIGHT_TERMS - _SAID_TERMS
        contest = [g for g in contest if named & set(tokenize(f"{g[0].text} {g[0].speaker}"))] or contest
    weighed, side_top = contest, leading[0][0].relevance if leading and answering else top
    if explaining:
        # each group with its own relevance, the leading ones in that order; the sides found are given back as
        # the groups shown
        own_group = {
            id(g): [dataclasses.replace(x, relevance=own_relevance.get(x.sentence.id, x.relevance)) for x in g]
            for g in contest
        }
        first = {id(g) for g in leading}
        by_own = sorted((g for g in contest if id(g) in first), key=lambda g: -own_group[id(g)][0].relevance)
        weighed = [own_group[id(g)] for g in by_own + [g for g in contest if id(g) not in first]]
        shown_as = {id(own_group[id(g)]): g for g in contest}
        side_top = weighed[0][0].relevance if by_own else top
    claims, denials = (
        sides(
            weighed,
            side_top,
            similarity,
            lambda text: other_actors(asked, text, led),
            who_is_right=asks_who_is_right(question),
            shown=BESIDE_SHARE,  # not the relative cut: showing more quotes makes no more disputes
            point=point,
            asked=asked,
            told=asks_informing(question),
        )
        if is_yes_no(question) and not asks_position(question)
        else ([], [])
    )
    if explaining:
        claims, denials = [shown_as[id(g)] for g in claims], [shown_as[id(g)] for g in denials]

    def side_of(g: list[Scored]) -> str:
        """A quote's heading: its side, when it is on this question's point; else what others say."""
        if g in claims or g in denials:
            return "claim" if g in claims else "denial"
        if g not in contest:
            return "other"  # (by or about no party a question of who is right names)
        stance = group_stance(g)
        if stance == "claim" and denials and same_voice(g[0].speaker, denials[0][0].speaker):
            return "other"  # the denier's own account ("Norgrid says a tower has fallen") is no claim against it
        if stance == "denial" and claims and same_voice(g[0].speaker, claims[0][0].speaker):
            return "other"
        return stance if stance in ("claim", "denial") and not other_actors(asked, g[0].text, led) else "other"

    disputed = bool(claims and denials)
    if disputed and of_harm:
        # "Was anyone hurt in the fire?": on each side a passage telling of someone hurt, or of no one, first ("his
        # son had been checked by paramedics for smoke inhalation" before "crews were called at 1.07pm")
        claims = sorted(claims, key=lambda g: g[0].sentence.id not in hurt)
        denials = sorted(denials, key=lambda g: g[0].sentence.id not in hurt)
    if not disputed and of_harm:
        # "Did anyone die ...?": the best relevant answer telling of people killed or hurt, or of none, first ("A
        # 74-year-old man died in his flat after the power cut" before the lead on the blackout); the others, and a
        # dispute's sides, keep their order
        harm = next((g for g in groups if g[0].relevance >= settings.min_relevance and g[0].sentence.id in hurt), None)
        if harm is not None:
            groups = [harm] + [g for g in groups if g is not harm]
    if disputed:
        # Claims first, then denials, then what others say; the best answer always among them.
        wanted = claims[:SIDE_QUOTES] + denials[:SIDE_QUOTES]
        if groups[0] not in wanted:
            wanted.insert(0, groups[0])
        limit, budget = 2 * SIDE_QUOTES + 1, settings.max_chars * 5 // 2  # room for both sides
    else:
        wanted = [groups[0]]
        limit, budget = settings.max_quotes, settings.max_chars
    # A question of why whose best sentence leaves the cause to the next: that sentence joins the best one's
    # quote when it is the same voice's and the two fit in one quote, else it comes next as a quote of its own.
    after = _reason_after(groups[0][0], by_id) if asks_why(question) else None
    reason = None
    if after is not None and (
        not _one_voice(groups[0][0], after) or after.sentence.end - groups[0][0].sentence.start > MERGE_MAX_CHARS
    ):
        reason = next((g for g in groups if after in g), None)
        after = None
        if reason is not None and reason not in wanted:
            wanted.append(reason)
    # Further quotes: about as relevant as the best (the relative cut) and never under the minimum relevance, which
    # a best answer lifted beside its neighbour (_beside_the_best) would otherwise bring others under.
    cut = max(settings.relative_cutoff * top, settings.min_relevance)
    wanted += [g for g in groups[1:] if g[0].relevance >= cut and g not in wanted]
    # A question of whether something is so that no dispute answers: another voice's words on it come too, the
    # most relevant one (at OTHER_VOICE_SHARE of the best and the minimum relevance), so that one party's account
    # is not shown as the answer alone ("did staff get everyone out quickly?": the fire service's words, and the
    # operator's) and a side the dispute finder cannot pair, said in other words than the other's, is seen.
    voice = None
    if not disputed and is_yes_no(question) and not asks_position(question):
        heard = [g[0].speaker for g in wanted[:limit] if g[0].speaker]  # (those shown)
        floor = max(OTHER_VOICE_SHARE * top, settings.min_relevance)
        voice = next(
            (
                g
                for g in groups[1:]
                if g not in wanted
                and g[0].relevance >= floor
                and g[0].speaker
                and group_stance(g) in ("claim", "denial")
                and not any(same_voice(g[0].speaker, h) for h in heard)
            ),
            None,
        )

    # Relevance first: the quotes are chosen as single sentences within the budget (a line ending in ":"
    # comes with what it introduces). Context second: each then takes in a neighbour while room remains.
    chosen: list[tuple[list[Scored], list[Scored], Pick]] = []
    halves = {g[0].sentence.id: g[0] for g in wanted}  # two halves of a quotation, each wanted, are joined at once
    taken: set[int] = set()
    used = 0
    for g in wanted:
        if len(chosen) >= limit:
            break
        q = _quoted(g, checkable)
        if q[0].sentence.id in taken:
            continue
        pick = Pick((q[0],), tuple(q[1:]))
        if g is groups[0] and after is not None and q[0] is g[0] and after.sentence.id not in taken:
            pick = Pick((q[0], after), tuple(q[1:]))
        elif q[0].text.rstrip().endswith(":"):
            pick = _extend(q, by_id, top, taken, disputed, asked)
            if pick.parts[-1].text.rstrip().endswith(":") and g is not groups[0]:
                continue  # introduces something it could not carry (the best answer is shown all the same)
        elif _half_quotation(q[0], halves) or _rebuttal(q[0], by_id, taken):
            pick = _extend(q, by_id, top, taken, disputed, asked)  # one quotation, one quote, not two
        # the best, the reason it leaves to the next sentence, each side's best
        must = g is groups[0] or g is reason or (disputed and (g is claims[0] or g is denials[0]))
        if not must and used + pick.length > budget:
            continue
        chosen.append((g, q, pick))
        taken.update(p.sentence.id for p in pick.parts)
        used += pick.length
    if voice is not None:
        q = _quoted(voice, checkable)
        if q[0].sentence.id not in taken:  # after the quotes shown by relevance, one more, whatever its length
            chosen.append((voice, q, Pick((q[0],), tuple(q[1:]))))
            taken.add(q[0].sentence.id)  # (beside the budget: the others keep their room to take in a neighbour)
    picks: list[Pick] = []
    for n, (g, q, pick) in enumerate(chosen):
        if len(pick.parts) == 1:
            wider = _extend(q, by_id, top, taken, disputed, asked)
            if wider.length > pick.length and (n == 0 or used + wider.length - pick.length <= budget):
                used += wider.length - pick.length
                taken.update(p.sentence.id for p in wider.parts)
                pick = wider
        if disputed:
            pick = dataclasses.replace(pick, side=side_of(g))
        elif g is voice:
            pick = dataclasses.replace(pick, side="other")  # shown under its heading: not the answer's own quote
        picks.append(pick)
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
                    articles[c.sentence.article_id].source
                    for c in pick.carriers
                    if same_passage_again(best.text, c.text)
                ),
                side=pick.side,
                speaker=speakers[(pick.voice or best).sentence.id],
            )
        )
    return tuple(out)
