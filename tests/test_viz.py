"""kg viz: the offline HTML page (rendered by a real headless Chromium), pictures, Gephi files.

The browser tests need Debian's ``chromium``: they are the proof that the page works offline and
that article text cannot run as script. When it is missing and the suite runs as root on a
machine with apt-get, the first browser test installs it (as CI would); otherwise they are skipped
with a message saying what to install (``KG_INSTALL_CHROMIUM=0`` turns the installing off).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from browser import CHROMIUM_INSTALL, rendered_dom
from samples import MOON, NORTH_KOREA, PUTIN
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.pipeline import BuildResult
from kg.rdf import events_graph, write_turtle
from kg.records import Actor, Event, Mention, Place
from kg.viz import (
    PAGE_TITLE,
    Source,
    VizFormat,
    export_network,
    html_page,
    network_view,
    page_data,
    script_json,
    write_viz,
)
from kg.viz.common import asset
from kg.viz.page import FIRST_PAINT

RUSSIA = Actor("RUS", "Russia", "state", "RUS")

SCRIPT_PAYLOAD = "<script>window.__pwned=1;document.documentElement.dataset.pwned='1'</script>"
IMG_PAYLOAD = """<img src=x onerror="document.title='pwned'">"""
BREAKOUT_PAYLOAD = """"</script><script>document.title='pwned'</script>"""


def meeting(id_: str, actor: Actor, target: Actor | None, date: str | None, **text: str) -> Event:
    return Event(
        id=id_,
        type=text.get("type", "CONSULT"),
        action=text.get("action", "meet"),
        cameo="040",
        actor=actor,
        target=target,
        date=date,
        place=Place(text.get("place", "Vladivostok"), "RUS"),
        mentions=(Mention(text.get("doc", "doc-1"), text.get("sentence", "They met."), 0, 9),),
    )


EVENTS = [
    meeting("m1", PUTIN, MOON, "2017-09-06"),
    meeting("m2", RUSSIA, NORTH_KOREA, "2017-09", type="ACCUSE", action="condemn"),
    meeting("s1", PUTIN, None, None, type="STATEMENT", action="say"),
]


# -- a real browser --------------------------------------------------------------------------


def test_without_chromium_the_browser_tests_are_skipped_saying_what_to_install(
    tmp_path: Path,
) -> None:
    bin_dir = str(Path(sys.executable).parent)  # this venv's python and pytest, no chromium
    environment = {**os.environ, "PATH": bin_dir, "KG_INSTALL_CHROMIUM": "0"}
    test = f"{__file__}::test_article_text_cannot_run_as_script_in_chromium"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", test],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert "1 skipped" in done.stdout
    assert f"install it with `{CHROMIUM_INSTALL}`" in done.stdout


_VOID = {"meta", "input", "br", "img", "link", "hr", "source", "area", "base", "col", "wbr"}


class Dom(HTMLParser):
    """Elements and the text inside them, from serialised HTML (scripts' text kept apart)."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[tuple[str, ...], str]] = []  # (classes and tags around, text)
        self._open: list[tuple[str, str]] = []
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag not in _VOID:
            self._open.append((tag, attributes.get("class") or ""))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        around = tuple(part for tag, classes in self._open for part in (tag, *classes.split()))
        self.texts.append((around, data))

    def text(self, *within: str) -> str:
        """All text inside elements of all the tags or classes ``within``, outside scripts."""
        return " ".join(
            t
            for around, t in self.texts
            if all(w in around for w in within) and "script" not in around
        )

    def tagged(self, tag: str) -> list[dict[str, str | None]]:
        return [attributes for name, attributes in self.elements if name == tag]

    def with_attribute(self, name: str) -> list[str]:
        return [tag for tag, attributes in self.elements if name in attributes]


# -- the page, as written ---------------------------------------------------------------------


def test_script_json_escapes_what_could_end_a_script_element() -> None:
    text = script_json({"s": "</script><b>&amp;\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"s": "</script><b>&amp;\u2028\u2029"}


def test_page_is_self_contained_and_forbids_any_network() -> None:
    page = html_page(EVENTS)
    dom = Dom(page)
    assert not [tag for tag in ("src", "href") if dom.with_attribute(tag)]
    # only the SVG namespace, outside the vendored library (whose comments name its licence's home)
    assert asset("cytoscape.min.js") in page
    ours = page.replace(asset("cytoscape.min.js"), "")
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", ours)
    policy = next(m["content"] for m in dom.tagged("meta") if m.get("http-equiv"))
    assert policy is not None
    assert policy.startswith("default-src 'none'; script-src 'sha256-")
    assert "img-src data:" in policy and "connect-src" not in policy  # default-src covers it
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy  # the one inline script allowed is kg's own


def test_page_data_round_trips_through_its_script_element() -> None:
    sources = {"doc-1": Source("doc-1", "Putin Talks Peace", "Global Research", None)}
    page = html_page(EVENTS, sources=sources)
    first = re.search(r'<script type="application/json" id="kg-view">(.*?)</script>', page, re.S)
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert first is not None and block is not None
    # the first paint's block comes before the script, the events after it
    assert first.start() < page.index("<script>") < block.start()
    view = json.loads(first.group(1))
    assert sorted(view) == sorted(FIRST_PAINT)
    data = {**view, **json.loads(block.group(1))}
    expected = page_data(EVENTS, sources)
    evidence = expected.pop("evidence")  # in a block of its own, read when first shown
    assert data == json.loads(json.dumps(expected))
    block = re.search(r'<script type="application/json" id="kg-evidence">(.*?)</script>', page)
    assert block is not None and json.loads(block.group(1)) == evidence == [["They met."]] * 3
    labels = [actor[1] for actor in data["actors"]]
    # the events' actors, then the states people fold into (Moon's South Korea)
    assert labels == ["Russia", "North Korea", "Vladimir Putin", "Moon Jae-in", "South Korea"]
    assert data["actors"][3][4] == labels.index("South Korea")
    assert [labels[n] for n in data["view"]["nodes"]] == [
        "Vladimir Putin",
        "Moon Jae-in",
        "North Korea",
        "Russia",
    ]
    coarse = data["events"][0]  # Russia condemns North Korea in 2017-09 (from its first day)
    assert coarse[5] == "2017-09"
    assert (coarse[6], coarse[7]) == (17410, 17439)  # 2017-09-01 and -30, days from 1970
    assert data["documents"] == [["doc-1", "Putin Talks Peace", "Global Research", None]]
    assert data["kinds"] == {"person": "#4e79a7", "state": "#f28e2b"}
    assert data["summary"]["events"] == 3 and data["summary"]["documents"] == 1
    assert data["view"]["window"] == [17410, 17439]  # whole months around the dated events
    # what the page draws before it reads the events: the drawn actors, sizes, links, histogram
    assert data["view"]["events"] == [2, 1, 1, 1]  # Putin met Moon and made a statement
    assert data["view"]["actors"]["2"] == data["actors"][2]
    # each link from the lower id (North Korea: PRK, Moon: person/moon-jae-in)
    assert sorted(map(tuple, data["view"]["links"])) == [(1, 0, 1, 1, 0), (3, 2, 1, 1, 0)]
    assert (data["view"]["linked"], data["view"]["unlinked"], data["view"]["shown"]) == (4, 0, 3)
    assert len(data["view"]["days"]) == 30 and data["view"]["days"][0] == 1
    assert data["view"]["days"][5] == 1 and sum(data["view"]["days"]) == 2


# -- the page, in a browser -------------------------------------------------------------------


@pytest.mark.model
def test_seed_page_renders_actors_meeting_and_network_in_chromium(
    seed_build: BuildResult, tmp_path: Path
) -> None:
    graph = tmp_path / "graph.ttl"
    write_turtle(events_graph(seed_build.events, seed_build.documents), graph)
    page = tmp_path / "graph.html"
    result = CliRunner().invoke(app, ["viz", str(graph), "-o", str(page)])
    assert result.exit_code == 0, result.output

    dom = Dom(rendered_dom(page, tmp_path / "profile"))
    network = next(e for _, e in dom.elements if e.get("id") == "network")
    linked = len(network_view(seed_build.events).nodes)
    assert int(network["data-nodes"] or 0) == linked > 1  # a few actors: all of them, unfolded
    assert network["data-first-view"] == "kept"  # Python's first view is the page's own
    labels = dom.text("node-label")
    assert "Vladimir Putin" in labels and "Moon Jae-in" in labels
    assert "2017-09-06" in dom.text("day-head")
    timeline = dom.text("timeline")
    assert "Vladimir Putin meet Moon Jae-in" in " ".join(timeline.split())
    assert "Vladivostok" in timeline
    assert "person" in dom.text("legend") and "cooperation" in dom.text("legend")
    assert "2 documents" in dom.text("summary")


def test_article_text_cannot_run_as_script_in_chromium(tmp_path: Path) -> None:
    hostile = Actor("group/x", SCRIPT_PAYLOAD, "group")
    hostile_target = Actor("group/y", IMG_PAYLOAD, "group")
    events = [
        meeting(
            "x1",
            hostile,
            hostile_target,
            "2017-09-06",
            action=BREAKOUT_PAYLOAD,
            place=IMG_PAYLOAD,
            sentence=f"{SCRIPT_PAYLOAD} {IMG_PAYLOAD} {BREAKOUT_PAYLOAD}",
            doc=BREAKOUT_PAYLOAD,
        ),
        meeting("x2", PUTIN, hostile, "2017-09-07"),
    ]
    sources = {BREAKOUT_PAYLOAD: Source(BREAKOUT_PAYLOAD, IMG_PAYLOAD, SCRIPT_PAYLOAD, None)}
    page = tmp_path / "hostile.html"
    write_viz(events, page, sources=sources)
    # the first view, kg's script, the events and their evidence
    assert page.read_text(encoding="utf-8").count("</script>") == 4

    dom = Dom(rendered_dom(page, tmp_path / "profile"))
    assert dom.text("head", "title") == PAGE_TITLE  # no payload changed it
    assert dom.tagged("img") == []  # no payload became an element
    assert len(dom.tagged("script")) == 4  # the first view, kg's script, events, evidence
    assert not dom.with_attribute("data-pwned")  # the <script> payload did not run
    assert not dom.with_attribute("onerror")
    network = next(e for _, e in dom.elements if e.get("id") == "network")
    assert network["data-nodes"] == "3"  # the page still worked
    # ... and the payloads are shown as the text they are
    assert SCRIPT_PAYLOAD in dom.text("node-label")
    assert IMG_PAYLOAD in dom.text("node-label")
    assert BREAKOUT_PAYLOAD in dom.text("timeline")


# -- pictures and Gephi files -----------------------------------------------------------------


@pytest.mark.model
def test_gexf_and_graphml_of_the_seeds_load_back_with_the_same_nodes_and_edges(
    seed_build: BuildResult, tmp_path: Path
) -> None:
    expected = export_network(seed_build.events)
    assert expected.number_of_edges() > 0
    edge_ids = sorted(key for _, _, key in expected.edges(keys=True))
    for name, read in (("graph.gexf", nx.read_gexf), ("graph.graphml", nx.read_graphml)):
        write_viz(seed_build.events, tmp_path / name)
        loaded = read(tmp_path / name)
        assert sorted(loaded.nodes) == sorted(expected.nodes), name
        assert loaded.number_of_edges() == expected.number_of_edges(), name
        assert sorted(key for _, _, key in loaded.edges(keys=True)) == edge_ids, name
        assert loaded.nodes["person/moon-jae-in"]["label"] == "Moon Jae-in", name


@pytest.mark.model
def test_gexf_is_dynamic_with_dated_edges(seed_build: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_viz(seed_build.events, path)
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    loaded = nx.read_gexf(path)
    meetings = [
        data
        for source, target, data in loaded.edges(data=True)
        if (source, target) == ("person/vladimir-putin", "person/moon-jae-in")
        and data["event_type"] == "CONSULT"
    ]
    assert [(m["start"], m["end"], m["place"]) for m in meetings] == [
        ("2017-09-06", "2017-09-06", "Vladivostok")
    ]


def test_export_network_leaves_out_missing_values() -> None:
    network = export_network(EVENTS)
    assert "country" in network.nodes["RUS"]
    edge = network.get_edge_data("RUS", "PRK")["m2"]
    assert (edge["start"], edge["end"]) == ("2017-09-01", "2017-09-30")
    assert all(value is not None for _, data in network.nodes(data=True) for value in data.values())
    assert all(v is not None for _, _, data in network.edges(data=True) for v in data.values())


@pytest.mark.model
def test_png_and_svg_pictures_of_the_seeds(seed_build: BuildResult, tmp_path: Path) -> None:
    write_viz(seed_build.events, tmp_path / "graph.png")
    png = (tmp_path / "graph.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    write_viz(seed_build.events, tmp_path / "graph.svg")
    svg = (tmp_path / "graph.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "Vladimir Putin" in labels and "Moon Jae-in" in labels
    assert "actor kind" in labels and "cooperation" in labels  # the legends


_LAYOUT_SCRIPT = """
from kg.graph import event_network
from kg.records import Actor, Event
from kg.viz import packed_layout
names = ["Putin", "Moon", "Trump", "Xi", "Abe", "Kim", "Russia", "China"]
actors = [Actor(f"a/{name}", name) for name in names]
links = [(0, 1), (0, 2), (0, 3), (3, 4), (4, 1), (5, 6), (2, 4)]
events = [Event(f"e{i}", "CONSULT", "meet", None, actors[a], actors[b], None, None)
          for i, (a, b) in enumerate(links)]
events.append(Event("s", "STATEMENT", "say", None, actors[7], None, None, None))
print(sorted(packed_layout(event_network(events)).items()))
"""


def test_the_same_events_give_the_same_picture_whatever_the_hash_seed() -> None:
    def layout_with(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _LAYOUT_SCRIPT],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        return done.stdout

    first = layout_with("1")
    assert "a/Putin" in first
    assert layout_with("2") == first


def test_unknown_extension_lists_the_supported_ones(tmp_path: Path) -> None:
    with pytest.raises(KgError) as error:
        write_viz(EVENTS, tmp_path / "graph.pdf")
    assert error.value.code == "E506"
    assert error.value.message.endswith("use one of .html, .png, .svg, .gexf, .graphml")
    assert VizFormat.from_path(Path("Graph.HTML")) is VizFormat.html
