"""The named entity at each token, indexed once per Doc while extraction runs (looking entities
up through ``doc.ents`` per token made extraction quadratic in the length of a text).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from spacy.tokens import Doc, Span, Token

from kg.doc_memo import DocMemo
from kg.extract.words import ACTOR_LABELS
from kg.gazetteer import load_gazetteer


class _EntityIndex:
    """The named entity at each token of one Doc, made once: ``doc.ents`` builds every entity
    span of the document on each access, so looking entities up through it per token made
    extraction quadratic in the length of a text."""

    __slots__ = ("_at", "ents", "surnames")

    def __init__(self, doc: Doc) -> None:
        at: list[Span | None] = [None] * len(doc)
        self.ents: Sequence[Span] = doc.ents
        # The last words of the people named in full ("Cantlie" of "John Cantlie").
        self.surnames: set[str] = set()
        for entity in self.ents:
            if not is_a_name(entity):
                continue
            for i in range(entity.start, entity.end):
                at[i] = entity
            if entity.label_ == "PERSON" and len(entity) > 1:
                self.surnames.add(entity[-1].text)
        self._at = at

    def at(self, i: int) -> Span | None:
        """The entity that token ``i`` is part of, if any."""
        return self._at[i]


def is_a_name(entity: Span) -> bool:
    """Whether an entity of the model names whom the text speaks of: not what is opposed
    ("anti-Assad"), not a common word the model took for a name ("state")."""
    return not (_is_opposed(entity) or _is_lowercase(entity))


def _is_opposed(entity: Span) -> bool:
    """A name after "anti-" is what is opposed, never whom the phrase names: "anti-Assad
    forces" are no forces of Assad."""
    doc, start = entity.doc, entity.start
    if start >= 1 and doc[start - 1].lower_ == "anti-":
        return True
    return start >= 2 and doc[start - 1].lower_ == "-" and doc[start - 2].lower_ == "anti"


# Labels of proper names, which English writes with a capital.
_PROPER_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE"})


def _is_lowercase(entity: Span) -> bool:
    """A name with no capital letter that kg does not know names no one: the model's "state" in
    "the secretary of state said" is the office's, not an organisation (the Guardian's "state
    department" and "security council" are known bodies all the same)."""
    return (
        entity.label_ in _PROPER_NAME_LABELS
        and not any(c.isupper() for c in entity.text)
        and load_gazetteer().lookup(entity.text) is None
    )


# The entity index of each Doc being extracted (see ``indexed``).
_INDEXES: DocMemo[_EntityIndex] = DocMemo(_EntityIndex)


def indexed(doc: Doc) -> AbstractContextManager[None]:
    """Keep one entity index of ``doc`` for look-ups made while the block runs."""
    return _INDEXES.kept(doc)


def entity_index(doc: Doc) -> _EntityIndex:
    """The entity index of ``doc``: the one held during extraction, else one made now (rule
    helpers called on their own, as tests do, get a fresh one, so a Doc changed between calls
    is never read from a stale index)."""
    held = _INDEXES.get(doc)
    return held if held is not None else _EntityIndex(doc)


def doc_entities(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, made once while the index of ``doc`` is held (each access builds them all)."""
    held = _INDEXES.get(doc)
    return held.ents if held is not None else doc.ents


def entity_of(token: Token, labels: frozenset[str] = ACTOR_LABELS) -> Span | None:
    """The named entity containing ``token``, if it names a possible actor (or has ``labels``)."""
    if not token.ent_type_ or token.ent_type_ not in labels:
        return None
    return entity_index(token.doc).at(token.i)
