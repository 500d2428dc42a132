"""The build: documents through spaCy, extraction and resolution, merged into events.

Documents stream through ``nlp.pipe`` in batches; each yields small event mentions, never a kept
``Doc``. Merging happens once all mentions are in (mentions are small records).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputSkipped, KgError
from kg.ingest import read_documents
from kg.mentions import (
    BATCH_SIZE,
    CHUNK_CHARS,
    content_hash,
    document_mentions,
    paragraph_chunks,
    text_chunks,
    without_text,
)
from kg.nlp import DEFAULT_MODEL
from kg.parallel import (
    BACKENDS,
    STORE_BATCH,
    batched,
    mentions_in_processes,
    mentions_on_dask,
)
from kg.rdf import build_activity
from kg.records import BuildResult, Document, EventMention
from kg.resolve import events_of
from kg.store import stored_content_hashes, write_documents

# Re-exported: the library's names for what a build is made of.
__all__ = [
    "BATCH_SIZE",
    "CHUNK_CHARS",
    "BuildResult",
    "StoreBuild",
    "build_into_store",
    "content_hash",
    "document_mentions",
    "extract_events",
    "paragraph_chunks",
    "text_chunks",
    "without_text",
]


def utc_now() -> str:
    """The current time as an ``xsd:dateTime`` in UTC, to the second (build provenance)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def model_info(model: str) -> tuple[str, str]:
    """The name and version of the spaCy pipeline ``model`` from its meta.json, not loading it."""
    import spacy.util

    try:
        path = Path(model) if Path(model).is_dir() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
        return f"{meta['lang']}_{meta['name']}", str(meta["version"])
    except (OSError, KeyError, ValueError):
        return model, "unknown"


def extract_events(
    inputs: Sequence[str],
    *,
    model: str = DEFAULT_MODEL,
    date: str | None = None,
    on_skip: Callable[[InputSkipped], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    workers: int = 1,
    backend: str = "local",
    scheduler: str | None = None,
) -> BuildResult:
    """Read ``inputs`` (files, directories, ``-``) and return their merged events.

    ``workers`` > 1 extracts in that many processes; ``backend="dask"`` extracts on Dask (a
    LocalCluster of ``workers`` processes, or the cluster whose ``scheduler`` address is given).
    The events are the same whatever the workers and backend.
    """
    skipped: list[InputSkipped] = []

    def skip(problem: InputSkipped) -> None:
        skipped.append(problem)
        if on_skip is not None:
            on_skip(problem)

    started = utc_now()
    documents: list[Document] = []
    mentions: list[EventMention] = []
    stream = read_documents(inputs, date=date, on_skip=skip)
    extracted = _extraction(
        stream, model=model, workers=workers, backend=backend, scheduler=scheduler, on_skip=skip
    )
    for document, found in extracted:
        documents.append(without_text(document))
        mentions.extend(found)
        if on_document is not None:
            on_document(document)
    events = events_of(mentions)
    name, version = model_info(model)
    return BuildResult(
        events=events,
        documents=documents,
        skipped=skipped,
        mentions=mentions,
        model=name,
        model_version=version,
        started=started,
        ended=utc_now(),
    )


@dataclass
class StoreBuild:
    """What a build into a store did: documents added, documents it already held, skips."""

    added: int = 0
    already_stored: int = 0
    skipped: list[InputSkipped] = field(default_factory=list)


def build_into_store(
    inputs: Sequence[str],
    store: Path,
    *,
    model: str = DEFAULT_MODEL,
    date: str | None = None,
    on_skip: Callable[[InputSkipped], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    workers: int = 1,
    backend: str = "local",
    scheduler: str | None = None,
    batch_size: int = STORE_BATCH,
) -> StoreBuild:
    """Build ``inputs`` into the store at ``store``, one transaction per ``batch_size`` documents.

    Events leave for the store batch by batch, so a long build keeps one batch in memory, and a
    build that is stopped (even killed) loses at most the batch in progress. Documents whose text
    the store already holds (by content hash) are skipped before parsing: running the build
    again does only the remaining work.
    """
    if batch_size < 1:
        raise KgError("E006", f"--batch-size {batch_size} must be at least 1")
    result = StoreBuild()
    held = stored_content_hashes(store)

    def skip(problem: InputSkipped) -> None:
        result.skipped.append(problem)
        if on_skip is not None:
            on_skip(problem)

    def unstored(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if content_hash(document) in held:
                result.already_stored += 1
            else:
                yield document

    name, version = model_info(model)
    stream = unstored(read_documents(inputs, date=date, on_skip=skip))
    extracted = _extraction(
        stream, model=model, workers=workers, backend=backend, scheduler=scheduler, on_skip=skip
    )
    started = utc_now()
    for batch in batched(extracted, batch_size):
        documents = [without_text(document) for document, _ in batch]
        mentions = [mention for _, found in batch for mention in found]
        activity = build_activity(
            (d.id for d in documents),
            model=name,
            model_version=version,
            started=started,
            ended=utc_now(),
        )
        write_documents(store, documents, mentions, activity)
        result.added += len(documents)
        if on_document is not None:
            for document in documents:
                on_document(document)
        started = utc_now()
    return result


def _extraction(
    documents: Iterable[Document],
    *,
    model: str,
    workers: int,
    backend: str,
    scheduler: str | None,
    on_skip: Callable[[InputSkipped], None],
) -> Iterator[tuple[Document, list[EventMention]]]:
    """Documents with their mentions, from this process, a process pool or Dask; a document
    whose extraction failed is passed to ``on_skip`` and left out."""
    if workers < 1:
        raise KgError("E003", f"--workers {workers} must be at least 1")
    if backend not in BACKENDS:
        raise KgError(
            "E004", f"--backend {backend!r} is not a backend: use one of " + ", ".join(BACKENDS)
        )
    if backend == "dask":
        return mentions_on_dask(
            documents, model=model, workers=workers, scheduler=scheduler, on_skip=on_skip
        )
    if scheduler is not None:
        raise KgError("E005", "--scheduler needs --backend dask")
    if workers > 1:
        return mentions_in_processes(documents, model=model, workers=workers, on_skip=on_skip)
    return document_mentions(documents, model=model, on_skip=on_skip)
