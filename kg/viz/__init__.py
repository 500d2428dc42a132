"""Pictures of the event network: an offline HTML page, PNG/SVG, and GEXF/GraphML for Gephi.

``write_viz(events, path, options=ViewOptions(...))`` picks the format from the file's extension:

- ``.html`` (``kg.viz.page``): one self-contained page: the most active actors' network
  (cytoscape.js, inlined), a timeline opening on the window that holds the events, filters,
  search and the figures of ``kg summary``; it makes no request.
- ``.png`` / ``.svg`` (``kg.viz.picture``): the same network drawn with matplotlib.
- ``.gexf`` (dynamic: dates on nodes and edges for Gephi's timeline) and ``.graphml``
  (``kg.viz.gephi``): every event, for other tools.

The options (``kg.viz.view.ViewOptions``) choose the events (date window, actor, country,
type) and how many actors the network shows.

Example:
    write_viz(read_events(load_graph(Path("out/graph.ttl"))), Path("out/graph.html"))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path

from kg.errors import KgError
from kg.rdf import atomic_output
from kg.records import Document, Event
from kg.viz.common import Palette, load_palette, tone, tone_colour
from kg.viz.gephi import export_network, write_gexf, write_graphml
from kg.viz.layout import layout, link_layout, packed_layout
from kg.viz.page import PAGE_TITLE, Source, html_page, page_data, read_sources, script_json
from kg.viz.picture import write_picture
from kg.viz.view import (
    DEFAULT_TOP,
    NetworkView,
    ViewOptions,
    folded,
    network_view,
    select_events,
)

__all__ = [
    "DEFAULT_TOP",
    "PAGE_TITLE",
    "NetworkView",
    "Palette",
    "Source",
    "ViewOptions",
    "VizFormat",
    "export_network",
    "folded",
    "html_page",
    "layout",
    "link_layout",
    "load_palette",
    "network_view",
    "packed_layout",
    "page_data",
    "read_sources",
    "script_json",
    "select_events",
    "tone",
    "tone_colour",
    "write_gexf",
    "write_graphml",
    "write_picture",
    "write_viz",
]


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


def write_viz(
    events: Iterable[Event],
    path: Path,
    *,
    sources: Mapping[str, Source] | None = None,
    title: str = PAGE_TITLE,
    options: ViewOptions | None = None,
    documents: Iterable[Document] | None = None,
) -> VizFormat:
    """Write a picture of the ``events`` that ``options`` choose to ``path``, in the format its
    extension names. ``documents`` (all that were read, for the page's summary) default to those
    of ``sources`` and of the events."""
    viz_format = VizFormat.from_path(path)
    options = options or ViewOptions()
    chosen = select_events(events, options)
    writers: dict[VizFormat, Callable[[list[Event], Path], None]] = {
        VizFormat.html: lambda e, p: _write_text(
            p, html_page(e, sources=sources, title=title, top=options.top, documents=documents)
        ),
        VizFormat.png: lambda e, p: write_picture(e, p, top=options.top),
        VizFormat.svg: lambda e, p: write_picture(e, p, top=options.top),
        VizFormat.gexf: write_gexf,
        VizFormat.graphml: write_graphml,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        writers[viz_format](chosen, path)
    except OSError as error:
        raise KgError("E507", f"{path}: cannot write: {error.strerror or error}") from error
    return viz_format


def _write_text(path: Path, text: str) -> None:
    """Write ``text`` through a temporary file and a rename, so no half page is left."""
    with atomic_output(path) as stream:
        stream.write(text.encode("utf-8"))
