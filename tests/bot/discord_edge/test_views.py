"""The buttons under an answer: links to the quoted articles, and More quotes only when there are more."""

from __future__ import annotations

from index.answer import Answer, Quote
from index.corpus import Source


def _quote(article: str, url: str | None, title: str | None = "A title") -> Quote:
    return Quote("Some words.", Source(id=article, outlet=f"Outlet {article}", title=title, url=url), 0, 11, 0.9)


def test_one_link_per_article_with_an_address_at_most_five_labels_cut_to_80() -> None:
    from bot.discord_edge.views import source_buttons

    quotes = [
        _quote("a", "https://a.example/story"),
        _quote("a", "https://a.example/story"),  # the same article again: one button
        _quote("b", None),  # no address: no button
        _quote("c", "javascript:alert(1)"),  # not a web address: no button
        _quote("d", "https://d.example/x", title="A very long headline " * 8),
        *[_quote(f"e{n}", f"https://e{n}.example/") for n in range(6)],
    ]
    buttons = source_buttons(quotes)
    assert [b.url for b in buttons] == [
        "https://a.example/story",
        "https://d.example/x",
        "https://e0.example/",
        "https://e1.example/",
        "https://e2.example/",
    ]
    assert buttons[0].label == "Outlet a: A title" and all(len(b.label or "") <= 80 for b in buttons)


def test_more_quotes_is_offered_only_when_there_are_more() -> None:
    from bot.discord_edge.views import answer_view

    shown = (_quote("a", "https://a.example/"),)
    plain = answer_view("0123456789abcdef", Answer("Q?", shown, False))
    richer = answer_view("0123456789abcdef", Answer("Q?", shown, False, more=(_quote("b", None),)))
    ids = lambda view: [getattr(i, "custom_id", None) for i in view.children]  # noqa: E731
    assert "answer:more:0123456789abcdef" not in ids(plain)
    assert "answer:more:0123456789abcdef" in ids(richer)


def test_an_answer_reads_back_from_its_record() -> None:
    answer = Answer("Q?", (_quote("a", "https://a.example/"),), False, disputed=True, more=(_quote("b", None),))
    back = Answer.from_json(answer.as_json())
    assert back.as_json() == answer.as_json()
