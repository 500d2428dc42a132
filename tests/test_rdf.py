"""kg/rdf.py without the spaCy model: events built by hand, written as Turtle, read back.

The written files are read by two independent parsers (rdflib's own Turtle parser and
pyoxigraph's), queried with plain SEM SPARQL, and checked against the vocabulary in
``ontologies/kg.ttl``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

import kg.rdf
from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.rdf import KG, KGO, SEM, events_graph, read_events, write_turtle
from kg.records import ACTOR_KINDS, EVENT_TYPES, Actor, Document, Event, Mention, Place
from kg.store import load_graph

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontologies" / "kg.ttl"
CAMEO_TABLE = Path(__file__).resolve().parent / "data" / "cameo_plover_codes.tsv"
# a plain Namespace: rdflib's closed XSD warns when pytest probes module attributes
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

PUTIN = Actor("vladimir_putin", "Vladimir Putin", "person", "RUS")
MOON = Actor("moon_jae_in", "Moon Jae-in", "person", "KOR")
RUSSIA = Actor("RUS", "Russia", "state", "RUS")
UN = Actor("un_security_council", "UN Security Council", "igo")
DOCUMENTS = (
    Document(
        "putin-moon",
        "text one",
        title="Putin meets Moon",
        published="2017-09-06",
        source="Example News",
        url="https://example.org/a?b=1&c=2",
    ),
    Document("tass-0907", "text two", title="Talks in Vladivostok", published="2017-09-07"),
)


def sample_events() -> list[Event]:
    """A meeting reported twice, a month-dated accusation and an undated bare statement."""
    meeting = Event(
        id="3f2a9c0d1e4b5a67",
        type="CONSULT",
        action="meet",
        cameo="040",
        actor=PUTIN,
        target=MOON,
        date="2017-09-06",
        place=Place("Vladivostok", "RUS"),
        mentions=(
            Mention("putin-moon", "Putin met Moon in Vladivostok on Wednesday.", 0, 44, 0.9),
            Mention("putin-moon", "They held talks.", 45, 61, 0.75),
            Mention("tass-0907", "Putin and Moon met on 6 September.", 10, 44, 0.8),
        ),
        date_source="text",
    )
    accusation = Event(
        id="a11ce",
        type="ACCUSE",
        action="condemn",
        cameo="111",
        actor=UN,
        target=RUSSIA,
        date="2017-09",
        place=Place("New York"),
        date_source="document",
        mentions=(Mention("tass-0907", "The Council condemned Russia.", 50, 79, 0.6),),
    )
    statement = Event(
        id="5747",
        type="STATEMENT",
        action="say",
        cameo=None,
        actor=MOON,
        target=None,
        date=None,
        place=None,
        mentions=(Mention("putin-moon", "Moon said so.", 70, 83),),
    )
    return [meeting, accusation, statement]


def in_read_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date or "", e.type, e.id))


def write(path: Path, events: list[Event], documents: tuple[Document, ...] = DOCUMENTS) -> Path:
    write_turtle(events_graph(events, documents), path)
    return path


def _term(term: Node) -> tuple[str, ...]:
    if isinstance(term, Literal):
        return str(term), str(term.datatype or XSD.string), term.language or ""
    return (str(term),)


def rdflib_triples(path: Path) -> set[tuple[tuple[str, ...], ...]]:
    """The file's triples as read by rdflib's own Turtle parser, as plain strings."""
    graph = Graph().parse(path, format="turtle")
    return {(_term(s), _term(p), _term(o)) for s, p, o in graph}


def oxigraph_triples(path: Path) -> set[tuple[tuple[str, ...], ...]]:
    """The file's triples as read by pyoxigraph's parser, in the same plain form."""

    def term(node: object) -> tuple[str, ...]:
        if isinstance(node, pyoxigraph.Literal):
            return node.value, node.datatype.value, node.language or ""
        assert isinstance(node, pyoxigraph.NamedNode), f"unexpected term {node!r}"
        return (node.value,)

    with path.open("rb") as stream:
        quads = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    triples = {(term(q.subject), term(q.predicate), term(q.object)) for q in quads}
    assert len(triples) == len(quads), "the file states a triple twice"
    return triples


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


# -- the written Turtle --------------------------------------------------------------------------


def test_turtle_reads_the_same_in_rdflib_and_oxigraph(tmp_path: Path) -> None:
    graph = events_graph(sample_events(), DOCUMENTS)
    path = tmp_path / "out" / "kg.ttl"  # the parent directory is created
    write_turtle(graph, path)

    from_rdflib = rdflib_triples(path)
    assert from_rdflib == oxigraph_triples(path)
    assert len(from_rdflib) == len(graph) == len(load_graph(path))
    assert not list(path.parent.glob(".*.tmp")), "the temporary file was left behind"


def test_plain_sem_query_finds_the_meeting(tmp_path: Path) -> None:
    path = write(tmp_path / "kg.ttl", sample_events()[:1])
    query = """
        PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
        SELECT ?a ?b ?t WHERE {
            ?e a sem:Event ; sem:hasActor ?a, ?b ; sem:hasTimeStamp ?t FILTER(?a != ?b)
        }"""
    putin, moon = KG["actor/vladimir_putin"], KG["actor/moon_jae_in"]
    # a generic tool (rdflib's parser and SPARQL engine) and kg's own Oxigraph-backed graph
    for graph in (Graph().parse(path, format="turtle"), load_graph(path)):
        rows = {(row[0], row[1], row[2]) for row in graph.query(query)}
        assert {(a, b) for a, b, _ in rows} == {(putin, moon), (moon, putin)}
        stamps = {t for _, _, t in rows}
        assert stamps == {Literal("2017-09-06", datatype=XSD.date)}
        assert all(t.datatype == XSD.date for t in stamps)


# -- reading back --------------------------------------------------------------------------------


def test_read_events_round_trips_exactly(tmp_path: Path) -> None:
    events = sample_events()
    path = write(tmp_path / "kg.ttl", events)

    back = list(read_events(load_graph(path)))

    assert back == in_read_order(events)
    meeting = next(e for e in back if e.type == "CONSULT")
    assert meeting.sources == 2
    assert meeting.place == Place("Vladivostok", "RUS")
    assert [m.confidence for m in meeting.mentions] == [0.9, 0.75, 0.8]


def test_ids_that_need_escaping_make_valid_iris_and_round_trip(tmp_path: Path) -> None:
    odd_actor = Actor('x> <http://evil/p> "pwn # ?q=1 %41 /a/ é', "Odd", "group")
    events = [
        replace(sample_events()[0], id="evt with space/slash%25#frag?q", target=odd_actor),
        replace(sample_events()[2], mentions=(Mention("doc id/with space#1", "s", 0, 1),)),
    ]
    path = write(tmp_path / "kg.ttl", events, ())  # no documents: ids come from the IRIs alone

    iris = {t[0] for triple in oxigraph_triples(path) for t in triple if len(t) == 1}
    assert all(iri.startswith(("https://", "http://")) for iri in iris)
    assert not any(iri.startswith("http://evil") or " " in iri for iri in iris)
    assert list(read_events(load_graph(path))) == in_read_order(events)


def test_ids_are_recovered_from_iris_without_their_id_literals(tmp_path: Path) -> None:
    """Graphs from other tools may lack kgo:actorId / kgo:documentId: the IRI still names them."""
    graph = events_graph(sample_events(), DOCUMENTS)
    graph.remove((None, KGO.actorId, None))
    graph.remove((None, KGO.documentId, None))
    path = tmp_path / "kg.ttl"
    write_turtle(graph, path)

    assert list(read_events(load_graph(path))) == in_read_order(sample_events())


# -- hostile text --------------------------------------------------------------------------------

# Every code point that a Python str from ingest can hold is representable: Turtle escapes what
# it must (quotes, backslash, line breaks; Oxigraph also writes other C0 controls and DEL as
# \u escapes such as \u0007), and both parsers accept the result. That includes NUL, all C0 and
# C1 controls, DEL, U+2028/U+2029, a BOM and the noncharacters U+FFFE/U+FFFF.
CONTROLS = "".join(map(chr, range(0x20))) + "\x7f" + "".join(map(chr, range(0x80, 0xA0)))
HOSTILE = [
    'He said "no" and \'no\'; """ \'\'\' \\ \\n \\" \\u0041 \\\\',
    "line one\nline two\r\nline three\ttabbed",
    '<script>alert("x")</script> ]]> &amp; <http://evil/> .',
    '" . <http://evil/s> <http://evil/p> "pwned" . # ',
    "@prefix evil: <http://evil/> . evil:s evil:p evil:o .",
    "ends with a backslash \\",
    'ends with a quote "',
    'ends with three quotes """',
    '"starts with a quote',
    "  padded  ",
    CONTROLS,
    "bell \x07 nul \x00 esc \x1b del \x7f nel \x85",
    "\u2028\u2029\ufeff\ufffe\uffff é 😀 Ω 北 \U0010fffd",
]


def _hostile_events(text: str) -> tuple[list[Event], tuple[Document, ...]]:
    meeting = sample_events()[0]
    event = replace(
        meeting,
        action=text,
        target=replace(MOON, label=text),
        place=Place(text, "KOR"),
        mentions=(replace(meeting.mentions[0], sentence=text), *meeting.mentions[1:]),
    )
    documents = (replace(DOCUMENTS[0], title=text, source=text), DOCUMENTS[1])
    return [event], documents


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_stays_one_literal_and_round_trips(tmp_path: Path, text: str) -> None:
    events, documents = _hostile_events(text)
    benign_events, benign_documents = _hostile_events("plain")
    path = write(tmp_path / "hostile.ttl", events, documents)
    benign = write(tmp_path / "benign.ttl", benign_events, benign_documents)

    triples = rdflib_triples(path)
    assert triples == oxigraph_triples(path)
    assert len(triples) == len(rdflib_triples(benign)), "the text added or removed triples"
    iris = {t for triple in triples for t in triple if len(t) == 1}
    assert len(iris) == len({t for triple in rdflib_triples(benign) for t in triple if len(t) == 1})
    assert not any("evil" in iri[0] for iri in iris)
    literals = [o for _, _, o in triples if len(o) == 3 and o[0] == text]
    # rdfs:label of the target, kgo:action, anchorOf, headline, publisher, the place's label
    assert len(literals) >= 6
    assert list(read_events(load_graph(path))) == events
    label = Graph().parse(path, format="turtle").value(KG["actor/moon_jae_in"], RDFS.label)
    assert str(label).encode("utf-8") == text.encode("utf-8")


def test_lone_surrogates_are_refused_not_written(tmp_path: Path) -> None:
    """A lone surrogate is not a Unicode character: no UTF-8 Turtle can hold it.

    ingest decodes strictly, so such text should never reach rdf; if it does, building the
    graph fails loudly instead of writing a corrupt or silently altered file.
    """
    events, documents = _hostile_events("broken \ud800 surrogate")
    with pytest.raises((ValueError, UnicodeError)):
        write(tmp_path / "never.ttl", events, documents)
    assert not (tmp_path / "never.ttl").exists()


# -- determinism and dates -----------------------------------------------------------------------


_SUBPROCESS = """
import sys
from pathlib import Path
sys.path.insert(0, "tests")
import test_rdf
test_rdf.write(Path(sys.argv[1]), test_rdf.sample_events())
"""


def test_same_events_give_identical_turtle_bytes(tmp_path: Path) -> None:
    first = write(tmp_path / "first.ttl", sample_events()).read_bytes()
    second = write(tmp_path / "second.ttl", sample_events()).read_bytes()
    # another interpreter with another string-hash seed
    third_path = tmp_path / "third.ttl"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, "-c", _SUBPROCESS, str(third_path)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )

    assert first == second == third_path.read_bytes()
    assert b"<https://w3id.org/kg/id/event/" in first  # stable content IRIs, written in full
    assert b"<https://w3id.org/kg/id/actor/" in first
    assert b"_:" not in first


@pytest.mark.parametrize(
    ("date", "datatype"),
    [
        ("2017-09-06", XSD.date),
        ("2017-09", XSD.gYearMonth),
        ("2017", XSD.gYear),
    ],
    ids=["day", "month", "year"],
)
def test_dates_are_typed_by_their_precision(tmp_path: Path, date: str, datatype: URIRef) -> None:
    event = replace(sample_events()[0], date=date)
    document = replace(DOCUMENTS[0], published=date)
    path = write(tmp_path / "kg.ttl", [event], (document, DOCUMENTS[1]))

    graph = Graph().parse(path, format="turtle")
    stamp = graph.value(KG[f"event/{event.id}"], SEM.hasTimeStamp)
    published = graph.value(KG["document/putin-moon"], URIRef("https://schema.org/datePublished"))
    for literal in (stamp, published):
        assert isinstance(literal, Literal)
        assert (str(literal), literal.datatype) == (date, datatype)
        assert literal.ill_typed is not True  # rdflib checks xsd:date; it has no gYear parser
    assert list(read_events(load_graph(path))) == [event]


# -- load_graph errors ---------------------------------------------------------------------------


def test_load_graph_on_a_missing_file_raises_kg_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-graph.ttl"
    with pytest.raises(KgError) as caught:
        load_graph(missing)
    assert caught.value.code == "E401"
    assert "no-such-graph.ttl" in str(caught.value)
    with pytest.raises(KgError):
        load_graph(tmp_path)  # a directory is not a graph file either


@pytest.mark.parametrize(
    "content",
    [
        b'@prefix kg: <https://w3id.org/kg/id/> .\nkg:a kg:b "unterminated .\n',
        b'<https://a> <https://b> "\xff\xfe not UTF-8" .\n',
        b"this is not turtle at all\n",
        b"<https://a> <https://b> <https://c>",
    ],
    ids=["unterminated", "not-utf8", "prose", "no-final-dot"],
)
def test_load_graph_on_broken_turtle_raises_kg_error(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken-graph.ttl"
    broken.write_bytes(content)
    with pytest.raises(KgError) as caught:
        load_graph(broken)
    error = caught.value
    assert type(error) is KgError and error.code == "E402"
    assert "broken-graph.ttl" in error.message
    assert "\n" not in str(error) and "Traceback" not in str(error)


# -- the vocabulary ------------------------------------------------------------------------------


def _every_kind_events() -> list[Event]:
    """One event per actor kind and event type, so that every class and property is written."""
    actors = [Actor(f"actor-{kind}", kind.title(), kind, "USA") for kind in ACTOR_KINDS]
    events = []
    for number, event_type in enumerate(EVENT_TYPES):
        events.append(
            Event(
                id=f"e{number}",
                type=event_type,
                action="act",
                cameo="010",
                actor=actors[number % len(actors)],
                target=actors[(number + 1) % len(actors)],
                date="2020-01-01",
                place=Place("Somewhere", "USA"),
                mentions=(Mention("putin-moon", "A sentence.", number, number + 11),),
            )
        )
    return events


def test_ontology_parses_and_describes_itself(ontology: Graph) -> None:
    with ONTOLOGY.open("rb") as stream:
        assert len(list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))) == len(
            ontology
        )
    header = URIRef("https://w3id.org/kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    for predicate in (RDFS.label, RDFS.comment, OWL.versionInfo):
        assert ontology.value(header, predicate) is not None
    declared = {s for s in ontology.subjects() if str(s).startswith(str(KGO))}
    for term in declared:
        described = ontology.value(term, RDFS.label) or ontology.value(term, SKOS.prefLabel)
        assert described is not None, f"{term} has no label"
        assert ontology.value(term, RDFS.comment) or ontology.value(term, SKOS.definition), term


def test_every_kgo_term_kg_writes_is_declared(tmp_path: Path, ontology: Graph) -> None:
    path = write(tmp_path / "kg.ttl", _every_kind_events())
    graph = Graph().parse(path, format="turtle")
    in_kgo = str(KGO)
    types_prefix = str(KGO["type/"])

    predicates = {p for p in graph.predicates() if str(p).startswith(in_kgo)}
    classes = {o for o in graph.objects(None, RDF.type) if str(o).startswith(in_kgo)}
    concepts = set(graph.objects(None, KGO.eventType))
    assert len(predicates) >= 15 and len(classes) == 3 + 1 + len(ACTOR_KINDS)
    assert {str(c).removeprefix(types_prefix) for c in concepts} == set(EVENT_TYPES)

    properties = {OWL.ObjectProperty, OWL.DatatypeProperty}
    for predicate in predicates:
        assert set(ontology.objects(predicate, RDF.type)) & properties, f"{predicate} undeclared"
    for cls in classes:
        assert (cls, RDF.type, OWL.Class) in ontology, f"{cls} undeclared"
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology, f"{concept} not a concept"
        assert (concept, SKOS.inScheme, KGO.EventTypes) in ontology
    # nothing else in the graph is a kgo: IRI
    used = {t for triple in graph for t in triple if str(t).startswith(in_kgo)}
    assert used == predicates | classes | concepts


def test_ontology_alignment_matches_what_kg_writes(ontology: Graph) -> None:
    def supers(cls: URIRef) -> set[Node]:
        return set(ontology.objects(cls, RDFS.subClassOf))

    sem, schema, prov = kg.rdf.SEM, kg.rdf.SCHEMA, kg.rdf.PROV
    assert supers(KGO.Event) >= {sem.Event, schema.Event}
    assert supers(KGO.Actor) >= {sem.Actor}
    assert supers(KGO.EventMention) >= {prov.Entity}
    assert supers(KGO.Document) >= {prov.Entity, schema.NewsArticle}
    for prop in (KGO.actor, KGO.target):
        assert (prop, RDFS.subPropertyOf, sem.hasActor) in ontology
    # each kind's class is an Actor and sits under the schema.org class rdf.py also asserts
    for kind_class, schema_class in kg.rdf._KIND_CLASSES.values():
        assert supers(kind_class) >= {KGO.Actor, schema_class}, kind_class
    assert (KGO.hasMention, OWL.inverseOf, KGO.mentionOf) in ontology


def test_event_type_scheme_matches_records_and_cameo_table(ontology: Graph) -> None:
    rows = (line.split("\t") for line in CAMEO_TABLE.read_text(encoding="utf-8").splitlines())
    roots: dict[str, set[str]] = {"STATEMENT": {"01"}}
    for row in rows:
        if row[0] and not row[0].startswith("#"):
            roots.setdefault(row[1], set()).add(row[0][:2])

    concepts = set(ontology.subjects(SKOS.inScheme, KGO.EventTypes))
    assert {str(c).removeprefix(str(KGO["type/"])) for c in concepts} == set(EVENT_TYPES)
    for event_type in EVENT_TYPES:
        concept = KGO[f"type/{event_type}"]
        assert (KGO.EventTypes, SKOS.hasTopConcept, concept) in ontology
        assert str(ontology.value(concept, SKOS.notation)) == event_type
        assert ontology.value(concept, SKOS.prefLabel) is not None
        definition = str(ontology.value(concept, SKOS.definition))
        assert definition and "\n" not in definition
        declared_roots = {str(r) for r in ontology.objects(concept, KGO.cameoRoot)}
        assert declared_roots == roots[event_type], event_type
    # the lexicon's CAMEO codes fall under their type's roots
    for entry in load_lexicon():
        if entry.cameo:
            assert entry.cameo[:2] in roots[entry.type], (entry.lemma, entry.type, entry.cameo)


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write(tmp_path / "graph.ttl", sample_events())
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644  # not mkstemp's owner-only 0600


def test_the_organisation_a_person_acts_for_round_trips_and_conforms(tmp_path: Path) -> None:
    from kg.validate import validate_graph

    envoy = Actor("person/staffan-de-mistura", "Staffan de Mistura", "person", None, "IGO-UN")
    meeting = replace(sample_events()[0], actor=envoy)
    path = write(tmp_path / "kg.ttl", [meeting])
    (back,) = read_events(load_graph(path))
    assert back.actor == envoy
    assert validate_graph(load_graph(path)).conforms


def test_namespace_terms_are_made_once_and_kept() -> None:
    # KGO.actor is asked for on every event: after the first time it is a plain attribute.
    term = KGO.someTermNoWriterUses
    assert term == URIRef("https://w3id.org/kg/ontology#someTermNoWriterUses")
    assert vars(KGO)["someTermNoWriterUses"] is term is KGO.someTermNoWriterUses
    assert KGO["someTermNoWriterUses"] == term
    with pytest.raises(AttributeError):
        KGO.__wrapped_nothing__  # noqa: B018  # Python's own names are never terms
