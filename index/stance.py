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
    r"\b(said|says|say|claim(?:s|ed)?|announc(?:e|es|ed)|report(?:s|ed)?|stat(?:e|es|ed|ement)|"
    r"told|according to|quot(?:e|es|ed)|cited|press release|added|alleg(?:e|es|ed))\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“”]")
# A denial that is itself reported as the other side's ("Russia has also denied claims by the Pentagon")
# still denies; what it denies is decided by relevance to the question, not here.


def stance(text: str) -> str:
    """'denial' for a sentence that denies or discredits, 'claim' for one that reports an assertion, else 'other'."""
    if _DENIAL.search(text):
        return "denial"
    if _REPORT.search(text) or _QUOTED.search(text):
        return "claim"
    return "other"
