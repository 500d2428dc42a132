"""Extraction: events from the dependency parse of a spaCy ``Doc``.

``extract_mentions`` yields ``RawMention`` records in document order: who (an ``ActorRef``, still
unresolved text), the action and its PLOVER type from the lexicon, whom, the date expression, the
place and the sentence. ``resolve`` turns the references into canonical actors and dates.

Rules covered: active and passive clauses, prepositional targets ("met with Moon"), coordinated
actors ("X and Y met"), subjects inherited by open and adverbial clauses ("continued, saying"),
nominal events ("talks with", "a meeting between X and Y", "Moscow's opposition"), statements.
Negated, hypothetical, modal and intended actions are not events.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import load_gazetteer
from kg.lexicon import LexiconEntry, load_lexicon
from kg.records import SYMMETRIC_TYPES

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Prepositions whose object is the target of an action ("met with", "sanctions against").
_TARGET_PREPS = frozenset(
    {"with", "against", "to", "toward", "towards", "on", "upon", "at", "from"}
)
# Clauses that inherit the subject of the verb they hang from ("continued, saying", "agreed to").
_INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acomp"})
# Clausal children: their dates and places belong to their own events.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "csubj", "relcl", "acl"})
_MODAL_LEMMAS = frozenset(
    {"would", "could", "might", "may", "can", "should", "must", "will", "shall"}
)
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Verbs under which an action is wanted, planned or proposed, not done ("want to hold a meeting").
_INTENT_LEMMAS = frozenset(
    {
        "want",
        "hope",
        "plan",
        "intend",
        "propose",
        "seek",
        "try",
        "aim",
        "expect",
        "wish",
        "consider",
        "prepare",
        "threaten",
        "offer",
        "urge",
        "call",
        "ask",
        "demand",
        "need",
        "cease",
        "stop",
        "request",
        "refuse",
        "fail",
        "avoid",
        "prevent",
        "decline",
        "oppose",
        "reject",
    }
)
# Relations through which a governing word's negation or modality reaches its dependent.
_COMPLEMENT_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "pcomp",
        "prep",
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "compound",
        "amod",
        "appos",
        "acomp",
        "oprd",
        "dative",
        "agent",
    }
)
_ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_THING_PRONOUNS = frozenset({"it"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "during", "on"})
# Nouns whose "of" names a place: "the Russian city of Vladivostok".
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "port",
        "province",
        "region",
        "island",
        "territory",
        "district",
    }
)
# "the North" / "the South" stand for the Koreas (or other divided countries) in context.
_COMPASS_NAMES = frozenset({"north", "south"})


@dataclass(frozen=True)
class ActorRef:
    """A participant as the text names it, before resolution."""

    text: str
    label: str  # PERSON, GPE, ORG, NORP, ROLE, PRON, COMPASS, DISCOURSE
    start: int  # character offsets in the document
    end: int
    role: str | None = None  # "president", "country", ... when a role noun names it
    country: str | None = None  # ISO alpha-3 hint from a demonym or possessive ("South Korean")
    is_subject: bool = False


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


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    text = resources.files("kg").joinpath("data/roles.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {key: frozenset(values) for key, values in data.items() if key.endswith("_roles")}


def is_person_role(word: str) -> bool:
    return word.lower() in _roles()["person_roles"]


def is_head_role(word: str) -> bool:
    """Roles that, unnamed, point back to a named person: "the president", "the leader"."""
    return word.lower() in _roles()["head_roles"]


def role_kind(lemma: str) -> str | None:
    for kind in ("person_roles", "state_roles", "group_roles"):  # first match wins
        if lemma in _roles()[kind]:
            return kind.removesuffix("_roles")
    return None


# --- participants -------------------------------------------------------------------------


def _entity_of(token: Token) -> Span | None:
    """The named entity containing ``token``, if it names a possible actor."""
    if not token.ent_type_ or token.ent_type_ not in _ACTOR_LABELS:
        return None
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity
    return None


def _country_hint(head: Token, skip: Span | None = None, depth: int = 2) -> str | None:
    """The country a noun phrase's modifiers name: "South Korean", "South Korea's".

    Titles are looked into too: in "Russian President Vladimir Putin", "Russian" modifies
    "President", which modifies "Putin".
    """
    gazetteer = load_gazetteer()
    for child in head.children:
        if skip is not None and skip.start <= child.i < skip.end and child.dep_ != "compound":
            continue
        if child.dep_ == "compound" and depth > 1 and not child.ent_type_:
            if (country := _country_hint(child, depth=depth - 1)) is not None:
                return country
            continue
        if skip is not None and skip.start <= child.i < skip.end:
            continue
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            entity = _entity_of(child)
            text = entity.text if entity is not None else child.text
            text = text.removesuffix("'s").removesuffix("’s").strip()
            country = gazetteer.country_of_demonym(text)
            if country is None:
                entry = gazetteer.lookup(text)
                country = entry.country if entry is not None else None
            if country is not None:
                return country
    return None


def _role_of(head: Token) -> str | None:
    """A role word among a person's title compounds or appositions ("President", "counterpart")."""
    for child in head.children:
        if child.dep_ in {"compound", "appos"} and is_person_role(child.lemma_):
            return child.lemma_.lower()
    if head.dep_ == "appos" and is_person_role(head.head.lemma_):
        return head.head.lemma_.lower()
    return None


def _ref_from_entity(entity: Span, head: Token, is_subject: bool) -> ActorRef | None:
    label = entity.label_
    text = entity.text
    if label == "NORP":
        # "Russian" as an adjective is not an actor; "the Russians" as a noun is.
        if entity.root.pos_ not in {"NOUN", "PROPN"} or entity.root.dep_ in {"amod", "compound"}:
            return None
        label = "GPE"
    text = text.removesuffix("'s").removesuffix("’s").strip()
    country = _country_hint(head, skip=entity) or _country_hint(entity.root, skip=entity)
    if head.dep_ == "appos" and country is None:
        country = _country_hint(head.head)
    role = _role_of(entity.root) or _role_of(head)
    return ActorRef(
        text=text,
        label=label,
        start=entity.start_char,
        end=entity.start_char + len(text),
        role=role,
        country=country,
        is_subject=is_subject,
    )


def actor_refs(token: Token, *, is_subject: bool = False) -> list[ActorRef]:
    """The actors named by the noun phrase headed by ``token``, with its coordinated conjuncts."""
    refs = []
    for head in (token, *(c for c in token.conjuncts if c.i > token.i)):
        ref = _actor_ref(head, is_subject=is_subject)
        if ref is not None:
            refs.append(ref)
    return refs


def _actor_ref(head: Token, *, is_subject: bool) -> ActorRef | None:
    entity = _entity_of(head)
    if entity is not None:
        return _ref_from_entity(entity, head, is_subject)
    # "his South Korean counterpart Moon Jae-in": the name stands in apposition to the role.
    for child in head.children:
        if child.dep_ == "appos" and (entity := _entity_of(child)) is not None:
            return _ref_from_entity(entity, child, is_subject)
    lemma = head.lemma_.lower()
    if head.tag_ in {"NNS", "NNPS"}:
        lemma = head.lower_  # "officials" name a group, "official" a person
    if head.pos_ == "PRON":
        if lemma in _PERSON_PRONOUNS | _THING_PRONOUNS:
            return ActorRef(
                head.text, "PRON", head.idx, head.idx + len(head), is_subject=is_subject
            )
        return None
    if lemma in _COMPASS_NAMES and head.pos_ == "PROPN":
        return ActorRef(head.text, "COMPASS", head.idx, head.idx + len(head), is_subject=is_subject)
    if role_kind(lemma) is not None:
        return _role_ref(head, lemma, is_subject)
    return None


def _role_ref(head: Token, lemma: str, is_subject: bool) -> ActorRef | None:
    """A role noun: "the Russian president", "the country", "the leaders of Russia"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (entity := _entity_of(pobj)) is not None:
                    return _ref_from_entity(entity, pobj, is_subject)
    start = min(t.idx for t in head.subtree if t.i <= head.i)
    text = head.doc.text[start : head.idx + len(head)]
    country = _country_hint(head)
    if country is None and role_kind(lemma) == "state":
        country = _speaker_country(head)
    return ActorRef(
        text=text,
        label="ROLE",
        start=start,
        end=head.idx + len(head),
        role=lemma,
        country=country,
        is_subject=is_subject,
    )


def _speaker_country(head: Token) -> str | None:
    """The country of whoever reports a clause: "Russian President Putin said the country ..."."""
    for ancestor in head.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.dep_ != "ccomp":
            for subject in ancestor.children:
                if subject.dep_ in _SUBJECT_DEPS and (entity := _entity_of(subject)) is not None:
                    return _country_hint(subject, skip=entity) or _country_hint(entity.root)
            return None
    return None


def _subjects(verb: Token) -> tuple[list[ActorRef], bool]:
    """The subjects of ``verb`` (inherited from the governing verb where it has none).

    Returns the subject references and whether they were inherited.
    """
    inherited = False
    while True:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return [r for s in subjects for r in actor_refs(s, is_subject=True)], inherited
        governor = _governing_verb(verb) if verb.dep_ in _INHERITING_DEPS else None
        if governor is None:
            return [], inherited
        verb, inherited = governor, True


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` ("spoke" above "after holding")."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _agents(verb: Token) -> list[ActorRef]:
    """The "by" agents of a passive verb."""
    return [
        ref
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for ref in actor_refs(pobj, is_subject=True)
    ]


def _prep_objects(head: Token, preps: frozenset[str]) -> list[ActorRef]:
    return [
        ref
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in actor_refs(pobj)
    ]


def _object_refs(obj: Token) -> list[ActorRef]:
    """The actors an object names; for a thing, its owner ("condemns North Korea's test")."""
    return actor_refs(obj) or [
        ref for c in obj.children if c.dep_ == "poss" for ref in actor_refs(c)
    ]


def _objects(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Direct objects first; else prepositional objects ("met with Moon", "protest against").

    What a statement is about is its content, not a target: its object's owner is not taken.
    """
    refs = actor_refs if entry.type == "STATEMENT" else _object_refs
    direct = [r for c in verb.children if c.dep_ in _OBJECT_DEPS for r in refs(c)]
    return direct or _prep_objects(verb, _TARGET_PREPS)


# --- modality -------------------------------------------------------------------------------


def _governing_chain(predicate: Token) -> Iterator[Token]:
    """``predicate`` and the words it is a complement or argument of, up to its own clause top.

    The walk goes up through complements and arguments ("want to hold a meeting", "does not
    appear that they met") and stops at adverbial and relative clauses and conjuncts, whose
    negation or modality is their own.
    """
    node = predicate
    yield node
    while node.dep_ in _COMPLEMENT_DEPS and node.head.i != node.i:
        node = node.head
        yield node


def is_asserted(predicate: Token) -> bool:
    """False when the action is negated, conditional, modal or only wanted ("not", "if", "could").

    A purpose clause ("met Moon to discuss ...") is part of its main event, not one of its own.
    """
    if predicate.dep_ == "advcl" and any(c.tag_ == "TO" for c in predicate.children):
        return False
    for index, node in enumerate(_governing_chain(predicate)):
        if index > 0 and node.lemma_.lower() in _INTENT_LEMMAS:
            return False
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return False
            if child.dep_ == "aux" and child.lemma_.lower() in _MODAL_LEMMAS:
                return False
            if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                return False
    return True


# --- dates and places -----------------------------------------------------------------------


def _own_tokens(predicate: Token, *, keep_relative_clauses: bool) -> Iterator[Token]:
    """Tokens of the predicate's phrase, leaving out clauses that carry their own events."""
    skip = _CLAUSE_DEPS - ({"relcl", "acl"} if keep_relative_clauses else set())
    stack = [predicate]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in skip)


def _date_text(predicate: Token, *, nominal: bool) -> str | None:
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            span = next(e for e in token.doc.ents if e.start == token.i)
            return span.text
    return None


def _place_of_entity(span: Span, predicate: Token) -> bool:
    """Whether a place name says where ``predicate`` happened.

    It does when it hangs, through "in"/"at"/"near" (and "the city of"), from the predicate
    itself, from a relative clause on it ("which took place in"), or from a phrase of time or
    setting on it ("during the forum in Vladivostok").
    """
    node = span.root
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        owner = prep.head
        if prep.lower_ == "of":
            if owner.lemma_.lower() not in _PLACE_NOUNS:
                return False
            node = owner
            continue
        if prep.lower_ not in _PLACE_PREPS:
            return False
        if owner == predicate or (owner.dep_ in {"relcl", "acl"} and predicate in owner.ancestors):
            return True
        if _entity_of(owner) is not None and _argument_of(owner) == predicate:
            return True  # "met Xi Jinping in Beijing", the place parsed onto the participant
        node = owner
    return False


def _argument_of(token: Token) -> Token | None:
    """The word ``token`` is an object of, directly or through one preposition."""
    if token.dep_ in {"dobj", "dative"}:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _place_text(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> str | None:
    taken = {(r.start, r.end) for r in participants}
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ not in _PLACE_LABELS or token.ent_iob_ != "B":
            continue
        span = next(e for e in token.doc.ents if e.start == token.i)
        if (span.start_char, span.end_char) not in taken and _place_of_entity(span, predicate):
            return span.text
    return None


# --- events ---------------------------------------------------------------------------------


def _lexicon_entry(token: Token) -> LexiconEntry | None:
    particles = [c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}]
    return load_lexicon().lookup(token.lemma_.lower(), token.pos_, particles)


def _pairs(
    actors: list[ActorRef], targets: list[ActorRef], entry: LexiconEntry
) -> Iterator[tuple[ActorRef, ActorRef | None]]:
    """Actor-target pairs: "X and Y met" is X meeting Y for symmetric types."""
    if not targets and len(actors) > 1 and entry.type in SYMMETRIC_TYPES:
        for index, actor in enumerate(actors):
            for other in actors[index + 1 :]:
                yield actor, other
        return
    for actor in actors:
        if not targets:
            yield actor, None
        for target in targets:
            if (target.start, target.end) != (actor.start, actor.end):
                yield actor, target


def _verbal_participants(
    verb: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float]:
    passive_subjects = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    if passive_subjects:
        targets = [r for s in passive_subjects for r in actor_refs(s)]
        return _agents(verb), targets, 0.85
    actors, inherited = _subjects(verb)
    return actors, _objects(verb, entry), 0.8 if inherited else 0.9


def _governing_subjects(noun: Token) -> list[ActorRef]:
    """The subject of the clause a nominal event sits in ("Putin ... after conducting talks")."""
    governor = _governing_verb(noun)
    return _subjects(governor)[0] if governor is not None else []


def _nominal_participants(
    noun: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float]:
    # "a meeting between X and Y": the first is the actor, the others its targets.
    between = _prep_objects(noun, frozenset({"between", "among"}))
    if len(between) > 1:
        return between[:1], between[1:], 0.85
    owners = [r for c in noun.children if c.dep_ == "poss" for r in actor_refs(c, is_subject=True)]
    agents = _prep_objects(noun, frozenset({"by"}))
    targets = _prep_objects(noun, _TARGET_PREPS)
    actors = owners or agents
    if actors:
        return actors, targets, 0.85
    if targets and entry.type in SYMMETRIC_TYPES:
        # "following talks with Moon": the talks are the clause subject's, else the story's.
        governing = _governing_subjects(noun)
        if governing:
            return governing, targets, 0.75
        discourse = ActorRef("", "DISCOURSE", noun.idx, noun.idx, is_subject=True)
        return [discourse], targets, 0.6
    return [], targets, 0.0


def _trimmed(sentence: Span) -> Span:
    """The sentence without the blank lines and spaces around it."""
    start, end = sentence.start, sentence.end
    while end > start + 1 and sentence.doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and sentence.doc[start].is_space:
        start += 1
    return sentence.doc[start:end]


def _mentions_for(predicate: Token, entry: LexiconEntry) -> Iterator[RawMention]:
    nominal = predicate.pos_ == "NOUN"
    if nominal:
        actors, targets, confidence = _nominal_participants(predicate, entry)
    else:
        actors, targets, confidence = _verbal_participants(predicate, entry)
    if not actors:
        return
    date_text = _date_text(predicate, nominal=nominal)
    place_text = _place_text(predicate, actors + targets, nominal=nominal)
    sentence = _trimmed(predicate.sent)
    for actor, target in _pairs(actors, targets, entry):
        yield RawMention(
            actor=actor,
            action=entry.lemma,
            type=entry.type,
            cameo=entry.cameo,
            target=target,
            date_text=date_text,
            place_text=place_text,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=confidence,
        )


def is_headline(sentence: Span) -> bool:
    """A headline-style line: title case and no final stop ("Putin Talks Peace with Moon").

    The statistical model reads such lines badly ("Vladimir Putin Says" as a person), and the
    story's body repeats what they say, so extraction leaves them out.
    """
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if not words or sentence[-1].text in {".", "!", "?", '"', "”"} or len(sentence) > 25:
        return False
    return sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


def _body_tokens(doc: Doc) -> Iterator[Token]:
    for sentence in doc.sents:
        if not is_headline(sentence):
            yield from sentence


def extract_mentions(doc: Doc) -> Iterator[RawMention]:
    """Yield the asserted events of ``doc`` in document order; never modifies the Doc."""
    for token in _body_tokens(doc):
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        entry = _lexicon_entry(token)
        if entry is None or not is_asserted(token):
            continue
        yield from _mentions_for(token, entry)


def _without_trailing_verbs(entity: Span) -> Span:
    end = entity.end
    while end > entity.start and entity.doc[end - 1].tag_.startswith("VB"):
        end -= 1
    return Span(entity.doc, entity.start, end, label=entity.label_)


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
        sentence_start=mention.sentence_start + offset,
        sentence_end=mention.sentence_end + offset,
    )


def named_actor_refs(doc: Doc) -> Iterator[ActorRef]:
    """Every named possible actor of ``doc`` in order: the antecedents for pronouns and roles."""
    for entity in doc.ents:
        if entity.label_ not in _ACTOR_LABELS:
            continue
        if is_headline(entity.sent):
            entity = _without_trailing_verbs(entity)  # "Vladimir Putin Says" in a headline
            if not len(entity):
                continue
        is_subject = entity.root.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
        ref = _ref_from_entity(entity, entity.root, is_subject)
        if ref is not None:
            yield ref
