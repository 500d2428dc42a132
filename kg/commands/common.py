"""What every ``kg`` command shares: the typer app they register on, the consoles, the output
formats, the exit codes, and the helpers that print tables and CSV and load events.

Command modules (``kg.commands.*``) import this and nothing above it; ``kg.cli`` imports them all.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.dates import parse_iso_date
from kg.errors import KgError
from kg.rdf import read_events
from kg.records import Event
from kg.store import load_graph
from kg.version import __version__

EXIT_USER_ERROR = 1
DEFAULT_OUTPUT = Path("out/graph.ttl")
EXIT_SKIPPED = 3
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


def check_date(value: str | None, option: str) -> str | None:
    """A full date, YYYY-MM-DD (``--date``: a document's publication day)."""
    if value is not None and parse_iso_date(value) is None:
        raise KgError("E001", f"{option} {value!r} is not a date: use YYYY-MM-DD")
    return value


def check_window(value: str | None, option: str) -> str | None:
    """A window's end (``--since``/``--until``): YYYY-MM-DD, YYYY-MM or YYYY, as graphs hold."""
    if value is None:
        return None
    parts = value.split("-")
    padded = "-".join([*parts, "01", "01"][:3]) if len(parts) < 3 else value
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) or parse_iso_date(padded) is None:
        raise KgError("E001", f"{option} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def plural(count: int, noun: str) -> str:
    """``1 result``, ``2 results``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kg {__version__}\n")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print kg's version and exit."
        ),
    ] = False,
) -> None:
    """kg: build a knowledge graph of geopolitical events from news articles."""


# The graph argument of every command that reads one.
GraphArgument = Annotated[
    Path,
    typer.Argument(
        help="Graph file (.ttl, .nt, .nq, .trig, .jsonld) or store directory written by kg build."
    ),
]


def write_lines(path: Path, lines: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write(line + "\n")
    temporary.replace(path)


def load_events(graph: Path) -> list[Event]:
    try:
        return list(read_events(load_graph(graph)))
    except KgError as error:
        raise fail(error) from error


def print_table(headers: list[str], rows: list[list[str]], title: str) -> None:
    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out.print(table, markup=False, highlight=False)


def print_csv(headers: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    sys.stdout.write(buffer.getvalue())


EVENT_HEADERS = ["date", "actor", "type", "action", "target", "place", "sources"]


def event_row(event: Event, undated: str = "") -> list[str]:
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
