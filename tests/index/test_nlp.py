"""The shared spaCy pipeline: a question is not held up by a long article being parsed in another thread; what the
parse is helped with (a clock time the model reads as a number)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from index.nlp import TAGS_ONLY, parse, tells_clock_time
from tests.conftest import ROOT


def test_a_question_is_parsed_while_a_long_article_is_being_parsed() -> None:
    sentences = [
        f"The ferry number {n} left the harbour at dawn, the harbour master told reporters in the port."
        for n in range(1200)
    ]
    started = threading.Event()
    done: list[int] = []

    def index_article() -> None:
        count = 0
        for _ in parse(sentences):
            count += 1
            started.set()
        done.append(count)

    worker = threading.Thread(target=index_article)
    worker.start()
    assert started.wait(60)
    (doc,) = parse(["When did the ferry leave the harbour?"], disable=TAGS_ONLY)
    answered_while_indexing = worker.is_alive()
    worker.join()
    assert [t.text for t in doc][:2] == ["When", "did"]
    assert done == [1200]
    assert answered_while_indexing, "the question waited for the whole article"


def test_a_short_parse_waiting_takes_the_next_turn_before_a_long_one() -> None:
    """Whatever the scheduling: while a long parse's batch runs, a question waits; when the batch ends, the
    question goes before the long parse's next batch, which the same thread asks for at once (with a plain lock,
    that thread took it back first more often than not)."""
    import time

    from index.nlp import _Turns

    turns = _Turns()
    order: list[str] = []
    holding = threading.Event()
    release = threading.Event()

    def long_parse() -> None:
        with turns.taken(False):
            holding.set()
            release.wait(10)
            order.append("batch 1")
        with turns.taken(False):
            order.append("batch 2")

    def question() -> None:
        with turns.taken(True):
            order.append("question")

    running = threading.Thread(target=long_parse)
    running.start()
    assert holding.wait(10)
    asking = threading.Thread(target=question)
    asking.start()
    deadline = time.monotonic() + 10
    while turns._short_waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.001)  # until the question waits for its turn
    release.set()
    running.join(10)
    asking.join(10)
    assert order == ["batch 1", "question", "batch 2"]


def test_a_time_of_day_in_digits_is_a_time() -> None:
    """'What time ...?' needs a sentence holding a time: "at 7.40" or "at 0600 GMT", which the model tags as a
    number, count; an amount such as "about 1.25 million" does not."""
    from index.nlp import bits, entity_mask, parse

    time = bits(["TIME"])
    texts = [
        "There was a single departure at 7.40, nothing else.",
        "The strike came at 0600 GMT on Sunday.",
        "It left shortly after 18:30.",
        "The line carries about 1.25 million passengers.",
        "Fares rose by 4.50 percent.",
    ]
    masks = [entity_mask(d) for d in parse(texts)]
    assert [bool(m & time) for m in masks] == [True, True, True, False, False]


def test_what_a_condition_supposes_is_not_told() -> None:
    """ "If the ferry is cancelled until June, I don't know what we'll do.": the date is supposed, not told, so the
    sentence holds no date and answers no "when" or "how long"; one in the main clause still counts, and a
    condition's own clause is all that is left out."""
    from index.nlp import bits, entity_mask, parse

    date = bits(["DATE", "TEMPORAL"])
    texts = [
        "If the ferry is cancelled until June, I don't know what we'll do.",
        "Unless the council pays by Friday, the work stops.",
        "The ferry will sail again in June if the repairs go well.",
        "The ferry was cancelled until June.",
    ]
    masks = [entity_mask(d) for d in parse(texts)]
    assert [bool(m & date) for m in masks] == [False, False, True, True]


def test_a_word_for_a_time_of_day_is_a_time() -> None:
    """'What time of day was the pier closed?': "shortly before dawn" answers it as "at 7.40" does, whether or not
    the model tags the word as a time; an adjective ("the night shift", "morning papers") gives no time, nor does a
    sentence without one."""
    from index.nlp import bits, entity_mask, parse

    time = bits(["TIME"])
    texts = [
        "The guards closed the pier shortly before dawn on Tuesday.",
        "Crews worked through the night to reopen it.",
        "Divers reached the wreck at daybreak.",
        "The night shift was cut by half.",
        "The guards closed the pier on Tuesday.",
    ]
    masks = [entity_mask(d) for d in parse(texts)]
    assert [bool(m & time) for m in masks] == [True, True, True, False, False]


def test_a_number_spelled_out_before_a_plural_noun_is_a_number() -> None:
    """News style spells out a number that opens a sentence ("Eleven passengers were treated ..."), which the model
    may tag as an adjective: it still gives a count for "how many ...?". A number word that counts nothing ("one
    of the reasons", "the first ferry") or a singular noun ("one official") is no count of its own here."""
    from index.nlp import bits, entity_mask, parse

    number = bits(["CARDINAL"])
    texts = [
        "Eleven passengers were treated for minor injuries.",
        "Nineteen crew members stayed on board overnight.",
        "The first ferry left at dawn.",
        "That is one of the reasons the line closed.",
        "No one was seriously hurt.",
    ]
    masks = [entity_mask(d) for d in parse(texts)]
    assert [bool(m & number) for m in masks] == [True, True, False, False, False]


def test_a_name_after_a_noun_for_a_body_of_people_is_a_body() -> None:
    """ "The band The Night Ferries were due to headline": the model may tag the band's name as a work of art; after
    a noun for a body of people it is a body (for "who ...?"). A title after another noun stays a work."""
    from index.nlp import bits, entity_mask, parse

    org = bits(["ORG"])
    texts = [
        "The band The Night Ferries had been due to headline on Sunday night.",
        "The choir Voices of Kelso sang at the harbour.",
        "She read the novel The Night Ferries on the boat.",
    ]
    docs = list(parse(texts))
    work = [any(e.label_ == "WORK_OF_ART" for e in d.ents) for d in docs]
    masks = [entity_mask(d) for d in docs]
    # where the model tags the name a work, after a body's noun it counts as a body; after "novel" it does not
    assert all(bool(m & org) for m, w in zip(masks[:2], work[:2], strict=True) if w)
    assert any(work[:2])  # the rule is exercised: the model does tag one such name a work
    assert not masks[2] & org


def test_following_an_event_places_a_sentence_in_time() -> None:
    """'When did the board stop the ferries?': "the board stopped the ferries following the collision" places it
    after an event, as "after the collision" does; "the following statement" places nothing."""
    from index.nlp import bits, entity_mask, parse

    temporal = bits(["TEMPORAL"])
    texts = [
        "The board stopped the ferries following the collision in the harbour.",
        "Following the vote, the council closed the pier.",
        "The spokesman read the following statement to reporters.",
    ]
    masks = [entity_mask(d) for d in parse(texts)]
    assert [bool(m & temporal) for m in masks] == [True, True, False]


def test_spacy_for_questions_comes_without_torch_and_torch_still_loads_after() -> None:
    """An answering process tags its first question with a word no article has without importing torch (thinc
    would, for a second); a build in the same process afterwards still imports torch and embeds."""
    code = (
        "import sys\n"
        "from index.nlp import parse\n"
        "doc = list(parse(['Did Admiral Kestrel Vane deny it?']))[0]\n"
        "import thinc.compat\n"
        "print('torch' in sys.modules, thinc.compat.has_torch, [e.text for e in doc.ents])\n"
        "from index.embedder import SentenceTransformerEmbedder\n"
        "print(SentenceTransformerEmbedder().encode(['It was denied.']).shape, 'torch' in sys.modules)\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    tagged, embedded = done.stdout.splitlines()
    assert tagged.startswith("False False") and "Kestrel Vane" in tagged
    assert embedded == "(1, 384) True"


def test_the_model_loading_while_spacy_is_imported_loads_both() -> None:
    """A build loads the model in a thread while it parses: whichever imports first, the other waits for it
    and neither import fails (torch is never found blocked by spaCy's import)."""
    code = (
        "import threading\n"
        "from index.embedder import SentenceTransformerEmbedder\n"
        "from index.nlp import parse\n"
        "e = SentenceTransformerEmbedder()\n"
        "t = threading.Thread(target=e.load)\n"
        "t.start()\n"
        "doc = list(parse(['Did Admiral Kestrel Vane deny it?']))[0]\n"
        "t.join()\n"
        "print(len(doc) > 0, e.encode(['It was denied.']).shape)\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "True (1, 384)"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The ferry hit the pier at about 07:48.", True),
        ("The gates were opened at about 11pm on Friday.", True),
        ("The order came at 0600 GMT.", True),
        ("The strike began shortly before midnight.", True),
        ("The ferry sank on Thursday morning.", False),  # a part of the day, no clock time
        ("Fares rose 2.5 percent.", False),
        ("A ticket costs 12.50 euros.", False),
    ],
)
def test_a_clock_time_is_told_apart_from_a_part_of_the_day(text: str, clock: bool) -> None:
    assert tells_clock_time(text) is clock


def test_a_number_spelled_out_before_a_noun_of_its_kind_counts() -> None:
    """ "Our eleven lab members": the model tags no number, and the word after "eleven" is no plural, but the
    plural it counts is; without the number word, no number."""
    from index.nlp import _BIT, entity_mask, parse

    doc = next(iter(parse(["Our eleven lab members are carrying on with their work."])))
    assert entity_mask(doc) & _BIT["CARDINAL"]
    doc = next(iter(parse(["The lab members are carrying on with their work."])))
    assert not entity_mask(doc) & _BIT["CARDINAL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers found the tiles on Saturday.", {"@find:DATE", "@found:DATE"}),  # by a preposition
        ("The paper appeared in the Hollin Review in March 2023.", {"@appear:ORG", "@appear:DATE"}),
        # the date is the main verb's, not the participle's of another clause
        ("Parents met on Thursday about the asbestos found at the school.", {"@meet:DATE", "@met:DATE"}),
        ("The Krohg painting was stolen.", set()),  # the painting's: a noun's
        ("Thieves took a painting by Christian Krohg.", set()),
    ],
)
def test_an_entity_belongs_to_the_verb_it_hangs_on(text: str, expected: set[str]) -> None:
    """verb_arguments: each verb with the types of the entities that hang on it, directly or by a preposition, as
    keyword marks (its surface and its lemma stems); an entity telling of a noun marks no verb."""
    from index.nlp import parse, verb_arguments

    assert set(verb_arguments(next(iter(parse([text]))))) == expected


def test_a_name_followed_by_who_and_a_singular_verb_is_a_person() -> None:
    """ "Jess Corrie, who chairs the trust": "who" and its singular verb tell a person, whatever the tagger reads (it
    reads this name as a body); a body may take "who" with a plural verb in British English ("Dunmore Motors, who
    are the main sponsor") and stays what it was."""
    from index.nlp import bits, entity_mask, parse

    person = bits(["PERSON"])
    named, team = parse(
        [
            "Jess Corrie, who chairs the Oldcastle Residents' Trust, has been in touch.",
            "Dunmore Motors, who are the main sponsor, said the game was off.",
        ]
    )
    assert not any(e.label_ == "PERSON" for e in named.ents)  # the rule is exercised: the tagger misreads her
    assert entity_mask(named) & person
    assert any(e.label_ == "ORG" for e in team.ents) and not entity_mask(team) & person


def test_a_word_s_lemma_is_a_keyword_term_when_no_stemming_relates_them() -> None:
    """ "The shed fell in a gust": "fall" is a term of the sentence, so "when did the shed fall?" finds it by its
    words, as "Workers found the tiles" gives "find" and "the children" "child"; a regular form ("walked") and a
    word as its lemma give no second term."""
    from index.keyword import KeywordIndex, Postings
    from index.nlp import lemma_terms, parse

    texts = ["The shed fell in a gust on Monday.", "Workers found the tiles.", "The children walked home."]
    docs = list(parse(texts))
    assert [lemma_terms(d) for d in docs] == [["fall"], ["find"], ["child"]]
    keyword = KeywordIndex([Postings.build(texts, [lemma_terms(d) for d in docs])], [0])
    assert keyword.sentences_with("fall").tolist() == [0]
