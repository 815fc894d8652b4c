"""Packing an answer: outlets carrying a passage, a line introducing a quotation, the copy quoted, "More quotes"."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from index.chunking import Sentence
from index.keyword import tokenize
from index.nlp import bits
from index.question import DATE
from index.scoring import Scored
from index.search import Candidate


def _scored(text: str, holds: int = 0) -> Scored:
    return Scored(Candidate(Sentence(0, "a", 0, len(text), text, 0), 0.5), 0.5, "other", holds=holds)


def _sentence(
    sid: int, text: str, relevance: float, start: int = 0, block: int = 0, article: str = "a", speaker: str = ""
) -> Scored:
    """A scored sentence `sid` of an article, at `start` in its text, a passage of its own."""
    sentence = Sentence(sid, article, start, start + len(text), text, block)
    return Scored(Candidate(sentence, relevance), relevance, "other", passage=sid, speaker=speaker)


def _alone(n: int, text: str, relevance: float, speaker: str) -> Scored:
    """A sentence `n` of an article of its own, holding every kind of thing, said by `speaker`."""
    sentence = Sentence(n, f"a{n}", 0, len(text), text, 0)
    return Scored(Candidate(sentence, relevance), relevance, "other", speaker=speaker, holds=-1)


def test_also_reported_by_names_only_outlets_that_carry_the_passage() -> None:
    """A reprint group can chain through similar sentences; an outlet is listed only if it carries the words."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.quotes import Pick, Selection, to_quotes

    said = "The harbour master said the ferry would not sail again this winter, calling the rumours rubbish."
    copy = "The harbour master said the ferry would not sail again this winter, calling the rumours rubbish."
    other = "The ferry company said its boats would sail again in the spring after repairs."
    texts = {"a": said, "b": copy, "c": other}
    articles = {k: Article(Source(id=k, outlet=k.upper()), t, Path(f"{k}.txt")) for k, t in texts.items()}

    def part(k: str, t: str) -> Scored:
        return Scored(Candidate(Sentence(0, k, 0, len(t), t, 0), 0.9), 0.9, "other", passage=1)

    pick = Pick((part("a", said),), (part("b", copy), part("c", other)))
    quote = to_quotes(Selection((pick,), False, False), articles, ["x"])[0]
    assert [s.outlet for s in quote.also_in] == ["B"]


def test_a_best_answer_that_introduces_a_quotation_is_shown_even_alone() -> None:
    """A line ending in ':' that answers best is quoted, even when what it introduces cannot join it; an answer
    is never left with no quote unless it abstains."""
    from index.config import AnswerSettings
    from index.quotes import select

    intro = _scored("The statement was carried by the state newswire, Coastal Wire, as saying:")
    intro = Scored(intro.candidate, 0.9, "other")
    selection = select([intro], AnswerSettings(), "Which newswire carried the statement?", lambda a, b: 0.0)
    assert not selection.abstained and len(selection.picks) == 1


def test_an_interviewer_s_question_passes_its_relevance_to_the_answer_after_it() -> None:
    """'Q: Is this happening more often?' matches the question best, and answers nothing: the first sentence of the
    answer's paragraph after it ('A: Much more often.') takes its relevance; a statement opening a question
    ('Q: The board blames the crew.') is the interviewer's, no answer either. A sentence of another paragraph
    after a question that is no interviewer's does not."""
    from index.quotes import _answered_questions

    asked = _sentence(1, "Q: Is this happening more often?", 0.9, block=1)
    answer = _sentence(2, "A: Much more often.", 0.3, block=2)
    kept = _answered_questions([asked, answer])
    assert [(s.sentence.id, s.relevance) for s in kept] == [(2, 0.9)]
    stated = _sentence(1, "Q: The board blames the crew for the delay.", 0.9, block=1)
    assert [s.sentence.id for s in _answered_questions([stated, answer])] == [2]
    plain = _sentence(1, "Is this happening more often?", 0.9, block=1)
    later = _sentence(2, "The ferries sail at noon.", 0.3, block=2)
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([plain, later])] == [(2, 0.3)]


def test_the_outlet_s_question_standing_alone_passes_its_relevance_to_someone_s_answer_after_it() -> None:
    """'Is the dam to blame?' as a paragraph of the outlet's, and the next paragraph in someone's words ('That is
    for the engineers.'): the answer takes the question's relevance. The outlet's own next paragraph, or
    someone's words two paragraphs on, do not."""
    from index.quotes import _answered_questions

    asked = _sentence(1, "Is the dam to blame?", 0.9, block=4)
    answer = _sentence(2, "That is for the engineers.", 0.2, block=5, speaker="Ole Dahl, a dairy farmer")
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([asked, answer])] == [(2, 0.9)]
    narrated = dataclasses.replace(answer, speaker="")
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([asked, narrated])] == [(2, 0.2)]
    further = _sentence(2, "That is for the engineers.", 0.2, block=6, speaker="Ole Dahl, a dairy farmer")
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([asked, further])] == [(2, 0.2)]


def test_a_question_the_narration_quotes_passes_its_relevance_to_the_answer_after_it() -> None:
    """A live page quotes a reader's question ('A message from a reader: "Where should we meet the children?"'),
    which matches a question best and answers nothing; the next sentence of its paragraph ("Staff say children
    should go to the first-aid tent.") answers it and takes its relevance. Someone's own quoted question stays
    their words, and a quotation that asks nothing is no question."""
    from index.quotes import _answered_questions

    asked = _sentence(1, 'A message from a reader: "Where should we meet the children?"', 0.8, block=3)
    answer = _sentence(2, "Staff say children should go to the first-aid tent.", 0.3, block=3, speaker="Staff")
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([asked, answer])] == [(2, 0.8)]
    theirs = dataclasses.replace(asked, speaker="a reader")
    assert [s.sentence.id for s in _answered_questions([theirs, answer])] == [1, 2]
    stated = _sentence(1, 'A message from a reader: "We are at the gate."', 0.8, block=3)
    assert [s.sentence.id for s in _answered_questions([stated, answer])] == [1, 2]


def test_a_sentence_too_short_to_stand_alone_is_quoted_with_the_next_one() -> None:
    """'That is for the engineers.' answers best: the next sentence of its paragraph in the same voice goes with
    it however little relevant; a sentence long enough to stand alone keeps its quote to itself, and the next
    sentence in another voice or paragraph does not join."""
    from index.config import AnswerSettings
    from index.quotes import select

    who = "Ole Dahl, a dairy farmer"
    short = _sentence(1, "That is for the engineers.", 0.9, block=5, speaker=who)
    more = _sentence(
        2, "Cows need water either way, and the river is all we have.", 0.1, start=27, block=5, speaker=who
    )
    question = "was the dam to blame?"
    picked = select([short, more], AnswerSettings(), question, lambda a, b: 0.0).picks[0]
    assert [p.sentence.id for p in picked.parts] == [1, 2]
    long = _sentence(1, "That is a question for the engineers who run the dam, not for me.", 0.9, block=5, speaker=who)
    later = dataclasses.replace(more, candidate=Candidate(dataclasses.replace(more.sentence, start=67), 0.1))
    assert [
        p.sentence.id for p in select([long, later], AnswerSettings(), question, lambda a, b: 0.0).picks[0].parts
    ] == [1]
    other = dataclasses.replace(more, speaker="")
    assert [
        p.sentence.id for p in select([short, other], AnswerSettings(), question, lambda a, b: 0.0).picks[0].parts
    ] == [1]


def test_a_question_of_harm_is_answered_first_by_a_sentence_telling_of_harm() -> None:
    """'did anyone die because of the storm?': the sentence telling of a death comes first among the relevant
    ones, though the lead on the storm matches the question's words better; a question of no harm keeps the
    order of relevance."""
    from index.config import AnswerSettings
    from index.quotes import select

    lead = _sentence(1, "The storm cut power to a million homes across the coast on Monday.", 0.8, article="a1")
    death = _sentence(2, "A 74-year-old man died in his flat after the power cut, police said.", 0.5, article="a2")
    first = select([lead, death], AnswerSettings(), "did anyone die because of the storm?", lambda a, b: 0.0)
    assert first.picks[0].best.sentence.id == 2
    other = select([lead, death], AnswerSettings(), "how many homes lost power in the storm?", lambda a, b: 0.0)
    assert other.picks[0].best.sentence.id == 1


def test_a_question_of_harm_takes_the_harm_told_next_to_the_best() -> None:
    """'did anyone get hurt when the lights went out?': the sentence on the lights matches best and tells of no
    one hurt; the next one in its paragraph, of a woman taken to hospital, under the minimum relevance on its own
    words, comes first at its share of the first's relevance, and the two are both shown. Told further down the
    article, the same harm is not lifted."""
    from index.config import AnswerSettings
    from index.quotes import select

    question = "did anyone get hurt when the lights went out?"
    lights = _sentence(1, "Street lights in the old town went out for three hours on Friday night.", 0.85, block=3)
    fall = "A 70-year-old woman was taken to hospital with a broken hip after a fall on the steps, police said."
    hurt = _sentence(2, fall, 0.40, start=75, block=3, speaker="police")
    picked = select([lights, hurt], AnswerSettings(), question, lambda a, b: 0.0).picks
    assert [p.best.sentence.id for p in picked] == [2, 1]
    apart = dataclasses.replace(hurt, candidate=Candidate(dataclasses.replace(hurt.sentence, id=5), 0.40))
    assert [
        p.best.sentence.id for p in select([lights, apart], AnswerSettings(), question, lambda a, b: 0.0).picks
    ] == [1]


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("A cyclist was taken to hospital with a broken leg.", True),
        ("Two passengers were treated for smoke inhalation.", True),
        ("The driver broke his wrist.", True),
        ("She is in a critical condition.", True),
        ("His son had been checked by paramedics for smoke inhalation.", True),
        ("Paramedics assessed one young person at the scene.", True),
        ("The paramedics' union said the ambulances were late.", False),
        ("The smoke alarm was checked by the caretaker.", False),
        ("The hospital director said every ward had power.", False),
        ("The bridge was broken in two places.", False),
        ("The economy is in a stable condition.", False),
    ],
)
def test_harm_is_told_by_what_was_done_for_the_hurt(text: str, harm: bool) -> None:
    """Someone hurt is told of by the hospital they were taken to, the treatment, the bone broken, the condition;
    a hospital, a thing broken or a condition alone tell of no one hurt."""
    from index.counting import tells_of_harm

    assert tells_of_harm(text) is harm


def test_a_reprint_is_quoted_from_the_copy_a_reader_can_check() -> None:
    """Two copies of one passage, about as relevant: the dated copy with an address is quoted, the undated one
    only listed; a copy far less relevant does not take the place of the best one."""
    from index.config import AnswerSettings
    from index.quotes import select

    text = "The harbour master said the ferry would not sail again this winter, calling the rumours rubbish."

    def copy(article: str, relevance: float) -> Scored:
        return Scored(Candidate(Sentence(0, article, 0, len(text), text, 0), relevance), relevance, "other", passage=7)

    checkable = {"undated-copy": 0, "the-coast-times": 2}.__getitem__
    question = "What did the harbour master say about the ferry?"

    def first_copy(checked_relevance: float) -> tuple[str, list[str]]:
        scored = [copy("undated-copy", 0.80), copy("the-coast-times", checked_relevance)]
        pick = select(scored, AnswerSettings(), question, lambda a, b: 0.0, checkable=checkable).picks[0]
        return pick.best.sentence.article_id, [c.sentence.article_id for c in pick.carriers]

    assert first_copy(0.78) == ("the-coast-times", ["undated-copy"])
    assert first_copy(0.60)[0] == "undated-copy"


def test_quotes_that_pass_the_cut_but_do_not_fit_are_kept_for_more() -> None:
    """Five relevant sentences and room for two: the other three are the answer's further quotes, best first,
    none repeating a shown one; a sentence under the relevance cut is not among them."""
    from index.config import AnswerSettings
    from index.quotes import select

    texts = [f"The harbour master said on day {n} that the ferry would stay in port for repairs." for n in range(6)]
    scored = [
        Scored(Candidate(Sentence(n, f"a{n}", 0, len(t), t, 0), 0.9), rel, "other", passage=n)
        for n, (t, rel) in enumerate(zip(texts, (0.9, 0.88, 0.86, 0.84, 0.82, 0.3), strict=True))
    ]
    selection = select(scored, AnswerSettings(max_quotes=2), "What did the harbour master say?", lambda a, b: 0.0)
    shown = [p.best.sentence.id for p in selection.picks]
    further = [p.best.sentence.id for p in selection.more]
    assert shown == [0, 1] and further == [2, 3, 4]


def test_the_second_half_of_a_quotation_is_shown_with_its_opening() -> None:
    """A best sentence that closes a quotation the sentence before opened is quoted from that opening, however
    little of the question the opening holds, and an opening with the rest; a sentence before that opens no
    quotation joins only if relevant."""
    from index.quotes import _extend

    def part(sid: int, text: str, start: int, relevance: float) -> Scored:
        return _sentence(sid, text, relevance, start, speaker="ferry owner Ann Lie")

    opening = part(1, '"No warning ever reached the crew.', 0, 0.2)
    plain = part(1, "No warning ever reached the crew.", 0, 0.2)
    best = part(2, 'They did all they could," ferry owner Ann Lie said.', 35, 0.9)
    assert [p.sentence.id for p in _extend([best], {1: opening, 2: best}, 0.9, set(), False).parts] == [1, 2]
    assert [p.sentence.id for p in _extend([best], {1: plain, 2: best}, 0.9, set(), False).parts] == [2]
    # and the opening as the best sentence: the rest of its quotation after it
    first = part(1, '"No warning ever reached the crew.', 0, 0.9)
    rest = part(2, 'They did all they could," ferry owner Ann Lie said.', 35, 0.2)
    assert [p.sentence.id for p in _extend([first], {1: first, 2: rest}, 0.9, set(), False).parts] == [1, 2]


def test_both_halves_of_a_quotation_relevant_are_one_quote() -> None:
    """The two sentences of one quotation, both relevant enough to be quotes of their own, are shown as one quote
    with the speaker's name at its close, not as two quotes, one of them unattributed in its words."""
    from index.config import AnswerSettings
    from index.quotes import select

    opening = '"Tracing a ferry takes weeks.'
    rest = "From the records alone we cannot say who sank it,\" said Ann Lie, the line's analyst."

    speaker = "Ann Lie, the line's analyst"
    scored = [_sentence(2, rest, 0.9, 30, speaker=speaker), _sentence(1, opening, 0.85, 0, speaker=speaker)]
    selection = select(scored, AnswerSettings(), "What did the analyst say about who sank it?", lambda a, b: 0.0)
    assert [[p.sentence.id for p in pick.parts] for pick in selection.picks] == [[1, 2]]


def test_a_neighbour_said_by_someone_else_does_not_join_the_quote() -> None:
    """A quote is shown under one speaker: the next sentence of the paragraph joins it only if the same voice says
    it; the outlet's narration does not join someone's words (it would be shown as theirs: "We were told by the
    centre that the helicopter could not fly. But the weather service recorded ..."), nor theirs the outlet's."""
    from index.quotes import _extend

    def part(sid: int, text: str, speaker: str, start: int) -> Scored:
        sentence = Sentence(sid, "a", start, start + len(text), text, 0)
        return Scored(Candidate(sentence, 0.9), 0.9, "denial", speaker=speaker)

    best = part(1, "The board alleges that the ferry sailed without papers.", "the Harbour Board", 0)
    other = part(2, "The ferry line has also denied claims by the board.", "the Ferry Line", 57)
    same = part(2, "The Harbour Board added that it would appeal.", "Harbour Board officials", 57)
    told = part(2, "Officials said so on Tuesday.", "", 57)
    assert len(_extend([best], {1: best, 2: other}, 0.9, set(), False).parts) == 1
    assert len(_extend([best], {1: best, 2: same}, 0.9, set(), False).parts) == 2
    assert len(_extend([best], {1: best, 2: told}, 0.9, set(), False).parts) == 1
    more = part(2, "The ferry had sailed twice that week.", "", 57)
    narration_first = part(1, "The board met on Monday.", "", 0)
    assert len(_extend([narration_first], {1: narration_first, 2: more}, 0.9, set(), False).parts) == 2
    # the outlet's narration as the best sentence: someone's words after it would be shown under the outlet
    narration = part(1, "The board has stood by its account.", "", 0)
    assert len(_extend([narration], {1: narration, 2: same}, 0.9, set(), False).parts) == 1


def test_asking_what_someone_said_is_not_asking_whether_it_is_so() -> None:
    """The same claim and denial: 'Did the ferry cross the bay at dawn?' is disputed; 'Did the harbour board say
    the ferry crossed ...?' asks for the board's position, a fact about the board, and gets its words."""
    from index.config import AnswerSettings
    from index.quotes import select

    claim_text = "The harbour board said the ferry crossed the bay at dawn."
    denial_text = "The ferry company denied that the ferry crossed the bay at dawn."

    def s(n: int, text: str, stance: str, speaker: str) -> Scored:
        sentence = Sentence(n, f"article-{n}", 0, len(text), text, 0)
        return Scored(Candidate(sentence, 0.8), 0.9, stance, passage=n, speaker=speaker)

    pool = [s(1, claim_text, "claim", "The harbour board"), s(2, denial_text, "denial", "The ferry company")]

    def similarity(a: Sentence, b: Sentence) -> float:
        return 1.0 if a.id == b.id else 0.7

    assert select(pool, AnswerSettings(), "Did the ferry cross the bay at dawn?", similarity).disputed
    for question in [
        "Did the harbour board say the ferry crossed the bay at dawn?",
        "Does the harbour board think the ferry crossed the bay?",
        "so has the ferry company denied it?",
    ]:
        selection = select(pool, AnswerSettings(), question, similarity)
        assert not selection.disputed and selection.picks, question


def _paragraph(parts: list[tuple[str, str, float]]) -> list[Scored]:
    """Sentences of one paragraph of one article, in order: (text, speaker, relevance)."""
    out, start = [], 0
    for sid, (text, speaker, relevance) in enumerate(parts):
        sentence = Sentence(sid, "a", start, start + len(text), text, 0)
        out.append(Scored(Candidate(sentence, relevance), relevance, "other", passage=sid, speaker=speaker))
        start += len(text) + 1
    return out


def test_a_why_question_gets_the_reason_the_best_sentence_leaves_to_the_next() -> None:
    """'Why ...?' answered by a sentence that only tells what happened: the next sentence of its paragraph, which
    gives the cause, is shown too, joined to the quote when the same voice says it, else as the next quote under
    its own speaker, even when it resembles the question too little to join it otherwise."""
    from index.config import AnswerSettings
    from index.quotes import select

    question = "Why did the harbour board close the ferry route?"
    happened = "The harbour board closed the ferry route on Friday, the Coast Times reported."
    cause = "Board inspectors feared that the old pier would not hold a loaded ferry."
    elsewhere = "The ferry route had been open since the spring, the harbour board said."
    settings = AnswerSettings(max_quotes=2)

    def shown(cause_speaker: str, first: str = happened) -> list[list[str]]:
        scored = _paragraph([(first, "", 0.9), (cause, cause_speaker, 0.3), (elsewhere, "the harbour board", 0.8)])
        picks = select(scored, settings, question, lambda a, b: 0.0).picks
        return [[p.text for p in pick.parts] for pick in picks]

    assert shown("") == [[happened, cause], [elsewhere]]
    assert shown("Board inspectors") == [[happened], [cause]]
    # the best sentence gives its reason itself: nothing is added for it
    reasoned = "The harbour board closed the ferry route because the pier was unsafe."
    assert shown("", reasoned)[1] == [elsewhere]
    # not a question of why: the answer is as before
    scored = _paragraph([(happened, "", 0.9), (cause, "", 0.3), (elsewhere, "the harbour board", 0.8)])
    picks = select(scored, settings, "When did the harbour board close the ferry route?", lambda a, b: 0.0).picks
    assert [p.text for p in picks[0].parts] == [happened]


def test_a_why_question_takes_no_next_sentence_that_gives_no_reason() -> None:
    """The sentence after the best one joins a why-answer only when it gives a cause or purpose itself."""
    from index.config import AnswerSettings
    from index.quotes import select

    happened = "The harbour board closed the ferry route on Friday."
    plain = "The ferries will be moored in the north basin."
    scored = _paragraph([(happened, "", 0.9), (plain, "", 0.3)])
    picks = select(scored, AnswerSettings(), "Why was the ferry route closed?", lambda a, b: 0.0).picks
    assert [[p.text for p in pick.parts] for pick in picks] == [[happened]]


def _first_of_two(question: str, plain: str, preferred: str, relevance: float, expects: int = 0) -> str:
    """The best quote for `question` when `plain` (0.9) and `preferred` (`relevance`) are its candidates."""
    from index.config import AnswerSettings
    from index.quotes import select

    scored = [
        Scored(Candidate(Sentence(0, "a", 0, len(plain), plain, 0), 0.9), 0.9, "other", passage=0, holds=expects),
        Scored(
            Candidate(Sentence(1, "b", 0, len(preferred), preferred, 0), relevance),
            relevance,
            "other",
            passage=1,
            holds=expects,
        ),
    ]
    return select(scored, AnswerSettings(), question, lambda a, b: 0.0, expects=expects).picks[0].best.text


@pytest.mark.parametrize(
    ("question", "plain", "preferred", "expects"),
    [
        # "When ...?": the day named before one dated only "a day later"
        (
            "When did the harbour board reopen the ferry route?",
            "A day later, the harbour board reopened the ferry route.",
            "The harbour board reopened the ferry route on March 4.",
            DATE,
        ),
        # "Why ...?": a cause given before what only happened
        (
            "Why did the ferry line stop its night crossings?",
            "The ferry line has stopped its night crossings to the island this winter.",
            "The night crossings stopped because the harbour lights failed.",
            0,
        ),
        # "When did it start?": the start told of before a later event's date
        (
            "When did the ferry strike start?",
            "The ferry strike spread to the northern ports on March 9.",
            "The ferry strike began in late February, the union said.",
            DATE,
        ),
    ],
)
def test_an_answer_of_the_kind_asked_comes_first_among_those_about_as_relevant(
    question: str, plain: str, preferred: str, expects: int
) -> None:
    """Of two answers about as relevant, the one of the kind the question asks for comes first, whatever the small
    lead of the other; one far less relevant does not move ahead for it."""
    assert _first_of_two(question, plain, preferred, 0.8, expects) == preferred
    assert _first_of_two(question, plain, preferred, 0.5, expects) == plain


def test_the_voice_asked_for_comes_before_other_voices_as_relevant() -> None:
    """'What did the port authority say?': among the relevant answers, the authority's words (or words of someone
    nothing tells apart from it, "officials") come before another body's that share a word of the question, even
    well below the best; one of its own below the floor of relevance does not move ahead."""
    from index.config import AnswerSettings
    from index.question import may_speak_as
    from index.quotes import select

    def said(sid: int, text: str, speaker: str, relevance: float) -> Scored:
        sentence = Sentence(sid, f"a{sid}", 0, len(text), text, 0)
        return Scored(Candidate(sentence, relevance), relevance, "other", passage=sid, speaker=speaker)

    other = said(0, "Ferry Line officials said the port would reopen.", "Ferry Line officials", 0.9)
    own = said(1, "The port would stay shut all week, the authority's spokesman said.", "Port Authority spokesman", 0.8)
    unnamed = said(2, "The port will reopen on Friday, officials said.", "officials", 0.85)
    question = "What did the Port Authority say about the port?"

    def order(*scored: Scored) -> list[int]:
        selection = select(
            list(scored),
            AnswerSettings(),
            question,
            lambda a, b: 0.0,
            own=lambda s: may_speak_as("Port Authority", s.speaker),
        )
        return [p.best.sentence.id for p in selection.picks]

    assert order(other, own, unnamed)[:2] == [2, 1]
    assert not may_speak_as("Port Authority", "")  # the outlet's narration is no one's words
    assert order(other, dataclasses.replace(own, relevance=0.55))[0] == 1
    assert order(other, dataclasses.replace(own, relevance=0.3))[0] == 0


def test_of_two_neighbours_the_one_bringing_the_question_s_words_joins() -> None:
    """Both neighbours of the best sentence are the same speaker's and relevant enough: the one holding a word of
    the question that the best sentence lacks ("changed") joins, though the other is more relevant."""
    from index.keyword import tokenize
    from index.quotes import _extend

    def part(sid: int, text: str, relevance: float, start: int) -> Scored:
        sentence = Sentence(sid, "a", start, start + len(text), text, 0)
        return Scored(Candidate(sentence, relevance), relevance, "other", speaker="Ferry Line spokesman Ana Silva")

    before = part(1, '"Our timetable has not changed," she said.', 0.45, 0)
    best = part(2, '"The ferries and the harbour boats still sail together."', 0.8, 45)
    after = part(3, '"The harbour boats sail at dawn, the ferries later."', 0.6, 105)
    by_id = {1: before, 2: best, 3: after}
    asked = frozenset(tokenize("Has anything changed in how the ferries sail?"))
    assert [p.sentence.id for p in _extend([best], by_id, 0.8, set(), False, asked).parts] == [1, 2]
    assert [p.sentence.id for p in _extend([best], by_id, 0.8, set(), False).parts] == [2, 3]  # by relevance alone


def test_a_reason_too_long_to_join_its_sentence_comes_as_a_quote_of_its_own() -> None:
    """The reason after a why-answer's best sentence joins its quote only within the length of one quote; a long one
    is shown next, on its own."""
    from index.config import AnswerSettings
    from index.quotes import MERGE_MAX_CHARS, select

    happened = "The harbour board closed the ferry route on Friday."
    cause = "Board inspectors feared that " + "the old pier, " * (MERGE_MAX_CHARS // 14) + "would not hold a ferry."
    scored = _paragraph([(happened, "", 0.9), (cause, "", 0.3)])
    picks = select(scored, AnswerSettings(), "Why was the ferry route closed?", lambda a, b: 0.0).picks
    assert [[p.text for p in pick.parts] for pick in picks] == [[happened], [cause]]


def test_the_words_of_whom_the_question_excludes_are_no_answer() -> None:
    """'Who else commented, besides the harbour board?': the board's words are not the answer, however relevant;
    another's are. Without the exclusion the board's come first."""
    from index.config import AnswerSettings
    from index.quotes import select

    board = "The Harbour Board denied the report on Monday."
    union = "The Ferry Union also rejected the report."

    def first(question: str) -> str:
        scored = [
            Scored(
                Candidate(Sentence(0, "a", 0, len(board), board, 0), 0.9),
                0.9,
                "denial",
                passage=0,
                speaker="the Harbour Board",
            ),
            Scored(
                Candidate(Sentence(3, "b", 0, len(union), union, 0), 0.6), 0.6, "denial", passage=3, speaker="the union"
            ),
        ]
        return select(scored, AnswerSettings(), question, lambda a, b: 0.0).picks[0].best.text

    assert first("Who else commented on the report, besides the Harbour Board?") == union
    assert first("Who commented on the report?") == board


def test_an_answer_of_the_kind_asked_beside_the_most_relevant_sentence_stands_on_its_relevance() -> None:
    """'How many passengers were hurt?': the most relevant sentence says no one was seriously hurt and gives no
    count; the count is in the next sentence, which shares few of the question's words. It is the answer, at a
    share of its neighbour's relevance (NEIGHBOUR_SHARE). Beside a weak match it is not lifted (the articles
    don't say), and a count elsewhere that is less relevant than the minimum is no further quote."""
    from index.config import AnswerSettings
    from index.nlp import bits
    from index.quotes import NEIGHBOUR_SHARE, select

    number = bits(["CARDINAL"])
    question = "How many passengers were hurt?"
    hurt = "No one was seriously hurt in the collision, the harbour board said."
    count = "Eleven passengers were treated for minor injuries."
    filler = "The pier was closed for the day."
    elsewhere = "The ferry carries up to 300 passengers on the route."
    settings = AnswerSettings()

    def answer(best: float) -> list[list[str]]:
        scored = _paragraph([(hurt, "", best), (count, "", 0.4), (filler, "", 0.3), (elsewhere, "", 0.44)])
        scored = [dataclasses.replace(s, holds=number if s.text in (count, elsewhere) else 0) for s in scored]
        selection = select(scored, settings, question, lambda a, b: 0.0, expects=number)
        return [] if selection.abstained else [[s.text for s in p.parts] for p in selection.picks]

    assert NEIGHBOUR_SHARE * 0.9 >= settings.min_relevance > NEIGHBOUR_SHARE * 0.6
    shown = answer(0.9)
    assert len(shown) == 1 and count in shown[0]  # (with the sentence before it, which it completes)
    assert answer(0.6) == []


@pytest.mark.parametrize(
    ("between", "lifted"),
    [
        ("The clock tower has stood in the square since 1890.", True),  # background: the report goes on
        ("When will the square reopen?", False),  # an explainer's question: another matter
        ("Police were called at 11pm.", False),  # of the kind itself: that one answers, not the line after it
        ("", True),  # no sentence between: a neighbour, as before
    ],
)
def test_a_detail_two_sentences_after_the_most_relevant_stands_on_its_relevance(between: str, lifted: bool) -> None:
    """'What time did the vandals strike?': the report's lead tells what happened, a line of background follows,
    then the detail with the time, in words unlike the question's. Carried on by the line between, the detail
    stands at a share of the lead's relevance (NEIGHBOUR_SHARE), as a neighbour does, and answers; not across a
    question, nor past a sentence of the kind asked, which is the nearer answer."""
    from index.config import AnswerSettings
    from index.quotes import NEIGHBOUR_SHARE, _beside_the_best

    lead = "Vandals damaged the clock tower in the town square on Saturday night, the council said."
    detail = "Two youths climbed the scaffolding at about 1:40 a.m. and smashed the clock face."
    parts = [(lead, "", 0.8)] + ([(between, "", 0.3)] if between else []) + [(detail, "", 0.35)]
    ranked = sorted(_paragraph(parts), key=lambda s: -s.relevance)
    fitting = [s for s in ranked if s.text in (detail, "Police were called at 11pm.")]  # those telling a time
    settings = AnswerSettings()
    out = {s.text: s.relevance for s in _beside_the_best(ranked, fitting, settings, reach=2)}
    assert NEIGHBOUR_SHARE * 0.8 >= settings.min_relevance > 0.35
    assert (out[detail] == NEIGHBOUR_SHARE * 0.8) is lifted
    assert (out[detail] >= settings.min_relevance) is lifted  # an answer only so


def test_a_sentence_naming_the_thing_whose_name_is_asked_answers_first_however_unlike() -> None:
    """'What is the name of the gang behind the smuggling?': "A gang calling itself Red Kestrel said ..." shares
    little with the question's words; it names the gang, so it stands at the minimum relevance and comes first. A
    sentence that only mentions the gang does not."""
    from index.config import AnswerSettings
    from index.quotes import select

    named = "A gang calling itself Red Kestrel said it had moved the cargo through the port."
    mentioned = "The gang has used the harbour route for two years, customs officers said."
    settings = AnswerSettings()

    def first(text: str) -> str:
        scored = _paragraph([("Customs seized 40 kilos of cocaine at the harbour.", "", 0.7), (text, "", 0.2)])
        selection = select(scored, settings, "What is the name of the gang behind the smuggling?", lambda a, b: 0.0)
        return selection.picks[0].best.text

    assert first(named) == named
    assert first(mentioned) != mentioned


def test_which_titled_thing_is_answered_by_its_title() -> None:
    """'Which painting was stolen?': the sentence giving the painting's title in quotation marks comes before a
    more relevant one that only mentions the painting."""
    from index.config import AnswerSettings
    from index.quotes import select

    titled = 'The painting, "Boats at Noon" from 1902, hung in the east gallery.'
    mentioned = "Thieves stole a painting by Anna Berg from the town museum on Sunday."
    scored = [_sentence(1, mentioned, 0.9), _sentence(5, titled, 0.5, article="b")]
    selection = select(scored, AnswerSettings(), "which painting was stolen?", lambda a, b: 0.0)
    assert selection.picks[0].best.text == titled


def test_a_sentence_naming_someone_in_the_role_and_of_the_body_asked_for_answers_however_unlike() -> None:
    """'Who speaks for Stadtbus?': "Its spokesman, Markus Weber, told this blog the company had offered a rise",
    spoken by Stadtbus spokesman Markus Weber, shares no word with the question; it stands at the minimum
    relevance, as it names the role of the body asked for. A spokesman of another body does not."""
    from index.config import AnswerSettings
    from index.nlp import bits
    from index.quotes import select

    person = bits(["PERSON"])
    text = "Its spokesman, Markus Weber, told this blog the company had offered a rise of 6 percent."
    settings = AnswerSettings()

    def answer(speaker: str) -> bool:
        scored = _paragraph([(text, speaker, 0.2)])
        scored = [dataclasses.replace(s, holds=person) for s in scored]
        return not select(scored, settings, "who speaks for Stadtbus?", lambda a, b: 0.0, expects=person).abstained

    assert answer("Stadtbus spokesman Markus Weber")
    assert not answer("Nordline spokesman Markus Weber")


def test_a_byline_answers_who_wrote_it_however_unlike_the_question() -> None:
    """'Who wrote the report?': the byline "By Maria Lindqvist" is its answer even when its embedding is not close
    to the question (under the minimum relevance); it answers no other question."""
    from index.config import AnswerSettings
    from index.quotes import select

    text = "By Maria Lindqvist"
    sentence = Sentence(0, "a", 0, len(text), text, 0, kind="byline")
    byline = Scored(Candidate(sentence, 0.4), 0.4, "other", speaker=f"{text} (author)")
    settings = AnswerSettings()
    assert not select([byline], settings, "Who wrote the report?", lambda a, b: 0.0).abstained
    assert select([byline], settings, "Who runs the trust?", lambda a, b: 0.0).abstained


def test_the_outlet_s_own_question_is_no_answer_and_hands_its_relevance_to_the_next_sentence() -> None:
    """An article asking a question of its own ("Why would the board close the route now?") answers nothing: the
    sentence after it in its paragraph answers it and is quoted in its place, however little its words are like
    the question's. Someone's question in quotation marks is their words and stays; a headline asking a question
    with nothing after it in its paragraph is left out."""
    from index.config import AnswerSettings
    from index.quotes import asks_itself, select

    asked = "Why would the harbour board close the ferry route now?"
    answer = "One reason is money."
    later = "The ferry route had been open since the spring, the harbour board said."
    settings = AnswerSettings(max_quotes=1)
    question = "why did the harbour board close the route?"

    def shown(first: str, second: str) -> list[str]:
        scored = _paragraph([(first, "", 0.9), (second, "", 0.2), (later, "the harbour board", 0.6)])
        return [p.text for pick in select(scored, settings, question, lambda a, b: 0.0).picks for p in pick.parts]

    assert shown(asked, answer) == [answer]
    quoted = '"Why would we close a route that makes money?"'
    assert shown(quoted, answer)[0] == quoted  # someone's words: a rhetorical denial, not the outlet's question
    assert asks_itself("Ferry route: who really closed it?") and not asks_itself("The board asked why it closed.")
    # the next sentence asks again: nothing answers, the next best is shown
    assert shown(asked, "And why now?") == [later]


def test_who_did_a_kind_of_saying_prefers_a_sentence_that_tells_of_it() -> None:
    """'Who first reported the sinking?': the wire that reported it, though less relevant than a commentator's words
    on the sinking, comes first when relevant at all; "Who said ...?" prefers no sentence for its verb."""
    from index.config import AnswerSettings
    from index.quotes import select

    musing = _alone(
        1, '"The sinking of the ferry shocked the whole island," said Ana Berg, a historian.', 0.9, "Ana Berg"
    )
    report = _alone(2, "The Coastal Wire reported the ferry's sinking on Saturday morning.", 0.5, "The Coastal Wire")
    settings = AnswerSettings()
    first = select([musing, report], settings, "Who first reported the ferry's sinking?", lambda a, b: 0.0)
    assert first.picks[0].parts[0].text == report.text
    said = select([musing, report], settings, "Who said the ferry sank?", lambda a, b: 0.0)
    assert said.picks[0].parts[0].text == musing.text


def test_a_lower_relative_cut_shows_more_quotes_but_makes_no_more_disputes() -> None:
    """The relative cut decides which quotes are shown; whether a narrated best answer is a dispute's is decided at
    BESIDE_SHARE of its relevance whatever the cut: sides at 0.72 of a best answer on neither side are shown
    under a cut of 0.7 and make no dispute."""
    from index.config import AnswerSettings
    from index.disputes import BESIDE_SHARE
    from index.quotes import select

    best_text = "The bay is twelve miles wide and the ferry crosses it twice a day."
    claim_text = "The harbour board said the ferry crossed the bay at dawn."
    denial_text = "The ferry company denied that the ferry crossed the bay at dawn."

    def s(n: int, text: str, relevance: float, stance: str, speaker: str) -> Scored:
        sentence = Sentence(n, f"article-{n}", 0, len(text), text, 0)
        return Scored(Candidate(sentence, relevance), relevance, stance, passage=n, speaker=speaker)

    pool = [
        s(1, best_text, 1.0, "other", ""),
        s(2, claim_text, 0.72, "claim", "The harbour board"),
        s(3, denial_text, 0.72, "denial", "The ferry company"),
    ]

    def similarity(a: Sentence, b: Sentence) -> float:
        return 1.0 if a.id == b.id else 0.7

    question = "Did the ferry cross the bay at dawn?"
    assert 0.7 < 0.72 < BESIDE_SHARE
    wide = select(pool, AnswerSettings(relative_cutoff=0.7), question, similarity)
    assert not wide.disputed and [p.best.text for p in wide.picks] == [best_text, claim_text, denial_text]
    narrow = select(pool, AnswerSettings(relative_cutoff=0.8), question, similarity)
    # (under the cut, only one other voice's words come, as for any yes/no question no dispute answers)
    assert not narrow.disputed and [p.best.text for p in narrow.picks] == [best_text, claim_text]
    # sides standing at BESIDE_SHARE of the best make it the dispute's, whatever the cut
    near = [pool[0], *(dataclasses.replace(x, relevance=0.85) for x in pool[1:])]
    assert select(near, AnswerSettings(relative_cutoff=0.7), question, similarity).disputed


def test_what_time_is_answered_by_a_clock_time_before_a_part_of_the_day() -> None:
    """ "what time did the ferry sink?": "at about 07:48" before "on Thursday morning", though the latter is the
    more relevant; with no clock time relevant enough the part of the day answers."""
    from index.config import AnswerSettings
    from index.question import TIME
    from index.quotes import select

    morning = _sentence(1, "The ferry sank on Thursday morning after a storm.", 0.9, article="a")
    clock = _sentence(7, "The ferry hit the pier at about 07:48 and sank.", 0.6, article="b")
    pool = [dataclasses.replace(morning, holds=TIME), dataclasses.replace(clock, holds=TIME)]
    first = select(pool, AnswerSettings(), "what time did the ferry sink?", lambda a, b: 0.0, TIME).picks[0]
    assert first.best.text == clock.text
    weak = [pool[0], dataclasses.replace(pool[1], relevance=0.3)]
    first = select(weak, AnswerSettings(), "what time did the ferry sink?", lambda a, b: 0.0, TIME).picks[0]
    assert first.best.text == morning.text


def test_every_sentence_of_an_interviewer_s_question_passes_its_relevance_to_the_answer() -> None:
    """'Q: The union says the bridge is unsafe. The council says it is not. Who is right?' then 'A: We will know
    after the tests.': none of the question's sentences is an answer, whichever is most relevant; the answer's
    paragraph takes the best one's relevance."""
    from index.quotes import _answered_questions

    premise = _sentence(2, "The council says it is not.", 0.8, block=3)
    opening = _sentence(1, "Q: The union says the bridge is unsafe.", 0.6, block=3)
    answer = _sentence(4, "A: We will know after the tests.", 0.3, block=4)
    interview = {1: 4, 2: 4}
    kept = _answered_questions([premise, opening, answer], interview)
    assert [(s.sentence.id, s.relevance) for s in kept] == [(4, 0.8)]
    # without the interview's layout the premise stands as a sentence of its own
    assert [s.sentence.id for s in _answered_questions([premise, answer])] == [2, 4]


def test_an_answer_lifted_by_an_interviewer_s_question_does_not_lead_the_dispute() -> None:
    """The same narrated answer and sides as above, the answer in an interview ("Q: The board says the ferry
    crossed at dawn. The company denies it. Who is right?" / "A: We will know when we have the logs."): it stands
    first by the question's relevance, not its own, so the sides' own relevance decides the dispute; it is still
    shown, among what others say."""
    from index.config import AnswerSettings
    from index.quotes import select

    claim_text = "The harbour board said the ferry crossed the bay at dawn."
    denial_text = "The ferry company denied that the ferry crossed the bay at dawn."
    answer_text = "A: We will know when we have the logs."

    def s(n: int, text: str, relevance: float, stance: str, speaker: str, block: int = 0) -> Scored:
        sentence = Sentence(n, "interview" if n >= 10 else f"article-{n}", 0, len(text), text, block)
        return Scored(Candidate(sentence, relevance), relevance, stance, passage=n, speaker=speaker)

    asked = s(10, "Q: The board says the ferry crossed at dawn.", 1.0, "claim", "", block=1)
    answer = s(11, answer_text, 0.3, "other", "Ana Berg", block=2)
    pool = [
        asked,
        answer,
        s(2, claim_text, 0.72, "claim", "The harbour board"),
        s(3, denial_text, 0.72, "denial", "The ferry company"),
    ]

    def similarity(a: Sentence, b: Sentence) -> float:
        return 1.0 if a.id == b.id else 0.7

    question = "Did the ferry cross the bay at dawn?"
    selection = select(pool, AnswerSettings(), question, similarity, interview={10: 11})
    assert selection.disputed
    assert [(p.best.text, p.side) for p in selection.picks] == [
        (claim_text, "claim"),
        (denial_text, "denial"),
        (answer_text, "other"),
    ]
    # how relevant a side must be against the best is measured against the best by its own words: a question
    # worded closely (the lifted answer at 1.2) does not push out a side at 0.7 of a claim at 0.75
    close = [
        dataclasses.replace(asked, relevance=1.2),
        answer,
        s(2, claim_text, 0.75, "claim", "The harbour board"),
        s(3, denial_text, 0.7, "denial", "The ferry company"),
    ]
    assert select(close, AnswerSettings(), question, similarity, interview={10: 11}).disputed


def test_the_kind_asked_for_far_from_what_the_question_is_about_is_no_answer() -> None:
    """'When did the ferry company go bust?': the passages about the company's troubles give no date; a dated
    sentence about something else (in another article), at under KIND_SHARE of their relevance, is a stretch, and
    the answer abstains saying what it lacks. The same sentence at a fair share of the best answers."""
    from index.config import AnswerSettings
    from index.nlp import bits
    from index.quotes import KIND_SHARE, select

    date = bits(["DATE"])
    question = "When did the ferry company go bust?"
    about = "The ferry company has struggled for years, its owners said."
    dated = "The harbour festival takes place on 12 June."

    def answer(share: float) -> list[str]:
        scored = [_sentence(0, about, 0.9), _sentence(5, dated, 0.9 * share, article="b")]
        scored[1] = dataclasses.replace(scored[1], holds=date)
        selection = select(scored, AnswerSettings(), question, lambda a, b: 0.0, expects=date)
        assert selection.abstained == (not selection.picks)
        return [p.best.text for p in selection.picks]

    assert answer(KIND_SHARE - 0.05) == []
    assert answer(KIND_SHARE + 0.05) == [dated]


def test_the_kind_asked_for_far_only_by_the_words_the_best_shares_with_the_question_is_an_answer() -> None:
    """'How many samples were tested?': "We want the samples tested again" stands far above "... any of the
    eleven samples" by the question's words it repeats (relevance), not in meaning (cosine): the count, under
    KIND_SHARE of the best's relevance but over it of its cosine, answers."""
    from index.config import AnswerSettings
    from index.nlp import bits
    from index.quotes import KIND_SHARE, select

    number = bits(["CARDINAL"])
    question = "How many samples were tested?"
    wording = "We want the samples tested again by another laboratory, the farmers said."
    counted = "The laboratory found no trace of a wolf in any of the eleven samples."

    def answer(dense_share: float) -> list[str]:
        best = _sentence(0, wording, 1.3)
        best = dataclasses.replace(best, candidate=Candidate(best.sentence, 0.6))
        count = _sentence(5, counted, 1.3 * (KIND_SHARE - 0.1), article="b")
        count = dataclasses.replace(count, candidate=Candidate(count.sentence, 0.6 * dense_share), holds=number)
        selection = select([best, count], AnswerSettings(), question, lambda a, b: 0.0, expects=number)
        return [p.best.text for p in selection.picks]

    assert answer(KIND_SHARE + 0.05) == [counted]
    assert answer(KIND_SHARE - 0.05) == []


def test_a_byline_comes_first_for_the_writer_of_an_article_not_of_a_document() -> None:
    """'Who wrote the Radio North story?': the byline before a speaker's "We wrote it in the report" that holds the
    question's verb; 'Who wrote the inspection report?' asks of a document the news tells of, which the speaker's
    sentence answers."""
    from index.config import AnswerSettings
    from index.nlp import bits
    from index.quotes import select

    said = '"We wrote it in the report, and nothing was done," union chief Ole Berg said.'
    sentence = Sentence(1, "b", 0, 24, "By Jane Roe, Radio North", 1, kind="byline")
    byline = Scored(Candidate(sentence, 0.6), 0.6, "other", speaker="By Jane Roe, Radio North (author)")
    speaking = dataclasses.replace(_sentence(0, said, 0.8, speaker="union chief Ole Berg"), holds=bits(["PERSON"]))

    def first(question: str) -> str:
        scored = [speaking, byline]
        return select(scored, AnswerSettings(), question, lambda a, b: 0.0).picks[0].best.text

    assert first("who wrote the Radio North story?") == byline.text
    assert first("who wrote the inspection report?") == said


def _stated(sid: int, text: str, relevance: float, speaker: str, stance: str) -> Scored:
    """A claim or a denial by `speaker`, alone in an article of its own."""
    return dataclasses.replace(
        _sentence(sid, text, relevance, article=f"article-{sid}", speaker=speaker), stance=stance
    )


def _alike_pair(pair: set[int], close: float, otherwise: float) -> Callable[[Sentence, Sentence], float]:
    """A similarity that finds the two sentences of `pair` `close`, any other two `otherwise`."""

    def similarity(a: Sentence, b: Sentence) -> float:
        return 1.0 if a.id == b.id else close if {a.id, b.id} == pair else otherwise

    return similarity


def _sides_shown(
    stated: list[tuple[str, float, str, str]], question: str, similarity: Callable[[Sentence, Sentence], float]
) -> tuple[bool, dict[str, str | None]]:
    """Whether `stated` ((text, relevance, speaker, stance), each in an article of its own, ids in order) make a
    dispute of `question`, and each quote's heading."""
    from index.config import AnswerSettings
    from index.quotes import select

    scored = [_stated(i, *s) for i, s in enumerate(stated)]
    selection = select(scored, AnswerSettings(), question, similarity)
    return selection.disputed, {p.best.text: p.side for p in selection.picks}


def test_the_sides_of_who_is_right_are_by_or_about_what_the_question_names() -> None:
    """'Who is telling the truth about the pier, Nordtow or the union?': the union's claim and Nordtow's denial, not
    another story's "They could be stretching the truth a bit", however close its words are to the denial's."""
    claim = "The union says Nordtow knew the pier was unsafe."
    denial = "Nordtow denied that the pier was unsafe."
    stray = '"They could be stretching the truth a bit," an analyst said.'
    stated = [
        (stray, 0.7, "an analyst", "claim"),
        (claim, 0.6, "The union", "claim"),
        (denial, 0.6, "Nordtow", "denial"),
    ]
    question = "who is telling the truth about the pier, nordtow or the union?"
    disputed, sides = _sides_shown(stated, question, _alike_pair({0, 2}, 0.9, 0.5))
    assert disputed and sides.get(claim) == "claim" and sides.get(denial) == "denial"
    assert sides.get(stray) != "claim"


def test_in_a_dispute_the_other_side_s_own_account_is_no_claim_against_it() -> None:
    """'Did Nordtow know the pier was unsafe?': the union's claim and Nordtow's denial are the sides; Nordtow's own
    account of the collapse, a statement of its own and so a claim by its stance, is shown as what others say, not
    under the claims against it."""
    claim = "The union says Nordtow knew the pier was unsafe."
    denial = "Nordtow denied that it knew the pier was unsafe."
    account = "Nordtow says the pier fell in the storm."
    stated = [
        (claim, 0.9, "The union", "claim"),
        (denial, 0.85, "Nordtow", "denial"),
        (account, 0.8, "Nordtow", "claim"),
    ]
    disputed, sides = _sides_shown(stated, "did nordtow know the pier was unsafe?", _alike_pair({0, 1}, 0.8, 0.3))
    assert disputed and sides[claim] == "claim" and sides[denial] == "denial"
    assert sides[account] == "other"


def test_when_is_answered_by_a_date_before_a_word_that_dates_something_else() -> None:
    """ "when did the shed blow over?": "at about 4 p.m." (a time) answers before a more relevant sentence placed in
    time only by "before" of another event ("... before the gale arrived"); a word such as "after" whose clause
    holds what is asked ("days after the shed blew over") dates it, and keeps its place; with no dated sentence
    relevant enough the order stands."""
    from index.config import AnswerSettings
    from index.question import DATE
    from index.quotes import select

    temporal, dated = bits(["TEMPORAL"]), bits(["TIME", "TEMPORAL"])
    loose = _sentence(1, "A shed like that will blow over if its bolts were rusting before the gale arrived.", 0.9)
    timed = _sentence(7, "The garden shed blew over at about 4 p.m. and hit a fence.", 0.6, article="b")
    pool = [dataclasses.replace(loose, holds=temporal), dataclasses.replace(timed, holds=dated)]
    question = "when did the shed blow over?"
    assert select(pool, AnswerSettings(), question, lambda a, b: 0.0, DATE).picks[0].best.text == timed.text
    related = _sentence(1, "The fence was mended two days after the shed blew over.", 0.9)
    pool2 = [dataclasses.replace(related, holds=temporal), pool[1]]
    assert select(pool2, AnswerSettings(), question, lambda a, b: 0.0, DATE).picks[0].best.text == related.text
    weak = [pool[0], dataclasses.replace(pool[1], relevance=0.3)]
    assert select(weak, AnswerSettings(), question, lambda a, b: 0.0, DATE).picks[0].best.text == loose.text


def _shown_first(question: str, *pool: Scored) -> str:
    """The text of the first quote `select` shows for `question` from `pool`, with the default settings."""
    from index.config import AnswerSettings
    from index.quotes import select

    return select(list(pool), AnswerSettings(), question, lambda a, b: 0.0).picks[0].best.text


def test_how_long_a_thing_is_is_answered_by_the_length_bound_to_it() -> None:
    """ "how long was the mast that fell?": "a 40-metre mast" answers before a more relevant sentence giving
    another length ("pieces were found 200 metres away"); with no length bound to the mast the order stands."""
    beside = _sentence(1, "The mast fell at noon, and pieces of it were found 200 metres away.", 0.9)
    bound = _sentence(7, "A 40-metre radio mast came down on the hill on Monday.", 0.6, article="b")
    question = "how long was the mast that fell?"
    assert _shown_first(question, beside, bound) == bound.text
    other = _sentence(7, "A radio mast came down on the hill after a 20-minute storm.", 0.6, article="b")
    assert _shown_first(question, beside, other) == beside.text


def test_how_long_a_thing_is_is_answered_by_its_length_however_unlike_its_words() -> None:
    """ "how long is the crack?": a long lead holding "an 8-inch crack" is lifted to the minimum relevance and shown
    first, above a sentence nearer in words that gives no length of the crack; a lead that gives none is not."""
    near = _sentence(1, "The crack was found on Monday during an inspection the town makes every two years.", 0.8)
    lead = _sentence(
        7,
        "HOLBY, June 2 (Wire) - The town closed the Mill Lane bridge to all traffic after engineers found an"
        " 8-inch crack in one of its beams.",
        0.3,
        article="b",
    )
    assert _shown_first("how long is the crack?", near, lead) == lead.text
    plain = _sentence(7, "HOLBY, June 2 (Wire) - The town closed the Mill Lane bridge after finding a crack.", 0.3)
    assert _shown_first("how long is the crack?", near, plain) == near.text


def test_how_long_something_lasts_is_answered_by_a_length_in_figures_first() -> None:
    """ "how long will the road be closed?": of the sentences about as relevant, "about three weeks" before "until
    the repairs are finished"; with no length in figures the order of relevance stands."""
    clause = _sentence(1, "The road will stay shut until the repairs are finished.", 0.9)
    figure = _sentence(5, "The council said the closure would last about three weeks.", 0.7, article="b")
    question = "how long will the road be closed?"
    assert _shown_first(question, clause, figure) == figure.text
    rate = _sentence(5, "The road carries about 9,000 cars a day since it was widened.", 0.7, article="b")
    assert _shown_first(question, clause, rate) == clause.text
    # "how much longer ...?": a share states the difference as a figure does
    share = _sentence(1, "Treated fish lived 19 per cent longer, the study found.", 0.9)
    length = _sentence(5, "Fish in the study lived for about 30 months.", 0.7, article="b")
    assert _shown_first("how much longer did the treated fish live?", share, length) == share.text


@pytest.mark.parametrize(
    ("first", "second", "put_right"),
    [
        ("The shed did not collapse because of rot.", "It collapsed in a gust of 90 mph.", True),
        ("The fees were never raised.", "They were cut in May.", False),  # what was denied is not said instead
        ("The ferry was not answering the helm.", "He ordered both engines astern.", False),  # it goes on
        (
            "The shed did not collapse because of rot.",
            "The council said it collapsed in a gust.",
            False,
        ),  # another opening
        (
            "The shed did not collapse because of rot.",
            "It did not collapse in a gust either.",
            False,
        ),  # a second denial
    ],
)
def test_a_sentence_puts_right_the_denial_before_it(first: str, second: str, put_right: bool) -> None:
    """ "The shed did not collapse because of rot." / "It collapsed in a gust ...": the second opens on the same
    thing and says positively the word the first denied; the two are one statement."""
    from index.quotes import corrects

    assert corrects(first, second) is put_right


def test_a_denial_and_what_is_said_instead_are_one_quote_in_a_dispute() -> None:
    """In a disputed answer a denial is not joined to a claim beside it (one quote, one side), except by what it
    says instead: "The shed did not collapse because of rot." (a denial by its "not") and "It collapsed in a gust
    ..." (a claim by its words) are one statement, quoted whole."""
    from index.quotes import _extend

    denial = dataclasses.replace(
        _sentence(3, "The shed did not collapse because of rot.", 0.8, block=2), stance="denial"
    )
    instead = _sentence(4, "It collapsed in a gust of 90 mph.", 0.5, start=40, block=2)
    instead = dataclasses.replace(instead, stance="claim")
    other = _sentence(4, "The council will pay for the new one.", 0.5, start=40, block=2)
    by_id = {3: denial, 4: instead}
    assert [p.text for p in _extend([denial], by_id, 0.8, set(), True).parts] == [denial.text, instead.text]
    by_other = {3: denial, 4: dataclasses.replace(other, stance="claim")}
    assert [p.text for p in _extend([denial], by_other, 0.8, set(), True).parts] == [denial.text]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("That is not true.", True),
        ("This is simply false.", True),
        ("But that's nonsense.", True),
        ("That isn't what happened.", True),
        ("That's not correct.", True),
        ("That is true.", False),  # a word of truth, not negated, agrees
        ("That is correct.", False),
        ("That's not wrong.", False),
        ("That is not true of the other pools.", False),  # it says of what
        ("It is not true that the pool was shut.", False),
        ("The claim is false.", False),
    ],
)
def test_a_sentence_that_only_denies_the_one_before(text: str, bare: bool) -> None:
    from index.quotes import bare_denial

    assert bare_denial(text) is bare


def test_what_others_say_its_bare_denial_and_what_is_so_are_one_quote() -> None:
    """ "Some say the staff were not trained. That is not true. Every member of staff holds the certificate.": one
    statement, quoted whole from any of its sentences and shown under the voice of its denial, across sides in a
    dispute; not when the middle sentence says what it denies, nor across paragraphs, nor with a part quoted
    already."""
    from index.quotes import _extend

    said = dataclasses.replace(
        _sentence(3, "Some people say the staff were not trained.", 0.8, block=2, speaker="Some people"),
        stance="denial",
    )
    bare = _sentence(4, "That is not true.", 0.3, start=44, block=2, speaker="The trust")
    holds = _sentence(5, "Every member of staff holds the certificate.", 0.5, start=62, block=2, speaker="The trust")
    holds = dataclasses.replace(holds, stance="claim")
    by_id = {3: said, 4: bare, 5: holds}
    for s in (said, holds):
        pick = _extend([s], by_id, 0.8, set(), True)
        assert [p.text for p in pick.parts] == [said.text, bare.text, holds.text]
        assert pick.voice is bare
    assert len(_extend([said], by_id, 0.8, {5}, True).parts) == 1  # the last part quoted already
    apart = {**by_id, 5: dataclasses.replace(holds, candidate=Candidate(Sentence(5, "a", 62, 106, holds.text, 3), 0.5))}
    assert len(_extend([said], apart, 0.8, set(), True).parts) == 1  # another paragraph
    says = {**by_id, 4: _sentence(4, "That is not true of the other pools.", 0.3, start=44, block=2)}
    assert len(_extend([said], says, 0.8, set(), True).parts) == 1


def test_what_a_rebuttal_sets_out_to_deny_is_its_speaker_s_denial_of_a_claim_made_elsewhere() -> None:
    """ "It has been said that our skipper ignored a gale warning. That is wrong.": the first sentence is the
    company's denial, not its claim, and it answers the claim of another voice in another article that shares two
    of the question's words with it ("The boat had sailed despite a gale warning"), not one sharing a single word
    of it, nor the company's own words. Without the bare denial after it, a sentence keeps its stance."""
    from index.quotes import _rebutted_as_denied

    def far(a: Sentence, b: Sentence) -> float:
        return 0.3  # alike in meaning to nothing: only the question's words link them

    said = dataclasses.replace(
        _sentence(1, "It has been said that our skipper ignored a gale warning.", 0.9, block=2, speaker="Sea Trips"),
        stance="claim",
    )
    bare = _sentence(2, "That is wrong.", 0.4, start=60, block=2, speaker="Sea Trips")
    sailed = _sentence(7, "The boat had sailed despite a gale warning.", 0.7, article="b", speaker="The coastguard")
    sailed = dataclasses.replace(sailed, stance="claim")
    once = dataclasses.replace(
        _sentence(8, "The warning came at noon.", 0.8, article="c", speaker="Met"), stance="claim"
    )
    asked = frozenset({"skipper", "ignor", "gale", "warn"})
    got = {s.sentence.id: s for s in _rebutted_as_denied([said, bare, sailed, once], far, asked)}
    assert (got[1].stance, got[1].answers) == ("denial", 7)
    assert (got[7].stance, got[8].stance) == ("claim", "claim")
    got = {s.sentence.id: s for s in _rebutted_as_denied([said, bare, once], far, asked)}
    assert (got[1].stance, got[1].answers) == ("denial", -1)  # nothing elsewhere it answers
    plain = dataclasses.replace(bare, candidate=Candidate(Sentence(2, "a", 60, 90, "The sea was calm.", 2), 0.4))
    assert _rebutted_as_denied([said, plain, sailed], far, asked)[0].stance == "claim"


def test_a_rebuttal_of_what_unnamed_others_say_and_what_it_says_instead_are_its_speaker_s_denial() -> None:
    """ "Others have claimed that we cut the number of lifeguards. That is not true. We have as many as in 2020.": the
    first sentence is the pool's denial (others, unnamed, are no speaker: index.attribution.plausible_speaker), and
    the third, what is so instead, is its denial too, not a claim on the point; a sentence after a rebuttal in
    another paragraph, or in another voice, keeps its stance."""
    from index.quotes import _rebutted_as_denied

    def far(a: Sentence, b: Sentence) -> float:
        return 0.3

    def claim(sid: int, text: str, start: int, speaker: str, block: int = 2) -> Scored:
        return dataclasses.replace(_sentence(sid, text, 0.6, start=start, block=block, speaker=speaker), stance="claim")

    said = claim(1, "Others have claimed that we cut the number of lifeguards.", 0, "Vale Pools")
    bare = _sentence(2, "That is not true.", 0.4, start=58, block=2, speaker="Vale Pools")
    instead = claim(3, "We have as many lifeguards on duty as in 2020.", 76, "Vale Pools")
    got = {s.sentence.id: s.stance for s in _rebutted_as_denied([instead, said, bare], far)}
    assert got == {1: "denial", 2: "other", 3: "denial"}
    assert [s.sentence.id for s in _rebutted_as_denied([instead, said, bare], far)] == [3, 1, 2]  # order kept
    elsewhere = claim(3, "We have as many lifeguards on duty as in 2020.", 76, "Vale Pools", block=3)
    assert {s.sentence.id: s.stance for s in _rebutted_as_denied([said, bare, elsewhere], far)}[3] == "claim"
    other_voice = claim(3, "Swimmers say there are fewer lifeguards.", 76, "Swimmers")
    assert {s.sentence.id: s.stance for s in _rebutted_as_denied([said, bare, other_voice], far)}[3] == "claim"
    plain = claim(1, "Staff counted the lifeguards on Monday.", 0, "Staff")  # no claim reported: no rebuttal
    assert {s.sentence.id: s.stance for s in _rebutted_as_denied([plain, bare, instead], far)} == {
        1: "claim",
        2: "other",
        3: "claim",
    }


def test_who_did_a_deed_prefers_a_sentence_that_tells_the_deed() -> None:
    """ "Who runs the ferry?": the firm told to run it ("Isle Lines, which runs it, said ...") before a more relevant
    sentence naming someone beside the ferry; "who did it?" asks by no deed and reorders nothing."""
    from index.config import AnswerSettings
    from index.quotes import select

    beside = _alone(1, "The Harbour Ferry left Port Ewan at noon, Captain Rhys Bell said.", 0.9, "Captain Rhys Bell")
    runs = _alone(2, "Isle Lines, which runs it, said the engines had been serviced.", 0.5, "Isle Lines")
    settings = AnswerSettings()
    first = select([beside, runs], settings, "who runs the harbour ferry?", lambda a, b: 0.0)
    assert first.picks[0].parts[0].text == runs.text
    did = select([beside, runs], settings, "who did it?", lambda a, b: 0.0)
    assert did.picks[0].parts[0].text == beside.text
    # a sentence opening on a pronoun leaves the doer to the one before it
    it_runs = _alone(2, "It has run the harbour ferry since 2015 and also runs the island bus.", 0.5, "")
    first = select([beside, it_runs], settings, "who runs the harbour ferry?", lambda a, b: 0.0)
    assert first.picks[0].parts[0].text == beside.text


@pytest.mark.parametrize(
    ("first", "second", "answers"),
    [
        ("We are aware of claims that our ferry left late.", "We have found no record of a late departure.", True),
        ("We are aware of reports that the pool was unsupervised.", "That is not true.", True),
        ("Some parents have said that the gates were locked.", "The council denies this.", True),
        ("It has been suggested that the lift was overloaded.", "The engineers rejected that on Monday.", True),
        ("We are aware of claims that our ferry left late.", "We are looking into them.", False),  # nothing denied
        ("We are aware of the delays on the line.", "No train ran after six.", False),  # no claim reported
        ("The ferry left late, passengers said.", "No one was hurt.", False),
        ("It was reported that twelve people died.", "No official figure was given.", False),  # a report's narration
    ],
)
def test_a_claim_reported_and_what_denies_it(first: str, second: str, answers: bool) -> None:
    """The second sentence's stance is the one the build reads from its parse (index.stance)."""
    from index.quotes import answers_reported
    from index.stance import stance

    def read(sid: int, text: str) -> Scored:
        return dataclasses.replace(_sentence(sid, text, 0.5), stance=stance(text, attributed=True))

    assert answers_reported(read(1, first), read(2, second)) is answers


def test_a_claim_reported_and_its_denial_are_one_quote_and_the_speaker_s_denial() -> None:
    """ "We are aware of claims that our ferry left late. We have found no record of a late departure.": one
    statement, quoted whole from either sentence under the voice of the second, and the first is its speaker's
    denial of the claim another voice makes; not across paragraphs, nor across voices."""
    from index.quotes import _extend, _rebutted_as_denied

    def far(a: Sentence, b: Sentence) -> float:
        return 0.3

    aware = dataclasses.replace(
        _sentence(1, "We are aware of claims that our ferry left late.", 0.9, block=2, speaker="Isle Ferries"),
        stance="claim",
    )
    record = dataclasses.replace(
        _sentence(2, "We have found no record of a late departure.", 0.4, start=50, block=2, speaker="Isle Ferries"),
        stance="denial",
    )
    late = dataclasses.replace(
        _sentence(7, "Passengers said the ferry left late and raced to make up time.", 0.7, article="b", speaker="A"),
        stance="claim",
    )
    by_id = {1: aware, 2: record, 7: late}
    for s in (aware, record):
        pick = _extend([s], by_id, 0.9, set(), False)
        assert [p.text for p in pick.parts] == [aware.text, record.text]
        assert pick.voice is record
    asked = frozenset({"ferri", "leav", "late"})
    got = {s.sentence.id: s for s in _rebutted_as_denied([aware, record, late], far, asked)}
    assert (got[1].stance, got[1].answers, got[7].stance) == ("denial", 7, "claim")
    apart = {
        **by_id,
        2: dataclasses.replace(record, candidate=Candidate(Sentence(2, "a", 50, 94, record.text, 3), 0.4)),
    }
    assert len(_extend([aware], apart, 0.9, set(), False).parts) == 1  # another paragraph
    other = {**by_id, 2: dataclasses.replace(record, speaker="The harbour")}
    assert len(_extend([aware], other, 0.9, set(), False).parts) == 1  # another voice
    assert _rebutted_as_denied([aware, other[2], late], far, asked)[0].stance == "claim"


def test_the_cause_in_the_asked_voice_s_words_comes_first() -> None:
    """ "what did the board say caused the breach?": of the board's words, the one giving the cause by the question's
    verb ("had been caused by a cracked seal") before its other words and before another body's sentence with a word
    of reason, however relevant; every sentence stays once."""
    from index.config import AnswerSettings
    from index.quotes import _first, select

    other = _sentence(1, "The regulator has required the board to explain the breach within 14 days.", 0.9)
    timing = _sentence(2, "The breach began at 6am, the board said.", 0.8, article="b", speaker="The board")
    charges = _sentence(3, "The board will refund fees incurred because of the breach.", 0.62, article="c")
    cause = _sentence(4, "The board said the breach had been caused by a cracked seal.", 0.6, article="d")
    pool = [other, timing, dataclasses.replace(charges, speaker="The board"), cause]
    pool[3] = dataclasses.replace(cause, speaker="The board")

    def own(s: Scored) -> bool:
        return s.speaker == "The board"

    question = "what did the board say caused the breach?"
    first = select(pool, AnswerSettings(), question, lambda a, b: 0.0, own=own).picks[0]
    assert first.best.text == cause.text
    # a list out of relevance order keeps each sentence once
    mixed = [timing, other, charges]
    assert _first(mixed, 0.5, lambda s: s is other) == [other, timing, charges]


def test_a_yes_no_question_no_dispute_answers_shows_another_voice_too() -> None:
    """ "Did staff get everyone out quickly?" answered by the fire service's words: a parent's account, less
    relevant but above the floor, is shown after the others (one more quote, none displaced); not the same voice
    again, not one under the floor, not for a question of fact, not the outlet's narration."""
    from index.config import AnswerSettings
    from index.quotes import OTHER_VOICE_SHARE, select

    def pool(parent_relevance: float, parent_voice: str = "Lucy Fenn") -> list[Scored]:
        best = _sentence(1, "Staff had got everyone out by the time our crew arrived.", 0.9, speaker="Alan Storey")
        near = _sentence(2, "Everyone was out of the building within four minutes.", 0.7, article="b")
        parent = _sentence(3, "We stood by the pool coughing until a lifeguard shouted.", parent_relevance, article="c")
        items = [best, near, dataclasses.replace(parent, speaker=parent_voice)]
        return [dataclasses.replace(x, stance="claim" if x.speaker else "other") for x in items]

    def shown(question: str, scored: list[Scored]) -> list[str]:
        selection = select(scored, AnswerSettings(), question, lambda a, b: 0.0)
        assert [p.side for p in selection.picks][:-1] == [None] * (len(selection.picks) - 1)  # the answer's own
        return [p.best.text for p in selection.picks]

    question = "did staff get everyone out quickly?"
    assert OTHER_VOICE_SHARE * 0.9 < 0.5
    assert shown(question, pool(0.5)) == [
        "Staff had got everyone out by the time our crew arrived.",
        "Everyone was out of the building within four minutes.",
        "We stood by the pool coughing until a lifeguard shouted.",
    ]
    voiced = select(pool(0.5), AnswerSettings(), question, lambda a, b: 0.0)
    assert voiced.picks[-1].side == "other" and not voiced.disputed  # shown under "What others say"
    assert len(shown(question, pool(0.3))) == 2  # under the floor
    assert len(shown(question, pool(0.5, "Group Manager Alan Storey"))) == 2  # the voice already heard
    assert len(shown(question, [*pool(0.5)[:2], dataclasses.replace(pool(0.5)[2], speaker="", stance="other")])) == 2
    assert len(shown("how quickly did staff get everyone out?", pool(0.5))) == 2  # a question of fact


def test_an_explainer_s_question_standing_alone_passes_its_relevance_to_the_paragraph_after_it() -> None:
    """An explainer's subheading 'Who was on board?' matches 'how old were the passengers?' best and answers
    nothing; its next paragraph, in the outlet's words, answers it: the sentence of it nearest the question takes
    the subheading's relevance, the other its own in the same proportion. Without `explained` (a question ending
    a paragraph of narration) nothing moves, and someone's question is theirs to answer."""
    from index.quotes import _answered_questions

    asked = _sentence(1, "Who was on board?", 0.9, block=2)
    first = _sentence(2, "Six anglers, aged between 40 and 66, and the skipper.", 0.4, block=3)
    second = _sentence(3, "Most were from the town.", 0.2, block=3)
    explained = {1: (2, 3)}
    kept = _answered_questions([asked, first, second], explained=explained, question="who was on the boat?")
    assert [(s.sentence.id, round(s.relevance, 3)) for s in kept] == [(2, 0.9), (3, 0.45)]
    # a question of another kind: lifted only when it asks for a kind of answer the sentence must hold
    age = "how old were the anglers?"
    assert [s.relevance for s in _answered_questions([asked, first, second], None, explained, age)] == [0.4, 0.2]
    typed = _answered_questions([asked, first, second], None, explained, age, typed=True)
    assert [(s.sentence.id, round(s.relevance, 3)) for s in typed] == [(2, 0.9), (3, 0.45)]
    # ... and when the subheading is the passage nearest the question in meaning
    nearer = _sentence(7, "The skipper, 58, has fished here all his life.", 0.95, block=9)
    typed = _answered_questions([nearer, asked, first, second], None, explained, age, typed=True)
    assert [(s.sentence.id, s.relevance) for s in typed] == [(7, 0.95), (2, 0.4), (3, 0.2)]
    assert [(s.sentence.id, s.relevance) for s in _answered_questions([asked, first, second])] == [(2, 0.4), (3, 0.2)]
    theirs = dataclasses.replace(asked, speaker="a reader")
    kept = _answered_questions([theirs, first, second], explained=explained, question="who was on the boat?")
    assert [(s.sentence.id, s.relevance) for s in kept] == [(2, 0.4), (3, 0.2)]


def test_a_statement_s_own_subheading_is_answered_by_its_next_paragraph() -> None:
    """A body's statement page asks itself "Were we warned before the vote?" and answers in the next paragraph: the
    subheading is the page's question, as an explainer's is, and lifts its answer; someone quoted asking is not."""
    from index.quotes import _answered_questions

    board = "Harbour Board (statement)"
    asked = _sentence(1, "Were we warned before the vote?", 0.9, block=2, speaker=board)
    first = _sentence(2, "We received no report of cracks before the vote.", 0.5, block=3, speaker=board)
    kept = _answered_questions([asked, first], explained={1: (2,)}, question="was the board warned before the vote?")
    assert [(s.sentence.id, s.relevance) for s in kept] == [(2, 0.9)]
    quoted = dataclasses.replace(asked, speaker="a fisherman")
    kept = _answered_questions([quoted, first], explained={1: (2,)}, question="was the board warned before the vote?")
    assert [(s.sentence.id, s.relevance) for s in kept] == [(2, 0.5)]


def test_a_subheading_asking_the_very_question_makes_its_answer_a_side() -> None:
    """Asked "was the board warned before the vote?", the board's own subheading "Were we warned before the vote?"
    answers it: its paragraph's denial is a side by the subheading's relevance, against the union's claim; a
    subheading of another point ("Was staffing a factor?") lifts its paragraph for showing only."""
    from index.config import AnswerSettings
    from index.quotes import _asks_the_question, select

    question = "was the board warned before the vote?"
    point = frozenset(tokenize("vote"))
    assert _asks_the_question("Were we warned before the vote?", question, point)
    assert not _asks_the_question("Was staffing a factor?", question, point)
    assert not _asks_the_question("Who is right about the vote?", question, point)
    board = "Harbour Board (statement)"
    claim = dataclasses.replace(
        _sentence(1, "The union said it had warned the board about the cracks before the vote.", 0.9, article="w"),
        stance="claim",
        speaker="The union",
    )
    asked = _sentence(5, "Were we warned before the vote?", 0.85, block=2, article="s", speaker=board)
    denial = dataclasses.replace(
        _sentence(6, "We received no report of cracks from anyone before the vote.", 0.3, block=3, article="s"),
        stance="denial",
        speaker=board,
    )
    picked = select(
        [claim, asked, denial], AnswerSettings(), question, lambda a, b: 0.3, point=point, explained={5: (6,)}
    )
    assert picked.disputed
    assert {p.parts[0].sentence.id for p in picked.picks} >= {1, 6}
