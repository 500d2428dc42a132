"""Events: the mentions of a Doc, assembled from the steps.

``extract_mentions`` reads each event word (verbs and event nouns of the lexicon, not those a
light verb carries), gives it its sense in context (``kg.extract.senses``), keeps it when
asserted or coded by its modality (``kg.extract.modality``), and pairs its actors and targets
(``kg.extract.participants``) with its date and place (``kg.extract.when_where``). Then the
``CLAUSE_RULES`` add the events that no event word names: a reported obligation of another
("said Sudan must return") is a REQUEST, "according to X" a statement of X.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.carriers import carried_event, lexicon_entry, light_verb_of, objects_of, senses_kept
from kg.extract.actors import (
    actor_refs,
    agent_refs,
    announcer_refs,
    country_of_place,
    demonym_ref,
    qualified_refs,
    reporter_refs,
    speaker_refs,
    subject_refs,
)
from kg.extract.clauses import (
    has_subject,
    is_headline,
    is_to_blame,
    narrated_sentences,
    quotes_kept,
    quoting_verb,
    sentence_of,
    sentences_kept,
    speech_verb,
)
from kg.extract.entities import entity_of, indexed
from kg.extract.holders import (
    enclosing_holder_targets,
    entered_holder_targets,
    entered_place_targets,
    place_anaphor_targets,
)
from kg.extract.modality import ASSERTED, CODED_MODALITIES, modal_entry, modality
from kg.extract.participants import nominal_participants, pairs, verbal_participants
from kg.extract.refs import ActorRef, RawMention
from kg.extract.rules import joined
from kg.extract.senses import is_joint, is_no_event, joint_entry, sense_in_context
from kg.extract.targets import disapproved_refs, object_refs, prep_objects
from kg.extract.when_where import (
    date_text_of,
    own_date,
    own_dates_kept,
    place_targets,
    place_text_of,
    statement_date,
    visited,
)
from kg.extract.words import (
    CONDITION_MARKS,
    FORCE_TYPES,
    PASSIVE_SUBJECT_DEPS,
    PLACE_TARGET_TYPES,
    SUBJECT_DEPS,
    check_lexicon,
    word_list,
)
from kg.gazetteer import load_gazetteer
from kg.lexicon import LexiconEntry, load_lexicon

# Light verbs whose coordinated subjects act on each other: "X and Y traded accusations".
_RECIPROCAL_LEMMAS = frozenset({"trade", "exchange"})
# Fighting that joint actors do to each other: "X and Y clashed", "fought a war".
_MUTUAL_COMBAT_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "skirmish", "war"})
# Statement verbs that, said of two actors together, are a conversation between them ("Putin
# and Erdogan spoke", "talked about Idlib").
_CONVERSATION_LEMMAS = word_list("conversation_lemmas")
# Where and to whom speakers address others, not each other: "spoke in parliament", "spoke to
# reporters", "spoke at a rally".
_FORUM_NOUNS = word_list("forum_nouns")
_FORUM_PREPS = word_list("forum_preps")
# CAMEO's "make a visit": where the visitor arrives is whom they visit.
_VISIT_CODE = "042"
# Diplomatic missions, whose place is the state hosting them: reopening an embassy in Damascus
# resumes dealings with Syria.
_MISSION_NOUNS = word_list("mission_nouns")
# Words of stepping into another state's conflict, whose state names where, not the side
# intervened against: "Russia's military intervention in Syria" (for its government), "the Saudi
# military intervention in Bahrain".
_INTERVENTION_LEMMAS = word_list("intervention_lemmas")
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
# Words of obligation with a "to"-infinitive: "Europe needs to recognise", "ought to clarify".
_NEED_LEMMAS = frozenset({"need", "ought"})
# Retribution another will suffer: in reported speech, a threat ("said X would pay a price").
_RETRIBUTION_LEMMAS = word_list("retribution_lemmas")
_RETRIBUTION_OBJECTS = word_list("retribution_objects")
# Auxiliaries that announce what will happen: "will suffer", "would face consequences".
# Modals that, put before their subject, set a condition: "should Assad transgress again".
_CONDITION_MODALS = frozenset({"should"})
_ANNOUNCING_AUX = frozenset({"will", "would", "'ll"})
# Marks of the condition an ultimatum sets: "if they fail to leave", "unless they leave".
_ULTIMATUM_MARKS = frozenset({"if", "unless"})
# Subjects that are the speaker: "we will pay a price" is no threat against anyone.
_FIRST_PERSON = frozenset({"we", "i"})
# Pronouns by which a reported clause names its speaker: "said it would not", "he would not".
_SPEAKER_PRONOUNS = frozenset({"we", "i", "it", "he", "she", "they"})
# Verbs whose negated future is a forecast or a refusal to comment, no rejection: "it will not
# be easy", "said it would not comment".
_UNREFUSABLE_LEMMAS = word_list("unrefusable_lemmas")
# Statements of what will happen, whose "he will not" is a forecast, often of someone else.
_FORECASTING_LEMMAS = word_list("forecasting_lemmas")
# Words of disapproval and of blame: in reported speech, the speaker's criticism of someone.
_DISAPPROVING_WORDS = word_list("disapproval_words") | word_list("disapproval_feelings")
_BLAME_WORDS = word_list("blame_words")
# Prepositions that make their subject the culprit of what they name: "said Russia was behind
# the attack"; and the pronouns that stand for a harm just told of ("was behind this").
_CULPRIT_PREPS = word_list("culprit_preps")
_CULPRIT_PRONOUNS = word_list("culprit_pronouns")
# Nouns that condemn what they name ("was a betrayal") and adverbs that condemn an act
# ("treating him unfairly").
_DAMNING_WORDS = word_list("damning_words")
_DISAPPROVAL_ADVERBS = word_list("disapproval_adverbs")
# What is blamed when someone is "responsible for" it: a harm, or an act of force.
_HARM_NOUNS = word_list("harm_nouns")
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "ACCUSE"})
# Where a word of disapproval stands as what the reported clause says ("is unacceptable", "was
# concerned"), not as a modifier ("stories critical of Modi").
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "ccomp", "ROOT"})
# Event types a statement's context can give a plain verb of saying (the speaker's statement
# stays coded beside them), and those verbs.
_POINTED_TYPES = frozenset({"ACCUSE"})
_PLAIN_SAYING_LEMMAS = frozenset({"say"})
# Modals that make a reported feeling advice: "should be concerned".
_ADVISING_MODALS = word_list("modal_lemmas")
# Verbs of fighting, whose "with" names an ally when an "against" names the foe: "Kurdish
# forces who have fought with the US against Isis".
_FIGHTING_LEMMAS = frozenset({"fight", "battle"})


def _intervened_in_state(entry: LexiconEntry, place: ActorRef) -> bool:
    """An intervention in a state: in its conflict, on a side the state's name does not tell
    ("Russia's military intervention in Syria"); a held town's holder may ("in Afrin")."""
    if entry.lemma not in _INTERVENTION_LEMMAS:
        return False
    named = load_gazetteer().lookup(place.text)
    return named is not None and named.kind == "state"


def _is_combat(entry: LexiconEntry) -> bool:
    """Fighting, which two sides do to each other: "fought", "a war", "clashes"."""
    return entry.lemma in _MUTUAL_COMBAT_LEMMAS


def _is_obligation(verb: Token) -> bool:
    """A reported obligation of another actor: "said that Sudan must return the helicopter",
    "saying Washington ought to clarify", "Europe needs to recognise", the speaker's own ("we
    need to") left out, and so are an obligation in the passive, whose subject is what is done,
    not who must do it ("said they should be brought to justice"), and a condition put as
    "should" before its subject ("hinted at a response should Assad transgress again")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    obliged = any(
        c.dep_ == "aux" and c.lemma_.lower() in _OBLIGATION_LEMMAS for c in verb.children
    ) or (
        verb.lemma_.lower() in _NEED_LEMMAS
        and any(_is_to_infinitive(verb, c) for c in verb.children)
    )
    return (
        verb.pos_ in {"VERB", "AUX"}
        and obliged
        and has_subject(verb)
        and not any(s.lower_ in _FIRST_PERSON for s in _subjects(verb))
        and speech_verb(verb) is not None
        and _clause_is_plain(verb)
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not _is_inverted_condition(verb)
    )


def _is_inverted_condition(verb: Token) -> bool:
    """ "should Assad transgress": the modal before the subject, a condition, not a duty."""
    modals = [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ in _CONDITION_MODALS]
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(modals and subjects) and min(modals) < min(subjects)


def _is_to_infinitive(verb: Token, clause: Token) -> bool:
    """ "(needs) to recognise": the infinitive right after the verb (which the parser may read
    as a purpose, "needed to stop")."""
    return clause.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i + 1 for c in clause.children
    )


def _clause_is_plain(verb: Token) -> bool:
    """No negation or condition on the obliged clause ("must not" is a demand too, but kept out)."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) for c in verb.children
    )


def _obligation_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """The speaker demands of the obliged: "Russia said Sudan must return it" is a REQUEST."""
    obliged = [r for s in verb.children if s.dep_ in SUBJECT_DEPS for r in actor_refs(s)]
    yield from _reported_mentions(verb, "demand", obliged, rule)


def _is_reported_disapproval(word: Token) -> bool:
    """A word of disapproval or blame that a statement reports as its speaker's view: "said the
    silence of the Nato members is unacceptable", "said he was concerned about", "said Russia
    was responsible", "said the deal was a betrayal", "insisting all three are treating him
    unfairly"."""
    return (
        _is_disapproving(word)
        and speech_verb(_reported_predicate(word)) is not None
        and _clause_is_plain(word)
        and _clause_is_plain(word.head)
        and not _is_advised(word)
    )


def _is_disapproving(word: Token) -> bool:
    """A predicate of disapproval ("is unacceptable", "was concerned", "was a betrayal"), of
    blame ("was responsible"), or a manner of acting that condemns it ("treating him unfairly");
    no modifier ("stories critical of Modi")."""
    lemma, pos = word.lower_, word.pos_
    if pos == "ADP":
        return lemma in _CULPRIT_PREPS and _is_culprit_phrase(word)
    if is_to_blame(word):
        return True  # "said Russia was to blame"
    if pos == "ADV":
        return lemma in _DISAPPROVAL_ADVERBS and word.dep_ == "advmod"
    if pos == "NOUN":
        return word.lemma_.lower() in _DAMNING_WORDS and word.dep_ == "attr"
    return (
        (lemma in _DISAPPROVING_WORDS or (lemma in _BLAME_WORDS and _blames(word)))
        and pos in {"ADJ", "VERB"}
        and word.dep_ in _PREDICATE_DEPS
    )


def _is_culprit_phrase(prep: Token) -> bool:
    """ "(Russia) was behind the attack", "was behind this": the preposition as what "be" says
    of its subject, its object a harm or a pronoun standing for one; not "politics are behind
    the decision"."""
    if prep.dep_ != "prep" or prep.head.lemma_.lower() != "be":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        _is_harm(thing) or thing.lower_ in _CULPRIT_PRONOUNS for thing in objects
    )


def _blames(word: Token) -> bool:
    """ "Russia was responsible", "responsible for the attack": blame, unlike a duty
    ("responsible for uncovering the fate of the disappeared")."""
    held_for = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"]
    return all(_is_harm(thing) for prep in held_for for thing in prep.children)


def _is_harm(thing: Token) -> bool:
    """An act of force or harm, or its toll: "the attack", "the deaths", "the crisis"."""
    entry = lexicon_entry(thing) if thing.pos_ in {"NOUN", "VERB"} else None
    return thing.lemma_.lower() in _HARM_NOUNS or (
        entry is not None and entry.type in _HOSTILE_TYPES
    )


def _is_advised(word: Token) -> bool:
    """A feeling someone should or could have is advice, no disapproval: "said Australia
    should be concerned about the security risk"."""
    clause = word.head if word.dep_ in {"acomp", "attr", "advmod"} else word
    return any(
        c.dep_ == "aux" and c.lemma_.lower() in _ADVISING_MODALS
        for node in {word, clause}
        for c in node.children
    )


def _disapproval_mentions(word: Token, rule: str) -> Iterator[RawMention]:
    """The speaker criticises (CAMEO 111) or blames (112) whom the reported disapproval is aimed
    at; a statement of the speaker all the same, as the codebook has it."""
    blamed = word.lower_ in _BLAME_WORDS | _CULPRIT_PREPS or is_to_blame(word)
    action = "blame" if blamed else "criticise"
    yield from _reported_mentions(_reported_predicate(word), action, disapproved_refs(word), rule)


def _reported_predicate(word: Token) -> Token:
    """The word a statement reports: the disapproving word, or the act an adverb condemns
    ("acted illegally": "acted")."""
    return word.head if word.dep_ == "advmod" else word


def _is_reported_retribution(verb: Token) -> bool:
    """What a statement says another will suffer for something they do: "said any groups that
    do not attend will suffer as a consequence", "said Damascus would face consequences if it
    struck a deal with the YPG". A plain forecast ("said civilians would pay the price") names
    no act it is the price of, and is no threat."""
    if verb.pos_ != "VERB":
        return False
    suffered = verb.lemma_.lower() in _RETRIBUTION_LEMMAS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RETRIBUTION_OBJECTS for c in verb.children
    )
    return (
        suffered
        and verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lemma_.lower() in _ANNOUNCING_AUX for c in verb.children)
        and speech_verb(verb) is not None
        and _clause_is_plain(verb)
        and not any(s.lower_ in _FIRST_PERSON for s in _subjects(verb))
        and _is_conditioned(verb)
    )


def _is_conditioned(verb: Token) -> bool:
    """An outcome tied to what its subject does: "if it struck a deal", "any groups that do not
    attend"."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    ) or any(c.dep_ == "relcl" for s in _subjects(verb) for c in s.children)


def _threat_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """The speaker threatens whom the retribution will fall on (CAMEO 130), named or not."""
    threatened = [r for s in _subjects(verb) for r in actor_refs(s)]
    yield from _reported_mentions(verb, "threaten", threatened, rule, untargeted=True)


def _is_announced_force(verb: Token) -> bool:
    """Force a statement says will be used, by no one named, if another acts: "Putin said an
    offensive would be launched imminently if jihadist groups failed to leave". The speaker's
    side will use it: an ultimatum of the speaker's (a plain forecast names no condition)."""
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and _is_force(verb)
        and any(c.dep_ == "aux" and c.lemma_.lower() in _ANNOUNCING_AUX for c in verb.children)
        and speech_verb(verb) is not None
        and _clause_is_plain(verb)
        and bool(_conditions(verb))
    )


def _is_force(verb: Token) -> bool:
    """An act of force: the verb's ("would be attacked") or its subject's ("an offensive would
    be launched")."""
    words = [verb, *(c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS)]
    return any(
        (entry := lexicon_entry(word)) is not None and entry.type == "ASSAULT" for word in words
    )


def _conditions(verb: Token) -> list[Token]:
    """The clauses of condition on ``verb``: "if jihadist groups failed to leave"."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _ULTIMATUM_MARKS for m in c.children)
    ]


def _ultimatum_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """The speaker threatens whom the condition names (CAMEO 139, give ultimatum), named or not."""
    threatened = [r for c in _conditions(verb) for s in _subjects(c) for r in actor_refs(s)]
    yield from _reported_mentions(verb, "ultimatum", threatened, rule, untargeted=True, pos="NOUN")


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _is_announced_refusal(verb: Token) -> bool:
    """What a speaker says it will not do, when no lexicon row codes the act: "said he would
    not risk British lives", "said it will not let refugees across", "said he was not going to
    put any Australian life at risk" (a refusal of an act the lexicon knows is coded by its
    modality). "will not tolerate" warns rather than refuses."""
    if verb.pos_ != "VERB":
        return False  # most words: no need to find what announces them
    lemma = verb.lemma_.lower()
    head = _announcing_head(verb)
    return (
        lemma not in _UNREFUSABLE_LEMMAS
        and _is_announced_negation(head)  # before whose subject it is: most clauses have none
        and _names_the_speaker(head)
        and _names_no_event(verb)
        and not any(c.dep_ == "auxpass" for c in verb.children)  # "they would not be abandoned"
        and (speech := speech_verb(head)) is not None
        and speech.lemma_.lower() not in _FORECASTING_LEMMAS  # "predicted he will not make gains"
        and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in head.children)
    )


def _names_the_speaker(verb: Token) -> bool:
    """Whether the subject of what a speaker says will not be done is the speaker: a pronoun
    ("said it would not risk British lives"), or the state the speaker speaks for ("Erdoğan ramped
    up his rhetoric, insisting Ankara would not participate in ...")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(s.lower_ in _SPEAKER_PRONOUNS for s in subjects):
        return True
    states = {_state_of(s) for s in subjects} - {None}
    return bool(states) and any(
        (ref.country or country_of_place(ref.text)) in states for ref in speaker_refs(verb)
    )


def _state_of(subject: Token) -> str | None:
    """The country a subject names as a state or its capital ("Ankara", "Turkey")."""
    entity = entity_of(subject)
    return country_of_place(entity.text) if entity is not None and entity.label_ == "GPE" else None


def _announcing_head(verb: Token) -> Token:
    """The verb that carries what announces ``verb``'s act, its subject and its negation: the
    verb itself ("he would not risk"), or the "going" whose open complement it is ("he was not
    going to put")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG":
        return head
    return verb


def _names_no_event(verb: Token) -> bool:
    """No lexicon row codes the act here: none at all, or one that names no event in this
    context ("said he would not leave", where only forces leaving withdraw)."""
    entry = lexicon_entry(verb)
    return entry is None or is_no_event(verb, entry)


def _is_announced_negation(verb: Token) -> bool:
    """ "will not", "would not", "won't", "is not going to": not "would not have" (what did
    not happen)."""
    auxes = [c.lemma_.lower() for c in verb.children if c.dep_ == "aux"]
    going = verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and "be" in auxes
    return (
        (going or any(a in _ANNOUNCING_AUX or a == "wo" for a in auxes))
        and "have" not in auxes
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _refusal_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """The speaker rejects (CAMEO 120) what it says it will not do; who it will not have
    doing something, where it names them: "Turkey will not countenance Assad remaining in
    power" (Assad)."""
    yield from _reported_mentions(verb, "refuse", _refused_doers(verb), rule, untargeted=True)


def _refused_doers(verb: Token) -> list[ActorRef]:
    """The subjects of a gerund clause a refused verb takes: "countenance Assad remaining"."""
    return [
        ref
        for clause in verb.children
        if clause.dep_ == "ccomp" and clause.tag_ == "VBG"
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS and subject.pos_ != "PRON"
        for ref in object_refs(subject)
    ]


def _reported_mentions(
    word: Token,
    action: str,
    targets: list[ActorRef],
    rule: str,
    *,
    untargeted: bool = False,
    pos: str = "VERB",
) -> Iterator[RawMention]:
    """The event the lexicon's ``action`` (a word of ``pos``) names of the speakers of the
    statement reporting ``word``'s clause upon ``targets``, dated by the statement: none without
    speakers, nor without targets unless ``untargeted``."""
    entry = load_lexicon().lookup(action, pos)
    speakers = speaker_refs(word)
    if entry is None or not speakers or not (targets or untargeted):
        return
    yield from _clause_mentions(
        word, pairs(speakers, targets, entry), action, entry, statement_date(word), 0.7, rule
    )


def _clause_mentions(
    word: Token,
    participants: Iterable[tuple[ActorRef, ActorRef | None]],
    action: str,
    entry: LexiconEntry,
    date_text: str | None,
    confidence: float,
    rule: str,
) -> Iterator[RawMention]:
    """The mentions a clause rule makes in ``word``'s sentence, one per (actor, target)."""
    sentence = _trimmed(sentence_of(word))
    for actor, target in participants:
        yield RawMention(
            actor=actor,
            action=action,
            type=entry.type,
            cameo=entry.cameo,
            target=target,
            date_text=date_text,
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=confidence,
            rule=rule,
        )


def _addresses_forum(verb: Token) -> bool:
    """Speakers who address a forum or an audience ("Salih Muslim and the leaders of Rojava have
    ... spoken in parliament", "spoke to reporters"): no conversation between them."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _FORUM_PREPS
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _FORUM_NOUNS for p in prep.children)
        for prep in verb.children
    )


def _aims_at_place(entry: LexiconEntry) -> bool:
    """Whether the place of an event stands for its target: for force, coercion, sanctions and
    the like (not a fight's battleground), and for what is done with a diplomatic mission."""
    if entry.particle in _MISSION_NOUNS:
        return True
    return entry.type in PLACE_TARGET_TYPES and not _is_combat(entry)


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
        actors, targets, confidence, rule, paired = nominal_participants(predicate, entry)
    else:
        actors, targets, confidence, rule, paired = verbal_participants(predicate, entry)
    if not actors:
        return
    if (
        entry.lemma in _CONVERSATION_LEMMAS
        and len(actors) > 1
        and not targets
        and not _addresses_forum(predicate)
    ):
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
    if not targets and _aims_at_place(entry):
        # "imposed a curfew in Cizre": the place's state is the target; where a fight is fought
        # ("Kurdish forces fighting in Syria") is no side of it; "reopened its embassy in
        # Damascus": the host of a mission
        targets = place_targets(anchor, actors, nominal=light is None and nominal)
        if not targets and light is not None:
            # "claimed responsibility for a shooting on a church in Cairo": where the noun is
            targets = place_targets(predicate, actors, nominal=True)
        targets = [t for t in targets if not _intervened_in_state(entry, t)]
        held = enclosing_holder_targets(targets, entry.type, predicate.doc)
        rule = joined(rule, ("held place target" if held else "place target") if targets else None)
        targets = held or targets
    if not targets:
        # "launched an incursion into Kurdish-held territory": the holder of where force goes
        targets = entered_holder_targets(predicate, anchor, entry.type)
        rule = joined(rule, "entered held place" if targets else None)
    if not targets:
        # "Turkey's military incursion into Afrin": the place an attack goes into
        targets = entered_place_targets(predicate, anchor, entry.type)
        rule = joined(rule, "entered place" if targets else None)
    if not targets and entry.type in FORCE_TYPES:
        # "pound the area": the place named just before, whose holder is the target
        targets = place_anaphor_targets(predicate, nominal=nominal)
        rule = joined(rule, "place anaphor" if targets else None)
    reciprocal = (light is not None and light.lemma_.lower() in _RECIPROCAL_LEMMAS) or (
        _is_combat(entry) and not targets
    )  # "Israel and Hezbollah fought a war": each fought the other
    entry = coded_as or entry
    sentence = _trimmed(sentence_of(predicate))
    announcers = announcer_refs(predicate) if intended else []
    announcer = announcers[0] if len(announcers) == 1 else None
    reporters = tuple(reporter_refs(predicate))
    for actor, target in pairs(actors, targets, entry, reciprocal=reciprocal, paired=paired):
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
            reporters=reporters,
        )


def _body_sentences(doc: Doc) -> list[Span]:
    """The sentences that report news: not headline-style lines, nor the writer's own first
    person ("When I asked Ricardo about their comments, he dismissed them")."""
    narrated = narrated_sentences(doc)
    return [
        sentence
        for sentence in doc.sents
        if not is_headline(sentence) and sentence.start not in narrated
    ]


def _is_pointed_statement(verb: Token, said: LexiconEntry, meant: LexiconEntry) -> bool:
    """A plain verb of saying whose context makes it an accusation ("said Trump's comments were
    a violation of sovereignty"): the speaker's statement too, as the codebook codes what
    "said" reports beside the statement."""
    return (
        said.type == "STATEMENT"
        and meant.type in _POINTED_TYPES
        and verb.lemma_.lower() in _PLAIN_SAYING_LEMMAS
    )


def extract_mentions(doc: Doc) -> Iterator[RawMention]:
    """Yield the asserted events of ``doc`` in document order; never modifies the Doc."""
    check_lexicon()
    with (
        indexed(doc),
        senses_kept(doc),
        sentences_kept(doc),  # before the quotes, whose index reads it
        quotes_kept(doc),
        own_dates_kept(doc),
    ):
        yield from _extract_mentions(doc)


def _extract_mentions(doc: Doc) -> Iterator[RawMention]:
    sentences = _body_sentences(doc)
    reported: set[int] = set()  # the sentences with a verb of statement, by their start
    for sentence in sentences:
        for token in sentence:
            if token.pos_ not in {"VERB", "NOUN"}:
                continue
            entry = lexicon_entry(token)
            if entry is None:
                continue
            if token.pos_ == "VERB" and entry.type == "STATEMENT":
                reported.add(sentence.start)
            yield from _word_mentions(token, entry)
    for sentence in sentences:
        if quoting_verb(sentence.root) is not None:
            reported.add(sentence.start)  # a quotation goes on: '“... We are ready.”'
    for sentence in sentences:
        rules = CLAUSE_RULES if sentence.start in reported else _UNREPORTED_CLAUSE_RULES
        for token in sentence:
            for rule in rules:
                if rule.applies(token):
                    yield from rule.mentions(token, rule.name)
                    break


def _word_mentions(token: Token, said: LexiconEntry) -> Iterator[RawMention]:
    """The mentions of an event word the lexicon knows (as ``said``), in its sense and modality
    here."""
    if carried_event(token) is not None:
        return  # "held talks", "imposed sanctions": the noun names the event
    entry, sense = sense_in_context(token, said)
    if is_no_event(token, entry):
        return  # "received US support": no visitor
    found = modality(token)
    if found == ASSERTED:
        yield from _mentions_for(token, entry, sense=sense)
        if _is_pointed_statement(token, said, entry):
            yield from _mentions_for(token, said)  # a statement all the same
        return
    coded = modal_entry(entry, found, token) if found in CODED_MODALITIES else None
    if coded is not None:
        yield from _mentions_for(token, entry, coded_as=coded, sense=sense)


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
    date_text = own_date(according.head, nominal=False)
    participants = ((source, None) for source in sources)
    yield from _clause_mentions(according, participants, "according to", say, date_text, 0.7, rule)


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
    # the revocation's own date, else its order's: "ordered that Begum be stripped of her
    # British citizenship last month"
    date_text = own_date(verb, nominal=False) or date_text_of(asserting, nominal=False)
    participants = pairs(actors, targets, revoke)
    yield from _clause_mentions(
        citizenship, participants, revoke.lemma, revoke, date_text, 0.75, rule
    )


def _is_fight_beside_ally(verb: Token) -> bool:
    """A fight against a foe "with" someone, who is an ally: "Kurdish Syrian forces who have
    fought with the US against Isis" (the fight itself is the verb's own event)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _FIGHTING_LEMMAS
        and bool(objects_of(verb, "against"))
        and bool(objects_of(verb, "with"))
    )


def _ally_mentions(verb: Token, rule: str) -> Iterator[RawMention]:
    """Who fights with an ally against a foe cooperates with the ally (CAMEO 062), as "fought
    alongside" says."""
    ally = load_lexicon().lookup("fight", "VERB", ["alongside"])
    if ally is None or modality(verb) != ASSERTED:
        return
    fight = lexicon_entry(verb)
    fighters = verbal_participants(verb, fight).actors if fight is not None else []
    allies = prep_objects(verb, frozenset({"with"}), owners=True)
    if not fighters or not allies:
        return
    participants = pairs(fighters, allies, ally)
    date_text = date_text_of(verb, nominal=False)
    yield from _clause_mentions(verb, participants, ally.lemma, ally, date_text, 0.75, rule)


class ClauseRule(NamedTuple):
    """A rule for events that no event word names: whether it applies at a token, and the
    mentions it makes there, given its name. A ``reported_only`` rule needs the verb of
    statement that reports the clause (``speech_verb``), so it is not tried in a sentence with
    none."""

    name: str
    applies: Callable[[Token], bool]
    mentions: Callable[[Token, str], Iterator[RawMention]]
    reported_only: bool = False


# Tried at each token in this order; the first rule that applies makes the token's mentions.
CLAUSE_RULES: tuple[ClauseRule, ...] = (
    # "said Sudan must return it"
    ClauseRule("obligation", _is_obligation, _obligation_mentions, reported_only=True),
    # "called the strikes unacceptable"
    ClauseRule(
        "reported disapproval", _is_reported_disapproval, _disapproval_mentions, reported_only=True
    ),
    # "X would pay a price"
    ClauseRule(
        "reported retribution", _is_reported_retribution, _threat_mentions, reported_only=True
    ),
    # "would not risk lives"
    ClauseRule("announced refusal", _is_announced_refusal, _refusal_mentions, reported_only=True),
    # "said an offensive would be launched if jihadist groups failed to leave"
    ClauseRule("announced force", _is_announced_force, _ultimatum_mentions),
    ClauseRule("according to", _is_according_to, _according_to_mentions),  # "..., according to"
    # "forces who have fought with the US against Isis"
    ClauseRule("ally in a fight", _is_fight_beside_ally, _ally_mentions),
    # "ordered her citizenship revoked", "had her British citizenship revoked"
    ClauseRule("revoked citizenship", _is_revoked_citizenship, _revocation_mentions),
)
_UNREPORTED_CLAUSE_RULES = tuple(rule for rule in CLAUSE_RULES if not rule.reported_only)
