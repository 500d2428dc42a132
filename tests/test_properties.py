"""Property-based tests (hypothesis): any text in, no crash, valid RDF out, the same text back.

The last test is also the fuzz target for the ingest readers: random bytes under every
supported extension must give documents or one-line skip messages, never an exception.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.errors import InputSkipped
from kg.ingest import clean_article, read_documents
from kg.rdf import actor_iri, document_iri, events_graph, read_events, write_turtle
from kg.records import Actor, Document, Event, Mention, Place

# Any Unicode text a JSON line can carry, except lone surrogates (not text; ingest replaces them).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
NAME = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
# Derandomized: CI runs the same examples every time (a new failure shows up in a change, not at
# random); run with --hypothesis-seed or raise max_examples to explore further.
FUZZ = settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@FUZZ
@given(TEXT)
def test_cleaning_never_fails_and_keeps_no_markup_or_blank_runs(raw: str) -> None:
    article = clean_article(raw)
    assert "\n\n\n" not in article.text
    assert article.text == article.text.strip()
    assert article.title is None or article.title in article.text
    assert clean_article(article.text).text == article.text  # cleaning settles


@FUZZ
@given(st.lists(NAME, min_size=2, max_size=2, unique=True))
def test_iri_minting_is_valid_and_injective(ids: list[str]) -> None:
    iris = [actor_iri(Actor(id=i, label="x")) for i in ids]
    for iri in iris:
        pyoxigraph.NamedNode(str(iri))  # raises on an invalid IRI
    assert iris[0] != iris[1]
    assert document_iri(ids[0]) != document_iri(ids[1])


def _event(label: str, sentence: str, doc_id: str) -> Event:
    return Event(
        id="e1",
        type="CONSULT",
        action=label or "meet",
        cameo="040",
        actor=Actor(id=f"person/{label}", label=label or "x", kind="person", country="RUS"),
        target=Actor(id="KOR", label="South Korea", kind="state", country="KOR"),
        date="2017-09-06",
        place=Place(label=label or "x", country=None),
        mentions=(Mention(doc=doc_id or "d", sentence=sentence, start=0, end=len(sentence)),),
    )


@FUZZ
@given(label=TEXT, sentence=TEXT, doc_id=TEXT)
def test_any_text_gives_valid_rdf_and_comes_back_unchanged(
    label: str, sentence: str, doc_id: str
) -> None:
    event = _event(label, sentence, doc_id)
    document = Document(id=doc_id or "d", text="", title=sentence or None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.ttl"
        write_turtle(events_graph([event], [document]), path)
        parsed = Graph().parse(path, format="turtle")
        with path.open("rb") as stream:
            quads = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
        assert len(parsed) == len(quads)
        (back,) = read_events(parsed)
    assert back.actor.label == event.actor.label
    assert back.action == event.action
    assert back.place == event.place
    assert back.mentions[0].sentence == sentence
    assert back.mentions[0].doc == event.mentions[0].doc


EXTENSIONS = (".txt", ".md", ".html", ".jsonl", ".dat")


@settings(
    max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.binary(max_size=400), st.sampled_from(EXTENSIONS))
def test_fuzz_ingest_readers_never_raise(data: bytes, extension: str) -> None:
    problems: list[InputSkipped] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(data)
        documents = list(read_documents([str(path)], on_skip=problems.append))
    for document in documents:
        assert document.text.strip()
        json.dumps(document.text).encode("utf-8")  # encodable: no lone surrogates
    for problem in problems:
        assert "\n" not in problem.message and str(path) in problem.message


@FUZZ
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_fuzz_json_lines_with_any_strings(texts: list[str]) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": t + " \ud800"}) for i, t in enumerate(texts)]
    problems: list[InputSkipped] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lines.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        documents = list(read_documents([str(path)], on_skip=problems.append))
    assert len(documents) + len(problems) == len(texts)
    for document in documents:  # cleaning may drop lines (here a "©" one), never leave a surrogate
        assert "\ud800" not in document.text
        document.text.encode("utf-8")


def test_a_lone_surrogate_in_json_becomes_the_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps({"id": "n", "text": "Putin met Moon \ud800 today."}), "utf-8")
    (document,) = read_documents([str(path)])
    assert document.text == "Putin met Moon \ufffd today."
