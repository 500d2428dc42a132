"""Participants: who acts on whom for one event word, verbal or nominal, with the confidence and
the names of the rules that found them.

A verb's actors are its stative, passive or active subjects (``VERBAL_ACTOR_RULES``); an event
noun's are its owner or agent, the parties between whom it goes, a light verb's subject ("held
talks", "imposed sanctions on"), protesters, a nation's deed ("Israeli air strikes"), or the
clause's subject (``NOMINAL_ACTOR_RULES``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from spacy.tokens import Span, Token

from kg.carriers import (
    CONTAINER_NOUNS,
    carrier_subject_holder,
    effort_of,
    event_noun,
    is_share_carrier,
    is_state_carrier,
    is_undergone,
    lexicon_entry,
    light_verb_of,
    objects_of,
)
from kg.extract.actors import (
    actor_refs,
    agent_refs,
    demonym_modifiers,
    is_relative_pronoun,
    people_force_modifiers,
    qualified_refs,
    ref_from_entity,
    subject_refs,
    subjects_refs,
    undergoing_pair_ref,
)
from kg.extract.clauses import campaign_of_purpose, first_conjunct, governing_verb
from kg.extract.entities import entity_of
from kg.extract.modality import is_asserted
from kg.extract.refs import ActorRef
from kg.extract.rules import TargetRule, first_found, joined
from kg.extract.targets import (
    LIGHT_VERB_TARGET_RULES,
    VERBAL_TARGET_RULES,
    addressees,
    answered_demanders,
    object_refs,
    object_targets,
    objects_aimed_at,
    offered_act_targets,
    owner_refs,
    prep_objects,
    rallied_against,
    said_to,
    target_preps,
    victim_refs,
)
from kg.extract.when_where import place_targets
from kg.extract.words import (
    FORCE_TYPES,
    HOLDING_PARTICIPLES,
    MEDIATION_CODE,
    PASSIVE_SUBJECT_DEPS,
    RALLY_OPPOSITION,
    SOURCE_TYPES,
    SUBJECT_DEPS,
    role_kind,
    word_list,
)
from kg.gazetteer import city_country, load_gazetteer, names_a_town
from kg.lexicon import LexiconEntry
from kg.records import SYMMETRIC_TYPES

# Participles that say where their subject stands: "is opposed to", "is committed to".
_STATIVE_PARTICIPLES = word_list("stative_participles")
# Event types whose noun's demonym names who acts ("Israeli air strikes"): for others a
# demonym can as well name the target ("Russian sanctions").
_NATIONAL_DEED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
# Event types whose noun a named force or a state's initials before it names who acts: "a US
# drone strike", "the SDF assault on Baghuz", "the US withdrawal from Syria".
_NAMED_DEED_TYPES = _NATIONAL_DEED_TYPES | {"RETREAT"}
# Event types of a nation's voice, whose noun's demonym names who speaks: "Turkish objections",
# "Turkish opposition to any role for the YPG", "US demands", "Iranian threats".
_NATIONAL_VOICE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# Event types of what a nation gives, whose noun's demonym or state names the giver when the
# noun names whom it is for: "US support for Kurdish-led militias", "Russian aid to Assad"
# (not "international support", nor "Syrian aid" with no one named it is for).
_NATIONAL_BACKING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT"})
# Prepositions of what an objection or opposition is to: "objections to Russia inviting them".
_OBJECTED_PREPS = frozenset({"to", "against"})
# Nouns of what is done to someone, whose possessor undergoes it ("his arrest").
_UNDERGONE_NOUNS = word_list("undergone_nouns")
# Nouns of who backs another, named by a demonym: "Assad and his Russian backers".
_BACKER_NOUNS = word_list("backer_nouns")
# Nouns of what someone does alone, whose "of" names who does it: "the resignation of the
# defence secretary, Jim Mattis", "the capitulation of the opposition".
_DOER_OF_NOUNS = word_list("doer_of_nouns")
# The kinds of act such nouns name here: force, and a release ("his extradition" is also
# the cooperation of the states that hand him over, whose owner names no one).
_UNDERGONE_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
# Nouns of a war named by where it is fought: "the Syrian war" is no deed of Syria.
_SETTING_NOUNS = word_list("setting_nouns")
# Event types that each party to one between several does with the others: "an agreement
# between Ottawa and the Kurdish administration" (a meeting is one event between them).
_MUTUAL_TYPES = frozenset({"AGREE"})
# Tags of plural nouns ("the men"), which one name set beside does not name.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# "between A and B, C and D": the fewest parties listed in pairs.
_PAIRED_PARTIES = 4
# CAMEO's "make a visit": a place named before its noun is whom it visits ("a UK state visit").
_VISIT_CODE = "042"
# Support and aid, which an owner gives: "won Washington's support", "came to Baghdad's aid".
_GIVEN_TYPES = frozenset({"SUPPORT", "AID"})
# Verbs whose subject receives what an owner gives ("won", "gained", "secured" X's support).
_RECEIVING_LEMMAS = word_list("receiving_lemmas")
# Verbs whose subject gives what is owned by whom it comes to ("came to Baghdad's aid").
_COMING_LEMMAS = word_list("coming_lemmas")
# "at the hands of X": X does what is suffered ("persecution at the hands of the regime").
_AGENT_HAND_NOUNS = word_list("agent_hand_nouns")
# The types of conflict (CAMEO's quad classes 3 and 4); the rest are of cooperation. A clause
# qualifying an event noun says whom the event acts on only where both are of one kind ("the
# alliance fighting Isis" is not an alliance with Isis).
_CONFLICT_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
# Nouns of a decision, whose to-clause is the act decided: "Trump's decision to pull troops
# out"; and the verbs whose subject takes one: "the US made a decision to block her return".
_DECISION_NOUNS = word_list("decision_nouns")
_DECIDING_LEMMAS = word_list("deciding_lemmas")
# Nouns of an intention, whose to-clause is the act intended: "his intention to withdraw",
# "plans to attack Manbij"; and the verbs that tell one: "signalled", "announced".
_INTENTION_NOUNS = word_list("intention_nouns")
_INTENT_TELLING_LEMMAS = word_list("intent_telling_lemmas")
# Places that fall to a force: "every city and town once held by Isis has fallen to the Kurds".
_FALLEN_PLACE_NOUNS = word_list("fallen_place_nouns")
# Verbs of dying or being hurt, whose subject suffers the attack they happen "in": "died in an
# airstrike", "were killed in an attack"; of those, the ones that need no passive ("died").
_CASUALTY_LEMMAS = word_list("casualty_lemmas")
_DYING_LEMMAS = word_list("dying_lemmas")
# Verbs of a charge brought in court: "is accused in Turkey of", "was convicted in Turkey".
_COURT_LEMMAS = word_list("court_lemmas")
# Verbs of serving a prison sentence ("serving a sentence", "doing time"), and the nouns of
# where it is served ("in a Turkish jail").
_SENTENCE_SERVING_LEMMAS = word_list("sentence_serving_lemmas")
_JAIL_NOUNS = word_list("jail_nouns")
# Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The longest initials that stand for a state as its demonym ("US", "UK", "UAE").
_MAX_INITIALS = 4
# Kinds of organisation that wage force under their name: armed groups and alliances ("an Isis
# attack", "Nato strikes"), not a place the tagger took for one ("the Salisbury attack").
_FORCE_KINDS = frozenset({"group", "igo"})


def pairs(
    actors: list[ActorRef],
    targets: list[ActorRef],
    entry: LexiconEntry,
    *,
    reciprocal: bool = False,
    paired: bool = False,
) -> Iterator[tuple[ActorRef, ActorRef | None]]:
    """Actor-target pairs: "X and Y met" is X meeting Y for symmetric types; "X and Y traded
    accusations" is each accusing the other; ``paired`` lists are taken pair by pair ("clashes
    between Iran and Israel, Syria and Israel")."""
    if paired:
        yield from zip(actors, targets, strict=True)
        return
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


class Participants(NamedTuple):
    """Who acts on whom for one event word, how surely, and the names of the rules that found
    them ("passive", "active+objects", "nominal.light+light target")."""

    actors: list[ActorRef]
    targets: list[ActorRef]
    confidence: float
    rule: str
    paired: bool = False  # actors[i] acts on targets[i] alone ("between A and B, C and D")


class Found(NamedTuple):
    """What one participant rule finds: the actors, the targets, how surely, and the name of the
    target rule that found the targets, if another rule did."""

    actors: list[ActorRef]
    targets: list[ActorRef]
    confidence: float
    target_rule: str | None = None
    paired: bool = False  # actors[i] acts on targets[i] alone ("between A and B, C and D")


# A rule that finds who acts on whom for a verb, or None when it does not apply.
VerbalRule = Callable[[Token, LexiconEntry], Found | None]


def _passive_subjects(verb: Token) -> list[Token]:
    """The subjects of a passive verb; that of a bare participle, which the parser gives a
    subject of its own in an absolute clause, is one too: "Kurdish and Iraqi forces ..., both
    of them trained and equipped by the US, have now turned against one another" (not one
    marked as a clause, "after the US withdrew", whose past the parser may take for one)."""
    absolute = _is_bare_participle(verb) and not any(c.dep_ == "mark" for c in verb.children)
    deps = PASSIVE_SUBJECT_DEPS | (SUBJECT_DEPS if absolute else frozenset())
    return [c for c in verb.children if c.dep_ in deps]


def _undergoers(verb: Token) -> list[ActorRef]:
    """Whom a passive verb is done to: its subject (or the subject's owner), or, for a relative
    pronoun, the noun the clause qualifies ("Kotey and Elsheikh, who were captured by Kurds");
    and whom it is done to "along with" them."""
    subjects = _passive_subjects(verb)
    return [
        ref
        for s in subjects
        for ref in (
            qualified_refs(verb)
            if verb.dep_ == "relcl" and is_relative_pronoun(s)
            else object_refs(s)
        )
    ] + (_companions(verb) if subjects else [])


def _companions(verb: Token) -> list[ActorRef]:
    """Who undergoes a passive act "along with" its subject, by name where an apposition gives
    it: "was abducted ... along with her husband, Wael Hamadeh, ..., Nazem Hammadi, and Samira
    al-Khalil"."""
    return [
        ref
        for along in verb.children
        if along.dep_ == "prep" and along.lower_ == "along"
        for pobj in objects_of(along, "with")
        for ref in _appositive_names(pobj) or actor_refs(pobj)
    ]


def _appositive_names(noun: Token) -> list[ActorRef]:
    """The names an apposition gives a noun: "her husband, Wael Hamadeh" (with the names
    coordinated with it)."""
    return [r for a in noun.children if a.dep_ == "appos" for r in actor_refs(a)]


def _stative(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "the country is opposed to cutting off oil": the subject holds the stance."""
    passive_subjects = _passive_subjects(verb)
    if not passive_subjects or not _is_stative(verb):
        return None
    return Found(subjects_refs(passive_subjects), object_targets(verb, entry), 0.85)


def _force_undergoers(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a passive act of force is done to; "they" for the two people named together before
    ("Kotey and Elsheikh ... They are being held by the SDF")."""
    pairs = [
        ref
        for s in _passive_subjects(verb)
        if entry.type in FORCE_TYPES and (ref := undergoing_pair_ref(s)) is not None
    ]
    return pairs or _undergoers(verb)


def _located_coercer(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "was arrested in Turkey", "is accused in Turkey of planning attacks", "was convicted in
    Turkey": with no agent, the state where it happened holds, arrests or charges."""
    passive_subjects = _passive_subjects(verb)
    if not passive_subjects or not _is_done_by_the_state(verb, entry) or agent_refs(verb):
        return None
    targets = _force_undergoers(verb, entry)
    if not targets:
        return None
    if runners := _place_runners(verb):
        return Found(runners, targets, 0.7)  # "held in a Kurdish-run detention centre"
    states = place_targets(verb, targets, nominal=False) or _place_peoples(verb)
    return Found(states, targets, 0.7)


def _is_done_by_the_state(verb: Token, entry: LexiconEntry) -> bool:
    """Coercion, or a charge brought in court ("accused", "charged", "convicted"), which only
    a state's police, prosecutors and courts do to whom they hold."""
    return entry.type == "COERCE" or (
        entry.type == "ACCUSE" and verb.lemma_.lower() in _COURT_LEMMAS
    )


def _captor(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "are held in prisons and camps in north Syria, having been captured by the Kurdish-led
    Syrian Democratic Forces": with no agent of its own, a detention is the captors' whom the
    participle clause on it names (the SDF hold them, not Syria, where they are)."""
    if not _passive_subjects(verb) or entry.type != "COERCE" or agent_refs(verb):
        return None
    captors = [
        ref
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and (taking := lexicon_entry(clause)) is not None
        and taking.type in FORCE_TYPES
        for ref in agent_refs(clause)
    ]
    targets = _force_undergoers(verb, entry)
    return Found(captors, targets, 0.75) if captors and targets else None


def _place_runners(verb: Token) -> list[ActorRef]:
    """Who runs the place where someone is held: "is being held in a Kurdish-run detention
    centre in northern Syria" (the Kurdish forces, not Syria), "a Turkish-run camp" (Turkey)."""
    for place in (*objects_of(verb, "in"), *objects_of(verb, "at")):
        for run in place.children:
            if run.dep_ in {"compound", "amod"} and run.lower_ in HOLDING_PARTICIPLES:
                found = people_force_modifiers(run) or demonym_modifiers(run)
                if found:
                    return found
    return []


def _place_peoples(verb: Token) -> list[ActorRef]:
    """Whose is the place where someone is held or arrested, by its demonym: "was arrested on a
    Turkish beach" (Turkey), "is being held in a Kurdish prison" (the Kurdish forces)."""
    for place in (*objects_of(verb, "in"), *objects_of(verb, "at"), *objects_of(verb, "on")):
        found = people_force_modifiers(place) or demonym_modifiers(place)
        if found:
            return found
    return []


def _served_sentence(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Aine Davis is serving a jail sentence in Turkey", "is doing time in a Turkish jail": the
    state whose jail it is holds whoever serves it (no one named where: no event)."""
    if entry.type != "COERCE" or verb.lemma_.lower() not in _SENTENCE_SERVING_LEMMAS:
        return None
    prisoners = subject_refs(verb)[0]
    jailers = place_targets(verb, prisoners, nominal=False) or [
        replace(ref, is_subject=True)
        for jail in objects_of(verb, "in")
        if jail.lemma_.lower() in _JAIL_NOUNS
        for ref in demonym_modifiers(jail)
    ]
    return Found(jailers, prisoners, 0.7)


def _passive(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Moon was criticised by Putin": the agent acts on the subject (or its owner)."""
    if not _passive_subjects(verb):
        return None
    if objects_aimed_at(verb, entry) and (targets := _force_undergoers(verb, entry)):
        return Found(agent_refs(verb), targets, 0.85)
    victims = _passive_victims(verb, entry)
    if victims:
        return Found(agent_refs(verb), victims, 0.85, "victims")
    # "The UN proposed a truce. The proposal was rejected by Russia": the proposer's
    demanders = answered_demanders(verb, entry)
    return Found(agent_refs(verb), demanders, 0.85, "answered demand" if demanders else None)


def _passive_victims(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a passive assault is done to, named by what they are: "hundreds of civilians who
    were kidnapped by Islamic State" (the noun a relative pronoun stands for)."""
    return [
        ref
        for s in _passive_subjects(verb)
        for ref in victim_refs(
            verb.head if verb.dep_ == "relcl" and is_relative_pronoun(s) else s, entry
        )
    ]


def _participle(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Mohammed Emwazi, the executioner killed by a US drone", "a journalist captured by
    Islamic State": force done by the agent to whom the participle qualifies; with no agent,
    a detention by the state where it happened ("a Briton jailed in Turkey")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or entry.type not in FORCE_TYPES:
        return None
    targets = qualified_refs(verb)
    victims = [] if targets else victim_refs(verb.head, entry)  # "women enslaved by Isis"
    actors = agent_refs(verb)
    if not actors and entry.type == "COERCE" and targets:
        actors = place_targets(verb, targets, nominal=False)
    return Found(actors, targets or victims, 0.8, "victims" if victims else None)


def _active_targets(verb: Token, entry: LexiconEntry) -> tuple[list[ActorRef], str | None]:
    """Whom an active verb acts on: by ``VERBAL_TARGET_RULES``, or, for a rallying of
    opposition, whom the hostile action called for is against."""
    if entry.cameo == RALLY_OPPOSITION:
        return rallied_against(verb), "rallied against"
    return first_found(VERBAL_TARGET_RULES, verb, entry)


def _deed_subject(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "A suicide bombing claimed by Islamic State has killed four Americans", "a series of
    airstrikes by Russian jets killed 120 fighters", "a Turkish assault that drove the Kurds
    from Afrin": who did the deed that hurt them."""
    if entry.type != "ASSAULT":
        return None
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if verb.dep_ == "relcl" and is_relative_pronoun(subject):
            subject = verb.head  # "a Turkish assault that drove the Kurds from Afrin"
        deed = event_noun(subject)
        sense = lexicon_entry(deed) if deed is not None else None
        if deed is None or sense is None or sense.type not in FORCE_TYPES:
            continue
        doers = _deed_doers(subject, deed, sense)
        if doers:
            return Found(doers, *_with_confidence(_active_targets(verb, entry), 0.8))
    return None


def _deed_doers(subject: Token, deed: Token, sense: LexiconEntry) -> list[ActorRef]:
    """Who did a deed: by its noun's own participants ("Israeli airstrikes"), else by the agent
    of its measure or of a participle on it ("a series of strikes by", "a bombing claimed by")."""
    doers = nominal_participants(deed, sense).actors
    if doers:
        return doers
    nouns = {subject, deed}
    return [r for n in nouns for r in prep_objects(n, frozenset({"by"}))] or [
        r for n in nouns for c in n.children if c.dep_ == "acl" for r in agent_refs(c)
    ]


def _fallen_place(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "The last towns held by Islamic State fell to the advancing Kurds", "Raqqa has fallen
    to US-backed forces": whom a place falls to took it by force from its holder (else from
    its state); anything else falling "to" someone is no force ("it fell to Britain to
    decide")."""
    if entry.type != "ASSAULT" or verb.lemma_.lower() != "fall":
        return None
    takers = prep_objects(verb, frozenset({"to"}))
    places = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _is_fallen_place(c)]
    if not takers or not places:
        return Found([], [], 0.0)
    held = [r for p in places for r in owner_refs(p)]
    return Found(
        [replace(t, is_subject=True) for t in takers],
        held or [r for p in places for r in actor_refs(p)],
        0.75,
    )


def _lost_place(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "The group lost the provincial capital of Deir ez-Zor to the Syrian army", "has lost much
    of its former heartland to a concerted assault by Iraqi troops": whom a place is lost to took
    it by force from whoever lost it (or, by the assault's own participants, whoever made it);
    anything else lost "to" someone is no force ("lost the election to", "lost control of the
    crisis to the trio")."""
    if entry.type != "ASSAULT" or verb.lemma_.lower() != "lose":
        return None
    places = [
        place
        for c in verb.children
        if c.dep_ in {"dobj", "nsubjpass"}
        for place in [c, *objects_of(c, "of")]  # "much of its former heartland"
        if _is_fallen_place(place)
    ]
    takers = [r for pobj in objects_of(verb, "to") for r in _takers(pobj)]
    if not places or not takers:
        return Found([], [], 0.0)
    losers = subject_refs(verb)[0] or [r for p in places for r in owner_refs(p)]
    return Found([replace(t, is_subject=True) for t in takers], losers, 0.75)


def _takers(pobj: Token) -> list[ActorRef]:
    """Whom a place is lost to: an actor ("to the Syrian army"), or who made the assault it is
    lost to ("to a concerted assault by Iraqi troops")."""
    deed = event_noun(pobj)
    sense = lexicon_entry(deed) if deed is not None else None
    if deed is not None and sense is not None and sense.type in FORCE_TYPES:
        return _deed_doers(pobj, deed, sense)
    return actor_refs(pobj)


def _is_fallen_place(word: Token) -> bool:
    """A place that can fall: a named place (or a town the model left unlabelled, "Raqqa"), or
    a town, stronghold or the like."""
    if word.ent_type_ in _PLACE_LABELS or word.lemma_.lower() in _FALLEN_PLACE_NOUNS:
        return True
    return word.pos_ == "PROPN" and city_country(word.text) is not None


def _campaign_purpose(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "The US-led coalition is making up for lost time in the fight to drive Isis out of its
    last stronghold", "a campaign to drive the remnants of the jihadi group from the desert":
    who wages the campaign does the force its to-clause names."""
    noun = campaign_of_purpose(verb)
    if entry.type not in FORCE_TYPES or noun is None:
        return None
    campaigners = [replace(r, is_subject=True) for r in _campaigners(noun)]
    return Found(campaigners, *_with_confidence(_active_targets(verb, entry), 0.75))


def _campaigners(noun: Token) -> list[ActorRef]:
    """Who wages a campaign: its own participants ("Turkey's offensive", "an offensive by
    Turkey"), else the subject of the clause it sits in."""
    sense = lexicon_entry(noun)
    if sense is not None and (own := nominal_participants(noun, sense).actors):
        return own
    return _possessors(noun) or prep_objects(noun, frozenset({"by"})) or _governing_subjects(noun)


def _qualifying_participle(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "the group holding him", "Kurdish forces fighting Isis": an active participle's actor is
    the noun it qualifies (none named: no event), not the subject of the clause around it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or entry.type not in FORCE_TYPES:
        return None
    actors = [replace(r, is_subject=True) for r in qualified_refs(verb)]
    targets, rule = _active_targets(verb, entry)
    if not targets:
        return Found([], [], 0.8)  # "the Kurdish PKK fighting a separatist war": a description
    return Found(actors, *_with_confidence((targets, rule), 0.8))


def _respective(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Vladimir Putin and Recep Tayyip Erdoğan, who have backed the Syrian government and
    rebels respectively": each of the actors acts on the target listed in its place."""
    if not any(c.dep_ == "advmod" and c.lower_ == "respectively" for c in verb.children):
        return None
    if verb.dep_ == "relcl" and any(is_relative_pronoun(c) for c in verb.children):
        actors = actor_refs(first_conjunct(verb.head), is_subject=True)
    else:
        actors = subject_refs(verb)[0]
    targets = object_targets(verb, entry)
    if len(actors) < 2 or len(actors) != len(targets):
        return None
    return Found(actors, targets, 0.85, paired=True)


def _active(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Putin met Moon": the subject acts."""
    actors, inherited = subject_refs(verb)
    if inherited:
        return None
    return Found(actors, *_with_confidence(_active_targets(verb, entry), 0.9))


def _inherited_patient(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Davis ... after being convicted", "Asked about the hotline, Peskov said": a passive with
    no subject of its own is done to the subject it inherits, by its agents (none named: no
    event; the reporter who asked Peskov is no party)."""
    if not _is_passive(verb) or _passive_subjects(verb) or _is_comment_clause(verb):
        return None
    if verb.dep_ == "conj" and _passive_subjects(verb.head):
        # "Assad was backed by Iran and armed by Russia": done to the passive's subject
        return Found(agent_refs(verb), _undergoers(verb.head), 0.8)
    patients, inherited = subject_refs(verb)
    if not inherited:
        return None
    return Found(agent_refs(verb), patients, 0.8)


def _is_comment_clause(verb: Token) -> bool:
    """ "As first reported by the Guardian, Canada and the Kurdish administration struck a
    deal": a clause of comment marked "as" says nothing done to the main clause's subject."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _decided(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Trump's decision to pull US troops out of Syria", "the US decision to reimpose
    sanctions": a decision reported is taken, and whose it is does what it decides."""
    deciders = _deciders_of(verb)
    if not deciders:
        return None
    return Found(deciders, *_with_confidence(_active_targets(verb, entry), 0.75))


def _deciders_of(verb: Token) -> list[ActorRef]:
    """Who decided what a to-clause on a decision noun says: "Trump's decision to pull"; not
    when the decision is only what is criticised ("lambasted decisions by Trump to withdraw")."""
    decision = _to_clause_noun(verb, _DECISION_NOUNS)
    if decision is None:
        return []
    owners = _owners_of(decision) or _named_force_modifiers(decision)
    return _holders(decision, owners, _DECIDING_LEMMAS)


def _to_clause_noun(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of ``nouns`` whose to-clause ``verb`` heads, where the noun is asserted: "his
    decision to pull", "plans to attack"."""
    noun = verb.head
    if (
        verb.dep_ == "acl"
        and noun.lemma_.lower() in nouns
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and is_asserted(noun)
    ):
        return noun
    return None


def _owners_of(noun: Token) -> list[ActorRef]:
    """Whose a decision or intention is by its own words: its owner ("his decision"), its agent
    ("the decision by Trump") or its nation ("the US decision")."""
    owners = [r for c in noun.children if c.dep_ == "poss" for r in actor_refs(c)]
    return owners or prep_objects(noun, frozenset({"by"})) or demonym_modifiers(noun)


def _holders(noun: Token, owners: list[ActorRef], taking: frozenset[str]) -> list[ActorRef]:
    """Who holds a decision or intention: its owners, else who takes or tells it, the subject
    of the verb of ``taking`` it is the object of ("the US made a decision", "Turkey announced
    plans to")."""
    taker = noun.head
    if owners or noun.dep_ != "dobj" or taker.lemma_.lower() not in taking:
        return [replace(r, is_subject=True) for r in owners]
    return subject_refs(taker)[0]


def _intended(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Trump has been signalling his intention to withdraw", "Turkey announced plans to
    attack Manbij": an intention told is its holder's, who would do what it says (coded as the
    intention by its modality)."""
    holders = _intention_holders(verb)
    if not holders:
        return None
    return Found(holders, *_with_confidence(_active_targets(verb, entry), 0.75))


def _intention_holders(verb: Token) -> list[ActorRef]:
    """Whose an intention a to-clause on an intention noun says is: its owner ("his
    intention", "the Turkish plan"), else whoever tells it ("Turkey announced plans to");
    not an intention only talked of ("rejected plans to build")."""
    intention = _to_clause_noun(verb, _INTENTION_NOUNS)
    if intention is None:
        return []
    return _holders(intention, _owners_of(intention), _INTENT_TELLING_LEMMAS)


def _is_passive(verb: Token) -> bool:
    """A passive verb: with its passive auxiliary, a bare participle heading an adverbial
    clause, or a participle joined to a passive that shares its auxiliary ("was betrayed by an
    associate and arrested by soldiers")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or _is_bare_participle(verb):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and (_is_passive(verb.head) or _is_copula(verb.head))
    )


def _is_copula(verb: Token) -> bool:
    """A form of "be" that a bare participle joined to it shares, making it passive: "Kurdish
    forces should be victorious in Raqqa but crushed in Kirkuk" (not the perfect "has been to
    Moscow and met Putin", whose participle shares "has")."""
    return verb.lemma_ == "be" and verb.tag_ != "VBN"


def _is_bare_participle(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no auxiliary, which is passive:
    "Asked about the hotline, ...", "when asked about the attack", "Backed by Iran, ..."."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _inherited_subject(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "Putin continued, saying ...", "Mexico, which granted": the subject of the verb above
    (or the speaker of a quote's "we")."""
    actors, inherited = subject_refs(verb)
    if not inherited:
        return None
    targets = _active_targets(verb, entry)
    if not targets[0]:
        targets = _hearers_above(verb, entry)
    return Found(actors, *_with_confidence(targets, 0.8))


def _hearers_above(verb: Token, entry: LexiconEntry) -> tuple[list[ActorRef], str | None]:
    """Whom a speaker goes on speaking to: what is added in a participle under a statement
    ("Macron said in a telephone call to Erdoğan, adding that ...", "told Putin ..., adding
    that") is said to whom the statement above it is said."""
    above = verb.head
    said = lexicon_entry(above)
    if entry.type != "STATEMENT" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return [], None
    if said is None or said.type != "STATEMENT" or above.tag_ == "VBG":
        return [], None
    hearers, _ = _active_targets(above, said)
    return hearers, "hearer above" if hearers else None


def _as_done(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "had not left the town, as agreed in a US-Turkish deal": a bare "as" clause says the act
    was agreed, planned or asked by someone it does not name, not by the subject above it; no
    one is found."""
    marked_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.dep_ != "advcl" or not marked_as:
        return None
    own = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass"}
    if any(c.dep_ in own for c in verb.children):
        return None
    return Found([], [], 0.0)


def _misread_participle(verb: Token, entry: LexiconEntry) -> Found | None:
    """ "US state department and aid workers are heavily involved in the stabilisation effort in
    Raqqa and other towns recaptured from Isis", the participle parsed as a clause of the main
    verb: with no subject, auxiliary or mark of its own and right after a noun, it qualifies
    that noun, and is done by its agent (none named: no one), not by the main clause's
    subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return None
    own = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "mark"}
    if any(c.dep_ in own for c in verb.children):
        return None
    if verb.doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return Found(agent_refs(verb), [], 0.8)


def _with_confidence(
    found: tuple[list[ActorRef], str | None], confidence: float
) -> tuple[list[ActorRef], float, str | None]:
    return found[0], confidence, found[1]


# Who acts on whom for a verb, tried in this order; the first rule that applies wins.
VERBAL_ACTOR_RULES: tuple[tuple[str, VerbalRule], ...] = (
    ("stative", _stative),  # "the country is opposed to cutting off oil"
    ("passive+captor", _captor),  # "are held in Syria, having been captured by the SDF"
    ("passive+located coercer", _located_coercer),  # "was arrested in Turkey"
    ("served sentence", _served_sentence),  # "is serving a jail sentence in Turkey"
    ("passive", _passive),  # "Moon was criticised by Putin"
    ("participle", _participle),  # "the executioner killed by a US drone"
    ("deed subject", _deed_subject),  # "a bombing claimed by Isis killed four Americans"
    ("fallen place", _fallen_place),  # "the last towns held by Isis fell to the Kurds"
    ("lost place", _lost_place),  # "lost the capital of Deir ez-Zor to the Syrian army"
    ("campaign purpose", _campaign_purpose),  # "the fight to drive Isis out of its stronghold"
    ("qualifying participle", _qualifying_participle),  # "the group holding him"
    ("decided", _decided),  # "Trump's decision to pull US troops out of Syria"
    ("held intention", _intended),  # "signalling his intention to withdraw", "announced plans to"
    ("respective", _respective),  # "A and B, who backed X and Y respectively"
    ("active", _active),  # "Putin met Moon"
    ("inherited patient", _inherited_patient),  # "Davis ... after being convicted"
    ("as done", _as_done),  # "had not left Manbij, as agreed in a US-Turkish deal"
    ("misread participle", _misread_participle),  # "in Raqqa and other towns recaptured from Isis"
    ("inherited subject", _inherited_subject),  # "Putin continued, saying"
)


def verbal_participants(verb: Token, entry: LexiconEntry) -> Participants:
    """Who acts on whom for a verb: the first of ``VERBAL_ACTOR_RULES`` that applies."""
    for name, rule in VERBAL_ACTOR_RULES:
        found = rule(verb, entry)
        if found is not None:
            return Participants(
                found.actors,
                found.targets,
                found.confidence,
                joined(name, found.target_rule),
                found.paired,
            )
    raise AssertionError("the active and inherited-subject rules cover every verb")


def _governing_subjects(noun: Token) -> list[ActorRef]:
    """The subject of the clause a nominal event sits in ("Putin ... after conducting talks"),
    looking past clauses without one ("Putin continued to emphasise an initiative calling for
    ... a request for the US to cease"). None when the noun is part of a clause's subject:
    "the campaign to retake Isis territory intensified,” said Maher" names no one who waged
    it, and the speaker of the clause above did not."""
    for verb in (a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}):
        if any(c.dep_ in SUBJECT_DEPS and noun in c.subtree for c in verb.children):
            return []
        subjects = subject_refs(verb)[0]
        if subjects:
            return subjects
    return []


def _light_participants(noun: Token, verb: Token) -> list[ActorRef]:
    """Who does what a light verb carries: its subject, or its agent when passive
    ("sanctions were imposed on Iran by the European Union")."""
    if carrier_subject_holder(noun, verb).dep_ in PASSIVE_SUBJECT_DEPS:
        return agent_refs(verb)
    # "the US decision to reimpose sanctions": who decided
    subjects = subject_refs(verb)[0] or _deciders_of(verb)
    if not subjects and is_state_carrier(verb):
        # "Serb forces were engaged in fighting", "troops were put on alert": who is in the state
        passive = [s for s in verb.children if s.dep_ in PASSIVE_SUBJECT_DEPS]
        return [r for s in passive for r in actor_refs(s, is_subject=True)]
    return subjects


# A rule that finds who acts on whom for an event noun, given the targets the noun names
# itself (and the name of the rule that found them), or None when it does not apply.
NominalRule = Callable[[Token, LexiconEntry, list[ActorRef], str | None], Found | None]


def _noun_prep_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a noun's prepositional phrase names: "talks with Moon", "China's criticism of
    Australia", "an inquiry into the ministry" (not "a proposal from Norway", its actor); for
    a statement, only whom it is to ("a message to Putin")."""
    if entry.type == "STATEMENT":
        return said_to(noun, entry)  # "a message to Putin", not "a denial of Assad's role"
    sourced = entry.type in SOURCE_TYPES
    preps = target_preps(entry) - {"from"} if sourced else target_preps(entry)
    if entry.type not in SYMMETRIC_TYPES and entry.type not in {"RETREAT", "REQUEST"}:
        # "China's criticism of Australia": whom the action is done to (not "the withdrawal
        # of US troops from Syria": what withdraws, from whom; not "a key demand of Russia":
        # who demands, ``_requester``)
        preps = preps | {"of"}
    if entry.type == "ACCUSE":
        preps = preps | {"into"}  # "an inquiry into the ministry"
    return prep_objects(noun, preps, owners=True)


def _objected_doers(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Who does what an objection or opposition is to: "Turkish objections to Russia inviting
    groups linked to the YPG" object to Russia."""
    if entry.type not in {"ACCUSE", "REJECT"}:
        return []
    return [
        ref
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in _OBJECTED_PREPS
        for clause in prep.children
        if clause.dep_ == "pcomp" and clause.pos_ == "VERB"
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _detached_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """A target phrase right after an event noun that the parser hung on the verb above it, which
    names no event itself: "played a key role in Turkey's assault | on the Kurdish enclave"."""
    if entry.type not in FORCE_TYPES:
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or lexicon_entry(verb) is not None:
        return []
    following = noun.right_edge.i + 1
    preps = {
        c.lower_ for c in verb.children if c.dep_ == "prep" and c.i == following
    } & target_preps(entry)
    return prep_objects(verb, frozenset(preps), owners=True) if preps else []


def _casualties(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Who died or was hurt in or by an attack: "Russians are said to have died in an American
    airstrike", "three soldiers were killed in a Kurdish attack", "civilians who died in the
    strikes", "Emwazi was killed by a US drone strike": the attack is aimed at them."""
    prep = noun.head
    if entry.type != "ASSAULT" or noun.dep_ != "pobj" or prep.lower_ not in {"in", "by"}:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CASUALTY_LEMMAS:
        return []
    if verb.lemma_.lower() not in _DYING_LEMMAS and not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return []  # "killed in an airstrike" is suffered; an active "killed" is done
    return _sufferers(verb, entry)


def _sufferers(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The subject of a verb of suffering, or of the verb it is the complement of ("are said to
    have died"), or the noun its relative clause is on ("civilians who died"); by what they are
    where they are named so ("at least 200 civilians were killed in Syrian and Russian air
    strikes")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if verb.dep_ == "relcl" and any(is_relative_pronoun(s) for s in subjects):
            return actor_refs(verb.head) or victim_refs(verb.head, entry)
        if subjects:
            named = [s for s in subjects if s.pos_ != "PRON"]
            return [
                r
                for s in named
                for r in actor_refs(s) or _named_sufferer(s) or victim_refs(s, entry)
            ]
        if verb.dep_ != "xcomp":
            return []
        verb = verb.head


def _named_sufferer(subject: Token) -> list[ActorRef]:
    """Who a subject that names no one is, by the name set beside it: "One, Mohammed Emwazi,
    was killed"; "Another friend of Emwazi, Bilal Berjawi, was killed", "One of the men,
    Mohammed Emwazi, was killed" (a name set beside the name or the plural after "of" is the
    subject's: a name is not put beside another name to describe it, nor one name beside many
    people)."""
    names = _appositive_names(subject)
    if names:
        return names
    return [
        ref
        for owner in objects_of(subject, "of")
        if owner.pos_ == "PROPN" or owner.tag_ in _PLURAL_TAGS
        for name in owner.children
        if name.dep_ == "appos" and name.pos_ == "PROPN" and not name.conjuncts
        for ref in _own_name(name)
    ]


def _own_name(name: Token) -> list[ActorRef]:
    """The person a name set beside another names, when the tagger ran both into one entity
    ("Emwazi, Bilal Berjawi"): the name's own words only."""
    entity = entity_of(name)
    if entity is None or entity.start >= name.left_edge.i:
        return actor_refs(name)
    own = Span(name.doc, name.left_edge.i, name.i + 1, label="PERSON")
    ref = ref_from_entity(own, name, is_subject=False)
    return [ref] if ref is not None else []


def _place_modifier_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """A place named before an attack noun is where it is aimed: "Erdoğan's first big Syria
    incursion", "the Afrin offensive" (not "the Syria war", which is fought there); before a
    visit, whom it visits: "on the second day of a UK state visit"."""
    aimed = entry.type in _NATIONAL_DEED_TYPES and noun.lemma_.lower() not in _SETTING_NOUNS
    if not (aimed or entry.cameo == _VISIT_CODE):
        return []
    return [
        ref
        for child in noun.children
        if child.dep_ == "compound" and child.ent_type_ in {"GPE", "LOC"}
        if not (aimed and _is_named_force(child))  # "a US drone strike" is the US's
        for ref in actor_refs(child)
    ]


def _is_named_force(word: Token) -> bool:
    """A name before an act of force that names who does it: an armed group or alliance kg
    knows ("an Isis attack", "the SDF assault") or a state by its initials, which English uses
    as its demonym ("a US drone strike", "UK airstrikes"); not a place by its name ("the Afrin
    offensive")."""
    entity = entity_of(word)
    if entity is None:
        return False
    if entity.label_ == "ORG":
        known = load_gazetteer().lookup(entity.text)
        return known is not None and known.kind in _FORCE_KINDS  # not "the Salisbury attack"
    initials = entity.text.replace(".", "")
    return entity.label_ == "GPE" and initials.isupper() and len(initials) <= _MAX_INITIALS


def _named_force_modifiers(noun: Token) -> list[ActorRef]:
    """The named forces before an act of force: "a US drone strike", "the SDF assault", and
    one parsed onto the weapon before the noun ("US drone strikes": US on "drone")."""
    return [
        ref
        for child in _force_name_candidates(noun)
        if _is_named_force(child)
        for ref in actor_refs(child, is_subject=True)
    ]


def _force_name_candidates(noun: Token) -> list[Token]:
    """The compounds before an act of force, and those of a weapon or means compound that is
    no name itself ("drone" in "US drone strikes", "air" in "UK air strikes")."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    means = [c for c in compounds if c.pos_ == "NOUN" and entity_of(c) is None]
    return compounds + [g for m in means for g in m.children if g.dep_ == "compound"]


def _is_undergone(noun: Token) -> bool:
    """A noun of what is done to its owner, which names no one else it is done to: "his
    arrest", "Prakash's extradition" (not "Turkey's arrest of X")."""
    return noun.lemma_.lower() in _UNDERGONE_NOUNS and not prep_objects(noun, frozenset({"of"}))


def _undergoers_owned(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whose arrest, killing or release it is: the one it is done to ("his arrest last October",
    "Khashoggi's murder"), unless the noun names them with "of" ("Turkey's arrest of X")."""
    if entry.type not in _UNDERGONE_TYPES or not _is_undergone(noun):
        return []
    return [r for c in noun.children if c.dep_ == "poss" for r in actor_refs(c)]


def _qualifying_clause_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom the clause that qualifies an event noun says the event acts on: "his telephone call
    congratulating Putin", "attacks targeting France", "airstrikes that have killed scores of
    civilians" (an event verb with the noun as its subject, no statement, both of conflict or
    both of cooperation)."""
    conflict = entry.type in _CONFLICT_TYPES
    return [
        ref
        for clause in noun.children
        if _is_qualifying_deed(clause)
        and (inner := lexicon_entry(clause)) is not None
        and inner.type != "STATEMENT"
        and (inner.type in _CONFLICT_TYPES) == conflict
        for ref in object_targets(clause, inner)
        or [r for c in clause.children if c.dep_ == "dobj" for r in victim_refs(c, inner)]
    ]


def _is_qualifying_deed(clause: Token) -> bool:
    """A gerund on a noun ("measures targeting Iran") or a relative clause with the noun as its
    subject ("airstrikes that killed civilians"); not a passive one ("a deal signed by X"), nor
    a clause with its own subject, the noun's content ("Trump's announcement that the US was
    exiting the Iran nuclear deal")."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and is_relative_pronoun(c) for c in clause.children
    )


# Event types of nouns whose "to"-infinitive names the act refused or threatened.
_REFUSING_TYPES = frozenset({"REJECT", "THREATEN"})


def _refused_act_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the action a refusal or threat named by a noun is about, in its
    "to"-infinitive: "Ed Miliband's refusal in August 2013 to back David Cameron's call"
    (a refusal of Cameron). Not an offer's: "his offer to go to Idlib" goes to no one there."""
    if entry.type not in _REFUSING_TYPES:
        return []
    return [
        ref
        for act in noun.children
        if act.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        for ref in offered_act_targets(noun, act, entry)
    ]


# Demands, reproaches and threats, aimed at whoever answers them.
_ANSWERED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Verbs of answering a demand, a reproach or a threat (yielding, refusing or replying): "complied
# with", "rejected", "deflected", "responded to".
_ANSWERING_LEMMAS = word_list("answering_lemmas")
# Prepositions that join an answering verb to what it answers: "complied with", "bowed to".
_ANSWERED_PREPS = frozenset({"with", "to"})


def _answerers(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom an owned demand, reproach or threat is aimed at: who answers it, the subject of the
    verb that yields to, refuses or replies to it ("the US president complying with the Turkish
    leader's demands": Erdoğan's demands of Trump; "the US had stuck to its Kurdish proxies ...
    deflecting Ankara's vehement complaints": Ankara's complaints of the US)."""
    if entry.type not in _ANSWERED_TYPES or not any(c.dep_ == "poss" for c in noun.children):
        return []
    verb = _answering_verb(noun)
    if verb is None:
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return actor_refs(verb.head)  # "the president complying with ...": the president
    return subject_refs(verb)[0]


def _answering_verb(noun: Token) -> Token | None:
    """The verb that answers ``noun``: its verb as object ("deflecting Ankara's complaints") or
    through "with" or "to" ("complying with the leader's demands")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _ANSWERED_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _ANSWERING_LEMMAS else None


# The targets an event noun names itself, tried in this order; the first that finds any wins.
def _bolstered_bearers(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom help given is the means of a state described: the noun a participle qualifies,
    where the help is its agent: "the regime of Bashar al-Assad, bolstered by support from
    Moscow" (Moscow supports the regime, not Moscow itself)."""
    participle = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else None
    if entry.type not in _GIVEN_TYPES or participle is None or participle.tag_ != "VBN":
        return []
    return actor_refs(participle.head) if participle.dep_ == "acl" else []


NOUN_TARGET_RULES: tuple[tuple[str, TargetRule], ...] = (
    ("undergoer", _undergoers_owned),  # "his arrest last October"
    ("noun target", _noun_prep_targets),  # "talks with Moon", "criticism of Australia"
    ("objected doer", _objected_doers),  # "objections to Russia inviting groups"
    ("addressees", addressees),  # "a request for the US to cease"
    ("casualties", _casualties),  # "Russians died in an American airstrike"
    ("detached target", _detached_targets),  # "a role in Turkey's assault | on Afrin"
    ("place modifier", _place_modifier_targets),  # "Erdoğan's Syria incursion", "a UK visit"
    ("bolstered bearer", _bolstered_bearers),  # "the regime, bolstered by support from Moscow"
    ("qualifying clause", _qualifying_clause_targets),  # "his call congratulating Putin"
    ("refused act", _refused_act_targets),  # "his refusal to back Cameron's call"
    ("answerer", _answerers),  # "complying with the Turkish leader's demands"
)


def _with_measure(noun: Token) -> list[Token]:
    """An event noun and the noun that measures it, whose owner or agent is the event's: "the
    bombing campaigns by the regime", "a series of airstrikes by Russian jets"."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in CONTAINER_NOUNS:
        return [noun, head]
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CONTAINER_NOUNS:
        return [noun, head.head]
    return [noun]


def _possessors(noun: Token) -> list[ActorRef]:
    return [
        r
        for c in noun.children
        if c.dep_ == "poss"
        for r in _shared_possessor(noun, c) or actor_refs(c, is_subject=True)
    ]


# How a noun joined to another hangs in the noun phrase of the first: "the YPG's expansion in
# northern Syria and its alliance" ("alliance" joined to "Syria", under "in", under "expansion").
_NOUN_PHRASE_DEPS = frozenset({"conj", "pobj", "prep"})


def _shared_possessor(noun: Token, possessive: Token) -> list[ActorRef]:
    """The owner a possessive pronoun stands for on a noun joined to a noun phrase whose head
    names its owner: "Ankara has been angered by the YPG's expansion in northern Syria and its
    alliance with the US-led coalition" (the YPG's alliance, not Ankara's)."""
    if possessive.pos_ != "PRON" or noun.dep_ != "conj":
        return []
    node = noun
    while node.dep_ in _NOUN_PHRASE_DEPS and node.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        node = node.head
        named = [c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if named and node.pos_ == "NOUN":
            return [r for c in named for r in actor_refs(c, is_subject=True)]
    return []


def _between(noun: Token) -> list[ActorRef]:
    """The parties "between" or "among" whom an event is, named after its noun or after the
    undertaking it names ("a mediation mission between Syria and Jordan")."""
    heads = [noun, effort] if (effort := effort_of(noun)) is not None else [noun]
    return [r for head in heads for r in prep_objects(head, frozenset({"between", "among"}))]


def _undergone(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "the convoy came under attack from the Taliban": the Taliban attacked the convoy; "Isis's
    caliphate collapsed under an assault by Kurdish forces": they attacked Islamic State."""
    light = light_verb_of(noun)
    if light is None or not is_undergone(light):
        return None
    sources = frozenset({"from", "by"})
    doers = (
        prep_objects(noun, sources)
        or prep_objects(light, sources)
        or at_hands_of(noun)
        or at_hands_of(light)
    )
    return Found(doers or list(owner_refs(noun)), _undergoing(light), 0.8)


def _undergoing(light: Token) -> list[ActorRef]:
    """Who undergoes what a verb of undergoing carries: its subject, or, for a thing, its owner
    ("Isis's caliphate collapsed under an assault by X": Islamic State is attacked)."""
    subjects = subject_refs(light)[0]
    if subjects:
        return subjects
    things = [c for c in light.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"]
    return [r for thing in things for r in owner_refs(thing)]


def at_hands_of(word: Token) -> list[ActorRef]:
    """Who does what a word names "at the hands of" them: "killing at the hands of Houthi
    rebels", "suffered persecution at the hands of the Islamic republic"."""
    hands = [pobj for pobj in objects_of(word, "at") if pobj.lower_ in _AGENT_HAND_NOUNS]
    return [r for h in hands for r in prep_objects(h, frozenset({"of"}))]


def _owner_between(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Egypt's mediation between Israel and Hamas", "Egypt's mediation effort between ...":
    the owner acts on both."""
    between = _between(noun)
    effort = effort_of(noun)
    owners = _possessors(noun) or (_possessors(effort) if effort is not None else [])
    owners = owners if len(between) > 1 else []
    return Found(owners, between, 0.85) if owners else None


def _light_between(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Qatar launched a mediation between the Emirates and Saudi Arabia": the mediator, who
    carries the mediation, acts on the parties."""
    light = light_verb_of(noun) if entry.cameo == MEDIATION_CODE else None
    between = _between(noun) if light is not None else []
    if light is None or not between:
        return None
    mediators = _light_participants(noun, light)
    return Found(mediators, between, 0.8) if mediators else None


def _first_between(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "a meeting between X and Y": the first is the actor, the others its targets; "an
    agreement between X and Y" is each one's agreement with the others."""
    between = _between(noun)
    if len(between) < 2:
        return None
    if entry.type in _MUTUAL_TYPES:
        return Found(between, between, 0.85)  # pairs() leaves out each party with itself
    return Found(between[:1], between[1:], 0.85)


def _paired_between(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "clashes between Iran and Israel, Syria and Israel": each pair on its own, the first of
    each acting on the second (each on the other for an agreement)."""
    couples = _couples(noun, _between(noun))
    if not couples:
        return None
    firsts, seconds = [a for a, _ in couples], [b for _, b in couples]
    if entry.type in _MUTUAL_TYPES:
        return Found(firsts + seconds, seconds + firsts, 0.85, paired=True)
    return Found(firsts, seconds, 0.85, paired=True)


def _couples(noun: Token, between: list[ActorRef]) -> list[tuple[ActorRef, ActorRef]]:
    """Pairs listed after "between", each joined by "and" and set off from the next by a comma:
    "clashes between Iran and Israel, Syria and Israel, and Turkey and the Kurds" are clashes
    of two (a party kg cannot name leaves its pair out). None unless there are two pairs at
    least ("talks between Russia, Turkey and Iran" is one list of three)."""
    if len(between) < _PAIRED_PARTIES:
        return []
    text = noun.doc.text
    between = sorted(between, key=lambda ref: ref.start)
    groups: list[list[ActorRef]] = [[between[0]]]
    for before, after in pairwise(between):
        gap = " ".join(w for w in text[before.end : after.start].split() if w.lower() != "the")
        if gap in {",", ", and"}:
            groups.append([after])
        elif gap == "and":
            groups[-1].append(after)
        else:
            return []
    couples = [(group[0], group[1]) for group in groups if len(group) == 2]
    if len(groups[0]) != 2 or any(len(group) > 2 for group in groups) or len(couples) < 2:
        return []
    return couples


def _won_owner(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "The Kurds won Washington's support": the owner gives it to the subject of the verb of
    receiving; "the UK is coming to Baghdad's aid": the subject gives it to the owner."""
    if entry.type not in _GIVEN_TYPES or not (owners := _possessors(noun)):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in _RECEIVING_LEMMAS:
        return Found(owners, subject_refs(verb)[0], 0.8, "receiver")
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and lemma in _COMING_LEMMAS:
        return Found(subject_refs(verb)[0], owners, 0.8, "helped owner")
    return None


def _fronted_owner(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "In his talks with May, Erdoğan indicated", "During her visit to Ankara, May said": a
    pronoun owning an event noun in a phrase put before its clause's subject is that subject;
    not when the noun is done to its owner ("After his earlier release he told the Guardian":
    he was released, by someone else)."""
    clause = _fronting_clause(noun)
    if clause is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    if _is_undergone(noun):
        return None
    subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS and s.i > noun.i]
    actors = [r for s in subjects for r in actor_refs(s, is_subject=True)]
    return Found(actors, targets, 0.8, target_rule) if actors else None


def _fronting_clause(noun: Token) -> Token | None:
    """The verb of the clause a prepositional phrase opens ("In his talks with May, | Erdoğan
    indicated"), if the noun is the object of one."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    return prep.head if prep.i < prep.head.i else None


def _owner(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "China's criticism of Australia": the owner acts."""
    if _is_setting(noun, targets):
        return None  # "Syria's seven-year war": where it is fought
    if _is_undergone(noun):
        return None  # "his arrest", "Prakash's extradition": he is arrested, extradited
    owners = [r for n in _with_measure(noun) for r in _possessors(n)]
    return Found(owners, targets, 0.85, target_rule) if owners else None


def _stray_owner(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Riyadh's cold war with Qatar and Ankara's alliance with Iran", with "Ankara's" hung on
    "Qatar" as its conjunct: the possessive right before the noun's phrase is its owner's."""
    if _is_setting(noun, targets) or _is_undergone(noun):
        return None
    before = noun.left_edge.i - 1
    if before < 1 or noun.doc[before].tag_ != "POS":
        return None
    owner = noun.doc[before].head
    if owner.i != before - 1 or owner.dep_ == "poss":
        return None  # no stray possessive: "Assad's forces' assault" is read by its owner
    owners = actor_refs(owner, is_subject=True)
    return Found(owners[:1], targets, 0.8, target_rule) if owners else None


def _requester(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "a key demand of Russia", "the demands of the Syrian opposition that Assad step
    aside": who makes a request is named after "of"; whom it is made of, by the targets the
    noun names or by the subject of the clause that says what is asked."""
    if entry.type != "REQUEST":
        return None
    requesters = prep_objects(noun, frozenset({"of"}))
    if not requesters:
        return None
    if targets:
        return Found(requesters, targets, 0.8, target_rule)
    asked = _asked_in_clause(noun)
    return Found(requesters, asked, 0.8, "asked clause" if asked else None)


def _asked_in_clause(noun: Token) -> list[ActorRef]:
    """The subject of a request's "that"-clause: "demands ... that Assad step aside" (the
    parser may read the clause as a relative one, but a relative "that" is no mark)."""
    return [
        ref
        for clause in noun.children
        if clause.dep_ in {"acl", "ccomp", "relcl"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _agent(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "criticism by China", "a proposal from Norway", "torture at the hands of his captors":
    what is offered, asked or given comes from its actor."""
    sources = frozenset({"by", "from"} if entry.type in SOURCE_TYPES else {"by"})
    agents = [r for n in _with_measure(noun) for r in prep_objects(n, sources)]
    agents = agents or at_hands_of(noun)  # "his killing at the hands of Houthi rebels"
    if not agents and entry.type in FORCE_TYPES:
        # "the bombardment of the enclave | by Russian planes": not the enclave's owners
        agents = _agents_after_undergoer(noun)
        spans = {(a.start, a.end) for a in agents}
        targets = [t for t in targets if (t.start, t.end) not in spans]
    return Found(agents, targets, 0.85, target_rule) if agents else None


def _agents_after_undergoer(noun: Token) -> list[ActorRef]:
    """The agent of force that the parser hung on whom it is done to: "the bombardment of the
    last rebel-held enclave | by Russian and Syrian planes" (a place or person is not "by"
    anyone itself; a participle's agent, "towns held by Isis", is the participle's)."""
    return [ref for pobj in objects_of(noun, "of") for ref in prep_objects(pobj, frozenset({"by"}))]


def _doer_of(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "the resignation of US defence secretary James Mattis", "ended with the capitulation of
    the opposition": who resigns or gives up is named after "of", no one it is done to."""
    if noun.lemma_.lower() not in _DOER_OF_NOUNS:
        return None
    doers = prep_objects(noun, frozenset({"of"}))
    spans = {(d.start, d.end) for d in doers}
    others = [t for t in targets if (t.start, t.end) not in spans]
    return Found(doers, others, 0.8, target_rule if others else None) if doers else None


def _located_arrest(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "his arrest in Turkey": with no one named doing it, the state where it happened."""
    if entry.type != "COERCE" or not targets or light_verb_of(noun) is not None:
        return None
    places = place_targets(noun, targets, nominal=True)
    return Found(places, targets, 0.7, target_rule) if places else None


def _light(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "held talks with", "imposed sanctions on", "gave Kenya a grant": the light verb's
    subject acts, on its indirect object or prepositional target. Who takes a share in an event
    and names no one leaves it to the event's own doers ("playing a prominent role in a new
    Turkish offensive": Turkey's)."""
    light = light_verb_of(noun)
    if light is None:
        return None
    actors = _light_participants(noun, light)
    if not actors and is_share_carrier(light):
        return None
    if not targets:
        targets, target_rule = first_found(LIGHT_VERB_TARGET_RULES, noun, entry)
    return Found(actors, targets, 0.8, target_rule)


def _protest(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Kurdish protests", "protests in Georgia": the protesters."""
    protesters = _protesters(noun) if entry.type == "PROTEST" else []
    return Found(protesters, targets, 0.7, target_rule) if protesters else None


def _backers(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Assad and his Russian and Iranian backers", "the regime's Russian backers": the states
    their demonyms name back the owner; backers no demonym names ("his backers",
    "opposition backers") are no one known."""
    if noun.lemma_.lower() not in _BACKER_NOUNS:
        return None
    backed = _conjoined_owner(noun) or _possessors(noun) or prep_objects(noun, frozenset({"of"}))
    return Found(demonym_modifiers(noun), [replace(r, is_subject=False) for r in backed], 0.7)


def _conjoined_owner(noun: Token) -> list[ActorRef]:
    """The actor whose pronoun owns a noun joined to it: in "the regime and its backers",
    "its" is the regime."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    return actor_refs(noun.head) if owned and noun.dep_ == "conj" else []


def _national_deed(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Israeli air strikes on Gaza", "Russian troop movements", "Turkish objections",
    "Russian support for Assad": the nation acts."""
    if _is_setting(noun, targets):
        return None  # "the Syrian war": the war in Syria, not Syria's deed
    national = _NATIONAL_DEED_TYPES | _NATIONAL_VOICE_TYPES | _backing_types(targets)
    nation = demonym_modifiers(noun) if entry.type in national else []
    return Found(nation, targets, 0.7, target_rule) if nation else None


def _people_forces_deed(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Three Turkish soldiers were killed in a Kurdish attack": a people of no state's armed
    men act (the Kurdish forces)."""
    if _is_setting(noun, targets) or entry.type not in _NATIONAL_DEED_TYPES:
        return None
    if _is_held_state(noun):
        return None  # "fighters in Kurdish custody": where they are, no act reported
    forces = people_force_modifiers(noun)
    return Found(forces, targets, 0.7, target_rule) if forces else None


# Nouns of being held, a state rather than an act after "in": "in Kurdish custody".
_HELD_STATE_NOUNS = word_list("held_state_nouns")


def _is_held_state(noun: Token) -> bool:
    return (
        noun.lemma_.lower() in _HELD_STATE_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
    )


def _named_deed(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "a US drone strike", "the SDF assault on the last Isis redoubt", "the US withdrawal",
    "US support for Kurdish-led militias": the named force or state acts (not in a war it
    names, waged on no one named: "At odds through much of the Isis war, Ankara has had ...",
    "returning from Isis war zones" say neither who fights nor whom)."""
    if _is_setting(noun, targets):
        return None
    named = _NAMED_DEED_TYPES | _backing_types(targets)
    forces = _named_force_modifiers(noun) if entry.type in named else []
    return Found(forces, targets, 0.7, target_rule) if forces else None


def _backing_types(targets: list[ActorRef]) -> frozenset[str]:
    """The types of what a nation gives, when the noun names whom it is for."""
    return _NATIONAL_BACKING_TYPES if targets else frozenset()


def _is_setting(noun: Token, targets: list[ActorRef]) -> bool:
    """A war or conflict named by where it is fought ("the Syrian war", "Syria's civil war"),
    with no side it is waged against: its country is the setting, not a party."""
    return noun.lemma_.lower() in _SETTING_NOUNS and not targets


def _behest(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "At the request of the Syrian government the OPCW sent a team", "Russia's military
    intervention in Syria in 2015 at Assad's request": the one whose request it is asked the
    clause's subject, or the doer of the deed the request is for."""
    if entry.type != "REQUEST" or noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "on"}:
        return None
    askers = prep_objects(noun, frozenset({"of"}))
    if not askers and noun.head.lower_ == "at":
        askers = _possessors(noun)  # "at Assad's request" (not "insisted on its demands")
    if not askers:
        return None
    deed = noun.head.head
    doers = _possessors(deed) if event_noun(deed) is not None else []
    return Found(askers, doers or _governing_subjects(noun), 0.8, None)


def _clause_subject(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "Putin ... following talks with Moon": the subject of the clause the noun sits in."""
    if not targets or entry.type not in SYMMETRIC_TYPES | {"REQUEST"}:
        return None
    governing = _governing_subjects(noun)
    return Found(governing, targets, 0.75, target_rule) if governing else None


def _discourse(
    noun: Token, entry: LexiconEntry, targets: list[ActorRef], target_rule: str | None
) -> Found | None:
    """ "a request for the US to cease", no one named in the clause: the story's actor; not
    when the clause's subject is a name kg cannot read ("Erdogăn has discussed ... in phone
    calls with Trump"), whom the story's last actor is not; nor when the noun has an owner the
    other rules could not read ("their coordination and eventual integration with an al-Qaida
    affiliate": whoever "their" stands for, not the story's last actor)."""
    if not targets or entry.type not in SYMMETRIC_TYPES | {"REQUEST"}:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = governing_verb(noun)
    if verb is not None and any(_is_unread_name(c, noun) for c in verb.children):
        return None
    discourse = ActorRef("", "DISCOURSE", noun.idx, noun.idx, is_subject=True)
    return Found([discourse], targets, 0.6, target_rule)


def _is_unread_name(subject: Token, noun: Token) -> bool:
    """A clause's subject that looks like a name ("Erdogăn", tagged a common noun) and is not
    the event noun's own phrase."""
    return (
        subject.dep_ in SUBJECT_DEPS
        and subject.pos_ in {"PROPN", "NOUN"}
        and subject.is_title
        and noun not in subject.subtree
        and role_kind(subject.lemma_.lower()) is None  # "Officials have discussed"
        and lexicon_entry(subject) is None  # "Talks have ..."
    )


# Who acts on whom for an event noun, tried in this order; the first rule that applies wins.
NOMINAL_ACTOR_RULES: tuple[tuple[str, NominalRule], ...] = (
    ("nominal.backers", _backers),  # "Assad and his Russian and Iranian backers"
    ("nominal.undergone", _undergone),  # "came under attack from the Taliban"
    ("nominal.behest", _behest),  # "at the request of the Syrian government, the OPCW"
    ("nominal.owner between", _owner_between),  # "Egypt's mediation between Israel and Hamas"
    ("nominal.light between", _light_between),  # "Qatar launched a mediation between A and B"
    ("nominal.paired between", _paired_between),  # "clashes between A and B, C and D"
    ("nominal.between", _first_between),  # "a meeting between X and Y"
    ("nominal.won owner", _won_owner),  # "won Washington's support", "came to Baghdad's aid"
    ("nominal.fronted owner", _fronted_owner),  # "In his talks with May, Erdoğan indicated"
    ("nominal.owner", _owner),  # "China's criticism of Australia"
    ("nominal.stray owner", _stray_owner),  # "... and Ankara's alliance with Iran"
    ("nominal.agent", _agent),  # "a proposal from Norway"
    ("nominal.requester", _requester),  # "a key demand of Russia"
    ("nominal.located coercer", _located_arrest),  # "his arrest in Turkey"
    ("nominal.light", _light),  # "held talks with Moon", "imposed sanctions on Iran"
    ("nominal.doer of", _doer_of),  # "the resignation of the defence secretary, Jim Mattis"
    ("nominal.protesters", _protest),  # "Kurdish protests", "protests in Georgia"
    ("nominal.national deed", _national_deed),  # "Israeli air strikes on Gaza"
    ("nominal.named force", _named_deed),  # "a US drone strike", "the SDF assault"
    ("nominal.people's forces", _people_forces_deed),  # "a Kurdish attack"
    ("nominal.clause subject", _clause_subject),  # "Putin ... after talks with Moon"
    ("nominal.discourse", _discourse),  # "a request for the US to cease"
)


def nominal_participants(noun: Token, entry: LexiconEntry) -> Participants:
    """Who acts on whom for an event noun: the first of ``NOMINAL_ACTOR_RULES`` that applies,
    given the targets the noun names itself (``NOUN_TARGET_RULES``); no one if none does."""
    targets, target_rule = first_found(NOUN_TARGET_RULES, noun, entry)
    for name, rule in NOMINAL_ACTOR_RULES:
        found = rule(noun, entry, targets, target_rule)
        if found is not None:
            return Participants(
                found.actors,
                found.targets,
                found.confidence,
                joined(name, found.target_rule),
                found.paired,
            )
    return Participants([], targets, 0.0, "")


def _protesters(noun: Token) -> list[ActorRef]:
    """Who protests, when a protest noun names no one: its people ("Kurdish protests"), else
    the people of the country where it happens ("protests in Georgia against the election"); a
    town's name says where, not who ("a rally in Bursa", "a protest held at Düsseldorf
    airport")."""
    people = demonym_modifiers(noun)
    if people:
        return people
    places = place_targets(noun, [], nominal=True)
    return [replace(place, is_subject=True) for place in places if not names_a_town(place.text)]
