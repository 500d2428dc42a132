"""Targets: whom an event word's action is done to, found by ordered, named rules.

``VERBAL_TARGET_RULES`` for verbs and ``LIGHT_VERB_TARGET_RULES`` for event nouns carried by a
light verb are tried in order, the first rule that finds any target wins, and its name goes on
the mention. Targets are prepositional ("met with Moon"), owners ("a US demand", "Turkish
positions", not the actor's own "withdrew its troops"), datives ("granted asylum to"), a
threat's condition ("unless Kiev withdraws"), a warned action ("warned that it would strike X"),
a complaint's grievance ("complained to the UN over Israeli raids"), whom an action lets act
("allowed X to run"), and the purpose of force ("opened fire to disperse X, killing two").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.affiliation import is_private_noun
from kg.carriers import (
    CONTAINER_NOUNS,
    carried_event,
    event_noun,
    is_lexicon_type,
    lexicon_entry,
    light_verb_of,
    objects_of,
)
from kg.extract.actors import (
    actor_refs,
    agent_refs,
    country_hint,
    country_of_place,
    demonym_ref,
    people_forces_ref,
    people_ref,
    ref_from_entity,
    side_owner_ref,
    subject_refs,
)
from kg.extract.clauses import (
    demand_of_clause,
    is_purpose,
    sentence_before,
    sentence_of,
    speech_verb,
)
from kg.extract.entities import entity_of
from kg.extract.refs import ActorRef
from kg.extract.rules import TargetRule
from kg.extract.when_where import place_targets
from kg.extract.words import (
    ABSORBING_TYPES,
    ARMED_FORCE_WORDS,
    CONDITION_MARKS,
    FORCE_TYPES,
    INTENT_CODES,
    MEDIATION_CODES,
    OWNER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_NOUNS,
    PLACE_TARGET_TYPES,
    SOURCE_TYPES,
    SUBJECT_DEPS,
    is_nonstate_group,
    role_kind,
    word_list,
)
from kg.gazetteer import load_gazetteer, names_a_town
from kg.lexicon import LexiconEntry

_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Agreements, and the verbs of pulling out of one the sentence names: "the Iran deal ... pull out".
_ACCORD_NOUNS = word_list("accord_nouns")
_ACCORD_LEAVING_LEMMAS = word_list("accord_leaving_lemmas")
# How many sentences back "the agreement" a verb leaves may have been told of.
_ACCORD_LOOKBACK = 12
# How many sentences back an act warned against may have been told with its doer.
_ACT_LOOKBACK = 5
# What may stand between two verbs that share one object: "killing or imprisoning Kurds".
_SHARING_GAP_DEPS = frozenset({"cc", "punct", "advmod", "aux", "auxpass", "neg", "conj"})
# Prepositions whose object is the target of an action ("met with", "sanctions against").
_TARGET_PREPS = word_list("target_preps")
# "which": a relative pronoun subject names nothing itself.
_RELATIVE_PRONOUNS = word_list("relative_pronouns")
# Nouns of private life that name a group of people: "Isis family members" are kin, no Isis.
_COLLECTIVE_PRIVATE_NOUNS = word_list("collective_private_nouns")
_OBJECT_RELATIVES = frozenset({"which", "whom", "who"})
# Verbs of saying whose object is whom it is said to: "told the EU", "informed Ankara".
_ADDRESSING_LEMMAS = word_list("addressing_lemmas")
# Words that open a relative clause: a clause with none is a contact clause ("the fighters they
# captured").
_RELATIVE_WORDS = _RELATIVE_PRONOUNS | {"where", "when", "why", "how", "whose"}
# Prepositions that set an act in a talk: "in a phone call with Putin", "during talks with".
_SETTING_TALK_PREPS = ("in", "during", "at")
# The prepositions of whom a call is with or made to: "a phone call with Putin", "to Erdoğan".
_CALLED_PREPS = frozenset({"with", "to"})
# Event types that consent to or refuse another's action: its doer is their target.
_CONSENTING_TYPES = frozenset({"AGREE", "CONCEDE", "REJECT"})
_OF = frozenset({"of"})
_FROM = frozenset({"from"})
_AGAINST = frozenset({"against"})
# Where an act is set ("outside the stadium"), and the labels of a place's name.
_ACT_PLACE_PREPS = word_list("place_preps") - {"during"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words of a part of a whole, which stand for it as an object: "suspended part of its aid",
# "rejected some of its demands" (and numbers: "killed 20 of the rebels").
_PART_NOUNS = word_list("part_nouns")
# Nouns of relations between states, whose partner ("with") is the target of what is done to
# them: "established diplomatic ties with Iran", "restored relations with Israel".
_RELATION_NOUNS = word_list("relation_nouns")
# What a refugee asks of the state where they ask it: "sought refuge in Germany".
_REFUGE_NOUNS = word_list("refuge_nouns")
# Event types of giving: what is given is no target, whom it goes to is ("offered troops to X").
# (Where troops are moved or withdrawn to or from is a place, not a target.)
_GIVING_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
# Event types whose object can carry the target of its own action ("lifted sanctions against").
_MATERIAL_TYPES = frozenset(
    {"RETREAT", "CONCEDE", "AID", "SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "COOPERATE"}
)
# Event types of siding with someone, whose sense's preposition names the ally: "fight
# alongside", "side with", "stand by", "rally behind".
_ALLYING_TYPES = frozenset({"COOPERATE", "SUPPORT"})
# Event types for which "on" names a topic, not a target ("talks on Syria").
_TOPIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "STATEMENT"})
# Event types of what others do about a thing: praising, criticising, refusing or asking for it.
_REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "PROTEST", "SANCTION"})
# Event types of backing someone, whose nouns name whom with "for": "support for the rebels",
# "ended its backing for the YPG" (a verb's "for" is its grounds: "apologised for", "praised for").
_RECIPIENT_FOR_TYPES = frozenset({"SUPPORT"})
# Verbs that take people or things away from somewhere: the place or party left is the target.
_REMOVAL_LEMMAS = word_list("removal_lemmas")
# Places and positions whose control is taken by force: "took control of Deraa", "of a series
# of YPG military points".
_CONTROLLED_NOUNS = word_list("fallen_place_nouns") | word_list("position_nouns")
_CONTROL_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nouns of a purpose phrase: "in order to oust the YPG", "in a bid to", "in an effort to".
_PURPOSE_NOUNS = word_list("purpose_nouns")
# Verbs of setting a place free from its holder, or taking it back, whose holder is the target:
# "freed Raqqa from Isis", "recaptured Palmyra from Isis" (not Palmyra, nor Syria).
_LIBERATION_LEMMAS = word_list("liberation_lemmas")
# Verbs of taking a place by force, from whom it is taken the target: "captured Palmyra from
# government forces".
_CAPTURING_LEMMAS = word_list("capturing_lemmas")
# Verbs of helping or defending someone, whose object a giving or sending is for: "sent troops
# to help defend Mali", "sent advisers to support Assad".
_HELPING_LEMMAS = word_list("helping_lemmas")
# Nouns of help, whose "with" names a helper, never whom an act is aimed at: "would tighten the
# blockade of Serbia with Albania's help", "took control of Afrin with Turkish backing".
_BACKING_NOUNS = word_list("backing_nouns")
# Gatherings "at" which something is done, which are its occasion, not its target.
_OCCASION_NOUNS = word_list("occasion_nouns")
# Feelings "to" whose cause something is done, whose owners are onlookers, not its target: "To
# the surprise of Bolton and Erdoğan, Trump instantly sided with the Turkish president".
_ONLOOKER_FEELINGS = word_list("onlooker_feelings")
# Asking "at" which something is done, whose owners asked for it, not whom it is aimed at:
# "Russia's military intervention in Syria in 2015 at Assad's request".
_BEHEST_NOUNS = word_list("behest_nouns")
# Demands a refusal answers, whose maker the sentence before may name: "dismissed its call".
_ANSWERED_DEMAND_NOUNS = word_list("answered_demand_nouns")
# Verbs of saying yes, which answer an offer or demand when they take nothing else: "Obama
# agreed"; and verbs of making an offer another side answers: "Russia offered to remove ...".
_ACCEPTING_LEMMAS = word_list("accepting_lemmas")
_OFFERING_LEMMAS = word_list("offering_lemmas")
# Verbs of attending a meeting or staying away from it ("will not attend", "boycotted"), and
# verbs of holding one, whose subject or agent is its host: "hosted", "a Russian-sponsored".
_ATTENDANCE_LEMMAS = word_list("attendance_lemmas")
_SPONSORING_LEMMAS = word_list("sponsoring_lemmas")
_ATTENDING_TYPES = frozenset({"REJECT", "CONSULT"})
# What a request to the press asks for, which makes no demand of a political actor: "did not
# respond to a request for comment".
_PRESS_ASKED = word_list("withheld_speech_objects")
# The objects of a preposition that name no target: "with" help, "at" a gathering or a request,
# "to" a feeling.
_UNAIMED_OBJECTS = {
    "with": _BACKING_NOUNS,
    "at": _OCCASION_NOUNS | _BEHEST_NOUNS,
    "to": _ONLOOKER_FEELINGS,
}
# Talks between two ends, where what one says is said to the other: "in a phone call with".
_CALL_NOUNS = word_list("call_nouns")
# Writings sent to someone, where what is said is said to whom they are sent: "in a letter to".
_LETTER_NOUNS = word_list("letter_nouns")
# Weapons, whose make or maker is no owner of what is done with them: "the sale of Patriot
# missiles to Turkey".
_WEAPON_NOUNS = word_list("weapon_nouns")
# Event types of giving or sending, whose purpose of helping someone names whom it is for.
_HELPING_TYPES = _GIVING_TYPES | {"MOBILIZE"}
_HOSTILE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
# Prepositions of where something goes: "sent troops to Idlib".
_DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
# Possessives by which a state or group names its own people: "its troops", "their envoys".
_COLLECTIVE_POSSESSIVES = word_list("collective_possessives")
# What a feeling of disapproval is about: "concerned about Turkey's offensive", "unhappy with".
_DISAPPROVAL_PREPS = word_list("disapproval_preps")
# Words that tie someone to a group ("linked to", "indistinguishable from", "a branch of"): what
# the group is called then brands them too.
_AFFILIATION_WORDS = word_list("affiliation_words")
# Feelings of disapproval, which their subject feels about someone: "concerned about".
_DISAPPROVAL_FEELINGS = word_list("disapproval_feelings")
# Nouns of a manner phrase that says whom a protest is against: "in protest of", "in defiance of".
_PROTEST_MANNER_NOUNS = word_list("protest_manner_nouns")
# What is promised to someone, which a refusal can go back on: "reneged on its commitment to X".
_PLEDGE_NOUNS = word_list("pledge_nouns")
_PLEDGE_PARTNER_PREPS = word_list("pledge_partner_preps")
# Feelings or demands a protest is held to voice ("to show their disapproval of X's policies"), and
# the prepositions that name whom they are against.
_VOICED_GRIEVANCE_NOUNS = word_list("voiced_grievance_nouns")
_GRIEVANCE_OBJECT_PREPS = word_list("grievance_object_preps")
# People harmed or held, named by what they are, not by a name or a people: "civilians",
# "journalists", "family members" (lemmas, with the compound before one).
_VICTIM_NOUNS = word_list("victim_nouns")
# Nouns of a number of people, which stand for whom they count: "hundreds of civilians".
_QUANTITY_NOUNS = word_list("quantity_nouns")
# The modifiers a group of victims is named with: "fleeing family members", "aid workers".
_VICTIM_MODIFIER_DEPS = frozenset({"amod", "compound"})
# The event types done to victims named by what they are: killings, kidnappings, torture.
_VICTIM_TYPES = frozenset({"ASSAULT"})
# Charges that say whose people are: "three foreigners suspected of being Isis fighters".
_CHARGING_LEMMAS = word_list("charging_lemmas")


def prep_objects(head: Token, preps: frozenset[str], *, owners: bool = False) -> list[ActorRef]:
    """The actors of ``head``'s prepositional objects (with their owners, if ``owners``); "to"
    parsed as a dative ("granted asylum to X") counts too."""
    refs = object_refs if owners else actor_refs
    return [
        ref
        for first in head.children
        if (first.dep_ == "prep" or (first.dep_ == "dative" and first.pos_ == "ADP"))
        and first.lower_ in preps
        for prep in (first, *repeated_prepositions(first))
        for pobj in prep.children
        if pobj.dep_ == "pobj" and not _names_no_target(prep, pobj)
        for ref in refs(pobj)
    ]


def _names_no_target(prep: Token, pobj: Token) -> bool:
    """A prepositional object whose owners are no target of the act: help it is done with
    ("with Albania's help", "with the support of the US"), a gathering it is done at ("Trump
    agreed at a US National Security Council meeting late on Tuesday") or a request it answers
    ("at Assad's request"), a feeling it causes ("to the surprise of Bolton and Erdoğan")."""
    nouns = _UNAIMED_OBJECTS.get(prep.lower_)
    return nouns is not None and pobj.lemma_.lower() in nouns


def repeated_prepositions(prep: Token) -> list[Token]:
    """The same preposition again, joined to ``prep`` by "and" or "or": "the siege of Ghouta by
    the Syrian army and by Russia", "sent aid to Jordan and to Lebanon"."""
    return [c for c in prep.conjuncts if c.i > prep.i and c.lower_ == prep.lower_]


def _is_reaction(participle: Token) -> bool:
    """A participle of what others do about a thing, whose agent is no owner of it: "a
    conference boycotted by the official Syrian opposition", "a decision hailed by the Russian
    foreign ministry" (not "crimes committed by Croat forces")."""
    entry = lexicon_entry(participle)
    return entry is not None and entry.type in _REACTION_TYPES


def owner_refs(thing: Token) -> Iterator[ActorRef]:
    """Whose a thing is: "North Korea's test", "a US demand", "Turkish positions", "a proposal
    from Norway". A possessive pronoun is left out: "lifted its sanctions" is the actor's own."""
    inner = lexicon_entry(thing) if thing.pos_ == "NOUN" else None
    # "rejected calls by Annan", "dismissed an appeal from the president": the caller's
    sources = {"by", "from"} if inner is not None and inner.type in SOURCE_TYPES else {"by"}
    if inner is None and thing.pos_ == "NOUN" and thing.lemma_.lower() not in PLACE_NOUNS:
        # "shelled positions of the army", "the right of Russian troops", "a camp for Sudanese
        # refugees" (not "the city of X")
        sources |= {"of", "for"}
    named = prep_objects(thing, frozenset(sources))
    yield from named or _holders_owners(thing, sources)
    yield from _realm_owners(thing)
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and not _is_reaction(clause):
            yield from agent_refs(clause)  # "crimes committed by Croat forces"
    side = side_owner_ref(thing)
    if side is not None:
        yield side  # "Syrian rebel positions": the rebels', not Syria's
        return
    yield from _leaders_of(thing)
    for child in (*thing.children, *_inner_modifiers(thing)):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            yield from actor_refs(child)
        elif child.dep_ in OWNER_DEPS and (entity := entity_of(child)) is not None:
            ref: ActorRef | None
            if _is_venue(entity, inner):
                continue  # "the Geneva agreement" was made in Geneva, by others
            if _is_topic(child, thing):
                continue  # "accepting their Syria agenda": about Syria, not Syria's
            if _is_home_town(entity, thing):
                continue  # "the former Melbourne man": from Melbourne, not Melbourne's
            if entity.label_ == "NORP" and named and child.dep_ == "amod":
                continue  # "the British citizenship of Shamima Begum" is hers: only its kind
            if entity.label_ == "NORP":
                # "Turkish positions" are Turkey's; "Houthi positions" the Houthis'
                ref = demonym_ref(entity, is_subject=False) or _people_owner(entity, thing)
            else:
                ref = ref_from_entity(entity, child, is_subject=False)
            if ref is not None:
                yield ref


def _inner_modifiers(thing: Token) -> list[Token]:
    """The modifiers of a thing's modifier that names no one itself, which may say whose the
    thing is: "a Russian Su-25 fighter jet" (the parser hangs "Russian" on "Su-25"); not the
    doer of a participle ("US-backed fighters", "a CIA-run programme": their own rules say), nor
    the group of one's kin ("Isis family members" are no Isis)."""
    return [
        inner
        for child in thing.children
        if child.dep_ in OWNER_DEPS
        and child.i < thing.i
        and child.tag_ not in {"VBN", "VBG"}
        and child.lemma_.lower() not in _COLLECTIVE_PRIVATE_NOUNS
        and entity_of(child) is None
        for inner in child.children
        if inner.dep_ in OWNER_DEPS and inner.i < child.i
    ]


def _holders_owners(thing: Token, sources: set[str]) -> list[ActorRef]:
    """Whose are the people a thing is of, when no name says: "raided the homes of Kurdish
    politicians" (the Kurds'), "set fire to the offices of the Palestinian administrators"; not
    through an event ("welcomed the outcome of the Singapore summit") or a weapon, whose maker
    or make is no owner of a sale of it ("approved the sale of Patriot missiles to Turkey")."""
    return [
        ref
        for source in sorted(sources)
        for holder in objects_of(thing, source)
        if event_noun(holder) is None and holder.lower_ not in _WEAPON_NOUNS
        for ref in owner_refs(holder)
    ]


def _is_venue(entity: Span, inner: LexiconEntry | None) -> bool:
    """Whether a town or region names where an event was, not a party to it: "the Geneva
    agreement", "the Sochi talks", "opposed to any Idlib offensive" (but "the Iran deal" is
    Iran's, and "US strikes" the US's)."""
    if inner is None or entity.label_ not in _PLACE_LABELS - {"FAC"}:
        return False
    entry = load_gazetteer().lookup(entity.text)
    return entry is None or entry.kind != "state"


def _is_home_town(entity: Span, person: Token) -> bool:
    """Whether a town's name before a noun of a private person says where they are from, not
    whose they are: "the former Melbourne man", "a Birmingham pharmacist" (a state's name may
    still say whose: "a US soldier")."""
    return (
        entity.label_ in {"GPE", "LOC"}
        and is_private_noun(person.lemma_.lower())
        and names_a_town(entity.text)
    )


# Nouns of what a matter is about, which a place's name before them names: "their Syria agenda".
_TOPIC_NOUNS = word_list("topic_nouns")


def _is_topic(modifier: Token, thing: Token) -> bool:
    """Whether a place's name right before a noun says what it is about, not whose it is, as
    where the noun names its owner otherwise: "accepting their Syria agenda", "Trump's Syria
    policy", "the US Syria strategy" (but "US policy" is the US's)."""
    if modifier.dep_ != "compound" or modifier.ent_type_ not in {"GPE", "LOC"}:
        return False
    if thing.lemma_.lower() not in _TOPIC_NOUNS or modifier.i != thing.i - 1:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ in OWNER_DEPS and c.i < modifier.i) or c.lower_ == "of"
        for c in thing.children
    )


def _realm_owners(place: Token) -> Iterator[ActorRef]:
    """Whose a place is by whom or what realm it is of: "closed in on the capital of the terror
    group's so-called caliphate", "the capital of the terror group" are the group's (a place
    named by name, "the city of Raqqa", is the place itself)."""
    lemma = place.lemma_.lower()
    if place.pos_ != "NOUN" or lemma not in PLACE_NOUNS | _CONTROLLED_NOUNS:
        return
    for realm in (r for r in objects_of(place, "of") if r.pos_ == "NOUN"):
        named = actor_refs(realm)
        if not named:
            yield from owner_refs(realm)
        elif lemma in PLACE_NOUNS:
            yield from named  # "of" names no owner of other places ("the city of X")


# Military positions, whose people of no state's are its forces': "shelled Kurdish positions".
_ARMED_POSITION_NOUNS = word_list("armed_position_nouns")
# Nouns of the states or the era of a people of many states, which are not the people's own:
# "other Arab states", "Arab capitals", "the Muslim world", "the Arab spring revolts".
_PEOPLES_REALM_NOUNS = word_list("peoples_realm_nouns")
# Peoples of no state, whose state or government named by them is their own: "a Kurdish state".
_STATELESS_PEOPLES = word_list("stateless_peoples")


def _people_owner(people: Span, thing: Token) -> ActorRef | None:
    """A people of no state owning a thing: its forces for a military position ("Kurdish
    positions"), else the people ("Houthi positions", "Kurdish ambitions" are the Kurds'); no
    one for the states or the era it names ("clashed with other Arab states", "supported the
    Arab spring revolts": several states, or their uprisings, not the Arabs)."""
    if _names_peoples_realm(people):
        return None
    if thing.lemma_.lower() in _ARMED_POSITION_NOUNS:
        forces = people_forces_ref(people, is_subject=False)
        if forces is not None:
            return forces
    return people_ref(people)


def _names_peoples_realm(people: Span) -> bool:
    """Whether the name of a people of several states is followed by a noun of its states or its
    era: "Arab states", "the Arab spring revolts" (where the parser hangs both words on
    "revolts"); a stateless people's state is its own ("a Kurdish state")."""
    doc = people.doc
    if people.end >= len(doc) or people.text.lower() in _STATELESS_PEOPLES:
        return False
    return doc[people.end].lemma_.lower() in _PEOPLES_REALM_NOUNS


def _leaders_of(thing: Token) -> Iterator[ActorRef]:
    """Who leads a "-led" deed: "a Russian-led attack" is Russia's."""
    for led in thing.children:
        if led.dep_ != "amod" or led.lower_ != "led":
            continue
        for leader in led.children:
            entity = entity_of(leader) if leader.dep_ in {"npadvmod", "compound"} else None
            if entity is not None and entity.label_ == "NORP":
                ref = demonym_ref(entity, is_subject=False)
            elif entity is not None:
                ref = ref_from_entity(entity, leader, is_subject=False)
            else:
                ref = None
            if ref is not None:
                yield ref


def object_refs(obj: Token) -> list[ActorRef]:
    """The actors an object names; for a thing, its owner ("condemns North Korea's test")."""
    return actor_refs(obj) or list(owner_refs(obj))


def _inner_targets(obj: Token, *, moved: bool = False) -> list[ActorRef]:
    """The target of an object's own action: "lifted its sanctions against Sudan", "provided
    20 million euros in assistance to Yemen", "mobilised reservists for a war against Iraq"
    (through one "in", "of" or "for"). Where forces moved come from is theirs, no target
    ("deploying fighters from the Revolutionary Guards")."""
    inner = lexicon_entry(obj) if obj.pos_ == "NOUN" else None
    preps = target_preps(inner) if inner is not None else _TARGET_PREPS
    if moved:
        preps -= {"from"}
    direct = prep_objects(obj, preps, owners=True)
    if direct:
        return direct
    return [
        ref
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "for"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in prep_objects(pobj, _TARGET_PREPS, owners=True)
    ]


def _taken_from(verb: Token) -> list[ActorRef]:
    """Whom a place is freed from or taken back from: "liberated Manbij | from Islamic State",
    and "recaptured Palmyra from Isis" with the phrase hung on the place."""
    places = [c for c in verb.children if c.dep_ == "dobj"]
    found = (prep_objects(word, frozenset({"from"})) for word in (verb, *places))
    return next((holders for holders in found if holders), [])


def _whole(obj: Token) -> Token:
    """What a part of something stands for as an object: "suspended part of a military aid
    programme for Bosnia" (the programme, aimed at Bosnia), "resisted several of Trump's
    defence policies" (Trump's), "seized much of the war-torn country", "killed 20 of the
    rebels"; any other object is itself."""
    partitive = obj.lemma_.lower() in _PART_NOUNS or obj.tag_ == "CD"
    wholes = objects_of(obj, "of") if partitive else []
    return wholes[0] if wholes else obj


def _antecedent(obj: Token, verb: Token) -> Token:
    """What a relative pronoun object stands for: "Mohammed bin Salman, whom Turkey accuses of
    ordering the murder" (Turkey accuses him), "800 Isis fighters that we captured in Syria";
    any other object is itself."""
    if verb.dep_ != "relcl":
        return obj
    if obj.lower_ in _OBJECT_RELATIVES:
        return verb.head
    if _is_object_that(obj, verb) and actor_refs(verb.head):
        return verb.head  # a "that" standing for a thing leaves the target to the verb's phrases
    return obj


def _is_object_that(obj: Token, verb: Token) -> bool:
    """ "that" as the object of a relative clause with a subject after it ("fighters that we
    captured"); not a "that" opening a clause the parser took for a relative one, as after a
    comma ("told by the foreign minister, Adel al-Jubeir, that Riyadh was disengaging"), where
    a relative "that" never stands."""
    return (
        obj.lower_ == "that"
        and obj.dep_ == "dobj"
        and obj.i > 0
        and not obj.doc[obj.i - 1].is_punct
        and any(c.dep_ in SUBJECT_DEPS and c.i > obj.i for c in verb.children)
    )


def _contact_antecedent(verb: Token) -> list[Token]:
    """What a relative clause with no relative word is done to: "the fighters they captured"
    (a subject and no object of its own, nothing left hanging: not "the town they fled to")."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return []
    words = [c for c in verb.children if c.i < verb.i]
    if any(c.lower_ in _RELATIVE_WORDS or c.dep_ == "mark" for c in words):
        return []
    if not any(c.dep_ in SUBJECT_DEPS for c in words):
        return []
    if any(c.dep_ in _OBJECT_DEPS | {"ccomp", "xcomp"} for c in verb.children):
        return []
    stranded = any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
    return [] if stranded or not actor_refs(noun) else [noun]


def objects_aimed_at(verb: Token, entry: LexiconEntry) -> bool:
    """Whether whom a verb is done to names its target: not for a statement, whose object or
    passive subject is what is said ("the SDF declared Raqqa liberated", "Isis, who the
    president had claimed had been defeated", "Iran was mentioned by Trump"), unless it is a
    verb of telling ("told the EU", "were told by the foreign minister")."""
    return entry.type != "STATEMENT" or verb.lemma_.lower() in _ADDRESSING_LEMMAS


def object_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Direct objects (or their owners) first; else prepositional objects ("met with Moon");
    else the target of the object's own action ("lifted sanctions against Sudan").

    What a statement is about is its content, not a target: owners are not taken there, and
    its direct objects are targets only for a verb of telling ("told the EU").
    """
    statement = entry.type == "STATEMENT"
    refs = actor_refs if statement else object_refs
    if entry.lemma in _REMOVAL_LEMMAS and (origins := _removed_from(verb)):
        return origins  # "withdrew inspectors and aid workers from Iraq": from whom
    liberated = entry.type == "ASSAULT" and entry.lemma in _LIBERATION_LEMMAS
    captured = entry.type in FORCE_TYPES and entry.lemma in _CAPTURING_LEMMAS
    if (liberated or captured) and (holders := _taken_from(verb)):
        # "liberated Manbij from Islamic State", "captured Palmyra from government forces":
        # from whom it is taken
        return holders
    if entry.cameo in MEDIATION_CODES and (parties := _mediated_parties(verb)):
        # "mediated between Israel and Hamas", "brokered a truce between", "ended its mediation
        # between Hamas and Fatah"
        return parties
    objects = [
        _whole(_antecedent(c, verb))
        for c in verb.children
        if c.dep_ in _OBJECT_DEPS and not _is_own_body(c) and not _is_idiom_it(c)
    ] or _contact_antecedent(verb)
    if not objects_aimed_at(verb, entry):
        objects = []
    given = [c for c in objects if entry.type in _GIVING_TYPES and _is_own(c)]
    moved = [c for c in objects if _moves_forces(entry) and _is_moved_force(c, entry)]
    # the noun that gives the verb its sense is what is done, not to whom: "sent inspectors to
    # Douma", "boycotted the talks" (its owner may be: "met the rebels' demands"; not the owner
    # of forces moved, the mover's side: "threatened to send Turkish forces to retake the town")
    picked = [c for c in objects if c.lemma_.lower() == entry.particle and not statement]
    direct = [r for c in objects if c not in given + moved + picked for r in refs(c)]
    direct += [r for c in picked if c not in moved for r in owner_refs(c)]
    if direct:
        return direct
    # where forces are sent is a place, not a target ("deployed troops to Idlib")
    aimed = target_preps(entry) - (_DESTINATION_PREPS if moved else frozenset())
    if entry.type in FORCE_TYPES and objects_of(verb, "against"):
        aimed -= {"with"}  # "have fought with the US against Isis": an ally, and a foe
    if entry.type in _ALLYING_TYPES and entry.particle is not None:
        aimed -= {"against"}  # "fought alongside the US against Isis": the ally is the target
    if entry.type == "MOBILIZE":
        aimed -= {"from"}  # "deploying fighters from the Revolutionary Guards": their origin
    preps = prep_objects(verb, aimed, owners=not statement)
    if not preps and entry.type == "REQUEST":
        # "demanded the removal of President X", "the withdrawal of Serbian forces", "demanded
        # autonomy from the Serbian authorities"
        asked = frozenset({"of", "from"})
        found = [r for c in objects for r in prep_objects(c, asked, owners=True)]
        # "demanded a truce with Moslem forces", "talks with the government": the other party
        return (
            found
            or [r for c in objects if event_noun(c) for r in prep_objects(c, frozenset({"with"}))]
            or _asked_for_from(verb)
        )
    if not preps and entry.type in _CONSENTING_TYPES:
        # "allowed the return of UN inspectors", "rejected the deployment of Turkish troops"
        preps = [r for c in objects if event_noun(c) for r in prep_objects(c, _OF, owners=True)]
    if not preps and entry.type == "CONSULT":
        # "discussed developments in Syria with the Turkish president": whom it was talked with
        preps = [r for c in objects for r in prep_objects(c, frozenset({"with"}))]
    if not preps and entry.type == "SUPPORT":
        # "established diplomatic ties with Iran": whom the relations are with
        relations = [c for c in objects if c.lemma_.lower() in _RELATION_NOUNS]
        preps = [r for c in relations for r in prep_objects(c, frozenset({"with"}))]
    if preps or entry.type not in _MATERIAL_TYPES | {"AGREE", "THREATEN"}:
        return preps
    inner = [r for c in objects for r in _inner_targets(c, moved=c in moved)]
    return inner or _purpose_phrase_targets(verb)


def _removed_from(verb: Token) -> list[ActorRef]:
    """Whom what is removed is taken from, named by the verb's "from" or its object's: "withdrew
    inspectors from Iraq", "Qatar recalled its ambassador | from Cairo"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [ref for head in (verb, *objects) for ref in prep_objects(head, _FROM)]


def _asked_for_from(verb: Token) -> list[ActorRef]:
    """Whom a request asks for something: "pleading for help from the Trump administration",
    "appealed for support from Europe"."""
    return [
        ref for pobj in objects_of(verb, "for") for ref in prep_objects(pobj, frozenset({"from"}))
    ]


def _purpose_phrase_targets(verb: Token) -> list[ActorRef]:
    """The target of what an action is for: "mobilised reservists for a war against Iraq"."""
    return [
        ref
        for pobj in objects_of(verb, "for")
        for ref in prep_objects(pobj, _TARGET_PREPS, owners=True)
    ]


def _is_own(obj: Token) -> bool:
    """The actor's own people or forces, which it offers or gives ("its troops", "4,000
    soldiers"): no target; whom they go to is ("offered its troops to X")."""
    if role_kind(obj.lower_) != "group" or is_nonstate_group(obj.lower_):
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    return owned or country_hint(obj) is None


def _moves_forces(entry: LexiconEntry) -> bool:
    """Sending, deploying or withdrawing forces: "deployed troops", "withdrawing American
    forces"."""
    return entry.type == "MOBILIZE" or entry.lemma in _REMOVAL_LEMMAS


def _is_moved_force(obj: Token, entry: LexiconEntry) -> bool:
    """What a mobilisation moves is its own forces, whoever they are ("deploying fighters from
    the Revolutionary Guards", "mobilised reservists"); what is withdrawn is so when it is a
    state's armed force."""
    return entry.type == "MOBILIZE" or _is_armed_force(obj)


def _is_armed_force(obj: Token) -> bool:
    """A state's armed forces or arms ("troops", "American forces", "warships"), which their
    own state moves: no target (whom or where they go to or from may be)."""
    lemma = obj.lower_
    return lemma in ARMED_FORCE_WORDS and not is_nonstate_group(lemma)


def _mediated_parties(verb: Token) -> list[ActorRef]:
    """The parties a mediator goes between, named on the verb or on what it brokers or ends
    (or on the undertaking that names it: "ended its mediation efforts between")."""
    between = frozenset({"between", "among"})
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return prep_objects(verb, between) or [r for o in objects for r in prep_objects(o, between)]


def _is_idiom_it(obj: Token) -> bool:
    """The "it" before a verb's particle, an idiom's or a thing's, no one aimed at: "have been
    fighting it out with diehard extremists" (not the US named before), "handed it over"."""
    return obj.lower_ == "it" and any(c.dep_ == "prt" and c.i > obj.i for c in obj.head.children)


def _is_own_body(obj: Token) -> bool:
    """The actor's own people or things, no target: "withdrew its troops from Kuwait", "recalled
    its ambassador"; not its counterparts ("threatened their British counterparts")."""
    is_role = role_kind(obj.lower_) or role_kind(obj.lemma_.lower())
    if obj.lemma_.lower() == "counterpart":
        return False
    return is_role is not None and any(
        c.dep_ == "poss" and c.lower_ in _COLLECTIVE_POSSESSIVES for c in obj.children
    )


# A resignation (CAMEO 0831) is done to no one: "resigned in frustration last August from a UN
# commission of inquiry" leaves the commission, which is no target.
_RESIGNATION = "0831"


def target_preps(entry: LexiconEntry) -> frozenset[str]:
    """Prepositions naming a target: "talks on Syria" and "agreement on trade" name a topic, a
    meeting "at" a place where it was; "aid for Romania" and "support for the rebels" name the
    recipient; a resignation has none."""
    if entry.cameo == _RESIGNATION:
        return frozenset()
    if entry.type in {"CONSULT", "STATEMENT"}:
        # "talks on Syria": the topic; "a visit to troops at Ayn al-Assad", "was speaking at the
        # thinktank Chatham House": where it was; "said from Ankara": where it was said from
        topics = {"on", "upon", "at"}
        return _TARGET_PREPS - (topics | {"from"} if entry.type == "STATEMENT" else topics)
    backing = entry.type == "AID" or (entry.type in _RECIPIENT_FOR_TYPES and entry.pos == "NOUN")
    preps = _TARGET_PREPS | {"for"} if backing else _TARGET_PREPS
    if entry.type in _TOPIC_TYPES:
        return preps - {"on", "upon"}
    return preps


def _complement_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the action that an offer, threat or refusal is about ("threatened to shell
    Iraqi towns"), or the subject of what is demanded or alleged ("demanded that Russia explain"),
    or the owner of that subject ("demanding that the Iranian military presence is reined back").
    """
    for clause in verb.children:
        if clause.dep_ == "xcomp" and entry.type in ABSORBING_TYPES - {"REQUEST"}:
            return offered_act_targets(verb, clause, entry)
        if clause.dep_ == "ccomp" and entry.type == "THREATEN":
            # "warned that its army would strike the rebels": whom the warned action is done to
            return object_targets(clause, lexicon_entry(clause) or entry)
        if clause.dep_ == "ccomp" and entry.type in {"REQUEST", "ACCUSE"}:
            return [
                ref
                for subject in clause.children
                if subject.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                for ref in object_refs(subject)
            ]
    return []


def offered_act_targets(word: Token, act: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the action an offer, threat or refusal (``word``) is about: whom ``act``
    is done to ("threatened to shell Iraqi towns", "refusal to back David Cameron's call")."""
    inner = lexicon_entry(act) or entry
    if inner.type == "STATEMENT":
        inner = entry  # "refused to respond to a demand from X": X's demand refused
    if entry.type == "AGREE" and _is_harm(act):
        return []  # "Ankara agreed to curb Iranian oil imports": no agreement with Iran
    objects = [c for c in act.children if c.dep_ in _OBJECT_DEPS]
    return (
        object_targets(act, inner)
        or [r for c in objects for r in _inner_targets(c)]
        or _complement_targets(act, entry)
        or _controlled_subjects(act)  # "refused to allow UN inspectors to visit"
        or _complement_place_targets(act)
        or (_conditioned(word) + _conditioned(act) if entry.type == "THREATEN" else [])
    )


def _is_harm(act: Token) -> bool:
    """Whether ``act`` does harm, which announced would be a threat (CAMEO 13): its verb's
    sense, or that of the noun its verb carries ("to launch an offensive"). Whom an agreement,
    offer or proposal to harm would harm is no party to it: "Ankara agreed to curb Iranian oil
    imports" (to the US, not with Iran), "the EU agreed to impose sanctions on Russia"; harm
    held back is not done ("Russia promised not to attack Idlib", a promise to Idlib)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in act.children):
        return False
    carried = carried_event(act)
    found = lexicon_entry(carried if carried is not None else act)
    coded = INTENT_CODES.get(found.type) if found is not None else None
    return coded is not None and coded[0] == "THREATEN"


def _conditioned(verb: Token) -> list[ActorRef]:
    """Whom a threat's condition is on: "threatened to walk out unless Kiev withdraws", "if
    the United States goes ahead": a threat addressed to them."""
    return [
        ref
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _refuge_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Where refuge is sought is whom it is asked of: "sought refuge in Germany", "asked for
    asylum in Britain"."""
    if entry.type != "REQUEST":
        return []
    sought = [c for c in verb.children if c.dep_ in _OBJECT_DEPS] + objects_of(verb, "for")
    if not any(thing.lemma_.lower() in _REFUGE_NOUNS for thing in sought):
        return []
    return place_targets(verb, [], nominal=False)


def _complement_place_targets(clause: Token) -> list[ActorRef]:
    """The place of a threatened or offered action that targets places ("threatened to impose
    a curfew in Algiers"), through the event noun it carries when it is a light verb."""
    carried = carried_event(clause)
    inner = lexicon_entry(carried if carried is not None else clause)
    if inner is None or inner.type not in PLACE_TARGET_TYPES:
        return []
    return place_targets(clause, [], nominal=False)


def rallied_against(verb: Token) -> list[ActorRef]:
    """Whom the hostile action a request asks for is against: "called for sanctions against
    Nigeria", "called for an embargo on Syria"."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    requested = [p for c in fors for p in c.children if p.dep_ == "pobj"]
    for action in requested:
        sense = lexicon_entry(action) if action.pos_ == "NOUN" else None
        if sense is not None and sense.type in _HOSTILE_TYPES:
            against = prep_objects(action, frozenset({"against", "on", "upon"}), owners=True)
            if against:
                return against
    return []


def _grievance_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """What a complaint is over, rather than whom it is made to: "complained to the UN over
    Israeli air raids" accuses Israel. Whom the accusation names comes first ("criticised
    Japan over the remarks"), as does whom a quarrel is with ("fell out with Netanyahu's
    government over its mistreatment of the Palestinians")."""
    named = any(c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP" for c in verb.children)
    named = named or bool(objects_of(verb, "with"))
    if entry.type != "ACCUSE" or named:
        return []
    return prep_objects(verb, frozenset({"over", "about"}), owners=True)


def _controlled_subjects(verb: Token) -> list[ActorRef]:
    """Whom an action lets, asks or helps to do something: "allowed the candidate to stand",
    "urged Kiev to withdraw" (the subject of an infinitive clause under the verb)."""
    return [
        ref
        for clause in verb.children
        if clause.dep_ in {"xcomp", "ccomp"} and any(c.tag_ == "TO" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _purpose_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of an action's purpose: "opened fire to disperse the demonstrators", "launched
    a military offensive into Afrin ... in order to oust the YPG"; not what force is used to
    protect or help ("Sgt Tonroe fought to protect British values": not aimed at Britain)."""
    for clause in _purpose_clauses(verb):
        purpose = lexicon_entry(clause)
        if purpose is not None and purpose.type in _HELPING_TYPES:
            continue
        if found := object_targets(clause, purpose or entry):
            return found
    return []


def controlled_places(verb: Token) -> list[Token]:
    """The places or positions whose control a verb takes: "took control of Deraa", "to take
    control of a series of YPG military points" (not "took control of the House")."""
    found = [
        place
        for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for pobj in objects_of(holder, "of")
        for place in (objects_of(pobj, "of") if pobj.lemma_.lower() in CONTAINER_NOUNS else [pobj])
    ]
    return [
        p for p in found if p.ent_type_ in _CONTROL_LABELS or p.lemma_.lower() in _CONTROLLED_NOUNS
    ]


def _control_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom control of a place is taken from: whoever holds it ("YPG military points"), else the
    place itself, standing for its state ("took control of Deraa")."""
    if entry.particle != "control":
        return []
    return [
        ref
        for place in controlled_places(verb)
        for ref in (list(owner_refs(place)) or actor_refs(place))
    ]


def _purpose_clauses(verb: Token) -> Iterator[Token]:
    """A verb's purpose clauses: "to disperse", and those of its purpose phrases ("in order to
    oust", "in a bid to", "in an effort to")."""
    for clause in verb.children:
        if is_purpose(clause):
            yield clause
        elif clause.dep_ == "prep" and clause.lower_ == "in":
            for noun in clause.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _PURPOSE_NOUNS:
                    yield from (
                        c
                        for c in noun.children
                        if c.dep_ == "acl" and any(t.tag_ == "TO" for t in c.children)
                    )


def _governing_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """A participle that tells what a use of force did ("fired on the crowd, killing three",
    "opened fire to disperse the crowd, killing three") takes the target of the action it hangs
    from, unless that is an event of another kind."""
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "killing one and arresting twelve"
    head = first.head
    if first.dep_ != "advcl" or first.tag_ != "VBG" or head.pos_ != "VERB":
        return []
    own = lexicon_entry(head)
    if own is not None and own.type not in FORCE_TYPES:
        return []
    return object_targets(head, own or entry) or _purpose_targets(head, own or entry)


def _protested(verb: Token) -> list[ActorRef]:
    """Whom a protest is against, said by its purpose or manner ("began a hunger strike to
    protest against Sweden's decision", "in protest at Moscow's refusal")."""
    for child in verb.children:
        inner = lexicon_entry(child) if child.dep_ in {"advcl", "xcomp", "acl"} else None
        if inner is not None and inner.type in {"PROTEST", "REQUEST"}:
            return object_targets(child, inner) or _complement_targets(child, inner)
    return protest_manner_targets(verb)


def protest_manner_targets(word: Token) -> list[ActorRef]:
    """Whom a protest is against, said by a manner phrase on its verb or noun ("in protest of
    the government's refusal", "a hunger strike in protest at X", "in defiance of Chinese
    authorities")."""
    return [
        ref
        for pobj in objects_of(word, "in")
        if pobj.lemma_.lower() in _PROTEST_MANNER_NOUNS
        for ref in prep_objects(pobj, frozenset({"of", "against", "at"}), owners=True)
    ]


def voiced_grievance_targets(verb: Token) -> list[ActorRef]:
    """Whom a protest is against, said by the grievance its purpose voices: "blocked a road to
    show their disapproval of Turkey's policies", "rallied to express their anger at X's
    offensive", "to press their demands for reform from X's government"."""
    return [
        ref
        for clause in verb.children
        if is_purpose(clause)
        for grievance in clause.children
        if grievance.dep_ == "dobj" and grievance.lemma_.lower() in _VOICED_GRIEVANCE_NOUNS
        for ref in (
            prep_objects(grievance, _GRIEVANCE_OBJECT_PREPS, owners=True)
            or prep_objects(clause, frozenset({"from"}), owners=True)
            or _demanded_of(grievance)
        )
    ]


def _demanded_of(grievance: Token) -> list[ActorRef]:
    """Whom what is demanded is asked of, where the parser hung "from" on what is asked for:
    "to press their demands for autonomy from the Iraqi government"."""
    return [
        ref
        for asked in objects_of(grievance, "for")
        for ref in prep_objects(asked, frozenset({"from"}), owners=True)
    ]


def _light_dative(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """ "gave Kenya a grant": the light verb's indirect object."""
    light = light_verb_of(noun)
    return _dative_refs(light) if light is not None else []


def _light_prep_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """ "imposed sanctions on Iran": the light verb's prepositional target."""
    light = light_verb_of(noun)
    if light is None:
        return []
    return prep_objects(light, target_preps(entry), owners=True)


def _light_inner_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the carried noun's own object ("provided assistance to Yemen"); for a
    statement, only whom it is to ("sent a message to Putin"): what it is about is its topic
    ("expressed regret at Mattis's departure")."""
    if entry.type == "STATEMENT":
        return said_to(noun, entry)
    return _inner_targets(noun)


def said_to(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a statement a noun names is to: its own "to" or "with" phrase ("a message to
    Putin"), not what it is of or at, its topic ("Moscow's denial of Russian involvement",
    "regret at Mattis's departure")."""
    return prep_objects(noun, target_preps(entry))


def _light_place_hung(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom an "against" phrase the parser hangs on the place of the act is against: "staged a
    protest outside the stadium against the Assad regime" (a place is against no one)."""
    light = light_verb_of(noun)
    return [
        ref
        for head in (noun, light)
        if head is not None
        for place in _act_places(head)
        for ref in prep_objects(place, _AGAINST, owners=True)
    ]


def _act_places(head: Token) -> Iterator[Token]:
    """The places an act is set at ("outside the stadium", "in Aleppo"), not an event or a
    person it is set among ("in the war", "among the refugees")."""
    for preposition in sorted(_ACT_PLACE_PREPS):
        for place in objects_of(head, preposition):
            if place.ent_type_ in _PLACE_LABELS or _is_plain_thing(place):
                yield place


def _is_plain_thing(noun: Token) -> bool:
    """A common noun naming no one and no event: "the stadium", "the square"."""
    return (
        noun.pos_ == "NOUN"
        and noun.ent_type_ == ""
        and lexicon_entry(noun) is None
        and not is_private_noun(noun.lemma_.lower())
    )


def _light_protested(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a protest carried by a light verb is against ("staged a rally to protest X")."""
    light = light_verb_of(noun)
    return _protested(light) if light is not None and entry.type == "PROTEST" else []


def _light_protest_manner(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """A manner phrase on the carried protest noun itself ("continued a hunger strike in
    protest of X")."""
    return protest_manner_targets(noun) if entry.type == "PROTEST" else []


def _light_voiced_grievance(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The grievance a protest carried by a light verb voices ("held a rally to express their
    anger at X")."""
    light = light_verb_of(noun)
    if light is None or entry.type != "PROTEST":
        return []
    return voiced_grievance_targets(light)


def _light_purpose_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the purpose of force carried by a light verb."""
    light = light_verb_of(noun)
    if light is None or entry.type not in FORCE_TYPES:
        return []
    return _purpose_targets(light, entry)


def _dative_refs(verb: Token) -> list[ActorRef]:
    """The indirect object of a verb: "gave Kenya a grant" ("to Kenya" is a prepositional
    object)."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return [r for c in datives for r in actor_refs(c)]


def addressees(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a request asks to act: "a request for the US to cease ..."."""
    if entry.type != "REQUEST":
        return []
    found = prep_objects(noun, frozenset({"for"}))
    for clause in (*noun.children, *_clauses_of_demand(noun)):
        if clause.dep_ in {"acl", "relcl", "advcl", "ccomp", "appos"}:
            found += [r for s in clause.children if s.dep_ in SUBJECT_DEPS for r in actor_refs(s)]
    return found


def _clauses_of_demand(noun: Token) -> list[Token]:
    """The that-clause of a demand parsed onto the verb it is the object of ("reiterated its
    demand today that Israel ease")."""
    if noun.dep_ != "dobj":
        return []
    return [c for c in noun.head.children if demand_of_clause(c) == noun]


def _warned_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a warned action is aimed at, before whom the warning is told: "warned America that
    a Turkish military operation against the YPG is near" threatens the YPG; or a foretold
    fight's other side ("warned of an impending war with Iran")."""
    if entry.type != "THREATEN" or verb.pos_ != "VERB":
        return []
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        act = _gone_on_with(clause)
        found = object_targets(act, lexicon_entry(act) or entry)
        if found:
            return found
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"]
        return (
            [r for c in subjects for r in _inner_targets(c)]
            or _untolerated_doers(clause)
            or _named_sufferers(clause, verb)
        )
    return _foretold_enemies(verb)


def _gone_on_with(clause: Token) -> Token:
    """The action a clause's verb goes on with where that verb names no event of its own
    ("vowed he would continue to clear Syrian Kurds from his border": clearing them), else the
    clause's verb."""
    if lexicon_entry(clause) is not None:
        return clause
    return next((c for c in clause.children if c.dep_ == "xcomp"), clause)


def _foretold_enemies(verb: Token) -> list[ActorRef]:
    """Whom a fight a warning foretells is with or against, not the speaker's own side:
    "Benjamin Netanyahu has warned of an impending war with Iran" threatens Iran (not "warned of
    an attack on Israel", an alarm)."""
    own = _speaker_countries(verb)
    return [
        ref
        for fight in objects_of(verb, "of")
        if _is_force_noun(fight)
        for ref in _inner_targets(fight)
        if _ref_country(ref) not in own
    ]


def warned_acts(word: Token) -> list[Token]:
    """The hostile acts of another party a warning is against or about, which it urges that
    party not to do: "warned against an assault", "warned that a major Syrian military assault
    on the rebel-held enclave would lead to a humanitarian catastrophe". An act of the speaker's
    own side ("Erdoğan warned that a Turkish military operation against the YPG is near") is
    threatened, and so is an act no one is said to do ("warned that an attack would be met")."""
    against = [act for act in objects_of(word, "against") if _is_force_noun(act)]
    about = [
        subject
        for clause in word.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS and _is_force_noun(subject)
    ]
    own = _speaker_countries(word)
    return against + [
        act
        for act in about
        if (owners := list(owner_refs(act))) and not own & {_ref_country(r) for r in owners}
    ]


# Auxiliaries of what a clause says will or may happen, not of what is being done.
_FORETELLING_AUX = (
    word_list("future_lemmas") | word_list("possibility_modals") | frozenset({"would", "can"})
)


def is_anothers_deed(word: Token, clause: Token) -> bool:
    """A clause a warning tells that says what another party, named, is doing or has done:
    "Israeli defence officials have warned that Iran is delivering missiles to Hezbollah" (an
    alarm about Iran, no threat of Israel's). Not what a party will or may do ("warned that the
    US would respond"), nor a deed of the speaker's own side."""
    if any(c.dep_ == "aux" and c.lower_ in _FORETELLING_AUX for c in clause.children):
        return False
    if any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS for t in clause.subtree):
        return False  # "warned that the country has the power to ... if the US": a condition
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and _names_someone(c)]
    doers = [r for s in subjects for r in actor_refs(s)]
    return bool(doers) and not _speaker_countries(word) & {_ref_country(r) for r in doers}


def _names_someone(subject: Token) -> bool:
    """A subject that names its party ("Iran", "Turkish troops"), not one that refers back ("the
    country", "it")."""
    return any(t.ent_type_ for t in subject.subtree)


def _is_force_noun(word: Token) -> bool:
    found = lexicon_entry(word) if word.pos_ == "NOUN" else None
    return found is not None and found.type in FORCE_TYPES


def _speaker_countries(word: Token) -> set[str | None]:
    """The countries of who gives a warning: the subject of "warn", the owner of "warning"."""
    speakers = [c for c in word.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "poss"]
    return {_ref_country(r) for s in speakers for r in actor_refs(s)} - {None}


def _ref_country(ref: ActorRef) -> str | None:
    return ref.country or country_of_place(ref.text)


def _warned_doers(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a warning urges not to act: the doer of the act it warns against or about
    ("warned that a major Syrian military assault would lead to a catastrophe": Syria)."""
    if entry.type != "REQUEST":
        return []
    return [ref for act in warned_acts(verb) for ref in owner_refs(act)]


def _warned_doers_before(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a warning against an act no one is said to do urges not to do it: the doer the text
    named for that act a few sentences before ("Dunford warned that a major Syrian military
    assault on the rebel-held enclave would lead to a humanitarian catastrophe ... Turkey has
    warned against an assault": Syria), only where the act is told with one doer, not the
    speaker's own side."""
    if entry.type != "REQUEST":
        return []
    own = _speaker_countries(verb)
    doers = {
        ref.text.lower(): ref
        for act in warned_acts(verb)
        if next(owner_refs(act), None) is None
        for ref in _doers_told_before(act)
        if _ref_country(ref) not in own
    }
    return list(doers.values()) if len(doers) == 1 else []


def _doers_told_before(act: Token) -> list[ActorRef]:
    """The doers of the same act named with them last before ``act``, in its sentence or the
    few before ("a major Syrian military assault ... an assault")."""
    for word in reversed(_words_before(act, _ACT_LOOKBACK)):
        same = word.pos_ == "NOUN" and word.lemma_.lower() == act.lemma_.lower()
        if same and (doers := list(owner_refs(word))):
            return doers
    return []


def _setting_partners(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a demand, promise, refusal or charge is aimed at when it was made in a talk with them:
    "called for more dialogue with Russia in a phone call with Putin", "pledged support during
    talks with Erdoğan" (the partner of the talk, a CONSULT noun the act is set in), or in a
    letter to them: "Javid said in a letter to Sessions" (whom it is sent to)."""
    if entry.type in FORCE_TYPES or entry.type == "CONSULT":
        return []
    talks = [talk for prep in _SETTING_TALK_PREPS for talk in objects_of(verb, prep)]
    letters = [
        ref
        for letter in talks
        if letter.lemma_.lower() in _LETTER_NOUNS
        for ref in prep_objects(letter, frozenset({"to"}))
    ]
    return letters or [
        ref
        for talk in talks
        if (found := lexicon_entry(talk)) is not None
        and found.type == "CONSULT"
        # what is said during talks may be said to anyone ("told reporters"); in a call, to
        # the other end: "Erdoğan said in a phone call with Russia's president, Vladimir Putin"
        and (entry.type != "STATEMENT" or talk.lemma_.lower() in _CALL_NOUNS)
        for ref in prep_objects(talk, _partner_preps(talk))
    ]


def _met_partners(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a demand, promise, refusal, charge or praise is aimed at when its subject made it
    right after meeting, visiting or calling them, in a verb joined to that one: "Pompeo met
    Erdoğan in Ankara and urged restraint" (Erdoğan), "visited Ankara and pledged support"
    (Ankara, for its state). Not a statement (what is said after a meeting may be said to
    anyone: "met Erdoğan and later told reporters"), nor a verb with a subject of its own."""
    if entry.type in FORCE_TYPES or entry.type in {"CONSULT", "STATEMENT"}:
        return []
    meeting = verb.head
    if verb.dep_ != "conj" or meeting.i > verb.i or _subjects(verb):
        return []
    met = lexicon_entry(meeting)
    if met is None or met.type != "CONSULT" or meeting.pos_ != "VERB":
        return []
    return object_targets(meeting, met)


def _partner_preps(talk: Token) -> frozenset[str]:
    """The prepositions that name the other party of a talk: "talks with Erdoğan"; a call is
    also made to them ("said in a telephone call to Erdoğan")."""
    return _CALLED_PREPS if talk.lemma_.lower() in _CALL_NOUNS else frozenset({"with"})


def _named_sufferers(clause: Token, verb: Token) -> list[ActorRef]:
    """Who a threat says will pay for it, named as the subject of what is threatened: "Trump
    threatened that Mr Assad would pay a big price", "warned that Iran would face consequences";
    not the threatener's own side ("warned that the US would respond")."""
    own = {_country_named(s) for s in verb.children if s.dep_ in SUBJECT_DEPS} - {None}
    return [
        ref
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
        and subject.pos_ == "PROPN"
        and _country_named(subject) not in own
        for ref in actor_refs(subject)
    ]


def _country_named(word: Token) -> str | None:
    """The country of the state, capital, office or known person a name stands for."""
    entity = entity_of(word)
    return country_of_place(entity.text) if entity is not None else None


def _untolerated_doers(clause: Token) -> list[ActorRef]:
    """Whose act a speaker warns it will not stand for: "warned it will not stand by and
    watch a Russian-led attack on Idlib", "police will no longer tolerate rallies by the
    group": a warning to the doer of the act (an event noun), in the clause or its conjuncts."""
    return [
        ref
        for verb in (clause, *clause.conjuncts)
        for obj in verb.children
        if obj.dep_ == "dobj" and event_noun(obj)
        for ref in owner_refs(obj)
    ]


def named_complement(verb: Token) -> Token | None:
    """What a speaker calls someone in a copular complement: "(which) Ankara says is the Syrian
    arm of a terror group" -> "arm"; or what a speaker ties them to: "arguing that the YPG is
    linked to its own insurgent group" -> "linked"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.lemma_.lower() == "be":
            name = next((c for c in clause.children if c.dep_ in {"attr", "acomp"}), None)
            if name is not None and (name.dep_ == "attr" or is_affiliation(name)):
                return name
            if verb.dep_ == "relcl" and (called := _subject_after_copula(clause)) is not None:
                return called
        elif is_affiliation(clause) and any(c.dep_ == "auxpass" for c in clause.children):
            return clause
    return None


def _subject_after_copula(clause: Token) -> Token | None:
    """What a relative clause calls the noun it hangs on, read by the parser as the subject of
    the copula it follows: "(groups that Turkey says) are terrorists", "(Kurdish groups it says)
    are terrorists". The clause's subject is the relative pronoun or the noun itself, never a
    noun after its own copula ("says there are terrorists" names no one)."""
    if any(c.dep_ == "expl" for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    named_before = [s for s in subjects if s.i < clause.i and s.lower_ not in _RELATIVE_PRONOUNS]
    after = [s for s in subjects if s.i > clause.i and s.pos_ in {"NOUN", "PROPN"}]
    return after[0] if after and not named_before else None


def is_affiliation(word: Token) -> bool:
    """A word that ties someone to a group: "linked to", "indistinguishable from", "an
    extension of"."""
    return word.lemma_.lower() in _AFFILIATION_WORDS or word.lower_ in _AFFILIATION_WORDS


def disapproved_refs(word: Token) -> list[ActorRef]:
    """Whom a word of disapproval in a reported clause is aimed at. A feeling is about what its
    preposition or that-clause names, its subject being who feels it ("he was concerned about
    Turkey's new offensive", "we are disappointed that the court in Turkey has rejected"); a
    judgement or blame falls on the clause's subject or its owner ("the silence of the Nato
    members is unacceptable", "Russia was responsible")."""
    if word.lower_ in _DISAPPROVAL_FEELINGS:
        return _felt_about(word)
    return _named_subjects(word)


def _felt_about(word: Token) -> list[ActorRef]:
    found = prep_objects(word, _DISAPPROVAL_PREPS, owners=True)
    if found:
        return found
    return [
        r
        for clause in word.children
        if clause.dep_ == "ccomp"
        for s in _subjects(clause)
        for r in object_refs(s)
    ]


def _named_subjects(word: Token) -> list[ActorRef]:
    """The actors (or owners) named by the subject of a predicate word's clause, not by a
    pronoun: "the silence of the Nato members (is unacceptable)", "the officials (are treating
    him unfairly)", "Russia (was behind the attack)", "Russia (was to blame)"."""
    predicate_deps = {"acomp", "attr", "oprd", "advmod", "prep", "xcomp"}
    clause = word.head if word.dep_ in predicate_deps else word
    return [r for s in _subjects(clause) if s.pos_ != "PRON" for r in object_refs(s)]


def _subjects(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _named_subject_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a speaker calls something: the subject of the copular complement, or the noun a
    relative clause hangs on ("the YPG, which Ankara says is ... a terror group")."""
    name = named_complement(verb) if entry.type == "ACCUSE" else None
    if name is None:
        return []
    subjects = [c for c in name.head.children if c.dep_ in SUBJECT_DEPS and c != name]
    # "said the Turkish operation was an act of aggression", "said Trump's comments were a
    # violation of sovereignty": for a thing, whose deed or words it is
    named = [r for s in subjects if s.lower_ not in _RELATIVE_PRONOUNS for r in object_refs(s)]
    if named or verb.dep_ != "relcl":
        return named
    return object_refs(verb.head)  # "Kurdish groups it says are a terrorist threat": the Kurds


def _defied_demanders(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whose demand a refusal defies: "declined to step down despite pressure from
    parliament", "rejected the plan despite calls from Washington"."""
    if entry.type != "REJECT":
        return []
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [
        ref
        for clause in clauses
        for demand in objects_of(clause, "despite")
        if _is_demand(demand)
        for ref in owner_refs(demand)
    ]


def answered_demanders(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Who made the demand or offer an answer answers, when the answer names none and the
    sentence before reports one: "The UN is demanding an immediate ceasefire ... Russia has
    dismissed its call", "The YPG had called on Russia to defend them. However, Moscow had
    refused", "Russia offered to remove the regime's chemical weapons. Fatefully, Obama
    agreed", "In 2016, the UAE proposed normalising ties with Damascus as part of a plan ... That
    plan was snubbed by the Trump administration". Only an answer to nothing else (a bare one,
    or of a demand no one is named as making, as its object or passive subject), and only a
    demand or offer made actively (not "Turkey has been tasked by Moscow with ...")."""
    if not _is_answer(verb, entry) or verb.i == verb.sent.start:
        return []
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not (all(_is_unowned_demand(c) for c in objects) if objects else stands_alone(verb)):
        return []
    before = verb.doc[verb.sent.start - 1].sent
    asks = [w for w in before if w.pos_ == "VERB" and is_asking(w)]
    subjects = [c for c in asks[-1].children if c.dep_ == "nsubj"] if asks else []
    return [r for s in subjects if s.pos_ != "PRON" for r in actor_refs(s)]


# A person who reports a refusal of a request speaks for whoever made it, not as its maker: "In a
# statement on Friday, the Australian foreign affairs minister, Julie Bishop said: “We are
# disappointed that the ... court in Turkey has rejected the request to extradite Neil Prakash”".
_PERSONAL_REPORTER_LABELS = frozenset({"PERSON", "PRON", "ROLE", "PAIR"})


def _reported_demanders(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Who made the demand a refusal refuses, where no one is named as making it but someone
    reports the refusal: the reporter ("The Kurdish authorities say the UK government in
    particular has stonewalled requests for help": the Kurds'). Not a request to the press ("a
    request for comment"), nor where the reporter is the refuser or a person."""
    if entry.type != "REJECT" or verb.pos_ != "VERB":
        return []
    demands = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if not demands or not all(_is_unmade_demand(c) for c in demands):
        return []
    said = speech_verb(verb)
    if said is None:
        return []
    refusers = {r.text.lower() for s in _subjects(verb) for r in actor_refs(s)}
    return [
        ref
        for ref in subject_refs(said)[0]
        if ref.text.lower() not in refusers and ref.label not in _PERSONAL_REPORTER_LABELS
    ]


def _is_unmade_demand(noun: Token) -> bool:
    """A demand the phrase names no maker of, and no request to the press: "requests for help"
    (not "requests for comment", "its call", "Ankara's demands", "a request from the UN")."""
    return (
        _is_demand(noun)
        and not any(c.dep_ == "poss" for c in noun.children)
        and next(owner_refs(noun), None) is None
        and not prep_objects(noun, frozenset({"of", "by", "from"}))
        and not any(w.lemma_.lower() in _PRESS_ASKED for w in objects_of(noun, "for"))
    )


def _is_answer(verb: Token, entry: LexiconEntry) -> bool:
    """A refusal, or a verb of saying yes ("agreed", "accepted")."""
    if verb.pos_ != "VERB":
        return False
    yes = entry.type == "AGREE" and verb.lemma_.lower() in _ACCEPTING_LEMMAS
    return entry.type == "REJECT" or yes


def is_asking(verb: Token) -> bool:
    """A demand ("called on Russia to defend them") or an offer ("offered to remove")."""
    return is_lexicon_type(verb, "REQUEST") or verb.lemma_.lower() in _OFFERING_LEMMAS


def _is_unowned_demand(noun: Token) -> bool:
    """A demand no one is named as making: "its call", "the request", "that demand"."""
    demand = noun.pos_ == "NOUN" and noun.lemma_.lower() in _ANSWERED_DEMAND_NOUNS
    return demand and next(owner_refs(noun), None) is None


def _is_demand(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and is_lexicon_type(noun, "REQUEST")


def _shared_object_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The object a verb with none of its own shares with the event verbs joined after it: "is
    killing or imprisoning Kurds", "shot, beat and killed two men"."""
    if not objects_aimed_at(verb, entry):
        return []
    return [r for c in _shared_objects(verb) for r in object_refs(c)]


def _shared_objects(verb: Token) -> list[Token]:
    """The objects a verb with none of its own shares with the event verbs joined after it
    (only "and", "or", commas, adverbs and such verbs between them, none with a subject of its
    own)."""
    if not stands_alone(verb):
        return []
    for conjunct in (c for c in verb.conjuncts if c.i > verb.i):
        gap = verb.doc[verb.i + 1 : conjunct.i]
        if _subjects(conjunct) or lexicon_entry(conjunct) is None:
            return []
        if any(t.dep_ not in _SHARING_GAP_DEPS for t in gap):
            return []
        if not stands_alone(conjunct):
            return [c for c in conjunct.children if c.dep_ == "dobj"]
    return []


def victim_refs(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The people an assault is done to where they are named by what they are, not by a name
    or a people: "murdered women, children and other innocents", "hundreds of civilians who
    were kidnapped", "foreign aid workers and journalists" (one group with the nouns joined to
    it, all of them such nouns). A plural only: one person unnamed is a private one. Not for
    an arrest or detention, whose unnamed detainees ("detained protesters") are no one in
    particular."""
    if entry.type not in _VICTIM_TYPES:
        return []
    if noun.lower_ in _QUANTITY_NOUNS and (counted := objects_of(noun, "of")):
        noun = counted[0]  # "hundreds of civilians"
    group = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
    if not all(_is_victim_noun(word) for word in group):
        return []
    modifiers = [c for c in noun.lefts if c.dep_ in _VICTIM_MODIFIER_DEPS]
    start = min((c.left_edge.i for c in modifiers), default=noun.i)
    span = noun.doc[start : group[-1].i + 1]
    role = noun.lemma_.lower()
    return [ActorRef(span.text, "GROUP", span.start_char, span.end_char, role)]


def _is_victim_noun(word: Token) -> bool:
    """A plural noun of people harmed or held: "civilians", "family members"."""
    if word.tag_ != "NNS" or entity_of(word) is not None:
        return False
    lemma = word.lemma_.lower()
    compounds = (f"{c.lower_} {lemma}" for c in word.lefts if c.dep_ == "compound")
    return lemma in _VICTIM_NOUNS or any(name in _VICTIM_NOUNS for name in compounds)


def _victim_objects(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom an assault is done to, named by what they are: "executed journalists", "the
    civilians whom Isis killed", "shot and killed two journalists"."""
    objects = [_antecedent(c, verb) for c in verb.children if c.dep_ == "dobj"]
    return [r for c in objects or _shared_objects(verb) for r in victim_refs(c, entry)]


def _suspected_sides(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The side whose members people seized or attacked are charged with being, where the
    people name no one themselves: "the SDF had captured three foreigners suspected of being
    Isis fighters" (Islamic State), "men accused of being PKK members"."""
    if entry.type not in FORCE_TYPES:
        return []
    people = [_antecedent(c, verb) for c in verb.children if c.dep_ == "dobj"]
    return [
        ref
        for person in people
        for charge in person.children
        if charge.dep_ == "acl" and charge.lemma_.lower() in _CHARGING_LEMMAS
        for prep in charge.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for being in prep.children
        if being.dep_ == "pcomp" and being.lemma_.lower() == "be"
        for member in being.children
        if member.dep_ == "attr"
        for ref in object_refs(member)
    ]


def stands_alone(verb: Token) -> bool:
    """A verb with no object, prepositional object or clause of its own."""
    return verb.pos_ == "VERB" and not any(
        c.dep_ in _OBJECT_DEPS | {"prep", "xcomp", "ccomp", "prt", "agent"} for c in verb.children
    )


def _controlled(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _controlled_subjects(verb)


def _protest_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _protested(verb) if entry.type == "PROTEST" else []


def _voiced_grievance(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return voiced_grievance_targets(verb) if entry.type == "PROTEST" else []


def _force_purpose_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _purpose_targets(verb, entry) if entry.type in FORCE_TYPES else []


def _fought_for_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a fight is to defeat, told by the to-clause the parser takes for its complement:
    "the SDF, fighting to defeat both the president, Bashar al-Assad, and Isis", "fought to
    drive Isis out of Raqqa"."""
    if entry.type != "ASSAULT":
        return []
    purposes = [
        c for c in verb.children if c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children)
    ]
    for clause in purposes:
        purpose = lexicon_entry(clause)
        if purpose is not None and purpose.type in _HELPING_TYPES:
            continue  # "fought to defend the Kurds": an ally
        if found := object_targets(clause, purpose or entry):
            return found
    return []


def _helped_parties(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a giving or sending is to help, as its purpose says: "sent troops to help defend
    Mali", "offered to send equipment to help defend Jordan", "deployed to support the
    Kurds" (through "help" to the verb it helps do)."""
    if entry.type not in _HELPING_TYPES:
        return []
    for clause in _purpose_clauses(verb):
        helping = clause
        while helping.lemma_.lower() == "help" and not _has_object(helping):
            inner = [c for c in helping.children if c.dep_ in {"xcomp", "ccomp"}]
            if not inner:
                break
            helping = inner[0]
        if helping.lemma_.lower() in _HELPING_LEMMAS:
            found = [r for c in helping.children if c.dep_ == "dobj" for r in actor_refs(c)]
            if found:
                return found
    return []


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _force_governing_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _governing_targets(verb, entry) if entry.type in FORCE_TYPES else []


def _particle_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Where force advances, named by the preposition of its sense: "Isis swept across Syria
    and Iraq", "swept into the furthest reaches of Iraq" (a place stands for its state); the
    ally a sense of siding names: "Hezbollah, which is fighting alongside the Assad regime",
    "rallied behind the president"."""
    if entry.type not in FORCE_TYPES | _ALLYING_TYPES or entry.particle is None:
        return []
    return prep_objects(verb, frozenset({entry.particle}), owners=True)


def _pledge_partners(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a refused or broken pledge was made to: "reneged on its commitment to the Kurds",
    "backed out of its agreement with the EU", "rejected a deal with Iran"."""
    if entry.type != "REJECT":
        return []
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    pledges = objects + [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    return [
        ref
        for pledge in pledges
        if pledge.lemma_.lower() in _PLEDGE_NOUNS
        for ref in prep_objects(pledge, _PLEDGE_PARTNER_PREPS)
    ]


def _left_place_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Where forces are pulled out of: "pull US troops out of Syria", "pulled out of Syria" (a
    place stands for its state)."""
    if entry.type != "RETREAT":
        return []
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in {"prep", "prt"}]
    heads = [verb, *outs] if any(c.dep_ == "prt" for c in outs) else outs
    return [ref for head in heads for place in objects_of(head, "of") for ref in _left(place)]


def _left(place: Token) -> list[ActorRef]:
    """The place left, named by "the city of X", "the town of X" or itself."""
    if place.lemma_.lower() in PLACE_NOUNS and (names := objects_of(place, "of")):
        return [ref for name in names for ref in actor_refs(name)]
    return object_refs(place)


def _left_accord_parties(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom pulling out of an agreement the sentence names rejects: the party it names
    ("critics of the Iran deal ... helped convince Trump to pull out": Iran)."""
    if entry.type != "REJECT" or verb.lemma_.lower() not in _ACCORD_LEAVING_LEMMAS:
        return []
    return [
        ref
        for word in verb.sent
        if word.pos_ == "NOUN" and word.lemma_.lower() in _ACCORD_NOUNS
        for ref in owner_refs(word)
    ]


def _left_accord_partner(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom pulling out of an agreement made before rejects: the one other party that made it,
    where the agreement left is no one's ("Canada and the Kurdish administration struck a deal
    ... Ottawa pulled out at the last minute": the Kurdish administration; "a recent agreement
    between Ottawa and the Kurdish administration ... Ottawa recently backed out of the
    agreement"). The latest agreement named before the verb with whoever made it: in the
    sentence or the one before for a bare pulling out, a few sentences back for "the
    agreement"; only where it leaves exactly one party besides the leaver."""
    if entry.type != "REJECT" or verb.lemma_.lower() not in _ACCORD_LEAVING_LEMMAS:
        return []
    left = _left_things(verb)
    if not all(_is_unowned_accord(word) for word in left):
        return []
    leavers = [r for s in _subjects(verb) for r in actor_refs(s, is_subject=True)]
    for accord in reversed(_accords_before(verb, _ACCORD_LOOKBACK if left else 1)):
        makers = _accord_makers(accord)
        if not makers:
            continue
        others = {
            ref.text.lower(): ref
            for ref in makers
            if not any(_is_same_party(ref, leaver) for leaver in leavers)
        }
        return list(others.values()) if len(others) == 1 else []
    return []


def _accords_before(verb: Token, sentences: int) -> list[Token]:
    """The agreements named before ``verb``, in its sentence and the ``sentences`` before."""
    return [
        word
        for word in _words_before(verb, sentences)
        if word.pos_ == "NOUN" and word.lemma_.lower() in _ACCORD_NOUNS
    ]


def _words_before(word: Token, sentences: int) -> Span:
    """The words before ``word`` in its sentence and the ``sentences`` before it."""
    sentence = sentence_of(word)
    for _ in range(sentences):
        if sentence.start == 0:
            break
        sentence = sentence_before(sentence)
    return word.doc[sentence.start : word.i]


def _left_things(verb: Token) -> list[Token]:
    """What a verb of leaving leaves: "pulled out of the deal", "withdrew from the accord"."""
    heads = [verb, *(c for c in verb.children if c.lower_ == "out")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [
        thing for head in heads for prep in ("of", "from") for thing in objects_of(head, prep)
    ] + objects


def _is_unowned_accord(word: Token) -> bool:
    """An agreement named as one told of before: "the agreement", "the deal" (not "the Iran
    deal", "its agreement with the EU", "a new deal")."""
    return (
        word.lemma_.lower() in _ACCORD_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in word.children)
        and not any(c.dep_ in OWNER_DEPS | {"poss", "prep"} for c in word.children)
        and next(owner_refs(word), None) is None
    )


def _accord_makers(accord: Token) -> list[ActorRef]:
    """Who made an agreement: its owners ("the Iran deal"), the subjects of the verb it is the
    object of ("Canada and the Kurdish administration struck a deal"), and whom it is with or
    between ("a deal with Ankara", "the agreement between Moscow and Ankara")."""
    makers = list(owner_refs(accord))
    makers += prep_objects(accord, frozenset({"with", "between"}))
    if accord.dep_ == "dobj":
        maker = accord.head
        makers += [r for s in _subjects(maker) for r in actor_refs(s, is_subject=True)]
        makers += prep_objects(maker, frozenset({"with"}))
    return makers


def _is_same_party(one: ActorRef, other: ActorRef) -> bool:
    """Whether two names name one side: the same words, one state by its name and its capital
    ("Canada", "Ottawa"), or a state and a person who leads or speaks for it ("the US",
    "Trump")."""
    if one.text.lower() == other.text.lower():
        return True
    gazetteer = load_gazetteer()
    first, second = gazetteer.lookup(one.text), gazetteer.lookup(other.text)
    if first is None or second is None:
        return False
    states = {e.id for e in (first, second) if e.kind == "state"}
    return first.id == second.id or (bool(states) and first.country == second.country)


def _meeting_hosts(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom attending a meeting meets, or staying away from it rejects: whoever hosts or
    sponsors it, as the meeting's phrase names them ("boycotted a Russian-sponsored peace
    conference", "voted not to attend Vladimir Putin's showpiece conference", "boycotted a
    summit hosted by Russia", "refused to attend a US-backed conference"). Not whom a meeting
    is about or where it is ("a Syrian peace conference", "the Sochi talks")."""
    if entry.type not in _ATTENDING_TYPES:
        return []
    # "refused to attend a US-backed conference": the refusal's complement attends
    complements = [c for c in verb.children if c.dep_ == "xcomp"] if entry.type == "REJECT" else []
    meetings = [
        meeting
        for attending in (verb, *complements)
        if attending.lemma_.lower() in _ATTENDANCE_LEMMAS
        for meeting in attending.children
        if meeting.dep_ in {"dobj", *PASSIVE_SUBJECT_DEPS}
        and meeting.lemma_.lower() in _OCCASION_NOUNS
    ]
    return [ref for meeting in meetings for ref in _hosts(meeting)]


def _hosts(meeting: Token) -> list[ActorRef]:
    """Who hosts or sponsors a meeting, as its phrase names them: its owner by name ("Putin's
    conference"), the agent of a participle of hosting ("a summit hosted by Russia") or the
    name before one ("a Russian-sponsored peace conference")."""
    named = [
        ref
        for child in meeting.children
        if child.dep_ == "poss" and child.pos_ != "PRON"
        for ref in actor_refs(child)
    ]
    for child in meeting.children:
        if child.lemma_.lower() not in _SPONSORING_LEMMAS or child.tag_ != "VBN":
            continue
        if child.dep_ == "acl":
            named += agent_refs(child)  # "a summit hosted by Russia"
        elif child.dep_ == "amod":  # "a Russian-sponsored conference"
            named += [
                ref
                for sponsor in child.children
                if sponsor.dep_ in OWNER_DEPS | {"npadvmod"}
                and (entity := entity_of(sponsor)) is not None
                for ref in [_named_party(entity, sponsor)]
                if ref is not None
            ]
    return named


def _named_party(entity: Span, word: Token) -> ActorRef | None:
    """The party a name or demonym names: "Russian" is Russia, "Moscow" Moscow."""
    if entity.label_ == "NORP":
        return demonym_ref(entity, is_subject=False)
    return ref_from_entity(entity, word, is_subject=False)


# The targets of a verb, tried in this order; the first rule that finds any wins.
VERBAL_TARGET_RULES: tuple[tuple[str, TargetRule], ...] = (
    ("controlled place", _control_targets),  # "took control of a series of YPG points"
    ("grievance", _grievance_targets),  # "complained to the UN over Israeli raids"
    ("warned action", _warned_targets),  # "warned America that an operation against X is near"
    ("objects", object_targets),  # "met Moon", "met with Moon", "lifted sanctions against Sudan"
    ("warned doer", _warned_doers),  # "warned that a Syrian assault would lead to disaster"
    ("warned doer before", _warned_doers_before),  # "an assault ... warned against an assault"
    ("shared object", _shared_object_targets),  # "is killing or imprisoning Kurds"
    ("complement", _complement_targets),  # "threatened to shell Iraqi towns"
    ("refuge place", _refuge_targets),  # "sought refuge in Germany"
    ("setting partner", _setting_partners),  # "urged restraint in a phone call with Putin"
    ("met partner", _met_partners),  # "met Erdoğan in Ankara and urged restraint"
    ("particle object", _particle_targets),  # "Isis swept across Syria", "fought alongside X"
    ("left place", _left_place_targets),  # "pull US troops out of Syria"
    ("left accord party", _left_accord_parties),  # "critics of the Iran deal ... to pull out"
    ("left accord partner", _left_accord_partner),  # "A and B struck a deal ... A pulled out"
    ("meeting host", _meeting_hosts),  # "boycotted a Russian-sponsored peace conference"
    ("helped party", _helped_parties),  # "sent troops to help defend Mali"
    ("pledge partner", _pledge_partners),  # "reneged on its commitment to the Kurds"
    ("named subject", _named_subject_targets),  # "which Ankara says is a terror group"
    ("controlled subject", _controlled),  # "allowed the candidate to stand"
    ("defied demand", _defied_demanders),  # "declined to step down despite pressure from X"
    ("answered demand", answered_demanders),  # "Russia offered to help. Obama agreed"
    ("reported demand", _reported_demanders),  # "X say the UK has stonewalled requests for help"
    ("protested", _protest_targets),  # "began a hunger strike to protest against X"
    ("voiced grievance", _voiced_grievance),  # "blocked a road to show disapproval of X"
    ("force purpose", _force_purpose_targets),  # "opened fire to disperse the crowd"
    ("fought for", _fought_for_targets),  # "fighting to defeat both Assad and Isis"
    ("force governing", _force_governing_targets),  # "fired on the crowd, killing three"
    ("suspected side", _suspected_sides),  # "captured foreigners suspected of being Isis fighters"
    ("victims", _victim_objects),  # "shot and wounded fleeing family members"
)
# The targets of an event noun carried by a light verb, when the noun names none itself.
LIGHT_VERB_TARGET_RULES: tuple[tuple[str, TargetRule], ...] = (
    ("light dative", _light_dative),  # "gave Kenya a grant"
    ("light target", _light_prep_targets),  # "imposed sanctions on Iran"
    ("inner target", _light_inner_targets),  # "provided assistance to Yemen"
    ("place-hung target", _light_place_hung),  # "staged a protest outside the stadium against X"
    ("protested", _light_protested),  # "staged a rally to protest against X"
    ("protest manner", _light_protest_manner),  # "continued a strike in protest of X"
    ("voiced grievance", _light_voiced_grievance),  # "held a rally to voice anger at X"
    ("force purpose", _light_purpose_targets),  # "opened fire to disperse X"
)
