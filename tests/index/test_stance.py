"""Claims and denials read from the parse and general words: each rule on sentences written for the test."""

from __future__ import annotations

import pytest

from index.stance import stance


@pytest.mark.parametrize(
    ("text", "attributed", "expected"),
    [
        # idioms of doubting or rejecting a report
        ("The ferry company poured cold water on the report.", False, "denial"),
        ("The port authority pushed back on the claim, saying only one vessel sailed.", True, "denial"),
        ("The mayor cast doubt on the union's version of events.", False, "denial"),
        ('The company said reports of a second ferry were "wide of the mark".', True, "denial"),
        ('The company said it "strongly disagrees" with the union\'s account.', True, "denial"),
        ("The council took issue with the figures.", False, "denial"),
        # nobody has said anything yet
        ("The company has yet to respond to the report.", False, "other"),
        ("The board has yet to comment.", True, "other"),
        # a denial verb, active or passive, whoever reports it
        ("The harbour authority denied that the ferry had been sold.", False, "denial"),
        ("The report was swiftly rejected by the city council.", False, "denial"),
        # a discrediting word, in the speaker's words or described
        ("A council spokesman described the claim as 'rubbish'.", True, "denial"),
        ("The mayor says the opposition's claim is nonsense.", True, "denial"),
        ("The union called the figures “completely baseless,” its leader said.", True, "denial"),
        # someone's statement whose content is negated
        ("“We are not selling the ferry,” harbour master Ana Silva told reporters.", True, "denial"),
        ("The ministry said there was no agreement with the builders.", True, "denial"),
        # a closing clause naming what was said is about the statement: the statement is the first speaker's claim
        (
            "Two ferries and a tug sank in the storm, the harbour board said, claims the Ferry Line denied.",
            True,
            "claim",
        ),
        ("Two ferries sank, the harbour master said, a charge the Ferry Line rejects.", True, "claim"),
        # the closing clause may quote the word of the denial
        ("The harbour master said two ferries sank, a claim the Ferry Line called “baseless”.", True, "claim"),
        ("The Ferry Line denied the claims, the harbour master said.", True, "denial"),  # the denial is the statement
        # "X, not Y" contrasts what is asserted; it negates nothing
        ("The harbour board alleges that the ferry hit the pier, not the tug.", True, "claim"),
        ("The union said the ferry sank in the bay, not at sea.", True, "claim"),
        ("The union said the ferry did not sink.", True, "denial"),
        # what the speaker will not do is a refusal, a position, and denies no one's claim
        ("The ferry company said it would not pay the fine.", True, "other"),
        ('"We will not reopen the pier," the mayor said.', True, "other"),
        ("The council said the pier would not have collapsed without the storm.", True, "denial"),  # of what was
        ("The board said the ferry will not sail on Friday.", True, "denial"),  # not of itself
        # never having lived through the like measures what happened, and denies nothing; a thing not seen may
        ('"I have worked on this pier for thirty years and I have never seen anything like it.', True, "other"),
        ("We have seen nothing like this storm in forty years, the harbour master said.", True, "other"),
        ("We never saw any ferry leave the quay that night, residents said.", True, "denial"),
        # a feeling set against all others is how it was lived, not a denial
        ("I have sailed for years, and I have never been so frightened on a ferry.", True, "other"),
        ("I have never felt more alone than on that quay.", True, "claim"),
        ("We have never been told why the pier closed.", True, "denial"),  # a telling, not a feeling
        # nobody telling someone says the telling never happened: a denial that anyone was told
        ("Nobody told us anything for twenty minutes.", True, "denial"),
        ("No one warned the passengers before the ferry turned back.", True, "denial"),
        ("Nobody would say whether the ferry had been checked.", True, "other"),  # tells no one: no assertion
        # hardly any of a thing, or hardly doing it, says it is not so; some of it, or a size, does not
        ("Passengers said they had been given little information.", True, "denial"),
        ("Passengers said they had been given a little information.", True, "claim"),
        ('"We were barely told anything," she said.', True, "denial"),
        ("The ferry line said few cabins were flooded.", True, "denial"),
        ("The ferry line said a few cabins were flooded.", True, "claim"),
        ("The mayor said the little boat had sunk.", True, "claim"),
        # a thing and "nothing else": that thing, and that it was all; nothing else beside a verb denies
        ('"We got one leaflet from the ferry line and nothing else," she said.', True, "claim"),
        ("The ferry line said passengers were given blankets and nothing more.", True, "claim"),
        ("The ferry line said nothing else had been damaged.", True, "denial"),
        # a negation of the reporting verb: nobody asserts anything
        ("The builders did not say when the bridge would reopen.", True, "other"),
        # not knowing, or not guessing, denies nothing
        ("\"I don't know, and I won't guess,\" the union leader said.", True, "other"),
        ("The mayor said he did not remember who gave the order.", True, "other"),
        # the outlet's caveat that it could not check a claim denies nothing
        ("The claim could not be independently verified.", False, "other"),
        # playing a report down disputes it
        ("The coast guard played down the report, saying only one boat was involved.", False, "denial"),
        ("The ministry downplayed the figures.", False, "denial"),
        # calling a statement wrong denies it; something else going wrong does not
        ('"Their statement is simply wrong," the mayor said.', True, "denial"),
        ("The ferry went the wrong way.", False, "other"),
        ('Nordline has called the claim "fantasy".', True, "denial"),
        ("The mayor said the figures were made up.", True, "denial"),
        # a question asserts nothing; a story "without any basis" is denied
        ("Q: Who says the ferries sailed together?", False, "other"),
        ('Karin Vik said on the radio: "This is a story without any basis."', True, "denial"),
        # "dispute" as a noun is no denial; as a verb the tagger took for a noun (a headline) it is
        ("The minister declined to comment on the dispute.", False, "other"),
        ("Port disputes union's figures.", False, "denial"),
        # a negation in a side clause leaves the statement a claim
        ("While not giving any figures, the mayor said the budget had doubled.", True, "claim"),
        # the outlet's own narration, negated or not, is no one's claim or denial
        ("The ferry has not sailed since Tuesday.", False, "other"),
        ("The ferry sailed at dawn.", False, "other"),
        # "lies" as a place is not a lie
        ("The village lies 30 kilometres north of the port, officials said.", True, "claim"),
        # an attributed assertion, or a reported one
        ("The mayor said the bridge would reopen in March.", True, "claim"),
        ("According to the council, the budget doubled.", False, "claim"),
        # a speaker's own disbelief denies what it governs: "we do not believe X" says X is not so
        ('"We do not believe the pipe burst because of the frost," the water company said.', True, "denial"),
        ('"I don\'t think the barrier was ever tested," the engineer told the inquiry.', True, "denial"),
        ('"We don\'t expect the pool to reopen before May," a spokeswoman said.', True, "denial"),
        # the negation of a verb whose negation affirms, or fears, denies nothing
        ('"We do not doubt that the pipe burst," the water company said.', True, "claim"),
        ('"We do not fear that the barrier will fail," the mayor said.', True, "claim"),
        # another's disbelief is told as their opinion; a belief without negation is a claim
        ("Engineers do not believe the barrier was ever tested, the report said.", True, "claim"),
        ('"We believe the pipe burst because of the frost," the water company said.', True, "claim"),
        # "claim" of something due ("can claim a refund", "claimed three lives"): nobody says anything
        ("Passengers can claim a refund of their fares.", False, "other"),
        ("The landslide claimed three lives.", False, "other"),
        ("Growers whose crops are lost to floods can claim compensation from the state.", False, "other"),
        # a claim of what is so, or of an act done, is someone's claim
        ("The union claimed that the tower fell.", False, "claim"),
        ("A group of hackers claimed responsibility for the outage.", False, "claim"),
        ("Passengers who claim compensation say the airline ignored them.", False, "claim"),
        # a negation in what is regretted tells what happened; it denies no one's claim
        ('"We are very sorry that many of you could not reach the helpline," the council said.', True, "claim"),
        ('"We regret that the ferry could not sail on Monday," the operator said.', True, "claim"),
        ('"I apologise that the lifts did not work," the manager said.', True, "claim"),
        # a negation beside the regret, not in what is regretted, still denies
        ('"We are sorry for the delay, but the ferry did not hit the pier," the operator said.', True, "denial"),
    ],
)
def test_stance_of_a_sentence(text: str, attributed: bool, expected: str) -> None:
    """Each kind of sentence gets its side from its parse, with no phrase of one story involved."""
    assert stance(text, attributed) == expected


def test_a_bare_quotation_is_a_claim_when_the_sentence_before_introduces_it() -> None:
    """A quotation after a line ending in ':' is the claim of whoever that line introduces."""
    assert stance("“The bridge will reopen in March.”", False, context="The council said:") == "claim"
    assert stance("“The bridge will reopen in March.”", False, context="The weather was fine.") == "other"


def test_a_negation_in_what_someone_believes_is_no_denial() -> None:
    """'Officials believed X would not ...' is an opinion; 'officials said X would not ...' denies."""
    assert stance("Officials believed that the builders would not finish on time.", True) != "denial"
    assert stance("Officials said that the builders would not finish on time.", True) == "denial"


def test_a_denial_right_after_a_claim_in_its_article_answers_that_claim() -> None:
    """'X claimed ... Y, however, denied it': the denial is linked to the claim before it, in the same article."""
    from index.stance import answered_claims

    sides = ["claim", "denial", "other", "denial", "claim", "denial"]
    articles = ["a", "a", "a", "a", "b", "c"]
    speakers = ["the harbour board", "the ferry company", "Coastal Wire", "the ferry company", "x", "y"]
    assert answered_claims(sides, articles, speakers) == [-1, 0, -1, -1, -1, -1]
    # past one sentence of the outlet's own ("Tests are due on Friday."), not past two
    between = ["claim", "other", "denial"]
    assert answered_claims(between, ["a"] * 3, ["the board", "Coastal Wire", "the company"]) == [-1, -1, 0]
    farther = ["claim", "other", "other", "denial"]
    assert answered_claims(farther, ["a"] * 4, ["the board", "Coastal Wire", "Coastal Wire", "the company"])[3] == -1


def test_a_voice_going_on_does_not_answer_itself() -> None:
    """'Ferry company officials believed ... . Moreover, the ferry company alleges ...': one side, not a reply."""
    from index.stance import answered_claims

    sides = ["claim", "denial", "claim", "denial"]
    articles = ["a", "a", "a", "a"]
    speakers = ["Harbour Board officials", "the Harbour Board", "the Norwegian harbour board", "the Danish ferry line"]
    assert answered_claims(sides, articles, speakers) == [-1, -1, -1, 2]


def test_a_denial_naming_what_it_denies_answers_the_claim_as_first_made() -> None:
    """'The Ferry Union said the ferry had sailed unsafe. Its leader said ... The company denied the allegations':
    the denial answers the union's claim as first made, back through the claims of the same voice; a denial that
    names nothing it answers answers only the sentence before; nor does one answer past the outlet's narration
    further back than ANSWER_REACH, nor another article's claim."""
    from index.stance import ANSWER_REACH, answered_claims

    sides = ["claim", "claim", "claim", "denial"]
    speakers = ["the Ferry Union", "Ferry Union leader Eva Holm", "the Ferry Union", "the company"]
    texts = [
        "The Ferry Union said the ferry had sailed unsafe.",
        "Ferry Union leader Eva Holm said the crew had warned the company.",
        "The Ferry Union said it had photographs.",
        "The company denied the allegations, saying the ferry was inspected.",
    ]
    assert answered_claims(sides, ["a"] * 4, speakers, texts)[3] == 0
    plain = texts[:3] + ["The company said that was wrong."]
    assert answered_claims(sides, ["a"] * 4, speakers, plain)[3] == 2
    far = ["claim"] + ["other"] * ANSWER_REACH + ["denial"]
    n = len(far)
    assert (
        answered_claims(
            far,
            ["a"] * n,
            ["the Ferry Union"] + ["Coastal Wire"] * (n - 2) + ["the company"],
            [texts[0]] + ["The ferry carries 300 passengers."] * (n - 2) + [texts[3]],
        )[-1]
        == -1
    )
    assert answered_claims(sides, ["b", "b", "b", "a"], speakers, texts)[3] == -1


def test_a_denial_of_such_a_thing_answers_the_claim_that_named_it() -> None:
    """ "The company said it had no record of any such photographs" answers the claim naming photographs, past a
    sentence of another voice between them; a thing no claim before it names leaves the usual reading."""
    from index.stance import answered_claims

    sides = ["claim", "claim", "denial"]
    speakers = ["the residents' group", "the group's chair, Ann Roe", "the company"]
    texts = [
        "The residents' group said it had sent the company photographs of a cracked wall in May.",
        '"We warned them," said the group\'s chair, Ann Roe.',
        "The company said it had no record of any such photographs.",
    ]
    assert answered_claims(sides, ["a"] * 3, speakers, texts)[2] == 0
    unnamed = texts[:2] + ["The company said it had no record of any such letters."]
    assert answered_claims(sides, ["a"] * 3, speakers, unnamed)[2] == 1  # the sentence before, as any denial


def test_a_negated_statement_denied_as_an_allegation_is_a_claim() -> None:
    """'The authority said the ferry had not been inspected since March.' reads as a denial by its negation alone;
    when another voice then denies it as something alleged ("rejected the claims", "called the authority's
    statement misleading"), it was an accusation: a claim. A denial by a denial verb stays one, and so does a
    negated statement no one answers, or one the same voice goes on from."""
    from index.nlp import parse
    from index.stance import accusations, by_negation_alone

    texts = [
        "The harbour authority said the ferry had not been inspected since March.",
        "The ferry carries 300 passengers.",
        "The ferry company rejected the claims, saying every inspection was made.",
    ]
    docs = list(parse(texts))
    assert by_negation_alone(docs[0]) and not by_negation_alone(docs[2])
    sides = ["denial", "other", "denial"]
    negative = [by_negation_alone(d) for d in docs]
    speakers = ["The harbour authority", "Coastal Wire", "The ferry company"]
    assert accusations(sides, ["a"] * 3, speakers, texts, negative) == ["claim", "other", "denial"]
    # answered by nobody else, or by the same voice: it stays a denial
    assert accusations(sides, ["a"] * 3, speakers[:2] + ["The harbour authority"], texts, negative)[0] == "denial"
    plain = texts[:2] + ["The ferry company said every inspection was made."]
    assert accusations(sides, ["a"] * 3, speakers, plain, negative)[0] == "denial"
    # a denial by a denial verb is no accusation
    denied = ["The harbour authority denied that the ferry was sold.", *texts[1:]]
    negative_denied = [by_negation_alone(d) for d in parse(denied)]
    assert accusations(sides, ["a"] * 3, speakers, denied, negative_denied)[0] == "denial"


def test_a_denial_of_an_account_makes_each_negated_statement_of_the_account_before_it_a_claim() -> None:
    """'"The driver was told to stop, and he did not do so," the inspector said. "Our logs show it."' then 'The
    drivers' union rejected the account.': the union answers the inspector's whole account, not only its last
    sentence; a negated statement of the account's voice before another voice's words is not part of the account
    the denial answers."""
    from index.nlp import parse
    from index.stance import accusations, by_negation_alone

    texts = [
        '"The driver was told by the control room to stop, and he did not do so," the inspector, Ane Vik, said.',
        '"Our logs show it."',
        "The drivers' union rejected the account.",
    ]
    negative = [by_negation_alone(d) for d in parse(texts)]
    assert negative == [True, False, False]
    sides = ["denial", "claim", "denial"]
    speakers = ["the inspector, Ane Vik", "the inspector, Ane Vik", "The drivers' union"]
    assert accusations(sides, ["a"] * 3, speakers, texts, negative) == ["claim", "claim", "denial"]
    # another voice's words between the account and the denial: the account is not the one answered
    between = ["the inspector, Ane Vik", "the mayor", "The drivers' union"]
    assert accusations(sides, ["a"] * 3, between, texts, negative)[0] == "denial"


def test_a_claim_set_against_the_denial_before_it_answers_that_denial() -> None:
    """'"There was never any danger," she said. But a retired engineer said the leak was serious.': the claim
    opening with "But" (or "However", "Yet") answers the denial of another voice just before it; one without the
    contrast, one after a claim, or one of the denier's own voice answers nothing."""
    from index.stance import answered_claims

    texts = [
        '"There was never any danger of the pier giving way," she said.',
        "But a retired engineer, Ole Dahl, said the cracks were growing.",
    ]
    speakers = ["the ferry company", "a retired engineer, Ole Dahl"]
    assert answered_claims(["denial", "claim"], ["a", "a"], speakers, texts) == [-1, 0]
    however = [texts[0], "However, the engineer said the cracks were growing."]
    assert answered_claims(["denial", "claim"], ["a", "a"], speakers, however) == [-1, 0]
    plain = [texts[0], "A retired engineer, Ole Dahl, said the cracks were growing."]
    assert answered_claims(["denial", "claim"], ["a", "a"], speakers, plain) == [-1, -1]
    assert answered_claims(["claim", "claim"], ["a", "a"], speakers, texts) == [-1, -1]
    assert answered_claims(["denial", "claim"], ["a", "a"], [speakers[0]] * 2, texts) == [-1, -1]


def test_a_judgement_of_someone_s_statement_is_no_claim() -> None:
    """'An analyst said the company's statement was "an attempt to calm passengers"' judges a claim: it neither
    makes it nor (without a discrediting word) denies it. One calling the statement false denies it; one saying the
    ferry was late is a claim of its own, as is one giving what the statement says."""
    judged = 'Analyst Ana Silva said the ferry company\'s statement was "an attempt to calm passengers".'
    assert stance(judged, True) == "other"
    assert stance("Analyst Ana Silva said the ferry company's statement was false.", True) == "denial"
    assert stance("Analyst Ana Silva said the ferry was late by an hour.", True) == "claim"
    # what a statement says is no judgement of it
    assert stance("The company's account is that the ferry left on time, its spokesman said.", True) == "claim"


def test_naming_someone_s_statement_as_something_discredits_it() -> None:
    """'X calls the union's claim "a cynical attempt ..."', 'described the report as a fabrication': a name given
    to another's statement judges it, whatever its words; calling a strike, or describing a report in detail, or a
    report called on a day, does not."""
    from index.nlp import parse
    from index.stance import stance

    for text in (
        'The owner says the ferry was fully crewed and calls the union\'s claim "a cynical attempt to win pay talks".',
        "The harbour board described the report as a fabrication.",
    ):
        assert stance(text, True, doc=next(parse([text]))) == "denial", text
    for text in (
        "The union called a strike on the ferries.",
        "The harbour board described the company's account in detail.",
        "She called the report on Tuesday.",
    ):
        assert stance(text, True, doc=next(parse([text]))) != "denial", text


def test_a_phrase_of_no_time_or_no_way_negates_its_verb() -> None:
    """ "At no time did the crane fail, the port said" denies as "the crane did not fail" does; "no" of a thing in
    such a phrase ("at no cost", "with no delay") qualifies what is asserted and denies nothing."""
    assert stance('"At no time did the crane fail," the port manager told reporters.', attributed=True) == "denial"
    assert stance("At no point did the crew leave the bridge, the captain said.", attributed=True) == "denial"
    assert stance("The mayor said that under no circumstances would the pier reopen.", attributed=True) == "denial"
    assert stance("The port said it would replace the crane at no cost to the town.", attributed=True) == "claim"
    assert stance("The port said the ferry left with no delay.", attributed=True) == "claim"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of denying or of ruling out, negated, leaves something possible: a claim, no denial
        ("The agency says the valve is the most likely cause but has not ruled anything out.", "claim"),
        ("The company did not deny that the valve had been left open, a spokesman said.", "claim"),
        ("Police have not excluded sabotage, the spokeswoman said.", "claim"),
        ("The ministry said it could not rule out more strikes.", "claim"),
        ("The company denied that the valve had been left open.", "denial"),
        ("The ministry said the ships did not collide.", "denial"),
        # declining to answer is neither side, unless it also discredits
        ('"That is not for me to say," she said.', "other"),
        ("It is not up to us to decide that, the spokesman said.", "other"),
        ('"I can\'t comment on that," he said.', "other"),
        ('"It is not my place to judge," she said.', "other"),
        ('"That is not true," she said.', "denial"),
        ('"I can\'t comment on that. It is absurd," he said.', "denial"),
        # what is said beside declining to say more stands
        ("The board said it had opened its own inquiry but declined to comment further.", "claim"),
    ],
)
def test_a_negation_that_leaves_the_claim_standing_denies_nothing(text: str, expected: str) -> None:
    """ "has not ruled out", "did not deny", "That is not for me to say": a negation that leaves something possible
    or refuses to answer is no denial."""
    assert stance(text, attributed=True) == expected


def _article_sides(text: str) -> tuple[list[str], list[str]]:
    """An article's sentences and their sides as the index build reads them: each sentence's own stance, the
    answers between voices, then the quotations a denial opened (continued_denials)."""
    from pathlib import Path

    from index.attribution import continues_quotation, speakers
    from index.chunking import article_sentences
    from index.corpus import Article, Source
    from index.nlp import parse
    from index.stance import answered_claims, continued_denials

    article = Article(Source(id="t", outlet="Coast Radio"), text, Path("t.txt"))
    sentences = article_sentences(article)
    docs = list(parse(s.text for s in sentences))
    who = speakers(article, sentences, docs)
    sides = [stance(s.text, w != "Coast Radio", doc=d) for s, w, d in zip(sentences, who, docs, strict=True)]
    continues = [j > 0 and continues_quotation(sentences[j - 1], s) for j, s in enumerate(sentences)]
    articles, texts = ["t"] * len(sentences), [s.text for s in sentences]
    return texts, continued_denials(sides, continues, answered_claims(sides, articles, who, texts))


def test_a_quotation_a_denial_opened_goes_on_as_that_denial() -> None:
    """'"At no point was the ferry in danger. The crew did exactly what the rules say," the harbour master said.':
    the second sentence is the grounds of the denial, on its side, not a claim of its own; a new quotation after
    it is read on its own."""
    texts, sides = _article_sides(
        '"At no point was the ferry in danger. The crew did exactly what the rules say," the harbour master said. '
        '"We will publish the logs," he added.'
    )
    assert sides[0] == "denial"
    assert sides[1] == "denial", texts[1]
    assert sides[2] == "claim", texts[2]


def test_a_quotation_another_voice_denies_is_an_account_however_it_is_negated() -> None:
    """'"One guard cannot watch eleven rooms. We said so at the time," said one of them.' and then 'The director
    denied that security had been weakened.': what the director denies was the staff's account, so the
    quotation's second sentence is no denial, however its first is negated."""
    texts, sides = _article_sides(
        "The museum had one guard that night, two members of staff said. "
        '"One guard cannot watch eleven rooms. We said so at the time," said one of them. '
        "The director denied that security had been weakened."
    )
    assert sides[3] == "denial", texts[3]
    assert sides[2] == "claim", texts[2]


@pytest.mark.parametrize(
    ("text", "attributed", "expected"),
    [
        # a word of lying or denying in a clause that supposes or asks denies nothing
        (
            "We can argue over if we think the harbour board or the union is lying about the ferry, but neither has "
            "shown any papers.",
            False,
            "other",
        ),
        ("It is unclear whether the ferry line denied the report.", False, "other"),
        # outside such a clause it does
        ("Asked if the ferry had sailed, the harbour board denied it.", True, "denial"),
        ('"If they say our ferry was there, they are lying," the harbour master said.', True, "denial"),
        # words someone may say report nothing
        ("Some could say the ferry was overloaded.", False, "other"),
        ("The harbour board said the ferry was overloaded.", False, "claim"),
    ],
)
def test_what_is_supposed_or_may_be_said_is_neither_claimed_nor_denied(
    text: str, attributed: bool, expected: str
) -> None:
    assert stance(text, attributed=attributed) == expected
