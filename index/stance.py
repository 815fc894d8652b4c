"""Whether a sentence asserts a reported claim, denies one, or neither: read from its parse and general words.

- A *denial* denies or discredits: a denial verb ("denied", "rejected", "disputes"), a discrediting word ("false",
  "rubbish", "propaganda"), or someone's statement whose own content is negated ("'We are not sharing target
  information,' X said"; "X said there was no joint strike"). A negation inside a side clause ("while not backing
  down, X reported ...") does not make the statement a denial.
- A *claim* is someone's assertion, not negated: attributed to a speaker, or reported with a reporting verb, or a
  quotation that the sentences around it introduce or attribute.
- Everything else is *other*: the outlet's own narration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.attribution import claims_a_due, closing_what_was_said, same_voice
from index.lexicon import (
    BELIEF_VERBS,
    DENIAL_NOUNS,
    DENIAL_VERBS,
    DISBELIEF_VERBS,
    DISCREDITING,
    DISCREDITING_PHRASES,
    EXCLUDING_VERBS,
    KNOWING_VERBS,
    NAMING_VERBS,
    NEGATING_NOUNS,
    NEGATIONS,
    OBJECT_PRONOUNS,
    PEOPLE_NOUNS,
    POSSESSIVE_DETERMINERS,
    REGRET_WORDS,
    REPORTING_VERBS,
    SCANT_WORDS,
    STATEMENT_NOUNS,
    VERIFYING_VERBS,
)
from index.nlp import clauses_opened_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Clauses that are beside what a sentence asserts: a negation in them does not negate the statement.
_SIDE_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "prep", "npadvmod"})
# Reporting nouns that make a sentence a report of someone's claim ("a statement", "according to").
_REPORT_NOUNS = frozenset({"statement", "claim", "claims", "allegation", "allegations", "according", "release"})
# Verbs whose negation leaves nothing asserted or denied: "X did not say ...", "it could not be verified", "I don't
# know".
_NOT_ASSERTING = REPORTING_VERBS | VERIFYING_VERBS | KNOWING_VERBS
_QUOTED_QUESTION = re.compile(r"[\"“]")
# "X has yet to respond": nobody has said anything yet.
_YET_TO = re.compile(
    r"\b(?:has|have|had)\s+yet\s+to\s+(?:respond|comment|confirm|say|react|reply|answer|address)\b", re.I
)
# Words that decline to answer ("That is not for me to say", "I can't comment on that"): a negation there refuses
# to say, and denies nothing.
_DECLINES = re.compile(
    r"\bnot (?:for|up to) (?:me|us|him|her|them|you) to\b|\bnot (?:my|our|his|her|their) place to\b|"
    r"\b(?:can ?not|can['’]t|won['’]t|will not|would not|wouldn['’]t|could not|couldn['’]t)\s+"
    r"(?:comment|speculate|guess|go into)\b|\bno comment\b",
    re.IGNORECASE,
)
_OPENS_QUOTE = re.compile(r"(^|\s)[\"“]")
_REPORTS = re.compile(r"\b(?:said|says|say|told|stated|statement|according to|quoted|claimed|claims|reported)\b", re.I)
_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in DISCREDITING_PHRASES) + r")\b", re.I)


def _verb_tagged_noun(tok: Token) -> bool:
    """A denial verb the tagger took for a noun, as in a headline ("Agency disputes report"): a noun with no
    article or possessive of its own and not the object of a preposition ("on the dispute" is a noun)."""
    if tok.pos_ != "NOUN" or tok.dep_ == "pobj":
        return False
    return not any(c.dep_ in ("det", "poss") for c in tok.children)


def _asks(text: str) -> bool:
    """Whether a sentence is a question of its own, outside any quotation ('"Why would we lie?" he asked' is
    someone's words, and its question may deny)."""
    return text.rstrip().endswith("?") and not _QUOTED_QUESTION.search(text)


# The words opening a clause that supposes or asks rather than asserts ("if they are lying", "whether it lied").
_UNASSERTING_MARKS = frozenset({"if", "unless", "whether"})


def _unasserted(doc: Doc) -> set[int]:
    """The tokens of a sentence's clauses that suppose or ask what they say ("We can argue over if we think the
    Russians or the Americans are lying ...", "It is unclear whether the company lied"): nothing in them is denied
    or discredited by the sentence."""
    return clauses_opened_by(doc, _UNASSERTING_MARKS, frozenset({"advcl", "ccomp"}))


def _denies(doc: Doc) -> bool:
    """A denial verb or noun, or a discrediting word or phrase, outside a closing clause that names what was said
    ("..., Moscow said, claims the Pentagon denied.": Moscow's claim, whoever denied it) and outside a clause that
    supposes or asks (_unasserted)."""
    end = closing_what_was_said(doc.text)
    supposed = _unasserted(doc)
    for tok in doc:
        if tok.idx >= end:
            break
        if tok.i in supposed:
            continue
        lower = tok.lower_
        if tok.lemma_.lower() in DENIAL_VERBS and (tok.pos_ in ("VERB", "AUX") or _verb_tagged_noun(tok)):
            if _negated_verb(tok):
                continue  # "the company did not deny that ...": it leaves the claim standing
            return True
        if lower in DENIAL_NOUNS:
            return True
        if lower in DISCREDITING:
            if lower in ("lie", "lies") and tok.pos_ != "NOUN":
                continue  # "the town lies 30 km north": a place, not a lie
            return True
        if _names_a_statement_as(tok):
            return True
    return bool(_PHRASES.search(doc.text[:end]))


def _negated_verb(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _verb_of_denying(tok: Token) -> bool:
    """Whether a verb denies or leaves out ("deny", "reject", "rule out", "exclude"): its negation affirms that
    something may be so ("has not ruled anything out", "did not deny"), and is no denial."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    return lemma in DENIAL_VERBS or lemma in EXCLUDING_VERBS or f"{lemma} {particle}" in EXCLUDING_VERBS


def _names_a_statement_as(tok: Token) -> bool:
    """Whether a verb of naming (NAMING_VERBS) takes someone's statement as its object and names it as something,
    which judges it: "Carr ... calls the union's claim 'a cynical attempt to exploit an accident'" discredits the
    claim, whatever words it uses."""
    if tok.lemma_.lower() not in NAMING_VERBS or tok.pos_ != "VERB":
        return False
    said = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in STATEMENT_NOUNS), None)
    if said is None:
        return False
    after = tok.doc[said.right_edge.i + 1 : said.right_edge.i + 3]
    quoted = any(t.text in ('"', "“") for t in after)  # the name it is given, in quotation marks
    return quoted or any(
        c.i > said.i and (c.dep_ in ("oprd", "xcomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as"))
        for c in tok.children
    )


def _in_content(tok: Token) -> bool:
    """Whether a token belongs to what the sentence asserts, not to a side clause on the way to its root."""
    while tok.head.i != tok.i:
        if tok.dep_ in _SIDE_CLAUSES:
            return False
        tok = tok.head
    return True


def _negating_phrase(tok: Token) -> bool:
    """Whether a token is the "no" of a phrase that negates the verb it hangs on ("At no time did the discharge
    exceed the limits"), not of a thing ("with no details", "at no cost" qualify without denying)."""
    noun = tok.head
    return (
        tok.lower_ == "no"
        and tok.dep_ == "det"
        and noun.lower_ in NEGATING_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and (noun.head.head.pos_ in ("VERB", "AUX") or noun.head.head.dep_ in ("ROOT", "ccomp"))  # (a verb
        # the tagger took for a noun: "under no circumstances would the pier reopen")
    )


# The words after "nothing" or "nobody" that make it "no other": "an automatic reply and nothing else".
_OTHER_THAN = frozenset({"else", "more"})


def _only_that(tok: Token) -> bool:
    """Whether a negative pronoun joins a thing as "and no other" ("an automatic reply and nothing else", "a leaflet
    and nothing more"): the sentence tells that thing, and that it was all, not that something did not happen."""
    return (
        tok.lower_ in NEGATIONS
        and tok.dep_ == "conj"
        and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
        and tok.head.lower_ not in NEGATIONS
        and any(c.lower_ in _OTHER_THAN for c in tok.children)
    )


def negated(doc: Doc) -> str:
    """What a negation of the sentence's main or reported clause negates: "content" (what is asserted), "report"
    ("X did not say ...": nobody asserts anything) or "" when nothing that the sentence asserts is negated."""
    found = ""
    for tok in doc:
        if _scant(tok):
            if _in_content(tok.head) and not _under_belief(tok) and not _regretted(tok):
                return "content"  # "they had been given little information": hardly any was given
            continue
        if tok.lower_ not in NEGATIONS and tok.dep_ != "neg":
            continue
        if tok.lower_ == "without":
            continue  # "without giving details" qualifies; it does not deny
        if _only_that(tok):
            continue  # "I got an automatic reply and nothing else": what was got, and that it was all
        if tok.lower_ == "not" and tok.i and tok.doc[tok.i - 1].text == "," and tok.head.pos_ != "VERB":
            continue  # "rebels, not ISIS", "in the bay, not at sea": a contrast of what is asserted, not its negation
        if _negating_phrase(tok):
            verb = tok.head.head.head  # "At no time did the discharge exceed ...": the verb the phrase negates
            if _in_content(verb) and verb.lemma_.lower() not in _NOT_ASSERTING and not _under_belief(verb):
                return "content"
            continue
        if not _in_content(tok.head if tok.dep_ in ("neg", "det") else tok):
            continue
        if tok.dep_ == "neg" and _verb_of_denying(tok.head):
            continue  # "has not ruled anything out": something is left possible, nothing denied
        if tok.head.lemma_.lower() in _NOT_ASSERTING and tok.head.pos_ in ("VERB", "AUX"):
            if _nobody_told(tok):
                return "content"  # "Nobody told us anything for twenty minutes": a telling that did not happen
            found = "report"  # "X did not say ...", "it could not be verified": nobody asserts or denies it
            continue
        if tok.dep_ == "neg" and _disbelieved(tok.head):
            return "content"  # "We do not believe our food caused the outbreak": the speakers say it is not so
        if _under_belief(tok):
            continue  # "officials believed Moscow would not honor it": an opinion, not a denial of a claim
        if _regretted(tok):
            continue  # "We're sorry that many of you could not use your cards": what happened, regretted
        return "content"
    return found


# Words before "little" or "few" that make it some amount or a size: "a few", "quite a few", "the little girl".
_SOME_AMOUNT = frozenset("a the quite only these those this that".split()) | POSSESSIVE_DETERMINERS


def _scant(tok: Token) -> bool:
    """Whether a token says what it qualifies hardly happened or hardly exists (index.lexicon.SCANT_WORDS): an adverb
    ("barely", "rarely") on a verb, or "little" or "few" as the amount of a thing ("little information", "few
    details"), not "a little", "a few" (some), nor "little" as a size ("a little boat", "the little girl")."""
    word = tok.lower_
    if word not in SCANT_WORDS:
        return False
    if word in ("little", "few"):
        before = tok.doc[tok.i - 1].lower_ if tok.i else ""
        return tok.dep_ in ("amod", "det", "nsubj", "dobj", "nsubjpass") and before not in _SOME_AMOUNT
    return tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX")


# Whom a telling is to: "told us", "told passengers", "warned me".
_TOLD_TO = frozenset({"dative", "dobj"})
_TOLD_SUBJECTS = frozenset({"we", "i", "they", "he", "she", "you"})


def _nobody_told(tok: Token) -> bool:
    """Whether a negation is the subject of a telling to someone ("Nobody told us anything", "No one warned the
    passengers"), or negates one that people underwent ("We have never been told why ..."): it says the telling
    never happened, which denies that anyone was told, not that nothing was asserted ("Nobody would say whether
    ..." tells no one)."""
    if tok.dep_ == "neg":
        # "We have never been told why ...", "residents were not warned": the people not told, as the subject
        return any(
            c.dep_ == "nsubjpass" and (c.lower_ in _TOLD_SUBJECTS or c.lower_ in PEOPLE_NOUNS)
            for c in tok.head.children
        )
    subject = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ == "det" and tok.head.dep_ == "nsubj" else None
    if subject is None or subject.lower_ not in ("nobody", "one", "none"):
        return False
    verb = subject.head
    return any(c.dep_ in _TOLD_TO and (c.lower_ in OBJECT_PRONOUNS or c.lower_ in PEOPLE_NOUNS) for c in verb.children)


_FIRST_PERSON = frozenset({"i", "we"})


def _disbelieved(verb: Token) -> bool:
    """Whether a negated verb is a speaker's own disbelief of a clause it governs ("We do not believe our food caused
    the outbreak", "I don't think the wall was ever safe"): a party's denial in its own words. Of another ("Officials
    do not believe ...") it is told as their opinion, as "officials believed X would not ..." is."""
    return (
        verb.lemma_.lower() in DISBELIEF_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)
        and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _within(tok: Token, words: frozenset[str]) -> bool:
    """Whether a token stands in a clause governed by one of `words`, below any verb of saying."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in words:
            return True
        if tok.lemma_.lower() in REPORTING_VERBS:
            return False
    return False


def _regretted(tok: Token) -> bool:
    """Whether a token stands in what its speaker regrets or apologises for: a clause that tells what happened."""
    return _within(tok, REGRET_WORDS)


def _under_belief(tok: Token) -> bool:
    """Whether a token stands in what someone believes, fears or expects rather than in what they state."""
    return _within(tok, BELIEF_VERBS)


# Modals of what may be, not of what was: "We can argue over whether ...", "critics might say ..." report nothing said.
_MAY_BE = frozenset({"can", "could", "may", "might"})


def reports(doc: Doc) -> bool:
    """Whether the sentence reports someone's words or position (not words someone may say: "We can argue over if
    ...")."""
    return any(
        ((tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX")) or tok.lower_ in _REPORT_NOUNS)
        and not claims_a_due(tok)
        and not any(c.dep_ == "aux" and c.lower_ in _MAY_BE for c in tok.children)
        for tok in doc
    )


def stance(text: str, attributed: bool = False, context: str = "", following: str = "", doc: Doc | None = None) -> str:
    """'denial', 'claim' or 'other' for a sentence; `doc` is its parse (parsed here when not given).

    `attributed` says the sentence has a speaker other than the outlet (index.attribution); `context` and
    `following` are the sentences before and after it in its article.
    """
    if _asks(text):
        return "other"  # a question asserts nothing: "Q: Who says the ferries sailed together?"
    if doc is None:
        from index.nlp import parse

        doc = next(parse([text]))
    if _denies(doc):
        return "denial"
    negation = negated(doc)
    if negation == "content" and _DECLINES.search(text):
        return "other"  # "That is not for me to say": the negation refuses to answer, and denies nothing
    if negation == "content" and refuses(doc):
        return "other"  # "The hospital said it would not pay a ransom": what it will not do, a position
    if negation == "content" and marvels(doc):
        return "other"  # "I have never seen anything like it": what the speaker lived through, no denial
    if negation == "content":
        return "denial" if attributed or reports(doc) else "other"
    if negation == "report" or _YET_TO.search(text):
        return "other"
    if _judges_a_statement(doc):
        return "other"  # "X said the Estravan statement was an attempt to show ...": a comment on a claim, no claim
    if attributed or reports(doc):
        return "claim"
    if _OPENS_QUOTE.search(text) and (
        context.rstrip().endswith(":") or _REPORTS.search(context) or _REPORTS.search(following)
    ):
        return "claim"
    return "other"


# The pronouns by which a speaker tells of itself in what it says ("it", "we", "I"; "they" of a body).
_SELF = frozenset({"i", "we", "it", "they"})
# The modals of what someone will or would do.
_WILL = frozenset({"will", "would", "wo", "'ll"})


def refuses(doc: Doc) -> bool:
    """Whether a sentence's negation tells what its speaker will not do ("The hospital said it would not pay a
    ransom", '"We will not pay," she said'): a refusal, a position of its own, and no denial of anyone's claim;
    "the jets would not have reached the area" (a perfect, of what was) and "the ship will not sail" (not itself)
    are no refusals."""
    for tok in doc:
        if tok.dep_ != "neg":
            continue
        verb = tok.head
        aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if aux and aux[0] in _WILL and "have" not in aux and subject is not None and subject.lower_ in _SELF:
            return True
    return False


# Verbs of what someone lived through: "never seen / known / experienced anything like it".
_LIVED = frozenset({"see", "know", "experience", "witness", "hear", "meet", "encounter", "face"})


def marvels(doc: Doc) -> bool:
    """Whether a sentence's negation says its speaker never lived through the like ("I have never seen anything
    like it", "We have seen nothing like this storm"): a measure of what happened, and no denial of anyone's claim;
    "We never saw any jets over the town" (a thing seen or not) is no such sentence."""
    for tok in doc:
        if (
            tok.lower_ in ("anything", "nothing")
            and tok.dep_ == "dobj"
            and tok.head.lemma_ in _LIVED
            and any(c.lower_ == "like" for c in tok.children)
        ):
            return True
        if tok.dep_ == "neg" and tok.lower_ == "never" and _felt_so(tok.head):
            return True  # "I have never been so frightened on a plane": how it felt, no denial
    return False


# Words that make a feeling a measure against all others: "so frightened", "more alone", "this scared".
_DEGREE = frozenset({"so", "as", "more", "this", "that", "less"})


def _felt_so(verb: Token) -> bool:
    """Whether a verb of being or feeling has a state set against all others ("been so frightened", "felt more
    alone")."""
    if verb.lemma_ not in ("be", "feel"):
        return False
    return any(
        c.dep_ == "acomp" and (c.tag_ in ("JJR", "RBR") or any(a.lower_ in _DEGREE for a in c.children))
        for c in verb.children
    )


def _judges_a_statement(doc: Doc) -> bool:
    """Whether what a sentence reports (the clause under its reporting verb, or the sentence itself) has a
    statement as its subject and a copula ("Analyst X said the Estravan statement was an attempt to show a closeness
    ..."): a judgement of someone's claim, which neither asserts it nor, unless it discredits it, denies it. Not
    one giving what the statement says ("the company's account is that the ferry left on time")."""
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in STATEMENT_NOUNS and tok.head.lemma_ == "be":
            clause = tok.head
            if clause.dep_ not in ("ccomp", "ROOT") or any(c.dep_ == "neg" for c in clause.children):
                continue
            if any(c.dep_ in ("ccomp", "advcl") for c in clause.children):
                continue  # "the company's account is that the ferry left on time": what the account says
            return True
    return False


def by_negation_alone(doc: Doc) -> bool:
    """Whether a sentence reads as a denial only because what it states is negated ("the vessel had not been
    inspected since March"), with no denial verb or discrediting word: an assertion of something not done may be
    an accusation as well as a denial (see accusations)."""
    return not _denies(doc) and negated(doc) == "content"


def accusations(
    sides: Sequence[str],
    articles: Sequence[str],
    speakers: Sequence[str],
    texts: Sequence[str],
    negative: Sequence[bool],
) -> list[str]:
    """The sides with each statement that another voice's denial answers as something said before ("The authority
    said the vessel had not been inspected since March ... The operator rejected claims that it skipped safety
    inspections") made a claim, when it read as a denial only by its negation (`negative`, by_negation_alone):
    what is denied as an allegation was alleged. So is each statement of that voice's run of sentences just
    before the denial (within ANSWER_REACH): its account, of which the denial answers the whole."""
    out = list(sides)
    for j in range(1, len(sides)):
        if sides[j] != "denial" or negative[j] or not _ANAPHORIC_DENIAL.search(texts[j]):
            continue
        i = _answered_statement(j, sides, articles, speakers, ANSWER_REACH)
        if i < 0:
            continue
        # the voice's account as it gave it, sentence after sentence, up to the denial ("The pilot was told to hold
        # his position, and he did not do so," ... "Our data shows ..." / "The association rejected the account")
        for k in range(i, max(-1, j - 1 - ANSWER_REACH), -1):
            if articles[k] != articles[j] or not same_voice(speakers[k], speakers[i]):
                break
            if sides[k] == "denial" and negative[k]:
                out[k] = "claim"
    return out


def continued_denials(sides: Sequence[str], continues: Sequence[bool], answered: Sequence[int]) -> list[str]:
    """The sides with each sentence that goes on with a quotation a denial opened (`continues[j]`: sentence j goes
    on with the quotation sentence j - 1 left open, index.attribution.continues_quotation) on the denial's side:
    '"At no point were drivers in danger. The inspection system worked exactly as it should," said the mayor' is
    one answer, its second sentence the grounds of the first, no claim of its own. Not one that another voice's
    denial answers (`answered`, answered_claims): '"One person cannot watch eleven rooms. We said so at the
    time," said one of them.' and then 'The director denied that security had been weakened': what is denied was
    an account, its negation no denial."""
    out = list(sides)
    denied = set(answered)
    for j in range(1, len(sides)):
        if continues[j] and out[j - 1] == "denial" and out[j] == "claim" and j not in denied:
            out[j] = "denial"
    return out


def _answered_statement(
    j: int, sides: Sequence[str], articles: Sequence[str], speakers: Sequence[str], reach: int
) -> int:
    """The statement (a claim or a denial) of another voice that the denial at `j` answers: the nearest one before
    it in its article, within `reach` sentences, past the outlet's narration and the denier's own words; -1 if
    none."""
    for i in range(j - 1, max(-1, j - 1 - reach), -1):
        if articles[i] != articles[j]:
            break
        if sides[i] in ("claim", "denial") and not same_voice(speakers[i], speakers[j]):
            return i
    return -1


# A denial that names what it denies as something said before: "denied the allegations", "rejected these claims",
# "dismissed the report as ...", "described the authority's statement as ...".
_ANAPHORIC_DENIAL = re.compile(
    r"\b(?:the|these|those|such|its|their|that|this|[A-Za-z]+['’]s)\s+(?:"
    + "|".join(sorted(STATEMENT_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# "no such photographs", "any such instruction": a thing named before, which a denial says there was not.
_SUCH = re.compile(r"\bsuch\s+(?:an?\s+)?([a-z]{3,})\b", re.IGNORECASE)


def _naming_before(
    j: int, noun: str, sides: Sequence[str], articles: Sequence[str], speakers: Sequence[str], texts: Sequence[str]
) -> int:
    """The claim of another voice nearest before the denial at `j` in its article (within ANSWER_REACH) that names
    the thing `noun` names ("photographs" of "such photographs"), its plural or singular; -1 if none."""
    word = re.compile(rf"\b{re.escape(noun.lower().removesuffix('s'))}(?:s|es)?\b", re.IGNORECASE)
    for i in range(j - 1, max(-1, j - 1 - ANSWER_REACH), -1):
        if articles[i] != articles[j]:
            break
        if sides[i] == "claim" and not same_voice(speakers[i], speakers[j]) and word.search(texts[i]):
            return i
    return -1


# A sentence set against the one before it: "But ...", "However, ...", "Yet ...".
_CONTRAST = re.compile(r"^\W*(?:but|however|yet)\b", re.IGNORECASE)
# How far back (in sentences of the same article) such a denial may answer a claim: news writing gives the claim
# and the reply within a few paragraphs.
ANSWER_REACH = 6
# How far back any other denial may: the claim just before it, or the one before a sentence of the outlet's own
# ("The office says the chicken is the likely source. Tests are due on Friday. The caterer denies its food was to
# blame.").
NEXT_REACH = 2


def answered_claims(
    sides: Sequence[str], articles: Sequence[str], speakers: Sequence[str], texts: Sequence[str] = ()
) -> list[int]:
    """For each sentence (in article order), the position of the statement it answers, else -1: a denial right after
    a claim in the same article answers it, as news writing sets them ("X claimed ... Y, however, denied it"),
    also past one sentence of the outlet's own between them (NEXT_REACH).
    A denial there often names its claim only as "it" or "such a mission", so it is found through its claim. A
    denial naming what it denies as said before ("denied the allegations") answers the nearest claim before it,
    within ANSWER_REACH sentences of its article (`texts`, the sentences' texts), as that voice first made it.
    One voice does not answer itself: "Officials believed ... . Moreover, the agency alleges ..." goes on with
    the same side (index.attribution.same_voice); what a denial answers is the statement of another voice before
    it (_answered_statement), the denier's own words and the outlet's narration passed over. A claim set against a
    denial of another voice just before it ("'There was never any danger,' she said. But an engineer said the leak
    was serious") answers that denial."""
    out = [-1] * len(sides)
    for j in range(1, len(sides)):
        if sides[j] == "denial" and j < len(texts):
            # "Hillcrest said it had no record of receiving any such photographs": the statement naming them
            thing = _SUCH.search(texts[j])
            if thing and thing.group(1).lower() not in STATEMENT_NOUNS:
                i = _naming_before(j, thing.group(1), sides, articles, speakers, texts)
                if i >= 0:
                    out[j] = i
                    continue
        if sides[j] == "claim" and j < len(texts) and _CONTRAST.match(texts[j]):
            # "But a retired engineer ... said the leak was serious": the claim answers the denial just before it
            i = _answered_statement(j, sides, articles, speakers, 1)
            if i >= 0 and sides[i] == "denial":
                out[j] = i
            continue
        if sides[j] != "denial":
            continue
        anaphoric = j < len(texts) and bool(_ANAPHORIC_DENIAL.search(texts[j]))
        i = _answered_statement(j, sides, articles, speakers, ANSWER_REACH if anaphoric else NEXT_REACH)
        if i < 0 or sides[i] != "claim":
            continue
        # named as said before, the claim as first made: "Clearwater said the company had dumped ...", then its
        # report's findings and its director's words, then "The company denied the allegations"
        while (
            anaphoric
            and i > 0
            and articles[i - 1] == articles[j]
            and sides[i - 1] == "claim"
            and same_voice(speakers[i - 1], speakers[i])
        ):
            i -= 1
        out[j] = i
    return out
