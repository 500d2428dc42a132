"""Records passed between pipeline stages: frozen dataclasses with tuple fields.

Their JSON form (``to_json``) is the contract with users (``kg events --format json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.errors import InputSkipped

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
EVENT_TYPES: tuple[str, ...] = (*PLOVER_TYPES, "STATEMENT")
ACTOR_KINDS: tuple[str, ...] = (
    "person",
    "state",
    "government",
    "organization",
    "igo",
    "military",
    "group",
)
# Event types whose participants play the same role: "A met B" is "B met A".
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Document:
    """One article after ingest: clean text plus what is known about it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None  # publisher or file path
    url: str | None = None
    content_hash: str | None = None  # SHA-1 of id and text; kept when the text is dropped


@dataclass(frozen=True)
class Actor:
    """A canonical participant: a person, state, organisation, ..."""

    id: str
    label: str
    kind: str = "group"
    country: str | None = None  # ISO 3166 alpha-3; a state's is its own
    # A person's organisation where it is no state: the id of the IGO, NGO or armed group they
    # act for ("IGO-UN" for the UN's envoy), beside any country; None for everyone else.
    affiliation: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = {"id": self.id, "label": self.label, "kind": self.kind, "country": self.country}
        if self.affiliation is not None:
            data["affiliation"] = self.affiliation
        return data


@dataclass(frozen=True)
class Place:
    label: str
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "country": self.country}


@dataclass(frozen=True)
class Mention:
    """Evidence: the sentence of a document that reports an event."""

    doc: str
    sentence: str
    start: int  # character offsets of the sentence in the document's text
    end: int
    confidence: float = 0.8
    # The extraction rules that found it ("active+objects"): for tracing errors to their rule;
    # not part of what the mention is (equal mentions from different rules are one).
    rule: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence reports it, before merging across mentions."""

    actor: Actor
    action: str  # lemma of the verb or event noun: "meet", "talks", "condemn"
    type: str  # PLOVER type or STATEMENT
    cameo: str | None
    target: Actor | None
    date: str | None  # ISO date, or None
    date_source: str  # "text" when the sentence gave it, "document" when the document date was used
    place: Place | None
    mention: Mention


@dataclass(frozen=True)
class Event:
    """One real-world happening, merged over all its mentions."""

    id: str
    type: str
    action: str
    cameo: str | None
    actor: Actor
    target: Actor | None
    date: str | None
    place: Place | None
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    date_source: str = "text"

    @property
    def sources(self) -> int:
        return len({m.doc for m in self.mentions})

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "action": self.action,
            "cameo": self.cameo,
            "actor": self.actor.to_json(),
            "target": self.target.to_json() if self.target else None,
            "date": self.date,
            "date_source": self.date_source,
            "place": self.place.to_json() if self.place else None,
            "sources": self.sources,
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass
class BuildResult:
    """What a build made: the events, the documents read, the inputs skipped."""

    events: list[Event]
    documents: list[Document]
    skipped: list[InputSkipped] = field(default_factory=list)
    # For provenance and the kg store (kg/store.py): every document's mentions before merging,
    # the spaCy pipeline's name and version, and when the build started and ended (xsd:dateTime).
    mentions: list[EventMention] = field(default_factory=list)
    model: str = ""
    model_version: str = ""
    started: str = ""
    ended: str = ""
