"""The build: documents through spaCy, extraction and resolution, merged into events.

Documents stream through ``nlp.pipe`` in batches; each yields small event mentions, never a kept
``Doc``. Merging happens once all mentions are in (mentions are small records).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.affiliation import person_affiliations, shift_affiliation
from kg.errors import InputSkipped, KgError
from kg.extract import extract_mentions, named_actor_refs, shift_mention, shift_ref
from kg.ingest import read_documents
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.parallel import (
    BACKENDS,
    STORE_BATCH,
    batched,
    mentions_in_processes,
    mentions_on_dask,
)
from kg.rdf import build_activity
from kg.records import Document, Event, EventMention
from kg.resolve import events_of, resolve_document

BATCH_SIZE = 32
# Longest text given to spaCy at once (its own limit is 1,000,000 characters; memory grows with it).
CHUNK_CHARS = 100_000
# A paragraph: a run of text with no blank line in it, from its first to its last visible character.
_PARAGRAPH = re.compile(r"\S(?:(?!\n[^\S\n]*\n).)*\S|\S", re.DOTALL)


@dataclass
class BuildResult:
    """What a build made: the events, the documents read, the inputs skipped."""

    events: list[Event]
    documents: list[Document]
    skipped: list[InputSkipped] = field(default_factory=list)
    # For provenance and the kg store (kg/store.py): every document's mentions before merging,
    # the spaCy pipeline's name and version, and when the build started and ended (xsd:dateTime).
    mentions: list[EventMention] = field(default_factory=list)
    model: str = ""
    model_version: str = ""
    started: str = ""
    ended: str = ""


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


def document_mentions(
    documents: Iterable[Document], *, model: str = DEFAULT_MODEL
) -> Iterator[tuple[Document, list[EventMention]]]:
    """Each document with its resolved event mentions, streaming through ``nlp.pipe``.

    Each paragraph is parsed on its own, so that a headline never runs into the first sentence;
    a very long paragraph (a whole book on one line) is parsed in chunks of at most
    ``CHUNK_CHARS`` characters, cut at sentence ends. Offsets stay those of the document.
    """
    nlp = load_pipeline(model)
    chunks = (
        (text, (document, offset))
        for document in documents
        for offset, text in paragraph_chunks(document.text, CHUNK_CHARS)
    )
    parsed = nlp.pipe(chunks, as_tuples=True, batch_size=BATCH_SIZE)
    for _, group in itertools.groupby(parsed, key=lambda item: id(item[1][0])):
        parts = list(group)  # the parsed chunks of one document
        document = parts[0][1][0]
        raws = [shift_mention(m, at) for doc, (_, at) in parts for m in extract_mentions(doc)]
        named = [shift_ref(r, at) for doc, (_, at) in parts for r in named_actor_refs(doc)]
        affiliations = [
            shift_affiliation(a, at) for doc, (_, at) in parts for a in person_affiliations(doc)
        ]
        yield document, list(resolve_document(document, raws, named, affiliations))


def paragraph_chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """The paragraphs of ``text`` (separated by blank lines) with their offsets, long ones cut.

    A text with no paragraph gives one empty chunk, so that every document reaches extraction.
    """
    found = False
    for paragraph in _PARAGRAPH.finditer(text):
        found = True
        for offset, piece in text_chunks(paragraph.group(), limit):
            yield paragraph.start() + offset, piece
    if not found:
        yield 0, ""


def text_chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of at most ``limit`` characters, with their offsets.

    Cuts at the last blank line, else sentence end, else space before the limit; a piece with
    none of these is cut at the limit itself.
    """
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next(
            (i + len(mark) for mark in ("\n\n", ". ", "\n", " ") if (i := window.rfind(mark)) > 0),
            limit,
        )
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


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
        stream, model=model, workers=workers, backend=backend, scheduler=scheduler
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
    from kg.store import stored_content_hashes, write_documents

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
        stream, model=model, workers=workers, backend=backend, scheduler=scheduler
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
) -> Iterator[tuple[Document, list[EventMention]]]:
    """Documents with their mentions, from this process, a process pool or Dask."""
    if workers < 1:
        raise KgError("E003", f"--workers {workers} must be at least 1")
    if backend not in BACKENDS:
        raise KgError(
            "E004", f"--backend {backend!r} is not a backend: use one of " + ", ".join(BACKENDS)
        )
    if backend == "dask":
        return mentions_on_dask(documents, model=model, workers=workers, scheduler=scheduler)
    if scheduler is not None:
        raise KgError("E005", "--scheduler needs --backend dask")
    if workers > 1:
        return mentions_in_processes(documents, model=model, workers=workers)
    return document_mentions(documents, model=model)


def without_text(document: Document) -> Document:
    """Keep what the graph records of a document, not its whole text (but the text's hash)."""
    return replace(document, text="", content_hash=document.content_hash or content_hash(document))


def content_hash(document: Document) -> str:
    """The SHA-1 of a document's id and text: how a store knows it already holds a document.

    The id counts: the same story under two ids (two outlets) is two sources.
    """
    content = f"{document.id}\0{document.text}".encode()
    return hashlib.sha1(content, usedforsecurity=False).hexdigest()
