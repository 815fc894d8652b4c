"""Whether a sentence asserts a reported claim, denies one, or neither: by general lexical rules."""

from __future__ import annotations

import re

# Words that deny or discredit a statement.
_DENIAL = re.compile(
    r"\b(den(?:y|ies|ied|ial|ials|ying)|disput(?:e|es|ed|ing)|denounc\w*|dismiss(?:ed|es)?|"
    r"reject(?:s|ed)?|refut\w*|rebut\w*|propaganda|false(?:ly|hood)?|fake|fabricat\w*|lie|lies|lying|"
    r"misleading|untrue|no way|not true|not aware|not coordinating|no evidence|"
    r"there (?:was|is|were|are) no|no (?:joint|provision|coordination|military-to-military))\b",
    re.IGNORECASE,
)
# Words that report what someone asserted.
_REPORT = re.compile(
    r"\b(said|says|say|claim(?:s|ed)?|announc(?:e|es|ed)|report(?:s|ed)?|stated|statement|"
    r"told|according to|quot(?:e|es|ed)|cited|press release|added|alleg(?:e|es|ed))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(not|no|never|neither|nor|without)\b|n't\b", re.IGNORECASE)
# An opening quotation mark: the sentence carries someone's own words.
_OPENS_QUOTE = re.compile(r"(^|\s)[\"“]")


def stance(text: str, attributed: bool = False, context: str = "", following: str = "") -> str:
    """'denial', 'claim' or 'other' for a sentence.

    A denial has words that deny or discredit. A claim asserts something on someone's word: the
    sentence is attributed to a speaker (`attributed`, from index.attribution), reports an assertion
    with a reporting verb, or is a quotation that the sentence before (`context`) introduces or the
    one after (`following`) attributes; and it does not negate. Everything else is 'other'.
    """
    if _DENIAL.search(text):
        return "denial"
    if _NEGATION.search(text):
        return "other"
    if attributed or _REPORT.search(text):
        return "claim"
    if _OPENS_QUOTE.search(text) and (
        context.rstrip().endswith(":") or _REPORT.search(context) or _REPORT.search(following)
    ):
        return "claim"
    return "other"
