"""Where the actors sit: a spring layout per connected group, the groups packed in rows.

The same events always give the same picture (a fixed seed, nodes and links in sorted order).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

# The spring layout's seed, the side of a lone actor's box and the gap between boxes, in units
# where a group of n actors has side √n.
_LAYOUT_SEED = 7
_LONE_SIDE = 0.7
_GAP = 0.7


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


def link_layout(
    nodes: Iterable[str],
    links: Iterable[tuple[str, str]],
    *,
    radii: dict[str, float] | None = None,
    gap: float = 0.08,
) -> dict[str, tuple[float, float]]:
    """Positions in the unit square, y upwards, of ``nodes`` joined by ``links``.

    With ``radii`` (of the nodes as drawn, in units of the square), nodes closer than their radii
    and ``gap`` are then pushed apart: the busy hubs of a corpus, all linked to one another, do
    not sit on each other, and their labels find room.
    """
    network = nx.MultiDiGraph()
    network.add_nodes_from(sorted(nodes))
    network.add_edges_from(sorted(links))
    positions = layout(network)
    if radii is None:
        return positions
    for _ in range(3):  # spreading widens the square: normalise and spread again
        positions = _normalised(_spread(positions, radii, gap))
    return positions


def _spread(
    positions: dict[str, tuple[float, float]],
    radii: dict[str, float],
    gap: float,
    rounds: int = 60,
) -> dict[str, tuple[float, float]]:
    """Positions moved apart, pair by pair, until no two nodes are closer than their radii and
    ``gap`` (or ``rounds`` are done)."""
    names = sorted(positions)
    points = {n: list(positions[n]) for n in names}
    for _ in range(rounds):
        moved = False
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                (x1, y1), (x2, y2) = points[first], points[second]
                dx, dy = x2 - x1, y2 - y1
                distance = math.hypot(dx, dy)
                wanted = radii.get(first, 0.0) + radii.get(second, 0.0) + gap
                if distance >= wanted:
                    continue
                if distance < 1e-9:  # on top of each other: part them sideways
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (wanted - distance) / 2 / distance
                points[first] = [x1 - dx * push, y1 - dy * push]
                points[second] = [x2 + dx * push, y2 + dy * push]
                moved = True
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in points.items()}
