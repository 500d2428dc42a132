"""Event tables for analysts (kg.tables): ``kg events -f csv|json`` with codes and documents."""

from __future__ import annotations

import doctest
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from samples import MOON, NORTH_KOREA, PUTIN
from typer.testing import CliRunner

import kg.tables
from kg.cli import app
from kg.gdelt import document_urls
from kg.rdf import events_graph, read_events, write_turtle
from kg.records import Actor, Document, Event, Mention, Place
from kg.store import load_graph
from kg.tables import EVENT_TABLE_COLUMNS, event_record, event_table_row

runner = CliRunner()
RUSSIA = Actor("RUS", "Russia", "state", "RUS")

MEETING = Event(
    id="e1",
    type="CONSULT",
    action="meet",
    cameo="040",
    actor=PUTIN,
    target=MOON,
    date="2017-09-06",
    place=Place("Vladivostok", "RUS"),
    mentions=(
        Mention("tass-1", "Putin met Moon.", 0, 15, 0.9),
        Mention("tass-1", "They talked.", 16, 28, 0.8),
        Mention("wire-2", "The two met.", 0, 12, 0.8),
    ),
)
CONDEMNATION = Event(
    id="e2",
    type="ACCUSE",
    action="condemn",
    cameo="111",
    actor=RUSSIA,
    target=NORTH_KOREA,
    date=None,
    place=None,
    mentions=(Mention("wire-2", "Russia condemned the test.", 13, 39, 0.9),),
    date_source="document",
)
DOCUMENTS = [
    Document("tass-1", "", url="https://tass.com/politics/1"),
    Document("wire-2", ""),  # no URL known
]


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    write_turtle(events_graph([MEETING, CONDEMNATION], DOCUMENTS), path)
    return path


def test_doctests() -> None:
    assert doctest.testmod(kg.tables).failed == 0


def test_an_event_row_holds_ids_kinds_countries_codes_and_documents() -> None:
    urls = {"tass-1": "https://tass.com/politics/1"}
    assert event_table_row(MEETING, urls) == {
        "date": "2017-09-06",
        "actor": "Vladimir Putin",
        "type": "CONSULT",
        "action": "meet",
        "target": "Moon Jae-in",
        "place": "Vladivostok",
        "sources": 2,
        "id": "e1",
        "date_source": "text",
        "actor_id": "person/vladimir-putin",
        "actor_kind": "person",
        "actor_country": "RUS",
        "target_id": "person/moon-jae-in",
        "target_kind": "person",
        "target_country": "KOR",
        "place_country": "RUS",
        "cameo": "040",
        "quad_class": 1,
        "goldstein": 1.0,
        "documents": "tass-1;wire-2",
        "urls": "https://tass.com/politics/1;",
    }
    assert list(event_table_row(MEETING, urls)) == list(EVENT_TABLE_COLUMNS)
    row = event_table_row(CONDEMNATION, urls)
    assert (row["quad_class"], row["goldstein"], row["documents"], row["urls"]) == (
        3,
        -2.0,
        "wire-2",
        None,
    )


def test_kg_events_csv_reads_into_pandas(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ",".join(EVENT_TABLE_COLUMNS)
    frame = pd.read_csv(io.StringIO(result.stdout), dtype={"cameo": str})
    assert frame["id"].tolist() == ["e2", "e1"]  # undated first, as kg events lists them
    meeting = frame.iloc[1]
    assert (meeting["actor_id"], meeting["target_country"], meeting["cameo"]) == (
        "person/vladimir-putin",
        "KOR",
        "040",
    )
    assert (meeting["quad_class"], meeting["goldstein"], meeting["sources"]) == (1, 1.0, 2)
    assert meeting["urls"].split(";") == ["https://tass.com/politics/1", ""]
    assert frame["urls"].isna().tolist() == [True, False]
    assert frame["date"].isna().tolist() == [True, False]
    # without dtype, pandas reads CAMEO codes as numbers: 040 is 40
    assert pd.read_csv(io.StringIO(result.stdout))["cameo"].tolist() == [111, 40]


def test_kg_events_json_adds_codes_and_documents_to_the_record(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file), "--actor", "Putin", "-f", "json"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "e1" and record["cameo"] == "040"
    assert record["actor"]["kind"] == "person" and record["target"]["country"] == "KOR"
    assert (record["quad_class"], record["goldstein"]) == (1, 1.0)
    assert record["documents"] == [
        {"id": "tass-1", "url": "https://tass.com/politics/1"},
        {"id": "wire-2", "url": None},
    ]
    assert record["mentions"][0]["doc"] == "tass-1"  # today's fields are all still there


def test_the_table_keeps_todays_columns(graph_file: Path) -> None:
    result = runner.invoke(app, ["events", str(graph_file)])
    assert result.exit_code == 0
    header = result.stdout.splitlines()[2]
    assert "sources" in header and "goldstein" not in header


def test_a_record_matches_its_row() -> None:
    for event in (MEETING, CONDEMNATION):
        record, row = event_record(event, {}), event_table_row(event, {})
        assert (record["quad_class"], record["goldstein"]) == (row["quad_class"], row["goldstein"])
        assert ";".join(d["id"] for d in record["documents"]) == row["documents"]


@pytest.mark.model
def test_a_corpus_event_table_reads_into_pandas(guardian_sample: Path) -> None:
    graph = load_graph(guardian_sample)
    events = list(read_events(graph))
    result = runner.invoke(app, ["events", str(guardian_sample), "--format", "csv"])
    assert result.exit_code == 0
    frame = pd.read_csv(io.StringIO(result.stdout), dtype={"cameo": str})
    assert list(frame.columns) == list(EVENT_TABLE_COLUMNS)
    assert frame["id"].tolist() == [e.id for e in events]
    assert frame["goldstein"].notna().all() and frame["quad_class"].isin([1, 2, 3, 4]).all()
    assert frame["documents"].str.split(";").map(len).tolist() == [e.sources for e in events]
    assert document_urls(graph) == {}  # the Guardian sample has no URLs: the column is empty
    assert frame["urls"].isna().all()
