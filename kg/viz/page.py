"""The page of ``kg viz``: one self-contained HTML file, the actor network and the timeline.

The page makes no request: its scripts (cytoscape.js, vendored in ``kg/data/viz/`` with its
licence, and kg's ``page.js``), style and data are inlined, and a Content-Security-Policy forbids
any network. Article text travels as escaped JSON in a ``<script type="application/json">`` and
is put into the page with ``textContent``, never parsed as HTML.

The data is compact (``page_data``): actors and events as arrays, indexes into shared tables,
so that a page of 50,000 events stays a file of a few megabytes. Python chooses the first view
(``kg.viz.view.network_view`` over the events of the opening window) and lays it out; that view,
the header's figures and the histogram's counts go into a small block of their own
(``FIRST_PAINT``) before the script, which draws them at once, and the events into a block after
it, read after the first frame. The page computes the view again in the same way when its
filters change.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Graph

from kg.dyads import QUAD_CLASSES
from kg.gdelt import goldstein, quad_class
from kg.graph import date_span
from kg.rdf import KGO, SCHEMA
from kg.records import EVENT_TYPES, Document, Event
from kg.summary import DateWindow, dense_window, summarize
from kg.viz.common import TONE_COLOURS, asset, load_palette
from kg.viz.layout import link_layout
from kg.viz.view import DEFAULT_TOP, folded, network_view

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
_EPOCH = dt.date(1970, 1, 1)
_SUMMARY_TOP = 5  # busiest dyads and actors heading the page
LIBRARY = "cytoscape.min.js"
# What the page draws before it reads the events (its first paint), in a block of its own that
# comes before the script; the events and their sentences come after it.
FIRST_PAINT = ("types", "kinds", "quads", "tones", "view", "summary")


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


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``,
    U+2028 or U+2029 left as themselves, so article text cannot end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group()], text)


def day_number(iso: str) -> int:
    """Days from 1970-01-01 to an ISO date (the page's unit of time)."""
    return (dt.date.fromisoformat(iso) - _EPOCH).days


def month_window(window: DateWindow) -> tuple[str, str]:
    """A date window widened to whole months: from the first of its first month to the last
    day of its last."""
    start = dt.date.fromisoformat(window.start).replace(day=1)
    end = dt.date.fromisoformat(window.end)
    following = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.isoformat(), (following - dt.timedelta(days=1)).isoformat()


class _Table:
    """Strings or actors numbered in the order first met."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def __call__(self, item: Any) -> int:
        return self.index.setdefault(item, len(self.index))

    def items(self) -> list[Any]:
        return list(self.index)


def page_data(
    events: list[Event],
    sources: Mapping[str, Source] | None = None,
    *,
    top: int = DEFAULT_TOP,
    documents: Iterable[Document] | None = None,
) -> dict[str, Any]:
    """What the page draws, compactly (see ``kg/data/viz/page.js`` for the reading side).

    - ``actors``: ``[id, label, kind, country, fold]``, ``fold`` the index of the actor it is
      folded into (a person's state) or its own;
    - ``events``, in date order (undated last): ``[actor, target, type, quad, goldstein, date,
      start, end, action, place, documents]`` with indexes into ``actors``, ``types``,
      ``strings`` and ``documents`` (-1 for none), the QuadClass (0 for none), the first and
      last day as day numbers, the document of each mention;
    - ``evidence``: each event's sentences (the page reads them only to show them, so
      ``html_page`` puts them in a block of their own);
    - ``view``: what the page draws before it reads the events (``_first_view``): the first
      time window (the shortest holding 95% of the dated events, in whole months), the network
      of its events (``top`` nodes in rank order with their events, folded people, positions
      and actor rows; the links; how many actors were left out) and its events per day;
    - ``summary``: the figures heading the page (``kg.summary``).
    """
    known = sources or {}
    actors, strings, docs = _Table(), _Table(), _Table()
    types = {name: index for index, name in enumerate(EVENT_TYPES)}
    rows, evidence = [], []
    # in date order, undated last: the order the timeline lists them in
    for event in sorted(events, key=_date_order):
        span = date_span(event.date)
        actor = actors(event.actor)
        target = actors(event.target) if event.target is not None else -1
        rows.append(
            [
                actor,
                target,
                types.get(event.type, types["STATEMENT"]),
                quad_class(event.cameo) or 0,
                goldstein(event.cameo),
                event.date,
                day_number(span[0]) if span else None,
                day_number(span[1]) if span else None,
                strings(event.action),
                strings(event.place.label) if event.place else -1,
                [docs(m.doc) for m in event.mentions],
            ]
        )
        evidence.append([m.sentence for m in event.mentions])
    for actor in list(actors.index):
        actors(folded(actor))  # every state that people fold into has a row
    actor_rows = [
        [a.id, a.label, a.kind, a.country, actors.index[folded(a)]] for a in actors.items()
    ]
    dated = [e.date for e in events if e.date]
    window = dense_window(dated)
    spans = [date_span(e.date) for e in events]
    days = [(day_number(s[0]), day_number(s[1])) if s else None for s in spans]
    spanned = [d for d in days if d is not None]
    domain = [min(d[0] for d in spanned), max(d[1] for d in spanned)] if spanned else None
    first = [day_number(d) for d in month_window(window)] if window else None
    palette = load_palette()
    return {
        "actors": actor_rows,
        "events": rows,
        "strings": strings.items(),
        "documents": [
            [d, *((known[d] if d in known else Source(d)).to_json().values())] for d in docs.items()
        ],
        "types": [[name, palette.type(name)] for name in EVENT_TYPES],
        "kinds": {kind: palette.kind(kind) for kind in sorted({a[2] for a in actor_rows})},
        "quads": list(QUAD_CLASSES.values()),
        "tones": list(TONE_COLOURS),
        "view": _first_view(events, days, actors.index, actor_rows, top, first, domain),
        "summary": _summary(events, known, documents),
        "evidence": evidence,
    }


def _first_view(
    events: list[Event],
    days: list[tuple[int, int] | None],
    index: Mapping[Any, int],
    actor_rows: list[list[Any]],
    top: int,
    window: list[int] | None,
    domain: list[int] | None,
) -> dict[str, Any]:
    """What the page draws before it reads the events: the network of the first window (what
    page.js's ``computeView`` gives on opening: the events of ``window``, the undated too when it
    holds every date), laid out; its actors; and the events per day of the window, for the
    histogram."""
    whole = window is None or domain is None or (window[0] <= domain[0] and window[1] >= domain[1])
    if window is None:
        shown = events
    else:
        shown = [
            e
            for e, d in zip(events, days, strict=True)
            if (whole if d is None else d[1] >= window[0] and d[0] <= window[1])
        ]
    view = network_view(shown, top=top)
    most = max((node.events for node in view.nodes), default=1)
    positions = link_layout(
        (node.actor.id for node in view.nodes),
        ((link.source, link.target) for link in view.links),
        # the page's node sizes (page.js: 14 + 40 √(events / most) in a square of 1000)
        radii={n.actor.id: (14 + 40 * math.sqrt(n.events / most)) / 2000 for n in view.nodes},
    )
    by_id = {node.actor.id: index[node.actor] for node in view.nodes}
    histogram_range = window or domain or [0, 0]
    per_day = [0] * (histogram_range[1] - histogram_range[0] + 1)
    for d in days:  # the histogram counts events by their first day
        if d is not None and histogram_range[0] <= d[0] <= histogram_range[1]:
            per_day[d[0] - histogram_range[0]] += 1
    return {
        "top": top,
        "window": window,
        "domain": domain,
        "folding": view.folded,
        "nodes": [index[node.actor] for node in view.nodes],
        "events": [node.events for node in view.nodes],
        "members": {
            str(index[node.actor]): [index[m] for m in node.members]
            for node in view.nodes
            if node.members
        },
        "actors": {str(index[node.actor]): actor_rows[index[node.actor]] for node in view.nodes},
        "positions": {
            str(index[node.actor]): list(positions[node.actor.id]) for node in view.nodes
        },
        "links": [
            [by_id[link.source], by_id[link.target], link.events, link.cooperation, link.conflict]
            for link in view.links
        ],
        "linked": len(view.nodes) + view.unranked,
        "unlinked": view.unlinked,
        "shown": len(shown),
        "days": per_day,
    }


def _date_order(event: Event) -> tuple[bool, str, str]:
    span = date_span(event.date)
    return (span is None, span[0] if span else "", event.date or "")


def _summary(
    events: list[Event], sources: Mapping[str, Source], documents: Iterable[Document] | None
) -> dict[str, Any]:
    """The figures of ``kg summary`` that head the page."""
    if documents is None:
        ids = sorted(set(sources) | {m.doc for e in events for m in e.mentions})
        documents = [Document(id=d, text="") for d in ids]
    summary = summarize(events, documents, top=_SUMMARY_TOP)
    return {
        "documents": summary.documents,
        "events": summary.events,
        "actors": summary.actors,
        "dyadic": summary.dyadic,
        "first": summary.first_date,
        "last": summary.last_date,
        "window": summary.window.to_json() if summary.window else None,
        "dyads": [
            [
                d.actor.label,
                d.target.label,
                d.events,
                d.verbal_cooperation + d.material_cooperation,
                d.verbal_conflict + d.material_conflict,
                d.goldstein_mean,
            ]
            for d in summary.busiest_dyads
        ],
        "busiest": [[a.actor.label, a.events] for a in summary.busiest_actors],
    }


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def page_script() -> str:
    """The page's one script: cytoscape.js, then kg's own code."""
    return asset(LIBRARY) + "\n;\n" + asset("page.js")


def html_page(
    events: Iterable[Event],
    *,
    sources: Mapping[str, Source] | None = None,
    title: str = PAGE_TITLE,
    top: int = DEFAULT_TOP,
    documents: Iterable[Document] | None = None,
) -> str:
    """One self-contained HTML page: the actor network and the timeline, linked."""
    script = page_script()
    data = page_data(list(events), sources, top=top, documents=documents)
    evidence = data.pop("evidence")
    first = {key: data.pop(key) for key in FIRST_PAINT}
    parts = {
        "title": html.escape(title),
        "csp": html.escape(_CSP.format(script_hash=_script_hash(script))),
        "style": asset("page.css"),
        "view": script_json(first),
        "data": script_json(data),
        "evidence": script_json(evidence),
        "script": script,
    }
    # One pass over the template: text put in is never searched for placeholders again.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], asset("page.html"))
