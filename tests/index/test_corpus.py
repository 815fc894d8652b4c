"""Corpus loading: metadata is checked, a bad article is skipped with the file and field named."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.corpus import Known, load_article, load_corpus
from index.errors import CorpusError


def test_shipped_metadata_is_loaded_without_invented_fields() -> None:
    """The five seed articles load; a field the seeds leave unknown stays None."""
    articles, problems = load_corpus(Path(__file__).resolve().parents[2] / "corpus")
    assert not problems and len(articles) == 5
    by_outlet = {a.source.outlet: a.source for a in articles}
    assert by_outlet["RFE/RL"].author == "Carl Schreck"
    assert by_outlet["Foxtrot Alpha (Jalopnik)"].title is None
    assert by_outlet["Polygraph.info (Voice of America)"].published is None
    assert all(a.source.url and a.source.url.startswith("http") for a in articles)


@pytest.mark.parametrize(
    ("meta", "field"),
    [
        ('title = "x"\n', "outlet"),
        ('outlet = "X"\npublished = "23 January"\n', "published"),
        ('outlet = "X"\nurl = "javascript:alert(1)"\n', "url"),
        ('outlet = "X"\nheadline = "y"\n', "headline"),
        ("outlet = 3\n", "outlet"),
    ],
)
def test_bad_metadata_names_the_file_and_field(tmp_path: Path, meta: str, field: str) -> None:
    """Each kind of bad metadata gives a CorpusError that names the metadata file and the field."""
    (tmp_path / "a.txt").write_text("Some news text here.", encoding="utf-8")
    (tmp_path / "a.toml").write_text(meta, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_article(tmp_path / "a.txt")
    assert "a.toml" in str(err.value) and field in str(err.value)


def test_a_bad_article_is_skipped_and_the_rest_served(tmp_path: Path) -> None:
    """One article with broken metadata is reported; the good one still loads."""
    (tmp_path / "good.txt").write_text("Good news text.", encoding="utf-8")
    (tmp_path / "good.toml").write_text('outlet = "Good"\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Bad news text.", encoding="utf-8")
    (tmp_path / "bad.toml").write_text("outlet = [unclosed\n", encoding="utf-8")
    articles, problems = load_corpus(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert len(problems) == 1 and "bad.toml" in problems[0].message


def test_reloading_reads_only_the_files_that_changed(corpus_copy: Path) -> None:
    """With what was read before, unchanged articles are reused; an edited, added or removed one is seen."""
    known: Known = {}
    first, _ = load_corpus(corpus_copy, known)
    edited = corpus_copy / "zerohedge-first-joint-mission.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    (corpus_copy / "jalopnik-russia-claims-joint-mission.txt").unlink()
    (corpus_copy / "fresh.txt").write_text("A fresh article about al-Bab.\n", encoding="utf-8")
    (corpus_copy / "fresh.toml").write_text('outlet = "Fresh"\n', encoding="utf-8")
    second, _ = load_corpus(corpus_copy, known)
    before = {a.id: a for a in first}
    after = {a.id: a for a in second}
    assert set(after) == set(before) - {"jalopnik-russia-claims-joint-mission"} | {"fresh"}
    assert after["zerohedge-first-joint-mission"].text.endswith("One more line.\n")
    unchanged = set(before) & set(after) - {"zerohedge-first-joint-mission"}
    assert unchanged and all(after[i] is before[i] for i in unchanged)
    assert {p.stem for p in known} == set(after)


def test_only_plain_web_addresses_are_article_urls() -> None:
    """A URL parser decides: http(s), a host, no spaces, no credentials; anything else is refused."""
    from index.corpus import is_web_address

    for good in ["https://example.org/news/1", "http://example.org/a_b(c)?x=1#top"]:
        assert is_web_address(good), good
    for bad in [
        "https://example.org/a)**[Official statement](https://phish.example/x",
        "javascript:alert(1)",
        "https://",
        "ftp://example.org/a",
        "https://user@evil.example/",
        "https://example.org:80x/",
    ]:
        assert not is_web_address(bad), bad
