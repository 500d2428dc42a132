"""The command line, through typer's CliRunner: exit codes, outputs and error messages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from samples import MOON, NORTH_KOREA, PUTIN
from typer.testing import CliRunner

import kg
from kg.cli import EXIT_SKIPPED, EXIT_USER_ERROR, app
from kg.rdf import events_graph, write_turtle
from kg.records import Actor, Event, Mention, Place

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

RUSSIA = Actor("RUS", "Russia", "state", "RUS")


def event(id_: str, type_: str, actor: Actor, target: Actor | None, date: str) -> Event:
    return Event(
        id=id_,
        type=type_,
        action="meet" if type_ == "CONSULT" else "condemn",
        cameo=None,
        actor=actor,
        target=target,
        date=date,
        place=Place("Vladivostok", "RUS"),
        mentions=(
            Mention("doc-1", "A sentence.", 0, 11, 0.9),
            Mention("doc-2", "Another one.", 5, 17, 0.8),
        ),
    )


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    events = [
        event("e1", "CONSULT", PUTIN, MOON, "2017-09-06"),
        event("e2", "ACCUSE", RUSSIA, NORTH_KOREA, "2017-09-07"),
    ]
    write_turtle(events_graph(events), path)
    return path


def command_names() -> list[str]:
    """Every command registered on the app, by its command-line name."""
    return [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]


def test_every_command_has_help_with_an_example() -> None:
    names = command_names()
    assert len(names) >= 15
    for command in names:
        result = runner.invoke(app, [command, "-h"])
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command


def test_events_json_has_the_event_record_fields(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--format", "json"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["type"] for r in records] == ["CONSULT", "ACCUSE"]
    meeting = records[0]
    assert meeting["actor"] == {
        "id": "person/vladimir-putin",
        "label": "Vladimir Putin",
        "kind": "person",
        "country": "RUS",
    }
    assert meeting["target"]["country"] == "KOR"
    assert meeting["date"] == "2017-09-06"
    assert meeting["place"] == {"label": "Vladivostok", "country": "RUS"}
    assert meeting["sources"] == 2
    assert {m["doc"] for m in meeting["mentions"]} == {"doc-1", "doc-2"}


def test_events_filter_by_alias_type_and_dates(graph_file: Path) -> None:
    def ids(*options: str) -> list[str]:
        result = runner.invoke(app, ["events", str(graph_file), "-f", "json", *options])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["id"] for line in result.output.splitlines()]

    assert ids("--actor", "Moscow") == ["e2"]  # a capital names its state
    assert ids("--actor", "Putin") == ["e1"]  # a surname names its person
    assert ids("--actor", "the DPRK") == ["e2"]
    assert ids("--type", "consult") == ["e1"]
    assert ids("--since", "2017-09-07") == ["e2"]
    assert ids("--until", "2017-09-06") == ["e1"]


def test_events_csv_and_table(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["actor"], r["target"]) for r in rows] == [
        ("Vladimir Putin", "Moon Jae-in"),
        ("Russia", "North Korea"),
    ]
    table = runner.invoke(app, ["events", str(graph_file)])
    assert "2 events" in table.output and "Vladimir Putin" in table.output


def test_who_met_lists_pairs_dates_places_sources(graph_file: Path) -> None:
    result = runner.invoke(app, ["who-met", str(graph_file), "Moon", "--format", "json"])
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.output.splitlines()] == [
        {
            "date": "2017-09-06",
            "actor": "Vladimir Putin",
            "met": "Moon Jae-in",
            "place": "Vladivostok",
            "sources": 2,
        }
    ]
    nobody = runner.invoke(app, ["who-met", str(graph_file), "Trump", "--format", "json"])
    assert nobody.output == ""


def test_bad_type_is_one_line_naming_the_choices(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--type", "HUG"])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.output.startswith("error: E002: --type 'HUG' is not an event type: use one of")
    assert "Traceback" not in result.output


def test_bad_date_option_is_a_clear_error(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--since", "last week"])
    assert result.exit_code == EXIT_USER_ERROR
    assert "--since 'last week' is not a date: use YYYY-MM-DD" in result.output


def test_missing_graph_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.ttl"
    result = runner.invoke(app, ["events", str(missing)])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.output.strip().splitlines() == [
        f"error: E401: {missing}: no such graph file (build one with: kg build INPUT -o {missing})"
    ]


def test_broken_graph_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = runner.invoke(app, ["who-met", str(broken)])
    assert result.exit_code == EXIT_USER_ERROR
    assert f"error: E402: {broken}: not valid Turtle" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_build_from_a_missing_path_leaves_the_existing_graph_as_it_was(
    graph_file: Path, tmp_path: Path
) -> None:
    before = graph_file.read_bytes()
    missing = tmp_path / "dat"
    events_file = tmp_path / "events.jsonl"
    result = runner.invoke(
        app, ["build", str(missing), "-o", str(graph_file), "--events", str(events_file)]
    )
    assert result.exit_code == EXIT_USER_ERROR, result.output
    assert result.output.splitlines() == [
        f"skipped: {missing}: no such file or directory",
        f"error: E007: no document was read (1 inputs skipped): {graph_file} is left as it was",
    ]
    assert graph_file.read_bytes() == before
    assert not events_file.exists()
    assert [p.name for p in tmp_path.iterdir()] == [graph_file.name]  # no temporary file left


def test_build_into_a_store_from_a_missing_path_makes_no_store(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    result = runner.invoke(app, ["build", str(tmp_path / "dat"), "--store", str(store)])
    assert result.exit_code == EXIT_USER_ERROR, result.output
    assert f"error: E007: no document was read (1 inputs skipped): {store}" in result.output
    assert not store.exists()


@pytest.mark.model
def test_build_skips_a_bad_line_keeps_the_rest_and_exits_3(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "w1",
                "published": "2017-09-07",
                "text": "Russian President Vladimir Putin met Chinese President Xi Jinping "
                "in Beijing on Tuesday.",
            }
        )
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "w2", "text": "Iran condemned Israel on Monday."})
        + "\n",
        encoding="utf-8",
    )
    graph = tmp_path / "out" / "graph.ttl"
    events_file = tmp_path / "out" / "events.jsonl"
    result = runner.invoke(
        app, ["build", str(corpus), "-o", str(graph), "--events", str(events_file)]
    )
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert f"{corpus}:2:" in result.output  # the bad line is named, with its number
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in events_file.read_text().splitlines()]
    meeting = next(r for r in records if r["type"] == "CONSULT")
    assert (meeting["actor"]["label"], meeting["target"]["label"]) == (
        "Vladimir Putin",
        "Xi Jinping",
    )
    assert meeting["date"] == "2017-09-05"
    assert meeting["place"]["label"] == "Beijing"
    assert meeting["mentions"][0]["doc"] == "w1"  # a JSON line's id is the document id
    assert any(r["actor"]["id"] == "IRN" for r in records)  # the document after the bad line
    assert graph.is_file()


@pytest.mark.model
def test_build_with_date_option_and_stdin(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    result = runner.invoke(
        app,
        ["build", "-", "-o", str(graph), "--date", "2020-01-10"],
        input="Germany accused Russia of hacking on Wednesday.\n",
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["events", str(graph), "--format", "json"])
    (record,) = [json.loads(line) for line in listed.output.splitlines()]
    assert (record["actor"]["id"], record["type"], record["target"]["id"]) == (
        "DEU",
        "ACCUSE",
        "RUS",
    )
    assert record["date"] == "2020-01-08"


def test_build_refuses_a_bad_date_before_loading_anything(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "--date", "Sept 7"])
    assert result.exit_code == EXIT_USER_ERROR
    assert "--date 'Sept 7' is not a date: use YYYY-MM-DD" in result.output


def test_build_with_an_unknown_model_says_how_to_fix_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Russia condemned the test.", encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(article), "-o", str(tmp_path / "g.ttl"), "--model", "no_such_model"]
    )
    assert result.exit_code == EXIT_USER_ERROR
    assert "cannot load spaCy model 'no_such_model'" in result.output


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in command_names():
        assert f"kg {command}" in readme, command


@pytest.mark.model
def test_the_library_builds_a_graph_or_a_store(tmp_path: Path) -> None:
    import kg

    graph = kg.build([str(ROOT / "data")])
    (meeting,) = kg.who_met(graph, "Moon")
    assert (meeting.actor, meeting.other, meeting.date, meeting.sources) == (
        "Vladimir Putin",
        "Moon Jae-in",
        "2017-09-06",
        2,
    )
    stored = kg.build([str(ROOT / "data")], store=tmp_path / "store")
    assert [e.id for e in kg.events(stored, actor="Moscow")] == [
        e.id for e in kg.events(graph, actor="Moscow")
    ]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"kg {kg.__version__}\n"


def test_who_met_json_numbers_are_numbers(graph_file: Path) -> None:
    result = runner.invoke(app, ["who-met", str(graph_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["sources"] == 2 and isinstance(record["sources"], int)


@pytest.mark.parametrize(
    ("since", "until", "found"),
    [("2017-09", "2017-09", 2), ("2017", "2017-09-06", 1), ("2018", None, 0)],
)
def test_windows_take_months_and_years(
    graph_file: Path, since: str, until: str | None, found: int
) -> None:
    window = ["--since", since] + (["--until", until] if until else [])
    result = runner.invoke(app, ["events", str(graph_file), *window, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 1 + found
    bad = runner.invoke(app, ["events", str(graph_file), "--since", "2017-13"])
    assert bad.exit_code == EXIT_USER_ERROR
    assert "use YYYY-MM-DD, YYYY-MM or YYYY" in bad.output


def test_sparql_without_a_query_is_bad_usage(graph_file: Path) -> None:
    assert runner.invoke(app, ["sparql", str(graph_file)]).exit_code == 2


def test_one_result_is_singular(graph_file: Path) -> None:
    query = "SELECT ?answer_of_one WHERE { BIND(1 AS ?answer_of_one) }"
    result = runner.invoke(app, ["sparql", str(graph_file), query])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].strip() == "1 result"


def test_eval_refuses_csv(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "gold.jsonl"), "--format", "csv"])
    assert result.exit_code == EXIT_USER_ERROR
    assert "E809" in result.output


def test_graph_arguments_say_a_store_works_too() -> None:
    for command in ("events", "who-met", "timeline", "path", "top", "viz", "validate", "sparql"):
        result = runner.invoke(app, [command, "-h"])
        text = " ".join(result.output.replace("│", " ").split())
        assert "store directory" in text, command
