"""Participants: who acts on whom for one event word, verbal or nominal, with the confidence and
the names of the rules that found them.

A verb's actors are its stative, passive or active subjects (``VERBAL_ACTOR_RULES``); an event
noun's are its owner or agent, the parties between whom it goes, a light verb's subject ("held
talks", "imposed sanctions on"), protesters, a nation's deed ("Israeli air strikes"), or the
clause's subject (``NOMINAL_ACTOR_RULES``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.carriers import carrier_subject_holder, is_state_carrier, is_undergone, light_verb_of
from kg.extract.actors import actor_refs, agent_refs, demonym_modifiers, subject_refs
from kg.extract.refs import ActorRef
from kg.extract.rules import first_found, joined
from kg.extract.targets import (
    LIGHT_VERB_TARGET_RULES,
    VERBAL_TARGET_RULES,
    addressees,
    object_refs,
    object_targets,
    owner_refs,
    prep_objects,
    rallied_against,
    target_preps,
)
from kg.extract.when_where import place_targets
from kg.extract.words import PASSIVE_SUBJECT_DEPS, RALLY_OPPOSITION, SOURCE_TYPES, word_list
from kg.lexicon import LexiconEntry
from kg.records import SYMMETRIC_TYPES

# Participles that say where their subject stands: "is opposed to", "is committed to".
_STATIVE_PARTICIPLES = word_list("stative_participles")
# Event types whose noun's demonym names who acts ("Israeli air strikes"): for others a
# demonym can as well name the target ("Russian sanctions").
_NATIONAL_DEED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def pairs(
    actors: list[ActorRef],
    targets: list[ActorRef],
    entry: LexiconEntry,
    *,
    reciprocal: bool = False,
) -> Iterator[tuple[ActorRef, ActorRef | None]]:
    """Actor-target pairs: "X and Y met" is X meeting Y for symmetric types; "X and Y traded
    accusations" is each accusing the other."""
    if not targets and len(actors) > 1 and (reciprocal or entry.type in SYMMETRIC_TYPES):
        for index, actor in enumerate(actors):
            for other in actors[index + 1 :]:
                yield actor, other
                if reciprocal and entry.type not in SYMMETRIC_TYPES:
                    yield other, actor
        return
    for actor in actors:
        if not targets:
            yield actor, None
        for target in targets:
            if (target.start, target.end) != (actor.start, actor.end):
                yield actor, target


def _is_stative(verb: Token) -> bool:
    """ "is opposed to", "is committed to": a participle saying where its subject stands."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _STATIVE_PARTICIPLES
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def verbal_participants(
    verb: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float, str]:
    passive_subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive_subjects and _is_stative(verb):
        # "the country is opposed to cutting off oil": the subject holds the stance.
        actors = [r for s in passive_subjects for r in actor_refs(s, is_subject=True)]
        return actors, object_targets(verb, entry), 0.85, "stative"
    if passive_subjects:
        # "Moon was criticised by Putin": the agent acts on the subject (or its owner).
        targets = [r for s in passive_subjects for r in object_refs(s)]
        agents = agent_refs(verb)
        if not agents and entry.type == "COERCE" and targets:
            # "was arrested in Turkey": the state where it happened holds and arrests.
            located = place_targets(verb, targets, nominal=False)
            return located, targets, 0.7, "passive+located coercer"
        return agents, targets, 0.85, "passive"
    actors, inherited = subject_refs(verb)
    confidence = 0.8 if inherited else 0.9
    subject_rule = "inherited subject" if inherited else "active"
    if entry.cameo == RALLY_OPPOSITION:
        return actors, rallied_against(verb), confidence, joined(subject_rule, "rallied against")
    targets, target_rule = first_found(VERBAL_TARGET_RULES, verb, entry)
    return actors, targets, confidence, joined(subject_rule, target_rule)


def _governing_subjects(noun: Token) -> list[ActorRef]:
    """The subject of the clause a nominal event sits in ("Putin ... after conducting talks"),
    looking past clauses without one ("Putin continued to emphasise an initiative calling for
    ... a request for the US to cease")."""
    for verb in (a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}):
        subjects = subject_refs(verb)[0]
        if subjects:
            return subjects
    return []


def _light_participants(noun: Token, verb: Token) -> list[ActorRef]:
    """Who does what a light verb carries: its subject, or its agent when passive
    ("sanctions were imposed on Iran by the European Union")."""
    if carrier_subject_holder(noun, verb).dep_ in PASSIVE_SUBJECT_DEPS:
        return agent_refs(verb)
    subjects = subject_refs(verb)[0]
    if not subjects and is_state_carrier(verb):
        # "Serb forces were engaged in fighting", "troops were put on alert": who is in the state
        passive = [s for s in verb.children if s.dep_ in PASSIVE_SUBJECT_DEPS]
        return [r for s in passive for r in actor_refs(s, is_subject=True)]
    return subjects


def nominal_participants(
    noun: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float, str]:
    light = light_verb_of(noun)
    if light is not None and is_undergone(light):
        # "the convoy came under attack from the Taliban": the Taliban attacked the convoy
        sources = frozenset({"from", "by"})
        doers = prep_objects(noun, sources) or prep_objects(light, sources)
        return doers or list(owner_refs(noun)), subject_refs(light)[0], 0.8, "nominal.undergone"
    # "a meeting between X and Y": the first is the actor, the others its targets.
    between = prep_objects(noun, frozenset({"between", "among"}))
    owners = [r for c in noun.children if c.dep_ == "poss" for r in actor_refs(c, is_subject=True)]
    if len(between) > 1:
        # "Egypt's mediation between Israel and Hamas": the owner acts on both
        if owners:
            return owners, between, 0.85, "nominal.owner between"
        return between[:1], between[1:], 0.85, "nominal.between"
    sourced = entry.type in SOURCE_TYPES
    # "a proposal from Norway": what is offered, asked or given comes from its actor.
    agents = prep_objects(noun, frozenset({"by", "from"} if sourced else {"by"}))
    preps = target_preps(entry) - {"from"} if sourced else target_preps(entry)
    if entry.type not in SYMMETRIC_TYPES:
        preps = preps | {"of"}  # "China's criticism of Australia": whom the action is done to
    if entry.type == "ACCUSE":
        preps = preps | {"into"}  # "an inquiry into the ministry"
    targets = prep_objects(noun, preps, owners=True)
    target_rule = "noun target" if targets else None
    if not targets and (targets := addressees(noun, entry)):
        target_rule = "addressees"
    actors = owners or agents
    if actors:
        return (
            actors,
            targets,
            0.85,
            joined("nominal.owner" if owners else "nominal.agent", target_rule),
        )
    if light is not None:
        # "held talks with", "imposed sanctions on", "gave Kenya a grant": the light verb's
        # subject acts, on its indirect object or prepositional target.
        if not targets:
            targets, target_rule = first_found(LIGHT_VERB_TARGET_RULES, noun, entry)
        return _light_participants(noun, light), targets, 0.8, joined("nominal.light", target_rule)
    if entry.type == "PROTEST" and (protesters := _protesters(noun)):
        return protesters, targets, 0.7, joined("nominal.protesters", target_rule)
    if entry.type in _NATIONAL_DEED_TYPES and (nation := demonym_modifiers(noun)):
        # "Israeli air strikes on Gaza", "Russian troop movements"
        return nation, targets, 0.7, joined("nominal.national deed", target_rule)
    if targets and entry.type in SYMMETRIC_TYPES | {"REQUEST"}:
        # "following talks with Moon", "a request for the US to cease": the clause subject's,
        # else the story's.
        governing = _governing_subjects(noun)
        if governing:
            return governing, targets, 0.75, joined("nominal.clause subject", target_rule)
        discourse = ActorRef("", "DISCOURSE", noun.idx, noun.idx, is_subject=True)
        return [discourse], targets, 0.6, joined("nominal.discourse", target_rule)
    return [], targets, 0.0, ""


def _protesters(noun: Token) -> list[ActorRef]:
    """Who protests, when a protest noun names no one: its people ("Kurdish protests"), else
    the people where it happens ("protests in Georgia against the election")."""
    people = demonym_modifiers(noun)
    if people:
        return people
    places = place_targets(noun, [], nominal=True)
    return [replace(place, is_subject=True) for place in places]
