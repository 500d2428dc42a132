"""``kg export`` and kg/store.py's writers: every serialisation round-trips, dataset syntaxes
keep one named graph per document, JSON-LD uses kg's context, files are replaced atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from test_store import TASS, TASS_MENTIONS, WIRE, WIRE_MENTIONS, activity
from typer.testing import CliRunner

from kg.cli import EXIT_USER_ERROR, app
from kg.pipeline import BuildResult
from kg.rdf import KGO, RdfSyntax, events_graph, read_events, write_turtle
from kg.store import (
    add_build,
    add_documents,
    document_graph,
    exported_quads,
    jsonld_context,
    load_graph,
    open_read_only,
)

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = {
    RdfSyntax.TURTLE: ".ttl",
    RdfSyntax.NTRIPLES: ".nt",
    RdfSyntax.NQUADS: ".nq",
    RdfSyntax.TRIG: ".trig",
    RdfSyntax.JSONLD: ".jsonld",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "kgstore"
    add_documents(path, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS, activity(TASS, WIRE))
    return path


def export(source: Path, output: Path, *options: str) -> str:
    result = runner.invoke(app, ["export", str(source), "-o", str(output), *options])
    assert result.exit_code == 0, result.output
    return result.output


def stored_quads(store: Path) -> set[ox.Quad]:
    return set(exported_quads(open_read_only(store)))


def parsed(path: Path, syntax: RdfSyntax) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=syntax.oxigraph))


# -- round trips -----------------------------------------------------------------------------


@pytest.mark.parametrize("syntax", list(RdfSyntax), ids=[s.value for s in RdfSyntax])
def test_each_serialisation_round_trips(store: Path, tmp_path: Path, syntax: RdfSyntax) -> None:
    output = tmp_path / f"graph{EXTENSIONS[syntax]}"
    message = export(store, output)

    expected = stored_quads(store)
    back = parsed(output, syntax)
    assert message.strip() == f"{len(expected)} triples -> {output} ({syntax.value})"
    assert len(back) == len(set(back)) == len(expected)
    if syntax is RdfSyntax.JSONLD:
        return  # rdflib normalises some literals' text (dateTime): compared in the test below
    if syntax.has_graphs:
        assert set(back) == expected
    else:
        assert {q.triple for q in back} == {q.triple for q in expected}
    assert list(read_events(load_graph(output))) == list(read_events(load_graph(store)))


@pytest.mark.parametrize("syntax", [RdfSyntax.NQUADS, RdfSyntax.TRIG, RdfSyntax.JSONLD])
def test_dataset_syntaxes_have_one_named_graph_per_document(
    store: Path, tmp_path: Path, syntax: RdfSyntax
) -> None:
    output = tmp_path / f"graph{EXTENSIONS[syntax]}"
    export(store, output)
    graphs = {q.graph_name for q in parsed(output, syntax)}
    assert graphs == {ox.DefaultGraph(), document_graph("tass"), document_graph("wire")}


def test_a_turtle_file_is_split_into_the_same_graphs_as_a_store(
    store: Path, tmp_path: Path
) -> None:
    turtle, trig = tmp_path / "graph.ttl", tmp_path / "graph.trig"
    export(store, turtle)
    export(turtle, trig)
    assert set(parsed(trig, RdfSyntax.TRIG)) == stored_quads(store)


def test_jsonld_is_compacted_with_kgs_context_and_reads_back(store: Path, tmp_path: Path) -> None:
    output, turtle = tmp_path / "graph.jsonld", tmp_path / "graph.ttl"
    export(store, output, "--format", "jsonld")
    export(store, turtle)
    document = json.loads(output.read_text(encoding="utf-8"))
    context = json.loads((ROOT / "ontologies" / "context.jsonld").read_text(encoding="utf-8"))

    assert document["@context"] == context["@context"] == jsonld_context()
    text = output.read_text(encoding="utf-8")
    for key in ('"actor":', '"date": "2017-09-06"', '"sentence":', '"confidence":'):
        assert key in text, key
    dataset = Dataset()
    dataset.parse(output, format="json-ld")
    assert {str(g.identifier) for g in dataset.graphs()} >= {
        document_graph("tass").value,
        document_graph("wire").value,
    }
    # the same triples as the Turtle export, both read by rdflib
    from_jsonld = {(s, p, o) for s, p, o, _ in dataset.quads()}
    assert from_jsonld == set(Graph().parse(turtle, format="turtle"))


def test_the_packaged_context_is_the_ontologys_and_names_declared_terms() -> None:
    source = ROOT / "ontologies" / "context.jsonld"
    packaged = ROOT / "kg" / "data" / "context.jsonld"
    assert packaged.read_bytes() == source.read_bytes(), "cp ontologies/context.jsonld kg/data/"
    ontology = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    declared = {str(s) for s in ontology.subjects()}
    context = jsonld_context()
    for term, definition in context.items():
        iri = definition if isinstance(definition, str) else definition["@id"]
        prefix, _, name = iri.partition(":")
        if name.startswith("//"):
            continue  # a prefix
        assert prefix in context, f"{term}: {iri} uses no prefix of the context"
        if prefix == "kgo":
            assert context["kgo"] + name in declared, f"{term}: {iri} is not declared in kg.ttl"


# -- formats and files -----------------------------------------------------------------------


def test_the_format_option_wins_over_the_extension(store: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.data"
    export(store, output, "--format", "ntriples")
    assert len(parsed(output, RdfSyntax.NTRIPLES)) == len(stored_quads(store))


def test_an_unknown_extension_without_format_is_refused(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(store), "-o", str(tmp_path / "graph.data")])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.output.startswith(
        f"error: E619: {tmp_path / 'graph.data'}: cannot tell the format from the extension"
    )
    assert "--format turtle|ntriples|nquads|trig|jsonld|gdelt" in result.output
    assert not (tmp_path / "graph.data").exists()


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    output = tmp_path / "graph.ttl"
    output.write_text("old\n", encoding="utf-8")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(broken), "-o", str(output)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.output.startswith(f"error: E402: {broken}: not valid Turtle")
    assert output.read_text(encoding="utf-8") == "old\n"
    assert {p.name for p in tmp_path.iterdir()} == {"graph.ttl", "broken.ttl"}  # no temp file


def test_export_from_a_turtle_file_written_by_build(tmp_path: Path) -> None:
    events = list(read_events(load_graph(_store_copy(tmp_path))))
    turtle = tmp_path / "graph.ttl"
    write_turtle(events_graph(events), turtle)
    export(turtle, tmp_path / "graph.nq")
    quads = parsed(tmp_path / "graph.nq", RdfSyntax.NQUADS)
    assert len(quads) == len(load_graph(turtle))


def _store_copy(tmp_path: Path) -> Path:
    path = tmp_path / "kgstore"
    add_documents(path, [TASS], TASS_MENTIONS, activity(TASS))
    return path


def test_gdelt_export_writes_one_row_per_event(store: Path, tmp_path: Path) -> None:
    output = tmp_path / "events.tsv"
    message = export(store, output, "--format", "gdelt")
    rows = output.read_text(encoding="utf-8").splitlines()
    assert message.strip() == f"3 events -> {output} (gdelt)"
    assert len(rows) == 3
    assert all(len(row.split("\t")) == len(rows[0].split("\t")) > 50 for row in rows)


def test_export_has_help_with_an_example() -> None:
    result = runner.invoke(app, ["export", "-h"])
    assert result.exit_code == 0 and "Example:" in result.output


# -- the seeds, with the model ----------------------------------------------------------------


@pytest.mark.model
def test_the_seeds_store_exports_to_every_syntax(seed_build: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "seeds"
    add_build(path, seed_build)
    expected = stored_quads(path)
    mentions = {q.subject for q in expected if q.object.value == str(KGO.EventMention)}
    assert len(mentions) > 20
    for syntax in (RdfSyntax.TRIG, RdfSyntax.JSONLD):
        output = tmp_path / f"seeds{EXTENSIONS[syntax]}"
        export(path, output)
        assert len(parsed(output, syntax)) == len(expected)
