"""kg commands: analysis (registered on kg.commands.common.app on import).

``dyads`` counts cooperation and conflict for each pair of actors and period (kg.dyads);
``summary`` gives the figures of a corpus (kg.summary). Each opens the graph, calls one library
function, prints.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.commands.common import OutputFormat, app, fail, load_events, print_table
from kg.dyads import DYAD_COLUMNS, DyadCounts, Period, dyads
from kg.errors import KgError
from kg.rdf import read_documents, read_events
from kg.store import load_graph
from kg.summary import DEFAULT_TOP, CorpusSummary, summarize

GraphArgument = Annotated[
    Path, typer.Argument(help="Graph file or store directory written by kg build.")
]
CountryOption = Annotated[
    bool,
    typer.Option(
        "--country", help="Roll people and bodies up to the state they act for (Putin: Russia)."
    ),
]


def _cell(value: Any) -> str:
    """A value as a CSV or table cell: empty for None (pandas and R read it as missing)."""
    return "" if value is None else str(value)


# -- dyads -----------------------------------------------------------------------------------

_DYAD_TABLE = {
    "period": "period",
    "actor": "actor",
    "target": "target",
    "events": "events",
    "verbal_cooperation": "v.coop",
    "material_cooperation": "m.coop",
    "verbal_conflict": "v.conflict",
    "material_conflict": "m.conflict",
    "goldstein_sum": "goldstein",
    "goldstein_mean": "mean",
    "sources": "sources",
}


def _dyad_table_row(counts: DyadCounts) -> list[str]:
    row = counts.row()
    row["period"] = counts.period or "undated"
    return [_cell(row[column]) for column in _DYAD_TABLE]


@app.command("dyads")
def dyads_command(
    graph: GraphArgument,
    by: Annotated[Period, typer.Option(help="The period to count by.")] = Period.MONTH,
    actor: Annotated[
        str | None, typer.Option(help="Only pairs whose actor has this name (any alias).")
    ] = None,
    target: Annotated[
        str | None, typer.Option(help="Only pairs whose target has this name (any alias).")
    ] = None,
    country: CountryOption = False,
    undirected: Annotated[
        bool,
        typer.Option(
            "--undirected", help="Count a pair either way round (the one that acted more first)."
        ),
    ] = False,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
) -> None:
    """Dyads over time: events per (actor, target) pair and period, by QuadClass and Goldstein.

    Example: kg dyads out/graph.ttl --by week --country --format csv
    """
    try:
        found = dyads(
            load_events(graph),
            by=by,
            actor=actor,
            target=target,
            country=country,
            directed=not undirected,
        )
    except KgError as error:
        raise fail(error) from error
    if format is OutputFormat.json:
        for counts in found:
            sys.stdout.write(json.dumps(counts.to_json(), ensure_ascii=False) + "\n")
    elif format is OutputFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(DYAD_COLUMNS)
        writer.writerows([_cell(c.row()[k]) for k in DYAD_COLUMNS] for c in found)
    else:
        pairs = len({(c.actor, c.target) for c in found})
        title = f"Dyads by {by}: {pairs} pairs, {len(found)} rows (v. verbal, m. material)"
        print_table(list(_DYAD_TABLE.values()), [_dyad_table_row(c) for c in found], title)


# -- summary ---------------------------------------------------------------------------------


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"


def _figures(summary: CorpusSummary) -> list[list[str]]:
    window = summary.window
    held = (
        f"{window.start} to {window.end} ({window.events} of {window.dated} dated events)"
        if window
        else "no dated events"
    )
    without = len(summary.documents_without_events)
    return [
        ["documents", str(summary.documents)],
        ["documents with no event", str(without)],
        ["events", str(summary.events)],
        ["events with a target", str(summary.dyadic)],
        ["actors", str(summary.actors)],
        ["dates", f"{summary.first_date or '-'} to {summary.last_date or '-'}"],
        [f"{summary.share:.0%} of dated events", held],
        ["events with no date", str(summary.undated)],
        ["events whose actor has no country", str(summary.no_actor_country)],
        ["events with no participant's country", str(summary.no_country)],
    ]


def _print_summary(summary: CorpusSummary) -> None:
    print_table(["measure", "value"], _figures(summary), "Corpus")
    by_type = [[name, str(n)] for name, n in summary.by_type]
    by_quad = [[name, str(n)] for name, n in summary.by_quad_class]
    print_table(["type", "events"], by_type, "Events by type")
    print_table(["QuadClass", "events"], by_quad, "Events by QuadClass")
    print_table(
        ["actor", "with", "events", "coop", "conflict", "goldstein mean", "sources"],
        [
            [
                d.actor.label,
                d.target.label,
                str(d.events),
                str(d.verbal_cooperation + d.material_cooperation),
                str(d.verbal_conflict + d.material_conflict),
                _cell(d.goldstein_mean),
                str(d.sources),
            ]
            for d in summary.busiest_dyads
        ],
        "Busiest dyads, either way round (actor: the one that acted more)",
    )
    print_table(
        ["actor", "kind", "country", "events", "as actor", "as target"],
        [
            [
                a.actor.label,
                a.actor.kind,
                a.actor.country or "",
                str(a.events),
                str(a.as_actor),
                str(a.as_target),
            ]
            for a in summary.busiest_actors
        ],
        "Busiest actors",
    )
    if summary.documents_without_events:
        print_table(
            ["document", "title", "published"],
            [[d.id, d.title or "", d.published or ""] for d in summary.documents_without_events],
            "Documents with no event",
        )


@app.command("summary")
def summary_command(
    graph: GraphArgument,
    top: Annotated[
        int, typer.Option(min=1, help="How many of the busiest dyads and actors to list.")
    ] = DEFAULT_TOP,
    country: CountryOption = False,
    format: Annotated[SummaryFormat, typer.Option("--format", "-f", help="Output format.")] = (
        SummaryFormat.table
    ),
) -> None:
    """The figures of a corpus: documents, events by type, busiest dyads and actors, dates.

    Example: kg summary out/graph.ttl --top 5 --country
    """
    try:
        data = load_graph(graph)
    except KgError as error:
        raise fail(error) from error
    summary = summarize(read_events(data), read_documents(data), top=top, country=country)
    if format is SummaryFormat.json:
        sys.stdout.write(json.dumps(summary.to_json(), ensure_ascii=False) + "\n")
    else:
        _print_summary(summary)
