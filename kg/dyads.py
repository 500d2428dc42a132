"""Dyads over time: for each (actor, target) pair and period, how much cooperation and conflict.

Event-data users (GDELT, ICEWS, POLECAT) read events as dyads: who did what to whom, counted per
week or month, split by QuadClass and weighted by the Goldstein scale. Both codes come from the
event's CAMEO code as the GDELT export derives them (``kg.gdelt.quad_class``, ``kg.gdelt.goldstein``
and ``kg/data/goldstein.tsv``): QuadClass 1 verbal cooperation (CAMEO roots 01-05), 2 material
cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).

Only events with a target are dyadic. With ``country=True`` each participant is rolled up to the
state it acts for (``kg.graph.country_actor``: Putin is Russia); one with no known country (the
UN, an armed group, a person kg cannot place) stays itself, and an event within one state is the
dyad of that state with itself, as GDELT keeps it.

>>> from kg.records import Actor, Event
>>> putin = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
>>> moon = Actor("person/moon-jae-in", "Moon Jae-in", "person", "KOR")
>>> met = Event("e1", "CONSULT", "meet", "040", putin, moon, "2017-09-06", None)
>>> assured = Event("e2", "AGREE", "assure", "030", putin, moon, "2017-09-07", None)
>>> (row,) = dyads([met, assured], by=Period.WEEK, country=True)
>>> row.period, row.actor.label, row.target.label, row.events, row.verbal_cooperation
('2017-W36', 'Russia', 'South Korea', 2, 2)
>>> row.goldstein_sum, row.goldstein_mean
(5.0, 2.5)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kg.errors import KgError
from kg.gdelt import goldstein, quad_class
from kg.graph import actor_matches, country_actor
from kg.records import Actor, Event

QUAD_CLASSES: dict[int, str] = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}
# Columns of a dyad row (``DyadCounts.row``), the header of ``kg dyads --format csv``: names
# that pandas and R take as they are (letters, digits, underscores).
COUNT_COLUMNS: tuple[str, ...] = (
    "events",
    *QUAD_CLASSES.values(),
    "goldstein_sum",
    "goldstein_mean",
    "sources",
)
DYAD_COLUMNS: tuple[str, ...] = (
    "period",
    "start",
    "actor_id",
    "actor",
    "actor_country",
    "target_id",
    "target",
    "target_country",
    *COUNT_COLUMNS,
)
_DIGITS = 4  # Goldstein sums and means are rounded to this many decimals


class Period(StrEnum):
    """How ``dyads`` slices time."""

    DAY = "day"
    WEEK = "week"  # ISO 8601 weeks, Monday to Sunday: "2017-W36"
    MONTH = "month"
    YEAR = "year"


def period_of(date: str | None, by: Period) -> tuple[str, str] | None:
    """The period holding an ISO date, month or year: its label and its first day.

    None when the event is undated, or dated less precisely than the period (a month has no
    week). Example: ``period_of("2017-09-06", Period.WEEK)`` is ``("2017-W36", "2017-09-04")``.
    """
    if not date:
        return None
    if by is Period.YEAR:
        return date[:4], f"{date[:4]}-01-01"
    if by is Period.MONTH:
        return (date[:7], f"{date[:7]}-01") if len(date) >= 7 else None
    if len(date) < 10:
        return None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by is Period.DAY:
        return day.isoformat(), day.isoformat()
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return f"{year}-W{week:02d}", monday.isoformat()


@dataclass(frozen=True)
class DyadCounts:
    """The events of one (actor, target) pair in one period.

    ``period`` and ``start`` (the period's first day) are None for the pair's events that no
    period holds (undated, or dated too coarsely), and in ``dyad_totals``, which has no periods.
    The four QuadClass counts add up to ``events`` less the events without a CAMEO code;
    ``goldstein_mean`` is over the events with a Goldstein score (None when none has one);
    ``sources`` counts the distinct documents reporting any of the events. In pairs counted
    either way round (``directed=False``), ``actor`` and ``target`` are the pair's two actors in
    the order most of its events give them.
    """

    actor: Actor
    target: Actor
    period: str | None
    start: str | None
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    sources: int
    event_ids: tuple[str, ...]

    @property
    def quad_counts(self) -> tuple[int, int, int, int]:
        """Events of QuadClass 1, 2, 3 and 4."""
        return (
            self.verbal_cooperation,
            self.material_cooperation,
            self.verbal_conflict,
            self.material_conflict,
        )

    def row(self) -> dict[str, str | int | float | None]:
        """The flat record of ``DYAD_COLUMNS``: a CSV row."""
        return {
            "period": self.period,
            "start": self.start,
            "actor_id": self.actor.id,
            "actor": self.actor.label,
            "actor_country": self.actor.country,
            "target_id": self.target.id,
            "target": self.target.label,
            "target_country": self.target.country,
            "events": self.events,
            **dict(zip(QUAD_CLASSES.values(), self.quad_counts, strict=True)),
            "goldstein_sum": self.goldstein_sum,
            "goldstein_mean": self.goldstein_mean,
            "sources": self.sources,
        }

    def to_json(self) -> dict[str, Any]:
        """The JSON form: the row with whole actor records and the ids of the events."""
        row = self.row()
        return {
            "period": self.period,
            "start": self.start,
            "actor": self.actor.to_json(),
            "target": self.target.to_json(),
            **{column: row[column] for column in COUNT_COLUMNS},
            "event_ids": list(self.event_ids),
        }


def dyads(
    events: Iterable[Event],
    *,
    by: Period = Period.MONTH,
    actor: str | None = None,
    target: str | None = None,
    country: bool = False,
    directed: bool = True,
) -> list[DyadCounts]:
    """Counts for each (actor, target) pair and period of ``by``.

    ``actor`` and ``target`` keep the events whose actor, and whose target, has that name (any
    alias, as ``kg events --actor``; with ``country``, the name of the participant or of its
    state). With ``directed=False`` a pair is counted either way round and ``actor``/``target``
    match either way round too; the pair is ordered as most of its events order it (the actor
    named by ``actor`` first, if given). Pairs come busiest first (events
    over all periods), each pair's periods in date order with the unplaced events last.
    A name that fits no participant of any event is an error (E501), not an empty answer.
    """
    events = list(events)
    for query in (actor, target):
        _check_named(events, query, country)
    rows = []
    for (first, second), found in _grouped(events, actor, target, country, directed):
        periods: dict[tuple[str, str] | None, list[Event]] = defaultdict(list)
        for event in found:
            periods[period_of(event.date, by)].append(event)
        for period in sorted(periods, key=lambda p: (p is None, p or ("", ""))):
            label, start = period or (None, None)
            rows.append(_counts(first, second, label, start, periods[period]))
    return rows


def dyad_totals(
    events: Iterable[Event], *, country: bool = False, directed: bool = True
) -> list[DyadCounts]:
    """Counts for each (actor, target) pair over all time, busiest first (no periods)."""
    return [
        _counts(first, second, None, None, found)
        for (first, second), found in _grouped(events, None, None, country, directed)
    ]


def _grouped(
    events: Iterable[Event],
    actor: str | None,
    target: str | None,
    country: bool,
    directed: bool,
) -> list[tuple[tuple[Actor, Actor], list[Event]]]:
    """The dyadic events of each pair, busiest pair first.

    Undirected, a pair's two actors are ordered as most of its events order them: the one
    named by ``actor`` first when given, else the one that acted more (by label on a tie).
    """
    groups: dict[tuple[str, str], list[tuple[Event, Actor, Actor]]] = defaultdict(list)
    for event, first, second in _pairs(events, actor, target, country, directed):
        key = (first.id, second.id) if directed else tuple(sorted((first.id, second.id)))
        groups[key[0], key[1]].append((event, first, second))
    ordered = []
    for members in groups.values():
        ways = Counter((first, second) for _, first, second in members)
        pair = min(ways, key=lambda way: (-ways[way], way[0].label, way[0].id))
        ordered.append((pair, [event for event, _, _ in members]))
    return sorted(ordered, key=lambda item: _rank(item[0], len(item[1])))


def _pairs(
    events: Iterable[Event],
    actor: str | None,
    target: str | None,
    country: bool,
    directed: bool,
) -> Iterator[tuple[Event, Actor, Actor]]:
    """Each dyadic event that the names fit, with its pair: rolled up with ``country``, and
    undirected, turned round when the names fit it only that way."""
    for event in events:
        if event.target is None:
            continue
        first, second = event.actor, event.target
        pair = (as_country(first), as_country(second)) if country else (first, second)
        if _names(actor, first, pair[0]) and _names(target, second, pair[1]):
            yield event, pair[0], pair[1]
        elif not directed and _names(actor, second, pair[1]) and _names(target, first, pair[0]):
            yield event, pair[1], pair[0]


def as_country(actor: Actor) -> Actor:
    """The state an actor acts for (``kg.graph.country_actor``), or the actor itself when it has
    no known country: how ``country=True`` rolls participants up."""
    return country_actor(actor) or actor


def _names(query: str | None, actor: Actor, rolled_up: Actor) -> bool:
    """Whether the query (None: any) names the participant or the state it was rolled up to."""
    return query is None or actor_matches(actor, query) or actor_matches(rolled_up, query)


def _check_named(events: list[Event], query: str | None, country: bool) -> None:
    if query is None:
        return
    for event in events:
        for participant in (event.actor, event.target):
            if participant is not None and _names(
                query, participant, as_country(participant) if country else participant
            ):
                return
    raise KgError("E501", f"no actor named {query!r} in the graph (kg top GRAPH lists its actors)")


def _rank(pair: tuple[Actor, Actor], events: int) -> tuple[int, str, str, str, str]:
    first, second = pair
    return -events, first.label, second.label, first.id, second.id


def _counts(
    actor: Actor, target: Actor, period: str | None, start: str | None, events: list[Event]
) -> DyadCounts:
    quads = Counter(quad_class(e.cameo) for e in events)
    scores = [score for score in (goldstein(e.cameo) for e in events) if score is not None]
    total = sum(scores)
    return DyadCounts(
        actor=actor,
        target=target,
        period=period,
        start=start,
        events=len(events),
        verbal_cooperation=quads[1],
        material_cooperation=quads[2],
        verbal_conflict=quads[3],
        material_conflict=quads[4],
        goldstein_sum=round(total, _DIGITS),
        goldstein_mean=round(total / len(scores), _DIGITS) if scores else None,
        sources=len({m.doc for e in events for m in e.mentions}),
        event_ids=tuple(sorted(e.id for e in events)),
    )
