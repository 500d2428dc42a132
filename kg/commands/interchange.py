"""kg commands: interchange (registered on kg.commands.common.app on import).

``validate`` checks a graph against kg's SHACL shapes (kg.validate); ``import-gdelt`` reads GDELT
2.0 event rows into a kg graph (kg.gdelt). Each opens its input, calls the library, prints.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.commands.common import EXIT_SKIPPED, EXIT_USER_ERROR, app, err, fail
from kg.errors import InputSkipped, KgError
from kg.gdelt import gdelt_documents, read_gdelt
from kg.rdf import add_triples, events_graph, write_turtle
from kg.store import load_graph, open_dataset
from kg.validate import DEFAULT_LIMIT, load_shapes, report_lines, validate_dataset


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="Graph file or store directory written by kg.")],
    shapes: Annotated[
        Path | None, typer.Option(help="SHACL shapes (Turtle) to use instead of kg's own.")
    ] = None,
    limit: Annotated[
        int,
        typer.Option(min=0, help="List at most this many violations of each property (0: all)."),
    ] = DEFAULT_LIMIT,
) -> None:
    """Check a graph against kg's SHACL shapes; exit 1 if it does not conform.

    Example: kg validate out/graph.ttl
    """
    try:
        data = open_dataset(graph)
        shapes_graph = load_shapes(shapes) if shapes is not None else None
    except KgError as error:
        raise fail(error) from error
    report = validate_dataset(data, shapes_graph, stop_after=limit or None)
    lines = list(report_lines(report, limit=limit))
    sys.stdout.write(f"{graph}: {lines[0]}\n")
    sys.stdout.writelines(f"  {line}\n" for line in lines[1:])
    if not report.conforms:
        raise typer.Exit(EXIT_USER_ERROR)


@app.command("import-gdelt")
def import_gdelt(
    file: Annotated[
        Path, typer.Argument(help="GDELT 2.0 events file (.CSV, tab-separated; or .zip).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Turtle file to write.")] = Path(
        "out/gdelt.ttl"
    ),
    into: Annotated[
        Path | None,
        typer.Option(help="A kg graph (file or store) whose triples the output also holds."),
    ] = None,
) -> None:
    """Read GDELT 2.0 event rows into a kg graph, to set beside kg's own events.

    Example: kg import-gdelt 20170906.export.CSV -o out/both.ttl --into out/graph.ttl
    """
    skipped: list[InputSkipped] = []

    def report(problem: InputSkipped) -> None:
        skipped.append(problem)
        err.print(f"skipped: {problem.message}", markup=False, highlight=False)

    try:
        events = list(read_gdelt(file, on_skip=report))
        graph = events_graph(events, gdelt_documents(events))
        if into is not None:
            add_triples(graph, load_graph(into))  # same actor IRIs: GDELT's beside kg's events
    except KgError as error:
        raise fail(error) from error
    write_turtle(graph, output)
    err.print(
        f"{len(events)} events -> {output}" + (f"; {len(skipped)} rows skipped" if skipped else ""),
        markup=False,
        highlight=False,
    )
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)
