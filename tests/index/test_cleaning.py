"""Cleaning: page furniture never becomes quotable; news text stays verbatim; repeats count once."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.cleaning import clean, furniture_reason
from index.corpus import Article, Source, load_corpus
from tests.conftest import CORPUS


def _article(text: str, **meta: str) -> Article:
    return Article(Source(id="x", outlet=meta.pop("outlet", "Outlet"), **meta), text, Path("x.txt"))


def _kept(article: Article) -> list[str]:
    return [article.text[b.start : b.end] for b in clean(article).blocks]


def test_furniture_of_an_unseen_site_is_dropped_by_the_same_rules() -> None:
    """An article written for the test, with furniture of several kinds, keeps only its news."""
    text = (
        "Skip to main content\n"
        "Advertisement\n"
        "Officials said on Tuesday that the bridge would reopen in March.\n"
        "  • 4x3 Image\n"
        "SPONSORED\n"
        "XS SM MD LG\n"
        "12 Comments\n"
        "Sign up for our newsletter to get the latest news.\n"
        "Officials said on Tuesday that the bridge would reopen in March.\n"
        "Jane Roe\n"
        "Jane Roe is an award-winning reporter who covers transport for the paper.\n"
        "© 2017 Example Media. All rights reserved.\n"
        "The mayor added that tolls would not change.\n"
    )
    kept = _kept(_article(text, author="Jane Roe"))
    assert kept == [
        "Officials said on Tuesday that the bridge would reopen in March.",
        "Jane Roe",  # the byline, kept as such
        "The mayor added that tolls would not change.",
    ]
    byline = [b for b in clean(_article(text, author="Jane Roe")).blocks if b.kind == "byline"]
    assert len(byline) == 1


def test_labels_of_the_issue_are_furniture() -> None:
    """Every kind of furniture named in the issue is recognised as such."""
    for line in [
        "Advertisement",
        "Sponsored",
        "COMMENTS",
        "Please let us know if you're having issues with commenting.",
        "Accessibility links",
        "Breaking News",
        "XS",
        "SM MD LG",
        "  • 16x9 Image",
        "To find out more, click here.",
    ]:
        assert furniture_reason(line.strip()) is not None, line


def test_news_sentences_are_not_furniture() -> None:
    """Ordinary sentences, short ones included, stay."""
    for line in [
        "The Pentagon issued a swift denial.",
        "The Kremlin has dismissed the allegations.",
        "With reporting by Interfax, Reuters, and TASS",
    ]:
        assert furniture_reason(line) is None, line


def test_kept_text_is_verbatim_and_repeats_count_once() -> None:
    """On the shipped corpus every kept block is an exact span of its file, and no block text repeats."""
    articles, problems = load_corpus(CORPUS)
    assert not problems
    for article in articles:
        raw = (CORPUS / f"{article.id}.txt").read_text(encoding="utf-8")
        assert raw == article.text
        kept = _kept(article)
        assert len(kept) == len(set(kept)), article.id
        for block_text in kept:
            assert block_text in raw
        joined = "\n".join(kept).lower()
        for furniture in (
            "advertisement",
            "sponsored",
            "comments",
            "accessibility links",
            "16x9 image",
            "click here",
            "undesirable organization",
            "award-winning investigative journalist",
        ):
            assert furniture not in joined, (article.id, furniture)


def test_a_page_of_another_outlet_keeps_every_news_sentence_and_nothing_else() -> None:
    """A page written for the test in the style of real outlets: a reader appeal glued to the lead, a caption with
    its credit, a "Read also" list of headlines, a dateline, a one-word fragment. Every sentence of the news stays,
    word for word; none of the furniture does."""
    from index.chunking import article_sentences

    news = [
        "The harbour board said on Tuesday that the ferry would not sail again this winter.",
        "Its chairman, Ana Silva, called the rumours of a sale “nonsense.”",
        "Repairs will take until April, the board added.",
        "With reporting by Coastal Wire",
    ]
    text = (
        "Ferry to stay in port until spring\n"
        "Your support helps us tell the story\n"
        "At a time like this we need reporters on the quay. Your donation keeps them there.\n"
        "The Gazette is trusted by readers across the region.\n"
        "Your support makes all the difference." + news[0] + "\n"
        "The ferry Northern Star leaves the harbour in this March 3, 2016 picture (File photo)\n"
        "Photo by: Coastal Wire\n"
        "PORTSEA, January 5. /Gazette/.\n" + news[1] + "\n"
        "Read also\n"
        "Storm closes coastal road for a second day\n"
        "Fishing fleet returns early as prices fall\n" + news[2] + "\n"
        "sections.\n" + news[3] + "\n"
    )
    article = _article(text, outlet="The Gazette", title="Ferry to stay in port until spring")
    sentences = [s.text for s in article_sentences(article)]
    assert sentences == news


def test_a_line_with_no_ending_is_a_heading_only_when_short() -> None:
    """A short line without final punctuation is a headline or a link; a long one is a paragraph whose period the
    page lost, and stays."""
    assert furniture_reason("Fishing fleet returns early as prices fall") is not None
    long_line = " ".join(["The fleet returned early because prices fell"] * 3)
    assert furniture_reason(long_line) is None


def test_video_photo_promo_and_byline_furniture_of_broadcasters_and_wires() -> None:
    """Furniture of the kinds broadcasters and wire pages carry, written for the test: a video block (its
    "Click to play" line, its title alone on a line, "WATCH ABOVE"), a photo caption whose agency credit
    ends it or stands on the next line, a "File Photo by ... | License Photo" credit, a "RECOMMENDED:" link,
    a newsletter line and a "By ..." byline. Every sentence of the news stays, word for word."""
    from index.chunking import article_sentences

    news = [
        "The harbour board said on Tuesday that the ferry would not sail again this winter.",
        "“We will not put passengers at risk,” its chairman, Ana Silva, told reporters in Portsea.",
        "Repairs to the hull will take until April, according to the board's statement.",
        "The island's mayor said the decision left residents without a link to the mainland.",
    ]
    text = (
        "By Tom Reed and Lia Moreau\n"
        "Posted January 24, 2017 9:14 am\n" + news[0] + "\n"
        "Click to play video: 'Ferry stays in port as repairs drag on'\n"
        "Ferry stays in port as repairs drag on\n"
        "WATCH ABOVE: Islanders describe a winter without the ferry.\n" + news[1] + "\n"
        "The ferry Northern Star is seen moored in Portsea, Coastland, January 20, 2017. REUTERS/Maria Lopes\n"
        "The ferry's crew unload supplies on the quay in Portsea.\n"
        "REUTERS/Maria Lopes\n" + news[2] + "\n"
        "RECOMMENDED: Storm closes the coastal road for a second day\n"
        "File Photo by Coastal Wire | License Photo\n"
        "Breaking news from Coastland sent to your email, as it happens.\n" + news[3] + "\n"
    )
    article = _article(text, outlet="Coast Broadcasting")
    assert [s.text for s in article_sentences(article)] == news


def test_a_credit_line_takes_only_a_caption_with_it() -> None:
    """A credit alone on a line ends the caption before it; a line that reports someone's words, a long
    paragraph, or a line separated from the credit by other furniture stays news."""
    said = "Officials said the coastal road would reopen on Friday."
    long = " ".join(["Crews worked through the night to clear the fallen trees from the coastal road"] * 3) + "."
    caption = "Crews clear fallen trees from the coastal road near Portsea."
    text = f"{said}\nREUTERS/Maria Lopes\n{long}\nPhoto: Coastal Wire\n{caption}\nAdvertisement\nAFP/Jean Martin\n"
    assert _kept(_article(text)) == [said, long, caption]
    assert _kept(_article(f"{caption}\nAFP/Jean Martin\n{said}\n")) == [said]


def test_a_wire_caption_is_dropped_by_its_opening_or_its_credit() -> None:
    """A wire photo caption runs long and may hold a date and a place, but opens with "In this photo ..." or
    closes with "(... via AP)"; news that mentions a photo stays."""
    news = "Officials said the coastal road would reopen on Friday."
    about_a_photo = "In a photo posted online, the mayor stood beside the fallen trees, officials said."
    opening = (
        "In this photo provided by the Coastland Roads Office, crews clear fallen trees from the coastal road "
        "near Portsea, Monday, Jan. 9, 2017. The storm closed the road for two days."
    )
    credit = "Crews clear fallen trees near Portsea on Monday. (Coastland Roads Office via AP)"
    text = f"{opening}\n\n{news}\n\n{credit}\n\n{about_a_photo}\n"
    assert _kept(_article(text)) == [news, about_a_photo]


def test_a_short_post_ending_in_its_pictures_link_is_news() -> None:
    """An embedded post ends in its picture's link, not in a full stop: it is someone's words, not a heading."""
    post = "The coastal road is open again. Thanks to all our crews! pic.twitter.com/x1Y2z3"
    heading = "Coastal road news pic.twitter.com/x1Y2z3"
    assert _kept(_article(f"{post}\n\n{heading}\n")) == [post]


def test_notes_contacts_and_bios_of_news_pages_are_furniture() -> None:
    """Lines pages put around a story, in several outlets' wordings (written for the test)."""
    for line, reason in [
        ("This story has been updated with comment from the harbour board.", "editor's note"),
        ("Editor's note: This article was updated to include the ministry's response.", "editor's note"),
        ("Correction: An earlier version of this story misstated the ferry's name.", "editor's note"),
        ("This article is more than 8 years old.", "editor's note"),
        ("Contact the author at jane.doe@example.com.", "contact"),
        ("Follow Jane Doe on Twitter: @janedoe", "contact"),
        ("Media caption The ferry company says the crossing went ahead as planned.", "caption or credit"),
        ("Image caption Ferries at the harbour in Portsea on Monday.", "caption or credit"),
        ("FILE - In this Oct. 1, 2015 file photo, a ferry leaves the harbour at Portsea.", "caption or credit"),
        ("Jane Doe covers transport and the harbour for The Gazette.", "author bio"),
        ("Jane Doe is The Gazette's harbour correspondent.", "author bio"),
        ("Sign in to comment.", "site notice"),
        ("Please enable JavaScript to view the comments.", "site notice"),
        ("Have a story? Get in touch with our newsroom.", "site notice"),
        ("Our Standards: The Coastal Wire Trust Principles.", "site notice"),
        ("Our editorial standards: how we check what we publish.", "editor's note"),
        ("Coastal TV's Ana Silva reports from Kiel.", "correspondent's sign-off"),
        ("Ana Silva has more.", "correspondent's sign-off"),
        ("Welcome to our live coverage of the ferry strike. We will bring you the latest.", "live page greeting"),
        ("We'll keep you updated as the talks go on.", "live page greeting"),
        ("Related: How old is the harbour pier?", "link to another story"),
        ("Read also: Ferry fares rise again.", "link to another story"),
    ]:
        assert furniture_reason(line) == reason, line
    # news that shares their words stays
    for line in [
        "The Pentagon declined to comment.",
        "Update: The ministry has now confirmed the crossing.",  # a live blog's update is news
        "He told the Gazette in an e-mail that no ferry sailed.",
        "Follow the money, he said on Twitter.",
        "The report covers the crossing for the first time.",
        "Jane Doe is a harbour pilot who saw the ferry leave.",
        "The Gazette reports from Kiel that the ferry sailed alone.",
        "The mayor said she would keep residents updated on the strike.",  # news of a promise, no greeting
        "Related talks will resume on Friday, the union said.",  # "related" in news
    ]:
        assert furniture_reason(line) is None, line


def test_the_label_of_a_list_of_links_is_dropped_with_its_links() -> None:
    text = "The ferry sailed at dawn, the board said.\nYou might also be interested in:\nFerry fares rise again\n"
    cleaned = clean(Article(Source(id="a", outlet="Coastal Wire"), text, Path("a")))
    assert [text[b.start : b.end] for b in cleaned.blocks] == ["The ferry sailed at dawn, the board said."]


def test_a_summary_cut_short_of_a_later_paragraph_is_left_out() -> None:
    """A page's summary that stops mid-sentence where a paragraph below goes on: the paragraph is kept once."""
    lead = "The ferry that had been chartered by the board carried three hundred passengers and forty cars"
    text = f"{lead}\n\nPORTSEA, May 3. The crossing went ahead.\n\n{lead}, the board said. It sailed at dawn.\n"
    cleaned = clean(Article(Source(id="a", outlet="Coastal Wire"), text, Path("a")))
    kept = [text[b.start : b.end] for b in cleaned.blocks]
    assert kept == ["PORTSEA, May 3. The crossing went ahead.", f"{lead}, the board said. It sailed at dawn."]
    # a line that ends its sentence is not a summary cut short, even when a later one repeats and extends it
    text = "The ferry sailed.\n\nThe ferry sailed. It was full.\n"
    cleaned = clean(Article(Source(id="a", outlet="Coastal Wire"), text, Path("a")))
    assert len(cleaned.blocks) == 2


def test_works_cited_closing_a_page_are_dropped_with_their_heading() -> None:
    """A "References" heading in the last part of a page and the citations under it name papers, they do not report;
    a sentence naming references early in an article is news."""
    body = [
        "The journal withdrew the study on Thursday after a panel found duplicated images.",
        "The study had been cited more than 200 times since it appeared in 2021.",
        "Its senior author said the main result still stood.",
    ]
    cited = ["References", "Berg A. et al. A study of river fish. J. Rivers (2021).", "Withdrawal notice (2026)."]
    assert _kept(_article("\n".join([*body, *cited]))) == body
    early = ["References", *body]
    assert _kept(_article("\n".join(early))) == body  # a heading near the top drops only itself


def test_the_readers_comments_closing_a_page_are_dropped_with_their_heading() -> None:
    """A blog's '12 comments' heading and the comments after it are readers' words, not the article's; a comment
    count among the share buttons at the top drops only itself."""
    body = [
        "The council delayed its vote on the harbour tunnel until April.",
        "The transport committee asked for more time to study the costs.",
        "The mayor's office said the costs had risen by only 15 percent.",
    ]
    comments = ["3 comments", "Anna K. — The tunnel is a waste of money.", "Per L. — Finally!"]
    text = "\n".join(["3 comments", *body, *comments])
    assert _kept(_article(text)) == body


def test_a_fact_check_s_rating_is_its_finding_not_a_label() -> None:
    """'Verdict: Unproven' and 'Our ruling: False' are what a fact check found, quotable; 'Claimed by: X' and
    'Topics: ...' stay labels."""
    from index.chunking import article_sentences

    text = (
        "Claim: The harbour board and the ferry company jointly closed the northern route in March.\n"
        "Claimed by: Harbour Board\n"
        "Verdict: Unproven\n"
        "Topics: Ferries, Harbours\n"
        "The ferry company said it had closed the route alone, after a storm damaged the northern pier.\n"
        "Our ruling: False\n"
    )
    kept = [s.text for s in article_sentences(_article(text, title="Did the board close the route?"))]
    assert "Verdict: Unproven" in kept and "Our ruling: False" in kept
    assert not any(k.startswith(("Claimed by", "Topics")) for k in kept)


@pytest.mark.parametrize(
    ("line", "author", "byline"),
    [
        ("By Jane Roe, Radio North", "Jane Roe", True),  # the author, then the outlet
        ("(Reporting by Jane Roe; Editing by Tom Ball)", "Jane Roe", True),  # a wire's credits
        ("(Reporting by Ann Lee and Jane Roe; Editing by Tom Ball)", "Jane Roe", True),
        ("(Reporting by Ann Lee; Editing by Jane Roe)", "Jane Roe", False),  # an editor is no author
        ("By Ann Lee, Radio North", "Jane Roe", False),  # another's byline
    ],
)
def test_the_author_s_line_is_a_byline_with_an_outlet_or_in_a_wire_s_credits(
    line: str, author: str, byline: bool
) -> None:
    """The line naming the article's author is kept as its byline, after "By" with the outlet beside the name, or
    as the reporter of a wire's credits; a line naming someone else is not the byline."""
    text = f"Officials said on Tuesday that the bridge would reopen in March.\n{line}\n"
    kinds = [b.kind for b in clean(_article(text, author=author)).blocks]
    assert ("byline" in kinds) is byline


@pytest.mark.parametrize(
    ("ending", "signature"),
    [
        (
            "Ann Moe\nOperations Manager\n\nENDS\n\nNotes to editors\n1. The board runs four ferries.\n",
            "Ann Moe\nOperations Manager",
        ),
        ("Dr Per Holm, Chief Executive\n", "Dr Per Holm, Chief Executive"),
        ("Ann Moe\nOperations Manager\n", "Ann Moe\nOperations Manager"),
        # news goes on after it: a heading, not a signature
        ("Ann Moe\nOperations Manager\nThe board will meet again on Monday to decide.\n", None),
        # a name alone, with no post
        ("Ann Moe\n\nENDS\n", None),
    ],
)
def test_a_statement_s_signature_is_its_author_s_line(ending: str, signature: str | None) -> None:
    """A statement signed at its end, "Ann Moe" / "Operations Manager" or "Dr Per Holm, Chief Executive", after its
    last sentence and before nothing but "ENDS" and the notes to editors: the signer's line, kept as a byline
    (answers "who is the operations manager?" and "who wrote the statement?"), not dropped as a heading."""
    from index.chunking import article_sentences

    text = "Statement on the ferry\n\nThe ferry will not sail on Monday because of the storm.\n\n" + ending
    bylines = [s.text for s in article_sentences(_article(text)) if s.kind == "byline"]
    assert bylines == ([signature] if signature else [])


def test_giving_is_an_appeal_only_when_asked_of_the_reader() -> None:
    """A page asking its reader to give is furniture; a body saying it will give, or a report of a gift, is news."""
    for appeal in (
        "Donate today.",
        "Please donate to keep our volunteers on the hill.",
        "You can make a donation online or by phone.",
        "Consider making a donation to the lifeboat crew.",
        "The Herald is funded by readers like you. Donate now.",
    ):
        assert furniture_reason(appeal) == "reader appeal", appeal
    for news in (
        "We will make a donation of £500 to the lifeboat crew, and we have asked an inspector to review the trip.",
        "The club said it would donate the day's takings to the hospital.",
        "Neighbours have been donating blankets since Sunday, the council said.",
    ):
        assert furniture_reason(news) is None, news
