"""Network questions over events with networkx: who met whom and when, timelines, neighbours,
connections and the most central actors; event filters.

Every question takes an iterable of events and returns a list of small frozen records. Windows
(``since``/``until``) apply to the events before the network is built; actors are looked up in
the whole network, so an actor with no events in the window is known but has no answers.
"""

from __future__ import annotations

import calendar
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

import networkx as nx

from kg.errors import KgError
from kg.gazetteer import load_gazetteer, slug
from kg.records import SYMMETRIC_TYPES, Actor, Event

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
    """Actors as nodes (label, kind, country); events with a target as edges (type, date, ...).

    Actors of events without a target (statements, calls) are nodes too, without edges.
    """
    network = nx.MultiDiGraph()
    for event in events:
        for actor in (event.actor, event.target):
            if actor is not None:
                network.add_node(
                    actor.id, label=actor.label, kind=actor.kind, country=actor.country
                )
        if event.target is None:
            continue
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


def country_actor(actor: Actor) -> Actor | None:
    """The state an actor acts for: a state itself, a person's or body's country, else None."""
    if actor.kind == "state" or actor.country is None:
        return actor if actor.kind == "state" else None
    entry = load_gazetteer().lookup(actor.country)
    if entry is None:
        return None
    return Actor(id=entry.id, label=entry.label, kind=entry.kind, country=entry.country)


def rolled_up_to_countries(events: Iterable[Event]) -> Iterator[Event]:
    """Events between the states their actors act for ("Putin met Moon": Russia met South Korea).

    Events of actors with no known country are left out; an event within one state loses its
    target.
    """
    for event in events:
        actor = country_actor(event.actor)
        if actor is None:
            continue
        target = country_actor(event.target) if event.target else None
        yield replace(event, actor=actor, target=None if target == actor else target)


def who_met(
    events: Iterable[Event], actor: str | None = None, *, country: str | None = None
) -> list[Meeting]:
    """Meetings (CONSULT events) between two actors, optionally those of ``actor``, by date.

    With ``country``, people are rolled up to the states they act for and only that state's
    meetings are listed: ``who_met(events, country="KOR")``.
    """
    if country is not None:
        events = rolled_up_to_countries(events)
        actor = country
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


# -- windows and dates -----------------------------------------------------------------------


def date_span(date: str | None) -> tuple[str, str] | None:
    """The first and last day that an ISO date, month or year covers; None when undated.

    Example: ``date_span("2017-09")`` is ``("2017-09-01", "2017-09-30")``.
    """
    if not date:
        return None
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date[:10], date[:10]


def timeline(
    events: Iterable[Event],
    actor: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
) -> list[Event]:
    """Events (of ``actor``, any alias) in date order, undated ones last."""
    found = filter_events(events, actor=actor, since=since, until=until)
    return sorted(found, key=lambda e: (e.date is None, e.date or "", e.type, e.id))


def _windowed(events: Iterable[Event], since: str | None, until: str | None) -> list[Event]:
    return list(filter_events(events, since=since, until=until))


# -- actors ----------------------------------------------------------------------------------


def _node_actor(network: nx.MultiDiGraph, node: str) -> Actor:
    data = network.nodes[node]
    return Actor(id=node, label=data["label"], kind=data["kind"], country=data["country"])


def find_actor(network: nx.MultiDiGraph, name: str) -> str:
    """The node of the one actor that ``name`` names (id, label, words of it, alias).

    A name that is exactly one actor's label or id wins over actors it only partly names.
    """
    found = [n for n in network.nodes if actor_matches(_node_actor(network, n), name)]
    exact = [n for n in found if slug(name) in {slug(n), slug(network.nodes[n]["label"])}]
    found = exact or found
    if not found:
        raise KgError(
            "E501", f"no actor named {name!r} in the graph (kg top GRAPH lists its actors)"
        )
    if len(found) > 1:
        labels = sorted(network.nodes[n]["label"] for n in found)
        raise KgError("E502", f"{name!r} names more than one actor: {', '.join(labels)}; say which")
    return str(found[0])


# -- neighbours ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Neighbor:
    """An actor that another one has events with: how many, each way, of which types, when."""

    actor: str
    kind: str
    country: str | None
    events: int
    outgoing: int  # events the asked-about actor did to this one
    incoming: int  # events this one did to the asked-about actor
    types: tuple[str, ...]
    first: str | None
    last: str | None


def _neighbor(network: nx.MultiDiGraph, center: str, other: str) -> Neighbor:
    outgoing = list(network.get_edge_data(center, other, default={}).values())
    incoming = list(network.get_edge_data(other, center, default={}).values())
    if center == other:
        incoming = []
    dates = sorted(edge["date"] for edge in outgoing + incoming if edge["date"])
    actor = _node_actor(network, other)
    return Neighbor(
        actor=actor.label,
        kind=actor.kind,
        country=actor.country,
        events=len(outgoing) + len(incoming),
        outgoing=len(outgoing),
        incoming=len(incoming),
        types=tuple(sorted({edge["type"] for edge in outgoing + incoming})),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
    )


def neighbors(
    events: Iterable[Event],
    actor: str,
    *,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Neighbor]:
    """The actors that ``actor`` has events with (either way), most events first."""
    events = list(events)
    center = find_actor(event_network(events), actor)
    window = event_network(filter_events(events, type=type, since=since, until=until))
    if center not in window:
        return []
    others = set(window.successors(center)) | set(window.predecessors(center))
    found = [_neighbor(window, center, other) for other in others]
    return sorted(found, key=lambda n: (-n.events, n.actor))


# -- connections -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hop:
    """One step on the way from one actor to another, with the events that link the two."""

    step: int
    source: str
    target: str
    events: tuple[Event, ...]


def _events_between(events: list[Event], first: str, second: str) -> tuple[Event, ...]:
    pair = {first, second}
    linking = [e for e in events if e.target is not None and {e.actor.id, e.target.id} == pair]
    return tuple(sorted(linking, key=lambda e: (e.date or "", e.type, e.id)))


def connection(
    events: Iterable[Event],
    source: str,
    target: str,
    *,
    since: str | None = None,
    until: str | None = None,
) -> list[Hop]:
    """The shortest chain of events linking two actors, whoever acted on whom."""
    events = list(events)
    whole = event_network(events)
    start, end = find_actor(whole, source), find_actor(whole, target)
    if start == end:
        raise KgError("E503", f"{source!r} and {target!r} are the same actor: name two actors")
    window = _windowed(events, since, until)
    undirected = nx.Graph(event_network(window))
    try:
        nodes = nx.shortest_path(undirected, start, end)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        labels = whole.nodes[start]["label"], whole.nodes[end]["label"]
        raise KgError(
            "E504",
            f"no chain of events links {labels[0]} and {labels[1]}{_window_text(since, until)}",
        ) from None
    return [
        Hop(
            step=index + 1,
            source=whole.nodes[first]["label"],
            target=whole.nodes[second]["label"],
            events=_events_between(window, first, second),
        )
        for index, (first, second) in enumerate(itertools.pairwise(nodes))
    ]


def _window_text(since: str | None, until: str | None) -> str:
    if since and until:
        return f" between {since} and {until}"
    if since:
        return f" since {since}"
    if until:
        return f" until {until}"
    return ""


# -- centrality ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranking:
    """An actor's place among the most central ones by one measure."""

    rank: int
    actor: str
    kind: str
    country: str | None
    score: float


def _degree(network: nx.MultiDiGraph) -> dict[str, float]:
    """How many other actors each actor has events with."""
    undirected = nx.Graph(network)
    undirected.remove_edges_from(nx.selfloop_edges(undirected))
    return {node: float(degree) for node, degree in undirected.degree}


def _betweenness(network: nx.MultiDiGraph) -> dict[str, float]:
    """How often an actor lies on the shortest chains between two others (normalised)."""
    scores: dict[str, float] = nx.betweenness_centrality(nx.Graph(network))
    return scores


def _pagerank(network: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank over who acted on whom, weighted by events; meetings count both ways."""
    directed = nx.DiGraph()
    directed.add_nodes_from(network.nodes)
    weights: Counter[tuple[str, str]] = Counter()
    for source, target, data in network.edges(data=True):
        weights[source, target] += 1
        if data["type"] in SYMMETRIC_TYPES:
            weights[target, source] += 1
    directed.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    if directed.number_of_nodes() == 0:
        return {}
    scores: dict[str, float] = nx.pagerank(directed, weight="weight")
    return scores


CENTRALITY: dict[str, Callable[[nx.MultiDiGraph], dict[str, float]]] = {
    "degree": _degree,
    "betweenness": _betweenness,
    "pagerank": _pagerank,
}


def top_actors(
    events: Iterable[Event],
    by: str = "degree",
    *,
    limit: int = 10,
    since: str | None = None,
    until: str | None = None,
) -> list[Ranking]:
    """The ``limit`` most central actors by ``by`` (degree, betweenness or pagerank)."""
    measure = CENTRALITY.get(by.lower())
    if measure is None:
        raise KgError("E505", f"--by {by!r} is not a measure: use one of {', '.join(CENTRALITY)}")
    network = event_network(_windowed(events, since, until))
    scores = measure(network)
    order = sorted(scores, key=lambda n: (-scores[n], network.nodes[n]["label"]))[:limit]
    return [
        Ranking(
            rank=index + 1,
            actor=network.nodes[node]["label"],
            kind=network.nodes[node]["kind"],
            country=network.nodes[node]["country"],
            score=scores[node],
        )
        for index, node in enumerate(order)
    ]
