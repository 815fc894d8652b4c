"""A follow-up question in a conversation, read against the answer before it: "who said that?" and "the second
quote" point at a quote already shown; a question that leans on the one before ("when was that?", "and what did
Turkey say?") is asked together with it. The answer is still only quotes: this module only says what to show."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from index.answer import Answer

_ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "5th": 4,
    "last": -1,
}
# "the second quote", "quote 2", "the last one"
_NAMED_QUOTE = re.compile(
    r"\b(?P<ord>"
    + "|".join(_ORDINALS)
    + r")\s+(?:quote|one|passage|source)\b|\bquote\s*(?:#|no\.?\s*)?(?P<num>[1-5])\b",
    re.IGNORECASE,
)
# Words that point back at what was said before.
_POINTING = re.compile(r"\b(?:that|this|it|its|they|them|their|he|him|his|she|her|there|then|those|these)\b", re.I)
# Pronouns that stand for a person named before.
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
# Asking who said a quote, or where it comes from: answered by the quote itself, with its speaker and source.
_WHO_SAID = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:who|which (?:outlet|paper|site|agency)|what outlet)\s+(?:said|says|say|wrote|reported|"
    r"claimed|made)\b|\b(?:source|link|where (?:is|was|does|did) (?:that|it|this) (?:from|come from|come))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*", re.IGNORECASE)
# Words that carry no subject of their own in a follow-up ("and what about ...", "so when was that?").
_FILLER = frozenset(
    """a an the and or but so then what who whom whose which when where why how is are was were be been do does did
    done has have had will would can could should about of to in on at for from by with that this it its they them
    their there those these he him his she her say said says tell told more also again else please anything
    something thing things just really come came comes source link quote one find get""".split()
)


@dataclasses.dataclass(frozen=True)
class FollowUp:
    """What a follow-up asks: a quote already shown (`quote`, its position), or a question for the articles."""

    question: str  # what to ask the articles ("" when a quote already shown answers it)
    quote: int | None = None  # the position of the quote that answers it, in the answer before


def resolve(question: str, previous_question: str, shown: int, person: str | None = None) -> FollowUp:
    """Read `question` after an answer to `previous_question` that showed `shown` quotes; `person`: the person
    that question named, whom "he" or "she" now means (see `person_named`)."""
    text = " ".join(question.split())
    previous_question = _own_words(previous_question)
    named = _NAMED_QUOTE.search(text)
    if named and shown:
        if named["num"]:
            position = int(named["num"]) - 1
        else:
            position = _ORDINALS[named["ord"].lower()]
            position = shown - 1 if position < 0 else position
        if 0 <= position < shown:
            return FollowUp("", position)
    own = [w for w in _WORD.findall(text.lower()) if w not in _FILLER]
    if _WHO_SAID.search(text) and shown and not own:
        return FollowUp("", 0)  # "who said that?", "is there a source for it?": the quote shown first
    if person and _PERSONAL.search(text):
        # "what did he tell the radio?": the person the question before named, in the pronoun's place
        substituted = _PERSONAL.sub(
            lambda m: person + ("'s" if m.group().lower() in ("his", "her") else ""), text, count=1
        )
        if not _POINTING.search(_PERSONAL.sub("", text)):
            return FollowUp(substituted)
        text = substituted
    # It goes on from the question before: "and ...", "what about ...", or it only names what that one named
    # ("where were the targets?" after a question about the targets).
    goes_on = re.match(r"\W*(?:and|but|so|also|what about|how about)\b", text, re.IGNORECASE) or (
        own and set(own) <= set(_WORD.findall(previous_question.lower()))
    )
    if previous_question and (_POINTING.search(text) or not own or goes_on):
        # "when was that?", "why?", "and what did Turkey say?": the question before says what it is about
        return FollowUp(f"{text} ({previous_question})")
    return FollowUp(text)


def _own_words(question: str) -> str:
    """What a question is about, for the follow-up after it: the question itself, without the question before it
    that it carried along in brackets, unless it says nothing of its own ("when was that? (...)"): then that."""
    carried = re.match(r"(?P<own>.*?)\s*\((?P<before>[^()]*)\)\s*$", question, re.DOTALL)
    if carried is None:
        return " ".join(question.split())
    own = carried["own"]
    if not [w for w in _WORD.findall(own.lower()) if w not in _FILLER]:
        return " ".join(carried["before"].split())
    return " ".join(own.split())


def person_named(question: str) -> str | None:
    """The first person a question names (its parse's entities), for a follow-up's "he" or "she"."""
    from index.nlp import TAGS_ONLY, parse

    doc = next(parse([question], disable=TAGS_ONLY))
    return next((e.text for e in doc.ents if e.label_ == "PERSON"), None)


def quoted(question: str, previous: Answer, position: int) -> Answer:
    """The answer to a follow-up that points at a quote already shown: that quote again, with its source."""
    return Answer(question, (previous.quotes[position],), False, index_version=previous.index_version)


def read_against(question: str, context: Answer) -> FollowUp:
    """What a follow-up asks, read against the answer before it (and the person its question named). Parses that
    question (spaCy): an async caller runs it in a thread."""
    return resolve(question, context.question, len(context.quotes), person_named(context.question))


def becomes_context(wanted: FollowUp, answer: Answer) -> bool:
    """Whether the next follow-up is read against this answer: a new question the articles answered, not a quote
    pointed at again nor an abstention."""
    return wanted.quote is None and not answer.abstained


def conversation(questions: list[str], ask: Callable[[str], Answer]) -> list[Answer]:
    """The answers to a conversation's questions, each after the first read against the last answer the
    articles gave (as the bot reads follow-ups in a thread); `ask` asks the articles."""
    answers: list[Answer] = []
    context: Answer | None = None
    for question in questions:
        if context is None:
            answer = ask(question)
            context = answer
        else:
            wanted = read_against(question, context)
            answer = quoted(question, context, wanted.quote) if wanted.quote is not None else ask(wanted.question)
            if becomes_context(wanted, answer):
                context = answer
        answers.append(answer)
    return answers


__all__ = ["FollowUp", "becomes_context", "conversation", "person_named", "quoted", "read_against", "resolve"]
