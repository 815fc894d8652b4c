"""A candidate sentence scored for a question: its relevance (cosine plus the question's words), its stance, the
kinds of thing it holds, and whether it can answer the kind of question asked."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from index.attribution import opens_with_unnamed
from index.chunking import Sentence
from index.counting import Alike, counts_asked, gives_count, gives_measure, gives_share, gives_span, same_word
from index.keyword import KeywordIndex, token_tuple
from index.lexicon import MONTHS, NATIONALITIES, WEEKDAYS
from index.nlp import bits, irregular_forms
from index.question import (
    AGENT,
    DATE,
    NUMBER,
    PLACE,
    SAYING_TERMS,
    asked_bearing,
    asked_instance,
    asked_making,
    asked_measure,
    asked_model,
    asked_post,
    asked_relation,
    asked_role,
    asked_superlative,
    asks_age_of_person,
    asks_country,
    asks_destination,
    asks_difference,
    asks_for_author,
    asks_future,
    asks_how_long,
    asks_how_long_in_time,
    asks_name,
    asks_outlet,
    asks_time_taken,
    asks_which_body,
    asks_who_did,
    asks_who_is_named,
    asks_who_said,
    count_in_yes_no,
    gives_bearing,
    gives_destination,
    gives_model,
    holds_role,
    names_country,
    names_instance,
    names_outlet,
    names_post_holder,
    names_role_holder,
    post_countries,
    role_qualifiers,
    speaks_as,
    states_relation,
    tells_own_deed,
    tells_place,
)
from index.search import Candidate
from index.timeline import dated_against, tells_future

# How much keyword coverage, and adjacent question terms, weigh against the cosine in a sentence's relevance.
COVERAGE_WEIGHT = 0.5
PHRASE_WEIGHT = 0.2
# and a sentence that tells the thing asked as hanging on the question's verb (relevances): as much as the phrase
# share, which on the written sets lifted the dated answers of two questions above dates of other verbs (fic50 s02,
# fic53 x02) and moved no other scored answer; at 0.1 fic50 s02 stayed below a date of another verb.
ARGUMENT_WEIGHT = 0.2


# The entity types that date an event by themselves: a date or a clock time, not a word such as "before".
NAMED_TIME = bits(["DATE", "TIME"])


@dataclasses.dataclass(frozen=True)
class Scored:
    candidate: Candidate
    relevance: float
    stance: str
    context: str = ""  # the sentence before it in its article, which may hold its subject
    passage: int = -1  # sentences with the same passage id carry the same passage (reprints)
    holds: int = 0  # the entity types it names (index.nlp bits), and AGENT when someone is quoted in it
    answers: int = -1  # the statement before it that it answers (a denial's claim; index.stance.answered_claims)
    speaker: str = ""  # whose words it is, when not its outlet's (index.attribution)
    answers_voice: str = ""  # whose words the statement it answers is, when not its outlet's
    about: str = ""  # its article's outlet and title: where a titled person holds their post ("Mayor Ann Lee")

    @property
    def sentence(self) -> Sentence:
        return self.candidate.sentence

    @property
    def text(self) -> str:
        return self.candidate.sentence.text


def answers_kind(
    question: str, s: Scored, expects: int = 0, alike: Alike = same_word, outlets: frozenset[str] = frozenset()
) -> bool:
    """Whether a sentence can answer the kind of question asked: it holds an entity of the type the question
    expects (index.question), names someone the question does not when it asks who did something, and someone in
    the role asked for ("which pilot ..."), and gives a count, an amount or a length of time when one is asked for
    (index.counting)."""
    role = asked_role(question)
    if s.sentence.kind == "byline" and not asks_for_author(question):
        # a byline names who wrote the article, and answers nothing else but who holds the post it gives: "who is
        # the editor-in-chief?" of a statement signed "Professor Rana Aziz, Editor-in-Chief"; and who its author
        # is ("Who is Carl Hale?" of "By Carl Hale": the article's author)
        byline = ", ".join(s.text.splitlines())
        if not (role and names_role_holder(role, byline)) and not asks_who_is_named(question, byline):
            return False
    unnamed = expects == AGENT and _undergoer(question, s.text)
    if (
        expects
        and not s.holds & expects
        and not (expects == PLACE and tells_place(s.text))
        and not (expects == NUMBER and counts_asked(question, s.text))
        and not unnamed
    ):
        # (a place the model tagged as no place: "a repair yard in Bergen", "to hospital"; a count it left
        # untagged: "ASHBRIDGE, Nov 26 (Northvale News Service) - More than 900 pupils were led out ...")
        return False
    if (
        expects == DATE
        and asks_future(question)
        and not s.holds & NAMED_TIME
        and dated_against(s.text, _asked_terms(question))
    ):
        return False  # "when will the state approve it?": not "Work cannot begin until the state has approved it"
    if (
        expects == DATE
        and asks_future(question)
        and not tells_future(s.text)
        and not (s.context.rstrip().endswith("?") and tells_future(s.context))
    ):
        # "when will the inquiry finish?": a time still to come ("will report within a year"), not the date of what
        # has happened ("Police opened an inquiry on Tuesday"); an explainer's answer to its own question of when
        # ("When will the school reopen?" / "On Monday, after two days of cleaning.") tells it by that question
        return False
    making = asked_making(question)
    if making and not (set(token_tuple(making)) <= set(token_tuple(s.text)) or gives_measure("age", s.text)):
        return False  # "when was the centre built?": "built in 1968" or an age, not "has run it since 2019"
    if asks_country(question) and not names_country(f"{s.text} {s.speaker}"):
        return False  # "which country": a country named, not a city ("a logistics firm in Gdansk")
    if asks_who_did(question) and not names_someone_else(question, s) and not unnamed:
        return False
    ranked = asked_superlative(question)
    if ranked and not states_relation(ranked, s.text):
        return False  # "what is the biggest city in Turkey?": one ranking a city so, not any city in Turkey
    relation = asked_relation(question)
    if relation and not states_relation(relation, s.text):
        return False  # "who owns the ship?": one stating who owns it ("the ship's owner, ..."), not any name beside it
    if asks_outlet(question) and not names_outlet(f"{s.text} {s.speaker}", outlets):
        return False  # "which news agency": one naming a news outlet (`outlets`: the words of the articles' ones)
    instance = asked_instance(question)
    if instance and not names_instance(instance, s.text):
        return False  # "what hotel did they stay at?": one naming a hotel, not "flights and hotel"
    if asks_which_body(question) and not asks_outlet(question) and not names_beyond_speaker(question, s):
        return False  # "which roofing company found it?": not "Workers found it, Thornbury Council said"
    if (
        role
        and s.sentence.kind != "byline"
        and not holds_role(
            role, f"{s.context}\n{s.text}\n{s.speaker}", role_qualifiers(question), s.about, _asked_terms(question)
        )
    ):
        return False  # "the name of the pilot": a sentence naming someone in that role (a byline, the author)
    post = asked_post(question)
    if (
        post
        and s.sentence.kind != "byline"
        and not names_post_holder(
            post,
            f"{s.context}\n{s.text}\n{s.speaker}",
            role_qualifiers(question),
            s.about,
            _asked_terms(question),
            post_countries(question),
        )
    ):
        return False  # "who commands the coalition?": one naming someone in that post, not any name beside it
    if role and asks_name(question) and s.sentence.kind != "byline" and not names_role_holder(role, s.text, s.speaker):
        return False  # and naming them: "the pilot was told to slow down," Krogh said names no pilot
    measure = asked_measure(question)
    if measure and not gives_measure(measure, s.text, measure == "age" and asks_age_of_person(question)):
        return False  # "how high": a height, not the distance to a city; "how old is the plane?": not a passenger's
    if (
        asks_how_long(question)
        and not gives_span(s.text, asks_how_long_in_time(question), asks_time_taken(question))
        and not (asks_difference(question) and gives_share(s.text))
    ):
        return False  # a length of time or distance, not a date ("how much longer": or a share, "19 per cent longer")
    if asks_destination(question) and not gives_destination(s.text):
        return False  # "where was the cargo going?": a place it went to, not where it was stopped
    place = asked_bearing(question)
    if place and not gives_bearing(place, s.text):
        return False  # "where is it relative to the port": a direction or a distance from the port
    machine = asked_model(question)
    if machine and not gives_model(machine, s.text, s.holds):
        return False  # "what kind of jets": a make or model of aircraft ("Su-24M"), not that jets flew
    return count_in_yes_no(question) or gives_count(question, s.text, s.context, alike)


def _undergoer(question: str, text: str) -> bool:
    """Whether a sentence answers "who ...?" with someone it names by what they are, as its opening subject ("who
    was kept in hospital?": "A lifeguard was being kept in overnight"), a word the question does not have. Not a
    question of who said something (its speaker answers) or of who holds a post (a name answers)."""
    if asks_who_said(question) or asked_role(question) or asked_post(question):
        return False
    verb = _WHO_VERB.match(question)
    noun = opens_with_unnamed(text)
    if verb is None or not noun or set(token_tuple(noun)) & _asked_terms(question):
        return False
    # of what the question asks: its verb ("kept" of "who was kept ...?"), not "The crew stayed" for "who owns it?"
    told = set(token_tuple(text))
    return any(set(token_tuple(form)) <= told for form in (verb.group(1), *irregular_forms(verb.group(1))))


# The verb a question of who did or underwent something asks by: "kept" of "who was kept in hospital?", "owns" of
# "who owns the ship?".
_WHO_VERB = re.compile(
    r"^\W*who\s+(?:(?:was|were|is|are|has|have|had|will|would)\s+(?:been\s+|being\s+|be\s+)?)?([a-z][\w'’-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _asked_terms(question: str) -> frozenset[str]:
    return frozenset(token_tuple(question))


_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*")


# Words that give a cause or a purpose: "because", "due to", "in order to", "so that", "fearing", "believed that";
# and a rule that binds or forbids, which is why something cannot be done ("requires a vote", "sanctions bar
# firms from ...", "under the treaty", "is illegal").
_REASON = re.compile(
    r"\b(?:because|caused by|blamed on|due to|owing to|thanks to|in order|so that|so as to|as a result|result of|"
    r"for fear|fear(?:s|ed|ing)?|reasons?|in response|in retaliation|aim(?:s|ed|ing)? (?:to|at)|meant to|intended to|"
    r"designed to|to (?:prevent|avoid|stop|protect|counter|support|help)|believ(?:e|es|ed|ing)|concerns?|"
    r"concerned|worr(?:y|ies|ied)|argu(?:e|es|ed|ing)|"
    r"requir(?:e|es|ed|ing)|bar(?:s|red|ring)?\s+(?:[\w'’-]+\s+){0,4}?from|prohibit\w*|forb[ia]d\w*|"
    r"ban(?:s|ned|ning)?|not (?:be )?(?:allowed|permitted)|illegal|unlawful|laws?|treat(?:y|ies)|sanctions|"
    r"legislation|constitution\w*|statutes?|regulations?)\b",
    re.IGNORECASE,
)


def gives_reason(text: str) -> bool:
    """Whether a sentence gives a cause or a purpose (an answer to "why ...?"): a word of cause or purpose in it."""
    return bool(_REASON.search(text))


# Capitalised words that name no one: the calendar's.
_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def names_beyond_speaker(question: str, s: Scored) -> bool:
    """Whether a sentence names something the question does not besides its speaker, whose name in the sentence
    says only who tells it: "Workers repairing the roof found the material on Saturday, Thornbury Borough Council
    said." names no company that found it; "The pool is run by Active Vale Leisure, the council said." does, and so does
    a speaker told to do the deed asked ("The Mountain Workers Union, which represents the staff, said ..." for
    "which union represents the workers?")."""
    text = s.speaker and s.text.replace(s.speaker, " ")
    if not text or tells_own_deed(question, s.text, s.speaker):
        text = s.text
    words = _CAPITALISED.findall(text)[1 if text[:1].isupper() else 0 :]
    return _new_names(question, [w for w in words if w.lower().strip(".,") not in _CALENDAR_NAMES])


def _new_names(question: str, words: list[str]) -> bool:
    """Whether any of these capitalised words, less nationality adjectives, names what the question does not."""
    asked = set(token_tuple(question))
    return any(term not in asked for word in words if word.lower() not in NATIONALITIES for term in token_tuple(word))


def names_someone_else(question: str, s: Scored) -> bool:
    """Whether a sentence (or its speaker) names someone or something the question does not: a capitalised word
    past its first, less nationality adjectives ("The agency, however, denied it" names only the agency). When
    the question asks who said or denied something, the speaker is the answer, so the speaker is what must be
    new ("Russia has also denied claims by the Pentagon" does not answer "Who denied the Russian claim?"). The
    outlet's own narration has no speaker: it answers when it says who said it ("... amid vehement denials by the
    ministry"), so there a name it holds counts, with a word of saying beside it."""
    if asks_who_said(question) and (s.speaker or not SAYING_TERMS & set(token_tuple(s.text))):
        words = _CAPITALISED.findall(s.speaker)
    else:
        words = _CAPITALISED.findall(s.text)[1 if s.text[:1].isupper() else 0 :] + _CAPITALISED.findall(s.speaker)
    return _new_names(question, words)


def relevances(
    found: Sequence[Candidate],
    contexts: Sequence[str],
    metas: Sequence[str],
    terms: list[str],
    keyword: KeywordIndex,
    marks: Sequence[str] = (),
) -> np.ndarray:
    """Each candidate's relevance: its cosine plus its keyword coverage of the question and the question's adjacent
    term pairs it holds, computed as arrays over the candidates.

    Who said a sentence, and the article's outlet and author (`metas`), count as words of the sentence ("What did
    the ministry say ..." favours the ministry's words); the sentence before (`contexts`, '' for none) counts for
    half, since a sentence often leaves its subject ("On January 21 ...") to the one before. Which sentences
    hold a term is read from the keyword postings, so no sentence is tokenized here; only a candidate holding
    both terms of an adjacent pair is read word by word for the pair's order.

    A candidate holding one of `marks` (the question's verbs with the type of thing it asks of them: "@found:DATE"
    of "when was the asbestos found?", index.nlp.verb_arguments) tells that thing of that verb, and gains
    ARGUMENT_WEIGHT: "Workers found the material on Saturday" over a sentence with a date of another verb.
    """
    n = len(found)
    dense = np.fromiter((c.dense for c in found), dtype=np.float64, count=n)
    if not n:
        return dense
    ids = np.fromiter((c.sentence.id for c in found), dtype=np.int64, count=n)
    argued = np.zeros(n, dtype=bool)
    for mark in marks:
        argued |= _member(ids, keyword.sentences_with(mark))
    dense = dense + ARGUMENT_WEIGHT * argued
    if not terms:
        return dense
    has_context = np.fromiter((bool(x) for x in contexts), dtype=bool, count=n)
    weights = [keyword.idf(t) for t in terms]  # each above 0 (KeywordIndex.idf)
    total = sum(weights)
    meta_terms = {meta: frozenset(token_tuple(meta)) for meta in set(metas)}
    in_text = np.zeros((len(terms), n), dtype=bool)
    in_context = np.zeros((len(terms), n), dtype=bool)
    own = np.zeros(n)
    both = np.zeros(n)
    for j, (term, weight) in enumerate(zip(terms, weights, strict=True)):
        holding = keyword.sentences_with_forms(term)
        in_text[j] = _member(ids, holding)
        in_context[j] = _member(ids - 1, holding) & has_context
        in_meta = np.fromiter((term in meta_terms[m] for m in metas), dtype=bool, count=n)
        # Added term by term, in the question's order: the sums are those of adding the present terms' weights.
        own += np.where(in_text[j] | in_meta, weight, 0.0)
        both += np.where(in_text[j] | in_meta | in_context[j], weight, 0.0)
    own /= total
    both /= total
    coverage = np.where(has_context, np.maximum(own, (own + both) / 2), own)
    phrase = np.zeros(n)
    around = in_text | in_context
    maybe = (around[:-1] & around[1:]).any(axis=0)  # both terms of an adjacent pair of the question's
    for i in np.nonzero(maybe)[0].tolist():
        phrase[i] = keyword.phrase_overlap(terms, f"{contexts[i]} {found[i].sentence.text}")
    return dense + COVERAGE_WEIGHT * coverage + PHRASE_WEIGHT * phrase


def _member(ids: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """Which of `ids` are in the sorted array `sorted_ids`."""
    if not len(sorted_ids):
        return np.zeros(len(ids), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_ids, ids), len(sorted_ids) - 1)
    return np.asarray(sorted_ids[at] == ids)


def opens_with(voice: str, text: str) -> bool:
    """Whether a sentence opens with the voice, as its subject's words ("The Russian government has done ..." of
    "Russia's government": keyword terms, so a country's adjective is the country)."""
    terms = set(token_tuple(voice))
    return bool(terms) and terms <= set(token_tuple(text)[: len(terms) + 1])


# How many sentences from a voice's best answer its other words are read as going on from it (voiced).
VOICE_RUN = 3


def voiced(
    voice: str, scored: list[Scored], floor: float, also: str = "", run: bool = False, deeds: bool = False
) -> list[Scored]:
    """For a question for someone's words ("What did X say?"): when X's own words are among the relevant
    passages (relevance `floor` or more), the outlet's narration is left out: "X has just spoken to reporters"
    tells of X and is not what X said. Other people's words stay (a body speaks through its spokesmen, under
    other names). `also` is another name of X's (index.question.Vocabulary.named_as). For a question of how X
    reacted (`deeds`), narration opening with X tells what X did, and stays ("The Russian government has done
    little to shoot down the headlines")."""

    def theirs(s: Scored) -> bool:
        return bool(s.speaker) and (speaks_as(voice, s.speaker) or bool(also and speaks_as(also, s.speaker)))

    own = [s for s in scored if theirs(s) and s.relevance >= floor]
    if not own and run:
        # all X said, and X's words stand among the candidates however unlike the question's ("has the towing
        # company said anything?" of "The tug operator, Halvik Towage, declined to comment ..."): X's best answers,
        # at `floor`
        said = max((s for s in scored if theirs(s)), key=lambda s: s.relevance, default=None)
        if said is not None:
            lifted = dataclasses.replace(said, relevance=floor)
            scored = [lifted if s is said else s for s in scored]
            own = [lifted]
    if not own:
        return scored
    if not run:
        return [s for s in scored if s.speaker or (deeds and opens_with(voice, s.text))]
    # X's words go on after the sentence that names X ("Ole Brandt, who chairs the anglers, said members had walked
    # the river." then '"The river is dead," Brandt said.'): for a question of all X said (`run`: "what did the
    # anglers guy say?", not "what did X say about the bridge?"), the words of X's run of sentences around X's best
    # one answer as it does, at least at `floor`, however little their words are like the question's
    best = max(own, key=lambda s: s.relevance).sentence
    near = {
        id(s)
        for s in scored
        if theirs(s)
        and s.sentence.article_id == best.article_id
        and 0 < abs(s.sentence.id - best.id) <= VOICE_RUN
        and s.relevance < floor
    }
    return [dataclasses.replace(s, relevance=floor) if id(s) in near else s for s in scored if s.speaker]
