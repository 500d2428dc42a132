"""Something made once per spaCy Doc and kept while a block of work on that Doc runs.

Extraction asks the same questions of a Doc many times (the entity at a token, the sense of a
word); a ``DocMemo`` keeps the answers for as long as a ``kept`` block holds the Doc, and gives
none outside one, so that a Doc changed between calls (as tests do) is never read from stale
answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


class DocMemo(Generic[T]):
    """What ``make`` gives for a Doc, made once per ``kept`` block."""

    def __init__(self, make: Callable[[Doc], T]) -> None:
        self._make = make
        self._held: dict[int, tuple[Doc, T]] = {}  # by the Doc's id

    @contextmanager
    def kept(self, doc: Doc) -> Iterator[None]:
        """Keep what is made of ``doc`` while the block runs (an enclosing block's, if any)."""
        if self.get(doc) is not None:
            yield  # an enclosing block already keeps it
            return
        self._held[id(doc)] = (doc, self._make(doc))
        try:
            yield
        finally:
            del self._held[id(doc)]

    def get(self, doc: Doc) -> T | None:
        """What is kept of ``doc``, or None outside a ``kept`` block."""
        held = self._held.get(id(doc))
        return held[1] if held is not None and held[0] is doc else None
