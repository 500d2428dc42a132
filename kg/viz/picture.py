"""A static picture of the network (PNG or SVG) drawn with matplotlib.

It draws the same view as the page opens on (``kg.viz.view.network_view``): the ``top`` actors by
their events, people folded into their states when there are many, links coloured from conflict
to cooperation and as thick as they have events. Labels are placed greedily by rank: one that
would overlap a label already placed is left out, so no two labels overlap.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kg.records import Event
from kg.viz.common import TONE_COLOURS, load_palette, tone_colour
from kg.viz.layout import link_layout
from kg.viz.view import DEFAULT_TOP, NetworkView, network_view


def write_picture(events: list[Event], path: Path, *, top: int = DEFAULT_TOP) -> None:
    """A picture of the network of ``events`` (PNG or SVG by extension), with legends."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    view = network_view(events, top=top)
    most = max((node.events for node in view.nodes), default=1)
    positions = link_layout(
        (node.actor.id for node in view.nodes),
        ((link.source, link.target) for link in view.links),
        radii={n.actor.id: (14 + 40 * math.sqrt(n.events / most)) / 2000 for n in view.nodes},
    )
    with plt.rc_context({"svg.fonttype": "none", "font.size": 10}):
        figure, axes = plt.subplots(figsize=_figure_size(len(positions)), dpi=120)
        try:
            _draw_network(figure, axes, view, positions)
            figure.savefig(path, bbox_inches="tight", facecolor="white")
        finally:
            plt.close(figure)


def _figure_size(nodes: int) -> tuple[float, float]:
    """Inches: larger for more actors."""
    width = min(18.0, 8.0 + 0.25 * nodes)
    return width, max(6.0, width * 0.75)


def _draw_network(
    figure: Any, axes: Any, view: NetworkView, positions: dict[str, tuple[float, float]]
) -> None:
    from matplotlib.lines import Line2D

    palette = load_palette()
    most = max((node.events for node in view.nodes), default=1)
    size = {n.actor.id: 60 + 900 * math.sqrt(n.events / most) for n in view.nodes}
    heaviest = max((link.events for link in view.links), default=1)
    for link in sorted(view.links, key=lambda link: link.events):
        (x1, y1), (x2, y2) = positions[link.source], positions[link.target]
        axes.plot(
            [x1, x2],
            [y1, y2],
            color=tone_colour(link.tone),
            linewidth=0.8 + 5 * math.sqrt(link.events / heaviest),
            alpha=0.85,
            solid_capstyle="round",
            zorder=1,
        )
    for node in view.nodes:
        x, y = positions[node.actor.id]
        axes.scatter(
            [x],
            [y],
            s=size[node.actor.id],
            color=palette.kind(node.actor.kind),
            edgecolors="white",
            linewidths=1.5,
            zorder=2,
        )
    _frame(axes, positions)
    axes.set_axis_off()
    _place_labels(figure, axes, view, positions, size)
    kinds = sorted({node.actor.kind for node in view.nodes})
    node_handles = [
        Line2D([], [], marker="o", linestyle="", markersize=10, color=palette.kind(k), label=k)
        for k in kinds
    ]
    tone_names = ("conflict", "", "", "mixed", "", "", "cooperation")
    edge_handles = [
        Line2D([], [], linewidth=3, color=colour, label=name)
        for colour, name in zip(TONE_COLOURS, tone_names, strict=True)
        if name
    ]
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
            title="links (QuadClass)",
            loc="upper left",
            bbox_to_anchor=(1.01, 0.5),
            frameon=False,
        )
    left_out = []
    if view.unranked:
        left_out.append(f"{view.unranked} less active actors")
    if view.unlinked:
        left_out.append(f"{view.unlinked} with no event toward another actor")
    note = f" (not drawn: {' and '.join(left_out)})" if left_out else ""
    axes.set_title(
        f"The {len(view.nodes)} most active actors and the events between them{note}",
        loc="left",
        fontsize=11,
    )


def _place_labels(
    figure: Any,
    axes: Any,
    view: NetworkView,
    positions: dict[str, tuple[float, float]],
    size: dict[str, float],
) -> None:
    """Labels under their nodes, by rank; one that would overlap one placed before is dropped."""
    renderer = figure.canvas.get_renderer()
    placed: list[Any] = []
    for node in view.nodes:
        radius = math.sqrt(size[node.actor.id]) / 2
        text = axes.annotate(
            node.actor.label,
            positions[node.actor.id],
            xytext=(0, -radius - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=10 if len(placed) < 12 else 9,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )
        box = text.get_window_extent(renderer).expanded(1.04, 1.1)
        if any(box.overlaps(other) for other in placed):
            text.remove()
        else:
            placed.append(box)


def _frame(axes: Any, positions: dict[str, tuple[float, float]]) -> None:
    """Axis limits around the actors, with room for labels below them."""
    xs = [x for x, _ in positions.values()] or [0.5]
    ys = [y for _, y in positions.values()] or [0.5]
    axes.set_xlim(min(xs) - 0.08, max(xs) + 0.08)
    axes.set_ylim(min(ys) - 0.1, max(ys) + 0.06)
