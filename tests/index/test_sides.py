"""Both sides: a contested question gets the claim and the denial with their speakers; reprints count once."""

from __future__ import annotations

from index.engine import Engine


def test_a_contested_question_gets_both_sides_with_their_speakers(engine: Engine) -> None:
    answer = engine.ask("Did coalition headquarters really pass target coordinates to the Russians at Hmeymim?")
    assert answer.disputed
    claims = [q for q in answer.quotes if q.side == "claim"]
    denials = [q for q in answer.quotes if q.side == "denial"]
    assert claims and denials
    assert any("Ministry" in (q.speaker or "") or "ministry" in (q.speaker or "") for q in claims)
    # each side is given to whoever said it, not to the outlet that printed it
    assert all(q.speaker and q.speaker != q.source.outlet for q in claims + denials)
    # Claims are listed before denials, so the embed's headings each appear once.
    sides = [q.side for q in answer.quotes]
    assert sides == sorted(sides, key=["claim", "denial", "other"].index)


def test_an_uncontested_question_has_no_sides(engine: Engine) -> None:
    for question in ["Who is Samuel Oakford?", "What did Sergei Lavrov say in Budapest?", "Where is al-Bab?"]:
        answer = engine.ask(question)
        assert not answer.disputed, question
        assert all(q.side is None for q in answer.quotes)


def test_the_outlets_own_reporting_is_given_to_the_outlet(engine: Engine) -> None:
    answer = engine.ask("What is the strategic importance of al-Bab to Turkey?")
    assert answer.quotes
    assert any(q.speaker == q.source.outlet for q in answer.quotes)


def test_a_reprinted_statement_is_one_claim_with_several_carriers(engine: Engine) -> None:
    """The DoD statement is in three articles: shown once, the other outlets listed as carriers."""
    answer = engine.ask("Did the Department of Defense say it coordinates airstrikes with the Russian military?")
    texts = [q for q in answer.quotes if "not coordinating airstrikes" in q.text]
    assert len(texts) == 1
    carriers = {texts[0].source.outlet} | {s.outlet for s in texts[0].also_in}
    assert len(carriers) >= 2


def test_a_yes_no_question_naming_extra_details_keeps_the_denial_side(engine: Engine) -> None:
    """A place and a date in the question raise the claims (which name them) over the denials (which do not);
    the denials are still found, so both sides are shown."""
    answer = engine.ask("Did coalition aircraft join Russian bombers over al-Bab on January 22?")
    assert answer.disputed
    assert {q.side for q in answer.quotes} >= {"claim", "denial"}


def test_a_question_of_who_is_right_gets_both_sides(engine: Engine) -> None:
    """It names the parties only: the sides are the claim and the denial that answer each other."""
    answer = engine.ask("Who is telling the truth, Moscow or Washington?")
    assert answer.disputed
    claims = [q for q in answer.quotes if q.side == "claim"]
    denials = [q for q in answer.quotes if q.side == "denial"]
    assert any("ministry" in (q.speaker or "").lower() for q in claims)
    assert any("Pentagon" in (q.speaker or "") for q in denials)


def test_a_yes_no_question_off_the_disputed_point_is_not_a_dispute(engine: Engine) -> None:
    """Asked whether something is so, on a point nobody disputes: the passages that answer it are what one side
    said, and denials of the disputed point resemble them, but none is on the question's point."""
    answer = engine.ask("Did Lavrov say Russia and the US have common interests?")
    assert not answer.abstained and not answer.disputed


def test_a_question_for_a_fact_is_not_answered_as_a_dispute(engine: Engine) -> None:
    """'What did X say' gets X's words, not headings of claims and denials, even when X is one side."""
    for question in ["What did Pentagon spokesman Eric Pahon say?", "Who called the Russian claim propaganda?"]:
        answer = engine.ask(question)
        assert not answer.abstained and not answer.disputed, question
