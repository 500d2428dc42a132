"""kg: a geopolitical event knowledge-graph builder.

    import kg
    graph = kg.build(["articles/"])                 # an rdflib Graph on the Oxigraph store
    for event in kg.events(graph, actor="Putin", since="2017-09-01"):
        print(event.date, event.actor.label, event.type, event.target and event.target.label)
    kg.who_met(graph, "Moon Jae-in")

Heavy dependencies (spaCy, rdflib) load on first use, so ``import kg`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputSkipped, KgError
from kg.records import Actor, Document, Event, Mention, Place
from kg.version import __version__

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.graph import Meeting

__all__ = [
    "Actor",
    "Document",
    "Event",
    "InputSkipped",
    "KgError",
    "Mention",
    "Place",
    "__version__",
    "build",
    "events",
    "who_met",
]


def build(
    inputs: Sequence[str],
    *,
    model: str | None = None,
    date: str | None = None,
    store: str | Path | None = None,
) -> Graph:
    """Build the event graph of ``inputs`` (files, directories, ``-``) as an rdflib Graph.

    With ``store``, the build goes into that store directory (made if need be; documents it
    already holds are skipped) and the graph returned is the whole store's.
    """
    from kg.nlp import DEFAULT_MODEL
    from kg.pipeline import build_into_store, extract_events
    from kg.rdf import events_graph
    from kg.store import activity_of, load_graph

    if store is not None:
        build_into_store(inputs, Path(store), model=model or DEFAULT_MODEL, date=date)
        return load_graph(Path(store))
    result = extract_events(inputs, model=model or DEFAULT_MODEL, date=date)
    return events_graph(result.events, result.documents, activity_of(result))


def events(
    graph: Graph,
    *,
    actor: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[Event]:
    """The events of ``graph`` in date order, filtered by actor (any alias), type and dates."""
    from kg.graph import filter_events
    from kg.rdf import read_events

    return filter_events(read_events(graph), actor=actor, type=type, since=since, until=until)


def who_met(graph: Graph, actor: str | None = None) -> list[Meeting]:
    """Who met whom in ``graph`` (optionally only ``actor``'s meetings), by date."""
    from kg.graph import who_met as meetings
    from kg.rdf import read_events

    return meetings(read_events(graph), actor)
