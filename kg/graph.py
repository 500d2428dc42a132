"""Network questions over events with networkx: who met whom, and when; event filters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import networkx as nx

from kg.gazetteer import load_gazetteer, slug
from kg.records import Actor, Event

MEETING_TYPES = frozenset({"CONSULT"})


def actor_matches(actor: Actor | None, query: str) -> bool:
    """Whether ``query`` names ``actor``: its id, label, words of its name, or a gazetteer alias."""
    if actor is None:
        return False
    wanted = slug(query)
    if wanted in {slug(actor.id), slug(actor.label)}:
        return True
    if wanted and set(wanted.split("-")) <= set(slug(actor.label).split("-")):
        return True
    entry = load_gazetteer().lookup(query)
    return entry is not None and entry.id == actor.id


def filter_events(
    events: Iterable[Event],
    *,
    actor: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[Event]:
    """Events where ``actor`` takes part, of ``type``, dated within ``since``..``until``."""
    for event in events:
        if actor and not (actor_matches(event.actor, actor) or actor_matches(event.target, actor)):
            continue
        if type and event.type != type.upper():
            continue
        if since and (event.date is None or event.date < since):
            continue
        if until and (event.date is None or event.date[: len(until)] > until):
            continue
        yield event


def event_network(events: Iterable[Event]) -> nx.MultiDiGraph:
    """Actors as nodes (label, kind, country); events as edges (type, date, place, sources)."""
    network = nx.MultiDiGraph()
    for event in events:
        if event.target is None:
            continue
        for actor in (event.actor, event.target):
            network.add_node(actor.id, label=actor.label, kind=actor.kind, country=actor.country)
        network.add_edge(
            event.actor.id,
            event.target.id,
            key=event.id,
            type=event.type,
            action=event.action,
            date=event.date,
            place=event.place.label if event.place else None,
            sources=event.sources,
        )
    return network


@dataclass(frozen=True)
class Meeting:
    """One row of who met whom: the pair, when, where, from how many sources."""

    actor: str
    other: str
    date: str | None
    place: str | None
    sources: int
    action: str


def who_met(events: Iterable[Event], actor: str | None = None) -> list[Meeting]:
    """Meetings (CONSULT events) between two actors, optionally those of ``actor``, by date."""
    network = event_network(e for e in events if e.type in MEETING_TYPES)
    meetings = []
    for source, target, data in network.edges(data=True):
        labels = network.nodes[source], network.nodes[target]
        if actor and not any(
            actor_matches(Actor(id=node, label=info["label"]), actor)
            for node, info in ((source, labels[0]), (target, labels[1]))
        ):
            continue
        meetings.append(
            Meeting(
                actor=labels[0]["label"],
                other=labels[1]["label"],
                date=data["date"],
                place=data["place"],
                sources=data["sources"],
                action=data["action"],
            )
        )
    return sorted(meetings, key=lambda m: (m.date or "", m.actor, m.other))
