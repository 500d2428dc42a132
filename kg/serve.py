"""Serving and pushing a store: the Oxigraph SPARQL server, and the SPARQL 1.1 Graph Store Protocol.

``serve`` runs Oxigraph's own server (the ``oxigraph`` command from PyPI's ``oxigraph``) over a
kg store, read-only, on 127.0.0.1. ``push`` sends every graph of a store to any endpoint that
speaks the Graph Store Protocol: each named graph with ``PUT ?graph=IRI``, the default graph with
``PUT ?default``, so pushing twice leaves the same data, not twice the data.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg.errors import KgError

DEFAULT_PORT = 7878
_N_TRIPLES = "application/n-triples"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server command installed beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise KgError("E951", "the Oxigraph server is not installed: pip install oxigraph")
    return found


def serve_arguments(store: Path, port: int = DEFAULT_PORT) -> list[str]:
    """The command line that serves ``store`` read-only over SPARQL on 127.0.0.1:``port``."""
    if not store.is_dir():
        raise KgError(
            "E952", f"{store}: no such store directory (make one: kg build INPUT --store {store})"
        )
    return [
        oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"127.0.0.1:{port}",
    ]


def serve(store: Path, port: int = DEFAULT_PORT) -> int:
    """Serve ``store`` until interrupted; returns the server's exit code."""
    try:
        return subprocess.run(serve_arguments(store, port), check=False).returncode
    except KeyboardInterrupt:
        return 0


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int


def push(store: Path, endpoint: str, *, timeout: float = 60.0) -> PushReport:
    """PUT every graph of ``store`` to the Graph Store Protocol ``endpoint``."""
    if not store.is_dir():
        raise KgError("E952", f"{store}: no such store directory")
    source = pyoxigraph.Store.read_only(str(store))
    graphs: list[pyoxigraph.NamedNode | pyoxigraph.DefaultGraph] = [pyoxigraph.DefaultGraph()]
    graphs += [g for g in source.named_graphs() if isinstance(g, pyoxigraph.NamedNode)]
    triples = 0
    for graph in graphs:
        body = source.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)
        if not body and not isinstance(graph, pyoxigraph.DefaultGraph):
            continue
        _put(graph_url(endpoint, graph), body or b"", timeout)
        triples += body.count(b"\n") if body else 0
    return PushReport(graphs=len(graphs), triples=triples)


def graph_url(endpoint: str, graph: pyoxigraph.NamedNode | pyoxigraph.DefaultGraph) -> str:
    """``endpoint?default`` or ``endpoint?graph=<encoded IRI>``."""
    separator = "&" if "?" in endpoint else "?"
    if isinstance(graph, pyoxigraph.DefaultGraph):
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={urllib.parse.quote(graph.value, safe='')}"


def _put(url: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(
        url, data=body, method="PUT", headers={"Content-Type": _N_TRIPLES}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()[:1]
        raise KgError(
            "E953", f"{url}: the endpoint refused the graph: HTTP {error.code} " + " ".join(detail)
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise KgError("E954", f"{url}: cannot reach the endpoint: {reason}") from error
