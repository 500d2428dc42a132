"""Pictures of the event network: an offline HTML page, PNG/SVG, and GEXF/GraphML for Gephi.

``write_viz(events, path)`` picks the format from the file's extension:

- ``.html``: one self-contained page (network and timeline side by side, linked) that makes no
  request: its script, style and data are inlined from ``kg/data/viz/``, a Content-Security-Policy
  forbids any network, and article text travels as escaped JSON rendered with ``textContent``.
- ``.png`` / ``.svg``: a static picture of the network drawn with matplotlib.
- ``.gexf`` (dynamic: dates on nodes and edges for Gephi's timeline) and ``.graphml``.

Example:
    write_viz(read_events(load_graph(Path("out/graph.ttl"))), Path("out/graph.html"))
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.errors import KgError
from kg.graph import date_span, event_network
from kg.rdf import KGO, SCHEMA, atomic_output
from kg.records import Event

PAGE_TITLE = "kg: events and actors"
# The page may load nothing: no script, style, font, image or connection from anywhere.
_CSP = (
    "default-src 'none'; script-src '{script_hash}'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
# Characters that could end the data's <script> element or a JavaScript string, as escapes.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028"}
_SCRIPT_ESCAPES["\u2029"] = "\\u2029"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
# Layout: the spring layout's seed (the same events always give the same picture), the side of
# a lone actor's box and the gap between boxes, in units where a group of n actors has side √n.
_LAYOUT_SEED = 7
_LONE_SIDE = 0.7
_GAP = 0.7


class VizFormat(StrEnum):
    """The files ``kg viz`` writes, by extension."""

    html = ".html"
    png = ".png"
    svg = ".svg"
    gexf = ".gexf"
    graphml = ".graphml"

    @classmethod
    def from_path(cls, path: Path) -> VizFormat:
        """The format that ``path``'s extension names."""
        try:
            return cls(path.suffix.lower())
        except ValueError:
            supported = ", ".join(f.value for f in cls)
            raise KgError(
                "E506",
                f"{path}: cannot write {path.suffix or 'a file without extension'}: "
                f"use one of {supported}",
            ) from None


@dataclass(frozen=True)
class Source:
    """A document that events come from, as a reader would name it."""

    doc: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"title": self.title, "publisher": self.publisher, "url": self.url}


def read_sources(graph: Graph) -> dict[str, Source]:
    """The documents described in a kg graph, by document id (headline, publisher, URL)."""
    sources = {}
    for node, doc in graph.subject_objects(KGO.documentId):
        values = {
            name: graph.value(node, predicate)
            for name, predicate in (
                ("title", SCHEMA.headline),
                ("publisher", SCHEMA.publisher),
                ("url", SCHEMA.url),
            )
        }
        sources[str(doc)] = Source(
            doc=str(doc), **{k: None if v is None else str(v) for k, v in values.items()}
        )
    return sources


def write_viz(
    events: Iterable[Event],
    path: Path,
    *,
    sources: Mapping[str, Source] | None = None,
    title: str = PAGE_TITLE,
) -> VizFormat:
    """Write a picture of ``events`` to ``path`` in the format its extension names."""
    viz_format = VizFormat.from_path(path)
    events = list(events)
    writers: dict[VizFormat, Callable[[list[Event], Path], None]] = {
        VizFormat.html: lambda e, p: _write_text(p, html_page(e, sources=sources, title=title)),
        VizFormat.png: write_picture,
        VizFormat.svg: write_picture,
        VizFormat.gexf: write_gexf,
        VizFormat.graphml: write_graphml,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        writers[viz_format](events, path)
    except OSError as error:
        raise KgError("E507", f"{path}: cannot write: {error.strerror or error}") from error
    return viz_format


def _write_text(path: Path, text: str) -> None:
    """Write ``text`` through a temporary file and a rename, so no half page is left."""
    with atomic_output(path) as stream:
        stream.write(text.encode("utf-8"))


# -- shared: colours and layout ----------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    """Colours by actor kind (nodes) and event type (edges), from ``kg/data/viz/palette.json``."""

    kinds: Mapping[str, str]
    types: Mapping[str, str]
    fallback: str

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, self.fallback)

    def type(self, type: str) -> str:
        return self.types.get(type, self.fallback)


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(f"data/viz/{name}").read_text(encoding="utf-8")


@cache
def load_palette() -> Palette:
    data = json.loads(_asset("palette.json"))
    return Palette(kinds=data["kinds"], types=data["types"], fallback=data["fallback"])


def layout(network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions of the actors in the unit square, y upwards (see ``packed_layout``)."""
    return _normalised(packed_layout(network))


def packed_layout(network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions of the actors, y upwards, in units where a group of n actors spans about √n.

    Each connected group of actors gets its own spring layout in a box sized to it; the boxes are
    packed in rows, largest first, so that groups never overlap and lone actors line up last.
    """
    undirected = nx.Graph(network)
    undirected.remove_edges_from(nx.selfloop_edges(undirected))
    groups = sorted(
        (sorted(group) for group in nx.connected_components(undirected)),
        key=lambda group: (-len(group), group),
    )
    boxes = [_group_layout(_group_graph(undirected, group)) for group in groups]
    return {node: (round(x, 4), round(y, 4)) for node, (x, y) in _packed(boxes).items()}


def _group_graph(undirected: nx.Graph, group: list[str]) -> nx.Graph:
    """The actors of ``group`` and their links, in sorted order.

    (A subgraph view would iterate over a set, whose order changes with Python's hash seed, and
    so would the spring layout: the same events would give a different picture on each run.)
    """
    graph = nx.Graph()
    graph.add_nodes_from(group)
    graph.add_edges_from(sorted(tuple(sorted(edge)) for edge in undirected.subgraph(group).edges))
    return graph


@dataclass(frozen=True)
class _Box:
    """Positions of some actors, inside a box ``width`` by ``height`` from (0, 0)."""

    width: float
    height: float
    positions: dict[str, tuple[float, float]]


def _fitted(positions: dict[str, tuple[float, float]], extent: float) -> _Box:
    """``positions`` moved to start at (0, 0) and scaled so that their longer side is ``extent``."""
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    scale = extent / (max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0)
    return _Box(
        width=(max(xs) - min(xs)) * scale,
        height=(max(ys) - min(ys)) * scale,
        positions={
            n: ((x - min(xs)) * scale, (y - min(ys)) * scale) for n, (x, y) in positions.items()
        },
    )


def _group_layout(group: nx.Graph) -> _Box:
    """One connected group of actors laid out in the box it needs (√n across for n actors)."""
    nodes = sorted(group.nodes)
    if len(nodes) == 1:
        return _Box(_LONE_SIDE, _LONE_SIDE, {nodes[0]: (_LONE_SIDE / 2, _LONE_SIDE / 2)})
    if len(nodes) == 2:
        return _fitted({nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}, math.sqrt(2))
    spread = 1.8 / math.sqrt(len(nodes))  # springs longer than networkx's 1/√n: room for labels
    positions = nx.spring_layout(group, k=spread, seed=_LAYOUT_SEED, iterations=200)
    return _fitted(
        {str(n): (float(x), float(y)) for n, (x, y) in positions.items()}, math.sqrt(len(nodes))
    )


def _packed(boxes: list[_Box]) -> dict[str, tuple[float, float]]:
    """Boxes placed left to right in rows (a shelf packing), rows going down."""
    area = sum((box.width + _GAP) * (box.height + _GAP) for box in boxes)
    row_width = max([1.6 * math.sqrt(area), *(box.width for box in boxes)])
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for box in boxes:
        if x > 0 and x + box.width > row_width:
            x, y, row_height = 0.0, y - row_height - _GAP, 0.0
        for node, (px, py) in box.positions.items():
            placed[node] = (x + px, y - box.height + py)
        x += box.width + _GAP
        row_height = max(row_height, box.height)
    return placed


def _normalised(positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions scaled into the unit square, keeping their proportions, centred."""
    if not positions:
        return {}
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    offset_x = (extent - (max(xs) - min(xs))) / 2
    offset_y = (extent - (max(ys) - min(ys))) / 2
    return {
        node: (
            round((x - min(xs) + offset_x) / extent, 4),
            round((y - min(ys) + offset_y) / extent, 4),
        )
        for node, (x, y) in positions.items()
    }


# -- HTML --------------------------------------------------------------------------------------


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``,
    U+2028 or U+2029 left as themselves, so article text cannot end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group()], text)


def _event_record(event: Event) -> dict[str, Any]:
    span = date_span(event.date)
    return {
        "id": event.id,
        "type": event.type,
        "action": event.action,
        "actor": event.actor.id,
        "target": event.target.id if event.target else None,
        "date": event.date,
        "start": span[0] if span else None,
        "end": span[1] if span else None,
        "place": event.place.label if event.place else None,
        "sources": event.sources,
        "mentions": [{"doc": m.doc, "sentence": m.sentence} for m in event.mentions],
    }


def page_data(events: list[Event], sources: Mapping[str, Source] | None = None) -> dict[str, Any]:
    """What the page draws: actors with positions, events, their documents, the colours."""
    network = event_network(events)
    positions = packed_layout(network)
    counts = Counter(a.id for e in events for a in (e.actor, e.target) if a is not None)
    palette = load_palette()
    actors = [
        {
            "id": node,
            "label": data["label"],
            "kind": data["kind"],
            "country": data["country"],
            "x": positions[node][0],
            "y": positions[node][1],
            "events": counts[node],
        }
        for node, data in network.nodes(data=True)
    ]
    docs = {m.doc for e in events for m in e.mentions}
    known = sources or {}
    return {
        "actors": sorted(actors, key=lambda a: (-a["events"], a["label"])),
        "events": [_event_record(e) for e in events],
        "documents": {d: (known[d] if d in known else Source(d)).to_json() for d in sorted(docs)},
        "kinds": {k: palette.kind(k) for k in sorted({a["kind"] for a in actors})},
        "types": {t: palette.type(t) for t in sorted({e.type for e in events})},
    }


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def html_page(
    events: Iterable[Event],
    *,
    sources: Mapping[str, Source] | None = None,
    title: str = PAGE_TITLE,
) -> str:
    """One self-contained HTML page: the actor network and the timeline, linked."""
    script = _asset("page.js")
    parts = {
        "title": html.escape(title),
        "csp": html.escape(_CSP.format(script_hash=_script_hash(script))),
        "style": _asset("page.css"),
        "data": script_json(page_data(list(events), sources)),
        "script": script,
    }
    # One pass over the template: text put in is never searched for placeholders again.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


# -- PNG / SVG ---------------------------------------------------------------------------------


def write_picture(events: list[Event], path: Path) -> None:
    """A static picture of the network (PNG or SVG by extension), with legends."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    network = event_network(events)
    positions = layout(network)
    with plt.rc_context({"svg.fonttype": "none", "font.size": 10}):
        figure, axes = plt.subplots(figsize=_figure_size(positions), dpi=120)
        try:
            _draw_network(axes, network, positions)
            figure.savefig(path, bbox_inches="tight", facecolor="white")
        finally:
            plt.close(figure)


def _figure_size(positions: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """Inches: wider for more actors, as tall as the layout needs (room for the legends)."""
    width = min(20.0, 8.0 + 0.4 * len(positions))
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    shape = (max(ys) - min(ys) + 0.3) / (max(xs) - min(xs) + 0.3)
    return width, max(6.0, min(width, width * shape))


def _draw_network(
    axes: Any, network: nx.MultiDiGraph, positions: dict[str, tuple[float, float]]
) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    palette = load_palette()
    degree = dict(nx.Graph(network).degree)
    radius = {n: 9 + 3 * math.sqrt(degree[n]) for n in network.nodes}
    seen: Counter[frozenset[str]] = Counter()
    for source, target, data in network.edges(data=True):
        pair = frozenset((source, target))
        bend = 0.15 * seen[pair] * (1 if source < target else -1)
        seen[pair] += 1
        axes.add_patch(
            FancyArrowPatch(
                positions[source],
                positions[target],
                arrowstyle="-|>",
                mutation_scale=14,
                connectionstyle=f"arc3,rad={bend}",
                color=palette.type(data["type"]),
                linewidth=1.2 + 0.6 * min(data["sources"], 4),
                shrinkA=radius[source],
                shrinkB=radius[target],
                zorder=1,
            )
        )
    for node, data in network.nodes(data=True):
        x, y = positions[node]
        axes.scatter(
            [x],
            [y],
            s=(2 * radius[node]) ** 2 / 1.6,
            color=palette.kind(data["kind"]),
            edgecolors="white",
            linewidths=1.5,
            zorder=2,
        )
        axes.annotate(
            data["label"],
            (x, y),
            xytext=(0, -radius[node] - 4),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=10,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )
    kinds = sorted({d["kind"] for _, d in network.nodes(data=True)})
    types = sorted({d["type"] for _, _, d in network.edges(data=True)})
    node_handles = [
        Line2D([], [], marker="o", linestyle="", markersize=10, color=palette.kind(k), label=k)
        for k in kinds
    ]
    edge_handles = [Line2D([], [], linewidth=2.5, color=palette.type(t), label=t) for t in types]
    if node_handles:
        axes.add_artist(
            axes.legend(
                handles=node_handles,
                title="actor kind",
                loc="upper left",
                bbox_to_anchor=(1.01, 1.0),
                frameon=False,
            )
        )
    if edge_handles:
        axes.legend(
            handles=edge_handles,
            title="event type",
            loc="upper left",
            bbox_to_anchor=(1.01, 0.55),
            frameon=False,
        )
    axes.set_title(
        f"{network.number_of_nodes()} actors, {network.number_of_edges()} events "
        "between two actors",
        loc="left",
    )
    _frame(axes, positions)
    axes.set_axis_off()


def _frame(axes: Any, positions: dict[str, tuple[float, float]]) -> None:
    """Axis limits around the actors, with room for labels below them and no empty bands."""
    xs = [x for x, _ in positions.values()] or [0.5]
    ys = [y for _, y in positions.values()] or [0.5]
    middle_y, half_y = (max(ys) + min(ys)) / 2, max((max(ys) - min(ys)) / 2, 0.1)
    axes.set_xlim(min(xs) - 0.08, max(xs) + 0.08)
    axes.set_ylim(middle_y - half_y - 0.1, middle_y + half_y + 0.06)


# -- GEXF / GraphML ------------------------------------------------------------------------------


def export_network(events: Iterable[Event]) -> nx.MultiDiGraph:
    """The event network with Gephi-friendly attributes: no None values, edges keyed by event id,
    ``start``/``end`` days on edges (the event's date) and nodes (their first and last event)."""
    events = list(events)
    exported = nx.MultiDiGraph(name="kg events")
    for node, data in event_network(events).nodes(data=True):
        exported.add_node(node, **_present({**data, **_actor_span(events, node)}))
    for event in events:
        if event.target is None:
            continue
        span = date_span(event.date)
        exported.add_edge(
            event.actor.id,
            event.target.id,
            key=event.id,
            **_present(
                {
                    "id": event.id,
                    "label": f"{event.actor.label} {event.action} {event.target.label}",
                    "event_type": event.type,
                    "action": event.action,
                    "cameo": event.cameo,
                    "date": event.date,
                    "start": span[0] if span else None,
                    "end": span[1] if span else None,
                    "place": event.place.label if event.place else None,
                    "sources": event.sources,
                    "weight": float(event.sources),
                    "evidence": event.mentions[0].sentence if event.mentions else None,
                    "documents": " ".join(sorted({m.doc for m in event.mentions})) or None,
                }
            ),
        )
    return exported


def _actor_span(events: list[Event], actor_id: str) -> dict[str, str]:
    spans = [
        span
        for e in events
        if actor_id in {e.actor.id, e.target.id if e.target else None}
        and (span := date_span(e.date)) is not None
    ]
    if not spans:
        return {}
    return {"start": min(s for s, _ in spans), "end": max(e for _, e in spans)}


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """The attributes that have a value (the GEXF and GraphML writers refuse None)."""
    return {name: value for name, value in attributes.items() if value is not None}


def write_gexf(events: list[Event], path: Path) -> None:
    """GEXF 1.2 in dynamic mode, so Gephi's timeline can play the events by date."""
    network = export_network(events)
    network.graph["mode"] = "dynamic"
    nx.write_gexf(network, path)


def write_graphml(events: list[Event], path: Path) -> None:
    nx.write_graphml(export_network(events), path)
