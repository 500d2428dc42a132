"""A summary of a corpus: what a graph holds, in the figures an analyst reads first.

``summarize`` takes a graph's events and documents (``kg.rdf.read_events``,
``kg.rdf.read_documents``) and returns a ``CorpusSummary``: documents and events, events by type
and by QuadClass, the busiest dyads (pairs either way round, as ``kg dyads --undirected``) and
actors, the dates, the shortest date window holding 95% of the dated events (stray dates from
decades before do not stretch it), the events with no date or no country, and the documents that
gave no event. ``kg summary`` prints it; the page of ``kg viz`` heads itself with it.

>>> from kg.records import Actor, Event
>>> russia = Actor("RUS", "Russia", "state", "RUS")
>>> dated = [Event(f"e{n}", "STATEMENT", "say", "010", russia, None, f"2019-10-{n:02d}", None)
...          for n in range(1, 20)]
>>> stray = Event("old", "STATEMENT", "say", "010", russia, None, "1918", None)
>>> dense_window([e.date for e in [*dated, stray]])
DateWindow(start='2019-10-01', end='2019-10-19', events=19, dated=20)
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.dyads import QUAD_CLASSES, DyadCounts, as_country, dyad_totals
from kg.gdelt import quad_class
from kg.graph import date_span
from kg.records import EVENT_TYPES, Actor, Document, Event

DEFAULT_SHARE = 0.95  # the share of dated events the dense window holds
DEFAULT_TOP = 10  # busiest dyads and actors listed


@dataclass(frozen=True)
class DateWindow:
    """The days ``start``..``end`` (ISO dates, inclusive) hold ``events`` of the ``dated`` events.

    A date known only to its month or year counts as its first day.
    """

    start: str
    end: str
    events: int
    dated: int

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "events": self.events, "dated": self.dated}


@dataclass(frozen=True)
class ActorCount:
    """An actor and the events it takes part in: as actor, as target, in all."""

    actor: Actor
    events: int
    as_actor: int
    as_target: int

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor.to_json(),
            "events": self.events,
            "as_actor": self.as_actor,
            "as_target": self.as_target,
        }


@dataclass(frozen=True)
class CorpusSummary:
    """The figures of a corpus (see the module's docstring). Counts by type and QuadClass are
    ``(name, count)`` pairs, most first; the QuadClass of an event without a CAMEO code is
    ``"none"``."""

    documents: int
    events: int
    actors: int  # distinct actors taking part in an event
    dyadic: int  # events with a target
    by_type: tuple[tuple[str, int], ...]
    by_quad_class: tuple[tuple[str, int], ...]
    busiest_dyads: tuple[DyadCounts, ...]
    busiest_actors: tuple[ActorCount, ...]
    first_date: str | None
    last_date: str | None
    window: DateWindow | None  # the shortest window holding ``share`` of the dated events
    share: float
    undated: int  # events with no date
    no_actor_country: int  # events whose actor has no known country
    no_country: int  # events none of whose participants has a known country
    documents_without_events: tuple[Document, ...]  # without text
    country: bool  # whether dyads and actors were rolled up to states

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": self.events,
            "actors": self.actors,
            "dyadic": self.dyadic,
            "by_type": dict(self.by_type),
            "by_quad_class": dict(self.by_quad_class),
            "busiest_dyads": [d.to_json() for d in self.busiest_dyads],
            "busiest_actors": [a.to_json() for a in self.busiest_actors],
            "first_date": self.first_date,
            "last_date": self.last_date,
            "window": self.window.to_json() if self.window else None,
            "share": self.share,
            "undated": self.undated,
            "no_actor_country": self.no_actor_country,
            "no_country": self.no_country,
            "documents_without_events": [
                {"id": d.id, "title": d.title, "published": d.published, "url": d.url}
                for d in self.documents_without_events
            ],
            "country": self.country,
        }


def summarize(
    events: Iterable[Event],
    documents: Iterable[Document],
    *,
    top: int = DEFAULT_TOP,
    country: bool = False,
    share: float = DEFAULT_SHARE,
) -> CorpusSummary:
    """The summary of a corpus: its ``events`` and the ``documents`` they were read from.

    ``top`` busiest dyads and actors are listed; with ``country`` both are rolled up to the
    states their actors act for (an actor with no known country stays itself).
    """
    events = list(events)
    documents = list(documents)
    reporting = {m.doc for e in events for m in e.mentions}
    dates = sorted(d for d in (e.date for e in events) if d)
    types = Counter(e.type for e in events)
    quads = Counter(_quad_name(e.cameo) for e in events)
    actors = _actor_counts(events, country)
    return CorpusSummary(
        documents=len(documents),
        events=len(events),
        actors=len(_actor_counts(events, country=False)),
        dyadic=sum(e.target is not None for e in events),
        by_type=_most_first(types, EVENT_TYPES),
        by_quad_class=_most_first(quads, (*QUAD_CLASSES.values(), "none")),
        busiest_dyads=tuple(dyad_totals(events, country=country, directed=False)[:top]),
        busiest_actors=tuple(actors[:top]),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        window=dense_window(dates, share),
        share=share,
        undated=sum(e.date is None for e in events),
        no_actor_country=sum(e.actor.country is None for e in events),
        no_country=sum(
            e.actor.country is None and (e.target is None or e.target.country is None)
            for e in events
        ),
        documents_without_events=tuple(d for d in documents if d.id not in reporting),
        country=country,
    )


def dense_window(dates: Iterable[str | None], share: float = DEFAULT_SHARE) -> DateWindow | None:
    """The shortest run of days holding at least ``share`` of the dated ``dates`` (the earliest
    such run on a tie); None when none is dated. Undated entries (None) are left out."""
    days = sorted(span[0] for span in (date_span(d) for d in dates) if span is not None)
    if not days:
        return None
    needed = max(1, math.ceil(share * len(days) - 1e-9))
    starts = range(len(days) - needed + 1)
    best = min(starts, key=lambda i: (_days_between(days[i], days[i + needed - 1]), i))
    return DateWindow(days[best], days[best + needed - 1], needed, len(days))


def _days_between(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


def _quad_name(cameo: str | None) -> str:
    quad = quad_class(cameo)
    return QUAD_CLASSES[quad] if quad is not None else "none"


def _most_first(counts: Counter[str], order: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Counts most first, ties in ``order`` (then by name, for names ``order`` lacks)."""
    rank = {name: index for index, name in enumerate(order)}
    return tuple(
        sorted(counts.items(), key=lambda item: (-item[1], rank.get(item[0], len(rank)), item[0]))
    )


def _actor_counts(events: list[Event], country: bool) -> list[ActorCount]:
    """Each actor's events (one rolled up to its state with ``country``), most first."""
    as_actor: Counter[Actor] = Counter()
    as_target: Counter[Actor] = Counter()
    either: Counter[Actor] = Counter()
    for event in events:
        first = as_country(event.actor) if country else event.actor
        as_actor[first] += 1
        either[first] += 1
        if event.target is not None:
            second = as_country(event.target) if country else event.target
            as_target[second] += 1
            if second != first:
                either[second] += 1
    ranked = sorted(either.items(), key=lambda item: (-item[1], item[0].label, item[0].id))
    return [ActorCount(actor, count, as_actor[actor], as_target[actor]) for actor, count in ranked]
