"""Senses from context: ``SENSE_RULES``, applied in order, each refining what the one before
gave, may give an event word another sense than its lexicon row's: a promise to harm is a
threat, a tried assassination an attempt, a summons to protest a complaint, force used by
protesters a riot, a call for sanctions against someone a rallying of opposition; a joint action
of several actors is their cooperation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from kg.carriers import carried_event, is_when, lexicon_entry
from kg.extract.actors import actor_refs
from kg.extract.clauses import is_purpose
from kg.extract.rules import SenseRule
from kg.extract.targets import rallied_against
from kg.extract.words import (
    ATTEMPT_LEMMAS,
    INTENT_CODES,
    RALLY_OPPOSITION,
    SUBJECT_DEPS,
    role_kind,
    word_list,
)
from kg.lexicon import LexiconEntry, load_lexicon

_ASSASSINATION = "186"
_ATTEMPTED_ASSASSINATION = "185"
# Military exercises: held by several actors, they are held together.
_EXERCISE_LEMMAS = word_list("exercise_lemmas")
# Words for protesters: force they use is a violent protest.
_PROTESTER_LEMMAS = word_list("protester_lemmas")
# Verbs of summoning an envoy, whose purpose can make the summons a complaint.
_SUMMON_LEMMAS = frozenset({"summon"})
# Verbs of promising: what is promised is the intention, a threat when it is harm.
_PROMISE_LEMMAS = word_list("promise_lemmas")
# Verbs of receiving a visitor, which only a visitor makes a hosting.
_HOSTING_LEMMAS = word_list("hosting_lemmas")
_HOSTING = "043"
# Compounds that make a conference a briefing of reporters: "press conference".
_BRIEFING_COMPOUNDS = word_list("briefing_compounds")
# Verbs that call someone something, and the names that make the calling an accusation.
_NAMING_LEMMAS = word_list("naming_lemmas")
_STIGMA_WORDS = word_list("stigma_words")
_ACCUSE = ("ACCUSE", "112")


def _attempt_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """An assassination tried is coded as the attempt (CAMEO 185)."""
    if entry.cameo != _ASSASSINATION or verb.head.lemma_.lower() not in ATTEMPT_LEMMAS:
        return entry
    return replace(entry, cameo=_ATTEMPTED_ASSASSINATION, note=f"attempted: {entry.note}")


def sense_in_context(verb: Token, entry: LexiconEntry) -> tuple[LexiconEntry, str | None]:
    """The sense ``verb`` takes from its context, with the names of the rules that gave it
    (``SENSE_RULES`` in order, each refining what the one before gave)."""
    names = []
    for name, refine in SENSE_RULES:
        refined = refine(verb, entry)
        if refined != entry:
            names.append(name)
        entry = refined
    return entry, ("sense." + ",".join(names)) if names else None


def _promised_harm(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A promise to harm is a threat: "vowed to retaliate", "pledged to crush the revolt" (coded
    as the intention to do what is promised); any other promise keeps its sense."""
    if entry.type != "AGREE" or verb.lemma_.lower() not in _PROMISE_LEMMAS:
        return entry
    for clause in verb.children:
        if clause.dep_ == "dobj" and clause.pos_ == "NOUN":
            promised = lexicon_entry(clause)  # "vowed revenge"
        elif clause.dep_ == "xcomp" or is_purpose(clause):  # "vowed to fight" (or advcl)
            carried = carried_event(clause)
            promised = lexicon_entry(carried if carried is not None else clause)
        else:
            continue
        coded = INTENT_CODES.get(promised.type) if promised is not None else None
        if coded is not None and coded[0] == "THREATEN":
            note = f"promised harm: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, coded[0], coded[1], None, note)
    return entry


def _branded(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Calling someone a terrorist or a criminal is an accusation (CAMEO 112): "which Ankara
    considers a terrorist group", "described the strikes as a war crime"."""
    if verb.lemma_.lower() not in _NAMING_LEMMAS or entry.type == _ACCUSE[0]:
        return entry
    names = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
    names += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
    for name in names:
        words = {t.lemma_.lower() for t in name.subtree}
        if words & _STIGMA_WORDS:
            note = f"branded: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, _ACCUSE[0], _ACCUSE[1], None, note)
    return entry


def _rallying_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A call, addressed to no one, for hostile action against someone rallies opposition
    against them (CAMEO 113, an ACCUSE): "called for sanctions against Nigeria"."""
    if entry.type != "REQUEST" or verb.pos_ != "VERB" or _addressed(verb):
        return entry
    if not rallied_against(verb):
        return entry
    note = f"rallies opposition: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, "ACCUSE", RALLY_OPPOSITION, None, note)


def _addressed(verb: Token) -> bool:
    """Whether a request names whom it asks: "urged the EU to", "called on Arabs to"."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} and not is_when(c) for c in verb.children
    )


def _riot_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Force used by protesters is a violent protest (CAMEO 145): "protesters stormed the
    embassy", "the embassy was attacked by demonstrators"."""
    if entry.type != "ASSAULT" or verb.pos_ != "VERB":
        return entry
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    doers += [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    if not any(d.lemma_.lower().removesuffix("s") in _PROTESTER_LEMMAS for d in doers):
        return entry
    riot = load_lexicon().lookup("riot", "VERB")
    if riot is None:
        return entry
    return replace(riot, lemma=entry.lemma, note=f"by protesters: {riot.note}")


def _summons_to_complain(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """An envoy summoned to hear a protest is an official complaint (CAMEO 114): "summoned the
    ambassador to protest the remarks"."""
    if verb.lemma_.lower() not in _SUMMON_LEMMAS:
        return entry
    for clause in verb.children:
        purpose = lexicon_entry(clause) if is_purpose(clause) else None
        if purpose is not None and purpose.type in {"ACCUSE", "PROTEST"}:
            complaint = load_lexicon().lookup("complain", "VERB")
            if complaint is not None:
                return replace(complaint, lemma=entry.lemma, note=f"summoned: {complaint.note}")
    return entry


def is_no_event(word: Token, entry: LexiconEntry) -> bool:
    """Whether a word of an event names none here (``NO_EVENT_RULES``)."""
    return any(rule(word, entry) for _, rule in NO_EVENT_RULES)


def _hosted_thing(verb: Token, entry: LexiconEntry) -> bool:
    """A hosting whose guest is a thing ("received US support", "had hosted the UK's base
    areas since 1960", "the assistance rebels have received") receives no visitor."""
    if entry.cameo != _HOSTING or verb.lemma_.lower() not in _HOSTING_LEMMAS:
        return False
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    if not guests and verb.dep_ == "relcl":
        guests = [verb.head]  # "the assistance Syrian rebels have received from the US"
    # "received US, British and European logistical support": the list ends in the thing
    listed = [c for g in guests for c in g.conjuncts if c.pos_ == "NOUN"]
    return bool(guests) and (
        not any(_is_party(g) for g in guests) or any(not _is_party(c) for c in listed)
    )


def _gathered_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Gathering something ("was gathering evidence") is no assembly of protesters."""
    return (
        entry.type == "PROTEST"
        and verb.lemma_.lower() == "gather"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _briefing(noun: Token, entry: LexiconEntry) -> bool:
    """A press or news conference is one side talking to reporters, no meeting of parties."""
    return (
        entry.type == "CONSULT"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.lower_ in _BRIEFING_COMPOUNDS for c in noun.children)
    )


def _is_party(word: Token) -> bool:
    """A word that can name a visitor: a name, a role or group, a pronoun for people."""
    if word.pos_ == "PRON" or actor_refs(word):
        return True
    return role_kind(word.lemma_.lower()) is not None or role_kind(word.lower_) is not None


def is_joint(noun: Token) -> bool:
    """ "joint drills"; and exercises held by several together ("Russia and China held naval
    exercises")."""
    if noun.lemma_.lower() in _EXERCISE_LEMMAS:
        return True
    return any(c.dep_ == "amod" and c.lower_ in {"joint", "combined"} for c in noun.children)


def joint_entry(entry: LexiconEntry) -> LexiconEntry:
    """A joint action of several actors is their cooperation (CAMEO 062 when military)."""
    cameo = "062" if entry.type in {"MOBILIZE", "ASSAULT"} else "060"
    return LexiconEntry(entry.lemma, entry.pos, "COOPERATE", cameo, None, f"joint {entry.note}")


# Senses from context, applied in this order, each to what the one before gave.
SENSE_RULES: tuple[tuple[str, SenseRule], ...] = (
    ("promised harm", _promised_harm),  # "vowed to retaliate": a threat
    ("branded", _branded),  # "considers it a terrorist group": an accusation
    ("attempt", _attempt_entry),  # "tried to assassinate": CAMEO 185
    ("summons to complain", _summons_to_complain),  # "summoned the ambassador to protest"
    ("riot", _riot_entry),  # "protesters stormed the embassy"
    ("rallying", _rallying_entry),  # "called for sanctions against Nigeria"
)


# Words of events that name none in their context, with the rule's name.
NO_EVENT_RULES: tuple[tuple[str, Callable[[Token, LexiconEntry], bool]], ...] = (
    ("hosted thing", _hosted_thing),  # "received US support"
    ("gathered thing", _gathered_thing),  # "was gathering evidence"
    ("briefing", _briefing),  # "his annual press conference"
)
