"""The benchmark runs end to end on a tiny corpus and writes its figures (timings are not asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_bench_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[corpus]\ndir = "{ROOT / "corpus"}"\n[index]\ndir = "{tmp_path / "idx"}"\n', encoding="utf-8")
    out = tmp_path / "bench"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "--config",
            str(config),
            "bench",
            "--out",
            str(out),
            "--sizes",
            "60",
            "--questions",
            "3",
            "--throughput",
            "16",
            "--adds",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"}, "HF_HUB_OFFLINE": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads((out / "bench.json").read_text())
    assert set(results) >= {"warm", "stream", "neighbour", "throughput", "cold_start", "build", "shell_add", "scale"}
    busy = results["add_busy"]  # questions while an article is added, here and in a process of its own
    assert busy["in_process"]["questions_during"] > 0 and busy["apart"]["questions_during"] > 0
    assert "DATABASE_URL" in results["storage"]["skipped"]  # no database here: said, not measured
    neighbour = results["neighbour"]
    assert neighbour["configured_threads"] == 1  # [index] question_threads, the default
    assert neighbour["every_core_threads"] == os.cpu_count()
    assert neighbour["question_path"] == "numpy (index.encoder)"
    stream = results["stream"]
    assert stream["questions"] == 312 and stream["ours_ms_per_question"] > 0 and stream["recipe_ms_per_question"] > 0
    assert set(results["neighbour"]["configured"]) == {"idle", "loaded", "loaded_p90_over_idle_p50"}
    batch = neighbour["batch"]  # many questions at once, split over [index] batch_workers (0: every core)
    assert batch["configured_workers"] == os.cpu_count() and batch["questions"] == 312
    assert batch["configured"]["idle_ms"] > 0 and batch["one_thread"]["loaded_ms"] > 0
    shell = results["shell_add"]
    assert shell["articles"] == 2 and shell["one_call_s"] > 0 and shell["one_by_one_s"] > 0
    assert set(results["throughput"]) == {"1", "8", "64", "256"}
    scale = results["scale"]["60"]
    assert scale["chunks"] > 0
    # 60 chunks are searched exactly (the approximate search has a test of its own): all ten found
    assert scale["index"] == "flat" and scale["recall_at_10"] == 1.0
    assert 20 < scale["rss_mb"] < 2000  # a process with numpy and FAISS loaded: a figure in bytes or GB is a bug
    assert (out / "latency.png").stat().st_size > 1000
