"""Rendering is pure and safe: limits respected, mentions and markdown in questions and articles escaped."""

from __future__ import annotations

from bot.render import DESCRIPTION_LIMIT, answer_embed, fit, quote_markdown
from index.answer import Answer, Quote
from index.corpus import Source

SOURCE = Source(id="a", outlet="Outlet", title="Title", url="https://example.org/a", published="2017-01-23")


def _quote(text: str, **kw: object) -> Quote:
    return Quote(text=text, source=SOURCE, start=0, end=len(text), score=1.0, **kw)  # type: ignore[arg-type]


def test_mentions_in_article_text_are_escaped() -> None:
    """An article that says @everyone or <@&id> is quoted, not obeyed."""
    md = quote_markdown(_quote("Readers wrote @everyone and <@&123456789012345678> in the comments."))
    assert "@everyone" not in md and "<@&1" not in md


def test_a_long_answer_fits_and_is_cut_at_a_sentence() -> None:
    long_text = " ".join(f"Sentence number {i} is here." for i in range(400))
    embed = answer_embed(Answer("q?", (_quote(long_text),), abstained=False))
    assert len(embed.description) < DESCRIPTION_LIMIT
    assert embed.description.rstrip().endswith(("…", "."))
    assert len(embed) <= 6000


def test_fit_never_cuts_inside_a_word() -> None:
    text = "Supercalifragilistic words everywhere " * 20
    cut = fit(text, 101)
    assert len(cut) <= 101 and cut.endswith("…")
    assert cut[:-1].split()[-1] in text.split()


def test_speaker_and_sides_are_shown() -> None:
    answer = Answer(
        "q?",
        (
            _quote("A claim.", speaker="The Ministry", side="claim"),
            _quote("A denial.", speaker="The Pentagon", side="denial"),
        ),
        abstained=False,
        disputed=True,
    )
    d = answer_embed(answer).description
    assert (
        d.index("What is claimed")
        < d.index("**The Ministry**")
        < d.index("What is denied")
        < d.index("**The Pentagon**")
    )


def test_another_voice_beside_an_undisputed_answer_is_headed_as_such() -> None:
    """An undisputed answer's quotes stand without headings; another voice's words shown beside them (side
    "other") come under "What others say", in the embed and in the shell's text."""
    from bot.render import answer_text

    answer = Answer(
        "q?",
        (
            _quote("The answer.", speaker="The fire service"),
            _quote("Another account.", speaker="A parent", side="other"),
        ),
        abstained=False,
    )
    for shown in (answer_embed(answer).description, answer_text(answer)):
        assert shown.index("The answer.") < shown.index("What others say") < shown.index("Another account.")
        assert "What is claimed" not in shown and "conflict" not in shown


def test_an_abstention_says_what_the_articles_lack() -> None:
    """A missing name, a missing kind of answer, or nothing close enough: each its own sentence, escaped."""
    from bot.render import NO_ANSWER, answer_text, no_answer

    one = no_answer(Answer("q?", (), True, missing=("Angela Merkel",)))
    assert one == "The articles don't mention \u201cAngela Merkel\u201d."
    two = no_answer(Answer("q?", (), True, missing=("A", "B")))
    assert two == "The articles don't mention \u201cA\u201d or \u201cB\u201d."
    assert no_answer(Answer("q?", (), True, lacks="date")) == "The articles don't say when."
    assert no_answer(Answer("q?", (), True, lacks="duration")) == "The articles don't say how long."
    assert no_answer(Answer("q?", (), True, lacks="age")) == "The articles don't say how old."
    assert no_answer(Answer("q?", (), True, lacks="country")) == "The articles don't say which country."
    assert no_answer(Answer("q?", (), True, lacks="person")) == "The articles don't say who."
    named = "The articles don't give the name of the pilot."
    assert no_answer(Answer("q?", (), True, lacks="name of the pilot")) == named
    assert no_answer(Answer("q?", (), True, lacks="model")) == "The articles don't say which make or model."
    assert no_answer(Answer("q?", (), True, lacks="bearing")) == "The articles don't say in which direction or how far."
    assert no_answer(Answer("q?", (), True, unquoted="the mayor")) == "The articles don't quote \u201cthe mayor\u201d."
    assert no_answer(Answer("q?", (), True)) == NO_ANSWER
    assert "@\u200beveryone" in answer_embed(Answer("q?", (), True, missing=("@everyone",))).description
    assert "don't mention" in answer_text(Answer("q?", (), True, missing=("X",)))


def test_a_url_cannot_add_a_link_of_its_own_to_an_embed() -> None:
    """A canonical URL with markdown in it stays one link to one address: the characters markdown reads in a link
    target are percent-encoded, so no second '[text](url)' appears."""
    from index.corpus import Source

    url = "https://example.org/a)**[Official](https://phish.example/x)"
    source = Source(id="a", outlet="Gazette", title="Ferry", url=url)
    quote = Quote(text="The ferry stays in port.", source=source, start=0, end=24, score=1.0)
    description = answer_embed(Answer("q?", (quote,), abstained=False)).description
    assert "](https://phish" not in description
    assert description.count("](") == 1


def test_a_question_read_with_a_name_spelt_as_the_articles_do_says_so() -> None:
    """The user sees their question and how it was read; a mention typed into it stays harmless."""
    from bot.render import answer_text

    answer = Answer(
        "what did olssen say @everyone?",
        (_quote("The ferry sailed alone."),),
        abstained=False,
        read_as="what did Olsson say @everyone?",
    )
    embed = answer_embed(answer)
    assert "Read as" in embed.description and "Olsson" in embed.description
    assert "@everyone" not in embed.description
    text = answer_text(answer)
    assert text.splitlines()[:2] == ["Q: what did olssen say @everyone?", "(read as: what did Olsson say @everyone?)"]
    assert "Read as" not in answer_embed(Answer("q?", (_quote("The ferry sailed."),), abstained=False)).description
