"""The page of kg viz on a real corpus, in a real browser (issue 14).

150 articles of ../shared/corpora/guardian-dev.jsonl are built once (about 3 minutes on two
cores) and cached in pytest's cache under a key of the articles and of kg's extraction code
(kg/viz and the commands left out: changing the page does not build again). The page of that
graph, opened in headless Chromium, must open on a readable network: at most 60 actors drawn,
no two visible labels overlapping (their boxes read from the DOM), a timeline whose window holds
at least 95% of the dated events, and a search that finds an actor and highlights it.

Slow (a build, a browser); part of ``make test``. Skipped where the corpus is absent.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import tempfile
from pathlib import Path

import pytest
from browser import Browser, chromium
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import date_span
from kg.pipeline import extract_events
from kg.rdf import events_graph, read_events, write_turtle
from kg.store import load_graph

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-dev.jsonl"
ARTICLES = 150
MAX_DRAWN = 60
SHOTS = Path(tempfile.gettempdir()) / "kg-shots"  # screenshots, for a person to look at


def _extraction_key(sample: str) -> str:
    """A key of the articles and of the code and data that turn them into events."""
    key = hashlib.sha1(sample.encode("utf-8"))
    for path in sorted((ROOT / "kg").rglob("*")):
        parts = path.relative_to(ROOT / "kg").parts
        if parts[0] in {"viz", "commands"} or parts[:2] == ("data", "viz"):
            continue
        if path.is_file() and path.suffix in {".py", ".json", ".tsv", ".txt"}:
            key.update(str(parts).encode())
            key.update(path.read_bytes())
    return key.hexdigest()[:16]


@pytest.fixture(scope="module")
def corpus_graph(request: pytest.FixtureRequest) -> Path:
    """A Turtle graph of the first 150 Guardian articles, built once and cached."""
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is not here: the corpus test of kg viz needs it")
    with CORPUS.open(encoding="utf-8") as corpus:
        sample = "".join(itertools.islice(corpus, ARTICLES))
    store = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    directory = store.mkdir("kg-viz-corpus") if store is not None else Path(tempfile.mkdtemp())
    graph = directory / f"guardian-{ARTICLES}-{_extraction_key(sample)}.ttl"
    if not graph.is_file():
        for stale in directory.glob("guardian-*.ttl"):
            stale.unlink()
        articles = directory / "articles.jsonl"
        articles.write_text(sample, encoding="utf-8")
        result = extract_events([str(articles)], workers=2)
        assert len(result.documents) == ARTICLES
        write_turtle(events_graph(result.events, result.documents), graph)
    return graph


def _overlapping(boxes: list[dict[str, float]]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for a, b in itertools.combinations(boxes, 2)
        if a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    ]


_LABEL_BOXES = """JSON.stringify(Array.from(document.querySelectorAll('#labels .node-label'))
  .filter(e => getComputedStyle(e).display !== 'none')
  .map(e => { const r = e.getBoundingClientRect();
    return {text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }))"""


def test_corpus_page_opens_readable_and_finds_an_actor(corpus_graph: Path, tmp_path: Path) -> None:
    page = tmp_path / "corpus.html"
    result = CliRunner().invoke(app, ["viz", str(corpus_graph), "-o", str(page)])
    assert result.exit_code == 0, result.output
    events = list(read_events(load_graph(corpus_graph)))
    with Browser(chromium()) as browser:
        browser.open(page, "document.documentElement.dataset.firstPaintMs")
        drawn = int(browser.evaluate("document.getElementById('network').dataset.nodes"))
        assert 20 <= drawn <= MAX_DRAWN
        boxes = json.loads(browser.evaluate(_LABEL_BOXES))
        assert len(boxes) >= drawn * 0.75, "most drawn actors are labelled"
        assert _overlapping(boxes) == []
        labels = {box["text"] for box in boxes}
        assert {"United States", "Turkey", "Russia", "Syria"} <= labels
        # the first paint draws Python's first view; once read, the events give the same one
        browser.wait_for("document.documentElement.dataset.readyMs")
        assert browser.evaluate("document.getElementById('network').dataset.firstView") == "kept"

        start = browser.evaluate("document.getElementById('timeline').dataset.windowStart")
        end = browser.evaluate("document.getElementById('timeline').dataset.windowEnd")
        spans = [span for e in events if (span := date_span(e.date)) is not None]
        # the page shows an event whose dates meet the window (page.js inWindow); about 120 of
        # some 2,300 events carry old or stray dates outside it
        inside = [s for s in spans if s[1] >= start and s[0] <= end]
        assert len(inside) >= 0.95 * len(spans)
        assert min(s[0] for s in spans) < start, "stray old dates do not stretch the window"

        browser.screenshot(SHOTS / "corpus.png")
        browser.evaluate("document.getElementById('search').focus()")
        browser.type_text("Erdogan")
        found = browser.evaluate("document.getElementById('search-results').textContent")
        assert "Recep Tayyip Erdogan" in found
        browser.press("Enter")
        browser.wait_for("document.querySelector('#labels .node-label.selected')")
        selected = json.loads(
            browser.evaluate(
                "JSON.stringify(Array.from(document.querySelectorAll("
                "'#labels .node-label.selected'))"
                ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent))"
            )
        )
        assert selected == ["Recep Tayyip Erdogan"]
        assert browser.evaluate("document.getElementById('selection').textContent").startswith(
            "Recep Tayyip Erdogan: "
        )
        listed = browser.evaluate("document.getElementById('timeline').textContent")
        assert "Recep Tayyip Erdogan" in listed
        assert _overlapping(json.loads(browser.evaluate(_LABEL_BOXES))) == []
        browser.screenshot(SHOTS / "corpus-search.png")
        assert browser.complaints() == []
