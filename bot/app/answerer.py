"""Answers for the event loop: questions asked at the same moment are embedded in one batch, off the loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging

from bot.app.looplag import cancel_and_wait
from index.answer import Answer
from index.engine import Engine

log = logging.getLogger(__name__)


class Answerer:
    """Collects the questions that are waiting and answers them together in a worker thread."""

    def __init__(self, engine: Engine, max_batch: int = 64) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self._queue: asyncio.Queue[tuple[str, asyncio.Future[Answer]]] | None = None
        self._task: asyncio.Task[None] | None = None
        # One worker: the model uses every core already, and one batch at a time keeps latency even.
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="answerer")

    def start(self) -> None:
        self._queue = asyncio.Queue()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="answerer")

    async def stop(self) -> None:
        await cancel_and_wait(self._task)
        self._task = None
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def ask(self, question: str) -> Answer:
        """The answer to one question; raises the core's typed errors (EmptyQuestion, ...)."""
        if self._queue is None:
            raise RuntimeError("the answerer is not started")
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        await self._queue.put((question, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            # What was asked while the last batch ran is waiting already: take it along, without a timed
            # wait, so that a question asked alone is not delayed.
            await asyncio.sleep(0)
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            questions = [q for q, _ in batch]
            try:
                results = await loop.run_in_executor(self._executor, self.engine.ask_many, questions)
            except Exception as exc:  # the whole batch failed: every waiter hears of it
                log.exception("answering a batch of %d questions failed", len(batch))
                results = [exc] * len(batch)
            for (_, future), result in zip(batch, results, strict=True):
                if future.done():
                    continue
                if isinstance(result, BaseException):
                    future.set_exception(result)
                else:
                    future.set_result(result)
