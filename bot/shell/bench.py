"""`python -m bot bench`: speed and scale measured in one run, each figure beside the naive way.

Writes bench.json and latency.png to the output folder. Numbers come from this machine at the time of
the run; the README quotes one run and says how to reproduce it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bot.app.answerer import Answerer
from bot.app.looplag import LoopLag
from bot.app.service import settle
from bot.app.storage import engine_for
from bot.config import DATABASE_ENV, Config, StorageSettings
from bot.render import answer_embed
from bot.shell.bench_storage import bench_storage
from index.corpus import load_corpus
from index.embedder import Embedder
from index.engine import Engine
from index.store import open_index

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]


def _pcts(samples: list[float]) -> dict[str, float]:
    ms = sorted(x * 1000 for x in samples)
    return {
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "n": len(ms),
    }


QUESTIONS = Path(__file__).with_name("bench_questions.txt")  # the bench's own, apart from the tests' data


def _questions() -> list[str]:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _distinct(n: int) -> list[str]:
    """`n` distinct questions: the bench's questions, then each again with a number, so the cache does no work."""
    base = _questions()
    return [base[i % len(base)] + ("" if i < len(base) else f" ({i})") for i in range(n)]


def _ratio(naive: float, ours: float) -> float:
    return round(naive / ours, 2) if ours > 0 else float("inf")


# --- five articles -----------------------------------------------------------------------------------


def bench_warm(engine: Engine, questions: list[str]) -> dict[str, Any]:
    """One question at a time through ask + rendering; then the same questions again (cached)."""
    engine.warm_up_questions()  # as the running bot does at its start (Service.start)
    settle()
    for q in questions[:3]:  # warm the model and the code paths, rendering too (its first call imports
        answer_embed(engine.ask(q))  # discord.py, which the running bot has imported long before)
    first, again, naive = [], [], []
    for q in questions:
        engine._cache.clear()
        t = time.perf_counter()
        answer_embed(engine.ask(q))
        first.append(time.perf_counter() - t)
        t = time.perf_counter()
        answer_embed(engine.ask(q))
        again.append(time.perf_counter() - t)
    # The naive way: the same work without the cache, the question embedded by the library's own encode().
    library_encode = getattr(engine.embedder, "library_encode", engine.embedder.encode)
    for q in questions:
        engine._cache.clear()
        t = time.perf_counter()
        text = q.strip()
        answer_embed(engine.answer(text, library_encode([text])[0]))
        naive.append(time.perf_counter() - t)
    out: dict[str, Any] = {"first_time": _pcts(first), "repeated": _pcts(again), "naive": _pcts(naive)}
    out["first_vs_naive_p50_ratio"] = _ratio(out["naive"]["p50_ms"], out["first_time"]["p50_ms"])
    out["repeated_vs_naive_p50_ratio"] = _ratio(out["naive"]["p50_ms"], out["repeated"]["p50_ms"])
    return out


async def _throughput(engine: Engine, in_flight: int, total: int, batched: bool) -> dict[str, float]:
    answerer = Answerer(engine, max_batch=64 if batched else 1)
    answerer.start()
    base = _questions()
    sem = asyncio.Semaphore(in_flight)

    async def one(i: int) -> None:
        async with sem:
            # Distinct questions: the cache must not do the work.
            answer_embed(await answerer.ask(f"{base[i % len(base)]} ({i})"))

    engine._cache.clear()
    async with LoopLag() as lag:
        t = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(total)))
        elapsed = time.perf_counter() - t
    await answerer.stop()
    return {"questions_per_s": round(total / elapsed, 1), "max_loop_lag_ms": round(lag.worst * 1000, 1)}


def bench_neighbour(engine: Engine, questions: list[str], repeats: int = 4) -> dict[str, Any]:
    """One question's embedding, p50 / p90 in ms, on an idle machine and while a busy-loop process keeps one core
    busy (a neighbour, another shard), with the configured threads and with every core; and a batch of many
    questions (`batch`: STREAM of them embedded at once, ms a question, the better of two), split over the
    configured batch workers and on one thread."""
    configured = engine.index_settings.question_threads or (os.cpu_count() or 1)
    every_core = os.cpu_count() or 1
    workers = engine.index_settings.batch_workers or every_core
    texts = (questions * repeats)[: max(40, len(questions))]
    stream = _distinct(STREAM)

    def times() -> dict[str, float]:
        for q in texts[:5]:  # warm
            engine.embed([q])
        samples = []
        for q in texts:
            t = time.perf_counter()
            engine.embed([q])
            samples.append((time.perf_counter() - t) * 1000)
        samples.sort()
        return {"p50_ms": round(samples[len(samples) // 2], 2), "p90_ms": round(samples[int(len(samples) * 0.9)], 2)}

    def batch_time() -> float:
        best = float("inf")
        for _ in range(2):
            t = time.perf_counter()
            engine.embed(stream)
            best = min(best, (time.perf_counter() - t) * 1000 / len(stream))
        return round(best, 2)

    def beside_a_busy_core(measure: Callable[[], Any]) -> tuple[Any, Any]:
        idle = measure()
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        try:
            time.sleep(0.3)
            loaded = measure()
        finally:
            busy.kill()
            busy.wait()
        return idle, loaded

    out: dict[str, Any] = {
        "configured_threads": configured,
        "every_core_threads": every_core,
        "question_path": "numpy (index.encoder)" if getattr(engine.embedder, "fast_questions", False) else "torch",
    }
    embedder: Any = engine.embedder
    try:
        for label, threads in (("configured", configured), ("every_core", every_core)):
            embedder.set_question_threads(threads)
            idle, loaded = beside_a_busy_core(times)
            out[label] = {
                "idle": idle,
                "loaded": loaded,
                "loaded_p90_over_idle_p50": _ratio(loaded["p90_ms"], idle["p50_ms"]),
            }
        embedder.set_question_threads(configured)
        if hasattr(embedder, "set_batch_workers"):
            batch: dict[str, Any] = {"questions": len(stream), "configured_workers": workers}
            for label, n in (("configured", workers), ("one_thread", 1)):
                embedder.set_batch_workers(n)
                idle_ms, loaded_ms = beside_a_busy_core(batch_time)
                batch[label] = {
                    "idle_ms": idle_ms,
                    "loaded_ms": loaded_ms,
                    "loaded_over_idle": _ratio(loaded_ms, idle_ms),
                }
            out["batch"] = batch
    finally:
        embedder.set_question_threads(configured)
        if hasattr(embedder, "set_batch_workers"):
            embedder.set_batch_workers(engine.index_settings.batch_workers)
    return out


STREAM = 312  # distinct questions in the stream row


def bench_stream(engine: Engine, n: int = STREAM) -> dict[str, Any]:
    """`n` distinct questions through `ask --json`'s path (model loaded, no cache), per question, beside the usual
    recipe's bare retrieval for the same questions: the library's batched encode() and a FAISS search of 4
    chunks, nothing else."""
    import io

    from bot.shell.cli import ask_json

    stream = _distinct(n)
    library_encode = getattr(engine.embedder, "library_encode", engine.embedder.encode)
    library_encode(stream[:8])  # both warm
    ask_json(engine.ask_many, [q + "\n" for q in stream[:8]], io.StringIO())
    ours, recipe = [], []
    for _ in range(2):  # alternated, the better of two each: this machine is noisy
        engine._cache.clear()
        t = time.perf_counter()
        ask_json(engine.ask_many, [q + "\n" for q in stream], io.StringIO())
        ours.append((time.perf_counter() - t) / n)
        t = time.perf_counter()
        engine.index.nearest_chunks(library_encode(stream), 4)
        recipe.append((time.perf_counter() - t) / n)
    t = time.perf_counter()
    engine.embed(stream)
    embedding = (time.perf_counter() - t) / n
    return {
        "questions": n,
        "ours_ms_per_question": round(min(ours) * 1000, 2),
        "recipe_ms_per_question": round(min(recipe) * 1000, 2),
        "our_embedding_alone_ms_per_question": round(embedding * 1000, 2),
        "ours_over_recipe": round(min(ours) / min(recipe), 2),
    }


def bench_throughput(engine: Engine, total: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for in_flight in (1, 8, 64, 256):
        ours = asyncio.run(_throughput(engine, in_flight, total, batched=True))
        naive = asyncio.run(_throughput(engine, in_flight, total, batched=False))
        out[str(in_flight)] = {
            "ours": ours,
            "naive_one_model_call_each": naive,
            "ratio": _ratio(ours["questions_per_s"], naive["questions_per_s"]),
        }
    return out


def bench_cold(config: Config) -> dict[str, Any]:
    """Process start to ready to answer (model and index loaded), with the index built and with none."""
    code = (
        "import sys, time; sys.path.insert(0, {root!r}); t = time.time()\n"
        "from pathlib import Path\n"
        "from bot.app.storage import engine_for\nfrom bot.config import load_config\n"
        "e = engine_for(load_config(Path({cfg!r}))).load()\n"
        "e.ask('Where is al-Bab?')\nprint('ready', flush=True)\n"
    )
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "config.toml"
        cfg.write_text(f'[corpus]\ndir = "{config.corpus_dir}"\n[index]\ndir = "{Path(tmp) / "idx"}"\n')
        for label in ("no_index", "built_index"):
            # Timed to the "ready" line, not to the process's exit: shutting torch down takes a second that
            # no user waits for.
            t = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", code.format(root=str(ROOT), cfg=str(cfg))],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "HF_HUB_OFFLINE": "1"},
            )
            assert proc.stdout is not None
            line = proc.stdout.readline()
            ready = time.perf_counter() - t
            if proc.wait() != 0 or line.strip() != "ready":
                raise RuntimeError(f"the cold-start process failed ({label})")
            out[label + "_s"] = round(ready, 2)
    return out


def _extra_article(corpus: Path, sentences: list[str], n: int, seed: int) -> Path:
    rng = random.Random(seed)
    text = "\n\n".join(rng.sample(sentences, min(n, len(sentences))))
    (corpus / f"added-{seed}.toml").write_text('outlet = "Bench"\n', encoding="utf-8")
    path = corpus / f"added-{seed}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def bench_build(config: Config, embedder: Embedder) -> dict[str, Any]:
    """Build the five articles from scratch; then add one article to the built index as /addsource does, and
    rebuild naively."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(config.corpus_dir, corpus)
        settings = dataclasses.replace(config.index, dir=Path(tmp) / "idx")
        t = time.perf_counter()
        engine = Engine(corpus, settings, config.answer, embedder=embedder).load()
        build = time.perf_counter() - t
        index = engine.index
        pool = [s.text for s in index.sentences if s.kind == "text"]
        path = _extra_article(corpus, pool, 12, 1)
        t = time.perf_counter()
        engine.add([path.stem])
        add = time.perf_counter() - t
        shutil.rmtree(settings.dir)
        articles, _ = load_corpus(corpus)
        t = time.perf_counter()
        open_index(articles, embedder, settings)
        naive_add = time.perf_counter() - t
    return {
        "chunks": index.manifest.n_chunks,
        "sentences": index.manifest.n_sentences,
        "build_s": round(build, 2),
        "chunks_per_s": round(index.manifest.n_chunks / build, 1),
        "add_one_article_s": round(add, 3),
        "naive_full_rebuild_s": round(naive_add, 3),
        "ratio": _ratio(naive_add, add),
    }


def _ask_until(engine: Engine, questions: list[str], done: threading.Event, times: list[float]) -> None:
    """Ask distinct questions one after another until `done`, each one's time (ms) kept in `times`."""
    i = 0
    while not done.is_set():
        t = time.perf_counter()
        engine.ask(f"{questions[i % len(questions)]} ({i})")
        times.append((time.perf_counter() - t) * 1000)
        i += 1


def bench_add_busy(config: Config, sentences: int = 60) -> dict[str, Any]:
    """Questions asked one after another (as the answerer's thread does) while an article of `sentences`
    sentences is added: the index brought up to date in this process, and in a process of its own
    (index.builder, what a running bot does). Each after a first add, so the model, the tagger and the child
    are loaded in both."""
    from index.builder import ProcessBuilder

    questions = _questions()
    out: dict[str, Any] = {"article_sentences": sentences}
    for label in ("in_process", "apart"):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            shutil.copytree(config.corpus_dir, corpus)
            settings = dataclasses.replace(config.index, dir=Path(tmp) / "idx")
            engine = Engine(corpus, settings, config.answer).load()
            engine.warm_up_questions()
            builder = ProcessBuilder(settings.model, settings.batch_size) if label == "apart" else None
            engine.build_apart(builder)
            try:
                pool = [s.text for s in engine.index.sentences if s.kind == "text"]
                engine.add([_extra_article(corpus, pool, 10, 1).stem])  # loads what adding needs
                idle = []
                for i in range(30):
                    t = time.perf_counter()
                    engine.ask(f"{questions[i % len(questions)]} [{i}]")
                    idle.append((time.perf_counter() - t) * 1000)
                during: list[float] = []
                done = threading.Event()
                asker = threading.Thread(target=_ask_until, args=(engine, questions, done, during))
                asker.start()
                t = time.perf_counter()
                engine.add([_extra_article(corpus, pool * 3, sentences, 2).stem])
                add = time.perf_counter() - t
                done.set()
                asker.join()
            finally:
                if builder is not None:
                    builder.close()
        during.sort()
        out[label] = {
            "add_s": round(add, 2),
            "idle_p50_ms": round(statistics.median(idle), 1),
            "questions_during": len(during),
            "p50_ms": round(during[len(during) // 2], 1),
            "p90_ms": round(during[int(len(during) * 0.9)], 1),
            "max_ms": round(during[-1], 1),
        }
    out["max_ratio"] = _ratio(out["in_process"]["max_ms"], out["apart"]["max_ms"])
    return out


def bench_shell_add(config: Config, engine: Engine, n: int) -> dict[str, Any]:
    """`n` new articles added from the shell, model start included: in one `add` call, and one call each (as a
    moderator did before `add` took several), on copies of the same corpus and built index."""
    words = sorted({w for s in engine.index.sentences for w in re.findall(r"[A-Za-z]{4,}", s.text)})
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        shutil.copytree(config.corpus_dir, base / "corpus")
        pages = []
        for a in range(n):  # sentences of the corpus's words drawn at random: new, so no add is a duplicate
            lines = [" ".join(rng.sample(words, 16)).capitalize() + ", officials said on Monday." for _ in range(20)]
            page = Path(tmp) / f"bench-article-{a}.txt"
            page.write_text("\n".join(lines) + "\n", encoding="utf-8")
            pages.append(str(page))
        _shell(base, "index")
        timings: dict[str, float] = {}
        for label, calls in (("one_call", [pages]), ("one_by_one", [[p] for p in pages])):
            work = Path(tmp) / label
            shutil.copytree(base, work)
            t = time.perf_counter()
            for call in calls:
                _shell(work, "add", *call, "--outlet", "Bench", "--yes")
            timings[label] = time.perf_counter() - t
    return {
        "articles": n,
        "one_call_s": round(timings["one_call"], 2),
        "one_call_per_article_s": round(timings["one_call"] / n, 2),
        "one_by_one_s": round(timings["one_by_one"], 2),
        "ratio": _ratio(timings["one_by_one"], timings["one_call"]),
    }


def _shell(project: Path, *args: str) -> None:
    """`python -m bot ARGS` on a project folder (its corpus/, .index/ and data/), as a moderator runs it."""
    cfg = project / "config.toml"  # written each time: a copied project must not point at the one it came from
    cfg.write_text(
        f'[corpus]\ndir = "{project / "corpus"}"\n[index]\ndir = "{project / ".index"}"\n'
        f'[discord]\npins_db = "{project / "data" / "pins.sqlite3"}"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(cfg), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
        raise RuntimeError(f"python -m bot {args[0]} failed: {said}")


# --- scale ---------------------------------------------------------------------------------------------


class SplicedEmbedder:
    """Vectors for a synthetic corpus: a text's vector is the normalised mean of the real model's vectors of
    the real sentences it was spliced from. Embedding 100,000 chunks with the model would take minutes and
    measure the model, not the index."""

    def __init__(self, parts: dict[str, np.ndarray], dim: int) -> None:
        self._parts = parts
        self._dim = dim

    @property
    def name(self) -> str:
        return "spliced-all-MiniLM-L6-v2"

    @property
    def dim(self) -> int:
        return self._dim

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for piece in re.split(r" / |(?<=[.!?]) ", text):
                for key in (piece.strip(), piece.strip().rstrip(".")):
                    if key in self._parts:
                        out[i] += self._parts[key]
            n = float(np.linalg.norm(out[i]))
            out[i] = out[i] / n if n else out[i]
        return out


def _synthetic_corpus(directory: Path, halves: list[tuple[str, str]], n_chunks: int, seed: int) -> None:
    """Articles of sentences spliced from halves of real sentences: "first half / second half."."""
    rng = random.Random(seed)
    directory.mkdir(parents=True)
    per_article = 10
    n_articles = max(1, round(n_chunks / 6))  # spliced sentences are long: about 6 chunks an article
    for a in range(n_articles):
        lines = []
        for _ in range(per_article):
            first, second = rng.choice(halves)[0], rng.choice(halves)[1]
            lines.append(f"{first} / {second}.")
        (directory / f"s{a:06d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (directory / f"s{a:06d}.toml").write_text(f'outlet = "Synthetic {a % 50}"\n', encoding="utf-8")


def _rss_of_loader(corpus: Path, index_dir: Path, hold: float = 0.0) -> subprocess.Popen[str]:
    """A process that loads the index, touches all of it, prints its RSS and USS, then holds it `hold` s."""
    code = (
        f"import sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\nimport numpy as np, psutil\n"
        "from index.corpus import load_corpus\nfrom index.storage import load\n"
        f"a, _ = load_corpus(Path({str(corpus)!r})); i = load(Path({str(index_dir)!r}), a)\n"
        "i.nearest_chunks(np.asarray(i.sentence_vectors[0]), 10); i.keyword.scores(['russia', 'strike'])\n"
        "for s in i.segments:\n"
        "    float(s.vectors.sum()); int(s.sentence_units['start'].sum()); float(s.postings.tf.sum())\n"
        f"m = psutil.Process().memory_full_info(); print(m.rss, m.uss, flush=True); time.sleep({hold})\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def _answer_times(engine: Engine, questions: list[str], qvecs: np.ndarray, n: int) -> list[float]:
    """Seconds for each of `n` answers through the engine's answer path, the question vectors given."""
    out = []
    for i in range(n):
        t = time.perf_counter()
        engine.answer(questions[i % len(questions)], qvecs[i % len(qvecs)])
        out.append(time.perf_counter() - t)
    return out


def bench_scale(engine: Engine, sizes: list[int], queries: int) -> dict[str, Any]:
    import faiss

    index = engine.index
    real = [s for s in index.sentences if s.kind == "text"]
    parts: dict[str, np.ndarray] = {}
    halves: list[tuple[str, str]] = []
    for s in real:
        words = s.text.rstrip(".").split()
        if len(words) < 6:
            continue
        mid = len(words) // 2
        first, second = " ".join(words[:mid]), " ".join(words[mid:])
        parts[first] = parts[second] = np.asarray(index.sentence_vectors[s.id])
        halves.append((first, second))
    questions = _questions()
    qvecs = engine.embed(questions)
    out: dict[str, Any] = {"vectors": "synthetic: normalised means of the real model's vectors of the spliced halves"}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            _synthetic_corpus(corpus, halves, size, seed=size)
            settings = dataclasses.replace(engine.index_settings, dir=Path(tmp) / "idx")
            embedder = SplicedEmbedder(parts, index.manifest.dim)
            t = time.perf_counter()
            big = Engine(corpus, settings, engine.settings, embedder=embedder).load()
            build = time.perf_counter() - t
            bi = big.index
            # Query latency through the engine's answer path (model time excluded: vectors precomputed).
            lat = _answer_times(big, questions, qvecs, queries)
            # The index used against exact search: recall@10 and exact search latency.
            (seg,) = bi.segments  # built in one go: one segment
            vectors = seg.faiss_index.reconstruct_n(0, seg.faiss_index.ntotal)
            exact = faiss.IndexFlatIP(vectors.shape[1])
            exact.add(vectors)
            hits, exact_lat, ours_lat = 0, [], []
            for qv in qvecs:
                t = time.perf_counter()
                _, ours_ids = seg.faiss_index.search(qv.reshape(1, -1), 10)
                ours_lat.append(time.perf_counter() - t)
                t = time.perf_counter()
                _, exact_ids = exact.search(qv.reshape(1, -1), 10)
                exact_lat.append(time.perf_counter() - t)
                hits += len(set(ours_ids[0]) & set(exact_ids[0]))
            # Adding one article to the built index, against building the whole corpus again (build_s).
            path = _extra_article(corpus, [f"{a} / {b}." for a, b in halves], 10, seed=size + 1)
            t = time.perf_counter()
            big.add([path.stem])
            add = time.perf_counter() - t
            after_add = _answer_times(big, questions, qvecs, queries)
            loader = _rss_of_loader(corpus, settings.dir, hold=600.0)
            assert loader.stdout is not None
            rss1, _ = map(int, loader.stdout.readline().split())
            # A second process on the same index while the first still holds it (until the second has
            # measured): the memory the second has of its own (USS) excludes what the two share.
            other = _rss_of_loader(corpus, settings.dir)
            out2, _ = other.communicate()
            loader.kill()
            loader.wait()
            rss2, uss2 = map(int, out2.split())
            out[str(size)] = {
                "chunks": bi.manifest.n_chunks,
                "sentences": bi.manifest.n_sentences,
                "index": bi.manifest.index_type,
                "build_s": round(build, 1),
                "query": _pcts(lat),
                "search_only": _pcts(ours_lat),
                "naive_exact_search": _pcts(exact_lat),
                "search_ratio": _ratio(statistics.median(exact_lat), statistics.median(ours_lat)),
                "recall_at_10": round(hits / (10 * len(qvecs)), 3),
                "add_one_article_s": round(add, 3),
                "add_vs_full_build_ratio": _ratio(build, add),
                "query_after_add": _pcts(after_add),
                "segments_after_add": len(big.index.segments),
                "rss_mb": round(rss1 / 2**20, 1),
                "second_process_rss_mb": round(rss2 / 2**20, 1),
                "second_process_unique_mb": round(uss2 / 2**20, 1),
            }
            log.info("scale %d: %s", size, out[str(size)])
            del big
    return out


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scale = {int(k): v for k, v in results["scale"].items() if k.isdigit()}
    sizes = sorted(scale)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.plot(sizes, [scale[s]["query"]["p50_ms"] for s in sizes], "o-", label="answer p50 (retrieval + quotes)")
    ax.plot(sizes, [scale[s]["query"]["p95_ms"] for s in sizes], "o--", label="answer p95")
    ax.plot(sizes, [scale[s]["search_only"]["p50_ms"] for s in sizes], "s-", label="index search p50")
    ax.plot(sizes, [scale[s]["naive_exact_search"]["p50_ms"] for s in sizes], "s--", label="naive exact search p50")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the index")
    ax.set_ylabel("milliseconds (model time excluded)")
    ax.set_title("Latency against corpus size")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def run_bench(
    config: Config,
    out_dir: Path,
    sizes: list[int],
    questions: int,
    throughput_total: int,
    adds: int = 8,
    database: str = "",
) -> int:
    """Every figure on the corpus folder and SQLite; the storage figures also in a scratch database on the
    PostgreSQL server of `database` (DATABASE_URL by default), which is never the bot's own database."""
    database = database or config.storage.url
    config = dataclasses.replace(config, storage=StorageSettings())
    os.environ.pop(DATABASE_ENV, None)  # the commands the bench runs work on files too
    out_dir.mkdir(parents=True, exist_ok=True)
    engine = engine_for(config).load()
    qs = _questions()[:questions] if questions < len(_questions()) else _questions()
    results: dict[str, Any] = {"machine": {"cpus": os.cpu_count()}, "index": engine.version}
    log.info("warm latency")
    results["warm"] = bench_warm(engine, qs)
    log.info("a stream of questions")
    results["stream"] = bench_stream(engine)
    log.info("beside a busy neighbour")
    results["neighbour"] = bench_neighbour(engine, qs)
    log.info("throughput")
    results["throughput"] = bench_throughput(engine, throughput_total)
    log.info("cold start")
    results["cold_start"] = bench_cold(config)
    log.info("build")
    results["build"] = bench_build(config, engine.embedder)
    log.info("questions while an article is added")
    results["add_busy"] = bench_add_busy(config)
    log.info("adding %d articles from the shell", adds)
    results["shell_add"] = bench_shell_add(config, engine, adds)
    log.info("storage: PostgreSQL against SQLite and the folder")
    results["storage"] = bench_storage(config, engine.embedder, database)
    log.info("scale %s", sizes)
    results["scale"] = bench_scale(engine, sizes, queries=max(20, questions))
    (out_dir / "bench.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    plot(results, out_dir / "latency.png")
    print(json.dumps(results, indent=2))
    print(f"wrote {out_dir / 'bench.json'} and {out_dir / 'latency.png'}")
    return 0
