"""What a member reads when the bot will not or cannot do what they asked: a refusal (cooldown, channel, rights)
or an error, each as one sentence, never a traceback. Every edge of Discord tells errors in these words."""

from __future__ import annotations

from bot.app.records import RecordsUnavailable
from index.errors import CoreError, EmptyQuestion, IndexNotBuilt, QuestionTooLong

QUESTION_MAX = 6000  # Discord's limit for a string option


class Refusal(Exception):
    """A reason not to answer that the member should read (cooldown, channel): shown to them alone."""


def user_message(error: BaseException) -> str:
    """The sentence a member sees for an error; never a traceback."""
    if isinstance(error, Refusal):
        return str(error)
    if isinstance(error, EmptyQuestion):
        return "Please ask a question with some words in it."
    if isinstance(error, QuestionTooLong):
        return f"That question is too long; please keep it under {QUESTION_MAX} characters."
    if isinstance(error, RecordsUnavailable):
        return "My records can't be written right now, so I can't do that; please try again in a minute."
    if isinstance(error, IndexNotBuilt):
        return "My index of the articles isn't ready. An operator needs to run `python -m bot index`."
    if isinstance(error, CoreError):
        return f"I couldn't answer that: {error}"
    return "Sorry, something went wrong on my side. It has been logged; please try again later."
