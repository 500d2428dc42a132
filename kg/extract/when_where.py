"""Dates and places: the date expression and the place of an event, from its own phrase, its
head conjunct's or the statement reporting it; a place as a target ("imposed a curfew in
Cizre") and a visit's host ("arrived in Tehran").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.carriers import CARRIED_DEPS
from kg.extract.actors import ref_from_entity
from kg.extract.clauses import speech_verb
from kg.extract.entities import entity_index, entity_of
from kg.extract.refs import ActorRef
from kg.extract.words import PLACE_NOUNS, word_list

# Clausal children: their dates and places belong to their own events.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "csubj", "relcl", "acl"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = word_list("place_preps")


def _own_tokens(predicate: Token, *, keep_relative_clauses: bool) -> Iterator[Token]:
    """Tokens of the predicate's phrase, leaving out clauses that carry their own events."""
    skip = _CLAUSE_DEPS - ({"relcl", "acl"} if keep_relative_clauses else set())
    stack = [predicate]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in skip)


def own_date(predicate: Token, *, nominal: bool) -> str | None:
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            span = entity_index(token.doc).at(token.i)
            assert span is not None  # an entity begins at a B token
            return span.text
    return None


def date_text_of(predicate: Token, *, nominal: bool) -> str | None:
    """The date expression of an event: its own phrase's; else, for a conjunct, its head's
    ("expelled diplomats on Wednesday and suspended contacts"); else that of the statement
    reporting it ("Russia withdrew its troops, the Kremlin said on Wednesday")."""
    own = own_date(predicate, nominal=nominal)
    if own is not None:
        return own
    if predicate.dep_ == "conj" and predicate.head.pos_ == predicate.pos_:
        return date_text_of(predicate.head, nominal=nominal)
    return statement_date(predicate)


def statement_date(predicate: Token) -> str | None:
    """The date of the statement that reports ``predicate``, if it gives one."""
    speech = speech_verb(predicate)
    return own_date(speech, nominal=False) if speech is not None else None


def _place_of_entity(span: Span, predicate: Token) -> bool:
    """Whether a place name says where ``predicate`` happened.

    It does when it hangs, through "in"/"at"/"near" (and "the city of"), from the predicate
    itself, from a relative clause on it ("which took place in"), or from a phrase of time or
    setting on it ("during the forum in Vladivostok").
    """
    node = span.root
    if node.dep_ == "compound" and node.head.lemma_.lower() in PLACE_NOUNS:
        node = node.head  # "in Montenegro province"
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        owner = prep.head
        if prep.lower_ == "of":
            if owner.lemma_.lower() not in PLACE_NOUNS:
                return False
            node = owner
            continue
        if prep.lower_ not in _PLACE_PREPS:
            return False
        if owner == predicate or (owner.dep_ in {"relcl", "acl"} and predicate in owner.ancestors):
            return True
        if entity_of(owner) is not None and _argument_of(owner) == predicate:
            return True  # "met Xi Jinping in Beijing", the place parsed onto the participant
        if owner.dep_ in CARRIED_DEPS and owner.head == predicate:
            return True  # "imposed a curfew in Cizre": where the object is, the action is
        node = owner
    return False


def _argument_of(token: Token) -> Token | None:
    """The word ``token`` is an object of, directly or through one preposition."""
    if token.dep_ in {"dobj", "dative"}:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _place_span(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> Span | None:
    """The place name that says where ``predicate`` happened, if it is no participant."""
    taken = {(r.start, r.end) for r in participants}
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ not in _PLACE_LABELS or token.ent_iob_ != "B":
            continue
        span = entity_index(token.doc).at(token.i)
        assert span is not None  # an entity begins at a B token
        if (span.start_char, span.end_char) not in taken and _place_of_entity(span, predicate):
            return span
    return None


def place_text_of(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> str | None:
    span = _place_span(predicate, participants, nominal=nominal)
    return span.text if span is not None else None


def place_targets(
    predicate: Token, participants: list[ActorRef], *, nominal: bool
) -> list[ActorRef]:
    """The place of an action as its target, for the state it lies in ("in the Gaza Strip")."""
    span = _place_span(predicate, participants, nominal=nominal)
    if span is None:
        return []
    return [ActorRef(span.text, "PLACE", span.start_char, span.end_char)]


def visited(anchor: Token, *, nominal: bool) -> list[ActorRef]:
    """The host of a visit: "arrived in Tehran" is a visit to Iran."""
    for token in _own_tokens(anchor, keep_relative_clauses=nominal):
        entity = entity_of(token) if token.ent_iob_ == "B" else None
        if entity is not None and entity.label_ == "GPE" and _place_of_entity(entity, anchor):
            ref = ref_from_entity(entity, token, is_subject=False)
            return [ref] if ref is not None else []
    return []
