"""The corpus folder as an article store: every write can be taken back, and reads see only what was asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.article_store import FolderStore
from index.errors import CorpusError
from index.ingest import Draft

HARBOUR = Draft("harbour-closes", "The harbour closed on Monday, the port authority said.\n", {"outlet": "Coast Times"})
BRIDGE = Draft("bridge-opens", "The new bridge opened on Friday, the mayor said.\n", {"outlet": "River Post"})


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_put_then_take_back_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "corpus")
    store.directory.mkdir()
    where = store.put(HARBOUR)
    assert Path(where) == store.directory / "harbour-closes.txt"
    assert _files(store.directory) == ["harbour-closes.toml", "harbour-closes.txt"]
    store.take_back("harbour-closes")
    assert _files(store.directory) == []


def test_put_refuses_an_id_already_taken_and_keeps_the_first(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    store.put(HARBOUR)
    with pytest.raises(CorpusError, match="already in the corpus"):
        store.put(Draft("harbour-closes", "Another text.\n", {"outlet": "Elsewhere"}))
    (article,), _ = store.read_all()
    assert article.text == HARBOUR.text and article.source.outlet == "Coast Times"


def test_withdraw_keeps_the_files_and_put_back_restores_them(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "corpus", keep_dir=tmp_path / "kept")
    store.directory.mkdir()
    store.put(HARBOUR)
    store.put(BRIDGE)
    kept = store.withdraw("bridge-opens")
    assert _files(Path(kept)) == ["bridge-opens.toml", "bridge-opens.txt"] and Path(kept).parent == tmp_path / "kept"
    assert [a.id for a in store.read_all()[0]] == ["harbour-closes"]
    store.put_back(kept)
    assert not Path(kept).exists()
    assert sorted(a.id for a in store.read_all()[0]) == ["bridge-opens", "harbour-closes"]


@pytest.mark.parametrize("article_id", ["no-such-article", "../corpus/harbour-closes", ""])
def test_withdraw_of_an_article_not_there_changes_nothing(tmp_path: Path, article_id: str) -> None:
    store = FolderStore(tmp_path / "corpus", keep_dir=tmp_path / "kept")
    store.directory.mkdir()
    store.put(HARBOUR)
    with pytest.raises(CorpusError, match="there is no article"):
        store.withdraw(article_id)
    assert _files(store.directory) == ["harbour-closes.toml", "harbour-closes.txt"] and _files(tmp_path / "kept") == []


def test_read_added_reads_the_new_articles_only(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    store.put(HARBOUR)
    store.read_all()
    (tmp_path / "harbour-closes.txt").write_text("Edited on disk since it was read.\n", encoding="utf-8")
    store.put(BRIDGE)
    fresh, everything = store.read_added(["bridge-opens"])
    assert [a.id for a in fresh] == ["bridge-opens"]
    by_id = {a.id: a for a in everything}
    assert set(by_id) == {"harbour-closes", "bridge-opens"} and by_id["harbour-closes"].text == HARBOUR.text
