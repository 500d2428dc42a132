"""Serving and pushing a store: the Oxigraph SPARQL server, and the SPARQL 1.1 Graph Store Protocol.

``serve`` runs Oxigraph's own server (the ``oxigraph`` command from PyPI's ``oxigraph``) over a
kg store, read-only, on 127.0.0.1. ``push`` sends every graph of a store to any endpoint that
speaks the Graph Store Protocol: each named graph with ``PUT ?graph=IRI``, the default graph with
``PUT ?default``, so pushing twice leaves the same data, not twice the data.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg.errors import KgError

DEFAULT_PORT = 7878
_N_TRIPLES = "application/n-triples"
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


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
    """Serve ``store`` until the server exits or kg is stopped; returns the exit code.

    The server runs in its own process group, and that group is stopped on every way out of
    this function: the server's own exit, Ctrl-C (SIGINT), SIGTERM, SIGHUP or an error. Stopped
    by a signal, ``serve`` returns 0.
    """
    arguments = serve_arguments(store, port)
    check_port_free(port)
    server = subprocess.Popen(arguments, start_new_session=True)
    try:
        with _signals_stop():
            return server.wait()
    except _Stopped:
        return 0
    finally:
        stop_process_group(server)


class _Stopped(Exception):
    """kg was asked to stop (SIGINT, SIGTERM or SIGHUP)."""


def _raise_stopped(signum: int, frame: object) -> None:
    raise _Stopped(signal.Signals(signum).name)


@contextmanager
def _signals_stop() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP raise ``_Stopped`` here (in the main thread; elsewhere the
    handlers cannot be set, and the caller's own handling stands)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _raise_stopped) for number in _STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def stop_process_group(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """Stop ``process`` and its process group: SIGTERM, then SIGKILL after ``grace`` seconds."""
    for number, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, None)):
        try:
            os.killpg(process.pid, number)
        except ProcessLookupError:  # the group is gone
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    process.poll()


def check_port_free(port: int) -> None:
    """Refuse, in one line, a port on 127.0.0.1 that something else listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as error:
            raise KgError(
                "E955",
                f"port {port} on 127.0.0.1 is in use ({error.strerror}): stop what listens on it "
                "or choose another with --port",
            ) from error


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
