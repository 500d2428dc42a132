"""Senses from context: ``SENSE_RULES``, applied in order, each refining what the one before
gave, may give an event word another sense than its lexicon row's: a promise to harm is a
threat, a tried assassination an attempt, a summons to protest a complaint, force used by
protesters a riot, a call for sanctions against someone a rallying of opposition; a joint action
of several actors is their cooperation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.carriers import (
    carried_event,
    is_lexicon_type,
    is_when,
    lexicon_entry,
    light_verb_of,
    objects_of,
)
from kg.extract.actors import actor_refs
from kg.extract.clauses import (
    CAMPAIGN_NOUNS,
    governing_verb,
    has_subject,
    is_purpose,
    is_statement_verb,
    is_to_blame,
    quotation_of,
)
from kg.extract.entities import entity_of
from kg.extract.modality import INTENDED, modality
from kg.extract.rules import SenseRule
from kg.extract.targets import (
    controlled_places,
    is_affiliation,
    is_anothers_deed,
    is_asking,
    named_complement,
    owner_refs,
    rallied_against,
    stands_alone,
    warned_acts,
)
from kg.extract.words import (
    ARMED_FORCE_WORDS,
    ATTEMPT_LEMMAS,
    CONDITION_MARKS,
    INTENT_CODES,
    PLACE_NOUNS,
    RALLY_OPPOSITION,
    SUBJECT_DEPS,
    is_person_role,
    role_kind,
    roles,
    word_list,
)
from kg.gazetteer import city_country, load_gazetteer
from kg.lexicon import LexiconEntry, load_lexicon

_ASSASSINATION = "186"
_ATTEMPTED_ASSASSINATION = "185"
# Military exercises: held by several actors, they are held together.
_EXERCISE_LEMMAS = word_list("exercise_lemmas")
# Verbs of leaving that, said of a person leaving no body or agreement, leave office ("the
# defense secretary quit"), and the offices they may name as left ("quit their roles").
_OFFICE_QUITTING_LEMMAS = word_list("office_quitting_lemmas")
_OFFICE_NOUNS = word_list("office_nouns")
# Agreements a party may leave: "withdraw from the Iran deal", "pull out of the treaty".
_ACCORD_NOUNS = word_list("accord_nouns")
# Prepositions of what is left: "withdraw from", "pull out of".
_LEFT_PREPS = frozenset({"from", "of"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "who"})
# Verbs that state something only with what they state: "maintains that", "ruled that" (not
# "maintained a presence", "ruled Syria").
_CONTENT_STATEMENT_LEMMAS = word_list("content_statement_lemmas")
# Things taken, not said, when they are what is "claimed": "the territory it claimed in 2014",
# "have claimed several high-profile prisoners", "the war has claimed thousands of lives".
_CLAIMED_POSSESSIONS = word_list("claimed_possessions")
# Event types of words: what is said, criticised, asked, refused or threatened.
_VERBAL_TYPES = frozenset({"STATEMENT", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
# Verbs of assembling, which with an object gather something rather than protesters ("was
# gathering evidence", "rallied followers to join").
_GATHERING_LEMMAS = word_list("gathering_lemmas")
# Words for protesters: force they use is a violent protest.
_PROTESTER_LEMMAS = word_list("protester_lemmas")
# Verbs of summoning an envoy, whose purpose can make the summons a complaint.
_SUMMON_LEMMAS = frozenset({"summon"})
# Verbs of promising: what is promised is the intention, a threat when it is harm.
_PROMISE_LEMMAS = word_list("promise_lemmas")
# Verbs of putting a plan forward: measures for others to take are asked for (PETRARCH's
# PROPOSE, CAMEO 020), one's own part in an action is offered.
_PROPOSING_LEMMAS = word_list("proposing_lemmas")
# Event types of actions a proposer offers to take part in: "proposed talks", "proposed aid".
_OFFERED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT"})
_APPEAL = ("REQUEST", "020")
# Nouns of announcing: an announcement that its side will act is the intention announced.
_ANNOUNCEMENT_NOUNS = word_list("announcement_nouns")
# Adverbs that deny what a promised clause says will be done: "vowed that it would never".
_NEVER_WORDS = frozenset({"never"})
# Verbs of receiving a visitor, which only a visitor makes a hosting.
_HOSTING_LEMMAS = word_list("hosting_lemmas")
_HOSTING = "043"
# Verbs of taking apart, one's own arms (disarming) or another's (destroying).
_DISMANTLE_LEMMAS = frozenset({"dismantle"})
# Setting a place free from someone: "the campaign to free Raqqa from Isis" is force against
# Isis (setting people free is a release).
_FREEING_LEMMAS = frozenset({"free"})
# Entity labels of places.
_PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
# CAMEO's "return, release persons": only people (or their bodies) are released.
_RELEASE_PERSONS = "0841"
# Nouns of doing that "sanction" approves: "the move was sanctioned by Moscow".
_APPROVED_ACTION_NOUNS = word_list("approved_action_nouns")
# Compounds that make a conference a briefing of reporters: "press conference".
_BRIEFING_COMPOUNDS = word_list("briefing_compounds")
# Verbs that call someone something, and the names that make the calling an accusation.
_NAMING_LEMMAS = word_list("naming_lemmas")
_STIGMA_WORDS = word_list("stigma_words")
# Groups outlawed as terrorist almost everywhere, whose names brand whoever is tied to them:
# "sees the YPG as the Syrian branch of the PKK", "a man linked to Isis".
_OUTLAWED_GROUPS = word_list("outlawed_groups")
# The prepositions of what an affiliation word ties someone to: "linked to", "allied with",
# "indistinguishable from", "an extension of".
_AFFILIATION_PREPS = frozenset({"of", "to", "with", "from"})
# What a naming verb may call a deed to condemn it: "described the situation as hell on earth",
# "called the decision a betrayal", "described it as unacceptable".
_CONDEMNING_NAMES = word_list("damning_words") | word_list("disapproval_words")
# Multi-word names of groups outlawed as terrorist, as the parser's entity spells them.
_OUTLAWED_GROUP_NAMES = word_list("outlawed_group_names")
# Words by which a red line is drawn: saying, promising, naming; where it is: the object of
# what is said, or what a deed is called ("would cross a red line", "called it a red line"; not
# "is a red line for Turkey", which names no one who would cross it).
_RED_LINE_DRAWING_TYPES = frozenset({"STATEMENT", "AGREE"})
_SAID_DEPS = frozenset({"ccomp", "oprd"})
_WARN = ("THREATEN", "130")
# What a promise says will be done or be: an object, a "to"-infinitive or a that-clause.
_PROMISED_DEPS = frozenset({"dobj", "xcomp", "ccomp", "advcl"})
# Verbs that link a subject to what is said of it: "would be over", "would remain closed".
_LINKING_LEMMAS = word_list("linking_lemmas")
# Verbs of taking or keeping people captive, which an outlawed group does as hostage-taking.
_CAPTIVE_TAKING_LEMMAS = word_list("captive_taking_lemmas")
_ACCUSE = ("ACCUSE", "112")
_CRITICISE = ("ACCUSE", "111")
# What a refusal to comment withholds: "declined to comment", "refused to give details".
_WITHHELD_SPEECH_LEMMAS = word_list("withheld_speech_lemmas")
_WITHHELD_SPEECH_OBJECTS = word_list("withheld_speech_objects")
_DECLINE_COMMENT = ("STATEMENT", "011")
# Urging someone to act: the sense of a warning to do or not do something.
_URGING = ("REQUEST", "100")
# Threatening to repress (CAMEO 137): what a warning against protesting does.
_REPRESSION_THREAT = ("THREATEN", "137")
# Verbs of warning, which urge when they tell someone what to do ("warned Trump to avoid").
_WARNING_LEMMAS = word_list("warning_lemmas")
# What a warning threatens when it warns of it: "warned of retaliation", "of consequences", "of
# a military operation".
_ANSWER_NOUNS = word_list("answer_nouns")
_WARNED_ANSWERS = word_list("retribution_objects") | _ANSWER_NOUNS
# A call is a telephone call (CONSULT 041) with a word of the line ("phone call") or a party it
# is with, to or from; else a public demand ("Iran made a similar call", "his calls").
_CALL_LEMMAS = frozenset({"call"})
_PHONE_WORDS = word_list("phone_words")
_CALLED_PARTY_PREPS = frozenset({"with", "between", "to", "from", "by"})
# Verbs of speaking, and the prepositions of a line they speak on: "spoke to Putin by phone".
_CONVERSATION_LEMMAS = word_list("conversation_lemmas")
_LINE_PREPS = frozenset({"by", "on", "over", "via"})
_LINE_WORDS = _PHONE_WORDS - {"conference"}
_PHONE_CALL = "041"
# Light verbs with which a call is held between its parties: "held a call", "had a call".
_CONVERSING_LEMMAS = frozenset({"hold", "have"})
# Words of regret, and the prepositions of what is regretted: regret "at" or "over" another's
# deed deplores it, no apology ("expressed regret at Russia's use of its veto").
_REGRET_LEMMAS = frozenset({"regret"})
_REGRETTED_PREPS = ("at", "over", "about")
# Losses of someone, which regret mourns without blaming them: "regret at Mattis's departure".
_LOST_PRESENCE_NOUNS = word_list("lost_presence_nouns")
# Hearings, whose owner is the one heard ("Pompeo's Senate hearing", "his first hearing at the
# criminal court"), and the compounds of a hearing that accuses no one ("confirmation hearing").
_HEARING_LEMMAS = frozenset({"hearing"})
_UNACCUSING_HEARING_COMPOUNDS = frozenset({"confirmation"})
# Words of testing, and what a test must be of to show military power: "a missile test", "its
# sixth nuclear test", "tested 200 new types of weapons" (not "DNA tests", "its tests showed the
# sample was a nerve agent", "tested relations").
_TEST_LEMMAS = frozenset({"test"})
_TESTED_WEAPON_WORDS = word_list("tested_weapon_words")
# Weapons, whose coming a warning threatens: "warned that missiles will be coming".
_WEAPON_NOUNS = word_list("weapon_nouns")
# Event types of force, sanctions and threats, which a warning that names them threatens.
_MENACING_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# Pronouns by which a warned clause names the speaker's side or the one warned: "warned it will
# not stand by", "warned Syria that it risked a military confrontation".
_PARTY_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "they", "you"})
# Verbs of bringing about, whose subject in a warned clause is the danger warned of, no threat:
# "warned further military action could escalate out of control", "that threats of Western
# military action would only lead to further chaos".
_CONSEQUENCE_LEMMAS = word_list("consequence_lemmas")
# Auxiliaries by which a warned clause tells what a named party will do: "the US would be angry".
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# Clashes, which with a named person are quarrels, no fighting: "has clashed repeatedly with
# Trump".
_CLASH_LEMMAS = frozenset({"clash"})
# Verbs of urging that, with a thing as object and no one urged, foster it: "had encouraged
# separatist sentiments".
_FOSTERING_LEMMAS = word_list("fostering_lemmas")
# Things a force is built up in besides its men and arms: "built up its military presence",
# "has built up its defences".
_FORCE_BUILT_NOUNS = word_list("force_built_nouns")
# Verbs of stopping something from going ahead, which stop an attack by fighting it off: "had
# blocked the Turkish army-led initial attempt at a ground incursion".
_FORCE_BLOCKING_LEMMAS = word_list("force_blocking_lemmas")
# Verbs of sharing someone's view ("agree with him"), and the prepositions that make the
# agreement one on terms ("agreed with Turkey on a ceasefire").
_VIEW_LEMMAS = word_list("view_lemmas")
# Nouns of help that also name a feeling: "her relief is palpable", "expressed relief that".
_FEELING_NOUNS = word_list("feeling_nouns")
# Auxiliaries that make an agreed clause a course of action ("agreed that troops would
# withdraw"), not a view ("agreed that the regime has a track record").
_COURSE_AUX_LEMMAS = word_list("modal_lemmas") | word_list("future_lemmas") | {"would", "'d"}
# CAMEO 019, express accord: a view shared, stated.
_ACCORD = ("STATEMENT", "019")
_TERMS_PREPS = word_list("terms_preps")
# Verbs of command: an order with no party to obey it is the orderer's own act, no request.
_COMMAND_LEMMAS = word_list("command_lemmas")
# Verbs of how one sees another ("views X as"), an event only when they brand them.
_REGARDING_LEMMAS = word_list("regarding_lemmas")
# Verbs of judging: what someone or something is held to be ("considers herself lucky"), or an
# option weighed ("is considering how to respond").
_JUDGING_LEMMAS = word_list("judging_lemmas")
# Modifiers that make "deal" an idiom, no agreement: "a big deal", "a great deal of".
_IDIOM_DEAL_MODIFIERS = word_list("idiom_deal_modifiers")
# Modifiers of "war" that make it one fought by other means: "a cold war", "a trade war".
_FIGURATIVE_WAR_MODIFIERS = word_list("figurative_war_modifiers")
_REFLEXIVE_PRONOUNS = word_list("reflexive_pronouns")
# Verbs of saying that, with someone told "to" act, are an order: "told the US to get out".
_TELLING_LEMMAS = word_list("telling_lemmas")
# Verbs of inviting, which ask for help when someone is invited "to" help: "invited Saddam's
# troops to help oust them"; and the verbs of helping that make them so.
_INVITING_LEMMAS = word_list("inviting_lemmas")
_HELPING_LEMMAS = word_list("helping_lemmas")
# Verbs of saying or alleging whose "to"-infinitive reports what others say of the subject,
# whatever the voice the parser reads: "the YPG militia, said to number 10,000 fighters",
# "members of the group alleged to have been involved".
_HEARSAY_LEMMAS = word_list("hearsay_lemmas")
_HEARSAY_TYPES = frozenset({"STATEMENT", "ACCUSE"})
# Types of a deed that may only say what another, its means, amounted to ("By attacking the
# Syrian Kurds, Erdoğan directly challenged the US", "It threatens them by providing ...").
_CHARACTERISING_TYPES = frozenset({"REJECT", "STATEMENT", "THREATEN"})
# Holding in detention (CAMEO 173 for "hold"): only people are held so ("talks were held in
# Geneva", "towns held by Islamic State", "held Assad responsible" hold no one captive).
_DETAIN = "173"
# What an appeal asks or whom it asks: "an appeal for calm", "to the UN", "on Russia".
_APPEAL_PREPS = frozenset({"for", "to", "on", "against", "from"})
# States of things that "threaten" endangers: "threatens British interests".
_ENDANGERED_THINGS = word_list("endangered_things")
# What ignoring rejects, beside a demand or a warning: a rule laid down ("ignored the ruling",
# "ignoring international law").
_DISREGARDED_RULES = word_list("disregarded_rules")
# What a contribution goes to, beside a party: a common effort ("contributed troops to the
# coalition's campaign", "contributed $10m to the UN appeal").
_COMMON_EFFORTS = word_list("common_efforts")
# Pronouns of no one and nothing in particular: "opposed to anything that cuts across the UN
# process", "something that Mattis resisted".
_INDEFINITE_PRONOUNS = word_list("indefinite_pronouns")
# Stances, which aimed at nothing in particular are a standing view, no event.
_STANCE_TYPES = frozenset({"REJECT", "SUPPORT"})
# Event nouns that ask something of someone, so that ignoring one rejects it.
_ASKING_TYPES = frozenset({"REQUEST", "THREATEN"})
# Verbs of replying, which "with" a deed name the deed, no statement ("replied with brutal
# repression"), and the nouns of deeds a reply is made with beside event nouns, campaigns and
# answers ("reacted with violence", "responded with the She Decides initiative").
_REPLYING_LEMMAS = word_list("replying_lemmas")
_REPLY_DEED_NOUNS = word_list("reply_deed_nouns")
# Words of backing whose support is aid when given in arms, money, troops or training.
_BACKING_LEMMAS = frozenset({"support", "back", "backing"})
_MATERIAL_SUPPORT_NOUNS = word_list("material_support_nouns")
# Goods of relief, whose handing over to another is aid, not a judicial hand-over.
_RELIEF_GOODS = word_list("relief_goods")
# What is shared with a partner in cooperation (CAMEO 064): "shared intelligence with the US".
_SHARE_INFORMATION = "064"
_SHARED_KNOWLEDGE_NOUNS = word_list("shared_knowledge_nouns")
# Of what is shared, what a spokesman gives the press when shared with no one named: "will
# share additional details at a later time" (a statement's matter, not intelligence passed on).
_PUBLIC_DETAIL_NOUNS = word_list("public_detail_nouns")
_CAPTIVE_NOUNS = word_list("captive_nouns")
# Nouns of a number of people, which hold captive whom they count: "thousands of civilians".
_QUANTITY_NOUNS = word_list("quantity_nouns")
_CAPTIVE_PRONOUNS = word_list("captive_pronouns")
_PREDICATE_DEPS = word_list("predicate_deps")
# Verbs of yielding that, said of a claim, admit it: "conceded that the offensive had crippled".
_ADMITTING_LEMMAS = word_list("admitting_lemmas")
# Places held against an attack: "defended the city", "the area is defended by 400 fighters".
_DEFENDED_PLACE_NOUNS = word_list("defended_place_nouns")
# Verbs of striving: "sought to exploit the vacuum" is an attempt of one's own, no request.
_STRIVING_LEMMAS = word_list("striving_lemmas")
# Verbs of hoping: "the Isis men hoped to blend in", "the group hopes the narrative will
# maintain its appeal" tell an inner aim or expectation, no public statement.
_INNER_HOPE_LEMMAS = word_list("inner_hope_lemmas")
# Nouns of a promise that, held rather than made, name a disposition: "his commitment to an
# agreement", "Washington's commitment to the war" (unlike "made a commitment to withdraw").
_DISPOSITION_NOUNS = word_list("disposition_nouns")
# Verbs of asking, which with no one asked and nothing asked for put a question: "“Haram?” he
# asked", "she asks", "asked if the gag rule would make 2017 the year".
_QUESTIONING_LEMMAS = word_list("questioning_lemmas")
# What is asked when a question is: "asked the same question", "demanded to know whether".
_QUESTION_NOUNS = frozenset({"question"})
_KNOWING_LEMMAS = frozenset({"know"})
# Words by which a speaker asks not to be named: "spoke on condition of anonymity".
_ANONYMITY_WORDS = word_list("anonymity_words")
# Nouns of a talk given to the press: "fighters and officials who agreed to interviews".
_INTERVIEW_NOUNS = word_list("interview_nouns")
# Verbs of leaving a place, a withdrawal only when armed forces leave: "US troops will leave
# Syria" (not "Britain left the EU", "civilians left the city", "the fighters left inside").
_LEAVING_LEMMAS = frozenset({"leave", "exit"})
# Verbs of showing, which in a participle clause after a deed that is no speech comment on it
# in the writer's voice: "released opposing accounts of a phone call, highlighting deepening
# tensions", "travelled on to Cairo, demonstrating Russia's new clout".
_SHOWING_LEMMAS = word_list("showing_lemmas")
# Verbs of letting, which give someone grounds to say something, no saying: "allowed Turkey to
# boast that", "allowing Ankara to claim it had ousted them".
_LETTING_LEMMAS = word_list("letting_lemmas")


def _attempt_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """An assassination tried is coded as the attempt (CAMEO 185)."""
    if entry.cameo != _ASSASSINATION or verb.head.lemma_.lower() not in ATTEMPT_LEMMAS:
        return entry
    return replace(entry, cameo=_ATTEMPTED_ASSASSINATION, note=f"attempted: {entry.note}")


def _hostage_taking(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """People an outlawed armed group captures or holds are its hostages, abducted (CAMEO 181,
    ASSAULT), not arrested: "John Cantlie, the British journalist captured by Islamic State",
    "one of more than 25 foreigners held by Isis", "Isis fighters captured Bafrin and her three
    brothers"; those the Kurds capture and hold stay detained (COERCE)."""
    if entry.type != "COERCE" or verb.pos_ != "VERB":
        return entry
    if verb.lemma_.lower() not in _CAPTIVE_TAKING_LEMMAS:
        return entry
    if not any(_is_outlawed_group(c) for c in _captors(verb)):
        return entry
    if not any(_is_person_taken(c) for c in _taken(verb)):
        return entry
    return _in_sense_of(entry, "abduct", "taken by an outlawed group")


def _captors(verb: Token) -> list[Token]:
    """Who takes or holds someone: the subject, or the "by" phrase of the passive."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return subjects + agents


def _taken(verb: Token) -> list[Token]:
    """Who is taken or held: the object, the subject of the passive, or the noun a participle or
    relative clause qualifies ("the journalist captured by", "foreigners held by Isis")."""
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"} and not any(c.dep_ == "dobj" for c in verb.children):
        taken.append(verb.head)
    return taken


def _is_person_taken(word: Token) -> bool:
    """A person or people: a name, a people, a word for people ("foreigners", "journalist"),
    a proper noun the parser named nothing else ("Cantlie, captured by Isis in Syria"), or a word
    in apposition to a name ("John Cantlie, the British journalist"); no town the model took
    for a person ("Isis captured Palmyra")."""
    if _is_place(word):
        return False
    if _is_captive(word) or is_person_role(word.lemma_):
        return True
    if word.pos_ == "PROPN" and not word.ent_type_:
        return True
    return word.dep_ == "appos" and _is_captive(word.head)


def _is_outlawed_group(word: Token) -> bool:
    """ "Islamic State", "Isis fighters", "Daesh": a group outlawed as terrorist, by its name
    or a name it is compounded with."""
    entity = entity_of(word)
    name = entity.text.lower().removeprefix("the ") if entity is not None else word.lower_
    return name in _OUTLAWED_GROUP_NAMES or bool(_name_words(word) & _OUTLAWED_GROUPS)


def sense_in_context(verb: Token, entry: LexiconEntry) -> tuple[LexiconEntry, str | None]:
    """The sense ``verb`` takes from its context, with the names of the rules that gave it
    (``SENSE_RULES`` in order, each refining what the one before gave)."""
    names = []
    for name, refine in SENSE_RULES:
        refined = refine(verb, entry)
        if refined is not entry and refined != entry:  # most rules give the entry back
            names.append(name)
        entry = refined
    return entry, ("sense." + ",".join(names)) if names else None


def _in_sense_of(entry: LexiconEntry, lemma: str, why: str) -> LexiconEntry:
    """``entry``'s word read in the sense of the lexicon's verb ``lemma``, with why in its note
    ("stands down" as "resign": a person stood down); ``entry`` itself where the lexicon has no
    such row."""
    sense = load_lexicon().lookup(lemma, "VERB")
    if sense is None:
        return entry
    return replace(sense, lemma=entry.lemma, note=f"{why}: {sense.note}")


def _told_to(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Telling someone to act is demanding it of them (CAMEO 100): "Erdoğan told the US to get
    out of the way"; "told reporters that ..." stays a statement."""
    if entry.type != "STATEMENT" or verb.lemma_.lower() not in _TELLING_LEMMAS:
        return entry
    if not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return entry
    if not any(c.dep_ == "xcomp" and _is_to_infinitive(c) for c in verb.children):
        return entry
    return _in_sense_of(entry, "demand", "told to act")


def _invited_help(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Inviting someone to help is asking them for help (CAMEO 100): "Abdulrahman invited
    Saddam's troops to help oust them", "we invited Russia in to help with chemical weapons";
    "invited Erdogan to visit Moscow" stays an invitation to meet."""
    if entry.type != "AGREE" or verb.lemma_.lower() not in _INVITING_LEMMAS:
        return entry
    if not any(c.dep_ == "dobj" for c in verb.children):
        return entry
    if not any(
        c.dep_ == "xcomp" and _is_to_infinitive(c) and c.lemma_.lower() in _HELPING_LEMMAS
        for c in verb.children
    ):
        return entry
    return _in_sense_of(entry, "ask", "invited help")


def _announced_intention(noun: Token, entry: LexiconEntry) -> LexiconEntry:
    """An announcement that an action will be taken is the intention announced, coded as the
    intention to cooperate or to harm (AGREE, THREATEN), as "announced a troop withdrawal" is:
    "the shock announcement by Donald Trump that 2,000 US troops will leave north-west Syria";
    an announcement of what is ("that bilateral ties are going in the right direction") stays
    a statement."""
    if entry.type != "STATEMENT" or noun.pos_ != "NOUN":
        return entry
    if noun.lemma_.lower() not in _ANNOUNCEMENT_NOUNS:
        return entry
    clause = _content_clause(noun)
    announced = _promised_action(clause) if clause is not None else None
    coded = INTENT_CODES.get(announced.type) if announced is not None else None
    if clause is None or coded is None or modality(clause) != INTENDED:
        return entry
    note = f"announced intention: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, coded[0], coded[1], None, note)


def _content_clause(noun: Token) -> Token | None:
    """The that-clause of a noun, which says what the noun's content is: hung on the noun
    ("Trump's announcement that US troops will withdraw") or right after it, wherever the
    parser hung it ("the announcement by Trump | that US troops will leave", read as the
    complement of the verb above)."""
    for child in noun.rights:
        if child.dep_ in {"acl", "ccomp"} and child.pos_ == "VERB" and _has_that(child):
            return child
    following = noun.right_edge.i + 1
    if following >= len(noun.doc) or noun.doc[following].lower_ != "that":
        return None
    mark = noun.doc[following]
    clause = mark.head
    if mark.dep_ != "mark" or clause.pos_ != "VERB" or clause.i < following:
        return None
    return clause


def _has_that(clause: Token) -> bool:
    """A clause opened by "that", which the parser may read as an adverb ("Donald Trump's
    surprise announcement late last week that US troops would be “coming out of Syria”")."""
    return any(
        c.dep_ in {"mark", "advmod"} and c.lower_ == "that" and c.i < clause.i
        for c in clause.children
    )


def _resignation(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A person who stands down leaves office (CAMEO 0831), as one who steps down does: "De
    Mistura stands down at the end of the year after four years as special envoy"; forces that
    stand down end their alert."""
    if entry.type != "RETREAT" or entry.lemma != "stand" or entry.particle != "down":
        return entry
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not all(_is_person(s) for s in subjects):
        return entry
    return _in_sense_of(entry, "resign", "a person stood down")


def _quit_office(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A person who quits, with no organisation or agreement left, leaves office (CAMEO 0831):
    "the US defense secretary who quit last week", "led James Mattis ... to quit their roles in
    protest" (not "Trump quit the nuclear deal", a state's leaving of an agreement)."""
    if verb.lemma_.lower() not in _OFFICE_QUITTING_LEMMAS or entry.type == "CONCEDE":
        return entry
    left = [c for c in verb.children if c.dep_ == "dobj"]
    if left and not all(c.lemma_.lower() in _OFFICE_NOUNS for c in left):
        return entry
    subjects = [_antecedent(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not all(s.lower_ in _PERSON_PRONOUNS or _is_person(s) for s in subjects):
        return entry
    return _in_sense_of(entry, "resign", "a person quit office")


def _left_accord(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """Withdrawing from an agreement rejects it (CAMEO 120), no pulling back of forces: "Trump
    announced the US would withdraw from the Iran deal", "the US withdrawal from the nuclear
    agreement", "the US was exiting the Iran nuclear deal"; so does pulling out, by no forces
    and from no place, where the sentence or the one before names an agreement: "critics of the
    Iran deal ... helped convince Trump to pull out", "Canada and the Kurdish administration
    struck a deal ... Ottawa pulled out"."""
    if entry.type != "RETREAT":
        return entry
    # "pull out of the deal": the parser may hang "of" on "out"
    heads = [word] + [c for c in word.children if c.lower_ == "out"]
    left = [place for head in heads for prep in _LEFT_PREPS for place in objects_of(head, prep)]
    if word.lemma_.lower() in _LEAVING_LEMMAS:  # "was exiting the Iran nuclear deal"
        left += [c for c in word.children if c.dep_ == "dobj"]
    if not left:
        if not _left_nothing_named(word, heads) or not _accord_in_view(word):
            return entry
        return _in_sense_of(entry, "reject", "left accord in view")
    if not all(p.lemma_.lower() in _ACCORD_NOUNS for p in left):
        return entry
    return _in_sense_of(entry, "reject", "left accord")


def _left_nothing_named(verb: Token, heads: list[Token]) -> bool:
    """A verb of withdrawing with no object, no place and no forces leaving: "Ottawa pulled out
    at the last minute" (not "pulled its troops out", "withdrew through eastern Syria", "US
    forces pulled out")."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and any(_is_place(o) for o in prep.children if o.dep_ == "pobj"):
                return False
    leavers = _leavers(verb)
    if not leavers and verb.dep_ == "xcomp":  # "convince Trump to pull out"
        leavers = [c for c in verb.head.children if c.dep_ == "dobj"]
    return bool(leavers) and not any(
        leaver.lower_ in ARMED_FORCE_WORDS or leaver.lemma_.lower() in ARMED_FORCE_WORDS
        for leaver in leavers
    )


def _accord_in_view(word: Token) -> bool:
    """The sentence of ``word``, or the one before it, names an agreement as a noun."""
    sentence = word.sent
    start = sentence.start
    if start > 0:
        start = word.doc[start - 1].sent.start
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _ACCORD_NOUNS
        for t in word.doc[start : sentence.end]
    )


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun stands for: "the secretary who quit" (``subject`` else)."""
    if subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _is_person(subject: Token) -> bool:
    """A person by name ("De Mistura") or by office ("the envoy")."""
    entity = entity_of(subject)
    if entity is not None:
        return entity.label_ == "PERSON"
    return role_kind(subject.lemma_.lower()) == "person"


def _proposed_measures(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Proposing measures for others to take asks for them (CAMEO 020): "the EU and others
    proposed refugee quotas, safe havens, humanitarian corridors", "the targets proposed by the
    IRC"; proposing one's own part ("proposed talks", "proposed normalising ties with
    Damascus", "proposed to meet") stays an offer."""
    if entry.type != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _PROPOSING_LEMMAS:
        return entry
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return entry
    measures = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl":
        measures.append(verb.head)  # "the targets proposed by the IRC"
    if not measures or not all(_is_measure(m) for m in measures):
        return entry
    code, cameo = _APPEAL
    note = f"measures proposed: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, code, cameo, None, note)


def _is_measure(thing: Token) -> bool:
    """A thing proposed that is no action of the proposer's own: not "talks" or "aid", nor
    a gerund the parser hung on its object ("normalising ties")."""
    if thing.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "amod" and c.tag_ == "VBG" for c in thing.children):
        return False
    found = lexicon_entry(thing)
    return found is None or found.type not in _OFFERED_TYPES


def _material_support(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Support given in arms, money, troops or training is aid (CAMEO 070), no endorsement: "has
    supported Karzai and Ghani with huge amounts of military and other aid", "supporting the
    build-up and training of a unified army", "has 500 troops in Syria, mostly supporting the
    SDF", "is supported in its fight against Isis by the US military"."""
    if entry.type != "SUPPORT" or verb.lemma_.lower() not in _BACKING_LEMMAS:
        return entry
    if _given_with_aid(verb):
        aid = _in_sense_of(entry, "aid", "support given with aid")
        return replace(aid, pos=entry.pos)
    if verb.pos_ != "VERB":
        return entry
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    means = [*objects, *(w for n in (verb, *objects) for w in _with_phrase_words(n))]
    if not (any(_names_material(m) for m in means) or _by_forces(verb)):
        return entry
    return _in_sense_of(entry, "aid", "material support")


def _military_advice(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Advice that armed forces give, or that forces are given by military men, is military aid
    (CAMEO 072, as training is), no recommendation: "defected Syrian soldiers who are themselves
    advised by senior Turkish military officers", "US troops who have been advising anti-regime
    rebels"; advising someone to act or against something stays one ("advised against travel
    to Syria")."""
    if entry.type != "REQUEST" or verb.pos_ != "VERB" or verb.lemma_ != "advise":
        return entry
    if any(
        c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "against")
        for c in verb.children
    ):
        return entry
    parties = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass", "dobj"}]
    parties += [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    if verb.dep_ == "relcl":
        parties.append(verb.head)  # "the troops who have been advising", "soldiers who are advised"
    if not any(_is_military(p) for p in parties):
        return entry
    return _in_sense_of(entry, "train", "military advice")


def _is_military(party: Token) -> bool:
    """Armed forces ("US troops") or military men ("senior Turkish military officers")."""
    return party.lower_ in ARMED_FORCE_WORDS or any(
        c.dep_ == "amod" and c.lower_ == "military" for c in party.children
    )


def _given_with_aid(word: Token) -> bool:
    """Backing joined to aid is given in aid: "the US-led coalition, which has backed and later
    armed the group", "receive logistical support and funding from the United States" (a
    conjunct the lexicon knows as aid, or a noun of material), "has backed the Taliban as a
    proxy, providing logistic aid" (a participle carrying aid)."""
    for conjunct in word.conjuncts:
        # one doer's deeds ("backed and later armed"), not two clauses ("Iran funds Hezbollah
        # and Russia supports Assad")
        shared = not (has_subject(word) and has_subject(conjunct))
        if conjunct.pos_ == "VERB" and shared and _is_aid(conjunct):
            return True
        if conjunct.pos_ == "NOUN" and (_is_aid(conjunct) or _names_material(conjunct)):
            return True
    participles = [c for c in word.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    carried = [noun for c in participles if (noun := carried_event(c)) is not None]
    return any(_is_aid(noun) for noun in carried)


def _is_aid(word: Token) -> bool:
    return is_lexicon_type(word, "AID")


def _fought_foe(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Fighting with an ally against a foe is fighting the foe (CAMEO 190): "Kurdish Syrian forces
    who have fought with the US against Isis"; and so is fighting a war with someone: "the PKK,
    with whom it has fought a decades-long insurgency". "He fought with the Kurdish forces"
    stays on their side."""
    siding = entry.type == "COOPERATE" and entry.particle == "with"
    fought = any(c.dep_ == "dobj" for c in verb.children)
    if not siding or not (fought or objects_of(verb, "against")):
        return entry
    return load_lexicon().lookup(entry.lemma, entry.pos) or entry


def _handed_relief(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Relief goods handed over are aid (CAMEO 070): "handed over medicine to the Kurdish Red
    Crescent" (not a suspect handed over to another authority)."""
    if entry.type != "COOPERATE" or entry.lemma != "hand" or entry.particle != "over":
        return entry
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    goods = [*objects, *(g for obj in objects for g in objects_of(obj, "of"))]
    if not any(g.lemma_.lower() in _RELIEF_GOODS for g in goods):
        return entry
    return _in_sense_of(entry, "aid", "relief handed over")


def _with_phrase_words(noun: Token) -> list[Token]:
    """The words of what something comes "with" ("with huge amounts of military and other aid"),
    on it or on its conjuncts ("Karzai and then his successor ... with")."""
    return [
        word
        for head in (noun, *noun.conjuncts)
        for pobj in objects_of(head, "with")
        for word in pobj.subtree
    ]


def _names_material(noun: Token) -> bool:
    """ "military aid", "the build-up and training of an army" (the noun or a conjunct)."""
    return any(n.lemma_.lower() in _MATERIAL_SUPPORT_NOUNS for n in (noun, *noun.conjuncts))


def _by_forces(verb: Token) -> bool:
    """Whether armed forces give the support: its subject ("US troops supported"), its "by"
    phrase, also one the parser hung on a noun of the clause ("is supported in its fight against
    Isis by the US military"), or the troops a participle goes with ("has 500 troops in Syria,
    mostly supporting")."""
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    doers += [
        pobj
        for word in verb.subtree
        if word.lower_ == "by" and word.dep_ in {"agent", "prep"} and governing_verb(word) == verb
        for pobj in word.children
        if pobj.dep_ == "pobj"
    ]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        doers += [c for c in verb.head.children if c.dep_ == "dobj"]
    return any(d.lower_ in ARMED_FORCE_WORDS for d in doers)


def _is_to_infinitive(clause: Token) -> bool:
    """ "(told the US) to get out"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _promised_harm(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A promise to harm is a threat: "vowed to retaliate", "pledged to crush the revolt",
    "vowed that Turkey would attack the YPG" (coded as the intention to do what is promised);
    any other promise keeps its sense, and so does a promise that harm will not be done ("vowed
    that Turkey would never attack")."""
    if entry.type != "AGREE" or verb.lemma_.lower() not in _PROMISE_LEMMAS:
        return entry
    for clause in verb.children:
        if clause.dep_ == "dobj" and clause.pos_ == "NOUN":
            promised = lexicon_entry(clause)  # "vowed revenge"
        elif (clause.dep_ == "xcomp" and not _is_denied(clause)) or (
            is_purpose(clause) or _is_promised_clause(clause)
        ):
            # "vowed to fight" (or advcl), "vowed that its forces would crush the rebels" (not
            # "promised not to attack Idlib", a promise to hold back)
            promised = _promised_action(clause)
        else:
            continue
        coded = INTENT_CODES.get(promised.type) if promised is not None else None
        if coded is not None and coded[0] == "THREATEN":
            note = f"promised harm: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, coded[0], coded[1], None, note)
    return entry


def _promised_refusal(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A promise not to act is a refusal of the act (CAMEO 120): "vowed not to return the
    Golan Heights to Syria", "pledged never to recognise the vote"; a promise not to harm stays
    a promise ("promised not to attack Idlib", an intent to hold back)."""
    if entry.type != "AGREE" or verb.lemma_.lower() not in _PROMISE_LEMMAS:
        return entry
    for clause in verb.children:
        if clause.dep_ != "xcomp" or not _is_denied(clause):
            continue
        promised = _promised_action(clause)
        coded = INTENT_CODES.get(promised.type) if promised is not None else None
        if coded is None or coded[0] != "THREATEN":
            return _in_sense_of(entry, "refuse", "promised refusal")
    return entry


def _red_line(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Saying that a deed would cross a red line, or calling it one, is a warning of what
    follows (CAMEO 130, THREATEN): "Obama had vowed that any use of chemical weapons by Bashar
    al-Assad, Syria's embattled president, would cross a “red line”", "what Barack Obama called
    a red line" (the real gold codes both so)."""
    if entry.type not in _RED_LINE_DRAWING_TYPES or verb.pos_ != "VERB":
        return entry
    said = [c for c in verb.children if c.dep_ in _SAID_DEPS]
    named = said + [w for c in said if c.dep_ == "ccomp" for w in c.children if w.dep_ == "dobj"]
    if not any(_is_red_line(w) for w in named):
        return entry
    return LexiconEntry(entry.lemma, entry.pos, *_WARN, None, f"red line: {entry.note}")


def _is_red_line(word: Token) -> bool:
    """ "a red line", "a “red line”"."""
    return word.lemma_.lower() == "line" and any(
        c.dep_ == "amod" and c.lower_ == "red" for c in word.children
    )


def _promised_outcome(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A vow only that something will be so, no act of anyone's, is a statement of what will
    come, no promise: "Erdoğan vowed on Sunday that the campaign would be over in a “short
    time”", "have vowed the campaign would be swift"; a vow of what will be done keeps its sense
    ("vowed that Turkey would attack the YPG", "pledged that aid would continue")."""
    if entry.type != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _PROMISE_LEMMAS:
        return entry
    promised = [c for c in verb.children if c.dep_ in _PROMISED_DEPS]
    if not promised or not all(_says_how_things_will_be(c) for c in promised):
        return entry
    return _in_sense_of(entry, "say", "promised outcome")


def _says_how_things_will_be(clause: Token) -> bool:
    """A that-clause of a linking verb with a subject of its own: "(that) the campaign would be
    over", "the campaign would be swift"."""
    return (
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in _LINKING_LEMMAS
        and has_subject(clause)
        and lexicon_entry(clause) is None
    )


def _is_denied(clause: Token) -> bool:
    """A clause that says something will not be done: "not to return", "never to recognise"."""
    return any(c.dep_ == "neg" or c.lower_ in _NEVER_WORDS for c in clause.children)


def _promised_action(clause: Token) -> LexiconEntry | None:
    """The sense of what a promised clause says will be done: its verb's, the noun its verb
    carries ("to continue its attacks"), or, for a verb that names no event, that of the action
    it goes on with ("to keep bombing Idlib", "he would continue to clear Syrian Kurds")."""
    carried = carried_event(clause)
    found = lexicon_entry(carried if carried is not None else clause)
    if found is not None or clause.pos_ != "VERB":
        return found
    continued = [c for c in clause.children if c.dep_ == "xcomp"]
    return lexicon_entry(continued[0]) if continued else None


def _is_promised_clause(clause: Token) -> bool:
    """A that-clause saying what will be done, not that it will not: "(vowed) that Turkey would
    attack the YPG", not "(vowed) that Turkey would never attack"."""
    return (
        clause.dep_ == "ccomp"
        and clause.pos_ == "VERB"
        and not any(c.dep_ == "neg" or c.lower_ in _NEVER_WORDS for c in clause.children)
    )


def _branded(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Calling someone a terrorist or a criminal is an accusation (CAMEO 112): "which Ankara
    considers a terrorist group", "described the strikes as a war crime", "which Ankara says is
    the Syrian arm of a terror group", "views the Kurdish forces as a terrorist threat"; calling
    a deed a disaster or unacceptable condemns it (111): "describing the situation in Ghouta as
    hell on earth"."""
    if entry.type == _ACCUSE[0]:
        return entry
    if verb.lemma_.lower() in _NAMING_LEMMAS:
        names = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
        # "which Turkey considers a terrorist organisation", parsed with two objects
        names += [c for c in verb.children if c.dep_ == "dobj"][1:]
        # "described the strikes as ...", and "as" read as the object's ("the decision as")
        described = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        names += [
            p
            for n in described
            for c in n.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
        ]
    elif entry.type == "STATEMENT" and (named := named_complement(verb)) is not None:
        names = [named]  # "which Ankara says is the Syrian arm of a terror group"
    else:
        return entry
    naming = verb.lemma_.lower() in _NAMING_LEMMAS
    for name in names:
        words = _name_words(name)
        if words & _STIGMA_WORDS or _ties_to_outlawed_group(name):
            note = f"branded: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, _ACCUSE[0], _ACCUSE[1], None, note)
        if naming and words & _CONDEMNING_NAMES:
            note = f"condemned: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, *_CRITICISE, None, note)
    return entry


def _ties_to_outlawed_group(name: Token) -> bool:
    """Whether what someone is called ties them to an outlawed group: "the Syrian branch of the
    PKK", "(is) indistinguishable from PKK militants"; not a plain relation ("the wives of Isis
    fighters")."""
    if name.lemma_.lower() == "be":
        return any(_ties_to_outlawed_group(c) for c in name.children if c.dep_ in {"attr", "acomp"})
    return is_affiliation(name) and bool(_name_words(name) & _OUTLAWED_GROUPS)


def _name_words(name: Token) -> set[str]:
    """The words of what someone is called: the noun, its modifiers, its apposition, and what
    it is "of" ("a terrorist group", "the Syrian arm of a terror group", "the PKK, a designated
    terror group") or, for a word of affiliation, what it ties them to ("indistinguishable from
    PKK militants", "linked to its own insurgent group"); not its other phrases and clauses
    ("proceedings under terrorism legislation", "the goal of fighting terrorism")."""
    if name.lemma_.lower() == "be":  # "considers the YPG to be a terrorist organisation"
        return {
            w
            for c in name.children
            if c.dep_ == "attr" or (c.dep_ == "acomp" and is_affiliation(c))
            for w in _name_words(c)
        }
    preps = _AFFILIATION_PREPS if is_affiliation(name) else frozenset({"of"})
    words = {name.lemma_.lower()}
    for child in name.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            words.add(child.lemma_.lower())
        elif child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
            words |= _name_words(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "PROPN"}:
                    words |= _name_words(pobj)
    return words


def _declined_comment(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A refusal to comment is a statement that declines comment (CAMEO 011), no rejection of
    anyone: "declined to give details", "refused to confirm whether"."""
    if entry.type != "REJECT" or verb.pos_ != "VERB":
        return entry
    for clause in verb.children:
        if clause.dep_ == "xcomp" and _withholds_speech(clause):
            note = f"declined comment: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, *_DECLINE_COMMENT, None, note)
    return entry


def _question(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Asking no one named for nothing puts a question, a statement (CAMEO 010), no request: "
    “What is happening in this country?” he asks", "Liz Ford asked if the gag rule would make
    2017 the year we lost control", "asked the same question of his adviser", "demanded to know
    whether"; "asked Russia whether", "asked for help", "asked to be allowed home" and "asked
    that her family be left alone" stay requests."""
    if entry.type != "REQUEST" or verb.pos_ != "VERB":
        return entry
    asked = verb.lemma_.lower() in _QUESTIONING_LEMMAS and not _asks_for_something(verb)
    if not (asked or _wants_to_know(verb)):  # "demanded to know whether"
        return entry
    return _in_sense_of(entry, "say", "a question")


def _wants_to_know(verb: Token) -> bool:
    """ "Trump demanded to know whether his national security adviser was still on the line"."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _KNOWING_LEMMAS for c in verb.children)


def _asks_for_something(verb: Token) -> bool:
    """Someone asked, something asked for or to be done: "asked Russia", "asked for help",
    "asked to be allowed home", "asked that her family be left alone"; not a question asked,
    whatever else the parser hangs on the verb ("asked the same question of his national
    security adviser, John Bolton, who repeated US policy until then, that the defeat of Isis had
    to be enduring": the that-clause is what Bolton repeated)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _QUESTION_NOUNS for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < verb.i:
            continue  # the question quoted before the verb: "“Haram?” he asked"
        if child.dep_ in {"dobj", "dative", "xcomp", "nsubjpass"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
        if child.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return True
    return False


def _warned_to_act(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A warning to someone to do or not do something urges them (REQUEST 100), no threat:
    "warned Trump to avoid military action", "cautioned Ankara not to attack"; so does a warning
    against doing something: "warned Russia and the US against treating the Syrian conflict as a
    proxy war" (not against protesting: the "warned against dissent" sense)."""
    if entry.type != "THREATEN" or not _is_warning_verb(verb):
        return entry
    acts = _warned_acts(verb)
    if not acts or any(_is_dissent(act) for act in acts):
        return entry
    return LexiconEntry(entry.lemma, entry.pos, *_URGING, None, f"warned to act: {entry.note}")


def _warned_against_dissent(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A warning to someone against protesting threatens to repress it (THREATEN 137): "warned
    Kurdish political activists in Turkey against staging protests"."""
    if entry.type != "THREATEN" or not _is_warning_verb(verb):
        return entry
    if not any(_is_dissent(act) for act in _warned_acts(verb)):
        return entry
    note = f"warned against dissent: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, *_REPRESSION_THREAT, None, note)


def _is_warning_verb(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _WARNING_LEMMAS


def _warned_acts(verb: Token) -> list[Token]:
    """What a warning tells someone to do or not to do: "warned Trump | to avoid military
    action", and any gerund after "against" ("warned Russia against treating ...")."""
    warned = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    urged = [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "ccomp"}
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
    ]
    return (urged if warned else []) + _warned_against_doing(verb)


def _is_dissent(act: Token) -> bool:
    """An act warned against that protests ("staging protests", "to demonstrate")."""
    carried = carried_event(act)
    return is_lexicon_type(act, "PROTEST") or (
        carried is not None and is_lexicon_type(carried, "PROTEST")
    )


def _warned_of_anothers_act(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """A warning against or about another party's hostile act urges its doer not to do it
    (REQUEST 100), no threat: "Turkey has warned against an assault", "warned on Tuesday that a
    major Syrian military assault on the rebel-held enclave would lead to a humanitarian
    catastrophe" (of Syria)."""
    if entry.type != "THREATEN" or word.lemma_.lower() not in _WARNING_LEMMAS | {"warning"}:
        return entry
    if not warned_acts(word):
        return entry
    note = f"warned of another's act: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, *_URGING, None, note)


def _warned_against_doing(verb: Token) -> list[Token]:
    """ "warned (Russia) against treating the conflict as a proxy war": the gerund after
    "against"."""
    return [
        c
        for against in verb.children
        if against.dep_ == "prep" and against.lower_ == "against"
        for c in against.children
        if c.dep_ == "pcomp" and c.tag_ == "VBG"
    ]


def _warned_of_danger(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """A warning of a danger that no act of the speaker's brings is a statement, no threat: "the
    UN warns of unprecedented suffering", "Russia has been warning of the possibility of a staged
    attack". A warning of an answer ("warned of retaliation", "of consequences") or of force
    stays a threat."""
    if entry.type != "THREATEN" or word.lemma_.lower() not in _WARNING_LEMMAS | {"warning"}:
        return entry
    dangers = objects_of(word, "of")
    if not dangers or any(_is_answer(danger) for danger in dangers):
        return entry
    said = load_lexicon().lookup("say", "VERB")
    if said is None:
        return entry
    return replace(said, lemma=entry.lemma, pos=entry.pos, note=f"warned of danger: {said.note}")


def _warned_that_danger(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """A warning that something bad is or may come about, with no force, answer, condition or
    move of a party in it, is a statement, no threat: "UN agencies warned that Somalia was
    facing a risk of famine", "warned that the move could create new crises". A warning that
    names force or an answer ("that a Turkish operation against the YPG is near", "that
    missiles will be coming"), sets a condition ("the US would respond if Assad used chemical
    weapons") or tells what a party will do ("warned it will not stand by", "that the US would
    be very angry") stays a threat, unless it is another party's deed, being done or done
    ("warned that Iran is delivering missiles to Hezbollah": an alarm about Iran)."""
    if entry.type != "THREATEN" or word.lemma_.lower() not in _WARNING_LEMMAS | {"warning"}:
        return entry
    warned = [
        c for c in word.children if c.dep_ == "ccomp" or (c.dep_ == "acl" and c.pos_ == "VERB")
    ]
    if not warned or any(
        _is_menacing(clause) and not is_anothers_deed(word, clause) for clause in warned
    ):
        return entry
    said = load_lexicon().lookup("say", "VERB")
    if said is None:
        return entry
    return replace(said, lemma=entry.lemma, pos=entry.pos, note=f"warned of danger: {said.note}")


def _is_menacing(clause: Token) -> bool:
    """A warned clause that threatens: it names force, sanctions, an answer or a weapon, sets a
    condition, or says what a party (a pronoun, a named actor, armed forces) will do. What a
    clause says will bring harm about is the danger warned of, not what threatens."""
    for token in clause.subtree:
        if _is_warned_cause(token, clause):
            continue
        if token.lemma_.lower() in _WARNED_ANSWERS or token.lower_ in _WEAPON_NOUNS:
            return True
        if token.dep_ == "mark" and token.lower_ in CONDITION_MARKS:
            return True
        found = lexicon_entry(token) if token.pos_ in {"NOUN", "VERB"} else None
        if found is not None and found.type in _MENACING_TYPES:
            return True
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
    # a state's forces or officials ("Turkish troops would enter", "police will break up"), not
    # any armed men ("the advancing militiamen could still encounter pockets of resistance")
    if any(s.lower_ in _PARTY_PRONOUNS or s.lower_ in roles()["group_roles"] for s in subjects):
        return True
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children)
    return future and any(actor_refs(s) for s in subjects)


def _is_warned_cause(token: Token, clause: Token) -> bool:
    """``token`` is in the subject of a clause of bringing about: "(warned) further military
    action could escalate out of control"."""
    if clause.lemma_.lower() not in _CONSEQUENCE_LEMMAS:
        return False
    return any(
        subject.dep_ in SUBJECT_DEPS and token in subject.subtree for subject in clause.children
    )


def _call_as_demand(noun: Token, entry: LexiconEntry) -> LexiconEntry:
    """A call someone makes or owns that names no line and no party on the other end is a public
    demand, no telephone call: "Iran, Russia's collaborator in Syria, made a similar call",
    "responding to his calls", "the president's call came as"; "a phone call with Erdoğan",
    "made that call to Vladimir Putin", "held a call" and "the call between Trump and Erdoğan"
    stay calls."""
    if entry.cameo != _PHONE_CALL or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CALL_LEMMAS:
        return entry
    if any(c.lower_ in _PHONE_WORDS for c in noun.children if c.dep_ in {"compound", "amod"}):
        return entry
    light = light_verb_of(noun)
    if light is not None and light.lemma_.lower() in _CONVERSING_LEMMAS:
        return entry  # "Putin and Erdogan held a call"
    if light is None and not any(c.dep_ == "poss" for c in noun.children):
        return entry  # "there are growing calls for the government to": whose, unsaid
    for head in (noun, light) if light is not None else (noun,):
        if any(c.dep_ == "prep" and c.lower_ in _CALLED_PARTY_PREPS for c in head.children):
            return entry
    demand = load_lexicon().lookup("call", "NOUN", ["for"])
    if demand is None:
        return entry
    return replace(demand, note=f"no line, no party: {demand.note}")


def _spoke_by_phone(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Speaking or talking to someone by telephone is a telephone call (CONSULT 041), as the
    codebook codes "telephone": "Erdoğan spoke to Putin by phone", "talked over the phone with
    Macron"; "spoke to reporters" stays a statement."""
    if (
        entry.type != "STATEMENT"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _CONVERSATION_LEMMAS
        or not any(_is_phone_line(child) for child in verb.children)
    ):
        return entry
    return _in_sense_of(entry, "telephone", "spoke by phone")


def _is_phone_line(prep: Token) -> bool:
    """ "by phone", "on the telephone", "over the phone", "via video link"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _LINE_PREPS
        and any(c.dep_ == "pobj" and c.lower_ in _LINE_WORDS for c in prep.children)
    )


def _verbal_clash(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """A clash with a named person is a quarrel with them (ACCUSE 111), no fight: "The
    Tennessee Republican has clashed repeatedly with Trump"; clashes with forces, police or a
    group ("clashed with Turkish troops") stay fights."""
    if entry.type != "ASSAULT" or word.lemma_.lower() not in _CLASH_LEMMAS:
        return entry
    if not any(
        (entity := entity_of(other)) is not None and entity.label_ == "PERSON"
        for other in objects_of(word, "with")
    ):
        return entry
    note = f"clash with a person: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, *_CRITICISE, None, note)


def _repelled_attack(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Blocking an attack is fighting it off (CAMEO 190, as "repel"), no refusal: "the Kurdish
    militias said they had blocked the Turkish army-led initial attempt at a ground incursion";
    blocking a resolution or a return stays what the lexicon says."""
    if entry.type != "REJECT" or verb.pos_ != "VERB":
        return entry
    if verb.lemma_.lower() not in _FORCE_BLOCKING_LEMMAS:
        return entry
    if not any(_is_attack(thing) for thing in verb.children if thing.dep_ == "dobj"):
        return entry
    return _in_sense_of(entry, "repel", "an attack blocked")


def _is_attack(thing: Token) -> bool:
    """An assault, or an attempt at or to assault: "an incursion", "an attempt at a ground
    incursion", "attempts to storm the town"."""
    if is_lexicon_type(thing, "ASSAULT"):
        return True
    if thing.lemma_.lower() not in ATTEMPT_LEMMAS:
        return False
    tried = [*objects_of(thing, "at"), *(c for c in thing.children if c.dep_ in {"acl", "xcomp"})]
    return any(is_lexicon_type(t, "ASSAULT") for t in tried)


def _regretted_loss(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """Regret at someone's leaving or death mourns it, a comment (STATEMENT 012), neither an
    apology nor blame of who left: "expressed regret at Mattis's departure"."""
    if entry.type != "SUPPORT" or word.lemma_.lower() not in _REGRET_LEMMAS:
        return entry
    regretted = [thing for prep in _REGRETTED_PREPS for thing in objects_of(word, prep)]
    if not regretted or not all(t.lemma_.lower() in _LOST_PRESENCE_NOUNS for t in regretted):
        return entry
    return _in_sense_of(entry, "regret", "regret at a loss")


def _regretted_deed(word: Token, entry: LexiconEntry) -> LexiconEntry:
    """Regret at another party's deed deplores it (CAMEO 111, as disappointment does), no
    apology: "expressed regret at Russia's use of its veto"; regret for one's own deed
    ("expressed regret for the deaths") stays an apology."""
    if entry.type != "SUPPORT" or word.lemma_.lower() not in _REGRET_LEMMAS:
        return entry
    regretted = [thing for prep in _REGRETTED_PREPS for thing in objects_of(word, prep)]
    if not any(any(owner_refs(thing)) for thing in regretted):
        return entry
    note = f"regret at another's deed: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, *_CRITICISE, None, note)


def _is_answer(danger: Token) -> bool:
    """Retribution or force: what a warning of it threatens ("retaliation", "military action")."""
    if danger.lemma_.lower() in _WARNED_ANSWERS:
        return True
    found = lexicon_entry(danger) if danger.pos_ in {"NOUN", "VERB"} else None
    return found is not None and found.type in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def _withholds_speech(clause: Token) -> bool:
    """ "(declined) to comment", "(refused) to give details"."""
    if clause.lemma_.lower() in _WITHHELD_SPEECH_LEMMAS:
        return True
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WITHHELD_SPEECH_OBJECTS for c in clause.children
    )


def _admission(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Conceding a claim is admitting it, a statement, no concession: "has conceded that the
    offensive crippled efforts", "as Rice conceded in Cairo, it was a self-defeating policy"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADMITTING_LEMMAS:
        return entry
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return entry  # "conceded defeat", "conceded the town to the rebels"
    said = any(c.dep_ == "ccomp" for c in verb.children) or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )
    return _in_sense_of(entry, "admit", "admission") if said else entry


def _rallying_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A call, addressed to no one, for hostile action against someone rallies opposition
    against them (CAMEO 113, an ACCUSE): "called for sanctions against Syria"."""
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
    return _in_sense_of(entry, "riot", "by protesters")


def _summons_to_complain(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """An envoy summoned to hear a protest is an official complaint (CAMEO 114): "summoned the
    ambassador to protest the remarks", also where the parser makes the purpose a complement
    ("summoned Niger's ambassador | to complain of inaction")."""
    if verb.lemma_.lower() not in _SUMMON_LEMMAS:
        return entry
    for clause in verb.children:
        complement = clause.dep_ == "xcomp" and _is_to_infinitive(clause)
        purpose = lexicon_entry(clause) if is_purpose(clause) or complement else None
        if purpose is not None and purpose.type in {"ACCUSE", "PROTEST"}:
            complaint = load_lexicon().lookup("complain", "VERB")
            if complaint is not None:
                return replace(complaint, lemma=entry.lemma, note=f"summoned: {complaint.note}")
    return entry


def _dismantled_others(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Taking apart another side or what it owns is destroying it, not disarming oneself:
    "Kurdish forces have dismantled Islamic State's caliphate" (but "Libya dismantled its
    programme")."""
    if verb.lemma_.lower() not in _DISMANTLE_LEMMAS or verb.pos_ != "VERB":
        return entry
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for obj in objects for c in obj.children)
    others = owned or any(actor_refs(obj) for obj in objects)
    destroy = load_lexicon().lookup("destroy", "VERB")
    if not others or destroy is None:
        return entry
    return replace(destroy, lemma=entry.lemma, note=f"another's: {destroy.note}")


def _liberated_place(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Freeing a place from someone is taking it from them by force: "the campaign to free
    Raqqa from Isis" (as "liberated Manbij from Islamic State"); freeing people is a release."""
    if verb.lemma_.lower() not in _FREEING_LEMMAS or verb.pos_ != "VERB":
        return entry
    places = [c for c in verb.children if c.dep_ == "dobj" and _is_place(c)]
    holders = [pobj for pobj in objects_of(verb, "from") if actor_refs(pobj)]
    liberate = load_lexicon().lookup("liberate", "VERB")
    if not places or not holders or liberate is None:
        return entry
    return replace(liberate, lemma=entry.lemma, note=f"a place freed: {liberate.note}")


def _is_place(word: Token) -> bool:
    """A place: a place entity, a place noun ("the town"), or a town the model left unlabelled
    ("Raqqa")."""
    if word.ent_type_ in _PLACE_ENTITY_LABELS or word.lemma_.lower() in PLACE_NOUNS:
        return True
    return word.pos_ == "PROPN" and city_country(word.text) is not None


def _official_protest(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A protest by a state or an organisation named as such is an official complaint (CAMEO
    114): "Ankara has long protested at the alliance"; one by people ("Iranians protested",
    "opposition supporters protested") stays a protest."""
    if entry.type != "PROTEST" or verb.pos_ != "VERB" or verb.lemma_.lower() != "protest":
        return entry
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not any(_is_institution(s) for s in subjects):
        return entry
    complaint = load_lexicon().lookup("complain", "VERB")
    if complaint is None:
        return entry
    return replace(complaint, lemma=entry.lemma, note=f"by an institution: {complaint.note}")


def _shared_view(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Agreeing with someone, on no course of action, endorses their view (SUPPORT 051): "I
    agree with him", "agreed with Trump that the strikes were necessary"; agreeing with
    someone on something or to do it stays an agreement."""
    if entry.type != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _VIEW_LEMMAS:
        return entry
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if "with" not in preps or preps & _TERMS_PREPS:
        return entry
    if any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return entry  # "agreed with Russia to set up", "agreed a deal with"
    endorsement = load_lexicon().lookup("endorse", "VERB")
    if endorsement is None:
        return entry
    return replace(endorsement, lemma=entry.lemma, note=f"shared view: {endorsement.note}")


def _agreed_view(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Agreeing that something is so, on no course of action, states a shared view (CAMEO 019):
    "Cabinet agreed that the Assad regime has a track record of the use of chemical weapons";
    agreeing that something will or should be done ("agreed that troops would withdraw"), or to
    do it, stays an agreement."""
    if entry.type != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _VIEW_LEMMAS:
        return entry
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"xcomp", "dobj", "prep"} for c in verb.children):
        return entry
    if not all(_is_view(clause) for clause in clauses):
        return entry
    return LexiconEntry(entry.lemma, entry.pos, *_ACCORD, None, f"agreed view: {entry.note}")


def _concurred_view(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Agreeing with nothing named, right after another's words with no offer or demand in
    them, concurs with what they said (CAMEO 019): "“There will be no running like there was in
    Aleppo.” Munef al-Shami, an opposition leader, agreed"; after an offer or demand it accepts
    it ("Russia offered to remove the weapons. Obama agreed")."""
    if entry.type != "AGREE" or verb.lemma_.lower() not in _VIEW_LEMMAS:
        return entry
    if not stands_alone(verb) or verb.i == verb.sent.start:
        return entry
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return entry  # "a deal was agreed", "the plan agreed": no one concurs
    before = verb.doc[verb.sent.start - 1].sent
    if not _holds_words(before) or any(w.pos_ == "VERB" and is_asking(w) for w in before):
        return entry
    return LexiconEntry(entry.lemma, entry.pos, *_ACCORD, None, f"concurred view: {entry.note}")


def _holds_words(sentence: Span) -> bool:
    """A sentence of someone's words: quoted, or told by a verb of statement."""
    return any(quotation_of(w) is not None or is_statement_verb(w) for w in sentence)


def _is_view(clause: Token) -> bool:
    """A clause that says what is or was, with its own subject and no auxiliary of a course of
    action, nor the bare verb of one ("agreed that Iran withdraw")."""
    return (
        has_subject(clause)
        and clause.tag_ != "VB"
        and not any(
            c.dep_ == "aux" and c.lemma_.lower() in _COURSE_AUX_LEMMAS for c in clause.children
        )
    )


def _is_institution(subject: Token) -> bool:
    """A state or organisation named by its name ("Ankara", "the UN"), no people."""
    entity = entity_of(subject)
    return entity is not None and entity.root.i == subject.i and entity.label_ in {"GPE", "ORG"}


def _uncontrolled_place(verb: Token, entry: LexiconEntry) -> bool:
    """Control taken of no place or position is no seizure: "took control of the House", "took
    control of the party"."""
    return entry.particle == "control" and entry.type == "COERCE" and not controlled_places(verb)


def _blamed_subject(verb: Token, entry: LexiconEntry) -> bool:
    """Who "is to blame" is blamed, and blames no one: "Russia was to blame for the attack" (a
    statement that reports it blames Russia: the reported-disapproval rule)."""
    return is_to_blame(verb)


def _named_by_its_means(verb: Token, entry: LexiconEntry) -> bool:
    """A deed told by the event it was done by ("By attacking the Syrian Kurds in Afrin,
    Erdoğan directly challenged the US and Nato", "had defied the norms of civilised people by
    using chemical weapons", "responded by saying"): the means is the event, and the verb only
    says what it amounted to. A passive's "by" names its agent ("were hit by shelling"), a
    means that is no event word leaves the verb the event ("took Trump by surprise"), and so
    does help or blame, whose target the means may not name ("helped Assad by bombing rebels",
    "criticised Russia by saying")."""
    if entry.type not in _CHARACTERISING_TYPES or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    return any(
        means.dep_ == "pcomp"
        and means.tag_ == "VBG"
        and not has_subject(means)
        and lexicon_entry(means) is not None
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for means in prep.children
    )


def _ignored_no_demand(verb: Token, entry: LexiconEntry) -> bool:
    """Ignoring rejects a demand, a warning, a rule or a party ("ignored calls for a
    ceasefire", "ignoring international law", "ignored Erdoğan"); ignoring anything else is
    neglect, no rejection: "He has ignored diplomatic efforts to end Syria's civil war",
    "ignoring Russia's worthless guarantees", "Beaumont also ignores the murderous use of
    chemical agents"."""
    if entry.lemma != "ignore" or verb.pos_ != "VERB":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(things) and not any(_is_demand(t) or actor_refs(t) for t in things)


def _contributed_to_no_effort(verb: Token, entry: LexiconEntry) -> bool:
    """Contributing aids a party or a common effort; contributing to anything else causes it:
    "Turkey, too, has contributed to Syria's bottomless misery", "complaining they are
    contributing to power cuts and joblessness"."""
    if entry.lemma != "contribute" or verb.pos_ != "VERB":
        return False
    ends = objects_of(verb, "to")
    return bool(ends) and not any(
        end.lemma_.lower() in _COMMON_EFFORTS or actor_refs(end) for end in ends
    )


def _stance_on_nothing_named(verb: Token, entry: LexiconEntry) -> bool:
    """A rejection or support of anything or something at all is a standing view, aimed at no
    one: "(De Mistura) said he is opposed to anything that cuts across the UN process", "That
    is something that defence secretary James Mattis resisted in the latest wave of
    airstrikes"."""
    if entry.type not in _STANCE_TYPES or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for prep in verb.children if prep.dep_ == "prep" for o in prep.children]
    if verb.dep_ == "relcl":
        objects.append(verb.head)  # "something that Mattis resisted"
    return any(o.lower_ in _INDEFINITE_PRONOUNS for o in objects)


def _is_demand(noun: Token) -> bool:
    entry = lexicon_entry(noun) if noun.pos_ == "NOUN" else None
    asks = entry is not None and entry.type in _ASKING_TYPES
    return asks or noun.lemma_.lower() in _DISREGARDED_RULES


def is_no_event(word: Token, entry: LexiconEntry) -> bool:
    """Whether a word of an event names none here (``NO_EVENT_RULES``)."""
    return any(rule(word, entry) for _, rule in NO_EVENT_RULES)


def _hearsay(verb: Token, entry: LexiconEntry) -> bool:
    """What is said or alleged of someone by no one named ("is said to have 8,000 fighters",
    "the militia, said to number 10,000", "was reported to have died", "the two other members
    of the group alleged to have been involved in the killings") is no statement or accusation
    of theirs."""
    if entry.type not in _HEARSAY_TYPES or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "xcomp" and _to_follows(verb, c) for c in verb.children):
        return False  # not a quote after a colon: said: "Just to speak out ... is not"
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "was told by the minister to leave"
    passive = verb.tag_ == "VBN" and (
        verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    )
    return passive or verb.lemma_.lower() in _HEARSAY_LEMMAS


def _anonymous_speech(verb: Token, entry: LexiconEntry) -> bool:
    """Speaking "on condition of anonymity" or "anonymously" says how someone unnamed talks to
    the reporter, no public statement: "he spoke on condition of anonymity because of ..."."""
    if entry.type != "STATEMENT" or verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _ANONYMITY_WORDS:
            return True
        if child.dep_ == "prep" and any(
            t.lower_ in _ANONYMITY_WORDS and _only_prepositions(t, child) for t in child.subtree
        ):
            return True
    return False


def _agreed_speech(verb: Token, entry: LexiconEntry) -> bool:
    """Agreeing, offering or promising to speak, to comment or to be interviewed consents to
    talk to the reporter, no agreement with anyone: "a Turkish official, who agreed to speak on
    condition of anonymity", "Syrian fighters and officials who agreed to interviews"; what is
    then said is coded by its own verb (a statement announced is no event). A vow to respond or
    to answer is to answer a blow ("Iran vowed to respond to the attack")."""
    if entry.type != "AGREE" or verb.pos_ != "VERB" or verb.lemma_.lower() in _PROMISE_LEMMAS:
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and _is_speech(child):
            return True
        to = child.dep_ == "prep" and child.lower_ == "to"
        if to and any(o.dep_ == "pobj" and _is_interview(o) for o in child.children):
            return True
    return False


def _is_speech(clause: Token) -> bool:
    """ "(agreed) to speak", "to comment", "to be interviewed": speech with nothing announced or
    declared ("to declare a ceasefire" is), to no one spoken with ("to speak with Putin" is a
    talk); information shared is passed on ("agreed to share information on missing people")."""
    if _is_interview(clause):
        return True
    found = lexicon_entry(clause)
    said = any(c.dep_ == "dobj" for c in clause.children)
    return found is not None and found.type == "STATEMENT" and not said


def _is_interview(word: Token) -> bool:
    """ "interviews", "(to be) interviewed"."""
    return word.lemma_.lower() in _INTERVIEW_NOUNS


def _striving(verb: Token, entry: LexiconEntry) -> bool:
    """Seeking to do something oneself ("Isis has sought to exploit the vacuum", "Ankara sought
    to contain it") asks nothing of anyone, unlike seeking a thing ("sought Russia's backing")."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _STRIVING_LEMMAS
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        and any(c.dep_ == "xcomp" and _to_follows(verb, c) for c in verb.children)
    )


def _inner_hope(verb: Token, entry: LexiconEntry) -> bool:
    """What someone hopes ("hoped to blend in with the civilians", "hoped their contribution
    would mean increased support") is told by the reporter, not said by them: a statement only
    when a verb of saying reports it ("said he hoped", which is coded by "said")."""
    return (
        entry.type == "STATEMENT"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _INNER_HOPE_LEMMAS
    )


def _felt_relief(noun: Token, entry: LexiconEntry) -> bool:
    """Relief someone feels, no help given: "her relief is palpable" (a pronoun's), "have
    expressed relief that the two remaining members have been captured", "a sigh of relief"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _FEELING_NOUNS:
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return True
    if any(
        c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children)
        for c in noun.children
    ):
        return True
    head = noun.head
    return (noun.dep_ == "dobj" and head.lemma_.lower() == "express") or (
        noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "sigh"
    )


def _held_commitment(noun: Token, entry: LexiconEntry) -> bool:
    """A commitment that no light verb makes ("his commitment to an agreement stemming refugee
    flows", "the depth of his commitment to representative democracy") is a disposition someone
    has, no promise made at a time; one a statement voices ("reaffirmed its commitment") is a
    promise."""
    voiced = noun.dep_ == "dobj" and is_statement_verb(noun.head)
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _DISPOSITION_NOUNS
        and light_verb_of(noun) is None
        and not voiced
    )


def _defended_place(verb: Token, entry: LexiconEntry) -> bool:
    """Defending a place is fighting for it, no support of anyone (the lexicon's "defend" is
    arguing for a party or policy): "heroically defended the Syrian city of Kobane", "the area
    is defended by about 400 hardcore Isis members", "defended their positions", "are defending
    the Rojava – the fabled Kurdish homeland" (a place its apposition names)."""
    if entry.type != "SUPPORT" or verb.pos_ != "VERB" or verb.lemma_.lower() != "defend":
        return False
    defended = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    defended += [a for word in defended for a in word.children if a.dep_ == "appos"]
    return any(_is_place_word(word) for word in defended)


def _is_place_word(word: Token) -> bool:
    """A place noun ("the city", "positions"), a named site or area ("Mount Baghuz"), or a town
    the city table knows and the gazetteer does not, whatever the model labels it ("Kobane")."""
    if word.lemma_.lower() in _DEFENDED_PLACE_NOUNS or word.lower_ in _DEFENDED_PLACE_NOUNS:
        return True
    entity = entity_of(word, frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"}))
    if entity is None or load_gazetteer().lookup(entity.text) is not None:
        return False
    return entity.label_ in {"LOC", "FAC"} or city_country(entity.text) is not None


def _only_prepositions(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs from ``top`` through prepositions and their objects only."""
    while token != top:
        if token.dep_ not in {"prep", "pobj"} or token.head == token:
            return False
        token = token.head
    return True


def _to_follows(verb: Token, clause: Token) -> bool:
    """ "said to number": the infinitive's "to" right after the verb."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i + 1 for c in clause.children)


def _stood_by_no_one(verb: Token, entry: LexiconEntry) -> bool:
    """Standing by a thing or by nothing is no loyalty to anyone: "stood by previous comments",
    "we stand by the research", "had stood by as Isis was swept from the towns", "will not
    stand by and watch"; "will stand by Bashar al-Assad", "standing by the SDF" are."""
    if entry.type != "SUPPORT" or entry.particle != "by" or verb.pos_ != "VERB":
        return False
    return not any(_is_party(word) for word in objects_of(verb, "by"))


def _figurative_investment(verb: Token, entry: LexiconEntry) -> bool:
    """Investing no money in no party is devotion, no economic cooperation: "a strategy that he
    himself had heavily invested in", "she has invested too much in her German life"; "invested
    $2bn in Pakistan's ports", "invested in Pakistan" are."""
    if entry.type != "COOPERATE" or entry.lemma != "invest" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.ent_type_ == "MONEY" or t.like_num for c in objects for t in c.subtree):
        return False
    parties = [r for p in objects_of(verb, "in") for r in actor_refs(p) or owner_refs(p)]
    return not any(r.label != "PRON" for r in parties)  # "in her life": no party


def _fostered_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Encouraging a thing, with no party urged to act, fosters it and asks no one: "Washington
    had encouraged 'separatist' sentiments among Syria's Kurds", "encouraged the growth of
    Islamist terror"; "encouraged refugees to return", "encouraged the Kurds" ask someone, and
    "encouraged talks", "encourage the transfer of Kotey" ask for an event."""
    if entry.type != "REQUEST" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in _FOSTERING_LEMMAS:
        return False
    if any(c.dep_ in {"xcomp", "ccomp", "dative"} for c in verb.children):
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(things) and not any(
        t.pos_ in {"PRON", "PROPN"}
        or actor_refs(t)
        or is_person_role(t.lemma_)
        or lexicon_entry(t) is not None
        for t in things
    )


def _built_up_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Building up a thing that is no force, no arms and no party is no readying of force:
    "Mr Putin has built up his leverage"; "built up its forces", "its military presence",
    "building up Euphrates Shield into a force" still muster one."""
    if entry.type != "MOBILIZE" or entry.particle != "up" or verb.pos_ != "VERB":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(things) and not any(_is_force_built(t) for t in things)


def _is_force_built(thing: Token) -> bool:
    """A force, its arms or a party: what a build-up of force builds up."""
    return (
        thing.pos_ in {"PRON", "PROPN"}
        or _is_military(thing)
        or _names_material(thing)
        or thing.lemma_.lower() in _FORCE_BUILT_NOUNS
        or role_kind(thing.lemma_.lower()) is not None
        or bool(actor_refs(thing))
    )


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


def _sanctioned_action(verb: Token, entry: LexiconEntry) -> bool:
    """Sanctioning an action ("the move was quietly sanctioned by Moscow", "sanctioned the use
    of force", "sanctioned the strikes") approves it; parties sanctioned ("sanctioned three
    Iranian companies") are penalised."""
    if entry.type != "SANCTION" or verb.pos_ != "VERB" or verb.lemma_.lower() != "sanction":
        return False
    sanctioned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_is_action(s) for s in sanctioned)


def _is_action(noun: Token) -> bool:
    """A noun of an action: a word of the lexicon's events ("strikes") or of doing ("move")."""
    if noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in _APPROVED_ACTION_NOUNS or lexicon_entry(noun) is not None


def _forces_meeting(verb: Token, entry: LexiconEntry) -> bool:
    """Troops that meet troops meet in the field, not in talks: "as US-backed Syrian Democratic
    Forces troops met Russian-backed Syrian government forces" (a clash, if anything)."""
    if entry.type != "CONSULT" or verb.pos_ != "VERB" or verb.lemma_.lower() != "meet":
        return False
    sides = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "dobj"]
    return any(side.lower_ in ARMED_FORCE_WORDS for side in sides)


def _released_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Releasing a thing ("released a video", "released its report") frees no captive."""
    if entry.cameo != _RELEASE_PERSONS or verb.pos_ != "VERB":
        return False
    released = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(released) and not any(_is_party(r) for r in released)


def _shared_no_knowledge(verb: Token, entry: LexiconEntry) -> bool:
    """Sharing passes information on ("shared intelligence with the US") but not a view, an aim
    or an experience: "Erdoğan and Putin share another aim", "shared its view on barring the
    Kurds", "share a dislike of", "shared their moving experiences"; nor details shared with no
    one named, given out to the press."""
    if entry.cameo != _SHARE_INFORMATION or verb.pos_ != "VERB":
        return False
    shared = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if shared and all(s.lemma_.lower() in _PUBLIC_DETAIL_NOUNS for s in shared):
        return not _has_partner(verb)  # "will share additional details at a later time"
    return not any(s.lemma_.lower() in _SHARED_KNOWLEDGE_NOUNS for s in shared)


def _has_partner(verb: Token) -> bool:
    """Whether someone is named to share with: "shared details with Turkey", "shared the US
    the details"."""
    return bool(objects_of(verb, "with")) or any(c.dep_ == "dative" for c in verb.children)


def _held_no_captive(verb: Token, entry: LexiconEntry) -> bool:
    """ "Hold" detains only people ("Cantlie is still held by Isis", "fighters held by the
    SDF", "the SDF is holding Isis suspects"): not a thing or place ("held talks", "the last
    town held by Isis"), nor someone held to be something ("held Assad responsible"), nor with
    a particle ("held back"); an active holding names its holder as its own subject."""
    if verb.lemma_.lower() != "hold" or entry.cameo != _DETAIN or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" or c.dep_ in _PREDICATE_DEPS for c in verb.children):
        return True
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not held and verb.dep_ in {"acl", "relcl"}:
        held = [verb.head]  # "foreign fighters held by the SDF", "the men it holds"
    if any(h.dep_ == "dobj" for h in held) and not _has_own_subject(verb):
        return True  # "appealed for contact with the group holding him": who holds is unsure
    return not held or not all(_is_captive(h) for h in held)


def _has_own_subject(verb: Token) -> bool:
    return verb.dep_ == "relcl" or any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _is_captive(word: Token) -> bool:
    """A person or people that can be held captive: a name ("Cantlie"), a people ("Britons"), a
    pronoun for people or a noun of people ("prisoners", "foreign fighters"), or a number of
    them ("is holding thousands of foreign fighters")."""
    counted = objects_of(word, "of") if word.lower_ in _QUANTITY_NOUNS else []
    if counted:
        return any(_is_captive(c) for c in counted)
    if word.ent_type_ in {"PERSON", "NORP"}:
        return True
    return word.lower_ in _CAPTIVE_PRONOUNS or word.lower_ in _CAPTIVE_NOUNS


def _unbranded_regard(verb: Token, entry: LexiconEntry) -> bool:
    """How someone sees another or themselves ("sees the YPG as key", "considers herself lucky",
    "had falsely considered itself a force for good") is no public statement unless it brands
    them (``_branded``); nor is an option weighed, which the paper reports of their deliberation
    ("Germany is also considering suspending its aid program", "officials in London and
    Washington have been considering how they should be brought to justice": the real gold codes
    nothing of "officials are still considering what to do")."""
    if entry.type != "STATEMENT":
        return False
    return verb.lemma_.lower() in _REGARDING_LEMMAS | _JUDGING_LEMMAS


def _idiomatic_deal(noun: Token, entry: LexiconEntry) -> bool:
    """ "making a big deal about", "a great deal of pressure": no agreement."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() == "deal"
        and any(c.dep_ == "amod" and c.lower_ in _IDIOM_DEAL_MODIFIERS for c in noun.children)
    )


def _endangered_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Threatening a state of things endangers it, no threat to anyone: "Trump threatens British
    interests and international peace", "the fighting threatens the ceasefire"."""
    if entry.type != "THREATEN" or verb.pos_ != "VERB" or verb.lemma_.lower() != "threaten":
        return False
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False  # "threatened to strike", "threatened that Assad would pay"
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(things) and all(t.lemma_.lower() in _ENDANGERED_THINGS for t in things)


def _claim_of_title(noun: Token, entry: LexiconEntry) -> bool:
    """A claim renewed, pressed or laid with nothing it says is a claim to something, no
    statement: "the Kurds are quietly renewing their claim"; "renewed its claim that the attack
    was staged" says something."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "claim" or light_verb_of(noun) is None:
        return False
    return not any(c.dep_ in {"acl", "relcl", "ccomp"} for c in noun.children)


def _appeal_as_draw(noun: Token, entry: LexiconEntry) -> bool:
    """An appeal that asks nothing of anyone is attraction, no request: "its appeal was further
    diminished", "the group's broad appeal"; "an appeal for calm", "an appeal to the UN" and an
    appeal made or issued ask."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "appeal":
        return False
    asks = any(
        c.dep_ in {"acl", "relcl", "ccomp"} or (c.dep_ == "prep" and c.lower_ in _APPEAL_PREPS)
        for c in noun.children
    )
    return not asks and light_verb_of(noun) is None


def _figurative_war(noun: Token, entry: LexiconEntry) -> bool:
    """A war fought by other means is no armed conflict: "Riyadh's cold war with Qatar", "a
    trade war", "a war of words"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "war":
        return False
    return any(
        (c.dep_ in {"amod", "compound"} and c.lower_ in _FIGURATIVE_WAR_MODIFIERS)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(w.lower_ == "words" for w in c.children))
        for c in noun.children
    )


def _world_war(noun: Token, entry: LexiconEntry) -> bool:
    """A world war is history by its name, whose parties a news sentence does not report anew:
    "split since the first world war between Iraq, Syria, Iran and Turkey" (what is split is
    between them), "the third world war was not going to start"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "war":
        return False
    return any(c.dep_ in {"amod", "compound"} and c.lower_ == "world" for c in noun.children)


def _own_order(verb: Token, entry: LexiconEntry) -> bool:
    """An order no named party is to obey ("ordered her citizenship revoked", "ordered a
    humanitarian pause") is the orderer's own decision, no request of anyone."""
    if entry.type != "REQUEST" or verb.lemma_.lower() not in _COMMAND_LEMMAS:
        return False
    addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return not any(_is_party(a) for a in addressed)


def _offered_self(verb: Token, entry: LexiconEntry) -> bool:
    """ "offering himself as the spokesman": presenting oneself, no offer to anyone; and what
    someone "invited upon herself" is what they brought on themselves, no invitation
    ("potentially criminalised as Begum has now invited upon herself")."""
    if entry.type != "AGREE":
        return False
    if verb.lemma_.lower() == "offer":
        return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE_PRONOUNS for c in verb.children)
    brought_on = objects_of(verb, "upon") + objects_of(verb, "on")
    return verb.lemma_.lower() == "invite" and any(
        o.lower_ in _REFLEXIVE_PRONOUNS for o in brought_on
    )


def _described_object(verb: Token, entry: LexiconEntry) -> bool:
    """A participle describing the object of a preposition, which the parser made a clause with
    its subject, leaving the preposition bare before it: "For a risk-averse president pledged to
    end America's foreign wars, the reluctance ... was cautionary" describes a president."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    # "a risk-averse president", not a name run into a date ("on Monday Lavrov said")
    described = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and c.tag_ in {"NN", "NNS"} and c.left_edge.tag_ == "DT"
    ]
    return any(
        c.dep_ == "prep" and not list(c.children) and c.i + 1 == s.left_edge.i
        for c in verb.children
        for s in described
    )


def _left_by_no_forces(verb: Token, entry: LexiconEntry) -> bool:
    """Leaving is a withdrawal (RETREAT) only when armed forces leave: "2,000 US troops will
    leave north-west Syria", "Jaish al-Islam fighters have left Douma"; a state, a people or
    anyone else leaving ("Britain left the EU", "civilians left the city"), the fighters "left"
    (remaining) in a place, and what someone is left with are no event."""
    if entry.type != "RETREAT" or verb.lemma_.lower() not in _LEAVING_LEMMAS:
        return False
    leavers = _leavers(verb)
    leavers += [whole for part in leavers for whole in objects_of(part, "of")]  # "most of the"
    return not any(leaver.lower_ in ARMED_FORCE_WORDS for leaver in leavers)


def _leavers(verb: Token) -> list[Token]:
    """Who leaves: the verb's own subject, or that of the verb it completes or is joined to
    ("US forces began to leave", "withdrew and left")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return subjects


def _hearing_of_the_heard(noun: Token, entry: LexiconEntry) -> bool:
    """A hearing owned by whom it hears ("Pompeo's Senate hearing to be top diplomat", "his first
    hearing at the criminal court"), or a confirmation hearing, is no inquiry of its owner's, and
    who holds it is unsaid: no event ("an impeachment hearing against him" stays one)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _HEARING_LEMMAS:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.lower_ in _UNACCUSING_HEARING_COMPOUNDS)
        for c in noun.children
    )


def _no_weapon_tested(word: Token, entry: LexiconEntry) -> bool:
    """A test shows military power (MOBILIZE) only when a weapon is tested: "its missile tests",
    "a nuclear test", "tested a new ballistic missile", "tested 200 new types of weapons"; tests
    of samples, of relations or of anything else ("its tests had shown the sample was a nerve
    agent", "have tested relations") are no event."""
    if entry.type != "MOBILIZE" or word.lemma_.lower() not in _TEST_LEMMAS:
        return False
    if word.pos_ == "NOUN":
        tested = [c for c in word.children if c.dep_ in {"compound", "amod", "nmod"}]
        tested += objects_of(word, "of")
    else:
        tested = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
    return not any(_names_weapon(thing) for thing in tested)


def _names_weapon(thing: Token) -> bool:
    """A weapon word, its modifiers ("a new ballistic missile") or what it is a kind of ("types
    of weapons")."""
    words = [thing, *(c for c in thing.children if c.dep_ in {"compound", "amod", "nmod"})]
    words += objects_of(thing, "of")
    return any(w.lemma_.lower() in _TESTED_WEAPON_WORDS for w in words)


def _unsaid_content(verb: Token, entry: LexiconEntry) -> bool:
    """ "Maintain", "rule", "conclude" and "contend" state something only with a that-clause
    ("Canada's government maintains that citizens have the right to return"): "maintained a
    presence", "ruled Syria for decades", "concluded his visit", "contend for the title" state
    nothing."""
    return (
        entry.type == "STATEMENT"
        and verb.lemma_.lower() in _CONTENT_STATEMENT_LEMMAS
        and not any(c.dep_ == "ccomp" for c in verb.children)
    )


def _claimed_possession(verb: Token, entry: LexiconEntry) -> bool:
    """ "Claim" with a thing taken as what is claimed takes it and says nothing: "the territory
    it claimed in 2014", "the militants have claimed several prisoners" (a claim of a deed or a
    that-clause stays a statement: "claimed the attack", "claimed it had won")."""
    if entry.type != "STATEMENT" or verb.lemma_.lower() != "claim":
        return False
    claimed = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and not claimed:
        claimed = [verb.head]
    return any(thing.lemma_.lower() in _CLAIMED_POSSESSIONS for thing in claimed)


def _writers_comment(verb: Token, entry: LexiconEntry) -> bool:
    """ "Russians ... were among those to have fled the town, underscoring the global scope of
    the organisation": a participle of showing on a clause that says nothing is the writer's
    comment, no one's statement or protest ("Erdoğan spoke, highlighting ..." stays his)."""
    return (
        verb.lemma_.lower() in _SHOWING_LEMMAS
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not is_statement_verb(verb.head)
    )


def _grounds_to_say(verb: Token, entry: LexiconEntry) -> bool:
    """ "Chasing Kurdish forces from Afrin allowed Turkey to boast that ...": what a deed lets
    someone say is no statement they made (what it lets them do may be a deed: "allowed the
    Turkish government to arrest thousands")."""
    return (
        entry.type == "STATEMENT"
        and verb.dep_ in {"xcomp", "ccomp"}
        and verb.head.lemma_.lower() in _LETTING_LEMMAS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _riposte_by_force(verb: Token, entry: LexiconEntry) -> bool:
    """ "Hit back" criticises only words ("hit back at comments made by Trump"); at someone or
    with force ("would hit back at the troops") it is a blow, not a criticism."""
    if entry.lemma != "hit" or entry.particle != "back" or verb.pos_ != "VERB":
        return False
    return not any(_is_words(a) for a in objects_of(verb, "at"))


def _reply_by_deed(verb: Token, entry: LexiconEntry) -> bool:
    """A reply "with" a deed is the deed, no statement: "the Assad regime replied with brutal
    repression" (the deed carried as the event), "the Turkish government responded with an
    intense lobbying campaign"; "responded with a blunt statement" stays words."""
    if entry.type != "STATEMENT" or verb.lemma_.lower() not in _REPLYING_LEMMAS:
        return False
    return any(_is_deed(thing) for thing in objects_of(verb, "with"))


def _is_deed(thing: Token) -> bool:
    """A noun of something done: an event noun of no verbal type ("repression"), a campaign,
    an answer ("action", "measures") or a deed of a reply ("violence", "an initiative")."""
    lemma = thing.lemma_.lower()
    if lemma in CAMPAIGN_NOUNS or lemma in _ANSWER_NOUNS or lemma in _REPLY_DEED_NOUNS:
        return True
    entry = lexicon_entry(thing) if thing.pos_ == "NOUN" else None
    return entry is not None and entry.type not in _VERBAL_TYPES


def _is_words(thing: Token) -> bool:
    """A noun of something said: "comments", "criticism", "claims"."""
    entry = lexicon_entry(thing) if thing.pos_ == "NOUN" else None
    return entry is not None and entry.type in _VERBAL_TYPES


def _gathered_thing(verb: Token, entry: LexiconEntry) -> bool:
    """Gathering something or someone ("was gathering evidence", "regularly rallied followers
    to join") is no assembly of protesters."""
    return (
        entry.type == "PROTEST"
        and verb.lemma_.lower() in _GATHERING_LEMMAS
        and any(c.dep_ == "dobj" or _is_subject_clause(c) for c in verb.children)
    )


def _is_subject_clause(clause: Token) -> bool:
    """An object clause with its own subject, which the parser may make of an object: "rallied
    followers to join"."""
    return clause.dep_ in {"ccomp", "xcomp"} and any(
        c.dep_ in SUBJECT_DEPS for c in clause.children
    )


def _armed_assembly(verb: Token, entry: LexiconEntry) -> bool:
    """Armed forces that gather or march ("where US troops had regularly gathered") assemble
    or move, they do not demonstrate."""
    if entry.type != "PROTEST" or verb.pos_ != "VERB" or verb.lemma_.lower() in {"protest"}:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ARMED_FORCE_WORDS for c in verb.children)


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
    ("promised refusal", _promised_refusal),  # "vowed not to return the Golan Heights"
    ("red line", _red_line),  # "vowed that any use of chemical weapons would cross a red line"
    ("promised outcome", _promised_outcome),  # "vowed that the campaign would be over soon"
    ("told to", _told_to),  # "told the US to get out of the way": a demand
    ("invited help", _invited_help),  # "invited Saddam's troops to help oust them": a request
    ("proposed measures", _proposed_measures),  # "proposed refugee quotas": an appeal
    ("announced intention", _announced_intention),  # "the announcement that troops will leave"
    ("resignation", _resignation),  # "De Mistura stands down": leaves office
    ("quit office", _quit_office),  # "the defense secretary who quit last week"
    ("left accord", _left_accord),  # "would withdraw from the Iran deal": a rejection
    ("military advice", _military_advice),  # "advised by senior Turkish military officers"
    ("material support", _material_support),  # "supported Ghani with military aid": aid
    ("relief handed over", _handed_relief),  # "handed over medicine to the Red Crescent": aid
    ("fought foe", _fought_foe),  # "fought with the US against Isis": combat with Isis
    ("branded", _branded),  # "considers it a terrorist group": an accusation
    ("attempt", _attempt_entry),  # "tried to assassinate": CAMEO 185
    ("hostage taking", _hostage_taking),  # "the journalist captured by Islamic State"
    ("summons to complain", _summons_to_complain),  # "summoned the ambassador to protest"
    ("riot", _riot_entry),  # "protesters stormed the embassy"
    ("official protest", _official_protest),  # "Ankara has long protested at the alliance"
    ("rallying", _rallying_entry),  # "called for sanctions against Syria"
    ("another's", _dismantled_others),  # "dismantled Islamic State's caliphate"
    ("liberated place", _liberated_place),  # "the campaign to free Raqqa from Isis"
    ("declined comment", _declined_comment),  # "declined to give details": CAMEO 011
    ("warned against dissent", _warned_against_dissent),  # "against staging protests"
    ("warned to act", _warned_to_act),  # "warned Trump to avoid military action": urging
    ("warned of another's act", _warned_of_anothers_act),  # "warned against an assault"
    ("warned of danger", _warned_of_danger),  # "warns of unprecedented suffering": a statement
    ("warned that danger", _warned_that_danger),  # "warned that Somalia faced famine"
    ("call as demand", _call_as_demand),  # "Iran made a similar call": an appeal
    ("spoke by phone", _spoke_by_phone),  # "spoke to Putin by phone": a telephone call
    ("verbal clash", _verbal_clash),  # "has clashed repeatedly with Trump": a quarrel
    ("repelled attack", _repelled_attack),  # "blocked the attempt at a ground incursion"
    ("regretted loss", _regretted_loss),  # "expressed regret at Mattis's departure"
    ("regretted deed", _regretted_deed),  # "expressed regret at Russia's use of its veto"
    ("shared view", _shared_view),  # "I agree with him": an endorsement
    ("agreed view", _agreed_view),  # "Cabinet agreed that the regime has a track record"
    ("concurred view", _concurred_view),  # "“There will be no running.” Al-Shami agreed"
    ("admission", _admission),  # "conceded that the offensive had crippled efforts"
    ("question", _question),  # "“Haram?” he asked": a statement, no request
)


# Words of events that name none in their context, with the rule's name.
def _noun_modifier(verb: Token, entry: LexiconEntry) -> bool:
    """A participle modifying a noun is an adjective of it, no event, whatever the parser hung on
    it: "the US–backed Kurds controlling the north-east" (an en dash, split off as a subject)."""
    return verb.pos_ == "VERB" and verb.dep_ == "amod" and verb.head.pos_ in {"NOUN", "PROPN"}


NO_EVENT_RULES: tuple[tuple[str, Callable[[Token, LexiconEntry], bool]], ...] = (
    ("hosted thing", _hosted_thing),  # "received US support"
    ("hearsay", _hearsay),  # "the militia, said to number 10,000 fighters"
    ("anonymous speech", _anonymous_speech),  # "he spoke on condition of anonymity"
    ("agreed speech", _agreed_speech),  # "officials who agreed to speak", "to interviews"
    ("striving", _striving),  # "Isis has sought to exploit the vacuum"
    ("inner hope", _inner_hope),  # "the Isis men hoped to blend in"
    ("held commitment", _held_commitment),  # "his commitment to an agreement"
    ("felt relief", _felt_relief),  # "her relief is palpable"
    ("defended place", _defended_place),  # "defended the Syrian city of Kobane"
    ("stood by no one", _stood_by_no_one),  # "stood by previous comments"
    ("figurative investment", _figurative_investment),  # "had heavily invested in a strategy"
    ("fostered thing", _fostered_thing),  # "had encouraged separatist sentiments"
    ("built-up thing", _built_up_thing),  # "Mr Putin has built up his leverage"
    ("riposte by force", _riposte_by_force),  # "would hit back at the troops"
    ("reply by deed", _reply_by_deed),  # "replied with brutal repression"
    ("writer's comment", _writers_comment),  # "..., underscoring the global scope of Isis"
    ("grounds to say", _grounds_to_say),  # "allowed Turkey to boast that ..."
    ("unsaid content", _unsaid_content),  # "maintained a presence", "ruled Syria"
    ("left by no forces", _left_by_no_forces),  # "Britain left the EU", "civilians left"
    ("hearing of the heard", _hearing_of_the_heard),  # "Pompeo's Senate hearing"
    ("no weapon tested", _no_weapon_tested),  # "its tests showed", "have tested relations"
    ("gathered thing", _gathered_thing),  # "was gathering evidence", "rallied followers"
    ("armed assembly", _armed_assembly),  # "where US troops had regularly gathered"
    ("released thing", _released_thing),  # "released a video"
    ("sanctioned action", _sanctioned_action),  # "the move was sanctioned by Moscow"
    ("shared no knowledge", _shared_no_knowledge),  # "share another aim"
    ("held no captive", _held_no_captive),  # "held talks", "the last town held by Isis"
    ("forces meeting", _forces_meeting),  # "SDF troops met Syrian government forces"
    ("briefing", _briefing),  # "his annual press conference"
    ("unbranded regard", _unbranded_regard),  # "is seen as key", "considers herself lucky"
    ("idiomatic deal", _idiomatic_deal),  # "making such a big deal about this"
    ("appeal as draw", _appeal_as_draw),  # "its appeal was further diminished"
    ("claim of title", _claim_of_title),  # "the Kurds are quietly renewing their claim"
    ("endangered thing", _endangered_thing),  # "threatens British interests"
    ("figurative war", _figurative_war),  # "Riyadh's cold war with Qatar"
    ("world war", _world_war),  # "split since the first world war between Iraq, Syria, ..."
    ("own order", _own_order),  # "ordered her citizenship revoked"
    ("offered self", _offered_self),  # "offering himself as the spokesman"
    ("uncontrolled place", _uncontrolled_place),  # "took control of the House"
    ("described object", _described_object),  # "For a president pledged to end wars, ..."
    ("noun modifier", _noun_modifier),  # "the US–backed Kurds"
    ("claimed possession", _claimed_possession),  # "the territory it claimed in 2014"
    ("blamed subject", _blamed_subject),  # "Russia was to blame": Russia blames no one
    ("named by its means", _named_by_its_means),  # "by attacking the Kurds, Erdoğan challenged"
    ("ignored no demand", _ignored_no_demand),  # "has ignored diplomatic efforts"
    ("contributed to no effort", _contributed_to_no_effort),  # "contributed to Syria's misery"
    ("stance on nothing named", _stance_on_nothing_named),  # "opposed to anything that"
)
