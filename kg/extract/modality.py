"""Modality: whether the text reports an action as done (``ASSERTED``), announced (``INTENDED``),
refused (``REFUSED``) or not at all (``NOT_ASSERTED``), and how an announced or refused action is
coded.

Negated, conditional, possible, alleged, advocated, tried and demanded actions are not events
(an attempted assault is one); an announced action is coded as the intention (AGREE or
THREATEN; an action announced "unless" another acts is an ultimatum, force being readied a show
of force), an announced refusal as REJECT; a conjunct shares the modality of the complement it
joins.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.carriers import (
    LIGHT_LEMMAS,
    carried_event,
    is_lexicon_type,
    lexicon_entry,
    light_verb_of,
    objects_of,
)
from kg.extract.clauses import (
    campaign_of_purpose,
    demand_of_clause,
    first_conjunct,
    governing_chain,
    governing_verb,
    has_subject,
    is_asked,
    is_past_perfect,
    is_purpose,
    is_reported,
    is_statement_verb,
)
from kg.extract.words import (
    ABSORBING_TYPES,
    ARMED_FORCE_WORDS,
    ATTEMPT_LEMMAS,
    CONDITION_MARKS,
    FORCE_TYPES,
    INTENT_CODES,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    word_list,
)
from kg.lexicon import LexiconEntry, word_pairs

# Auxiliaries that leave an action possible or required, not done ("could meet", "must stop").
_MODAL_LEMMAS = word_list("modal_lemmas")
# Auxiliaries that announce an action: the actor's stated intention ("will visit").
_FUTURE_LEMMAS = word_list("future_lemmas")
# Modals that say an action may come: "tens of thousands may die ... as forces storm".
_POSSIBILITY_MODALS = word_list("possibility_modals")
# Adverbs that make a present tense a habit ("talks to the president frequently"), no event.
_HABITUAL_ADVERBS = word_list("habitual_adverbs")
# Words of a date still to come, which puts a simple present on the timetable: "De Mistura
# stands down at the end of the year", "travels to Paris next week".
_FORWARD_TIME_WORDS = word_list("forward_time_words")
# Words of a date gone by, which no present puts on a timetable: "at the end of last year".
_BACKWARD_TIME_WORDS = frozenset({"last", "previous", "ago", "yesterday", "earlier"})
# Adverbs that leave an action guessed or alleged, not reported: "Kotey likely engaged in the
# group's executions", "Presumably Damascus will remain determined to retake Idlib".
_SPECULATIVE_ADVERBS = word_list("speculative_adverbs")
# Adverbs before a verb that say what a deed amounted to, not what was done: "With Trump
# essentially handing Syria over to Russia", "Trump had effectively signed a global death
# warrant for women" (after it, a manner: "must be used effectively").
_CHARACTERISING_ADVERBS = word_list("characterising_adverbs")
# Adverbs that put a clause as what holds if a condition fails, itself a condition: "If the
# international community can force these two states out of Syria, toppling the regime would
# be much easier, otherwise, it is an international war between US and ... Russia".
_ALTERNATIVE_CONDITION_ADVERBS = word_list("alternative_condition_adverbs")
# What someone is of a clause that is only their belief or doubt: "is sceptical that Trump will
# launch an attack", "are confident that the congress in Sochi will be an important contribution".
_BELIEF_PREDICATES = word_list("belief_predicates")
# Marks of a clause of time ("when Iran hosts a summit"), whose present is the future of a
# future main clause.
_TIME_MARKS = word_list("time_marks")
# Of these, the marks whose present tense is always still to come: "once US forces leave",
# "until Isis is gone", "must agree to changes before they demobilise".
_PROSPECTIVE_MARKS = frozenset({"once", "until", "before"})
# Prepositions that put an event before or after another, never its grounds: "After his meeting
# with Putin, Trump praised Russia".
_SEQUENCE_PREPS = word_list("sequence_preps")
# Of these, the ones that date a clause by an event before or during it: "after", "during".
_DATING_PREPS = _SEQUENCE_PREPS - {"before"}
# Auxiliaries that leave a perfect unreal or still to come: "would have been killed".
_FUTURE_MARKS = frozenset({"will", "would", "could", "might", "may", "should", "must", "shall"})
# "would" announces an action in reported speech ("said it would help") and is hypothetical else.
_REPORTED_FUTURE_LEMMAS = frozenset({"would", "'d"})
# Verbs of obligation with "to": "will have to agree" leaves the action to be done.
_OBLIGATION_LEMMAS = word_list("obligation_lemmas")
# Verbs that announce a move still to be made when they carry one: "announced a troop
# withdrawal" is the intention to withdraw (CAMEO 0356), unlike "declared a ceasefire".
_ANNOUNCING_LEMMAS = word_list("announcing_lemmas")
# Event types whose announcement is a promise of the move.
_ANNOUNCED_INTENT_TYPES = frozenset({"RETREAT"})
# Verbs under which such a move is only decided, still to be made: "Trump abruptly decided to
# withdraw troops from Syria" (not "decided to allow", which a decision does).
_MOVE_DECIDING_LEMMAS = word_list("move_deciding_lemmas")
# Auxiliaries of ability: denied in reported speech, a refusal ("said it cannot help").
_ABILITY_LEMMAS = word_list("ability_lemmas")
# Words of what someone can do, which is not done: "remains capable of launching attacks",
# "missiles capable of striking Israel", "its ability to strike" (but "were able to" did it).
_CAPABILITY_WORDS = word_list("capability_words")
# Types of what something is "under" that describe its plight, no act: pressure, a threat.
_PLIGHT_TYPES = frozenset({"REQUEST", "THREATEN"})
# Modifiers of an event noun that leave it alleged, possible or still to come ("the coming war").
_UNREAL_MODIFIERS = word_list("unreal_modifiers")
# Words under which an action is only on a timetable ("is due to stage a conference", "was
# scheduled to meet"): neither done nor announced by its actor.
_SCHEDULING_LEMMAS = word_list("scheduling_lemmas")
# Verbs that leave what their complement says only how it looked ("he appeared to agree with
# Bolton", "Trump seems to have meekly complied", "appeared content to cede the initiative") or
# what is usual ("a pattern in which Trump tends to side with authoritarian foreign leaders").
_HEDGING_LEMMAS = word_list("hedging_lemmas")
# Verbs that say what something looked like, no more: "What once looked like an American buildup
# to roll back Iranian influence in Syria has collapsed overnight" reports no buildup.
_LIKENING_LEMMAS = word_list("likening_lemmas")
# Words of nearness, each with the preposition of what is near and so still to come: "was weeks
# away from capturing all remaining Isis-held territory", "on the brink of war".
_NEARNESS_PREPS = word_pairs("nearness_preps")
# Judgements of an action to be done ("it was right to provide help", "it is important to").
_JUDGING_PREDICATES = word_list("judging_predicates")
# What a copula says of its subject that leaves it still to come or only possible: "a Turkish
# military operation against the YPG is near", "an offensive is imminent".
_FORECAST_PREDICATES = word_list("forecast_predicates")
# Words under which the actor announces an action of its own ("plans to visit", "is ready to").
_SELF_INTENT_LEMMAS = word_list("self_intent_lemmas")
# Of these, the ones whose object does the action ("wants Tehran to return"): a demand.
_WANT_LEMMAS = word_list("want_lemmas")
# Of these, the inner wishes, which threaten nothing unless their holder voices them ("said
# they wanted to degrade the YPG"): "Donald Trump wants to degrade the UN" is the writer's view.
_DESIRE_LEMMAS = word_list("desire_lemmas")
# Clauses the text states in its own voice (or their first conjunct): a sentence's main clause,
# a relative clause.
_OWN_VOICE_DEPS = frozenset({"ROOT", "relcl"})
# Words under which an action is tried, refused, stopped, denied, alleged, asked for, only
# believed ("said they believed the militias would use human shields"), still approached
# ("lurches toward talks"), left undone ("without seeking UN consent") or only likely ("citing
# the likelihood of attacks", "the option of withdrawing"), not done.
_BLOCKING_LEMMAS = word_list("blocking_lemmas")
# Nouns of what someone has in mind, under which an action is only thought of: "share the aim
# of curbing US influence", "refloat the idea of restoring ties" (as a verb, "aimed to" is an
# intention, coded as one; "view", verb or noun, is among the blocking words).
_HELD_VIEW_NOUNS = word_list("held_view_nouns")
# Nouns of the worth someone sees in an action, which is then only wanted: "While the region's
# Kurds saw benefits in destroying the group", "France, which has shown some interest in
# repatriating children".
_VALUING_NOUNS = word_list("valuing_nouns")
# Nouns of what is feared, hoped for or weighed, whose clause after "is" is not done: "The
# working group's fear is that de Mistura ... will lend credibility", "one option being
# considered is that Washington would ask the Kurds to withdraw" (with the held views: "their
# aim is to").
_ANTICIPATION_NOUNS = word_list("anticipation_nouns") | _HELD_VIEW_NOUNS
# Nouns that say something may happen: "Direct clashes ... are now a distinct possibility".
_POSSIBILITY_NOUNS = word_list("possibility_nouns")
# Verbs that say what a thing is: "clashes are a possibility", "a deal remains an option".
_BEING_LEMMAS = frozenset({"be", "remain", "become", "seem"})
# Nouns of what keeps a deed from being done to someone: "insurance from Israeli attack", "a
# deterrent against a Turkish offensive".
_PROTECTION_NOUNS = word_list("protection_nouns")
_WARDING_PREPS = frozenset({"from", "against"})
# A verb and preposition under which an action, named by a gerund, is only considered: "was
# looking at backing a challenge", "is looking into sending troops".
_CONSIDERING_PHRASES = word_list("considering_phrases")
# Verbs of talk with the preposition of their topic: an action a gerund names after them is
# talked of, not done ("has tweeted about firing missiles into Syria", "talked of withdrawing").
_TOPIC_PHRASES = word_list("topic_phrases")
# Of these, the verbs of stopping, whose subject stops something and so is real: "the agreement
# ended a three-year ordeal".
_STOPPING_LEMMAS = word_list("stopping_lemmas")
# Of these, the verbs of ending what is under way: "Turkey ended its months-long operation
# against jihadists and Kurdish forces" reports the operation.
_ENDING_LEMMAS = word_list("ending_lemmas")
# Adverbs that make a preposition name what was not done: "instead of retreating", "rather
# than withdrawing".
_ALTERNATIVE_ADVERBS = word_list("alternative_adverbs")
# Verbs of saying whose "to"-infinitive is what someone is told to do, not done.
_TELLING_LEMMAS = word_list("telling_lemmas")
# The way a talk is held, no topic of it: "discussed his concerns in phone calls with Trump".
_MEDIUM_PREPS = word_list("medium_preps")
_TALK_LEMMAS = frozenset({"discuss", "talk"})
# Words that, passive, report what others expect of the subject: "are expected to re-establish
# ties" is neither done nor announced by them.
_EXPECTED_LEMMAS = word_list("expected_lemmas")
# Feelings of disapproval, whose object is their grounds: "was concerned about Turkey's new
# offensive" evaluates the offensive, which the sentence does not report.
_DISAPPROVAL_FEELINGS = word_list("disapproval_feelings")
# Nouns of discord, whose object "over", "about" or "at" is their grounds: "disputes with the US
# over its support for Kurdish forces", "anger from the regime over a set of proposals from the
# United States" speak of the support and the proposals, which the sentence does not report.
_DISCORD_NOUNS = word_list("discord_nouns")
_GROUNDS_PREPS = word_list("grounds_preps")
# Verbs that link a subject to what is said of it: "his claim is fake news", "the incursion
# appeared tentative", "is likely to prove a stumbling block".
_LINKING_LEMMAS = word_list("linking_lemmas")
# What a linking verb says of its subject: an adjective or a noun.
_LINKED_DEPS = frozenset({"acomp", "attr", "oprd"})
# Entity labels of a date or time of an event's own.
_DATE_LABELS = frozenset({"DATE", "TIME"})

# Types of event nouns that, named as what brings something about, are weighed for their
# effects, not reported: a standing relation (an alliance, support, aid, a deployment) or a
# withdrawal (not force, words or deals, news whatever they bring about).
_WEIGHED_CAUSE_TYPES = frozenset(word_list("weighed_cause_types"))
# Event types whose word leaves or stops the event named by its object ("walked out of talks").
_LEAVING_TYPES = frozenset({"SANCTION", "RETREAT"})
# Prepositions of what is left: "withdrew from the talks", "walked out (of) the meeting".
_LEFT_PREPS = word_list("left_preps")
# Verbs that send armed forces somewhere, whose purpose of force is then carried out.
_DISPATCH_LEMMAS = word_list("dispatch_lemmas")
# Force being readied is a show of force (CAMEO 152, increase military alert status).
_READYING_FORCE = ("MOBILIZE", "152")
# An action announced unless another acts is an ultimatum (CAMEO 139, give ultimatum).
_ULTIMATUM = ("THREATEN", "139")
# Participles that put an event in a sequence after or before the clause they follow ("asking
# them to meet on 10 September, followed by a meeting with France"): it is as real as that one.
_SEQUENCE_LEMMAS = word_list("sequence_lemmas")
# Verbs of saying that, refused, withhold comment rather than reject anyone ("said it would not
# discuss individual cases"), unless the refusal is of talks with a party ("would not discuss a
# truce with Turkey").
_WITHHELD_SPEECH_LEMMAS = word_list("withheld_speech_lemmas")
# Verbs that call someone something ("considers it a terrorist group").
_NAMING_LEMMAS = word_list("naming_lemmas")
# Relative pronouns as the object of a relative clause: "which Turkey considers".
_RELATIVE_OBJECTS = word_list("relative_pronouns")
# Verbs that charge someone "of" an action: "accused Kiev of shelling".
_CHARGING_LEMMAS = word_list("charging_lemmas")
# What an accuser goes on to do in the same breath: say, ask, accuse, threaten.
_ACCUSERS_OWN_TYPES = frozenset({"STATEMENT", "REQUEST", "ACCUSE", "THREATEN"})
# Types of words said: in the present, an act of speech now, not a standing description.
_SPOKEN_TYPES = _ACCUSERS_OWN_TYPES
ASSERTED = "asserted"
INTENDED = "intended"
REFUSED = "refused"
NOT_ASSERTED = "not asserted"
# Modalities coded as events of their own: the intention, or the refusal.
CODED_MODALITIES = frozenset({INTENDED, REFUSED})


def _continues_charges(clause: Token) -> bool:
    """Whether ``clause`` is a gerund the parser hung on an accusation after its first charge
    (or a conjunct of one): "accused Turkey of shelling villages, ignoring a
    ceasefire and arming militias" lists more charges, not what the accuser did
    (not what an accuser goes on to do by saying: "..., saying", "..., calling on the UN to
    act", "..., warning that")."""
    clause = first_conjunct(clause)
    governor = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or has_subject(clause):
        return False
    if is_statement_verb(clause) or governor.lemma_.lower() not in _CHARGING_LEMMAS:
        return False
    entry = lexicon_entry(clause)
    if entry is not None and entry.type in _ACCUSERS_OWN_TYPES:
        return False
    return any(
        charge.dep_ == "pcomp" and charge.tag_ == "VBG" and charge.i < clause.i
        for prep in governor.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for charge in prep.children
    )


def _blocks(governor: Token, below: Token, predicate: Token) -> bool:
    """Whether ``governor`` keeps the action under it from having happened.

    It does when it refuses, stops, denies, asks for or offers the action (a word of
    ``_BLOCKING_LEMMAS``, or an event word of an absorbing type that is the event instead:
    "agreed to meet" is an agreement), when someone else is wanted to act ("wants Tehran to
    return"), and when it accuses someone of an action ("accused Kiev of shelling").
    """
    lemma = governor.lemma_.lower()
    if _is_means_phrase(below):
        return False  # "defied the norms ... by using chemical weapons": the means is done
    if lemma in ATTEMPT_LEMMAS and _is_attempted_assault(predicate):
        return False
    if _is_medium_of_talk(governor, predicate):
        return False
    if lemma in _BLOCKING_LEMMAS or _phrasal(governor) in _BLOCKING_LEMMAS:
        return not (_stops_as_subject(governor, below) or _ends_own_force(governor, predicate))
    if _is_alternative(governor):
        return True  # "instead of retreating, HTS grew bolder"
    if governor.pos_ == "NOUN" and lemma in _HELD_VIEW_NOUNS:
        return True  # "share the aim of curbing US influence"
    if _is_valued_action(governor, below, predicate):
        return True  # "saw benefits in destroying the group": its worth, not the deed
    if _is_anticipated(governor, below):
        return True  # "The working group's fear is that de Mistura ... will lend credibility"
    if _is_said_possible(governor, below):
        return True  # "Direct clashes ... are now a distinct possibility": may be, not done
    if governor.pos_ == "NOUN" and lemma in _PROTECTION_NOUNS and below.lower_ in _WARDING_PREPS:
        return True  # "which serves as insurance from Israeli attack": warded off, not done
    if _is_considered_action(governor, below, predicate):
        return True  # "was looking at backing a primary challenge"
    if _is_topic_of_talk(governor, below, predicate):
        return True  # "has tweeted about firing missiles into Syria"
    if _is_capability(governor):
        return True  # "remains capable of launching attacks": could, not did
    if lemma in _SCHEDULING_LEMMAS and below.dep_ == "xcomp":
        return True  # "is due to stage a conference": scheduled, not done
    if lemma in _HEDGING_LEMMAS and _is_impersonal_clause(governor, below):
        return True  # "It seems the UK, US, France ... are happy to discuss": how it looks
    if lemma in _HEDGING_LEMMAS and below.dep_ in {"xcomp", "acomp"}:
        # "he appeared to agree with Bolton": how it looked, not what was done; but what was
        # done to look so was done ("appeared to contradict Trump by claiming ...")
        return not _is_means(predicate)
    if lemma in _LIKENING_LEMMAS and below.dep_ == "prep" and below.lower_ == "like":
        return True  # "what once looked like an American buildup": a likeness, not a deed
    if _is_belief(governor, below):
        return True  # "is sceptical that Trump will launch an attack": believed, not done
    if _is_judged_action(governor, below):
        return True  # "told MPs it was right to provide help": judged, not done
    if lemma in _TELLING_LEMMAS and below.dep_ == "xcomp":
        return True  # "told Russia to withdraw its troops": demanded, not done
    if lemma in _EXPECTED_LEMMAS and any(c.dep_ == "auxpass" for c in governor.children):
        return True  # "are expected to restore ties", "has been wanted for arrest"
    if lemma in _OBLIGATION_LEMMAS and below.dep_ == "xcomp" and _has_to(below):
        return True  # "will have to agree on the principles"
    if _is_setting_of_duty_to_come(governor, below):
        return True  # "in briefing the UN security council this week, will have to address"
    if lemma in _WANT_LEMMAS and (
        any(c.dep_ == "dobj" for c in governor.children) or has_subject(below)
    ):
        return True
    if _is_felt_grounds(governor, below, predicate) or _is_grounds_of_discord(
        governor, below, predicate
    ):
        return True
    if _is_judged_event(governor, below, predicate):
        return True  # "his claim is fake news": weighed, not reported
    if _is_weighed_cause(governor, below, predicate):
        return True  # "The alliance with the US has created deep-seated tensions"
    if demand_of_clause(below) is not None:
        return True  # "reiterated its demand that Israel ease the restrictions": asked, not done
    entry = lexicon_entry(governor) if governor.pos_ in {"VERB", "NOUN"} else None
    if entry is None:
        return False
    if below.dep_ == "dobj" and carried_event(governor) == predicate:
        return False  # "ordered the withdrawal of its troops": the orderer withdraws them
    if entry.type in ABSORBING_TYPES:
        # What is promised or warned in a that-clause is said, not asked: "assured Moon that
        # Moscow condemns the test" reports a condemnation.
        return not (entry.type in {"AGREE", "THREATEN"} and below.dep_ == "ccomp")
    if entry.type in _LEAVING_TYPES and predicate.pos_ == "NOUN":
        # "walked out of the talks", "withdrew from the ceasefire", "suspended its aid": left,
        # not held
        return below.dep_ == "dobj" or (below.dep_ == "prep" and below.lower_ in _LEFT_PREPS)
    # a noun carried by a verb of a clause under the word is that clause's action: "Moscow's
    # accusation that Britain directed the attack on Douma" alleges the attack
    clausal = predicate.pos_ == "VERB" or below.pos_ == "VERB"
    if entry.type in {"ACCUSE", "SUPPORT", "PROTEST"} and not clausal:
        # "welcomed the agreement", "denounced Turkey for its remarks", "in protest at the
        # arrests": the grounds, not news (not "after his meeting with Putin, Trump praised")
        grounds = below.dep_ == "dobj" or (
            below.dep_ == "prep" and below.lower_ not in _SEQUENCE_PREPS
        )
        return grounds and governor.lemma_.lower() not in LIGHT_LEMMAS
    return entry.type == "ACCUSE" and clausal and below.dep_ != "dobj"


def _is_setting_of_duty_to_come(governor: Token, below: Token) -> bool:
    """What someone is to do in the course of a duty still to come is itself to come, and no
    announcement of theirs: "De Mistura, in briefing the UN security council this week, will
    have to address US suspicions" (not "in briefing the council, he had to address them")."""
    duty = governor.lemma_.lower() in _OBLIGATION_LEMMAS and any(
        c.dep_ == "xcomp" and _has_to(c) for c in governor.children
    )
    return duty and below.dep_ == "prep" and _clause_modality(governor) == INTENDED


def _is_anticipated(governor: Token, below: Token) -> bool:
    """A clause that a fear, hope, option or aim is ("The working group's fear is that de
    Mistura by attending the Sochi event will lend credibility to a process", "one option being
    urgently considered is that Washington would ask the Kurds to withdraw", "the suspicion is
    that Russia carried out the strike"): what is feared or weighed, not what was done (not
    "the fact is that", "the problem is that")."""
    return (
        governor.lemma_.lower() == "be"
        and below.dep_ in {"ccomp", "xcomp"}
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _ANTICIPATION_NOUNS for c in governor.children
        )
    )


def _is_valued_action(governor: Token, below: Token, predicate: Token) -> bool:
    """An action a gerund after a noun of worth names: "has shown some interest in repatriating
    children", also where the parser hung the preposition on the verb the noun is the object of:
    "While the region's Kurds saw benefits in destroying the group" (an event noun may be done:
    "took advantage of the US withdrawal")."""
    if predicate.tag_ != "VBG" or below.dep_ != "prep" or below.lower_ not in {"in", "of"}:
        return False
    if governor.pos_ == "NOUN":
        return governor.lemma_.lower() in _VALUING_NOUNS
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _VALUING_NOUNS and c.right_edge.i == below.i - 1
        for c in governor.children
    )


def _is_said_possible(governor: Token, below: Token) -> bool:
    """An event noun said to be a possibility, prospect or option: "Direct clashes between
    Turkish forces and US troops in Manbij are now a distinct possibility" (not "the attack
    was a turning point", which it was)."""
    return (
        below.dep_ == "nsubj"
        and governor.lemma_.lower() in _BEING_LEMMAS
        and any(
            c.dep_ == "attr" and c.lemma_.lower() in _POSSIBILITY_NOUNS for c in governor.children
        )
    )


def _is_impersonal_clause(governor: Token, below: Token) -> bool:
    """A clause under a verb whose subject is the empty "it": "It seems (that) the UK ... are
    happy to discuss", "it appears Russia struck first" (not "Russia appears to")."""
    return below.dep_ == "ccomp" and any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in governor.children
    )


def _is_belief(governor: Token, below: Token) -> bool:
    """A clause that someone is sure, confident or sceptical of, which the parser hangs on the
    adjective or on its copula: "Judi Arsh ... is sceptical that Trump will launch an attack
    against the Assad regime" (not "make sure that", which is no belief)."""
    if below.dep_ != "ccomp":
        return False
    if governor.pos_ == "ADJ":
        return governor.dep_ == "acomp" and governor.lower_ in _BELIEF_PREDICATES
    return any(c.dep_ == "acomp" and c.lower_ in _BELIEF_PREDICATES for c in governor.children)


def _is_means_phrase(below: Token) -> bool:
    """A "by"-phrase naming how its head is done: "had again defied the norms of civilised
    people by using chemical weapons to murder women, children and other innocents". What the
    head refuses, stops or denies is its object or complement, not its means, which the text
    reports as done as the head is ("refused to help by sending troops" still refuses the
    sending, through "help")."""
    return (
        below.dep_ == "prep"
        and below.lower_ == "by"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in below.children)
    )


def _is_means(predicate: Token) -> bool:
    """An act named as the means of another: "by claiming US troops were still needed"."""
    return predicate.dep_ == "pcomp" and predicate.head.lower_ == "by"


def _is_judged_action(governor: Token, below: Token) -> bool:
    """An action that a judgement says is right, wrong, needed or hard to do is weighed, not
    done: "Alistair Burt ... told MPs it was right to provide help", "said it would be wrong to
    send the two men", "it is also necessary to recognise" (the infinitive hung on the
    adjective or on its copula); so is one a judgement says is needed in a that-clause in the
    present or the subjunctive: "it is critical that the UN continues to reaffirm", "it was
    vital that Russia withdraws its troops" (a clause in the past or perfect reports what was
    done: "it is wrong that Turkey attacked Afrin")."""
    judgements = [governor] if governor.pos_ == "ADJ" else []
    if governor.lemma_.lower() == "be":
        judgements = [c for c in governor.children if c.dep_ == "acomp"]
    if not any(j.lemma_.lower() in _JUDGING_PREDICATES for j in judgements):
        return False
    if below.dep_ == "ccomp":
        return _is_wished_clause(below)
    return below.dep_ in {"xcomp", "advcl"} and _has_to(below)


_WISHED_TENSES = frozenset({"VB", "VBP", "VBZ"})


def _is_wished_clause(clause: Token) -> bool:
    """A that-clause in the present or the subjunctive, with no perfect: "that the UN
    continues", "that he step down"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    return clause.tag_ in _WISHED_TENSES and not perfect


def _is_capability(governor: Token) -> bool:
    """What someone can do is not done: "is capable of launching attacks", "missiles capable of
    striking Israel", "is able to attack Baghdad", "its ability to wage war"; what someone was
    able to do was done ("were able to push Isis out", "have been able to")."""
    lemma = governor.lemma_.lower()
    if lemma not in _CAPABILITY_WORDS:
        return False
    copula = governor.head
    achieved = lemma == "able" and copula.lemma_.lower() == "be" and copula.tag_ in {"VBD", "VBN"}
    return not achieved


def _is_considered_action(governor: Token, below: Token, predicate: Token) -> bool:
    """An action a gerund names after "looking at" or "looking into" is weighed, not done."""
    return (
        predicate.pos_ == "VERB"
        and below.dep_ == "prep"
        and f"{governor.lemma_.lower()} {below.lower_}" in _CONSIDERING_PHRASES
    )


def _is_topic_of_talk(governor: Token, below: Token, predicate: Token) -> bool:
    """An action a gerund names after "tweeted about" or "talked of" is spoken of, not done."""
    return (
        predicate.pos_ == "VERB"
        and predicate.tag_ == "VBG"
        and below.dep_ == "prep"
        and f"{governor.lemma_.lower()} {below.lower_}" in _TOPIC_PHRASES
    )


def _is_felt_grounds(governor: Token, below: Token, predicate: Token) -> bool:
    """An event noun that a feeling of disapproval is about is its grounds, not news, as the
    object of a word of criticism is: "said he was concerned about Turkey's new offensive"."""
    return (
        predicate.pos_ == "NOUN"
        and governor.tag_ in {"JJ", "VBN"}  # "concerned", which the parser may read as a passive
        and governor.lower_ in _DISAPPROVAL_FEELINGS
        and below.dep_ == "prep"
    )


def _is_grounds_of_discord(governor: Token, below: Token, predicate: Token) -> bool:
    """An event noun that a dispute, row or anger is "over" is its grounds, not news: "Some of
    the outrage over Williamson's remarks"; also where the parser hung the preposition on the
    verb after the noun's phrase: "Erdoğan has engaged in multiple disputes with the US over its
    support for Kurdish forces", "were marked by anger from the regime over a set of proposals".
    A use of force is news all the same: "tension with Russia over the chemical attack in
    Douma"."""
    if below.dep_ != "prep" or below.lower_ not in _GROUNDS_PREPS or _is_use_of_force(predicate):
        return False
    if governor.pos_ == "NOUN":
        return governor.lemma_.lower() in _DISCORD_NOUNS
    before = below.doc[below.i - 1] if below.i > governor.i + 1 else governor
    return any(
        word.pos_ == "NOUN" and word.lemma_.lower() in _DISCORD_NOUNS
        for word in _up_to(before, governor)
    )


def _up_to(word: Token, top: Token) -> list[Token]:
    """``word`` and its heads below ``top`` (none when ``top`` does not govern it)."""
    path = [word]
    while path[-1].i != top.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path[:-1] if path[-1].i == top.i else []


def _is_judged_event(governor: Token, below: Token, predicate: Token) -> bool:
    """An event noun whose clause only says what it is or was like is weighed, not reported, as
    the object of a word of praise or criticism is: "Sadly, his claim is fake news", "The UK
    government's blanket opposition to the death penalty is a longstanding point of principle",
    "US withdrawal is likely to be messy". One with a date of its own is an event all the same
    ("The initial incursion by Turkish troops on Sunday appeared tentative"), and so is a use of
    force, whatever is said of it ("the attack was the deadliest in months", "is over")."""
    return (
        predicate.pos_ == "NOUN"
        and lexicon_entry(predicate) is not None
        and not _is_use_of_force(predicate)
        and below.i == predicate.i
        and predicate.dep_ == "nsubj"
        and governor.lemma_.lower() in _LINKING_LEMMAS
        and any(c.dep_ in _LINKED_DEPS for c in governor.children)
        and not any(t.ent_type_ in _DATE_LABELS for t in predicate.subtree)
    )


def _is_weighed_cause(governor: Token, below: Token, predicate: Token) -> bool:
    """A standing relation or a withdrawal named as what does something to something else is
    weighed for its effects, not reported: "The alliance with the US has created deep-seated
    tensions between Turkey and the US", "The United Nations deployment in the DRC suffers
    increasing attacks", "its surrender removed any viable threat against the regime" (and, in
    the gold, "Their departure has opened up a new front"). One with a date of its own is
    reported all the same."""
    entry = lexicon_entry(predicate) if predicate.pos_ == "NOUN" else None
    return (
        entry is not None
        and entry.type in _WEIGHED_CAUSE_TYPES
        and below.i == predicate.i
        and predicate.dep_ == "nsubj"
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() not in _LINKING_LEMMAS | LIGHT_LEMMAS
        and any(c.dep_ == "dobj" for c in governor.children)
        and not any(t.ent_type_ in _DATE_LABELS for t in predicate.subtree)
    )


def _is_use_of_force(word: Token) -> bool:
    """An attack, arrest or the like, news whatever is said of it."""
    entry = lexicon_entry(word)
    return entry is not None and entry.type in FORCE_TYPES


def _stops_as_subject(governor: Token, below: Token) -> bool:
    """What ends or stops something has happened: "The agreement between the regime and HTS
    ended a three-year ordeal" (not "the talks were suspended", nor "an assault risks a
    bloodbath", which may be only feared)."""
    return (
        below.dep_ == "nsubj"
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() in _STOPPING_LEMMAS
    )


def _ends_own_force(governor: Token, predicate: Token) -> bool:
    """Force its own side ends was under way: "Turkey ended its months-long operation against
    Kurdish forces", "Russia halted its airstrikes" (not "to end the war", nor "cancelled the
    operation", which never began)."""
    entry = lexicon_entry(predicate) if predicate.pos_ == "NOUN" else None
    return (
        entry is not None
        and entry.type in {"ASSAULT", "COERCE"}
        and governor.lemma_.lower() in _ENDING_LEMMAS
        and predicate.dep_ == "dobj"
        and predicate.head == governor
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in predicate.children)
    )


def _is_alternative(preposition: Token) -> bool:
    """ "instead of", "rather than": what the preposition governs was not done."""
    return preposition.dep_ == "prep" and any(
        c.dep_ == "advmod" and c.lower_ in _ALTERNATIVE_ADVERBS for c in preposition.children
    )


def _is_campaign_purpose(purpose: Token) -> bool:
    """Force that a campaign is waged to use, its to-clause hung on the verb above: "is making up
    for lost time in the fight to drive Isis out" reports the fight (as "the fight to drive Isis
    out" does, the clause on its noun)."""
    entry = lexicon_entry(purpose) if purpose.pos_ == "VERB" else None
    return (
        entry is not None
        and entry.type in {"ASSAULT", "COERCE"}
        and campaign_of_purpose(purpose) is not None
    )


def _is_dispatched_force(purpose: Token) -> bool:
    """Force that armed forces were sent in to use: "Russia has sent in aircraft to attack
    Idlib" reports the attack (whether the sending happened is the sending's own modality)."""
    entry = lexicon_entry(purpose) if purpose.pos_ == "VERB" else None
    head = purpose.head
    if entry is None or entry.type != "ASSAULT" or head.lemma_.lower() not in _DISPATCH_LEMMAS:
        return False
    sent = [c for c in head.children if c.dep_ == "dobj"]
    return any(c.lower_ in ARMED_FORCE_WORDS for c in sent)


def _is_medium_of_talk(governor: Token, predicate: Token) -> bool:
    """Talks held "in phone calls" are held, not talked of: "discussed his concerns in phone
    calls with Trump" reports the calls (a discussion *of* calls would not)."""
    preposition = predicate.head
    return (
        predicate.pos_ == "NOUN"
        and preposition.dep_ == "prep"
        and preposition.lower_ in _MEDIUM_PREPS
        and preposition.head == governor
        and governor.lemma_.lower() in _TALK_LEMMAS
    )


def _has_to(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _phrasal(verb: Token) -> str:
    """A verb with its particle: "hold off"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _is_attempted_assault(predicate: Token) -> bool:
    """An attempted killing or attack is an assault all the same (CAMEO 185, attempt to
    assassinate): "tried to assassinate the governor"."""
    return predicate.pos_ == "VERB" and is_lexicon_type(predicate, "ASSAULT")


def _aux_modality(aux: Token, node: Token) -> str | None:
    """What an auxiliary does to its clause: nothing (None), intention, or no assertion."""
    lemma = aux.lemma_.lower()
    if lemma in _MODAL_LEMMAS:
        return NOT_ASSERTED
    if lemma in _FUTURE_LEMMAS:
        return INTENDED
    if lemma in _REPORTED_FUTURE_LEMMAS:
        return INTENDED if is_reported(node) else NOT_ASSERTED
    return None


# The arguments whose "neither ... nor" negates their verb.
_NEITHER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Subjects or objects that deny the act of (nearly) all: "few of the preconditions have been
# met", "none of them attended", "nobody was arrested".
_NONE_WORDS = frozenset({"few", "none", "nobody", "nothing", "neither"})


def _is_a_few(word: Token) -> bool:
    """ "a few of the rebels": some did."""
    return any(c.dep_ == "det" and c.lower_ == "a" for c in word.children)


def _clause_modality(node: Token) -> str | None:
    """The modality that ``node``'s own negation, condition or auxiliaries give it."""
    result = None
    negated = False
    if _is_reported_inability(node):
        return REFUSED  # "the UK has said that it cannot help British citizens"
    for child in node.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            negated = True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            negated = True  # "would no longer abide by"
        if child.dep_ in _NEITHER_DEPS and any(g.lower_ == "neither" for g in child.children):
            negated = True  # "neither Britain nor France have ratified it", "met neither"
        if child.dep_ in _NEITHER_DEPS and child.lower_ in _NONE_WORDS and not _is_a_few(child):
            negated = True  # "few of the preconditions have been met by the Russians"
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
            return NOT_ASSERTED
        if child.dep_ == "amod" and child.lower_ in _UNREAL_MODIFIERS:
            return NOT_ASSERTED  # "the alleged violations", "a planned visit"
        if _is_unreal_participle(node, child):
            return NOT_ASSERTED  # "a US troop withdrawal promised by Donald Trump"
        if _is_forecast(node, child):
            return NOT_ASSERTED  # "an operation against the YPG is near"
        if _is_habit(node, child):
            return NOT_ASSERTED  # "he still talks to the president frequently"
        if _is_timetabled(node, child):
            return NOT_ASSERTED  # "De Mistura stands down at the end of the year"
        if child.dep_ == "advmod" and child.lower_ in _SPECULATIVE_ADVERBS:
            return NOT_ASSERTED  # "Kotey likely engaged in the executions"
        if child.dep_ == "advmod" and child.lower_ in _CHARACTERISING_ADVERBS and child.i < node.i:
            return NOT_ASSERTED  # "Trump essentially handing Syria over to Russia"
        if child.dep_ == "advmod" and child.lower_ in _ALTERNATIVE_CONDITION_ADVERBS:
            return NOT_ASSERTED  # "otherwise, it is an international war": if not
        if child.dep_ == "aux" and (found := _aux_modality(child, node)) is not None:
            if found == NOT_ASSERTED:
                return found
            result = found
    if result == INTENDED and _is_future_perfect(node):
        if _is_counterfactual(node):
            return NOT_ASSERTED  # "if I stayed he would have killed me": it did not happen
        result = None  # "will already have shared some information": done, by inference
    if negated:
        # "will not accept": a refusal announced; "did not meet": nothing happened.
        return REFUSED if result == INTENDED else NOT_ASSERTED
    return result


def _is_unreal_participle(node: Token, child: Token) -> bool:
    """An event noun that a participle after it says is only promised, planned or alleged, as
    the same word before it does: "a US troop withdrawal promised by Donald Trump" (as "the
    promised withdrawal"), "talks planned for next week"."""
    return (
        node.pos_ == "NOUN"
        and child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.lower_ in _UNREAL_MODIFIERS
    )


def _is_standing_description(node: Token) -> bool:
    """A relative clause in the simple present, which says what its head does as a rule, not
    what it did: "Global Affairs Canada, which manages the country's diplomatic relations and
    provides consular help", "Turkey, which views them as allies". Words said now are events
    all the same ("whom Turkey accuses of ordering the murder"), and so is what someone calls
    the head ("the YPG, which Turkey considers a terrorist organisation": a branding, or, if it
    brands no one, no event at all)."""
    return (
        node.dep_ == "relcl"
        and node.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in node.children)
        and not _is_speech(node)
        and not _is_naming_of_head(node)
    )


def _is_misread_modifier(verb: Token) -> bool:
    """A past participle the parser read as a clause whose subject is a possessive: in "the UN's
    proposed 30-day ceasefire must be applied", "proposed" is what the ceasefire is, said by
    Macron, not a proposal the sentence reports (a clause's subject takes no "'s"; a gerund's
    owner does its deed: "Trump's ordering the withdrawal of US troops")."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(
            s.dep_ in SUBJECT_DEPS and any(c.dep_ == "case" and c.tag_ == "POS" for c in s.children)
            for s in verb.children
        )
    )


def _is_naming_of_head(node: Token) -> bool:
    """A verb of naming with a subject of its own, whose relative pronoun is what it names:
    "(the YPG,) which Turkey considers a terrorist organisation", "which it sees as an
    extension of the PKK" (not "Turkey, which views them as allies", where the head names)."""
    relatives = [c for c in node.children if c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS]
    namers = [
        c for c in node.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in _RELATIVE_OBJECTS
    ]
    return node.lemma_.lower() in _NAMING_LEMMAS and bool(relatives) and bool(namers)


def _is_speech(node: Token) -> bool:
    """A verb of accusing, asking or threatening, or of statement with the clause it reports
    ("a campaign that the government says aims to create a safe zone")."""
    entry = lexicon_entry(node)
    if entry is None or entry.type not in _SPOKEN_TYPES:
        return False
    return entry.type != "STATEMENT" or any(c.dep_ == "ccomp" for c in node.children)


def _is_forecast(node: Token, child: Token) -> bool:
    """A copula saying its subject is near, imminent or likely: "warned that an operation
    against the YPG is near" reports no operation (not "Turkish opposition is likely to prove a
    stumbling block", where what is likely is what the complement says)."""
    return (
        node.lemma_.lower() == "be"
        and child.dep_ == "acomp"
        and child.lower_ in _FORECAST_PREDICATES
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in child.children)
    )


def _is_announced_move(noun: Token) -> bool:
    """ "Trump has announced a rapid troop withdrawal from Syria": a withdrawal announced is
    the intention to withdraw."""
    if noun.pos_ != "NOUN":
        return False
    light = light_verb_of(noun)
    entry = lexicon_entry(noun) if light is not None else None
    return (
        entry is not None
        and entry.type in _ANNOUNCED_INTENT_TYPES
        and light is not None
        and light.lemma_.lower() in _ANNOUNCING_LEMMAS
    )


def _is_decided_move(verb: Token) -> bool:
    """ "Trump decided to withdraw troops from Syria", "decided to upend US policy and withdraw
    troops": a withdrawal decided is the intention to withdraw, as one announced is."""
    entry = lexicon_entry(verb) if verb.pos_ == "VERB" else None
    if entry is None or entry.type not in _ANNOUNCED_INTENT_TYPES:
        return False
    complement = first_conjunct(verb)
    return complement.dep_ == "xcomp" and complement.head.lemma_.lower() in _MOVE_DECIDING_LEMMAS


def _is_reported_inability(node: Token) -> bool:
    """ "said that it cannot help": an actor saying it cannot act refuses to (coded when the
    action is cooperative, as a refusal announced with "will not" is)."""
    return (
        any(c.dep_ == "aux" and c.lemma_.lower() in _ABILITY_LEMMAS for c in node.children)
        and any(c.dep_ == "neg" for c in node.children)
        and is_reported(node)
    )


def _is_future_perfect(node: Token) -> bool:
    """ "will have shared": what is inferred to have been done, no intention announced."""
    return node.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in node.children
    )


def _is_counterfactual(node: Token) -> bool:
    """ "would have killed": what would have happened, and did not."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() in _REPORTED_FUTURE_LEMMAS for c in node.children
    )


def _is_habit(node: Token, child: Token) -> bool:
    """A present or present perfect made a habit by an adverb of frequency: "talks to him
    frequently", "has traditionally taken the most refugees"."""
    present = node.tag_ in {"VBZ", "VBP"} or (
        node.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.tag_ in {"VBZ", "VBP"} for a in node.children)
    )
    return present and child.dep_ == "advmod" and child.lower_ in _HABITUAL_ADVERBS


def _is_timetabled(node: Token, child: Token) -> bool:
    """A simple present dated by a time still to come is on a timetable, not done or announced
    by its actor: "De Mistura stands down at the end of the year after four years as special
    envoy" (not "stood down at the end of last year")."""
    if node.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in node.children):
        return False
    when = child if child.dep_ == "npadvmod" else None
    if child.dep_ == "prep":
        when = next((c for c in child.children if c.dep_ == "pobj"), None)
    return when is not None and when.ent_type_ == "DATE" and _is_date_to_come(when)


def _is_date_to_come(when: Token) -> bool:
    """A date after the story's: "next week", "at the end of the year", "tomorrow"; not one a
    narrative present counts from ("the next day") nor one with its year ("the end of 2014")."""
    dated = [t for t in when.subtree if t.ent_type_ == "DATE"]
    words = {t.lower_ for t in dated}
    if not words & _FORWARD_TIME_WORDS or words & _BACKWARD_TIME_WORDS:
        return False
    counted = any(t.lower_ == "next" and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in dated)
    return not counted and not any(t.like_num and len(t.text) == 4 for t in dated)


def modality(predicate: Token) -> str:
    """How the text puts an action: ``ASSERTED``, ``INTENDED`` or ``NOT_ASSERTED``.

    Negated, conditional, modal, refused, stopped, denied, alleged and demanded actions are not
    asserted ("not", "if", "could", "refused to", "urged X to"); an action that its actor
    announces ("will visit", "plans to", "is ready to", "said it would") is intended. The walk
    goes up the governing chain, so "did not say that they met" is not asserted either.
    """
    if _is_near(predicate) or _is_plight(predicate):
        return NOT_ASSERTED
    intended = _is_announced_move(predicate) or _is_decided_move(predicate)
    below = predicate
    for index, node in enumerate(governing_chain(predicate)):
        if is_purpose(node):
            dispatched = _is_dispatched_force(node)
            if not (dispatched or _is_campaign_purpose(node)):
                return NOT_ASSERTED
            # force sent in to be used is used as the sending is done: only threatened, promised
            # or refused to be sent, not used ("Erdoğan had threatened to send Turkish forces to
            # retake the town"); announced to be sent, announced to be used
            sending = modality(node.head) if dispatched else ASSERTED
            if sending != ASSERTED and sending != INTENDED:
                return NOT_ASSERTED
            intended = intended or sending == INTENDED
        if index > 0:
            if _blocks(node, below, predicate):
                return NOT_ASSERTED
            sequenced = _sequenced_modality(node, below)
            if sequenced == NOT_ASSERTED:
                return NOT_ASSERTED
            intended = intended or sequenced == INTENDED
            # a means is done as its head is: "By arming Shia militants, Tehran has sought to
            # push back Isis" (armed, not aimed at)
            aimed = node.lemma_.lower() in _SELF_INTENT_LEMMAS or _is_going_to(node, below)
            if aimed and _is_others_act(predicate):
                return NOT_ASSERTED  # "preparing for ... a ground invasion by forces loyal to"
            if aimed and not _is_means_phrase(below):
                intended = True
        if index == 0 and (_is_standing_description(node) or _is_misread_modifier(node)):
            return NOT_ASSERTED
        found = _clause_modality(node)
        if found == REFUSED and _carries(node, predicate):
            return found  # "said it would not hold talks with Assad": the talks are refused
        if found == NOT_ASSERTED or (found == REFUSED and index == 0):
            return found
        if index == 0 and not intended and _dates_past_clause(predicate):
            return ASSERTED  # "was believed to have been killed during a US-led attack"
        if found == INTENDED and index > 0 and not _is_clause_action(predicate):
            return NOT_ASSERTED  # "a final SDF assault would finish within days"
        if found == REFUSED:
            return NOT_ASSERTED
        intended = intended or found == INTENDED
        below = node
    if _is_future_time(below) or _is_denied_by_its_noun(below) or _continues_charges(below):
        return NOT_ASSERTED
    if is_asked(predicate, below):
        return NOT_ASSERTED  # "What does it say about our government that it would allow ...?"
    shared = _shared_modality(below)
    if shared == NOT_ASSERTED or _is_unreal_consequence(below):
        return NOT_ASSERTED
    return INTENDED if intended or shared == INTENDED else ASSERTED


def _is_unvoiced_wish(predicate: Token) -> bool:
    """Whether ``predicate`` is only wished, by a wish no one voices: a threat is made to be
    heard, and a harm the text says someone wants ("Donald Trump wants to degrade the UN")
    threatens no one. A wish to cooperate stays an intention ("Putin wants to meet Moon")."""
    return any(_is_unvoiced_desire(node) for node in list(governing_chain(predicate))[1:])


def _is_unvoiced_desire(node: Token) -> bool:
    """A wish the text ascribes to someone in its own voice, which no one voices: "Donald
    Trump wants to degrade the UN", "the nuclear agreement that Trump wants to destroy"; not a
    wish reported in a clause ("said they wanted to degrade the YPG", "indicated he wanted to
    pull out")."""
    if node.pos_ != "VERB" or node.lemma_.lower() not in _DESIRE_LEMMAS:
        return False
    return first_conjunct(node).dep_ in _OWN_VOICE_DEPS


def _carries(verb: Token, predicate: Token) -> bool:
    """Whether ``verb`` is the light verb carrying the event noun ``predicate`` ("hold talks",
    "take part in the talks"), whose announced refusal refuses the event."""
    return predicate.pos_ == "NOUN" and light_verb_of(predicate) == verb


def _dates_past_clause(noun: Token) -> bool:
    """An event noun by which a past clause is dated ("was not until a week after their
    capture", "was believed to have been killed during a US-led attack on Mosul", "has been held
    since his arrest"): it happened, whatever the clause says of its own action."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ not in _DATING_PREPS:
        return False
    clause = next((w for w in (prep.head, *prep.head.ancestors) if w.pos_ in {"VERB", "AUX"}), None)
    return prep.lower_ == "since" or (clause is not None and _is_past(clause))


def _is_past(verb: Token) -> bool:
    """A verb in the past: "was", "killed", "to have been killed", "had met"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() in _FUTURE_MARKS for a in auxiliaries):
        return False  # "would have been killed"
    return verb.tag_ == "VBD" or any(
        a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries
    )


def _is_near(predicate: Token) -> bool:
    """An action only near, still to come: "it was weeks away from capturing all remaining
    Isis-held territory", "on the verge of collapse"."""
    prep = predicate.head
    return (
        predicate.dep_ in {"pcomp", "pobj"}
        and prep.dep_ == "prep"
        and _NEARNESS_PREPS.get(prep.head.lower_) == prep.lower_
    )


def _is_plight(predicate: Token) -> bool:
    """Pressure or a threat something is under describes its plight, no act of whoever it is
    from: "Kurdish forces, who are under pressure from all sides, including Turkey", "is under
    increasing threat from Turkey" (but force it is under is under way: "are under assault
    from Turkey", "was under siege"; and sanctions are in force)."""
    prep = predicate.head
    entry = lexicon_entry(predicate)
    return (
        predicate.pos_ == "NOUN"
        and predicate.dep_ == "pobj"
        and prep.lower_ == "under"
        and prep.head.lemma_ == "be"
        and entry is not None
        and entry.type in _PLIGHT_TYPES
    )


def _is_clause_action(predicate: Token) -> bool:
    """Whether what a future clause announces is ``predicate``: a verb, or an event noun the
    clause's verb carries or takes as its object ("will launch an operation", "would stall its
    offensive"); not one it only speaks of, which no one announces ("a final SDF assault would
    finish within days", "will depend on negotiations between Russia and Turkey", "would report
    the outcome of the talks"). A noun that follows the announced one in sequence is announced
    with it: "will begin an air bombardment followed by a ground attack"."""
    if predicate.pos_ != "NOUN":
        return True
    head = predicate.head
    return (
        light_verb_of(predicate) is not None
        or (predicate.dep_ == "dobj" and head.pos_ == "VERB")
        or (head.dep_ == "agent" and head.head.lemma_.lower() in _SEQUENCE_LEMMAS)
    )


def _sequenced_modality(node: Token, below: Token) -> str | None:
    """An event "followed by" (or "preceded by") another clause is as real as that clause:
    asked for in "asking Turkey, Russia and Iran to meet on 10 and 11 September, followed three
    days later by a meeting with France"; announced in "Turkey will begin an air bombardment
    followed by a ground attack". None where ``node`` puts nothing in a sequence."""
    if node.lemma_.lower() not in _SEQUENCE_LEMMAS or below.dep_ != "agent" or has_subject(node):
        return None
    if node.dep_ == "acl":
        return modality(node.head)  # "an air bombardment followed by a ground attack"
    earlier = [
        t for t in node.sent if t.pos_ == "VERB" and t.i < node.i and t.right_edge.i < node.i
    ]
    if not earlier:
        return None
    sequenced = max(earlier, key=lambda t: (t.right_edge.i, t.i))  # the clause just before
    return modality(sequenced)


def _is_future_time(top: Token) -> bool:
    """A clause of time in the present under a future main clause is still to come, and not
    its actor's announcement: "will be highlighted on Friday when Iran hosts a summit"; so is
    one under a main clause of what may come ("tens of thousands may die, and hundreds of
    thousands may be displaced, as Russian and Syrian forces storm the last rebel stronghold"; "is
    likely to be the group's main focus in the coming years, as it retreats"),
    and one in the present marked "once", "until" or "before", whatever its main clause ("are
    to be protected from a Turkish incursion once US forces leave"), or in the past perfect under
    a modal main clause, as reported speech puts that present ("a deal could not be finalised
    until the UK had actually withdrawn from the EU"; not "fought on until the town had
    fallen")."""
    if top.dep_ not in {"advcl", "relcl"}:
        return False  # "relcl": "on Friday, when Iran hosts", a clause on the time
    marks = {c.lower_ for c in top.children if c.dep_ in {"mark", "advmod"}}
    if not marks & _TIME_MARKS:
        return False
    if is_past_perfect(top):
        return bool(marks & _PROSPECTIVE_MARKS) and _has_modal_main(top)
    if top.tag_ not in {"VBZ", "VBP"}:
        return False
    if marks & _PROSPECTIVE_MARKS:
        return True
    main = governing_verb(top)
    return main is not None and any(
        (c.dep_ == "aux" and c.lemma_.lower() in _FUTURE_LEMMAS | _POSSIBILITY_MODALS)
        or (c.dep_ == "acomp" and c.lower_ in _FORECAST_PREDICATES)
        for c in main.children
    )


def _has_modal_main(top: Token) -> bool:
    """Whether the clause ``top`` hangs on is modal or future: "could not be finalised",
    "would stay"."""
    main = governing_verb(top)
    unreal = _MODAL_LEMMAS | _FUTURE_LEMMAS | _REPORTED_FUTURE_LEMMAS
    return main is not None and any(
        c.dep_ == "aux" and c.lemma_.lower() in unreal for c in main.children
    )


def _is_denied_by_its_noun(top: Token) -> bool:
    """A relative clause on a noun that "no" denies is denied with it: "there was no way Isis
    was going to fight", "no country that attacked Syria" (no one did)."""
    return top.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in top.head.children
    )


def _shared_modality(top: Token) -> str | None:
    """The modality a conjunct shares with the complement it is coordinated with: in "refused to
    let the planes land and evacuate them", the evacuation is refused too; and with the verb
    whose subject and auxiliary it goes without ("_shares_auxiliary")."""
    head = top.head
    if top.dep_ != "conj" or head.pos_ != "VERB":
        return None
    if head.dep_ in {"xcomp", "ccomp"} or _shares_auxiliary(top) or _is_paired_infinitive(top):
        return modality(head)
    return None


def _is_unreal_consequence(top: Token) -> bool:
    """A participle with no subject or mark of its own that follows its clause says what that
    clause brings about, and is as unreal as the clause's own modal or condition makes it: "one
    option being considered is that Washington would ask the Kurds to withdraw, allowing Ankara
    to claim it had ousted them". What a deed not done brings about may be real ("Moscow did not
    object, allowing Turkish jets in"), and what is done in trying is done ("sought to train the
    rebels, providing them with arms")."""
    head = top.head
    if top.dep_ != "advcl" or top.tag_ != "VBG" or head.pos_ not in {"VERB", "AUX"}:
        return False
    if top.i < head.i or has_subject(top) or any(c.dep_ == "mark" for c in top.children):
        return False
    spoken = lexicon_entry(top)
    if spoken is not None and spoken.type in _SPOKEN_TYPES:
        return False  # "have vowed the campaign would be swift, saying ...": the vowers' words
    negated = any(c.dep_ == "neg" for c in head.children)
    return not negated and _clause_modality(head) == NOT_ASSERTED


def _is_paired_infinitive(conjunct: Token) -> bool:
    """A "to"-infinitive joined to another, whatever the parser hung the first on: in "called
    for the five permanent members to relinquish their role and to hand their seats over", the
    handing over is called for too."""
    return all(
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        for verb in (conjunct, conjunct.head)
    )


def _shares_auxiliary(conjunct: Token) -> bool:
    """A conjunct with no subject, auxiliary or negation of its own, in the form of its head, is
    under the head's modal or condition: "South Carolina may skip holding a primary and put its
    support behind Trump", "Erdogan will travel to Moscow and meet Putin"; not a negation ("did
    not veto the resolution and abstained"), nor a finite verb the parser hung on an infinitive
    ("marched to mourn Soleimani and protested against the US")."""
    head = conjunct.head
    own = {c.dep_ for c in conjunct.children}
    if own & (SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux", "auxpass", "neg"}):
        return False
    same_form = conjunct.tag_ == head.tag_ or conjunct.lower_ == conjunct.lemma_.lower()
    return same_form and not any(c.dep_ == "neg" for c in head.children)


def _is_others_act(predicate: Token) -> bool:
    """An act told by a noun with its own "by" agent, which a word of intent over it awaits
    rather than aims at: "Those who remain in Ghouta are preparing for the inevitable: a ground
    invasion by forces loyal to the regime" (expected, not the regime's announced move; not
    "prepared for the assault", the preparer's own)."""
    return predicate.pos_ == "NOUN" and any(
        _is_other_party(agent) for agent in objects_of(predicate, "by")
    )


def _is_other_party(noun: Token) -> bool:
    """A noun that can name a party ("forces", "the regime", "Russia"), not a bare means ("by
    air", "by land") nor the intending party's own ("an assault by its troops")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    return noun.tag_ in {"NNS", "NNP", "NNPS"} or any(
        c.dep_ in {"det", "amod", "compound", "poss"} for c in noun.children
    )


def _is_going_to(node: Token, below: Token) -> bool:
    """ "is going to visit": "going" with the action as its open complement."""
    return node.lemma_.lower() == "go" and node.tag_ == "VBG" and below.dep_ == "xcomp"


def is_asserted(predicate: Token) -> bool:
    """Whether the text reports the action as done: not negated, hypothetical, wanted, intended."""
    return modality(predicate) == ASSERTED


def modal_entry(entry: LexiconEntry, found: str, predicate: Token) -> LexiconEntry | None:
    """How an announced action is coded: an intention to cooperate or to harm; an ultimatum
    ("will withdraw its troops unless ..."); a refusal of a cooperative action announced with
    "will not"; or nothing."""
    if entry.type not in INTENT_CODES:
        return None
    coded_type, cameo = INTENT_CODES[entry.type]
    if found == INTENDED and _is_ultimatum(predicate):
        coded_type, cameo = _ULTIMATUM
    elif found == INTENDED and entry.type == "ASSAULT" and _is_preparing(predicate):
        coded_type, cameo = _READYING_FORCE
    if found == REFUSED:
        if coded_type != "AGREE" or _is_withheld_comment(predicate):
            return None
        coded_type, cameo = "REJECT", "120"
    if coded_type == "THREATEN" and _is_unvoiced_wish(predicate):
        return None  # "the 2015 nuclear agreement that Trump wants to destroy"
    note = f"{found}: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, coded_type, cameo, None, note)


def _is_withheld_comment(predicate: Token) -> bool:
    """ "(said it would not) discuss individual cases": comment withheld, a statement's matter,
    no rejection; "would not discuss a truce with Turkey" refuses talks with Turkey."""
    return (
        predicate.pos_ == "VERB"
        and predicate.lemma_.lower() in _WITHHELD_SPEECH_LEMMAS
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in predicate.children)
    )


def _is_preparing(predicate: Token) -> bool:
    """An action its actor is getting ready for ("the army prepared to attack"), not one it is
    willing to do ("is prepared to attack")."""
    return any(
        node.lemma_.lower() == "prepare" and node.pos_ == "VERB" and node.dep_ != "acomp"
        for node in governing_chain(predicate)
    )


def _is_ultimatum(predicate: Token) -> bool:
    """An announced action unless someone else acts: "will withdraw unless Chad holds talks"."""
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "unless" for m in clause.children)
        for clause in predicate.children
    )
