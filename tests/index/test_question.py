"""Question analysis: the answer type a question word expects, and the named things a question is about."""

from __future__ import annotations

import pytest

from index.nlp import bits, parse
from index.question import (
    AGENT,
    AMOUNT,
    DATE,
    DURATION,
    MEASURE,
    NUMBER,
    ORGANISATION,
    PERSON,
    PLACE,
    TIME,
    Vocabulary,
    analyse,
    asks_who_did,
    asks_who_said,
    expected,
    is_yes_no,
    named_things,
)


def _vocabulary(text: str) -> Vocabulary:
    """The words of one article of `text`, as the engine reads them."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex

    article = Article(Source(id="a", outlet="Coastal Wire"), text, Path("a"))
    return Vocabulary(KeywordIndex.build([text]), [article])


@pytest.mark.parametrize(
    ("question", "mask", "kind"),
    [
        ("When did the ferry sink?", DATE, "date"),
        ("so when did the council vote?", DATE, "date"),
        ("On what day was the bridge closed?", DATE, "date"),
        ("can you tell me when the strike began?", DATE, "date"),
        ("What time did the train leave?", TIME, "time"),
        ("Where is the harbour?", PLACE, "place"),
        ("In which town did the flood start?", PLACE, "place"),
        ("How many boats sank?", NUMBER, "number"),
        ("how long has the ferry line run?", DURATION, "duration"),
        ("How long ago did the strike begin?", DATE, "date"),
        ("Who signed the order?", AGENT, "agent"),
        # a role noun just after "which" or "what" asks for a person's name
        ("Which harbour official signed the order?", PERSON, "person"),
        ("so what spokeswoman said that?", PERSON, "person"),
        ("What city council spokesman spoke first?", PERSON, "person"),
        ("In which town did the general speak?", PLACE, "place"),
        # "when" that opens no question asks for no date
        ("What did the mayor say when asked about the budget?", 0, ""),
        ("What did the union say about the deal?", 0, ""),
        ("What did the spokesman say about the deal?", 0, ""),  # what he said, not who he is
        ("Which side of the river flooded?", 0, ""),
        ("which councillor said it?", PERSON, "person"),  # an elected office is a role
        # bodies of a kind, one or several
        ("which agencies is the trust working with?", ORGANISATION, "organisation"),
        ("which firms bid for the contract?", ORGANISATION, "organisation"),
        # a word or two may say which kind of body; an auxiliary or a determiner says none, nor "what kind of"
        ("which software company wrote the update?", ORGANISATION, "organisation"),
        ("what local newspaper broke the story?", ORGANISATION, "organisation"),
        ("what did the company say about the update?", 0, ""),
        ("what kind of company is Norsoft?", 0, ""),
        # how big a sum of money is: an amount (a share of turnover, a sum), not a size
        ("how big can the fines be?", AMOUNT, "amount"),
        ("how steep are the fees?", AMOUNT, "amount"),
        ("how big was the crowd?", 0, ""),
        # a length of time, not an amount; or a share of it ("19 per cent longer")
        ("how much longer does the detour take?", DURATION | bits(["PERCENT"]), "duration"),
        ("how much more time do they need?", DURATION, "duration"),
        # "the name of" a role asks for a person
        ("What was the name of the ferry's captain?", PERSON, "person"),
        ("what's the name of the harbour official who signed it", PERSON, "person"),
        ("What is the name of the ferry?", 0, ""),
        # one of a kind of people, named in the singular; a group of them is a body
        ("what's the name of the worker who closed the gate?", PERSON, "person"),
        ("what was the name of the fisherman who found it?", PERSON, "person"),
        # people of a kind, named in the plural ("the names of the fishermen", "of the van owners")
        ("what were the names of the fishermen?", PERSON, "person"),
        ("what are the names of the van owners?", PERSON, "person"),
        ("what is the name of the residents' group?", 0, ""),
        ("what's the name of the boy who found it?", PERSON, "person"),  # of an age, a kin, a sex
        ("what's the name of the girl's school?", 0, ""),
        ("what is the name of the worker's union?", 0, ""),
        # and by the possessive, typed with or without its apostrophe
        ("what's the driver's name?", PERSON, "person"),
        ("whats the pilots name", PERSON, "person"),
        ("what was the ferry's name?", 0, ""),
        ("did the drivers name the cause?", 0, ""),
        # where something was published: an outlet as much as a place
        ("Where was the harbour board's statement first published?", PLACE | ORGANISATION, "source"),
        ("where did the photos appear?", PLACE | ORGANISATION, "source"),
        ("Where did the ferry run aground?", PLACE, "place"),
        # a measure, tagged as a quantity
        ("How high did the waves rise?", MEASURE, "height"),
        ("so how far is the island from the port?", MEASURE, "distance"),
        ("How fast was the ferry going?", MEASURE, "speed"),
        ("At what altitude did the plane fly?", MEASURE, "height"),  # the measure by its noun
        ("what speed was the ferry doing", MEASURE, "speed"),
        # the measure named as what is asked ("a 10-tonne weight limit" does not answer a speed limit)
        ("what is the speed limit on the causeway?", MEASURE, "speed"),
        ("what's the speed limit there", MEASURE, "speed"),
        ("what was the water temperature at the weir?", MEASURE, "temperature"),
        ("what was the glider's altitude?", MEASURE, "height"),
        ("what is the height of the row over the harbour?", 0, ""),  # of a row's height, no measure
        ("what is the name of the speed camera?", 0, ""),
        ("How close are the two councils?", 0, ""),  # of a relation, not a distance
        ("how close did the drone get to the ferry?", MEASURE, "distance"),  # something moving near something
        ("How close did the shells fall to the school?", MEASURE, "distance"),
        ("how hot was it in the harbour?", MEASURE, "temperature"),
        ("What temperature did the water reach?", MEASURE, "temperature"),
        ("How cold are relations between the two ports?", 0, ""),  # of a relation, not a temperature
        ("how high are tensions in the harbour?", 0, ""),
        ("how old is the pier?", MEASURE | DATE, "age"),  # a number of years, or when it was built
        ("how big is the new ferry?", MEASURE, "size"),
        ("How large was the oil slick?", MEASURE, "size"),
        ("how wide is the channel?", MEASURE, "width"),
        ("how big a deal is the strike?", 0, ""),  # of weight, not size
        ("How large is the risk to the harbour?", 0, ""),
        ("how big is the ferry company?", 0, ""),  # how many it employs or earns: a count, whatever its kind
        ("how large was the crowd at the quay?", 0, ""),
        # a count a yes/no question names is what it is about; asked to be told, it is what it asks for
        ("is the port hiding how many ships were hit?", 0, ""),
        ("did the council lie about how much the pier cost?", 0, ""),
        ("do you know how many ships were hit?", NUMBER, "number"),
        ("did the council say how much the pier cost?", AMOUNT, "amount"),
        ("so how many ships were hit?", NUMBER, "number"),
    ],
)
def test_the_expected_answer_type_comes_from_the_question_word(question: str, mask: int, kind: str) -> None:
    """The question word, where it asks, decides what an answering sentence must hold."""
    assert expected(question) == (mask, kind)


def test_which_spokesman_asks_who_did_it() -> None:
    """'Which official ...' asks for someone the question does not name, as 'who ...' does; with a verb of saying
    it asks who said it."""
    assert asks_who_did("Which harbour official signed the order?")
    assert not asks_who_said("Which harbour official signed the order?")
    assert asks_who_said("what spokeswoman denied the report?")
    # past an adverb of order or stress, to the verb
    from index.question import who_said_verb

    assert who_said_verb("who first reported the ferry's sinking?") == "reported"
    assert who_said_verb("who actually denied the report?") == "denied"
    assert who_said_verb("who first reached the pier?") == ""
    assert not asks_who_did("What did the spokesman say about the deal?")
    # who holds a role is who did something; who a named person is, is not
    assert asks_who_did("who is the head of the harbour board?") and asks_who_did("who's the union spokesperson?")
    assert not asks_who_did("Who is Ana Silva?") and not asks_who_did("Who is right about the ferry?")


def test_a_date_question_accepts_a_word_that_places_an_event_in_time() -> None:
    """'just days after ...' can answer 'when' though it names no calendar date; a sentence with no time in it
    cannot."""
    from index.nlp import entity_mask

    timed, untimed = parse(["The talks came just days after the vote.", "The talks went well for the union."])
    assert entity_mask(timed) & DATE
    assert not entity_mask(untimed) & DATE


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What did Angela Merkel say about the ferry?", {"Angela Merkel"}),
        ("Did China send ships to the harbour on Monday?", {"China"}),
        ("did putin order the strike?", {"putin"}),
        ("How many boats sank on January 3?", set()),
    ],
)
def test_named_things_are_entities_and_proper_nouns_without_dates(question: str, names: set[str]) -> None:
    """Names come from the parse, in capitals or not; dates and numbers are not things an article names."""
    doc = next(parse([question]))
    assert set(named_things(doc)) == names
    assert analyse(question, doc).named == named_things(doc)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What cargo did the ferry carry?", "cargo"),
        ("Which harbour did the ferry leave from?", "harbour"),
        ("which two lifeboats were launched?", "lifeboats"),
        ("What exactly did the mayor say?", ""),  # an adverb, not a kind of thing
        ("What word did the mayor use for the delay?", ""),  # a word about words: no article need write it
        ("What time did the ferry leave?", ""),  # a time of day, asked for as such
        ("Which newspaper did the mayor speak to?", ""),  # the paper's name is the answer, not the word
        ("What did the ferry carry?", ""),
        ("Who carried the cargo?", ""),
        ("What speed was the ferry doing?", ""),  # a measure by its noun: answered by "14 knots"
        ("At what depth was the wreck found?", ""),
        ("what height did the waves reach?", ""),
        # what is asked of a thing: the noun before what it is of
        ("What is the population of the island?", "population"),
        ("what was the weather during the rescue?", "weather"),
        ("what's the capital of the region?", "capital"),
        ("What is the purpose of the new buoys?", ""),  # a frame, which an answer tells in its own words
        ("What was the outcome of the vote?", ""),
        ("What is the name of the ferry?", ""),
        ("What is the speed of the ferry?", ""),  # a measure by its noun
    ],
)
def test_what_kind_of_thing_a_question_asks_for(question: str, kind: str) -> None:
    """'What cargo did ...' asks for cargo: the noun before the verb, tagged a noun; when no article has the word,
    the question names a thing the articles never mention."""
    from index.question import asked_kind

    doc = next(parse([question]))
    assert asked_kind(question, doc) == kind
    assert (kind in analyse(question, doc).named) == bool(kind)


def test_the_vocabulary_knows_the_articles_words_and_their_sources() -> None:
    """A named thing is unmentioned when none of its words is in a sentence, an outlet, a title or an author."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The harbour board met on Tuesday.", "Ana Silva spoke for the union.", "It shared intelligence."]
    texts.append("Congressional leaders were told.")
    article = Article(Source(id="a", outlet="Coastal Wire", title="Ferry stays in port"), " ".join(texts), Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    named = ("Ana Silva", "Coastal Wire", "Angela Merkel", "Merkel")
    assert vocabulary.unmentioned(named) == ("Angela Merkel", "Merkel")
    # a word typed short is the word it stands for ("intel" tags as a company's name)
    assert vocabulary.unmentioned(("intel",)) == ()
    # a name is mentioned in a derived form ("Congress" of "Congressional"); a short start of a word is not
    assert vocabulary.unmentioned(("Congress",)) == ()
    assert vocabulary.unmentioned(("Ana S", "Sil")) == ("Sil",)
    assert vocabulary.has_strange_words("What did Merkel say?")
    assert not vocabulary.has_strange_words("What did the union say on 12 Tuesday?")
    # a verb of saying no article uses names nothing: the question asks for words whatever verb it uses; nor does
    # a word for the kind of answer
    assert not vocabulary.has_strange_words("How did the union describe the harbour board?")
    assert not vocabulary.has_strange_words("Which newspaper did the union speak to?")
    assert not vocabulary.has_strange_words("What does the union want?")  # a verb that names nothing
    # nor does a word asking whose doing something was, which the articles tell by who did what
    assert not vocabulary.has_strange_words("Was the union to blame for the harbour board?")
    assert not vocabulary.has_strange_words("Was it the union's fault?")
    assert not vocabulary.has_strange_words("What was the fact check's verdict on the union?")  # the answer's kind
    assert not vocabulary.has_strange_words("How long did the union share intelligence?")  # "how long": a duration
    assert not vocabulary.has_strange_words("Who wrote the report on the union?")  # the article; a verb of saying
    assert not vocabulary.has_strange_words("Which company shared intelligence?")  # the answer's kind
    assert vocabulary.has_strange_words("How did the union paint the harbour board?")
    # words for someone's view or reaction frame what is asked: "theory", "view", "react"
    assert not vocabulary.has_strange_words("What is the union's theory about the harbour board?")
    assert not vocabulary.has_strange_words("How did the union react?")
    assert not vocabulary.has_strange_words("Did the union really meet the harbour board?")  # a stress, no thing
    # asking whether what the question tells is so names nothing: "right", "accurate"
    assert not vocabulary.has_strange_words("Ana Silva says the board met on Tuesday. Is that right?")
    assert not vocabulary.has_strange_words("The board met on Tuesday, accurate or not?")
    assert vocabulary.has_strange_words("Did the board meet on the right bank?")
    assert not vocabulary.has_strange_words("Do the two countries share intelligence?")  # named otherwise
    assert not vocabulary.has_strange_words("What was the union's comment on the harbour board?")  # words said
    assert not vocabulary.has_strange_words("What caused the union to share anything?")  # a cause; anything


def test_how_someone_reacted_may_be_answered_by_what_they_did() -> None:
    """'How did insurers react?' asks for their words or their acts ("Insurers raised their premiums ..."); 'what
    did insurers say?' asks for their words alone."""
    from index.question import asked_voice, asks_reaction

    assert asks_reaction("How did insurers react?") and asks_reaction("how did the union respond to the offer?")
    assert asked_voice("How did insurers react?") == "insurers"
    assert not asks_reaction("What did insurers say?") and not asks_reaction("How did the ferry sink?")


def test_a_word_the_articles_hold_in_an_irregular_form_is_no_strange_word() -> None:
    """No suffix rule relates "find" and "found", "mouse" and "mice": the model's exception tables do, both ways."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["Divers found two mice in the hold.", "The crew will swim ashore."]
    article = Article(Source(id="a", outlet="Coastal Wire", title="Ferry stays in port"), " ".join(texts), Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert not vocabulary.has_strange_words("What did the divers find in the hold?")
    assert not vocabulary.has_strange_words("Was a mouse in the hold?")
    assert not vocabulary.has_strange_words("Who swam ashore?")  # the article's word is the lemma
    assert vocabulary.has_strange_words("What did the divers lose in the hold?")


def test_a_word_of_how_things_stand_is_no_strange_word() -> None:
    """Words such as "still", "yet", "already" ask how things stand, which the articles tell without those words;
    a word of the thing asked no article has is still strange."""
    vocabulary = _vocabulary("The ferry terminal stayed open, but lorries had to reach it by the coast road.")
    assert vocabulary.strange_words("can trucks still reach the ferry terminal?") == ()
    assert vocabulary.strange_words("is the terminal already open, or not yet?") == ()
    assert vocabulary.strange_words("can lorries reach the terminal now?") == ()
    assert vocabulary.strange_words("can buses still reach the terminal?") == ("buses",)


def test_a_word_of_whether_someone_would_is_no_strange_word() -> None:
    """ "Is the union willing to talk?" asks whether it would, which an article tells as "we remain ready to talk"
    without "willing"; a word of the thing asked no article has is still strange."""
    vocabulary = _vocabulary("The union said it remained ready to talk to the company at any time.")
    assert vocabulary.strange_words("is the union willing to talk?") == ()
    assert vocabulary.strange_words("is the company able to talk to the union?") == ()
    assert vocabulary.strange_words("is the union willing to strike?") == ("strike",)


def test_a_word_for_experts_is_no_strange_word_where_the_articles_show_one() -> None:
    """ "What does the expert think?" asks for whoever the articles show to be one ("who studies silt at the
    University of Tromso"), in words they need not use; with no one shown so, "expert" is a word they lack."""
    shown = _vocabulary("Dr Lena Berg, who studies silt at the University of Tromso, said the channel was shallow.")
    assert shown.strange_words("what does the expert think about the channel?") == ()
    assert shown.strange_words("what do analysts say about the channel?") == ()
    unshown = _vocabulary("Tom Ball, a fisherman, said the channel was shallow.")
    assert unshown.strange_words("what does the expert think about the channel?") == ("expert",)


def test_an_expert_asked_for_by_role_is_whoever_the_articles_show_to_be_one() -> None:
    """ "Who is the expert from the university?": the articles need not use the word; a named speaker described
    as at a university or a researcher holds the role and is named by it; a fisherman is no expert."""
    from index.question import holds_role, names_role_holder, role_forms

    assert "university" in role_forms("expert") and role_forms("pilot") == frozenset({"pilot"})
    speaker = "Dr Lena Berg, who studies silt at the University of Tromso"
    text = "Dr Lena Berg, who studies silt at the University of Tromso, said the channel was shallow."
    assert holds_role("expert", f"{text}\n{speaker}") and names_role_holder("expert", text, speaker)
    fisher = "Tom Ball, a fisherman"
    assert not holds_role("expert", f"Tom Ball, a fisherman, said it was shallow.\n{fisher}")
    assert not names_role_holder("expert", "Tom Ball, a fisherman, said it was shallow.", fisher)
    assert not names_role_holder("pilot", text, speaker)


def test_an_everyday_phrase_the_articles_lack_is_strange_as_typed() -> None:
    """ "money back" is read as "refund": an article with a refund answers it, one without lacks the phrase."""
    assert _vocabulary("Passengers get a full refund.").strange_words("can passengers get their money back?") == ()
    lacking = _vocabulary("Passengers were hurt.")
    assert lacking.strange_words("can passengers get their money back?") == ("money back",)
    question = "can passengers get their money back?"
    assert lacking.mostly_strange(question, lacking.strange_words(question))  # two words lacking, one held


def test_the_adjective_of_a_measure_asked_is_no_strange_word() -> None:
    """ "how hot was it?" asks for degrees, which an article gives without "hot"; the same adjective of no measure
    ("how warm was the welcome?") or anywhere else in a question is a word the articles lack."""
    vocabulary = _vocabulary(
        "The ferry terminal closed when temperatures reached 41 degrees and the welcome was brief."
    )
    assert vocabulary.strange_words("how hot was it at the terminal?") == ()
    assert vocabulary.strange_words("How far did the ferry get?") == ()
    assert vocabulary.strange_words("how warm was the welcome?") == ("warm",)
    assert vocabulary.strange_words("was the terminal hot?") == ("hot",)


def test_money_asked_for_is_no_strange_word() -> None:
    """ "how much money did the council approve?" asks for a sum, which an article gives as "$150,000" without the
    word "money"; a word the articles lack beside it is still strange."""
    vocabulary = _vocabulary("The council approved $150,000 to keep the water station open.")
    assert vocabulary.strange_words("how much money did the council approve?") == ()
    assert vocabulary.strange_words("what sum did the council approve?") == ()
    assert vocabulary.strange_words("how much money did the council borrow?") == ("borrow",)


def test_a_pronoun_for_whoever_it_is_is_no_strange_word() -> None:
    """ "whoever", "whatever", "nobody" stand for someone or something unknown, which the articles name otherwise:
    "have they found whoever closed the terminal?" shares "closed" and "terminal" with them and lacks nothing."""
    vocabulary = _vocabulary("Police have not found the man who closed the ferry terminal.")
    assert vocabulary.strange_words("have police found whoever closed the terminal?") == ()
    assert vocabulary.strange_words("did nobody close the terminal?") == ()
    assert vocabulary.strange_words("have police found whatever blocked the terminal?") == ("blocked",)


def test_a_question_mostly_of_words_no_article_has_is_mostly_strange() -> None:
    """ "best ferry for a beginner?" shares one word with the articles and asks of two they never use; "can trucks
    still reach the ferry terminal?" has one strange word among three the articles hold."""
    vocabulary = _vocabulary("The ferry terminal stayed open, but lorries had to reach it by the coast road.")

    def mostly(question: str) -> bool:
        return vocabulary.mostly_strange(question, vocabulary.strange_words(question))

    assert mostly("best ferry for a beginner?")
    assert not mostly("can buses still reach the ferry terminal?")
    assert not mostly("did the ferry terminal stay open?")
    assert not mostly("how many lorries were cancelled?")  # one shared, one lacking
    # with no word shared there is nothing a passage could match but the meaning: its relevance decides
    assert vocabulary.strange_words("when was the blockade?") == ("blockade",)
    assert not mostly("when was the blockade?")
    assert mostly("when was the ferry blockade by the dockers?")
    # a word that frames the question ("someone") is no word held, though an article has it
    framed = _vocabulary("Someone said the ferry terminal in Karvik stayed open.")
    question = "can someone recommend a dentist in karvik?"
    assert framed.mostly_strange(question, framed.strange_words(question))


def test_verbs_a_question_lacks_tell_how_it_asks_not_of_what() -> None:
    """ "what speed were the waves forecast to reach?" of articles that write "a warning of waves of up to six
    metres": "forecast" and "reach" are verbs no article has, the one thing asked of ("waves") is held; the
    question is not refused as mostly strange. Its verbs are read from its tagging (Analysis.verbs); without
    them, the two verbs outnumber the one noun held."""
    vocabulary = _vocabulary("The coastguard issued a warning of waves of up to six metres along the coast.")
    question = "what speed were the waves forecast to reach?"
    doc = next(parse([question]))
    strange = vocabulary.strange_words(question)
    assert set(strange) == {"forecast", "reach"}
    assert vocabulary.mostly_strange(question, strange)
    verbs = analyse(question, doc).verbs
    assert {"forecast", "reach"} <= set(verbs)
    assert not vocabulary.mostly_strange(question, strange, verbs)
    # a noun no article has still counts: "best drone for a beginner?" has no verb to pass over
    drone = "best drone for a beginner to fly over the waves?"
    assert vocabulary.mostly_strange(drone, vocabulary.strange_words(drone), analyse(drone, next(parse([drone]))).verbs)


def test_function_words_are_no_words_a_question_lacks() -> None:
    """ "did they keep sailing even though it was stormy?": "even" and "though" tie the question together and name
    nothing; only "stormy" is a word the articles lack, among two they hold, so the question is not refused as
    mostly of words they never use."""
    vocabulary = _vocabulary("The ferry kept sailing after the storm warning, the harbour master said.")
    question = "did they keep sailing even though it was stormy?"
    assert vocabulary.strange_words(question) == ("stormy",)
    assert not vocabulary.mostly_strange(question, vocabulary.strange_words(question))


def test_words_that_frame_a_question_of_a_phase_or_a_limit_are_no_strange_words() -> None:
    """ "start" of "when did the strike start?" asks for a beginning, which an article tells by "began"; "max" is
    typed short for "maximum", and a limit is given as "up to five years", not named: neither is a word the
    articles must have, nor is "max" a name. "start" in another question is a word like any other."""
    from index.nlp import parse
    from index.question import named_things

    vocabulary = _vocabulary("The strike began on Monday and carries a fine of up to 500 euros for each day.")
    assert vocabulary.strange_words("when did the strike start?") == ()
    assert vocabulary.strange_words("when did the strike finish?") == ()
    assert vocabulary.strange_words("did the strike start a fire?") == ("start", "fire")
    assert vocabulary.strange_words("what's the max fine for the strike?") == ()
    assert vocabulary.strange_words("what's the minimum fine for the strike?") == ()
    assert named_things(next(iter(parse(["what's the max fine for this?"])))) == ()
    assert vocabulary.strange_words("how many days did the strike run?") == ()  # "run": a verb of any sense


def test_yes_no_questions_include_true_or_not() -> None:
    assert is_yes_no("The mayor says the bridge is safe. true or not?")
    assert is_yes_no("Is that true?") and is_yes_no("Did the ferry sink?")
    assert not is_yes_no("Who sank the ferry?")
    # asking which side is right is asking whether each side's account holds
    assert is_yes_no("Who is telling the truth, the mayor or the union?")
    assert is_yes_no("Which account is right?")


def test_a_yes_no_question_may_follow_a_statement() -> None:
    assert is_yes_no("The union says the ferry sank at dawn. Is that so?")
    assert is_yes_no("the mayor blamed the storm. did he?")
    assert is_yes_no("Coastal Wire reported a second ferry: was there one?")
    # a full stop after an abbreviation ends no sentence
    assert not is_yes_no("What did the U.S. do after the storm?")


def test_asking_who_is_right() -> None:
    from index.question import asks_who_is_right

    assert asks_who_is_right("Who is telling the truth, the mayor or the union?")
    assert asks_who_is_right("which side is lying?")
    assert not asks_who_is_right("Who sank the ferry?")
    assert not asks_who_is_right("Did the ferry sink?")
    # Whether one party is truthful asks the same: both sides, as they answer each other.
    assert asks_who_is_right("Is the harbour board telling the truth when it says the ferry never left?")
    assert asks_who_is_right("so are the unions lying about the strike?")
    assert asks_who_is_right("Was the mayor right?")
    assert asks_who_is_right("Can we believe the ferry company?")
    assert asks_who_is_right("who do we trust here, the mayor or the union?")
    assert asks_who_is_right("is the union telling the truth or is the board?")  # the other party after "or"
    assert not asks_who_is_right("is the ferry on time or late?")
    assert not asks_who_is_right("Is the port right next to the border?")
    assert not asks_who_is_right("Is it true that the ferry sank?")  # a yes/no question of what happened
    assert not asks_who_is_right("Is the harbour board honest with its figures on the budget?")
    assert asks_who_is_right("who is in the right here?")
    assert asks_who_is_right("who told the truth, the mayor or the union?")
    # who said a thing that speaks of truth asks for a speaker
    assert not asks_who_is_right("Who said the ferry company could be stretching the truth?")
    assert not asks_who_is_right("who called the mayor's account a lie?")
    assert not asks_who_is_right("who says the board's figures are accurate?")
    # "trust" and "right" as nouns are no judgement
    assert not asks_who_is_right("who is the chief executive of the trust?")
    assert not asks_who_is_right("which agencies is the hospital trust working with?")
    assert not asks_who_is_right("who chairs the supporters' trust?")
    assert not asks_who_is_right("which trust runs the school?")
    assert not asks_who_is_right("who has the right to a refund?")


@pytest.mark.parametrize(
    ("question", "voice"),
    [
        ("What did the mayor say about the bridge?", "the mayor"),
        ("so what did Ana Silva actually tell reporters?", "Ana Silva"),
        ("how did the union react?", "the union"),
        ("What does the harbour board think of the plan?", "the harbour board"),
        ("What did the board report about the ferry?", ""),  # outlets report what others say
        ("What did the harbour master deny?", "the harbour master"),
        ("What did the union warn about the strike?", "the union"),
        ("What did the State Department say about the ferry?", "the State Department"),  # "State" is no verb
        ("What did the mayor ask the board to do?", ""),  # a request, not words of their own
        ("What did you say?", ""),
        ("Who said the bridge was safe?", ""),
        # "according to X" / ", per X" at the end asks for X's account
        ("why was the bridge closed, according to the harbour board?", "the harbour board"),
        ("why did the ferry stop, per ana silva?", "ana silva"),
        ("what happened according to the articles?", ""),
        ("what did the board close, according to its statement?", ""),  # its: the board's, asked already
        ("how many ferries sail per day?", ""),
        # a last word that is a noun after a long run of words: "claim" of "the union's claim" asks for no one
        ("how did the harbour board spokesman brush off the union's claim?", ""),
        ("What did the Harbour Board of Portsea claim?", "the Harbour Board of Portsea"),
        # the words asked for by the verb that names them, not by a later noun ("the claim")
        ("how did Ole Berg describe the claim?", "Ole Berg"),
        ("what did the union complain about regarding the board?", "the union"),
        ("what did the mayor call the union's claim?", "the mayor"),
        ("how did the board label the strike?", "the board"),
        ("what did the mayor call for?", ""),  # a demand, not words
        ("what did the harbour board's statement say about the pier?", "the harbour board"),  # its document
        ("what did the coastal wire article say about the pier?", "the coastal wire"),
        ("what did the press release say about the pier?", "the press release"),  # no owner named
        # of a thing someone said: "what kind of ferries / which ferries / how many ferries did X say ..."
        ("what kind of ferries did the board say it used?", "the board"),
        ("which ferries did the union say were unsafe?", "the union"),
        ("how many ferries did the board say it had sold?", "the board"),
        ("how many ferries did the board sell?", ""),
        # a text that binds says nothing itself: what it provides is asked of the articles
        ("what does the harbour treaty say about pilots?", ""),
        ("what does the new law say on fishing?", ""),
        ("what does the harbour board say about pilots?", "the harbour board"),
    ],
)
def test_a_question_may_ask_for_someones_words(question: str, voice: str) -> None:
    from index.question import asked_voice

    assert asked_voice(question) == voice


def test_the_vocabulary_knows_whose_words_the_articles_give() -> None:
    """A voice is quoted when a speaker's name shares a word with it; a country also when an attributed sentence
    names it; words for a person in general do not count."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex, tokenize
    from index.question import Vocabulary

    texts = ["The harbour board met the mayor of Lyon.", "French officials said the ferry was safe."]
    article = Article(Source(id="a", outlet="Coastal Wire"), " ".join(texts), Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article], ["Coastal Wire", "Harbour master Tom Ball"])

    def attributed(term: str, words: frozenset[str]) -> bool:  # only the second sentence is someone's words
        return term in tokenize(texts[1]) and words <= set(tokenize(texts[1]))

    assert vocabulary.quotes("the harbour master guy", attributed)
    assert not vocabulary.quotes("the mayor", attributed)  # named, never quoted
    assert not vocabulary.quotes("Lyon", attributed)  # a city named in narration
    assert vocabulary.quotes("France", attributed)  # a country, in someone's words
    assert not vocabulary.quotes("the French navy", attributed)  # its body never among them
    assert vocabulary.quotes("the spokesman", attributed)  # names no one: not judged
    # a kind of body qualified by the articles' own words is one of theirs named otherwise; not by words they lack
    assert vocabulary.quotes("the ferry company", attributed)
    assert not vocabulary.quotes("the insurance company", attributed)


def test_chat_words_around_a_question_change_nothing() -> None:
    """'hmm so ... or nah', 'lol did ...', 'wat did ...': the words people type around a question in a chat."""
    from index.keyword import tokenize

    assert is_yes_no("hmm so the mayor closed the bridge or nah")
    assert is_yes_no("lol did the ferry sink")
    assert tokenize("hmm ok so lol the ferry sank") == tokenize("the ferry sank")
    # a misspelt question word is not a name the articles would have to mention
    assert not any("wat" in n for n in named_things(next(parse(["wat did the mayor say?"]))))
    assert "Ana" in " ".join(named_things(next(parse(["Ana did what?"]))))


def test_the_vocabulary_knows_its_outlets() -> None:
    """'..., according to the Coastal Wire?' asks for an outlet of the articles; "the guy" names no one."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The harbour board met on Tuesday."]
    article = Article(Source(id="a", outlet="Coastal Wire", title="Ferry stays in port"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert vocabulary.is_outlet("the Coastal Wire") and vocabulary.is_outlet("coastal wire")
    assert not vocabulary.is_outlet("the harbour board") and not vocabulary.is_outlet("the guy")


def test_a_question_is_strange_only_when_tagged_for_a_word_no_article_has() -> None:
    doc = next(parse(["how old is Ana Silva?"]))
    assert analyse("how old is Ana Silva?", doc).strange
    assert not analyse("how old is Ana Silva?", None).strange


@pytest.mark.parametrize(
    ("voice", "speaker", "same"),
    [
        ("the harbour board", "Harbour Board chairman Ole Berg", True),  # a body and its people
        ("Berg", "Harbour Board chairman Ole Berg", True),
        ("Norway's transport minister", "Norwegian Transport Minister Kari Dahl", True),
        ("Norway's transport minister", "Danish Transport Minister Ole Berg", False),  # another country's minister
        ("the Norwegian opposition", "Norwegian Prime Minister Kari Dahl", False),  # one country, another body
        ("Norway", "the Norwegian Coast Guard", True),  # a country speaks through its bodies
        ("the Norwegian military", "Norwegian officials", True),  # a country's body named by a generic word
        ("the Danish military", "Norwegian officials", False),
        ("the ferry guy", "ferry operator Baltic Star", True),  # "guy" names no one; "ferry" does
        ("the spokesman", "Harbour Board spokesman Ole Berg", False),  # names no one in particular
        ("Norwegian sources", "the Norwegian Coast Guard", True),  # "sources" names no one either
        ("the Norwegian president", "Norwegian officials", False),  # one person, by a title
        ("the Norwegian president", "Norwegian President Kari Dahl", True),
        # a kind of body in common is no name in common: a country's ministry is not one of no country
        ("the Danish foreign ministry", "Transport Ministry (quoted by the Coastal Wire)", False),
        ("the transport ministry", "Transport Ministry (quoted by the Coastal Wire)", True),
        ("the state media", "the ministry (quoted by Norwegian state media)", True),  # a kind of body, no country
        # one office is not another office, nor the country's other bodies
        ("the Norwegian foreign ministry", "the Norwegian military", False),
        ("the Norwegian foreign ministry", "the Norwegian Defence Ministry", False),
        ("the Norwegian foreign ministry", "Norwegian Foreign Minister Kari Dahl", True),
        ("the Norwegian foreign ministry", "Norway's Ministry of Foreign Affairs", True),
        ("the Harbour Board press office", "Harbour Board spokesman Ole Berg", True),  # known by its own name
        # a person is known by the last word of their name: a first name shared is another person
        ("Ole Dahl", "Harbour Board chairman Ole Berg", False),
        ("Ole Berg", "Harbour Board chairman Ole Berg", True),
        ("the ole berg guy", "Mr Berg", True),
        ("the harbour board's spokesman", "Harbour Board chairman Ole Berg", True),
        # whose body it is, named by a word the lexicon does not know as a country: another's body is not it
        ("Ostria's navy", "Ardenia's navy command", False),
        ("Ostria's navy", "Ostria navy spokesman Ole Berg", True),
        # a voice named by kind words is no speaker sharing only one of them
        ("the State Department", "A state-owned Norwegian outlet", False),
        ("the State Department", "a State Department official", True),
        # commentators in general: anyone the articles show to be a student of the matter, whatever they call them
        ("analysts", "Petra Lund of the Nordic Maritime Institute", True),
        ("independent experts", "Ole Berg, a professor of law at Bergen", True),
        ("experts", "Harbour Board spokesman Ole Berg", False),
        ("analysts", "Coastal Analytics", False),  # a firm's name is not a job
        # a leader's title is no name: "the union boss" speaks as the union, whatever the title the articles give
        ("the union boss", "The dockers' union", True),
        ("the union boss", "union chairman Arne Vik", True),
        ("the union boss", "The ferry company", False),
    ],
)
def test_a_speaker_is_the_voice_asked_for(voice: str, speaker: str, same: bool) -> None:
    from index.question import speaks_as

    assert speaks_as(voice, speaker) is same


def test_a_voice_of_another_country_is_not_quoted() -> None:
    """'What did Norway's transport minister say?' when only Denmark's is quoted: the articles don't quote him."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["Danish Transport Minister Ole Berg said Norway had closed the strait."]
    article = Article(Source(id="a", outlet="Coastal Wire"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article], ["Danish Transport Minister Ole Berg"])
    assert vocabulary.quotes("Denmark's transport minister", lambda *_: True)
    assert not vocabulary.quotes("Norway's transport minister", lambda *_: True)
    assert not vocabulary.quotes("the Norwegian opposition", lambda *_: True)
    # the minister is one person: Norway named in someone's words does not make him quoted
    assert not vocabulary.quotes("Norway's foreign minister", lambda *_: True)
    assert vocabulary.quotes("Norwegian officials", lambda *_: True)


def test_a_word_of_order_is_no_word_the_articles_must_hold() -> None:
    """'Who first reported the sinking?' when the articles never write "first": no strange word."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The Coastal Wire reported the ferry's sinking on Saturday morning."]
    article = Article(Source(id="a", outlet="Harbour News"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert not vocabulary.has_strange_words("who first reported the ferry's sinking?")
    # nor is a word for anyone: "what did the Coastal Wire guy say?"
    assert not vocabulary.has_strange_words("what did the coastal wire guy say?")
    assert vocabulary.has_strange_words("who first photographed the ferry's sinking?")


def test_commentators_in_general_are_quoted_through_anyone_shown_to_be_one() -> None:
    """'..., according to analysts?' when the articles quote a researcher of an institute and never write
    "analyst": they quote analysts. When they quote only a spokesman, they don't."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The closure is a signal to voters, says Petra Lund of the Nordic Maritime Institute."]
    article = Article(Source(id="a", outlet="Coastal Wire"), texts[0], Path("a"))
    speakers = ["Petra Lund of the Nordic Maritime Institute"]
    assert Vocabulary(KeywordIndex.build(texts), [article], speakers).quotes("analysts", lambda *_: True)
    only = Vocabulary(KeywordIndex.build(texts), [article], ["Harbour Board spokesman Ole Berg"])
    assert not only.quotes("analysts", lambda *_: True)


def test_an_office_is_quoted_only_through_its_own_people() -> None:
    """'What did the Norwegian foreign ministry say?' when only the Norwegian military is quoted and other words
    name Norway: the articles don't quote the ministry. Asked as 'the Norwegian military', they do."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The Norwegian military said the strait was closed.", "An analyst said Norway was flying there."]
    article = Article(Source(id="a", outlet="Coastal Wire"), " ".join(texts), Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article], ["The Norwegian military", "An analyst"])
    assert not vocabulary.quotes("the Norwegian foreign ministry", lambda *_: True)
    assert vocabulary.quotes("the Norwegian military", lambda *_: True)


def test_a_role_no_article_has_names_no_one() -> None:
    """'What was the name of the captain?' when no article has "captain": none names a captain. Words that fit
    anyone ("which official ...") need not stand in the articles."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary, asked_role, role_qualifiers

    assert asked_role("What was the name of the ferry's captain?") == "captain"
    assert asked_role("which harbour pilots refused?") == "pilots"
    assert asked_role("Who is the interior minister?") == "minister"
    assert role_qualifiers("Who is the interior minister?") == ("interior",)  # the office it holds
    assert role_qualifiers("Which ISIS commanders were killed?") == ("ISIS",)  # whose
    assert role_qualifiers("Who was the commander of the naval base?") == ("naval", "base")  # what it is of
    assert role_qualifiers("who is the head of the Norwegian navy") == ()  # a country and a body: named things
    assert role_qualifiers("Who was the pilot of the jet that crashed?") == ("jet",)
    assert role_qualifiers("Who was the new minister?") == ()
    # its owner: the Amber Tide's captain is no navy spokesman who is a captain
    assert role_qualifiers("What was the name of the Amber Tide's captain?") == ("Amber", "Tide")
    assert role_qualifiers("who was the ferries' captain?") == ("ferries",)
    assert asked_role("Which official signed it?") == ""
    assert asked_role("What did the captain say?") == ""  # asks for his words, not his name
    assert asked_role("who is the regatta's safety adviser?") == "adviser"  # a person, by the advice given
    assert asked_role("who is the ferry line's safety chief?") == "chief"  # a body of two words owns it
    texts = ["The ferry's pilots refused to sail, the harbour board said."]
    article = Article(Source(id="a", outlet="Coastal Wire"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert vocabulary.mentions("pilot") and vocabulary.mentions("pilots")
    assert not vocabulary.mentions("captain")


@pytest.mark.parametrize(
    ("question", "position"),
    [
        ("Did the harbour board say the ferry crossed the bay?", True),
        ("Does the mayor think the bridge is safe?", True),
        ("Did the old council ever consider closing the bridge?", True),
        ("Has the ferry company denied it?", True),
        ("Did the ferry cross the bay at dawn?", False),
        ("Did the harbour board tell the ferry where to dock?", False),  # a thing done, not a position
        ("The board says the ferry crossed. Is that so?", False),
    ],
)
def test_a_question_of_what_someone_said_or_thought_asks_for_their_position(question: str, position: bool) -> None:
    from index.question import asks_position

    assert asks_position(question) is position


def test_a_word_one_typing_slip_from_an_article_word_is_found() -> None:
    """'berrg' and 'olsen' (for 'Berg', 'Olson'): a letter added, changed, left out or two swapped; short words
    and words two slips away are not read as another."""
    vocabulary = _vocabulary("Harbour master Ole Berggren told Kari Olsson that the Nordline ferry sailed alone.")
    assert vocabulary.near("bergren") == "berggren"  # a letter left out
    assert vocabulary.near("olssen") == "olsson"  # one changed
    assert vocabulary.near("nordlni") == "nordlin"  # two swapped ("nordlnie" and "Nordline", stemmed)
    assert vocabulary.near("berg") is None  # short
    assert vocabulary.near("bergrin") is None  # two slips


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Why did the ferry stop sailing?", True),
        ("so why did the board close the pier", True),
        ("How come the ferry stopped?", True),
        ("For what reason was the pier closed?", True),
        ("What was the reason for the closure?", True),
        ("what caused the breach", True),
        ("What led to the closure of the pier?", True),
        ("What was the cause of the collision?", True),
        ("What did the storm cause?", False),  # what it caused, not its cause
        ("what did the board say caused the breach?", True),  # the cause someone gives
        ("what does the union think led to the closure?", True),
        ("what did the board say about the breach?", False),
        ("Who is the harbour master and why does he matter?", False),
        ("How did the board close the pier?", False),
        ("What did the board say about the reasons?", False),
    ],
)
def test_a_question_for_a_cause(question: str, why: bool) -> None:
    from index.question import asks_why

    assert asks_why(question) is why


@pytest.mark.parametrize(
    ("question", "mask", "kind"),
    [
        ("Who was the captain of the first ferry?", PERSON, "person"),
        ("Who is the commander of the harbour patrol?", PERSON, "person"),
        ("who was the spokeswoman that called it nonsense", PERSON, "person"),
        # no role asked: a body or a country may answer who did something
        ("Who closed the ferry route?", AGENT, "agent"),
        # a role that fits anyone asks for no role: still anyone who did it
        ("Who was the official that closed it?", AGENT, "agent"),
    ],
)
def test_who_holds_a_role_is_a_named_person(question: str, mask: int, kind: str) -> None:
    """'Who was the captain ...?' asks for a person in that role: a sentence naming only a body or a country (the
    harbour board, the navy) does not answer it."""
    from index.question import analyse

    analysis = analyse(question, None)
    assert (analysis.expects, analysis.kind) == (mask, kind)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who is the mayor's chief of staff?", "chief"),  # the role owned, not its owner
        ("who is the minister's spokesman?", "spokesman"),
        ("who is the mayor?", "mayor"),
        ("who is the museum's director?", "director"),
        ("who is the head teacher?", "teacher"),  # of two role words the second, the first its kind
        ("who is the editor of the journal?", "editor"),  # an occupation is a role as a rank is
        ("who is the school's principal?", "principal"),
        ("who is the chief executive of the bank?", "executive"),  # a chief executive, not any chief
        ("who is Hillcrest's chief executive?", "executive"),  # owned by a name, not by "the"
        ("who is Harbour Lines' spokesman?", "spokesman"),
    ],
)
def test_a_role_owned_by_another_is_the_one_asked(question: str, role: str) -> None:
    """ "Who is the mayor's chief of staff?" asks for the chief of staff, not the mayor: a role written in the
    possessive owns the one asked."""
    from index.question import asked_role

    assert asked_role(question) == role


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The trip was taken by the mayor, his chief of staff Ann Moe and two aides.", True),
        ("The chief of police said the road was shut.", False),  # the office, no one named
    ],
)
def test_a_role_s_office_may_stand_between_it_and_the_name(text: str, named: bool) -> None:
    """ "his chief of staff Ann Moe": the role's word, its office ("of staff"), then the name of its holder."""
    from index.question import names_role_holder

    assert names_role_holder("chief", text) is named


def test_a_role_word_before_the_role_is_its_qualifier() -> None:
    """ "Who is the head teacher?" asks for a teacher who is head: "Head teacher Ann Moe said ..." names her, "a
    teacher, Ann Moe, said ..." does not; "the deputy mayor" is no mayor."""
    from index.question import asked_role, holds_role, names_role_holder, role_qualifiers

    question = "who is the head teacher?"
    assert (asked_role(question), role_qualifiers(question)) == ("teacher", ("head",))
    text = "Head teacher Ann Moe said staff had been told only this week."
    assert holds_role("teacher", text, ("head",)) and names_role_holder("teacher", text)
    assert not holds_role("teacher", "A teacher, Ann Moe, said staff had been told only this week.", ("head",))
    assert role_qualifiers("who is the deputy mayor?") == ("deputy",)
    assert not holds_role("mayor", "Mayor Per Holm said the road was shut.", ("deputy",))
    # "the chief executive" is named by "The bank's chief executive, Ann Moe", not by the chief of its IT team
    ceo = "The bank's chief executive, Ann Moe, said the fault had been fixed."
    assert role_qualifiers("who is the chief executive of the bank?") == ("chief",)
    assert holds_role("executive", ceo, ("chief",)) and names_role_holder("executive", ceo)
    assert not names_role_holder("executive", "The bank's chief of IT, Per Holm, said the fault had been fixed.")


@pytest.mark.parametrize(
    ("question", "text", "holds"),
    [
        # a title with no body's word before it takes its body from its sentence
        ("who is the manager of the depot?", "The depot will reopen on Friday, manager Tom Berg said.", True),
        ("who is the manager of the depot?", "The depot will reopen on Friday, said manager Tom Berg.", True),
        ("who is the director of the museum?", "The museum was shut, according to director Jan Olsen.", True),
        # another body's word before it: that body's post
        ("who is the spokesman of the depot?", "Police spokesman Tom Berg said the depot was closed.", False),
        ("who is the director of the museum?", "The museum was shut, according to police director Jan Olsen.", False),
        # a body asked of by name: its title stands by it ("union chairman"), not anywhere in the sentence
        (
            "who is the chairman of the dockers' union?",
            "The dockers' union said the cranes had run in a storm, and it was reckless, chairman Ole Dahl said.",
            False,
        ),
        # the body asked of not in the sentence, or no name bound to the title
        ("who is the manager of the depot?", "The warehouse will reopen on Friday, manager Tom Berg said.", False),
        ("who is the manager of the depot?", "The depot will reopen on Friday, the manager said.", False),
    ],
)
def test_a_bare_title_is_of_the_body_its_sentence_names(question: str, text: str, holds: bool) -> None:
    """ "..., headteacher Ann Moe said" in a sentence on the school holds "the headteacher of the school": a title
    standing bare before a name is of the body its sentence speaks of, however far from it."""
    from index.question import asked_role, holds_role, role_qualifiers

    assert holds_role(asked_role(question), text, role_qualifiers(question)) is holds


def test_a_titled_holder_holds_the_post_of_the_place_their_article_is_of() -> None:
    """ "said Mayor Denise Arsenault" in the Town of Port Larkin's statement holds the post of "the mayor of Port
    Larkin": the place may stand in the article's outlet or title when the role's word is a title before a name;
    not in another town's article, and not for a mayor the sentence names no one as."""
    from index.question import holds_role

    said = '"Our residents deserved to know," said Mayor Denise Arsenault.'
    assert holds_role("mayor", said, ("port", "larkin"), "Town of Port Larkin\nCouncil asks for a review")
    assert not holds_role("mayor", said, ("port", "larkin"), "Town of Eastville\nCouncil asks for a review")
    assert not holds_role("mayor", said, ("port", "larkin"))
    unnamed = "The mayor said the water was safe to drink."
    assert not holds_role("mayor", unnamed, ("port", "larkin"), "Town of Port Larkin\nCouncil asks for a review")


def test_a_role_of_the_body_by_its_kind_is_of_the_body_the_article_is_of() -> None:
    """ "the airline's director of operations, Martin Oyelaran" in an article titled on Calder Air holds the post
    of "Calder Air's director of operations"; in an article on another airline, or of a body named by no kind, it
    does not."""
    from index.question import holds_role

    said = "The crew did well, the airline's director of operations, Martin Oyelaran, said."
    assert holds_role("director", said, ("calder",), "SkyWire\nCalder Air jet diverts after smoke fills cabin")
    assert not holds_role("director", said, ("calder",), "SkyWire\nNorth Air jet diverts after smoke fills cabin")
    named = "The crew did well, Oyelaran's director of operations, Ann Moe, said."
    assert not holds_role("director", named, ("calder",), "SkyWire\nCalder Air jet diverts after smoke fills cabin")


def test_his_role_is_of_the_owner_named_in_the_text() -> None:
    """ "the mayor's chief of staff" is held by "his chief of staff Ann Moe" where the mayor is named in the text,
    as "Its chief executive" is a body's; not where no mayor is named."""
    from index.question import holds_role

    named = "The trip, paid for by the mayor's office, was taken by the mayor, his chief of staff Ann Moe and an aide."
    assert holds_role("chief", named, ("mayor",))
    assert not holds_role("chief", "The trip was taken by his chief of staff Ann Moe.", ("mayor",))


@pytest.mark.parametrize(
    ("question", "machine"),
    [
        ("What kind of jets flew over the harbour?", "aircraft"),
        ("which type of patrol boats did the navy send", "ship"),
        ("What model of helicopter landed?", "aircraft"),
        ("What sort of weapons did the smugglers carry?", "weapon"),
        ("What kinds of fighter-bombers took part?", "aircraft"),
        ("What kind of targets did the jets hit?", ""),  # no machine asked for
        ("What kind of deal did the two ports sign?", ""),
        ("Which jets flew over the harbour?", ""),  # whose jets, perhaps: not a model
        ("what norwegian aircraft flew over the harbour on the 3rd?", "aircraft"),  # whose is given: which model
        ("Which Danish patrol boats came?", "ship"),
        ("Which Danish officials came?", ""),  # no machine
        ("Which harbour boats came?", ""),  # no country: a question of which boats, perhaps whose
    ],
)
def test_a_question_for_the_make_or_model_of_a_machine(question: str, machine: str) -> None:
    from index.question import asked_model

    assert asked_model(question) == machine


def test_a_make_or_model_is_named_beside_a_machine_of_the_class_asked_for() -> None:
    """'What kind of jets ...?' is answered by a sentence naming a designation and aircraft, not by one saying only
    that jets flew, nor by a designation of another class of machine."""
    from index.question import gives_model

    planes = "The coast guard sent two planes, a C-130 and two F-16s, over the harbour."
    flew = "Two coast guard jets flew over the harbour on Friday."
    boats = "The navy sent two patrol boats of the P-400 class to the harbour."
    assert gives_model("aircraft", planes, 0)
    assert not gives_model("aircraft", flew, 0)
    assert not gives_model("aircraft", boats, 0) and gives_model("ship", boats, 0)
    assert gives_model("weapon", boats, 0)  # a weapon is a machine of any class
    assert not gives_model("munition", planes, 0)
    # a product name the tagger found stands for a designation
    assert gives_model("aircraft", "The coast guard flew its Skyhawk planes.", bits(["PRODUCT"]))
    # a model named by a word and a number ("Falcon-7"), beside a machine of the class
    assert gives_model("aircraft", "The drone itself is a Falcon-7, a model bought in 2023.", 0)


def test_where_one_place_is_relative_to_another_is_a_direction_or_distance_from_it() -> None:
    """'Where is the island relative to the port?' is answered by a direction or a distance from the port, not by a
    sentence placing the island in a region or giving a direction from somewhere else; 'how far ... from A to B'
    by a distance from A or B, not between two other places."""
    from index.question import asked_bearing, expected, gives_bearing

    question = "Where is Elm Island relative to Portmore?"
    assert asked_bearing(question) == ("Portmore",) and expected(question)[1] == "bearing"
    assert asked_bearing("so where's the pier in relation to the old harbour?") == ("harbour",)
    assert asked_bearing("Where is the pier compared to Portmore harbour") == ("Portmore",)
    assert asked_bearing("Where is Elm Island?") == ()
    assert asked_bearing("how far is elm island from portmore?") == ("elm", "island", "portmore")
    assert asked_bearing("How far did the ferry sail from Portmore to Dunvale?") == (
        "ferry",
        "sail",
        "Portmore",
        "Dunvale",
    )
    assert asked_bearing("How far did the ferry sail?") == ()
    portmore = ("Portmore",)
    assert gives_bearing(portmore, "The ferry sails to Elm Island, some 12 kilometres (7 miles) south of Portmore.")
    assert gives_bearing(portmore, "Elm Island lies northwest of Portmore.")
    assert gives_bearing(portmore, "The island is 12 km from Portmore by sea.")
    # words may qualify the place: "from the old Portmore harbour", "from the Danish border"
    assert gives_bearing(("border",), "The pier is about 40 kilometres from the Danish border.")
    assert gives_bearing(portmore, "The wreck lies 3 miles east of the old Portmore harbour.")
    assert not gives_bearing(("border",), "The pier is about 40 kilometres from the town, near the border.")
    assert not gives_bearing(portmore, "The northern island of Elm is a short trip for Portmore's ferries.")
    assert not gives_bearing(portmore, "Elm Island lies north of Dunvale, a town near Portmore.")
    assert gives_bearing(("Portmore", "Dunvale"), "Elm Island lies north of Dunvale, a town near Portmore.")
    # the place by its name, then by what it is
    assert gives_bearing(
        ("footpath",), "The blade landed about 80m from the Ridge Way, a footpath popular with walkers."
    )
    assert gives_bearing(("harbour",), "The wreck lies 3 miles west of Skarva, the island's old harbour.")
    # a distance "away" is from where the thing was, left unsaid
    assert gives_bearing(("park",), "The goat was found in a field two kilometres away on Friday.")
    assert gives_bearing(("park",), "It turned up 3 miles away.")
    assert not gives_bearing(("park",), "The goat was found two days later, far away.")
    assert not gives_bearing(("park",), "Two kilometres of fence were put up at the park.")


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("where did the ferry call besides Bergen?", "where did the ferry call?"),
        ("who denied it besides the harbour board?", "who denied it?"),
        ("apart from Norway, which countries sent ships?", "which countries sent ships?"),
        ("which ports, except for Oslo and Bergen, were closed?", "which ports, were closed?"),
        # where the excluded words end is not known: left in rather than losing the verb
        ("who other than the harbour board denied it?", "who other than the harbour board denied it?"),
        ("which ships besides the ferry sank?", "which ships besides the ferry sank?"),
        ("where did the ferry call?", "where did the ferry call?"),  # nothing excluded
    ],
)
def test_what_the_answer_is_to_be_other_than_is_left_out_of_the_words_looked_for(question: str, kept: str) -> None:
    from index.question import without_excluded

    assert without_excluded(question) == kept


@pytest.mark.parametrize(
    ("question", "others_than"),
    [
        ("who denied it besides the harbour board?", ("the harbour board",)),
        ("apart from Norway, which countries sent ships?", ("Norway",)),
        ("which ports, except for Oslo and Bergen, were closed?", ("Oslo and Bergen",)),
        ("who other than the harbour board denied it?", ()),  # its end not known: nothing read as excluded
        ("where did the ferry call?", ()),
    ],
)
def test_what_the_answer_is_to_be_other_than(question: str, others_than: tuple[str, ...]) -> None:
    from index.question import excluded

    assert excluded(question) == others_than


@pytest.mark.parametrize(
    ("voice", "speaker", "may"),
    [
        ("Norway", "the ministry", True),  # nothing tells a country's ministry apart from it
        ("Norway", "Defence Ministry (quoted by the Coastal Wire)", True),  # the carrier is not the speaker's name
        ("the Norwegian defence ministry", "Defence Ministry (quoted by the Coastal Wire)", True),
        ("Norway", "Danish Defence Ministry", False),  # another country's
        ("the Harbour Board", "the ministry", False),  # a body known by its own name is not any ministry
        ("the Harbour Board", "officials", True),
        ("the Harbour Board", "Harbour Board spokesman Ole Berg", True),
    ],
)
def test_a_speaker_may_be_the_voice_asked_for_when_nothing_tells_them_apart(
    voice: str, speaker: str, may: bool
) -> None:
    from index.question import may_speak_as

    assert may_speak_as(voice, speaker) is may


def _vocabulary_of(texts: list[str], outlet: str) -> Vocabulary:
    """The words of one article a text, all of one outlet."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex

    articles = [Article(Source(id=f"a{i}", outlet=outlet), t, Path(f"a{i}")) for i, t in enumerate(texts)]
    return Vocabulary(KeywordIndex.build(texts), articles)


def test_initials_no_article_has_are_read_as_the_name_they_stand_for() -> None:
    """ "What did the CBS report?" where the articles write "Coastal Broadcasting Service": the name, whether the
    initials take the connecting words ("BoN", "Bank of Norway") or not; never a word the articles have, a name
    two names share, or a day opening a sentence."""
    texts = [
        "The Coastal Broadcasting Service reported that the Bank of Norway had bought the ferry.",
        "On Monday the Central Bureau met. The Coast Board sat too, and Cecil Bates spoke. The cab left.",
    ]
    vocabulary = _vocabulary_of(texts, "Harbour News")
    assert vocabulary.spelled_out("CBS") == "Coastal Broadcasting Service"
    assert vocabulary.spelled_out("cbs") == "Coastal Broadcasting Service"
    assert vocabulary.spelled_out("BoN") == "Bank of Norway" and vocabulary.spelled_out("bn") == "Bank of Norway"
    assert vocabulary.spelled_out("hn") == "Harbour News"  # an outlet's name too
    assert vocabulary.spelled_out("cb") is None  # Central Bureau, Coast Board and Cecil Bates
    assert vocabulary.spelled_out("om") is None  # "On Monday" is no name
    assert vocabulary.spelled_out("cab") is None  # a word the articles have
    assert vocabulary.spelled_out("ferryboat") is None  # too long for initials


def test_initials_skip_the_and_inside_a_name_but_two_names_are_not_one() -> None:
    """ "How many inspectors did the HSE send?" where the articles write "the Health and Safety Executive": a
    name goes on past its "and"; "Norway and Sweden" are two names, so "NS" stands for neither."""
    texts = [
        "The Health and Safety Executive sent two inspectors to the quarry.",
        "Norway and Sweden agreed to share the cost, the Fire and Rescue Service said.",
    ]
    vocabulary = _vocabulary_of(texts, "Dale Post")
    assert vocabulary.spelled_out("HSE") == "Health and Safety Executive"
    assert vocabulary.spelled_out("frs") == "Fire and Rescue Service"
    assert vocabulary.spelled_out("ns") is None
    assert vocabulary.spelled_out("nas") is None


def test_a_long_question_of_joined_words_is_read_like_any_other() -> None:
    """Words joined by apostrophes and hyphens, hundreds of them: read in one pass (a pattern that could split
    them many ways would not come back)."""
    from index.question import without_excluded

    odd = "a'" * 200 + "b-" * 200 + " besides c"
    assert without_excluded(odd) == odd  # one word before it: what it excludes does not end a question of three
    assert without_excluded("where did " + odd + "?") == "where did " + odd[: -len(" besides c")] + "?"


@pytest.mark.parametrize(
    ("question", "phase"),
    [
        ("When did the ferry strike start?", "begin"),
        ("when did the navy begin its patrols", "begin"),
        ("When was the inquiry launched?", "begin"),
        ("When did the talks stop?", "end"),
        ("When did the strike end?", "end"),
        ("Where did the strike start?", ""),  # not a question of when
        ("When did the ferry reach the port?", ""),
        ("When did the ferry starter motor fail?", ""),  # a word that only begins like one
    ],
)
def test_a_question_of_when_something_began_or_ended(question: str, phase: str) -> None:
    from index.question import asked_phase

    assert asked_phase(question) == phase


@pytest.mark.parametrize(
    ("phase", "text", "tells"),
    [
        ("begin", "The strike began in late February.", True),
        ("begin", "Dock crews started their strike on Monday.", True),
        ("begin", "The union launched its strike in May.", True),
        ("begin", "The strike spread to the northern ports on March 9.", False),
        # a beginning of something else, the strike named far from it
        ("begin", "The beginning of the mayor's term in office comes amid a long and bitter strike.", False),
        ("end", "The strike ended without a deal on Friday.", True),
        ("end", "The strike began on Friday.", False),
        ("end", "The union was ending its strike.", True),
    ],
)
def test_a_sentence_telling_of_a_beginning_or_an_end_of_what_was_asked(phase: str, text: str, tells: bool) -> None:
    from index.keyword import tokenize
    from index.question import tells_phase

    assert tells_phase(phase, text, frozenset(tokenize("When did the strike start?"))) is tells


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which news agency first reported the ferry strike?", True),
        ("what website ran the board's statement?", True),
        ("Which newspaper did the mayor write for?", True),
        ("which journal published the study?", True),  # a journal, a magazine: a publication's name answers
        ("what magazine ran the interview?", True),
        ("Which company runs the ferry?", False),  # a company, not a news outlet
        ("What did the agency say?", False),
        ("Which agency denied the report?", False),  # perhaps a government's agency
        ("Which site did the jets hit?", False),  # a place
    ],
)
def test_a_question_may_ask_for_a_news_outlet(question: str, asks: bool) -> None:
    from index.question import asks_outlet

    assert asks_outlet(question) is asks


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The strike was first reported by the Associated Press.", True),  # a name ending in a word of papers'
        ("Reuters carried the board's statement.", True),  # a wire service
        ("A state-owned outlet made the claim early Monday.", True),  # an outlet by its kind
        ("The Beacon quoted the mayor.", True),  # an outlet of the articles
        ("The Harbour Board denied the report on Monday.", False),
        ("The union keeps a channel open to the board.", False),
        ("News of the strike spread on Monday.", False),  # a paper's word opening a sentence is no name
        ("Ferry crews from America joined the strike.", False),  # a country in an outlet's name is no outlet
    ],
)
def test_a_sentence_may_name_a_news_outlet(text: str, names: bool) -> None:
    from index.keyword import token_tuple
    from index.question import names_outlet

    outlets = frozenset(token_tuple("Portsea Beacon")) | frozenset(token_tuple("Voice of America"))
    assert names_outlet(text, outlets) is names


def test_a_lower_case_verb_the_tagger_takes_for_a_name_is_not_a_named_thing() -> None:
    """'why didn't the pentagon trust moscow?': tagged as the engine tags questions (no parser), "trust" comes out a
    proper noun; standing right after the auxiliary's subject, it is the question's verb, not a thing the articles
    must mention. A name after a preposition stays one."""
    from index.engine import TAGS_ONLY

    doc = next(parse(["why didn't the pentagon trust moscow under obama?"], disable=TAGS_ONLY))
    assert [t.text for t in doc if t.pos_ == "PROPN"] == ["pentagon", "trust", "moscow"]  # as the tagger has it
    assert "trust" not in named_things(doc)
    assert "moscow" in named_things(doc)


def test_a_lower_case_noun_the_question_verb_follows_is_no_verb() -> None:
    """'where was the getaway van found?': "van" is tagged a proper noun after the subject's "getaway", but the
    verb comes after it ("found"): "getaway van" is one thing, and the articles mention it when they have "van"."""
    from index.engine import TAGS_ONLY

    doc = next(parse(["where was the getaway van found?"], disable=TAGS_ONLY))
    assert [t.text for t in doc if t.pos_ == "PROPN"] == ["getaway", "van"]  # as the tagger has it
    assert named_things(doc) == ("getaway van",)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how high were the copper levels?", "number"),  # a magnitude, not a height
        ("How high is the unemployment rate in the town?", "number"),
        ("How high did the balloon fly?", "height"),
        ("How high is the new bridge?", "height"),
    ],
)
def test_how_high_a_level_is_asks_for_a_number(question: str, kind: str) -> None:
    from index.question import expected

    assert expected(question)[1] == kind


def test_an_organisation_asked_for_by_its_kind_alone_is_quoted_under_its_name() -> None:
    """'What did the company say?': the articles name the company ("Nordline"), so no speaker need share the word;
    a company of a country is still looked for, and a named one too."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    text = '"We kept every rule," Nordline said. The harbour board disagreed.'
    article = Article(Source(id="a", outlet="Coastal Wire", title="Ferry"), text, Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build([text]), [article], ["Nordline", "the harbour board"])

    def never(term: str, words: frozenset[str]) -> bool:
        return False

    assert vocabulary.quotes("the company", never)
    assert vocabulary.quotes("the firm", never)
    assert not vocabulary.quotes("the Danish company", never)
    assert not vocabulary.quotes("the Baltic Line company", never)


def test_who_leads_a_body_asks_for_its_head_by_any_title() -> None:
    """'Who heads / chairs / leads X?' asks who holds X's head's post, which an article names by a title ("X
    director Ana Silva", "union chairman Ole Dahl"), seldom by the verb; so does 'who is the head of X?'. 'Who led
    the raid?' asks of an act."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary, asked_post, asked_role, holds_role, role_forms, role_qualifiers

    assert asked_post("who heads Clearwater?") == "head"
    assert asked_role("who heads Clearwater?") == ""  # a post asked by its verb, which an answer need not name
    assert asked_post("So who currently chairs the dockers' union?") == "head"
    assert asked_post("Who led the raid on the depot?") == ""
    assert asked_post("who is commanding the rebel forces?") == "head"  # in the present progressive too
    assert asked_post("who is speaking for Clearwater?") == "spokesman"
    assert asked_post("who speaks for Clearwater?") == "spokesman"  # its spokesman, spokeswoman, spokesperson
    # "who runs X?" of a body asks for its head; of things a body operates ("the city's ferries"), for that body
    assert asked_post("who runs the harbour trust?") == "head"
    assert role_qualifiers("who runs the harbour trust?") == ("harbour", "trust")
    assert asked_post("who is running Clearwater now?") == "head"
    assert asked_post("who runs the city's ferries?") == ""
    # a place is run by a body that operates it, not led ("who runs the leisure centre in Marby?")
    assert asked_post("who runs the leisure centre in Marby?") == ""
    assert asked_post("who runs Marby leisure centre?") == ""
    assert asked_post("who runs the Marby harbour trust in the town?") == "head"
    # a thing that is no body ("the harbour ferry") is run by a body that operates it; a name may be either
    assert asked_post("who runs the harbour ferry?") == ""
    assert asked_post("who runs the exam board?") == "head"
    assert asked_post("who runs Clearwater Ferries Ltd?") == "head"
    assert role_qualifiers("who speaks for Clearwater?") == ("Clearwater",)
    assert role_qualifiers("who leads Clearwater?") == ("Clearwater",)
    assert role_qualifiers("who chairs the dockers' union?") == ("dockers'",)  # "union": a body, a named thing
    assert "director" in role_forms("head") and "chairman" in role_forms("leader")
    assert role_forms("pilot") == frozenset({"pilot"})
    assert holds_role("head", "Clearwater director Ana Silva told reporters.", ("Clearwater",))
    assert not holds_role("head", "Clearwater spokesman Ana Silva told reporters.", ("Clearwater",))
    assert not holds_role("head", "Opposition leader Siri Nygaard backed the delay.", ("Clearwater",))
    # a title written with a hyphen, whole and in its parts
    annecy = "It was read by nobody, the board's secretary-general, Paul Annecy, said."
    assert holds_role("head", annecy, ("board",)) and holds_role("secretary", annecy)
    assert not holds_role("head", "It was read by nobody, the board's secretary, Paul Annecy, said.", ("board",))
    # the body named before, with what says which one, and its role's holder after ("union chairman")
    before = "The dockers' union said the cranes had run in a storm."
    assert holds_role("head", f'{before} "It was reckless," union chairman Ole Dahl said.', ("dockers'",))
    assert not holds_role("head", f'{before} "It was reckless," chairman Ole Dahl said.', ("dockers'",))
    texts = ["Clearwater director Ana Silva told reporters the river was poisoned."]
    article = Article(Source(id="a", outlet="Coastal Wire"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert not vocabulary.has_strange_words("who chairs Clearwater?")  # the verb is no thing the articles lack
    assert vocabulary.has_strange_words("who paints Clearwater?")


def test_a_role_after_a_body_s_word_takes_its_qualifier_from_the_sentence_before() -> None:
    """'Ministry spokesman Ana Silva' after a sentence naming the Harbour Ministry: the ministry's spokesman, as
    "union chairman" is the union's (the body's word compared as the keyword index writes it)."""
    from index.question import holds_role

    before = "The harbour ministry said the pier was closed for repairs."
    assert holds_role("spokesman", f'{before} "It will reopen," ministry spokesman Ana Silva said.', ("harbour",))


def test_a_role_after_its_or_their_is_the_role_of_the_body_named_before() -> None:
    """'Its chief executive is Per Holm.' after a sentence naming the ferry company: its head, for "who is the
    boss of the ferry company?"; without the body named anywhere, or with a role after another word, no."""
    from index.question import holds_role

    before = "Nordline Ferries employs 900 people on the coast."
    assert holds_role("boss", f"{before} Its chief executive is Per Holm.", ("nordline", "ferries"))
    assert holds_role("spokesman", f"{before} Their spokesman is Ola Berg.", ("nordline",))
    assert not holds_role("boss", "The harbour is busy. Its chief executive is Per Holm.", ("nordline", "ferries"))
    assert not holds_role("boss", f"{before} A chief executive is Per Holm.", ("nordline", "ferries"))


def test_a_common_noun_set_in_apposition_to_one_name_stands_for_it() -> None:
    """'the Harbour Watch Group, a volunteer monitoring network, ...': "the network" is that group; a noun set
    beside two names stands for neither; a voice of more than one word is not looked up."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = [
        "The Harbour Watch Group, a volunteer monitoring network, said the ferry sailed alone.",
        "Coastal Lines, a ferry company based in Portmore, denied it.",
        "Baltic Star, a ferry company, said nothing.",
        "Ole Berg, a retired captain, called it a fairy tale.\n"
        "The Port Board, a city agency that runs the harbour, agreed.",
    ]
    article = Article(Source(id="a", outlet="Coastal Wire", title="Ferry row"), "\n\n".join(texts), Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert vocabulary.named_as("the network") == "Harbour Watch Group"
    assert vocabulary.named_as("the company") is None  # two companies
    assert vocabulary.named_as("the captain") == "Ole Berg"
    assert vocabulary.named_as("the agency") == "Port Board"
    assert vocabulary.named_as("the monitoring network") is None


def test_words_asked_of_someone_unnamed_are_anyone_s() -> None:
    """'What did the anonymous source say?': the articles quote a source speaking on condition of anonymity under
    no such name; "anonymous" names no one, so the question is not refused as asking for someone never quoted."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["A source in the harbour board, who spoke on condition of anonymity, said the pier was unsafe."]
    article = Article(Source(id="a", outlet="Coastal Wire", title="Pier"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article], ["A source in the harbour board"])
    assert vocabulary.quotes("the anonymous source", lambda term, words: False)
    assert not vocabulary.quotes("the Pier Trust", lambda term, words: False)


def test_someone_described_by_a_common_noun_is_named_by_it_not_by_where_they_were() -> None:
    """ "the nurse on the train" is the nurse the articles quote ("Ida Holm, a nurse on her way to work"), not
    whoever was on the train; a name keeps its last word ("John Kerry" is not "Colonel John Dorrian")."""
    from index.question import speaks_as

    assert speaks_as("the nurse on the train", "Ida Holm, a nurse on her way to work")
    assert not speaks_as("the nurse on the train", "Farmer Ola Berg, who was on the train")
    assert speaks_as("the farmer near the track", "Farmer Ola Berg")
    assert not speaks_as("John Kerry", "Colonel John Dorrian")


def test_a_speaker_named_by_a_role_and_a_name_is_a_person() -> None:
    from index.question import names_holder

    assert names_holder("Nordbane spokesman Per Viken")
    assert names_holder("Regional transport minister Tor Engen")
    assert not names_holder("Nordbane")
    assert not names_holder("a hospital spokeswoman")
    assert not names_holder("The Pentagon spokesman")
    assert not names_holder("the spokesman for the company")


def test_an_outlet_that_issued_its_own_statement_is_a_voice() -> None:
    """The union's own statement is given to it ("Ferry Workers' Union (statement)"): "what did the union say?"
    asks for its words, not for an outlet's narration; the wire that carried the story stays an outlet."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["We call on the board to act.", "The harbour board met on Tuesday."]
    articles = [
        Article(Source(id="u", outlet="Ferry Workers' Union"), texts[0], Path("u")),
        Article(Source(id="w", outlet="Coastal Wire"), texts[1], Path("w")),
    ]
    speakers = ["Ferry Workers' Union (statement)", "Coastal Wire"]
    vocabulary = Vocabulary(KeywordIndex.build(texts), articles, speakers)
    assert not vocabulary.is_outlet("the union") and vocabulary.is_outlet("the Coastal Wire")
    assert Vocabulary(KeywordIndex.build(texts), articles, ["Coastal Wire"]).is_outlet("the union")


@pytest.mark.parametrize(
    ("role", "text", "speaker", "named"),
    [
        ("pilot", "The pilot, Jan Olsen, said he had no warning.", "", True),
        ("pilot", "Harbour pilot Jan Olsen said he had no warning.", "", True),
        ("pilot", "The pilot was named as Jan Olsen on Friday.", "", True),
        ("pilot", "Jan Olsen, 54, the pilot, was not hurt.", "", True),
        ("pilot", "Jan Olsen was the pilot on the bridge that night.", "", True),
        ("chairman", '"It is irresponsible," said Per Lund, chairman of the association.', "", True),
        ("chairman", '"Nothing was sent," its chairman, Per Lund, said in a statement.', "", True),
        ("captain", "The ferry's captain, Capt. Olsen, stayed on board.", "", True),
        ("spokeswoman", '"We are looking into it," she said.', "Port spokeswoman Ida Berg", True),
        # the role's word and someone else's name: the pilot is not Ane Vik
        ("pilot", '"The pilot did not slow down," the port\'s director, Ane Vik, told reporters.', "", False),
        ("pilot", "The pilot was told to slow down, the port said.", "", False),
        ("pilot", "Our pilot, who has guided ships into Vessby for 22 years, called the tug.", "", False),
        ("pilot", '"He did all he could," said the pilot.', "the pilot", False),
        ("chairman", "The chairman of Kvina Towage declined to comment.", "", False),
        # the body it is of set off before the name
        ("director", "The managing director of Kvina Towage, Ane Vik, spoke to the radio.", "", True),
        ("director", "The director of Kvina Towage, which runs six tugs, spoke to the radio.", "", False),
    ],
)
def test_a_sentence_names_a_role_holder_by_a_name_bound_to_the_role(
    role: str, text: str, speaker: str, named: bool
) -> None:
    from index.question import names_role_holder

    assert names_role_holder(role, text, speaker) is named


def test_a_question_asks_for_a_role_holder_s_name_by_name_or_who_holds_it() -> None:
    from index.question import asks_name

    assert asks_name("what's the name of the pilot?")
    assert asks_name("whats the pilots name")
    assert asks_name("Who was the captain of the ferry?")
    assert not asks_name("what did the pilot do?")
    assert not asks_name("which spokesman denied it?")  # who did something: a name need not stand by the role
    assert not asks_name("what is the name of the ferry?")
    # a compound of a word for one person is one ("lifeguard", "zookeeper", "groundsman"), not any word
    assert asks_name("what is the name of the lifeguard who stayed in hospital?")
    assert asks_name("what was the name of the zookeeper?") and asks_name("name of the groundsman?")
    assert not asks_name("what is the name of the document?") and not asks_name("what is the name of the safeguard?")


@pytest.mark.parametrize(
    ("text", "place", "towards"),
    [
        ("The barge was towed to a repair yard in Kvina on Friday.", True, True),
        ("The injured driver was taken to hospital.", True, True),
        ("The fire began in a storage room behind the shop.", True, False),
        ("They met at the Corn Exchange.", True, False),
        ("It happened on Tuesday.", False, False),
        ("The inspectors spoke to Mr Dahl.", False, False),
        ("She said so in a statement.", False, False),
        ("The crew were told to slow down and wait.", False, False),
        ("It was the worst spill in years.", False, False),
    ],
)
def test_a_place_is_told_by_a_preposition_of_place_before_a_name_or_a_kind_of_place(
    text: str, place: bool, towards: bool
) -> None:
    from index.question import gives_destination, tells_place

    assert tells_place(text) is place
    assert tells_place(text, towards=True) is towards
    if towards:
        assert gives_destination(text)


@pytest.mark.parametrize(
    ("question", "voice"),
    [
        ("has the towing firm said anything?", "the towing firm"),
        ("what has the harbour master said?", "the harbour master"),
        ("did the bus operator comment?", "the bus operator"),
        ("did the council comment on the report?", "the council"),
        ("has the union responded yet?", "the union"),
        ("did anyone say how many were hurt?", ""),
        # whether someone stated a thing: their words, if the articles give any (a person or a body states)
        ("did the council say the bridge was safe?", "the council"),
        ("Did the Estonian government confirm the collision?", "the Estonian government"),
        ("has Halvik denied the report?", "Halvik"),
        ("did norway ever admit it?", "norway"),
        ("did the ferry's engineers deny the account?", "the ferry's engineers"),
        ("did the union's spokesman dispute the figures?", "the union's spokesman"),
        # a thing confirms nothing of its own, and no one says what a finding or a document said
        ("did the tests confirm norovirus?", ""),
        ("did the report say who was to blame?", ""),
        ("did the inquiry confirm the cause?", ""),
        ("did the samples show e. coli?", ""),
        ("did the council want the bridge shut?", ""),  # what it wanted is its position, no statement
    ],
)
def test_whether_someone_said_anything_asks_for_their_words(question: str, voice: str) -> None:
    from index.question import asked_voice

    assert asked_voice(question) == voice


def test_a_role_s_qualifier_is_looked_for_near_it_within_one_line() -> None:
    """The sentence, the one before and the speaker are lines of their own: a sentence ending "... to the Harbour
    Board." and a speaker "City Hall spokesman Ole Dahl" do not make "Harbour Board spokesman"."""
    from index.question import holds_role

    text = "Asked about it, City Hall spokesman Ole Dahl referred questions to the Harbour Board."
    assert not holds_role("spokesman", f"{text}\nCity Hall spokesman Ole Dahl", ("Board",))
    assert holds_role("spokesman", "\nHarbour Board spokesman Ida Berg said so.\n", ("Board",))


@pytest.mark.parametrize(
    "question",
    [
        "Did the harbour board respond to the allegations?",
        "Has the union reacted to the report?",
        "did the mayor comment on the claims?",
        "Has Oslo criticized what the company did?",
        "Did the council condemn the attack?",
        "Did the company welcome the findings?",
    ],
)
def test_whether_someone_responded_asks_for_their_position_not_a_dispute(question: str) -> None:
    from index.question import asks_position

    assert asks_position(question)


def test_how_many_a_group_has_claimed_asks_for_a_number_not_its_words() -> None:
    """'How many victims has the gang claimed?': "claimed" there takes victims, not words."""
    from index.question import asked_voice

    assert asked_voice("how many victims has the Black Pike gang claimed?") == ""
    assert asked_voice("how many victims has the Black Pike gang claimed so far?") == ""
    assert asked_voice("what has the Black Pike gang said?") == "the Black Pike gang"


def test_the_writer_of_an_article_is_no_voice_quoted_in_it() -> None:
    """ "..., according to the blogger?", "what does the author say?": the article's own words, its narration."""
    from index.question import asked_voice

    assert asked_voice("what should shops do, according to the blogger?") == ""
    assert asked_voice("what does the author say about the fire?") == ""
    assert asked_voice("what does the fire chief say about the fire?") == "the fire chief"


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        ("waht time did the ferry dock?", "what time did the ferry dock?"),  # two letters swapped
        ("wen did it sink?", "when did it sink?"),  # a letter left out
        ("so wehre is the pier?", "so where is the pier?"),  # after a chat's opener
        ("Wich ferry sank?", "Which ferry sank?"),  # the capital kept
        ("whats the fare?", "what's the fare?"),  # a chat's "whats"
        ("hwo sank it?", "hwo sank it?"),  # as near "who" as "how": left as typed
        ("were the pilots tested?", "were the pilots tested?"),  # a word of its own, not "where"
        ("way too late?", "way too late?"),
        ("what sank it?", "what sank it?"),
    ],
)
def test_an_opening_question_word_typed_with_a_slip_is_read_as_that_word(question: str, mended: str) -> None:
    from index.question import mend_question_word

    assert mend_question_word(question) == mended


def test_an_opening_word_the_articles_have_is_no_slip() -> None:
    """ "Wen" one slip from "when" is left as typed where the articles have it (a name, say)."""
    from index.question import mend_question_word

    assert mend_question_word("wen said what?", known=lambda w: w == "wen") == "wen said what?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the best ferry for a day trip?", True),
        ("Which is the best beach near the harbour?", True),
        ("who is the best captain of all time?", True),
        ("what is the best way to get to the island?", True),
        ("is there a best time to book tickets for the ferry?", True),
        ("did the ferry company do its best to warn passengers?", False),  # an effort, no judgement asked
        ("what was the best-selling ticket?", False),
        ("when did the ferry leave?", False),
    ],
)
def test_a_question_of_which_thing_is_best_asks_a_judgement(question: str, expected: bool) -> None:
    from index.question import asks_best

    assert asks_best(question) is expected


def test_only_a_passage_that_judges_or_advises_tells_what_is_best() -> None:
    from index.question import tells_best

    assert tells_best("The best way to reach the island is the early ferry.")
    assert tells_best("The coastguard recommends life jackets for every passenger.")
    assert tells_best("Passengers are advised to book ahead.")
    assert not tells_best("A ferry ran aground near the island on Sunday.")


def test_a_body_sharing_a_word_with_the_one_asked_is_another_body() -> None:
    """ "the chairman of Kelmsford United": "Leader of Kelmsford Borough Council" shares a word with the club's name
    but ends as another body (a council), so holds no post of the club; a body word the question holds keeps the
    name ("the head of the port authority": "Kilbrannan Port Authority"). Without the question's terms the rule is
    off, as before."""
    from index.keyword import tokenize
    from index.question import holds_role

    question = "who is the chairman of kelmsford united?"
    asked = frozenset(tokenize(question))
    council = "Councillor Ann Moe, Leader of Kelmsford Borough Council, said the ground was shut."
    assert not holds_role("chairman", council, ("kelmsford", "united"), asked=asked)
    assert holds_role("chairman", council, ("kelmsford", "united"))
    club = "Kelmsford United chairman Per Holm said the ground was safe."
    assert holds_role("chairman", club, ("kelmsford", "united"), asked=asked)
    port = frozenset(tokenize("who is the head of the kilbrannan port authority?"))
    assert holds_role(
        "head", "Kilbrannan Port Authority head Ann Moe said the quay was shut.", ("kilbrannan",), asked=port
    )


def test_its_role_is_of_the_body_its_article_is_about() -> None:
    """ "Its chairman, Per Holm, said ..." holds the post of the body the article's title names ("the chairman of
    Kelmsford United" in "Roof falls at Kelmsford United ground"); not in an article about another body."""
    from index.question import holds_role

    said = "Its chairman, Per Holm, said the stand had been inspected."
    assert holds_role(
        "chairman", said, ("kelmsford", "united"), "Northgate Wire\nRoof falls at Kelmsford United ground"
    )
    assert not holds_role("chairman", said, ("kelmsford", "united"), "Northgate Wire\nRoof falls at Eastville ground")


def test_two_questions_ask_alike_by_their_question_word_or_as_yes_or_no() -> None:
    from index.question import asks_alike

    assert asks_alike("How long were they on the mountain?", "how long was the group out altogether?")
    assert asks_alike("Was anyone badly hurt?", "are the two in hospital going to be ok?")
    assert asks_alike("Who was on board?", "so who was on the boat?")
    assert not asks_alike("Who were the walkers?", "did the walkers have the right kit?")
    assert not asks_alike("How many were on board?", "how long were they at sea?")
    assert not asks_alike("What happened?", "when did it happen?")
    assert asks_alike("What should patients do?", "what should I do if I was a patient there?")
    assert not asks_alike("What killed the sheep?", "what kind of fence was around the sheep?")


@pytest.mark.parametrize(
    ("question", "of_time"),
    [
        ("How long did the strike last?", True),
        ("how long will the bridge be closed?", True),  # how long it will be in a state
        ("how long has the plant been shut?", True),
        ("how long would the road be out of use?", True),
        ("how long will the new runway be?", False),  # a length of the runway
        ("how long will the queue be at the border?", False),
        ("how long is the crack?", False),
    ],
)
def test_a_how_long_question_asks_for_a_time_or_any_length(question: str, of_time: bool) -> None:
    from index.question import asks_how_long_in_time

    assert asks_how_long_in_time(question) is of_time


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("how long was the blade that fell?", "blade"),
        ("How long did the strike last?", "strike"),
        ("so how tall is the new mast?", "mast"),
        ("how deep was the hole in the road", "hole"),
        ("how long were the queues at the border?", "queues"),
        ("how long did it take?", ""),  # no thing named
        ("how long ago was the mast built?", ""),
        ("how many masts fell?", ""),
    ],
)
def test_the_thing_a_length_is_asked_of(question: str, thing: str) -> None:
    from index.question import measured_thing

    assert measured_thing(question) == thing


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what is the name of the group behind the attack?", "group"),
        ("What's the smuggling gang called?", "gang"),
        ("what was the tanker's name?", "tanker"),
        ("what is the name of the storm?", "storm"),
        ("which painting was stolen?", "painting"),  # a thing known by its title
        ("so what ships ran aground?", "ship"),
        ("which hospital were they taken to?", ""),  # a place, no title
        ("what is the name of the pilot?", ""),  # a person by role: asked_role's
        ("who called the report a whitewash?", ""),
        ("what time was the coastguard called?", ""),
    ],
)
def test_a_question_for_the_name_of_a_thing_names_the_thing(question: str, thing: str) -> None:
    from index.question import asked_name_of

    assert asked_name_of(question) == thing


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A smuggling gang calling itself Red Kestrel said it had moved the cargo.", True),
        ("Police said a gang known as the Harbour Boys ran the route.", True),
        ("A little-known gang called Red Kestrel took the blame.", True),
        ("The gang, named Red Kestrel by police, used fast boats.", True),
        ("The gang said it had moved the cargo.", False),  # the thing mentioned, not named
        ("The gang called the harbour master a liar.", False),  # calling another something
        ("The gang called for calm.", False),
        ('The gang, "Red Kestrel" to its rivals, used fast boats.', True),  # its name quoted just after it
        ("The gang, which had used fast boats, was caught.", False),
    ],
)
def test_a_sentence_names_a_thing_by_a_word_of_naming(text: str, named: bool) -> None:
    from index.question import names_thing

    assert names_thing("gang", text) is named


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what should hospitals do, according to the blogger?", True),
        ("what does the columnist want the council to do?", True),
        ("how long has the blogger been fishing that river?", True),
        ("what does the blog post say about the screenshot?", True),
        ("who wrote the blog post?", False),  # a byline answers it
        ("who is the blogger?", False),  # who the writer is
        ("who does the blogger blame for the crash?", True),  # whom the writer's words name
        ("what did the author of the report find?", False),  # a report's author, no writer of an article
        ("what should hospitals do?", False),
    ],
)
def test_a_question_asks_for_the_writer_of_a_personal_piece(question: str, asks: bool) -> None:
    from index.question import asks_writer

    assert asks_writer(question) is asks


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("who owns the ship?", "The ship's owner, Tallis Lines, said it was cooperating.", True),
        ("who owns the ship?", "The ship is owned by a fund in Oslo.", True),
        ("who owns the ship?", "Tallis Lines said the ship had lost steering.", False),  # named beside it
        ("who owns the garden?", "The cat came down from a garden tree on her own.", False),  # no owning
        ("who owns the ship?", "Two brothers own the ship.", True),
        ("who made the pump?", "The manufacturer, Kvist, has taken it to its laboratory.", True),
        ("who made the pump?", "Kvist said the pump had failed.", False),
        ("which firm built the stand?", "The stand was built by Holm & Sons in 1971.", True),
        ("who actually built the stand?", "Holm & Sons inspected the stand in May.", False),
        ("who paid for the new roof?", "The council paid for the new roof.", True),  # no relation asked: any
        ("what chemicals does the plant make?", "Corvell Chemicals denied releasing anything.", False),
        ("what chemicals does the plant make?", "The plant, which makes fertiliser, was shut.", True),
        ("what did the inspectors find?", "Inspectors said the plant was shut.", True),  # no relation asked
    ],
)
def test_a_relation_asked_of_who_holds_it_must_be_stated(question: str, text: str, states: bool) -> None:
    """ "Who owns the ship?": a sentence stating the relation (its verb, its doer's noun, its passive) answers, not
    one naming someone beside the thing. A deed any words may tell ("who found it?") asks no relation."""
    from index.question import asked_relation, states_relation

    relation = asked_relation(question)
    assert (not relation or states_relation(relation, text)) is states
    assert asked_relation("who found the crack?") == frozenset()
    assert asked_relation("who said the ship was owned by a fund?") == frozenset()


def test_the_deed_a_question_of_who_did_it_asks_by() -> None:
    """ "Who runs the ferry?" asks by "run" ("who ran it?" by "ran" and "run"); a question of who said something, or one
    asking by an empty verb ("who did it?"), by none."""
    from index.keyword import tokenize
    from index.question import deed_terms, tells_own_deed

    assert deed_terms("who runs the harbour ferry?") == frozenset(tokenize("runs"))
    assert deed_terms("who ran the harbour ferry?") >= set(tokenize("runs"))  # an irregular form: its verb too
    assert deed_terms("which union represents the drivers?") == frozenset(tokenize("represents"))
    assert deed_terms("who did it?") == frozenset()
    assert deed_terms("who said the ferry was late?") == frozenset()
    assert deed_terms("which news agency first reported the sinking?") == frozenset()  # a saying
    assert deed_terms("who found the images?") == frozenset()  # also what a report concludes: "the panel found"
    question = "which union represents the drivers?"
    assert tells_own_deed(question, "The Road Union, which represents the drivers, said pay was low.", "The Road Union")
    assert not tells_own_deed(question, "The Road Union, which met on Monday, said pay was low.", "The Road Union")
    assert not tells_own_deed(question, "Drivers are represented by a union, Vale Buses said.", "Vale Buses")


def test_the_name_of_a_noun_followed_by_who_asks_for_a_person_by_name() -> None:
    """ "What is the name of the operator who spoke on the radio?": a person, named, as a role asked by its noun
    is; "the group who ..." (British use) asks a group's name, as a thing's."""
    from index.question import asked_name_of, asked_role, asks_name

    question = "what is the name of the operator who spoke on the radio?"
    assert (asked_role(question), asks_name(question)) == ("operator", True)
    assert asked_role("what is the name of the group who claimed it?") == ""
    assert asked_name_of("what is the name of the group who claimed it?") == "group"
    assert asked_role("what is the name of the operator?") == ""  # no "who": a firm may be meant


@pytest.mark.parametrize(
    ("question", "text", "ranks"),
    [
        ("what is the biggest city in Turkey?", "Istanbul, the country's largest city, was calm.", True),
        ("what is the biggest city in Turkey?", "Capturing the city matters to Turkey.", False),
        ("which is the longest bridge in Norway?", "The Halsa bridge is the longest in the county.", True),
        ("what's the tallest tower in town?", "The town's highest building is the mill.", True),
        ("what was the town's busiest road?", "The road was closed to traffic.", False),
        ("what is the latest?", "The road was closed to traffic.", True),  # news asked for, nothing ranked
        ("what is the most populous town?", "Most people left the town.", False),  # "most" alone ranks nothing
        ("what is the most populous town?", "Kell, the most populous town, flooded.", True),
        ("where is the biggest crater?", "A crater was found near the road.", True),  # a place asked, not a rank
    ],
)
def test_a_thing_ranked_by_a_superlative_is_answered_only_by_a_sentence_ranking_so(
    question: str, text: str, ranks: bool
) -> None:
    """ "What is the biggest city in Turkey?": a sentence ranking a city so ("the country's largest city") answers;
    one that only names a city in Turkey does not."""
    from index.question import asked_superlative, states_relation

    ranked = asked_superlative(question)
    assert (not ranked or states_relation(ranked, text)) is ranks


@pytest.mark.parametrize(
    ("question", "text", "holds"),
    [
        ("who leads the farmers' association?", 'x\n"It will come back," said association leader Kari Lunde.\n', True),
        ("who runs Flyfair?", "Flyfair helps passengers.\nIts director, Paula Grant, said so.\n", True),
        ("who leads the opposition?", "x\nPriya Lal, who leads the opposition group, spoke.\n", True),
        ("who heads the agency?", "x\nThe agency, now helmed by Ann Roe, denied it.\n", True),
        ("who commands the coalition?", "x\nBoth Russia and the coalition hit targets, Washington said.\n", False),
        ("who heads the agency?", "x\nGeneral secretary Tom Hadley said the agency erred.\n", False),  # no head
        # a verb of holding a post of another body than the one asked
        ("who leads the rebels?", "The rebels attacked.\nThe army, now helmed by Ann Roe, hit back.\n", False),
        ("who speaks for the agency?", "x\nAgency spokeswoman Eva Lind said no.\n", True),
        # the body's kind in the possessive, the body named in the sentence before
        (
            "who chairs Save Kell Moor?",
            'A group, Save Kell Moor, wrote to them.\n"We told them," said the group\'s chair, Ann Roe.\n',
            True,
        ),
        ("who chairs Save Kell Moor?", 'The trust met.\n"No," said the group\'s chair, Ann Roe.\n', False),
    ],
)
def test_a_post_asked_by_its_verb_is_held_by_someone_named_in_it(question: str, text: str, holds: bool) -> None:
    """ "Who heads the agency?": a sentence naming its head by a title, or by a verb of holding the post with the
    body in the sentence; not one naming only others, or the head of another body."""
    from index.question import asked_post, names_post_holder, role_qualifiers

    assert names_post_holder(asked_post(question), text, role_qualifiers(question)) is holds


def test_a_seat_of_government_speaks_for_its_country() -> None:
    """ "Pentagon spokesman Eric Dunn" speaks for the United States as "U.S. officials" do; the Pentagon's own words
    are not a U.S. colonel's at the coalition; a seat tells no country apart from its own."""
    from index.question import speaks_as

    assert speaks_as("the US", "Pentagon spokesman Eric Dunn")
    assert speaks_as("Russia", "the Kremlin")
    assert not speaks_as("Turkey", "the Kremlin")
    assert speaks_as("the Pentagon", "Pentagon spokesman Eric Dunn")
    assert not speaks_as("the Pentagon", "U.S. Air Force Colonel John Dorr, a spokesman for the coalition")


def test_a_country_in_an_outlet_s_name_does_not_make_it_the_outlet() -> None:
    """'What did the US say?' with an outlet named 'Voice of America' asks for the United States' words."""
    from pathlib import Path

    from index.corpus import Article, Source
    from index.keyword import KeywordIndex
    from index.question import Vocabulary

    texts = ["The harbour board met on Tuesday."]
    article = Article(Source(id="a", outlet="Voice of America"), texts[0], Path("a"))
    vocabulary = Vocabulary(KeywordIndex.build(texts), [article])
    assert not vocabulary.is_outlet("the US") and not vocabulary.is_outlet("America")
    assert vocabulary.is_outlet("Voice of America")


def test_one_body_is_asked_for_by_name_but_not_a_part_of_one_or_a_place() -> None:
    """ "Which union represents the drivers?" asks for a union's name; "which department were the letters from?"
    may be answered "the orthopaedics department", and "which hospital" by "the city's main hospital"."""
    from index.question import asks_which_body

    assert asks_which_body("which union represents the drivers?")
    assert asks_which_body("Which roofing company found the tiles?")
    assert not asks_which_body("which department were the letters from?")
    assert not asks_which_body("which hospital was she taken to?")
    assert not asks_which_body("what other organisations has the gang attacked?")


def test_a_post_of_a_country_s_body_is_held_by_someone_of_that_country() -> None:
    """ "Who heads the Russian defense ministry?": not "the Pentagon, now helmed by James Mattis" (the United States'
    seat), nor a title in a sentence naming nothing Russian; "who heads the Pentagon?" is answered by it."""
    from index.question import names_post_holder, post_countries

    helmed = "x\nBut the Pentagon, now helmed by James Mattis, denied the Russian account.\nthe Pentagon"
    assert post_countries("who heads the russian defense ministry?") == frozenset({"russia"})
    assert not names_post_holder("head", helmed, (), "", frozenset(), post_countries("who heads the russian ministry?"))
    assert names_post_holder("head", helmed, (), "", frozenset(), post_countries("who heads the pentagon?"))
    chief = "x\nMinistry chief Ole Dahl said the jets were Norwegian.\nMinistry chief Ole Dahl"
    assert not names_post_holder("head", chief, (), "", frozenset(), frozenset({"russia"}))
    assert names_post_holder("head", chief, (), "", frozenset(), frozenset({"norway"}))


def test_a_question_of_blame_names_whom_it_accuses() -> None:
    from index.question import accused

    assert accused("was the ferry operator to blame for the crash?") == "the ferry operator"
    assert accused("So is the harbour board at fault?") == "the harbour board"
    assert accused("was it the pilot's fault?") == "the pilot"
    assert accused("Were the organisers really responsible?") == "the organisers"
    assert accused("who is to blame?") == ""  # asks whom; accuses no one
    assert accused("did the operator ignore the warnings?") == ""


def test_a_question_of_whether_people_were_told_what_was_happening() -> None:
    from index.question import asks_informing

    assert asks_informing("were the villagers kept informed during the flood?")
    assert asks_informing("did the ferry crew tell anyone what was going on?")
    assert asks_informing("Were fans left in the dark?")
    # telling someone to do something is an order, not news of what is happening
    assert not asks_informing("did the mayor tell the harbour board to close the quay?")
    assert not asks_informing("did the harbour close early?")


def test_a_thing_known_by_a_name_is_answered_only_by_naming_one() -> None:
    """ "which hotel ...?" asks for one hotel: a sentence naming one, by a name or a code bound to the word or by a
    word of naming, answers it; one only mentioning a hotel, or naming something else beside it, does not."""
    from index.question import asked_instance, names_instance

    assert asked_instance("what hotel did the delegation stay at?") == "hotel"
    assert asked_instance("Which strain of the virus was found?") == "strain"
    assert asked_instance("what was the hotel like?") == ""  # asks of the hotel, not which one
    assert asked_instance("which chemical leaked?") == ""  # named in lower case: any name answers
    assert names_instance("hotel", "The delegation stayed at the Harbour View hotel.")
    assert names_instance("hotel", "Hotel Corvina said it had no record of the booking.")
    assert names_instance("strain", "Tests found the H5N1 strain in two birds.")
    assert names_instance("strain", "A strain called Kappa was found.")
    assert not names_instance("hotel", "The hotel was paid for by the council.")
    assert not names_instance("hotel", "The bill covered Anna Berg's flights and hotel.")
    assert not names_instance("strain", "Samples are being tested against the strain found in the lake.")
