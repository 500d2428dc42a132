"""kg commands: network (registered on kg.commands.common.app on import).

``timeline``, ``neighbors``, ``path`` and ``top`` ask the network of actors and events
(kg.graph); ``viz`` draws it (kg.viz). Each opens the graph, calls one library function, prints.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.commands.common import (
    EVENT_HEADERS,
    GraphArgument,
    OutputFormat,
    app,
    check_window,
    err,
    event_row,
    fail,
    load_events,
    plural,
    print_csv,
    print_table,
)
from kg.errors import KgError
from kg.graph import Hop, Neighbor, Ranking, connection, neighbors, timeline, top_actors
from kg.records import EVENT_TYPES
from kg.viz.view import DEFAULT_TOP

SinceOption = Annotated[
    str | None, typer.Option(help="Only events on or after YYYY-MM-DD, YYYY-MM or YYYY.")
]
UntilOption = Annotated[
    str | None, typer.Option(help="Only events on or before YYYY-MM-DD, YYYY-MM or YYYY.")
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


def _check_window(since: str | None, until: str | None) -> None:
    try:
        check_window(since, "--since")
        check_window(until, "--until")
    except KgError as error:
        raise fail(error) from error


def _check_type(type: str | None) -> None:
    if type is not None and type.upper() not in EVENT_TYPES:
        error = KgError(
            "E002", f"--type {type!r} is not an event type: use one of " + ", ".join(EVENT_TYPES)
        )
        raise fail(error)


def _print(
    format: OutputFormat,
    headers: list[str],
    rows: list[list[str]],
    records: list[dict[str, Any]],
    title: str,
) -> None:
    """Rows as a table or CSV; ``records`` (the JSON form) one a line."""
    if format is OutputFormat.json:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format is OutputFormat.csv:
        print_csv(headers, rows)
    else:
        print_table(headers, rows, title)


# -- timeline --------------------------------------------------------------------------------


@app.command("timeline")
def timeline_command(
    graph: GraphArgument,
    actor: Annotated[
        str | None, typer.Argument(help="Only this actor's events (any alias).")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Events in date order, undated ones last.

    Example: kg timeline out/graph.ttl Putin --since 2017-09-07
    """
    _check_window(since, until)
    found = timeline(load_events(graph), actor, since=since, until=until)
    _print(
        format,
        EVENT_HEADERS,
        [event_row(e, undated="undated") for e in found],
        [e.to_json() for e in found],
        f"Timeline: {len(found)} events",
    )


# -- neighbors -------------------------------------------------------------------------------

_NEIGHBOR_HEADERS = ["neighbor", "kind", "country", "events", "out", "in", "types", "first", "last"]


def _neighbor_row(neighbor: Neighbor) -> list[str]:
    return [
        neighbor.actor,
        neighbor.kind,
        neighbor.country or "",
        str(neighbor.events),
        str(neighbor.outgoing),
        str(neighbor.incoming),
        " ".join(neighbor.types),
        neighbor.first or "",
        neighbor.last or "",
    ]


def _neighbor_record(neighbor: Neighbor) -> dict[str, Any]:
    return {
        "neighbor": neighbor.actor,
        "kind": neighbor.kind,
        "country": neighbor.country,
        "events": neighbor.events,
        "out": neighbor.outgoing,
        "in": neighbor.incoming,
        "types": list(neighbor.types),
        "first": neighbor.first,
        "last": neighbor.last,
    }


@app.command("neighbors")
def neighbors_command(
    graph: GraphArgument,
    actor: Annotated[str, typer.Argument(help="The actor (any alias).")],
    type: Annotated[
        str | None, typer.Option("--type", help="Only events of this type, e.g. CONSULT.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """The actors that one actor has events with, each way ("out": the actor did it).

    Example: kg neighbors out/graph.ttl Putin --type CONSULT
    """
    _check_window(since, until)
    _check_type(type)
    try:
        found = neighbors(load_events(graph), actor, type=type, since=since, until=until)
    except KgError as error:
        raise fail(error) from error
    _print(
        format,
        _NEIGHBOR_HEADERS,
        [_neighbor_row(n) for n in found],
        [_neighbor_record(n) for n in found],
        f"Neighbours of {actor}",
    )


# -- path ------------------------------------------------------------------------------------

_HOP_HEADERS = ["step", "from", "to", "date", "type", "event", "sources"]


def _hop_rows(hop: Hop) -> list[list[str]]:
    return [
        [
            str(hop.step),
            hop.source,
            hop.target,
            event.date or "undated",
            event.type,
            f"{event.actor.label} {event.action} {event.target.label if event.target else ''}",
            str(event.sources),
        ]
        for event in hop.events
    ]


def _hop_record(hop: Hop) -> dict[str, Any]:
    return {
        "step": hop.step,
        "from": hop.source,
        "to": hop.target,
        "events": [e.to_json() for e in hop.events],
    }


@app.command("path")
def path_command(
    graph: GraphArgument,
    source: Annotated[str, typer.Argument(metavar="A", help="One actor (any alias).")],
    target: Annotated[str, typer.Argument(metavar="B", help="The other actor.")],
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """How two actors are connected: the shortest chain of events, whoever acted on whom.

    Example: kg path out/graph.ttl Moon Trump
    """
    _check_window(since, until)
    try:
        hops = connection(load_events(graph), source, target, since=since, until=until)
    except KgError as error:
        raise fail(error) from error
    _print(
        format,
        _HOP_HEADERS,
        [row for hop in hops for row in _hop_rows(hop)],
        [_hop_record(hop) for hop in hops],
        f"From {hops[0].source} to {hops[-1].target} in {plural(len(hops), 'step')}",
    )


# -- top -------------------------------------------------------------------------------------


def _score_text(score: float) -> str:
    return format(round(score, 4), "g")


@app.command("top")
def top_command(
    graph: GraphArgument,
    by: Annotated[
        str, typer.Option(help="degree (how many actors), betweenness or pagerank.")
    ] = "degree",
    limit: Annotated[int, typer.Option(min=1, help="How many actors to list.")] = 10,
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """The most central actors by degree, betweenness or PageRank.

    Example: kg top out/graph.ttl --by pagerank --limit 5
    """
    _check_window(since, until)
    try:
        ranking: list[Ranking] = top_actors(
            load_events(graph), by, limit=limit, since=since, until=until
        )
    except KgError as error:
        raise fail(error) from error
    measure = by.lower()
    _print(
        format,
        ["rank", "actor", "kind", "country", measure],
        [[str(r.rank), r.actor, r.kind, r.country or "", _score_text(r.score)] for r in ranking],
        [
            {
                "rank": r.rank,
                "actor": r.actor,
                "kind": r.kind,
                "country": r.country,
                measure: r.score,
            }
            for r in ranking
        ],
        f"Top actors by {measure}",
    )


# -- viz -------------------------------------------------------------------------------------


@app.command("viz")
def viz_command(
    graph: GraphArgument,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="File to write: .html, .png, .svg, .gexf or .graphml."),
    ],
    since: SinceOption = None,
    until: UntilOption = None,
    actor: Annotated[
        str | None, typer.Option(help="Only events where this actor (any alias) takes part.")
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(help="Only events with a participant of this country (name or ISO code)."),
    ] = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type", help="Only events of this type (CONSULT) or QuadClass (material_conflict)."
        ),
    ] = None,
    top: Annotated[
        int, typer.Option(help="Actors in the network: the most active ones.")
    ] = DEFAULT_TOP,
) -> None:
    """Draw the network: an offline HTML page (network + timeline), a picture, or Gephi files.

    Example: kg viz out/graph.ttl -o out/graph.html --since 2018 --top 30
    """
    from kg.rdf import read_documents, read_events
    from kg.store import load_graph
    from kg.viz import ViewOptions, read_sources, select_events, write_viz

    _check_window(since, until)
    try:
        options = ViewOptions(
            since=since, until=until, actor=actor, country=country, type=type, top=top
        )
        rdf_graph = load_graph(graph)
        events = list(read_events(rdf_graph))
        chosen = select_events(events, options)
        write_viz(
            chosen,
            output,
            sources=read_sources(rdf_graph),
            options=ViewOptions(top=top),
            documents=read_documents(rdf_graph),
        )
    except KgError as error:
        raise fail(error) from error
    counted = (
        f"{len(chosen)} of {len(events)} events"
        if len(chosen) < len(events)
        else (f"{len(events)} events")
    )
    err.print(f"{counted} -> {output}", markup=False, highlight=False)
