"""Building in a process of its own (index.builder): the index files it writes are the ones the answering
process reads back, its errors reach the caller as they are, and a child that died is replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.builder import ProcessBuilder
from index.config import AnswerSettings, IndexSettings
from index.embedder import SentenceTransformerEmbedder
from index.engine import Engine
from tests.conftest import CORPUS, ROOT

FERRY = (
    "The ferry Aurora ran aground near the north pier of Tellin on Tuesday, the harbour authority said.\n\n"
    'Captain Mara Velt said all twelve members of the crew were safe. "The tide turned faster than forecast," '
    "she told reporters.\n"
)
BRIDGE = "The old swing bridge of Tellin was closed to traffic on Wednesday after a crack was found in its deck.\n"


def _put(corpus: Path, name: str, text: str) -> str:
    (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / f"{name}.toml").write_text('outlet = "Tellin Post"\n', encoding="utf-8")
    return name


def _running(pid: int) -> bool:
    """Whether a process runs (a killed one its parent has not reaped yet does not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.fixture
def builder() -> Iterator[ProcessBuilder]:
    made = ProcessBuilder()
    yield made
    made.close()


def test_an_article_added_apart_is_answered_from(
    corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder, builder: ProcessBuilder
) -> None:
    engine = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder).load()
    before = engine.index.manifest.version
    engine.build_apart(builder)
    engine.add([_put(corpus_copy, "ferry", FERRY)])
    assert engine.index.manifest.version != before and "ferry" in engine.index.articles
    answer = engine.ask("Who said the crew of the ferry was safe?")
    assert answer.quotes and answer.quotes[0].source.id == "ferry"
    assert "Mara Velt" in f"{answer.quotes[0].speaker} {answer.quotes[0].text}"
    # The child built it: the files on disk are the index this process answers from.
    again = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder)
    assert again.load(rebuild=False).index.manifest.version == engine.index.manifest.version


def test_an_error_of_the_build_reaches_the_caller_as_itself(tmp_path: Path, builder: ProcessBuilder) -> None:
    from index.corpus import load_corpus
    from index.errors import IndexUnwritable

    articles, _ = load_corpus(CORPUS)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(IndexUnwritable) as err:  # raised in the child, the same class here, with its message
        builder.build(articles, IndexSettings(dir=blocked / "idx"))
    assert str(blocked / "idx") in str(err.value)
    builder.build(articles, IndexSettings(dir=tmp_path / "idx"))  # the child is still there for the next
    assert (tmp_path / "idx").is_dir()


def test_a_child_that_died_is_built_around_and_replaced(
    corpus_copy: Path, tmp_path: Path, real_embedder: SentenceTransformerEmbedder, builder: ProcessBuilder
) -> None:
    engine = Engine(corpus_copy, IndexSettings(dir=tmp_path / "idx"), AnswerSettings(), embedder=real_embedder).load()
    engine.build_apart(builder)
    first = builder.start()
    os.kill(first, signal.SIGKILL)
    time.sleep(0.5)  # the pool notices its worker is gone
    engine.add([_put(corpus_copy, "ferry", FERRY)])  # built in this process instead
    assert "ferry" in engine.index.articles
    second = builder.start()  # the next build has a child again
    assert second != first
    engine.add([_put(corpus_copy, "bridge", BRIDGE)])
    assert {"ferry", "bridge"} <= set(engine.index.articles)


def test_a_build_that_takes_too_long_is_stopped_and_the_next_has_a_new_child(tmp_path: Path) -> None:
    from index.builder import BuildTimedOut
    from index.corpus import load_corpus

    articles, _ = load_corpus(CORPUS)
    slow = ProcessBuilder(timeout=0.05)  # no build of five articles (a model to load first) is that quick
    try:
        first = slow.start()
        with pytest.raises(BuildTimedOut) as err:
            slow.build(articles, IndexSettings(dir=tmp_path / "idx"))
        assert "longer than 0 s" in str(err.value)
        deadline = time.monotonic() + 10
        while _running(first) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(first)  # the child was killed, not left to finish
        slow.timeout = 600.0
        slow.build(articles, IndexSettings(dir=tmp_path / "idx"))  # a new child builds it
        assert slow.start() != first and (tmp_path / "idx" / "manifest.json").exists()
    finally:
        slow.close()


def test_an_answering_process_that_adds_apart_never_imports_torch(corpus_copy: Path, tmp_path: Path) -> None:
    """sentence-transformers and torch stay in the child (spaCy, for the questions' tagger, is imported without
    torch: index.nlp)."""
    config = tmp_path / "config.toml"
    config.write_text(f'[corpus]\ndir = "{corpus_copy}"\n[index]\ndir = "{tmp_path / "idx"}"\n', encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    build = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "index"], cwd=ROOT, env=env)
    assert build.returncode == 0
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from bot.app.storage import engine_for\nfrom bot.config import load_config\n"
        "from index.builder import ProcessBuilder\n"
        "from tests.index.test_builder import FERRY, _put\n"
        "if __name__ == '__main__':\n"
        f"    e = engine_for(load_config(Path({str(config)!r}))).load()\n"
        "    e.build_apart(ProcessBuilder())\n"
        f"    e.add([_put(Path({str(corpus_copy)!r}), 'ferry', FERRY)])\n"
        "    a = e.ask('Who said the crew of the ferry was safe?')\n"
        "    e.builder.close()\n"
        "    print(a.quotes[0].source.id, 'sentence_transformers' in sys.modules, 'torch' in sys.modules)\n"
    )
    script = tmp_path / "answering.py"  # a file, not -c: the child is started by importing the parent's main
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ferry", "False", "False"]
