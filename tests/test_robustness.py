"""A corpus of broken and hostile files: no traceback, each bad file named, good events kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import EXIT_SKIPPED, app

pytestmark = pytest.mark.model
runner = CliRunner()

HOSTILE_NAME = 'Vladimir "Vova" Putin'
HOSTILE_SENTENCE = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday, "
    'saying """ <script>alert(1)</script> \\ <http://evil/> \x07 } ; DROP .'
)


def make_corpus(root: Path) -> dict[str, Path]:
    """Good and bad inputs side by side; returns the bad ones by kind."""
    root.mkdir()
    (root / "good.txt").write_text(
        "Germany accused Russia of hacking on Wednesday.\n", encoding="utf-8"
    )
    (root / "utf16.txt").write_text("Iran condemned Israel on Monday.\n", encoding="utf-16")
    (root / "latin1.md").write_bytes("France criticised Italy on Friday. Café.\n".encode("latin-1"))
    (root / "hostile.jsonl").write_text(
        json.dumps({"id": 'doc "1" <b>', "published": "2019-06-06", "text": HOSTILE_SENTENCE})
        + "\n{broken json\n"
        + json.dumps({"id": "doc-3", "text": 42})
        + "\n"
        + json.dumps(
            {
                "id": "doc-4",
                "published": "2019-06-07",
                "text": "Japan protested against China on Thursday.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (root / "page.html").write_text(
        "<html><head><title>World news</title><script>document.write('x')</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Talks</h1>"
        "<p>Turkey accused Greece of provocations in the Aegean on Monday, officials said.</p>"
        "<p>The ministers discussed maritime borders for several hours.</p></article>"
        "<script>var tracking = true;</script><footer>Copyright 2019</footer></body></html>",
        encoding="utf-8",
    )
    bad = {
        "empty": root / "empty.txt",
        "binary": root / "image.txt",
        "junk": root / "junk.md",
        "dangling": root / "dangling.txt",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0IHDR" + bytes(range(256)))
    bad["junk"].write_bytes(bytes(range(128, 256)) * 4)
    os.symlink(root / "nowhere.txt", bad["dangling"])
    loop = root / "sub"
    loop.mkdir()
    os.symlink(root, loop / "back-to-root")  # a symbolic link loop
    (root / "one-line.txt").write_text(
        "Spain praised Portugal on Monday. " + "filler words here " * 8000, encoding="utf-8"
    )
    return bad


def test_a_broken_and_hostile_corpus_builds(tmp_path: Path) -> None:
    bad = make_corpus(tmp_path / "corpus")
    graph = tmp_path / "out" / "graph.ttl"
    events_file = tmp_path / "out" / "events.jsonl"
    result = runner.invoke(
        app,
        [
            "build",
            str(tmp_path / "corpus"),
            "-o",
            str(graph),
            "--events",
            str(events_file),
            "--date",
            "2019-06-07",
        ],
    )
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    for kind, path in bad.items():
        assert str(path) in result.output, kind
    assert "hostile.jsonl:2:" in result.output  # the broken JSON line, by number
    assert "hostile.jsonl:3:" in result.output  # "text" that is not a string
    for line in result.output.splitlines():
        assert len(line) < 400  # one line each, no dumps

    records = [json.loads(line) for line in events_file.read_text(encoding="utf-8").splitlines()]
    found = {(r["actor"]["id"], r["type"], r["target"] and r["target"]["id"]) for r in records}
    assert ("DEU", "ACCUSE", "RUS") in found  # good.txt
    assert ("IRN", "ACCUSE", "ISR") in found  # UTF-16
    assert ("FRA", "ACCUSE", "ITA") in found  # Latin-1
    # the JSON line after the broken ones (a state that protests complains: CAMEO 114)
    assert ("JPN", "ACCUSE", "CHN") in found
    assert ("ESP", "SUPPORT", "PRT") in found  # the enormous one-line file
    assert ("TUR", "ACCUSE", "GRC") in found  # the HTML page, scripts and navigation dropped
    hostile = next(r for r in records if r["actor"]["label"] == "Vladimir Putin")
    assert hostile["mentions"][0]["doc"] == 'doc "1" <b>'
    assert "<script>alert(1)</script>" in hostile["mentions"][0]["sentence"]

    rdflib_count = len(Graph().parse(graph, format="turtle"))
    with graph.open("rb") as stream:
        oxigraph_count = sum(
            1 for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE)
        )
    assert rdflib_count == oxigraph_count > 0

    listed = runner.invoke(app, ["events", str(graph), "--actor", "Putin", "--format", "json"])
    assert listed.exit_code == 0
    assert HOSTILE_SENTENCE.split(" on Tuesday")[0] in listed.output.replace('\\"', '"')
