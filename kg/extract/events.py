"""Events: the mentions of a Doc, assembled from the steps.

``extract_mentions`` reads each event word (verbs and event nouns of the lexicon, not those a
light verb carries), gives it its sense in context (``kg.extract.senses``), keeps it when
asserted or coded by its modality (``kg.extract.modality``), and pairs its actors and targets
(``kg.extract.participants``) with its date and place (``kg.extract.when_where``). Then the
``CLAUSE_RULES`` add the events that no event word names: a reported obligation of another
("said Sudan must return") is a REQUEST, "according to X" a statement of X.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from kg.carriers import carried_event, lexicon_entry, light_verb_of
from kg.extract.actors import (
    actor_refs,
    agent_refs,
    announcer_refs,
    demonym_ref,
    qualified_refs,
    speaker_refs,
    subject_refs,
)
from kg.extract.clauses import has_subject, is_headline, speech_verb
from kg.extract.entities import entity_of, indexed
from kg.extract.modality import ASSERTED, CODED_MODALITIES, modal_entry, modality
from kg.extract.participants import nominal_participants, pairs, verbal_participants
from kg.extract.refs import ActorRef, RawMention
from kg.extract.rules import joined
from kg.extract.senses import is_joint, is_no_event, joint_entry, sense_in_context
from kg.extract.when_where import (
    date_text_of,
    own_date,
    place_targets,
    place_text_of,
    statement_date,
    visited,
)
from kg.extract.words import (
    CONDITION_MARKS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_TARGET_TYPES,
    SUBJECT_DEPS,
    check_lexicon,
    word_list,
)
from kg.lexicon import LexiconEntry, load_lexicon

# Light verbs whose coordinated subjects act on each other: "X and Y traded accusations".
_RECIPROCAL_LEMMAS = frozenset({"trade", "exchange"})
# Fighting that joint actors do to each other: "X and Y clashed", "fought a war".
_MUTUAL_COMBAT_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "skirmish", "war"})
# Statement verbs that, said of two actors together, are a conversation between them.
_CONVERSATION_LEMMAS = frozenset({"speak"})
# CAMEO's "make a visit": where the visitor arrives is whom they visit.
_VISIT_CODE = "042"
# Confidence kept for an announced (intended) action.
_INTENT_FACTOR = 0.85
# Citizenship, and the verbs that take it away: "had her British citizenship revoked".
_CITIZENSHIP_NOUNS = word_list("citizenship_nouns")
_REVOKING_LEMMAS = word_list("revoking_lemmas")
# Verbs whose subject has something done to them by others: "had her citizenship revoked".
_CAUSATIVE_LEMMAS = word_list("causative_lemmas")
# Verbs of ordering, whose order by one with the power to is the act: "ordered her citizenship
# revoked".
_ORDER_LEMMAS = frozenset({"order"})
# Auxiliaries of obligation: in reported speech, a demand on the obliged ("X must stop").
_OBLIGATION_LEMMAS = frozenset({"must", "should"})


def _is_obligation(verb: Token) -> bool:
    """A reported obligation of another actor: "said that Sudan must return the helicopter"."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lemma_.lower() in _OBLIGATION_LEMMAS for c in verb.children)
        and has_subject(verb)
        and speech_verb(verb) is not None
        and _clause_is_plain(verb)
    )


def _clause_is_plain(verb: Token) -> bool:
    """No negation or condition on the obliged clause ("must not" is a demand too, but kept out)."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) for c in verb.children
    )


def _obligation_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """The speaker demands of the obliged: "Russia said Sudan must return it" is a REQUEST."""
    demand = load_lexicon().lookup("demand", "VERB")
    speakers = speaker_refs(verb)
    obliged = [
        r
        for s in verb.children
        if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        for r in actor_refs(s)
    ]
    if demand is None or not speakers or not obliged:
        return
    sentence = _trimmed(verb.sent)
    for actor, target in pairs(speakers, obliged, demand):
        yield RawMention(
            actor=actor,
            action="demand",
            type=demand.type,
            cameo=demand.cameo,
            target=target,
            date_text=statement_date(verb),
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=0.7,
            rule=rule,
        )


def _trimmed(sentence: Span) -> Span:
    """The sentence without the blank lines and spaces around it."""
    start, end = sentence.start, sentence.end
    while end > start + 1 and sentence.doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and sentence.doc[start].is_space:
        start += 1
    return sentence.doc[start:end]


def _mentions_for(
    predicate: Token,
    entry: LexiconEntry,
    *,
    coded_as: LexiconEntry | None = None,
    sense: str | None = None,
) -> Iterator[RawMention]:
    """The mentions of one event word, its participants found by its own sense ``entry``.

    An announced or refused action is coded as the intention or refusal ``coded_as``, dated by
    its announcement, not by the action's own (future) date.
    """
    intended = coded_as is not None
    nominal = predicate.pos_ == "NOUN"
    if nominal:
        actors, targets, confidence, rule = nominal_participants(predicate, entry)
    else:
        actors, targets, confidence, rule = verbal_participants(predicate, entry)
    if not actors:
        return
    if entry.lemma in _CONVERSATION_LEMMAS and len(actors) > 1 and not targets:
        # "Putin and Erdogan spoke by telephone": a conversation between them.
        entry = load_lexicon().lookup(entry.lemma, entry.pos, ["with"]) or entry
    if nominal and len(actors) > 1 and not targets and is_joint(predicate):
        entry = joint_entry(entry)  # "held joint drills": cooperation between them
    light = light_verb_of(predicate) if nominal else None
    anchor = light or predicate
    if intended:
        date_text, place_text = statement_date(predicate), None
        confidence *= _INTENT_FACTOR
    else:
        date_text = date_text_of(anchor, nominal=light is None and nominal)
        place_text = place_text_of(anchor, actors + targets, nominal=light is None and nominal)
    if not targets and entry.type == "CONSULT" and entry.cameo == _VISIT_CODE:
        targets = visited(anchor, nominal=light is None and nominal)
        rule = joined(rule, "visited" if targets else None)
    if not targets and entry.type in PLACE_TARGET_TYPES:
        # "imposed a curfew in Cizre": the place's state is the target
        targets = place_targets(anchor, actors, nominal=light is None and nominal)
        rule = joined(rule, "place target" if targets else None)
    reciprocal = (light is not None and light.lemma_.lower() in _RECIPROCAL_LEMMAS) or (
        entry.lemma in _MUTUAL_COMBAT_LEMMAS and not targets
    )  # "Israel and Hezbollah fought a war": each fought the other
    entry = coded_as or entry
    sentence = _trimmed(predicate.sent)
    announcers = announcer_refs(predicate) if intended else []
    announcer = announcers[0] if len(announcers) == 1 else None
    for actor, target in pairs(actors, targets, entry, reciprocal=reciprocal):
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
            rule=joined(sense, "intended" if intended else None, rule),
            announcer=announcer,
        )


def _body_tokens(doc: Doc) -> Iterator[Token]:
    for sentence in doc.sents:
        if not is_headline(sentence):
            yield from sentence


def extract_mentions(doc: Doc) -> Iterator[RawMention]:
    """Yield the asserted events of ``doc`` in document order; never modifies the Doc."""
    check_lexicon()
    with indexed(doc):
        yield from _extract_mentions(doc)


def _extract_mentions(doc: Doc) -> Iterator[RawMention]:
    body = list(_body_tokens(doc))
    for token in body:
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        entry = lexicon_entry(token)
        if entry is None or carried_event(token) is not None:
            continue  # "held talks", "imposed sanctions": the noun names the event
        entry, sense = sense_in_context(token, entry)
        if is_no_event(token, entry):
            continue  # "received US support": no visitor
        found = modality(token)
        if found == ASSERTED:
            yield from _mentions_for(token, entry, sense=sense)
            continue
        coded = modal_entry(entry, found, token) if found in CODED_MODALITIES else None
        if coded is not None:
            yield from _mentions_for(token, entry, coded_as=coded, sense=sense)
    for token in body:
        for name, applies, mentions in CLAUSE_RULES:
            if applies(token):
                yield from mentions(token, name)
                break


def _is_according_to(token: Token) -> bool:
    return token.lower_ == "according"


def _according_to_mentions(according: Token, rule: str) -> Iterator[RawMention]:
    """ "..., according to the UN": a statement of the source the sentence reports."""
    sources = [
        ref
        for to in according.children
        if to.lower_ == "to"
        for pobj in to.children
        if pobj.dep_ == "pobj"
        for ref in actor_refs(pobj, is_subject=True)
    ]
    say = load_lexicon().lookup("say", "VERB")
    if say is None or not sources:
        return
    sentence = _trimmed(according.sent)
    for source in sources:
        yield RawMention(
            actor=source,
            action="according to",
            type=say.type,
            cameo=say.cameo,
            target=None,
            date_text=own_date(according.head, nominal=False),
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=0.7,
            rule=rule,
        )


def _revoking_verb(citizenship: Token) -> Token | None:
    """The verb that takes away a citizenship the parse does not make its object: "her
    citizenship (be) revoked", "stripped of their British citizenship"."""
    if citizenship.lemma_.lower() not in _CITIZENSHIP_NOUNS:
        return None
    verb = citizenship.head
    if citizenship.dep_ == "pobj" and verb.lower_ == "of":
        verb = verb.head  # "stripped of their citizenship"
    elif citizenship.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None  # "revoked her citizenship": the verb's own object, read as the verb's
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _REVOKING_LEMMAS else None


def _is_revoked_citizenship(token: Token) -> bool:
    return _revoking_verb(token) is not None


def _citizenship_state(citizenship: Token) -> list[ActorRef]:
    """The state whose citizenship it is: "British citizenship", "UK citizenship"."""
    for child in citizenship.children:
        entity = entity_of(child) if child.dep_ in {"amod", "compound"} else None
        if entity is None:
            continue
        if entity.label_ == "NORP":
            ref = demonym_ref(entity, is_subject=True)
            return [ref] if ref is not None else []
        return actor_refs(entity.root, is_subject=True)
    return []


def _revocation_participants(
    citizenship: Token, verb: Token
) -> tuple[Token, list[ActorRef], list[ActorRef]] | None:
    """Who takes away whose citizenship, and the word that asserts it: whoever orders it
    ("Javid ordered her citizenship revoked"); else whoever does it ("stripping them of"), else
    the state whose citizenship it is ("had her British citizenship revoked"); from its owner,
    the one stripped of it, or the subject who has it taken away."""
    owners = [r for c in citizenship.children if c.dep_ == "poss" for r in actor_refs(c)]
    governor = verb.head if verb.dep_ == "ccomp" else None
    lemma = governor.lemma_.lower() if governor is not None else ""
    if governor is not None and lemma in _ORDER_LEMMAS:
        return governor, subject_refs(governor)[0], owners
    if governor is not None and lemma in _CAUSATIVE_LEMMAS:
        undergoers = [r for s in governor.children if s.dep_ in SUBJECT_DEPS for r in actor_refs(s)]
        return governor, agent_refs(verb) or _citizenship_state(citizenship), undergoers
    stripped = [
        r
        for c in verb.children
        if c.dep_ in {"dobj"} | PASSIVE_SUBJECT_DEPS
        for r in (qualified_refs(verb) if c.lower_ in {"who", "that"} else actor_refs(c))
    ]
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    doers = agent_refs(verb) if passive else subject_refs(verb)[0]
    return verb, doers or _citizenship_state(citizenship), stripped or owners


def _revocation_mentions(citizenship: Token, rule: str) -> Iterator[RawMention]:
    """ "The home secretary ordered her citizenship revoked", "Shamima Begum had her British
    citizenship revoked": a COERCE (CAMEO 172) of the state, or its minister, on the person."""
    verb = _revoking_verb(citizenship)
    revoke = load_lexicon().lookup("revoke", "VERB", ["citizenship"])
    found = _revocation_participants(citizenship, verb) if verb is not None else None
    if verb is None or revoke is None or found is None:
        return
    asserting, actors, targets = found
    if modality(asserting) != ASSERTED or not actors or not targets:
        return
    sentence = _trimmed(citizenship.sent)
    for actor, target in pairs(actors, targets, revoke):
        yield RawMention(
            actor=actor,
            action=revoke.lemma,
            type=revoke.type,
            cameo=revoke.cameo,
            target=target,
            date_text=date_text_of(asserting, nominal=False),
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=0.75,
            rule=rule,
        )


# A rule for events that no event word names: whether it applies at a token, and the mentions
# it makes there, given its name.
ClauseRule = tuple[str, Callable[[Token], bool], Callable[[Token, str], Iterator[RawMention]]]

# Tried at each token in this order; the first rule that applies makes the token's mentions.
CLAUSE_RULES: tuple[ClauseRule, ...] = (
    ("obligation", _is_obligation, _obligation_mentions),  # "said Sudan must return it"
    ("according to", _is_according_to, _according_to_mentions),  # "..., according to the UN"
    # "ordered her citizenship revoked", "had her British citizenship revoked"
    ("revoked citizenship", _is_revoked_citizenship, _revocation_mentions),
)
