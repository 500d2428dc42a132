"""Extraction and resolution do work in proportion to a text's length (issue 15).

The work is counted, not timed: the lines of kg's own code that run while one long Doc is
extracted and resolved. A look-up that scans the whole document for each token (as ``doc.ents``
searched once per token did) makes the count grow with the square of the length.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from conftest import parsed
from spacy.tokens import Doc

from kg.extract import extract_mentions, named_actor_refs
from kg.records import Document
from kg.resolve import events_of, resolve_document

KG = str(Path(__file__).resolve().parents[1] / "kg")

# "Putin met Moon in Vladivostok. He criticised Japan on Monday." ("He" looks back for Putin.)
PARAGRAPH = parsed(
    """
    Putin Putin NNP nsubj 1
    met meet VBD ROOT 1
    Moon Moon NNP dobj 1
    in in IN prep 1
    Vladivostok Vladivostok NNP pobj 3
    . . . punct 1
    He he PRP nsubj 7
    criticised criticise VBD ROOT 7
    Japan Japan NNP dobj 7
    on on IN prep 7
    Monday Monday NNP pobj 9
    . . . punct 7
    """,
    ents=((0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE"), (8, 9, "GPE"), (10, 11, "DATE")),
)


def repeated(times: int) -> Doc:
    """``PARAGRAPH`` ``times`` times over as one Doc, made without a model."""
    return Doc.from_docs([PARAGRAPH] * times)


class LineCounter:
    """Counts the lines of kg's modules that run while it is active."""

    def __init__(self) -> None:
        self.lines = 0

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.lines += 1
        return self._local

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        return self._local if frame.f_code.co_filename.startswith(KG) else None

    def __enter__(self) -> LineCounter:
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(None)


def work(times: int) -> tuple[int, int]:
    """Lines run to extract, resolve and merge the events of ``times`` paragraphs, and how many
    mentions they gave."""
    doc = repeated(times)
    document = Document(id="long", text=doc.text, published="2017-09-07")
    with LineCounter() as counter:
        raws = list(extract_mentions(doc))
        named = list(named_actor_refs(doc))
        mentions = list(resolve_document(document, raws, named))
        events_of(mentions)
    return counter.lines, len(mentions)


@pytest.mark.skipif(sys.gettrace() is not None, reason="a tracer (coverage, debugger) is active")
def test_work_grows_linearly_with_the_length_of_a_text() -> None:
    work(10)  # lexicon, gazetteer and roles loaded before counting
    small, small_mentions = work(500)  # 1,000 sentences
    large, large_mentions = work(2_000)  # 4,000 sentences

    assert small_mentions == 1_000 and large_mentions == 4_000  # each paragraph: two events
    assert large / small < 4.2, f"4x the text took {large / small:.2f}x the work"
