"""RDF: events to an rdflib graph on the Oxigraph store, aligned with SEM, schema.org and PROV-O.

Every event is a ``kgo:Event``, ``sem:Event`` and ``schema:Event`` with its participants through
``sem:hasActor`` (``kgo:actor`` / ``kgo:target`` say which role), its date through
``sem:hasTimeStamp`` as ``xsd:date`` (``xsd:gYearMonth`` / ``xsd:gYear`` where the text is that
coarse) and its place through ``sem:hasPlace``. Mentions are ``prov:Entity``s derived from their
document, with the sentence and its character offsets (NIF). IRIs derive from content, so the
same input gives the same triples. Article text only ever becomes literals.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Self
from urllib.parse import quote, unquote

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.gazetteer import load_gazetteer
from kg.records import Actor, Document, Event, Mention, Place
from kg.version import __version__


class _Terms(Namespace):
    """A namespace that makes each of its terms once: writers ask for ``KGO.actor`` for every
    event, and rdflib's ``Namespace`` checks and builds a new IRI each time."""

    @functools.lru_cache(maxsize=1024)  # noqa: B019  # namespaces live as long as the module
    def term(self, name: str) -> URIRef:
        return super().term(name)

    def __getattr__(self, name: str) -> URIRef:
        # Called only when ``name`` is not yet an attribute: keep the term as one, so that the
        # next ``KGO.actor`` is a plain attribute look-up, not a failed one and a call.
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


KG = _Terms("https://w3id.org/kg/id/")
KGO = _Terms("https://w3id.org/kg/ontology#")
SEM = _Terms("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = _Terms("https://schema.org/")
WD = _Terms("http://www.wikidata.org/entity/")
PROV = _Terms("http://www.w3.org/ns/prov#")
NIF = _Terms("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PREFIXES = {
    "kg": KG,
    "kgo": KGO,
    "sem": SEM,
    "schema": SCHEMA,
    "prov": PROV,
    "nif": NIF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "wd": WD,
}
# Prefixes for written files. kg's own resources are written as full IRIs: their local parts hold
# "/" and may end in ".", which a prefixed name can only carry escaped ("kg:document\/\."), and
# some parsers, rdflib's among them, misread those.
WRITTEN_PREFIXES = {prefix: namespace for prefix, namespace in PREFIXES.items() if prefix != "kg"}

_KIND_CLASSES = {
    "person": (KGO.Person, SCHEMA.Person),
    "state": (KGO.State, SCHEMA.Country),
    "government": (KGO.Government, SCHEMA.GovernmentOrganization),
    "organization": (KGO.Organization, SCHEMA.Organization),
    "igo": (KGO.IntergovernmentalOrganization, SCHEMA.Organization),
    "military": (KGO.Military, SCHEMA.Organization),
    "group": (KGO.Group, SCHEMA.Organization),
}
_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
# Terms the writers use for every event, looked up once (rdflib's RDF, RDFS and XSD make each on
# every attribute access).
_A, _LABEL = RDF.type, RDFS.label
_NON_NEGATIVE, _DECIMAL, _INTEGER = XSD.nonNegativeInteger, XSD.decimal, XSD.integer
_XSD_DATE = XSD.date


def new_graph(quads: Iterable[pyoxigraph.Quad] = ()) -> Graph:
    """A graph on a new Oxigraph store (holding ``quads``) with kg's prefixes for written files
    bound."""
    store = pyoxigraph.Store()
    store.extend(quads)
    graph = Graph(
        store=OxigraphStore(store=store),
        identifier=DATASET_DEFAULT_GRAPH_ID,
        bind_namespaces="none",
    )
    for prefix, namespace in WRITTEN_PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class TripleList(Graph):
    """A graph that only keeps the triples added to it, in order (kg's writers only add).

    Writing into it and then moving the triples into Oxigraph at once (``oxigraph_quad``) is
    faster than adding them to an Oxigraph-backed graph one by one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.added: list[tuple[Node, Node, Node]] = []

    def add(self, triple: tuple[Node, Node, Node]) -> Self:
        self.added.append(triple)
        return self


def oxigraph_quad(triple: tuple[Node, Node, Node]) -> pyoxigraph.Quad:
    """An rdflib triple as an Oxigraph quad in the default graph."""
    subject, predicate = _oxigraph(triple[0]), _oxigraph(triple[1])
    assert isinstance(subject, (pyoxigraph.NamedNode, pyoxigraph.BlankNode))
    assert isinstance(predicate, pyoxigraph.NamedNode)
    return pyoxigraph.Quad(subject, predicate, _oxigraph(triple[2]))


def _oxigraph(term: Node) -> pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal:
    """An rdflib term as an Oxigraph term (as oxrdflib converts it)."""
    if type(term) is URIRef:  # most terms: no walk of rdflib's class checks
        return _oxigraph_iri(term)
    if isinstance(term, URIRef):
        return _oxigraph_iri(term)
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(term)
    assert isinstance(term, Literal), f"unexpected term {term!r}"
    datatype = term.datatype
    return pyoxigraph.Literal(
        term, language=term.language, datatype=_oxigraph_iri(datatype) if datatype else None
    )


# Caches are bounded and hold IRIs only, which recur (classes, predicates, actors); literals
# (sentences) mostly do not, and a long build would keep every one of them.
_RECURRING = 8192


@functools.lru_cache(maxsize=_RECURRING)
def _oxigraph_iri(iri: str) -> pyoxigraph.NamedNode:
    return pyoxigraph.NamedNode(iri)


@functools.lru_cache(maxsize=_RECURRING)
def _iri(kind: str, key: str) -> URIRef:
    return KG[f"{kind}/{quote(key, safe='/-._~')}"]


def actor_iri(actor: Actor) -> URIRef:
    return actor_id_iri(actor.id)


def actor_id_iri(actor_id: str) -> URIRef:
    """The IRI of the actor whose id is ``actor_id``, ``kg:actor/{id}``."""
    return _iri("actor", actor_id)


def event_iri(event_id: str) -> URIRef:
    return _iri("event", event_id)


def document_iri(doc_id: str) -> URIRef:
    return _iri("document", doc_id)


def place_iri(place: Place) -> URIRef:
    key = hashlib.sha1(f"{place.label}|{place.country or ''}".encode()).hexdigest()[:16]
    return _iri("place", key)


def mention_iri(event_id: str, mention: Mention) -> URIRef:
    key = f"{event_id}|{mention.doc}|{mention.start}|{mention.end}"
    return _iri("mention", hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


@functools.lru_cache(maxsize=_RECURRING)
def date_literal(date: str) -> Literal:
    return Literal(date, datatype=_DATE_TYPES.get(len(date), _XSD_DATE))


@functools.lru_cache(maxsize=_RECURRING)
def _recurring(value: str | int, datatype: URIRef | None = None) -> Literal:
    """A literal whose value recurs from event to event (an action, a code, a confidence, an
    offset in a sentence several events share), made once: rdflib checks and converts each
    value it is given."""
    return Literal(value, datatype=datatype)


# -- writing -------------------------------------------------------------------------------------


def add_actor(graph: Graph, actor: Actor, described: set[URIRef]) -> URIRef:
    node = actor_iri(actor)
    if node in described:
        return node
    described.add(node)
    graph.add((node, _A, KGO.Actor))
    graph.add((node, _A, SEM.Actor))
    for cls in _KIND_CLASSES.get(actor.kind, ()):
        graph.add((node, _A, cls))
    graph.add((node, _LABEL, Literal(actor.label)))
    graph.add((node, KGO.actorId, Literal(actor.id)))
    graph.add((node, KGO.kind, Literal(actor.kind)))
    if actor.country:
        graph.add((node, KGO.country, Literal(actor.country)))
    if actor.affiliation:
        graph.add((node, KGO.affiliation, Literal(actor.affiliation)))
    if wikidata := _wikidata_id(actor):
        graph.add((node, OWL.sameAs, WD[wikidata]))
    return node


def _wikidata_id(actor: Actor) -> str | None:
    """The Wikidata item of an actor the gazetteer knows ("Q7747" for Vladimir Putin)."""
    entry = load_gazetteer().lookup(actor.id)
    return entry.wikidata if entry is not None and entry.id == actor.id else None


def add_place(graph: Graph, place: Place, described: set[URIRef]) -> URIRef:
    node = place_iri(place)
    if node in described:
        return node
    described.add(node)
    graph.add((node, _A, SEM.Place))
    graph.add((node, _A, SCHEMA.Place))
    graph.add((node, _LABEL, Literal(place.label)))
    if place.country:
        graph.add((node, KGO.country, Literal(place.country)))
    return node


def _add_mention(
    graph: Graph,
    event_node: URIRef,
    event_id: str,
    mention: Mention,
    activity: URIRef | None = None,
) -> None:
    node = mention_iri(event_id, mention)
    if activity is not None:  # provenance (kg store): the build that made this mention
        graph.add((node, PROV.wasGeneratedBy, activity))
    graph.add((node, _A, KGO.EventMention))
    graph.add((node, _A, PROV.Entity))
    graph.add((node, KGO.mentionOf, event_node))
    graph.add((event_node, KGO.hasMention, node))
    graph.add((node, PROV.wasDerivedFrom, document_iri(mention.doc)))
    graph.add((node, NIF.anchorOf, Literal(mention.sentence)))
    graph.add((node, NIF.beginIndex, _recurring(mention.start, _NON_NEGATIVE)))
    graph.add((node, NIF.endIndex, _recurring(mention.end, _NON_NEGATIVE)))
    graph.add((node, KGO.confidence, _recurring(str(mention.confidence), _DECIMAL)))


def add_event(
    graph: Graph,
    event: Event,
    described: set[URIRef] | None = None,
    generated_by: Mapping[str, URIRef] | None = None,
) -> URIRef:
    """Add one event, its participants, place and mentions to ``graph``.

    ``described`` holds the actors and places already written, so that a build describes each
    once instead of once per event. ``generated_by`` maps a document id to the build activity
    that read it: its mentions are ``prov:wasGeneratedBy`` that activity.
    """
    generated_by = generated_by or {}
    described = set() if described is None else described
    node = event_iri(event.id)
    for cls in (KGO.Event, SEM.Event, SCHEMA.Event):
        graph.add((node, _A, cls))
    graph.add((node, KGO.eventType, KGO[f"type/{event.type}"]))
    graph.add((node, KGO.action, _recurring(event.action)))
    graph.add((node, _LABEL, Literal(_event_label(event))))
    if event.cameo:
        graph.add((node, KGO.cameo, _recurring(event.cameo)))
    actor = add_actor(graph, event.actor, described)
    graph.add((node, KGO.actor, actor))
    graph.add((node, SEM.hasActor, actor))
    if event.target is not None:
        target = add_actor(graph, event.target, described)
        graph.add((node, KGO.target, target))
        graph.add((node, SEM.hasActor, target))
        if event.type == "CONSULT":
            graph.add((actor, KGO.met, target))
    if event.date:
        graph.add((node, SEM.hasTimeStamp, date_literal(event.date)))
    graph.add((node, KGO.dateSource, _recurring(event.date_source)))
    if event.place is not None:
        graph.add((node, SEM.hasPlace, add_place(graph, event.place, described)))
    graph.add((node, KGO.sources, _recurring(event.sources, _INTEGER)))
    for mention in event.mentions:
        _add_mention(graph, node, event.id, mention, generated_by.get(mention.doc))
    return node


def _event_label(event: Event) -> str:
    target = event.target.label if event.target else None
    return event_label(event.actor.label, event.action, target, event.type, event.date)


def event_label(
    actor: str, action: str, target: str | None, event_type: str, date: str | None
) -> str:
    """An event's ``rdfs:label``: "Vladimir Putin meet Moon Jae-in (CONSULT, 2017-09-06)"."""
    target = f" {target}" if target else ""
    return f"{actor} {action}{target} ({event_type}, {date or 'undated'})"


def add_document(graph: Graph, document: Document) -> None:
    node = document_iri(document.id)
    for cls in (KGO.Document, PROV.Entity, SCHEMA.NewsArticle):
        graph.add((node, _A, cls))
    graph.add((node, KGO.documentId, Literal(document.id)))
    if document.title:
        graph.add((node, SCHEMA.headline, Literal(document.title)))
    if document.published:
        graph.add((node, SCHEMA.datePublished, date_literal(document.published)))
    if document.source:
        graph.add((node, SCHEMA.publisher, Literal(document.source)))
    if document.url:
        graph.add((node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.content_hash:
        graph.add((node, KGO.contentHash, Literal(document.content_hash)))


def events_graph(
    events: Iterable[Event],
    documents: Iterable[Document] = (),
    activity: BuildActivity | None = None,
) -> Graph:
    """A new graph holding ``events``, the ``documents`` they come from and, when given, the
    build ``activity`` that made them (their mentions are ``prov:wasGeneratedBy`` it)."""
    triples = TripleList()
    for document in documents:
        add_document(triples, document)
    generated_by: dict[str, URIRef] = {}
    if activity is not None:
        add_activity(triples, activity)
        generated_by = dict.fromkeys(activity.documents, activity_iri(activity.id))
    described: set[URIRef] = set()
    for event in events:
        add_event(triples, event, described, generated_by)
    return new_graph(oxigraph_quad(triple) for triple in triples.added)


# -- provenance (kg store) -----------------------------------------------------------------------


@dataclass(frozen=True)
class BuildActivity:
    """One run of ``kg build``: a ``prov:Activity`` with kg's and the spaCy model's versions.

    ``id`` derives from the documents read, kg's version and the model, not from the time: the
    same build run again is the same activity, with its times replaced.
    """

    id: str
    kg_version: str
    model: str
    model_version: str
    started: str  # xsd:dateTime, UTC
    ended: str
    documents: tuple[str, ...] = ()  # ids of the documents it read (prov:used)


def build_activity(
    document_ids: Iterable[str], *, model: str, model_version: str, started: str, ended: str
) -> BuildActivity:
    """The activity of a build of ``document_ids`` with spaCy ``model`` at ``model_version``."""
    documents = tuple(sorted(set(document_ids)))
    key = "|".join((__version__, model, model_version, *documents))
    return BuildActivity(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        kg_version=__version__,
        model=model,
        model_version=model_version,
        started=started,
        ended=ended,
        documents=documents,
    )


def activity_iri(activity_id: str) -> URIRef:
    return _iri("build", activity_id)


def software_iri(name: str, version: str) -> URIRef:
    return _iri("software", f"{name}/{version}")


def add_activity(graph: Graph, activity: BuildActivity) -> URIRef:
    """Add the build ``activity``: its times, the software that ran and the model it used."""
    node = activity_iri(activity.id)
    kg_node = software_iri("kg", activity.kg_version)
    model_node = software_iri(activity.model, activity.model_version)
    graph.add((node, _A, PROV.Activity))
    graph.add((node, _LABEL, Literal(f"kg {activity.kg_version} build with {activity.model}")))
    graph.add((node, PROV.startedAtTime, Literal(activity.started, datatype=XSD.dateTime)))
    graph.add((node, PROV.endedAtTime, Literal(activity.ended, datatype=XSD.dateTime)))
    graph.add((node, PROV.wasAssociatedWith, kg_node))
    graph.add((node, PROV.used, model_node))
    for software, name, version in (
        (kg_node, "kg", activity.kg_version),
        (model_node, activity.model, activity.model_version),
    ):
        graph.add((software, _A, SCHEMA.SoftwareApplication))
        graph.add((software, SCHEMA.name, Literal(name)))
        graph.add((software, SCHEMA.softwareVersion, Literal(version)))
    graph.add((kg_node, _A, PROV.SoftwareAgent))
    graph.add((model_node, _A, PROV.Entity))
    for document_id in activity.documents:
        graph.add((node, PROV.used, document_iri(document_id)))
    return node


def read_activities(graph: Graph) -> Iterator[BuildActivity]:
    """The build activities of a kg graph, each with the documents it still ``prov:used``."""
    for node in sorted(set(graph.subjects(_A, PROV.Activity)), key=str):
        kg_node = graph.value(node, PROV.wasAssociatedWith)
        used = list(graph.objects(node, PROV.used))
        model = next((n for n in used if _is(n, "software")), None)
        documents = [n for n in used if _is(n, "document")]
        yield BuildActivity(
            id=_key(node, "build"),
            kg_version=_software_version(graph, kg_node),
            model="" if model is None else _value(graph, model, SCHEMA.name) or "",
            model_version=_software_version(graph, model),
            started=_time(graph, node, PROV.startedAtTime),
            ended=_time(graph, node, PROV.endedAtTime),
            documents=tuple(sorted({_key(d, "document") for d in documents})),
        )


def _time(graph: Graph, node: Node, predicate: URIRef) -> str:
    """An xsd:dateTime as kg writes it: rdflib reads "…Z" back as "…+00:00", the same time."""
    value = _value(graph, node, predicate) or ""
    return value.removesuffix("+00:00") + "Z" if value.endswith("+00:00") else value


def _is(node: Node, kind: str) -> bool:
    return str(node).startswith(str(KG[f"{kind}/"]))


def _software_version(graph: Graph, node: Node | None) -> str:
    return "" if node is None else _value(graph, node, SCHEMA.softwareVersion) or ""


# -- serialisations ------------------------------------------------------------------------------


class RdfSyntax(StrEnum):
    """The RDF serialisations kg writes, named as on the command line (``--format``)."""

    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    NQUADS = "nquads"
    TRIG = "trig"
    JSONLD = "jsonld"

    @classmethod
    def from_extension(cls, path: Path | str) -> RdfSyntax | None:
        """The syntax a file name's extension says (``.ttl``, ``.nt``, ``.nq``, ``.trig``,
        ``.jsonld``), or None."""
        return _SYNTAX_OF_EXTENSION.get(Path(path).suffix.lower())

    @property
    def oxigraph(self) -> pyoxigraph.RdfFormat:
        """The matching pyoxigraph format."""
        return _OXIGRAPH_FORMATS[self]

    @property
    def has_graphs(self) -> bool:
        """Whether the syntax holds named graphs (one per document), not only triples."""
        return self in (RdfSyntax.NQUADS, RdfSyntax.TRIG, RdfSyntax.JSONLD)

    @property
    def label(self) -> str:
        return self.oxigraph.name


_OXIGRAPH_FORMATS = {
    RdfSyntax.TURTLE: pyoxigraph.RdfFormat.TURTLE,
    RdfSyntax.NTRIPLES: pyoxigraph.RdfFormat.N_TRIPLES,
    RdfSyntax.NQUADS: pyoxigraph.RdfFormat.N_QUADS,
    RdfSyntax.TRIG: pyoxigraph.RdfFormat.TRIG,
    RdfSyntax.JSONLD: pyoxigraph.RdfFormat.JSON_LD,
}
_SYNTAX_OF_EXTENSION = {
    ".ttl": RdfSyntax.TURTLE,
    ".turtle": RdfSyntax.TURTLE,
    ".nt": RdfSyntax.NTRIPLES,
    ".nq": RdfSyntax.NQUADS,
    ".trig": RdfSyntax.TRIG,
    ".jsonld": RdfSyntax.JSONLD,
}


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream whose content replaces ``path`` only once it is all written.

    It writes a temporary file beside ``path`` and renames it: a reader never sees half a file,
    and a failed write leaves the old file (or none) and no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.chmod(temporary, 0o666 & ~_umask())  # as open() would have made it, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def add_triples(graph: Graph, other: Graph) -> None:
    """Add to ``graph`` every triple of ``other``: a graph, or the union view of a dataset (a
    store, a TriG or N-Quads file), whose graphs all go into ``graph``'s one."""
    graph.addN((s, p, o, graph) for s, p, o in other.triples((None, None, None)))


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path`` through a temporary file and a rename."""
    with atomic_output(path) as stream:
        graph.serialize(destination=stream, format="ox-turtle")


# -- reading ---------------------------------------------------------------------------------


def _key(node: Node, kind: str) -> str:
    """The key that ``_iri(kind, key)`` made ``node`` from."""
    return unquote(str(node).removeprefix(str(KG[f"{kind}/"])))


def _value(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    value = graph.value(node, predicate)
    return None if value is None else str(value)


def _actor(graph: Graph, node: Node | None) -> Actor | None:
    if node is None:
        return None
    actor_id = _value(graph, node, KGO.actorId) or _key(node, "actor")
    return Actor(
        id=actor_id,
        label=_value(graph, node, _LABEL) or actor_id,
        kind=_value(graph, node, KGO.kind) or "group",
        country=_value(graph, node, KGO.country),
        affiliation=_value(graph, node, KGO.affiliation),
    )


def _place(graph: Graph, node: Node | None) -> Place | None:
    if node is None:
        return None
    return Place(label=_value(graph, node, _LABEL) or "", country=_value(graph, node, KGO.country))


def _mentions(graph: Graph, event_node: Node) -> tuple[Mention, ...]:
    mentions = []
    for node in graph.objects(event_node, KGO.hasMention):
        doc = graph.value(node, PROV.wasDerivedFrom)
        doc_id = "" if doc is None else _value(graph, doc, KGO.documentId) or _key(doc, "document")
        mentions.append(
            Mention(
                doc=doc_id,
                sentence=_value(graph, node, NIF.anchorOf) or "",
                start=int(_value(graph, node, NIF.beginIndex) or 0),
                end=int(_value(graph, node, NIF.endIndex) or 0),
                confidence=float(_value(graph, node, KGO.confidence) or 0.0),
            )
        )
    return tuple(sorted(mentions, key=lambda m: (m.doc, m.start, m.end)))


def read_events(graph: Graph) -> Iterator[Event]:
    """The events of a kg graph, in date order."""
    events = []
    for node in set(graph.subjects(_A, KGO.Event)):
        actor = _actor(graph, graph.value(node, KGO.actor))
        if actor is None:
            continue
        event_type = str(graph.value(node, KGO.eventType) or "").rsplit("/", 1)[-1]
        events.append(
            Event(
                id=_key(node, "event"),
                type=event_type,
                action=_value(graph, node, KGO.action) or "",
                cameo=_value(graph, node, KGO.cameo),
                actor=actor,
                target=_actor(graph, graph.value(node, KGO.target)),
                date=_value(graph, node, SEM.hasTimeStamp),
                place=_place(graph, graph.value(node, SEM.hasPlace)),
                mentions=_mentions(graph, node),
                date_source=_value(graph, node, KGO.dateSource) or "text",
            )
        )
    yield from sorted(events, key=lambda e: (e.date or "", e.type, e.id))


def read_documents(graph: Graph) -> Iterator[Document]:
    """The documents of a kg graph, by id, without their text (the graph does not hold it)."""
    documents = []
    for node in set(graph.subjects(_A, KGO.Document)):
        documents.append(
            Document(
                id=_value(graph, node, KGO.documentId) or _key(node, "document"),
                text="",
                title=_value(graph, node, SCHEMA.headline),
                published=_value(graph, node, SCHEMA.datePublished),
                source=_value(graph, node, SCHEMA.publisher),
                url=_value(graph, node, SCHEMA.url),
                content_hash=_value(graph, node, KGO.contentHash),
            )
        )
    yield from sorted(documents, key=lambda d: d.id)
