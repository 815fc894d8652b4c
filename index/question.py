"""A question, cleaned (invisible characters out, its length checked), and what it asks for: the type of thing
its answer must hold, whether it asks whether something is so, and the named things it is about.

The expected type comes from the question word ("when" asks for a date, "where" for a place, "how many" for a
number, "who" for a person or a body); a sentence can answer only if it holds an entity of that type (the
index stores each sentence's entity types). The named things come from the parse of the question (its
entities and proper nouns, numbers and dates left out); one that no article mentions means the articles
cannot answer, and the bot says which thing it is. Also whose words it asks for (and whether a speaker is that
voice), whether it asks for someone's position rather than whether a thing is so, and which article word a word
typed with a slip stands for (the Vocabulary).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.attribution import NAMED_RUN, STATEMENT_MARK, document_owner, own_name
from index.corpus import Article
from index.counting import DISTANCE_UNITS, MONEY_WORDS
from index.errors import EmptyQuestion, QuestionTooLong
from index.keyword import COUNTRIES, MARK, KeywordIndex, token_tuple, tokenize, word_terms
from index.lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    BLAME_WORDS,
    BODY_WORDS,
    CAUSE_VERBS,
    CONNECTIVES,
    DENIAL_NOUNS,
    DENIAL_VERBS,
    DETERMINERS,
    DISPOSITION_WORDS,
    EMPHASIS_WORDS,
    EXPERT_MARKS,
    EXPERT_VOICES,
    GATHERING_NOUNS,
    GENERIC_PEOPLE,
    GENERIC_VERBS,
    GOVERNMENT_SEATS,
    GROUP_NOUNS,
    INDEFINITE_PRONOUNS,
    INFORMING_WORDS,
    KIND_OF_ORGANISATION,
    LEADER_TITLES,
    LEADING_VERBS,
    MACHINES,
    MONTHS,
    NAMED_KINDS,
    NATIONALITIES,
    NEWS_AGENCIES,
    NUMBER_WORDS,
    OFFICE_NOUNS,
    OPENERS,
    ORDER_WORDS,
    ORG_NOUNS,
    OUTLET_NAME_WORDS,
    OUTLET_NOUNS,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    PHRASES,
    PLACE_NOUNS,
    PORTFOLIOS,
    POSSESSIVE_DETERMINERS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STANDING_WORDS,
    STATED_RELATIONS,
    STATEMENT_NOUNS,
    STOPWORDS,
    SUPERLATIVES,
    TEXTS_OF_RULES,
    TITLED_THINGS,
    TITLES,
    WEEKDAYS,
    WEIGHT_NOUNS,
    WORLD_COUNTRIES,
)
from index.nlp import ARGUMENT_LABELS, bits, irregular_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Characters that carry no meaning for search: controls, zero-width and format characters.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_question(question: str, max_chars: int) -> str:
    """The question with invisible characters removed and spaces folded; EmptyQuestion if no word is left."""
    if len(question) > max_chars:
        raise QuestionTooLong(f"questions are limited to {max_chars} characters (this one has {len(question)})")
    text = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in question)
    text = re.sub(r"\s+", " ", text).strip()
    if not any(ch.isalnum() for ch in text):
        raise EmptyQuestion("the question has no words to search for")
    return text


# Entity types that say when, where, how many, who.
DATE = bits(["DATE", "TIME", "TEMPORAL"])
TIME = bits(["TIME"])
PLACE = bits(["GPE", "LOC", "FAC"])
NUMBER = bits(["CARDINAL", "QUANTITY", "MONEY", "PERCENT"])
AMOUNT = bits(["MONEY", "QUANTITY", "PERCENT", "CARDINAL"])
AGENT = bits(["PERSON", "ORG", "NORP", "GPE"])
PERSON = bits(["PERSON"])
DURATION = DATE | TIME | bits(["QUANTITY"])  # "how long": "since 2009", "two hours", "40 kilometres"
ORGANISATION = bits(["ORG", "PERSON", "WORK_OF_ART"])
# "how fast / high / far": a quantity, or a number the tagger leaves apart from its unit ("about 12" of "at about 12
# knots"); index.counting.gives_measure then asks for the unit.
MEASURE = bits(["QUANTITY", "CARDINAL"])

# A yes/no question may follow a statement ("X says Y. Is that so?"); a full stop ends a sentence after a word in
# lower case, not after an abbreviation ("What did the U.S. do?").
_FILLERS = "|".join(OPENERS)  # "so did ...", "hmm is ..."
# Asking whether something told is so ("X says Y. Is that right?", "true or not?"): the words name nothing asked of.
_CHECKING = (
    r"\b(is it true|really|true that|confirm)\b|\b(?:true|real|right|correct|accurate|so) or not\b|"
    r"\b(?:is|was) (?:that|this|it) (?:true|right|correct|accurate|so)\b"
)
_YES_NO = re.compile(
    rf"(?:^|[?!:;]\s+|(?<=(?-i:[a-z][a-z])\.)\s+)\W*(?:(?:{_FILLERS})\W+)*(?:{'|'.join(AUXILIARIES)})\b|"
    rf"{_CHECKING}|\bor (?:not|nah|no)\W*$",
    re.IGNORECASE,
)
_CHECKING_PHRASE = re.compile(_CHECKING, re.IGNORECASE)
# The words a question of who is right asks by (_WHO_IS_RIGHT), which name no party ("who is telling the truth /
# lying / right ...?").
WHO_IS_RIGHT_WORDS = frozenset(
    """who truth telling tell lying lie lies right correct true accurate believe trust honest truthful
    trustworthy""".split()
)
# "Who is telling the truth, A or B?", "Which account is right?": asks which side holds, as a yes/no does. So does
# whether one party is ("Is the ministry telling the truth?", "Are the Americans lying about it?", "Can we believe
# the agency?"); not "Is the port right next to the border?" (a word of truth must end the clause).
_WHO_IS_RIGHT = re.compile(
    # ("trust" and "right" as nouns are no judgement: "who chairs the supporters' trust?", "the right to strike";
    # trusting is done by someone: "who do we trust?", "who to trust")
    r"^\W*(?:who|whom|which(?:\s+\w+)?)\b.*\b(?:truth|lying|lie|lies|correct|true|accurate|believe|"
    r"in the right|(?<!\bthe )(?<!\ba )(?<!which )(?<!['’]s )(?<![^\W\d_]['’] )right|"
    r"(?:(?<=\bwe )|(?<=\bi )|(?<=\byou )|(?<=\bthey )|(?<=\bto )|(?<=\bpeople ))trust)\b"
    rf"|^\W*(?:(?:{_FILLERS})\W+)*(?:is|are|was|were)\s+(?!(?:it|this|that|there)\b)[^?,;]{{2,80}}?\s+"
    r"(?:telling the truth|lying|being (?:honest|truthful)|honest|truthful|trustworthy|right|correct)"
    r"(?=\s*(?:[?.!]|$|about\b|when\b|in (?:saying|claiming)\b|to (?:say|claim|deny)\b|,?\s*or\b))"
    rf"|^\W*(?:(?:{_FILLERS})\W+)*(?:can|should|could)\s+(?:we|i|you|anyone|people)\s+(?:believe|trust)\b",
    re.IGNORECASE,
)


# A question of which thing is best ("what's the best tent for camping in strong wind?", "who is the best player of
# all time?", "the best way to ..."): a judgement, which a news article gives only where it says so itself.
_ASKS_BEST = re.compile(
    r"^\W*(?:what|which|who)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)?\s+(?:the\s+)?(?:very\s+)?best(?![\w-])"
    r"|\bbest\s+(?:way|place|time|thing|option|choice)s?\s+(?:to|for)\b",
    re.IGNORECASE,
)
_TELLS_BEST = re.compile(r"\b(?:best|recommend\w*|advis\w*)\b", re.IGNORECASE)


def asks_best(question: str) -> bool:
    """Whether a question asks which thing is best, a judgement ("what's the best antivirus for a mac?")."""
    return bool(_ASKS_BEST.search(question))


def tells_best(text: str) -> bool:
    """Whether a passage judges what is best or advises ("the best way home is the train", "police recommend ..."):
    the only kind that answers asks_best."""
    return bool(_TELLS_BEST.search(text))


def is_yes_no(question: str) -> bool:
    """Whether a question asks whether something is so: a yes/no question, or one that asks who is right."""
    return bool(_YES_NO.search(question) or asks_who_is_right(question))


# "was the delivery driver to blame (for the leak)?", "is the supplier at fault?", "was it the board's fault?",
# "were the organisers responsible?": whom a question of blame accuses.
_BLAMED = re.compile(
    rf"^\W*(?:(?:{_FILLERS})\W+)*(?:was|is|were|are)\s+(?:it\s+)?(?P<who>[^?,;]+?)\s+(?:really\s+)?"
    r"(?:to\s+blame|at\s+fault|responsible|guilty)\b"
    rf"|^\W*(?:(?:{_FILLERS})\W+)*(?:was|is)\s+(?:it|this|that)\s+(?:really\s+)?(?P<whose>[^?,;]+?)['’]s?\s+fault\b",
    re.IGNORECASE,
)


def accused(question: str) -> str:
    """Whom or what a question of blame accuses, as typed ("the delivery driver" of "was the delivery driver to
    blame for the leak?", "the board" of "was it the board's fault?"), else ""."""
    m = _BLAMED.search(question)
    if not m:
        return ""
    return (m.group("who") or m.group("whose") or "").strip()


# "... what was going on?", "... kept in the dark?": asking whether people were told what was happening.
_WHAT_HAPPENED = re.compile(r"\bwhat was (?:going on|happening)\b|\bin the dark\b", re.IGNORECASE)
_TOLD_TO_DO = re.compile(r"\b(?:tell|tells|told|telling)\s+(?:\w+\s+){0,3}?to\s+(?!the\b|a\b|an\b|them\b|us\b)[a-z]+")


def asks_informing(question: str) -> bool:
    """Whether a question asks whether people were told what was happening ("were passengers kept informed?", "did
    the crew tell passengers what was going on?"): by a word of INFORMING_WORDS, or asking what was going on."""
    # (telling someone to do something is an order: "did the council tell the organiser to stop?")
    words = set(re.findall(r"[a-z]+", _TOLD_TO_DO.sub(" ", question.lower())))
    return bool(words & INFORMING_WORDS) or bool(_WHAT_HAPPENED.search(question))


# Verbs of saying, thinking and wanting, as they follow "did X ..." / "has X ...": a question of whether someone
# said, thought or wanted something asks for their position, which is a fact about them, not a dispute.
# (Not "tell", "report", "post", "pass": "Did the US tell Russia where to strike?" asks whether something was done.)
_POSITION = frozenset(
    """say claim think believe want plan intend consider hope wish propose deny admit accuse suggest insist argue
    allege acknowledge concede expect fear doubt dispute reject dismiss announce confirm warn mean feel respond react
    reply comment criticize criticise condemn welcome""".split()
)


def _forms(verb: str) -> set[str]:
    """A regular verb's forms: "deny", "denies", "denied"; "claim", "claims", "claimed"; "hope", "hoped"."""
    if verb.endswith("y"):
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied"}
    return {verb, verb + "s", verb + ("d" if verb.endswith("e") else "ed")}


_POSITION_VERBS = sorted(
    {f for v in _POSITION for f in _forms(v)} | {"said", "says", "thought", "meant", "felt", "admitted", "planned"}
)
_ASKS_POSITION = re.compile(
    rf"^\W*(?:(?:{_FILLERS})\W+)*(?:did|does|do|has|have|had)\s+(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){{0,5}}?)\s+"
    rf"(?:ever\s+|really\s+|actually\s+|publicly\s+|officially\s+)?(?P<verb>{'|'.join(_POSITION_VERBS)})\b",
    re.IGNORECASE,
)


def asks_position(question: str) -> bool:
    """Whether a yes/no question asks what someone said, thought or wanted ("Did the military say it works with
    Moscow?", "Does the agency think ...?", "Did Obama's Pentagon want to ...?"): it is answered by their words,
    never as a dispute over what they spoke of."""
    return bool(_ASKS_POSITION.search(question))


def asks_who_is_right(question: str) -> bool:
    """Whether a question asks which side holds ("Who is telling the truth, A or B?"): it names the parties and
    nothing of what they say, so no passage is much like it, the sides' passages included. Not a question of who
    said a thing that speaks of truth ("Who said the Russians could be stretching the truth?", "who called it a
    lie?"): a speaker is asked for, unless telling the truth is what they did ("who told the truth?")."""
    if asks_who_said(question) and not _TOLD_TRUTH.search(question):
        return False
    return bool(_WHO_IS_RIGHT.search(question))


_TOLD_TRUTH = re.compile(r"\b(?:tell|tells|telling|told)\s+(?:the\s+)?(?:truth|lies)\b", re.IGNORECASE)


# Where a question word asks: at the start, after a filler ("so when ...") or in an embedded question
# ("do you know when ..."); "What did X say when asked" asks no date.
_OPENING = rf"(?:^\W*(?:(?:{_FILLERS})\W+)*|\b(?:know|tell me|wonder)\s+)"
# What a question opens by asking: its question word, with the word after "how" that says what it measures, and
# the word after a bare "what", "which" or "how" ("what killed ...?" and "what kind of ...?" ask different things).
_ASKING = re.compile(
    _OPENING + r"(?P<word>how\s+(?:long|many|much|old|far|often|big|high|deep|fast|soon)|(?:how|what|which)\s+[\w'’]+|"
    r"who|whom|whose|when|where|why)\b",
    re.IGNORECASE,
)


def asks_alike(a: str, b: str) -> bool:
    """Whether two questions ask the same kind of thing: both whether something is so ("Was anyone badly hurt?",
    "are the two in hospital going to be ok?"), or both opening with the same question word ("how long were they
    on the mountain?", "how long was the group out?"; "What should patients do?", "what should I do ...?");
    "Who were the walkers?" asks nothing alike "did the walkers have the right kit?", nor "What killed the sheep?"
    alike "what kind of fence ...?"."""
    if is_yes_no(a) and is_yes_no(b):
        return True
    ma, mb = _ASKING.search(a), _ASKING.search(b)
    if ma is None or mb is None:
        return False
    return " ".join(ma["word"].lower().split()) == " ".join(mb["word"].lower().split())


# Role nouns and their plurals ("commanders", "spokesmen"), longest first.
_ROLES = "|".join(
    sorted(
        ROLE_NOUNS
        | {w + "s" for w in ROLE_NOUNS if not w.endswith("s")}
        | {w[:-3] + "men" for w in ROLE_NOUNS if w.endswith("man")},
        key=lambda w: (-len(w), w),
    )
)
# "Which spokesman ...", "what Pentagon official ...": a role noun within two words of "which" or "what" (not
# "what did the ...").
_WHICH_PERSON = re.compile(
    _OPENING + r"(?:which|what)\s+(?:(?!(?:" + "|".join(AUXILIARIES) + r")\b)[\w'’.-]+\s+){0,2}?(?:" + _ROLES + r")\b",
    re.IGNORECASE,
)
# "How long did it last?" (not "how long ago": a date).
# "how long ...?", and "how much longer / more time ...?", which asks the same of a difference
_HOW_LONG = re.compile(_OPENING + r"(?:how long\b(?!\s+ago)|how much (?:longer|more time|extra time|time)\b)", re.I)


# "How long did it last / take / go on ...": a length of time, not of distance; and how long a thing will be or
# has been in a state ("how long will the bridge be closed?", "how long has the plant been shut?"), not "how long
# will the new runway be?" (a length) or "how long will the queue be at the border?".
_HOW_LONG_IN_TIME = re.compile(
    r"\bhow long\b.*\b(?:last|lasts|lasted|take|takes|took|go on|goes on|went on|continue|continues|continued|"
    r"stay|stays|stayed|wait|waits|waited|remain|remains|remained|spend|spends|spent)\b"
    r"|\bhow long\b.*\b(?:will|would|could|might|may|going to)\b.*\bbe\s+(?!(?:the|a|an|at|in|on|of|for)\b)[a-z]"
    r"|\bhow long\b.*\b(?:has|have|had)\b.*\bbeen\b",
    re.IGNORECASE,
)


# "How long did it take ...", "how long did they wait ...", "how long before ...", "how long were they out /
# trapped / missing ...": the time between two events (setting out and coming back), which "ten hours later" gives.
_HOW_LONG_TAKEN = re.compile(
    r"\bhow long\b(?:.*\b(?:take|takes|took|taken|wait|waits|waited)\b|\s+(?:before|until|till)\b|"
    r"\s+(?:was|were|had|has|have|is|are)\b.*\b(?:out|away|gone|missing|stuck|trapped|stranded|lost|adrift|"
    r"altogether|in total)\b)",
    re.IGNORECASE,
)


# "How long was the blade that fell?", "how long did the strike last?", "how tall is the new mast?": the thing
# whose length (or height, width ...) is asked for, named after its article.
_MEASURED_THING = re.compile(
    _OPENING + r"how (?:long|tall|high|wide|deep)\s+(?:is|was|are|were|will|did|does|do)\s+"
    r"(?:the|a|an|this|that|its|their|his|her)\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?=\W*$|\s*[,?]|\s+(?:that|which|who|last|lasts|lasted|be|in|of|on|at|for|from|when|after|before)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def measured_thing(question: str) -> str:
    """The noun of the thing a "how long / tall / high / wide / deep" question asks the measure of ("blade" of "how
    long was the blade that fell?"), in lower case; "" for any other question."""
    m = _MEASURED_THING.search(question)
    return m.group("words").split()[-1].lower() if m else ""


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_time_taken(question: str) -> bool:
    """Whether a "how long" question asks for the time between two events ("how long did it take them to reach
    the climbers?"): "more than ten hours later" answers it."""
    return bool(_HOW_LONG_TAKEN.search(question))


# A question of when something is to happen: "when will the state approve it?", "when is it expected to reopen?"
_ASKS_FUTURE = re.compile(r"\b(?:will|would|going to|expected|due|supposed to|set to|planned|scheduled)\b", re.I)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_future(question: str) -> bool:
    """Whether a question asks of something still to happen ("when will the state approve the design?")."""
    return bool(_ASKS_FUTURE.search(question))


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_how_long_in_time(question: str) -> bool:
    """Whether a "how long" question asks for a length of time ("How long did the strike last?")."""
    return bool(_HOW_LONG_IN_TIME.search(question))


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_how_long(question: str) -> bool:
    """Whether a question asks for a length of time or distance: a date alone does not answer it."""
    return bool(_HOW_LONG.search(question))


# "How much longer did the treated mice live?": a difference, which a share answers as well as a length ("19 per
# cent longer", "almost a quarter longer").
_HOW_MUCH_LONGER = re.compile(_OPENING + r"how much longer\b", re.I)


def asks_difference(question: str) -> bool:
    """Whether a question asks how much longer something is or lasts: a share of it answers as a length does."""
    return bool(_HOW_MUCH_LONGER.search(question))


# "Why ...?", "how come ...?", "for what reason ...?", "what was the reason ...?", "what caused ...?", "what led to
# ...?", "what was the cause of ...?": a question for a cause.
_CAUSING = "|".join(CAUSE_VERBS)
_WHY = re.compile(
    _OPENING + r"(?:why\b|how come\b|for what reasons?\b|what (?:is|was|were|are) the (?:reasons?|causes?)\b"
    rf"|what (?:{_CAUSING})\b"
    # "what did the bank say caused the outage?": the cause someone gives
    r"|what\b(?:\s+[\w'’-]+){1,6}?\s+(?:say|says|said|think|thinks|believe|believes|claim|claims)\s+"
    rf"(?:{_CAUSING})\b)",
    re.I,
)


@lru_cache(maxsize=1024)
def asks_why(question: str) -> bool:
    """Whether a question asks for a cause or a reason."""
    return bool(_WHY.search(question))


# "When did the strikes start?", "when did the talks end?": a question of when something began or ended asks
# for the sentence that tells of its beginning or end, by a verb or noun of that phase.
_PHASES = {
    "begin": r"start(?:s|ed|ing)?|beg[au]n|begin(?:s|ning)?|launch(?:es|ed|ing)?|commenc(?:e|es|ed|ing|ement)|"
    r"kick(?:s|ed)?\s+off|outset",
    "end": r"end(?:s|ed|ing)?|stop(?:s|ped|ping)?|finish(?:es|ed|ing)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|"
    r"w(?:ind|ound|inding)\s+down",
}
_ASKED_PHASE = {
    phase: re.compile(_OPENING + rf"when\b.*\b(?:{words})\b", re.IGNORECASE) for phase, words in _PHASES.items()
}
_TOLD_PHASE = {phase: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for phase, words in _PHASES.items()}


def asked_phase(question: str) -> str:
    """ "begin" for "When did the strikes start?", "end" for "when did the talks stop?", else ""."""
    return next((phase for phase, pattern in _ASKED_PHASE.items() if pattern.search(question)), "")


# How many words from a word of beginning or end a word of the question must stand for that word to be telling of
# what was asked: "Russia started carrying out air strikes", "Moscow launched its first airstrikes"; not "The
# beginning of Trump's presidency comes amid ... campaign" for "When did Russia begin its air campaign?".
PHASE_WINDOW = 3


def tells_phase(phase: str, text: str, asked: frozenset[str]) -> bool:
    """Whether a sentence tells of a beginning ("started", "began", "launched") or an end, as asked, of something
    the question names: one of its words (`asked`, keyword terms) within PHASE_WINDOW words of the word of phase."""
    words = list(re.finditer(r"[\w'’-]+", text))
    ends = [w.end() for w in words]
    for m in _TOLD_PHASE[phase].finditer(text):
        at = bisect.bisect_right(ends, m.start())  # the word the phase word begins in
        near = words[max(0, at - PHASE_WINDOW) : at] + words[at + 1 : at + 1 + PHASE_WINDOW]
        if any(set(token_tuple(w.group())) & asked for w in near):
            return True
    return False


# "Which news agency first reported it?", "what website ran the statement?": the answer must name a news outlet.
# ("Which agency denied it?" may ask for a government's agency, "which site was hit?" for a place: not these.)
_ASKS_OUTLET = re.compile(
    r"\b(?:which|what) (?:news ?agency|news ?outlet|news ?site|media outlet|outlet|newspaper|paper|website|"
    r"broadcaster|tv network|media|newswire|wire service|tabloid|journal|magazine|publication)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_outlet(question: str) -> bool:
    """Whether a question asks which news outlet did something."""
    return bool(_ASKS_OUTLET.search(question))


def names_outlet(text: str, outlet_words: frozenset[str]) -> bool:
    """Whether a text names a news outlet: by a word for one ("the state-run newswire", "a Russian outlet"), by a
    name ending in a word of papers' and broadcasters' names ("Sputnik News", "The Daily Beast"), by a wire
    service's name ("AP", "Reuters"), or by a word of the name of an outlet of the articles (`outlet_words`, as
    tokenize writes them), capitalised; not by a country's name in one ("Voice of America" is no "U.S.")."""
    words = re.findall(r"[\w'’./-]+", text)
    for i, word in enumerate(words):
        bare = word.strip(".'’").lower()
        if bare in OUTLET_NOUNS:
            return True
        if not word[:1].isupper():
            continue
        if bare.replace(".", "") in NEWS_AGENCIES or (set(token_tuple(word)) & outlet_words) - COUNTRIES:
            return True
        if i > 0 and bare in OUTLET_NAME_WORDS:
            return True
    return False


# What the answer is to be other than ("besides al-Bab", "other than the Pentagon"): set off by commas ("apart
# from Russia, which ...", "which ports, except for Oslo, were ..."), or closing a question after three words or
# more ("who denied it besides the Pentagon?"). Elsewhere its end is not known without a parse ("who other than
# the board denied it?" would lose its verb), and it is left in.
_EXCLUDING = r"(?:besides|other than|apart from|aside from|except(?: for)?|excluding|not counting)"
_EXCLUDED_CLAUSE = re.compile(r"(?:^\W*|,\s*)" + _EXCLUDING + r"\s+(?P<what>[^,;?.!]+),", re.IGNORECASE)
_EXCLUDED_TAIL = re.compile(r"\s" + _EXCLUDING + r"\s+(?P<what>[^,;?.!]+?)(?P<end>[?.!]*\s*)$", re.IGNORECASE)
# Words a question asks in before what it excludes, for the excluded words' end to be the question's.
EXCLUDED_AFTER = 3


def _excluding(question: str) -> tuple[str, tuple[str, ...]]:
    """The question less what it excludes, and what it excludes."""
    found = [m.group("what").strip() for m in _EXCLUDED_CLAUSE.finditer(question)]
    out = _EXCLUDED_CLAUSE.sub(lambda m: "," if m.group().startswith(",") else "", question).lstrip()
    m = _EXCLUDED_TAIL.search(out)
    if m and len(out[: m.start()].split()) >= EXCLUDED_AFTER:
        found.append(m.group("what").strip())
        out = out[: m.start()] + m.group("end")
    return out, tuple(found)


def without_excluded(question: str) -> str:
    """A question less what it asks the answer to be other than: "Where did the coalition strike besides
    al-Bab?" asks for places that are not al-Bab, so a sentence holding "al-Bab" is no better an answer for it,
    and its words are not looked for. (Plain searches, no nested repetition: any text is read in linear time.)"""
    return _excluding(question)[0]


def excluded(question: str) -> tuple[str, ...]:
    """What a question asks the answer to be other than ("the Pentagon" of "Who denied it besides the
    Pentagon?"), as without_excluded reads it."""
    return _excluding(question)[1]


# "What kind of jets ...", "which type of missile", "what model of helicopter": the make or model of a machine.
_MODEL_OF = re.compile(
    _OPENING
    + r"(?:what|which)\s+(?:kinds?|types?|sorts?|models?|makes?)\s+of\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
# "What Turkish aircraft flew?": a machine whose country the question gives, so what it asks is which make or model
# ("Which jets flew?" without one may ask whose).
_NATIONAL_MACHINE = re.compile(
    _OPENING + r"(?:what|which)\s+(?P<nation>[\w'’-]+)\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,1})", re.IGNORECASE
)
# A make or model as articles write it: letters, a hyphen and a number ("F-16", "Su-24M", "Tu-22M3", "MiG-29s").
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,9}-\d{1,4}[A-Za-z0-9]*\b")  # "Su-24M", "F-16", "Falcon-7"
_PRODUCT = bits(["PRODUCT"])


def _machine_word(word: str) -> str:
    """A word as a machine noun is compared: lower case, singular ("jets", "fighter-bombers")."""
    return word.lower().strip(".,;:!?'’\"").removesuffix("s")


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_model(question: str) -> str:
    """The class of machine whose make or model a question asks for ("aircraft" of "What kind of jets flew?", a
    key of index.lexicon.MACHINES), else "" ("what kind of targets" asks for no model)."""
    m = _MODEL_OF.search(question)
    if not m:
        m = _NATIONAL_MACHINE.search(question)
        if not m or m.group("nation").lower() not in NATIONALITIES:
            return ""
    for word in m.group("words").split():
        if word.lower() in AUXILIARIES:
            break
        noun = _machine_word(word)
        for machine, nouns in MACHINES.items():
            if noun in nouns:
                return machine
    return ""


def gives_model(machine: str, text: str, holds: int) -> bool:
    """Whether a sentence names a make or model of the class of machine asked for: a designation ("Su-24M") or a
    product name, beside a noun of that class ("... and a Su-34 aircraft"); a weapon is any class. An "F-16"
    beside "planes" does not say what kind of missiles were fired."""
    if not (_DESIGNATION.search(text) or holds & _PRODUCT):
        return False
    words = {_machine_word(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text)}
    classes = MACHINES.values() if machine == "weapon" else [MACHINES[machine]]
    return any(words & nouns for nouns in classes)


# "Where is X relative to Y?": the place Y that a direction or a distance must be given from.
_RELATIVE_TO = re.compile(
    _OPENING
    + r"where\b.*\b(?:relative to|in relation to|compared (?:to|with))\s+(?:the\s+)?"
    + r"(?P<ref>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
_BEARING = (
    r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern|ward|wards)?"  # a compass direction
    rf"|\b\d[\d,.]*\s*(?:{DISTANCE_UNITS}|m)\b"  # a distance ("80m from the path")
)


# "How far is X from Y?", "how far did they fly from Y to Z?": the places a distance must be given from or to.
_HOW_FAR_FROM = re.compile(
    _OPENING + r"how far\b(?P<what>.*?)\bfrom\s+(?:the\s+)?(?P<ref>[\w'’-]+)(?:.*?\bto\s+(?:the\s+)?(?P<to>[\w'’-]+))?",
    re.IGNORECASE,
)


# Words between "how far" and "from" that name no place.
_NOT_PLACES = frozenset(AUXILIARIES) | frozenset("the a an it they he she we you its their away apart".split())


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_bearing(question: str) -> tuple[str, ...]:
    """The places a direction or a distance must be given from: for "where is X relative to Y?", Y's first name
    ("Aleppo" of "Aleppo province") else its last word ("harbour" of "the old harbour"); for "how far is X from
    Y?" / "how far ... from Y to Z?", X's words, Y and Z (a distance between two other places does not answer it);
    () for any other question."""
    m = _RELATIVE_TO.search(question)
    if m:
        words = m.group("ref").split()
        return (next((w for w in words if w[:1].isupper()), words[-1]),)
    m = _HOW_FAR_FROM.search(question)
    if not m:
        return ()
    what = [w for w in re.findall(r"[\w'’-]+", m.group("what")) if w.lower() not in _NOT_PLACES]
    return tuple(dict.fromkeys([*what, m.group("ref"), *filter(None, [m.group("to")])]))


# Words that place one thing by another: an apposition holding one is about somewhere else.
_PLACING = r"(?:near|of|in|at|on|by|from|to|outside|inside|beside|off)"


@lru_cache(maxsize=4096)
def _bearing_from(place: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_BEARING})(?:\W+\w+){{0,4}}?\W+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
        # the place by its name, then by what it is: "80m from the Kelloch Way, a footpath popular with walkers"
        # (not "north of Dunvale, a town near Portmore")
        rf"(?:[\w'’-]+,\s+(?:an?|the)\s+(?:(?!{_PLACING}\b)[\w'’-]+\s+){{0,2}}?)?{re.escape(place)}\b",
        re.I,
    )


# A distance from where the sentence's thing was, the place left unsaid: "found in a garden two kilometres away".
_DISTANCE_AWAY = re.compile(
    rf"\b(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS))})[\s-]*(?:{DISTANCE_UNITS})\s+away\b", re.IGNORECASE
)


def gives_bearing(places: tuple[str, ...], text: str) -> bool:
    """Whether a sentence gives a direction or a distance from one of the places: "40 kilometres (25 miles)
    northeast of Aleppo", "30 km from the port", "12 km from the Turkish border" (two words may qualify the place);
    "the northern town of al-Bab" says nothing of where it is from Aleppo. A distance "away" is from where its
    thing was, which the sentence leaves unsaid ("found in a garden two kilometres away" of "how far from the park
    was it found?")."""
    return bool(_DISTANCE_AWAY.search(text)) or any(_bearing_from(place).search(text) for place in places)


# "Where was the cargo going?", "where was the ship headed?": a destination, not where the thing was.
_WHERE_TO = re.compile(
    _OPENING + r"where\b(?:\W+\w+){0,8}?\W+(?:going|headed|heading|bound|sent|shipped|destined|travell?ing|sailing|"
    r"flying|moving|taken|delivered)\b(?!\s+from)",
    re.IGNORECASE,
)
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# A place a thing goes to: "to Libya", "bound for the port of Tobruk", "towards the north".
_TO_PLACE = re.compile(
    rf"\b(?:to|for|towards?|into)\s+(?:the\s+)?(?:port\s+of\s+|city\s+of\s+)?(?:[A-Z][\w'’-]+|{_COMPASS}\b)"
)


# "When was the bridge built?", "what year was the club founded?": when something came to be, which a sentence tells
# by that verb ("built in 1962") or by an age ("a 60-year-old bridge"), not by another date of it ("run since 2019").
_WHEN_MADE = re.compile(
    r"\b(?:when|what year|which year|in what year)\s+(?:was|were|is|are)\s+(?:[\w'’&.-]+\s+){1,6}?"
    r"(?P<verb>built|founded|established|constructed|erected|opened|formed|created|launched|set up)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_making(question: str) -> str:
    """The verb by which a question asks when something came to be ("built" of "when was the bridge built?"), else
    ""."""
    m = _WHEN_MADE.search(question)
    return m.group("verb").lower() if m else ""


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_destination(question: str) -> bool:
    """Whether a question asks where something was going ("where was the seized cargo going?")."""
    return bool(_WHERE_TO.search(question))


def gives_destination(text: str) -> bool:
    """Whether a sentence names a place something goes to ("bound for Tobruk", "sent to Libya"), not only where it
    was ("stopped in the Kessa Strait")."""
    return bool(_TO_PLACE.search(text)) or tells_place(text, towards=True)


# A place told by a preposition of place and what follows it: "in Bergen", "to a repair yard", "at the
# Corn Exchange".
_LOCATIVE = re.compile(
    r"\b(?P<prep>in|at|on|near|inside|outside|into|onto|to|from|behind|beside|along|off|towards?|through)\s+"
    r"(?P<words>(?:[\w'’.-]+[,;:]?\s+){0,3}[\w'’.-]+)"
)
_NOT_PLACE_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | TITLES | {"i"}
# Words of a place's phrase looked at after its preposition ("to a nearby repair yard").
PLACE_REACH = 4
_TOWARDS = frozenset({"to", "into", "onto", "towards", "toward"})


# "Which country ...?", "in what country", "what nation": a country's name (a city is none), its people or its
# adjective ("a Danish group").
_ASKS_COUNTRY = re.compile(r"\b(?:which|what) (?:country|countries|nation|nations)\b", re.I)
_COUNTRY_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in sorted(WORLD_COUNTRIES, key=len, reverse=True)) + r")\b", re.I
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_country(question: str) -> bool:
    """Whether a question asks which country ("which country is the group based in?")."""
    return bool(_ASKS_COUNTRY.search(question))


def names_country(text: str) -> bool:
    """Whether a text names a country: by its name (WORLD_COUNTRIES, "U.S." as the keyword index reads it), its
    people or its adjective ("Turkish jets"), or its capital ("Moscow said")."""
    return bool(_COUNTRY_NAME.search(text)) or bool(set(token_tuple(text)) & COUNTRIES)


def tells_place(text: str, towards: bool = False) -> bool:
    """Whether a sentence tells of a place where the model tagged none: a preposition of place before a capitalised
    name ("towed to a repair yard in Bergen", the model's "Bergen" an organisation) or a word for a kind of place
    ("taken to hospital", "started in a storage room"), within a few words and before any punctuation. Not a
    month, a weekday or a title ("on Tuesday", "to Mr Vik"). With `towards`, a place gone to ("to", "into")."""
    for m in _LOCATIVE.finditer(text):
        if towards and m.group("prep").lower() not in _TOWARDS:
            continue
        for word in m.group("words").split()[:PLACE_REACH]:
            bare = word.strip("'’.,;:")
            lower = bare.lower()
            if lower in _NOT_PLACE_NAMES:
                break
            if lower not in STOPWORDS and (bare[:1].isupper() or lower in PLACE_NOUNS or lower[:-1] in PLACE_NOUNS):
                return True
            if word[-1] in ",;:":
                break
    return False


# One of a kind of people ("worker" of "workers", "fisherman" of "fishermen"), not words for people in general.
_ONE_OF_PEOPLE = sorted(
    {w[:-3] + "man" if w.endswith("men") else w[:-1] for w in PEOPLE_NOUNS - GENERIC_PEOPLE if w.endswith(("s", "men"))}
    - {w[:-1] for w in PEOPLE_NOUNS if w.endswith("ies")},
    key=lambda w: (-len(w), w),
)
# "What was the name of the pilot ...", "what's the name of the worker who ...": a role noun, or one of a kind of
# people, or a compound of a word for one ("lifeguard", "zookeeper", "groundsman"), (not a possessive: "the name of
# the residents' group" is a group's), within two words of "name of".
_NAME_OF_PERSON = re.compile(
    r"\bnames?\s+of\s+(?:the|a|an|that|this|its|their|his|her)?\s*(?:[\w'’.-]+\s+){0,2}?(?:"
    + _ROLES
    + "|"
    + "|".join(_ONE_OF_PEOPLE)
    + "|"
    + "|".join(sorted(PEOPLE_NOUNS - GENERIC_PEOPLE, key=lambda w: (-len(w), w)))
    + r"|(?!safe|van)[a-z]*(?:guards?|keepers?)|[a-z]{2,}(?:man|men|woman|women)"
    + r")\b(?!['’])",
    re.IGNORECASE,
)
# "What's the driver's name?", "whats the pilots name": the same asked by the possessive (the match is the role
# noun).
_PERSON_S_NAME = re.compile(
    r"\b(?:"
    + _ROLES
    + "|"
    + "|".join(_ONE_OF_PEOPLE)
    + r")(?=['’]s?\s+(?:full\s+|first\s+|real\s+)?names?\b|s\s+(?:full\s+|first\s+|real\s+)?names?\W*$)",
    re.IGNORECASE,
)
# "How high", "how far", ...: a measure, which the model tags as a quantity ("30,000 feet", "40 kilometres").
# Left out: words also used of relations or of importance ("how close are the two governments", "how big a deal").
_MEASURES = {
    "high": "height",
    "tall": "height",
    "far": "distance",
    "fast": "speed",
    "deep": "depth",
    "heavy": "weight",
    "hot": "temperature",
    "cold": "temperature",
    "warm": "temperature",
    "old": "age",  # (asked with its own types, a number or a date: see _EXPECTED)
    "big": "size",
    "large": "size",
    "wide": "width",
}
# What a "how warm / cold / high ..." question may ask of that is no measure: "how cold are relations between them?",
# "how warm was the welcome?", "how high are tensions?".
_NOT_MEASURED = r".*\b(?:relations?|relationship|ties|welcome|reception|response|feelings?|tensions?|hopes?)\b"
# What a "how big / large" question may ask of that is no size: the weight of something ("how big a deal is it?",
# "how big a role did the union play?", "how large is the risk?"), or how many a body, a crowd or a place holds
# ("how big is the company?", "how large was the crowd?": a count, whatever its kind).
_NOT_SIZED = (
    r"\s+an?\b|.*\b(?:"
    + "|".join(sorted(WEIGHT_NOUNS | GATHERING_NOUNS | KIND_OF_ORGANISATION))
    + r"|armies|cities|companies)(?:e?s)?\b"
)
# "At what altitude ...", "what speed ...": the same measures asked by their nouns.
_MEASURE_NOUNS = {
    "altitude": "height",
    "height": "height",
    "distance": "distance",
    "speed": "speed",
    "depth": "depth",
    "temperature": "temperature",
}


# "How old is the pilot?", "how old was Jonas Brekke?": whose age is asked, when a person's (a role, a word for people,
# a capitalised name); "at what age ..." asks a person's.
_AGE_OF = re.compile(r"\bhow old (?:is|was|are|were) (?:the |a |an |that |this )?(?P<who>[\w'’-]+)", re.I)
_AGE_AT = re.compile(r"\bat what age\b", re.I)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_age_of_person(question: str) -> bool:
    """Whether a question asks how old a person is (an age set after a name, "Ida Moe, 58, said", answers it), not
    a thing: "Passenger Jonas Brekke, 34," tells nothing of how old the plane is."""
    if _AGE_AT.search(question):
        return True
    m = _AGE_OF.search(question)
    if m is None:
        return False
    who = m.group("who")
    return who[:1].isupper() or who.lower() in ROLE_NOUNS or who.lower().rstrip("s") in PEOPLE_NOUNS


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_measure(question: str) -> str:
    """The measure a "how high / far / fast / deep / heavy / tall / hot" question asks for ("height"), else ""."""
    _, kind = expected(question)
    return kind if kind in _MEASURES.values() else ""


_HOW_ADJECTIVE = re.compile(r"\bhow\s+(" + "|".join(sorted(_MEASURES)) + r")\b", re.IGNORECASE)


def _measure_word(question: str) -> str:
    """The adjective of the measure a question asks by "how ..." ("hot" of "how hot was it?"), else "": it frames
    the question, as "how long" does, and is no thing the articles must name ("temperatures reached 38 degrees")."""
    found = _HOW_ADJECTIVE.search(question)
    return found.group(1).lower() if found and (asked_measure(question) or expected(question)[1] == "amount") else ""


# The question word and what the answer must hold; the first pattern that matches decides.
# Words that cannot say which kind of body a "which ... company" asks for: "what did the company say?"
_NOT_A_KIND = (*AUXILIARIES, *"the a an this that these those its their his her our kind kinds type types sort".split())
_EXPECTED = (
    (_WHICH_PERSON, PERSON, "person"),  # first: "which city official ..." asks for the official
    (_NAME_OF_PERSON, PERSON, "person"),
    (_PERSON_S_NAME, PERSON, "person"),
    (re.compile(_OPENING + r"(?:at )?what time\b", re.I), TIME, "time"),
    (
        re.compile(_OPENING + r"(?:when|(?:on |in )?(?:what|which) (?:date|day|year|month)|how long ago)\b", re.I),
        DATE,
        "date",
    ),
    (re.compile(_OPENING + r"where\b.*\bfrom\W*$", re.I), PLACE | ORGANISATION, "source"),
    # where one place is relative to another: a direction or a distance from it (see gives_bearing)
    (_RELATIVE_TO, 0, "bearing"),
    # where something was published: an outlet or a site as much as a place
    (
        re.compile(
            _OPENING + r"where\b.*\b(?:appear|appeared|published|posted|printed|aired|broadcast)\b",
            re.I,
        ),
        PLACE | ORGANISATION,
        "source",
    ),
    (
        re.compile(
            _OPENING + r"(?:where|(?:in |to )?(?:what|which) (?:town|city|village|country|place|region|"
            r"province|area))\b",
            re.I,
        ),
        PLACE,
        "place",
    ),
    # "how big can the fines be?", "how large was the payout?": an amount of money, not a size
    (
        re.compile(
            _OPENING + rf"how (?:big|large|small|high|steep|hefty)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{MONEY_WORDS})\b",
            re.I,
        ),
        AMOUNT,
        "amount",
    ),
    (_HOW_MUCH_LONGER, DURATION | bits(["PERCENT"]), "duration"),
    (_HOW_LONG, DURATION, "duration"),
    # "how old is the tower?", "at what age ...": an age, or when it was built or founded, as a number or a date
    (re.compile(_OPENING + r"(?:how old\b|(?:at )?what age\b)", re.I), MEASURE | DATE, "age"),
    # "how high were the copper levels?": a magnitude, not a height
    (
        re.compile(
            _OPENING + r"how (?:high|low)\b(?:\s+[\w'’-]+){0,4}?\s+(?:levels?|rates?|prices?|costs?|numbers?|figures?|"
            r"concentrations?|temperatures?|percentages?|readings?|tolls?|inflation|unemployment|turnout)\b",
            re.I,
        ),
        NUMBER,
        "number",
    ),
    *(
        (
            re.compile(
                _OPENING + rf"how {adjective}\b(?!{_NOT_MEASURED})" + (rf"(?!{_NOT_SIZED})" if kind == "size" else ""),
                re.I,
            ),
            MEASURE,
            kind,
        )
        for adjective, kind in sorted(_MEASURES.items())
    ),
    # "how close did the drone get?": a distance, when something moves near something ("how close are the two
    # governments" is no measure)
    (
        re.compile(
            _OPENING + r"how close\b(?:\s+[\w'’-]+){1,5}?\s+(?:get|gets|got|come|comes|came|fly|flew|pass|passed|"
            r"sail|sailed|land|landed|fall|fell|strike|struck)\b",
            re.I,
        ),
        MEASURE,
        "distance",
    ),
    *(
        (re.compile(_OPENING + rf"(?:at |to |from )?(?:what|which) {noun}\b", re.I), MEASURE, kind)
        for noun, kind in sorted(_MEASURE_NOUNS.items())
    ),
    # the measure as what is asked to be named: "what is the speed limit on the bridge?", "what was the water's
    # temperature?" (a weight limit does not answer a speed limit)
    *(
        (
            re.compile(
                _OPENING + rf"(?:what|which)(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+|its\s+|their\s+|[\w'’-]+'s\s+)?"
                rf"(?:[\w'’-]+\s+)??{noun}\b(?!\s+of\s+(?:the\s+)?(?:problem|crisis|row|scandal|damage))",
                re.I,
            ),
            MEASURE,
            kind,
        )
        for noun, kind in sorted(_MEASURE_NOUNS.items())
    ),
    # a count of a unit of time is tagged as a date or a time ("six-year war", "three days", "for 48 hours")
    (
        re.compile(
            r"\bhow many\s+(?:more\s+|whole\s+)?(?:years|months|weeks|days|nights|hours|minutes|seconds|decades)\b",
            re.I,
        ),
        NUMBER | DATE | TIME,
        "number",
    ),
    (re.compile(r"\bhow many\b", re.I), NUMBER, "number"),
    (re.compile(r"\bhow much\b", re.I), AMOUNT, "amount"),
    (
        re.compile(
            # (a word or two may say which kind: "which software company", "what local newspaper"; not "what did
            # the company say?")
            r"\b(?:which|what) (?:(?!(?:" + "|".join(_NOT_A_KIND) + r")\b)[\w'’-]+\s+){0,2}?"
            r"(?:news ?agenc(?:y|ies)|agenc(?:y|ies)|outlets?|newspapers?|papers?|websites?|sites?|"
            r"broadcasters?|networks?|media|organi[sz]ations?|compan(?:y|ies)|groups?|firms?|operators?|"
            r"corporations?|business(?:es)?)\b",
            re.I,
        ),
        ORGANISATION,
        "organisation",
    ),
    (re.compile(r"^\W*(?:who|whom|whose)\b|\b(?:and|but|so) (?:who|whom|whose)\b", re.I), AGENT, "agent"),
)
# Entity types that are not things an article mentions by name (dates, numbers).
_NOT_NAMED = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {m[:3] for m in MONTHS} | {"sept"}


@dataclasses.dataclass(frozen=True)
class Analysis:
    """A question as the engine reads it."""

    expects: int = 0  # entity-type mask an answering sentence must hold (0: any sentence may answer)
    kind: str = ""  # "date", "place", "number", ... ("" when the question word asks for no type)
    named: tuple[str, ...] = ()  # the named things it is about, as written in it
    voice: str = ""  # whose words it asks for ("What did X say?"), as written in it
    strange: bool = False  # it holds a word no article has (Vocabulary.has_strange_words)
    role: str = ""  # the role of the person it asks for ("pilot" of "the name of the pilot"), as written in it
    thing: str = ""  # the kind of thing a "what N ..." question asks for ("weapons"), when tagged a noun
    verbs: tuple[str, ...] = ()  # its words tagged as verbs, in lower case (only when tagged: see `strange`)


# A question opened by an auxiliary asks whether something is so, whatever count it names ("is the school hiding
# how many children are sick?"), unless it asks someone to tell it ("do you know how many ...?", "did they say how
# much it cost?").
_OPENS_YES_NO = re.compile(rf"^\W*(?:(?:{_FILLERS})\W+)*(?:{'|'.join(AUXILIARIES)})\b", re.IGNORECASE)
_ASKS_TO_TELL = re.compile(
    r"\b(?:know|knows|knew|tell|tells|told|say|says|said|wonder|explain|find out|found out|report|reported)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def count_in_yes_no(question: str) -> bool:
    """Whether a question's "how many" or "how much" stands in a yes/no question that does not ask to be told it
    ("is the school hiding how many children are sick?"): what the question is about, not what it asks for."""
    return bool(_OPENS_YES_NO.match(question)) and not _ASKS_TO_TELL.search(question)


def expected(question: str) -> tuple[int, str]:
    """The entity types an answer must hold, by the question word, and their name."""
    embedded = count_in_yes_no(question)
    for pattern, mask, kind in _EXPECTED:
        if embedded and kind in ("number", "amount"):
            continue  # a count named in a yes/no question is what it is about, not what it asks for
        if pattern.search(question):
            return mask, kind
    return 0, ""


def _misspelt_question_word(tok: Token) -> bool:
    """A lower-case word opening a question before an auxiliary ("wat did ...", "hw does ..."): a question word
    misspelt, which the tagger takes for a name."""
    doc = tok.doc
    return tok.i == 0 and tok.text.islower() and len(doc) > 1 and doc[1].lower_ in AUXILIARIES


def _verb_tagged_as_name(tok: Token) -> bool:
    """A lower-case word the tagger took for a name, standing right after the subject of the question's auxiliary
    ("why didn't the pentagon trust moscow?": "trust"): the question's verb. Read from the tags alone (questions
    are tagged without the parser). Not one the question's verb follows right after ("where was the getaway van
    found?": "van" ends the subject)."""
    if not tok.text.islower() or tok.ent_type_:
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "VERB":
        return False
    names: set[tuple[int, int]] = set()  # the subject's names: one entity's span, or one word alone
    subject = False
    for k in range(tok.i - 1, -1, -1):
        before = doc[k]
        if before.lower_ in AUXILIARIES:
            return subject and len(names) <= 1
        if before.pos_ == "PROPN":
            names.add(_entity_of(before))
            subject = True
        elif before.pos_ in ("NOUN", "PRON"):
            subject = True
        elif before.pos_ not in ("DET", "ADJ", "PART"):
            return False
    return False


def _entity_of(tok: Token) -> tuple[int, int]:
    """The span of the entity a token stands in (the token's own, when in none)."""
    return next(((e.start, e.end) for e in tok.doc.ents if e.start <= tok.i < e.end), (tok.i, tok.i + 1))


def asks_only_words(question: str, voice: str) -> bool:
    """Whether a question for a voice's words asks for all it said, naming nothing else: "what did the anglers guy
    say?", "what does Dahl think?"; not "what did Dahl say about the bridge?"."""
    voiced = set(tokenize(voice))
    return not [t for t in tokenize(question) if t not in voiced and t not in _FRAME_TERMS]


# A role's holder named after it: "spokesman Per Viken", "President Ana Silva" (a title or role word, then a name).
_HOLDER_NAMED = re.compile(r"\b(?:" + _ROLES + r")\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of every candidate's speaker (index.engine); speakers recur
def names_holder(speaker: str) -> bool:
    """Whether a speaker's name names a person by a role and a name ("Nordbane spokesman Per Viken"), not a body
    alone ("Nordbane", "the Nordbane press office")."""
    own = own_name(speaker)
    return any(_is_named(m.group()) for m in _HOLDER_NAMED.finditer(own))


def _is_named(words: str) -> bool:
    """The words after a role are a name: capitalised, in the text as written."""
    return all(w[:1].isupper() for w in words.split()[1:])


def _typed_short(text: str) -> bool:
    """A word typed short in lower case ("max" for maximum, "govt"): no name, whatever the tagger makes of it."""
    return text.islower() and text in ABBREVIATIONS


def named_things(doc: Doc) -> tuple[str, ...]:
    """The entities and runs of proper nouns of a parsed question, as written; dates and numbers left out."""
    out: list[str] = []
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ not in _NOT_NAMED and not _typed_short(ent.text):
            out.append(ent.text)
    run: list[str] = []
    for tok in list(doc) + [None]:
        if (
            tok is not None
            and tok.i not in covered
            and tok.pos_ == "PROPN"
            and not _misspelt_question_word(tok)
            and not _verb_tagged_as_name(tok)
            and tok.lower_ not in _CALENDAR
            and not _typed_short(tok.text)
            and any(ch.isalpha() for ch in tok.text)
        ):
            run.append(tok.text_with_ws)
            continue
        if run:
            out.append("".join(run).strip())
            run = []
    cleaned = (re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I).strip(" -'’\"") for t in out)
    return tuple(dict.fromkeys(t for t in cleaned if t))


# "What weapons did ...", "which airport ...": the kind of thing asked for, a noun just before the verb.
_WHAT_KIND = re.compile(
    _OPENING + r"(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][\w'’-]*)\s+(?:" + "|".join(AUXILIARIES) + r")\b",
    re.IGNORECASE,
)
# "What is the population of the town?", "what was the weather during the storm?": the thing asked for is the
# noun after "the", before what it is of.
_WHAT_IS_THE_OF = re.compile(
    _OPENING + r"what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?P<noun>[a-z][\w-]*)\s+"
    r"(?:of|in|at|on|during|for|near|around|across)\b",
    re.IGNORECASE,
)
# Nouns that ask about words, kinds, reasons or times ("what word did he use", "what kind of ...", "what time did
# it start"): an article need not write them to answer.
# And the nouns for a news outlet: "which newspaper did she speak to?" is answered by the paper's name.
_GENERAL_NOUNS = (
    frozenset(
        """word words term terms phrase phrases expression name names kind kinds sort type types way ways reason reasons
    thing things part parts role number amount message language label description explanation point time times date
    dates day days year years month months hour hours week weeks fact facts check checks verdict rating ruling
    conclusion article articles story stories piece report reports long far high fast deep heavy tall theory
    theories view views opinion opinions position stance take version argument assessment reaction response country
    countries nation nations money sum""".split()
    )
    # abstract nouns by which a question frames what it asks ("what is the purpose of the channel?", "what was the
    # outcome of the talks?"): an answer tells it in its own words
    | frozenset(
        """purpose purposes aim aims goal goals point meaning significance importance status situation deal latest
    news update updates impact effect effects outcome outcomes result results consequence consequences background
    context cause causes motive motives basis source sources origin origins nature extent scale problem problems
    issue issues matter plan plans idea ideas case state progress future history relationship relations difference
    differences response mood reasoning justification evidence proof chance chances risk risks""".split()
    )
    | OUTLET_NOUNS
    # a measure asked by its noun ("what speed were the gusts forecast to reach?") is answered by the measure
    # ("gusts of up to 90 km/h"), whether or not an article writes the noun
    | frozenset(_MEASURE_NOUNS)
    | frozenset(_MEASURES.values())
)


def asked_kind(question: str, doc: Doc) -> str:
    """The noun of a "what N ..." / "which N ..." question ("weapons" of "What weapons did the jets carry?"), as
    tagged a noun in `doc`, else "": when no article has it, the articles name no such thing."""
    m = _WHAT_KIND.search(question) or _WHAT_IS_THE_OF.search(question)
    if not m:
        return ""
    noun = m.group("noun")
    if noun.lower() in _GENERAL_NOUNS or noun.lower() in AUXILIARIES:
        return ""
    at = m.start("noun")
    tagged = next((t for t in doc if t.idx == at), None)
    return noun if tagged is not None and tagged.pos_ == "NOUN" else ""


def analyse(question: str, doc: Doc | None) -> Analysis:
    """The analysis of a question from its text and its tagging. The engine tags only a question holding a word
    no article has (`doc` None: the articles hold every word of it, so no thing it names can be unmentioned)."""
    mask, kind = expected(question)
    role = asked_role(question)
    if not kind and asked_model(question):
        kind = "model"  # what an answering sentence must give is checked by gives_model
    if (role or asked_post(question)) and mask == AGENT:
        # "Who was the pilot ...?": someone in a role is a person, named; a ministry or a country is no answer
        mask, kind = PERSON, "person"
    return Analysis(
        expects=mask,
        kind=kind,
        named=(named_things(doc) + tuple(filter(None, [asked_kind(question, doc)]))) if doc is not None else (),
        thing=asked_kind(question, doc) if doc is not None else "",
        voice=asked_voice(question),
        strange=doc is not None,
        role=role,
        verbs=tuple(t.lower_ for t in doc if t.pos_ == "VERB") if doc is not None else (),
    )


# Role nouns that fit anyone ("which guy said ...", "what official ..."): an article need not use the word.
_ANYONE = frozenset("guy guys man woman person people official officials folks".split())


def argument_marks(question: str, expects: int) -> tuple[str, ...]:
    """For a question asking for a thing of a type (`expects`, entity bits: "when was the asbestos found?" a date),
    each of its words as a verb with each such type, as index.nlp.verb_arguments marks a sentence: one holding a
    mark tells the thing asked as hanging on the verb asked of ("@found:DATE"). None for a question of whether
    something is so."""
    if not expects or is_yes_no(question):
        return ()
    labels = [
        label
        for label in sorted(ARGUMENT_LABELS)
        # (who did something is a person or a body: a place is where, however the tagger tells who of a country)
        if expects & bits([label]) and not (expects & PERSON and label not in ("PERSON", "ORG"))
    ]
    terms = [t for t in dict.fromkeys(token_tuple(question)) if t not in _GENERIC_VERB_TERMS]
    return tuple(f"{MARK}{term}:{label}" for term in terms for label in labels)


# Verbs that say nothing of their own ("who went on the trip?"): any sentence has them of something.
_GENERIC_VERB_TERMS = word_terms(GENERIC_VERBS)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_role(question: str) -> str:
    """The role noun of a question asking for a person by role ("pilot" of "What was the name of the pilot who
    flew it?", "spokesman" of "which spokesman said ..."), else "": when no article has the word, none names
    the person."""
    m = _role_match(question)
    if m is None:
        return ""
    role = m.group().split()[-1]
    return "" if role.lower() in _ANYONE else role


# "What is the name of the operator who spoke on the intercom?": any noun followed by "who" is of a person, asked
# for by name as a role is (the match ends at the noun).
_NAME_OF_WHO = re.compile(
    r"\bnames?\s+of\s+(?:the|a|an|that|this|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*[a-z](?=\s+who\b)",
    re.IGNORECASE,
)


# Nouns of a body or a group, which "who" may follow in British use ("the group who ..."): named as a thing is.
_GROUPS_OF = ORG_NOUNS | GROUP_NOUNS


def _role_match(question: str) -> re.Match[str] | None:
    for pattern in (_WHICH_PERSON, _NAME_OF_PERSON, _PERSON_S_NAME, _WHO_HOLDS, _NAME_OF_WHO):
        m = pattern.search(question)
        if m and not (pattern is _NAME_OF_WHO and m.group().split()[-1].lower() in _GROUPS_OF):
            return m
    return None


# "Who heads the agency?", "who chairs the union?": who holds its head's post (LEADING_VERBS); "who speaks for the
# agency?": its spokesman's.
# ("Who is commanding the rebels?" asks the same, in the present progressive.)
_LEADING_FORMS = sorted(LEADING_VERBS | {v[:-1] + "ing" for v in LEADING_VERBS})
_WHO_LEADS = re.compile(
    _OPENING + r"who\s+(?:is\s+|are\s+)?(?:now\s+|currently\s+)?(?:(?P<leads>" + "|".join(_LEADING_FORMS) + r")|"
    r"speaks\s+for|is\s+speaking\s+for)\b",
    re.IGNORECASE,
)
# "Who runs the trust?" asks for its head as "who heads" does; "who runs Norway's airports?" for the body that
# operates them: a plural common noun is run by a body, not led by a person, and so is a place ("who runs the
# leisure centre?", index.lexicon.PLACE_NOUNS: a body operates it).
_WHO_RUNS = re.compile(_OPENING + r"who\s+(?:is\s+)?(?:now\s+|currently\s+)?(?P<leads>runs|running)\b", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"\b[a-z][\w'’-]*[^su'’\W]s\W*$")
# The nouns of a body, which a person heads: "the trust", "the exam board", "the company".
_RUN_BODIES = ORG_NOUNS | KIND_OF_ORGANISATION
# Where the thing run ends: "the pool in Corran" is a pool.
_RUN_THING_END = re.compile(r"\s+(?:of|in|at|on|for|near|from|now|today|currently|these\s+days)\b|[?!.,;:]", re.I)


def _who_leads(question: str) -> re.Match[str] | None:
    """The "who heads / leads / speaks for ..." of a question; "who runs ..." only of a body ("the trust")."""
    led = _WHO_LEADS.search(question) or _WHO_RUNS.search(question)
    if led is not None and led.re is _WHO_RUNS:
        thing = _RUN_THING_END.split(question[led.end() :], maxsplit=1)[0]
        words = thing.split()
        head = words[-1].lower().strip("'’") if words else ""
        if _PLURAL_NOUN.search(thing) or head in PLACE_NOUNS:
            return None
        if head and head not in _RUN_BODIES and not words[-1][:1].isupper():
            return None  # "who runs the gondola?": a thing, which a body operates; not "who runs the trust?"
    return led


# The body a leading verb's object names: "the controllers' union", "Clearwater".
_LED_BODY = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})")


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.quotes)
def asked_post(question: str) -> str:
    """The post a question of who leads or speaks for a body asks about ("head" of "who heads the agency?",
    "spokesman" of "who speaks for it?"), else "". Unlike a role asked by its noun, an answer need not name the
    post: "The Pentagon, now helmed by Trump's appointee James Mattis" answers who heads it."""
    led = _who_leads(question)
    if led is None:
        return ""
    return "head" if led.group("leads") else "spokesman"


def role_forms(role: str) -> frozenset[str]:
    """The words an article may name a role by: a leader's post by any title of one (LEADER_TITLES), any other
    role by its own word."""
    word = _role_word(role)
    if word in _EXPERT_ROLES:
        return EXPERT_MARKS | {role}  # "the expert": whoever the articles show to be one ("a professor of law")
    return LEADER_TITLES if word in LEADER_TITLES else frozenset({role})


# A post held, told by its verb: "who leads the council", "the Pentagon, now helmed by ...", "led by Professor X".
_HELD_BY = r"(?:helmed|led|headed|chaired|run|commanded|directed|managed)\s+by"
_HOLDS_POST = re.compile(r"\b(?:leads|heads|chairs|directs|commands|helms|runs|manages|" + _HELD_BY + r")\b", re.I)


def names_post_holder(
    post: str,
    text: str,
    qualifiers: tuple[str, ...] = (),
    about: str = "",
    asked: frozenset[str] = frozenset(),
    countries: frozenset[str] = frozenset(),
) -> bool:
    """Whether a text (the sentence before, a sentence and its speaker, a line each) names someone holding a post
    asked for by its verb (asked_post: "who heads / leads / runs the council?", "who speaks for it?"), of the body
    asked (`qualifiers`, `about`, `asked`: as holds_role reads them): by a title of the post ("association leader
    Kari Lunde", "its director, Paula Grant") or by a verb of holding it, with a word of the body in the sentence
    or its speaker ("Priya Lal, who leads the opposition group on the council", "the Pentagon, now helmed by
    ..."). A sentence naming only others ("Both Russia and the coalition have hit targets ...") holds no one in it,
    nor one naming the head of another body, nor, when the body asked is a country's (`countries`, post_countries),
    one that names nothing of that country or tells of another's body ("the Pentagon, now helmed by ..." for "who
    heads the Russian defense ministry?")."""
    # (a verb and its body in the sentence or its speaker's name, not the sentence before: "... Islamic State
    # militants." then "But the Pentagon, now helmed by ...")
    own = text.split("\n", 1)[1] if "\n" in text else text
    if post == "spokesman":
        titled = holds_role(post, text, qualifiers, about, asked)
        told = re.search(r"\bspeak(?:s|ing)?\s+for\b", own, re.IGNORECASE) is not None
    else:
        titled = any(holds_role(title, text, qualifiers, about, asked) for title in ("head", "manager"))
        told = _HOLDS_POST.search(own) is not None and not _held_in_another_country(own, countries)
    if countries and not _voice_words(text)[0] & countries:
        return False  # "who commands Russia's air force?": a holder of no post of Russia's
    return titled or (told and (not qualifiers or _qualified(qualifiers, _WORD.findall(own))))


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def post_countries(question: str) -> frozenset[str]:
    """The countries the body a post is asked of belongs to ("russia" of "who heads the Russian defense
    ministry?" and of "who commands Russia's air force?"), else none."""
    led = _who_leads(question)
    if led is None:
        return frozenset()
    body = _LED_BODY.match(question, led.end())
    return _voice_words(body.group("words"))[0] if body else frozenset()


# The body a post is held of, beside a verb of holding it: "the Pentagon, now helmed by ...", "..., who heads the
# agency".
_BODY_BEFORE_VERB = re.compile(
    r"(?P<body>(?:[\w'’.-]+\s+){0,3}[\w'’.-]+),?\s+(?:now\s+)?" + _HELD_BY + r"\b", re.IGNORECASE
)


def _held_in_another_country(text: str, countries: frozenset[str]) -> bool:
    """Whether the body a verb of holding a post is told of ("the Pentagon, now helmed by James Mattis") is of
    another country than the one asked about (`countries`): the Pentagon's head is no head of Russia's ministry."""
    if not countries:
        return False
    m = _BODY_BEFORE_VERB.search(text)
    held = _voice_words(m.group("body"))[0] if m else frozenset()
    return bool(held) and not held & countries


# What a role is of: "the commander of the naval base", "the head of the port authority".
_ROLE_OF = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+|a\s+|an\s+)?(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})")
_NOT_QUALIFYING = frozenset("who whom whose that which when where what".split()) | frozenset(AUXILIARIES)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def role_qualifiers(question: str) -> tuple[str, ...]:
    """The words of a question that say which role it asks for, one of which a sentence must hold near the role's
    word: the office before it ("defense secretary", "foreign minister": index.lexicon.PORTFOLIOS), a name before
    it ("ISIS commanders"), its owner ("the ferry's captain") or what it is of ("the commander of the naval base"),
    less words for a kind of body or a country (those are asked for as named things); () when none."""
    led = _who_leads(question)
    if led:
        body = _LED_BODY.match(question, led.end())
        return _qualifying(body.group("words") if body else "")
    m = _role_match(question)
    if m is None or not asked_role(question):
        return ()
    words = m.group().split()
    before = words[-2] if len(words) > 1 else ""
    if _POSSESSIVE.search(before):
        # "the Amber Tide's captain", "the ferry's captain": of its owner, not any captain
        owner = [w for w in words[-3:-1] if w.lower() not in _CAPITALISED and w.lower() not in ("of", "its", "their")]
        return _qualifying(_POSSESSIVE.sub("", " ".join(owner)))
    if (
        before.lower() in PORTFOLIOS
        or before.lower() in ROLE_NOUNS
        or (before[:1].isupper() and before.lower() not in _CAPITALISED)
    ):
        # "defense secretary", "ISIS commanders": not the press secretary; "head teacher": not any teacher
        return (before,)
    of = _ROLE_OF.match(question, m.end())
    return _qualifying(of.group("words") if of else "")


_POSSESSIVE = re.compile(r"['’]s?$")


def _qualifying(words: str) -> tuple[str, ...]:
    """The words of what a role is of that say which body, up to a word that ends the phrase, less words for a kind
    of body or a country."""
    out = []
    for word in words.split():
        if word.lower() in _NOT_QUALIFYING:
            break  # "the pilot of the jet who ...": the role's complement ends
        terms = set(token_tuple(word))
        if terms and not terms & (_BODY_TERMS | COUNTRIES) and len(word) > 2:
            out.append(word)
    return tuple(out)


# Capitalised words before a role noun that are no name: question words, determiners.
_CAPITALISED = frozenset("which what who whose the a an".split())


# Role words alike when they begin alike this far: "spokesman", "spokeswoman", "spokesperson".
_ROLE_STEM = 6


def _role_word(word: str) -> str:
    """A word as a role is compared: lower case, singular ("spokesmen", "officers"), an abbreviation written out
    ("Capt." for captain)."""
    word = word.lower().strip(".'’")
    word = ABBREVIATIONS.get(word, word)
    if word.endswith("men"):
        return word[:-3] + "man"
    return word.removesuffix("'s").removesuffix("’s").removesuffix("s")


_ROLE_FORMS = frozenset(_role_word(w) for w in ROLE_NOUNS | TITLES)
# A role of commentators in general ("the expert"), and the words that show someone to hold it (EXPERT_MARKS).
_EXPERT_ROLES = frozenset(_role_word(w) for w in EXPERT_VOICES) - {"independent", "outside"}
_EXPERT_MARK_ROLES = frozenset(_role_word(w) for w in EXPERT_MARKS)


def holds_role(
    role: str, text: str, qualifiers: tuple[str, ...] = (), about: str = "", asked: frozenset[str] = frozenset()
) -> bool:
    """Whether a text (a sentence with its speaker and the sentence before, a line each) names someone in a role:
    the role's word, its plural or abbreviation ("Gen." for general), or a role word beginning as it does
    ("spokeswoman" for spokesman). Words are compared as written, not as keyword stems: a "command center" names
    no commander. "Who was the pilot?" is not answered by a sentence naming a spokesman. With `qualifiers`
    (role_qualifiers: "defense" of "defense secretary", "base" of "the commander of the naval base"), one of them
    must stand near the role's word, in its line ("secretary of defense", "the base's commander"): a press
    secretary is no defense secretary; or anywhere in the text when a body's word stands before the role's ("union
    chairman" of the air traffic controllers' union named in the sentence before), or "its" or "their" does ("Its
    chief executive is ..."), or "his" or "her" ("his chief of staff Tom Mercer" with the mayor named in the
    text, for "the mayor's chief of staff"). A role's word written as a title before a name ("said Mayor Denise
    Arsenault") holds a post of the place or body its article is of: a qualifier may then stand in `about` (the
    article's outlet and title: "Town of Port Larkin" for "the mayor of Port Larkin"). With the question's terms
    (`asked`), a body named apart from the one asked for is no qualifier's: "Leader of Brackwater District Council"
    holds no post of Brackwater Athletic (_other_bodies)."""
    wanted = _role_word(role)
    if qualifiers and asked:
        text, about = _other_bodies(text, qualifiers, asked), _other_bodies(about, qualifiers, asked)
    if qualifiers and about and _qualified(qualifiers, _role_text_words(about)):
        for m in _WORD.finditer(text):
            if _is_role(_role_word(m.group()), wanted) and m.group()[:1].isupper() and _TITLE_NAME.match(text, m.end()):
                return True
    # the text's parts (lines: the sentence before, the sentence, its speaker) are read apart for what stands near
    # the role's word: "... to the Pentagon." and a speaker "White House spokesman Sean Spicer" are not "Pentagon
    # spokesman"
    lines = text.split("\n")
    if qualifiers and any(_bare_title_of(line, wanted, qualifiers) for line in lines):
        return True
    parts = [_role_text_words(line) for line in lines]
    every = [w for words in parts for w in words]
    for words in parts:
        for i, word in enumerate(words):
            if _is_role(_role_word(word), wanted) and (
                not qualifiers
                or _qualified(qualifiers, words[max(0, i - QUALIFIER_SPAN) : i + QUALIFIER_SPAN + 1])
                or (
                    i
                    # ("the group's chair" of the group named in the sentence before: a kind of body in the possessive)
                    and (
                        bool(set(token_tuple(words[i - 1])) & _BODY_TERMS)
                        or words[i - 1].lower() in _OWNERS
                        or _of_a_kind_of_body(words[i - 1])
                    )
                    and _qualified(qualifiers, every)
                )
                # "Its chairman, Martin Oduya, said ..." in an article on the body, or "the airline's director of
                # operations" in one on Calder Air: whose post, its title says
                or (
                    i
                    and (words[i - 1].lower() in ("its", "their") or _of_a_kind_of_body(words[i - 1]))
                    and _qualified(qualifiers, _role_text_words(about))
                )
            ):
                return True
    return False


_ORG_TERMS = word_terms(ORG_NOUNS | BODY_WORDS | KIND_OF_ORGANISATION)


def _other_bodies(text: str, qualifiers: tuple[str, ...], asked: frozenset[str]) -> str:
    """A text with each name blanked that shares a word with the role's qualifiers but ends as another body does,
    with a word for a kind of body the question does not hold: "Brackwater District Council" of "the chairman of
    Brackwater Athletic" (but not "Kilbrannan Port Authority" of "the head of the port authority")."""
    wanted = {t for q in qualifiers for t in token_tuple(q)}

    def blank(m: re.Match[str]) -> str:
        terms = set(token_tuple(m.group()))
        return " " * len(m.group()) if terms & wanted and (terms & _ORG_TERMS) - asked else m.group()

    return NAMED_RUN.sub(blank, text)


# Nouns for a body or place by its kind, not its name: "the school", "the depot", "the ministry".
_KINDS_OF_BODY = PLACE_NOUNS | ORG_NOUNS | BODY_WORDS
# What may stand right before a title that no body's word qualifies: a line's start, a mark, a verb of saying or
# a preposition ("..., headteacher Anne Solberg said", "said manager Tom Berg", "according to headteacher ...").
_BARE_BEFORE = re.compile(
    r"(?:^|[,;:(\"“‘'—–]|\b(?:said|says|told|tells|added|according to|by|from|with|and))\s*$", re.I
)


def _bare_title_of(line: str, wanted: str, qualifiers: tuple[str, ...]) -> bool:
    """Whether a sentence names someone by a title with no body's word before it, bound to a name ("The school will
    reopen on Monday, headteacher Anne Solberg said."), and names the body the question asks of by its kind ("the
    headteacher of the school"): a title standing bare takes its body from its sentence, so this is the school's
    headteacher. One with another body's word before it is that body's ("Police spokesman Tom Berg said the depot
    ..." is no depot's spokesman); a body asked of by name ("the dockers' union") must stand by the title."""
    if not all(q.lower() in _KINDS_OF_BODY for q in qualifiers) or not _qualified(qualifiers, _role_text_words(line)):
        return False
    for m in _WORD.finditer(line):
        if (
            _is_role(_role_word(m.group()), wanted)
            and _BARE_BEFORE.search(line[: m.start()])
            and _TITLE_NAME.match(line, m.end())
        ):
            return True
    return False


def _role_text_words(text: str) -> list[str]:
    """A text's words as a role is looked for in them: each in its parts, and a title written with a hyphen whole
    too ("secretary-general")."""
    return [
        part
        for word in _WORD.findall(text)
        for part in ([word] if "-" in word and _role_word(word) in LEADER_TITLES else []) + word.split("-")
        if part
    ]


def _of_a_kind_of_body(word: str) -> bool:
    """A kind of body in the possessive ("the airline's", "the company's"), not named: the article's own body."""
    owner = _POSSESSIVE.sub("", word.lower())
    return owner != word.lower() and owner in ORG_NOUNS


def _is_role(have: str, wanted: str) -> bool:
    """Whether a word (as _role_word writes it) names the role asked for: the same word, a role word beginning as it
    does ("spokeswoman" for spokesman), or any leader's title for a leader's."""
    return (
        have == wanted
        or (have in _ROLE_FORMS and wanted in _ROLE_FORMS and have[:_ROLE_STEM] == wanted[:_ROLE_STEM])
        or (have in LEADER_TITLES and wanted in LEADER_TITLES)
        or (wanted in _EXPERT_ROLES and have in _EXPERT_MARK_ROLES)
    )


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_name(question: str) -> bool:
    """Whether a question asks for the name of someone in a role ("what's the name of the pilot?", "the driver's
    name", "who was the pilot?"), not for what someone in it did: its answer must name that person."""
    return bool(asked_role(question)) and any(
        p.search(question) for p in (_NAME_OF_PERSON, _PERSON_S_NAME, _WHO_HOLDS, _NAME_OF_WHO)
    )


# A person's name: two capitalised words or more ("Rune Aasen", "Adrian J.T. Rankine-Galloway"), or a courtesy
# title and one ("Mr Vik", "Capt. Olsen").
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Capt|Sgt|Lt|Col|Gen|Adm|Prof)\.?\s+[A-Z][\w'’-]+|"
    r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.)+)?(?:\s+[A-Z][\w'’-]+)+)"
)
# The role's word followed by the name: "pilot Jan Olsen", "its chairman, Rune Aasen", "the pilot was named as Jan
# Olsen", "the captain is Jan Olsen".
_NAME_AFTER = re.compile(
    # (the role's office may follow its word: "chief of staff Tom Mercer", "director of operations Martin Oyelaran";
    # or the body it is of, set off before the name: "the managing director of Carrowmore Citybus, Anita Rowe")
    r"(?:\s+of\s+[a-z][\w'’-]*|\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}(?=,))?"
    r"\.?(?:,\s+|\s+(?:(?:was|is|has been|had been)\s+)?(?:(?:named|identified)(?:\s+as)?|(?:was|is)|as)\s+|\s+)"
    + _NAME
)
# The name followed by the role's word: "Rune Aasen, chairman of the association", "Jan Olsen, 54, the pilot",
# "Jan Olsen was the pilot".
_NAME_BEFORE = re.compile(
    _NAME + r"(?:,\s+(?:\d{1,3},\s+)?|\s+(?:is|was|,\s+who\s+(?:is|was))\s+)(?:(?:the|a|an|its|their|his|her|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# A title's name right after it, in the same line: "Mayor Denise Arsenault".
_TITLE_NAME = re.compile(r"[ \t]+" + _NAME)
# Characters before a role's word a name standing before it may take up.
NAME_REACH = 80


def names_role_holder(role: str, text: str, speaker: str = "") -> bool:
    """Whether a sentence names the person in a role: the role's word bound to a name, after it ("pilot Jan
    Olsen", "its chairman, Rune Aasen", "was named as Jan Olsen") or before it ("Rune Aasen, chairman of the
    association", "Jan Olsen, 54, the pilot"); or a speaker it is given to that holds both ("the authority's
    operations director, Mette Krogh"). A sentence that names someone else beside the role's word ("The pilot was
    told to slow down," Mette Krogh said) does not name the pilot."""
    wanted = _role_word(role)
    if wanted in _EXPERT_ROLES and re.match(_NAME, speaker) and _EXPERT_MARK_TERMS & set(token_tuple(speaker)):
        return True  # "Dr Anna Keir, who studies turbine blades at the University of Strathmore": an expert named
    for where in (text, speaker):
        for m in _WORD.finditer(where):
            # (a title written with hyphens holds its role as its first part: "Editor-in-Chief")
            if not (_is_role(_role_word(m.group()), wanted) or _is_role(_role_word(m.group().split("-")[0]), wanted)):
                continue
            end = m.end() - (1 if m.group().endswith(".") else 0)
            if _NAME_AFTER.match(where, end) or _NAME_BEFORE.search(where[max(0, m.start() - NAME_REACH) : m.start()]):
                return True
    return False


# "Its chief executive", "their spokesman": the role of a body named before; "his chief of staff", "her deputy": of
# a person named before (the mayor's, asked as "the mayor's chief of staff").
_OWNERS = frozenset({"its", "their", "his", "her"})
# Words either side of a role's word that its office may stand in ("secretary of defense", "minister for foreign
# affairs").
QUALIFIER_SPAN = 4


def _qualified(qualifiers: tuple[str, ...], near: list[str]) -> bool:
    held = set(token_tuple(" ".join(near)))
    return any(set(token_tuple(q)) & held for q in qualifiers)


# "What did X say ...?", "how did X react?", "what does X think": the question asks for X's own words.
_ASKS_WORDS = re.compile(
    # "what did X say", and of a thing: "what kind of planes / which planes / how many planes did X say ..."
    _OPENING + r"(?:what|how|which|how many|how much)(?:\s+[\w'’-]+){0,4}?\s+(?:did|does|do|has|have)\s+"
    r"(?P<who>[^?,;]{2,80}?)\s+(?:actually\s+|really\s+|just\s+)?"
    r"(?P<verb>say|tell|write|claim|announce|respond|react|reply|think|tweet|confirm|deny|admit|insist|add|"
    # after "has" / "have" the plain verbs of saying only ("what has X said?"): "how many victims has the group
    # claimed?" asks for a number, not for the group's words
    r"argue|warn|complain|describe|call(?!\s+for\b)|label|said|told|written|responded|reacted|replied|tweeted|"
    r"commented)\b",
    re.IGNORECASE,
)
# "Has X said anything?", "did X comment on it?", "have X responded yet?": whether X said anything asks for X's
# words as "what did X say?" does.
_ANY_WORDS = re.compile(
    _OPENING + r"(?:has|have|did|does|do)\s+(?P<who>[^?,;]{2,80}?)\s+(?:actually\s+|publicly\s+|even\s+)?"
    r"(?P<verb>said|say|commented|comment|responded|respond|reacted|react|replied|reply|spoken|speak)\b"
    r"(?=\s+(?:anything|something|a word|publicly|yet|at all|so far|about|on)\b|\W*$)",
    re.IGNORECASE,
)

# "Did the Turkish government confirm the strikes?", "has the union denied it?": whether someone stated something
# asks for their words (as asks_position says), and only a person or a body states (see _names_a_voice). Of the
# verbs of a position (_POSITION), those of stating a thing, in their forms.
_STATING_VERBS = frozenset(
    "say claim deny admit confirm announce acknowledge concede dispute reject dismiss comment respond reply".split()
)
_STATING = frozenset(f for v in _STATING_VERBS for f in _forms(v)) | {"said", "says"}
# (as written, not stemmed: "reporters" and "report" share a stem)
_VOICE_HEADS = BODY_WORDS | PERSON_WORDS | KIND_OF_ORGANISATION | OFFICE_NOUNS | PEOPLE_NOUNS


def _names_a_voice(who: str) -> bool:
    """Whether the subject of a question's verb of saying names someone who can state a thing: a name (written
    with a capital), a country, or a phrase ending in a word for a person or a body ("the Turkish government",
    "the hospital's doctors"); not a thing ("did the tests confirm ...?", "did the report say ...?")."""
    words = who.split()
    if any(w[:1].isupper() for w in words if w.lower() not in ("the", "a", "an", "its", "their")):
        return True
    head = re.sub(r"['’]s?$", "", words[-1].lower()) if words else ""
    return head in _VOICE_HEADS or f"{head}s" in _VOICE_HEADS or bool(set(token_tuple(who)) & COUNTRIES)


# The noun phrase after "what is the" ("what is the hacking group called?", "what's the ship's name?").
_WHAT_IS_THE = r"\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+(?P<thing>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
# "What is the name of the group behind the attack?", "what's the hacking group called?", "the ship's name": the
# noun phrase whose name is asked for (its last word is the thing).
_NAME_OF_THING = (
    re.compile(
        r"\bname\s+of\s+(?:the|this|that|its|their)\s+(?P<thing>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
        r"(?=\s+(?:behind|that|who|which|in|at|on|of|from|responsible|involved|accused|blamed)\b|\s*\?|\s*$)",
        re.IGNORECASE,
    ),
    re.compile(_WHAT_IS_THE + r"\s+called\b", re.IGNORECASE),
    re.compile(_WHAT_IS_THE + r"['’]s?\s+name\b", re.IGNORECASE),
    # "which painting was stolen?", "what ship ran aground?": a thing known by its title, which answers it
    re.compile(
        r"^\W*(?:and\s+|so\s+)?(?:which|what)\s+(?P<thing>" + "|".join(sorted(TITLED_THINGS)) + r")s?\b", re.IGNORECASE
    ),
)


def asked_name_of(question: str) -> str:
    """The thing whose name a question asks for ("group" of "what is the name of the group behind the attack?" and
    of "what is the hacking group called?"), not a person's by role ("the name of the pilot": asked_role), else
    ""."""
    if asked_role(question):
        return ""
    for pattern in _NAME_OF_THING:
        m = pattern.search(question)
        if m:
            return m.group("thing").split()[-1].lower()
    return ""


def names_thing(thing: str, text: str) -> bool:
    """Whether a sentence gives the name of a thing of the kind (`thing`, a noun): "A criminal group calling itself
    Grey Lynx said ...", "a gang known as Black Heron", "a ship called Nordlys", "The storm, named Idris by
    forecasters, ..."; the noun, then a word of naming and a capitalised name, or its title quoted just after it
    ('The painting, "Fishermen at Dawn", ...'). A thing merely mentioned ("the group
    said ...") is not named, nor one that calls another something ("The group called Mayor Lee a liar")."""
    noun = rf"{re.escape(thing)}(?:e?s)?"
    name = r"\s+(?:the\s+)?[\"“‘']?[A-Z]"
    itself = rf"\b{noun}\b[^.;:!?]{{0,30}}?\b(?:call(?:ing|s)\s+(?:itself|themselves)|known\s+as|dubbed){name}"
    called = rf"(?:\b(?:[Aa]|[Aa]n)\s+(?:[\w'’-]+\s+){{0,2}}{noun}\b|\b{noun},)\s+(?:called|named){name}"
    # its title in quotation marks just after it: 'The painting, "Fishermen at Dawn" from 1889, ...'
    titled = rf"\b{noun},?\s+[\"“‘][A-Z]"
    return re.search(f"{itself}|{called}|{titled}", text) is not None


_INSTANCE_ASKED = re.compile(
    _OPENING + r"(?:which|what)\s+(?:[\w'’-]+\s+)?(?P<kind>" + "|".join(sorted(NAMED_KINDS)) + r")s?\b(?!['’])",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_instance(question: str) -> str:
    """The kind of a thing known by a name of its own whose one instance a question asks for (NAMED_KINDS:
    "hotel" of "what hotel did they stay at?", "strain" of "which strain of E. coli was it?"), else ""."""
    m = _INSTANCE_ASKED.search(question)
    return m.group("kind").lower() if m else ""


def names_instance(kind: str, text: str) -> bool:
    """Whether a sentence names a thing of a kind known by names (asked_instance): named as names_thing says, or
    by a name or a code bound to the kind's word, before it ("the Palm Court hotel", "the O157 strain") or after
    it ("Hotel Miramar", "strain O157:H7"); not a capitalised word that names nothing ("The hotel") nor a name
    standing apart from the word ("Elaine Hartley's flights and hotel")."""
    if names_thing(kind, text):
        return True
    noun = rf"{re.escape(kind)}(?:e?s)?"
    for m in re.finditer(rf"\b{noun}\b", text, re.IGNORECASE):
        before = text[: m.start()].split()
        after = text[m.end() :].split()
        # (the sentence's first word is capitalised as every first word is: it names nothing by that)
        word_before = before[-1].strip("\"“”‘’'(") if len(before) > 1 else ""
        word_after = after[0].strip("\"“”‘’',.;:)") if after else ""
        for word in (word_before, word_after):
            if word and (word[0].isupper() or any(c.isdigit() for c in word)) and word.lower() not in DETERMINERS:
                return True
    return False


@lru_cache(maxsize=1024)
def asks_reaction(question: str) -> bool:
    """Whether a question asks how someone reacted or responded ("how did insurers react?"): by words, or by what
    they did ("Insurers raised their premiums ..."), so an answer need not quote them."""
    m = _ASKS_WORDS.search(question) or _ANY_WORDS.search(question)
    return m is not None and m.group("verb").lower() in ("react", "respond", "reacted", "responded")


# "Who is the head of the agency?", "who's the coalition spokesperson?": who holds a role, not who X is.
_WHO_HOLDS = re.compile(
    _OPENING
    # (or the role's owner by name: "who is Hillcrest's chief executive?")
    + r"who(?:\s+(?:is|was|are|were)|'s|’s)\s+(?:the|a|an|(?:the\s+)?(?:[\w.-]+\s+)?[\w.-]+(?:['’]s|s['’]))\s+"
    + r"(?:[\w'’.-]+\s+){0,2}?(?:"
    + _ROLES
    # (of two role words the second is the role, the first its kind: "who is the head teacher?" asks for a
    # teacher who is head)
    + r")(?:\s+(?:"
    + _ROLES
    # (a role owning another is not the one asked: "who is the mayor's chief of staff?" asks for the chief)
    + r"))?\b(?!['’]s\b)",
    re.IGNORECASE,
)
# "Who heads the agency?", "who called it propaganda?": asks for someone acting, not who someone is ("Who is X?").
_WHO_DID = re.compile(_OPENING + r"who\s+(?!(?:is|was|are|were|'s|’s)\b)[a-z]", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of every candidate sentence of a question (index.scoring.answers_kind)
def asks_who_did(question: str) -> bool:
    """Whether a question asks who did something ("who ...", "which spokesman ...") or who holds a role ("who is
    the head of the agency?"): its answer names someone the question does not."""
    return bool(_WHO_DID.search(question) or _WHICH_PERSON.search(question) or _WHO_HOLDS.search(question))


# The nouns of one body asked for by name ("which roofing company ...?", "which union ...?"; not "what other
# organisations ...?", which kinds may answer: "two universities and a water company"; nor a part of a body, or a
# place, often named by its kind: "the orthopaedics department", "the city's main hospital").
_BODY_ASKED = (
    r"company|firm|group|organi[sz]ation|business|operator|corporation|contractor|supplier|manufacturer|maker|union|"
    r"agency|charity|council|authority|trust|party|club|team|airline|bank|university|college|association|"
    r"federation|foundation|society|institute|regulator"
)
_WHICH_BODY = re.compile(r"\bwhich (?:[\w'’-]+\s+){0,2}?(?:" + _BODY_ASKED + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_which_body(question: str) -> bool:
    """Whether a question asks for one body by name ("which union represents the workers?"): a sentence must name
    one the question does not."""
    return bool(_WHICH_BODY.search(question))


# The verb of a question of who did something, past an auxiliary and an adverb of order or stress: "owns" of "who
# owns the ship?", "made" of "who actually made the blade?", "built" of "which firm built the stand?".
_WHO_VERB_OF = re.compile(
    _OPENING + r"(?:who|which\s+(?:[\w'’-]+\s+){0,2}?(?:" + _BODY_ASKED + r"))\s+(?:(?:has|have|had|did|does|do)\s+)?"
    r"(?:[a-z]+ly\s+|(?:first|originally|initially|actually|really)\s+)?(?P<verb>[a-z][\w'’-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_relation(question: str) -> frozenset[str]:
    """The words that state the relation a question of who holds it asks ("owner", "owned", "owns" of "who owns the
    ship?", and of what it holds: "what chemicals does the plant make?"; index.lexicon.STATED_RELATIONS), one of
    which an answering sentence must hold; empty for any other question ("who found the crack?": found, which a
    sentence may tell in other words)."""
    m = _WHO_VERB_OF.search(question) or _WHAT_DOES_VERB.search(question)
    return STATED_RELATIONS.get(m.group("verb").lower(), frozenset()) if m else frozenset()


# "What chemicals does the plant make?", "which ships does the firm own?": the relation asked of its other end,
# the verb closing the question.
_WHAT_DOES_VERB = re.compile(
    _OPENING + r"(?:what|which)\b[^?]{0,60}?\b(?:does|did|do)\s+[^?]{1,60}?\s+(?P<verb>[a-z]+)\W*$", re.IGNORECASE
)


def states_relation(words: frozenset[str], text: str) -> bool:
    """Whether a sentence holds one of a relation's words (asked_relation), as whole words in any case."""
    found = _RELATION_WORD.findall(text.lower())
    # ("on her own", "its own staff": a possessive's "own" states no owning)
    return any(
        w in words and not (w == "own" and n and found[n - 1] in POSSESSIVE_DETERMINERS) for n, w in enumerate(found)
    )


_RELATION_WORD = re.compile(r"[a-z][a-z-]*")


# Verbs that say nothing of what was done ("who did it?", "who got there first?"): no sentence is told by them.
_EMPTY_DEEDS = frozenset("do does did get gets got go goes went come comes came happen happens happened".split())
# Verbs of a deed that reports also use of what they conclude ("who found the images?" and "The panel found no
# evidence that ..."): a sentence holding them tells no one's deed by that alone.
_CONCLUDING_DEEDS = frozenset("find finds found".split())


@lru_cache(maxsize=1024)
def deed_terms(question: str) -> frozenset[str]:
    """The keyword terms of the deed a question of who did something asks by ("run" of "who runs the gondola?",
    with its irregular forms: "ran"), which a sentence telling who did it is likely to hold ("Summit Lifts Ltd,
    which runs it, said ..."); empty for a question of who said something, whose verb other rules read."""
    m = _WHO_VERB_OF.search(question)
    if m is None or who_said_verb(question):
        return frozenset()
    verb = m.group("verb").lower()
    if verb in _EMPTY_DEEDS or verb in _CONCLUDING_DEEDS or verb in AUXILIARIES or set(tokenize(verb)) & _SAYING:
        return frozenset()  # ("which news agency first reported it?": a saying, which other rules read)
    return frozenset(t for form in (verb, *irregular_forms(verb)) for t in tokenize(form))


def tells_own_deed(question: str, text: str, speaker: str) -> bool:
    """Whether a sentence tells its speaker to do the deed a question of who did something asks (deed_terms), in a
    clause on the speaker's name: "Summit Lifts Ltd, which runs it, said ..." for "who runs the gondola?"."""
    deed = deed_terms(question)
    if not deed or not speaker:
        return False
    at = text.find(speaker)
    if at < 0:
        return False
    clause = _DEED_CLAUSE.match(text, at + len(speaker))
    return bool(clause and deed.intersection(token_tuple(clause.group("words"))))


# A relative clause on a name, up to its comma: ", which represents the gondola's staff,".
_DEED_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?P<words>[^,]{1,80}),")


# "What is the biggest city in Turkey?", "which is the longest bridge?": a thing ranked by a superlative.
_RANKED = re.compile(
    _OPENING
    + r"(?:what|which)(?:\s+(?:is|was|are|were)|['’]s)\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:most\s+)?"
    + r"(?P<sup>"
    + "|".join(sorted(SUPERLATIVES, key=lambda w: (-len(w), w)))
    + r")\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asked_superlative(question: str) -> frozenset[str]:
    """The words that rank things as a question's superlative does ("biggest", "largest", "greatest" of "what is the
    biggest city in Turkey?"; index.lexicon.SUPERLATIVES), one of which an answering sentence must hold; empty when
    the question ranks nothing ("what is the latest?" asks for news, not a ranking)."""
    m = _RANKED.search(question)
    return SUPERLATIVES[m.group("sup").lower()] if m else frozenset()


# The reporting and denial verbs as tokenize writes them ("denied" and "deny" are both "deni"), and the forms of
# those tokenize drops or does not reduce to their verb.
_SAYING = frozenset(t for verb in sorted(REPORTING_VERBS | DENIAL_VERBS) for t in tokenize(verb))
# What says that someone said something, as tokenize writes it: a reporting or denial verb, or a denial noun
# ("amid vehement denials by the ministry").
SAYING_TERMS = _SAYING | frozenset(t for noun in sorted(DENIAL_NOUNS) for t in tokenize(noun))
_SAID = frozenset("say says said tell tells told write writes wrote".split())


@lru_cache(maxsize=1024)
def asks_who_said(question: str) -> bool:
    """Whether a question asks who said, claimed or denied something ("Who denied the Russian claim?"): its
    answer is a speaker, and one the question does not name (the Russians do not deny their own claim)."""
    return bool(who_said_verb(question))


@lru_cache(maxsize=1024)
def who_said_verb(question: str) -> str:
    """The verb of saying a question asks the subject of ("reported" of "Who first reported the patrol?"), else
    ""."""
    m = _WHO_DID.search(question)
    if m:
        rest = question[m.end() - 1 :]
    else:
        m = _WHICH_PERSON.search(question)
        if not m:
            return ""
        rest = question[m.end() :]
    # the verb, past an adverb of order or stress ("who first reported ...?", "who actually denied ...?")
    verb = next((w for w in rest.lower().split() if w not in ORDER_WORDS and w not in EMPHASIS_WORDS), "")
    return verb if verb in _SAID or set(tokenize(verb)) & _SAYING else ""


# "Who wrote the article?", "the author", "which reporter", "by whom was it written"
_AUTHOR = re.compile(
    r"\b(?:wrote|write|writes|written|writer|authors?|authored|byline|reporters?|journalists?|correspondents?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_for_author(question: str) -> bool:
    """Whether a question asks who wrote an article: only then does a byline answer."""
    return bool(_AUTHOR.search(question))


# "Who is Carl Hale?", "who's Ann Moe?": who a person named by the question is.
_WHO_IS_NAMED = re.compile(
    _OPENING + r"who(?:\s+(?:is|was)|'s|’s)\s+(?!(?:the|a|an|this|that|his|her|its|their)\b)"
    r"(?P<name>[\w'’.-]+(?:\s+[\w'’.-]+){0,3})\s*\?*\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence (index.scoring.answers_kind)
def asks_who_is_named(question: str, byline: str) -> bool:
    """Whether a question asks who someone named is ("Who is Carl Hale?") whom a byline names ("By Carl Hale"):
    the byline answers, the article's author being who the articles say they are (its biography box, if any, is
    the page's furniture)."""
    m = _WHO_IS_NAMED.search(question)
    if m is None:
        return False
    named = set(token_tuple(m.group("name")))
    return bool(named) and named <= set(token_tuple(byline))


# A question for the writer of an article itself, not of a document the news tells of ("who wrote the inspection
# report?"): a word for the writer, or writing of an article by a word for one.
_ARTICLE_AUTHOR = re.compile(
    r"\b(?:writer|authors?|authored|byline|reporters?|journalists?|correspondents?)\b"
    r"|\b(?:wrote|write|writes|written)\b.*\b(?:article|story|stories|piece|post|blog|column|op-ed|explainer|"
    r"live ?blog|feature)\b"
    r"|\b(?:article|story|piece|post|blog|column|op-ed|explainer|feature)\b.*\b(?:wrote|write|writes|written)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def asks_article_author(question: str) -> bool:
    """Whether a question asks who wrote one of the articles ("who wrote the Radio Syd story?"): a byline answers it
    before any sentence of the news that holds "wrote"."""
    return bool(_ARTICLE_AUTHOR.search(question))


# "..., according to the coalition?", "... per Spicer?": the answer is to be someone's words.
_ACCORDING_TO = re.compile(r"(?:\baccording to|,\s*per)\s+(?P<who>[^?,;]{2,60}?)\W*$", re.IGNORECASE)
# "according to the articles", "according to reports": no one in particular.
_NO_ONE = frozenset(
    "the a an article articles report reports news media source sources story stories text bot you them it this that"
    " these those".split()
)


# Words for whoever wrote an article ("according to the blogger", "what does the author say?"): its own words are
# its outlet's narration, no one quoted in it.
_WRITER = frozenset(
    "the a an this that blogger bloggers author authors writer writers columnist columnists blog post article".split()
)
# "..., according to the blogger?", "what does the columnist want?", "how long has the blogger fished there?": the
# person who wrote one of the articles in their own voice, named by what they are (not "the author of the report").
_WRITER_ASKED = re.compile(
    r"\b(?:the|this|that)\s+(?:blog(?:ger)?s?|blog\s+post|columnist|column|writer|author)\b(?!\s+of\b)", re.IGNORECASE
)


# "Who is the blogger?": who the writer is, which a byline or the piece's own words about its writer answer.
_WHO_IS_WRITER = re.compile(
    r"\W*(?:and\s+|so\s+)?who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|this|that)\s+"
    r"(?:blog|column|writer|author)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def asks_writer(question: str) -> bool:
    """Whether a question asks what the writer of a personal piece (a blog, a column) says or did ("what should
    hospitals do, according to the blogger?"), not who wrote something ("who wrote the blog post?", a byline)."""
    return bool(_WRITER_ASKED.search(question)) and not asks_for_author(question) and not _WHO_IS_WRITER.match(question)


# A name asked for runs to this many words at most when nothing follows its verb ("What did the Russian Defense
# Ministry claim?").
MAX_VOICE_WORDS = 5


def asked_voice(question: str) -> str:
    """Whose words a question asks for ("Assad" of "What did Assad say about the strikes?", "the coalition" of
    "... according to the coalition?"), else ""."""
    m = _ASKS_WORDS.search(question) or _ANY_WORDS.search(question)
    if m is None:
        whether = _ASKS_POSITION.search(question)
        if whether and whether.group("verb").lower() in _STATING and _names_a_voice(whether.group("who")):
            m = whether
    if m and len(m.group("who").split()) > MAX_VOICE_WORDS and not re.search(r"\w", question[m.end() :]):
        # the question's last word read as the verb of saying after a long run of words is a noun: "how did the
        # coalition spokesman brush off the russian claim?" asks how, not for the words of "... the russian"
        m = None
    if not m:
        m = _ACCORDING_TO.search(question)
        if not m or set(m.group("who").lower().split()) <= _NO_ONE:
            return ""
    who = m.group("who").strip()
    if who.lower() in ("you", "i", "we", "they", "he", "she", "it", "people", "anyone"):
        return ""
    if re.match(r"(?:its|their|his|her)\b", who, re.IGNORECASE):
        return ""  # "according to its release": the words of whoever the question is about, named before
    if set(who.lower().split()[-1:]) & TEXTS_OF_RULES:
        return ""  # "what does the treaty say about ...?": what it provides, which no one need have said
    if set(who.lower().split()) <= _WRITER:
        return ""  # "..., according to the blogger?": the article's own words, its outlet's narration
    return document_owner(who)  # "the coalition's release": the coalition's words


# A named word shorter than this (as tokenize writes it) must stand whole in an article to be mentioned; from this
# length on, the start of a longer word counts ("congress" of "congressional"); shorter stems such as "iran" or
# "syria" would begin unrelated words.
MIN_PREFIX = 6
# Words of a question's "What did the X guy say?" that name no one in particular, a leader's title among them: "the
# union boss" is the union's voice, whatever title the articles give its head.
_GENERIC_VOICE = word_terms(PERSON_WORDS | LEADER_TITLES)


_BODY_TERMS = word_terms(BODY_WORDS)
_KIND_OF_ORGANISATION = word_terms(KIND_OF_ORGANISATION)
# Words of a question that frame what it asks rather than name anything: verbs of saying ("describe", "who wrote
# the report?"), nouns and adjectives for the kind of answer ("which newspaper", "which company", "how long"),
# verbs that say nothing of their own ("want", "happen", "speak to") and verbs of leading, whose answer an article
# gives by a title ("who heads the agency?": its director), and words for anyone ("the Dekker guy").
_FRAME_TERMS = _SAYING | word_terms(
    _GENERAL_NOUNS
    | GENERIC_VERBS
    | BLAME_WORDS
    | LEADING_VERBS
    | _SAID
    | KIND_OF_ORGANISATION
    | EMPHASIS_WORDS
    | STANDING_WORDS
    | DISPOSITION_WORDS
    | ORDER_WORDS
    | _ANYONE
    | NUMBER_WORDS
    | STATEMENT_NOUNS
    | INDEFINITE_PRONOUNS
    | CONNECTIVES
    # "the maximum sentence": a limit, which the articles give as "up to five years"
    | {"maximum", "minimum"}
)
_TITLE_TERMS = word_terms(TITLES)
_OFFICE_TERMS = word_terms(OFFICE_NOUNS)
_PORTFOLIO_TERMS = word_terms(PORTFOLIOS)


def _office(name: str) -> frozenset[str]:
    """The portfolio words of a name of one office by generic words ("foreign" of "the Turkish foreign ministry"),
    else none. A name with a word of its own ("the Pentagon press office") is known by that word."""
    terms = set(token_tuple(name))
    own = terms - COUNTRIES - _BODY_TERMS - _PORTFOLIO_TERMS - _OFFICE_TERMS - _GENERIC_VOICE
    return frozenset(terms & _PORTFOLIO_TERMS) if terms & _OFFICE_TERMS and not own else frozenset()


def _voice_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a voice or a speaker's name places it in (a country's, its people's or capital's name, its seat
    of government: "Pentagon spokesman Eric Pahon" is of the United States), and its other words that name someone
    (not "spokesman" or "guy")."""
    words = set(token_tuple(name)) - _GENERIC_VOICE
    seats = {country for seat, country in GOVERNMENT_SEATS.items() if seat in name.lower()} if name else set()
    return frozenset((words & COUNTRIES) | seats), frozenset(words - COUNTRIES)


_EXPERT_VOICE_TERMS = word_terms(EXPERT_VOICES)
_EXPERT_MARK_TERMS = word_terms(EXPERT_MARKS)


_QUALIFIER_TERMS = word_terms({"independent", "outside"})


def _experts(voice: str) -> bool:
    """Whether a voice is commentators in general ("analysts", "independent experts"), not anyone named."""
    terms = set(token_tuple(voice))
    return bool(terms) and terms <= _EXPERT_VOICE_TERMS and bool(terms - _QUALIFIER_TERMS)


def _for_any_of(voice: str) -> bool:
    """Whether anyone of a voice's country speaks for it: a country, or its body named by generic words ("the
    Turkish military", "Russian sources"); not one person named by a title ("Turkey's foreign minister")."""
    _, words = _voice_words(voice)
    return words <= _BODY_TERMS and not _TITLE_TERMS & set(token_tuple(voice)) and not _office(voice)


def may_speak_as(voice: str, speaker: str) -> bool:
    """Whether a speaker is, or may be, the voice a question asks for: speaks_as, or a speaker named only by generic
    words ("officials"; "the ministry" for a country's voice, "Moscow"), whom nothing tells apart from it."""
    if not speaker:
        return False  # the outlet's narration is no one's words
    countries, words = _voice_words(own_name(speaker))  # the speaker's own name, not its carrier's
    if not (countries or words):
        return True
    voice_countries, voice_words = _voice_words(voice)
    if not countries and words <= _BODY_TERMS and voice_countries and voice_words <= _BODY_TERMS:
        return True  # "Defense Ministry (quoted by X)" may be Moscow's: no country tells them apart
    return speaks_as(voice, speaker)


# A phrase of place or company after someone described by a common noun: "on the train", "from the village".
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at|from|near|aboard|inside|outside)\s+", re.IGNORECASE)


def speaks_as(voice: str, speaker: str) -> bool:
    """Whether a speaker is the voice a question asks for: they share a word that names someone ("the
    Pentagon" and "Pentagon spokesman Eric Pahon"), and no country tells them apart ("Turkey's foreign minister"
    is not "Russian Foreign Minister Sergei Lavrov"). A country, or its body named by generic words, speaks
    through anyone of that country, one named by a title through whoever of that country has it ("the Turkish
    president"); "the Syrian opposition" is not "Syrian President Bashar Assad"."""
    if _experts(voice):
        return bool(_EXPERT_MARK_TERMS & set(token_tuple(speaker)))  # "analysts": a think tank's researcher
    countries, words = _voice_words(voice)
    speaker_countries, speaker_words = _voice_words(speaker)
    if countries and speaker_countries and not countries & speaker_countries:
        return False
    if not _office(voice) <= set(token_tuple(speaker)):
        return False  # one office is not another: "the Turkish foreign ministry" is not "the Turkish military"
    shared = words & speaker_words
    if shared - _BODY_TERMS:
        # a name they share ("Pentagon"); of a name in two words or more, its last (a first name shared is not the
        # same person: "John Kerry" is not "Colonel John Dorrian")
        proper = words - _BODY_TERMS
        # someone described by a common noun is named by it, not by where they were ("the nurse on the train")
        head = _PLACE_AFTER.split(voice, maxsplit=1)[0] if voice[:1].islower() else voice
        naming = [t for w in head.split() if (t := set(token_tuple(w)) & proper)]
        naming = naming or [t for w in voice.split() if (t := set(token_tuple(w)) & proper)]
        return len(proper) < 2 or bool(shared & naming[-1])
    if shared and not (countries and not speaker_countries) and not (words - _BODY_TERMS) and words <= speaker_words:
        # the same kind of body ("the state media", "Russian government media outlets"), unless the voice is a
        # country's and the speaker shows none ("the Turkish foreign ministry" is not a ministry of no country),
        # or the voice names whose body it is by a word the speaker lacks ("Ostria's navy" is not "Ardenia's navy
        # command", whatever country the lexicon knows); every kind word of the voice's is the speaker's ("the
        # State Department" is not "a state-owned outlet")
        return True
    titles = _TITLE_TERMS & set(token_tuple(voice))
    return bool(countries & speaker_countries) and words <= _BODY_TERMS and titles <= set(token_tuple(speaker))


# A word shorter than this is not read as a slip for another: short words are one letter apart from too many.
MIN_TYPO = 5


# The question words, and how a chat writes "what's" and the like without the apostrophe.
_QUESTION_WORDS = ("what", "when", "where", "which", "who", "whom", "whose", "why", "how")
_CHAT_CONTRACTIONS = {"whats": "what's", "wheres": "where's", "whos": "who's", "hows": "how's", "whens": "when's"}
_OPENING_WORD = re.compile(rf"^(?P<before>\W*(?:(?:{_FILLERS})\W+)*)(?P<word>[A-Za-z]+)\b", re.IGNORECASE)
# Everyday words one slip from a question word, which open a question as themselves ("way too late?", "now what?").
_NEAR_QUESTION_WORDS = frozenset("way hat hot now wet won wit hen whip whit whey wham were wore".split())


def mend_question_word(question: str, known: Callable[[str], bool] = lambda _: False) -> str:
    """The question with its opening word written as the question word it was typed for: one typing slip away from
    exactly one question word ("waht time ...", "wehre is ...") or a chat's "whats" for "what's"; a word the
    articles have (`known`) or one as near two question words ("hwo": who or how) is left as typed."""
    m = _OPENING_WORD.match(question)
    if m is None:
        return question
    word = m.group("word")
    lower = word.lower()
    if lower in _QUESTION_WORDS or lower in STOPWORDS or lower in _NEAR_QUESTION_WORDS or known(lower):
        return question
    mended = _CHAT_CONTRACTIONS.get(lower)
    if mended is None and len(lower) >= 3:
        near = [q for q in _QUESTION_WORDS if _one_slip(lower, q)]
        mended = near[0] if len(near) == 1 else None
    if mended is None:
        return question
    if word[0].isupper():
        mended = mended.capitalize()
    return question[: m.start("word")] + mended + question[m.end("word") :]


def _one_out(word: str) -> set[str]:
    """A word and every word made by leaving out one of its letters."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_slip(a: str, b: str) -> bool:
    """Whether two words differ by one letter left out, added or changed, or by two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Initials longer than this are read as a word, not a name's initials.
MAX_INITIALS = 5
# A name written in full: capitalised words, joined by "of", "for" or "the" ("Voice of America", "Ministry of
# Foreign Affairs"), or by "and" inside a name that goes on after it ("Health and Safety Executive", its initials
# "HSE"; "Russia and Turkey" is two names).
_FULL_NAME = re.compile(
    r"\b[A-Z][a-z]+(?: +(?:(?:of|for|the) +)*[A-Z][a-z]+| +(?:and|&) +[A-Z][a-z]+(?= +[A-Z][a-z]+))+"
)
# Capitalised words that open a sentence or name a day rather than begin a name ("On Monday", "But the Pentagon").
_NOT_A_NAME = STOPWORDS | _CALENDAR | {"mr", "mrs", "ms", "dr"}


def _initials_of(texts: Iterable[str]) -> dict[str, str]:
    """Initials (lower case) to the one name written in full that has them, from every name in the texts; a
    name's opening words that are common or calendar words are not part of it ("On Monday", "The Pentagon")."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            words = m.group().split()
            while words and words[0].lower() in _NOT_A_NAME:
                words.pop(0)
            if sum(w[0].isupper() and w.lower() not in _NOT_A_NAME for w in words) < 2:
                continue
            for initials in {
                "".join(w[0] for w in words if w[0].isupper()),
                "".join(w[0] for w in words),
            }:
                if len(initials) >= 2:
                    found.setdefault(initials.lower(), set()).add(" ".join(words))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


_PLAIN_WORD = re.compile(r"[a-z]+")


# A name and the common noun an apposition calls it by: "the Baltic Maritime Group, a five-nation naval alliance,",
# "Valley Relief, a charity based in Harun,": the noun is the last word before the apposition's end or its "based",
# "that", "which" ...
_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?[A-Z][\w'’.-]*)+),[ ]+(?:a|an)[ ]+(?:[\w-]+[ ]+){0,3}?"
    r"(?P<noun>[a-z]{3,})(?=\s*[,;.)]|\s+(?:based|that|which|who|set|founded|made|of|in|from|with)\b)"
)


def _apposed_nouns(texts: Iterable[str]) -> dict[str, str]:
    """Each common noun the texts set in apposition to exactly one name ("alliance": "Baltic Maritime Group")."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _APPOSED.finditer(text):
            name = re.sub(r"^The\s+", "", m.group("name"))
            found.setdefault(m.group("noun").lower(), set()).add(name)
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


class Vocabulary:
    """What the articles mention: the words of their sentences (the keyword index) and of their outlets, titles
    and authors."""

    def __init__(self, keyword: KeywordIndex, articles: Iterable[Article], speakers: Iterable[str] = ()) -> None:
        self._keyword = keyword
        self._terms = keyword.terms()
        self._slips: dict[str, list[str]] | None = None  # each term under itself and each one-letter deletion
        # the names of those the sentences are given to (index.attribution), found by their words and countries
        self._speakers = tuple(sorted(set(speakers)))
        self._speakers_by_word: dict[str, list[int]] = {}
        for i, name in enumerate(self._speakers):
            countries, words = _voice_words(name)
            for w in countries | words:
                self._speakers_by_word.setdefault(w, []).append(i)
        articles = list(articles)
        self._sources = frozenset(
            w
            for a in articles
            for part in (a.source.outlet, a.source.title, a.source.author)
            if part
            for w in keyword.query_terms(part)
        )
        self._outlet_words = frozenset(w for a in articles for w in token_tuple(a.source.outlet)) - _GENERIC_VOICE
        # the words of outlets that are parties, whose own statements the articles carry ("X (statement)")
        self._stating = (
            frozenset(w for name in self._speakers if name.endswith(STATEMENT_MARK) for w in token_tuple(name))
            - _GENERIC_VOICE
            - set(token_tuple(STATEMENT_MARK))
        )
        self._texts = [a.text for a in articles] + [a.source.outlet for a in articles]
        self._initials: dict[str, str] | None = None  # built at the first word that needs it (spelled_out)
        self._apposed: dict[str, str] | None = None  # built at the first voice that needs it (named_as)

    def named_as(self, voice: str) -> str | None:
        """The name the articles give what a voice calls by a common noun ("the alliance": "Baltic Maritime Group"
        of "the Baltic Maritime Group, a five-nation naval alliance, ..."), when they give it one name in
        apposition; else None."""
        words = [w for w in voice.lower().split() if w not in ("the", "a", "an")]
        if len(words) != 1 or not words[0].isalpha():
            return None
        if self._apposed is None:
            self._apposed = _apposed_nouns(self._texts)
        return self._apposed.get(words[0])

    def spelled_out(self, word: str) -> str | None:
        """The name the articles write in full whose initials a word no article has is ("VOA", "voa": "Voice of
        America"): initials of its capitalised words, or of all its words ("Voice of America" gives "VA" and
        "VOA"); a name only when one name has those initials. Words of 2 to MAX_INITIALS letters."""
        if not 2 <= len(word) <= MAX_INITIALS or not word.isalpha() or self.knows(word.lower()):
            return None
        if self._initials is None:
            self._initials = _initials_of(self._texts)
        return self._initials.get(word.lower())

    def knows(self, word: str) -> bool:
        """A keyword token (index.keyword) that some article holds."""
        return bool(self._keyword.df(word)) or word in self._sources

    def has_strange_words(self, question: str) -> bool:
        """Whether a question holds a word (not a number, not a verb of saying or denying, not a word for the kind
        of answer) that no article has: only then can it name something no article mentions. "How did X describe
        the claim?" asks for words whatever verb it uses for them; "which newspaper did X speak to?" for a paper's
        name."""
        return bool(self.strange_words(question))

    def strange_words(self, question: str) -> tuple[str, ...]:
        """The words of a question that no article has (has_strange_words), as typed, in lower case."""
        measure = set(token_tuple(_measure_word(question)))  # "hot" of "how hot": the answer's kind
        # "right" of "... Is that right?": the question asks whether what it tells is so
        measure |= {t for m in _CHECKING_PHRASE.finditer(question) for t in token_tuple(m.group())}
        phase = asked_phase(question)
        if phase:  # "start" of "when did the leak start?": the answer's kind, told by "began" as well
            measure |= {t for m in _TOLD_PHASE[phase].finditer(question) for t in token_tuple(m.group())}
        unknown = {
            w
            for w in self._keyword.query_terms(question)
            if not w.isdigit()
            and w not in _FRAME_TERMS
            and w not in measure
            and not self._known_whole(w)
            # "the expert": whoever the articles show to be one ("who studies blades at the University of ...")
            and not (w in _EXPERT_VOICE_TERMS and any(self.knows(t) for t in _EXPERT_MARK_TERMS))
        }
        words = []
        for word in _PLAIN_WORD.findall(question.lower()) if unknown else ():
            terms = unknown & set(token_tuple(word))
            if terms and any(self.knows(t) for form in irregular_forms(word) for t in token_tuple(form)):
                unknown -= terms  # held in an irregular form, which no suffix rule relates: "find" of "found"
            elif terms:
                words.append(word)
        # an everyday phrase read as a news word no article has ("money back" as "refund"): the phrase, as typed
        words += [p for p in PHRASES if p in question.lower() and unknown & set(token_tuple(PHRASES[p]))]
        return tuple(w for w in words if unknown & set(token_tuple(w)))

    def mostly_strange(self, question: str, strange_words: Sequence[str], verbs: Sequence[str] = ()) -> bool:
        """Whether a question's words no article has (its `strange_words`) outnumber those some article has,
        numbers left out: "best drone for a beginner?" asks of things the articles never tell, whatever the one
        word it shares with them; "how many operations were cancelled?" shares one word and lacks one. A verb the
        articles lack (`verbs`, the question's words tagged as verbs) tells how it asks, not of what: "what speed
        were the gusts forecast to reach?" asks of gusts, which the articles have, in words they may not use."""
        # (a phrase read as one word counts its words as typed: "money back" is two words the articles lack)
        told = set(verbs)
        strange = {t for w in strange_words if w not in told for t in (w.split() if w in PHRASES else token_tuple(w))}
        known = {
            t
            for t in self._keyword.query_terms(question)
            if not t.isdigit() and t not in _FRAME_TERMS and self._known_whole(t)
        }
        # with no word shared, nothing lifts a passage's likeness to the question but its meaning: the passages'
        # relevance decides ("when did the leak start?" of "The release began ...")
        return bool(known) and len(strange) > len(known)

    def _known_whole(self, word: str) -> bool:
        """A keyword token some article has, or a hyphenated one all of whose parts some article has."""
        return self.knows(word) or ("-" in word and all(self.knows(p) for p in word.split("-") if p))

    def quotes(self, voice: str, attributed: Callable[[str, frozenset[str]], bool]) -> bool:
        """Whether the articles give anyone's words as `voice`'s: a speaker whose name shares a word with it
        ("the Pentagon" and "Pentagon spokesman Eric Pahon"). A country speaks through many bodies, named or not
        ("the US military" and "Pentagon spokesman Eric Pahon"): for one, a sentence naming it, and the body's
        words ("military"), that is someone's words rather than an outlet's narration also counts (`attributed`
        of a keyword term and the words): an analyst's words naming Turkey are not the Turkish foreign
        ministry's. Words for a person in general ("guy", "spokesman") do not count."""
        countries, words = _voice_words(voice)
        kind = words & _KIND_OF_ORGANISATION
        if not countries and (kind or not words) and all(self.knows(w) for w in words - kind):
            # "the company", or one qualified by the articles' own words ("the ferry company"): named otherwise in
            # the articles, whatever it is
            return True
        if _experts(voice):
            words = words | _EXPERT_MARK_TERMS  # "analysts": whoever the articles show to be one
        near = {i for w in countries | words for i in self._speakers_by_word.get(w, ())}  # a shared word is needed
        if any(speaks_as(voice, self._speakers[i]) for i in near):
            return True
        return _for_any_of(voice) and any(attributed(w, words) for w in countries)

    @property
    def outlet_words(self) -> frozenset[str]:
        """The words of the articles' outlets' names, as tokenize writes them (less words for anyone)."""
        return self._outlet_words

    def is_outlet(self, voice: str) -> bool:
        """Whether the voice asked for is an outlet of the articles ("..., according to Sputnik?"): its own
        narration is then its words. A party that issued its own statement ("what does the union want?" of the
        union's statement) is a voice like any other: its statement is given to it (index.attribution)."""
        # (a country in an outlet's name is no outlet's: "the US" is not "Voice of America")
        words = set(token_tuple(voice)) - _GENERIC_VOICE - COUNTRIES
        return bool(words & self._outlet_words) and not words & self._stating

    def _begins_a_word(self, word: str) -> bool:
        """Whether some article's word begins with this one ("congress" of "Congressional"): a name written in a
        derived form is still mentioned. Short words are left out ("iran" would begin too many)."""
        if len(word) < MIN_PREFIX:
            return False
        at = bisect.bisect_left(self._terms, word)
        return at < len(self._terms) and self._terms[at].startswith(word)

    def near(self, term: str) -> str | None:
        """The article word (a keyword term) one typing slip away from a term no article has ("pentagn",
        "lavrof", "russain": a letter left out, added, changed or two swapped), the most frequent if several;
        None for short terms (MIN_TYPO letters), where a slip makes another real word ("iran", "iraq")."""
        if len(term) < MIN_TYPO or not term.replace("-", "").isalpha():
            return None
        if self._slips is None:
            self._slips = {}
            for t in self._terms:
                if len(t) >= MIN_TYPO - 1 and t.replace("-", "").isalpha():
                    for key in _one_out(t):
                        self._slips.setdefault(key, []).append(t)
        found = {t for key in _one_out(term) for t in self._slips.get(key, ()) if _one_slip(term, t)}
        return max(sorted(found), key=self._keyword.df) if found else None

    def mentions(self, word: str) -> bool:
        """Whether some article has a word, as written or as the start of a longer word."""
        terms = self._keyword.query_terms(word)
        return not terms or any(self.knows(w) or self._begins_a_word(w) for w in terms)

    def unmentioned(self, named: tuple[str, ...]) -> tuple[str, ...]:
        """The named things none of whose words an article has, as written or as the start of a longer word."""
        return tuple(thing for thing in named if not self.mentions(thing))
