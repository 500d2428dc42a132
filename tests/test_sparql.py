"""kg/sparql.py and ``kg sparql``: read-only queries over files and stores, bound values,
the shipped queries, and the SPARQL 1.1 result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_store import TASS, TASS_MENTIONS, WIRE, WIRE_MENTIONS, activity
from typer.testing import CliRunner

from kg.cli import EXIT_USER_ERROR, app
from kg.pipeline import BuildResult
from kg.rdf import KG, events_graph, write_turtle
from kg.records import Actor, Document, Event, Mention, Place
from kg.sparql import find_query, is_update, named_queries, parse_bindings
from kg.store import add_build, add_documents, open_read_only

runner = CliRunner()
SEM_QUERY = """
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?a ?b ?t WHERE {
    ?e a sem:Event ; sem:hasActor ?a, ?b ; sem:hasTimeStamp ?t FILTER(?a != ?b)
}
"""
UPDATES = [
    'INSERT DATA { <https://a> <https://b> "c" }',
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX kgo: <https://w3id.org/kg/ontology#>\n"
    "DELETE { ?e ?p ?o } WHERE { ?e a kgo:Event ; ?p ?o }",
    "LOAD <https://example.org/graph.ttl>",
    "CLEAR ALL",
    "CREATE GRAPH <https://example.org/g>",
    "DROP DEFAULT",
    "WITH <https://g> INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sparql") / "kgstore"
    add_documents(path, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS, activity(TASS, WIRE))
    return path


def sparql(*arguments: str) -> tuple[int, str]:
    result = runner.invoke(app, ["sparql", *arguments])
    return result.exit_code, result.output


# -- the shipped queries ---------------------------------------------------------------------


def test_shipped_queries_are_listed_with_their_descriptions() -> None:
    queries = {query.name: query for query in named_queries()}
    assert set(queries) == {
        "who-met-whom",
        "actor-timeline",
        "events-by-type-and-month",
        "most-active-actors",
    }
    assert all(
        query.description and not query.description.startswith("#") for query in queries.values()
    )
    assert [name for name, _ in queries["actor-timeline"].parameters] == ["actor"]
    code, output = sparql("--list")
    assert code == 0
    for query in queries.values():
        assert query.name in output
        assert (
            query.description[:40] in output.replace("\n", " ") or query.description[:20] in output
        )
    assert "--bind actor=..." in output


def test_who_met_whom_on_a_store_and_on_its_turtle_file_agree(store: Path, tmp_path: Path) -> None:
    code, output = sparql(str(store), "who-met-whom", "--format", "csv")
    assert code == 0, output
    assert list(csv.reader(io.StringIO(output))) == [
        ["date", "actor", "met", "place", "sources"],
        ["2017-09-06", "Vladimir Putin", "Moon Jae-in", "Vladivostok", "2"],
    ]
    turtle = tmp_path / "kg.ttl"
    assert runner.invoke(app, ["export", str(store), "-o", str(turtle)]).exit_code == 0
    assert sparql(str(turtle), "who-met-whom", "--format", "csv")[1] == output


def test_events_by_type_and_month_and_most_active_actors(store: Path) -> None:
    _, months = sparql(str(store), "events-by-type-and-month", "--format", "csv")
    assert list(csv.DictReader(io.StringIO(months))) == [
        {"month": "2017-09", "type": "ACCUSE", "events": "1"},
        {"month": "2017-09", "type": "CONSULT", "events": "1"},
        {"month": "2017-09", "type": "STATEMENT", "events": "1"},
    ]
    _, actors = sparql(str(store), "most-active-actors", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(actors)))
    assert (rows[0]["actor"], rows[0]["events"], rows[0]["initiated_events"]) == (
        "Moon Jae-in",
        "2",
        "1",
    )


def test_actor_timeline_needs_its_actor_and_takes_a_name_or_an_iri(store: Path) -> None:
    code, output = sparql(str(store), "actor-timeline")
    assert code == EXIT_USER_ERROR
    assert output.startswith("error: E614: query 'actor-timeline' needs --bind actor=...")

    def timeline(value: str) -> list[dict[str, str]]:
        code, output = sparql(str(store), "actor-timeline", "--bind", f"actor={value}", "-f", "csv")
        assert code == 0, output
        return list(csv.DictReader(io.StringIO(output)))

    by_name = timeline("moon")
    assert [(r["who"], r["role"], r["type"], r["other"]) for r in by_name] == [
        ("Moon Jae-in", "target", "CONSULT", "Vladimir Putin"),
        ("Moon Jae-in", "actor", "STATEMENT", ""),
    ]
    iri = f"<{KG['actor/PRK']}>"
    assert [(r["who"], r["role"], r["type"]) for r in timeline(iri)] == [
        ("North Korea", "target", "ACCUSE")
    ]
    assert [r["who"] for r in timeline("RUS")] == ["Russia"]  # the actor's code


# -- bound values are terms, never query text ------------------------------------------------

HOSTILE_NAME = 'Evil" || true || "} UNION { ?s ?p ?o } # <x>'


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graph with an actor whose name is written to break out of a query string."""
    evil = Actor("evil", HOSTILE_NAME, "group")
    quiet = Actor("quiet", "Quiet Party", "group")
    events = [
        Event(
            id=f"e-{actor.id}",
            type="PROTEST",
            action="protest",
            cameo="140",
            actor=actor,
            target=None,
            date="2020-01-02",
            place=Place("Paris", "FRA"),
            mentions=(Mention("doc", "They protested.", 0, 15, 0.8),),
        )
        for actor in (evil, quiet)
    ]
    path = tmp_path_factory.mktemp("hostile") / "hostile.ttl"
    write_turtle(events_graph(events, [Document("doc", "")]), path)
    return path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (HOSTILE_NAME, ["e-evil"]),  # the exact name finds exactly that actor
        ('") || true || ("', []),  # an attempt to widen the filter finds nothing
        ("} UNION { ?s ?p ?o }", ["e-evil"]),  # part of the evil name, taken literally
        ("Quiet", ["e-quiet"]),
        ("<not an iri>", None),  # angle brackets ask for an IRI: this one is refused
    ],
    ids=["exact", "filter-escape", "union", "plain", "bad-iri"],
)
def test_a_bound_value_stays_one_literal(
    hostile_graph: Path, value: str, expected: list[str] | None
) -> None:
    query = (
        "SELECT ?actor ?event WHERE { ?event kgo:actor ?a . ?a rdfs:label ?label "
        "FILTER(CONTAINS(?label, ?actor)) } ORDER BY ?event"
    )
    code, output = sparql(str(hostile_graph), query, "--bind", f"actor={value}", "-f", "json")
    if expected is None:
        assert code == EXIT_USER_ERROR and "E613" in output
        return
    assert code == 0, output
    bindings = json.loads(output)["results"]["bindings"]
    assert [b["event"]["value"].rsplit("/", 1)[1] for b in bindings] == expected
    assert all(b["actor"] == {"type": "literal", "value": value} for b in bindings)


def test_binding_a_variable_the_query_does_not_select_is_a_clear_error(store: Path) -> None:
    code, output = sparql(str(store), "who-met-whom", "--bind", "nobody=x")
    assert code == EXIT_USER_ERROR
    assert output.startswith("error: E617: cannot bind ?nobody:")
    assert "Traceback" not in output
    assert sparql(str(store), "who-met-whom", "--bind", "no equals sign")[1].startswith(
        "error: E613: --bind 'no equals sign': use NAME=VALUE"
    )


def test_parse_bindings_makes_literals_and_iris() -> None:
    assert parse_bindings(["actor=Putin", "?who=<https://w3id.org/kg/id/actor/RUS>"]) == {
        "actor": ox.Literal("Putin"),
        "who": ox.NamedNode("https://w3id.org/kg/id/actor/RUS"),
    }


# -- read-only -------------------------------------------------------------------------------


@pytest.mark.parametrize("update", UPDATES, ids=range(len(UPDATES)))
def test_an_update_is_refused_and_changes_nothing(store: Path, update: str) -> None:
    before = set(open_read_only(store))
    code, output = sparql(str(store), update)
    assert code == EXIT_USER_ERROR
    assert output.strip().splitlines() == [
        "error: E615: kg sparql is read-only: this is a SPARQL UPDATE (INSERT, DELETE, LOAD, "
        "CLEAR, CREATE, DROP, ...), which is refused; rebuild with kg build to change a graph"
    ]
    assert set(open_read_only(store)) == before


def test_updates_are_told_from_queries_by_parsing_not_keywords() -> None:
    assert all(is_update(update) for update in UPDATES)
    for query in (
        'SELECT ?s WHERE { ?s ?p "INSERT DATA { <a> <b> <c> }" }',  # a keyword in a literal
        "ASK { ?s <https://example.org/DELETE> ?o }",
        "",
        "# DROP ALL",
    ):
        assert not is_update(query), query


def test_a_broken_query_names_where_it_broke(store: Path) -> None:
    code, output = sparql(str(store), "SELECT ?s WHERE { ?s ?p }")
    assert code == EXIT_USER_ERROR
    assert output.startswith("error: E616: not a SPARQL query: error at 1:")
    assert len(output.strip().splitlines()) == 1


def test_query_from_a_file_and_unknown_names(store: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "count.rq"
    query_file.write_text("# Count events.\nSELECT (COUNT(?e) AS ?n) WHERE { ?e a kgo:Event }\n")
    code, output = sparql(str(store), f"@{query_file}", "-f", "tsv")
    assert (code, output) == (0, "?n\n3\n")
    code, output = sparql(str(store), f"@{tmp_path / 'missing.rq'}")
    assert code == EXIT_USER_ERROR and "E611" in output and "missing.rq" in output
    code, output = sparql(str(store), "who-met")
    assert code == EXIT_USER_ERROR
    assert output.startswith("error: E612: 'who-met' is not a shipped query: use one of")
    assert find_query("who-met-whom").name == "who-met-whom"


def test_a_missing_graph_is_named(tmp_path: Path) -> None:
    code, output = sparql(str(tmp_path / "nothing.ttl"), "who-met-whom")
    assert code == EXIT_USER_ERROR
    assert output.startswith(f"error: E401: {tmp_path / 'nothing.ttl'}: no such graph file")


# -- result formats --------------------------------------------------------------------------


def test_json_is_sparql_results_json(store: Path) -> None:
    code, output = sparql(str(store), SEM_QUERY, "--format", "json")
    assert code == 0
    document = json.loads(output)
    assert document["head"]["vars"] == ["a", "b", "t"]
    rows = document["results"]["bindings"]
    assert {(r["a"]["type"], r["t"]["datatype"]) for r in rows} == {
        ("uri", "http://www.w3.org/2001/XMLSchema#date")
    }
    parsed = ox.parse_query_results(output, ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions) and len(list(parsed)) == len(rows) == 4


def test_ask_and_construct_results(store: Path) -> None:
    assert sparql(str(store), "ASK { ?e a kgo:Event }")[1] == "yes\n"
    assert json.loads(sparql(str(store), "ASK { ?e a kgo:Nothing }", "-f", "json")[1]) == {
        "head": {},
        "boolean": False,
    }
    code, output = sparql(
        str(store), "CONSTRUCT { ?a kgo:met ?b } WHERE { ?a kgo:met ?b }", "-f", "csv"
    )
    assert code == 0
    assert len(list(ox.parse(output, ox.RdfFormat.N_TRIPLES))) == 1


def test_table_shortens_iris_with_kg_prefixes(store: Path) -> None:
    code, output = sparql(str(store), "SELECT ?e WHERE { ?e kgo:eventType kgo:type\\/CONSULT }")
    assert code == 0, output
    assert output.splitlines()[0].strip() == "1 result" and "kg:event/" in output


def test_sparql_has_help_with_an_example() -> None:
    result = runner.invoke(app, ["sparql", "-h"])
    assert result.exit_code == 0 and "Example:" in result.output


# -- the seeds, with the model ----------------------------------------------------------------


@pytest.mark.model
def test_plain_sem_query_finds_the_putin_moon_meeting_in_the_seeds_store(
    seed_build: BuildResult, tmp_path: Path
) -> None:
    path = tmp_path / "seeds"
    add_build(path, seed_build)
    code, output = sparql(str(path), SEM_QUERY, "--format", "csv")
    assert code == 0, output
    rows = set(map(tuple, csv.reader(io.StringIO(output))))
    putin, moon = (str(KG[f"actor/person/{name}"]) for name in ("vladimir-putin", "moon-jae-in"))
    assert (putin, moon, "2017-09-06") in rows
    assert (moon, putin, "2017-09-06") in rows
