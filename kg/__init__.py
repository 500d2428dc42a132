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
from typing import TYPE_CHECKING

from kg.errors import InputSkipped, KgError
from kg.records import Actor, Document, Event, Mention, Place

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.graph import Meeting

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Document",
    "Event",
    "InputSkipped",
    "KgError",
    "Mention",
    "Place",
    "build",
    "events",
    "who_met",
]


def build(inputs: Sequence[str], *, model: str | None = None, date: str | None = None) -> Graph:
    """Build the event graph of ``inputs`` (files, directories, ``-``) as an rdflib Graph."""
    from kg.nlp import DEFAULT_MODEL
    from kg.pipeline import extract_events
    from kg.rdf import events_graph

    result = extract_events(inputs, model=model or DEFAULT_MODEL, date=date)
    return events_graph(result.events, result.documents)


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
