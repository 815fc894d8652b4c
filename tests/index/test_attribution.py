"""Who said what, by general rules: each pattern on sentences written for the test, not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.attribution import continues_quotation, opens_with_unnamed, person_noun, same_voice, speakers
from index.chunking import Sentence, article_sentences
from index.corpus import Article, Source
from index.nlp import parse


def _speakers(text: str, outlet: str = "The Gazette", **meta: str) -> list[tuple[str, str]]:
    article = Article(Source(id="t", outlet=outlet, **meta), text, Path("t.txt"))
    sentences = article_sentences(article)
    docs = list(parse(s.text for s in sentences))  # as the index build does
    return [(s.text, who) for s, who in zip(sentences, speakers(article, sentences, docs), strict=True)]


def _who(text: str, starts: str, **kw: str) -> str:
    for sentence, who in _speakers(text, **kw):
        if sentence.startswith(starts):
            return who
    raise AssertionError(f"no sentence starts with {starts!r}")


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        # "expressed frustration that ...": the whole subject, not the name in its prepositional phrase
        (
            "Officials in two Nordic capitals privately expressed frustration that the board had made the claim.",
            "Officials",
            "Officials in two Nordic capitals",
        ),
        # a closing clause naming what was said and who denied it: the sentence is still the first speaker's
        (
            "Two ferries and a tug sank in the storm, Portmore said, claims the Harbour Board denied.",
            "Two ferries",
            "Portmore",
        ),
        (
            "Two ferries sank, the harbour master said, a charge the Ferry Line rejects.",
            "Two ferries",
            "the harbour master",
        ),
        # "...," X said / said X, keeping the role the text gives
        (
            "“The bridge will reopen in March,” city engineer Maria Lopez said on Tuesday.",
            "“The bridge",
            "city engineer Maria Lopez",
        ),
        (
            "“Tolls will not change,” said transport spokesman Ian Reed, who added more.",
            "“Tolls",
            "transport spokesman Ian Reed",
        ),
        # X told Y / X said that
        (
            "Harbour master Tom Ball told reporters that the port was closed.",
            "Harbour master",
            "Harbour master Tom Ball",
        ),
        (
            "The Interior Ministry said on Friday that six people were arrested.",
            "The Interior",
            "The Interior Ministry",
        ),
        # a side clause's opening word is not part of its subject's name
        (
            "While the former mayor's office said last year that the bridge could reopen, the council refused.",
            "While",
            "the former mayor's office",
        ),
        ("Although the union said the strike would end, workers stayed home.", "Although", "the union"),
        # "X released a statement claiming ...": X, not the words up to the verb of saying
        (
            "The harbour board released a statement on Friday claiming the ferry had sunk.",
            "The harbour",
            "The harbour board",
        ),
        # "X went on to say": X
        (
            '"Our plan has not changed," the port spokesman went on to say.',
            '"Our plan',
            "the port spokesman",
        ),
        # appositive role kept
        (
            "Jane Doe, a spokeswoman for the port authority, denied the report.",
            "Jane Doe",
            "Jane Doe, a spokeswoman for the port authority",
        ),
        # a clause telling what makes the speaker an expert is kept as such an appositive is; another is not
        (
            "Dr Lena Berg, who studies harbour silt at the University of Tromso, said the channel was shallow.",
            "Dr Lena",
            "Dr Lena Berg, who studies harbour silt at the University of Tromso",
        ),
        ("Tom Ball, who has fished the harbour for 30 years, said the channel was shallow.", "Tom Ball", "Tom Ball"),
        # according to
        ("According to the Weather Office, the storm weakened overnight.", "According", "the Weather Office"),
        # X quoted Y as saying
        (
            "The state news agency quoted the Health Ministry as saying that clinics were open.",
            "The state",
            "Health Ministry (quoted by The state news agency)",
        ),
        # a parenthetical between subject and verb is not the subject
        ("But the council, now led by its newest member, issued a firm denial.", "But the council", "the council"),
        # the outlet's own reporting
        ("Traffic was light across the city on Sunday.", "Traffic", "The Gazette"),
        # a verb inside the quotation is the speaker's word, not the attribution; a name set off by commas
        ("“We were never told,” one resident, Per Olsen, said.", "“We", "Per Olsen"),
        ("“They told us nothing,” said Anna Holm.", "“They", "Anna Holm"),
        # the subject runs on past a preposition
        (
            "Officials in Oslo, speaking on condition of anonymity, said the talks had failed.",
            "Officials",
            "Officials in Oslo",
        ),
        ("“The ferry sank,” harbour master Tom Ball said.", "“The ferry", "harbour master Tom Ball"),
        # a body in lower case, found the subject of the reporting verb by the parse
        ("“It is nonsense,” the company said in a statement, adding that no ferry was lost.", "“It is", "the company"),
        # a discourse word set off by commas is no appositive
        ("The ferry company, however, quickly denied the reports.", "The ferry", "The ferry company"),
        # the agent of a passive denial is who denies
        ("The claim was rejected by the ferry company, which called it false.", "The claim", "the ferry company"),
        ("The claim was denied.", "The claim", "The Gazette"),
        # called by someone somewhere is summoned, not quoted; called something by someone is named so
        ("The lifeboat crew was called by Harbour Police to a yacht off the point.", "The lifeboat", "The Gazette"),
        ("The report was called a whitewash by the ferry union.", "The report", "the ferry union"),
        # according to a statement from X: X
        ("The port was closed, according to a statement from the Harbour Board.", "The port", "the Harbour Board"),
        # a clause the parse misreads before a trailing attribution ("left" taken to describe "ferry")
        ("The ferry left on time, the company said.", "The ferry", "the company"),
        ("The ferry left on time, the company insists.", "The ferry", "the company"),
        ("The ferry, the company insists, left on time.", "The ferry", "the company"),
        # verbs of saying in the present tense, and "clarified"
        ("The board later clarified that only one ferry had sailed.", "The board", "The board"),
        ("The council admits the bridge was never inspected.", "The council", "The council"),
        # an unnamed source described after the noun
        (
            "According to a person familiar with the matter, the captain had been warned twice.",
            "According",
            "a person",
        ),
        ("Two diplomats, speaking on condition of anonymity, said the talks failed.", "Two diplomats", "Two diplomats"),
        # a body's document speaks for the body
        ("The ministry's statement, carried by the state news agency, said it sailed.", "The ministry", "The ministry"),
        ('A statement from the harbour board read: "No second ferry left port."', "A statement", "the harbour board"),
        ("A short statement from the Harbour Board said it sailed alone.", "A short", "the Harbour Board"),
        # an adverb between the subject and its verb, and a label before the subject, are not part of the name
        ("The ministry flatly denied the report.", "The ministry", "The ministry"),
        ("UPDATE: The harbour office has now confirmed one departure.", "UPDATE", "The harbour office"),
        # a role set off by the name of who holds it, before a verb the patterns do not list
        (
            'Labour\'s transport spokesman, Tom Reid, called the decision "a shambles".',
            "Labour",
            "Labour's transport spokesman, Tom Reid",
        ),
    ],
)
def test_attribution_patterns(text: str, starts: str, expected: str) -> None:
    assert _who(text, starts) == expected


def test_a_pronoun_before_an_adverb_is_the_person_named_before() -> None:
    text = "Harbour master Tom Ball called the report a fantasy.\nHe soon issued another statement denying it."
    assert _who(text, "He soon") == "Harbour master Tom Ball"


def test_he_said_is_the_person_named_before() -> None:
    text = (
        "Professor Ana Silva, an economist at the university, spoke at the forum.\n"
        "“Prices will fall next year,” she said.\n"
        "“Wages will not,” Silva said."
    )
    assert _who(text, "“Prices") == "Professor Ana Silva, an economist at the university"
    assert _who(text, "“Wages") == "Professor Ana Silva, an economist at the university"


def test_a_sentence_inside_an_open_quotation_belongs_to_its_speaker() -> None:
    """A quotation over several sentences: the later ones, even without marks of their own, are the speaker's."""
    text = "“We saw the lights first,” fisherman Olaf Berg said. “Then the boat turned. Nobody answered the radio.”"
    assert _who(text, "“Then the boat") == "fisherman Olaf Berg"
    assert _who(text, "Nobody answered") == "fisherman Olaf Berg"


def test_a_bare_quotation_after_one_that_went_on_to_say_continues_it() -> None:
    text = '"Our plan has not changed," the port spokesman went on to say. "The ferries keep running on time."'
    assert _who(text, '"The ferries') == "the port spokesman"


def test_a_quotation_attributed_where_it_closes_is_that_speakers_not_the_one_before() -> None:
    """A quotation right after someone's words, attributed at its close in the next sentence to someone else: the
    one named at the close said all of it, its opening too; without a name at its close it goes on with the one
    before."""
    text = (
        "The ferry line said the boat had lost its engines. "
        '"No warning was ever given to the crew. They did what they could," line director Mia Holt said.\n\n'
        "The harbour office said the boat had been warned. "
        '"We called twice. Nobody on the boat answered."'
    )
    assert _who(text, '"No warning') == "line director Mia Holt"
    assert _who(text, "They did") == "line director Mia Holt"
    assert _who(text, '"We called') == "The harbour office"
    assert _who(text, "Nobody on the boat") == "The harbour office"


def test_the_diplomat_is_the_one_named_before_with_where_he_is() -> None:
    """'A Western diplomat in Helsby ... said' then '"...," the diplomat said.': the same diplomat, named as fully
    as the article named him, in the closing sentence and in the quotation's opening."""
    text = (
        "A Western diplomat in Helsby, who asked not to be named, said the frigate was not theirs. "
        '"We saw the flag. It was not a Norvik ship," the diplomat said.'
    )
    assert _who(text, '"We saw') == "A Western diplomat in Helsby"
    assert _who(text, "It was not") == "A Western diplomat in Helsby"


def test_i_in_the_narration_is_the_writer_not_the_last_one_named() -> None:
    """A column's writer quoting herself ('"...," I wrote to the ministry'): the article's author, else its outlet;
    "I" inside someone's quotation is still theirs."""
    text = (
        "Everyone in the port now knows the name of the Greta Lund.\n\n"
        '"The channel is too narrow for that," I wrote to the ministry in 2024.\n\n'
        '"I saw the ship hit the pier," dock worker Jan Berg said.'
    )
    assert _who(text, '"The channel', author="Karin Holm") == "Karin Holm"
    assert _who(text, '"The channel') == "The Gazette"
    assert _who(text, '"I saw', author="Karin Holm") == "dock worker Jan Berg"


def test_a_paragraph_of_quoted_words_alone_continues_the_quoted_speaker_before_it() -> None:
    text = (
        "“The crossing stays open,” harbour master Tom Ball said at his first briefing on Monday.\n\n"
        "“If there is a way to keep the ferries running, we will take it.”\n\n"
        "Ball said on Tuesday that the crossing would close.\n\n"
        "“Nobody told us anything.”"
    )
    assert _who(text, "“If there is") == "harbour master Tom Ball"
    # after a report of what someone said, not his quoted words, a paragraph of quotation is nobody's known words
    assert _who(text, "“Nobody told") == "The Gazette"


def test_the_statement_said_is_the_last_speakers_only_when_a_document_was_mentioned() -> None:
    issued = (
        "The harbour board said in a statement that two ferries had sunk.\n\n"
        "“Both crews were rescued,” the statement said."
    )
    assert _who(issued, "“Both crews") == "The harbour board"
    # the issuer of a release the article never mentioned is unknown: not whoever spoke last
    unmentioned = (
        "The ferry union accused the board of neglect.\n\n"
        "“Two crews were rescued near the pier,” the release stated on Tuesday."
    )
    assert _who(unmentioned, "“Two crews") != "The ferry union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("PORTSEA — The ferry operator on Friday denied that it had sold the route.", "The ferry operator"),
        ("BERGEN, Norway — The ferry operator denied that it had sold the route.", "The ferry operator"),
        ("OSLO (Coastal Wire) -- The ferry operator denied that it had sold the route.", "The ferry operator"),
        (
            "KARVIK, June 5 (Coastal Wire) - The Nordline Ferry Company said on Friday that it and two boats of the "
            "Norland Coast Guard had sold the route.",
            "The Nordline Ferry Company",
        ),
        (
            "BERGEN, Norway, Jan. 23 (Coastal Wire) — The Nordline Ferry Company said on Friday that it and two boats "
            "of the Norland Coast Guard had sold the route.",
            "The Nordline Ferry Company",
        ),
    ],
)
def test_a_dateline_is_not_the_speaker(text: str, speaker: str) -> None:
    """Where (and when) the story was written, before the dash, is nobody: a name-like "KARVIK, June 5" had been
    taken for the speaker."""
    assert _speakers(text)[0][1] == speaker


def test_a_role_after_the_name_that_closes_a_sentence_is_the_speaker_s() -> None:
    text = '"The port badly needs friends," said Tomas Ekberg, a security researcher at Lund University.'
    assert _who(text, '"The port') == "Tomas Ekberg, a security researcher at Lund University"
    # a clause after the name is no role
    assert _who('"The port is fine," said Tomas Ekberg, adding that the ferry was late.', '"The port') == "Tomas Ekberg"
    # a role given by its body's possessive ("Lund University's harbour expert"), after the name or between commas
    text = '"The port badly needs friends," said Tomas Ekberg, Lund University\'s harbour expert.'
    assert _who(text, '"The port') == "Tomas Ekberg, Lund University's harbour expert"
    text = "Tomas Ekberg, Portsea's harbour master, said the ferry was late."
    assert _who(text, "Tomas Ekberg") == "Tomas Ekberg, Portsea's harbour master"


def test_a_long_clause_before_a_trailing_attribution_is_not_its_speaker() -> None:
    text = (
        "The fire that has burned through 900 hectares of oak forest near Lund since Friday began on the navy's "
        "gunnery range at Stora Hed, the regional rescue service said on Monday, a claim the navy rejected within "
        "hours."
    )
    assert _who(text, "The fire") == "the regional rescue service"  # the parse makes "fire" a subject of "said"


def test_words_inside_the_quotation_are_not_its_speaker() -> None:
    text = '"Not a road, not a bridge, nothing," the transport minister, Ana Lind, told reporters in Varo.'
    assert _who(text, '"Not a road') == "the transport minister, Ana Lind"
    # the quote's words run on into the next sentence: still hers
    text += ' "The villages are cut off."'
    assert _who(text, '"The villages') == "the transport minister, Ana Lind"
    # a reporting verb inside the quotation, with nobody named outside it, leaves the sentence to its speaker
    assert _who('The mayor said: "Not a road, not a bridge, nothing was left."', "The mayor") == "The mayor"


def test_a_phrase_of_time_before_the_subject_is_not_the_speaker_and_its_spokesman_is_the_body_s() -> None:
    """'Within three hours the Harbour Board had replied.' is the board's; '... its spokesman, Erik Dahl, wrote'
    after it is the board's spokesman (the "its" had been dropped with the words of time kept)."""
    text = (
        "Within three hours the Harbour Board had replied. "
        '"No board boat sailed with the company," its spokesman, Erik Dahl, wrote on Threadline.'
    )
    assert _who(text, "Within three") == "the Harbour Board"
    assert _who(text, '"No board') == "Harbour Board spokesman Erik Dahl"
    assert _who("On Monday the Harbour Board said the pier was closed.", "On Monday") == "the Harbour Board"
    # and after it: "A post on a ferry forum on Sunday claimed ..." is the post's
    text = "A post on a ferry forum on Sunday claimed that the records of 2,000 passengers had been stolen."
    assert _who(text, "A post") == "A post on a ferry forum"


def test_a_surname_is_the_person_named_before_with_where_he_is_from() -> None:
    text = (
        "Two ferries were damaged, Captain Tom Ball of the Portsea Harbour Board told reporters.\n\n"
        '"The pier will hold," Ball said.'
    )
    assert _who(text, '"The pier') == "Captain Tom Ball of the Portsea Harbour Board"


def test_she_said_is_a_person_named_with_where_she_is_from_not_people_named_by_a_plural() -> None:
    """Karin Holm "of the Nordic Policy Institute" is a person, whatever body she is from; "Residents of Dunmore",
    quoted before her, are people, and no "she"."""
    text = (
        "Residents of Dunmore reached by telephone said the smoke had come from the east.\n\n"
        "The closure is a signal to voters, says Karin Holm of the Nordic Policy Institute. "
        '"It is about the election," she said.'
    )
    assert _who(text, '"It is about') == "Karin Holm of the Nordic Policy Institute"
    plural = (
        "Harbour master Tom Ball said the pier was safe.\n\n"
        "Witnesses at Dunmore Pier said the pier had shaken for a minute.\n\n"
        '"It was nothing," he said.'
    )
    assert _who(plural, '"It was nothing') == "Harbour master Tom Ball"


def test_a_body_is_not_the_people_quoted_before_from_it() -> None:
    """The "Three porters at Elmfield Clinic" are people from the clinic, no person whose name is "Elmfield Clinic": the
    clinic saying something later is the clinic."""
    text = (
        "Three porters at Elmfield Clinic told the Herald that the lifts stopped for an hour.\n\n"
        "Elmfield Clinic says its lifts worked all night."
    )
    assert _who(text, "Elmfield Clinic says") == "Elmfield Clinic"
    assert _who(text, "Three porters") == "Three porters at Elmfield Clinic"


def test_a_role_without_an_article_after_the_name_stays_with_the_person() -> None:
    """A role after a name without an article ("Ada Lind, head of the Dockers' Federation, told ...") is hers as one
    with "a" or "the" would be: "she said" and her surname later are her name with that role."""
    text = (
        "The dockers say the cranes were old.\n\n"
        "Ada Lind, head of the Dockers' Federation in the south, told the Herald on Monday that the cranes were old. "
        '"Nobody listened," she said.\n\nAccording to Lind, the port cut its repair budget.'
    )
    role = "Ada Lind, head of the Dockers' Federation in the south"
    assert _who(text, '"Nobody listened') == role
    assert _who(text, "According to Lind") == role


def test_a_body_named_by_its_kind_of_institution_is_no_person() -> None:
    """A name such as "Elmfield Clinic" ends in a kind of institution: "she said" is the person quoted before."""
    text = 'Nurse Ana Silva said the lifts had stopped. Elmfield Clinic said the lifts worked. "I was there," she said.'
    assert _who(text, '"I was there') == "Nurse Ana Silva"


def test_he_said_is_not_a_company_named_in_two_words() -> None:
    """A company quoted in between is not the "he" of a later quote: the parse tags it as an organisation. He is
    the harbour master, named with his role."""
    text = (
        '"We sold nothing," Nordline spokeswoman Karin Vik said.\n\n'
        "Baltic Star said on Thursday that it had bought the route.\n\n"
        "The harbour master, Ole Brandt, said one ship had left. "
        '"There was a single departure at 7.40," he said.'
    )
    assert _who(text, '"There was') == "The harbour master, Ole Brandt"


def test_an_embedded_post_is_its_accounts_words() -> None:
    """A post embedded in a blog, with its credit line below it ("— Name (@handle) date"): the account's words,
    whatever line introduced it; a sentence opening with words of time keeps only its subject."""
    text = (
        "Earlier today the council tweeted that its crews had cleared the road:\n\n"
        "The coastal road is open again. Thanks to all our crews! pic.twitter.com/x1Y2z3\n"
        "— Portsea Council (@PortseaCouncil) January 30, 2017\n\n"
        "The ferry line was quick to respond.\n\n"
        "We were never told about any closure.\n"
        "— Nordline (@Nordline) January 30, 2017\n"
    )
    assert _who(text, "Earlier today") == "the council"
    assert _who(text, "Thanks to all") == "Portsea Council"
    assert _who(text, "We were never") == "Nordline"
    assert _who(text, "The ferry line") == "The Gazette"


def test_a_quotation_opened_after_a_colon_runs_on_into_the_next_sentence() -> None:
    """A straight quotation mark after "... on the radio:" opens the quotation; its next sentence is the same
    speaker's words."""
    text = 'Harbour master Ole Brandt responded on the radio: "This story has no basis. There was one departure."'
    assert _who(text, "There was one") == "Harbour master Ole Brandt"


def test_an_interviews_labels_and_question_words_are_no_name() -> None:
    """ "Q: Who says ...?" is the outlet's question; "X and Y both reject" is X and Y."""
    text = "Q: Who says the ferries sailed together?\n\nNordline and the harbour board both reject the claim."
    assert _who(text, "Q: Who") == "The Gazette"
    assert _who(text, "Nordline and") == "Nordline and the harbour board"


def test_an_interview_s_answers_are_the_words_of_the_one_interviewed() -> None:
    """An interview laid out as questions and answers: the answers' paragraphs (their first sentence too short to
    quote or not) are the words of the person the introduction says the outlet spoke to, with the role given;
    the questions' paragraphs, statements or not, the outlet's. Without an introduction naming anyone, nothing
    changes."""
    text = (
        "Coast Radio spoke to Lena Berg, head of the ferry workers' union, on Saturday morning.\n\n"
        "Q: The harbour board blames the crew for the delay. Is that fair?\n\n"
        "A: Never. The crew did exactly what the rules say.\n\n"
        "Q: What happens next?\n\n"
        "A: We will meet the board on Monday and ask for the logs."
    )
    who = "Lena Berg, head of the ferry workers' union"
    assert _who(text, "Q: The harbour board") == "The Gazette"
    assert _who(text, "The crew did exactly") == who
    assert _who(text, "A: We will meet") == who
    nobody = text.replace("Coast Radio spoke to Lena Berg, head of the ferry workers' union,", "We asked")
    assert _who(nobody, "A: We will meet") == "The Gazette"
    # without "Q:", its questions still stand as paragraphs of their own, a premise and a question the first: read
    # as an interview laid out without labels (test_an_interview_with_its_questions_as_paragraphs_...)
    unlabelled = text.replace("Q: ", "")
    assert _who(unlabelled, "A: We will meet") == who


_TRANSCRIPT = (
    "PRESENTER (Jo Hale): The ferry strike is in its third day. Our reporter Tom Reed went to the harbour.\n\n"
    "REED: At the quay, ferry captain Anna Moss has been waiting since dawn.\n\n"
    "MOSS: We have not sailed since Monday. Nobody has told us when we will.\n\n"
    "REED: The harbour board says talks will resume on Friday.\n\n"
    "UPDATE: Talks have been moved to Saturday."
)


def test_a_transcript_s_labelled_paragraphs_are_their_speakers_words() -> None:
    """A broadcast transcript: a paragraph labelled with a surname is the words of the person of the article with
    that name, every sentence of it; the presenter's and the reporter's (a role, or the article's author) are the
    outlet's; a sentence naming its own speaker keeps it; a label naming no one ("UPDATE") changes nothing."""
    text = _TRANSCRIPT
    moss = "Anna Moss"
    assert _who(text, "MOSS: We have not") == moss
    assert _who(text, "Nobody has told us") == moss
    assert _who(text, "PRESENTER (Jo Hale)", author="Tom Reed") == "The Gazette"
    assert _who(text, "REED: At the quay", author="Tom Reed") == "The Gazette"
    assert _who(text, "REED: The harbour board", author="Tom Reed") == "The harbour board"
    assert _who(text, "UPDATE: Talks") == "The Gazette"


@pytest.mark.parametrize(
    ("label", "who"),
    [
        ("ANNA MOSS:", "Anna Moss"),  # a full name in capitals
        ("JO HALE, HOST:", "The Gazette"),  # a host's role after the name
        ("HOST:", "The Gazette"),
    ],
)
def test_a_transcript_s_labels_name_people_or_the_outlet(label: str, who: str) -> None:
    text = (
        "Our reporter Tom Reed met ferry captain Anna Moss at the quay.\n\n"
        f"{label} We have not sailed since Monday.\n\nREED: The quay is empty.\n\nMOSS: Nobody told us why."
    )
    assert _who(text, f"{label} We have", author="Tom Reed") == who


def test_one_label_makes_no_transcript() -> None:
    """A single labelled paragraph is a page's "WATCH:" or a wire's "UPDATE:" as often as a speaker's."""
    text = "Ferry captain Anna Moss waited at the quay.\n\nMOSS: We have not sailed since Monday."
    assert _who(text, "MOSS: We have") == "The Gazette"


@pytest.mark.parametrize(
    ("introduction", "who"),
    [
        (
            "We talked to Eva Lund, who teaches maritime law at the University of Tromso, on Monday.",
            "Eva Lund, who teaches maritime law at the University of Tromso",
        ),
        (
            "We spoke to Eva Lund, a researcher at the Baltic Shipping Institute in Riga.",
            "Eva Lund, a researcher at the Baltic Shipping Institute",
        ),
        ("We spoke to Eva Lund, a ferry captain, in Tromso on Monday.", "Eva Lund, a ferry captain"),
        ("We spoke to Eva Lund, a ferry captain, at the weekend.", "Eva Lund, a ferry captain"),
        # the sentence's full stop is no part of the body ("U.S." keeps its own)
        (
            "We spoke to Eva Lund, who teaches maritime law at the University of Tromso.",
            "Eva Lund, who teaches maritime law at the University of Tromso",
        ),
    ],
)
def test_an_interviewees_role_keeps_the_body_it_is_held_at(introduction: str, who: str) -> None:
    """'... who teaches maritime law at the University of Tromso': the body a role is held at is part of the role
    (what makes her an academic); a place ("in Tromso", "in Riga") or a time after the name and role is not."""
    text = f"{introduction}\n\nQ: Who is to blame?\n\nA: The rules are old. Nobody has changed them."
    assert _who(text, "Nobody has changed") == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The ferry had one engineer on board, two members of staff have told the Gazette.", "two members of staff"),
        (
            "The ferry had one engineer on board, after cutting its crew from three to two in May, two members of "
            "staff have told the Gazette.",
            "two members of staff",
        ),
        ("Prices rose by a third, three fishermen said.", "three fishermen"),
        ("The road was closed for hours, 12 nurses told the Gazette.", "12 nurses"),
        ("The ferry left late, two days later said the board.", "the board"),  # days are no one
    ],
)
def test_people_counted_are_a_speaker(text: str, who: str) -> None:
    """'..., two members of staff have told the Gazette': a number and a noun for people say it, as "a guard" would;
    a number of days does not."""
    assert _who(text, text[:12]) == who


INTERVIEW = (
    "The Lenne has fallen for six weeks in a row. The regional water office measured 12 cubic metres a second on "
    "Monday, a third of the usual flow for June.\n\n"
    "Farmers along the Lenne are worried about the summer. Ole Dahl, a dairy farmer who has kept cows by the river "
    "for 30 years, says the water has never been so low. We talked to him on Tuesday.\n\n"
    "How low is the river now?\n\n"
    "It is half what it was in May. I have never seen it like this.\n\n"
    "Is the dam to blame?\n\n"
    "That is for the engineers. Cows need water either way.\n\n"
    "The dam's operator said the flow had been kept within its permit.\n\n"
    "The water office will publish new figures on Friday. Rain is forecast for the weekend."
)


def test_an_interview_with_its_questions_as_paragraphs_gives_the_answers_to_the_one_interviewed() -> None:
    """An interview laid out without "Q:" and "A:": its questions stand as paragraphs of their own, each answered
    in the paragraph after it, in the first person at least once, and its introduction names whom the outlet
    spoke to ("We talked to him": the person it last gave words to). The answers are that person's words; the
    questions, and what follows the interview, stay as they were."""
    who = "Ole Dahl, a dairy farmer who has kept cows by the river for 30 years"
    assert _who(INTERVIEW, "It is half what") == who
    assert _who(INTERVIEW, "I have never seen") == who
    assert _who(INTERVIEW, "That is for the engineers") == who
    assert _who(INTERVIEW, "How low is") == "The Gazette"
    assert _who(INTERVIEW, "The dam's operator") == "The dam's operator"


def test_an_interview_with_a_body_s_officer_named_after_its_role_gives_the_answers_to_them() -> None:
    """The "We spoke to its director, Ida Berg": the officer of the body the sentence before opens with, by role and
    name; a person opening it owns no director, and the role stays as written."""
    before = (
        "Ole Dahl, a dairy farmer who has kept cows by the river for 30 years, says the water has never been so low. "
        "We talked to him on Tuesday."
    )
    text = INTERVIEW.replace(before, "The farmers' association is asking for help. We spoke to its director, Ida Berg.")
    assert "Ida Berg" in text and _who(text, "It is half what") == "farmers' association director Ida Berg"
    assert _who(text, "How low is") == "The Gazette"
    person = INTERVIEW.replace(before, "Ole Dahl is asking for help. We spoke to its director, Ida Berg.")
    assert _who(person, "It is half what") == "its director, Ida Berg"


def test_an_interviewer_s_question_after_a_premise_is_answered_in_the_next_paragraph() -> None:
    """ "The dam's operator says the flow is within its permit. Is it?" is one question, set as its paragraph: the
    paragraph after it is the interviewee's answer."""
    text = INTERVIEW.replace(
        "Is the dam to blame?", "The dam's operator says the flow is within its permit. Is it?"
    ).replace("That is for the engineers.", "We have not seen the figures.")
    assert (
        _who(text, "We have not seen the figures")
        == "Ole Dahl, a dairy farmer who has kept cows by the river for 30 years"
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an explainer's subheadings: no one interviewed, the answers are the outlet's
        ("We talked to him on Tuesday.", "Here is what we know."),
        # one question as a paragraph is a line of a report as often as an interviewer's
        ("Is the dam to blame?\n\nThat is for the engineers. Cows need water either way.\n\n", ""),
        # answers in no one's first person: an explainer that happens to quote a farmer first
        ("I have never seen it like this.", "The last time was 1976."),
    ],
)
def test_question_paragraphs_without_an_interview_are_the_outlet_s(old: str, new: str) -> None:
    """Questions as paragraphs alone do not make an interview: without someone the introduction says the outlet
    spoke to, with one such question only, or with no answer in the first person, the answers stay the outlet's."""
    text = INTERVIEW.replace(old, new)
    assert old in INTERVIEW and _who(text, "It is half what") == "The Gazette"


@pytest.mark.parametrize(
    "text",
    [
        "The statement, issued by the harbour board late on Friday, said the logs were clear.",
        "The report, published on Monday by the harbour board, said the logs were clear.",
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str) -> None:
    assert _speakers(text)[0][1] == "the harbour board"


def test_a_thing_reported_by_someone_is_not_who_reported_it() -> None:
    """'... before the incident reported by the airport': a participle with its agent says the airport reported
    the incident, not that the incident said anything; 'The board reported by email that ...' is the board's."""
    text = "All flights at the range ended at 11:20, two hours before the incident reported by the airport."
    assert _who(text, "All flights") == "The Gazette"
    assert _who("The board reported by email that the pier was closed.", "The board") == "The board"


def test_the_matter_is_nobody() -> None:
    """'... familiar with the matter said': a word ending like a noun for someone acting that names no one."""
    assert _who("The deal was signed, two people familiar with the matter said.", "The deal") != "the matter"


def test_as_someone_put_it() -> None:
    assert _who('As one local fisherman put it to us, "I saw one ferry."', "As one") == "one local fisherman"
    assert _who('As Mayor Ana Silva put it, "the road is open."', "As Mayor") == "Mayor Ana Silva"


def test_a_statement_introduced_by_the_line_before() -> None:
    """A line ending in ':' introduces a statement; the statement's sentences are its author's."""
    text = (
        "The broadcaster aired a statement from the Fisheries Agency:\n"
        "Quotas will be cut by a tenth. Inspections will double.\n"
        "Fishermen gathered at the harbour."
    )
    assert _who(text, "Quotas").startswith("the Fisheries Agency")
    assert _who(text, "Inspections").startswith("the Fisheries Agency")
    assert _who(text, "Fishermen") == "The Gazette"


def test_a_statement_introduced_by_a_heading() -> None:
    """A quoted statement under a heading naming its author (the heading itself is not quotable)."""
    text = "National Grid Operator\n\nPress Release\n\n“Supply was restored to all homes by noon.”\n"
    assert _who(text, "“Supply") == "National Grid Operator"


def test_the_ministry_said_is_the_ministry_named_in_full_before() -> None:
    text = (
        'The Ministry of Water Resources announced new limits.\n"Wells in the north will be capped," the ministry said.'
    )
    assert _who(text, '"Wells') == "Ministry of Water Resources"


def test_an_attribution_at_the_close_of_a_quotation_covers_its_opening() -> None:
    text = '"The dam held through the night. The spillway was opened at six," the agency said.'
    assert _who(text, '"The dam') == _who(text, "The spillway") == "the agency"


def test_the_byline_is_the_author() -> None:
    text = "Officials said little.\nJohn Roe\n"
    assert _who(text, "John Roe", author="John Roe") == "John Roe (author)"
    credits = "The bridge will reopen in March, the council said.\n(Reporting by John Roe; Editing by Ann Lee)"
    assert _who(credits, "(Reporting", author="John Roe") == "John Roe (author)"  # the reporter, not the editor


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        # the subject of the main reporting verb, not a name in a clause before it
        (
            "Shortly after Smith rejected the plan, council spokesman Tom Baker said the vote would go ahead.",
            "Shortly",
            "council spokesman Tom Baker",
        ),
        # "X was quoted by Y as saying": X's words, carried by Y (not the other way round)
        (
            "The agency was quoted by the Daily Courier as saying that the dam had held.",
            "The agency",
            "The agency (quoted by the Daily Courier)",
        ),
        # the subject ends where its verb begins
        ("A spokesman for the port described the report as wrong.", "A spokesman", "A spokesman for the port"),
        # an abbreviated rank inside the speaker's name
        (
            "“The road is closed,” said police spokesman Sgt. Lena Ortiz.",
            "“The road",
            "police spokesman Sgt. Lena Ortiz",
        ),
        # a verb in a side phrase ("in a statement issued ...") is not the one that attributes
        (
            "The ferry operator, in a statement issued late on Sunday, said the crossing would resume.",
            "The ferry",
            "The ferry operator",
        ),
        # a subject in lower case that names someone acting, found only by the parse
        ('In a post on social media, the mayor called the report "pure fiction".', "In a post", "the mayor"),
        ('The claims were dismissed as "nonsense" by the ferry operator.', "The claims", "the ferry operator"),
        # the patterns stopped at "at the": the parse's whole subject
        ("Officials at the port said the vessel had left on time.", "Officials", "Officials at the port"),
        # a name set off after the subject is kept
        (
            "The union's leader, Eva Holm, told the radio station that talks had collapsed.",
            "The union",
            "The union's leader, Eva Holm",
        ),
        # "according to" a body written in lower case
        ("According to the port authority, the vessel left at 6 a.m.", "According", "the port authority"),
        # a relative clause is no part of the subject, nor the place it names
        (
            "The operator of a ferry that struck a pier in Portsea on Saturday has rejected the claims.",
            "The operator",
            "The operator of a ferry",
        ),
    ],
)
def test_the_parse_corrects_the_patterns(text: str, starts: str, expected: str) -> None:
    """Where the patterns would take the wrong name, the parse's subject of the reporting verb is the speaker."""
    assert _who(text, starts) == expected


def test_words_before_a_verb_that_name_nobody_are_no_speaker() -> None:
    """'the day', 'news', 'a misreading of' are not someone, nor "Some" of "Some have suggested that ...", capitalised
    only as a sentence's first word; a role, a body, a name or a pronoun is, and a kind of people counted ("Some
    residents")."""
    from index.attribution import plausible_speaker

    for nobody in ["the day", "news", "a misreading of", "Some", "Others", "Many"]:  # others, left unnamed
        assert not plausible_speaker(nobody), nobody
    for someone in [
        "the ministry",
        "officials",
        "he",
        "Sputnik",
        "a spokesman for the port",
        "news agency",
        "Some residents",
    ]:
        assert plausible_speaker(someone), someone


def test_a_speaker_that_runs_into_a_verb_is_none() -> None:
    """'reports' read as a reporting verb in "A check ... found reports of ..." gives no speaker ending in 'found'."""
    text = "A check by Harbour.info of local media found reports of closures in and around the port."
    assert _who(text, "A check") == "The Gazette"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Harbour Board officials", "the Harbour Board", True),  # a body and its officials
        ("Pentagon officials", "Pentagon spokesman Ana Silva", True),  # an institution's name is a proper word
        ("Department of Defense spokesman Ana Silva", "the Pentagon", True),  # an institution by another name
        ("the Associated Press", "AP", True),
        ("Department of Defense spokesman Ana Silva", "the State Department", False),
        ("Marta Lind, a harbour pilot", "Lind", True),  # a person named in full, then by surname
        ("the French Transport Ministry", "France", True),  # a country's body speaks for the country
        ("the French Transport Ministry", "the German Transport Ministry", False),  # generic words, two countries
        ("French skipper Anne Morel", "French pilot Luc Girard", False),  # two people of one country
        ("the ferry company", "Coastal Wire", False),
        ("The ferry company", "the ferry company", True),  # one name without a proper word, written twice
        ("the ferry company", "the bus company", False),
        ("", "", False),  # the outlet's narration is no one's voice
        # a body named by a common noun and its officer by that noun and a role
        ("coast guard spokeswoman Hanne Lie", "Norland's coast guard", True),
        ("The air traffic controllers' union", "union chairman Arne Vik", True),
        ("Airport spokeswoman Kari Holm", "Flesland airport", True),
        ("police inspector Mona Rud", "Police in Tarlo", True),  # an officer of the police by rank
        ("fire station manager Per Dahl", "the fire station", True),
        ("police inspector Mona Rud", "the ferry company", False),
        ("union chairman Arne Vik", "the ferry company", False),
        ("union secretary Petra Lang", "union chairman Arne Vik", False),  # two people, not a body
        ("White House press secretary Ana Silva", "the Associated Press", False),  # an office, not a body
        ("The trust's chief executive, Dr Ana Silva", "A hospital trust in eastern England", True),  # its head noun
        # a body named with its kind of institution, capitalised, is no person: its officer speaks for it
        ("a clinic spokeswoman, Ana Silva", "Elmfield Clinic", True),
        ("a school spokesman, Tom Ball", "Elmfield University", False),
        # two bodies sharing only a word for a kind of place or body, each with words of its own
        ("Hollowmere Wildlife Park (statement)", "Zoo and Park Workers' Union (statement)", False),
        ("Elmfield Council", "Dunvale Council", False),
        ("the Harbour Trust", "Trust", True),  # the one name less its own words
    ],
)
def test_same_voice(a: str, b: str, same: bool) -> None:
    assert same_voice(a, b) is same


def test_a_role_named_earlier_is_the_person_named_with_it() -> None:
    """'the spokesman added', 'the Harbour Board spokesman went on to say': the spokesman named earlier, with his
    name; a spokesman of another body, or a role never named with a person, stays as written."""
    text = (
        '"We are not moving the ferries," Harbour Board spokesman Ole Berg told the Gazette. '
        '"Our plan has not changed," the Harbour Board spokesman went on to say. '
        '"The pier stays shut," the spokesman added. '
        '"It will open in May," the Ferry Line spokesman said.'
    )
    assert _who(text, '"Our plan') == "Harbour Board spokesman Ole Berg"
    assert _who(text, '"The pier') == "Harbour Board spokesman Ole Berg"
    assert _who(text, '"It will') == "the Ferry Line spokesman"
    assert _who('The board closed the pier. "It stays shut," the spokesman said.', '"It stays') == "the spokesman"


def test_a_surname_after_a_courtesy_title_is_the_person_named_in_full_before() -> None:
    """'Mr Berg also said': the Ole Berg named before, with his role; a courtesy title before a surname nobody was
    named with stays as written."""
    text = (
        "Harbour Board chairman Ole Berg said on Monday the pier would stay shut. "
        "Mr Berg also said that the ferry plan was “nonsense.” "
        "Ms. Lund said she had not seen the plan."
    )
    assert _who(text, "Mr Berg") == "Harbour Board chairman Ole Berg"
    assert _who(text, "Ms. Lund") == "Ms. Lund"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbour Board flatly denied the report, calling it “baseless,” said spokesman Capt. Ole Berg.",
            "Harbour Board spokesman Capt. Ole Berg",
        ),
        ("The ferry company rejected the claims, a spokeswoman said.", "ferry company spokeswoman"),
        # the reported clause says nothing, or its subject is a person: the role stays as written
        ("The report was false, said spokesman Ole Berg.", "spokesman Ole Berg"),
        ("Anna Lund denied the report, said spokesman Ole Berg.", "spokesman Ole Berg"),
        # a role of a body already named is not given another
        ("The Harbour Board denied the report, said Ferry Line spokesman Ole Berg.", "Ferry Line spokesman Ole Berg"),
    ],
)
def test_a_bare_role_holds_it_for_the_body_that_denied_or_said(text: str, expected: str) -> None:
    assert _who(text, text[:12]) == expected


def test_a_role_written_before_the_name_is_kept_for_the_surname_later() -> None:
    """'The harbour master, Jonas Brekke, said ...' then 'Mr Brekke added ...': the later words are the harbour
    master's, with his role, as when the role follows the name."""
    text = (
        "The harbour master, Jonas Brekke, said the ferry had been travelling too fast. "
        "Mr Brekke added that an inquiry would take six weeks."
    )
    assert _who(text, "Mr Brekke") == "The harbour master, Jonas Brekke"


def test_a_complaint_is_its_complainants() -> None:
    """'Local fishermen have complained for months about dead fish, according to the regional broadcaster': the
    fishermen's complaint, carried by the broadcaster."""
    text = "Local fishermen have complained for months about dead fish, according to regional broadcaster Kyst TV."
    assert _who(text, "Local").startswith("Local fishermen")


def test_she_after_a_sentence_opening_with_a_person_is_that_person() -> None:
    """'Opposition leader Siri Nygaard backed the delay. She told this blog ...': she is Nygaard, not the councillor
    quoted before; with another sentence between, the person quoted last stays the antecedent."""
    quoted = 'Councillor Erik Moe said the estimate had doubled. "We cannot sign a blank cheque," Moe said. '
    text = quoted + "Opposition leader Siri Nygaard backed the delay. She told this blog the market would go."
    assert _who(text, "She told") == "Opposition leader Siri Nygaard"
    between = quoted + "Siri Nygaard backed the delay. The vote is in April. She told this blog the market would go."
    assert _who(between, "She told") == "Councillor Erik Moe"


def test_it_said_is_the_body_that_spoke_last() -> None:
    """'The mayor's office disputed that account. In a statement, it said ...': the mayor's office; after a person
    spoke last, "it" is nobody known."""
    text = "The mayor's office disputed that account. In a statement, it said costs had risen by 15 percent."
    assert _who(text, "In a statement") == "The mayor's office"
    person = "Mayor Ana Berg disputed that account. In a statement, it said costs had risen by 15 percent."
    assert _who(person, "In a statement") == "The Gazette"


@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("The rowing club was not convinced either.", "rowing club secretary Ida Holm"),
        ("Brannvik Chemicals welcomed the findings.", "Brannvik Chemicals secretary Ida Holm"),
    ],
)
def test_its_officer_is_the_officer_of_the_body_the_sentence_before_opened_with(opening: str, who: str) -> None:
    """'The rowing club was not convinced either. "Heat doesn't smell of oil," said its secretary, Ida Holm.': the
    club's secretary, though a person spoke last; a body the parse finds opening the sentence before ("Brannvik
    Chemicals welcomed ...") as well as one named with a word for a body."""
    text = (
        'Council leader Per Dahl said the matter was not closed. "We want answers," he said. '
        f'{opening} "Heat doesn\'t smell of oil," said its secretary, Ida Holm.'
    )
    assert _who(text, '"Heat doesn') == who


def test_we_outside_any_quotation_is_the_article_s_own_voice() -> None:
    """'We have reported the attack to the police.' in a hospital's own update is the hospital's, not the last
    person quoted; "we" in someone's quotation stays theirs."""
    text = (
        '"The systems are back," said chief nurse Ida Holm. We have reported the attack to the police. '
        '"We said so at the time," said one of the porters.'
    )
    assert _who(text, "We have reported") == "The Gazette"
    assert _who(text, '"We said so') == "one of the porters"


def test_who_may_call_a_line_gives_no_name() -> None:
    """'Passengers with questions can call our information line on 800 12 345.': a telephone call, no one naming
    something (as "The minister called the claim propaganda" does)."""
    text = "Passengers with questions can call our information line on 800 12 345."
    assert _who(text, "Passengers") == "The Gazette"


def test_a_statement_s_own_people_are_the_body_s() -> None:
    """In a body's own statement, "Our pilot, who has guided ships into Tarlo for 22 years, told the crew ..." is
    the body's pilot."""
    text = (
        "We stand by our pilot. Our pilot, who has guided ships into Tarlo for 22 years, told the bridge crew at "
        "6:37 that the ship was not answering the helm. We will give the investigators our recordings."
    )
    who = _who(text, "Our pilot", outlet="Tarlo Pilots' Association")
    assert who == "Tarlo Pilots' Association pilot"


def test_an_officer_of_a_body_given_by_what_it_is_and_its_name_is_the_named_body_s() -> None:
    """'The airport operator, Nordfly, said ... "...," spokeswoman Hege Lie said.': Nordfly's spokeswoman."""
    text = (
        "The airport operator, Nordfly, said the runway had been cleared. "
        '"The runway met every requirement," spokeswoman Hege Lie said.'
    )
    assert _who(text, '"The runway met') == "Nordfly spokeswoman Hege Lie"


def test_urging_is_a_statement_of_whoever_urges() -> None:
    """'The transport minister, Lars Dahl, urged both sides to return to talks': the minister's."""
    text = "The transport minister, Lars Dahl, urged both sides to return to talks."
    assert _who(text, "The transport") == "The transport minister, Lars Dahl"


def test_a_sentence_opening_with_a_body_s_role_opens_with_no_person_of_the_body_s_name() -> None:
    """'Harbour Pilots' operations director, Ana Silva, said ... . "...," she told reporters.': she is the director,
    not "Harbour Pilots'", an owner read as a two-word name."""
    text = (
        'Northline Ferries\' operations director, Ana Silva, said the ferry had been "safe at all times". '
        '"There was never any danger of it sinking," she told reporters.'
    )
    assert _who(text, '"There was never') == "Northline Ferries' operations director, Ana Silva"


def test_a_name_closing_the_subject_s_relative_clause_is_the_subject_s_name() -> None:
    """'But a retired engineer who inspected the pier for the council, Ole Dahl, said ...': the parse hangs the
    name on "council", the clause's last noun; it is the engineer's, and "he said" next is his."""
    text = (
        "The ferry company said the pier was sound. "
        "But a retired engineer who inspected the pier for the council, Ole Dahl, said the cracks were growing. "
        '"I would not have let a ferry tie up there," he said.'
    )
    assert _who(text, "But a retired") == "a retired engineer, Ole Dahl"
    assert _who(text, '"I would not') == "a retired engineer, Ole Dahl"


def test_its_role_is_the_role_of_the_body_that_spoke_just_before() -> None:
    """'The operator, Stadtbus, says ... . Its spokesman, Markus Weber, told this blog ...': Stadtbus spokesman
    Markus Weber. After a person's words, "its spokesman" has no body to be of and stays as written."""
    text = (
        "The operator, Stadtbus, says its drivers earn 3,100 euros a month. "
        'Its spokesman, Markus Weber, told this blog the offer was "the best in the region".'
    )
    assert _who(text, "Its spokesman") == "Stadtbus spokesman Markus Weber"
    after_person = (
        "Union secretary Petra Lang says drivers earn less. "
        'Its spokesman, Markus Weber, told this blog the offer was "the best in the region".'
    )
    assert "Stadtbus" not in _who(after_person, "Its spokesman")
    assert "Petra" not in _who(after_person, "Its spokesman")


def test_a_fact_checked_claim_is_whoever_its_credit_line_says_made_it() -> None:
    """'Claim: The board closed the route.' with 'Claimed by: Harbour Board' just below: the board's claim, not the
    fact-checker's words; the check's own sentences stay the outlet's."""
    text = (
        "Claim: The harbour board and the ferry company jointly closed the northern route in March.\n"
        "Claimed by: Harbour Board\n"
        "The ferry company said it had closed the route alone, after a storm damaged the pier.\n"
        "We found no record of a joint decision in the board's minutes.\n"
    )
    assert _who(text, "Claim:", outlet="ClaimCheck") == "Harbour Board"
    assert _who(text, "We found", outlet="ClaimCheck") == "ClaimCheck"


def test_a_naming_clause_the_parse_makes_the_subject_is_the_speaker() -> None:
    """'Hackers calling themselves "Black Lantern" said on a website ...': the parse makes "calling ..." the
    clause subject of "said"; the hackers so named speak, not the outlet."""
    text = 'Hackers calling themselves "Black Lantern" said on a website on Sunday that they had taken the files.'
    assert _who(text, "Hackers") == 'Hackers calling themselves "Black Lantern"'


def test_the_outlet_s_own_question_is_nobody_else_s_words() -> None:
    """'Why would the board claim the pier was safe?' is the outlet asking: the board said nothing in it. Someone's
    question in quotation marks stays theirs."""
    text = (
        "Why would the harbour board claim the pier was safe? One reason is money.\n\n"
        '"Why would we close a pier that is safe?" the board chairman, Ian Lowe, asked.\n'
    )
    assert _who(text, "Why would the harbour board", outlet="Coast Times") == "Coast Times"
    assert "Ian Lowe" in _who(text, '"Why would we', outlet="Coast Times")


def test_whoever_repeats_a_statement_says_it() -> None:
    """'On Friday its spokesman repeated that ...': saying again is saying."""
    text = "The harbour board denied the report. On Friday its spokesman, Ian Lowe, repeated that the pier was safe."
    assert "Ian Lowe" in _who(text, "On Friday", outlet="Coast Times")


def test_a_body_named_by_words_ending_in_fund_or_trust_is_no_person() -> None:
    """'The Harbour Relief Fund said ... Its director, Ana Silva, called for ...': a fund, a trust, a charity is a
    body, so "its director" is the fund's (a body named in capitalised words had passed for a person)."""
    for body in ("The Harbour Relief Fund", "The Portmore Sailors' Trust", "The Coastal Watch Society"):
        text = f"{body} said four of its boats were missing. Its director, Ana Silva, called for an inquiry."
        who = _who(text, "Its director", outlet="Coast Times")
        assert who.startswith(body.removeprefix("The ").split("'")[0]) and "Ana Silva" in who, who


def test_quoted_by_an_outlet_as_saying_keeps_the_speaker_first_whatever_stands_between() -> None:
    """'"...," X, the deputy harbour master, was quoted by LTV as saying': X's words, carried by LTV; the outlet is
    no speaker however long the apposition after the name."""
    for name in ("Captain Ole Berg", "Captain Ole Berg, the deputy harbour master,"):
        text = f'"The route was agreed with the board the day before," {name} was quoted by LTV as saying.'
        who = _who(text, '"The route', outlet="Coast Times")
        assert who.startswith("Captain Ole Berg") and who.endswith("(quoted by LTV)"), who


def test_the_statement_said_is_whoever_issued_the_statement() -> None:
    """'the statement said' after another voice was quoted is the statement's: the body that spoke 'in a statement',
    not the person quoted in between."""
    text = (
        "The harbour board closed the pier on Friday, its press office said in a statement.\n\n"
        '"We had no choice," Captain Ole Berg was quoted by LTV as saying.\n\n'
        "Two boats were damaged and one sank, the statement said.\n"
    )
    assert _who(text, "Two boats", outlet="Coast Times") == _who(text, "The harbour board", outlet="Coast Times")


def test_a_sentence_opening_with_the_statement_is_its_issuer_s() -> None:
    """'The statement said ...' after 'In a statement, the harbour board said ...': the board's words; 'The trust
    said ...' is the trust the article named in full before."""
    text = (
        "In a statement posted on Monday, the Portmore harbour board said the pier was safe.\n\n"
        "The statement said two inspectors had checked it on Sunday.\n\n"
        "The Portmore Sailors' Trust, which speaks for the crews, disagreed. The trust said the pier had cracked.\n"
    )
    assert _who(text, "The statement", outlet="Coast Times") == _who(text, "In a statement", outlet="Coast Times")
    assert _who(text, "The trust said", outlet="Coast Times") == "Portmore Sailors' Trust"


def test_people_placed_by_a_preposition_are_the_speakers_not_the_place() -> None:
    """'Local fishermen on the north bank told Radio Sava ...': the fishermen, not "the north bank"."""
    text = "Local fishermen on the North Bank told Radio Sava they had seen only two boats that night."
    assert _who(text, "Local fishermen", outlet="Coast Times") == "Local fishermen on the North Bank"


def test_a_clause_of_saying_beside_the_main_verb_makes_its_subject_the_speaker() -> None:
    """'Minister Ana Kovac went further on Friday, calling the statement "fiction"': she calls it so; a clause
    that says nothing ("..., hoping for calm") makes no speaker."""
    text = 'Harbour Minister Ana Kovac went further on Friday, calling the board\'s statement "fiction".'
    assert "Ana Kovac" in _who(text, "Harbour Minister", outlet="Coast Times")
    quiet = "Harbour Minister Ana Kovac went to the pier on Friday, hoping for calm weather."
    assert _who(quiet, "Harbour Minister", outlet="Coast Times") == "Coast Times"


def test_the_spokesperson_is_the_one_quoted_before_even_unnamed() -> None:
    """'a police spokesperson told Radio Sava ... The spokesperson said ...': the same spokesperson, named or not."""
    text = (
        '"No police boat was out that night," a police spokesperson told Radio Sava in an email. '
        'The spokesperson said the centre dealt only with "paperwork on stolen cars".'
    )
    assert _who(text, "The spokesperson", outlet="Coast Times") == "a police spokesperson"


def test_an_outlet_quoting_someone_set_off_by_commas_carries_their_words() -> None:
    """'The state news agency VNA quoted the agency's deputy director, Igor Salo, as saying ...': Salo's words,
    carried by VNA; 'The Gazette quotes a similar denial ...' quotes what was said, and the Gazette speaks."""
    text = (
        "The state news agency VNA quoted the harbour board's deputy director, Igor Salo, as saying that the "
        'radar had passed "precise data" to the port.'
    )
    who = _who(text, "The state news agency", outlet="Coast Times")
    assert who.startswith("the harbour board's deputy director, Igor Salo") and who.endswith("VNA)"), who
    denial = "The Gazette quotes a similar denial in a statement from the board:"
    assert _who(denial, "The Gazette", outlet="Coast Times") == "The Gazette"


def test_the_agency_said_is_the_agency_that_spoke_before() -> None:
    """'No one was hurt, the agency said.' after "Velmar's space agency said ...": that agency, named in full."""
    text = (
        "Velmar's space agency said on Sunday it had tracked the debris with data from its neighbour. "
        "Pieces fell into the sea and on farmland in the north. No one was hurt, the agency said."
    )
    assert _who(text, "No one was hurt", outlet="Coast Times") == "Velmar's space agency"


def test_its_director_after_a_body_named_by_its_kind_is_that_body_s() -> None:
    """'The group, Open Orbit, said ...' then '"...," said its director, Sofia Ramos': the group's director (two
    capitalised words after a kind of body name the body, not a person)."""
    text = (
        "The group, Open Orbit, said it had examined images taken on Monday. "
        '"We see no boats anywhere in the bay," said its director, Sofia Ramos.'
    )
    assert _who(text, '"We see no boats', outlet="Coast Times") == "Open Orbit director Sofia Ramos"


def test_it_is_the_body_the_sentence_before_opened_with() -> None:
    """'The Harbour Board did not respond to a request for comment. On Monday it said ...': the board said it, though
    someone else spoke last; a sentence opening with no body leaves "it" to the last body that spoke."""
    text = (
        '"We see no boats anywhere," said Sofia Ramos, a local fisherman. '
        "The Harbour Board did not respond to a request for comment. "
        "On Monday it said two crews had rescued 40 people."
    )
    assert _who(text, "On Monday it said", outlet="Coast Times") == "The Harbour Board"


def test_the_second_half_of_a_quotation_continues_the_sentence_that_opened_it() -> None:
    """'"No call came in.' then 'We did what we could," the owner said.': one quotation cut in two; a quotation
    closed in its own sentence, one opened after the next sentence, another paragraph or article, are not."""

    def at(sid: int, text: str, block: int = 0, article: str = "a") -> Sentence:
        return Sentence(sid, article, 0, len(text), text, block)

    for opening, rest in (
        ('"No call came in on the bridge.', 'We did what we could," the owner said.'),
        ("“No call came in on the bridge.", "We did what we could,” the owner said."),
        ('The owner said: "No call came in.', 'We did what we could."'),
    ):
        assert continues_quotation(at(0, opening), at(1, rest)), opening
        assert not continues_quotation(at(0, opening), at(1, rest, block=1))
        assert not continues_quotation(at(0, opening), at(1, rest, article="b"))
        assert not continues_quotation(at(0, opening), at(2, rest))
    assert not continues_quotation(at(0, '"No call came in," the owner said.'), at(1, 'He added that "all was well."'))
    assert not continues_quotation(at(0, 'He called it "a lie" at once.'), at(1, 'We did what we could," he said.'))
    assert not continues_quotation(at(0, '"No call came in.'), at(1, 'Then "nothing" was done.'))


def test_a_pronoun_nothing_before_names_is_the_sentence_s_own_subject() -> None:
    """An article opening "A harbour worker has given police photos he says show ..." has no one before "he": the
    photos are the worker's account. A subject that is no one ("The storm") leaves the pronoun to the rules after."""
    text = "A harbour worker has given police photos he says show the ferry leaving at dawn. The inquiry goes on."
    assert _who(text, "A harbour worker") == "A harbour worker"
    text = "The storm damaged a pier she says was already unsafe. Then it ends."
    assert _who(text, "The storm") != "The storm"


def test_a_bare_role_right_after_a_body_spoke_is_that_body_s() -> None:
    """ "The port authority rejected the figure. 'No crane failed,' chief executive Ana Berg told reporters." gives
    the authority's chief executive; not after a person, the outlet, or a sentence of another paragraph."""
    text = 'Norvik Shipping rejected the figure. "No crane failed," chief executive Ana Berg told reporters.'
    assert _who(text, '"No crane') == "Norvik Shipping chief executive Ana Berg"  # (tagged ORG)
    text = 'The Harbour Board denied the report. "We saw nothing," spokesman Ole Dahl said.'
    assert _who(text, '"We saw') == "Harbour Board spokesman Ole Dahl"
    text = 'Mette Lind said the crane was old. "No crane failed," spokesman Ole Dahl said.'
    assert _who(text, '"No crane') == "spokesman Ole Dahl"
    text = 'Kessel Shipping rejected the figure.\n\n"No crane failed," chief executive Ana Berg told reporters.'
    assert _who(text, '"No crane') == "chief executive Ana Berg"


def test_a_role_told_by_a_who_clause_goes_with_the_name() -> None:
    """ "Ole Dahl, who chairs the ferry users' group, said ..." names Dahl by that role, in that sentence and in his
    quotation after it; a clause of something else he did ("who saw the crash") is no role."""
    text = (
        "Ole Dahl, who chairs the Portmore Ferry Users' Group, said members had waited since dawn. "
        '"Nobody told us anything," Dahl said.'
    )
    assert _who(text, "Ole Dahl") == "Ole Dahl, who chairs the Portmore Ferry Users' Group"
    assert _who(text, '"Nobody') == "Ole Dahl, who chairs the Portmore Ferry Users' Group"
    text = 'Ole Dahl, who saw the crash, said it was loud. "Nobody told us anything," Dahl said.'
    assert _who(text, '"Nobody') == "Ole Dahl"


def test_words_quoted_to_the_sentence_s_end_are_no_attribution() -> None:
    """'"I rang the port on Tuesday and told them the gate was open. Nobody came," he said.': "Tuesday and told"
    is in the quotation, not someone telling; the quotation is the farmer's, whose words these are."""
    text = (
        "Farmer Ola Berg said the water had risen for two days. "
        '"I rang the port on Tuesday and told them the gate was open. Nobody came," he said.'
    )
    assert _who(text, '"I rang') == "Farmer Ola Berg"
    # a sentence that also closes its quotation is attributed by its own words
    text = 'Farmer Ola Berg spoke first. "The gate was open," the harbour master told reporters.'
    assert _who(text, '"The gate') == "the harbour master"


def test_a_role_after_a_name_and_an_age_goes_with_the_name() -> None:
    """ "Ida Holm, 34, a nurse ..., told NRB": the age is set off as the role is; the role goes with the name."""
    text = 'Ida Holm, 34, a nurse on her way to work, told NRB: "The carriage tipped. Then it was dark."'
    assert _who(text, "Ida Holm") == "Ida Holm, a nurse on her way to work"
    assert _who(text, "Then it was dark") == "Ida Holm, a nurse on her way to work"


def test_a_body_s_own_statement_is_its_voice() -> None:
    """A statement in which the outlet speaks as "we" (a company's, a union's) gives its narration to the outlet
    as its statement; quoted words stay their speaker's. News with one "we" of its newsroom, or whose "we" is only
    inside someone's quotation, stays the outlet's narration."""
    statement = (
        "Statement on the closure of the Harbour Road depot\n\n"
        "We are sorry for the disruption to our customers this week.\n\n"
        "The depot was closed on Monday after a fault in its cooling system. Our engineers found the fault within "
        "an hour. We do not accept that any food left the depot unsafe.\n\n"
        'The council said on Tuesday that "the depot should stay shut".'
    )
    mark = "Brennick Foods (statement)"
    assert _who(statement, "We are sorry", outlet="Brennick Foods") == mark
    assert _who(statement, "The depot was closed", outlet="Brennick Foods") == mark
    assert _who(statement, "We do not accept", outlet="Brennick Foods") == mark
    assert _who(statement, "The council said", outlet="Brennick Foods") == "The council"
    news = (
        "The Harbour Road depot was closed on Monday after a fault in its cooling system.\n\n"
        "The council said it would inspect the depot on Friday. We have asked the company for comment.\n\n"
        '"We are sorry for the disruption," said Anna Berg, a Brennick Foods manager. "Our engineers are on it."\n\n'
        "Customers were sent to the depot in Karvik instead."
    )
    assert _who(news, "The Harbour Road depot", outlet="Coast Radio") == "Coast Radio"
    assert _who(news, "Customers were sent", outlet="Coast Radio") == "Coast Radio"


def test_own_statement_counts_we_outside_quotations() -> None:
    """own_statement: "we"/"our"/"us" (or "I"/"my"/"me") in a third of the narration and in two sentences at
    least; "US" is a country, and quoted words are someone else's."""
    from index.attribution import own_statement

    assert own_statement(["We regret the delay.", "Our crews worked all night.", "The line reopened at six."])
    assert not own_statement(["We regret the delay.", "The line reopened.", "Trains ran.", "Buses ran.", "It rained."])
    live = ["We regret the delay.", "Our crews worked.", "The line reopened.", "Trains ran.", "Buses ran."]
    assert not own_statement(live + ["It rained.", "Roads shut."])  # two of seven
    assert not own_statement(["US officials met.", "The US said so.", "The line reopened."])
    # a person's own post speaks as "I" and "my"
    assert own_statement(["My brother died on Sunday.", "He was 34.", "I have seen the figures myself."])
    assert not own_statement(['"We regret it," he said.', '"Our crews worked," she said.', "The line reopened."])


def test_no_one_is_no_speaker() -> None:
    """ "Nobody has explained to us why ..." quotes no one: the sentence is the outlet's."""
    text = "The ferry waited for three hours. Nobody has explained to us why the ferry waited."
    assert _who(text, "Nobody has") == "The Gazette"
    assert _who("No one told the crew why the ferry waited.", "No one") == "The Gazette"


def test_a_body_s_officer_by_its_common_noun_is_the_body_named_before() -> None:
    """ "A ministry spokesman, Colonel Radu Ilic, told ..." after "Norland's defence ministry says ..." is that
    ministry's spokesman; with no such body named before, the words stay as written."""
    text = (
        "Norland's defence ministry says its air defences brought down the drone. A ministry spokesman, Colonel "
        'Radu Ilic, told state television the drone had ignored "three clear warnings".'
    )
    assert _who(text, "A ministry spokesman") == "Norland's defence ministry spokesman, Colonel Radu Ilic"
    alone = 'A ministry spokesman, Colonel Radu Ilic, told state television the drone had ignored "warnings".'
    assert _who(alone, "A ministry spokesman") == "A ministry spokesman, Colonel Radu Ilic"


def test_a_group_s_founding_told_after_it_is_no_part_of_its_name() -> None:
    """ "A parents' group set up on Tuesday says ...": the group speaks; its date and its founding are cut."""
    text = "A parents' group set up on Tuesday says it has collected reports of more than 90 sick children."
    assert _who(text, "A parents'") == "A parents' group"


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        (
            "A ferryman who saw the MV Arken drift into the lock gates on Monday says the crew had gone ashore.",
            "A ferryman",
            "A ferryman",
        ),
        ("Residents who heard the blast said windows shook across the street.", "Residents", "Residents"),
        (
            "A Port Dalby official who spoke on condition of anonymity said the gates held.",
            "A Port",
            "A Port Dalby official",
        ),
    ],
)
def test_a_subject_described_by_a_relative_clause_is_its_words_before_who(
    text: str, starts: str, expected: str
) -> None:
    """The clause's own words ("saw the barge drift into the lock gates") are nobody's name, capitalised or not."""
    assert _who(text, starts) == expected


def test_the_words_of_a_relative_clause_before_a_reporting_verb_name_no_one() -> None:
    """Read back from the verb, "A fisherman who watched the MV Arken hit the wall" holds capitalised words in its
    clause ("MV Arken"): the speaker is the fisherman, whatever the parse makes of the sentence."""
    from index.attribution import _name_before

    assert _name_before("A fisherman who watched the MV Arken hit the wall on Tuesday") == "A fisherman"
    assert _name_before("Two Vessby residents who saw it") == "Two Vessby residents"
    assert _name_before("On Monday a man who saw the MV Arken drift") is None  # no subject opening the words


def test_the_company_is_the_body_that_spoke_last() -> None:
    """'Nordtow rejected the account. The company said ...': the company is Nordtow, also past a person
    quoted since; never the union that spoke last, which is no company."""
    text = (
        "The dockers' union said the tug had left early. Nordtow rejected the account. "
        "The company said its crew had followed the pilot's orders."
    )
    assert _who(text, "The company said") == "Nordtow"
    past = text.replace("The company said", 'Its skipper Ole Berg said: "We did as told." The company said')
    assert _who(past, "The company said") == "Nordtow"
    union = "Nordtow said nothing. The dockers' union said the tug had left early. The company said it would reply."
    assert _who(union, "The company said") == "The company"


def test_he_said_after_one_unnamed_person_is_that_person() -> None:
    """ "he said" just after a quoted person the article does not name ("A lifeguard ... told the Courier") is that
    person, not someone named further up."""
    text = (
        "Mara Lind, 24, said she had queued for an hour at the pier.\n\n"
        'A lifeguard who was on duty, who asked not to be named, told the Courier the pier was "a trap". '
        '"They opened the gate because the queue was out of hand. We had asked for more staff," he said.'
    )
    assert _who(text, '"They opened', outlet="The Courier").startswith("A lifeguard")
    # a named person before and no one else quoted in between: still the named one
    named = 'Mara Lind, 24, said she had queued for an hour.\n\n"We never saw a steward," she said.'
    assert _who(named, '"We never', outlet="The Courier") == "Mara Lind"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("A security guard", True),
        ("a witness at the scene", True),
        ("One resident", True),
        ("another nurse, who works nights", True),
        ("A ministry spokesman", True),
        ("A ministry statement", False),  # a document, no person
        ("Residents", False),  # many people
        ("Tom Reilly", False),  # named: another rule
        ("A local firm", False),
    ],
)
def test_one_unnamed_is_one_person_not_named(speaker: str, expected: bool) -> None:
    from index.attribution import one_unnamed

    assert one_unnamed(speaker) is expected


def test_a_newsroom_s_we_makes_no_statement() -> None:
    """A live page in which the newsroom speaks as "we" ("our reporter", "our live coverage", "told the Courier")
    is the outlet's reporting, not a party's statement: its narration stays the outlet's own, with no mark."""
    live = (
        "That's where we will end our live coverage for tonight. Thanks for following along.\n\n"
        "Our reporter Ivo Tan is at the pier, where we can see a long queue.\n\n"
        "We have no reports of anyone hurt so far.\n\n"
        "The harbour office said the pier would reopen at eight."
    )
    assert _who(live, "Our reporter", outlet="Coast Courier") == "Coast Courier"
    assert _who(live, "We have no reports", outlet="Coast Courier") == "Coast Courier"
    told = (
        "We are at the pier tonight.\n\nWe will bring you news as it comes.\n\n"
        "A lifeguard told the Courier the gate was opened too early."
    )
    assert _who(told, "We will bring", outlet="Coast Courier") == "Coast Courier"
    # without a word of the newsroom, the same "we" is a body's own statement
    own = "We are at the pier tonight.\n\nWe will bring you news as it comes.\n\nThe gate opened at six."
    assert _who(own, "We will bring", outlet="Coast Courier") == "Coast Courier (statement)"


def test_a_person_s_own_post_is_its_author_s_statement() -> None:
    """A post or column whose author, one person, speaks as "I" in two sentences or more is the author's statement,
    not the site's; a body's statement speaking as "we" is the body's even when a person signed it; "our readers"
    in a post is its writer's, no newsroom's."""
    post = (
        "Thank you to everyone who wrote this week.\n\n"
        "I am sorry that the figures were wrong, and I apologise to our readers.\n\n"
        "The measurements themselves were recorded separately.\n\n"
        "My group will publish the new data in the spring."
    )
    mark = "Ana Lind (statement)"
    assert _who(post, "I am sorry", outlet="Lind Lab blog", author="Ana Lind") == mark
    assert _who(post, "The measurements", outlet="Lind Lab blog", author="Ana Lind") == mark
    # the same post with no author named is the site's
    assert _who(post, "I am sorry", outlet="Lind Lab blog") == "Lind Lab blog (statement)"
    body = (
        "We are sorry for the disruption to our customers.\n\n"
        "Our engineers found the fault within an hour.\n\n"
        "The depot reopened on Tuesday."
    )
    assert _who(body, "Our engineers", outlet="Brennick Foods", author="Ana Lind") == "Brennick Foods (statement)"


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("Our reporter Ivo Tan is at the pier.", "Coast Courier", True),
        ("I apologise to our readers and to the journal.", "Lind Lab blog", False),  # any writer has readers
        ("Thanks for following along.", "Coast Courier", True),
        ("A lifeguard told the Courier the gate was opened early.", "Coast Courier", True),
        ("A lifeguard told police the gate was opened early.", "Coast Courier", False),
        ("Our engineers found the fault.", "Brennick Foods", False),
        ('"Our reporter was wrong," he said.', "Coast Courier", False),  # quoted: someone else's words
    ],
)
def test_newsroom_speaks(text: str, outlet: str, expected: bool) -> None:
    from index.attribution import newsroom_speaks

    assert newsroom_speaks(text, outlet) is expected


def test_a_clause_up_to_a_participle_is_no_speaker() -> None:
    """ "The organisers blame the storm warning issued this morning.": the words before "issued" hold the sentence's
    own verb; they are a clause, not someone who issued anything."""
    text = "The pier was shut at noon.\n\nThe organisers blame the storm warning issued this morning."
    assert _who(text, "The organisers blame", outlet="The Courier") == "The Courier"


def test_a_release_marked_as_one_is_its_body_s_statement_with_two_sentences_in_the_first_person() -> None:
    """A body's release ("PRESS RELEASE" over it, "- ENDS -" under it) that tells most of its news in the third
    person (times, refunds) and speaks as "we" twice is the body's statement; the same text without the marks is
    not (two of eight sentences: under OWN_VOICE_SHARE)."""
    body = (
        "The pier will stay shut until Friday.\n\n"
        "Divers inspected the pier on Tuesday. A crack was found in the third span. "
        "Ticket holders will get a full refund. Refunds will be paid within ten days.\n\n"
        "We closed the pier as soon as the crack was found. The decision was made on safety grounds alone. "
        "We are sorry for the disruption.\n\n"
    )
    released = "PRESS RELEASE\n\n" + body + "- ENDS -\n\nMedia contact: Ann Roe, press@pier.example"
    mark = "Kelso Piers (statement)"
    assert _who(released, "The decision was made", outlet="Kelso Piers") == mark
    assert _who(released, "Ticket holders", outlet="Kelso Piers") == mark
    assert _who(body, "The decision was made", outlet="Kelso Piers") == "Kelso Piers"


def test_a_quotation_closed_by_said_and_a_name_is_that_person_s_after_a_group_s_words() -> None:
    """ "Several swimmers said they had seen a shark." then a quotation over two sentences closed by `," said Ines
    Moll, 34, who ...`: both sentences are Moll's, not the swimmers' whose words came just before."""
    text = (
        "Several swimmers said they had seen a shark near the pier. "
        '"I saw a fin right next to the buoy. Everyone was shouting," said Ines Moll, 34, who swims there daily.'
    )
    assert _who(text, '"I saw a fin') == "Ines Moll"
    assert _who(text, "Everyone was shouting") == "Ines Moll"
    assert _who(text, "Several swimmers") == "Several swimmers"


def test_its_director_is_the_body_named_just_before() -> None:
    """ "Consumer group Fairfare says ...", then `"...," its director, Paula Lind, said.`: the group's director, as
    "its secretary" is; a leader's title is a word of a speaker's role."""
    text = (
        "Consumer group Fairfare says the passengers are owed 400 euros each. "
        '"A broken fan is a maintenance problem," its director, Paula Lind, said.'
    )
    assert _who(text, '"A broken fan') == "Consumer group Fairfare director Paula Lind"


def test_a_speaker_ending_in_a_conjunction_is_no_one() -> None:
    """ "Ines Moll lives in Karvik and writes about ferries.": the words before "writes" end in "and", a clause, not
    someone who writes; the sentence stays the outlet's."""
    text = "The pier was shut.\n\nInes Moll lives in Karvik and writes about ferries."
    assert _who(text, "Ines Moll lives", outlet="Moll Afloat") == "Moll Afloat"


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        ("The inquiry panel found that the valve had been left open on purpose.", "The inquiry", "The inquiry panel"),
        ("Investigators concluded that the fire had started in the kitchen.", "Investigators", "Investigators"),
        # a thing found, no clause: nobody vouches for anything
        ("Workers repairing the roof found the tiles on Saturday.", "Workers", "The Gazette"),
        ("The panel found no evidence of any fault.", "The panel", "The Gazette"),
    ],
)
def test_who_found_that_something_is_so_vouches_for_it(text: str, starts: str, expected: str) -> None:
    """ "The panel found that ...", "investigators concluded that ...": the finding is its subject's, as what someone
    says is theirs; finding a thing ("found the tiles") reports no one's words."""
    assert _who(text, starts) == expected


def test_a_date_before_a_subject_with_no_article_is_no_part_of_it() -> None:
    """ "At a meeting on 26 February managers told drivers ...": the managers told them, not "26 February
    managers"; a name that begins with a month's word stays whole."""
    text = "At a meeting on 26 February managers told drivers that agency staff would be brought in."
    assert _who(text, "At a meeting") == "managers"
    text = 'On Monday officials told reporters the road was shut. "It is shut," March Hare spokesman Tom Reid said.'
    assert _who(text, "On Monday") == "officials"
    assert _who(text, '"It is shut') == "March Hare spokesman Tom Reid"


def test_the_readers_a_writer_speaks_to_are_no_speaker() -> None:
    """ "Many of you have written to me since Thursday" in a post: the writer's own sentence, not words of "Many
    of you"; a group named in the third person that wrote is one."""
    post = "Many of you have written to me since Thursday, and I want to answer here.\n\nThe figures were wrong."
    assert _who(post, "Many of you", outlet="Lind Lab blog") == "Lind Lab blog"
    news = "Many of the parents have written to the council since Thursday, the paper said.\n\nIt rained."
    assert _who(news, "Many of the parents", outlet="The Gazette") != "The Gazette"


def test_the_body_a_noun_refers_back_to_is_the_named_part_of_a_phrase() -> None:
    """ "Customers of Kelby Savings were locked out ... The fault began at dawn, the bank said.": "the bank" is
    Kelby Savings Bank's name in the phrase, not its customers; a name whose noun stands alone before "of" ("Bank
    of Portmore") is whole."""
    from index.attribution import _part_named_by

    text = (
        "Customers of Kelby Savings Bank were locked out of their accounts for most of Tuesday.\n"
        "The fault began at dawn and lasted until the evening, the bank said.\n"
    )
    assert _who(text, "The fault") == "Kelby Savings Bank"
    assert _part_named_by("Customers of Kelby Savings Bank", "bank") == "Kelby Savings Bank"
    assert _part_named_by("Bank of Portmore", "bank") == "Bank of Portmore"


def test_a_signature_on_two_lines_is_its_author_named_on_one() -> None:
    """A statement signed "Ann Moe" / "Operations Manager": the signature's speaker reads "Ann Moe, Operations
    Manager (author)", one name, not two lines."""
    text = (
        "Statement on the ferry\n\nThe ferry will not sail on Monday because of the storm.\n\n"
        "Ann Moe\nOperations Manager\n"
    )
    assert dict(_speakers(text))["Ann Moe\nOperations Manager"] == "Ann Moe, Operations Manager (author)"


def test_a_byline_s_speaker_is_its_author_without_by_and_date() -> None:
    """ "By Ann Moe, 27 November 2026" is Ann Moe's line: its speaker reads "Ann Moe (author)", not the line."""
    text = "Statement on the ferry\nBy Ann Moe, 27 November 2026\nThe ferry will not sail on Monday in the storm.\n"
    assert _who(text, "By Ann Moe", author="Ann Moe") == "Ann Moe (author)"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A lifeguard was being kept in overnight as a precaution.", "lifeguard"),
        ("Two workers were hurt when the crane fell.", "workers"),
        ("A 34-year-old man was arrested on Sunday.", "man"),
        ("The driver has been questioned.", "driver"),
        ("The pool will stay closed until Friday.", ""),  # a thing
        ("The nine were taken to hospital.", ""),  # a count, no noun for people
        ("Ann Lee was kept in overnight.", ""),  # named
        ("The weather was bad.", ""),
    ],
)
def test_a_sentence_opening_with_someone_unnamed_gives_its_noun(text: str, noun: str) -> None:
    assert opens_with_unnamed(text) == noun


def test_a_noun_for_people_is_one_by_its_own_word_or_as_a_compound() -> None:
    assert person_noun("lifeguard") and person_noun("Firemen") and person_noun("passengers")
    assert not person_noun("pool") and not person_noun("tank")
    # a singular ending in "s" is itself ("witness"); a word merely ending in a short one is no compound
    assert person_noun("witness") and not person_noun("reason") and not person_noun("german")


def test_claiming_something_due_names_no_speaker() -> None:
    """'Passengers can claim a refund', 'The landslide claimed three lives': the outlet's narration, no one's words;
    'The union claimed that ...' is the union's."""
    text = (
        "Passengers can claim a refund of their fares. The landslide claimed three lives. "
        "The union claimed that the tower fell."
    )
    assert [who for _, who in _speakers(text)] == ["The Gazette", "The Gazette", "The union"]


@pytest.mark.parametrize(
    ("outlet", "author", "narration", "personal"),
    [
        ("Quay Notes", "Mara Lind", ["I have worked here for years.", "My view is simple.", "The port is shut."], True),
        ("Quay Notes", "Mara Lind", ["I have worked here for years.", "The port is shut."], False),  # once is no voice
        # "I" inside quoted words is someone else's
        ("Quay Notes", "Mara Lind", ['"I saw it," a docker said.', '"I ran," he said.', "The port is shut."], False),
        ("Coast Wire", None, ["I have worked here.", "My view is simple."], False),  # no writer named
        ("Millbrook Angling Club blog", None, ["The river is low."], True),  # called a blog
    ],
)
def test_a_personal_piece_is_a_blog_or_a_person_writing_as_i(
    outlet: str, author: str | None, narration: list[str], personal: bool
) -> None:
    from index.attribution import personal_piece
    from index.corpus import Source

    assert personal_piece(Source(id="a", outlet=outlet, author=author), narration) is personal


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        # a second reporting verb set beside the first by "and", with a subject of its own: both speak
        (
            "The harbour board has expressed hope for a quick repair, and the ferry line's chief executive said on "
            "Friday that sailings would resume within a week.",
            "The harbour board",
            "The harbour board and the ferry line's chief executive",
        ),
        (
            "The resort said two lifts had stopped, and a guides' association accused it of ignoring faults.",
            "The resort",
            "The resort and a guides' association",
        ),
        # the second says nothing ("has not said how"), or is the first again by a pronoun, or the same voice: one
        (
            "The inspector said the pipe was sound, and the water company has not said when it was last checked.",
            "The inspector",
            "The inspector",
        ),
        (
            "The mayor said the road would reopen on Monday, and she said the council would pay for the repairs.",
            "The mayor",
            "The mayor",
        ),
        (
            "The port authority said the channel was clear, and the port authority's harbour master confirmed that "
            "the buoys were back in place.",
            "The port authority said",
            "The port authority",
        ),
        # the only one saying anything: theirs
        (
            "Police closed the coast road on Sunday, and engineers said the cliff above it was unstable.",
            "Police",
            "engineers",
        ),
    ],
)
def test_a_second_voice_set_beside_the_first_by_and_speaks_too(text: str, starts: str, expected: str) -> None:
    assert _who(text, starts) == expected
