"""The engine end to end with the real model and index: answers quote the articles, or abstain."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer import Answer
from index.cleaning import normalize
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine
from index.errors import EmptyQuestion, QuestionTooLong
from index.question import PERSON
from tests.conftest import held_out_questions


def _engine_on(
    directory: Path,
    embedder: SentenceTransformerEmbedder,
    articles: dict[str, tuple[str, str, str]],
    index: str = "idx",
    authors: dict[str, str] | None = None,
) -> Engine:
    """An engine over articles written for a test: name -> (text, title, outlet), in `directory`/corpus; `authors`:
    name -> the article's author, where it has one."""
    corpus = directory / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, (text, title, outlet) in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        author = f'author = "{authors[name]}"\n' if authors and name in authors else ""
        (corpus / f"{name}.toml").write_text(f'title = "{title}"\noutlet = "{outlet}"\n{author}', encoding="utf-8")
    return Engine(corpus, IndexSettings(dir=directory / index), AnswerSettings(), embedder=embedder).load()


def _shown(answer: Answer) -> str:
    return normalize(" ".join(q.text for q in answer.quotes))


def assert_verbatim(engine: Engine, answer: Answer) -> None:
    """Every quote is the exact text between its offsets in its article."""
    for q in answer.quotes:
        article = engine.index.articles[q.source.id]
        assert article.text[q.start : q.end] == q.text
        for other in q.also_in:
            assert other.id in engine.index.articles and other.id != q.source.id


def test_a_known_question_finds_its_sentence(engine: Engine) -> None:
    """Who called the claim propaganda: the quote names Dorrian and says 'propaganda'."""
    answer = engine.ask("Who dismissed Moscow's announcement as propaganda?")
    assert not answer.abstained
    assert "dorrian" in _shown(answer) and "propaganda" in _shown(answer)
    assert_verbatim(engine, answer)


@pytest.mark.parametrize(
    "question",
    ["What is the price of gold today?", "Write me a limerick about cats.", "How tall is the Eiffel Tower?"],
)
def test_out_of_scope_questions_abstain(engine: Engine, question: str) -> None:
    """Questions the articles have nothing on get the plain abstention and no quote."""
    answer = engine.ask(question)
    assert answer.abstained and answer.quotes == ()


def test_counts_the_articles_never_give_abstain(engine: Engine) -> None:
    """A casualty figure is asked for; the articles give none, so nothing is quoted."""
    answer = engine.ask("How many soldiers died in the al-Bab raid?")
    assert answer.abstained


def test_every_quote_for_the_held_out_questions_is_verbatim(engine: Engine) -> None:
    """For each question in tests/data, every quote stands word for word in its article."""
    for q in held_out_questions():
        answer = engine.ask(str(q["question"]))
        assert_verbatim(engine, answer)
        # Bounded well within one Discord embed (4096), disputed answers with both sides included.
        assert sum(len(x.text) for x in answer.quotes) <= 2000


def test_held_out_answerable_questions_are_mostly_answered(engine: Engine) -> None:
    """At least 85% of the held-out answerable questions quote one of their evidence phrases."""
    qs = [q for q in held_out_questions() if q["kind"] in ("factual", "paraphrase")]
    hits = 0
    for q in qs:
        shown = _shown(engine.ask(str(q["question"])))
        hits += any(normalize(str(e)) in shown for e in q["evidence"])  # type: ignore[attr-defined]
    assert hits / len(qs) >= 0.85


def test_a_reprinted_passage_is_shown_once_with_its_other_outlets(engine: Engine) -> None:
    """The DoD statement carried by three outlets is one quote that lists the others."""
    answer = engine.ask("What did the Department of Defense say about coordinating airstrikes with Russia?")
    carrying = [q for q in answer.quotes if "not coordinating airstrikes" in q.text]
    assert len(carrying) == 1
    assert len(carrying[0].also_in) >= 1


def test_a_contested_question_gets_both_sides(engine: Engine) -> None:
    """Whether the US passed coordinates: a claim quote and a denial quote, and the answer marked disputed."""
    answer = engine.ask("Did Washington hand Moscow the coordinates of targets in al-Bab?")
    assert answer.disputed
    sides = {q.side for q in answer.quotes}
    assert {"claim", "denial"} <= sides


def test_a_plain_factual_question_is_not_disputed(engine: Engine) -> None:
    """A question about where a town is gets quotes without sides."""
    answer = engine.ask("Where is al-Bab?")
    assert not answer.abstained and not answer.disputed
    assert all(q.side is None for q in answer.quotes)


@pytest.mark.parametrize("question", ["", "   ", "???", "\u200b\u200b", "\x00\x07"])
def test_questions_without_words_are_refused(engine: Engine, question: str) -> None:
    """No words to search for is a typed error, not an answer."""
    with pytest.raises(EmptyQuestion):
        engine.ask(question)


def test_a_question_over_the_limit_is_refused(engine: Engine) -> None:
    with pytest.raises(QuestionTooLong):
        engine.ask("why " * 2000)


def test_ask_many_keeps_order_and_errors_in_place(engine: Engine) -> None:
    """Batch answers come back in order; a bad question yields its error at its place."""
    results = engine.ask_many(["Where is al-Bab?", "", "What is Airwars?"])
    assert isinstance(results[1], EmptyQuestion)
    assert isinstance(results[0], Answer) and results[0].question == "Where is al-Bab?"
    assert isinstance(results[2], Answer) and "airwars" in _shown(results[2])


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What did Angela Merkel say about the strikes?", ("Angela Merkel",)),
        ("Did China take part in the strikes near al-Bab?", ("China",)),
        ("What cargo did the coalition jets carry?", ("cargo",)),  # a kind of thing no article has
        ("What is the population of al-Bab?", ("population",)),  # what is asked of a thing the articles name
        ("What was the weather during the strikes?", ("weather",)),
        ("What is the price of Bitcoin?", ("Bitcoin",)),  # the name says it; its price adds nothing
        ("What cargo did the Chinese jets carry?", ("Chinese",)),
    ],
)
def test_a_named_thing_no_article_mentions_is_said(engine: Engine, question: str, missing: tuple[str, ...]) -> None:
    """A question about someone or something no article names abstains, and says which thing it is."""
    answer = engine.ask(question)
    assert answer.abstained and not answer.quotes
    assert answer.missing == missing


def test_what_is_asked_of_a_thing_in_a_word_of_its_own_is_answered(engine: Engine) -> None:
    """A question framing what it asks by a word no article need write ("the purpose of", "the significance of") is
    answered in the articles' words."""
    for question in (
        "What is the purpose of the Pentagon's channel with Russia?",
        "What is the significance of al-Bab?",
    ):
        answer = engine.ask(question)
        assert not answer.abstained and not answer.missing and answer.quotes, question


def test_a_named_thing_the_articles_mention_is_answered(engine: Engine) -> None:
    """The same check lets through names the articles do mention, as written or abbreviated."""
    for question in (
        "What did the Pentagon say about the Russian claim?",
        "What did the U.S. military deny?",
        "Which province is al-Bab in?",
    ):
        answer = engine.ask(question)
        assert not answer.missing and not answer.abstained


def test_words_asked_of_someone_the_articles_name_but_never_quote_are_not_made_up(engine: Engine) -> None:
    """Assad and Mattis are named (in narration, in others' words), never quoted: no one else's words instead, and
    the answer names them as the articles write them."""
    for question, who in [
        ("What did Assad say about the strikes?", "Assad"),
        ("what did mattis say?", "Mattis"),
        # a country's body: others' words naming the country are not its words
        ("What did the Turkish navy say about the strikes?", "the Turkish navy"),
        ("What did the Syrian army say about the strikes?", "the Syrian army"),
        # whether they stated something asks for their words as much
        ("Did the Syrian army deny taking part in the strikes?", "the Syrian army"),
        ("did mattis confirm the joint mission?", "Mattis"),
    ]:
        answer = engine.ask(question)
        assert answer.abstained and answer.unquoted == who and not answer.quotes, question
    answer = engine.ask("What did the US military say about the strike?")  # many bodies speak for a country
    assert not answer.abstained and answer.quotes
    answer = engine.ask("Did the Pentagon confirm the joint strike?")  # quoted: its words, its denials
    assert not answer.abstained and "Pentagon" in answer.quotes[0].speaker


def test_who_did_something_is_answered_by_someone_the_question_does_not_name(engine: Engine) -> None:
    """'Who heads the Pentagon?': the sentence naming its head, not 'The Pentagon, however, quickly denied ...'."""
    answer = engine.ask("Who heads the Pentagon?")
    assert answer.quotes and "Mattis" in answer.quotes[0].text
    assert not any(q.text.startswith("The Pentagon, however") for q in answer.quotes)
    # who denied Russia's claim: not Russia, denying the Pentagon's claims about its aircraft
    answer = engine.ask("Who denied the Russian claim?")
    assert answer.quotes and all(q.speaker and "Russia" not in q.speaker for q in answer.quotes)


def test_a_question_whose_answer_type_no_relevant_sentence_holds_abstains(engine: Engine) -> None:
    """'What time' needs a time of day; the articles give none, so the answer says so instead of quoting."""
    answer = engine.ask("What time did the Russian jets take off?")
    assert answer.abstained and answer.lacks == "time"


def test_a_when_question_is_answered_by_a_sentence_that_places_it_in_time(engine: Engine) -> None:
    """Every quote answering 'when' holds a date, a time or a word that places the event in time."""
    answer = engine.ask("When did Russia say it received the coordinates?")
    assert not answer.abstained
    from index.question import DATE

    for q in answer.quotes:
        sid = next(s.id for s in engine.index.sentences if s.article_id == q.source.id and s.start >= q.start)
        ends = [s.id for s in engine.index.sentences if s.article_id == q.source.id and q.start <= s.start < q.end]
        assert any(engine.index.entities[i] & DATE for i in [sid, *ends])


def test_a_batch_larger_than_the_cache_answers_every_question(engine: Engine) -> None:
    """A full cache must not push out an answer of the batch being answered (it raised KeyError before)."""
    old = engine.cache_size
    engine.cache_size = 2
    engine._cache.clear()
    try:
        batch = ["Where is al-Bab?", "Who is Samuel Oakford?", "What is Airwars?", "Where is al-Bab?"]
        results = engine.ask_many(batch)
        assert [r.question for r in results if isinstance(r, Answer)] == batch
    finally:
        engine.cache_size = old


def test_the_cache_keeps_the_questions_asked_again(engine: Engine) -> None:
    """A cache hit refreshes the entry: the question asked again outlives the ones asked once since."""
    old = engine.cache_size
    engine.cache_size = 2
    engine._cache.clear()
    try:
        engine.ask("Where is al-Bab?")
        engine.ask("Who is Samuel Oakford?")
        engine.ask("Where is al-Bab?")  # a hit: now the most recent
        engine.ask("What is Airwars?")  # pushes out the least recent, Oakford
        assert "Where is al-Bab?" in engine._cache and "Who is Samuel Oakford?" not in engine._cache
    finally:
        engine.cache_size = old


def test_an_undated_copy_under_another_name_does_not_become_the_source(
    corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """An article copied under another name, with neither date nor address: the outlet's own dated article is
    the quote's source, and the copy is only among the others carrying it."""
    original = corpus_copy / "rferl-pentagon-denies-coordinated-strikes.txt"
    (corpus_copy / "aaa-pasted-copy.txt").write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus_copy / "aaa-pasted-copy.toml").write_text('title = "Pasted"\noutlet = "Some Forum"\n', encoding="utf-8")
    engine = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder)
    answer = engine.load().ask("What did Pentagon spokesman Eric Pahon say?")
    assert answer.quotes
    for quote in answer.quotes:
        assert quote.source.id != "aaa-pasted-copy"
    assert any(s.id == "aaa-pasted-copy" for q in answer.quotes for s in q.also_in)


def test_a_question_for_someones_words_gets_their_words_and_an_outlet_keeps_its_reporting(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'What did Jonas Lind say?': his words, not the narration about him. '..., according to the Harbour Wire?'
    of an outlet that others also quote: the outlet's own reporting is its words and stays."""
    live = (
        "Ferry chief executive Jonas Lind has just spoken to reporters outside the company's offices.\n\n"
        '"We stand by every word of our statement about the crossing," Lind said.\n\n'
        "The Harbour Wire reported that the harbour logs show one departure.\n"
    )
    wire = (
        "The harbour logs show a single departure on the morning of the crossing.\n\n"
        "The ferry left the harbour alone, the logs show.\n"
    )
    engine = _engine_on(
        tmp_path,
        real_embedder,
        {"live": (live, "Ferry row live", "Portsea Live"), "wire": (wire, "Logs show one ferry", "Harbour Wire")},
    )
    answer = engine.ask("What did Jonas Lind say?")
    assert answer.quotes and all("Lind" in q.speaker for q in answer.quotes)
    answer = engine.ask("what do the harbour logs show, according to the Harbour Wire?")
    assert any(q.source.id == "wire" for q in answer.quotes)


@pytest.mark.parametrize(
    "question",
    ["how old is sean spicer?", "what's the weather like in aleppo?", "where was dorrian born?", "is mattis married?"],
)
def test_a_question_outside_the_articles_that_names_something_in_them_abstains(engine: Engine, question: str) -> None:
    """A word no article has ("old", "weather") and no passage close in meaning: the names it shares with the
    articles do not make an answer."""
    answer = engine.ask(question)
    assert answer.abstained and not answer.quotes


def test_a_question_in_other_words_than_the_articles_is_still_answered(engine: Engine) -> None:
    """Words no article has ("buy", "brush off"), with passages close in meaning: answered."""
    for question in ("did the pentagon buy the russian story?", "how did the coalition spokesman brush off the claim?"):
        answer = engine.ask(question)
        assert not answer.abstained and answer.quotes, question


def test_a_word_no_article_has_said_in_other_words_is_answered(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'What did the satellite pictures show?' when the articles write "images": the question's word no article has
    is alike in meaning to one of the passages' (counting.SameThing), so the question is asked of them, not
    refused, however far the question's embedding is from the passage's. A word no passage says otherwise
    ("weather") is still refused."""
    wire = (
        "The harbour board said the ferry had never left port.\n\n"
        "Satellite images published by a private firm on Tuesday showed a ship of the ferry's size moored at the "
        "northern quay on Sunday.\n\n"
        "The ferry company has not commented."
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry in port", "Coastal Wire")})
    answer = engine.ask("what did the satellite pictures show?")
    assert not answer.abstained and "moored at the northern quay" in _shown(answer)
    assert engine.ask("what was the weather like at the quay?").abstained


def test_a_yes_no_question_of_a_thing_no_article_has_needs_a_passage_close_in_meaning(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Was the captain breathalysed by police?' when the articles tell only that the police questioned him: the
    passages are above the minimum relevance (by "captain" and "police") but under YES_NO_STRANGE_FLOOR, so the
    articles don't say; at the minimum relevance alone it was answered. A question in the articles' words is."""
    import index.engine as engine_module

    wire = (
        "The ferry Nordlys struck the pier at Portsea on Tuesday evening, the harbour board said.\n\n"
        "Its captain, Ole Berg, was questioned by police on Wednesday and released.\n\n"
        "No one was hurt, the police said."
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry hits pier", "Coastal Wire")})
    question = "was the captain breathalysed by police?"
    assert engine.ask(question).abstained
    assert not engine.ask("did the police question the captain?").abstained
    monkeypatch.setattr(engine_module, "YES_NO_STRANGE_FLOOR", engine.settings.min_relevance)
    engine._cache.clear()
    assert not engine.ask(question).abstained


def test_a_question_of_a_word_no_article_has_is_answered_by_a_passage_near_enough_in_meaning(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'What number should witnesses call?' when the articles write "Anyone who saw ... is asked to call the
    police on 02900": "witnesses" is no article's word, and the passage stands at cosine 0.44, over STRANGE_FLOOR
    and under the minimum relevance: answered; with the minimum relevance as the floor it was refused."""
    import index.engine as engine_module

    wire = (
        "A lorry hit the harbour gate in Portsea on Sunday night, the harbour board said.\n\n"
        "Anyone who saw a white lorry on the harbour road on Sunday night is asked to call the police on 02900.\n\n"
        "No one was hurt."
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Lorry hits gate", "Coastal Wire")})
    question = "what number should witnesses call?"
    answer = engine.ask(question)
    assert not answer.abstained and "02900" in _shown(answer)
    monkeypatch.setattr(engine_module, "STRANGE_FLOOR", engine.settings.min_relevance)
    engine._cache.clear()
    assert engine.ask(question).abstained


def test_a_question_mostly_of_words_no_article_has_abstains_though_its_names_match(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'where to buy cheap portmore ferry tickets online?': its two words the articles hold bring a passage close
    enough in meaning, and its more words no article has, nor anything like them: no answer. A question with one
    such word among several the articles hold is answered."""
    wire = (
        "The ferry Nordlys ran aground outside Portmore on Tuesday, the harbour board said.\n\n"
        "The ferry company said the ferry had lost its steering in the storm."
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry aground", "Coastal Wire")})
    assert engine.ask("where to buy cheap portmore ferry tickets online?").abstained
    assert not engine.ask("why did the ferry nordlys run aground outside portmore, honestly?").abstained


def test_a_word_of_harm_no_article_has_asks_of_the_harm_they_tell_of(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'How many people died in the flood?' when the articles write "drowned": the ways of dying are many, and a
    passage found telling of one answers a word of harm no article has (the question is not refused as asking of
    something else, however far its embedding); "TV" is "television"."""
    from index.search import Candidate

    wire = (
        "The flood reached the village of Holt on Sunday night, the coast guard said.\n\n"
        "Three people drowned in the village when the water rose by more than two metres overnight, police said.\n\n"
        '"The sea rose faster than anyone expected," the harbour master, Ola Dahl, said on state television.\n\n'
        "Police closed the bridge at dawn."
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Flood in Holt", "Coastal Wire")})
    answer = engine.ask("how many people died in the flood?")
    assert not answer.abstained and "three people drowned" in _shown(answer)
    answer = engine.ask("what did the harbour master say on tv?")
    assert not answer.abstained and "faster than anyone expected" in _shown(answer)

    def found(*starts: str) -> list[Candidate]:
        """The index's sentences opening so, as candidates far from the question (no passage close as a whole)."""
        return [Candidate(s, 0.3) for s in engine.index.sentences if s.text.startswith(starts)]

    drowned = found("The flood", "Three people drowned")
    assert len(drowned) == 2 and engine._said_otherwise(["died"], drowned)
    assert engine._said_otherwise(["killed", "hurt"], drowned)
    assert not engine._said_otherwise(["died"], found("The flood", "Police closed"))
    assert not engine._said_otherwise(["died", "sheep"], drowned)  # "sheep" said by none


def test_a_body_speaking_is_no_answer_to_which_person(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Which harbour officer ordered the ferry back?': the harbour board's statement says what happened but names
    no officer, so it does not answer; a sentence naming one does, and '..., he said' after it does too."""
    board = "The ferry was ordered back to port on Tuesday morning after the storm warning, the harbour board said.\n"
    articles = {"board": (board, "Ferry called back", "Portsea Live")}
    engine = _engine_on(tmp_path, real_embedder, articles)
    question = "Which harbour officer ordered the ferry back to port?"
    answer = engine.ask(question)
    assert answer.abstained and answer.lacks == "person"
    officer = (
        "Harbour officer Mia Kowalski ordered the ferry back to port after the storm warning.\n\n"
        '"I could not let it sail into that," she said.\n'
    )
    articles["officer"] = (officer, "The officer who called it", "Coastal Wire")
    engine = _engine_on(tmp_path, real_embedder, articles, index="idx2")
    answer = engine.ask(question)
    assert not answer.abstained and any("Kowalski" in q.text for q in answer.quotes)
    assert engine._speaker_holds(engine.index.sentences[-1]) & PERSON  # "she said" after the officer is named
    assert not engine._speaker_holds(engine.index.sentences[0]) & PERSON  # the board names no person


def test_a_role_no_article_has_is_answered_that_the_articles_do_not_say(engine: Engine) -> None:
    """No seed article has 'captain': a question for a captain's name is not answered with anyone's words."""
    answer = engine.ask("What was the name of the captain of the coalition flight?")
    assert answer.abstained and answer.lacks == "name of the captain"


def test_a_name_typed_with_a_slip_is_read_as_the_articles_write_it(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'What did olssen say?' is answered with Kari Olsson's words and says how it was read; a common word one
    slip from another ('carried' and 'married', 'write' and 'White') is left as typed."""
    wire = (
        '"The Nordline ferry sailed alone," harbour pilot Kari Olsson told reporters on Monday.\n\n'
        "The ferry carried three hundred passengers across the strait, the Coastal Broadcasting Service said.\n\n"
        "Ferry owner Anna White declined to comment.\n\n"
        "Deckhand Tom Blake was the last to leave the ship.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry sailed alone", "Coastal Wire")})
    answer = engine.ask("what did olssen say?")
    assert answer.question == "what did olssen say?" and answer.read_as == "what did Olsson say?"
    assert answer.quotes and "Olsson" in answer.quotes[0].speaker
    assert engine.read_as("is the captain married?") == "is the captain married?"
    # a verb of saying is a word, never a slip for a name ("write" is one letter from "White")
    assert engine.read_as("what did the pilot write?") == "what did the pilot write?"
    assert engine.ask("what did Olsson say?").read_as == ""
    # the opening question word typed with a slip, with the name
    assert engine.read_as("waht did olssen say?") == "what did Olsson say?"
    # a word no article has that the tagger reads as a verb is that verb, not a slip for a name ("Blake")
    assert engine.read_as("was the storm to blame for the crossing?") == "was the storm to blame for the crossing?"
    assert engine.read_as("what did blaek say?") == "what did Blake say?"
    # initials no article has, of a name the articles write in full
    assert engine.read_as("what did the cbs report?") == "what did the Coastal Broadcasting Service report?"


def test_who_heads_a_body_is_answered_by_its_head_under_any_title(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Who heads Clearwater?' and 'who is the head of Clearwater?' when the article calls her its director (no
    article has "head" or "heads"): answered with the director, not told the articles don't say."""
    wire = (
        "Environmental group Clearwater said on Tuesday that the mine had poisoned the river.\n\n"
        '"This is deliberate," Clearwater director Helena Ruud told reporters in Stockholm.\n\n'
        "Opposition leader Siri Nygaard called for an inquiry.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "River poisoned, group says", "Nordic Wire")})
    for question in ("who heads clearwater?", "who is the head of Clearwater?"):
        answer = engine.ask(question)
        assert not answer.abstained and "Helena Ruud" in answer.quotes[0].text, question
        assert not any("Nygaard" in q.text for q in answer.quotes), question


def test_a_kind_of_thing_the_articles_name_by_another_word_is_answered(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Which warship was near the ferry?' when the article writes "frigate": answered, not told the articles don't
    mention warships; 'Which helicopters were ...?' when nothing alike is named: they don't mention helicopters."""
    wire = (
        "Shipping records show that a frigate, the Saint-Aube, was within two miles of the ferry when it stopped.\n\n"
        "The ferry company said the crossing had been calm until the engine failed.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry stopped at sea", "Coastal Wire")})
    answer = engine.ask("Which warship was near the ferry when it stopped?")
    assert not answer.abstained and "Saint-Aube" in answer.quotes[0].text
    answer = engine.ask("Which helicopters were over the ferry when it stopped?")
    assert answer.abstained and answer.missing == ("helicopters",)


def test_how_someone_reacted_is_told_by_what_they_did_but_not_made_up(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'How did insurers react?': no one quotes insurers, but a sentence opening with them tells what they did; 'how
    did the harbour board react?' of a board the articles only name in others' words is still refused."""
    text = (
        "The ferry route was closed for six weeks after the storm, the operator said.\n\n"
        "Insurers raised their premiums for the route fourfold in May, according to the journal Cargo Weekly.\n\n"
        "Passengers blamed the harbour board for the delays, the operator said.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"route": (text, "Route closed", "Coastal Wire")})
    answer = engine.ask("How did insurers react?")
    assert not answer.abstained and "premiums" in answer.quotes[0].text
    answer = engine.ask("How did the harbour board react?")
    assert answer.abstained and answer.unquoted == "the harbour board" and not answer.quotes


def test_a_country_speaks_through_its_own_people_and_seat_of_government_not_through_others_naming_it(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'What did Norway say?' of articles where only an analyst and Sweden's ministry name Norway: 'the articles
    don't quote Norway'; 'what did the US say?' of a Pentagon spokesman's words, though an outlet's name holds a
    country ('Voice of America' is no outlet the question asks for)."""
    text = (
        "Ships from Sweden and Norway searched the strait overnight, the Swedish defence ministry said.\n\n"
        '"Norway is sending more boats there," said Lena Holt, an analyst at the Baltic Institute.\n\n'
        '"We did not fire on the trawler," Pentagon spokesman Eric Dunn said of the incident in the strait.\n'
    )
    engine = _engine_on(tmp_path, real_embedder, {"strait": (text, "Strait search", "Voice of America")})
    answer = engine.ask("What did Norway say about the search?")
    assert answer.abstained and answer.unquoted == "Norway" and not answer.quotes
    answer = engine.ask("What did the US say about the trawler?")
    assert not answer.abstained and "Eric Dunn" in (answer.quotes[0].speaker or "")


def test_a_voice_called_by_the_noun_its_name_was_set_beside_is_that_name(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'What did the network say?' of 'the Harbour Watch Group, a volunteer monitoring network, ...', whose words
    are only ever its spokesman's under the group's name: his words, not a refusal as never quoted."""
    text = (
        "The Harbour Watch Group, a volunteer monitoring network, has tracked the ferries since 2020.\n\n"
        "Harbour Watch Group spokesman Ole Berg said the ferry had sailed without its lights on.\n\n"
        "The ferry company said the lights had been on all night.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"watch": (text, "Ferry lights", "Coastal Wire")})
    answer = engine.ask("What did the network say about the ferry?")
    assert not answer.abstained and "Ole Berg" in (answer.quotes[0].speaker or "")


def test_a_voice_named_by_what_it_is_speaks_through_the_speaker_nearest_in_meaning(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Has the towing firm said anything?' when the articles name it "The tug operator, Kvina Towage": its words
    answer, at the floor though unlike the question's, not a sentence sharing the word "towed"."""
    text = (
        "The barge Arken drifted into the lock gates at Vessby on Monday.\n\n"
        '"The gates held, and nobody was hurt," the canal authority\'s director, Ida Berg, told reporters.\n\n'
        "The tug operator, Kvina Towage, declined to comment on the crew's account, saying it would speak only to"
        " the police.\n\n"
        "The barge was towed to a repair yard on Tuesday evening.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"barge": (text, "Barge hits lock gates", "Canal News")})
    answer = engine.ask("has the towing firm said anything?")
    assert not answer.abstained and answer.quotes[0].text.startswith("The tug operator, Kvina Towage")
    assert all("towed to a repair yard" not in q.text for q in answer.quotes)
    # a voice that shares a word with a speaker is that speaker's, as before
    director = engine.ask("what did the canal authority say?")
    assert director.quotes and "Ida Berg" in director.quotes[0].text


def test_a_voice_no_speaker_s_name_shares_a_word_with_is_the_speaker_nearest_in_meaning(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'How much data do the hackers say they took?' when the articles quote "A criminal hacking group" and never
    write "hackers": the group's words, not "the articles don't quote the hackers"; a voice that stands near no
    speaker ("the bank") is still never quoted."""
    text = (
        "A criminal hacking group said on Monday that it had taken 300 gigabytes of files from the council's"
        " servers.\n\n"
        "The council said its libraries and parking meters were working again.\n\n"
        "Council leader Ida Berg told reporters the police had been informed.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"kite": (text, "Council files taken", "Coastal Wire")})
    answer = engine.ask("how much data do the hackers say they took?")
    assert not answer.abstained and "300 gigabytes" in answer.quotes[0].text
    bank = engine.ask("what did the bank say about the files?")
    assert bank.abstained and bank.unquoted == "the bank"


@pytest.mark.parametrize(
    ("speaker", "only"),
    [
        ("The council", True),  # what the question is about
        ("Tarlo council (statement)", False),  # a name the question does not give
        ("council leader Ida Berg", False),  # a person of it, named
        ("the Regional Cyber Office", False),
    ],
)
def test_a_speaker_named_only_by_the_question_s_words_answers_no_which_of_it(speaker: str, only: bool) -> None:
    """'Which agencies is the council working with?': sentences that hold a body only as their speaker, the council,
    answer no "which" of the council; a speaker the question does not name still does."""
    from index.engine import _names_only_question_words
    from index.keyword import token_tuple

    asked = frozenset(token_tuple("which agencies is the council working with?"))
    assert _names_only_question_words(speaker, asked) is only


def test_the_sentences_of_an_interviewer_s_question_of_several_sentences_lead_to_the_next_paragraph() -> None:
    """Each sentence of "Q: ... . ... . Who is right?" maps to the answer's first sentence; a question of one
    sentence, and a paragraph that opens no question, are left to the outlet's questions' rule."""
    from index.chunking import Sentence
    from index.engine import _interviewers_questions

    texts = [
        ("Q: The union says the bridge is unsafe.", 1),
        ("The council says it is not.", 1),
        ("Who is right?", 1),
        ("A: We will know after the tests.", 2),
        ("Q: When?", 3),
        ("A: In May.", 4),
        ("The council met on Monday.", 5),
        ("It voted to close the bridge.", 5),
    ]
    sentences = [Sentence(i, "a", 0, len(t), t, block) for i, (t, block) in enumerate(texts)]
    assert _interviewers_questions(sentences, sentences) == {0: 3, 1: 3, 2: 3}
    assert _interviewers_questions(sentences, sentences[1:2]) == {1: 3}


def test_a_name_typed_in_lower_case_is_read_as_the_articles_write_it(engine: Engine) -> None:
    """ "pentagon" is written capitalised wherever the seeds hold it: "the pentagon spokesman" is the Pentagon's,
    not any spokesman; "coalition", which they also write in lower case, is left as typed; the answer keeps the
    question as typed and says nothing of it."""
    assert engine.cased("who is the pentagon spokesman who talked to rfe/rl?").startswith("who is the Pentagon")
    assert engine.cased("what did the coalition say?") == "what did the coalition say?"
    answer = engine.ask("who is the pentagon spokesman who talked to RFE/RL?")
    assert answer.question == "who is the pentagon spokesman who talked to RFE/RL?" and not answer.read_as
    assert answer.quotes and all("Pentagon" in q.speaker for q in answer.quotes)


def test_which_country_with_only_a_city_named_says_the_articles_lack_a_country(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Which country is the ferry company based in?' when the articles name only the city of its office: no
    answer, and the answer says it lacks a country, not any place; "where" is answered by the city."""
    wire = (
        "The ferry company Nordline, whose head office is in Bergen, said the crossing would resume on Friday.\n\n"
        "Nordline runs four ferries on the route.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"wire": (wire, "Ferry to resume", "Coastal Wire")})
    answer = engine.ask("which country is the ferry company Nordline based in?")
    assert answer.abstained and answer.lacks == "country"
    assert "bergen" in _shown(engine.ask("where is the ferry company Nordline based?"))  # (normalised)


def test_who_wrote_an_outlet_s_article_takes_only_that_outlet_s_byline(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Who wrote the Harbour Post story?': the Harbour Post's byline; 'who wrote the Coastal TV piece?' of an
    article without one is answered by no other outlet's byline."""
    post = "The pier will reopen in March, the council said.\n\nBy Ida Moe, Harbour Post\n"
    tv = "Engineers found cracks in two of the pier's piles, the council said.\n"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "post.txt").write_text(post, encoding="utf-8")
    (corpus / "post.toml").write_text('title = "Pier to reopen"\noutlet = "Harbour Post"\nauthor = "Ida Moe"\n')
    (corpus / "tv.txt").write_text(tv, encoding="utf-8")
    (corpus / "tv.toml").write_text('title = "Cracks in pier"\noutlet = "Coastal TV"\n')
    engine = Engine(corpus, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder).load()
    assert engine.ask("who wrote the Harbour Post story?").quotes[0].text == "By Ida Moe, Harbour Post"
    assert all("Ida Moe" not in q.text for q in engine.ask("who wrote the Coastal TV piece?").quotes)


def test_a_speaker_answers_who_did_something_only_telling_of_their_own_deeds(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """'Who was playing on the pier stage when the railing broke?': the harbour master reports what happened and
    names no one playing ("Paramedics treated nine people after a railing ... gave way, he said."), so he is no
    answer and the bot says the articles don't say who; asked who said it, he is the speaker quoted."""
    text = (
        "Harbour master Ole Brandt spoke to reporters on Sunday.\n\n"
        "Paramedics treated nine people after a railing near the pier stage gave way shortly after noon, he said.\n"
    )
    engine = _engine_on(tmp_path, real_embedder, {"pier": (text, "Pier railing gives way", "Portsea Live")})
    answer = engine.ask("who was playing on the pier stage when the railing broke?")
    assert answer.abstained
    said = engine.ask("who said a railing near the pier stage gave way?")
    assert not said.abstained and any("Brandt" in (q.speaker or "") for q in said.quotes)


def test_warming_up_loads_what_a_question_with_a_word_no_article_has_needs(engine: Engine) -> None:
    """After the warm-up a running bot does at its start, the tagger and the irregular forms' table are loaded: the
    first such question waits for neither."""
    from index import nlp

    nlp._irregular.cache_clear()
    engine.warm_up_questions()
    assert nlp.pipeline.cache_info().currsize == 1
    assert nlp._irregular.cache_info().currsize == 1


def test_the_blogger_asked_for_is_answered_from_their_own_piece(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    """ "..., according to the blogger?": the writer's own words in a piece they write as "I" come first, before a
    wire story's more relevant sentence; asked without the blogger, the wire's sentence leads."""
    wire = (
        "A crane collapsed at the port of Hollin on Monday. The port authority said all cranes on the quay should be"
        " checked by engineers before the port reopens. Dock workers were told to stay away from the quay."
    )
    post = (
        "I have worked on the Hollin quay for twenty years. I watched it come down from the canteen window."
        " The port needs to scrap its oldest lifting gear, not patch it. Nobody has asked the dockers what went wrong."
    )
    engine = _engine_on(
        tmp_path,
        real_embedder,
        {
            "wire": (wire, "Crane collapses at Hollin", "Coast Wire"),
            "post": (post, "Twenty years on the quay", "Quayside"),
        },
        authors={"post": "Mara Lind"},
    )
    asked = engine.ask("what should the port do with its cranes, according to the blogger?")
    assert asked.quotes and asked.quotes[0].source.id == "post"
    assert "The port needs to scrap its oldest lifting gear" in asked.quotes[0].text
    plain = engine.ask("what should the port do with its cranes?")
    assert plain.quotes and plain.quotes[0].source.id == "wire"
