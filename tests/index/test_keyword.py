"""Keyword tokens: abbreviations people type and initials written with dots meet the words of the articles."""

from __future__ import annotations

import pytest

from index.keyword import tokenize


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("the A.P. reported", "the AP reported"),
        ("State Dept officials", "State Department officials"),
        ("shared intel on targets", "shared intelligence on targets"),
        ("the MoD said", "the Ministry of Defense said"),
        ("any photos of the crossing", "any photographs of the crossing"),
        # British and American spellings
        ("the Defence Ministry's organisations", "the Defense Ministry's organizations"),
        ("40 kilometres from the harbour centre", "40 kilometers from the harbor center"),
        ("the first joint op", "the first joint operation"),
        ("how many ppl are missing", "how many people are missing"),
        ("what do the locals say", "what do the residents say"),  # casual words for the news's
        ("the cops arrived", "the police arrived"),
        ("the ferry line's CEO said", "the ferry line's chief executive said"),
        ("were any kids hurt", "were any children hurt"),
        ("a Govt statement", "a government statement"),
        ("Gen. Lee", "General Lee"),
        ("U.S. troops", "US troops"),
        ("what did the united states say", "what did the U.S. say"),  # typed in lower case: still the country
        ("the united kingdom's envoy", "the UK's envoy"),
        # an institution's other names
        ("the Pentagon said", "the Department of Defense said"),
        ("the defence department said", "the Pentagon said"),
        ("DoD officials", "Pentagon officials"),
        ("the Department of State", "the State Department"),
        ("Capitol Hill", "Congress"),
        # British words read as the American ones, and casual words as the news's
        ("lorries had to reach the port", "trucks had to reach the port"),
        ("a lorry driver", "a truck driver"),
        ("the motorway and the railway", "the highway and the railroad"),
        ("who got hurt", "who got injured"),
        ("the ferry line's boss said", "the ferry line's chief said"),
        # words cut short in speech
        ("who runs the exam board", "who runs the examination board"),
        ("the lab tested the maths papers", "the laboratory tested the mathematics papers"),
        ("a flu outbreak at the uni", "an influenza outbreak at the university"),
    ],
)
def test_an_abbreviation_and_its_word_give_the_same_tokens(typed: str, written: str) -> None:
    assert tokenize(typed) == tokenize(written)


def test_single_initials_are_not_joined_with_the_next_word() -> None:
    """'J. Smith' keeps the surname; only runs of two or more dotted letters are one word."""
    assert "smith" in tokenize("J. Smith said")


def test_an_institution_name_is_read_whole() -> None:
    """'Department of Defense' is the Pentagon; 'department' and 'defense' elsewhere stay words of their own."""
    assert tokenize("the Department of Defense") == ["pentagon"]
    assert tokenize("a department store by the defense lines") == ["depart", "store", "defens", "line"]


def test_a_word_list_is_read_word_by_word() -> None:
    """Generic words listed together are not read as the name two of them make side by side ("defense
    department" is the Pentagon), so a list of generic words never holds a real name."""
    from index.keyword import word_terms

    assert "pentagon" in tokenize("the defense department said")
    assert "pentagon" not in word_terms(["defense", "department", "ministry"])
    assert word_terms(["ministries", "department"]) == {tokenize("ministries")[0], tokenize("department")[0]}


def test_a_wire_service_is_its_initials() -> None:
    """'the Associated Press', 'AP' and 'A.P.' are one word, as 'Agence France-Presse' and 'AFP' are."""
    assert tokenize("the Associated Press said") == tokenize("AP said") == tokenize("A.P. said")
    assert tokenize("Agence France-Presse") == tokenize("AFP")


def test_a_negated_auxiliary_is_no_term() -> None:
    """'didn't', 'can't': an auxiliary and its negation say nothing of what a question asks or a sentence says."""
    assert tokenize("Why didn't the board open the pier, and why can't it?") == tokenize("Why the board open the pier")


def test_us_in_a_lower_case_compound_is_the_country() -> None:
    """'a joint us-norway patrol', 'the us-led coalition': the US, as "U.S." is; "us" alone stays a pronoun."""
    assert "usa" in tokenize("was there a joint us-norway patrol?")
    assert "usa" in tokenize("the us-led coalition")
    assert "usa" not in tokenize("tell us about the patrol")


def test_an_everyday_phrase_reads_as_the_news_word_for_it() -> None:
    """ "can I get my money back?" asks for what an article calls "a full refund"; "money" alone stays money."""
    from index.keyword import tokenize

    assert "refund" in tokenize("can I get my money back?")
    assert tokenize("Passengers get a full refund.") == ["passeng", "get", "full", "refund"]
    assert "refund" not in tokenize("The money went back to the fund.") and "money" in tokenize(
        "Where did the money go?"
    )


@pytest.mark.parametrize(
    ("question", "sentence", "news_word"),
    [
        ("did the head say sorry?", "The head apologised to the parents on Friday.", "apologise"),
        ("is the mayor going to quit?", "The mayor said he would not resign.", "resign"),
        ("will the chief step down?", "The chief resigned on Monday.", "resign"),
        ("is anyone looking into the leak?", "Inspectors are investigating the leak.", "investigate"),
        ("can my kid still get lunch?", "Every child will still get a free lunch.", "child"),
    ],
)
def test_an_everyday_word_meets_the_news_word_for_it(question: str, sentence: str, news_word: str) -> None:
    """Everyday words with no other sense in the news read as the news word: "say sorry" as "apologise", "quit" and
    "step down" as "resign", "look into" as "investigate", "kid" as "child"."""
    from index.keyword import tokenize

    (term,) = tokenize(news_word)
    assert term in tokenize(question) and term in tokenize(sentence)


def test_a_stem_meets_its_other_forms_that_stemming_leaves_apart() -> None:
    """forms: "complained" finds "complaints", "inspect" finds "inspector"; not a short stem's longer words
    ("police" and "policy"), a place and its people ("Varonia", "Varonian") or a body and its officer ("ministry",
    "minister"). Each form must be held by some sentence."""
    from index.keyword import KeywordIndex

    texts = [
        "The council received 27 complaints about the meals.",
        "An inspector visited the kitchen.",
        "Police changed their policy.",
        "The Varonian army entered Varonia.",
        "The ministry said the minister was away.",
    ]
    keyword = KeywordIndex.build(texts)
    (complained,) = tokenize("complained")
    assert set(keyword.forms(complained)) == {complained, *tokenize("complaints")}
    (inspect,) = tokenize("inspect")
    assert set(keyword.forms(inspect)) == {inspect, *tokenize("inspector")}
    assert keyword.forms(*tokenize("inspector")) == tuple(tokenize("inspector"))  # no sentence holds "inspect"
    for word in ("police", "varonia", "ministry", "minister"):
        (term,) = tokenize(word)
        assert keyword.forms(term) == (term,), word
    assert keyword.sentences_with_forms(complained).tolist() == [0]
    assert keyword.sentences_with(complained).tolist() == []
