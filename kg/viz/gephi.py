"""GEXF (dynamic, for Gephi's timeline) and GraphML files of the event network."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.graph import date_span, event_network
from kg.records import Event


def export_network(events: Iterable[Event]) -> nx.MultiDiGraph:
    """The event network with Gephi-friendly attributes: no None values, edges keyed by event id,
    ``start``/``end`` days on edges (the event's date) and nodes (their first and last event)."""
    events = list(events)
    exported = nx.MultiDiGraph(name="kg events")
    for node, data in event_network(events).nodes(data=True):
        exported.add_node(node, **_present({**data, **_actor_span(events, node)}))
    for event in events:
        if event.target is None:
            continue
        span = date_span(event.date)
        exported.add_edge(
            event.actor.id,
            event.target.id,
            key=event.id,
            **_present(
                {
                    "id": event.id,
                    "label": f"{event.actor.label} {event.action} {event.target.label}",
                    "event_type": event.type,
                    "action": event.action,
                    "cameo": event.cameo,
                    "date": event.date,
                    "start": span[0] if span else None,
                    "end": span[1] if span else None,
                    "place": event.place.label if event.place else None,
                    "sources": event.sources,
                    "weight": float(event.sources),
                    "evidence": event.mentions[0].sentence if event.mentions else None,
                    "documents": " ".join(sorted({m.doc for m in event.mentions})) or None,
                }
            ),
        )
    return exported


def _actor_span(events: list[Event], actor_id: str) -> dict[str, str]:
    spans = [
        span
        for e in events
        if actor_id in {e.actor.id, e.target.id if e.target else None}
        and (span := date_span(e.date)) is not None
    ]
    if not spans:
        return {}
    return {"start": min(s for s, _ in spans), "end": max(e for _, e in spans)}


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """The attributes that have a value (the GEXF and GraphML writers refuse None)."""
    return {name: value for name, value in attributes.items() if value is not None}


def write_gexf(events: list[Event], path: Path) -> None:
    """GEXF 1.2 in dynamic mode, so Gephi's timeline can play the events by date."""
    network = export_network(events)
    network.graph["mode"] = "dynamic"
    nx.write_gexf(network, path)


def write_graphml(events: list[Event], path: Path) -> None:
    nx.write_graphml(export_network(events), path)
