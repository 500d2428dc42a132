"""kg commands: serve a store over SPARQL, push it to a SPARQL 1.1 Graph Store endpoint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.commands.common import app, err, fail
from kg.errors import KgError
from kg.serve import DEFAULT_PORT, push, serve


@app.command("serve")
def serve_command(
    store: Annotated[Path, typer.Argument(help="Store directory written by kg build --store.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = DEFAULT_PORT,
) -> None:
    """Serve a store over SPARQL 1.1 (Oxigraph server, read-only, on 127.0.0.1).

    Example: kg serve kgstore/ --port 7878   # then query http://127.0.0.1:7878/query
    """
    err.print(f"serving {store} at http://127.0.0.1:{port}/query (Ctrl-C stops)", markup=False)
    try:
        code = serve(store, port)
    except KgError as error:
        raise fail(error) from error
    raise typer.Exit(code)


@app.command("push")
def push_command(
    store: Annotated[Path, typer.Argument(help="Store directory written by kg build --store.")],
    endpoint: Annotated[
        str, typer.Option(help="Graph Store Protocol endpoint, e.g. http://host:7878/store.")
    ],
) -> None:
    """Send every graph of a store to a SPARQL 1.1 Graph Store Protocol endpoint.

    Example: kg push kgstore/ --endpoint http://127.0.0.1:7878/store
    """
    try:
        report = push(store, endpoint)
    except KgError as error:
        raise fail(error) from error
    err.print(
        f"pushed {report.graphs} graphs, {report.triples} triples to {endpoint}",
        markup=False,
        highlight=False,
    )
