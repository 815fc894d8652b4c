"""What a question asks to count or measure, and whether a sentence gives it: a number of the thing counted, an
amount of money, a length of time or distance."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from index.keyword import token_tuple
from index.lexicon import (
    AUXILIARIES,
    GENERIC_PEOPLE,
    MACHINES,
    MONTH_PATTERN,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    STOPWORDS,
)

_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_QUANTITY = re.compile(rf"(\d|\b(?:{_NUMBER_WORDS})\b)", re.IGNORECASE)
# Currencies by name, for money in a text and in a question of it; those that are also common words ("real",
# "rand", "won") only in a text, where a number stands with them.
_CURRENCIES = (
    r"dollars?|euros?|rubles?|roubles?|pounds?|kronor|krona|kroner|krone|francs?|yen|yuan|renminbi|rupees?|lira|"
    r"liras|shekels?|dinars?|dirhams?|riyals?|rials?|pesos?|zloty|forint|koruna|kuna|hryvnias?|baht|ringgit|naira|"
    r"shillings?|pence|cents?"
)
# Money in a text: a currency's sign or name, or a word of cost; a currency that is also a common word ("real",
# "rand", "won", "crowns", "marks") only just after a number ("2 billion reais", "48 million crowns", not "a lack of
# real help" or "the crown's lawyers").
# Time spent is no money: "They spent the following days mapping the network".
_NOT_TIME_SPENT = r"(?!\s+(?:[\w'’-]+\s+){0,3}(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|decades?|time)\b)"
_MONEY = re.compile(
    rf"[$€£¥₹₽]|\b(?:{_CURRENCIES}|budget|cost\w*|spent{_NOT_TIME_SPENT}|price)\b"
    r"|(?<![\d,.])\d[\d,.]*\s*(?:(?:million|billion|trillion|bn|m)\s+)?(?:reais|real|rand|won|crowns?|marks?|lei)\b",
    re.I,
)
_HOW_MANY = re.compile(r"\bhow many\s+(?:of\s+(?:the\s+)?)?((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
# A length of time or of distance: "two hours", "for 40 minutes", "a week", "since 2009", "40 kilometres".
_TIME_UNITS = r"seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?"
DISTANCE_UNITS = (
    r"kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|ft|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|"
    r"inch(?:es)?|yards?"
)


def _span(units: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}|a|an|few|many|half an?)\b)[\s-]+(?:\w+[\s-]+)?(?:{units})\b"
        r"(?!\s+(?:later|earlier|before|after|ago)\b)"  # "a day later", "two days before": a point in time
        r"|\b(?:since|until|till|throughout|all (?:day|night))\b|\bfor (?:hours|days|weeks|months|years)\b",
        re.IGNORECASE,
    )


_SPAN = _span(f"{_TIME_UNITS}|{DISTANCE_UNITS}")
_TIME_SPAN = _span(_TIME_UNITS)


def _stated(units: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\bevery )(?<!\bper )(?<!\beach )(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}))[\s-]+(?:\w+[\s-]+)?(?:{units})\b"
        # "two days later / before the strike" places a day; "for one minute before drinking it" is a length
        r"(?!\s+(?:later|earlier|ago)\b)(?!\s+(?:before|after)\b(?!\s+\w+ing\b))",
        re.IGNORECASE,
    )


# A length said by its figure: "at least six weeks", "a 14-inch crack", "for 48 hours"; not one left to a clause
# or a date ("until repairs are complete", "since 2024", which may be another thing's), a rate ("18,000 vehicles a
# day", "every two years") or a bare "a day".
_STATED = _stated(f"{_TIME_UNITS}|{DISTANCE_UNITS}")
_STATED_TIME = _stated(_TIME_UNITS)


def states_length(text: str, of_time: bool = False, elapsed: bool = False) -> bool:
    """Whether a sentence states a length (of time only, `of_time`) by its figure, as a "how long" question is best
    answered: "the closure would last at least six weeks" before "until repairs are complete"; a time between two
    events as well (`elapsed`: "more than ten hours later")."""
    if elapsed and _ELAPSED.search(text):
        return True
    return bool((_STATED_TIME if of_time else _STATED).search(text))


# A number and the words after it: what is counted. The words are looked ahead at, so that the next number's
# words are read too ("nine Russian and eight Turkish warplanes": warplanes were counted twice).
# A number ends in a digit: the comma after "Until 2024," is the sentence's, and no words follow the number. A
# possessive is one word, and "of the" comes before the words ("340 of the firm's servers" counts servers).
_COUNTED = re.compile(
    rf"(?P<number>\b\d(?:[\d,.]*\d)?|\b(?:{_NUMBER_WORDS})\b)"
    r"(?=((?:\s+of(?:\s+(?:the|its|their|his|her|our|these|those))?)?(?:\s+[A-Za-z][\w'’-]*){1,3}))",
    re.IGNORECASE,
)
# A number of a text, in digits or in words.
_NUMBER = re.compile(rf"\b\d(?:[\d,.]*\d)?|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# A number that is a date, not a count: a year ("In 2023 a ship ran aground"), a day after its month ("March 4 the").
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_PATTERN})\.? $")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN})\b")


def _is_date(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a year (not one before a plural: "2000 people") or the day of a
    month written before or after it ("March 4", "10 October")."""
    if _YEAR.fullmatch(text, start, end):
        following = re.match(r"\s+([A-Za-z][\w-]*)", text[end:])
        return not (following and _plural(following.group(1)))  # "2000 passengers" are counted
    if end - start > 2:
        return False
    return bool(_MONTH_BEFORE.search(text[max(0, start - 12) : start]) or _MONTH_AFTER.match(text, end))


def counts_asked(question: str, text: str) -> bool:
    """Whether a sentence gives a number of the very thing a "how many" question counts ("More than 900 pupils"
    of "how many pupils ...?"), however the tagger read it: the small model leaves some counts untagged after a
    dateline."""
    if not _HOW_MANY.search(question):
        return False
    nouns = [n for n in counted_nouns(question) if n.isalpha()]
    return any(not _is_date(text, *m.span("number")) for n in nouns for m in _count_of(n).finditer(text))


@lru_cache(maxsize=256)
def _count_of(noun: str) -> re.Pattern[str]:
    """A number (not a clock time or a date's day) then, at most two words on, the noun: "900 pupils", "More than
    900 frightened pupils", "nine Russian warplanes"."""
    stem = re.escape(noun.lower().removesuffix("s"))
    return re.compile(
        rf"(?<![\d:.,])(?P<number>\b\d[\d,]*|\b(?:{_NUMBER_WORDS}))(?![\d:.])\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{stem}s?\b",
        re.IGNORECASE,
    )


_JOINED_COUNT = re.compile(rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}))-(?P<noun>[A-Za-z]+)\b", re.IGNORECASE)
_HOW_MUCH = re.compile(r"\bhow much\b", re.IGNORECASE)
# How often: "once", "twice", "three times".
_TIMES = re.compile(rf"\b(?:once|twice|thrice|(?:\d+|{_NUMBER_WORDS}) times)\b", re.IGNORECASE)
# "How much" of money: a cost, a price, a payment, money itself.
MONEY_WORDS = (
    r"money|cash|funding|aid|compensation|cost\w*|price\w*|fares?|fees?|tariffs?|wages?|salar\w*|earn(?:s|ed|ing|ings)?|"
    r"incomes?|rents?|"
    r"pa(?:y|id|ying|yment)|spen[dt]\w*|worth|fund\w*|"
    rf"budget\w*|fine[ds]?|charg\w+|ransoms?|bail|bribes?|rewards?|damages|loans?|debts?|{_CURRENCIES}"
)
_ASKS_MONEY = re.compile(rf"\b(?:{MONEY_WORDS})\b", re.IGNORECASE)


# "How much did X cost?": the price of something, which a sentence gives only with a word of cost or paying beside
# its money ("The cost of the work, estimated at £280,000"; not "a refund of $210" or "a voucher for 250 euros",
# which are sums of other things).
_ASKS_COST = re.compile(
    r"\bhow much\s+(?:(?:does|did|do|will|would|could|is|was|has|have|had)\s+)?(?P<thing>.*?)\s*\b"
    r"(?:cost|costs|costed|costing|price[ds]?)\b",
    re.IGNORECASE,
)
_TELLS_COST = re.compile(
    r"\b(?:cost\w*|pric\w+|paid|pay|pays|paying|payment|spen[dt]\w*|bill\w*|fees?|fares?|charg\w+|budget\w*|"
    r"estimat\w+|salar\w+|wages?|earn\w*)\b",
    re.IGNORECASE,
)
# "How much is the mayor paid?", "how much did the council spend?": a payment, which a sentence gives only with a
# word of paying or spending beside its money (whom it names is the payer or the payee, no thing priced).
_ASKS_PAYMENT = re.compile(
    r"\bhow much\b.*\b(?:pay|pays|paid|paying|spend|spends|spent|spending|earn|earns|earned|charge|charged|charges)\b",
    re.IGNORECASE,
)

# "How much did the park pay for the panda?": what was paid for, which the sentence must name (a sum paid for
# something else is another sum).
_PAID_FOR = re.compile(r"\bhow much\b.*\b(?:pay|pays|paid|paying)\s+for\s+(?P<thing>[^?.!]+)", re.IGNORECASE)


def _names_all(thing: str, text: str) -> bool:
    """Whether a sentence names every word of the thing whose price is asked ("a return ticket" in "A return ticket
    is 75 pence."), so that its sum is that thing's price, told without a word of cost."""
    words = set(token_tuple(thing)) - STOPWORDS
    return bool(words) and words <= set(token_tuple(text))


def _names_another(thing: str, text: str) -> bool:
    """Whether a sentence names only other things of the asked thing's kind: it lacks a word the question says
    which one by, and holds its noun each time qualified by a word the question does not give it ("reviews of
    marking", "an internal review" of "the independent review").
    The noun alone ("The pier cost 40 million euros" of "the new pier") or with the question's own words is the
    thing asked; a sentence without the noun ("it would cost about £9,000 a day") may call it "it"; an adverb
    ("usually") says nothing of which; a thing named with "of" ("each day of closure") is left alone."""
    words = [w for w in thing.split() if not w.lower().endswith("ly")]
    if any(w.lower() == "of" for w in words):
        return False
    terms = [t for t in token_tuple(" ".join(words)) if t not in STOPWORDS]
    if len(terms) < 2:
        return False
    head, asked = terms[-1], set(terms)
    if set(terms[:-1]) <= set(token_tuple(text)):
        return False  # the question's words that say which one stand in it ("The estimated repair bill for the
        # bridge" of "the bridge repairs")
    found = re.findall(r"[\w'’-]+", text)
    seen = False
    for i, word in enumerate(found):
        if token_tuple(word)[:1] != (head,):
            continue
        seen = True
        # the words qualifying it before, back to a stop word ("a new, higher fence": new, higher); any of the
        # question's own among them makes it the thing asked
        before: list[str] = []
        for prior in reversed(found[max(0, i - 3) : i]):
            prior_terms = token_tuple(prior)
            if not prior_terms:
                break  # a stop word: "the pier" is bare
            before.append(prior_terms[0])
        qualified = bool(before) and not asked & set(before)
        if i + 2 < len(found) and found[i + 1].lower() == "of":
            qualified = qualified or not set(token_tuple(found[i + 2])) <= asked  # "reviews of marking"
        if not qualified:
            return False  # the thing itself
    return seen


# A change of an amount ("how much did prices rise / go up / fall?"), which a share of it answers as well as money.
_CHANGE = re.compile(
    r"\b(?:rise|rises|rose|risen|rising|go up|goes up|went up|gone up|increas\w*|fall|falls|fell|fallen|drop\w*|"
    r"climb\w*|jump\w*|soar\w*|surg\w*|grow|grew|grown|declin\w*|rais\w*|hik\w*|cut|slash\w*)\b",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE)


# Two words whose embeddings have at least this cosine name the same kind of thing when counting: measured
# with the packaged model, "countries"/"nations" 0.79 and "planes"/"aircraft" 0.87, but "civilians"/"militants" 0.55.
SAME_THING = 0.65
WORD_CACHE = 50_000  # counted words whose embeddings are kept

Alike = Callable[[str, str], bool]


# Plural nouns that do not end in "s".
_IRREGULAR_PLURALS = frozenset("people men women children aircraft personnel police militia staff crew".split())


def _plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if len(word) <= 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    return word[:1].islower() or any(ch.isdigit() for ch in word)  # "fighters", "Su-24s"; not "US", "Daesh's"


def counted_nouns(question: str) -> list[str]:
    """The word that says what a "how many" question counts: the first plural within its three words ("how many
    Islamic State fighters" -> fighters, not "Islamic"); when none looks plural, all three ("how many Turkish
    planes" -> planes; "how many Su-24s" -> su-24s)."""
    m = _HOW_MANY.search(question)
    if not m:
        return []
    words = []
    for w in re.findall(r"[A-Za-z][\w-]*", m.group(1)):
        if w.lower() in AUXILIARIES and not w.isupper():
            break  # "how many were killed": the count of no word ("IS fighters": the Islamic State's)
        words.append(w)
    head = next((w for w in words if _plural(w)), None)
    return [head.lower()] if head else [w.lower() for w in words if len(w) > 1]


def _coordinated(words: Sequence[str]) -> bool:
    """Whether the words after a number run into another number's ("Seven Varanian and five Moldish jets": seven
    jets too), so that the count is of the noun after the later one, not elliptical."""
    lower = [w.lower() for w in words]
    return bool(lower) and (lower[-1] in ("and", "or") or any(w in NUMBER_WORDS for w in lower[1:]))


# Prepositions that end what a number counts: "two announcements to passengers" counts announcements (a count "of"
# goes on: "two of the passengers").
_ENDS_COUNTED = frozenset(
    """to for from with at on in by into onto over under about after before during near against toward towards
    through across""".split()
)


def _counted_words(words: Sequence[str]) -> tuple[str, ...]:
    """The words after a number that say what it counts: up to its first plural noun ("168 passengers and six" ->
    passengers) and before a preposition ("two announcements to passengers" -> announcements)."""
    out: list[str] = []
    for w in words:
        if w.lower() in _ENDS_COUNTED:
            break
        out.append(w)
        if _plural(w):
            break
    return tuple(out)


@lru_cache(maxsize=8192)  # asked of the same candidate sentences by question after question
def _counts(text: str) -> tuple[tuple[str, ...], ...]:
    """For each number of a text, the words after it that it counts (_counted_words); a number joined to its
    noun ("a 30-page report", "the 5-knot limit") counts that noun, given in the plural it stands for ("pages"), as
    a count writes it."""
    out = []
    for m in _COUNTED.finditer(text):
        words = _counted_words(re.findall(r"[A-Za-z][\w-]+", m.group(2)))
        if _is_date(text, m.start("number"), m.end("number")):
            continue  # a date, which counts nothing ("2000 people" does)
        out.append(words)
    return tuple(out + [(m.group("noun") + "s",) for m in _JOINED_COUNT.finditer(text)])


def after_numbers(text: str) -> list[str]:
    """The words that follow a number in a text: what the text counts ("68 nations", "36 Daesh targets")."""
    return [w.lower() for words in _counts(text) for w in words]


def _whole_words(text: str) -> set[str]:
    """The keyword terms of a text's words, a hyphenated word as one ("fighter-bombers" is not "fighters")."""
    return {t[0] for w in re.findall(r"[A-Za-z0-9][\w'’-]*", text) if (t := token_tuple(w))}


def _people_both(counted: str, word: str) -> bool:
    """Whether a count of people in general and a count of some people are counts of the same ("how many people"
    and "Eleven passengers"; "how many passengers" and "11 people")."""
    counted, word = counted.lower(), word.lower()
    return (counted in GENERIC_PEOPLE and word in PEOPLE_NOUNS) or (word in GENERIC_PEOPLE and counted in PEOPLE_NOUNS)


def same_word(a: str, b: str) -> bool:
    return a == b


# Words of harm to people: a count of the dead or the hurt ("how many soldiers died?") is answered by a sentence
# that tells of harm, not by a count of those present ("240 soldiers are stationed at the bridge").
_HARM = re.compile(
    r"\b(?:die[ds]?|dying|dead|deaths?|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing|y|ies)|hurt|"
    r"casualt(?:y|ies)|fatalit(?:y|ies)|fatally|toll|lives|perish(?:ed)?|slain|murder(?:s|ed)?|massacred?|bodies|"
    r"drown(?:s|ed|ing)?|executed|"
    r"eliminated|neutrali[sz]ed|"
    # someone hurt told by what was done for them or what was broken: "was taken to hospital with a broken leg",
    # "were treated for smoke inhalation", "is in a critical condition"
    r"(?:taken|rushed|flown|airlifted|admitted)\s+to\s+(?:a\s+|the\s+)?hospital|hospitali[sz]ed|"
    r"treated\s+(?:for|in\s+hospital|at\s+(?:a|the)\s+(?:scene|hospital))|smoke\s+inhalation|"
    # or looked at by those who treat: "checked by paramedics", "paramedics assessed one young person"
    r"(?:checked|assessed|examined|seen)\s+(?:over\s+)?by\s+(?:paramedics|medics|doctors|ambulance\s+\w+)|"
    r"(?:paramedics|medics)\s+(?:checked|assessed|examined|treated)|"
    r"(?:broken|broke\s+(?:his|her|their|a|an))\s+(?:legs?|arms?|ribs?|wrists?|ankles?|hips?|necks?|backs?|jaws?|"
    r"collarbones?|bones?|skulls?)|fractur(?:e|es|ed)|concussion|(?:critical|serious)\s+condition)\b",
    re.IGNORECASE,
)


def tells_of_harm(text: str) -> bool:
    """Whether a text tells of people killed or hurt ("drowned", "were killed", "injuries", "the death toll")."""
    return bool(_HARM.search(text))


# A count may name what it counts just ahead of it, as its subject: "Callouts have risen from 61 in 2021 to 88".
# The noun is at most this many words before the number (the subject, a verb of two words and a preposition).
COUNTED_AHEAD = 4


def _counted_ahead(text: str, counted: set[str]) -> bool:
    """Whether a number counting nothing after it has one of the `counted` terms within COUNTED_AHEAD words
    before it ("Callouts have risen from 61 in 2021"; not "No driver will work ... one in five duties")."""
    for m in _COUNTED.finditer(text):
        words = _counted_words(re.findall(r"[A-Za-z][\w-]+", m.group(2)))
        if _is_date(text, m.start("number"), m.end("number")) or any(_plural(w) for w in words):
            continue
        ahead = re.findall(r"[A-Za-z0-9][\w'’-]*", text[: m.start("number")])[-COUNTED_AHEAD - 1 :]
        if counted & _whole_words(" ".join(ahead)):
            return True
    return False


def gives_count(question: str, text: str, context: str = "", alike: Alike = same_word) -> bool:
    """Whether a sentence (`text`, after `context`) can answer a count or an amount: "how many" needs a
    number and the thing counted, as the question's counted noun in the sentence or the one before, or a counted
    word that `alike` finds the same ("countries" and "68 nations"); "how much" needs a number and money."""
    m = _HOW_MANY.search(question)
    if m:
        if _HARM.search(question) and not _HARM.search(text):
            return False  # "how many soldiers died?": not "240 soldiers are stationed there"
        counted = _whole_words(" ".join(counted_nouns(question)))
        if counted <= {"time", "times"} and _TIMES.search(text):
            return True  # "how many times ...?": "twice", "three times"
        if not any(not _is_date(text, *m.span()) for m in _NUMBER.finditer(text)):
            return False  # no number, or only dates
        if not counted or counted & {t for words in _counts(text) for t in _whole_words(" ".join(words))}:
            return True  # a number of the thing counted ("36 targets"; not "bombing 36 targets" for bombs)
        if any(alike(c, w) or _people_both(c, w) for c in counted_nouns(question) for w in after_numbers(text)):
            return True
        # The sentence before may name what an elliptical count counts ("... Russian planes. Nine took part."),
        # not what a count of something else does ("... fighter-bombers. A total of 22 targets were struck.").
        counts = _counts(text)
        elliptical = not counts or any(
            not any(_plural(w) for w in words) and not _coordinated(words) for words in counts
        )
        return (elliptical and bool(counted & _whole_words(context))) or _counted_ahead(text, counted)
    if _HOW_MUCH.search(question):
        if not any(not _is_date(text, *m.span()) for m in _NUMBER.finditer(text)):
            return False  # no number, or only dates ("in 2023", "on 10 October")
        # "how much did it cost?": money; "how much waste was dumped?": a number of some unit ("40,000 tonnes");
        # "how much did prices go up?": a change, as money or a share ("rose by 12 percent")
        if not _ASKS_MONEY.search(question):
            return bool(_counts(text))
        if _CHANGE.search(question) and _PERCENT.search(text):
            return True
        cost = _ASKS_COST.search(question)
        if cost and not _TELLS_COST.search(f"{context} {text}") and not _names_all(cost.group("thing"), text):
            return False  # "how much did a ticket cost?": "a refund of $210" is another sum
        if cost and _names_another(cost.group("thing"), text):
            return False  # "how much will the independent review cost?": not "fees for reviews of marking"
        if _ASKS_PAYMENT.search(question) and not _TELLS_COST.search(f"{context} {text}"):
            return False  # "how much is the mayor paid?": not "£2 million of investment"
        paid_for = _PAID_FOR.search(question)
        if paid_for and not _names_all(paid_for.group("thing"), f"{context} {text}"):
            return False  # "how much did the park pay for the panda?": not what it will pay for a fence
        return bool(_MONEY.search(_PER_CENT.sub("%", f"{context} {text}")))  # ("50 per cent" is no cent)
    return True


# What gives each measure a "how high / far / fast / deep / heavy" question asks for: a number with one of its units,
# or a word naming the measure itself ("at an altitude of ...").
_LENGTH_UNITS = r"met(?:er|re)s?|m|feet|foot|ft"
_MEASURE_UNITS = {
    "height": _LENGTH_UNITS + r"|storeys|stories|floors",
    "distance": _LENGTH_UNITS + r"|kilomet(?:er|re)s?|km|miles?|yards?|nautical miles?",
    "speed": r"km/h|kph|mph|knots?|(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?) (?:an|per|a) (?:hour|second)|mach",
    "depth": _LENGTH_UNITS + r"|fathoms?",
    "weight": r"tonnes?|tons?|kilo(?:gram)?s?|kg|pounds?|lbs?|grams?|g",
    "temperature": r"degrees?|°\s?[CF]|celsius|centigrade|fahrenheit",
    # a size: a length, an area or a volume ("60 by 80 centimetres", "40 hectares", "2,000 square metres")
    "size": _LENGTH_UNITS
    + r"|(?:centi|milli)met(?:er|re)s?|cm|mm|inch(?:es)?|kilomet(?:er|re)s?|km|miles?|hectares?|acres?|"
    r"square (?:met(?:er|re)s?|kilomet(?:er|re)s?|km|miles?|feet)|sq\.? ?(?:m|km|ft)|m2|km2|"
    r"cubic (?:met(?:er|re)s?|feet)|m3|lit(?:er|re)s?",
    "width": _LENGTH_UNITS + r"|(?:centi|milli)met(?:er|re)s?|cm|mm|kilomet(?:er|re)s?|km|miles?|inch(?:es)?",
}
_MEASURE_WORDS = {
    "height": r"altitude|height|above",
    "distance": r"distance|away",
    "speed": r"speed",
    "depth": r"depth|below",
    "weight": r"weight|weigh\w*",
    "temperature": r"temperatures?",
    "size": r"size|sized|measur(?:es|ed|ing)|dimensions|area|(?:\d[\d,.]*|\w+)\s+by\s+\d[\d,.]*",
    "width": r"width|wide|across",
}
_MEASURED = {
    kind: re.compile(
        rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS})\b)[\s-]*(?:{units})\b|\b(?:{_MEASURE_WORDS[kind]})\b", re.IGNORECASE
    )
    for kind, units in _MEASURE_UNITS.items()
}
# An age ("how old ...?"): a number of years old ("a 50-year-old tower", "67 years old"), or a word of age or of when
# something was built or founded ("aged 67", "built in 1968", "dates back to 1912"); not "since": "records since
# 2020" tell nothing of how old the records' keeper is.
_MEASURED["age"] = re.compile(
    rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS})\b)[\s-]+(?:years?|months?)[\s-]+old\b|\b\d+-(?:year|month)-old\b"
    r"|\b(?:aged?|age of|built|constructed|erected|founded|established|commissioned|installed|oldest)\b"
    r"|\bdat(?:es|ed|ing) (?:from|back)\b|\b(?:decades?|centur(?:y|ies))[\s-]+old\b",
    re.IGNORECASE,
)
# A person's age, set after their name: "Arvid Nes, 67, said", "Ava, who is eight, was in the water".
_AGE_AFTER_NAME = re.compile(
    rf"[A-Z][\w'’-]+,\s(?:\d{{1,3}}|who\s(?:is|was)\s(?:\d{{1,3}}|(?:{_NUMBER_WORDS})(?:-\w+)?)),\s"
)


# A length said to be of one dimension: "40 metres long", "a 3m-wide gap", "two metres deep"; the word after it,
# and the measure that word gives.
_DIMENSION = re.compile(r"[\s-]*(long|wide|across|high|tall|deep|away)\b", re.IGNORECASE)
_DIMENSION_OF = {
    "long": "length",
    "wide": "width",
    "across": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "away": "distance",
}
# The measures a length in one dimension gives no other of ("how deep are the cracks?": not "cracks 40 metres long");
# a size is any of them.
_ONE_DIMENSION = frozenset({"height", "depth", "width", "distance"})


def gives_measure(kind: str, text: str, of_person: bool = False) -> bool:
    """Whether a sentence gives the measure asked for (index.question's kinds "height", "distance", "speed",
    "depth", "weight", "temperature", "age"): a number in one of its units or a word for the measure; "40 kilometres
    northeast of the city" gives a distance, not a height, and "cracks about 40 metres long" a length, not a depth; a
    person's age (`of_person`) also set after the name. Other kinds ask nothing of it."""
    pattern = _MEASURED.get(kind)
    if pattern is None:
        return True
    for m in pattern.finditer(text):
        said = _DIMENSION.match(text, m.end())
        if kind in _ONE_DIMENSION and said and _DIMENSION_OF[said.group(1).lower()] != kind:
            continue  # a length of another dimension
        return True
    return kind == "age" and of_person and bool(_AGE_AFTER_NAME.search(text))


# A time between two events, told from the second: "reached them at 04:00, more than ten hours later".
_ELAPSED = re.compile(
    rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}|a|an|few|many|half an?)\b)[\s-]+(?:\w+[\s-]+)?(?:{_TIME_UNITS})\s+"
    r"(?:later|afterwards|after that)\b",
    re.IGNORECASE,
)


# A share by which one thing exceeds another in words: "almost a quarter longer", "twice as long" (a percentage,
# "19 per cent longer", is _PERCENT).
_SHARE_MORE = re.compile(
    r"\b(?:a (?:quarter|third|fifth|tenth)|half|twice|three times|four times)\s+(?:longer|more|as long|as much)\b",
    re.IGNORECASE,
)


def gives_share(text: str) -> bool:
    """Whether a sentence gives a share by which something exceeds another ("19 per cent longer", "a quarter
    longer"), as "how much longer ...?" may be answered."""
    return bool(_PERCENT.search(text) or _SHARE_MORE.search(text))


def gives_span(text: str, of_time: bool = False, elapsed: bool = False) -> bool:
    """Whether a sentence gives a length of time or distance ("for two hours", "since 2009", "40 kilometres"), as
    "how long" asks: a date alone does not; a length of time only (`of_time`: "how long did it last?"); a time
    between two events as well (`elapsed`: "how long did it take?", answered by "ten hours later")."""
    if elapsed and _ELAPSED.search(text):
        return True
    return bool((_TIME_SPAN if of_time else _SPAN).search(text))


# The units a length of a thing or of time is given in, for a measure bound to its thing (measures_thing).
_BOUND_UNITS = rf"{_TIME_UNITS}|{DISTANCE_UNITS}|m"


@lru_cache(maxsize=256)
def _bound_measure(noun: str) -> re.Pattern[str]:
    thing = rf"{re.escape(noun)}(?:s|es)?"
    number = rf"(?:\b\d[\d,.]*|\b(?:{_NUMBER_WORDS}))"
    return re.compile(
        # before it, as one word or two: "a 52-metre blade", "the six-hour strike", "a 40 metre wind turbine blade"
        rf"{number}[\s-]*(?:{_BOUND_UNITS})[\s-]+(?:[\w'’-]+\s+){{0,2}}?{thing}\b"
        # after it: "the blade, which is 52 metres long", "a runway 3km long"
        rf"|\b{thing}\b[^.;:]{{0,40}}?{number}[\s-]*(?:{_BOUND_UNITS})\s+(?:long|tall|high|wide|deep)\b",
        re.IGNORECASE,
    )


def measures_thing(text: str, noun: str) -> bool:
    """Whether a sentence gives a length (of time or of distance) bound to the thing named by `noun`: "a 52-metre
    blade", "the blade, which is 52 metres long", "the six-hour strike"; not a length beside it ("the blade fell,
    and pieces were found 300 metres away")."""
    return bool(noun) and bool(_bound_measure(noun.lower()).search(text))


_MACHINE_WORDS = frozenset(w for words in MACHINES.values() for w in words)


def _a_machine(word: str) -> bool:
    """A machine's noun, singular or plural ("frigates", "helicopters"; MACHINES in the lexicon)."""
    return word in _MACHINE_WORDS or word.removesuffix("s") in _MACHINE_WORDS


class SameThing:
    """Whether two counted words name the same kind of thing, by the cosine of their embeddings; each word is
    embedded once (in one call per question for the words it brings) and remembered."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray]) -> None:
        self._embed = embed
        self._vectors: dict[str, np.ndarray] = {}

    def for_question(self, question: str, texts: list[str]) -> Alike:
        """The comparison for a question whose candidate sentences are `texts`: exact words when it counts nothing."""
        counted = counted_nouns(question)
        if not counted:
            return same_word
        self._remember(sorted(set(counted) | {w for t in texts for w in after_numbers(t)}))
        return self.alike

    def names_kind(self, noun: str, texts: list[str]) -> bool:
        """Whether the words of these texts (a question's candidate sentences) name a kind of thing as `noun` does,
        a word no article has ("warship" and the articles' "frigate"; SAME_THING), embedding the words not yet
        remembered in one call."""
        words = {w.lower() for t in texts for w in re.findall(r"\b[A-Za-z][a-z-]{3,}\b", t)} - STOPWORDS
        self._remember(sorted({noun.lower()} | words))
        return any(self.alike(noun.lower(), w) for w in words)

    def _remember(self, words: list[str]) -> None:
        todo = [w for w in words if w not in self._vectors]
        if todo:
            for w, v in zip(todo, self._embed(todo), strict=True):
                self._vectors[w] = v
            while len(self._vectors) > WORD_CACHE:
                self._vectors.pop(next(iter(self._vectors)))

    def alike(self, a: str, b: str) -> bool:
        if a == b or (len(a) > 3 and b.rstrip("s").endswith(a.rstrip("s"))):  # "warplanes" are planes
            return True
        if _a_machine(a) and b in PEOPLE_NOUNS or _a_machine(b) and a in PEOPLE_NOUNS:
            return False  # people are no machines, however alike the words ("sailors" and "frigates")
        if "-" in b and b.split("-", 1)[0] == a.rstrip("s"):
            return False  # "fighter-bombers" are bombers, not fighters
        va, vb = self._vectors.get(a), self._vectors.get(b)
        return va is not None and vb is not None and float(np.dot(va, vb)) >= SAME_THING
