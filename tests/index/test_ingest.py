"""The duplicate and reprint check of a new article reads only the indexed articles that share its words."""

from __future__ import annotations

from index import ingest
from index.engine import Engine


def test_the_index_narrows_the_check_without_changing_its_verdict(engine: Engine) -> None:
    index = engine.index
    articles = list(index.articles.values())
    original = index.articles["zerohedge-first-joint-mission"]
    copy = ingest.draft_from(original.text.encode(), "copy.txt").with_meta(outlet="Somebody")
    narrowed, everything = ingest.preview(copy, articles, index), ingest.preview(copy, articles)
    assert narrowed.duplicate_of == everything.duplicate_of == original.id

    rferl = [s.text for s in index.sentences if s.article_id == "rferl-pentagon-denies-coordinated-strikes"]
    reprint = "\n\n".join(rferl[2:9] + ["A local paper added a line of its own about the weather in Aleppo."])
    draft = ingest.draft_from(reprint.encode(), "reprint.txt").with_meta(outlet="Local Paper")
    narrowed, everything = ingest.preview(draft, articles, index), ingest.preview(draft, articles)
    assert narrowed.reprint_of == everything.reprint_of == "rferl-pentagon-denies-coordinated-strikes"
    assert narrowed.reprint_share == everything.reprint_share > 0.6

    # Words no article has: nothing to compare with.
    assert ingest.likely_sources(["Preheat the oven, then knead the dough for ten minutes."], index) == set()
    assert ingest.likely_sources(rferl[2:4], index) >= {"rferl-pentagon-denies-coordinated-strikes"}


def test_binary_that_happens_to_decode_is_not_an_article() -> None:
    """NUL bytes or random bytes read as Windows-1252 are refused with a sentence; a short news text is not."""
    import random

    import pytest

    from index.errors import CorpusError
    from index.ingest import draft_from

    noise = bytes(random.Random(7).randrange(256) for _ in range(4000))
    for data in (b"\x00" * 4000, noise):
        with pytest.raises(CorpusError, match="not readable text"):
            draft_from(data, "x.txt")
    assert draft_from(b"The ferry sails again on Monday, the harbour board said.\n", "x.txt").text


def test_a_date_in_a_pages_byline_is_no_author() -> None:
    """A page whose byline reads "By Lukas Berg, June 8, 2026": the page's reader splits it into authors; the date
    is none of them. A name that is also a month's ("Theresa May") stays."""
    from index.ingest import draft_from

    def page(byline: str) -> bytes:
        return (
            "<html><head><title>Did the ferry sail? | ClaimCheck</title></head><body><article>"
            f"<h1>Did the ferry sail?</h1><p class='byline'>{byline}</p><p>"
            + "The harbour board said on Monday that the ferry had sailed alone across the strait at dawn. " * 4
            + "</p><p>"
            + "The ferry company denied it, saying the boat never left the harbour that morning at all. " * 4
            + "</p></article></body></html>"
        ).encode()

    author = draft_from(page("By Lukas Berg, June 8, 2026"), "x.html").meta.get("author", "")
    assert "Lukas Berg" in author and "June" not in author and "8" not in author
    assert "Theresa May" in draft_from(page("By Theresa May"), "y.html").meta.get("author", "")
    # a job beside the name is no second author
    assert draft_from(page("By Lukas Berg, Harbour Correspondent"), "z.html").meta.get("author") == "Lukas Berg"


def test_a_page_s_byline_the_reader_drops_stays_in_the_text_as_the_page_writes_it() -> None:
    """The page's reader takes "By Lukas Berg, 8 June 2026" for metadata and leaves it out of the text: the line
    is put back after the headline, word for word, so "who wrote it?" has the author's line to quote. A byline of
    someone else, or none, adds nothing; a text that keeps its byline is not given a second."""
    from index.ingest import draft_from

    para = "The harbour board said on Monday that the ferry had sailed alone across the strait at dawn. " * 4

    def page(meta_author: str, shown: str) -> bytes:
        return (
            f"<html><head><title>Did the ferry sail? | ClaimCheck</title><meta name='author' content='{meta_author}'>"
            f"</head><body><header><a href='/'>ClaimCheck</a></header><article><h1>Did the ferry sail?</h1>"
            f"<p class='meta'>{shown}</p><p>{para}</p><p>{para}</p></article></body></html>"
        ).encode()

    draft = draft_from(page("Lukas Berg", "By Lukas Berg, 8 June 2026"), "x.html")
    lines = draft.text.splitlines()
    assert "By Lukas Berg, 8 June 2026" in lines[:3] and lines.count("By Lukas Berg, 8 June 2026") == 1
    other = draft_from(page("Lukas Berg", "By Anna Holt, 8 June 2026"), "y.html").text.splitlines()
    assert not any(line.startswith("By ") for line in other)
    none = draft_from(page("Lukas Berg", "Published 8 June 2026"), "z.html").text.splitlines()
    assert not any(line.startswith("By ") for line in none)


def test_a_page_s_list_items_keep_no_mark_the_page_does_not_show() -> None:
    """trafilatura writes a list's items as "- item"; the dash is on no page, so a quote holding it could not be
    checked: the text keeps the item's words only. A line the page itself writes with dashes ("- ENDS -") stays."""
    from index.ingest import draft_from

    para = "The harbour board said on Monday that the ferry had sailed alone across the strait at dawn. " * 4
    page = (
        "<html><head><title>Ferry sails | Coast Wire</title></head><body><article><h1>Ferry sails</h1>"
        f"<p>{para}</p><ul><li>The board met twice in May and voted to keep the route open.</li>"
        "<li>The ferry company denied skipping its checks.</li></ul><p>- ENDS -</p></article></body></html>"
    ).encode()
    lines = draft_from(page, "x.html").text.splitlines()
    assert "The board met twice in May and voted to keep the route open." in lines
    assert not any(line.startswith("- The") for line in lines)
    assert "- ENDS -" in lines


def test_a_plain_text_byline_gives_the_author_when_none_is_given() -> None:
    """'By Anna Berg and Jon Lie' among a text's first lines is its author (so the byline is kept as the author's,
    not dropped as furniture); a "By ..." line deep in the text, or one that is no list of names, is not."""
    from index.ingest import draft_from

    body = "The ferry operator denied on Tuesday that it had skipped safety checks before the collision.\n\n" * 3
    text = f"Ferry operator denies safety lapses\n\nBy Anna Berg and Jon Lie\n\n{body}"
    assert draft_from(text.encode(), "a.txt").meta.get("author") == "Anna Berg and Jon Lie"
    late = "Ferry operator denies safety lapses\n\n" + body * 3 + "By Anna Berg\n"
    assert "author" not in draft_from(late.encode(), "b.txt").meta
    phrase = f"Ferry operator denies safety lapses\n\nBy the harbour on Tuesday\n\n{body}"
    assert "author" not in draft_from(phrase.encode(), "c.txt").meta
    # a date on its own line just under the byline is the article's
    dated = draft_from(
        f"Ferry operator denies safety lapses\n\nBy Anna Berg\n\nOctober 11, 2026\n\n{body}".encode(), "d.txt"
    )
    assert dated.meta.get("author") == "Anna Berg" and dated.meta.get("published") == "2026-10-11"
    # not a date further down, nor a sentence that holds one
    later = f"Ferry operator denies safety lapses\n\nBy Anna Berg\n\n{body}October 11, 2026\n"
    assert "published" not in draft_from(later.encode(), "e.txt").meta


def test_a_blog_s_posted_by_line_gives_its_author_and_date_and_stays_the_author_s() -> None:
    """'Posted by Ian Lowe on 3 May 2026' under a blog post's title: its author and date when none is given, and the
    line is kept as the author's byline (not a sentence of the post, not dropped as furniture)."""
    from index.chunking import article_sentences
    from index.ingest import draft_from

    body = "The ferry ran aground off the point on Friday evening with two hundred people on board.\n\n" * 3
    text = f"The ferry: storm or staffing?\n\nPosted by Ian Lowe on 3 May 2026\n\n{body}"
    draft = draft_from(text.encode(), "post.txt")
    assert draft.meta.get("author") == "Ian Lowe" and draft.meta.get("published") == "2026-05-03"
    kinds = {s.text: s.kind for s in article_sentences(draft.with_meta(outlet="Island Notes").article())}
    assert kinds.get("Posted by Ian Lowe on 3 May 2026") == "byline"
