"""The two seed articles, built once with the statistical model: the issue's acceptance checks."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.pipeline import BuildResult
from kg.rdf import events_graph, write_turtle
from kg.records import Event

pytestmark = pytest.mark.model

BOILERPLATE_NAMES = (
    "global research",
    "the duran",
    "facebook",
    "adam garrie",
    "centre for research",
)


def find(build: BuildResult, type_: str, actor: str, target: str | None = None) -> list[Event]:
    return [
        e
        for e in build.events
        if e.type == type_
        and e.actor.label == actor
        and (target is None or (e.target is not None and e.target.label == target))
    ]


def test_putin_meets_moon_in_vladivostok_on_2017_09_06(seed_build: BuildResult) -> None:
    (meeting,) = [
        e
        for e in seed_build.events
        if e.type == "CONSULT"
        and {e.actor.id, e.target and e.target.id}
        == {"person/vladimir-putin", "person/moon-jae-in"}
    ]
    assert meeting.date == "2017-09-06"
    assert meeting.place is not None and meeting.place.label == "Vladivostok"
    assert meeting.place.country == "RUS"
    assert meeting.sources == 2  # both articles report it
    assert {m.doc for m in meeting.mentions} == {d.id for d in seed_build.documents}


def test_people_carry_their_countries(seed_build: BuildResult) -> None:
    actors = {a.id: a for e in seed_build.events for a in (e.actor, e.target) if a is not None}
    assert actors["person/vladimir-putin"].country == "RUS"
    assert actors["person/moon-jae-in"].country == "KOR"
    assert actors["person/wang-yi"].country == "CHN"


def test_nuclear_test_dates_to_the_sunday_before_the_paper(seed_build: BuildResult) -> None:
    tests = find(seed_build, "MOBILIZE", "North Korea")
    assert [e.date for e in tests] == ["2017-09-03"]


def test_wang_yi_statement_on_september_7(seed_build: BuildResult) -> None:
    (statement,) = find(seed_build, "STATEMENT", "Wang Yi")
    assert statement.date == "2017-09-07"
    assert statement.date_source == "text"


def test_moscow_condemning_the_test_is_russia(seed_build: BuildResult) -> None:
    assert find(seed_build, "ACCUSE", "Russia", "North Korea")


def test_putin_criticises_trump(seed_build: BuildResult) -> None:
    assert find(seed_build, "ACCUSE", "Vladimir Putin", "Donald Trump")


def test_request_to_the_us_over_thaad(seed_build: BuildResult) -> None:
    (request,) = find(seed_build, "REQUEST", "Vladimir Putin", "United States")
    assert any("THAAD" in m.sentence for m in request.mentions)
    assert request.date == "2017-09-06"


def test_russia_opposes_cutting_oil_to_north_korea(seed_build: BuildResult) -> None:
    sentences = [m.sentence for e in find(seed_build, "REJECT", "Russia") for m in e.mentions]
    assert any("opposed to cutting off oil" in sentence for sentence in sentences)


def test_north_korea_nuclear_test_is_one_event(seed_build: BuildResult) -> None:
    (test,) = find(seed_build, "MOBILIZE", "North Korea")
    assert test.date_source == "text"
    assert any("sixth nuclear test" in m.sentence for m in test.mentions)


def test_no_inter_korean_meeting_is_claimed(seed_build: BuildResult) -> None:
    korean = {"KOR", "PRK"}
    for event in seed_build.events:
        if event.type == "CONSULT" and event.target is not None:
            assert {event.actor.country, event.target.country} != korean, event
        # nor an intention to meet: the article says such a meeting only "can happen"
        if event.type == "AGREE" and event.action in {"meet", "meeting", "talk", "dialogue"}:
            assert event.actor.country not in korean, event


def test_no_actor_comes_from_boilerplate(seed_build: BuildResult) -> None:
    labels = {a.label.lower() for e in seed_build.events for a in (e.actor, e.target) if a}
    for name in BOILERPLATE_NAMES:
        assert not any(name in label for label in labels), name


def test_names_are_never_truncated(seed_build: BuildResult) -> None:
    labels = {a.label for e in seed_build.events for a in (e.actor, e.target) if a}
    assert "Moon Jae" not in labels
    assert all(not label.endswith(("-", " Jae")) for label in labels)


def test_every_mention_points_at_its_sentence(seed_build: BuildResult) -> None:
    for event in seed_build.events:
        for mention in event.mentions:
            assert mention.end - mention.start == len(mention.sentence)
            assert 0 < mention.confidence <= 1


def test_turtle_parses_in_rdflib_and_pyoxigraph_alike(
    seed_build: BuildResult, tmp_path: Path
) -> None:
    path = tmp_path / "graph.ttl"
    write_turtle(events_graph(seed_build.events, seed_build.documents), path)
    rdflib_count = len(Graph().parse(path, format="turtle"))
    with path.open("rb") as stream:
        oxigraph_count = sum(
            1 for _ in pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE)
        )
    assert rdflib_count == oxigraph_count > 100


def test_known_leaders_are_linked_to_wikidata(seed_build: BuildResult) -> None:
    graph = events_graph(seed_build.events, seed_build.documents)
    rows = graph.query(
        "SELECT ?wd WHERE { ?a rdfs:label 'Vladimir Putin' ; owl:sameAs ?wd }",
        initNs={
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#",
        },
    )
    assert [str(row[0]) for row in rows] == ["http://www.wikidata.org/entity/Q7747"]
