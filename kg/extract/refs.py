"""The records extraction yields: ``ActorRef`` (a participant as the text names it) and
``RawMention`` (one event as one sentence reports it, with the name of the rules that found it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ActorRef:
    """A participant as the text names it, before resolution."""

    text: str
    # PERSON, GPE, ORG, NORP, ROLE, GROUP, PRON, COMPASS, DISCOURSE, PLACE; and those that refer
    # back: PAIR ("the pair": two people named before), ORGANISATION ("the group") and
    # ARMED_GROUP ("the militants")
    label: str
    start: int  # character offsets in the document
    end: int
    role: str | None = None  # "president", "country", ... when a role noun names it
    country: str | None = None  # ISO alpha-3 hint from a demonym or possessive ("South Korean")
    is_subject: bool = False
    # a subject of a relative or adverbial clause ("a transition in which Assad did not
    # participate", "while Assad remained in power"): a later pronoun looks back to the main
    # clauses' subjects first
    is_embedded: bool = False
    # a name inside a phrase that qualifies a noun ("the battle against Isis"), no argument of
    # its clause: a "they" of the sentence looks to the clause's arguments first
    is_qualifier: bool = False


@dataclass(frozen=True)
class RawMention:
    """One event as one sentence reports it, with unresolved participants and date text."""

    actor: ActorRef
    action: str
    type: str
    cameo: str | None
    target: ActorRef | None
    date_text: str | None
    place_text: str | None
    sentence_start: int
    sentence_end: int
    sentence: str
    confidence: float
    rule: str = ""  # the names of the rules that found it: "active+objects", "nominal.light"
    # Who announced an intended action ("Trump said US troops will withdraw"): the intention is
    # theirs when they speak for the actor's state.
    announcer: ActorRef | None = None
    # Whose statement, recollection or belief the event is the content of ("his parents said the
    # Foreign Office had refused"): an event only a private person tells is none.
    reporters: tuple[ActorRef, ...] = ()


def shift_ref(ref: ActorRef, offset: int) -> ActorRef:
    """``ref`` with its offsets moved by ``offset`` (a chunk's place in its document)."""
    return replace(ref, start=ref.start + offset, end=ref.end + offset) if offset else ref


def shift_mention(mention: RawMention, offset: int) -> RawMention:
    """``mention`` with every offset moved by ``offset``."""
    if not offset:
        return mention
    return replace(
        mention,
        actor=shift_ref(mention.actor, offset),
        target=shift_ref(mention.target, offset) if mention.target else None,
        announcer=shift_ref(mention.announcer, offset) if mention.announcer else None,
        reporters=tuple(shift_ref(r, offset) for r in mention.reporters),
        sentence_start=mention.sentence_start + offset,
        sentence_end=mention.sentence_end + offset,
    )
