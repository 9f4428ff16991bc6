"""Per-article work spread over worker processes, results in input order. No Dagster here.

`map_batches(fn, batches, processes)` applies `fn` to each batch and yields the results in the order of the
batches, whatever the number of processes, so a table built from them is the same with 1 or N workers.
At most `2 * processes` batches are in flight: a lazy iterator of batches (read from DuckDB as they are
needed) is never drained into memory ahead of the workers.

Workers come from a "forkserver": a clean process (no Dagster threads, no open DuckDB file) that imported the
extraction code once and forks each worker from there. `processes <= 1` runs everything in the calling
process, with no pool at all.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Imported once by the forkserver, so every worker it forks starts with the extraction code loaded.
PRELOAD = ["pipeline.workers"]


def worker_count(setting: int | None) -> int:
    """`setting` processes; 0 or None means one per core."""
    if setting and setting > 0:
        return setting
    return os.cpu_count() or 1


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def batch_size_for(n_items: int, processes: int, largest: int) -> int:
    """Batches of at most `largest` items, and small enough that each worker gets several of a small day."""
    if processes <= 1:
        return largest
    return max(1, min(largest, -(-n_items // (processes * 4))))


def _context():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_forkserver() -> None:
    """Start the forkserver now: it imports and warms up the extraction code in the background while the
    caller goes on (Dagster start-up, reading the inputs), so the first pool does not wait for it."""
    _context()
    multiprocessing.forkserver.ensure_running()


def map_batches(fn: Callable[[T], R], batches: Iterable[T], processes: int) -> Iterator[R]:
    """`fn(batch)` for every batch, in batch order; `fn` must be a module-level function (it is pickled)."""
    if processes <= 1:
        for batch in batches:
            yield fn(batch)
        return
    window = 2 * processes
    with _context().Pool(processes) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(fn, (batch,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
