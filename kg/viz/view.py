"""The view of a corpus that ``kg viz`` draws: which events, which actors, which links.

A corpus holds hundreds of actors, most of them people quoted once. The view keeps what an
analyst reads first:

- ``select_events``: the events chosen by date window, actor, country and type (an event type
  such as ``CONSULT`` or a QuadClass such as ``material_conflict``);
- ``network_view``: when more than ``top`` actors have an event toward another, people are
  folded into the state they act for (Putin into Russia; one with no known country stays
  himself); actors with no event toward another actor are left out, the rest
  are ranked by their events and the ``top`` first are kept, with the links between them, each
  counted by QuadClass (cooperation, conflict) and coloured by its tone (``kg.viz.common``).

The page (``kg/data/viz/page.js``) does the same in the browser when its filters change; the
pictures (PNG/SVG) draw this view.

>>> from kg.records import Actor, Event
>>> putin = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
>>> korea = Actor("KOR", "South Korea", "state", "KOR")
>>> met = Event("e1", "CONSULT", "meet", "040", putin, korea, "2017-09", None)
>>> [node.actor.label for node in network_view([met]).nodes]
['South Korea', 'Vladimir Putin']
>>> view = network_view([met], top=1)
>>> [(node.actor.label, node.events, [m.label for m in node.members]) for node in view.nodes]
[('Russia', 1, ['Vladimir Putin'])]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from kg.dyads import QUAD_CLASSES
from kg.errors import KgError
from kg.gazetteer import load_gazetteer
from kg.gdelt import goldstein, quad_class
from kg.graph import actor_matches, country_actor
from kg.records import EVENT_TYPES, Actor, Event
from kg.viz.common import tone

DEFAULT_TOP = 40  # actors in the network at first
COOPERATION = frozenset({1, 2})  # QuadClasses
CONFLICT = frozenset({3, 4})


@dataclass(frozen=True)
class ViewOptions:
    """The choices of ``kg viz``: a date window, an actor, a country, a type, how many actors."""

    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, as kg.graph.filter_events
    until: str | None = None
    actor: str | None = None  # events where this actor (any alias) takes part
    country: str | None = None  # events with a participant of this country (name or ISO code)
    type: str | None = None  # an event type or a QuadClass name
    top: int = DEFAULT_TOP

    def __post_init__(self) -> None:
        if self.top < 1:
            raise KgError("E508", f"--top {self.top}: draw at least 1 actor")
        check_type(self.type)
        if self.country is not None:
            country_code(self.country)


def check_type(type: str | None) -> None:
    """Raise a KgError naming the valid choices unless ``type`` is an event type or QuadClass."""
    if type is None or type.upper() in EVENT_TYPES or type.lower() in QUAD_CLASSES.values():
        return
    choices = ", ".join([*EVENT_TYPES, *QUAD_CLASSES.values()])
    raise KgError(
        "E002", f"--type {type!r} is neither an event type nor a QuadClass: use {choices}"
    )


def country_code(name: str) -> str:
    """The ISO 3166 alpha-3 code of a country named by its code, name or capital."""
    entry = load_gazetteer().lookup(name.strip()) or load_gazetteer().lookup(name.strip().upper())
    if entry is None or entry.country is None:
        raise KgError(
            "E509", f"--country {name!r} is not a country kg knows: use a name or a code like RUS"
        )
    return entry.country


def _type_matches(event: Event, type: str) -> bool:
    if type.upper() in EVENT_TYPES:
        return event.type == type.upper()
    quad = quad_class(event.cameo)
    return quad is not None and QUAD_CLASSES[quad] == type.lower()


def select_events(events: Iterable[Event], options: ViewOptions) -> list[Event]:
    """The events that ``options`` choose (all of them when it chooses nothing)."""
    code = country_code(options.country) if options.country else None
    chosen = []
    for event in events:
        participants = (event.actor, event.target)
        if options.since and (event.date is None or event.date < options.since):
            continue
        if options.until and (
            event.date is None or event.date[: len(options.until)] > options.until
        ):
            continue
        if options.actor and not any(actor_matches(a, options.actor) for a in participants):
            continue
        if code and not any(a is not None and a.country == code for a in participants):
            continue
        if options.type and not _type_matches(event, options.type):
            continue
        chosen.append(event)
    return chosen


@cache
def folded(actor: Actor) -> Actor:
    """The actor a network node stands for: a person's state, or the actor itself."""
    if actor.kind != "person":
        return actor
    return country_actor(actor) or actor


@dataclass(frozen=True)
class Node:
    """An actor of the network: ``events`` it takes part in, with those of ``members``, the
    people folded into it."""

    actor: Actor
    events: int
    members: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Link:
    """The events between two nodes (``source`` < ``target``, ids), either way round."""

    source: str
    target: str
    events: int
    cooperation: int  # QuadClass 1 or 2
    conflict: int  # QuadClass 3 or 4
    goldstein: float | None  # the mean over the events that have a CAMEO code

    @property
    def tone(self) -> float | None:
        return tone(self.cooperation, self.conflict)


@dataclass(frozen=True)
class NetworkView:
    """The ``nodes`` drawn, most events first; the ``links`` between them; and how many actors
    were left out: ``unranked`` had events toward another actor but fell below the top,
    ``unlinked`` had none; ``folded``: whether people were folded into their states."""

    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    unranked: int
    unlinked: int
    folded: bool = False


def network_view(events: Iterable[Event], *, top: int = DEFAULT_TOP) -> NetworkView:
    """The ``top`` linked nodes of ``events``; people are folded into their states when more
    than ``top`` actors have an event toward another (a few actors are all shown as they are)."""
    events = list(events)
    whole = _network_view(events, top, fold=lambda actor: actor)
    if whole.unranked == 0:
        return whole
    return _network_view(events, top, fold=folded)


def _network_view(events: list[Event], top: int, fold: Callable[[Actor], Actor]) -> NetworkView:
    """The view with each actor drawn as ``fold`` says."""
    counts: Counter[Actor] = Counter()
    members: defaultdict[Actor, set[Actor]] = defaultdict(set)
    pairs: defaultdict[tuple[Actor, Actor], list[Event]] = defaultdict(list)
    for event in events:
        participants = [a for a in (event.actor, event.target) if a is not None]
        ends = {fold(a) for a in participants}
        counts.update(ends)
        for actor in participants:
            if fold(actor) != actor:
                members[fold(actor)].add(actor)
        if len(ends) == 2:
            first, second = sorted(ends, key=lambda a: a.id)
            pairs[(first, second)].append(event)
    linked = {actor for pair in pairs for actor in pair}
    ranked = sorted(linked, key=lambda a: (-counts[a], a.label, a.id))
    shown = ranked[:top]
    kept = set(shown)
    nodes = tuple(
        Node(a, counts[a], tuple(sorted(members[a], key=lambda m: (m.label, m.id)))) for a in shown
    )
    links = tuple(
        _link(first, second, between)
        for (first, second), between in sorted(
            pairs.items(), key=lambda p: (p[0][0].id, p[0][1].id)
        )
        if first in kept and second in kept
    )
    return NetworkView(
        nodes, links, len(ranked) - len(shown), len(counts) - len(linked), fold is folded
    )


def _link(first: Actor, second: Actor, events: list[Event]) -> Link:
    quads = [quad_class(e.cameo) for e in events]
    scores = [s for s in (goldstein(e.cameo) for e in events) if s is not None]
    return Link(
        source=first.id,
        target=second.id,
        events=len(events),
        cooperation=sum(q in COOPERATION for q in quads),
        conflict=sum(q in CONFLICT for q in quads),
        goldstein=round(sum(scores) / len(scores), 2) if scores else None,
    )
