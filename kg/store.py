"""The kg store: an Oxigraph store on disk that builds add to, and kg's graphs as RDF datasets.

A store is a ``pyoxigraph.Store`` directory (``kg build INPUT... --store DIR``). Its layout, also
used to split a single graph file into graphs on export (see ``ontologies/README.md``):

- ``kg:graph/document/{id}``, one named graph per document: the document node, the build
  activity's ``prov:used`` link to it, the mentions derived from it (with the events'
  ``kgo:hasMention`` links to them) and, in a store only, its extraction record
  (``kgo:extraction``, the document's event mentions before merging, as ``rdf:JSON``);
- the default graph: what documents share, the events, actors, places, ``kgo:met`` edges, build
  activities and the software that ran.

Events merge mentions across documents, so events are derived: every build reads the extraction
records of the documents already stored and merges all mentions again, the new documents' with
them (``merge_mentions``, ``unify_actors``), exactly as one build of all the documents would. The
events whose record changed are laid out as triples before and after, and the store changes by
the difference: a document's mention that joins another event moves, a source count goes up.
Re-ingesting a document replaces its graph; the same input built twice gives the same triples
(IRIs derive from content; only the activity's times change).

Each build is one transaction: the quads to remove and to add are written to staging graphs, then
one SPARQL update (applied atomically by Oxigraph) applies them. A new store is bulk-loaded into a
directory beside its name, then renamed.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self
from urllib.parse import unquote

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.serializers.jsonld import from_rdf
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf import (
    KG,
    KGO,
    PROV,
    WRITTEN_PREFIXES,
    BuildActivity,
    RdfSyntax,
    activity_iri,
    actor_iri,
    add_activity,
    add_document,
    add_event,
    atomic_output,
    build_activity,
    document_iri,
    place_iri,
    read_activities,
)
from kg.records import Actor, Document, Event, EventMention, Mention, Place
from kg.resolve import merge_mentions, unify_actors

if TYPE_CHECKING:
    from kg.pipeline import BuildResult

DOCUMENT_GRAPHS = str(KG["graph/document/"])
STAGING_GRAPHS = str(KG["graph/staging/"])
EXTRACTION = ox.NamedNode(str(KGO.extraction))
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

    def generated_by(self) -> dict[str, URIRef]:
        """Document id -> the activity that read it."""
        return {d: activity_iri(a.id) for a in self.activities for d in a.documents}

    def adding(
        self, documents: Sequence[Document], mentions: Iterable[EventMention], by: BuildActivity
    ) -> _State:
        """The state once ``documents`` (and their ``mentions``) are added ``by`` a build."""
        new_ids = {document.id for document in documents}
        added = _new_extractions(documents, mentions, self.extractions)
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
    return {quad.object.value for quad in quads if isinstance(quad.object, ox.Literal)}


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
    ``path``, replacing any earlier version of those documents, and re-merge the events.

    A new store is written with Oxigraph's bulk loader into a directory beside ``path``, then
    renamed to ``path``. An existing store changes in one transaction, by the triples that
    differ between its events before and after (see ``_changes``).
    """
    if _is_new_store(path):
        after = _State().adding(documents, mentions, activity)
        quads = _full_layout(after, documents)
        _create_store(path, quads)
        return _summary_of(quads)
    store = _open_for_writing(path)
    _drop_staging(store)
    before = _read_state(store)
    after = before.adding(documents, mentions, activity)
    removals, additions = _changes(store, before, after, documents)
    if all(quad in store for quad in removals):
        _apply(store, removals, additions)
    else:  # the store does not hold what kg would have written: lay it all out again
        _rewrite(store, after, documents)
    store.flush()  # on disk now: read-only opens need not replay the write-ahead log
    return _summary(store)


def _full_layout(state: _State, documents: Sequence[Document]) -> list[ox.Quad]:
    """Every triple of ``state``, but the descriptions of documents not in ``documents``."""
    quads = _layout(state.events(), documents, state.activities, state.generated_by())
    new_ids = {document.id for document in documents}
    return quads + [_extraction_quad(d, e) for d, e in state.extractions.items() if d in new_ids]


def _changes(
    store: ox.Store, before: _State, after: _State, documents: Sequence[Document]
) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The quads to remove from and to add to ``store`` to go from ``before`` to ``after``.

    Events are merged anew from all extraction records (cheap: records in memory), but only the
    events whose record changed, and those with a mention from a replaced document (their
    mentions come from a new build), are laid out as triples, before and after. Actors and
    places whose description does not change, and ``kgo:met`` pairs that stay, are left alone.
    """
    old_events, new_events = before.events(), after.events()
    replaced = {document.id for document in documents}
    old_set, new_set = set(old_events), set(new_events)

    def touched(event: Event) -> bool:
        return any(mention.doc in replaced for mention in event.mentions)

    gone = [e for e in old_events if e not in new_set or touched(e)]
    come = [e for e in new_events if e not in old_set or touched(e)]
    stable = _described_nodes(old_events) & _described_nodes(new_events)
    old_met, new_met = _met_pairs(old_events), _met_pairs(new_events)
    old = _layout(gone, (), before.activities, before.generated_by(), stable, skip_met=new_met)
    new = _layout(come, documents, after.activities, after.generated_by(), stable, skip_met=old_met)
    old += [q for d in sorted(replaced) for q in _document_quads(store, d)]
    new += [_extraction_quad(d, after.extractions[d]) for d in sorted(replaced)]
    removals, additions = set(old), set(new)
    return removals - additions, additions - removals


def _described_nodes(events: Iterable[Event]) -> set[tuple[str, object]]:
    """The actors and places of ``events``, each with the record its description comes from."""
    nodes: set[tuple[str, object]] = set()
    for event in events:
        for actor in (event.actor, event.target):
            if actor is not None:
                nodes.add((str(actor_iri(actor)), actor))
        if event.place is not None:
            nodes.add((str(place_iri(event.place)), event.place))
    return nodes


def _met_pairs(events: Iterable[Event]) -> set[tuple[str, str]]:
    """The ``kgo:met`` edges ``events`` give (rdf.py writes one per CONSULT event)."""
    return {
        (str(actor_iri(e.actor)), str(actor_iri(e.target)))
        for e in events
        if e.type == "CONSULT" and e.target is not None
    }


def _document_quads(store: ox.Store, doc_id: str) -> list[ox.Quad]:
    """The stored document node's own quads (its description and extraction record)."""
    return list(store.quads_for_pattern(document_node(doc_id), None, None, document_graph(doc_id)))


def _rewrite(store: ox.Store, after: _State, documents: Sequence[Document]) -> None:
    """Make the whole store what kg lays out for ``after`` (keeping documents' descriptions)."""
    new_ids = {document.id for document in documents}
    quads = _full_layout(after, documents)
    quads += [
        q for d in sorted(set(after.extractions) - new_ids) for q in _document_quads(store, d)
    ]
    graphs: set[_Graph] = {ox.DefaultGraph(), *store.named_graphs(), *(q.graph_name for q in quads)}
    _replace_graphs(store, graphs, quads)


def _new_extractions(
    documents: Sequence[Document],
    mentions: Iterable[EventMention],
    stored: Mapping[str, Extraction],
) -> dict[str, Extraction]:
    """The extraction records of the documents being added: a document added before keeps its
    position, a new one goes after all the others."""
    found: dict[str, list[EventMention]] = {document.id: [] for document in documents}
    for mention in mentions:
        found.setdefault(mention.mention.doc, []).append(mention)
    following = max((e.position for e in stored.values()), default=-1) + 1
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
    mentions = [m for doc_id in order for m in extractions[doc_id].mentions]
    return unify_actors(merge_mentions(mentions))


def _read_state(store: ox.Store) -> _State:
    extractions: dict[str, Extraction] = {}
    for quad in store.quads_for_pattern(None, EXTRACTION, None, None):
        graph, record = quad.graph_name, quad.object
        if isinstance(graph, ox.NamedNode) and isinstance(record, ox.Literal):
            extractions[graph_document_id(graph)] = read_extraction_record(record.value)
    activities = tuple(read_activities(_provenance_graph(store)))
    return _State(extractions=extractions, activities=activities)


def _provenance_graph(store: ox.Store) -> Graph:
    """The build activities of ``store`` and the software they name, copied into an in-memory
    graph (an rdflib view of the store itself would keep it open after the build)."""
    activities = {q.subject for q in store.quads_for_pattern(None, _TYPE, _ACTIVITY, None)}
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
    described: Iterable[tuple[str, object]] = (),
    *,
    skip_met: set[tuple[str, str]] | None = None,
) -> list[ox.Quad]:
    """The quads kg writes for ``events``, ``documents`` and ``activities``, in kg's layout;
    without describing the actors and places in ``described``, or the ``kgo:met`` edges in
    ``skip_met``."""
    graph = _TripleList()
    for document in documents:
        add_document(graph, document)
    for activity in activities:
        add_activity(graph, activity)
    already = {URIRef(iri) for iri, _ in described}
    for event in events:
        add_event(graph, event, already, generated_by)
    triples = graph.added
    if skip_met:
        triples = [t for t in triples if t[1] != KGO.met or (str(t[0]), str(t[2])) not in skip_met]
    # through an Oxigraph store, which writes some literals in canonical form (xsd:integer for
    # xsd:nonNegativeInteger, ...), as every store and every file kg writes has them
    canonical = ox.Store()
    canonical.extend(_quad(triple) for triple in triples)
    return split_into_graphs(q.triple for q in canonical.quads_for_pattern(None, None, None, None))


class _TripleList(Graph):
    """A graph that only keeps the triples added to it (kg's writers only add)."""

    def __init__(self) -> None:
        super().__init__()
        self.added: list[tuple[Node, Node, Node]] = []

    def add(self, triple: tuple[Node, Node, Node]) -> Self:
        self.added.append(triple)
        return self


def _quad(triple: tuple[Node, Node, Node]) -> ox.Quad:
    subject, predicate, value = (_oxigraph(term) for term in triple)
    assert isinstance(subject, ox.NamedNode | ox.BlankNode) and isinstance(predicate, ox.NamedNode)
    return ox.Quad(subject, predicate, value)


@functools.lru_cache(maxsize=1 << 16)
def _oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph term (as oxrdflib converts it)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    assert isinstance(term, Literal), f"unexpected term {term!r}"
    datatype = ox.NamedNode(term.datatype) if term.datatype else None
    return ox.Literal(term, language=term.language, datatype=datatype)


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
    """Remove staging graphs left by a build that was interrupted before its commit."""
    for graph in list(store.named_graphs()):
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(STAGING_GRAPHS):
            store.remove_graph(graph)


def store_summary(path: Path) -> StoreSummary:
    """How many documents, events and triples the store at ``path`` holds."""
    return _summary(open_read_only(path))


def _summary(store: ox.Store) -> StoreSummary:
    documents = sum(1 for g in store.named_graphs() if is_document_graph(g))
    events = sum(1 for _ in store.quads_for_pattern(None, _TYPE, _EVENT, ox.DefaultGraph()))
    return StoreSummary(documents=documents, events=events, triples=len(store))


def _summary_of(quads: Sequence[ox.Quad]) -> StoreSummary:
    documents = {q.graph_name for q in quads if is_document_graph(q.graph_name)}
    events = sum(1 for q in quads if q.predicate == _TYPE and q.object == _EVENT)
    return StoreSummary(documents=len(documents), events=events, triples=len(quads))


# -- exporting -----------------------------------------------------------------------------------


def exported_quads(dataset: ox.Store) -> Iterator[ox.Quad]:
    """The quads of ``dataset`` that exports write: all but the store's extraction records."""
    for quad in dataset.quads_for_pattern(None, None, None, None):
        if quad.predicate != EXTRACTION:
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
        triple = (_rdflib(quad.subject), _rdflib(quad.predicate), _rdflib(quad.object))
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


def _rdflib(term: object) -> Node:
    """An Oxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal), f"unexpected term {term!r}"
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
