"""Worker processes for the CPU stages that survive a job killing its worker."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TypeVar

R = TypeVar("R")


class WorkerCrashed(Exception):
    """A job killed the one worker process that ran it alone."""


class WorkerPool:
    """One worker process per core, started from a server that has the pipeline imported.

    When a worker dies (a crash in a C parser, the kernel's out-of-memory killer), the
    executor fails every job in it. `run` then starts a new executor and raises
    BrokenProcessPool; the jobs caught in it go through `run_alone`, one at a time in a
    one-worker executor, so only the job that kills that worker too is lost.
    `run_isolating` does both for a single job.
    """

    def __init__(self, workers: int | None = None, preload: Sequence[str] = ()) -> None:
        self._workers = workers or os.cpu_count() or 2
        self._preload = list(preload)
        self._executor = self._start(self._workers)
        self._quarantine: ProcessPoolExecutor | None = None
        self._alone = asyncio.Lock()
        self.replaced = 0

    def _start(self, workers: int) -> ProcessPoolExecutor:
        context = get_context("forkserver")
        context.set_forkserver_preload(self._preload)
        return ProcessPoolExecutor(max_workers=workers, mp_context=context)

    async def run(self, work: Callable[..., R], *args: object) -> R:
        """`work(*args)` in a worker; BrokenProcessPool if a worker died meanwhile."""
        executor = self._executor
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, work, *args)
        except BrokenProcessPool:
            if executor is self._executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start(self._workers)
                self.replaced += 1
            raise

    async def run_alone(self, work: Callable[..., R], *args: object) -> R:
        """`work(*args)` alone in a worker of its own; WorkerCrashed if it kills that worker."""
        async with self._alone:
            if self._quarantine is None:
                self._quarantine = self._start(1)
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self._quarantine, work, *args
                )
            except BrokenProcessPool:
                self._quarantine.shutdown(wait=False, cancel_futures=True)
                self._quarantine = None
                raise WorkerCrashed(
                    f"{getattr(work, '__name__', work)} killed its worker"
                ) from None

    async def run_isolating(self, work: Callable[..., R], *args: object) -> R:
        """`work(*args)` in the pool and, if a worker died meanwhile, once more alone.

        WorkerCrashed if the job kills its lone worker as well.
        """
        try:
            return await self.run(work, *args)
        except BrokenProcessPool:
            return await self.run_alone(work, *args)

    def shutdown(self) -> None:
        """Stop every worker; jobs not started are cancelled."""
        for executor in (self._executor, self._quarantine):
            if executor is not None:
                executor.shutdown(cancel_futures=True)
