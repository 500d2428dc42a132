"""The build pipeline: long documents in chunks, offsets kept."""

from __future__ import annotations

import pytest

from kg.pipeline import document_mentions, text_chunks
from kg.records import Document


def test_chunks_cover_the_text_exactly_and_respect_the_limit() -> None:
    text = ("Putin met Moon in Vladivostok. " * 40 + "\n\n") * 30
    chunks = list(text_chunks(text, 1000))
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 1000 for _, piece in chunks)
    assert [offset for offset, _ in chunks] == [
        sum(len(p) for _, p in chunks[:i]) for i in range(len(chunks))
    ]
    assert all(piece.endswith((". ", "\n\n")) for _, piece in chunks[:-1])


def test_a_text_without_spaces_is_cut_at_the_limit() -> None:
    assert [len(p) for _, p in text_chunks("x" * 2500, 1000)] == [1000, 1000, 500]


@pytest.mark.model
def test_a_document_longer_than_spacy_allows_is_parsed_in_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kg.mentions.CHUNK_CHARS", 2000)
    filler = "The weather in the capital was mild and markets were calm. " * 60
    text = filler + "Vladimir Putin met Xi Jinping in Beijing on Tuesday. " + filler
    document = Document(id="long", text=text, published="2019-06-06")
    ((_, mentions),) = list(document_mentions([document]))
    (meeting,) = [m for m in mentions if m.type == "CONSULT"]
    assert (meeting.actor.label, meeting.target and meeting.target.label) == (
        "Vladimir Putin",
        "Xi Jinping",
    )
    assert meeting.date == "2019-06-04"
    found = text[meeting.mention.start : meeting.mention.end]
    assert (
        found == meeting.mention.sentence == "Vladimir Putin met Xi Jinping in Beijing on Tuesday."
    )
