"""Who said what: the speaker of each sentence of an article, found by general rules of news writing.

One pass over an article's sentences, in order, so that a rule can use what came before: "he said"
is the person named last; a sentence inside an open quotation belongs to whoever opened it; a
statement introduced by a line ending in ":" (or by a heading above it) belongs to what introduced
it; "the ministry" is the ministry named in full earlier. A sentence with no attribution is the
outlet's own reporting. There is no list of this story's people: a new article goes through the
same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import lru_cache
from typing import TYPE_CHECKING

from index.byline import credited_reporters, read_byline
from index.chunking import ASKED_LABEL as _ASKED_LABEL
from index.chunking import Sentence, introduces
from index.cleaning import clean
from index.corpus import Article, Source
from index.keyword import COUNTRIES, token_tuple, tokenize, word_terms
from index.lexicon import (
    BODY_WORDS,
    BROADCAST_ROLES,
    CLAIMED_THINGS,
    DEMONYMS,
    DENIAL_NOUNS,
    DENIAL_VERBS,
    EXPERT_MARKS,
    INSTITUTION_NAMES,
    KIND_OF_ORGANISATION,
    MONTH_PATTERN,
    NAMING_VERBS,
    NUMBER_WORDS,
    OFFICER_ROLES,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PERSON_WORDS,
    PLACE_NOUNS,
    PORTFOLIOS,
    REPORTING_VERBS,
    STATEMENT_NOUNS,
    TEMPORAL,
    TITLES,
    WEEKDAY_PATTERN,
)
from index.nlp import irregular_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that attribute words or a position to their subject.
_VERBS = (
    r"said|says|say|told|tells|added|adds|claimed|claims|claiming|stated|states|announced|announces|"
    r"denied|denies|deny|denying|disputed|disputes|disputing|denounced|dismissed|rejected|insisted|confirmed|"
    r"alleged|alleges|accused|warned|wrote|writes|tweeted|reported|reports|suggests|suggested|explains|"
    r"explained|argued|argues|noted|notes|acknowledged|conceded|expressed|quotes|quoted|replied|responded|"
    r"deferred|issued|released|believed|believes|insists|stressed|stresses|warns|confirms|admitted|admits|"
    r"rejects|dismisses|denounces|clarified|clarifies|revealed|reveals|disclosed|asserted|asserts|contended|"
    r"contends|emphasized|emphasised|reiterated|declared|declares|accuses|acknowledges|concedes|replies|responds|"
    r"complained|complains|urged|urges"
)
# A subject that only carries someone else's words ("Sputnik reported ..., according to the ministry").
_CARRIER_VERBS = frozenset({"reported", "reports", "quoted", "quotes", "tweeted"})
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_CLOSE_QUOTE = '"”'
_OPEN_QUOTE = '"“'
# `,” X said` / `,” said X` right after a closing quotation mark.
_AFTER_QUOTE = re.compile(
    rf"[,.!?…]?[{_CLOSE_QUOTE}]\s*,?\s+(?:(?:{_VERBS})\s+(?P<after>(?:[^,.;“\"]|\.(?=\s+[A-Z]))+)|(?P<before>[^“\"]{{2,140}}?)\s+(?:{_VERBS})\b)"
)
# `..., the ministry said.` at the end of a sentence.
_TRAILING = re.compile(rf",['’]?\s+(?P<who>[^,“”\"]{{2,90}}?)\s+(?:{_VERBS})(?:\s+\w+){{0,2}}\.?[\"”]?$")
# `..., claims the ministry denied.`, `..., a charge the board rejects.`: the last clause names what was said, and
# whoever denied it is not who said the sentence.
_WHAT_WAS_SAID = re.compile(
    r"(?:(?:a|an|the|such|those|these)\s+)?(?:claims?|allegations?|accounts?|assertions?|charges?|accusations?|"
    r"reports?|story|stories|versions?|figures?)\s",
    re.IGNORECASE,
)
# The closing clause itself: ", claims the ministry denied." at a sentence's end, perhaps quoting the word the denial
# used (", a claim the company called “baseless”.").
_CLOSING_WHAT_WAS_SAID = re.compile(
    r",\s+" + _WHAT_WAS_SAID.pattern + r"[^,;“”\"]*(?:[“\"][^,;“”\"]{1,80}[,;]?[”\"][^,;“”\"]*)?$", re.IGNORECASE
)


def closing_what_was_said(text: str) -> int:
    """Where a sentence's closing clause naming what was said begins ("Two jets struck the depot, Moscow said,
    claims the Pentagon denied."), else len(text): that clause is about the statement, not part of it."""
    m = _CLOSING_WHAT_WAS_SAID.search(text)
    return m.start() if m else len(text)


# `,” one resident, Per Olsen, said.`: a name set off by commas just before the closing verb.
_TRAILING_NAME = re.compile(rf",\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+),\s+(?:{_VERBS})\.?[\"”]?$")
# A quotation within a sentence: its verbs are the speaker's words, not the verb that attributes them.
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")
# "As one resident put it, ...": the resident's words.
_PUT_IT = re.compile(r"\b[Aa]s (?P<who>[^,;“\"]{2,80}?) put it\b")
# The credit line under an embedded post: "— Harbour Board (@HarbourBoard) January 30, 2017".
_POST_CREDIT = re.compile(r"^[—–-]+\s*(?P<who>[^()@\n]{2,80}?)\s*\(@\w+\)")
# A fact check's credit line under the claim it checks: "Claimed by: Estravan Navy", "Speaker: Ana Silva".
_CLAIM_CREDIT = re.compile(
    r"^(?:claimed by|claim by|claimant|speaker|source of (?:the )?claim)\s*:\s*(?P<who>[^\n]{2,80})$", re.I
)
# A document that speaks for whoever issued it: "The statement, issued by the board, said ...".
_DOCUMENTS = frozenset(
    {"statement", "report", "release", "communique", "communiqué", "letter", "press release", "notice", "post"}
)
_DOCUMENT = "|".join(sorted(_DOCUMENTS, key=len, reverse=True))
_ISSUED_BY = re.compile(
    r"\b(?:issued|published|released|put out|posted|signed|sent)(?:\s+[^,;“\"]{0,30}?)?\s+by (?P<who>[^,;“\"]+?)"
    r"(?=\s+(?:late|early|on|in|at|last|this|earlier|later)\b|[,;.]|$)"
)


_OWNED_DOCUMENT = re.compile(rf"^(?P<who>.+?)['’]s? (?:{_DOCUMENT})$", re.IGNORECASE)


# What someone issues or an outlet publishes, named after them: "the coalition's release", "the TRT World article".
_NAMED_DOCUMENT = re.compile(
    rf"^(?P<who>.+?)(?:['’]s?)? (?:{_DOCUMENT}|article|story|piece|op-ed|editorial)$", re.IGNORECASE
)


def document_owner(name: str) -> str:
    """Whose document a name is ("the coalition" of "the coalition's release", "the TRT World" of "the TRT World
    article"), else the name as it is."""
    m = _NAMED_DOCUMENT.match(name.strip())
    if m is None or m.group("who").lower() in ("the", "a", "an", "its", "their"):
        return name  # "the press release", "the statement": no owner named
    return m.group("who")


_DOCUMENT_FROM = re.compile(
    rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_DOCUMENT})\s+(?:from|by)\s+(?P<who>.+)$",
    re.IGNORECASE,
)


def _issuer(speaker: str, text: str) -> str:
    """A document's issuer for the document: "The statement, issued by the harbour board late on Friday, said"
    is the harbour board's."""
    owner = _OWNED_DOCUMENT.match(speaker) or _DOCUMENT_FROM.match(speaker)
    if owner:
        return owner.group("who")  # "The ministry's statement", "a short statement from the ministry": the ministry's
    if _bare(speaker).lower() not in _DOCUMENTS:
        return speaker
    issued = _ISSUED_BY.search(text)
    by = _name_after(issued.group("who").strip()) if issued else None
    return by or speaker


_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,;“\"]+?)(?=,|\.|;|$| as | that | said\b)")
_CITED = re.compile(r",\s*cited by (?P<by>[^,]+),")
_QUOTED_AS = re.compile(r"(?P<carrier>[^,;“\"]*?)\s+(?:has\s+)?quoted\s+(?!by\b)(?P<who>[^,;“\"]+?)\s+as saying")
_QUOTED_BY = re.compile(
    r"^(?P<who>(?:[Tt]he|[Aa]n?)\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:was|were)\b.*?"
    r"\bquoted by\s+(?P<by>[^“\"]+?),?\s+as saying"
)
_FROM = re.compile(
    r"\b(?:statement|release|denial|comments?|remarks)\s+(?:from|by)\s+(?P<who>(?:the\s+)?[A-Z][^,.;:]*)"
)
_DOCUMENT_READ = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:{_DOCUMENT})\s+(?:from|by)\s+"
    r"(?P<who>[^,;:“\"]+?)\s+(?:read|reads|said|says|stated|states|added)\b"
)
# "a spokesman for the harbour board", "Northgate's chief analyst", or a body's officer without an article: "head of
# the Electricians' Federation", "spokeswoman for the port"
_ROLE_PHRASE = (
    r"(?P<role>(?:(?:a|an|the|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+|(?:"
    + "|".join(sorted(OFFICER_ROLES, key=len, reverse=True))
    + r")\s+(?:of|for|at)\s+)[^,.;“”\"]{3,90})"
)
_APPOSITIVE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+),\s+" + _ROLE_PHRASE + ",")
# A role told by a clause after the name: "Ole Brandt, who chairs the Lenne Anglers' Association, said ...".
_WHO_ROLE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+),\s+(?P<role>who\s+(?:chairs|heads|leads|runs|directs|manages|"
    r"owns|founded|represents|works\s+(?:for|at)|is|was)\s+[^,.;“”\"]{3,90}),"
)
# A role after a name and an age: "Marta Dahl, 34, a nurse who was travelling to work, told NRB ...".
_AGED_APPOSITIVE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+),\s+\d{1,3},\s+" + _ROLE_PHRASE + ",")
# A role set after the name that closes a sentence: '," said Tomas Ekberg, a researcher at Lund University.'
_CLOSING_ROLE = re.compile(r",\s+" + _ROLE_PHRASE + r"\.?[\"”]?\s*$")
# Prepositions that begin a phrase of place or affiliation after a speaker's head noun ("a diplomat in Helsby").
_PLACE_PREPOSITIONS = frozenset("in at from of for with".split())
_PRONOUN = re.compile(r"^(?:he|she|they|we|i)$", re.IGNORECASE)
# A sentence opening with a person as its subject: "Opposition leader Siri Nygaard backed ...", "Eva Holm, the
# union's leader, ..." (a role of up to four lower-case or capitalised words, then the name).
_SUBJECT_PERSON = re.compile(
    r"(?P<who>(?:(?:The|A|An)\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?P<name>[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+))"
    r"(?<!['’]s)(?<!['’])(?=,|\s+[a-z])"  # not an owner: "Glaslyn Water's operations director, ..." names no person
)
# "Its spokesman, Markus Weber", "their leader": a role of the body named just before.
_ITS_ROLE = re.compile(r"^(?:its|their)\s+(?P<role>[a-z][a-z -]*?)(?:,\s*(?P<name>[A-Z][^,]*?))?,?$", re.IGNORECASE)
_DEFINITE = re.compile(r"^[Tt]he\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")
# "A ministry spokesman, Colonel Radu Ilic": the officer of a body named by its common noun, which the article has
# named in full before.
_BODY_ROLE = re.compile(
    r"^(?:a|an|the)\s+(?P<body>[a-z]+)\s+(?P<role>spokesman|spokeswoman|spokesperson|official|representative)"
    r"(?P<rest>,\s*[A-Z].*)?$",
    re.IGNORECASE,
)
# "the spokesman", "the Pentagon spokesman", "the Harbour Board spokeswoman": someone named earlier, by role.
_ROLE_DEFINITE = re.compile(
    r"^[Tt]he\s+(?P<body>(?:[A-Z][\w.'’-]*\s+){0,3})(?P<role>spokesman|spokeswoman|spokesperson|minister|secretary|"
    r"commander|general|ambassador|official|representative)$"
)
# "Mr Spicer", "Ms. Berg", "Dr Lund": a person named by a courtesy title and the surname.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+(?P<surname>[A-Z][a-zA-Z'’-]+)")
NAMED_RUN = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.-]+)+")
# Words that say what kind of body or people a speaker is ("the union", "Two nurses"): no company's name holds one.
_KINDS = ORG_NOUNS | BODY_WORDS | PEOPLE_NOUNS
# A body opening a sentence as its subject: "Tarsk's army did not respond ...", "The Harbour Board has ...".
_SUBJECT_BODY = re.compile(
    r"(?P<who>(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?(?:['’]s)?(?:\s+[a-z]+){0,2}?\s+(?i:"
    + "|".join(sorted(ORG_NOUNS))
    + r"))\s+(?:has|had|have|did|does|was|is|would|will|could|said|says|[a-z]+ed)\b"
)
_DOC_HEADINGS = frozenset({"press release", "statement", "update", "transcript", "read more", "related"})
# Lower-case words that may stand inside a speaker's name or role.
_ROLE_WORDS = (
    frozenset(
        """the a an of for and state-run state-owned government media outlets outlet news agency spokesman
    spokeswoman spokesperson spokesmen press secretary representative officials official minister ministry
    defense defence foreign military web site newswire command center forces former senior top deputy chief
    general analyst contractor contributor reporters appointee several some key independent sources
    source statement person people persons diplomat diplomats witness witnesses insider insiders he she they we
    i""".split()
    )
    | OFFICER_ROLES
)  # "its director, Paula Grant": the body's director, as "its secretary, Tom Reilly" is
_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|quickly|strongly|repeatedly|promptly|previously|reportedly|"
    r"later|then|often|publicly|swiftly|already|not|never|further|both|all|each|alike|themselves|soon|again|just|"
    r"now|still|even|once|finally|immediately|subsequently|eventually|initially|quietly|privately|openly|"
    r"separately|jointly|flatly|categorically|vehemently|firmly|sharply|angrily|briefly|formally|officially|"
    r"personally|directly|recently|earlier|first))+$"
)
# "the spokesman went on to say", "he continued to insist": the speaker stands before these.
_GOES_ON = re.compile(r"\s+(?:(?:went|goes|go|going)\s+on|continued|continues|proceeded)\s+to$")
# Words that open a sentence or a side clause before its subject ("But the office", "While the office said ..."):
# not part of the name.
_CLAUSE_OPENERS = frozenset(
    "But And However Moreover Another Yet So While Although Though Whereas When If As Since Because Once Unless Until "
    "Even".split()
)
# Words that open a phrase of time or place before a sentence's subject ("Within hours the board replied", "Hours
# later the board said").
_OPENING_PREPOSITIONS = frozenset(
    "Within On In After Before During By At Over Later Shortly Hours Days Minutes".split()
)
# Words of time that open a sentence before its subject ("Earlier today the company tweeted ...").
_TIME_OPENERS = TEMPORAL | {"now", "then", "still", "instead", "separately", "also"}
_DASHES = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s")
_DATE_TAIL = re.compile(
    rf"(?:\s+(?:on|in|last|this))?\s+(?:{WEEKDAY_PATTERN}|today|yesterday|"
    rf"(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:,\s*\d{{4}})?)$"
)
# A group's founding told after it ("A parents' group set up on Tuesday says ..."), left once its date is cut: the
# group speaks, not "... set up".
_FOUNDED_TAIL = re.compile(r"\s+(?:set up|formed|founded|created|launched|established)$")
# Capitalised words that start a sentence or clause without being part of a name.
_NOT_NAME_START = frozenset(
    "After Before But And The A An During On In At As If When While Since Asked Even Given Moreover However".split()
)


# Question words, and the labels of an interview's questions and answers ("Q:", "A:"), are never part of a name.
_QUESTION_WORDS = frozenset("who whom whose what which where when why how".split())
_QA_LABEL = re.compile(r"[QA]:")
# Words that end a speaker's name when walking over a sentence: function words and verbs.
_STOP_WORDS = frozenset(
    """that which who whom whose after before when while because if as by to in on at with from into over about
    against was were is are be been being has have had not no but or so than then there it its this these those
    what where why how also can could will would may might must should do does did said says say told tells
    amid despite during since until upon via per""".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Words of _ROLE_WORDS that say nothing of who someone is.
_FUNCTION_WORDS = frozenset("the a an of for and some several key former senior top news".split())


def _allowed(token: str) -> bool:
    word = token.strip("()")
    if not word or not (word[0].isalnum() or word[0] in '“"'):
        return False
    if word.lower() in _QUESTION_WORDS or _QA_LABEL.fullmatch(word):
        return False  # "Q: Who says ...": a question, not a name
    return word[0].isupper() or word[0].isdigit() or word.lower() not in _STOP_WORDS


# A clause after a name telling what makes its speaker an expert: "Dr Anna Keir, who studies turbine blades at the
# University of Strathmore, said ...": kept with the name, as an appositive "a professor of law at ..." is.
_EXPERT_CLAUSE = re.compile(r"who\s+(?:[\w'’-]+\s+){0,8}?(?:" + "|".join(sorted(EXPERT_MARKS)) + r")\b", re.I)


def _name_before(text: str) -> str | None:
    """The name or role that ends `text`, walking back over names and role words: "Pentagon spokesman Eric Pahon"."""
    text = re.sub(r"\s*\([^)]*\)", "", _DASHES.sub(" ", text)).rstrip()
    text = _AUXILIARY.sub("", _DATE_TAIL.sub("", _AUXILIARY.sub("", _GOES_ON.sub("", text))))
    appositive = ""
    if text.endswith(","):
        # "X, a spokesman for ...," is an appositive to keep; "X, however," or "X, now led by Y," is not.
        cut = text.rfind(",", 0, len(text) - 1)
        if cut > 0:
            segment = text[cut + 1 : -1].strip()
            named = all(_allowed(t) for t in segment.split()) and re.search(r"[A-Z]", segment)
            if re.match(r"(?:a|an|the)\s", segment) or named or _EXPERT_CLAUSE.match(segment):  # not "X, however,"
                appositive = ", " + segment
            text = text[:cut]
    tokens = [t.lstrip(".…") for t in text.split()]
    described = _described_by_clause(tokens)
    if described is not None:
        return described or None
    kept: list[str] = []
    for token in reversed(tokens):
        if token.endswith((",", ":")) and kept:
            break  # "X, however," or a label: "UPDATE: The harbour office"
        if token in ("its", "their") and kept:
            kept.append(token)  # "its spokesman, Erik Dahl": the body's, whom resolve() finds
            break
        if not _allowed(token.rstrip(",")) or len(kept) >= 9:
            break
        kept.append(token.rstrip(","))
        if token.lower() in _PRONOUNS:
            break  # "... campaign he said": the pronoun is the subject
    while kept and kept[-1].lower() in ("and", "of", "for"):
        kept.pop()
    if not kept:
        return None
    if kept[0].lower() in _PRONOUNS:
        return kept[0]
    while len(kept) > 1 and (kept[-1] in _CLAUSE_OPENERS or kept[-1].lower() in _TIME_OPENERS):
        kept.pop()
    if kept[-1] in _OPENING_PREPOSITIONS:
        # a phrase of time or place before the subject: "Within three hours the Harbour Board", "On Monday the
        # board": the subject begins at its article
        at = next((i for i in range(len(kept) - 2, -1, -1) if kept[i].lower() in ("the", "a", "an")), None)
        if at is not None:
            del kept[at + 1 :]
    name = " ".join(reversed(kept))
    # A name, a role, or a description ("the council") that resolve() may match to an earlier name.
    if not (
        re.search(r"[A-Z]", name)
        or kept[0].lower() in _ROLE_WORDS
        or kept[-1].lower() in ("the", "a", "an")
        or _counted_people(list(reversed(kept)))
    ):
        return None
    if len(kept) == 1 and kept[0].lower() in ("the", "a", "an"):
        return None
    name = _LEADING_DATE.sub("", name)  # "On 26 February managers told ...": the managers
    if not name:
        return None
    return re.sub(r"^(?:Another|But|And|However|Moreover)\s+", "", name) + appositive


# A date the walk back took in before a subject with no article ("on 26 February managers", "on Monday officials").
_LEADING_DATE = re.compile(
    rf"^(?:(?:On|In|By|Since|Until)\s+)?(?:(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|{WEEKDAY_PATTERN})\s+(?=[a-z])"
)


def _counted_people(words: list[str]) -> bool:
    """Whether words are people counted: a number and a noun for people ("two members of staff", "three guards",
    "12 nurses"), not "two days" or "three weeks"."""
    if len(words) < 2 or not (words[0].lower() in NUMBER_WORDS or words[0].isdigit()):
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.lower() in PEOPLE_NOUNS


# A subject described by a relative clause opens its sentence in at most this many words: "A fisherman", "A U.S.
# official", "Residents".
DESCRIBED_WORDS = 4
_DETERMINERS = frozenset("a an the two three four several some many".split())


def _described_by_clause(tokens: list[str]) -> str | None:
    """The subject of "A fisherman who watched the ship hit the wall says ...": the words before the relative
    clause, when they open the text, are few (DESCRIBED_WORDS) and begin with a determiner or are one word ("A
    fisherman", "Residents"); "" when the words before the verb end in such a clause whose subject is no such
    phrase (the clause's own words, "watched the MV Nordstjerne hit ...", are nobody); None when they end in no
    relative clause (a comma before "who" sets off a name's description, read as before)."""
    at = next((i for i, t in enumerate(tokens) if t.lower() == "who"), None)
    if at is None or at == 0 or tokens[at - 1].endswith(","):
        return None
    subject = tokens[:at]
    if len(subject) <= DESCRIBED_WORDS and (subject[0].lower() in _DETERMINERS or len(subject) == 1):
        return " ".join(subject)
    return ""


# Words that begin what follows a name and describes it: "a person familiar with the matter", "sources close to".
_POSTMODIFIERS = frozenset("familiar close briefed knowledgeable involved aware speaking who which that".split())


def _name_after(text: str) -> str | None:
    """The name or role that starts `text`: "the Associated Press" of "the Associated Press that ..."."""
    kept: list[str] = []
    for token in text.split():
        word = token.rstrip(",")
        if (
            not _allowed(word)
            or (kept and word.lower() in _POSTMODIFIERS)
            or len(kept) >= 9
            or (kept and word[:1].isupper() and kept[-1][:1].isupper() and word in DEMONYMS)
        ):
            break
        kept.append(word)
        if token.endswith(","):
            break
    while kept and kept[-1].lower() in ("and", "of", "for", "the", "a", "an"):
        kept.pop()
    name = " ".join(kept)
    if kept and (re.search(r"[A-Z]", name) or plausible_speaker(name)):
        return name
    return None


# Pronouns for no one: a sentence whose subject they are quotes nobody.
_NO_ONE = frozenset({"nobody", "no one", "no-one", "none", "nothing", "neither"})
# Pronouns for others left unnamed ("Some have suggested that ...", "Others say ..."): capitalised only as a
# sentence's first word, they name no one who can be quoted.
_UNNAMED_OTHERS = frozenset("some others many most few several all both".split())


def _no_one(name: str) -> bool:
    """Whether a subject is nobody, or the readers a writer speaks to ("Many of you have written to me"): no one
    quoted."""
    words = re.findall(r"[\w'’.-]+", name)
    return " ".join(words).lower() in _NO_ONE or (bool(words) and words[-1].lower() in ("you", "yourselves"))


def plausible_speaker(name: str) -> bool:
    """Whether a found speaker can be someone: it names someone (a capitalised word), is a pronoun the pass
    resolves, or is a role or a body ("officials", "the ministry"). Else it is other words that stood before a
    verb ("the day", "a misreading of")."""
    words = re.findall(r"[\w'’.-]+", name)
    if _no_one(name):
        return False  # "Nobody has explained to us why ...": no one says anything
    if " ".join(words).lower() in _UNNAMED_OTHERS:
        return False  # "Some have suggested that we cut back": others, unnamed, whose words the writer reports
    if any(w[:1].isupper() for w in words):
        return True
    if _names_an_agent(name) or _counted_people(words):
        return True  # "one local fisherman", "the ferry operator", "two members of staff"
    return bool({w.lower() for w in words} & ((_PRONOUNS | ORG_NOUNS | _ROLE_WORDS) - _FUNCTION_WORDS))


# Endings of nouns for someone who acts: "mayor", "minister", "resident", "analyst", "spokesman", "appointee".
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|man|men|woman|women|ant|ent|ive|ee|ees|ers|ors|ists|ians|ants|ents)$")


# Common words with those endings that name no one ("familiar with the matter said").
_NOT_AGENTS = frozenset(
    """matter matters number numbers order orders border water power quarter corner chapter winter summer weather
    moment comment comments agreement document event content element amount manner other another either neither
    further together however after over under never ever later earlier whether rather percent former latter""".split()
)


def _names_an_agent(phrase: str) -> bool:
    """Whether a lower-case subject ends in a noun for someone who acts ("the mayor", "the ferry operator"), not
    in words such as "the day" or "the matter"."""
    words = re.findall(r"[a-z][\w'’-]*", phrase)
    if not words or len(words[-1]) <= 3 or words[-1] in _NOT_AGENTS:
        return False
    return bool(_AGENT_ENDING.search(words[-1]))


# Words no name ends in: a conjunction or a preposition left hanging by a pattern that ran past a clause.
_DANGLING = frozenset("and or but nor of in to for with at on by from as than".split())


def _ends_in_verb(name: str, doc: Doc) -> bool:
    """Whether a found speaker's last word is a verb in the sentence's parse: the patterns ran past the subject
    ("A check by X of Turkish media found reports ..." gives "... media found"); or it holds the sentence's own
    main verb ("The organisers blame the wind warning" of "The organisers blame the wind warning issued this
    afternoon.": a clause, read up to a later participle); or it ends in a conjunction or a preposition."""
    core = re.findall(r"[\w'’-]+", own_name(name).split(",")[0])
    if not core:
        return False
    if core[-1] in _DANGLING:
        return True  # "Lisport and" of "Tomasz Wrona lives in Lisport and writes about travel.": no one
    lower = {w for w in core if w[:1].islower()}
    if any(t.dep_ == "ROOT" and t.pos_ == "VERB" and t.text in lower for t in doc):
        return True
    if not core[-1][:1].islower():
        return False
    return any(t.text == core[-1] and t.pos_ in ("VERB", "AUX") for t in doc)


def _is_person(name: str) -> bool:
    """Two or more capitalised words ending in a name rather than in an organisation word."""
    capital = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", name) if w[0].isupper()]
    return len(capital) >= 2 and capital[-1].lower().strip(".") not in ORG_NOUNS


def _singular(plural: str) -> str:
    """A plural noun for people in the singular: "guards" -> "guard", "policemen" -> "policeman"."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") else plural


# Nouns for one person of a kind: the singulars of the words for people, the officers' roles, and the words for
# anyone ("a man", "a witness", "a source").
_ONE_PERSON = (
    frozenset(_singular(p) for p in PEOPLE_NOUNS)
    | OFFICER_ROLES
    | frozenset("man woman witness source resident neighbour neighbor passer-by bystander onlooker".split())
)
# One person the text does not name: "A security guard who worked at the main stage", "a witness", "one resident",
# "another nurse" (an article, up to three words, then a noun for one person, ending the name or before a clause).
_ONE_UNNAMED = re.compile(
    r"^(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w'’-]*)(?=\s*(?:$|,|\b(?:who|at|of|from|with|in|on)\b))",
    re.IGNORECASE,
)


def one_unnamed(speaker: str) -> bool:
    """Whether a speaker is one person the article does not name ("A security guard", "a witness at the scene"),
    whom a "he" or "she" just after refers to as much as to anyone named."""
    m = _ONE_UNNAMED.match(own_name(speaker))
    if m is None:
        return False
    return person_noun(m.group("head"))


# A sentence opening with someone it does not name, then a verb: "A lifeguard was being kept in overnight", "Two
# workers were hurt", "Two local children found it" (an article or a count, up to three words, the noun, a verb:
# an auxiliary, a regular past or an irregular form).
_OPENING_COUNT = re.compile(rf"^(?:an?|the|one|another|some|\d+|{'|'.join(sorted(NUMBER_WORDS))})\s+", re.IGNORECASE)
_OPENING_VERB = re.compile(r"(?:was|were|is|are|has|have|had|will|would|could|did|[a-z]+ed)$", re.IGNORECASE)


def person_noun(word: str) -> bool:
    """Whether a noun names a person or people by what they are ("witness", "workers"), or a compound of a word for
    one does ("lifeguard", "fireman", "chairwoman"; not "reason" of "son" nor "german" of "man")."""
    return any(
        one in _ONE_PERSON
        or any(one.endswith(w) for w in _ONE_PERSON if len(w) >= 4)
        or (len(one) > 6 and one.endswith("man"))
        for one in {word.lower(), _singular(word.lower())}
    )


def opens_with_unnamed(text: str) -> str:
    """The noun a sentence opens with when it opens with someone it does not name and then its verb ("lifeguard"
    of "A lifeguard was kept in overnight"; "" for "The pool was closed" or "Ann Lee was kept in")."""
    m = _OPENING_COUNT.match(text)
    if m is None:
        return ""
    words = re.findall(r"[\w'’-]+", text[m.end() :])[:5]
    for head, verb in zip(words, words[1:], strict=False):
        if head[:1].isupper():
            return ""  # a name ("The Harbour Trust was ...")
        if person_noun(head) and (_OPENING_VERB.match(verb) or irregular_forms(verb.lower())):
            return head.lower()
    return ""


# Entity types of the parse that are not a person: a speaker's name ending inside one is a body.
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


# Where a person is from, after their name: "Petra Lind of the Baltic Security Institute", "Ole Berg at NTNU".
_AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")


def _many_people(part: str, doc: Doc | None) -> bool:
    """Whether a speaker's name opens with a plural noun: "Residents of Kresk", "Witnesses", "Officials in two
    capitals" are people, and no "he" or "she" of a later sentence."""
    first = next(iter(part.split()), "")
    if first.lower() in PEOPLE_NOUNS:
        return True
    return doc is not None and any(t.text == first and t.tag_ in ("NNS", "NNPS") for t in doc)


def _person_of(speaker: str, doc: Doc | None) -> str | None:
    """The person a speaker names, for a later "he said": a part of it ("The harbour master, Ole Brandt") that looks
    like a person's name, or whose words before where they are from do ("Petra Lind of the Baltic Security
    Institute"), and whose last word the parse does not tag as a body's. "Baltic Star", two capitalised words
    tagged as an organisation, is none; nor are people named by a plural ("Residents of Kresk")."""
    parts = [p.strip() for p in own_name(speaker).split(",") if p.strip()]
    # a body named in two words or more: the small model tags a lone surname as an organisation now and then
    bodies = [e.text for e in doc.ents if e.label_ in _NOT_PEOPLE and len(e) > 1] if doc is not None else []
    for part in parts if doc is not None else parts[:1]:
        if _many_people(part, doc):
            continue
        head = part[: m.start()] if (m := _AFFILIATION.search(part)) else part
        for name in (part, head):
            last = name.split()[-1]
            if _is_person(name) and not any(last in body.split() for body in bodies):
                return part
    return None


def _part_named_by(name: str, head: str) -> str:
    """Of a name of two joined by "of" or "for", the one a noun refers back to: "the bank" is "Harbour Bank" of
    "Customers of Harbour Bank", not its customers; a name whose head word stands alone before "of" ("Bank of
    Portmore") is whole."""
    parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", name)
    holding = [p for p in parts if re.search(rf"\b{re.escape(head)}\b", p, re.IGNORECASE)]
    if len(parts) > 1 and len(holding) == 1 and len(holding[0].split()) > 1 and holding[0] != parts[0]:
        return holding[0]
    return name


def _person_in(speaker: str) -> bool:
    """Whether a speaker's name holds a person's name ("Harbour Board spokesman Ole Berg"), not only a body's. A
    name set off after a kind of body is that body's ("The group, Open Orbit")."""
    first = own_name(speaker).split(",")[0].split()
    if "," in speaker and first and first[-1].lower() in ORG_NOUNS:
        return False
    return any(_is_person(m.group()) for m in NAMED_RUN.finditer(speaker))


# Documents someone issues, which a later "the statement said" refers back to.
_REFERRED_DOCUMENTS = ("statement", "release", "report")
_DOCUMENT_WORD = re.compile(rf"\b(?:{'|'.join(_REFERRED_DOCUMENTS)})(?:s|d|ed)?\b", re.IGNORECASE)  # "released" too


# A speaker issuing a document a later "the statement said" refers to: "said in a statement", "issued a release".
_ISSUES_DOCUMENT = re.compile(
    r"\b(?:in|issued|released|published|put out)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:statement|release|report)\b",
    re.IGNORECASE,
)


class _Context:
    """What the pass has seen so far in one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: list[str] = []  # names, in order of appearance
        self.last_person: str | None = None  # the last person named
        self.last_person_speaker: str | None = None  # the last person who was quoted
        self.last_speaker: str | None = None
        self.roles: dict[str, str] = {}  # a person's name -> their name with the role the text gave them
        self.speakers: list[str] = []  # the speakers so far, in order (not the outlet)
        self.documents = False  # whether a statement, a release or a report was mentioned so far
        self.issuer: str | None = None  # the last speaker who issued one ("said in a statement")
        self.seen = 0  # sentences seen so far
        self.subject_person: str | None = None  # a person named as the subject opening a sentence ...
        self.subject_at = -1  # ... and which sentence that was
        self.subject_body: str | None = None  # a body named as the subject opening a sentence ...
        self.subject_body_at = -1  # ... and which sentence that was
        self.quoting = False  # whether the sentence being read quotes anyone

    def remember(self, speaker: str) -> None:
        """Keep "Samuel Oakford, a contributor to ... Airwars" so that a later "Oakford said" shows the role."""
        name = own_name(speaker)
        parts = [p.strip() for p in name.split(",")]
        # "Samuel Oakford, a contributor ...", or the role first: "The harbour master, Jonas Brekke"
        person = next((p for p in parts[:2] if _is_person(p)), parts[0])
        # known by the words before where they are from: "Oskar Mirov of the general staff" is "Mirov"
        m = _AFFILIATION.search(person)
        if m and not _is_person(person[: m.start()]):
            return  # people from somewhere ("Two nurses at Tarnby Hospital"): no one's name, and not that body's
        head = person[: m.start()] if m else person
        words = head.split()
        if len(name) > len(self.roles.get(words[-1] if words else "", "")) and _is_person(head):
            for key in {person, head, " ".join(words[-2:]), words[-1]}:
                self.roles[key] = name

    def named_in_role(self, speaker: str) -> str | None:
        """'the spokesman', 'the Pentagon spokesman': the last speaker named with that role (and those words of its
        body), "Pentagon spokesman Eric Pahon" or "Department of Defense spokesman Eric Pahon", else the last one
        with it unnamed ("a police spokesperson"); else None."""
        m = _ROLE_DEFINITE.match(speaker)
        if m is None:
            return None
        role = m.group("role").lower()
        body = set(token_tuple(m.group("body") or ""))
        holders = [
            earlier
            for earlier in reversed(self.speakers)
            if re.search(rf"\b{re.escape(role)}\b", earlier, re.IGNORECASE) and body <= set(token_tuple(earlier))
        ]
        # one named, else one the article never named ("a police spokesperson told Radio Sava ... The spokesperson
        # said ...")
        return next((h for h in holders if _person_in(h)), holders[0] if holders else None)

    def with_role(self, speaker: str) -> str:
        return self.roles.get(speaker, speaker)

    def see(self, text: str, doc: Doc | None = None) -> None:
        self.seen += 1
        if not self.documents and _DOCUMENT_WORD.search(text):
            self.documents = True
        subject = _SUBJECT_PERSON.match(text)
        if subject and _is_person(subject.group("name")) and not _many_people(subject.group("who"), doc):
            # "Opposition leader Siri Nygaard backed the delay. She told ...": she is Nygaard
            self.subject_person, self.subject_at = subject.group("who"), self.seen
        body = _SUBJECT_BODY.match(text)
        if body:
            # "Tarsk's army did not respond to a request for comment. On Monday it said ...": it is the army
            self.subject_body, self.subject_body_at = body.group("who"), self.seen
        elif doc is not None:
            # a body the parse finds opening the sentence ("Corvell Chemicals welcomed the findings.")
            parsed = _body_subject(doc) or ""
            written = next((w for w in (parsed, f"The {parsed}") if parsed and text.startswith(w)), None)
            if written is not None:
                self.subject_body, self.subject_body_at = written, self.seen
        for m in _APPOSITIVE.finditer(text):
            self.remember(f"{m.group('name')}, {m.group('role')}")
        for m in NAMED_RUN.finditer(text):
            words = m.group().strip().split()
            while words and words[0] in _NOT_NAME_START:
                words.pop(0)
            if len(words) < 2:
                continue
            name = " ".join(words)
            self.mentions.append(name)
            if _is_person(name):
                self.last_person = name

    def remember_clauses(self, text: str) -> None:
        """Keep a role a clause tells ("Ole Brandt, who chairs the anglers' association, said ...") or one set after
        a name and an age ("Marta Dahl, 34, a nurse, told ..."), for the sentence that tells it as for later ones
        ("Brandt said")."""
        for m in (*_WHO_ROLE.finditer(text), *_AGED_APPOSITIVE.finditer(text)):
            self.remember(f"{m.group('name')}, {m.group('role')}")

    def resolve(self, speaker: str) -> str:
        """Pronouns to the person quoted (or named) last; 'the ministry' or a surname to its fuller mention."""
        speaker = speaker.strip()
        if speaker.lower() == "i":
            # the writer's own words outside any quotation ('..." I wrote to the ministry'), in a column or a blog:
            # its author's, not the last one quoted
            source = self.article.source
            return source.author or source.outlet
        if speaker.lower() == "we" and not self.quoting:
            # "We have reported the attack to the police." outside any quotation: the article's own voice, a body's
            # own statement or the outlet's ("We asked the ministry ..."), not the last person quoted
            return self.article.source.outlet
        if _PRONOUN.match(speaker):
            if speaker.lower() in ("he", "she") and self.subject_at == self.seen and self.subject_person:
                return self.with_role(self.subject_person)  # the person the sentence before opened with
            who = self.last_person_speaker or self.last_person or self.last_speaker or speaker
            return self.with_role(who)
        if speaker.lower() == "it":
            if self.subject_body_at == self.seen and self.subject_body:
                return self.subject_body  # the body the sentence before opened with
            # "The mayor's office disputed that account. In a statement, it said ...": the body that spoke last
            body = self.last_speaker
            return body if body is not None and not _person_in(body) else self.article.source.outlet
        m = _ITS_ROLE.match(speaker)
        if m and self.subject_body_at == self.seen and self.subject_body:
            # "The angling club was not convinced. '...,' said its secretary, Tom Reilly": the body the sentence
            # before opened with, whoever spoke last
            body = re.sub(r"^[Tt]he\s+", "", self.subject_body)
            return " ".join(filter(None, (body, m.group("role"), m.group("name"))))
        if m and self.last_speaker is not None and not _person_in(self.last_speaker):
            # "The operator, Stadtbus, says ... . Its spokesman, Markus Weber, told ...": Stadtbus spokesman
            body = _bare(own_name(self.last_speaker)).split(", ")[-1]
            return " ".join(filter(None, (body, m.group("role"), m.group("name"))))
        m = _BODY_ROLE.match(speaker)
        if m and m.group("body").lower() in BODY_WORDS:
            # "A ministry spokesman, Colonel Radu Ilic" after "Marovia's defence ministry says ...": that ministry's
            body_word = re.compile(rf"\b{m.group('body')}\b", re.IGNORECASE)
            body = next(
                (n for n in reversed(self.speakers) if body_word.search(n) and not _person_in(n)),
                None,
            )
            if body is not None and len(_bare(body)) > len(m.group("body")):
                return f"{_bare(own_name(body))} {m.group('role')}{m.group('rest') or ''}"
        named = self.named_in_role(speaker)
        if named:
            return named
        m = _DEFINITE.match(speaker)
        if m:
            head = m.group("head").split()[-1]
            if head in _REFERRED_DOCUMENTS and self.last_speaker and self.documents:
                # "..., the statement said" after "the ministry said in a statement": the document of whoever issued
                # one last (another voice quoted in between does not own it), else the last speaker's. A document
                # the article never mentioned before is nobody's known one ("the release stated" where the
                # release's issuer was in a cut headline).
                return self.issuer or self.last_speaker
            for name in reversed(self.mentions):
                if re.search(rf"\b{re.escape(head)}\b", name, re.IGNORECASE) and len(name) > len(head) + 2:
                    return _part_named_by(name, head)
            for earlier in reversed(self.speakers):
                # "No one was hurt, the agency said." after "Velmar's space agency said ...": a speaker named in
                # more words with that head noun, or with it before a phrase of place ("A Western diplomat in
                # Helsby" for "the diplomat")
                first = own_name(earlier).split(",")[0]
                words = first.lower().split()
                at = words.index(head.lower()) if head.lower() in words else -1
                if len(words) > 1 and at > 0 and (at == len(words) - 1 or words[at + 1] in _PLACE_PREPOSITIONS):
                    return first
            if head.lower() in KIND_OF_ORGANISATION:
                # "Norgrid rejected the union's account. The company said ...": the body that spoke last (a person
                # quoted since is no company), when its name says it is no other kind of body ("the union")
                body = next((n for n in reversed(self.speakers) if not _person_in(n)), None)
                if body is not None and not {w.lower() for w in re.findall(r"[A-Za-z]+", own_name(body))} & _KINDS:
                    return own_name(body)
            return speaker
        honorific = _HONORIFIC.fullmatch(speaker)
        if honorific:  # "Mr Spicer": as the surname alone; unknown, it stays as written
            return self._by_surname(honorific.group("surname"), person=True) or speaker
        if re.fullmatch(r"[A-Z][a-zA-Z'’-]+", speaker):  # a surname alone
            named = self._by_surname(speaker)
            if named:
                return named
        return self.with_role(speaker)

    def _by_surname(self, surname: str, person: bool = False) -> str | None:
        """The person named before with this surname, with the role the text gave them; with `person`, only a
        name that reads as a person's ("Mr Spicer" is no "White House Spicer" body)."""
        if surname in self.roles:
            return self.roles[surname]
        for name in reversed(self.mentions):
            if name != surname and name.endswith(" " + surname) and (not person or _is_person(name)):
                return self.with_role(name)
        return None


def _attribution(text: str, ctx: _Context) -> str | None:
    """The speaker a sentence names for itself, or None."""
    m = _QUOTED_AS.search(text)
    if m:
        who = _name_before(m.group("who"))
        carrier = _name_before(m.group("carrier"))
        if who:
            who = re.sub(r"^(?:a|an|the)\s+", "", ctx.resolve(who))
            return f"{who} (quoted by {carrier})" if carrier else who
    main: str | None = None
    main_verb = ""
    m = _PUT_IT.search(text)
    if m:
        phrase = m.group("who").strip()
        who = _name_before(phrase) or (phrase if _names_an_agent(phrase) else None)
        if who:
            return ctx.resolve(who)
    m = _DOCUMENT_READ.match(text)  # "A statement from the harbour board read: ...": the board's words
    if m:
        main = _name_after(m.group("who").strip())
    m = _AFTER_QUOTE.search(text) if main is None else None
    if m:
        if m.group("after"):
            main = _name_after(m.group("after").split(",")[0].strip())
            role = _CLOSING_ROLE.match(text, m.end())
            if main and role and _is_person(main):
                main = f"{main}, {role.group('role').strip()}"  # '," said X, a researcher at Lund University.'
        else:
            main = _name_before(m.group("before"))
    if main is None:
        m = _TRAILING.search(text) or _TRAILING_NAME.search(text)
        if m and not _WHAT_WAS_SAID.match(m.group("who")):
            main = _name_before(m.group("who"))
    if main is None:
        head = text
        quote_at = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
        if quote_at > 0:
            head = text[:quote_at]
        head = re.split(r",\s+(?:though|although|while|whereas)\b", head)[0]
        quoted = [(q.start(), q.end()) for q in _QUOTATION.finditer(head)]
        for vm in _VERB.finditer(head):
            if any(a < vm.start() < b for a, b in quoted):
                continue  # "“We were never told,” X said": "told" is in X's words
            before = head[: vm.start()]
            if re.search(r"\b(?:the|a|an|its|his|her|their)\s*$", before) or (
                re.search(r"\b(?:was|were|been|being|be|is|are)(?:\s+\w+ly)?\s*$", before)
                and not vm.group().endswith("ing")
            ):
                continue  # "the reported announcement", "was promptly denied by": not a speaker's verb
            if re.match(r"\s+by\s+(?:(?:the|a|an|its|their|his|her)\s|[A-Z])", head[vm.end() :]):
                continue  # "before the incident reported by the airport": the airport reported it, not the incident
            main = _name_before(before)
            if main:
                main_verb = vm.group()
                break
    according = None
    m = _ACCORDING.search(text)
    if m:
        source = _FROM.search(text, m.start(), m.end())  # "according to a statement from the Harbour Board"
        according = source.group("who").strip() if source else _name_after(m.group("who").strip())
        cited = _CITED.search(text)
        if according and cited:
            according = f"{ctx.resolve(according)} (cited by {cited.group('by').strip()})"
    if main:
        main = ctx.resolve(main)
    if according:
        according = ctx.resolve(according)
    if main and according and main != according:
        return f"{according} (via {main})" if main_verb in _CARRIER_VERBS else f"{main} (via {according})"
    return main or according


def _heading_speaker(article: Article, start: int, dropped: Sequence[tuple[int, int, str]]) -> str | None:
    """A name heading just above a quoted statement ("Russian Ministry of Defense" over "Press Release")."""
    names: list[str] = []
    cursor = start
    for s, e, reason in reversed([d for d in dropped if d[1] <= start]):
        if article.text[e:cursor].strip() or reason != "heading or caption":
            break  # only the headings directly above, with nothing but blank lines between
        line = article.text[s:e].strip()
        if line.lower() not in _DOC_HEADINGS and re.search(r"[A-Z]", line):
            names.append(line)
        cursor = s
    return names[-1] if names else None


def _posted_by(
    article: Article, sentences: Sequence[Sentence], dropped: Sequence[tuple[int, int, str]]
) -> dict[int, str]:
    """Blocks that are an embedded post (a tweet), by the account its credit line names just below them, and
    claims a fact check checks, by whom its credit line just below says made them ("Claimed by: X")."""
    ends: dict[int, int] = {}
    for s in sentences:
        ends[s.block] = max(ends.get(s.block, 0), s.end)
    out: dict[int, str] = {}
    for block, end in ends.items():
        for start, stop, _ in dropped:
            if start >= end and not article.text[end:start].strip():
                line = article.text[start:stop].strip()
                m = _POST_CREDIT.match(line) or _CLAIM_CREDIT.match(line)
                if m:
                    out[block] = m.group("who").strip()
                break
    return out


def asks_itself(text: str) -> bool:
    """Whether a sentence is the outlet's own question ("Why would Sarnia claim Orlandian help?", a headline
    "Who really fired on the depot?"): it ends in a question mark and quotes no one, or it opens an interviewer's
    question ("Q: ..."). Its reporting verb says nothing its subject said."""
    if _ASKED_LABEL.match(text):
        return True  # an interviewer's question, whatever it ends in ("Q: The airport blames the army. ...")
    return text.rstrip().endswith("?") and not any(c in text for c in '"“”')


def continues_quotation(line: Sentence, after: Sentence) -> bool:
    """Whether `after` goes on with a quotation `line` opened and left open, in the same paragraph: '"No call was
    received on board.' and 'Our crew did all they could," the owner said.' are one speaker's words, cut in two by
    the sentence splitter."""
    if after.article_id != line.article_id or after.block != line.block or after.id != line.id + 1:
        return False
    return _quote_balance(line.text) > 0 and _quote_balance(after.text) < 0


def _quotes_someone(text: str) -> bool:
    """Whether a sentence holds quoted words ("“...,” he said", "he said it was “rubbish”"), not only a report of
    what someone said."""
    return any(ch in _OPEN_QUOTE for ch in text)


def _only_opens_quotation(text: str) -> bool:
    """Whether a sentence is quoted words from its start to its end: one quotation mark, opening it."""
    marks = sum(text.count(m) for m in '"“”')
    return marks == 1 and text.lstrip()[:1] in _OPEN_QUOTE and _quote_balance(text) > 0


def _quote_balance(text: str) -> int:
    """Opening minus closing quotation marks. An unpaired straight quote opens when it stands before a word after
    a space, a colon or the sentence's start (`X said: "This is ...`), and closes otherwise (`... basis," X said`)."""
    straight = text.count('"')
    balance = text.count("“") - text.count("”")
    if straight % 2:
        at = text.rfind('"')
        before, after = text[:at].rstrip(), text[at + 1 : at + 2]
        opens = (not before or before[-1] in ":(—–-" or text[at - 1 : at].isspace()) and after.isalnum()
        balance += 1 if opens else -1
    return balance


def _introducer(line: str, line_speaker: str, outlet: str, ctx: _Context) -> str | None:
    """Whose statement a line ending in ':' introduces: "a statement from DoD", "quoted ... as saying:"."""
    m = _FROM.search(line)
    if m:
        who = ctx.resolve(m.group("who").strip())
        return f"{who} (quoted by {line_speaker})" if line_speaker != outlet else who
    m = _QUOTED_BY.search(line)
    if m:
        who = own_name(ctx.resolve(m.group("who")))
        return f"{who} (quoted by {m.group('by').strip()})"
    return line_speaker if line_speaker != outlet else None


def _span_text(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _subject_phrase(subj: Token) -> str:
    """A subject as written, without what follows a comma ("X, a spokesman, ..." keeps X) and without a quotation
    mark the parse hung on it (`,” one resident` is "one resident")."""
    tokens = [t for t in subj.subtree]
    cut = next((k for k, t in enumerate(tokens) if t.i > subj.i and t.text == ","), len(tokens))
    tokens = tokens[:cut]
    # nor a relative clause: "The operator of a ferry that struck a pier in Portsea" is the operator of a ferry
    clause = {t.i for c in subj.subtree if c.dep_ == "relcl" and c.i > subj.i for t in c.subtree}
    tokens = [t for t in tokens if t.i not in clause]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    phrase = _span_text(tokens)
    if subj.pos_ == "NOUN":
        # a role set off by the name of who holds it: "Labour's transport spokesman, Tom Reid, called ..."
        name = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None and clause:
            # or closing its relative clause, where the parse hangs it on the clause's last noun: "a retired
            # engineer who inspected the site for the council, Gareth Moss, said ..."
            last = max(clause)
            name = next(
                (
                    t
                    for t in subj.doc[min(clause) : last + 1]
                    if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i == last
                ),
                None,
            )
        if name is not None and name.i not in {t.i for t in tokens}:  # "the news agency VNA" holds its name
            named = [t for t in name.subtree if not t.is_punct]
            if all(t.pos_ == "PROPN" for t in named):
                phrase += ", " + _span_text(named)
    return phrase


def claims_a_due(tok: Token) -> bool:
    """Whether a verb is "claim" of something due, with no clause of what is said: "Passengers can claim a refund",
    "The fire claimed two lives" report nobody's words."""
    return (
        tok.lemma_.lower() == "claim"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in tok.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
    )


def _claims_only_a_due(doc: Doc) -> bool:
    """Whether a sentence's one verb of saying is "claim" of something due ("Passengers can claim a refund")."""
    dues = [t for t in doc if claims_a_due(t)]
    return bool(dues) and not any(_VERB.fullmatch(t.lower_) for t in doc if t not in dues)


def _says_alongside(tok: Token) -> bool:
    """A clause of saying set beside the main verb: "Kovac went further on Friday, calling the statement
    'fiction'", "The army returned fire, saying it had been attacked"."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and (tok.lemma_.lower() in REPORTING_VERBS or tok.lemma_.lower() in DENIAL_VERBS)
    )


def _quoted(doc: Doc) -> set[int]:
    """The positions of the tokens between quotation marks (straight ones taken in pairs)."""
    inside, out = False, set()
    for t in doc:
        if t.text in ('"', "“", "”", "``", "''"):
            inside = t.text != "”" and (t.text == "“" or not inside)
            continue
        if inside:
            out.add(t.i)
    return out


def _subject_before(doc: Doc, pronoun: str) -> str | None:
    """The subject of the sentence's main verb when it is a noun phrase for someone, before `pronoun` ("A Tarlo
    resident" of "A Tarlo resident has given police a video she says shows ..."); else None."""
    at = next((t.i for t in doc if t.lower_ == pronoun.lower()), None)
    for root in (t for t in doc if t.dep_ == "ROOT"):
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or at is None or subject.i >= at or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        span = [t for t in subject.subtree if t.i < at]
        noun = subject.lemma_.lower()
        if subject.ent_type_ == "PERSON" or noun in PERSON_WORDS or f"{noun}s" in PEOPLE_NOUNS:
            return _span_text(span)
    return None


# The modals of what one may or should do: "you can call", "residents should call".
_MAY = frozenset({"can", "could", "may", "might", "should", "must"})


# Verbs of a finding, whose subject vouches for the clause it found as a speaker does for what it says: "The panel
# found that ...", "the inquiry concluded that ...", "investigators determined that ..." (not "Workers found the
# tiles": a finding of a thing, no clause).
FINDING_VERBS = frozenset({"find", "conclude", "determine", "establish"})


def _that_clause(clause: Token) -> bool:
    """Whether a clausal complement opens with "that": what was found, not how ("found it hard to ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def parsed_speaker(doc: Doc) -> str | None:
    """The subject of the sentence's main reporting or denial verb, read from the parse: "Pentagon spokesman Jeff
    Davis" of "Shortly after Dorrian rejected it, Pentagon spokesman Jeff Davis said ..."; for "X was quoted by Y
    as saying", X quoted by Y. None when the main verb reports nothing."""
    for root in (t for t in doc if t.dep_ == "ROOT"):
        lemma = root.lemma_.lower()
        if lemma in FINDING_VERBS and any(c.dep_ == "ccomp" and _that_clause(c) for c in root.children):
            pass  # "The panel found that the duplication was deliberate": the panel's finding, told as it says it
        elif lemma not in REPORTING_VERBS and lemma not in DENIAL_VERBS:
            saying = next((c for c in root.children if _says_alongside(c)), None)
            if saying is None:
                continue
            lemma = saying.lemma_.lower()  # "X went further, calling the statement fiction": X calls it so
        if claims_a_due(root):
            continue  # "Farmers can claim compensation from the state": a due claimed, nothing said
        if lemma in NAMING_VERBS and any(c.dep_ == "aux" and c.lower_ in _MAY for c in root.children):
            continue  # "Passengers with questions can call our information line": a telephone, not a name given
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        clause = next(
            (
                c
                for c in root.children
                if c.dep_ == "csubj"
                and any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") and g.i < c.i for g in c.children)
            ),
            None,
        )
        if not subjects and clause is not None and not any(c.dep_ == "neg" for c in root.children):
            # 'Hackers calling themselves "Black Lantern" said ...': the parse makes the naming clause the subject
            return _span_text([t for t in clause.subtree])
        if not subjects or any(c.dep_ == "neg" for c in root.children):
            continue  # no subject, or "X did not say": nobody is quoted
        quoted = _quoted(doc)
        if any(c.i in quoted for c in subjects) and any(c.i not in quoted for c in subjects):
            # a subject inside the quotation is the quote's own ('"Not a call, not an email, nothing," the
            # minister, Ilse Marrow, told reporters': the parse may make "call" the verb's subject)
            subjects = [c for c in subjects if c.i not in quoted]
        subj = subjects[0]
        if len(subjects) > 1 and any(t.text == "," for t in doc[subjects[0].i : subjects[-1].i]):
            # Two subjects apart by a comma are a misparse of a clause before a trailing attribution ("The ferry left
            # on time, the company said", "left" read as describing "ferry"; the comma hung on any word of the
            # clause, "The fire that has burned ... began on the range, the fire service said"): the one next to
            # the verb speaks.
            subj = min(subjects, key=lambda c: abs(c.i - root.i))
        if lemma in ("quote", "cite") and subj.dep_ == "nsubj":
            said = next((c for c in root.children if c.dep_ == "dobj"), None)
            if said is None:
                return None
            if said.lower_ in STATEMENT_NOUNS or said.lower_ in DENIAL_NOUNS:
                return None  # "The Daily Mail quotes a similar denial ...": what was said, not who
            return f"{_subject_phrase(said)} (quoted by {_subject_phrase(subj)})"
        if subj.dep_ == "nsubjpass":
            if lemma == "call" and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in root.children):
                return None  # "the team was called by the police to a ridge": summoned, not named or quoted
            agent = next((c for c in root.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if lemma not in ("quote", "cite"):
                # "the claim was rejected by the company": who rejects it; "the claim was denied": nobody named
                return _subject_phrase(by) if by is not None else None
            who = _subject_phrase(subj)
            return f"{who} (quoted by {_subject_phrase(by)})" if by is not None else who
        if subj.pos_ in ("PRON", "DET") and subj.lower_ not in _PRONOUNS | {"it"}:
            return None  # "this", "that"; "it" may be the body that spoke last (_Context.resolve)
        return _subject_phrase(subj)
    return None


def coordinated_speaker(doc: Doc) -> str | None:
    """The subject of a reporting or denial verb set beside the main one by "and", when it is someone else: "Putin's
    spokesman" of "The Kremlin has expressed optimism about ..., and Putin's spokesman said on Monday that ...", "a
    guides' association" of "The resort said two lifts had stopped, and a guides' association accused it of ...".
    None when the second has no subject of its own, says nothing ("and the trust has not said how"), or is
    a pronoun (who "he" is, the sentence has already said). Whether the sentence's speaker is another voice, the
    caller sees (speakers)."""
    for root in (t for t in doc if t.dep_ == "ROOT"):
        if not any(c.dep_ == "nsubj" for c in root.children):
            continue
        quoted = _quoted(doc)
        for verb in root.children:
            lemma = verb.lemma_.lower()
            if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i in quoted:
                continue
            if lemma not in REPORTING_VERBS and lemma not in DENIAL_VERBS:
                continue
            if claims_a_due(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i in quoted:
                continue
            return _subject_phrase(subject)
    return None


# A speaker named by a role alone and perhaps a name, of no body: "spokesman Maj. Adrian Rankine-Galloway",
# "a spokeswoman". Whose role it is, the sentence may say in a clause of its own (see role_body).
_BARE_ROLE = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:spokesman|spokeswoman|spokesperson|representative|official|chief executive|chairman|"
    r"chairwoman|chairperson|managing director)(?:\s+[A-Z][\w.'’-]*)*"
)


def _body_before(before: str, outlet: str, doc: Doc | None) -> str | None:
    """The body that spoke in the sentence right before (parsed as `doc`), in the same paragraph, whose role a
    speaker named by a bare role holds ("Norvik Agrochem rejected the figure. 'At no time ...,' chief executive
    Henrik Aas told reporters": Norvik Agrochem's chief executive); None when that was the outlet, a person or no
    one. A name of capitalised words is a body when the parse tags it as one ("Norvik Agrochem": ORG)."""
    name = _bare(own_name(before))
    if not name or name == _bare(outlet) or not plausible_speaker(name):
        return None
    tagged = doc is not None and any(e.label_ in _NOT_PEOPLE and name in e.text for e in doc.ents)
    return name if tagged or not (_is_person(name) or _person_in(name)) else None


def role_body(speaker: str, doc: Doc) -> str | None:
    """The body whose role a speaker named by a bare role holds, when the sentence says so: "The Pentagon denied
    the claims, ... said spokesman X" (the reported clause's own reporting or denial verb has the body as its
    subject). None when the speaker names a body or a country of its own, or the clause's subject is a person, a
    pronoun or not someone ("The report was false, said spokesman X")."""
    if not _BARE_ROLE.fullmatch(speaker.strip()):
        return None
    for root in (t for t in doc if t.dep_ == "ROOT"):
        if root.lemma_.lower() not in REPORTING_VERBS:
            continue
        for clause in (c for c in root.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() not in REPORTING_VERBS | DENIAL_VERBS:
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ in ("PRON", "DET"):
                return None
            body = _subject_phrase(subj)
            people = [e for e in doc.ents if e.label_ == "PERSON" and subj.i in range(e.start, e.end)]
            if people or _is_person(body) or not plausible_speaker(body):
                return None
            return body
    return None


def own_name(speaker: str) -> str:
    """A speaker's own name, without the carrier this module adds to it ("Defense Ministry (quoted by the UK Daily
    Mail)": "Defense Ministry")."""
    return speaker.split(" (")[0]


_CARRIER = re.compile(r"\(quoted by (?P<by>[^)]+)\)$")


def _carrier(speaker: str) -> str | None:
    """Who carried a speaker's words, as this module writes it ("... (quoted by LTV)": "LTV"), else None."""
    m = _CARRIER.search(speaker)
    return m.group("by") if m else None


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)


# A dateline opening a sentence ("PORTSEA —", "BERGEN, Norway --", "OSLO (Coastal Wire) —", "KARVIK, June 5 (ENA)
# -"): where (and when) it was written, which the parse may take for the subject.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"  # the place in capitals
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"  # its country or state
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # the day ("Jan 23", "June 5")
    r"\s*(?:\([^)]*\))?\s*[—–-]{1,2}\s"  # the agency in brackets, the dash
)


def _prefer_parse(found: str | None, parsed: str | None) -> bool:
    """Whether the parse's speaker replaces the one the patterns found: when the patterns took someone else than
    the subject of the main reporting verb (a name in a side clause, the carrier of a quotation instead of its
    speaker) or ran on past the subject into its verb."""
    if parsed is None:
        return False
    if parsed.lower() == "it":
        return found is None  # "In a statement, it said ...": the body that spoke last, if one did
    if not re.search(r"[A-Z]", parsed):
        # no name: a body or a role in lower case ("the ferry company", "the mayor") only where the patterns found
        # nobody
        return found is None and plausible_speaker(parsed)
    if found is None:
        # a reporting verb the patterns do not list ("described", "branded"); a pronoun alone is left to them
        return parsed.lower() not in _PRONOUNS
    core, parsed_core = _bare(own_name(found)), _bare(own_name(parsed))
    carrier = _carrier(parsed)
    if carrier is not None and _carrier(found) is None and core and core in _bare(carrier):
        return True  # the patterns took the carrier for the speaker: "VNA quoted the deputy director, X, as saying"
    if core.startswith(parsed_core + ","):
        return False  # the patterns kept a name set off after the subject: "The union's leader, Eva Holm"
    if core.startswith(parsed_core + " ") and core[len(parsed_core) + 1 : len(parsed_core) + 2].islower():
        return True  # "A spokesman ... described Russian"
    if parsed_core.endswith(" " + core) and re.search(
        r"\s(?:in|at|of|from|for|with|on|near|along|across|around|inside|outside|over|under)\s+(?:the\s+|a\s+|an\s+)?$",
        parsed_core[: -len(core)],
    ):
        return True  # the patterns stopped at a preposition: "Officials in Oslo" or "at the port", not "Oslo"
    if not re.search(r"[A-Z]", core) and plausible_speaker(parsed):
        return True  # the patterns found no name, only words before a verb of a side phrase ("in a statement")
    if "(quoted by" in found and "(quoted by" in parsed:
        return core != parsed_core  # the same quotation read the other way round
    names = set(re.findall(r"\b[A-Z][\w'’-]+", core))
    return bool(names) and not names & set(re.findall(r"\b[A-Z][\w'’-]+", parsed))


def _with_carrier(found: str, parsed: str) -> str:
    """The speaker the patterns found, with the outlet the parse says carried the words when the patterns missed it
    ('"...," General Amir Sorel, the deputy chief of staff, was quoted by LTV as saying': the general, quoted by
    LTV); `found` otherwise."""
    carried = _carrier(parsed)
    if carried is None or _carrier(found) is not None:
        return found
    core, parsed_core = _bare(own_name(found)), _bare(own_name(parsed))
    if core == parsed_core or core.startswith(parsed_core + ","):
        return f"{found} (quoted by {carried})"
    return found


def speakers(article: Article, sentences: Sequence[Sentence], docs: Sequence[Doc] | None = None) -> list[str]:
    """The speaker of each of an article's sentences (in order); the outlet where it is its own reporting.
    `docs` are the sentences' parses (index.nlp); with them, the main verb's subject corrects the patterns."""
    dropped = [(d.start, d.end, d.reason) for d in clean(article).dropped]
    posted = _posted_by(article, sentences, dropped)
    ctx = _Context(article)
    outlet = article.source.outlet
    out: list[str] = []
    quote_open_by: str | None = None  # whose quotation is still open at this sentence
    intro_by: str | None = None  # whose statement the line before (ending in ":") introduced
    prev: Sentence | None = None
    inherited: set[int] = set()  # quotations given to the speaker before them, for want of their own attribution
    for s in sentences:
        text = s.text
        if s.kind == "byline":
            # a wire's credits name the author among the editors: "(Reporting by Mette Krogh; Editing by ...)"
            credited = credited_reporters(text)
            # (a byline's author without its "By" and date, "By Ann Moe, 27 November 2026" as Ann Moe; a statement's
            # signature on two lines, "Declan Moyles" / "Regional Organiser", as one name)
            read = read_byline(text)
            named = ", ".join(text.splitlines()) if read is None else read.author
            out.append(f"{' and '.join(credited) if credited else named} (author)")
            prev = s
            continue
        new_block = prev is None or prev.block != s.block
        if new_block:
            intro_by = None
            if prev is not None and introduces(prev, s):
                intro_by = _introducer(prev.text, out[-1], outlet, ctx)
            else:
                quote_open_by = None
        speaker: str | None
        parsed: str | None = None
        ctx.quoting = _quotes_someone(text)
        ctx.remember_clauses(text)
        if quote_open_by is not None and text.lstrip()[:1] not in _OPEN_QUOTE:
            # Inside someone's open quotation: their words, unless an attribution follows its close.
            m = _AFTER_QUOTE.search(text)
            after = _name_before(m.group("before")) if m and m.group("before") else None
            if m and m.group("after"):
                # `People were screaming," said Tomasz Wrona, 52, ...`: the verb first, then who
                after = _name_after(m.group("after").split(",")[0].strip())
            speaker = ctx.resolve(after) if after else quote_open_by
        elif _only_opens_quotation(text):
            # quoted words to the sentence's end ('"I rang the company on Tuesday and told them ...'): whatever they
            # say of someone telling is the quotation's, not its attribution, which comes where it closes
            speaker = None
        else:
            speaker = _attribution(text, ctx)
            if docs is not None and _claims_only_a_due(docs[len(out)]):
                speaker = None  # "The fire claimed two lives": its only verb of saying reports nothing said
            parsed = parsed_speaker(docs[len(out)]) if docs is not None else None
            if parsed is not None:
                parsed = _AUXILIARY.sub("", parsed) or None  # "X and Y both reject ...": X and Y
            if parsed is not None:
                parsed = _DATE_TAIL.sub("", parsed) or None  # "A post on a forum on Sunday claimed": the post
            if parsed is not None:
                parsed = _FOUNDED_TAIL.sub("", parsed) or None  # "A parents' group set up on Tuesday says": the group
            dateline = _DATELINE.match(text)
            if parsed is not None and dateline:
                if parsed.rstrip(" —–-") in dateline.group():
                    parsed = None
                elif parsed.startswith(dateline.group()):
                    parsed = _DATE_TAIL.sub("", parsed[dateline.end() :].strip()) or None
            if parsed is not None and _prefer_parse(speaker, parsed):
                speaker = ctx.resolve(parsed)
            elif parsed is not None and speaker is not None:
                speaker = _with_carrier(speaker, parsed)
            body = role_body(speaker, docs[len(out)]) if speaker is not None and docs is not None else None
            if body is None and speaker is not None and _BARE_ROLE.fullmatch(speaker.strip()):
                last_doc = docs[len(out) - 1] if docs is not None and out and not new_block else None
                body = _body_before(out[-1] if last_doc is not None else "", outlet, last_doc)
            if body is not None and speaker is not None:
                # "The Pentagon denied ..., said spokesman X": the Pentagon's spokesman
                # (a body given by what it is and then its name, "The airport operator, Nordlufthavn": by its name)
                speaker = f"{_bare(ctx.resolve(body)).split(', ')[-1]} {_bare(speaker)}"
            if speaker is not None:
                speaker = _issuer(speaker, text)
            second = coordinated_speaker(docs[len(out)]) if docs is not None else None
            if second is not None and speaker is None and not asks_itself(text):
                # "Police closed the road, and engineers said the cliff was unstable": what is said is theirs
                speaker = ctx.resolve(second)
            elif second is not None and speaker is not None and not same_voice(speaker, second):
                # two voices, each saying its part: the sentence is both's ("The Kremlin and Putin's spokesman")
                speaker = f"{speaker} and {ctx.resolve(second)}"
            if asks_itself(text):
                speaker = parsed = None  # "Why would Sarnia claim ...?": the outlet asks, Sarnia says nothing here
        if s.block in posted:
            speaker = posted[s.block]  # an embedded post: its account's words, whatever introduced it
        if new_block and speaker is not None:
            intro_by = None  # the block has an attribution of its own: the line before introduced something else
        if speaker is not None and _PRONOUN.match(speaker) and docs is not None:
            # a pronoun nothing before it names: the sentence's own subject, when it opens with someone ("A Tarlo
            # resident has given police a video she says shows ...")
            speaker = _subject_before(docs[len(out)], speaker) or speaker
        if speaker is None:
            speaker = intro_by
        if speaker is None and text[:1] in _OPEN_QUOTE:
            if new_block:
                speaker = _heading_speaker(article, s.start, dropped)
                if speaker is None and out and out[-1] != outlet and prev is not None and _quotes_someone(prev.text):
                    # a paragraph of quoted words alone, right after someone's quoted words, continues them
                    # ("“... defeating Isis,” Spicer said." then a paragraph of his words)
                    speaker = out[-1]
            elif out and out[-1] != outlet:
                speaker = out[-1]  # a new quotation right after an attributed one continues it
                inherited.add(len(out))
        confirmed = parsed is not None and speaker is not None and _bare(parsed) == _bare(speaker)
        if speaker is not None and (
            not (plausible_speaker(speaker) or (confirmed and not _no_one(speaker)))
            or (docs is not None and _ends_in_verb(speaker, docs[len(out)]))
        ):
            # "the day", "news", "a misreading of": words before a verb, not someone (unless the parse finds them
            # the subject of the reporting verb: "the company said")
            speaker = intro_by
        speaker = speaker or outlet
        balance = _quote_balance(text)
        if balance > 0 and speaker != outlet:
            quote_open_by = speaker
        elif balance < 0:
            quote_open_by = None
        if speaker != outlet:
            if _ISSUES_DOCUMENT.search(text):
                ctx.issuer = speaker
            ctx.remember(speaker)
            ctx.last_speaker = speaker
            ctx.speakers.append(speaker)
            person = _person_of(speaker, docs[len(out)] if docs is not None else None)
            if person:
                ctx.last_person_speaker = person
            elif one_unnamed(speaker):
                # 'A security guard ... told the Examiner ... "...," he said': he is the guard, not someone named
                # before
                ctx.last_person_speaker = speaker
        ctx.see(text, docs[len(out)] if docs is not None else None)
        out.append(speaker)
        prev = s
    # A quotation attributed only where it closes (`," the statement said.`): its opening is the same speaker's,
    # also when the opening had been taken to go on with the speaker before it.
    for i in range(len(sentences) - 1, 0, -1):
        cur, before = sentences[i], sentences[i - 1]
        if (
            (out[i - 1] == outlet or i - 1 in inherited)
            and out[i] != outlet
            and cur.block == before.block
            and before.text.lstrip()[:1] in _OPEN_QUOTE
            and _quote_balance(before.text) > 0
        ):
            out[i - 1] = out[i]
    out = _interviewed(article, sentences, out, docs)
    labelled = _transcript_labels(article, sentences, docs)
    if labelled:
        # a broadcast's narration is its host's and reporters' ("We'll be back after the news"), no statement
        return _transcribed(article.source.outlet, sentences, out, labelled)
    return _own_statement(article, sentences, out)


# The words by which an author speaks for a body or for themselves: "we", "our", "us" (not "US", the country),
# "I", "my", "me". Quoted words are someone else's, and are left out before looking.
# The first person: singular (a person speaking for themselves) and plural (a body, or people together).
_SINGULAR_WORDS = r"I|[Mm]y|me|[Mm]ine|[Mm]yself"
_FIRST_SINGULAR = re.compile(rf"\b(?:{_SINGULAR_WORDS})\b")
_FIRST_PERSON = re.compile(rf"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves|{_SINGULAR_WORDS})\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A body's or a person's own statement speaks in the first person in this share of its narration, and in at least
# OWN_VOICE_MIN of its sentences: measured on the articles of 28 written stories and the seeds, a company's or a
# union's statement 0.44-0.75 (2-9 sentences), a security firm's blog 0.55, a family's post 0.45, a local blog and
# an association's post 0.44-0.71; news, live pages and explainers 0.00-0.22, two blogs 0.20-0.29.
OWN_VOICE_SHARE = 1 / 3
OWN_VOICE_MIN = 2
STATEMENT_MARK = " (statement)"


def _in_first_person(text: str) -> bool:
    """Whether a sentence speaks in the first person outside the words it quotes."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", text)))


def speaks_of_itself(text: str) -> bool:
    """Whether a sentence speaks in the first person anywhere, its quoted words included ('"We closed the bridge
    at noon," the mayor said'): its speaker tells of their own deeds."""
    return bool(_FIRST_PERSON.search(text))


def own_statement(narration: Sequence[str]) -> bool:
    """Whether an article's narration (its sentences in no one else's voice) speaks in the first person: a body's
    own statement (a company's, a union's, a ministry's) or a person's own post, in which the outlet is a party and
    its words a side."""
    first = sum(_in_first_person(text) for text in narration)
    return first >= OWN_VOICE_MIN and first >= OWN_VOICE_SHARE * len(narration)


# A blog by its outlet's name, its title or its address ("Millbrook Angling Club blog", "/blog/on-the-retraction").
_BLOG = re.compile(r"\bblog", re.IGNORECASE)


def personal_piece(source: Source, narration: Sequence[str]) -> bool:
    """Whether an article is a personal piece, a blog or a column, whose writer speaks for themselves: called a
    blog by its outlet, title or address, or written by a person (its author) who says "I" or "my" outside quoted
    words in at least OWN_VOICE_MIN sentences of its narration (`narration`: its sentences in its own voice)."""
    if any(_BLOG.search(x or "") for x in (source.outlet, source.title, source.url)):
        return True
    if not _is_person(source.author or ""):
        return False
    return sum(bool(_FIRST_SINGULAR.search(_QUOTED.sub("", t))) for t in narration) >= OWN_VOICE_MIN


def _own_statement(article: Article, sentences: Sequence[Sentence], out: list[str]) -> list[str]:
    """The speakers, with the narration of a body's own statement (own_statement) given to the body: its outlet,
    marked as its statement ("Hollin Catering (statement)"), so that what it says is a claim or a denial as anyone's
    words are, and not the reporting of an outlet standing apart."""
    if any(interviewer_asks(s.text) for s in sentences):
        return out  # an interview's "we" is the interviewer's or the interviewee's, neither the outlet's stand
    outlet = article.source.outlet
    narrated = [j for j, (s, who) in enumerate(zip(sentences, out, strict=True)) if who == outlet and s.kind == "text"]
    texts = [sentences[j].text for j in narrated]
    released = bool(_RELEASE_MARK.search(article.text)) and sum(map(_in_first_person, texts)) >= OWN_VOICE_MIN
    if not (own_statement(texts) or released) or any(newsroom_speaks(s.text, outlet) for s in sentences):
        return out
    marked = [_OUR.sub(f"{outlet} ", who) for who in out]  # "Our pilot, who ...": the body's pilot
    # a person's own post or column, its author speaking as "I" ("I apologise to the journal"), is the author's
    # statement; a body's, speaking as "we" and signed by its officer, the body's
    author = article.source.author or ""
    personal = _is_person(author) and sum(bool(_FIRST_SINGULAR.search(_QUOTED.sub("", t))) for t in texts)
    voice = author if personal and personal >= OWN_VOICE_MIN else outlet
    for j in narrated:
        marked[j] = voice + STATEMENT_MARK
    return marked


# A line by which a body's release marks itself as one: its heading ("MEDIA RELEASE", "FOR IMMEDIATE RELEASE",
# "Press statement") or its end ("ENDS", "- ENDS -", "-30-", "###"). A release speaking in the first person twice
# is its body's statement however much of it tells its news in the third person (refunds, times, places).
_RELEASE_MARK = re.compile(
    r"^[ \t]*(?:(?:for\s+immediate\s+)?(?:media|press|news)\s+(?:release|statement)|for\s+immediate\s+release|"
    r"[-–—\s]*ends[-–—\s]*|-30-|#{3})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A newsroom speaking of its own work: "Our reporter Oliver Grant is at the station", "our live coverage", "thanks
# for following along".
_NEWSROOM = re.compile(
    r"\b(?:our|my)\s+(?:[\w'’-]+\s+)?(?:reporters?|correspondents?|journalists?|photographers?|coverage|newsroom|"
    r"live\s+(?:page|blog|updates))\b|\bthanks?\s+(?:you\s+)?for\s+(?:following|reading|"
    r"watching|listening)\b",
    re.IGNORECASE,
)
# Words of an outlet's name that say nothing of which outlet it is.
_OUTLET_GENERIC = frozenset("the news daily times post press radio tv online today weekly".split())


def newsroom_speaks(text: str, outlet: str) -> bool:
    """Whether a sentence is a news outlet's own about its reporting: its reporters or its coverage in the first
    person ("Our reporter Oliver Grant is at Westhaven station"), or someone speaking to it by its name ("told the
    Examiner" in the Westhaven Examiner): its "we" is the newsroom's, and the page is no party's statement."""
    if _NEWSROOM.search(_QUOTED.sub("", text)):
        return True
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", outlet) if w.lower() not in _OUTLET_GENERIC]
    return bool(words) and bool(
        re.search(
            r"\b(?:told|telling|tells|said to|spoke to|wrote to)\s+(?:the\s+)?" + re.escape(words[-1]) + r"\b", text
        )
    )


# A body's own people, as its statement names them: "Our pilot", "our chief executive".
_OUR = re.compile(r"^[Oo]ur\s+(?=[a-z])")


# An interview's labels: the interviewer's question ("Q:", "Question:") and the answer ("A:", "Answer:").
_ANSWER_LABEL = re.compile(r"^\s*(?:A|Answer)\s*:", re.IGNORECASE)
# Whom an interview's introduction says the outlet spoke to: "X spoke to Jane Doe, president of ...", "in an
# interview with Jane Doe", "interviewed Jane Doe".
_INTERVIEWEE = re.compile(
    r"\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+|\binterview(?:ed|s)?\s+(?:with\s+)?",
    re.IGNORECASE,
)
# Where the interviewee's name and role end: a phrase of time or place after them ("... on Saturday morning").
_INTERVIEWEE_END = re.compile(r"\s+(?:on|about|last|this|earlier|in|at|by|after|before|for)\s|[.;:(]|$")


# A body the role is held at, which is part of the role: "... who teaches art crime at the University of Oslo",
# "... a researcher at the Baltic Security Institute" (a capitalised name holding a word for a body), not a place
# ("in Oslo") or a time.
_AT_BODY = re.compile(
    r"\s+(?:at|of|in|for|with)\s+(?:the\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’.-]*))*)"
)


# The full stop ending the sentence after a role's last word ("... at the University of Oslo."), not an
# abbreviation's ("U.S.").
_ROLE_END = re.compile(r"(?<=[a-z]{2})\.$")


def _name_and_role(rest: str) -> str:
    """The interviewee's name and role at the start of what follows "spoke to": up to a phrase of time or place,
    the body the role is held at kept ("Mona Aas, who teaches art crime at the University of Oslo")."""
    at = 0
    while True:
        end = _INTERVIEWEE_END.search(rest, at)
        if end is None:
            return _ROLE_END.sub("", rest.strip(" ,"))
        body = _AT_BODY.match(rest, end.start())
        words = {w.lower() for w in body.group("body").split()} if body is not None else set()
        if body is None or not words & ORG_NOUNS:
            return _ROLE_END.sub("", rest[: end.start()].strip(" ,"))
        at = body.end()


def interviewer_asks(text: str) -> bool:
    """Whether a sentence opens an interviewer's question ("Q: ..."), which the next paragraph answers."""
    return bool(_ASKED_LABEL.match(text))


def interview_answers(text: str) -> bool:
    """Whether a sentence opens an answer in an interview ("A: ..."), to the question before it."""
    return bool(_ANSWER_LABEL.match(text))


def _interviewee(
    article: Article,
    sentences: Sequence[Sentence],
    out: Sequence[str] = (),
    docs: Sequence[Doc] | None = None,
    asked: Set[int] = frozenset(),
) -> str | None:
    """The person an interview's introduction (the sentences before its first question: a labelled one, or one of
    `asked`) says was interviewed, with the role given beside the name, when one is named: "Jonas Ekeberg,
    president of the pilots' union". "We spoke to him" is the person the introduction last gave words to (`out`,
    the speakers so far; `docs`, the parses that tell a person from a body)."""
    for i, s in enumerate(sentences):
        if _ASKED_LABEL.match(s.text) or _ANSWER_LABEL.match(s.text) or i in asked:
            break
        m = _INTERVIEWEE.search(s.text)
        if m is None:
            continue
        rest = s.text[m.end() :]
        who = _name_and_role(rest)
        if _SUBJECT_PERSON.match(who) or _APPOSITIVE.match(who + ","):
            return who
        its = _ITS_ROLE.match(who)
        if its is not None and its.group("name"):
            # "We spoke to its director, Maja Holm": the body's officer, by name; the body the sentence opens with or
            # the one before did ("The national cyber security centre is helping ...")
            for j in (i, i - 1) if docs is not None else ():
                body = _body_subject(docs[j]) if docs is not None and j >= 0 else None
                if body is not None:
                    return f"{body} {its.group('role')} {its.group('name')}"
            return who
        if who.lower() in _OBJECT_PRONOUNS and out:
            outlet = article.source.outlet
            for j in range(i - 1, -1, -1):
                if out[j] != outlet and _person_of(out[j], docs[j] if docs is not None else None):
                    return out[j]
    return None


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _body_subject(doc: Doc) -> str | None:
    """The body a sentence's main verb has as its subject, as written less an opening "The" ("national cyber
    security centre" of "The national cyber security centre is helping ..."), or None for a person, a pronoun or
    none: a noun phrase whose head is a common noun or a name the parse tags as an organisation."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    if subj.pos_ == "PROPN" and subj.ent_type_ != "ORG":
        return None
    phrase = _subject_phrase(subj)
    if (subj.pos_ == "NOUN" and subj.lower_ in PEOPLE_NOUNS) or "," in phrase:
        return None  # people ("Residents said ..."), or a role set off by its holder's name
    return re.sub(r"^[Tt]he\s+", "", phrase)


def _asked_paragraphs(article: Article, sentences: Sequence[Sentence], out: Sequence[str]) -> list[int]:
    """The outlet's questions set as paragraphs of their own ("What do you know about the transformer?" as a
    subheading): a short paragraph (ASKED_SENTENCES at most) ending in a sentence in the outlet's narration that
    ends in a question mark and quotes no one ("Grey Lynx says it has 40,000 records. Does it?"); each by its
    last sentence."""
    outlet = article.source.outlet
    found = []
    for i, s in enumerate(sentences):
        if i + 1 < len(sentences) and sentences[i + 1].block == s.block:
            continue  # not the paragraph's last sentence
        first = i
        while first > 0 and sentences[first - 1].block == s.block:
            first -= 1
        if i - first < ASKED_SENTENCES and out[i] == outlet and asks_itself(s.text):
            found.append(i)
    return found


# A question set as a paragraph of its own holds at most this many sentences: the question, after a premise or two
# ("Grey Lynx says it has 40,000 records. Does it?").
ASKED_SENTENCES = 3


# An interview laid out without labels has at least this many questions as paragraphs: one question is an
# explainer's subheading, or a line of a report, as often as an interviewer's.
ASKED_MIN = 2


def _interviewed(
    article: Article, sentences: Sequence[Sentence], out: list[str], docs: Sequence[Doc] | None = None
) -> list[str]:
    """The speakers of an interview laid out as questions and answers: an answer's paragraph ("A: ...") is the
    words of the person interviewed, a question's ("Q: ...") the outlet's. Without the labels, an article whose
    introduction names the person interviewed ("We spoke to him on Monday") and whose questions stand as
    paragraphs of their own (ASKED_MIN or more), each answered in the paragraph after it, in the first person in
    one answer at least ("When I retired in 2023 ..."), is read the same way: an explainer's subheadings ("What
    happened?") name no one interviewed, and its answers are the outlet's."""
    text = article.text
    # each sentence's paragraph, from its line's start (its first sentence may be too short to quote: "A: Yes.")
    starts = [text[text.rfind("\n", 0, s.start) + 1 : s.end] for s in sentences]
    if not any(_ANSWER_LABEL.match(t) for t in starts) or not any(_ASKED_LABEL.match(t) for t in starts):
        return _interviewed_unlabelled(article, sentences, out, docs)
    who = _interviewee(article, sentences, docs=docs)
    outlet = article.source.outlet
    result = list(out)
    for i, start in enumerate(starts):
        if _ASKED_LABEL.match(start):
            result[i] = outlet
        elif who is not None and _ANSWER_LABEL.match(start):
            result[i] = who
    return result


# A broadcast transcript's paragraph opens with its speaker's label in capitals: a surname or a full name, a role
# after a comma or a name in brackets ("VEGA:", "MARISOL VEGA:", "STEVE INSKEEP, HOST:", "HOST (Nate Rollins):").
_SPEAKER_LABEL = re.compile(
    r"\s*(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:,\s*(?P<role>[A-Z][A-Z'’ .-]+?))?"
    r"(?:\s*\((?P<inner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\))?\s*:\s+\S"
)
# A transcript labels at least this many paragraphs with people's names or its own voices' roles: one label is a
# wire's "UPDATE:" or a page's "WATCH:" as often as a speaker's.
TRANSCRIPT_MIN = 2


def _label_speaker(m: re.Match[str], article: Article, docs: Sequence[Doc] | None) -> str | None:
    """Whom a transcript's label names: the outlet's own voice (a host's or a reporter's role, or the author's
    name) as the outlet; a surname as the person of the article with it ("VEGA" is "Marisol Vega"); a full name as
    written; None for a label naming no one ("UPDATE", "BREAKING")."""
    outlet = article.source.outlet
    roles = {w.lower() for w in re.findall(r"[A-Za-z-]+", m.group("role") or "")}
    words = m.group("label").split()
    if roles & BROADCAST_ROLES or (len(words) == 1 and words[0].lower() in BROADCAST_ROLES):
        return outlet
    name = m.group("inner") or " ".join(w.capitalize() for w in words)
    author = article.source.author or ""
    surname = name.split()[-1]
    if author and (author == name or author.split()[-1] == surname):
        return outlet
    people = [e.text for doc in docs or () for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    if len(name.split()) == 1:
        full = [p for p in people if p.split()[-1] == surname]
        return max(full, key=len) if full else None
    return name if roles or m.group("inner") or name in people or name in article.text else None


def _transcript_labels(article: Article, sentences: Sequence[Sentence], docs: Sequence[Doc] | None) -> dict[int, str]:
    """A broadcast transcript's speaker of each paragraph (by its block) labelled with one ("VEGA: Since the bridge
    closed, ..."): see _label_speaker; empty for an article with fewer than TRANSCRIPT_MIN such labels."""
    text = article.text
    labelled: dict[int, str] = {}
    seen: set[int] = set()
    for s in sentences:
        if s.block in seen:
            continue
        seen.add(s.block)
        m = _SPEAKER_LABEL.match(text, text.rfind("\n", 0, s.start) + 1)
        who = _label_speaker(m, article, docs) if m is not None else None
        if who is not None:
            labelled[s.block] = who
    return labelled if len(labelled) >= TRANSCRIPT_MIN else {}


def _transcribed(outlet: str, sentences: Sequence[Sentence], out: list[str], labelled: dict[int, str]) -> list[str]:
    """The speakers of a transcript: a labelled paragraph's sentences are its speaker's where they name no other
    (the outlet's where the label is the host's or a reporter's), named as the article's attributions name them
    ("Owner Marisol Vega says ..." and "VEGA: ...")."""
    named = {}
    for block, who in labelled.items():
        fuller = [o for o in out if o != outlet and o.endswith(who)]
        named[block] = max(fuller, key=len) if fuller and who != outlet else who
    return [named[s.block] if s.block in named and out[i] == outlet else out[i] for i, s in enumerate(sentences)]


def _interviewed_unlabelled(
    article: Article, sentences: Sequence[Sentence], out: list[str], docs: Sequence[Doc] | None
) -> list[str]:
    """The speakers of an interview whose questions are paragraphs of their own, with no "Q:" and "A:" (see
    _interviewed); `out` unchanged for any other article."""
    asked = _asked_paragraphs(article, sentences, out)
    if len(asked) < ASKED_MIN:
        return out
    outlet = article.source.outlet
    answers: list[int] = []
    for q in asked:
        after = q + 1
        if after >= len(sentences) or after in asked:
            return out  # a question left unanswered: a list of questions, not an interview
        j = after
        while j < len(sentences) and sentences[j].block == sentences[after].block:
            if out[j] == outlet:
                answers.append(j)
            j += 1
    if not any(_in_first_person(sentences[j].text) for j in answers):
        return out
    who = _interviewee(article, sentences, out, docs, frozenset(asked))
    if who is None:
        return out
    result = list(out)
    for j in answers:
        result[j] = who
    return result


# Capitalised words of a speaker's name that say what kind of body or rank it is, not which one (as tokenize
# writes them: "ministri").
_GENERIC_NAME_TERMS = word_terms(TITLES | BODY_WORDS)


# Words of a name for a kind of place or body ("Park", "Union", "Council"), as tokenize writes them.
_KIND_NAME_TERMS = word_terms(PLACE_NOUNS | ORG_NOUNS | BODY_WORDS)


# The institutions' single-word names (index.lexicon.INSTITUTION_NAMES), as tokenize writes them.
_INSTITUTION_TERMS = frozenset(t for name in set(INSTITUTION_NAMES.values()) if " " not in name for t in tokenize(name))


def _voice(speaker: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a speaker's name places it in, and the other words of its name (capitalised words, less the
    generic ones): "Pentagon spokesman Eric Pahon" is ({}, {pentagon, eric, pahon})."""
    countries: set[str] = set()
    # an institution named in several words is the one word the keyword index reads for it ("Department of
    # Defense spokesman Eric Pahon" speaks for the Pentagon)
    names: set[str] = {t for t in tokenize(speaker) if t in _INSTITUTION_TERMS}
    for word in re.findall(r"[A-Z][\w.'’-]*", speaker):
        tokens = token_tuple(word)
        found = {t for t in tokens if t in COUNTRIES}
        if found:
            countries |= found
            continue
        names.update(t for t in tokens if t not in _GENERIC_NAME_TERMS and len(t) > 2)
    return frozenset(countries), frozenset(names)


@lru_cache(maxsize=65536)  # asked of every pair of speakers in a dispute and at build, the same names again
def same_voice(a: str, b: str) -> bool:
    """Whether two speakers are one voice: names sharing a proper word ("Pentagon officials", "the Pentagon";
    "Samuel Oakford", "Oakford") or a country's body and the country ("the Russian Defense Ministry", "Russia");
    not names of different countries ("the Russian Defense Ministry" and "the U.S. Department of Defense" share
    only generic words, and their countries differ); one name written twice, proper or not ("the ferry
    company", "The ferry company"); and a body named by a common noun and its officer named by that noun and a
    role ("Norland's coast guard" and "coast guard spokeswoman Hanne Lie")."""
    if a and " ".join(_bare(a).lower().split()) == " ".join(_bare(b).lower().split()):
        return True
    countries_a, names_a = _voice(a)
    countries_b, names_b = _voice(b)
    if countries_a and countries_b:
        if not countries_a & countries_b:
            return False
        if not names_a or not names_b:
            return True  # a country's government ("Russia", "the Russian Defense Ministry") speaks for it
    shared = names_a & names_b
    if shared <= _KIND_NAME_TERMS and names_a - shared and names_b - shared:
        shared = frozenset()  # only a word for a kind of place or body: "Hollowmere Wildlife Park" and "Zoo and
        # Park Workers' Union" are two voices, each named by words of its own
    return bool(shared) or _officer_of(a, b) or _officer_of(b, a)


# A body's officer by the body's noun and a role: "union chairman Arne Vik", "Airport spokeswoman Kari Holm".
_OFFICER = re.compile(r"(?:^|\s)(?P<body>[A-Za-z][a-z'’-]+)\s+(?:" + "|".join(sorted(OFFICER_ROLES)) + r")\b")


def _officer_of(officer: str, body: str) -> bool:
    """Whether `officer` holds a role of `body`: the word before its role is the last word of the body's name
    ("union chairman Arne Vik" and "the air traffic controllers' union"), and the body names no person."""
    m = _OFFICER.search(own_name(officer))
    if m is None or m.group("body").lower() in PORTFOLIOS or _person_in(body):
        return False  # (a press secretary speaks for no press agency)
    # the body's head noun: its name's last word before a place or a clause ("A hospital trust in eastern England")
    head = re.split(r"\s+(?:in|of|at|from|near|on|that|which|who),?\s|,", own_name(body).lower())[0]
    words = re.findall(r"[\w'’-]+", head)
    owner = re.sub(r"['’]s?$", "", m.group("body").lower())  # "the trust's chief executive": the trust's
    return bool(words) and words[-1] == owner
