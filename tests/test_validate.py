"""SHACL shapes (ontologies/shapes.ttl) and ``kg validate``: kg's graphs conform, broken ones don't.

Each broken graph differs from a conforming one in one statement, and the test asserts the one
violation it causes: its focus node, path and SHACL constraint.
"""

from __future__ import annotations

import doctest
import logging
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef
from samples import MOON, PUTIN, UN
from typer.testing import CliRunner

import kg.validate
from kg.cli import EXIT_USER_ERROR, app
from kg.pipeline import BuildResult
from kg.rdf import KG, KGO, NIF, PROV, SEM, events_graph, write_turtle
from kg.records import ACTOR_KINDS, EVENT_TYPES, Document, Event, Mention, Place
from kg.store import load_graph, union_graph
from kg.validate import (
    ValidationReport,
    Violation,
    load_shapes,
    report_lines,
    validate_dataset,
    validate_graph,
    violation_line,
)

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontologies" / "shapes.ttl"
PACKAGED_SHAPES = ROOT / "kg" / "data" / "shapes.ttl"
ONTOLOGY = ROOT / "ontologies" / "kg.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
runner = CliRunner()

DOCUMENTS = (
    Document("putin-moon", "text", title="Putin meets Moon", published="2017-09-06"),
    Document("tass-0907", "text", published="2017-09", url="https://example.org/tass?a=1&b=2"),
)
MEETING = Event(
    id="3f2a9c0d1e4b5a67",
    type="CONSULT",
    action="meet",
    cameo="040",
    actor=PUTIN,
    target=MOON,
    date="2017-09-06",
    place=Place("Vladivostok", "RUS"),
    mentions=(
        Mention("putin-moon", "Putin met Moon in Vladivostok.", 0, 30, 0.9),
        Mention("tass-0907", "Putin and Moon met.", 10, 29, 0.8),
    ),
)
STATEMENT = Event(
    id="5a7e",
    type="STATEMENT",
    action="say",
    cameo="010",
    actor=UN,
    target=None,
    date=None,
    place=None,
    mentions=(Mention("tass-0907", "The UN said so.", 40, 55, 0.51),),
    date_source="document",
)
EVENT = KG[f"event/{MEETING.id}"]


def good_graph() -> Graph:
    return events_graph([MEETING, STATEMENT], DOCUMENTS)


def a_mention(graph: Graph) -> URIRef:
    mention = next(graph.objects(EVENT, KGO.hasMention))
    assert isinstance(mention, URIRef)
    return mention


def paths(report: ValidationReport) -> set[tuple[str, str | None, str]]:
    return {(v.focus, v.path, v.constraint) for v in report.violations}


# -- the shapes file ------------------------------------------------------------------------------


def test_packaged_shapes_are_the_ontology_directorys_shapes() -> None:
    assert PACKAGED_SHAPES.read_bytes() == SHAPES.read_bytes(), (
        "kg/data/shapes.ttl is a copy: cp ontologies/shapes.ttl kg/data/"
    )
    assert len(load_shapes()) == len(Graph().parse(SHAPES))


def test_shapes_list_the_ontologys_event_types_and_the_records_actor_kinds() -> None:
    shapes = Graph().parse(SHAPES)
    ontology = Graph().parse(ONTOLOGY)
    listed = shapes.value(URIRef("https://w3id.org/kg/shapes#Event-eventType"), SH["in"])
    assert listed is not None
    in_scheme = set(ontology.subjects(SKOS.inScheme, KGO.EventTypes))
    assert set(shapes.items(listed)) == in_scheme
    assert {str(c).rsplit("/", 1)[-1] for c in in_scheme} == set(EVENT_TYPES)

    kind_pattern = shapes.value(URIRef("https://w3id.org/kg/shapes#Actor-kind"), SH.pattern)
    assert str(kind_pattern) == "^(" + "|".join(ACTOR_KINDS) + ")$"


def test_every_shape_targets_a_class_kg_writes_and_none_is_closed() -> None:
    shapes = Graph().parse(SHAPES)
    targets = set(shapes.objects(None, SH.targetClass))
    assert targets == {KGO.Event, KGO.EventMention, KGO.Actor, KGO.Document, SEM.Place}
    assert not set(shapes.subjects(SH.closed, None))
    for shape in shapes.subjects(SH.path, None):
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no message"


# -- conforming graphs ----------------------------------------------------------------------------


def test_a_graph_kg_writes_conforms() -> None:
    report = validate_graph(good_graph())
    assert report.conforms, [violation_line(v) for v in report.violations]
    assert report.violations == ()
    assert list(report_lines(report)) == ["conforms"]


def test_a_graph_read_back_from_turtle_conforms(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    write_turtle(good_graph(), path)
    assert validate_graph(load_graph(path)).conforms
    assert validate_graph(Graph().parse(path)).conforms  # rdflib's own store and parser too


def test_provenance_of_a_build_is_allowed() -> None:
    graph = good_graph()
    activity = KG["activity/build-1"]
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, PROV.startedAtTime, Literal("2017-09-07T10:00:00", datatype=XSD.dateTime)))
    for node in (EVENT, a_mention(graph), KG["document/putin-moon"]):
        graph.add((node, PROV.wasGeneratedBy, activity))
    assert validate_graph(graph).conforms


@pytest.mark.model
def test_the_seeds_graph_conforms(seed_build: BuildResult) -> None:
    report = validate_graph(events_graph(seed_build.events, seed_build.documents))
    assert report.conforms, [violation_line(v) for v in report.violations]


# -- broken graphs --------------------------------------------------------------------------------


def _without_actor(graph: Graph) -> URIRef:
    graph.remove((EVENT, KGO.actor, None))
    return EVENT


def _with_date(value: Literal) -> Callable[[Graph], URIRef]:
    def break_date(graph: Graph) -> URIRef:
        graph.set((EVENT, SEM.hasTimeStamp, value))
        return EVENT

    return break_date


def _with_confidence(graph: Graph) -> URIRef:
    mention = a_mention(graph)
    graph.set((mention, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))
    return mention


def _with_country_name(graph: Graph) -> URIRef:
    actor = KG["actor/person/vladimir-putin"]
    graph.set((actor, KGO.country, Literal("Russia")))
    return actor


def _with_begin_after_end(graph: Graph) -> URIRef:
    mention = a_mention(graph)
    end = graph.value(mention, NIF.endIndex)
    assert isinstance(end, Literal)
    graph.set((mention, NIF.beginIndex, Literal(int(end) + 1)))
    return mention


def _with_unknown_type(graph: Graph) -> URIRef:
    graph.set((EVENT, KGO.eventType, KGO["type/PARTY"]))
    return EVENT


def _with_three_participants(graph: Graph) -> URIRef:
    graph.add((EVENT, SEM.hasActor, KG["actor/IGO-UN"]))
    return EVENT


def _without_document(graph: Graph) -> URIRef:
    mention = a_mention(graph)
    document = graph.value(mention, PROV.wasDerivedFrom)
    graph.set((mention, PROV.wasDerivedFrom, KG["document/never-ingested"]))
    assert (None, PROV.wasDerivedFrom, document) in graph  # the document is still cited elsewhere
    return mention


def _without_sources(graph: Graph) -> URIRef:
    graph.remove((EVENT, KGO.sources, None))
    return EVENT


BREAKINGS = [
    (_without_actor, KGO.actor, "MinCount"),
    (_with_date(Literal("2017-13-45", datatype=XSD.date)), SEM.hasTimeStamp, "Or"),
    (_with_date(Literal("2017-09-06")), SEM.hasTimeStamp, "Or"),
    (_with_date(Literal("2017-13", datatype=XSD.gYearMonth)), SEM.hasTimeStamp, "Or"),
    (_with_confidence, KGO.confidence, "MaxInclusive"),
    (_with_country_name, KGO.country, "Pattern"),
    (_with_begin_after_end, NIF.beginIndex, "LessThanOrEquals"),
    (_with_unknown_type, KGO.eventType, "In"),
    (_with_three_participants, SEM.hasActor, "MaxCount"),
    (_without_document, PROV.wasDerivedFrom, "Class"),
    (_without_sources, KGO.sources, "MinCount"),
]
BREAKING_IDS = [
    "no-actor",
    "impossible-date",
    "string-date",
    "month-13",
    "confidence-1.5",
    "country-name",
    "begin-after-end",
    "unknown-type",
    "three-participants",
    "no-document",
    "no-sources",
]


@pytest.mark.parametrize(("breaking", "path", "constraint"), BREAKINGS, ids=BREAKING_IDS)
def test_shapes_reject_a_broken_graph(
    breaking: Callable[[Graph], URIRef], path: URIRef, constraint: str
) -> None:
    graph = good_graph()
    focus = breaking(graph)
    report = validate_graph(graph)
    assert not report.conforms
    assert paths(report) == {(str(focus), str(path), constraint)}
    assert report.violations[0].severity == "Violation"


def test_an_ill_typed_date_is_reported_without_a_logged_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    graph = good_graph()
    _with_date(Literal("2017-13-45", datatype=XSD.date))(graph)
    caplog.clear()  # making the literal above logged its own warning
    with caplog.at_level(logging.WARNING):
        report = validate_graph(graph)
    assert not report.conforms
    assert "Traceback" not in caplog.text and "Failed to convert" not in caplog.text


# -- the readable report --------------------------------------------------------------------------


def test_report_lines_summarise_then_list_each_property_within_the_limit() -> None:
    graph = good_graph()
    _without_actor(graph)
    for mention in graph.objects(None, KGO.hasMention):
        graph.set((mention, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))
    _with_country_name(graph)
    report = validate_graph(graph)
    assert len(report.violations) == 5  # 3 mentions, 1 event, 1 actor

    lines = list(report_lines(report, limit=2))
    assert lines[0] == "does not conform: 5 results (kgo:actor 1, kgo:confidence 3, kgo:country 1)"
    assert lines[1] == (
        f"Violation: kg:event/{MEETING.id} kgo:actor: "
        "an event has exactly one kgo:actor, a kgo:Actor [MinCount]"
    )
    assert all(line.startswith("Violation: kg:mention/") for line in lines[2:4])
    assert lines[2].endswith(" kgo:confidence: a mention has exactly one kgo:confidence, "
                             "an xsd:decimal from 0 to 1 [MaxInclusive] value: '1.5'")  # fmt: skip
    assert lines[4] == "... and 1 more on kgo:confidence (--limit 0 lists them all)"
    assert lines[5].startswith("Violation: kg:actor/person/vladimir-putin kgo:country: ")
    assert lines[5].endswith("[Pattern] value: 'Russia'")
    assert len(lines) == 6
    assert len(list(report_lines(report, limit=0))) == 1 + 5


def test_a_violation_line_keeps_article_text_on_one_short_line() -> None:
    violation = Violation(
        focus=str(KG["mention/ab"]),
        path=str(NIF.anchorOf),
        message="a mention has exactly one\n    sentence",
        severity="Violation",
        constraint="MaxCount",
        value="Line one\nline two\t" + "x" * 100,
    )
    line = violation_line(violation)
    assert "\n" not in line and "\t" not in line
    assert line.startswith("Violation: kg:mention/ab nif:anchorOf: a mention has exactly one")
    assert line.endswith("…'") and len(line) < 160


def test_validate_doctests() -> None:
    assert doctest.testmod(kg.validate).failed == 0


# -- kg validate ----------------------------------------------------------------------------------


def test_cli_validate_a_conforming_graph(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    write_turtle(good_graph(), path)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path}: conforms\n"


def test_cli_validate_a_broken_graph_lists_violations_and_exits_1(tmp_path: Path) -> None:
    graph = good_graph()
    _without_actor(graph)
    _with_date(Literal("2017-09-06"))(graph)
    path = tmp_path / "broken.ttl"
    write_turtle(graph, path)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stdout.splitlines() == [
        f"{path}: does not conform: 2 results (kgo:actor 1, sem:hasTimeStamp 1)",
        f"  Violation: kg:event/{MEETING.id} kgo:actor: "
        "an event has exactly one kgo:actor, a kgo:Actor [MinCount]",
        f"  Violation: kg:event/{MEETING.id} sem:hasTimeStamp: an event has at most one date "
        "(sem:hasTimeStamp): an xsd:date YYYY-MM-DD, xsd:gYearMonth YYYY-MM or xsd:gYear YYYY "
        "[Or] value: '2017-09-06'",
    ]


def test_cli_validate_errors_are_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.ttl"
    result = runner.invoke(app, ["validate", str(missing)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stderr.startswith(f"error: E401: {missing}: no such graph file")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output

    graph = tmp_path / "graph.ttl"
    write_turtle(good_graph(), graph)
    result = runner.invoke(app, ["validate", str(graph), "--shapes", str(missing)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stderr == f"error: E701: {missing}: no such shapes file\n"

    bad_shapes = tmp_path / "shapes.ttl"
    bad_shapes.write_text("this is not turtle\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(graph), "--shapes", str(bad_shapes)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stderr.startswith(f"error: E702: {bad_shapes}: shapes are not valid Turtle")
    assert result.stderr.count("\n") == 1


def test_cli_validate_with_other_shapes(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix kgo: <https://w3id.org/kg/ontology#> .\n"
        "<https://example.org/OnlyMeetings> a sh:NodeShape ; sh:targetClass kgo:Event ;\n"
        '  sh:property [ sh:path kgo:action ; sh:pattern "^meet$" ;\n'
        '    sh:message "only meetings" ] .\n',
        encoding="utf-8",
    )
    graph = tmp_path / "graph.ttl"
    write_turtle(good_graph(), graph)
    result = runner.invoke(app, ["validate", str(graph), "--shapes", str(shapes), "--limit", "0"])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stdout.splitlines()[1:] == [
        f"  Violation: kg:event/{STATEMENT.id} kgo:action: only meetings [Pattern] value: 'say'"
    ]


def test_cli_validate_has_help_with_an_example() -> None:
    result = runner.invoke(app, ["validate", "-h"])
    assert result.exit_code == 0
    assert "Example: kg validate out/graph.ttl" in result.output


# -- by batches, on the store: the verdicts of pyshacl on the whole graph -------------------------


def as_store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def whole_graph_verdict(store: ox.Store) -> ValidationReport:
    return validate_graph(union_graph(store))


@pytest.mark.parametrize(("breaking", "path", "constraint"), BREAKINGS, ids=BREAKING_IDS)
@pytest.mark.parametrize("batch_nodes", [1, 3, 1000])
def test_batches_give_pyshacls_verdicts_on_broken_graphs(
    breaking: Callable[[Graph], URIRef], path: URIRef, constraint: str, batch_nodes: int
) -> None:
    graph = good_graph()
    breaking(graph)
    store = as_store(graph)
    batched = validate_dataset(store, batch_nodes=batch_nodes)
    assert not batched.conforms and batched.complete
    assert batched.violations == whole_graph_verdict(store).violations


@pytest.mark.model
def test_batches_give_pyshacls_verdicts_on_the_seeds(seed_build: BuildResult) -> None:
    graph = events_graph(seed_build.events, seed_build.documents)
    store = as_store(graph)
    assert validate_dataset(store, batch_nodes=7) == whole_graph_verdict(store)
    assert validate_dataset(store).conforms
    for mention in list(graph.subjects(RDF.type, KGO.EventMention))[:9]:
        graph.set((mention, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))
    graph.set(
        (
            next(graph.subjects(RDF.type, KGO.Event)),
            SEM.hasTimeStamp,
            Literal("2017-09-31", datatype=XSD.date),
        )
    )
    broken = as_store(graph)
    whole = whole_graph_verdict(broken)
    assert len(whole.violations) == 10
    assert validate_dataset(broken, batch_nodes=7) == whole


def test_stop_after_ends_early_and_says_so() -> None:
    graph = good_graph()
    for mention in graph.subjects(RDF.type, KGO.EventMention):
        graph.set((mention, KGO.confidence, Literal("1.5", datatype=XSD.decimal)))
    store = as_store(graph)
    early = validate_dataset(store, stop_after=1, batch_nodes=1)
    assert not early.complete and 1 <= len(early.violations) < 3
    summary, *_ = report_lines(early)
    assert summary.startswith("does not conform: at least ")
    assert "--limit 0 checks the whole graph" in summary
    assert len(validate_dataset(store, batch_nodes=1).violations) == 3


def test_kg_validate_of_a_store_and_of_a_file_agree(tmp_path: Path) -> None:
    graph = good_graph()
    _with_confidence(graph)
    path = tmp_path / "broken.ttl"
    write_turtle(graph, path)
    store = tmp_path / "store"
    data = ox.Store(str(store))
    data.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    data.flush()
    del data
    on_file = runner.invoke(app, ["validate", str(path)])
    on_store = runner.invoke(app, ["validate", str(store)])
    assert on_file.exit_code == on_store.exit_code == 1
    assert on_file.output.split(":", 1)[1] == on_store.output.split(":", 1)[1]
