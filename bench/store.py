"""The kg store at scale: a generated store of about a million triples, the who-met-whom query
and the export to Turtle, timed.

    .venv/bin/python bench/store.py                    # about 1,000,000 triples
    .venv/bin/python bench/store.py --triples 100000 --json

No model: event mentions are generated (seeded ``random``: the same store every time), as the
extractor would report them, across documents, with repeats that merge into multi-source events.
They are loaded with kg's own store code (``kg.store.add_documents``, the code ``kg build
--store`` runs: merging, layout, one transaction), then:

- load: ``add_documents`` of every document into a new store on disk;
- add one: ``add_documents`` of one more document into that store (an incremental build);
- query: the shipped who-met-whom query (``kg sparql STORE who-met-whom``), all rows read;
- export: ``kg.store.export`` of the store to Turtle (``kg export STORE -o FILE.ttl``).

Prints the figures (triples, documents, events, seconds, file size) to stdout; progress to stderr.
Exit status is 0: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypeVar

from pyoxigraph import QuerySolutions

from kg.rdf import RdfSyntax, build_activity
from kg.records import EVENT_TYPES, Actor, Document, EventMention, Mention, Place
from kg.sparql import find_query, run_query
from kg.store import StoreSummary, add_documents, export, open_read_only

DEFAULT_TRIPLES = 1_000_000
# Triples per event mention, about, once merged and laid out (event, actors, mention, document).
TRIPLES_PER_MENTION = 21
MENTIONS_PER_DOCUMENT = 12
ACTORS = 600
PLACES = 150
# Share of mentions that repeat an event another document already reported (merged, 2+ sources).
REPEATS = 0.3
KINDS = ("person", "state", "government", "organization", "igo", "military", "group")
COUNTRIES = ("RUS", "KOR", "PRK", "CHN", "USA", "FRA", "DEU", "JPN", "IND", "IRN", "UKR", "EGY")
T = TypeVar("T")


@dataclass(frozen=True)
class Figures:
    triples: int
    documents: int
    events: int
    load_seconds: float
    add_one_seconds: float
    query_seconds: float
    query_rows: int
    export_seconds: float
    export_bytes: int


def generate(documents: int, *, seed: int) -> tuple[list[Document], list[EventMention]]:
    """``documents`` documents of ``MENTIONS_PER_DOCUMENT`` event mentions each."""
    rng = random.Random(seed)
    actors = [
        Actor(f"actor-{n}", f"Actor {n}", KINDS[n % len(KINDS)], COUNTRIES[n % len(COUNTRIES)])
        for n in range(ACTORS)
    ]
    places = [Place(f"Place {n}", COUNTRIES[n % len(COUNTRIES)]) for n in range(PLACES)]
    reported: list[EventMention] = []
    docs: list[Document] = []
    for number in range(documents):
        doc_id = f"doc-{number:07d}"
        day = f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(Document(doc_id, "", title=f"Report {number}", published=day))
        offset = 0
        for _ in range(MENTIONS_PER_DOCUMENT):
            if reported and rng.random() < REPEATS:  # another source for a known event
                seen = rng.choice(reported)
                kind, actor, target, date = seen.type, seen.actor, seen.target, seen.date
            else:
                kind = rng.choice(EVENT_TYPES)
                actor, target = rng.sample(actors, 2)
                date = f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            sentence = f"{actor.label} and {target.label if target else 'others'}: {kind}."
            mention = Mention(doc_id, sentence, offset, offset + len(sentence), 0.8)
            offset += len(sentence) + 1
            reported.append(
                EventMention(
                    actor=actor,
                    action=kind.lower(),
                    type=kind,
                    cameo=None,
                    target=target,
                    date=date,
                    date_source="text",
                    place=rng.choice(places),
                    mention=mention,
                )
            )
    return docs, reported


def timed(step: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = step()
    return value, time.perf_counter() - start


def run(triples: int, seed: int, directory: Path) -> Figures:
    documents = max(2, triples // (TRIPLES_PER_MENTION * MENTIONS_PER_DOCUMENT))
    docs, mentions = generate(documents + 1, seed=seed)
    last = docs.pop()
    store = directory / "kgstore"
    _log(f"generated {len(docs)} documents, {len(mentions)} mentions; loading")
    _, load_seconds = timed(lambda: _build(store, docs, mentions))
    _log(f"loaded in {load_seconds:.1f} s; adding one document")
    summary, add_one_seconds = timed(lambda: _build(store, [last], mentions))
    rows, query_seconds = timed(lambda: _who_met_whom(store))
    _log(f"queried in {query_seconds:.2f} s; exporting")
    output = directory / "graph.ttl"
    _, export_seconds = timed(lambda: export(store, output, RdfSyntax.TURTLE))
    return Figures(
        triples=summary.triples,
        documents=summary.documents,
        events=summary.events,
        load_seconds=round(load_seconds, 2),
        add_one_seconds=round(add_one_seconds, 2),
        query_seconds=round(query_seconds, 3),
        query_rows=rows,
        export_seconds=round(export_seconds, 2),
        export_bytes=output.stat().st_size,
    )


def _build(store: Path, batch: list[Document], mentions: list[EventMention]) -> StoreSummary:
    """``kg build --store`` of ``batch``, given the mentions extraction would have found."""
    ids = {document.id for document in batch}
    made = build_activity(
        ids,
        model="generated",
        model_version="0",
        started="2017-12-31T00:00:00Z",
        ended="2017-12-31T00:00:00Z",
    )
    found = [m for m in mentions if m.mention.doc in ids]
    return add_documents(store, batch, found, made)


def _who_met_whom(store: Path) -> int:
    """``kg sparql STORE who-met-whom``: how many rows, all read."""
    result = run_query(open_read_only(store), find_query("who-met-whom").text)
    assert isinstance(result, QuerySolutions)
    return sum(1 for _ in result)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--triples", type=int, default=DEFAULT_TRIPLES, help="about how many")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as directory:
        figures = run(options.triples, options.seed, Path(directory))
    if options.json:
        print(json.dumps(asdict(figures)))
        return 0
    megabytes = figures.export_bytes / 1e6
    lines = [
        (
            "store",
            f"{figures.triples:,} triples, {figures.documents:,} documents, "
            f"{figures.events:,} events",
        ),
        ("load (add_documents, all documents)", f"{figures.load_seconds:.2f} s"),
        ("add one document to it", f"{figures.add_one_seconds:.2f} s"),
        (f"who-met-whom query ({figures.query_rows:,} rows)", f"{figures.query_seconds:.3f} s"),
        (f"export to Turtle ({megabytes:.1f} MB)", f"{figures.export_seconds:.2f} s"),
    ]
    for label, value in lines:
        print(f"{label + ':':<42} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
