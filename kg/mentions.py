"""Documents to resolved event mentions: paragraphs through spaCy, kg's rules, resolution.

One stage of the build, below both the process pool / Dask runners (``kg.parallel``) and the
build itself (``kg.pipeline``), which import it.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from kg.affiliation import Affiliation, person_affiliations, shift_affiliation
from kg.carriers import senses_kept
from kg.errors import InputSkipped, unexpected_failure
from kg.event_check import event_check_from_env
from kg.extract import (
    ActorRef,
    Holding,
    RawMention,
    extract_mentions,
    held_place_target,
    indexed,
    named_actor_refs,
    place_holders,
    shift_holding,
    shift_mention,
    shift_ref,
)
from kg.learned import type_check_from_env
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.records import Document, EventMention
from kg.resolve import resolve_document

# Paragraph chunks given to spaCy at once. They are short (a news paragraph is a sentence or
# three), so batches of 32, as for whole texts, left spaCy's per-batch work a seventh of its time
# on kg's chunks; 128 of them are about 32 short articles. (The parse is the same whatever the
# batch.)
BATCH_SIZE = 128
# At most this many characters go to spaCy in one batch: 128 chunks of a book with no blank line
# (each up to CHUNK_CHARS) would otherwise be parsed, and held, at once.
BATCH_CHARS = 1_000_000
_FAILED_CODE = "E112"  # an unexpected error while extracting the events of one document
# Longest text given to spaCy at once (its own limit is 1,000,000 characters; memory grows with it).
CHUNK_CHARS = 100_000
# A paragraph: a run of text with no blank line in it, from its first to its last visible character.
# A bullet ("•") opens one too, as ``kg.ingest`` makes it do for the files it reads, so that a text
# given directly (a gold document) is split alike: on one line it sets apart a reader's letter, the
# signature after it, or a note on the writer ("• Simon Tisdall is a foreign affairs
# commentator"), which would otherwise run into the sentence before or after it.
_PARAGRAPH = re.compile(r"[^\s•](?:(?!\n[^\S\n]*\n|•).)*[^\s•]|[^\s•]", re.DOTALL)


def document_mentions(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    on_skip: Callable[[InputSkipped], None] | None = None,
) -> Iterator[tuple[Document, list[EventMention]]]:
    """Each document with its resolved event mentions, streaming through ``nlp.pipe``.

    Each paragraph is parsed on its own, so that a headline never runs into the first sentence;
    a very long paragraph (a whole book on one line) is parsed in chunks of at most
    ``CHUNK_CHARS`` characters, cut at sentence ends. Offsets stay those of the document.

    With ``on_skip``, an unexpected error in the extraction of one document is passed to it
    (naming the document and the error) and that document is left out; without, it is raised.
    """
    type_check = type_check_from_env()  # the learned type check, when switched on
    event_check = event_check_from_env()  # the learned event check, unless switched off
    for document, parts in parsed_documents(documents, model=model):
        try:
            raws, named, affiliations = extracted(parts)
            if type_check is not None:
                raws = type_check(raws)
            found = list(resolve_document(document, raws, named, affiliations))
            if event_check is not None:
                found = event_check.checked(found, len(document.text), _sentence_count(parts))
        except Exception as error:
            if on_skip is None:
                raise
            on_skip(unexpected_failure(_FAILED_CODE, document.source or document.id, error))
            continue
        yield document, found


T = TypeVar("T")

# One document's parsed chunks: each spaCy Doc with its offset in the document.
Parts = list[tuple[Doc, int]]


def _sentence_count(parts: Parts) -> int:
    return sum(1 for doc, _ in parts for _ in doc.sents)


def parsed_documents(
    documents: Iterable[Document], *, model: str = DEFAULT_MODEL
) -> Iterator[tuple[Document, Parts]]:
    """Each document with its parsed paragraph chunks, streaming through ``nlp.pipe``."""
    nlp = load_pipeline(model)
    chunks = (
        (text, (document, offset))
        for document in documents
        for offset, text in paragraph_chunks(document.text, CHUNK_CHARS)
    )
    parsed = (
        item
        for batch in chunk_batches(chunks, BATCH_SIZE, BATCH_CHARS)
        for item in nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
    )
    for _, group in itertools.groupby(parsed, key=lambda item: id(item[1][0])):
        parts = list(group)
        yield parts[0][1][0], [(doc, at) for doc, (_, at) in parts]


def chunk_batches(
    chunks: Iterable[tuple[str, T]], size: int, chars: int
) -> Iterator[list[tuple[str, T]]]:
    """The ``(text, context)`` chunks in batches of at most ``size`` chunks and ``chars``
    characters (a single longer chunk is a batch of its own), in order."""
    batch: list[tuple[str, T]] = []
    total = 0
    for chunk in chunks:
        if batch and (len(batch) == size or total + len(chunk[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(chunk)
        total += len(chunk[0])
    if batch:
        yield batch


def extracted(parts: Parts) -> tuple[list[RawMention], list[ActorRef], list[Affiliation]]:
    """The raw mentions, named actors and affiliations of one document's parsed chunks, with
    document offsets."""
    raws: list[RawMention] = []
    named: list[ActorRef] = []
    affiliations: list[Affiliation] = []
    holdings: list[Holding] = []
    for doc, at in parts:
        with indexed(doc), senses_kept(doc):  # entities and senses looked up once for all four
            raws += (shift_mention(m, at) for m in extract_mentions(doc))
            named += (shift_ref(r, at) for r in named_actor_refs(doc))
            affiliations += (shift_affiliation(a, at) for a in person_affiliations(doc))
            holdings += (shift_holding(h, at) for h in place_holders(doc))
    # a place aimed at stands for whoever the document says holds it
    raws = [held_place_target(m, holdings) for m in raws]
    return raws, named, affiliations


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


def without_text(document: Document) -> Document:
    """Keep what the graph records of a document, not its whole text (but the text's hash)."""
    return replace(document, text="", content_hash=document.content_hash or content_hash(document))


def content_hash(document: Document) -> str:
    """The SHA-1 of a document's id and text: how a store knows it already holds a document.

    The id counts: the same story under two ids (two outlets) is two sources.
    """
    content = f"{document.id}\0{document.text}".encode()
    return hashlib.sha1(content, usedforsecurity=False).hexdigest()
