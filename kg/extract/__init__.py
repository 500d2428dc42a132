"""Extraction: events from the dependency parse of a spaCy ``Doc``.

``extract_mentions`` yields ``RawMention`` records in document order: who (an ``ActorRef``, still
unresolved text), the action and its PLOVER type from the lexicon, whom, the date expression, the
place, the sentence, and the names of the rules that found it. ``resolve`` turns the references
into canonical actors and dates.

The modules follow the steps, each importing only those before it:

- ``words``: word lists (``kg/data/extract_words.json``), roles, and the lexicon rows rules need;
- ``refs``: the records, ``ActorRef`` and ``RawMention``; ``rules``: named, ordered registries;
- ``entities`` and ``clauses``: the entity index and the clause structure the steps share;
- ``modality``: asserted, intended, refused or not asserted, and how an intention is coded;
- ``actors``: who a noun phrase names, a clause's subjects and agents;
- ``when_where``: dates and places (a place as target, a visit's host);
- ``targets``: whom an action is done to (``VERBAL_TARGET_RULES``, ``LIGHT_VERB_TARGET_RULES``);
- ``participants``: who acts on whom for a verb or an event noun (``VERBAL_ACTOR_RULES``,
  ``NOMINAL_ACTOR_RULES``, ``NOUN_TARGET_RULES``);
- ``senses``: senses from context (``SENSE_RULES``);
- ``events``: the mentions of a Doc (``extract_mentions``, ``CLAUSE_RULES``);
- ``holders``: who holds a place, by the document (``HOLDING_RULES``): a place aimed at stands
  for its holder ("the Kurdish enclave of Afrin").

Where a choice is an ordered chain of alternatives, it is a registry: a tuple of ``(name,
rule)`` tried in order, the first rule that answers winning, and the names of the rules that
answered go on the mention (``RawMention.rule``, shown by ``kg eval --show`` beside each false
alarm): "active+objects", "nominal.light+light target", "sense.riot+passive".

Events carried by nouns ("held talks", "put troops on alert") are found by ``kg.carriers``.
"""

from kg.extract.actors import (
    OPPOSITION,
    PRIVATE_REPORTER,
    SIDE,
    UNNAMED_PERSON,
    actor_refs,
    named_actor_refs,
)
from kg.extract.clauses import is_headline
from kg.extract.entities import indexed
from kg.extract.events import CLAUSE_RULES, extract_mentions
from kg.extract.holders import (
    HOLDING_RULES,
    Holding,
    held_place_target,
    place_holders,
    shift_holding,
)
from kg.extract.modality import ASSERTED, INTENDED, NOT_ASSERTED, REFUSED, is_asserted
from kg.extract.participants import NOMINAL_ACTOR_RULES, NOUN_TARGET_RULES, VERBAL_ACTOR_RULES
from kg.extract.refs import ActorRef, RawMention, shift_mention, shift_ref
from kg.extract.senses import SENSE_RULES, sense_in_context
from kg.extract.targets import LIGHT_VERB_TARGET_RULES, VERBAL_TARGET_RULES
from kg.extract.words import (
    REQUIRED_LEXICON_ROWS,
    check_lexicon,
    is_head_role,
    is_nonstate_group,
    is_person_role,
    role_kind,
)

__all__ = [
    "ASSERTED",
    "CLAUSE_RULES",
    "HOLDING_RULES",
    "INTENDED",
    "LIGHT_VERB_TARGET_RULES",
    "NOMINAL_ACTOR_RULES",
    "NOT_ASSERTED",
    "NOUN_TARGET_RULES",
    "OPPOSITION",
    "PRIVATE_REPORTER",
    "REFUSED",
    "REQUIRED_LEXICON_ROWS",
    "SENSE_RULES",
    "SIDE",
    "UNNAMED_PERSON",
    "VERBAL_ACTOR_RULES",
    "VERBAL_TARGET_RULES",
    "ActorRef",
    "Holding",
    "RawMention",
    "actor_refs",
    "check_lexicon",
    "extract_mentions",
    "held_place_target",
    "indexed",
    "is_asserted",
    "is_head_role",
    "is_headline",
    "is_nonstate_group",
    "is_person_role",
    "named_actor_refs",
    "place_holders",
    "role_kind",
    "sense_in_context",
    "shift_holding",
    "shift_mention",
    "shift_ref",
]
