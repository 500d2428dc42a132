"""The kg store: an Oxigraph store on disk that builds add to, and kg's graphs as RDF datasets.

A store is a ``pyoxigraph.Store`` directory (``kg build INPUT... --store DIR``). Its layout, also
used to split a single graph file into graphs on export (see ``ontologies/README.md``):

- ``kg:graph/document/{id}``, one named graph per document: the document node, the build
  activity's ``prov:used`` link to it, the mentions derived from it (with the events'
  ``kgo:hasMention`` links to them) and, in a store only, its extraction record
  (``kgo:extraction``, the document's event mentions before merging, as ``rdf:JSON``);
- the default graph: what documents share, the events, actors, places, ``kgo:met`` edges, build
  activities and the software that ran.

Events merge mentions across documents, so events are derived: a build re-merges the events its
documents touch exactly as one build of all the documents would. Mentions join an event only when
they share its type and participants (its *event key*), so a build reads back only the stored
documents that share an event key with its own (each document's graph lists its keys as
``kgo:eventKey``, by week for mentions dated to the day), merges those mentions before and after,
lays the events out as triples before and after, and the store changes by the difference: a
document's mention that joins another event moves, a source count goes up. Each actor's one
label, country and kind come from a tally of how its mentions name it, kept per actor in the index
graph ``kg:graph/index`` (``kgo:actorTally``) and changed by the mentions a build adds or replaces.
A build thus costs what its documents touch, not what the store holds. Re-ingesting a document
replaces its graph; the same input built twice gives the same triples (IRIs derive from content;
only the activity's times change).

Each build is one transaction: the quads to remove and to add are written to staging graphs, then
one SPARQL update (applied atomically by Oxigraph) applies them. A new store is bulk-loaded into a
directory beside its name, then renamed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.serializers.jsonld import from_rdf
from rdflib.term import Node

from kg.dates import parse_iso_date
from kg.errors import KgError
from kg.rdf import (
    KG,
    KGO,
    PROV,
    SEM,
    WRITTEN_PREFIXES,
    BuildActivity,
    RdfSyntax,
    TripleList,
    activity_iri,
    actor_id_iri,
    add_activity,
    add_actor,
    add_document,
    add_event,
    add_place,
    atomic_output,
    build_activity,
    document_iri,
    event_iri,
    event_label,
    new_graph,
    oxigraph_quad,
    place_iri,
    read_activities,
)
from kg.records import Actor, BuildResult, Document, Event, EventMention, Mention, Place
from kg.resolve import (
    MERGE_WINDOW_DAYS,
    ActorTally,
    actor_tallies,
    count_mentions,
    event_id,
    events_of,
    mention_actors,
    merge_mentions,
    participants_key,
    with_actor_forms,
)

DOCUMENT_GRAPHS = str(KG["graph/document/"])
STAGING_GRAPHS = str(KG["graph/staging/"])
EXTRACTION = ox.NamedNode(str(KGO.extraction))
INDEX_GRAPH = ox.NamedNode(str(KG["graph/index"]))
EVENT_KEY = ox.NamedNode(str(KGO.eventKey))
ACTOR_TALLY = ox.NamedNode(str(KGO.actorTally))
NEXT_POSITION = ox.NamedNode(str(KGO.nextPosition))
INDEX_VERSION = ox.NamedNode(str(KGO.indexVersion))
# The form of the index this kg writes; a store with another is laid out again once.
INDEX_FORM = "2"  # 2: a day-dated mention's key names its week
# What only a store holds, for its own builds; exports leave it out.
BOOKKEEPING = frozenset({EXTRACTION, EVENT_KEY, ACTOR_TALLY, NEXT_POSITION, INDEX_VERSION})
RDF_JSON = ox.NamedNode(str(RDF.JSON))
# Version of the extraction record's JSON form (kgo:extraction).
EXTRACTION_VERSION = 1

_TYPE = ox.NamedNode(str(RDF.type))
_DOCUMENT = ox.NamedNode(str(KGO.Document))
_EVENT = ox.NamedNode(str(KGO.Event))
_MENTION = ox.NamedNode(str(KGO.EventMention))
_HAS_MENTION = ox.NamedNode(str(KGO.hasMention))
_DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))
_USED = ox.NamedNode(str(PROV.used))
_ASSOCIATED_WITH = ox.NamedNode(str(PROV.wasAssociatedWith))
_ACTIVITY = ox.NamedNode(str(PROV.Activity))
_ACTOR, _TARGET = ox.NamedNode(str(KGO.actor)), ox.NamedNode(str(KGO.target))
_HAS_PLACE = ox.NamedNode(str(SEM.hasPlace))
_LABEL = ox.NamedNode(str(RDFS.label))
_INTEGER = ox.NamedNode(str(XSD.integer))
_STORE = ox.NamedNode(str(KG["store"]))
_EVENT_TYPE, _ACTION = ox.NamedNode(str(KGO.eventType)), ox.NamedNode(str(KGO.action))
_TIME_STAMP = ox.NamedNode(str(SEM.hasTimeStamp))
_OX_PREFIXES = {prefix: str(namespace) for prefix, namespace in WRITTEN_PREFIXES.items()}
_Graph = ox.NamedNode | ox.BlankNode | ox.DefaultGraph
_DOCUMENTS = str(KG["document/"])


def document_node(doc_id: str) -> ox.NamedNode:
    """The document's IRI, ``kg:document/{id}``."""
    return ox.NamedNode(str(document_iri(doc_id)))


def document_graph(doc_id: str) -> ox.NamedNode:
    """The named graph of one document, ``kg:graph/document/{id}``."""
    return ox.NamedNode(DOCUMENT_GRAPHS + document_node(doc_id).value.removeprefix(_DOCUMENTS))


def is_document_graph(graph: object) -> bool:
    return isinstance(graph, ox.NamedNode) and graph.value.startswith(DOCUMENT_GRAPHS)


def graph_document_id(graph: ox.NamedNode) -> str:
    """The id of the document whose graph is ``graph``."""
    return unquote(graph.value.removeprefix(DOCUMENT_GRAPHS))


# -- opening -------------------------------------------------------------------------------------


def _not_a_store(path: Path) -> KgError:
    return KgError("E601", f"{path}: not a kg store (make one with: kg build INPUT --store {path})")


def open_read_only(path: Path) -> ox.Store:
    """The store at ``path``, read-only."""
    if not path.is_dir():
        raise _not_a_store(path)
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise _not_a_store(path) from error
    except RuntimeError as error:  # RocksDB: a store being written, or damaged
        raise KgError("E603", f"{path}: cannot open the store: {_first_line(error)}") from error


def _open_for_writing(path: Path) -> ox.Store:
    """The existing store at ``path``, for writing; never an unrelated directory."""
    if path.exists() and not path.is_dir():
        raise _not_a_store(path)
    if path.is_dir() and any(path.iterdir()):
        open_read_only(path)  # an Oxigraph store, not a directory of something else
    try:
        return ox.Store(str(path))
    except OSError as error:
        if "lock" in str(error).lower():
            raise KgError(
                "E602", f"{path}: the store is in use by another process; try again when it ends"
            ) from error
        raise KgError("E603", f"{path}: cannot open the store: {_first_line(error)}") from error


def union_graph(dataset: ox.Store) -> Graph:
    """An rdflib view of ``dataset`` whose triples are those of all its graphs."""
    graph = Dataset(store=OxigraphStore(store=dataset), default_union=True)
    for prefix, namespace in WRITTEN_PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def open_store_graph(path: Path) -> Graph:
    """The store at ``path`` as one read-only rdflib graph (the union of its graphs)."""
    return union_graph(open_read_only(path))


def open_file_graph(path: Path, syntax: RdfSyntax) -> Graph:
    """A graph file in ``syntax`` (triples or quads) as one rdflib graph."""
    return union_graph(_parse_file(path, syntax))


def load_graph(path: Path) -> Graph:
    """Read a graph file written by kg (or any Turtle) into a new graph.

    ``path`` may also be a store directory (``kg build --store``): it is opened read-only, and
    the graph is the union of its graphs. Files ending ``.nt``, ``.nq``, ``.trig`` or ``.jsonld``
    are read in that syntax; any other file as Turtle.
    """
    if path.is_dir():  # a kg store
        return open_store_graph(path)
    syntax = RdfSyntax.from_extension(path)
    if path.is_file() and syntax not in (None, RdfSyntax.TURTLE):
        return open_file_graph(path, syntax)
    if not path.is_file():
        raise KgError(
            "E401", f"{path}: no such graph file (build one with: kg build INPUT -o {path})"
        )
    graph = new_graph()
    try:
        graph.parse(source=str(path), format="ox-turtle")
    except (SyntaxError, ValueError, OSError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise KgError("E402", f"{path}: not valid Turtle: {first_line}") from error
    return graph


def open_dataset(path: Path) -> ox.Store:
    """A store directory (read-only), or a graph file read into memory and split into
    kg's graphs (one per document, shared nodes in the default graph)."""
    if path.is_dir():
        return open_read_only(path)
    if not path.is_file():
        raise KgError(
            "E401",
            f"{path}: no such graph file or store (build one with: kg build INPUT -o {path})",
        )
    return _parse_file(path, RdfSyntax.from_extension(path) or RdfSyntax.TURTLE)


def _parse_file(path: Path, syntax: RdfSyntax) -> ox.Store:
    dataset = ox.Store()
    try:
        quads = list(ox.parse(path=str(path), format=syntax.oxigraph))
    except (SyntaxError, ValueError, OSError) as error:
        raise KgError("E402", f"{path}: not valid {syntax.label}: {_first_line(error)}") from error
    if any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        dataset.extend(quads)
    else:
        dataset.extend(split_into_graphs(q.triple for q in quads))
    return dataset


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


# -- the layout ------------------------------------------------------------------------------------


def split_into_graphs(triples: Iterable[ox.Triple]) -> list[ox.Quad]:
    """``triples`` of a kg graph as quads in kg's layout: each document's node, its mentions,
    the ``kgo:hasMention`` links to them and the ``prov:used`` link to it in the document's
    graph; everything else in the default graph."""
    triples = list(triples)
    documents = {t.subject for t in triples if t.predicate == _TYPE and t.object == _DOCUMENT}
    source_of = {
        t.subject: t.object
        for t in triples
        if t.predicate == _DERIVED_FROM and isinstance(t.object, ox.NamedNode)
    }
    mentions = {t.subject for t in triples if t.predicate == _TYPE and t.object == _MENTION}
    graph_of: dict[object, _Graph] = {
        m: _graph_of_document(source_of[m]) for m in mentions if m in source_of
    }
    graph_of.update((d, _graph_of_document(d)) for d in documents)

    def graph(triple: ox.Triple) -> _Graph:
        if triple.predicate == _HAS_MENTION and triple.object in graph_of:
            return graph_of[triple.object]
        if triple.predicate == _USED:  # a build's link to a document it read
            return _graph_of_document(triple.object)
        return graph_of.get(triple.subject, ox.DefaultGraph())

    return [ox.Quad(t.subject, t.predicate, t.object, graph(t)) for t in triples]


def _graph_of_document(document: object) -> _Graph:
    if isinstance(document, ox.NamedNode) and document.value.startswith(_DOCUMENTS):
        return ox.NamedNode(DOCUMENT_GRAPHS + document.value.removeprefix(_DOCUMENTS))
    return ox.DefaultGraph()


# -- extraction records --------------------------------------------------------------------------


@dataclass(frozen=True)
class Extraction:
    """A stored document's extraction record: its event mentions before merging, and its
    position, the order in which documents were first added (merging follows it, as a build
    follows the order of its inputs)."""

    position: int
    mentions: tuple[EventMention, ...]


def extraction_record(extraction: Extraction) -> str:
    """The JSON of ``kgo:extraction``."""
    record = {
        "version": EXTRACTION_VERSION,
        "position": extraction.position,
        "mentions": [_mention_json(m) for m in extraction.mentions],
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def read_extraction_record(text: str) -> Extraction:
    record = json.loads(text)
    if record.get("version") != EXTRACTION_VERSION:
        raise KgError(
            "E604",
            f"the store was written by another version of kg (extraction record version "
            f"{record.get('version')!r}, this kg reads {EXTRACTION_VERSION}): rebuild it",
        )
    mentions = tuple(_mention_from_json(item) for item in record["mentions"])
    return Extraction(position=int(record["position"]), mentions=mentions)


def _mention_json(mention: EventMention) -> dict[str, Any]:
    return {
        "actor": mention.actor.to_json(),
        "action": mention.action,
        "type": mention.type,
        "cameo": mention.cameo,
        "target": mention.target.to_json() if mention.target else None,
        "date": mention.date,
        "date_source": mention.date_source,
        "place": mention.place.to_json() if mention.place else None,
        "mention": mention.mention.to_json(),
    }


def _mention_from_json(item: Mapping[str, Any]) -> EventMention:
    target, place = item["target"], item["place"]
    return EventMention(
        actor=Actor(**item["actor"]),
        action=item["action"],
        type=item["type"],
        cameo=item["cameo"],
        target=Actor(**target) if target else None,
        date=item["date"],
        date_source=item["date_source"],
        place=Place(**place) if place else None,
        mention=Mention(**item["mention"]),
    )


# -- building into a store -----------------------------------------------------------------------


@dataclass(frozen=True)
class StoreSummary:
    """What a store holds after a build."""

    documents: int
    events: int
    triples: int


@dataclass(frozen=True)
class _State:
    """A store's content as records, from which its triples are laid out: each document's
    extraction record, and the build activities with the documents each holds."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    activities: tuple[BuildActivity, ...] = ()

    def events(self) -> list[Event]:
        return merged_events(self.extractions)

    def next_position(self) -> int:
        """The position the next new document takes."""
        return max((e.position for e in self.extractions.values()), default=-1) + 1

    def generated_by(self) -> dict[str, URIRef]:
        """Document id -> the activity that read it."""
        return {d: activity_iri(a.id) for a in self.activities for d in a.documents}

    def adding(
        self, documents: Sequence[Document], mentions: Iterable[EventMention], by: BuildActivity
    ) -> _State:
        """The state once ``documents`` (and their ``mentions``) are added ``by`` a build."""
        new_ids = {document.id for document in documents}
        added = _new_extractions(documents, mentions, self.extractions, self.next_position())
        kept = {d: e for d, e in self.extractions.items() if d not in new_ids}
        activities = tuple(
            _without(activity, new_ids)
            for activity in self.activities
            if set(activity.documents) - new_ids
        )
        if by.documents:  # a build that read nothing made nothing to record
            activities = (*activities, by)
        return _State(extractions=kept | added, activities=activities)


def activity_of(result: BuildResult) -> BuildActivity:
    """The provenance activity of a build: its documents, kg's and the model's versions, times."""
    return build_activity(
        (document.id for document in result.documents),
        model=result.model,
        model_version=result.model_version,
        started=result.started,
        ended=result.ended,
    )


def stored_content_hashes(path: Path) -> set[str]:
    """The content hashes of the documents a store holds (none when there is no store yet)."""
    if _is_new_store(path):
        return set()
    store = open_read_only(path)
    predicate = ox.NamedNode(str(KGO.contentHash))
    quads = store.quads_for_pattern(None, predicate, None, None)
    return {  # not those of a build killed before its commit, still in staging graphs
        quad.object.value
        for quad in quads
        if isinstance(quad.object, ox.Literal) and is_document_graph(quad.graph_name)
    }


def add_build(path: Path, result: BuildResult) -> StoreSummary:
    """Add what a build read and found to the store at ``path`` (see ``add_documents``)."""
    return add_documents(path, result.documents, result.mentions, activity_of(result))


def add_documents(
    path: Path,
    documents: Sequence[Document],
    mentions: Iterable[EventMention],
    activity: BuildActivity,
) -> StoreSummary:
    """Add ``documents`` and their event ``mentions`` (made by ``activity``) to the store at
    ``path`` (see ``write_documents``); returns what the store then holds."""
    write_documents(path, documents, mentions, activity)
    return store_summary(path)


def write_documents(
    path: Path,
    documents: Sequence[Document],
    mentions: Iterable[EventMention],
    activity: BuildActivity,
) -> None:
    """Add ``documents`` and their event ``mentions`` (made by ``activity``) to the store at
    ``path``, replacing any earlier version of those documents, and re-merge the events.

    A new store is written with Oxigraph's bulk loader into a directory beside ``path``, then
    renamed to ``path``. An existing store changes in one transaction, by the triples that
    differ before and after in what the documents touch (see ``_Touched``). A store that does
    not hold what kg would have written (changed by hand, or written by a kg without the index)
    is laid out again whole.
    """
    mentions = list(mentions)
    if _is_new_store(path):
        after = _State().adding(documents, mentions, activity)
        _create_store(path, _full_layout(after, documents))
        return
    store = _open_for_writing(path)
    _drop_staging(store)
    changes = None
    if _is_indexed(store):
        changes = _Touched.read(store, documents, mentions, activity).changes()
    if changes is not None and all(quad in store for quad in changes[0]):
        _apply(store, *changes)
    else:
        _rewrite(store, _read_state(store).adding(documents, mentions, activity), documents)
    store.flush()  # on disk now: read-only opens need not replay the write-ahead log


def _full_layout(state: _State, documents: Sequence[Document]) -> list[ox.Quad]:
    """Every triple of ``state``, but the descriptions of documents not in ``documents``."""
    quads = _layout(state.events(), documents, state.activities, state.generated_by())
    new_ids = {document.id for document in documents}
    quads += [_extraction_quad(d, e) for d, e in state.extractions.items() if d in new_ids]
    return quads + _index(state)


def _document_quads(store: ox.Store, doc_id: str) -> list[ox.Quad]:
    """The stored document node's own quads (its description and extraction record)."""
    return list(store.quads_for_pattern(document_node(doc_id), None, None, document_graph(doc_id)))


def _rewrite(store: ox.Store, after: _State, documents: Sequence[Document]) -> None:
    """Make the whole store what kg lays out for ``after`` (keeping documents' descriptions)."""
    new_ids = {document.id for document in documents}
    quads = _full_layout(after, documents)
    quads += [  # the descriptions and extraction records of the other documents, as stored
        q
        for d in sorted(set(after.extractions) - new_ids)
        for q in _document_quads(store, d)
        if q.predicate != EVENT_KEY
    ]
    graphs: set[_Graph] = {ox.DefaultGraph(), *store.named_graphs(), *(q.graph_name for q in quads)}
    _replace_graphs(store, graphs, quads)


def _new_extractions(
    documents: Sequence[Document],
    mentions: Iterable[EventMention],
    stored: Mapping[str, Extraction],
    following: int,
) -> dict[str, Extraction]:
    """The extraction records of the documents being added: a document added before keeps its
    position, a new one goes after all the others (from position ``following`` on)."""
    found: dict[str, list[EventMention]] = {document.id: [] for document in documents}
    for mention in mentions:
        found.setdefault(mention.mention.doc, []).append(mention)
    added: dict[str, Extraction] = {}
    for doc_id, its_mentions in found.items():
        if doc_id in stored:
            position = stored[doc_id].position
        else:
            position, following = following, following + 1
        added[doc_id] = Extraction(position=position, mentions=tuple(its_mentions))
    return added


def _extraction_quad(doc_id: str, extraction: Extraction) -> ox.Quad:
    record = ox.Literal(extraction_record(extraction), datatype=RDF_JSON)
    return ox.Quad(document_node(doc_id), EXTRACTION, record, document_graph(doc_id))


def merged_events(extractions: Mapping[str, Extraction]) -> list[Event]:
    """The events of all documents' mentions, merged as one build of them all would merge them,
    the documents in the order they were first added."""
    order = sorted(extractions, key=lambda doc_id: (extractions[doc_id].position, doc_id))
    return events_of(m for doc_id in order for m in extractions[doc_id].mentions)


def _read_state(store: ox.Store) -> _State:
    extractions: dict[str, Extraction] = {}
    for quad in store.quads_for_pattern(None, EXTRACTION, None, None):
        graph, record = quad.graph_name, quad.object
        if isinstance(graph, ox.NamedNode) and isinstance(record, ox.Literal):
            extractions[graph_document_id(graph)] = read_extraction_record(record.value)
    activities = tuple(read_activities(_provenance_graph(store)))
    return _State(extractions=extractions, activities=activities)


def _provenance_graph(store: ox.Store, activities: Iterable[ox.NamedNode] | None = None) -> Graph:
    """The build activities of ``store`` (or just ``activities``) and the software they name,
    copied into an in-memory graph (an rdflib view of the store itself would keep it open
    after the build)."""
    if activities is None:
        activities = {
            q.subject
            for q in store.quads_for_pattern(None, _TYPE, _ACTIVITY, None)
            if isinstance(q.subject, ox.NamedNode)
        }
    quads = [q for a in activities for q in store.quads_for_pattern(a, None, None, None)]
    software = {q.object for q in quads if q.predicate in (_USED, _ASSOCIATED_WITH)}
    quads += [
        q
        for node in software
        if isinstance(node, ox.NamedNode) and not node.value.startswith(_DOCUMENTS)
        for q in store.quads_for_pattern(node, None, None, None)
    ]
    copy = ox.Store()
    copy.extend(quads)
    return union_graph(copy)


def _without(activity: BuildActivity, documents: set[str]) -> BuildActivity:
    return replace(activity, documents=tuple(d for d in activity.documents if d not in documents))


def _layout(
    events: Iterable[Event],
    documents: Iterable[Document],
    activities: Iterable[BuildActivity],
    generated_by: Mapping[str, URIRef],
    described: Iterable[URIRef] = (),
) -> list[ox.Quad]:
    """The quads kg writes for ``events``, ``documents`` and ``activities``, in kg's layout;
    without describing the actors and places in ``described``."""
    graph = TripleList()
    for document in documents:
        add_document(graph, document)
    for activity in activities:
        add_activity(graph, activity)
    already = set(described)
    for event in events:
        add_event(graph, event, already, generated_by)
    return _in_layout(graph.added)


def _in_layout(triples: Iterable[tuple[Node, Node, Node]]) -> list[ox.Quad]:
    """``triples`` as quads in kg's layout, each literal in the form a store keeps it."""
    # through an Oxigraph store, which writes some literals in canonical form (xsd:integer for
    # xsd:nonNegativeInteger, ...), as every store and every file kg writes has them
    canonical = ox.Store()
    canonical.extend(oxigraph_quad(triple) for triple in triples)
    return split_into_graphs(q.triple for q in canonical.quads_for_pattern(None, None, None, None))


def _replace_graphs(store: ox.Store, graphs: set[_Graph], quads: Iterable[ox.Quad]) -> None:
    """Make ``graphs`` hold exactly ``quads`` (in one transaction, by ``_apply``)."""
    wanted = {quad for quad in quads if quad.graph_name in graphs}
    present = {q for graph in graphs for q in store.quads_for_pattern(None, None, None, graph)}
    _apply(store, present - wanted, wanted - present)


def _apply(store: ox.Store, removals: set[ox.Quad], additions: set[ox.Quad]) -> None:
    """Remove ``removals`` and add ``additions`` in one transaction.

    Both are written to staging graphs, one of each per graph they change; then one SPARQL
    update (which Oxigraph applies atomically) deletes and adds them and drops the staging
    graphs. No text of the data goes into the update: only the IRIs of graphs, which kg makes.
    """
    graphs = sorted({q.graph_name for q in removals | additions}, key=_graph_sort_key)
    if not graphs:
        return
    number = {graph: n for n, graph in enumerate(graphs)}
    staged = [_moved(q, _staging("remove", number[q.graph_name])) for q in removals]
    staged += [_moved(q, _staging("add", number[q.graph_name])) for q in additions]
    operations: list[str] = []
    for graph, n in number.items():
        into = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
        remove, add = _staging("remove", n), _staging("add", n)
        operations += [
            f"DELETE {{ {into} }} WHERE {{ GRAPH {remove} {{ ?s ?p ?o }} }}",
            f"ADD SILENT GRAPH {add} TO {_graph_ref(graph)}",
            f"DROP SILENT GRAPH {remove}",
            f"DROP SILENT GRAPH {add}",
        ]
    try:
        store.extend(staged)
        _commit(store, " ;\n".join(operations))
    except BaseException:
        _drop_staging(store)  # nothing of this build stays; the store is as it was
        raise


def _staging(kind: str, number: int) -> ox.NamedNode:
    return ox.NamedNode(f"{STAGING_GRAPHS}{kind}/{number}")


def _moved(quad: ox.Quad, graph: ox.NamedNode) -> ox.Quad:
    return ox.Quad(quad.subject, quad.predicate, quad.object, graph)


def _commit(store: ox.Store, update: str) -> None:
    """Run the update that applies the staged changes (one transaction)."""
    store.update(update)


def _is_new_store(path: Path) -> bool:
    """Whether ``path`` is free for a new store: missing, or an empty directory."""
    if path.exists() and not path.is_dir():
        raise _not_a_store(path)
    return not path.exists() or not any(path.iterdir())


def _create_store(path: Path, quads: Iterable[ox.Quad]) -> None:
    """Bulk-load ``quads`` into a new store beside ``path``, then rename it to ``path``: the
    store appears whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    try:
        store = ox.Store(str(temporary))
        store.bulk_extend(quads)
        store.flush()
        del store  # closes it: nothing else refers to it
        if path.exists():
            path.rmdir()  # an empty directory, as _is_new_store saw
        os.replace(temporary, path)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _graph_sort_key(graph: _Graph) -> str:
    return "" if isinstance(graph, ox.DefaultGraph) else graph.value


def _graph_ref(graph: _Graph) -> str:
    """``DEFAULT`` or ``GRAPH <iri>`` (an IRI kg made, written by pyoxigraph)."""
    return "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"


def _drop_staging(store: ox.Store) -> None:
    """Remove staging graphs left by a build that was interrupted before its commit.

    A build stages its changes in one transaction, to graphs numbered from 0 (at least one of
    ``remove/n`` and ``add/n`` for each number), so the staging graphs are found without
    listing every graph of the store."""
    number = 0
    while staged := [
        graph
        for kind in ("remove", "add")
        if store.contains_named_graph(graph := _staging(kind, number))
    ]:
        for graph in staged:
            store.remove_graph(graph)
        number += 1


def store_summary(path: Path) -> StoreSummary:
    """How many documents, events and triples the store at ``path`` holds."""
    return _summary(open_read_only(path))


def _summary(store: ox.Store) -> StoreSummary:
    documents = sum(1 for g in store.named_graphs() if is_document_graph(g))
    events = sum(1 for _ in store.quads_for_pattern(None, _TYPE, _EVENT, ox.DefaultGraph()))
    return StoreSummary(documents=documents, events=events, triples=len(store))


# -- the index: what lets a build re-merge only what it touches ---------------------------------


def event_key(mention: EventMention) -> str:
    """The merge key of a mention: its type and participants (hashed), and its date. Only
    mentions with the same participants merge, and only when their dates are within
    ``MERGE_WINDOW_DAYS`` of each other (or, undated or dated by month or year, the same)."""
    return f"{event_id(participants_key(mention))}|{mention.date or ''}"


def index_key(mention: EventMention) -> str:
    """The key a store indexes a mention by (``kgo:eventKey``): its merge key, with a date to
    the day replaced by its week (from Monday), so that a build looks up the few weeks around
    each of its mentions instead of every day."""
    key = event_key(mention)
    participants, _, day = _key_parts(key)
    return key if day is None else _week_key(participants, day)


def _key_parts(key: str) -> tuple[str, str, dt.date | None]:
    """A merge key's participants, its date as written, and that date when it is a day."""
    participants, date = key.split("|", 1)
    return participants, date, parse_iso_date(date) if len(date) == 10 else None


def _week_key(participants: str, day: dt.date) -> str:
    return f"{participants}|week {day - dt.timedelta(days=day.weekday())}"


@dataclass(frozen=True)
class _Reach:
    """What a build's mentions can change: the merge keys of the stored mentions to read
    (``read``), the index keys to look them up by (``lookup``, by week), and for each
    participants key the dates of the events to lay out again (``dates``).

    A mention dated ``d`` can join, or move a mention into or out of, an event dated within
    ``MERGE_WINDOW_DAYS`` of ``d``; those events' mentions are dated up to twice as far, and
    which event each of them joins is decided by the dates within the window before it. So the
    build reads mentions dated within ``2 * MERGE_WINDOW_DAYS`` and lays out the events dated
    within ``MERGE_WINDOW_DAYS`` (a date by month or year, or none, is its own event).
    """

    read: frozenset[str]
    dates: Mapping[str, frozenset[str]]
    lookup: frozenset[str]

    @classmethod
    def of(cls, mentions: Iterable[EventMention]) -> _Reach:
        read: set[str] = set()
        dates: dict[str, set[str]] = {}
        lookup: set[str] = set()
        for mention in mentions:
            key = event_key(mention)
            participants, date, day = _key_parts(key)
            if day is None:
                read.add(key)
                lookup.add(key)
                dates.setdefault(participants, set()).add(date)
                continue
            window = MERGE_WINDOW_DAYS
            days = [day + dt.timedelta(days=n) for n in range(-2 * window, 2 * window + 1)]
            read.update(f"{participants}|{d.isoformat()}" for d in days)
            lookup.update(_week_key(participants, d) for d in days)
            dates.setdefault(participants, set()).update(
                _day(day, n) for n in range(-window, window + 1)
            )
        return cls(frozenset(read), {p: frozenset(d) for p, d in dates.items()}, frozenset(lookup))

    def events(self, extractions: Mapping[str, Extraction]) -> dict[str, list[Event]]:
        """The events within reach by participants key, merged from the mentions of
        ``extractions`` within reach in the order their documents were first added (actors as
        their mentions name them)."""
        order = sorted(extractions, key=lambda doc_id: (extractions[doc_id].position, doc_id))
        by_participants: dict[str, list[EventMention]] = {}
        for mention in (m for doc_id in order for m in extractions[doc_id].mentions):
            key = event_key(mention)
            if key in self.read:
                by_participants.setdefault(key.split("|", 1)[0], []).append(mention)
        return {
            participants: [
                event
                for event in merge_mentions(mentions)
                if (event.date or "") in self.dates.get(participants, frozenset())
            ]
            for participants, mentions in by_participants.items()
        }

    def within(self, extraction: Extraction) -> Extraction:
        """``extraction`` with only its mentions within reach (the rest it cannot change)."""
        mentions = tuple(m for m in extraction.mentions if event_key(m) in self.read)
        return Extraction(extraction.position, mentions)


def _day(day: dt.date, offset: int) -> str:
    return (day + dt.timedelta(days=offset)).isoformat()


def _key_quads(doc_id: str, extraction: Extraction) -> list[ox.Quad]:
    """The ``kgo:eventKey`` of a document's mentions (see ``index_key``), in its graph."""
    node, graph = document_node(doc_id), document_graph(doc_id)
    keys = sorted({index_key(m) for m in extraction.mentions})
    return [ox.Quad(node, EVENT_KEY, ox.Literal(key), graph) for key in keys]


def _actor_node(actor_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(actor_id_iri(actor_id)))


def _tally_quad(actor_id: str, tally: ActorTally) -> ox.Quad:
    record = json.dumps(tally.to_json(), ensure_ascii=False, separators=(",", ":"))
    literal = ox.Literal(record, datatype=RDF_JSON)
    return ox.Quad(_actor_node(actor_id), ACTOR_TALLY, literal, INDEX_GRAPH)


def _position_quad(position: int) -> ox.Quad:
    literal = ox.Literal(str(position), datatype=_INTEGER)
    return ox.Quad(_STORE, NEXT_POSITION, literal, INDEX_GRAPH)


def _index(state: _State) -> list[ox.Quad]:
    """The index of a whole store: each document's event keys, each actor's tally, and the
    position the next new document takes."""
    quads = [q for d, e in sorted(state.extractions.items()) for q in _key_quads(d, e)]
    tallies = actor_tallies(m for e in state.extractions.values() for m in e.mentions)
    quads += [_tally_quad(actor_id, tally) for actor_id, tally in sorted(tallies.items())]
    version = ox.Quad(_STORE, INDEX_VERSION, ox.Literal(INDEX_FORM), INDEX_GRAPH)
    return [*quads, _position_quad(state.next_position()), version]


def _is_indexed(store: ox.Store) -> bool:
    """Whether the store has an index in the form this kg writes."""
    versions = store.quads_for_pattern(_STORE, INDEX_VERSION, None, INDEX_GRAPH)
    return any(q.object == ox.Literal(INDEX_FORM) for q in versions)


class _NotAsWritten(Exception):
    """The store does not hold what kg would have written: lay it out again."""


@dataclass
class _Touched:
    """What a build touches in an indexed store, read from it: the stored documents that share
    an event key with the build's (``sharing``, and ``replaced``, the build's documents the
    store held before), the tallies of the actors the build's mentions name, and the activities
    that read the replaced documents."""

    store: ox.Store
    documents: Sequence[Document]
    activity: BuildActivity
    replaced: dict[str, Extraction]
    added: dict[str, Extraction]
    sharing: dict[str, Extraction]
    reach: _Reach  # what the replaced and added documents' mentions can change
    next_position: int
    tallies: dict[str, ActorTally]
    read_by: dict[str, URIRef]  # stored document -> the activity that read it

    @classmethod
    def read(
        cls,
        store: ox.Store,
        documents: Sequence[Document],
        mentions: Iterable[EventMention],
        activity: BuildActivity,
    ) -> _Touched:
        new_ids = {document.id for document in documents}
        replaced = _stored_extractions(store, new_ids)
        next_position = _next_position(store)
        added = _new_extractions(documents, mentions, replaced, next_position)
        reach = _Reach.of(m for e in (*replaced.values(), *added.values()) for m in e.mentions)
        sharing = {
            doc_id: reach.within(extraction)
            for doc_id, extraction in _stored_extractions(
                store, _documents_with_keys(store, reach.lookup) - new_ids
            ).items()
        }
        actor_ids = {
            actor.id
            for extraction in (*replaced.values(), *added.values())
            for mention in extraction.mentions
            for actor in mention_actors(mention)
        }
        read_by = {d: a for d in (*sharing, *replaced) if (a := _reading_activity(store, d))}
        return cls(
            store,
            documents,
            activity,
            replaced,
            added,
            sharing,
            reach,
            next_position,
            _stored_tallies(store, actor_ids),
            read_by,
        )

    def changes(self) -> tuple[set[ox.Quad], set[ox.Quad]] | None:
        """The quads to remove and to add; None when the store is not as kg wrote it.

        The events within reach are laid out before and after one participants key at a time
        (no two keys' events share a triple), so that only their differences are kept: a
        popular pair of actors can have many stored mentions within reach.
        """
        try:
            before, after = self.tallies, self._tallies_after()
            old_events = _with_forms_by_key(self.reach.events(self.sharing | self.replaced), before)
            new_events = _with_forms_by_key(self.reach.events(self.sharing | self.added), after)
            generated_by = self.read_by | dict.fromkeys(self.added, activity_iri(self.activity.id))
            removals, additions = self._event_changes(old_events, new_events, generated_by)
            old, new = self._quads(before, after, old_events, new_events, generated_by)
        except _NotAsWritten:
            return None
        removals |= set(old)
        additions |= set(new)
        return removals - additions, additions - removals

    def _event_changes(
        self,
        old_events: Mapping[str, list[Event]],
        new_events: Mapping[str, list[Event]],
        generated_by: Mapping[str, URIRef],
    ) -> tuple[set[ox.Quad], set[ox.Quad]]:
        """The event quads to remove and to add, laid out one participants key at a time
        (``generated_by``: the activity that read each document, after this build)."""
        removals: set[ox.Quad] = set()
        additions: set[ox.Quad] = set()
        for key in sorted(set(old_events) | set(new_events)):
            was, now = old_events.get(key, []), new_events.get(key, [])
            described = {iri for e in (*was, *now) for iri in _described(e)}
            old = set(_layout(was, (), (), self.read_by, described))
            new = set(_layout(now, (), (), generated_by, described))
            removals |= old - new
            additions |= new - old
        return removals, additions

    def _quads(
        self,
        before: Mapping[str, ActorTally],
        after: Mapping[str, ActorTally],
        old_by_key: Mapping[str, list[Event]],
        new_by_key: Mapping[str, list[Event]],
        generated_by: Mapping[str, URIRef],
    ) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """The quads of all but the events (see ``_event_changes``), before and after."""
        old_events = [e for events in old_by_key.values() for e in events]
        new_events = [e for events in new_by_key.values() for e in events]
        activities, still = self._activities()
        old = _layout((), (), activities, self.read_by)
        new = _layout((), self.documents, still, generated_by)
        old += [q for d in sorted(self.replaced) for q in _document_quads(self.store, d)]
        for doc_id, extraction in sorted(self.added.items()):
            new += [_extraction_quad(doc_id, extraction), *_key_quads(doc_id, extraction)]
        following = max((e.position + 1 for e in self.added.values()), default=0)
        old.append(_position_quad(self.next_position))
        new.append(_position_quad(max(self.next_position, following)))
        self._actors(before, after, old, new, {_event_node(e) for e in old_events})
        self._places(old_events, new_events, old, new)
        self._software(activities, still, old)
        return old, new

    def _tallies_after(self) -> dict[str, ActorTally]:
        after = {actor_id: tally.copy() for actor_id, tally in self.tallies.items()}
        for times, extractions in ((-1, self.replaced), (1, self.added)):
            count_mentions(after, (m for e in extractions.values() for m in e.mentions), times)
        return after

    def _activities(self) -> tuple[list[BuildActivity], list[BuildActivity]]:
        """The activities that read replaced documents, before and after; and the new one."""
        nodes = {ox.NamedNode(str(self.read_by[d])) for d in self.replaced if d in self.read_by}
        before = list(read_activities(_provenance_graph(self.store, nodes))) if nodes else []
        new_ids = set(self.added)
        after = [_without(a, new_ids) for a in before if set(a.documents) - new_ids]
        if self.activity.documents:  # a build that read nothing made nothing to record
            after.append(self.activity)
        return before, after

    def _actors(
        self,
        before: Mapping[str, ActorTally],
        after: Mapping[str, ActorTally],
        old: list[ox.Quad],
        new: list[ox.Quad],
        relaid: set[ox.NamedNode],
    ) -> None:
        """Tallies, and the descriptions of actors whose form changes (with the labels of the
        other events that name them, which carry their participants' labels)."""
        relabelled: dict[str, str] = {}  # actor IRI -> new label
        for actor_id in sorted(set(before) | set(after)):
            was, now = before.get(actor_id), after.get(actor_id)
            if was:
                old.append(_tally_quad(actor_id, was))
            if now:
                new.append(_tally_quad(actor_id, now))
            old_form = was.form(actor_id) if was else None
            new_form = now.form(actor_id) if now else None
            if old_form == new_form:
                continue
            if old_form is not None:
                old += _description(add_actor, old_form)
            if new_form is not None:
                new += _description(add_actor, new_form)
            if old_form is not None and new_form is not None and old_form.label != new_form.label:
                relabelled[str(actor_id_iri(actor_id))] = new_form.label
        naming = _events_naming(self.store, (ox.NamedNode(iri) for iri in relabelled))
        for event in naming - relaid:
            old_label, new_label = _event_labels(self.store, event, relabelled)
            old.append(ox.Quad(event, _LABEL, old_label))
            new.append(ox.Quad(event, _LABEL, new_label))

    def _places(
        self,
        old_events: list[Event],
        new_events: list[Event],
        old: list[ox.Quad],
        new: list[ox.Quad],
    ) -> None:
        """Describe the places of the new events; drop those no other event names any more."""
        old_places = {place_iri(e.place): e.place for e in old_events if e.place}
        new_places = {place_iri(e.place): e.place for e in new_events if e.place}
        for place in new_places.values():
            new += _description(add_place, place)
        relaid = {_event_node(e) for e in old_events}
        for iri, place in old_places.items():
            naming = self.store.quads_for_pattern(None, _HAS_PLACE, ox.NamedNode(str(iri)), None)
            if iri not in new_places and all(q.subject in relaid for q in naming):
                old += _description(add_place, place)  # stops at the first other event

    def _software(
        self, activities: list[BuildActivity], still: list[BuildActivity], old: list[ox.Quad]
    ) -> None:
        """Keep the description of software that another activity still names."""
        dropped = {ox.NamedNode(str(activity_iri(a.id))) for a in activities} - {
            ox.NamedNode(str(activity_iri(a.id))) for a in still
        }
        named = {
            q.object
            for q in old
            if q.subject in dropped
            and q.predicate in (_USED, _ASSOCIATED_WITH)
            and isinstance(q.object, ox.NamedNode)
            and not q.object.value.startswith(_DOCUMENTS)
        }
        for software in named:
            users = {
                q.subject
                for predicate in (_USED, _ASSOCIATED_WITH)
                for q in self.store.quads_for_pattern(None, predicate, software, None)
            }
            if users - dropped:
                old[:] = [q for q in old if q.subject != software]


def _stored_extractions(store: ox.Store, doc_ids: Iterable[str]) -> dict[str, Extraction]:
    """The extraction records of those of ``doc_ids`` the store holds."""
    found: dict[str, Extraction] = {}
    for doc_id in doc_ids:
        for quad in store.quads_for_pattern(
            document_node(doc_id), EXTRACTION, None, document_graph(doc_id)
        ):
            if isinstance(quad.object, ox.Literal):
                found[doc_id] = read_extraction_record(quad.object.value)
    return found


def _next_position(store: ox.Store) -> int:
    for quad in store.quads_for_pattern(_STORE, NEXT_POSITION, None, INDEX_GRAPH):
        if isinstance(quad.object, ox.Literal):
            return int(quad.object.value)
    raise _NotAsWritten


def _documents_with_keys(store: ox.Store, keys: Iterable[str]) -> set[str]:
    """The stored documents with a mention of one of the index ``keys``."""
    return {
        graph_document_id(quad.graph_name)
        for key in keys
        for quad in store.quads_for_pattern(None, EVENT_KEY, ox.Literal(key), None)
        if isinstance(quad.graph_name, ox.NamedNode)
    }


def _stored_tallies(store: ox.Store, actor_ids: Iterable[str]) -> dict[str, ActorTally]:
    tallies: dict[str, ActorTally] = {}
    for actor_id in actor_ids:
        for quad in store.quads_for_pattern(_actor_node(actor_id), ACTOR_TALLY, None, INDEX_GRAPH):
            if isinstance(quad.object, ox.Literal):
                tallies[actor_id] = ActorTally.from_json(json.loads(quad.object.value))
    return tallies


def _reading_activity(store: ox.Store, doc_id: str) -> URIRef | None:
    """The build activity that read the stored document ``doc_id``."""
    node, graph = document_node(doc_id), document_graph(doc_id)
    for quad in store.quads_for_pattern(None, _USED, node, graph):
        if isinstance(quad.subject, ox.NamedNode):
            return URIRef(quad.subject.value)
    return None


def _with_forms_by_key(
    events: Mapping[str, list[Event]], tallies: Mapping[str, ActorTally]
) -> dict[str, list[Event]]:
    return {key: _with_forms(group, tallies) for key, group in events.items()}


def _with_forms(events: list[Event], tallies: Mapping[str, ActorTally]) -> list[Event]:
    """``events`` with each actor in the form its tally gives."""
    if any(not tallies.get(a.id) for e in events for a in (e.actor, e.target) if a is not None):
        raise _NotAsWritten  # a stored mention whose actor has no tally
    return with_actor_forms(events, tallies)


def _described(event: Event) -> Iterator[URIRef]:
    """The actors and places an event names, whose descriptions the store keeps apart."""
    for actor in (event.actor, event.target):
        if actor is not None:
            yield actor_id_iri(actor.id)
    if event.place is not None:
        yield place_iri(event.place)


def _event_node(event: Event) -> ox.NamedNode:
    return ox.NamedNode(str(event_iri(event.id)))


def _description(
    add: Callable[[Graph, Any, set[URIRef]], URIRef], node: Actor | Place
) -> list[ox.Quad]:
    """The quads that describe one actor or place."""
    graph = TripleList()
    add(graph, node, set())
    return _in_layout(graph.added)


def _events_naming(store: ox.Store, actors: Iterable[ox.NamedNode]) -> set[ox.NamedNode]:
    return {
        quad.subject
        for actor in actors
        for role in (_ACTOR, _TARGET)
        for quad in store.quads_for_pattern(None, role, actor, ox.DefaultGraph())
        if isinstance(quad.subject, ox.NamedNode)
    }


def _event_labels(
    store: ox.Store, event: ox.NamedNode, relabelled: Mapping[str, str]
) -> tuple[ox.Literal, ox.Literal]:
    """A stored event's label, and its label with the new labels of the ``relabelled`` actors
    (by IRI)."""
    label, actor, target = (_value(store, event, p) for p in (_LABEL, _ACTOR, _TARGET))
    if label is None or actor is None:
        raise _NotAsWritten

    def name(iri: str | None) -> str | None:
        if iri is None:
            return None
        return relabelled.get(iri) or _value(store, ox.NamedNode(iri), _LABEL)

    new = event_label(
        name(actor) or "",
        _value(store, event, _ACTION) or "",
        name(target),
        (_value(store, event, _EVENT_TYPE) or "").rsplit("/", 1)[-1],
        _value(store, event, _TIME_STAMP),
    )
    return ox.Literal(label), ox.Literal(new)


def _value(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
    """The text of a literal, or the IRI, that ``subject`` has for ``predicate`` (the first)."""
    for quad in store.quads_for_pattern(subject, predicate, None, ox.DefaultGraph()):
        if isinstance(quad.object, ox.NamedNode | ox.Literal):
            return quad.object.value
    return None


# -- exporting -----------------------------------------------------------------------------------


def exported_quads(dataset: ox.Store) -> Iterator[ox.Quad]:
    """The quads of ``dataset`` that exports write: all but the store's own bookkeeping
    (extraction records, event keys, the index graph)."""
    for quad in dataset.quads_for_pattern(None, None, None, None):
        if quad.predicate not in BOOKKEEPING and quad.graph_name != INDEX_GRAPH:
            yield quad


def write_dataset(dataset: ox.Store, stream: IO[bytes], syntax: RdfSyntax) -> int:
    """Write ``dataset`` to ``stream`` in ``syntax``; returns how many triples (or quads).

    Triple syntaxes get the union of the graphs; N-Quads, TriG and JSON-LD keep one named graph
    per document. JSON-LD is compacted with kg's context (``ontologies/context.jsonld``).
    """
    quads = list(exported_quads(dataset))
    if syntax is RdfSyntax.JSONLD:
        _write_jsonld(quads, stream)
    elif syntax.has_graphs:
        ox.serialize(quads, stream, syntax.oxigraph, prefixes=_OX_PREFIXES)
    else:
        ox.serialize((q.triple for q in quads), stream, syntax.oxigraph, prefixes=_OX_PREFIXES)
    return len(quads)


def export(source: Path, output: Path, syntax: RdfSyntax) -> int:
    """Write the graph file or store ``source`` to ``output`` in ``syntax``, through a
    temporary file and a rename; returns how many triples."""
    dataset = open_dataset(source)
    with atomic_output(output) as stream:
        return write_dataset(dataset, stream, syntax)


def jsonld_context() -> dict[str, Any]:
    """kg's JSON-LD context (the ``@context`` object of ``ontologies/context.jsonld``)."""
    text = resources.files("kg").joinpath("data/context.jsonld").read_text(encoding="utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def _write_jsonld(quads: Sequence[ox.Quad], stream: IO[bytes]) -> None:
    """JSON-LD compacted with kg's context, by rdflib's serialiser (pyoxigraph writes expanded
    JSON-LD only), from rdflib's own dataset store, which keeps the default graph apart."""
    dataset = Dataset()
    for quad in quads:
        triple = (rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object))
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode):
            dataset.graph(URIRef(graph.value)).add(triple)
        else:
            dataset.add(triple)
    document = from_rdf(  # type: ignore[no-untyped-call]  # rdflib leaves it untyped
        dataset, context_data=jsonld_context(), auto_compact=True
    )
    if isinstance(document, dict) and "@graph" in document:
        document["@graph"] = _with_default_graph_at_top(document["@graph"])
    document = _in_order(document)  # the same graph, the same bytes
    stream.write(json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def _in_order(value: Any) -> Any:
    """JSON with every array in a stable order: JSON-LD arrays of values are sets, and rdflib
    writes them in the order of its hash tables."""
    if isinstance(value, dict):
        return {key: _in_order(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_in_order(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value


def _with_default_graph_at_top(items: list[Any]) -> list[Any]:
    """rdflib wraps the default graph's nodes in ``{"@graph": [...]}``, which JSON-LD reads as a
    graph named by a blank node: put those nodes at the top level, where the default graph is."""
    top: list[Any] = []
    for item in items:
        if isinstance(item, dict) and set(item) == {"@graph"}:
            top.extend(item["@graph"])
        else:
            top.append(item)
    return top


def rdflib_term(term: object) -> Node:
    """An Oxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal), f"unexpected term {term!r}"
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
