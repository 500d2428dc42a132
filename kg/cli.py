"""The ``kg`` command line: a thin skin over the library.

Exit codes: 0 done; 1 a user's mistake (bad option, missing graph, unloadable model);
2 bad usage (typer); 3 done, but some inputs were skipped (each named on stderr).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from kg.dates import parse_iso_date
from kg.errors import InputSkipped, KgError
from kg.gdelt import document_urls
from kg.graph import filter_events, who_met
from kg.nlp import DEFAULT_MODEL
from kg.parallel import STORE_BATCH
from kg.rdf import events_graph, load_graph, read_events, write_turtle
from kg.records import EVENT_TYPES, Document, Event
from kg.tables import EVENT_TABLE_COLUMNS, event_record, event_table_row

EXIT_USER_ERROR = 1
DEFAULT_OUTPUT = Path("out/graph.ttl")
EXIT_SKIPPED = 3
# Builds of more documents than this show a progress bar.
PROGRESS_THRESHOLD = 3

app = typer.Typer(
    help="kg: build a knowledge graph of geopolitical events from news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
if not out.is_terminal:
    out = Console(width=160)  # tables piped to a file or pager keep whole names
err = Console(stderr=True, soft_wrap=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(error: KgError) -> typer.Exit:
    err.print(f"error: {error}", markup=False, highlight=False)
    return typer.Exit(EXIT_USER_ERROR)


def _check_date(value: str | None, option: str) -> str | None:
    if value is not None and parse_iso_date(value) is None:
        raise KgError("E001", f"{option} {value!r} is not a date: use YYYY-MM-DD")
    return value


def _count_inputs(inputs: list[str]) -> int | None:
    """How many files a build will read, when it is cheap to know (no stdin, no JSON Lines)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or path.suffix == ".jsonl":
            return None
        total += sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
    return total


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=f"Turtle file to write [default: {DEFAULT_OUTPUT}]."),
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option(help="Add to this store directory (made if need be); no Turtle unless -o."),
    ] = None,
    events_file: Annotated[
        Path | None, typer.Option("--events", help="Also write the events as JSON Lines here.")
    ] = None,
    model: Annotated[str, typer.Option(help="spaCy pipeline to load.")] = DEFAULT_MODEL,
    date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for every input.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Processes that run extraction.")] = 1,
    backend: Annotated[str, typer.Option(help="Where extraction runs: local or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
    batch_size: Annotated[
        int, typer.Option(help="Documents per store transaction (with --store).")
    ] = STORE_BATCH,
) -> None:
    """Build the event graph from news articles, into a Turtle file or a store.

    Example: kg build data/ -o out/graph.ttl --events out/events.jsonl   (or: --store kgstore/)
    """

    def report(problem: InputSkipped) -> None:
        err.print(f"skipped: {problem.message}", markup=False, highlight=False)

    try:
        _check_date(date, "--date")
        with _progress(inputs) as advance:
            options = BuildOptions(
                model=model,
                date=date,
                on_skip=report,
                on_document=advance,
                workers=workers,
                backend=backend,
                scheduler=scheduler,
            )
            if store is None:
                line, skipped = _build_file(inputs, output or DEFAULT_OUTPUT, options)
            else:
                line, skipped = _build_store(inputs, store, output, batch_size, options)
        if events_file is not None:
            built = _built_events(output, store)
            _write_lines(events_file, (json.dumps(e.to_json(), ensure_ascii=False) for e in built))
            line += f", {events_file}"
    except KgError as error:
        raise fail(error) from error
    skips = f"; {skipped} inputs skipped" if skipped else ""
    err.print(line + skips, markup=False, highlight=False)
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@dataclass(frozen=True)
class BuildOptions:
    """The options of ``kg build`` that both kinds of build pass on to the library."""

    model: str
    date: str | None
    on_skip: Callable[[InputSkipped], None]
    on_document: Callable[[Document], None]
    workers: int
    backend: str
    scheduler: str | None


@contextlib.contextmanager
def _progress(inputs: list[str]) -> Iterator[Callable[[Document], None]]:
    """A progress bar on stderr for builds of more than a few documents, in a terminal."""
    total = _count_inputs(inputs)
    with Progress(
        SpinnerColumn(),
        TextColumn("reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal or (total is not None and total <= PROGRESS_THRESHOLD),
    ) as progress:
        task = progress.add_task("build", total=total)
        yield lambda _document: progress.advance(task)


def _build_file(inputs: list[str], output: Path, options: BuildOptions) -> tuple[str, int]:
    """Build ``inputs`` into the Turtle file ``output``; the summary line and the skip count."""
    from kg.pipeline import extract_events
    from kg.store import activity_of

    result = extract_events(inputs, **_as_keywords(options))
    write_turtle(events_graph(result.events, result.documents, activity_of(result)), output)
    line = f"{len(result.documents)} documents, {len(result.events)} events -> {output}"
    return line, len(result.skipped)


def _build_store(
    inputs: list[str], store: Path, output: Path | None, batch_size: int, options: BuildOptions
) -> tuple[str, int]:
    """Build ``inputs`` into ``store`` (and export the store to ``output`` if given)."""
    from kg.pipeline import build_into_store
    from kg.rdf import RdfSyntax
    from kg.store import export, store_summary

    done = build_into_store(inputs, store, batch_size=batch_size, **_as_keywords(options))
    summary = store_summary(store)
    line = (
        f"{done.added} documents ({done.already_stored} already stored) -> {store} (store: "
        f"{summary.documents} documents, {summary.events} events, {summary.triples} triples)"
    )
    if output is not None:
        export(store, output, RdfSyntax.TURTLE)
        line += f", {output}"
    return line, len(done.skipped)


def _as_keywords(options: BuildOptions) -> dict[str, Any]:
    return {field.name: getattr(options, field.name) for field in dataclasses.fields(options)}


def _built_events(output: Path | None, store: Path | None) -> list[Event]:
    """The events a build wrote, read back from its store or file."""
    return list(read_events(load_graph(store or output or DEFAULT_OUTPUT)))


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write(line + "\n")
    temporary.replace(path)


def _load_events(graph: Path) -> list[Event]:
    try:
        return list(read_events(load_graph(graph)))
    except KgError as error:
        raise fail(error) from error


def _print_table(headers: list[str], rows: list[list[str]], title: str) -> None:
    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out.print(table, markup=False, highlight=False)


def _print_csv(headers: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    sys.stdout.write(buffer.getvalue())


EVENT_HEADERS = ["date", "actor", "type", "action", "target", "place", "sources"]


def _event_row(event: Event, undated: str = "") -> list[str]:
    """An event as a row of ``EVENT_HEADERS``; ``undated`` stands for a missing date."""
    return [
        event.date or undated,
        event.actor.label,
        event.type,
        event.action,
        event.target.label if event.target else "",
        event.place.label if event.place else "",
        str(event.sources),
    ]


@app.command()
def events(
    graph: Annotated[Path, typer.Argument(help="Turtle file written by kg build.")],
    actor: Annotated[
        str | None, typer.Option(help="Only events with this actor (any alias).")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="Only this PLOVER type, e.g. CONSULT.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events on or before YYYY-MM-DD.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
) -> None:
    """List events, filtered by actor, type and date (CSV and JSON: with ids, codes, documents).

    Example: kg events out/graph.ttl --actor Putin --type CONSULT --format json
    """
    try:
        _check_date(since, "--since")
        _check_date(until, "--until")
        if type is not None and type.upper() not in EVENT_TYPES:
            raise KgError(
                "E002",
                f"--type {type!r} is not an event type: use one of " + ", ".join(EVENT_TYPES),
            )
    except KgError as error:
        raise fail(error) from error
    try:
        data = load_graph(graph)
    except KgError as error:
        raise fail(error) from error
    found = list(filter_events(read_events(data), actor=actor, type=type, since=since, until=until))
    if format is OutputFormat.table:
        _print_table(EVENT_HEADERS, [_event_row(e) for e in found], f"{len(found)} events")
        return
    urls = document_urls(data)
    if format is OutputFormat.json:
        for event in found:
            sys.stdout.write(json.dumps(event_record(event, urls), ensure_ascii=False) + "\n")
        return
    rows = [event_table_row(e, urls) for e in found]
    cells = [["" if r[c] is None else str(r[c]) for c in EVENT_TABLE_COLUMNS] for r in rows]
    _print_csv(list(EVENT_TABLE_COLUMNS), cells)


@app.command("who-met")
def who_met_command(
    graph: Annotated[Path, typer.Argument(help="Turtle file written by kg build.")],
    actor: Annotated[str | None, typer.Argument(help="Only this actor's meetings.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
    # issue 6: --since/--until windows (network commands), as in kg events
    since: Annotated[str | None, typer.Option(help="Only meetings from YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only meetings up to YYYY-MM-DD.")] = None,
    country: Annotated[
        str | None,
        typer.Option(help="Meetings of this state, its people rolled up to it (KOR, Russia)."),
    ] = None,
) -> None:
    """Who met whom, when, where, and from how many sources.

    Example: kg who-met out/graph.ttl Putin      (or: kg who-met out/graph.ttl --country KOR)
    """
    try:
        _check_date(since, "--since")
        _check_date(until, "--until")
    except KgError as error:
        raise fail(error) from error
    window = filter_events(_load_events(graph), since=since, until=until)
    meetings = who_met(window, actor, country=country)
    headers = ["date", "actor", "met", "place", "sources"]
    rows = [[m.date or "", m.actor, m.other, m.place or "", str(m.sources)] for m in meetings]
    if format is OutputFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(headers, row, strict=True))) + "\n")
    elif format is OutputFormat.csv:
        _print_csv(headers, rows)
    else:
        _print_table(headers, rows, "Who met whom")


# Further command groups register themselves on ``app`` (imported last: they use its helpers).
from kg.commands import *  # noqa: E402,F403
