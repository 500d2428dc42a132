"""kg commands: rdf (registered on kg.commands.common.app on import).

``sparql`` asks a graph file or store a read-only SPARQL query; ``export`` writes one out in any of
kg's RDF serialisations, or as GDELT event rows. Each opens the graph, calls one library function,
prints.
"""

from __future__ import annotations

import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer

from kg import sparql as library
from kg.commands.common import app, err, fail, out, plural, print_table
from kg.errors import KgError
from kg.rdf import RdfSyntax, atomic_output
from kg.sparql import ResultFormat

GraphOrStore = Annotated[
    Path, typer.Argument(help="Graph file (.ttl, .nt, .nq, .trig, .jsonld) or store directory.")
]


class ExportFormat(StrEnum):
    """What ``kg export`` writes: an RDF serialisation, or GDELT 2.0 event rows."""

    turtle = "turtle"
    ntriples = "ntriples"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"
    gdelt = "gdelt"

    @classmethod
    def from_extension(cls, path: Path) -> ExportFormat | None:
        syntax = RdfSyntax.from_extension(path)
        return None if syntax is None else cls(syntax.value)


@app.command()
def sparql(
    graph: Annotated[
        Path | None,
        typer.Argument(help="Graph file or store directory (kg build -o FILE / --store DIR)."),
    ] = None,
    query: Annotated[
        str | None,
        typer.Argument(help="The query text, @FILE.rq, or the name of a shipped query."),
    ] = None,
    bind: Annotated[
        list[str] | None,
        typer.Option(help="Bind a variable: NAME=VALUE (a literal) or NAME=<IRI>. Repeatable."),
    ] = None,
    format: Annotated[
        ResultFormat,
        typer.Option("--format", "-f", help="A table, or SPARQL 1.1 CSV, TSV or JSON results."),
    ] = ResultFormat.table,
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the shipped queries and exit.")
    ] = False,
) -> None:
    """Ask a graph or store a read-only SPARQL query (text, @file.rq or a shipped query's name).

    Example: kg sparql kgstore/ actor-timeline --bind actor=Putin --format csv
    """
    from kg.store import open_dataset

    if list_queries:
        _print_named_queries()
        return
    if graph is None or query is None:
        raise typer.BadParameter(
            "give a graph file or store and a query (or --list)", param_hint="GRAPH QUERY"
        )
    try:
        named = library.find_query(query)
        bindings = library.parse_bindings(bind or [])
        library.check_parameters(named, bindings)
        result = library.run_query(open_dataset(graph), named.text, bindings)
    except KgError as error:
        raise fail(error) from error
    _print_result(result, format)


def _print_named_queries() -> None:
    rows = []
    for query in library.named_queries():
        binds = " ".join(f"--bind {name}=..." for name, _ in query.parameters)
        rows.append([query.name, query.description, binds])
    print_table(["query", "description", "needs"], rows, "Shipped queries")


def _print_result(result: library.QueryResult, result_format: ResultFormat) -> None:
    if result_format is not ResultFormat.table:
        _write_stdout(library.serialize_result(result, result_format))
    elif isinstance(result, ox.QueryBoolean):
        out.print("yes" if bool(result) else "no", markup=False, highlight=False)
    elif isinstance(result, ox.QueryTriples):
        _write_stdout(library.graph_as_turtle(result))
    else:
        columns, rows = library.result_rows(result)
        print_table(columns, rows, plural(len(rows), "result"))


def _write_stdout(data: bytes) -> None:
    sys.stdout.write(data.decode("utf-8"))
    if data and not data.endswith(b"\n"):
        sys.stdout.write("\n")
    sys.stdout.flush()


@app.command()
def export(
    source: Annotated[Path, typer.Argument(help="Graph file or store directory to export.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    format: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", help="Default: from the output's extension."),
    ] = None,
) -> None:
    """Write a graph or store as Turtle, N-Triples, N-Quads, TriG, JSON-LD or GDELT rows.

    Example: kg export kgstore/ -o out/graph.trig
    """
    try:
        chosen = format or ExportFormat.from_extension(output)
        if chosen is None:
            raise KgError(
                "E619",
                f"{output}: cannot tell the format from the extension "
                f"(.ttl .nt .nq .trig .jsonld): pass --format "
                + "|".join(f.value for f in ExportFormat),
            )
        written = _export(source, output, chosen)
    except KgError as error:
        raise fail(error) from error
    err.print(f"{written} -> {output} ({chosen.value})", markup=False, highlight=False)


def _export(source: Path, output: Path, chosen: ExportFormat) -> str:
    """Export ``source``; returns what was written, for the message."""
    from kg.store import export as export_rdf

    if chosen is ExportFormat.gdelt:
        return f"{_export_gdelt(source, output)} events"
    return f"{export_rdf(source, output, RdfSyntax(chosen.value))} triples"


def _export_gdelt(source: Path, output: Path) -> int:
    from kg.gdelt import document_urls, write_gdelt
    from kg.rdf import read_events
    from kg.store import load_graph

    graph = load_graph(source)
    events = list(read_events(graph))
    with atomic_output(output) as binary:
        stream = io.TextIOWrapper(binary, encoding="utf-8", newline="")
        rows = write_gdelt(events, stream, urls=document_urls(graph))
        stream.flush()
        stream.detach()
    return rows
