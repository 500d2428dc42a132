"""Extraction on several processes: a local process pool, or Dask (a LocalCluster or a scheduler).

Workers load the spaCy model once each and return small records (documents without their text,
and their event mentions), never spaCy Docs. Batches come back in input order, so the events of a
build are the same whatever the number of workers or the backend.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputSkipped, KgError
from kg.mentions import document_mentions, without_text
from kg.records import Document, EventMention

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")
BACKENDS = ("local", "dask")
BATCH_SIZE = 16
# Documents per store transaction in builds into a store (kg build --store --batch-size): what a
# killed build can lose, and how often the store re-merges its events.
STORE_BATCH = 500
# Batches in flight per worker: enough to keep workers busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 2

DocumentMentions = tuple[Document, list[EventMention]]
SkipHandler = Callable[[InputSkipped], None]


def batched(items: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), in order."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# A batch's results from a worker: its documents with their mentions, and its documents whose
# extraction failed, as (code, message, traceback): exceptions of kg do not survive pickling.
BatchResult = tuple[list[DocumentMentions], list[tuple[str, str, str]]]


def extract_batch(batch: list[Document], model: str) -> BatchResult:
    """Run in a worker: the batch's documents (text dropped) with their resolved mentions."""
    failed: list[tuple[str, str, str]] = []
    found = [
        (without_text(doc), mentions)
        for doc, mentions in document_mentions(
            batch, model=model, on_skip=lambda s: failed.append((s.code, s.message, s.traceback))
        )
    ]
    return found, failed


def _results(batch: BatchResult, on_skip: SkipHandler) -> list[DocumentMentions]:
    """A worker's results, its failures passed to ``on_skip`` in this process."""
    found, failed = batch
    for code, message, traceback in failed:
        skipped = InputSkipped(code, message)
        skipped.traceback = traceback
        on_skip(skipped)
    return found


def _extract_batch_in_pool(batch: list[Document]) -> BatchResult:
    return extract_batch(batch, _POOL_MODEL)


_POOL_MODEL = ""


def _start_pool_worker(model: str) -> None:
    global _POOL_MODEL
    _POOL_MODEL = model
    from kg.nlp import load_pipeline

    load_pipeline(model)  # once per worker process


def mentions_in_processes(
    documents: Iterable[Document], *, model: str, workers: int, on_skip: SkipHandler
) -> Iterator[DocumentMentions]:
    """Documents and their mentions, extracted by ``workers`` local processes, in input order.

    On Linux the model is loaded once here and the workers are forked from this process, so
    they share it (copy-on-write) instead of each importing spaCy and loading it again.
    """
    from kg.nlp import load_pipeline

    start_method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if start_method == "fork":
        load_pipeline(model)
    context = multiprocessing.get_context(start_method)
    with context.Pool(workers, initializer=_start_pool_worker, initargs=(model,)) as pool:
        for results in pool.imap(_extract_batch_in_pool, batched(documents)):
            yield from _results(results, on_skip)


def mentions_on_dask(
    documents: Iterable[Document],
    *,
    model: str,
    workers: int,
    scheduler: str | None = None,
    on_skip: SkipHandler,
) -> Iterator[DocumentMentions]:
    """Documents and their mentions, extracted on Dask, in input order.

    With no ``scheduler`` address, a LocalCluster of ``workers`` single-threaded processes is
    started for the build and closed after it.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - dask is a dependency
        raise KgError(
            "E901", "the dask backend needs dask.distributed: pip install 'dask[distributed]'"
        ) from error
    if scheduler is not None:
        with _connect(Client, scheduler) as client:
            yield from _ordered_results(client, documents, model, workers, on_skip)
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,  # type: ignore[no-untyped-call]
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield from _ordered_results(client, documents, model, workers, on_skip)


def _connect(client_class: type[Client], scheduler: str) -> Client:
    try:
        return client_class(scheduler, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise KgError("E902", f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def _ordered_results(
    client: Client,
    documents: Iterable[Document],
    model: str,
    workers: int,
    on_skip: SkipHandler,
) -> Iterator[DocumentMentions]:
    """Submit batches, a bounded number at a time, and yield their results in input order."""
    pending: deque[Future[BatchResult]] = deque()
    for batch in batched(documents):
        pending.append(client.submit(extract_batch, batch, model, pure=False))
        if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
            yield from _results(pending.popleft().result(), on_skip)
    while pending:
        yield from _results(pending.popleft().result(), on_skip)
