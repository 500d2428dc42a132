"""Dyads over time (kg.dyads, ``kg dyads``): counts by hand on the seeds, pandas round trips."""

from __future__ import annotations

import doctest
import io
import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from samples import MOON, NORTH_KOREA, PUTIN, UN
from typer.testing import CliRunner

import kg.dyads
from kg.cli import EXIT_USER_ERROR, app
from kg.dyads import DYAD_COLUMNS, DyadCounts, Period, dyad_totals, dyads, period_of
from kg.errors import KgError
from kg.gdelt import quad_class
from kg.pipeline import BuildResult
from kg.rdf import events_graph, read_events, write_turtle
from kg.records import Actor, Event, Mention
from kg.store import load_graph

runner = CliRunner()

RUSSIA = Actor("RUS", "Russia", "state", "RUS")
TRUMP = Actor("person/donald-trump", "Donald Trump", "person", "USA")
NOBODY = Actor("person/john-letts", "John Letts", "person")  # a person kg cannot place


def event(
    id_: str,
    actor: Actor,
    target: Actor | None,
    date: str | None,
    cameo: str | None = "040",
    docs: tuple[str, ...] = ("doc-1",),
) -> Event:
    return Event(
        id=id_,
        type="CONSULT",
        action="meet",
        cameo=cameo,
        actor=actor,
        target=target,
        date=date,
        place=None,
        mentions=tuple(Mention(doc, "A sentence.", 0, 11) for doc in docs),
    )


def counts(row: DyadCounts) -> tuple[Any, ...]:
    """What a test compares: the period, the pair, the counts, the scores, the sources."""
    return (
        row.period,
        row.actor.label,
        row.target.label,
        row.events,
        *row.quad_counts,
        row.goldstein_sum,
        row.goldstein_mean,
        row.sources,
    )


def test_doctests() -> None:
    assert doctest.testmod(kg.dyads).failed == 0


@pytest.mark.parametrize(
    ("date", "by", "expected"),
    [
        ("2017-09-06", Period.DAY, ("2017-09-06", "2017-09-06")),
        ("2017-09-06", Period.WEEK, ("2017-W36", "2017-09-04")),  # a Wednesday: Monday the 4th
        ("2017-09-06", Period.MONTH, ("2017-09", "2017-09-01")),
        ("2017-09-06", Period.YEAR, ("2017", "2017-01-01")),
        ("2021-01-01", Period.WEEK, ("2020-W53", "2020-12-28")),  # ISO weeks cross new year
        ("2017-09", Period.MONTH, ("2017-09", "2017-09-01")),
        ("2017-09", Period.WEEK, None),  # a month has no week
        ("2017", Period.MONTH, None),
        ("2017", Period.YEAR, ("2017", "2017-01-01")),
        (None, Period.YEAR, None),
    ],
)
def test_period_of(date: str | None, by: Period, expected: tuple[str, str] | None) -> None:
    assert period_of(date, by) == expected


def test_counts_by_quad_class_goldstein_and_sources() -> None:
    events = [
        event("m", PUTIN, MOON, "2017-09-06", "040", ("a", "b")),  # meet: QuadClass 1, +1.0
        event("h", PUTIN, MOON, "2017-09-20", "0874", ("b",)),  # retreat: 2, +10.0
        event("c", PUTIN, MOON, "2017-09-21", "111", ("c",)),  # criticize: 3, -2.0
        event("f", PUTIN, MOON, "2017-10-02", "190", ("c",)),  # fight: 4, -10.0
        event("x", PUTIN, MOON, "2017-10-03", None, ("d",)),  # no CAMEO code: counted, no class
        event("s", PUTIN, None, "2017-09-06"),  # no target: no dyad
    ]
    assert [counts(row) for row in dyads(events)] == [
        ("2017-09", "Vladimir Putin", "Moon Jae-in", 3, 1, 1, 1, 0, 9.0, 3.0, 3),
        ("2017-10", "Vladimir Putin", "Moon Jae-in", 2, 0, 0, 0, 1, -10.0, -10.0, 2),
    ]
    (total,) = dyad_totals(events)
    assert counts(total) == (None, "Vladimir Putin", "Moon Jae-in", 5, 1, 1, 1, 1, -1.0, -0.25, 4)
    assert total.event_ids == ("c", "f", "h", "m", "x")
    (unscored,) = dyads([events[4]])
    assert (unscored.goldstein_sum, unscored.goldstein_mean) == (0.0, None)


def test_events_no_period_holds_come_last_with_no_period() -> None:
    events = [
        event("a", PUTIN, MOON, None),
        event("b", PUTIN, MOON, "2017-09"),  # a month: no week holds it
        event("c", PUTIN, MOON, "2017-09-06"),
    ]
    rows = dyads(events, by=Period.WEEK)
    assert [(r.period, r.start, r.events) for r in rows] == [
        ("2017-W36", "2017-09-04", 1),
        (None, None, 2),
    ]


def test_country_rolls_people_up_and_keeps_those_it_cannot_place() -> None:
    events = [
        event("a", PUTIN, MOON, "2017-09-06"),
        event("b", RUSSIA, MOON, "2017-09-07"),
        event("c", PUTIN, UN, "2017-09-07"),  # the UN has no country: it stays the UN
        event("d", NOBODY, PUTIN, "2017-09-07"),
        event("e", PUTIN, RUSSIA, "2017-09-08"),  # within one state: Russia with itself
    ]
    pairs = [(r.actor.id, r.target.id, r.events) for r in dyads(events, country=True)]
    assert pairs == [
        ("RUS", "KOR", 2),
        ("person/john-letts", "RUS", 1),
        ("RUS", "RUS", 1),
        ("RUS", "IGO-UN", 1),
    ]
    # a participant's own name selects its events, its state's name the state's and its people's
    assert [r.event_ids for r in dyads(events, country=True, actor="Putin", target="Seoul")] == [
        ("a",)
    ]
    assert [r.event_ids for r in dyads(events, country=True, actor="Russia", target="Moon")] == [
        ("a", "b")
    ]


def test_directed_and_undirected_pairs() -> None:
    events = [
        event("a", PUTIN, MOON, "2017-09-06"),
        event("b", MOON, PUTIN, "2017-09-07"),
        event("c", MOON, PUTIN, "2017-09-08"),
        event("d", RUSSIA, NORTH_KOREA, "2017-09-08"),
    ]
    assert [(r.actor.label, r.target.label, r.events) for r in dyads(events)] == [
        ("Moon Jae-in", "Vladimir Putin", 2),
        ("Russia", "North Korea", 1),
        ("Vladimir Putin", "Moon Jae-in", 1),
    ]
    either = dyads(events, directed=False)
    # the one that acted more comes first; the pair's events either way round are counted
    assert [(r.actor.label, r.target.label, r.events) for r in either] == [
        ("Moon Jae-in", "Vladimir Putin", 3),
        ("Russia", "North Korea", 1),
    ]
    # a named actor comes first, and matches either way round
    named = dyads(events, directed=False, actor="Putin")
    assert [(r.actor.label, r.target.label, r.events) for r in named] == [
        ("Vladimir Putin", "Moon Jae-in", 3)
    ]
    assert dyads(events, actor="North Korea") == []  # it is only ever a target


def test_a_name_that_fits_no_actor_is_an_error() -> None:
    with pytest.raises(KgError) as caught:
        dyads([event("a", PUTIN, MOON, "2017-09-06")], target="Merkel")
    assert str(caught.value) == (
        "E501: no actor named 'Merkel' in the graph (kg top GRAPH lists its actors)"
    )


# -- the seeds, by hand ---------------------------------------------------------------------

# The seeds' events with a target, as ``kg events`` lists them (the other 19 have none), with
# the CAMEO code of each: the dyads below are counted from this list by hand.
SEED_DYADIC_EVENTS = {
    ("2017-09-06", "Vladimir Putin", "CONSULT", "040", "Moon Jae-in", 2),  # Goldstein +1.0
    ("2017-09-07", "Vladimir Putin", "AGREE", "030", "Moon Jae-in", 1),  # +4.0
    ("2017-09-06", "Vladimir Putin", "REQUEST", "100", "United States", 1),  # -5.0
    ("2017-09-07", "Russia", "ACCUSE", "111", "North Korea", 1),  # -2.0
    ("2017-09-07", "Vladimir Putin", "ACCUSE", "111", "Donald Trump", 1),  # -2.0
    ("2017-09-07", "Wang Yi", "REQUEST", "100", "UN Security Council", 1),  # -5.0
}


@pytest.fixture(scope="module")
def seed_graph(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    write_turtle(events_graph(seed_build.events, seed_build.documents), path)
    return path


def invoke(*arguments: str) -> str:
    result = runner.invoke(app, list(arguments))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.model
def test_the_seeds_dyads_by_day_counted_by_hand(seed_graph: Path) -> None:
    events = list(read_events(load_graph(seed_graph)))
    assert {
        (e.date, e.actor.label, e.type, e.cameo, e.target.label, e.sources)
        for e in events
        if e.target is not None
    } == SEED_DYADIC_EVENTS
    rows = [
        json.loads(line)
        for line in invoke("dyads", str(seed_graph), "--by", "day", "-f", "json").splitlines()
    ]
    assert [
        (
            r["period"],
            r["actor"]["label"],
            r["target"]["label"],
            r["events"],
            r["verbal_cooperation"],
            r["material_cooperation"],
            r["verbal_conflict"],
            r["material_conflict"],
            r["goldstein_sum"],
            r["goldstein_mean"],
            r["sources"],
        )
        for r in rows
    ] == [
        # the meeting (two documents) on the 6th, the assurance (one of them) on the 7th
        ("2017-09-06", "Vladimir Putin", "Moon Jae-in", 1, 1, 0, 0, 0, 1.0, 1.0, 2),
        ("2017-09-07", "Vladimir Putin", "Moon Jae-in", 1, 1, 0, 0, 0, 4.0, 4.0, 1),
        ("2017-09-07", "Russia", "North Korea", 1, 0, 0, 1, 0, -2.0, -2.0, 1),
        ("2017-09-07", "Vladimir Putin", "Donald Trump", 1, 0, 0, 1, 0, -2.0, -2.0, 1),
        ("2017-09-06", "Vladimir Putin", "United States", 1, 0, 0, 1, 0, -5.0, -5.0, 1),
        ("2017-09-07", "Wang Yi", "UN Security Council", 1, 0, 0, 1, 0, -5.0, -5.0, 1),
    ]


@pytest.mark.model
def test_the_seeds_country_dyads_by_week_through_pandas(seed_graph: Path) -> None:
    output = invoke("dyads", str(seed_graph), "--by", "week", "--country", "--format", "csv")
    frame = pd.read_csv(io.StringIO(output))
    assert list(frame.columns) == list(DYAD_COLUMNS)
    assert frame[
        [
            "period",
            "start",
            "actor_id",
            "target_id",
            "events",
            "verbal_cooperation",
            "verbal_conflict",
            "goldstein_sum",
            "goldstein_mean",
            "sources",
        ]
    ].values.tolist() == [
        # Putin met and assured Moon: Russia and South Korea, +1.0 and +4.0
        ["2017-W36", "2017-09-04", "RUS", "KOR", 2, 2, 0, 5.0, 2.5, 2],
        # Putin's request to the US (-5.0, one seed) and his attack on Trump (-2.0, the other)
        ["2017-W36", "2017-09-04", "RUS", "USA", 2, 0, 2, -7.0, -3.5, 2],
        # Wang Yi's demand of the Security Council, which has no country of its own
        ["2017-W36", "2017-09-04", "CHN", "IGO-UNSC", 1, 0, 1, -5.0, -5.0, 1],
        ["2017-W36", "2017-09-04", "RUS", "PRK", 1, 0, 1, -2.0, -2.0, 1],
    ]
    assert math.isnan(frame["target_country"][2])  # an empty cell is missing, not ""
    assert frame["events"].dtype.kind == "i" and frame["goldstein_mean"].dtype.kind == "f"


def test_kg_dyads_table_and_errors(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    write_turtle(
        events_graph([event("a", PUTIN, MOON, "2017-09-06"), event("b", PUTIN, MOON, None)]), graph
    )
    table = invoke("dyads", str(graph))
    assert "Dyads by month: 1 pairs, 2 rows" in table and "undated" in table
    unknown = runner.invoke(app, ["dyads", str(graph), "--actor", "Merkel"])
    assert unknown.exit_code == EXIT_USER_ERROR
    assert unknown.stderr == (
        "error: E501: no actor named 'Merkel' in the graph (kg top GRAPH lists its actors)\n"
    )
    bad = runner.invoke(app, ["dyads", str(graph), "--by", "fortnight"])
    assert bad.exit_code == 2 and "fortnight" in bad.stderr
    missing = runner.invoke(app, ["dyads", str(tmp_path / "none.ttl")])
    assert missing.exit_code == EXIT_USER_ERROR and "E401" in missing.stderr


# -- a corpus ---------------------------------------------------------------------------------


def cell(value: Any) -> str | None:
    """A value as the CSV holds it, None for missing (pandas' NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


@pytest.mark.model
@pytest.mark.parametrize("by", list(Period))
def test_a_corpus_dyads_add_up_and_round_trip_through_pandas(
    guardian_sample: Path, by: Period
) -> None:
    events = list(read_events(load_graph(guardian_sample)))
    dyadic = [e for e in events if e.target is not None]
    for country in (False, True):
        rows = dyads(events, by=by, country=country)
        assert sum(r.events for r in rows) == len(dyadic)
        quads = [quad_class(e.cameo) for e in dyadic]
        assert [sum(r.quad_counts[q - 1] for r in rows) for q in (1, 2, 3, 4)] == [
            quads.count(q) for q in (1, 2, 3, 4)
        ]
        assert len({id_ for r in rows for id_ in r.event_ids}) == len(dyadic)
    rows = dyads(events, by=by, country=True)
    output = invoke("dyads", str(guardian_sample), "--by", by.value, "--country", "-f", "csv")
    # The period is text ("2019", "2019-W03"); read as a number, a column with an undated
    # row (no period) would turn "2019" into "2019.0".
    frame = pd.read_csv(io.StringIO(output), dtype={"period": str})
    assert list(frame.columns) == list(DYAD_COLUMNS)
    assert len(frame) == len(rows) > 10
    assert [[cell(v) for v in record] for record in frame.values.tolist()] == [
        [cell(r.row()[column]) for column in DYAD_COLUMNS] for r in rows
    ]
