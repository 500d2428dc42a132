"""The network commands (timeline, neighbors, path, top, viz, who-met windows) through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samples import MOON, NORTH_KOREA, PUTIN
from typer.testing import CliRunner

from kg.cli import EXIT_USER_ERROR, app
from kg.rdf import events_graph, write_turtle
from kg.records import Actor, Event, Mention, Place

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
NETWORK_COMMANDS = ("timeline", "neighbors", "path", "top", "viz")

TRUMP = Actor("person/donald-trump", "Donald Trump", "person", "USA")
RUSSIA = Actor("RUS", "Russia", "state", "RUS")
WANG_YI = Actor("person/wang-yi", "Wang Yi", "person", "CHN")
SOUTH_KOREA = Actor("KOR", "South Korea", "state", "KOR")


def event(
    id_: str, type_: str, action: str, actor: Actor, target: Actor | None, date: str
) -> Event:
    return Event(
        id=id_,
        type=type_,
        action=action,
        cameo=None,
        actor=actor,
        target=target,
        date=date,
        place=Place("Vladivostok", "RUS") if type_ == "CONSULT" else None,
        mentions=(Mention("doc-1", f"{actor.label} did {action}.", 0, 20, 0.9),),
    )


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    events = [
        event("m1", "CONSULT", "meet", PUTIN, MOON, "2017-09-06"),
        event("m2", "AGREE", "assure", PUTIN, MOON, "2017-09-07"),
        event("t1", "ACCUSE", "attack", PUTIN, TRUMP, "2017-09-07"),
        event("k1", "ACCUSE", "condemn", RUSSIA, NORTH_KOREA, "2017-09-07"),
        event("w1", "STATEMENT", "say", WANG_YI, None, "2017-09-05"),
        event("s1", "STATEMENT", "report", SOUTH_KOREA, None, "2017-09-05"),
    ]
    write_turtle(events_graph(events), path)
    return path


def run(*arguments: str) -> tuple[int, str]:
    result = runner.invoke(app, list(arguments))
    return result.exit_code, result.output


def test_every_network_command_has_help_with_an_example() -> None:
    for command in NETWORK_COMMANDS:
        code, output = run(command, "-h")
        assert code == 0, command
        assert "Example: kg " + command in output, command


def test_readme_tours_every_network_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in NETWORK_COMMANDS:
        assert f"### `kg {command} " in readme, command


# -- timeline --------------------------------------------------------------------------------


def test_timeline_lists_events_in_date_order(graph_file: Path) -> None:
    code, output = run("timeline", str(graph_file), "--format", "csv")
    assert code == 0
    assert output == (
        "date,actor,type,action,target,place,sources\n"
        "2017-09-05,South Korea,STATEMENT,report,,,1\n"
        "2017-09-05,Wang Yi,STATEMENT,say,,,1\n"
        "2017-09-06,Vladimir Putin,CONSULT,meet,Moon Jae-in,Vladivostok,1\n"
        "2017-09-07,Russia,ACCUSE,condemn,North Korea,,1\n"
        "2017-09-07,Vladimir Putin,ACCUSE,attack,Donald Trump,,1\n"
        "2017-09-07,Vladimir Putin,AGREE,assure,Moon Jae-in,,1\n"
    )


def test_timeline_of_one_actor_in_a_window(graph_file: Path) -> None:
    code, output = run("timeline", str(graph_file), "Moon", "--since", "2017-09-07", "-f", "json")
    assert code == 0
    records = [json.loads(line) for line in output.splitlines()]
    assert [(r["id"], r["date"], r["target"]["label"]) for r in records] == [
        ("m2", "2017-09-07", "Moon Jae-in")
    ]
    code, table = run("timeline", str(graph_file), "Putin")
    assert "Timeline: 3 events" in table and "Donald Trump" in table


# -- neighbors -------------------------------------------------------------------------------


def test_neighbors_counts_each_way(graph_file: Path) -> None:
    code, output = run("neighbors", str(graph_file), "Putin", "-f", "csv")
    assert code == 0
    assert output == (
        "neighbor,kind,country,events,out,in,types,first,last\n"
        "Moon Jae-in,person,KOR,2,2,0,AGREE CONSULT,2017-09-06,2017-09-07\n"
        "Donald Trump,person,USA,1,1,0,ACCUSE,2017-09-07,2017-09-07\n"
    )
    code, output = run("neighbors", str(graph_file), "Moon", "--type", "consult", "-f", "json")
    assert [json.loads(line) for line in output.splitlines()] == [
        {
            "neighbor": "Vladimir Putin",
            "kind": "person",
            "country": "RUS",
            "events": 1,
            "out": 0,
            "in": 1,
            "types": ["CONSULT"],
            "first": "2017-09-06",
            "last": "2017-09-06",
        }
    ]


def test_neighbors_of_an_unknown_actor_is_a_one_line_error(graph_file: Path) -> None:
    code, output = run("neighbors", str(graph_file), "Angela Merkel")
    assert code == EXIT_USER_ERROR
    assert output == (
        "error: E501: no actor named 'Angela Merkel' in the graph (kg top GRAPH lists its actors)\n"
    )


def test_neighbors_with_a_bad_type(graph_file: Path) -> None:
    code, output = run("neighbors", str(graph_file), "Putin", "--type", "HUG")
    assert code == EXIT_USER_ERROR
    assert output.startswith("error: E002: --type 'HUG' is not an event type: use one of AGREE")


def test_an_ambiguous_actor_asks_which(graph_file: Path) -> None:
    code, output = run("path", str(graph_file), "Korea", "Putin")
    assert code == EXIT_USER_ERROR
    assert (
        output
        == "error: E502: 'Korea' names more than one actor: North Korea, South Korea; say which\n"
    )


# -- path ------------------------------------------------------------------------------------


def test_path_lists_the_events_on_the_way(graph_file: Path) -> None:
    code, output = run("path", str(graph_file), "Moon", "Trump", "-f", "csv")
    assert code == 0
    assert output == (
        "step,from,to,date,type,event,sources\n"
        "1,Moon Jae-in,Vladimir Putin,2017-09-06,CONSULT,Vladimir Putin meet Moon Jae-in,1\n"
        "1,Moon Jae-in,Vladimir Putin,2017-09-07,AGREE,Vladimir Putin assure Moon Jae-in,1\n"
        "2,Vladimir Putin,Donald Trump,2017-09-07,ACCUSE,Vladimir Putin attack Donald Trump,1\n"
    )
    code, output = run("path", str(graph_file), "Moon", "Trump", "-f", "json")
    hops = [json.loads(line) for line in output.splitlines()]
    assert [(h["step"], h["from"], h["to"]) for h in hops] == [
        (1, "Moon Jae-in", "Vladimir Putin"),
        (2, "Vladimir Putin", "Donald Trump"),
    ]
    assert hops[1]["events"][0]["mentions"][0]["sentence"] == "Vladimir Putin did attack."
    code, table = run("path", str(graph_file), "Moon", "Trump")
    assert "From Moon Jae-in to Donald Trump in 2 steps" in table


def test_path_without_a_connection(graph_file: Path) -> None:
    code, output = run("path", str(graph_file), "Moon", "Russia")
    assert code == EXIT_USER_ERROR
    assert output == "error: E504: no chain of events links Moon Jae-in and Russia\n"
    code, output = run("path", str(graph_file), "Moon", "Trump", "--until", "2017-09-06")
    assert output == (
        "error: E504: no chain of events links Moon Jae-in and Donald Trump until 2017-09-06\n"
    )


# -- top -------------------------------------------------------------------------------------


def test_top_by_degree_and_limit(graph_file: Path) -> None:
    code, output = run("top", str(graph_file), "--limit", "3", "-f", "csv")
    assert code == 0
    assert output == (
        "rank,actor,kind,country,degree\n"
        "1,Vladimir Putin,person,RUS,2\n"
        "2,Donald Trump,person,USA,1\n"
        "3,Moon Jae-in,person,KOR,1\n"
    )


def test_top_by_betweenness_and_pagerank_as_json(graph_file: Path) -> None:
    code, output = run("top", str(graph_file), "--by", "betweenness", "--limit", "1", "-f", "json")
    assert code == 0
    assert json.loads(output) == {
        "rank": 1,
        "actor": "Vladimir Putin",
        "kind": "person",
        "country": "RUS",
        # of the 15 pairs of the 6 other actors, one (Moon, Trump) is linked through him
        "betweenness": pytest.approx(1 / 15),
    }
    _, output = run("top", str(graph_file), "--by", "pagerank", "-f", "json")
    ranks = [json.loads(line) for line in output.splitlines()]
    assert ranks[0]["actor"] == "Vladimir Putin"
    assert sum(r["pagerank"] for r in ranks) == pytest.approx(1.0)


def test_top_with_a_bad_measure(graph_file: Path) -> None:
    code, output = run("top", str(graph_file), "--by", "fame")
    assert code == EXIT_USER_ERROR
    assert output == (
        "error: E505: --by 'fame' is not a measure: use one of degree, betweenness, pagerank\n"
    )


def test_windows_refuse_bad_dates(graph_file: Path) -> None:
    for command in (["timeline"], ["neighbors", "Putin"], ["path", "Moon", "Trump"], ["top"]):
        code, output = run(command[0], str(graph_file), *command[1:], "--since", "yesterday")
        assert code == EXIT_USER_ERROR, command
        assert output == (
            "error: E001: --since 'yesterday' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY\n"
        )


def test_a_missing_graph_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttl"
    code, output = run("top", str(missing))
    assert code == EXIT_USER_ERROR
    assert output.startswith(f"error: E401: {missing}: no such graph file")


# -- who-met windows -------------------------------------------------------------------------


def test_who_met_within_a_window(graph_file: Path) -> None:
    code, output = run("who-met", str(graph_file), "--since", "2017-09-06", "-f", "csv")
    assert output == (
        "date,actor,met,place,sources\n2017-09-06,Vladimir Putin,Moon Jae-in,Vladivostok,1\n"
    )
    code, output = run("who-met", str(graph_file), "--since", "2017-09-07", "-f", "csv")
    assert (code, output) == (0, "date,actor,met,place,sources\n")
    _, output = run("who-met", str(graph_file), "--until", "2017-13-01")
    assert output == (
        "error: E001: --until '2017-13-01' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY\n"
    )


# -- viz -------------------------------------------------------------------------------------


def test_viz_writes_the_format_its_extension_names(graph_file: Path, tmp_path: Path) -> None:
    page = tmp_path / "out" / "graph.html"
    code, output = run("viz", str(graph_file), "-o", str(page))
    assert code == 0
    assert output == f"6 events -> {page}\n"
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, _ = run("viz", str(graph_file), "-o", str(tmp_path / "graph.graphml"))
    assert (tmp_path / "graph.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_viz_with_an_unknown_extension_lists_the_supported_ones(
    graph_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "graph.pdf"
    code, output = run("viz", str(graph_file), "-o", str(target))
    assert code == EXIT_USER_ERROR
    assert output == (
        f"error: E506: {target}: cannot write .pdf: use one of .html, .png, .svg, .gexf, .graphml\n"
    )
    assert not target.exists()


def test_viz_chooses_events_and_actors_for_the_page_and_the_picture(
    graph_file: Path, tmp_path: Path
) -> None:
    page = tmp_path / "putin.html"
    code, output = run("viz", str(graph_file), "-o", str(page), "--actor", "Putin", "--top", "2")
    assert (code, output) == (0, f"3 of 6 events -> {page}\n")
    text = page.read_text(encoding="utf-8")
    assert "Donald Trump" in text and "North Korea" not in text
    assert '"top":2' in text
    picture = tmp_path / "korea.svg"
    code, output = run(
        "viz", str(graph_file), "-o", str(picture), "--country", "KOR", "--since", "2017-09-07"
    )
    assert (code, output) == (0, f"1 of 6 events -> {picture}\n")
    svg = picture.read_text(encoding="utf-8")
    assert "Moon Jae-in" in svg and "Donald Trump" not in svg


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "2017-13"], "error: E001: --since '2017-13' is not a date: use YYYY-MM-DD"),
        (["--type", "HUG"], "error: E002: --type 'HUG' is neither an event type nor a QuadClass"),
        (["--country", "Atlantis"], "error: E509: --country 'Atlantis' is not a country kg knows"),
        (["--top", "0"], "error: E508: --top 0: draw at least 1 actor"),
    ],
)
def test_viz_refuses_bad_choices_in_one_line(
    graph_file: Path, tmp_path: Path, arguments: list[str], message: str
) -> None:
    target = tmp_path / "graph.html"
    code, output = run("viz", str(graph_file), "-o", str(target), *arguments)
    assert code == EXIT_USER_ERROR
    assert output.startswith(message) and output.count("\n") == 1
    assert not target.exists()
