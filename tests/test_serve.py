"""Serving and pushing against a real Oxigraph server on loopback."""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import EXIT_USER_ERROR, app
from kg.errors import KgError
from kg.serve import graph_url, oxigraph_binary, push, serve_arguments, stop_process_group

runner = CliRunner()
EX = "http://example.org/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise AssertionError(
                f"server exited: {process.stderr.read() if process.stderr else ''}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


@contextlib.contextmanager
def running(arguments: list[str], port: int) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A server started from ``arguments``, up on ``port``; stopped when the block ends."""
    process = subprocess.Popen(
        arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        wait_until_up(port, process)
        yield f"http://127.0.0.1:{port}", process
    finally:
        stop_process_group(process)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def select(base: str, query: str) -> list[dict[str, dict[str, str]]]:
    url = f"{base}/query?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        bindings: list[dict[str, dict[str, str]]] = json.load(response)["results"]["bindings"]
        return bindings


def count(base: str) -> int:
    rows = select(
        base, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    )
    return int(rows[0]["n"]["value"])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A small store: two triples in the default graph, one in a document's named graph."""
    location = tmp_path / "store"
    data = pyoxigraph.Store(str(location))
    s, p = pyoxigraph.NamedNode(EX + "putin"), pyoxigraph.NamedNode(EX + "met")
    data.add(pyoxigraph.Quad(s, p, pyoxigraph.NamedNode(EX + "moon")))
    data.add(
        pyoxigraph.Quad(
            s, pyoxigraph.NamedNode(EX + "label"), pyoxigraph.Literal('Putin "quoted" <b>\n')
        )
    )
    data.add(
        pyoxigraph.Quad(
            s, p, pyoxigraph.NamedNode(EX + "xi"), pyoxigraph.NamedNode(EX + "graph/doc%201")
        )
    )
    data.flush()
    del data  # release the store's lock for the server and push
    return location


@pytest.fixture
def endpoint(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    location = tmp_path / "server"
    with running(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        port,
    ) as (base, _):
        yield base


def test_push_sends_every_graph_and_pushing_twice_changes_nothing(
    store: Path, endpoint: str
) -> None:
    report = push(store, f"{endpoint}/store")
    assert (report.graphs, report.triples) == (2, 3)
    assert count(endpoint) == 3
    push(store, f"{endpoint}/store")
    assert count(endpoint) == 3
    rows = select(
        endpoint, "SELECT ?o WHERE { GRAPH <http://example.org/graph/doc%201> { ?s ?p ?o } }"
    )
    assert [r["o"]["value"] for r in rows] == [EX + "xi"]
    label = select(endpoint, "SELECT ?l WHERE { ?s <http://example.org/label> ?l }")
    assert label[0]["l"]["value"] == 'Putin "quoted" <b>\n'


def kg_command() -> str:
    return str(Path(oxigraph_binary()).with_name("kg"))


def test_kg_serve_answers_sparql_on_loopback(store: Path) -> None:
    port = free_port()
    with running([kg_command(), "serve", str(store), "--port", str(port)], port) as (base, _):
        assert count(base) == 3


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_kg_serve_stops_its_server_on_every_stop_signal(store: Path, stop: signal.Signals) -> None:
    port = free_port()
    with running([kg_command(), "serve", str(store), "--port", str(port)], port) as (base, kg):
        servers = psutil.Process(kg.pid).children(recursive=True)
        assert [Path(s.exe()).name for s in servers] == ["oxigraph"]
        assert count(base) == 3
        kg.send_signal(stop)  # to kg alone: the server is in a process group of its own
        assert kg.wait(timeout=15) == 0
        _gone, alive = psutil.wait_procs(servers, timeout=10)
        assert not alive, f"{stop.name} left the server running"
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", port))  # the port is free again


def test_kg_serve_on_a_port_in_use_is_a_one_line_error(store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", str(store), "--port", str(port)])
    assert result.exit_code == EXIT_USER_ERROR
    error = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert error == [
        f"error: E955: port {port} on 127.0.0.1 is in use (Address already in use): stop what "
        "listens on it or choose another with --port"
    ]
    assert "panicked" not in result.output


def test_push_to_nowhere_is_a_clear_error(store: Path) -> None:
    result = runner.invoke(
        app, ["push", str(store), "--endpoint", f"http://127.0.0.1:{free_port()}/store"]
    )
    assert result.exit_code == EXIT_USER_ERROR
    assert "E954" in result.output and "cannot reach the endpoint" in result.output


def test_serving_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="E952"):
        serve_arguments(tmp_path / "nope")
    assert serve_arguments(tmp_path)[-1].startswith("127.0.0.1:")  # never a public interface


def test_graph_urls_encode_the_graph_iri() -> None:
    named = pyoxigraph.NamedNode("http://x/g?a=1&b=2")
    assert (
        graph_url("http://h/store", named)
        == "http://h/store?graph=http%3A%2F%2Fx%2Fg%3Fa%3D1%26b%3D2"
    )
    assert graph_url("http://h/store", pyoxigraph.DefaultGraph()) == "http://h/store?default"
