"""kg commands: build, events, who-met (registered on the app of kg.commands.common on import)."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from kg.commands.common import (
    DEFAULT_OUTPUT,
    EVENT_HEADERS,
    EXIT_SKIPPED,
    GraphArgument,
    OutputFormat,
    app,
    check_date,
    check_window,
    err,
    event_row,
    fail,
    load_events,
    plural,
    print_csv,
    print_table,
    write_lines,
)
from kg.errors import InputSkipped, KgError
from kg.gdelt import document_urls
from kg.graph import filter_events, who_met
from kg.nlp import DEFAULT_MODEL
from kg.parallel import STORE_BATCH
from kg.rdf import events_graph, read_events, write_turtle
from kg.records import EVENT_TYPES, Document, Event
from kg.store import load_graph
from kg.tables import EVENT_TABLE_COLUMNS, event_record, event_table_row

PROGRESS_THRESHOLD = 3


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
    debug: Annotated[
        bool, typer.Option("--debug", help="Print the traceback of an input's unexpected error.")
    ] = False,
) -> None:
    """Build the event graph from news articles, into a Turtle file or a store.

    Example: kg build data/ -o out/graph.ttl --events out/events.jsonl   (or: --store kgstore/)
    """

    def report(problem: InputSkipped) -> None:
        err.print(f"skipped: {problem.message}", markup=False, highlight=False)
        if debug and problem.traceback:
            sys.stderr.write(problem.traceback)

    try:
        check_date(date, "--date")
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
            write_lines(events_file, (json.dumps(e.to_json(), ensure_ascii=False) for e in built))
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
    if not result.documents:
        raise nothing_read(output, len(result.skipped))
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
    if not done.added and not done.already_stored:
        raise nothing_read(store, len(done.skipped))
    summary = store_summary(store)
    line = (
        f"{done.added} documents ({done.already_stored} already stored) -> {store} (store: "
        f"{summary.documents} documents, {summary.events} events, {summary.triples} triples)"
    )
    if output is not None:
        export(store, output, RdfSyntax.TURTLE)
        line += f", {output}"
    return line, len(done.skipped)


def nothing_read(output: Path, skipped: int) -> KgError:
    """The error of a build that read no document: its output is left as it was."""
    inputs = f" ({skipped} inputs skipped)" if skipped else ""
    return KgError("E007", f"no document was read{inputs}: {output} is left as it was")


def _as_keywords(options: BuildOptions) -> dict[str, Any]:
    return {field.name: getattr(options, field.name) for field in dataclasses.fields(options)}


def _built_events(output: Path | None, store: Path | None) -> list[Event]:
    """The events a build wrote, read back from its store or file."""
    return list(read_events(load_graph(store or output or DEFAULT_OUTPUT)))


@app.command()
def events(
    graph: GraphArgument,
    actor: Annotated[
        str | None, typer.Option(help="Only events with this actor (any alias).")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="Only this PLOVER type, e.g. CONSULT.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events on or after YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events on or before YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
) -> None:
    """List events, filtered by actor, type and date (CSV and JSON: with ids, codes, documents).

    Example: kg events out/graph.ttl --actor Putin --type CONSULT --format json
    """
    try:
        check_window(since, "--since")
        check_window(until, "--until")
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
        print_table(EVENT_HEADERS, [event_row(e) for e in found], plural(len(found), "event"))
        return
    urls = document_urls(data)
    if format is OutputFormat.json:
        for event in found:
            sys.stdout.write(json.dumps(event_record(event, urls), ensure_ascii=False) + "\n")
        return
    rows = [event_table_row(e, urls) for e in found]
    cells = [["" if r[c] is None else str(r[c]) for c in EVENT_TABLE_COLUMNS] for r in rows]
    print_csv(list(EVENT_TABLE_COLUMNS), cells)


@app.command("who-met")
def who_met_command(
    graph: GraphArgument,
    actor: Annotated[str | None, typer.Argument(help="Only this actor's meetings.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
    # issue 6: --since/--until windows (network commands), as in kg events
    since: Annotated[
        str | None, typer.Option(help="Only meetings from YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only meetings up to YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(help="Meetings of this state, its people rolled up to it (KOR, Russia)."),
    ] = None,
) -> None:
    """Who met whom, when, where, and from how many sources.

    Example: kg who-met out/graph.ttl Putin      (or: kg who-met out/graph.ttl --country KOR)
    """
    try:
        check_window(since, "--since")
        check_window(until, "--until")
    except KgError as error:
        raise fail(error) from error
    window = filter_events(load_events(graph), since=since, until=until)
    meetings = who_met(window, actor, country=country)
    headers = ["date", "actor", "met", "place", "sources"]
    rows = [[m.date or "", m.actor, m.other, m.place or "", str(m.sources)] for m in meetings]
    if format is OutputFormat.json:
        for m in meetings:
            record = {"date": m.date, "actor": m.actor, "met": m.other, "place": m.place}
            sys.stdout.write(json.dumps({**record, "sources": m.sources}) + "\n")
    elif format is OutputFormat.csv:
        print_csv(headers, rows)
    else:
        print_table(headers, rows, "Who met whom")
