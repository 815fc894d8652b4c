"""What a sentence must hold to answer a question's kind: the expected entity types, a number of the thing counted."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from index.chunking import Sentence
from index.counting import after_numbers, counted_nouns, gives_count
from index.nlp import bits
from index.question import AGENT, DATE, MEASURE, PERSON
from index.scoring import Scored, answers_kind
from index.search import Candidate


def _scored(text: str, holds: int = 0) -> Scored:
    return Scored(Candidate(Sentence(0, "a", 0, len(text), text, 0), 0.5), 0.5, "other", holds=holds)


def test_a_sentence_without_the_expected_type_cannot_answer() -> None:
    """A 'when' question needs a sentence holding a date or time; another type does not do."""
    assert answers_kind("When did it open?", _scored("The bridge opened on Monday.", bits(["DATE"])), DATE)
    assert not answers_kind("When did it open?", _scored("The bridge opened.", bits(["ORG"])), DATE)
    assert answers_kind("What happened?", _scored("The bridge opened."), 0)


def test_a_sentence_waiting_on_the_asked_event_does_not_say_when_it_comes() -> None:
    """ "when will the council sign the lease?": a sentence placed in time only by "until" and the signing itself does
    not answer; one with a date does, and so does the same sentence for a question of something else."""
    question = "when will the council sign the lease?"
    waiting = "The café cannot open until the council has signed the lease."
    assert not answers_kind(question, _scored(waiting, bits(["TEMPORAL"])), DATE)
    dated = "The café cannot open until the council has signed the lease on Friday."
    assert answers_kind(question, _scored(dated, bits(["TEMPORAL", "DATE"])), DATE)
    assert answers_kind("when will the café open?", _scored(waiting, bits(["TEMPORAL"])), DATE)


def test_when_something_is_to_happen_is_told_by_a_time_still_to_come() -> None:
    """ "when will the inquiry finish?": a sentence telling of a time to come answers ("will report within a year"),
    a dated past event does not ("The inquiry opened on Tuesday"), unless it answers an explainer's own question of
    when (the sentence before it); a question of when something happened takes the dated past event."""
    future = "when will the inquiry finish?"
    dated = bits(["DATE"])
    opened = _scored("The inquiry opened on Tuesday.", dated)
    assert not answers_kind(future, opened, DATE)
    assert answers_kind("when did the inquiry open?", opened, DATE)
    assert answers_kind(future, _scored("The panel expects to report within a year.", dated), DATE)
    asked = dataclasses.replace(_scored("On Monday, after two days of cleaning.", dated), context="When will it end?")
    assert answers_kind("when will the cleaning end?", asked, DATE)
    told = dataclasses.replace(asked, context="The cleaning began on Friday.")
    assert not answers_kind("when will the cleaning end?", told, DATE)


def test_when_something_was_built_is_told_by_building_or_an_age() -> None:
    """ "when was the boathouse built?": "built in 1931" or an age answers; another date of it ("run by the trust since
    2019") does not, nor does a question of something else lose that sentence."""
    question = "when was the boathouse built?"
    dated = bits(["DATE"])
    assert answers_kind(question, _scored("The boathouse, built in 1931, was listed last year.", dated), DATE)
    assert answers_kind(question, _scored("The 90-year-old boathouse needs a new roof.", dated), DATE)
    assert not answers_kind(question, _scored("A rowing trust has run the boathouse since 2019.", dated), DATE)
    assert answers_kind("when did the trust take over?", _scored("A rowing trust has run it since 2019.", dated), DATE)
    assert answers_kind(
        "what year was the rowing trust founded?",
        _scored("The trust was founded in 1988 by three rowers.", dated),
        DATE,
    )


def test_a_count_the_tagger_left_untagged_still_answers_how_many() -> None:
    """The small model tags no number in "... Nov 26 (Dale Wire) - More than 900 pupils were led out": the count is
    read from the text; a sentence whose only number is a date still cannot answer."""
    from index.question import NUMBER

    question = "how many pupils were evacuated?"
    lead = "DALE, Nov 26 (Dale Wire) - More than 900 pupils were led out of the school, the fire service said."
    assert answers_kind(question, _scored(lead, bits(["GPE", "DATE", "ORG"])), NUMBER)
    dated = "DALE, Nov 26 (Dale Wire) - Pupils were led out of the school, the fire service said."
    assert not answers_kind(question, _scored(dated, bits(["GPE", "DATE", "ORG"])), NUMBER)
    timed = "The alarm sounded at 13:05 and all pupils were led out."  # a clock time counts no pupils
    assert not answers_kind(question, _scored(timed, bits(["TIME"])), NUMBER)
    on_day = "On 26 November pupils were led out."  # nor a date's day
    assert not answers_kind(question, _scored(on_day, bits(["DATE"])), NUMBER)


def test_who_is_answered_by_someone_named_by_what_they_are() -> None:
    """'Who was kept in hospital?' is answered by a sentence opening with 'A lifeguard was kept in', though it names
    no one; not a sentence opening with a thing, nor someone the question names, nor a question of a post's holder
    or of who said something (a name, a speaker answers those)."""
    question = "who was kept in hospital overnight?"
    assert answers_kind(question, _scored("A lifeguard was being kept in overnight as a precaution."), AGENT)
    assert answers_kind(question, _scored("Two young children were kept in hospital."), AGENT)
    assert not answers_kind(question, _scored("The pool was kept closed overnight."), AGENT)
    # of the question's verb: crew who stayed on board do not answer who owns the ship
    assert not answers_kind("who owns the ship?", _scored("The ship's 17 crew members stayed on board."), AGENT)
    assert answers_kind("who found the dog?", _scored("Two local children found it in a barn."), AGENT)
    assert answers_kind("who was hurt?", _scored("A worker was hurt when the crane fell."), AGENT)
    assert not answers_kind("which lifeguard was kept in?", _scored("A lifeguard was kept in overnight."), AGENT)
    assert not answers_kind("who heads the trust?", _scored("A manager was appointed on Monday."), AGENT)
    assert not answers_kind("who said the pool was safe?", _scored("A lifeguard was kept in overnight."), AGENT)


def test_a_count_takes_the_counted_noun_or_a_word_said_to_be_alike() -> None:
    """'How many countries' is answered by '68 nations' only when the words are found alike."""
    s = _scored("The alliance of 68 nations met in June.")
    assert counted_nouns("how many countries are in the alliance?") == ["countries"]
    assert after_numbers(s.text)[:1] == ["nations"]
    question = "how many countries are in the alliance?"
    assert not answers_kind(question, s)
    assert answers_kind(question, s, alike=lambda a, b: {a, b} == {"countries", "nations"})
    assert not answers_kind("how many ships sank?", _scored("No ships were lost."))


def test_each_number_of_a_list_brings_its_counted_words() -> None:
    """'Six Danish and four Swedish trawlers' counts trawlers after 'four' too, though 'four' ends the words read
    after 'six'."""
    text = "Six Danish and four Swedish trawlers joined the search, the coastguard said."
    assert "trawlers" in after_numbers(text)
    assert answers_kind(
        "How many fishing boats did each country send?",
        _scored(text),
        alike=lambda a, b: {a, b} == {"boats", "trawlers"},
    )
    assert not answers_kind("How many fishing boats did each country send?", _scored(text))


def test_who_did_something_is_answered_by_a_sentence_naming_someone_else() -> None:
    """'Who heads the agency?' is not answered by 'The agency, however, denied it': the answer names someone the
    question does not (in the sentence past its first word, or as its speaker); 'Who is X?' may name only X."""
    from index.question import asks_who_did
    from index.scoring import names_someone_else

    def s(text: str, speaker: str = "") -> Scored:
        return Scored(Candidate(Sentence(0, "a", 0, len(text), text, 0), 0.9), 0.9, "other", speaker=speaker)

    question = "Who heads the Harbour Agency?"
    assert asks_who_did(question) and asks_who_did("so who called it a hoax?")
    assert not asks_who_did("Who is Ana Silva?") and not asks_who_did("Who's the harbour board?")
    assert asks_who_did("Who's the mayor?")  # who holds a role: the answer names someone
    assert not names_someone_else(question, s("The Harbour Agency, however, denied the French report."))
    assert names_someone_else(question, s("The Harbour Agency, now led by Ana Silva, denied it."))
    assert names_someone_else(question, s("“It is a hoax,” she said.", speaker="Ana Silva"))
    assert not answers_kind(question, s("The Harbour Agency, however, denied the report."))
    assert answers_kind("Who is Ana Silva?", s("Ana Silva spoke for the union."))


def test_who_said_or_denied_something_is_answered_by_a_speaker_the_question_does_not_name() -> None:
    """'Who denied the French claim?': not France denying someone else's claim, however many names it holds."""
    from index.question import asks_who_said
    from index.scoring import names_someone_else

    def s(text: str, speaker: str = "") -> Scored:
        return Scored(Candidate(Sentence(0, "a", 0, len(text), text, 0), 0.9), 0.9, "denial", speaker=speaker)

    question = "Who denied the French claim?"
    assert asks_who_said(question) and asks_who_said("so who told the Gazette that?")
    assert asks_who_said("who said it was a hoax?") and not asks_who_said("Who heads the Harbour Agency?")
    assert not names_someone_else(question, s("France has also denied claims by Germany.", speaker="France"))
    assert names_someone_else(question, s("Germany has denied the French claim.", speaker="Germany"))
    assert not names_someone_else(question, s("Germany has denied the French claim."))  # nobody speaks in it
    # The outlet's narration has no speaker: it answers when it says who said it, beside a word of saying.
    assert names_someone_else(question, s("It came amid firm denials by the Harbour Agency."))
    assert names_someone_else(question, s("The paper said the Harbour Agency had rejected it."))
    assert not names_someone_else(question, s("The convoy reached the Harbour Agency at noon."))


def test_a_byline_answers_only_who_wrote_the_article() -> None:
    """A byline names the author: it answers "who wrote it?" and "who is <the author>?", never a question about the
    news."""
    byline = Scored(
        Candidate(Sentence(0, "a", 0, 8, "Ana Silva", 0, kind="byline"), 0.9),
        0.9,
        "other",
        holds=AGENT,
        speaker="Ana Silva (author)",
    )
    assert answers_kind("Who wrote the Gazette's article?", byline)
    assert answers_kind("which reporter covered the vote?", byline)
    assert not answers_kind("Where did the Gazette get its figures from?", byline)
    assert not answers_kind("Who chairs the harbour board?", byline)
    # and who its author is, by name: the articles say no more of her than that she wrote one
    assert answers_kind("Who is Ana Silva?", byline, expects=AGENT)
    assert answers_kind("who's silva", byline, expects=AGENT)
    assert not answers_kind("Who is Marta Silva?", byline, expects=AGENT)  # someone else of that name
    assert not answers_kind("Who is the harbour master?", byline, expects=AGENT)
    assert not answers_kind("Who is Ana Silva's source?", byline, expects=AGENT)


def test_a_question_for_someones_words_leaves_out_narration_about_them() -> None:
    """'What did Jonas Lind say?': his own words, not the outlet's "Lind has just spoken to reporters"; others'
    words stay (a body speaks through people of other names). Without any of his words, nothing is left out."""
    from index.scoring import voiced

    def s(text: str, speaker: str, relevance: float) -> Scored:
        return Scored(Candidate(Sentence(0, "a", 0, len(text), text, 0), 0.5), relevance, "other", speaker=speaker)

    narration = s("Chief executive Jonas Lind has just spoken to reporters.", "", 0.9)
    his = s("“We stand by our statement,” Lind said.", "Jonas Lind", 0.7)
    other = s("“It is fantasy,” the rival's spokeswoman said.", "Karin Vik", 0.6)
    assert voiced("Jonas Lind", [narration, his, other], 0.45) == [his, other]
    assert voiced("the Lind guy", [narration, his, other], 0.45) == [his, other]
    assert voiced("Jonas Lind", [narration, other], 0.45) == [narration, other]
    assert voiced("Jonas Lind", [narration, s("“Fine,” Lind said.", "Jonas Lind", 0.3)], 0.45)[0] is narration
    # the voice called by another name of its ("the company" the articles name "Lind Shipping, a ferry company")
    firm = s("“We stand by it,” the firm's spokesman said.", "Lind Shipping spokesman Ole Berg", 0.7)
    assert voiced("the company", [narration, firm], 0.45, also="Lind Shipping") == [firm]
    assert voiced("the company", [narration, firm], 0.45) == [narration, firm]
    # how X reacted: what X did, told by the outlet, stays beside X's words
    did = s("The Lind company has done little to correct the reports.", "", 0.6)
    assert voiced("Lind", [narration, his, did], 0.45, deeds=True) == [his, did]
    assert voiced("Lind", [narration, his, did], 0.45) == [his]


def test_a_count_ends_at_its_first_plural_or_a_preposition() -> None:
    """ "The skipper made two announcements to passengers": the number counts announcements, not the passengers
    after "to"; "its 212 passengers and nine crew" counts passengers (and crew); "two of the passengers" counts
    passengers."""
    question = "how many passengers were on the ferry?"
    assert not gives_count(question, "The skipper made two announcements to passengers before it docked.")
    assert gives_count(question, "The ferry docked, and its 212 passengers and nine crew walked ashore.")
    assert gives_count(question, "Two of the passengers were treated for cuts.")
    assert not gives_count("how many crew were on the ferry?", "Four boats came out for the passengers.")


def test_a_count_whose_noun_stands_before_its_numbers_counts_that_noun() -> None:
    """ "Callouts have risen from 61 in 2021 to 88 last year": the numbers count the callouts named ahead of them;
    a sentence naming callouts whose number counts something else ("24 volunteers") counts no callouts."""
    question = "how many callouts did the team have last year?"
    assert gives_count(question, "The team's callouts have risen from 61 in 2021 to 88 last year, its report says.")
    assert not gives_count(question, "The team, which answers callouts across the valley, has 24 volunteers.")
    assert not gives_count(question, "The team had a record year, rising from 61 in 2021 to 88 last year.")
    drivers = "how many drivers does the company employ?"
    assert not gives_count(drivers, "No driver will work more than nine paid hours, and split shifts one in five.")


def test_what_something_cost_is_told_with_a_word_of_cost() -> None:
    """ "how much did a day ticket cost?" is not answered by "a refund of 40 euros" or "a voucher for 25 euros":
    sums of other things; "The cost of the repairs is put at 2 million euros", "Passengers paid 30 euros for a
    day ticket" and "A day ticket is 30 euros" (the thing itself, priced) answer it, and "how much compensation
    ...?" still takes any sum of money."""
    cost = "how much did a day ticket cost?"
    assert not gives_count(cost, "Ticket holders will receive a refund of 40 euros.")
    assert not gives_count(cost, "The operator gave each of us a voucher for 25 euros.")
    assert gives_count(cost, "Passengers paid 30 euros for a day ticket.")
    assert gives_count(cost, "A day ticket is 30 euros.")  # the thing itself, priced
    assert not gives_count(cost, "Day ticket holders will get a 50 per cent refund.")  # "per cent" is no money
    replacement = "how much did the replacement ferry cost the operator?"
    assert not gives_count(replacement, "A ferry of this size should mean 400 euros in cash.")  # not that ferry
    assert gives_count("how much will the repairs cost?", "The cost of the repairs is put at 2 million euros.")
    assert gives_count("how much compensation did passengers get?", "The operator gave each a voucher for 25 euros.")
    # the asked thing's noun without its words that say which one is another thing of that kind
    review = "how much will the independent review cost?"
    assert not gives_count(review, "Fees for reviews of marking, normally 40 euros a paper, will be waived.")
    assert gives_count(review, "The independent review will cost about 90,000 euros.")
    assert gives_count(review, "The board said it would cost about 90,000 euros.")  # "it": the review
    assert not gives_count(review, "An internal review cost the board 5,000 euros.")
    assert gives_count("how much did the new pier cost?", "The pier cost 40 million euros.")  # the pier itself
    assert gives_count("how much will the new fence cost?", "A new, higher fence will cost about 18,000 euros.")
    # the question's words that say which one stand in it: a word of its own before the noun names no other
    repairs = "how much will the bridge repairs cost?"
    assert gives_count(repairs, "The estimated repair bill for the bridge is 2 million euros.")
    assert gives_count("how much does a review of marking usually cost?", "Fees for reviews of marking are 40 euros.")


def test_a_payment_is_told_with_a_word_of_paying() -> None:
    """ "how much is the harbour master paid?" is not answered by "secured 2 million euros of investment", whom
    it names: a payment needs a word of paying, spending or earning beside its money ("is paid 60,000 euros a
    year", "2,000 euros was spent on", "earn on average 3,100 euros")."""
    paid = "how much is the harbour master paid?"
    assert not gives_count(paid, "The harbour master said the new pier had secured 2 million euros of investment.")
    assert gives_count(paid, "The harbour master is paid 60,000 euros a year.")
    assert gives_count("how much was spent on the party?", "The audit says 2,000 euros was spent on the party.")
    assert gives_count("how much do pilots earn?", "The union says its pilots earn on average 3,100 euros a month.")
    # earning asks for money as paying does: a rise by a share or a count of earners is no sum earned
    earn = "how much do the ferry crews earn?"
    assert not gives_count(earn, "The operator has offered its crews a rise of 4.5 per cent over two years.")
    assert not gives_count(earn, "The union represents about 310 crew members.")
    assert gives_count(earn, "A deckhand earns about 2,400 euros a month, the union says.")
    # what was paid for is named: a sum paid for something else is another sum
    panda = "how much did the park pay for the red panda?"
    assert not gives_count(panda, "The park said it would pay for a new fence, costing about 18,000 euros.")
    assert gives_count(panda, "The park paid 40,000 euros for the red panda in 2021.")
    assert gives_count(panda, "It paid 40,000 euros for her.", "The red panda came from a zoo in Leipzig.")


def test_a_count_is_of_the_counted_noun_not_of_its_modifiers() -> None:
    """'How many Harbour Board ferries ...' counts ferries: '22 Harbour Board staff' does not answer it."""
    assert counted_nouns("How many Harbour Board ferries sank in the storm?") == ["ferries"]
    assert counted_nouns("how many people died?") == ["people"]
    assert counted_nouns("how many of the boats were lost?") == ["boats"]
    assert counted_nouns("how many were lost?") == []  # counts no word: any number may answer
    assert counted_nouns("how many IS fighters were lost?") == ["fighters"]  # "IS", a name, is no "is"
    question = "How many Harbour Board ferries sank in the storm?"
    assert not answers_kind(question, _scored("A total of 22 Harbour Board staff were on duty."))
    assert answers_kind(question, _scored("Three Harbour Board ferries sank in the storm."))


def test_how_long_is_answered_by_a_length_of_time_or_distance() -> None:
    """A date is not a length: 'How long did the strike last?' is not answered by 'It began on 3 May.'"""
    question = "How long did the strike last?"
    assert not answers_kind(question, _scored("The strike began on 3 May.", bits(["DATE"])))
    assert answers_kind(question, _scored("The strike lasted two weeks.", bits(["DATE"])))
    assert answers_kind(question, _scored("Dockers have been out since March.", bits(["DATE"])))
    # a length that places a day ("a day later", "two weeks before") is no length of the strike
    assert not answers_kind(question, _scored("A day later, the dockers met again.", bits(["DATE"])))
    assert not answers_kind(question, _scored("Two weeks before the strike, talks failed.", bits(["DATE"])))
    assert answers_kind("How long is the bridge?", _scored("The bridge is 4 kilometres long.", bits(["QUANTITY"])))
    # how long something lasted or took is a time: a distance in the sentence does not answer it
    assert not answers_kind(question, _scored("The strike closed the port 40 kilometres north.", bits(["QUANTITY"])))
    assert answers_kind("How long did the crossing take?", _scored("It took two hours.", bits(["TIME"])))
    # "how long ago" asks for a date
    assert answers_kind("How long ago did it begin?", _scored("It began on 3 May.", bits(["DATE"])))
    # the time between two events, told from the second, answers how long something took
    reached = _scored("Rescuers reached the boat at 04:00, more than ten hours later.", bits(["TIME", "DATE"]))
    assert answers_kind("How long did it take the rescuers to reach the boat?", reached)
    assert answers_kind("how long before the rescuers got there?", reached)
    assert not answers_kind(question, reached)  # not how long the strike lasted
    # how long someone was out, away or trapped: from setting out to coming back
    back = _scored("They left at 8am and were back at 1am, more than 17 hours later.", bits(["TIME", "DATE"]))
    assert answers_kind("how long were the climbers out on the mountain altogether?", back)
    assert answers_kind("How long were the miners trapped?", back)
    assert not answers_kind("How long was the road closed?", back)  # a day told from another is no closure's length
    # every number written in words: "ten to fourteen days", "seventeen weeks"
    assert answers_kind(question, _scored("Such strikes usually last ten to fourteen days.", bits(["DATE"])))
    assert answers_kind(question, _scored("The strike lasted seventeen weeks in all.", bits(["DATE"])))


def test_a_person_asked_for_by_role_is_named_in_that_role() -> None:
    """'What was the name of the captain ...' is answered by a sentence naming a captain (or "Capt."), in it or as
    its speaker; a sentence naming a spokesman answers only "which spokeswoman"."""

    def person(text: str, speaker: str = "", context: str = "") -> Scored:
        return dataclasses.replace(_scored(text, PERSON), speaker=speaker, context=context)

    question = "What was the name of the captain who steered the ferry?"
    assert answers_kind(question, person("Capt. Lena Moe steered it into port."), PERSON)
    assert answers_kind(question, person("The ferry's captain, Lena Moe, steered it into port."), PERSON)
    # the name must stand in the quote, bound to the role: the sentence before is quoted apart
    assert not answers_kind(question, person("She steered it home.", context="Its captain was Lena Moe."), PERSON)
    assert answers_kind(question, person("Its captain was Lena Moe."), PERSON)
    assert not answers_kind(question, person("Spokesman Ole Berg said the ferry was late."), PERSON)
    which = "Which spokeswoman confirmed the delay?"
    assert answers_kind(which, person("It was late, the ferry line said.", speaker="spokesman Ole Berg"), PERSON)
    assert not answers_kind(which, person("It was late, said Ole Berg, the ferry's captain."), PERSON)
    # who holds a role: the role's word as written, not its stem ("command centre" names no commander)
    holds = "Who was the commander of the naval base?"
    assert not answers_kind(holds, person("Ana Silva visited the base's command centre."), PERSON)
    assert answers_kind(holds, person("Rear Admiral Ana Silva, the base's commander, said it was safe."), PERSON)
    assert answers_kind("Who is the head of the port authority?", person("Port chief Ana Silva said so."), PERSON)
    # a role asked for in the plural
    plural = "Which harbour pilots were on duty that night?"
    assert not answers_kind(plural, person("Harbour master Ana Silva said two boats were out."), PERSON)
    assert answers_kind(plural, person("Two pilots, Ana Silva and Ole Berg, were on duty."), PERSON)


def test_relevance_is_the_cosine_plus_the_question_words_held_around_the_sentence() -> None:
    """Coverage counts a term in the sentence or in who said it fully, one only in the sentence before at half;
    an adjacent pair of the question's terms adds to the phrase share only when it stands adjacent, in the
    sentence or across from the sentence before."""
    from index.keyword import KeywordIndex
    from index.scoring import COVERAGE_WEIGHT, PHRASE_WEIGHT, relevances

    texts = [
        "The harbour board closed the ferry terminal.",  # all three terms; "ferry terminal" adjacent
        "The terminal was closed to the ferry.",  # all three; "terminal (was) closed" adjacent
        "Nothing else happened that day.",  # none; the sentence before holds all three
        "A spokesman said so.",  # none; its speaker holds "ferry"
        "Ferry timetables were printed.",  # "ferry" only, and no sentence before
    ]
    keyword = KeywordIndex.build(texts)
    terms = keyword.query_terms("Why was the ferry terminal closed?")
    assert len(terms) == 3  # ferry, terminal, closed: two adjacent pairs
    found = [Candidate(Sentence(i, "a", 0, len(t), t, 0), 0.25) for i, t in enumerate(texts)]
    contexts = ["", texts[0], texts[1], "", ""]
    metas = ["Gazette", "Gazette", "Gazette", "Gazette ferry line", "Gazette"]
    got = relevances(found, contexts, metas, terms, keyword).tolist()
    ferry = keyword.idf(terms[0]) / sum(keyword.idf(t) for t in terms)
    assert got[0] == pytest.approx(0.25 + COVERAGE_WEIGHT * 1.0 + PHRASE_WEIGHT * 0.5)
    assert got[1] == pytest.approx(
        0.25 + COVERAGE_WEIGHT * 1.0 + PHRASE_WEIGHT * 1.0
    )  # both pairs, with the one before
    assert got[2] == pytest.approx(0.25 + COVERAGE_WEIGHT * 0.5 + PHRASE_WEIGHT * 0.5)
    assert got[3] == pytest.approx(0.25 + COVERAGE_WEIGHT * ferry)
    assert got[4] == pytest.approx(0.25 + COVERAGE_WEIGHT * ferry)
    assert relevances(found, contexts, metas, [], keyword).tolist() == [0.25] * 5


def test_a_term_is_covered_by_its_other_forms() -> None:
    """ "Has anyone complained?" is covered by a sentence holding "complaints" (KeywordIndex.forms)."""
    from index.keyword import KeywordIndex
    from index.scoring import COVERAGE_WEIGHT, relevances

    texts = ["The council received 27 complaints about the meals.", "The council praised the meals."]
    keyword = KeywordIndex.build(texts)
    terms = keyword.query_terms("complained")
    found = [Candidate(Sentence(i, "a", 0, len(t), t, 0), 0.25) for i, t in enumerate(texts)]
    got = relevances(found, ["", ""], ["Gazette", "Gazette"], terms, keyword).tolist()
    assert got == pytest.approx([0.25 + COVERAGE_WEIGHT, 0.25])


def test_the_sentence_before_names_what_only_an_elliptical_count_counts() -> None:
    """'Nine took part' after a sentence about lifeboats counts lifeboats; '22 cabins were searched' after a
    sentence naming lifeboat-cranes counts cabins, not lifeboats."""
    question = "How many lifeboats were launched?"

    def after(text: str, context: str) -> Scored:
        return dataclasses.replace(_scored(text), context=context)

    assert answers_kind(question, after("Nine were launched before noon.", "The crew readied the lifeboats."))
    assert answers_kind(question, after("Their number was 9.", "The crew readied the lifeboats."))
    assert not answers_kind(
        question, after("A total of 22 cabins were searched.", "The crew checked two lifeboat-cranes.")
    )
    assert answers_kind(question, after("Nine lifeboats were launched.", ""))
    # a count whose noun comes after the next one ("seven Danish and five Swedish ferries") is no elliptical count
    assert not answers_kind(
        question,
        after("Seven Danish and five Swedish ferries took part in the search.", "The crew readied the lifeboats."),
    )


def test_a_date_is_no_elliptical_count() -> None:
    """A year or a month's day counts nothing, so the sentence before naming what is counted makes no answer of
    it ("Until 2019, every barge over 80 metres ..." after "Few passengers know ..."); a year's number before a
    plural is still a count, and the comma after a number is no part of it."""
    question = "How many passengers were on the ferry?"

    def after(text: str, context: str) -> Scored:
        return dataclasses.replace(_scored(text), context=context)

    before = "Few passengers know that the ferry sailed without a mate."
    assert not answers_kind(question, after("Until 2019, every barge over 80 metres carried a mate.", before))
    assert not answers_kind(question, after("In 2021 a ferry of the line ran aground.", before))
    assert not answers_kind(question, after("On May 3 the ferry left port.", before))
    assert not answers_kind(question, after("On 3 May the ferry left port.", before))
    assert answers_kind(question, after("Nine were rescued by noon.", before))
    assert answers_kind(question, after("The ferry carries 2000 passengers.", ""))
    assert answers_kind("How many were rescued?", after("Of them, 1950 people were rescued.", ""))


def test_a_count_of_some_of_a_whole_counts_the_noun_after_of() -> None:
    """ "340 of the firm's servers", "12 of Acme's trucks": the count is of the noun after the possessive."""
    question = "How many servers were hit?"
    assert answers_kind(question, _scored("The attackers encrypted about 340 of the firm's servers."))
    assert answers_kind(question, _scored("The attackers encrypted about 340 of Acme's servers."))
    assert answers_kind(question, _scored("They encrypted 340 of its servers."))
    assert not answers_kind(question, _scored("The attackers encrypted 340 of the firm's laptops."))


def test_a_temperature_is_given_in_degrees() -> None:
    """'how hot was it?': a number of degrees, not any number."""
    question = "How hot was it in the harbour?"
    assert answers_kind(question, _scored("Temperatures in the harbour reached 38 degrees Celsius.", MEASURE))
    assert answers_kind(question, _scored("It was 38°C in the harbour at noon.", MEASURE))
    assert not answers_kind(question, _scored("Some 38 boats stayed in the harbour.", MEASURE))


def test_a_compound_counts_its_last_word() -> None:
    """'Four fighter-bombers' are bombers: they answer 'how many bombers', not 'how many fighters'; 'warplanes'
    are planes."""
    from index.counting import SameThing

    same = SameThing(lambda words: np.eye(len(words), 8)[: len(words)])  # no two words alike by meaning
    same.for_question("how many fighters?", ["Four fighter-bombers and six warplanes took off."])
    assert same.alike("planes", "warplanes")
    assert same.alike("bombers", "fighter-bombers")
    assert not same.alike("fighters", "fighter-bombers")
    text = "Four fighter-bombers took off."
    assert not answers_kind("How many fighters took off?", _scored(text), alike=same.alike)
    assert answers_kind("How many bombers took off?", _scored(text), alike=same.alike)


def test_people_are_no_machines_however_alike_their_words() -> None:
    """'How many sailors were on the frigates?' is not answered by 'two frigates', though the words' embeddings
    are close; two kinds of people may still be alike ("crewmen" and "sailors")."""
    from index.counting import SameThing

    same = SameThing(lambda words: np.ones((len(words), 4)) / 2.0)  # every word alike by meaning
    same.for_question("how many sailors were on board?", ["Two frigates and 40 crewmen sailed."])
    assert not same.alike("sailors", "frigates") and not same.alike("helicopters", "pilots")
    assert same.alike("sailors", "crewmen")
    text = "The convoy was escorted by two frigates."
    assert not answers_kind("How many sailors were on the frigates?", _scored(text), alike=same.alike)


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("How high was the bridge?", "The bridge stood 40 metres over the river.", True),
        ("How high did the balloon fly?", "It rose to an altitude of nine kilometres.", True),
        ("How high did the balloon fly?", "It landed 40 kilometres north of the town.", False),
        ("How far did the ferry sail?", "It landed 40 kilometres north of the town.", True),
        ("How far did the ferry sail?", "The ferry carried 40 passengers.", False),
        ("How fast was the train going?", "It reached 120 km/h before the curve.", True),
        ("How fast was the train going?", "It was 120 metres long.", False),
        ("How fast was the ferry going?", "It was travelling at about 12 knots as it entered the port.", True),
        ("How heavy was the cargo?", "The cargo weighed 30 tonnes.", True),
        ("How deep is the harbour?", "The harbour is 12 m deep at the quay.", True),
        ("How old is the harbour?", "The harbour is 12 m deep at the quay.", False),  # an age: a depth is none
        ("How old is the harbour?", "The harbour was built in 1870.", True),
        ("How old is the pier?", "Inspectors found the 90-year-old pier unsafe.", True),
        ("How old is the captain?", "Captain Ida Moe, 58, said the pier was safe.", True),
        ("How old is the pier?", "Captain Ida Moe, 58, said the pier was safe.", False),  # her age, not the pier's
        ("How old was the ferry?", "The ferry was 35 years old.", True),
        ("How old was the ferry?", "The ferry was inspected in May 2024.", False),
        ("At what age did she retire?", "She retired aged 61.", True),
        ("How big is the new ferry?", "The new ferry is 120 metres long.", True),
        ("How big was the oil slick?", "The slick covered about 40 hectares by Tuesday.", True),
        ("How big is the painting?", "The canvas measures 60 by 80 centimetres.", True),
        ("How big is the painting?", "The painting is valued at about 12 million crowns.", False),  # a value
        ("How big is the painting?", "Two men took the painting from the main hall.", False),
        ("How wide is the channel?", "The channel is 300 metres wide at the bridge.", True),
        ("How wide is the channel?", "The channel was dredged in 1990.", False),
    ],
)
def test_a_measure_is_given_in_its_units(question: str, text: str, gives: bool) -> None:
    """'How high' is answered by a height (a number of metres or feet, an altitude), not by any quantity."""
    assert answers_kind(question, _scored(text)) is gives


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("The group first struck a logistics firm in Gdansk.", False),  # a city is no country
        ("The group is thought to operate from Poland.", True),
        ("Danish police are investigating.", True),  # a country's adjective
        ("Officials in Moscow said nothing.", True),  # its capital
        ("The firm has offices in Ivory Coast.", True),  # a name in two words
    ],
)
def test_which_country_is_answered_by_a_country(text: str, gives: bool) -> None:
    """'Which country ...?' asks for a country, by its name, its adjective or its capital; a city is none."""
    assert answers_kind("Which country is the group based in?", _scored(text)) is gives
    assert answers_kind("Where is the group based?", _scored(text))  # any place answers "where"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The pier was closed because its piles had rotted.", True),
        ("The board closed it in order to repair the piles.", True),
        ("Inspectors feared the pier would not hold.", True),
        ("Officials believed the ferry company would not pay.", True),
        ("The closure came in response to a storm.", True),
        ("The pier was closed on Friday.", False),
        ("The harbour master said the ferry would sail in spring.", False),
        ("The route had been open since the spring.", False),  # "since" of time, far more often than of cause
        # a rule that binds or forbids: why something cannot be done
        ("Any new pier requires the approval of all three councils.", True),
        ("Export rules bar the yard's suppliers from selling steel abroad.", True),
        ("Under the 1998 treaty, no ferry may carry fuel.", True),
        ("Night sailing is prohibited in the strait.", True),
        ("The ferry company bought a bar and a pier.", False),  # a bar, no rule
        ("The bank bought two ferries last year.", False),
    ],
)
def test_a_sentence_that_gives_a_cause_or_purpose(text: str, reason: bool) -> None:
    from index.scoring import gives_reason

    assert gives_reason(text) is reason


def test_a_role_asked_with_its_office_is_named_with_that_office() -> None:
    """'Who is the transport minister?' is answered by a minister of transport, not by the health minister; the
    office may stand after the role ('minister for transport'). A role asked without an office takes any; one asked
    with a name takes the role near that name."""

    def person(text: str) -> Scored:
        return _scored(text, PERSON)

    question = "Who is the transport minister?"
    assert answers_kind(question, person("Transport Minister Ana Silva opened the bridge."), PERSON)
    assert answers_kind(question, person("Ana Silva, the minister for transport, opened it."), PERSON)
    assert not answers_kind(question, person("Health minister Ole Berg opened the bridge."), PERSON)
    assert answers_kind("Who is the minister?", person("Health minister Ole Berg opened the bridge."), PERSON)
    # a name before the role says whose: a harbour's pilots are not the Coast Guard's
    named = "Which Coast Guard pilots flew that night?"
    assert not answers_kind(named, person("Two harbour pilots, Ana Silva and Ole Berg, were on duty."), PERSON)
    assert answers_kind(named, person("Two pilots of the Coast Guard, Ana Silva and Ole Berg, flew."), PERSON)


def test_a_role_asked_with_what_it_is_of_is_named_near_that() -> None:
    """'Who is the commander of the harbour patrol?' is not answered by a sentence naming the navy's commanders."""

    def person(text: str) -> Scored:
        return _scored(text, PERSON)

    question = "Who is the commander of the harbour patrol?"
    assert not answers_kind(question, person("Navy commanders met Ana Silva on Friday."), PERSON)
    assert answers_kind(question, person("Ana Silva, the patrol's commander, met the navy."), PERSON)


def test_a_count_is_a_number_of_the_thing_not_the_word_anywhere() -> None:
    """'How many bombs ...?' is not answered by 'bombing 36 targets': the word stands in the sentence, but the
    number counts targets."""
    question = "How many bombs did the patrol drop?"
    assert not answers_kind(question, _scored("The patrol went on bombing 36 targets near the port."))
    assert answers_kind(question, _scored("The patrol dropped 12 bombs near the port."))
    assert answers_kind(question, _scored("Twelve of the bombs fell near the port."))


def test_a_question_for_a_news_outlet_is_answered_by_a_sentence_naming_one() -> None:
    """'Which news agency reported it?': a body the parse tags as an organisation is no answer unless the sentence
    (or its speaker, a carrier "quoted by X") names a news outlet; an outlet of the articles counts by its name."""
    from index.question import ORGANISATION

    question = "Which news agency first reported the ferry strike?"
    org = bits(["ORG"])
    assert not answers_kind(question, _scored("The Harbour Board confirmed the ferry strike.", org), ORGANISATION)
    assert answers_kind(question, _scored("Reuters first reported the ferry strike.", org), ORGANISATION)
    beacon = _scored("The Beacon first reported the strike.", org)
    assert not answers_kind(question, beacon, ORGANISATION)
    assert answers_kind(question, beacon, ORGANISATION, outlets=frozenset({"beacon"}))
    quoted = dataclasses.replace(_scored("“We stop tonight,” the union said.", org), speaker="the union (quoted by AP)")
    assert answers_kind(question, quoted, ORGANISATION)


def test_a_number_the_tagger_leaves_apart_from_its_unit_gives_a_measure() -> None:
    """'at about 12 knots' is tagged a number ("about 12"), not a quantity: with the unit beside it, it answers
    'how fast'; a number with no unit of speed does not."""
    from index.question import MEASURE

    number = bits(["CARDINAL"])
    question = "How fast was the ferry going?"
    assert answers_kind(question, _scored("It was travelling at about 12 knots.", number), MEASURE)
    assert not answers_kind(question, _scored("It carried about 12 passengers.", number), MEASURE)


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("How many people were hurt?", "Eleven passengers were treated for minor injuries.", True),
        ("How many passengers were hurt?", "Eleven people were treated for minor injuries.", True),
        ("How many people were hurt?", "Four bombers were hit on the ground.", False),  # no people
        ("How many passengers were hurt?", "Eleven soldiers were treated.", False),  # other people, not in general
        # a group's members are people of any kind: the smugglers asked for
        ("How many smugglers were detained?", "Police detained eleven members of an armed gang.", True),
        ("How many smugglers were detained?", "Police seized eleven boats of an armed gang.", False),
        # a count of the dead or the hurt: a sentence telling of harm, not a count of those present
        ("How many soldiers died at the bridge?", "About 240 soldiers are stationed at the bridge.", False),
        ("How many soldiers died at the bridge?", "Three soldiers were killed at the bridge.", True),
        ("How many people died in the storm?", "Two fishermen drowned off the cape, the coast guard said.", True),
        ("How many people were hurt?", "Eleven passengers were treated for injuries.", True),
    ],
)
def test_a_count_of_people_in_general_and_of_some_people(question: str, text: str, gives: bool) -> None:
    assert answers_kind(question, _scored(text)) is gives


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        # "how much" of a thing: a number of some unit; of money: money
        ("How much waste was dumped?", "The firm dumped about 40,000 tonnes of tailings.", True),
        ("How much waste was dumped?", "The firm dumped waste for years.", False),
        ("How much does the mine produce?", "It produces roughly 2 million tonnes of ore a year.", True),
        ("How much did the new pier cost?", "The pier is 40 metres long.", False),
        ("How much did the new pier cost?", "The pier cost 40 million euros.", True),
        ("How much will the tunnel cost?", "The estimate is 1.2 billion kronor.", True),  # any currency
        # a ransom, a bail, a bribe are money: not a count of something else
        ("How much ransom did the gang ask for?", "The gang encrypted about 340 servers.", False),
        ("How much ransom did the gang ask for?", "The gang asked for 4 million dollars.", True),
        ("How much was his bail?", "He was held for 3 days.", False),
        # a date is no amount, nor is time spent money
        ("How much ransom did the gang ask for?", "On 10 October the gang struck, as it has since 2023.", False),
        ("How much did the port spend?", "The port spent the next 3 days clearing the quay.", False),
        ("How much did the port spend?", "The port spent 40 million on the quay.", True),
        # a currency that is also a common word is money only after a number
        ("How much did the bridge cost?", "The bridge cost the city 2 billion reais.", True),
        ("How much did the bridge cost?", "Builders won 3 contracts for the bridge.", False),
        ("How much did the bridge cost?", "Residents saw a real change after 2 bridges opened.", False),
        ("How much is the contract worth?", "The town signed a contract worth 60 million crowns.", True),
        ("How much is the contract worth?", "The crown's lawyers signed 60 contracts.", False),
        ("How much does a ticket cost?", "A return ticket is 75 pence.", True),
        # a change of a price: a share of it answers as well as money
        ("How much did ferry fares go up?", "Ferry fares rose by 12 percent on Monday.", True),
        ("How much did ferry fares go up?", "Ferry fares rose again on Monday, a 12% jump.", True),
        ("How much do ferry fares cost?", "Ferry fares rose by 12 percent on Monday.", False),  # a price, no change
        ("How much did ferry fares go up?", "Ferry fares rose on Monday for 12 routes.", False),
        # a number joined to its noun counts it
        ("How many pages is the report?", "In a 30-page report, the group said the river was polluted.", True),
        ("How many pages is the report?", "In a report, the group said 30 samples were taken.", False),
        # a count a yes/no question is about asks for none ("is the port hiding how many ships were hit?")
        ("is the port hiding how many ships were hit?", "The port denied hiding anything from the public.", True),
        ("did they say how many ships were hit?", "The port denied hiding anything from the public.", False),
    ],
)
def test_how_much_and_joined_counts(question: str, text: str, gives: bool) -> None:
    assert answers_kind(question, _scored(text)) is gives


def test_a_kind_of_thing_named_by_a_word_alike_in_meaning() -> None:
    """names_kind: "warship" is named by a text holding "frigate" when their embeddings are alike (SAME_THING), not
    by one holding only unlike words; each word is embedded once."""
    from index.counting import SAME_THING, SameThing

    vectors = {"warship": [1.0, 0.0], "frigate": [SAME_THING + 0.1, (1 - (SAME_THING + 0.1) ** 2) ** 0.5]}
    asked: list[str] = []

    def embed(words: list[str]) -> np.ndarray:
        asked.extend(words)
        return np.array([vectors.get(w, [0.0, 1.0]) for w in words])

    same = SameThing(embed)
    assert same.names_kind("warship", ["The navy sent a frigate to the strait."])
    assert not same.names_kind("warship", ["The pipeline carries gas to the coast."])
    assert len(asked) == len(set(asked))  # remembered, not embedded again


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("Where was the seized cargo going?", "The cargo ship was stopped in the Kessa Strait.", False),
        ("Where was the seized cargo going?", "The ship was bound for the port of Tobruk, the navy said.", True),
        ("where was the ferry headed when it sank?", "The ferry sank off Cape Orun on its way to Bergen.", True),
        ("Where was the ferry stopped?", "The ferry was stopped in the Kessa Strait.", True),  # where it was
    ],
)
def test_where_something_was_going_is_a_place_it_went_to(question: str, text: str, gives: bool) -> None:
    assert answers_kind(question, _scored(text)) is gives


@pytest.mark.parametrize(
    ("question", "text", "gives"),
    [
        ("How many times was the ambassador summoned?", "Marovia has summoned the ambassador twice since then.", True),
        ("How many times was the ambassador summoned?", "The ambassador was summoned three times in March.", True),
        ("How many times was the ambassador summoned?", "The ambassador was summoned on Monday.", False),
    ],
)
def test_how_many_times_is_answered_by_how_often(question: str, text: str, gives: bool) -> None:
    from index.nlp import bits

    number = bits(["CARDINAL"])
    assert answers_kind(question, dataclasses.replace(_scored(text), holds=number)) is gives


def test_a_voice_s_words_around_its_best_answer_answer_as_it_does() -> None:
    """ "What did the anglers guy say?" finds the sentence naming him ("Ole Dahl, who chairs the anglers, said ...")
    by its words; his quotation in the sentences after it answers too, however unlike the question, and is lifted
    to the floor. His words further away, or another voice's, are not."""
    from index.scoring import VOICE_RUN, voiced

    def s(sid: int, text: str, speaker: str, relevance: float, article: str = "a") -> Scored:
        sentence = Sentence(sid, article, 0, len(text), text, 0)
        return Scored(Candidate(sentence, relevance), relevance, "other", speaker=speaker)

    dahl = "Ole Dahl, who chairs the anglers"
    named = s(4, "Ole Dahl, who chairs the anglers, said members walked the river.", dahl, 0.6)
    quote = s(5, "“The river is dead,” Dahl said.", dahl, 0.3)
    far = s(5 + VOICE_RUN + 1, "“We will sue,” Dahl said.", dahl, 0.3)
    elsewhere = s(5, "“Fish die every summer,” Dahl said.", dahl, 0.3, article="b")
    other = s(6, "“It was the heat,” the company said.", "the company", 0.3)
    pool = [named, quote, far, elsewhere, other]
    out = {x.text: x.relevance for x in voiced("the anglers guy", pool, 0.45, run=True)}
    assert out == {named.text: 0.6, quote.text: 0.45, far.text: 0.3, elsewhere.text: 0.3, other.text: 0.3}
    # a question naming what about ("what did Dahl say about the weir?") is not asking for all he said
    assert all(x.relevance < 0.45 for x in voiced("Dahl", pool, 0.45) if x.text != named.text)


def test_a_question_of_all_a_voice_said_names_nothing_else() -> None:
    from index.question import asks_only_words

    assert asks_only_words("what did the anglers guy say?", "the anglers guy")
    assert asks_only_words("What does Dahl really think?", "Dahl")
    assert not asks_only_words("what did Dahl say about the weir?", "Dahl")


def test_the_name_of_a_role_holder_needs_the_name_bound_to_the_role() -> None:
    """'What's the name of the pilot?' is not answered by someone else's words about the pilot."""
    question = "what's the name of the pilot?"
    other = _scored('"The pilot was told to slow down," the port director, Ane Vik, said.', PERSON)
    named = _scored("The pilot, Jan Olsen, said he had no warning.", PERSON)
    assert not answers_kind(question, other, PERSON)
    assert answers_kind(question, named, PERSON)
    assert answers_kind("what did the pilot say?", other, 0)


def test_where_is_answered_by_a_place_the_model_tagged_as_none() -> None:
    """'Where ...?' is answered by "a repair yard in Kvina" though the model took Kvina for an organisation; a
    sentence with no place in it still does not answer."""
    from index.question import PLACE

    assert answers_kind(
        "where was the barge taken?", _scored("It was towed to a repair yard in Kvina.", bits(["ORG"])), PLACE
    )
    assert answers_kind("where did the fire start?", _scored("It began in a storage room."), PLACE)
    assert not answers_kind("where did the fire start?", _scored("It began on Tuesday.", bits(["DATE"])), PLACE)
    assert not answers_kind("where did the fire start?", _scored("Nobody knows how it began."), PLACE)


def test_all_a_voice_said_is_its_best_words_however_unlike_the_question() -> None:
    """'Has the towing firm said anything?': its words answer at the floor when nothing of its stands above it, and
    the outlet's narration is left out; a question for its words about something keeps them as they rank."""
    from index.scoring import voiced

    narration = _scored("The barge was towed to a yard on Friday.")
    theirs = dataclasses.replace(
        _scored("Kvina Towage declined to comment, saying it would talk only to police."),
        relevance=0.3,
        speaker="Kvina Towage",
    )
    only = voiced("Kvina Towage", [narration, theirs], 0.45, run=True)
    assert [s.text for s in only] == [theirs.text] and only[0].relevance == 0.45
    about = voiced("Kvina Towage", [narration, theirs], 0.45, run=False)
    assert about == [narration, theirs]


def test_a_count_of_a_unit_of_time_is_answered_by_what_the_model_tags_a_date() -> None:
    """'How many days did the strike last?' is answered by "for three days", which the model tags as a date; a
    count of anything else still needs a number."""
    from index.question import expected

    question = "how many days did the dock strike last?"
    mask, kind = expected(question)
    assert kind == "number"
    assert answers_kind(question, _scored("The dockers stayed out for three days.", bits(["DATE"])), mask)
    assert answers_kind("how many years has the war lasted?", _scored("It is a six-year war.", bits(["DATE"])), mask)
    people = "how many dockers went on strike?"
    assert not answers_kind(people, _scored("The dockers struck on Monday.", bits(["DATE"])), expected(people)[0])


def test_a_count_of_people_may_name_them_by_what_they_do() -> None:
    """ "How many people sat on the panel?": "three senior academics" counts people by their trade, as "212
    passengers" does; "three senior reports" counts no one."""
    question = "how many people sat on the inquiry panel?"
    assert gives_count(question, "A panel of three senior academics reviewed the records.")
    assert gives_count(question, "The panel of two judges and four lawyers met in May.")
    assert not gives_count(question, "The panel wrote three senior reports in May.")


def test_a_sentence_telling_the_thing_asked_of_the_question_s_verb_gains() -> None:
    """ "When was the asbestos found?": "Workers found the tiles on Saturday" holds a date on "found" and gains
    ARGUMENT_WEIGHT; "Parents met on Thursday about the asbestos found at the school" holds a date on "met" only,
    and a sentence with no date gains nothing. A question of whether something is so, or of no typed thing, marks
    nothing."""
    from index.keyword import KeywordIndex, Postings
    from index.nlp import parse, verb_arguments
    from index.question import argument_marks, expected
    from index.scoring import ARGUMENT_WEIGHT, relevances

    texts = [
        "Workers found the tiles on Saturday.",
        "Parents met on Thursday about the asbestos found at the school.",
        "The tiles were found in two classrooms.",
    ]
    docs = list(parse(texts))
    keyword = KeywordIndex([Postings.build(texts, [verb_arguments(d) for d in docs])], [0])
    question = "when was the asbestos found?"
    marks = argument_marks(question, expected(question)[0])
    found = [Candidate(Sentence(i, "a", 0, len(t), t, 0), 0.3) for i, t in enumerate(texts)]
    got = relevances(found, ["", "", ""], ["", "", ""], [], keyword, marks).tolist()
    assert got == pytest.approx([0.3 + ARGUMENT_WEIGHT, 0.3, 0.3])
    assert "found" in keyword.terms() and not any(t.startswith("@") for t in keyword.terms())  # marks are no words
    assert argument_marks("was the asbestos found on Saturday?", expected("when was it found?")[0]) == ()
    assert argument_marks("why was the asbestos found?", expected("why was the asbestos found?")[0]) == ()


def test_how_much_longer_is_answered_by_a_share_as_by_a_length() -> None:
    """ "How much longer did the treated fish live?": "19 per cent longer" and "almost a quarter longer" answer it
    as "three weeks longer" does; "how long did they live?" still needs a length, and a share of nothing longer
    ("a quarter of the fish") answers neither."""
    from index.counting import gives_share
    from index.question import asks_difference

    assert asks_difference("how much longer did the treated fish live?")
    assert not asks_difference("how long did the treated fish live?")
    assert gives_share("Treated fish lived 19 per cent longer than the others.")
    assert gives_share("The drug made old fish live almost a quarter longer.")
    assert not gives_share("A quarter of the fish died in the first week.")


def test_a_signature_answers_who_holds_the_post_it_gives() -> None:
    """A statement's signature is its author's line: "Ann Moe" / "Operations Manager" answers "who is the
    operations manager?" (and "who is the editor-in-chief?" a signature "Dr Per Holm, Editor-in-Chief", its
    title written with hyphens), but no question of another post, nor one about the news."""
    from index.nlp import bits

    def line(text: str) -> Scored:
        sentence = Sentence(0, "a", 0, len(text), text, 0, kind="byline")
        return Scored(Candidate(sentence, 0.9), 0.9, "other", holds=bits(["PERSON"]))

    manager, editor = line("Ann Moe\nOperations Manager"), line("Dr Per Holm, Editor-in-Chief")
    assert answers_kind("who is the operations manager?", manager, PERSON)
    assert answers_kind("who is the editor-in-chief of the journal?", editor, PERSON)
    assert not answers_kind("who is the harbour pilot?", manager, PERSON)
    assert not answers_kind("what happened to the ferry?", manager)


def test_which_company_is_answered_by_a_name_beyond_the_speaker_s() -> None:
    """ "Which roofing company found the tiles?": a sentence whose only name is its speaker's ("..., Tarnby Council
    said.") or the calendar's names no company; one naming a firm, or a company's own words naming another, does.
    A question for bodies of a kind ("what other organisations ...?") may be answered by kinds."""
    import dataclasses

    from index.question import ORGANISATION

    question = "which roofing company found the tiles?"
    said = dataclasses.replace(
        _scored("Workers repairing the roof found the tiles on Saturday, Tarnby Council said.", bits(["ORG"])),
        speaker="Tarnby Council",
    )
    assert not answers_kind(question, said, ORGANISATION)
    named = dataclasses.replace(
        _scored("The tiles were found by Kell Roofing on Saturday, Tarnby Council said.", bits(["ORG"])),
        speaker="Tarnby Council",
    )
    assert answers_kind(question, named, ORGANISATION)
    kinds = dataclasses.replace(
        _scored("The gang has since claimed attacks on two universities, Tarnby Council said.", bits(["ORG"])),
        speaker="Tarnby Council",
    )
    assert answers_kind("what other organisations has the gang attacked?", kinds, ORGANISATION)


def test_which_body_is_answered_by_a_name_beyond_the_speaker_s_unless_the_speaker_is_told_to_do_it() -> None:
    """ "Which union represents the drivers?": a sentence whose only name is its speaker's does not answer ("The
    union that represents the drivers says ..., the Road Union said"), unless a clause on the speaker's name tells
    the deed asked ("The Road Union, which represents the drivers, said ...")."""
    import dataclasses

    from index.question import ORGANISATION

    question = "which union represents the drivers?"
    told = dataclasses.replace(
        _scored("The Road Union, which represents the drivers, said pay was too low.", bits(["ORG"])),
        speaker="The Road Union",
    )
    assert answers_kind(question, told, ORGANISATION)
    bare = dataclasses.replace(
        _scored("The drivers want more pay, the Road Union said.", bits(["ORG"])), speaker="the Road Union"
    )
    assert not answers_kind(question, bare, ORGANISATION)


def test_who_holds_a_relation_is_answered_only_by_a_sentence_stating_it() -> None:
    """ "Who owns the ship?": "The ship's owner, Tallis Lines, said ..." answers; "Tallis Lines said the ship lost
    steering" names a firm beside the ship and says nothing of who owns it."""
    owner = _scored("The ship's owner, Tallis Lines, said it was cooperating.", bits(["ORG"]))
    beside = _scored("Tallis Lines said the ship had lost steering before the impact.", bits(["ORG"]))
    assert answers_kind("who owns the ship?", owner, AGENT)
    assert not answers_kind("who owns the ship?", beside, AGENT)
    assert answers_kind("who steered the ship?", beside, AGENT)  # no relation asked


def test_which_hotel_is_answered_by_a_sentence_naming_one() -> None:
    question = "which hotel did the delegation stay at?"
    assert answers_kind(question, _scored("The delegation stayed at the Harbour View hotel for three nights."), 0)
    assert not answers_kind(question, _scored("The council paid for the delegation's flights and hotel."), 0)
