"""Property: for any string, the engine answers or raises a known, typed error; every quote is verbatim."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.answer import Answer
from index.engine import Engine
from index.errors import EmptyQuestion, QuestionTooLong

WORDS = ["Pentagon", "Russia", "al-Bab", "jets", "coordinates", "denied", "who", "what", "Hmeymim", "F-16", "22"]
questions = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Po", "So"]), max_size=50),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=questions)
def test_any_string_gets_an_answer_or_a_typed_error(engine: Engine, question: str) -> None:
    try:
        answer = engine.ask(question)
    except (EmptyQuestion, QuestionTooLong):
        return
    assert isinstance(answer, Answer)
    assert answer.abstained == (not answer.quotes)
    for q in answer.quotes:
        assert engine.index.articles[q.source.id].text[q.start : q.end] == q.text
