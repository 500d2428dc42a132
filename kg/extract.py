"""Extraction: events from the dependency parse of a spaCy ``Doc``.

``extract_mentions`` yields ``RawMention`` records in document order: who (an ``ActorRef``, still
unresolved text), the action and its PLOVER type from the lexicon, whom, the date expression, the
place and the sentence. ``resolve`` turns the references into canonical actors and dates.

Rules covered: active and passive clauses, prepositional targets ("met with Moon"), coordinated
actors ("X and Y met"), subjects inherited by open and adverbial clauses ("continued, saying"),
statements and the events they report (dated by the statement when they give no date), quotes
whose "we" (or plural speakers' "they") is the speaker, relative clauses ("Mexico, which
granted"), what a statement says ("issued a statement condemning"); open complements ("urged X
to stop" is a request of X, "agreed to meet Moon" an agreement targeting Moon, "demanded that
Russia explain" a request of Russia); events carried by nouns ("talks between", "a visit to",
"a request for the US to cease", "held talks", "imposed sanctions on", "traded accusations",
"joint drills", "gave Kenya a grant", "put troops on alert": see ``kg.carriers``); owners as
targets ("a US demand", "Turkish positions", "positions of the army", "a camp for refugees"), but
not the actor's own ("withdrew its troops from Kuwait"); targets named by a dative ("granted
asylum to"), a threat's condition ("unless Kiev withdraws"), a warned action ("warned that it
would strike X"), a complaint's grievance ("complained to the UN over Israeli raids"), whom an
action lets act ("allowed X to run"), the purpose of force ("opened fire to disperse X, killing
two"); roles, demonyms, groups and organisations as actors ("the Palestinians", "Hungarian and
Romanian officials", "police in Moscow", "Taliban fighters", "the Islamic Jihad movement"), where
groups that do not speak for a state are groups of their own, located by a demonym, region or
place ("Egyptian demonstrators", "Darfur rebels", "ethnic Albanians in Serbia"); protesters
("Kurdish protests", "protests in Georgia"). Modality: negated, conditional, possible, alleged,
advocated, tried and demanded actions are not events (an attempted assault is one); an announced
action is coded as the intention (AGREE or THREATEN; a promise to harm and an action announced
"unless" another acts are threats), an announced refusal as REJECT, a reported obligation of
another ("said Sudan must return") as a REQUEST; a conjunct shares the modality of the complement
it joins. Some senses depend on who acts or why: force used by protesters is a riot, an envoy
summoned to hear a protest a complaint.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.carriers import CARRIED_DEPS as _CARRIED_DEPS
from kg.carriers import LIGHT_LEMMAS as _LIGHT_LEMMAS
from kg.carriers import carried_event as _carried_event
from kg.carriers import (
    carrier_subject_holder,
    is_container,
    is_state_carrier,
    is_undergone,
    is_when,
)
from kg.carriers import event_noun as _event_noun
from kg.carriers import lexicon_entry as _lexicon_entry
from kg.carriers import light_verb_of as _light_verb_of
from kg.errors import KgError
from kg.gazetteer import load_gazetteer
from kg.lexicon import LexiconEntry, load_lexicon
from kg.records import SYMMETRIC_TYPES


@functools.cache
def _word_lists() -> dict[str, frozenset[str]]:
    """The word lists of the rules (``kg/data/extract_words.json``), by name."""
    text = resources.files("kg").joinpath("data/extract_words.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {key: frozenset(values) for key, values in data.items() if not key.startswith("_")}


def _word_list(name: str) -> frozenset[str]:
    return _word_lists()[name]


# Lexicon rows that rules take a sense from: (lemma, part of speech, the rule).
REQUIRED_LEXICON_ROWS = (
    ("riot", "VERB", "riot"),
    ("complain", "VERB", "summons to complain"),
    ("demand", "VERB", "obligation"),
    ("say", "VERB", "according to"),
)


@functools.cache
def check_lexicon() -> None:
    """Fail at once, naming the rule, when a lexicon row a rule relies on is missing (else the
    rule would silently find nothing)."""
    lexicon = load_lexicon()
    for lemma, pos, rule in REQUIRED_LEXICON_ROWS:
        if lexicon.lookup(lemma, pos) is None:
            raise KgError(
                "E311",
                f"the lexicon has no row for {lemma!r} ({pos}), which the rule {rule!r} needs: "
                "add it to kg/data/lexicon.tsv",
            )


_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
# Prepositions whose object is the target of an action ("met with", "sanctions against").
_TARGET_PREPS = _word_list("target_preps")
# Clauses that inherit the subject of the verb they hang from ("continued, saying", "agreed to").
_INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acomp"})
# Clausal children: their dates and places belong to their own events.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "csubj", "relcl", "acl"})
# Auxiliaries that leave an action possible or required, not done ("could meet", "must stop").
_MODAL_LEMMAS = _word_list("modal_lemmas")
# Auxiliaries that announce an action: the actor's stated intention ("will visit").
_FUTURE_LEMMAS = _word_list("future_lemmas")
# "would" announces an action in reported speech ("said it would help") and is hypothetical else.
_REPORTED_FUTURE_LEMMAS = frozenset({"would", "'d"})
_CONDITION_MARKS = _word_list("condition_marks")
# Modifiers of an event noun that leave it alleged, possible or still to come.
_UNREAL_MODIFIERS = _word_list("unreal_modifiers")
# Words under which the actor announces an action of its own ("plans to visit", "is ready to").
_SELF_INTENT_LEMMAS = _word_list("self_intent_lemmas")
# Of these, the ones whose object does the action ("wants Tehran to return"): a demand.
_WANT_LEMMAS = _word_list("want_lemmas")
# Words under which an action is tried, refused, stopped, denied, alleged or asked for, not done.
_BLOCKING_LEMMAS = _word_list("blocking_lemmas")
# Event types whose word covers the action under it: an offer, demand, threat or refusal of it.
_ABSORBING_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
# An intended action is coded as the intention: to cooperate (AGREE) or to harm (THREATEN),
# with the CAMEO code of that intention; other intended actions are not events yet.
_INTENT_CODES: dict[str, tuple[str, str]] = {
    "AGREE": ("AGREE", "030"),
    "CONSULT": ("AGREE", "036"),
    "SUPPORT": ("AGREE", "032"),
    "COOPERATE": ("AGREE", "031"),
    "AID": ("AGREE", "033"),
    "CONCEDE": ("AGREE", "035"),
    "RETREAT": ("AGREE", "035"),
    "SANCTION": ("THREATEN", "1312"),
    "COERCE": ("THREATEN", "137"),
    "ASSAULT": ("THREATEN", "138"),
}
# Light verbs whose coordinated subjects act on each other: "X and Y traded accusations".
_RECIPROCAL_LEMMAS = frozenset({"trade", "exchange"})
# Fighting that joint actors do to each other: "X and Y clashed", "fought a war".
_MUTUAL_COMBAT_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "skirmish", "war"})
# Event types whose noun names its actor with "from": "a proposal from Norway", "aid from Japan".
_SOURCE_TYPES = frozenset({"AGREE", "REQUEST", "SUPPORT", "AID", "THREATEN", "ACCUSE"})
# Participles that say where their subject stands: "is opposed to", "is committed to".
_STATIVE_PARTICIPLES = _word_list("stative_participles")
# Statement verbs that, said of two actors together, are a conversation between them.
_CONVERSATION_LEMMAS = frozenset({"speak"})
# CAMEO's "make a visit": where the visitor arrives is whom they visit.
_VISIT_CODE = "042"
# Event types that consent to or refuse another's action: its doer is their target.
_CONSENTING_TYPES = frozenset({"AGREE", "CONCEDE", "REJECT"})
_OF = frozenset({"of"})
# Event types of force: their target may be named by their purpose or the action they follow.
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Event types of giving: what is given is no target, whom it goes to is ("offered troops to X").
# (Where troops are moved or withdrawn to or from is a place, not a target.)
_GIVING_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
# Event types whose object can carry the target of its own action ("lifted sanctions against").
_MATERIAL_TYPES = frozenset(
    {"RETREAT", "CONCEDE", "AID", "SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "COOPERATE"}
)
# Event types whose place is their target when no one else is named: "imposed a curfew in
# Cizre", "shelled positions near Rafah", "lifted the state of emergency in Darfur",
# "demonstrated in Belgrade" (CAMEO codes the place's state as the target).
_PLACE_TARGET_TYPES = frozenset(
    {"CONCEDE", "RETREAT", "SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "PROTEST"}
)
# Event types for which "on" names a topic, not a target ("talks on Syria").
_TOPIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "STATEMENT"})
# Event types whose word leaves or stops the event named by its object ("walked out of talks").
_LEAVING_TYPES = frozenset({"SANCTION", "RETREAT"})
# Verbs of trying: what is tried is not done, except an assault ("tried to kill").
_ATTEMPT_LEMMAS = frozenset({"attempt", "try"})
_ASSASSINATION = "186"
_ATTEMPTED_ASSASSINATION = "185"
# Prepositions of what is left: "withdrew from the talks", "walked out (of) the meeting".
_LEFT_PREPS = _word_list("left_preps")
# Event types whose noun's demonym names who acts ("Israeli air strikes"): for others a
# demonym can as well name the target ("Russian sanctions").
_NATIONAL_DEED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
# Military exercises: held by several actors, they are held together.
_EXERCISE_LEMMAS = _word_list("exercise_lemmas")
# Words for protesters: force they use is a violent protest.
_PROTESTER_LEMMAS = _word_list("protester_lemmas")
# Verbs that take people or things away from somewhere: the place or party left is the target.
_REMOVAL_LEMMAS = _word_list("removal_lemmas")
# CAMEO's "engage in mediation": its targets are the parties between whom it goes.
_MEDIATION = "045"
# CAMEO's "rally opposition against": calling for hostile action against someone.
_RALLY_OPPOSITION = "113"
_HOSTILE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
# Verbs of summoning an envoy, whose purpose can make the summons a complaint.
_SUMMON_LEMMAS = frozenset({"summon"})
# Verbs of promising: what is promised is the intention, a threat when it is harm.
_PROMISE_LEMMAS = _word_list("promise_lemmas")
# Force being readied is a show of force (CAMEO 152, increase military alert status).
_READYING_FORCE = ("MOBILIZE", "152")
# An action announced unless another acts is an ultimatum (CAMEO 139, give ultimatum).
_ULTIMATUM = ("THREATEN", "139")
# Confidence kept for an announced (intended) action.
_INTENT_FACTOR = 0.85
ASSERTED = "asserted"
INTENDED = "intended"
REFUSED = "refused"
NOT_ASSERTED = "not asserted"
# Modalities coded as events of their own: the intention, or the refusal.
_CODED_MODALITIES = frozenset({INTENDED, REFUSED})
# Auxiliaries of obligation: in reported speech, a demand on the obliged ("X must stop").
_OBLIGATION_LEMMAS = frozenset({"must", "should"})
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
# Names that can say where a group is from: actors and places.
_NAME_LABELS = _ACTOR_LABELS | {"LOC", "FAC"}
# Modifiers that are part of a group's name ("Darfur rebels", "Egyptian demonstrators"), unlike
# articles and numbers ("up to 100").
_GROUP_NAME_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Prepositions that say where a group is from or whose it is: "rebels in Darfur", "supporters of",
# "students across China".
_GROUP_PLACE_PREPS = _word_list("group_place_preps")
# Relations of a preposition to its head; the parser calls "to" in "gave aid to Nepal" a dative.
_PREP_DEPS = frozenset({"prep", "dative"})
# Modifiers that name whose a thing is: "a US demand", "a Security Council resolution".
_OWNER_DEPS = frozenset({"compound", "amod", "nmod"})
# "We" and "I" in a quote or reported clause are its speaker.
_FIRST_PERSON = frozenset({"we", "i"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PERSON_PRONOUNS = _word_list("person_pronouns")
_THING_PRONOUNS = frozenset({"it", "its"})
# Possessives by which a state or group names its own people: "its troops", "their envoys".
_COLLECTIVE_POSSESSIVES = _word_list("collective_possessives")
# Relative pronouns: the subject of a relative clause is the noun it qualifies.
_RELATIVE_PRONOUNS = _word_list("relative_pronouns")
# Nouns that count or group the actors named after "of": "thousands of Iranians".
_QUANTITY_NOUNS = _word_list("quantity_nouns")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = _word_list("place_preps")
# Nouns whose "of" names a place: "the Russian city of Vladivostok".
_PLACE_NOUNS = _word_list("place_nouns")
# "the North" / "the South" stand for the Koreas (or other divided countries) in context.
_COMPASS_NAMES = frozenset({"north", "south"})


@dataclass(frozen=True)
class ActorRef:
    """A participant as the text names it, before resolution."""

    text: str
    label: str  # PERSON, GPE, ORG, NORP, ROLE, GROUP, PRON, COMPASS, DISCOURSE, PLACE
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
    rule: str = ""  # the names of the rules that found it: "active+objects", "nominal.light"


# A rule that finds the targets of an event word with the given sense.
TargetRule = Callable[[Token, LexiconEntry], list[ActorRef]]
# A rule that may give an event word another sense from its context.
SenseRule = Callable[[Token, LexiconEntry], LexiconEntry]


def first_found(
    rules: tuple[tuple[str, TargetRule], ...], word: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], str | None]:
    """The targets of the first rule, in order, that finds any, with the rule's name."""
    for name, rule in rules:
        found = rule(word, entry)
        if found:
            return found, name
    return [], None


def _joined(*names: str | None) -> str:
    return "+".join(name for name in names if name)


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    text = resources.files("kg").joinpath("data/roles.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {key: frozenset(values) for key, values in data.items() if not key.startswith("_")}


def is_person_role(word: str) -> bool:
    return word.lower() in _roles()["person_roles"]


def is_head_role(word: str) -> bool:
    """Roles that, unnamed, point back to a named person: "the president", "the leader"."""
    return word.lower() in _roles()["head_roles"]


def role_kind(lemma: str) -> str | None:
    for kind in ("person_roles", "state_roles", "group_roles"):  # first match wins
        if lemma in _roles()[kind]:
            return kind.removesuffix("_roles")
    return "group" if is_nonstate_group(lemma) else None


def is_nonstate_group(word: str) -> bool:
    """Groups that do not speak for their state: "demonstrators", "rebels", "refugees"."""
    return word.lower() in _roles()["nonstate_group_roles"]


def _is_of_nonstate_side(head: Token) -> bool:
    """A state's kind of group on the other side: "opposition leaders", "rebel commanders"."""
    markers = _roles()["nonstate_markers"]
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in markers for c in head.children)


# --- participants -------------------------------------------------------------------------


class _EntityIndex:
    """The named entity at each token of one Doc, made once: ``doc.ents`` builds every entity
    span of the document on each access, so looking entities up through it per token made
    extraction quadratic in the length of a text."""

    __slots__ = ("_at", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        at: list[Span | None] = [None] * len(doc)
        for entity in doc.ents:
            for i in range(entity.start, entity.end):
                at[i] = entity
        self._at = at

    def at(self, i: int) -> Span | None:
        """The entity that token ``i`` is part of, if any."""
        return self._at[i]


# The entity index of each Doc being extracted, by the Doc's id (see ``_indexed``).
_INDEXES: dict[int, _EntityIndex] = {}


@contextmanager
def _indexed(doc: Doc) -> Iterator[None]:
    """Keep one entity index of ``doc`` for look-ups made while the block runs."""
    held = _INDEXES.get(id(doc))
    if held is not None and held.doc is doc:
        yield  # an enclosing block already holds it
        return
    _INDEXES[id(doc)] = _EntityIndex(doc)
    try:
        yield
    finally:
        del _INDEXES[id(doc)]


def _entities(doc: Doc) -> _EntityIndex:
    """The entity index of ``doc``: the one held during extraction, else one made now (rule
    helpers called on their own, as tests do, get a fresh one, so a Doc changed between calls
    is never read from a stale index)."""
    held = _INDEXES.get(id(doc))
    return held if held is not None and held.doc is doc else _EntityIndex(doc)


def _entity_of(token: Token, labels: frozenset[str] = _ACTOR_LABELS) -> Span | None:
    """The named entity containing ``token``, if it names a possible actor (or has ``labels``)."""
    if not token.ent_type_ or token.ent_type_ not in labels:
        return None
    return _entities(token.doc).at(token.i)


def _country_hint(
    head: Token,
    skip: Span | None = None,
    depth: int = 2,
    *,
    demonyms: bool = True,
    regions: bool = False,
) -> str | None:
    """The country a noun phrase's modifiers name: "South Korean", "South Korea's".

    Titles are looked into too: in "Russian President Vladimir Putin", "Russian" modifies
    "President", which modifies "Putin". Without ``demonyms``, only places count; with
    ``regions``, regions count for their state ("Darfur rebels"), as they do for groups but not
    for offices ("Kosovo's government" is not Serbia's).
    """
    gazetteer = load_gazetteer()
    for child in head.children:
        if skip is not None and skip.start <= child.i < skip.end and child.dep_ != "compound":
            continue
        if child.dep_ == "compound" and depth > 1 and not child.ent_type_:
            country = _country_hint(child, depth=depth - 1, demonyms=demonyms, regions=regions)
            if country is not None:
                return country
            continue
        if skip is not None and skip.start <= child.i < skip.end:
            continue
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            entity = _entity_of(child)
            text = entity.text if entity is not None else _leader_text(child)
            text = text.removesuffix("'s").removesuffix("’s").strip()
            country = gazetteer.country_of_demonym(text) if demonyms else None
            if country is None:
                country = _country_of_place(text, regions=regions)
            if country is not None:
                return country
    return _country_of_prep(head, frozenset({"of"}), regions=regions) or _country_of_body(head)


def _leader_text(modifier: Token) -> str:
    """Who leads a "-led" group ("Saudi-led", "Vietnamese - led"), else the modifier itself."""
    if modifier.lower_.endswith("-led"):
        return modifier.text[: -len("-led")]
    if modifier.lower_ == "led":
        leaders = [c for c in modifier.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
        if leaders:
            entity = _entity_of(leaders[0])
            return entity.text if entity is not None else leaders[0].text
    return modifier.text


def _country_of_body(head: Token) -> str | None:
    """The country of a body a person belongs to: "a member of the Syrian parliament"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and role_kind(pobj.lower_) in {"group", "state"}:
                    return _country_hint(pobj, depth=1)
    return None


def _country_of_place(name: str, *, regions: bool = False) -> str | None:
    """The country a place or actor name stands for: a state or capital; with ``regions``, also
    a region that is no state ("Darfur")."""
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(name)
    if entry is not None:
        return entry.country
    return gazetteer.region_country(name) if regions else None


def _country_of_prep(head: Token, preps: frozenset[str], *, regions: bool = False) -> str | None:
    """The country a prepositional phrase names: "King Hassan of Morocco", "police in Moscow"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            entity = _entity_of(pobj, _NAME_LABELS) if pobj.dep_ == "pobj" else None
            country = _country_of_place(entity.text, regions=regions) if entity else None
            if country is not None:
                return country
    return None


def _demonym_ref(entity: Span, is_subject: bool) -> ActorRef | None:
    """A demonym standing for its state ("Turkish positions", "the Iranians"), as a state role."""
    text = entity.text.removesuffix("'s").removesuffix("’s").strip()
    gazetteer = load_gazetteer()
    country = gazetteer.country_of_demonym(text) or gazetteer.country_of_demonym(
        text.removesuffix("s")
    )
    if country is None:
        return None
    end = entity.start_char + len(text)
    return ActorRef(text, "ROLE", entity.start_char, end, "country", country, is_subject)


def _is_qualified_people(entity: Span) -> bool:
    """A people that a qualifier sets apart from its state: "ethnic Albanians", "Bosnian Serbs",
    "Albanians of southern Serbia"."""
    root = entity.root
    named = any(
        _entity_of(c, _NAME_LABELS) is not None
        for c in root.lefts
        if c.i < entity.start and c.dep_ in _GROUP_NAME_DEPS
    )
    located = _country_of_prep(root, _GROUP_PLACE_PREPS, regions=True)
    return named or _is_ethnic(root) or located is not None


def _is_ethnic(head: Token) -> bool:
    """ "ethnic Albanians", "ethnic Albanian guerrillas": the demonym names a people, no state."""
    return any(t.lower_ == "ethnic" for left in head.lefts for t in left.subtree)


def _people_group_ref(entity: Span, is_subject: bool) -> ActorRef:
    """A people as a group of its own: "ethnic Albanians in Serbia", "Iraqi Kurds", "Chechens".

    Its country is where the text places it, else that of its qualifier ("Bosnian Serbs"), else
    a region's people's ("Chechens"); an "ethnic" demonym says nothing of where they live.
    """
    root = entity.root
    ethnic = _is_ethnic(root)
    country = _country_of_prep(root, _GROUP_PLACE_PREPS, regions=True) or _country_hint(
        root, skip=entity, demonyms=not ethnic, regions=True
    )
    if country is None and not ethnic:
        text = entity.text.removesuffix("'s").removesuffix("’s").strip()
        gazetteer = load_gazetteer()
        country = gazetteer.country_of_demonym(text) or gazetteer.region_country(text)
    return _group_ref(root, None, country, is_subject, first=entity.start)


def _people_owner_ref(entity: Span) -> ActorRef:
    """A people that is no state's demonym owning a thing: "Houthi positions", "Karen villages"."""
    text = entity.text.removesuffix("'s").removesuffix("’s").strip()
    country = load_gazetteer().region_country(text)
    end = entity.start_char + len(text)
    return ActorRef(text, "GROUP", entity.start_char, end, country=country)


def _group_ref(
    head: Token, role: str | None, country: str | None, is_subject: bool, *, first: int
) -> ActorRef:
    """A group named with its qualifiers and, where it says where it is from or whose it is,
    its prepositional phrase: "Darfur rebels", "ethnic Albanians in Serbia", "supporters of X".
    Articles and numbers are left out ("up to 100 ethnic Albanians")."""
    doc = head.doc
    modifiers = [c for c in head.lefts if c.dep_ in _GROUP_NAME_DEPS and c.pos_ != "PRON"]
    start = min([first, *(c.left_edge.i for c in modifiers)])
    end = head.i + 1
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in _GROUP_PLACE_PREPS:
            named = [p for p in prep.children if p.dep_ == "pobj" and _entity_of(p, _NAME_LABELS)]
            if named:
                end = named[0].right_edge.i + 1
                break
    span = doc[start:end]
    text = span.text.removesuffix("'s").removesuffix("’s").strip()
    return ActorRef(
        text=text,
        label="GROUP",
        start=span.start_char,
        end=span.start_char + len(text),
        role=role,
        country=country,
        is_subject=is_subject,
    )


def _nonstate_group_ref(head: Token, lemma: str, is_subject: bool) -> ActorRef | None:
    """A group that does not speak for its state ("Egyptian demonstrators", "rebels in Darfur"),
    located by a place or demonym among its modifiers; an "ethnic" demonym locates nothing.
    Unlocated and unnamed ("refugees", "opposition leaders") it names no one in particular."""
    country = _country_of_prep(head, _GROUP_PLACE_PREPS, regions=True) or _country_hint(
        head, demonyms=not _is_ethnic(head), regions=True
    )
    ref = _group_ref(head, lemma, country, is_subject, first=head.i)
    span = head.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    named = span is not None and any(t.ent_type_ in _NAME_LABELS for t in span)
    return ref if country is not None or named else None


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
        demonym = _demonym_ref(entity, is_subject)
        if demonym is not None and not _is_qualified_people(entity):
            return demonym  # "the Palestinians", "Iranians": a people acts for its state
        return _people_group_ref(entity, is_subject)
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
        national = _national_groups(head, is_subject)
        if len(national) > 1:
            refs.extend(national)  # "Hungarian and Romanian officials": each for its state
            continue
        ref = _actor_ref(head, is_subject=is_subject)
        if ref is not None:
            refs.append(ref)
    return refs


def _national_groups(head: Token, is_subject: bool) -> list[ActorRef]:
    """A group noun with coordinated demonyms ("US and Russian negotiators"): one per state;
    with coordinated actors parsed as its modifiers ("the government and FARC rebels"): each."""
    if head.pos_ != "NOUN" or role_kind(head.lower_) != "group":
        return []
    refs = []
    for child in head.children:
        if child.dep_ not in _OWNER_DEPS:
            continue
        for word in (child, *child.conjuncts):
            entity = _entity_of(word)
            ref = _demonym_ref(entity, is_subject) if entity is not None else None
            coordinated = bool(child.conjuncts)
            if ref is None and entity is not None and entity.label_ == "GPE":
                ref = _ref_from_entity(entity, word, is_subject)
            elif ref is None and coordinated and (entity is not None or role_kind(word.lower_)):
                ref = _actor_ref(word, is_subject=is_subject)  # "the government", "FARC"
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
    if lemma in _QUANTITY_NOUNS:
        # "thousands of Iranians", "a group of Moroccan diplomats": the counted actors.
        counted = [p for prep in head.children if prep.lower_ == "of" for p in prep.children]
        if counted:
            return _actor_ref(counted[0], is_subject=is_subject)
        # "the Kifaya group", "the Hizbollah group"
        return _organisation_of(head, is_subject) or _named_body(head, is_subject)
    if head.pos_ == "PRON":
        if lemma in _PERSON_PRONOUNS | _THING_PRONOUNS:
            return ActorRef(
                head.text, "PRON", head.idx, head.idx + len(head), is_subject=is_subject
            )
        return None
    if lemma in _COMPASS_NAMES and head.pos_ == "PROPN":
        return ActorRef(head.text, "COMPASS", head.idx, head.idx + len(head), is_subject=is_subject)
    if role_kind(lemma) is not None and not is_container(head):  # not "the state of emergency"
        return _role_ref(head, lemma, is_subject)
    return _named_body(head, is_subject)


def _named_body(head: Token, is_subject: bool) -> ActorRef | None:
    """An organisation named before a common noun that stands for it or its part: "the APEC
    forum", "the Islamic Jihad movement", "the UNITA military wing". Event nouns are events, not
    bodies ("the NATO summit")."""
    if head.pos_ != "NOUN" or _lexicon_entry(head) is not None:
        return None
    for child in head.children:
        entity = _entity_of(child) if child.dep_ in _OWNER_DEPS else None
        if entity is not None and entity.label_ == "ORG" and entity.end <= head.i:
            return _ref_from_entity(entity, child, is_subject)
    return None


def _role_ref(head: Token, lemma: str, is_subject: bool) -> ActorRef | None:
    """A role noun: "the Russian president", "the country", "the leaders of Russia"."""
    group = role_kind(lemma) == "group"
    if group and (body := _organisation_of(head, is_subject)) is not None:
        return body  # "Taliban fighters", "NATO leaders": the organisation's own
    if is_nonstate_group(lemma) or (group and _is_of_nonstate_side(head)):
        return _nonstate_group_ref(head, lemma, is_subject)
    if group and _is_stateless_people(head):
        return _nonstate_group_ref(head, lemma, is_subject)  # "Kurdish officials"
    # "the leaders of Russia"; a person's "spokesman for the US military"
    places = ("of", "in", "from") if group else ("of", "for")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in places:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (entity := _entity_of(pobj)) is not None:
                    return _ref_from_entity(entity, pobj, is_subject)
    first = min((t for t in head.subtree if t.i <= head.i), key=lambda t: t.idx)
    start = first.idx
    text = head.doc[first.i : head.i + 1].text  # not doc.text, which joins the whole document
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


def _is_stateless_people(head: Token) -> bool:
    """A group named by a people that has no state of its own ("Kurdish officials")."""
    if _country_hint(head) is not None:
        return False
    return any(
        child.dep_ in _OWNER_DEPS and child.ent_type_ == "NORP" and not _country_hint(child)
        for child in head.children
    )


def _organisation_of(head: Token, is_subject: bool) -> ActorRef | None:
    """The organisation a group belongs to, named before it: "Hamas militants"."""
    for child in head.children:
        entity = _entity_of(child) if child.dep_ in _OWNER_DEPS else None
        if entity is None or entity.label_ not in {"ORG", "PERSON"}:
            continue
        entry = load_gazetteer().lookup(entity.text)
        if entry is None or entry.kind != "state":
            return _ref_from_entity(entity, child, is_subject)
    return None


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
        if any(s.lower_ in _FIRST_PERSON for s in subjects) or _speakers_themselves(verb):
            return _speaker_refs(verb), True  # "“We condemn it,” Khan said": Khan's words
        if verb.dep_ == "relcl" and any(s.lower_ in _RELATIVE_PRONOUNS for s in subjects):
            return actor_refs(verb.head, is_subject=True), True  # "Mexico, which granted"
        if subjects:
            return [r for s in subjects for r in actor_refs(s, is_subject=True)], inherited
        inherits = verb.dep_ in _INHERITING_DEPS or _is_statement_content(verb)
        governor = _governing_verb(verb) if inherits else None
        if governor is None:
            return [], inherited
        verb, inherited = governor, True


def _speakers_themselves(verb: Token) -> bool:
    """ "they" (or "their forces") reported by plural speakers is the speakers: "the rebels said
    they would free him", "the Serbs said their forces had withdrawn" (reported by one speaker,
    "they" is someone else)."""
    if not any(c.dep_ in _SUBJECT_DEPS and _is_they(c) for c in verb.children):
        return False
    speech = _speech_verb(verb)
    return speech is not None and any(
        s.dep_ in _SUBJECT_DEPS and (s.tag_ in _PLURAL_TAGS or s.conjuncts) for s in speech.children
    )


def _is_they(subject: Token) -> bool:
    """ "they", or a group of theirs: "their forces"."""
    if subject.lower_ == "they":
        return True
    return role_kind(subject.lower_) == "group" and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in subject.children
    )


def _is_statement_content(verb: Token) -> bool:
    """A participle saying what a statement says: "issued a statement condemning the raid"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ != "NOUN":
        return False
    entry = _lexicon_entry(verb.head)
    return entry is not None and entry.type == "STATEMENT"


def _speech_verb(token: Token) -> Token | None:
    """The verb of the statement that reports ``token``'s clause ("..., the Kremlin said")."""
    for node in _governing_chain(token):
        if node.i != token.i and _is_statement(node):
            return node
        for child in node.children:
            if child.dep_ == "parataxis" and _is_statement(child):
                return child
    return None


def _is_statement(token: Token) -> bool:
    entry = _lexicon_entry(token) if token.pos_ == "VERB" else None
    return entry is not None and entry.type == "STATEMENT"


def _speaker_refs(verb: Token) -> list[ActorRef]:
    """The speakers of a quoted or reported clause, for its "we" and "I"."""
    speech = _speech_verb(verb)
    if speech is None:
        return []
    return [
        ref
        for subject in speech.children
        if subject.dep_ in _SUBJECT_DEPS and subject.lower_ not in _FIRST_PERSON
        for ref in actor_refs(subject, is_subject=True)
    ]


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


def _prep_objects(head: Token, preps: frozenset[str], *, owners: bool = False) -> list[ActorRef]:
    """The actors of ``head``'s prepositional objects (with their owners, if ``owners``); "to"
    parsed as a dative ("granted asylum to X") counts too."""
    refs = _object_refs if owners else actor_refs
    return [
        ref
        for prep in head.children
        if (prep.dep_ == "prep" or (prep.dep_ == "dative" and prep.pos_ == "ADP"))
        and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in refs(pobj)
    ]


def _owners(thing: Token) -> Iterator[ActorRef]:
    """Whose a thing is: "North Korea's test", "a US demand", "Turkish positions", "a proposal
    from Norway". A possessive pronoun is left out: "lifted its sanctions" is the actor's own."""
    inner = _lexicon_entry(thing) if thing.pos_ == "NOUN" else None
    # "rejected calls by Annan", "dismissed an appeal from the president": the caller's
    sources = {"by", "from"} if inner is not None and inner.type in _SOURCE_TYPES else {"by"}
    if inner is None and thing.pos_ == "NOUN" and thing.lemma_.lower() not in _PLACE_NOUNS:
        # "shelled positions of the army", "the right of Russian troops", "a camp for Sudanese
        # refugees" (not "the city of X")
        sources |= {"of", "for"}
    yield from _prep_objects(thing, frozenset(sources))
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            yield from _agents(clause)  # "crimes committed by Croat forces"
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            yield from actor_refs(child)
        elif child.dep_ in _OWNER_DEPS and (entity := _entity_of(child)) is not None:
            ref: ActorRef | None
            if entity.label_ == "NORP":
                # "Turkish positions" are Turkey's; "Houthi positions" the Houthis'
                ref = _demonym_ref(entity, is_subject=False) or _people_owner_ref(entity)
            else:
                ref = _ref_from_entity(entity, child, is_subject=False)
            if ref is not None:
                yield ref


def _object_refs(obj: Token) -> list[ActorRef]:
    """The actors an object names; for a thing, its owner ("condemns North Korea's test")."""
    return actor_refs(obj) or list(_owners(obj))


def _inner_targets(obj: Token) -> list[ActorRef]:
    """The target of an object's own action: "lifted its sanctions against Sudan", "provided
    20 million euros in assistance to Yemen", "mobilised reservists for a war against Iraq"
    (through one "in", "of" or "for")."""
    inner = _lexicon_entry(obj) if obj.pos_ == "NOUN" else None
    preps = _target_preps(inner) if inner is not None else _TARGET_PREPS
    direct = _prep_objects(obj, preps, owners=True)
    if direct:
        return direct
    return [
        ref
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "for"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in _prep_objects(pobj, _TARGET_PREPS, owners=True)
    ]


def _objects(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Direct objects (or their owners) first; else prepositional objects ("met with Moon");
    else the target of the object's own action ("lifted sanctions against Sudan").

    What a statement is about is its content, not a target: owners are not taken there.
    """
    statement = entry.type == "STATEMENT"
    refs = actor_refs if statement else _object_refs
    if entry.lemma in _REMOVAL_LEMMAS and (origins := _prep_objects(verb, frozenset({"from"}))):
        return origins  # "withdrew inspectors and aid workers from Iraq": from whom
    if entry.cameo == _MEDIATION and (parties := _mediated_parties(verb)):
        return parties  # "mediated between Israel and Hamas", "brokered a truce between"
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and not _is_own_body(c)]
    given = [c for c in objects if entry.type in _GIVING_TYPES and _is_own(c)]
    direct = [r for c in objects if c not in given for r in refs(c)]
    if direct:
        return direct
    preps = _prep_objects(verb, _target_preps(entry), owners=not statement)
    if not preps and entry.type == "REQUEST":
        # "demanded the removal of President X", "the withdrawal of Serbian forces", "demanded
        # autonomy from the Serbian authorities"
        asked = frozenset({"of", "from"})
        return [r for c in objects for r in _prep_objects(c, asked, owners=True)]
    if not preps and entry.type in _CONSENTING_TYPES:
        # "allowed the return of UN inspectors", "rejected the deployment of Turkish troops"
        preps = [r for c in objects if _event_noun(c) for r in _prep_objects(c, _OF, owners=True)]
    if preps or entry.type not in _MATERIAL_TYPES | {"AGREE", "THREATEN"}:
        return preps
    return [r for c in objects for r in _inner_targets(c)] or _purpose_phrase_targets(verb)


def _purpose_phrase_targets(verb: Token) -> list[ActorRef]:
    """The target of what an action is for: "mobilised reservists for a war against Iraq"."""
    return [
        ref
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for ref in _prep_objects(pobj, _TARGET_PREPS, owners=True)
    ]


def _is_own(obj: Token) -> bool:
    """The actor's own people or forces, which it offers or gives ("its troops", "4,000
    soldiers"): no target; whom they go to is ("offered its troops to X")."""
    if role_kind(obj.lower_) != "group" or is_nonstate_group(obj.lower_):
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    return owned or _country_hint(obj) is None


def _mediated_parties(verb: Token) -> list[ActorRef]:
    """The parties a mediator goes between, named on the verb or on what it brokers."""
    between = frozenset({"between", "among"})
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return _prep_objects(verb, between) or [r for o in objects for r in _prep_objects(o, between)]


def _is_own_body(obj: Token) -> bool:
    """The actor's own people or things, no target: "withdrew its troops from Kuwait", "recalled
    its ambassador"."""
    is_role = role_kind(obj.lower_) or role_kind(obj.lemma_.lower())
    return is_role is not None and any(
        c.dep_ == "poss" and c.lower_ in _COLLECTIVE_POSSESSIVES for c in obj.children
    )


def _target_preps(entry: LexiconEntry) -> frozenset[str]:
    """Prepositions naming a target: "talks on Syria" and "agreement on trade" name a topic;
    "aid for Romania" names the recipient."""
    if entry.type in _TOPIC_TYPES:
        return _TARGET_PREPS - {"on", "upon"}
    return _TARGET_PREPS | {"for"} if entry.type == "AID" else _TARGET_PREPS


def _complement_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the action that an offer, threat or refusal is about ("threatened to shell
    Iraqi towns"), or the subject of what is demanded or alleged ("demanded that Russia explain").
    """
    for clause in verb.children:
        if clause.dep_ == "xcomp" and entry.type in _ABSORBING_TYPES - {"REQUEST"}:
            inner = _lexicon_entry(clause) or entry
            if inner.type == "STATEMENT":
                inner = entry  # "refused to respond to a demand from X": X's demand refused
            objects = [c for c in clause.children if c.dep_ in _OBJECT_DEPS]
            return (
                _objects(clause, inner)
                or [r for c in objects for r in _inner_targets(c)]
                or _complement_targets(clause, entry)
                or _complement_place_targets(clause)
                or (_conditioned(verb) + _conditioned(clause) if entry.type == "THREATEN" else [])
            )
        if clause.dep_ == "ccomp" and entry.type == "THREATEN":
            # "warned that its army would strike the rebels": whom the warned action is done to
            return _objects(clause, _lexicon_entry(clause) or entry)
        if clause.dep_ == "ccomp" and entry.type in {"REQUEST", "ACCUSE"}:
            return [
                ref
                for subject in clause.children
                if subject.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
                for ref in actor_refs(subject)
            ]
    return []


def _conditioned(verb: Token) -> list[ActorRef]:
    """Whom a threat's condition is on: "threatened to walk out unless Kiev withdraws", "if
    the United States goes ahead": a threat addressed to them."""
    return [
        ref
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in clause.children)
        for subject in clause.children
        if subject.dep_ in _SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _complement_place_targets(clause: Token) -> list[ActorRef]:
    """The place of a threatened or offered action that targets places ("threatened to impose
    a curfew in Algiers"), through the event noun it carries when it is a light verb."""
    carried = _carried_event(clause)
    inner = _lexicon_entry(carried if carried is not None else clause)
    if inner is None or inner.type not in _PLACE_TARGET_TYPES:
        return []
    return _place_targets(clause, [], nominal=False)


# --- modality -------------------------------------------------------------------------------


def _governing_chain(predicate: Token) -> Iterator[Token]:
    """``predicate`` and the words it is a complement or argument of, up to its own clause top.

    The walk goes up through complements and arguments ("want to hold a meeting", "does not
    appear that they met") and stops at adverbial and relative clauses and conjuncts, whose
    negation or modality is their own.
    """
    node = predicate
    yield node
    while _is_complement(node) and node.head.i != node.i:
        node = node.head
        yield node


def _is_complement(node: Token) -> bool:
    """A complement or argument of its head; a clause on a noun ("its demand that Israel ease",
    "a request for the US to cease") is the noun's complement too."""
    return node.dep_ in _COMPLEMENT_DEPS or (
        node.dep_ in {"acl", "advcl"} and node.head.pos_ == "NOUN"
    )


def _is_purpose(node: Token) -> bool:
    """A purpose clause ("met Moon to discuss ..."): part of its main event, not one of its own."""
    return node.dep_ == "advcl" and any(c.tag_ == "TO" for c in node.children)


def _blocks(governor: Token, below: Token, predicate: Token) -> bool:
    """Whether ``governor`` keeps the action under it from having happened.

    It does when it refuses, stops, denies, asks for or offers the action (a word of
    ``_BLOCKING_LEMMAS``, or an event word of an absorbing type that is the event instead:
    "agreed to meet" is an agreement), when someone else is wanted to act ("wants Tehran to
    return"), and when it accuses someone of an action ("accused Kiev of shelling").
    """
    lemma = governor.lemma_.lower()
    if lemma in _ATTEMPT_LEMMAS and _is_attempted_assault(predicate):
        return False
    if lemma in _BLOCKING_LEMMAS:
        return True
    if lemma in _WANT_LEMMAS and (
        any(c.dep_ == "dobj" for c in governor.children) or _has_subject(below)
    ):
        return True
    entry = _lexicon_entry(governor) if governor.pos_ in {"VERB", "NOUN"} else None
    if entry is None:
        return False
    if entry.type in _ABSORBING_TYPES:
        # What is promised or warned in a that-clause is said, not asked: "assured Moon that
        # Moscow condemns the test" reports a condemnation.
        return not (entry.type in {"AGREE", "THREATEN"} and below.dep_ == "ccomp")
    if entry.type in _LEAVING_TYPES and predicate.pos_ == "NOUN":
        # "walked out of the talks", "withdrew from the ceasefire", "suspended its aid": left,
        # not held
        return below.dep_ == "dobj" or (below.dep_ == "prep" and below.lower_ in _LEFT_PREPS)
    if entry.type in {"ACCUSE", "SUPPORT", "PROTEST"} and predicate.pos_ == "NOUN":
        # "welcomed the agreement", "denounced Turkey for its remarks", "in protest at the
        # arrests": the grounds, not news
        return below.dep_ in {"dobj", "prep"} and governor.lemma_.lower() not in _LIGHT_LEMMAS
    return entry.type == "ACCUSE" and predicate.pos_ == "VERB" and below.dep_ != "dobj"


def _is_attempted_assault(predicate: Token) -> bool:
    """An attempted killing or attack is an assault all the same (CAMEO 185, attempt to
    assassinate): "tried to assassinate the governor"."""
    entry = _lexicon_entry(predicate) if predicate.pos_ == "VERB" else None
    return entry is not None and entry.type == "ASSAULT"


def _attempt_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """An assassination tried is coded as the attempt (CAMEO 185)."""
    if entry.cameo != _ASSASSINATION or verb.head.lemma_.lower() not in _ATTEMPT_LEMMAS:
        return entry
    return replace(entry, cameo=_ATTEMPTED_ASSASSINATION, note=f"attempted: {entry.note}")


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS for c in clause.children)


def _is_reported(node: Token) -> bool:
    """Whether ``node`` is a clause that someone's statement reports ("said it would help")."""
    return any(
        a.pos_ == "VERB" and (entry := _lexicon_entry(a)) is not None and entry.type == "STATEMENT"
        for a in node.ancestors
    )


def _aux_modality(aux: Token, node: Token) -> str | None:
    """What an auxiliary does to its clause: nothing (None), intention, or no assertion."""
    lemma = aux.lemma_.lower()
    if lemma in _MODAL_LEMMAS:
        return NOT_ASSERTED
    if lemma in _FUTURE_LEMMAS:
        return INTENDED
    if lemma in _REPORTED_FUTURE_LEMMAS:
        return INTENDED if _is_reported(node) else NOT_ASSERTED
    return None


def _clause_modality(node: Token) -> str | None:
    """The modality that ``node``'s own negation, condition or auxiliaries give it."""
    result = None
    negated = False
    for child in node.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            negated = True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            negated = True  # "would no longer abide by"
        if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
            return NOT_ASSERTED
        if child.dep_ == "amod" and child.lower_ in _UNREAL_MODIFIERS:
            return NOT_ASSERTED  # "the alleged violations", "a planned visit"
        if child.dep_ == "aux" and (found := _aux_modality(child, node)) is not None:
            if found == NOT_ASSERTED:
                return found
            result = found
    if negated:
        # "will not accept": a refusal announced; "did not meet": nothing happened.
        return REFUSED if result == INTENDED else NOT_ASSERTED
    return result


def modality(predicate: Token) -> str:
    """How the text puts an action: ``ASSERTED``, ``INTENDED`` or ``NOT_ASSERTED``.

    Negated, conditional, modal, refused, stopped, denied, alleged and demanded actions are not
    asserted ("not", "if", "could", "refused to", "urged X to"); an action that its actor
    announces ("will visit", "plans to", "is ready to", "said it would") is intended. The walk
    goes up the governing chain, so "did not say that they met" is not asserted either.
    """
    intended = False
    below = predicate
    for index, node in enumerate(_governing_chain(predicate)):
        if _is_purpose(node):
            return NOT_ASSERTED
        if index > 0:
            if _blocks(node, below, predicate):
                return NOT_ASSERTED
            if node.lemma_.lower() in _SELF_INTENT_LEMMAS or _is_going_to(node, below):
                intended = True
        found = _clause_modality(node)
        if found == NOT_ASSERTED or (found == REFUSED and index == 0):
            return found
        if found == REFUSED:
            return NOT_ASSERTED
        intended = intended or found == INTENDED
        below = node
    shared = _shared_modality(below)
    if shared == NOT_ASSERTED:
        return NOT_ASSERTED
    return INTENDED if intended or shared == INTENDED else ASSERTED


def _shared_modality(top: Token) -> str | None:
    """The modality a conjunct shares with the complement it is coordinated with: in "refused to
    let the planes land and evacuate them", the evacuation is refused too."""
    head = top.head
    if top.dep_ != "conj" or head.pos_ != "VERB" or head.dep_ not in {"xcomp", "ccomp"}:
        return None
    return modality(head)


def _is_going_to(node: Token, below: Token) -> bool:
    """ "is going to visit": "going" with the action as its open complement."""
    return node.lemma_.lower() == "go" and node.tag_ == "VBG" and below.dep_ == "xcomp"


def is_asserted(predicate: Token) -> bool:
    """Whether the text reports the action as done: not negated, hypothetical, wanted, intended."""
    return modality(predicate) == ASSERTED


# --- dates and places -----------------------------------------------------------------------


def _own_tokens(predicate: Token, *, keep_relative_clauses: bool) -> Iterator[Token]:
    """Tokens of the predicate's phrase, leaving out clauses that carry their own events."""
    skip = _CLAUSE_DEPS - ({"relcl", "acl"} if keep_relative_clauses else set())
    stack = [predicate]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in token.children if c.dep_ not in skip)


def _own_date(predicate: Token, *, nominal: bool) -> str | None:
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            span = _entities(token.doc).at(token.i)
            assert span is not None  # an entity begins at a B token
            return span.text
    return None


def _date_text(predicate: Token, *, nominal: bool) -> str | None:
    """The date expression of an event: its own phrase's; else, for a conjunct, its head's
    ("expelled diplomats on Wednesday and suspended contacts"); else that of the statement
    reporting it ("Russia withdrew its troops, the Kremlin said on Wednesday")."""
    own = _own_date(predicate, nominal=nominal)
    if own is not None:
        return own
    if predicate.dep_ == "conj" and predicate.head.pos_ == predicate.pos_:
        return _date_text(predicate.head, nominal=nominal)
    return _statement_date(predicate)


def _statement_date(predicate: Token) -> str | None:
    """The date of the statement that reports ``predicate``, if it gives one."""
    speech = _speech_verb(predicate)
    return _own_date(speech, nominal=False) if speech is not None else None


def _place_of_entity(span: Span, predicate: Token) -> bool:
    """Whether a place name says where ``predicate`` happened.

    It does when it hangs, through "in"/"at"/"near" (and "the city of"), from the predicate
    itself, from a relative clause on it ("which took place in"), or from a phrase of time or
    setting on it ("during the forum in Vladivostok").
    """
    node = span.root
    if node.dep_ == "compound" and node.head.lemma_.lower() in _PLACE_NOUNS:
        node = node.head  # "in Montenegro province"
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
        if owner.dep_ in _CARRIED_DEPS and owner.head == predicate:
            return True  # "imposed a curfew in Cizre": where the object is, the action is
        node = owner
    return False


def _argument_of(token: Token) -> Token | None:
    """The word ``token`` is an object of, directly or through one preposition."""
    if token.dep_ in {"dobj", "dative"}:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _place_span(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> Span | None:
    """The place name that says where ``predicate`` happened, if it is no participant."""
    taken = {(r.start, r.end) for r in participants}
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ not in _PLACE_LABELS or token.ent_iob_ != "B":
            continue
        span = _entities(token.doc).at(token.i)
        assert span is not None  # an entity begins at a B token
        if (span.start_char, span.end_char) not in taken and _place_of_entity(span, predicate):
            return span
    return None


def _place_text(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> str | None:
    span = _place_span(predicate, participants, nominal=nominal)
    return span.text if span is not None else None


def _place_targets(
    predicate: Token, participants: list[ActorRef], *, nominal: bool
) -> list[ActorRef]:
    """The place of an action as its target, for the state it lies in ("in the Gaza Strip")."""
    span = _place_span(predicate, participants, nominal=nominal)
    if span is None:
        return []
    return [ActorRef(span.text, "PLACE", span.start_char, span.end_char)]


# --- events ---------------------------------------------------------------------------------


def _modal_entry(entry: LexiconEntry, found: str, predicate: Token) -> LexiconEntry | None:
    """How an announced action is coded: an intention to cooperate or to harm; an ultimatum
    ("will withdraw its troops unless ..."); a refusal of a cooperative action announced with
    "will not"; or nothing."""
    if entry.type not in _INTENT_CODES:
        return None
    coded_type, cameo = _INTENT_CODES[entry.type]
    if found == INTENDED and _is_ultimatum(predicate):
        coded_type, cameo = _ULTIMATUM
    elif found == INTENDED and entry.type == "ASSAULT" and _is_preparing(predicate):
        coded_type, cameo = _READYING_FORCE
    if found == REFUSED:
        if coded_type != "AGREE":
            return None
        coded_type, cameo = "REJECT", "120"
    note = f"{found}: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, coded_type, cameo, None, note)


def _is_preparing(predicate: Token) -> bool:
    """An action its actor is getting ready for ("the army prepared to attack"), not one it is
    willing to do ("is prepared to attack")."""
    return any(
        node.lemma_.lower() == "prepare" and node.pos_ == "VERB" and node.dep_ != "acomp"
        for node in _governing_chain(predicate)
    )


def _is_ultimatum(predicate: Token) -> bool:
    """An announced action unless someone else acts: "will withdraw unless Chad holds talks"."""
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "unless" for m in clause.children)
        for clause in predicate.children
    )


def _sense_in_context(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """The sense a word takes from what surrounds it: a promise to harm is a threat, a tried
    assassination an attempt, a summons to protest a complaint, force used by protesters a riot,
    a call for sanctions against someone a rallying of opposition."""
    return sense_in_context(verb, entry)[0]


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
            promised = _lexicon_entry(clause)  # "vowed revenge"
        elif clause.dep_ == "xcomp" or _is_purpose(clause):  # "vowed to fight" (or advcl)
            carried = _carried_event(clause)
            promised = _lexicon_entry(carried if carried is not None else clause)
        else:
            continue
        coded = _INTENT_CODES.get(promised.type) if promised is not None else None
        if coded is not None and coded[0] == "THREATEN":
            note = f"promised harm: {entry.note}"
            return LexiconEntry(entry.lemma, entry.pos, coded[0], coded[1], None, note)
    return entry


def _rallying_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """A call, addressed to no one, for hostile action against someone rallies opposition
    against them (CAMEO 113, an ACCUSE): "called for sanctions against Nigeria"."""
    if entry.type != "REQUEST" or verb.pos_ != "VERB" or _addressed(verb):
        return entry
    if not _rallied_against(verb):
        return entry
    note = f"rallies opposition: {entry.note}"
    return LexiconEntry(entry.lemma, entry.pos, "ACCUSE", _RALLY_OPPOSITION, None, note)


def _addressed(verb: Token) -> bool:
    """Whether a request names whom it asks: "urged the EU to", "called on Arabs to"."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} and not is_when(c) for c in verb.children
    )


def _rallied_against(verb: Token) -> list[ActorRef]:
    """Whom the hostile action a request asks for is against: "called for sanctions against
    Nigeria", "called for an embargo on Syria"."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    requested = [p for c in fors for p in c.children if p.dep_ == "pobj"]
    for action in requested:
        sense = _lexicon_entry(action) if action.pos_ == "NOUN" else None
        if sense is not None and sense.type in _HOSTILE_TYPES:
            against = _prep_objects(action, frozenset({"against", "on", "upon"}), owners=True)
            if against:
                return against
    return []


def _riot_entry(verb: Token, entry: LexiconEntry) -> LexiconEntry:
    """Force used by protesters is a violent protest (CAMEO 145): "protesters stormed the
    embassy", "the embassy was attacked by demonstrators"."""
    if entry.type != "ASSAULT" or verb.pos_ != "VERB":
        return entry
    doers = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
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
        purpose = _lexicon_entry(clause) if _is_purpose(clause) else None
        if purpose is not None and purpose.type in {"ACCUSE", "PROTEST"}:
            complaint = load_lexicon().lookup("complain", "VERB")
            if complaint is not None:
                return replace(complaint, lemma=entry.lemma, note=f"summoned: {complaint.note}")
    return entry


def _is_obligation(verb: Token) -> bool:
    """A reported obligation of another actor: "said that Sudan must return the helicopter"."""
    return (
        any(c.dep_ == "aux" and c.lemma_.lower() in _OBLIGATION_LEMMAS for c in verb.children)
        and _has_subject(verb)
        and _speech_verb(verb) is not None
        and _clause_is_plain(verb)
    )


def _clause_is_plain(verb: Token) -> bool:
    """No negation or condition on the obliged clause ("must not" is a demand too, but kept out)."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS)
        for c in verb.children
    )


def _obligation_mentions(verb: Token) -> Iterator[RawMention]:
    """The speaker demands of the obliged: "Russia said Sudan must return it" is a REQUEST."""
    demand = load_lexicon().lookup("demand", "VERB")
    speakers = _speaker_refs(verb)
    obliged = [
        r
        for s in verb.children
        if s.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
        for r in actor_refs(s)
    ]
    if demand is None or not speakers or not obliged:
        return
    sentence = _trimmed(verb.sent)
    for actor, target in _pairs(speakers, obliged, demand):
        yield RawMention(
            actor=actor,
            action="demand",
            type=demand.type,
            cameo=demand.cameo,
            target=target,
            date_text=_statement_date(verb),
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=0.7,
            rule="obligation",
        )


def _pairs(
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


def _visited(anchor: Token, *, nominal: bool) -> list[ActorRef]:
    """The host of a visit: "arrived in Tehran" is a visit to Iran."""
    for token in _own_tokens(anchor, keep_relative_clauses=nominal):
        entity = _entity_of(token) if token.ent_iob_ == "B" else None
        if entity is not None and entity.label_ == "GPE" and _place_of_entity(entity, anchor):
            ref = _ref_from_entity(entity, token, is_subject=False)
            return [ref] if ref is not None else []
    return []


def _is_joint(noun: Token) -> bool:
    """ "joint drills"; and exercises held by several together ("Russia and China held naval
    exercises")."""
    if noun.lemma_.lower() in _EXERCISE_LEMMAS:
        return True
    return any(c.dep_ == "amod" and c.lower_ in {"joint", "combined"} for c in noun.children)


def _joint_entry(entry: LexiconEntry) -> LexiconEntry:
    """A joint action of several actors is their cooperation (CAMEO 062 when military)."""
    cameo = "062" if entry.type in {"MOBILIZE", "ASSAULT"} else "060"
    return LexiconEntry(entry.lemma, entry.pos, "COOPERATE", cameo, None, f"joint {entry.note}")


def _is_stative(verb: Token) -> bool:
    """ "is opposed to", "is committed to": a participle saying where its subject stands."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _STATIVE_PARTICIPLES
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _verbal_participants(
    verb: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float, str]:
    passive_subjects = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    if passive_subjects and _is_stative(verb):
        # "the country is opposed to cutting off oil": the subject holds the stance.
        actors = [r for s in passive_subjects for r in actor_refs(s, is_subject=True)]
        return actors, _objects(verb, entry), 0.85, "stative"
    if passive_subjects:
        # "Moon was criticised by Putin": the agent acts on the subject (or its owner).
        targets = [r for s in passive_subjects for r in _object_refs(s)]
        agents = _agents(verb)
        if not agents and entry.type == "COERCE" and targets:
            # "was arrested in Turkey": the state where it happened holds and arrests.
            located = _place_targets(verb, targets, nominal=False)
            return located, targets, 0.7, "passive+located coercer"
        return agents, targets, 0.85, "passive"
    actors, inherited = _subjects(verb)
    confidence = 0.8 if inherited else 0.9
    subject_rule = "inherited subject" if inherited else "active"
    if entry.cameo == _RALLY_OPPOSITION:
        return actors, _rallied_against(verb), confidence, _joined(subject_rule, "rallied against")
    targets, target_rule = first_found(VERBAL_TARGET_RULES, verb, entry)
    return actors, targets, confidence, _joined(subject_rule, target_rule)


def _grievance_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """What a complaint is over, rather than whom it is made to: "complained to the UN over
    Israeli air raids" accuses Israel. Whom the accusation names comes first ("criticised
    Japan over the remarks")."""
    named = any(c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP" for c in verb.children)
    if entry.type != "ACCUSE" or named:
        return []
    return _prep_objects(verb, frozenset({"over", "about"}), owners=True)


def _controlled_subjects(verb: Token) -> list[ActorRef]:
    """Whom an action lets, asks or helps to do something: "allowed the candidate to stand",
    "urged Kiev to withdraw" (the subject of an infinitive clause under the verb)."""
    return [
        ref
        for clause in verb.children
        if clause.dep_ in {"xcomp", "ccomp"} and any(c.tag_ == "TO" for c in clause.children)
        for subject in clause.children
        if subject.dep_ in _SUBJECT_DEPS
        for ref in actor_refs(subject)
    ]


def _purpose_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of an action's purpose: "opened fire to disperse the demonstrators"."""
    for clause in verb.children:
        if _is_purpose(clause) and (found := _objects(clause, _lexicon_entry(clause) or entry)):
            return found
    return []


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
    own = _lexicon_entry(head)
    if own is not None and own.type not in _FORCE_TYPES:
        return []
    return _objects(head, own or entry) or _purpose_targets(head, own or entry)


def _protested(verb: Token) -> list[ActorRef]:
    """Whom a protest is against, said by its purpose or manner ("began a hunger strike to
    protest against Sweden's decision", "in protest of the Russian government's refusal")."""
    for child in verb.children:
        inner = _lexicon_entry(child) if child.dep_ in {"advcl", "xcomp", "acl"} else None
        if inner is not None and inner.type in {"PROTEST", "REQUEST"}:
            return _objects(child, inner) or _complement_targets(child, inner)
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                if pobj.lemma_.lower() == "protest":
                    return _prep_objects(pobj, frozenset({"of", "against", "at"}), owners=True)
    return []


def _governing_subjects(noun: Token) -> list[ActorRef]:
    """The subject of the clause a nominal event sits in ("Putin ... after conducting talks"),
    looking past clauses without one ("Putin continued to emphasise an initiative calling for
    ... a request for the US to cease")."""
    for verb in (a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}):
        subjects = _subjects(verb)[0]
        if subjects:
            return subjects
    return []


def _light_participants(noun: Token, verb: Token) -> list[ActorRef]:
    """Who does what a light verb carries: its subject, or its agent when passive
    ("sanctions were imposed on Iran by the European Union")."""
    if carrier_subject_holder(noun, verb).dep_ in _PASSIVE_SUBJECT_DEPS:
        return _agents(verb)
    subjects = _subjects(verb)[0]
    if not subjects and is_state_carrier(verb):
        # "Serb forces were engaged in fighting", "troops were put on alert": who is in the state
        passive = [s for s in verb.children if s.dep_ in _PASSIVE_SUBJECT_DEPS]
        return [r for s in passive for r in actor_refs(s, is_subject=True)]
    return subjects


def _nominal_participants(
    noun: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], list[ActorRef], float, str]:
    light = _light_verb_of(noun)
    if light is not None and is_undergone(light):
        # "the convoy came under attack from the Taliban": the Taliban attacked the convoy
        sources = frozenset({"from", "by"})
        doers = _prep_objects(noun, sources) or _prep_objects(light, sources)
        return doers or list(_owners(noun)), _subjects(light)[0], 0.8, "nominal.undergone"
    # "a meeting between X and Y": the first is the actor, the others its targets.
    between = _prep_objects(noun, frozenset({"between", "among"}))
    owners = [r for c in noun.children if c.dep_ == "poss" for r in actor_refs(c, is_subject=True)]
    if len(between) > 1:
        # "Egypt's mediation between Israel and Hamas": the owner acts on both
        if owners:
            return owners, between, 0.85, "nominal.owner between"
        return between[:1], between[1:], 0.85, "nominal.between"
    sourced = entry.type in _SOURCE_TYPES
    # "a proposal from Norway": what is offered, asked or given comes from its actor.
    agents = _prep_objects(noun, frozenset({"by", "from"} if sourced else {"by"}))
    preps = _target_preps(entry) - {"from"} if sourced else _target_preps(entry)
    if entry.type not in SYMMETRIC_TYPES:
        preps = preps | {"of"}  # "China's criticism of Australia": whom the action is done to
    if entry.type == "ACCUSE":
        preps = preps | {"into"}  # "an inquiry into the ministry"
    targets = _prep_objects(noun, preps, owners=True)
    target_rule = "noun target" if targets else None
    if not targets and (targets := _addressees(noun, entry)):
        target_rule = "addressees"
    actors = owners or agents
    if actors:
        return (
            actors,
            targets,
            0.85,
            _joined("nominal.owner" if owners else "nominal.agent", target_rule),
        )
    if light is not None:
        # "held talks with", "imposed sanctions on", "gave Kenya a grant": the light verb's
        # subject acts, on its indirect object or prepositional target.
        if not targets:
            targets, target_rule = first_found(LIGHT_VERB_TARGET_RULES, noun, entry)
        return _light_participants(noun, light), targets, 0.8, _joined("nominal.light", target_rule)
    if entry.type == "PROTEST" and (protesters := _protesters(noun)):
        return protesters, targets, 0.7, _joined("nominal.protesters", target_rule)
    if entry.type in _NATIONAL_DEED_TYPES and (nation := _demonym_modifiers(noun)):
        # "Israeli air strikes on Gaza", "Russian troop movements"
        return nation, targets, 0.7, _joined("nominal.national deed", target_rule)
    if targets and entry.type in SYMMETRIC_TYPES | {"REQUEST"}:
        # "following talks with Moon", "a request for the US to cease": the clause subject's,
        # else the story's.
        governing = _governing_subjects(noun)
        if governing:
            return governing, targets, 0.75, _joined("nominal.clause subject", target_rule)
        discourse = ActorRef("", "DISCOURSE", noun.idx, noun.idx, is_subject=True)
        return [discourse], targets, 0.6, _joined("nominal.discourse", target_rule)
    return [], targets, 0.0, ""


def _light_dative(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """ "gave Kenya a grant": the light verb's indirect object."""
    light = _light_verb_of(noun)
    return _dative_refs(light) if light is not None else []


def _light_prep_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """ "imposed sanctions on Iran": the light verb's prepositional target."""
    light = _light_verb_of(noun)
    if light is None:
        return []
    return _prep_objects(light, _target_preps(entry), owners=True)


def _light_inner_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the carried noun's own object ("provided assistance to Yemen")."""
    return _inner_targets(noun)


def _light_protested(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a protest carried by a light verb is against ("staged a rally to protest X")."""
    light = _light_verb_of(noun)
    return _protested(light) if light is not None and entry.type == "PROTEST" else []


def _light_purpose_targets(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """The target of the purpose of force carried by a light verb."""
    light = _light_verb_of(noun)
    if light is None or entry.type not in _FORCE_TYPES:
        return []
    return _purpose_targets(light, entry)


def _protesters(noun: Token) -> list[ActorRef]:
    """Who protests, when a protest noun names no one: its people ("Kurdish protests"), else
    the people where it happens ("protests in Georgia against the election")."""
    people = _demonym_modifiers(noun)
    if people:
        return people
    places = _place_targets(noun, [], nominal=True)
    return [replace(place, is_subject=True) for place in places]


def _demonym_modifiers(noun: Token) -> list[ActorRef]:
    """The people a demonym before an event noun names: "Kurdish protests", "Israeli raids"."""
    for child in noun.children:
        entity = _entity_of(child) if child.dep_ in _OWNER_DEPS else None
        if entity is not None and entity.label_ == "NORP":
            ref = _demonym_ref(entity, is_subject=True)
            return [ref] if ref is not None else []
    return []


def _dative_refs(verb: Token) -> list[ActorRef]:
    """The indirect object of a verb: "gave Kenya a grant" ("to Kenya" is a prepositional
    object)."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    return [r for c in datives for r in actor_refs(c)]


def _addressees(noun: Token, entry: LexiconEntry) -> list[ActorRef]:
    """Whom a request asks to act: "a request for the US to cease ..."."""
    if entry.type != "REQUEST":
        return []
    found = _prep_objects(noun, frozenset({"for"}))
    for clause in noun.children:
        if clause.dep_ in {"acl", "relcl", "advcl", "ccomp", "appos"}:
            found += [r for s in clause.children if s.dep_ in _SUBJECT_DEPS for r in actor_refs(s)]
    return found


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
        actors, targets, confidence, rule = _nominal_participants(predicate, entry)
    else:
        actors, targets, confidence, rule = _verbal_participants(predicate, entry)
    if not actors:
        return
    if entry.lemma in _CONVERSATION_LEMMAS and len(actors) > 1 and not targets:
        # "Putin and Erdogan spoke by telephone": a conversation between them.
        entry = load_lexicon().lookup(entry.lemma, entry.pos, ["with"]) or entry
    if nominal and len(actors) > 1 and not targets and _is_joint(predicate):
        entry = _joint_entry(entry)  # "held joint drills": cooperation between them
    light = _light_verb_of(predicate) if nominal else None
    anchor = light or predicate
    if intended:
        date_text, place_text = _statement_date(predicate), None
        confidence *= _INTENT_FACTOR
    else:
        date_text = _date_text(anchor, nominal=light is None and nominal)
        place_text = _place_text(anchor, actors + targets, nominal=light is None and nominal)
    if not targets and entry.type == "CONSULT" and entry.cameo == _VISIT_CODE:
        targets = _visited(anchor, nominal=light is None and nominal)
        rule = _joined(rule, "visited" if targets else None)
    if not targets and entry.type in _PLACE_TARGET_TYPES:
        # "imposed a curfew in Cizre": the place's state is the target
        targets = _place_targets(anchor, actors, nominal=light is None and nominal)
        rule = _joined(rule, "place target" if targets else None)
    reciprocal = (light is not None and light.lemma_.lower() in _RECIPROCAL_LEMMAS) or (
        entry.lemma in _MUTUAL_COMBAT_LEMMAS and not targets
    )  # "Israel and Hezbollah fought a war": each fought the other
    entry = coded_as or entry
    sentence = _trimmed(predicate.sent)
    for actor, target in _pairs(actors, targets, entry, reciprocal=reciprocal):
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
            rule=_joined(sense, "intended" if intended else None, rule),
        )


def is_headline(sentence: Span) -> bool:
    """A headline-style line: title case and no final stop ("Putin Talks Peace with Moon").

    The statistical model reads such lines badly ("Vladimir Putin Says" as a person), and the
    story's body repeats what they say, so extraction leaves them out.
    """
    if len(sentence) > 25 or sentence[-1].text in {".", "!", "?", '"', "”"}:
        return False  # most sentences: no need to look at their words
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


def _body_tokens(doc: Doc) -> Iterator[Token]:
    for sentence in doc.sents:
        if not is_headline(sentence):
            yield from sentence


def extract_mentions(doc: Doc) -> Iterator[RawMention]:
    """Yield the asserted events of ``doc`` in document order; never modifies the Doc."""
    check_lexicon()
    with _indexed(doc):
        yield from _extract_mentions(doc)


def _extract_mentions(doc: Doc) -> Iterator[RawMention]:
    body = list(_body_tokens(doc))
    for token in body:
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        entry = _lexicon_entry(token)
        if entry is None or _carried_event(token) is not None:
            continue  # "held talks", "imposed sanctions": the noun names the event
        entry, sense = sense_in_context(token, entry)
        found = modality(token)
        if found == ASSERTED:
            yield from _mentions_for(token, entry, sense=sense)
            continue
        coded = _modal_entry(entry, found, token) if found in _CODED_MODALITIES else None
        if coded is not None:
            yield from _mentions_for(token, entry, coded_as=coded, sense=sense)
    for token in body:
        if token.pos_ in {"VERB", "AUX"} and _is_obligation(token):
            yield from _obligation_mentions(token)
        elif token.lower_ == "according":
            yield from _according_to_mentions(token)


def _according_to_mentions(according: Token) -> Iterator[RawMention]:
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
            date_text=_own_date(according.head, nominal=False),
            place_text=None,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            sentence=sentence.text,
            confidence=0.7,
            rule="according to",
        )


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
    with _indexed(doc):
        yield from _named_actor_refs(doc)


def _named_actor_refs(doc: Doc) -> Iterator[ActorRef]:
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


def _controlled(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _controlled_subjects(verb)


def _protest_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _protested(verb) if entry.type == "PROTEST" else []


def _force_purpose_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _purpose_targets(verb, entry) if entry.type in _FORCE_TYPES else []


def _force_governing_targets(verb: Token, entry: LexiconEntry) -> list[ActorRef]:
    return _governing_targets(verb, entry) if entry.type in _FORCE_TYPES else []


# The targets of a verb, tried in this order; the first rule that finds any wins.
VERBAL_TARGET_RULES: tuple[tuple[str, TargetRule], ...] = (
    ("grievance", _grievance_targets),  # "complained to the UN over Israeli raids"
    ("objects", _objects),  # "met Moon", "met with Moon", "lifted sanctions against Sudan"
    ("complement", _complement_targets),  # "threatened to shell Iraqi towns"
    ("controlled subject", _controlled),  # "allowed the candidate to stand"
    ("protested", _protest_targets),  # "began a hunger strike to protest against X"
    ("force purpose", _force_purpose_targets),  # "opened fire to disperse the crowd"
    ("force governing", _force_governing_targets),  # "fired on the crowd, killing three"
)

# The targets of an event noun carried by a light verb, when the noun names none itself.
LIGHT_VERB_TARGET_RULES: tuple[tuple[str, TargetRule], ...] = (
    ("light dative", _light_dative),  # "gave Kenya a grant"
    ("light target", _light_prep_targets),  # "imposed sanctions on Iran"
    ("inner target", _light_inner_targets),  # "provided assistance to Yemen"
    ("protested", _light_protested),  # "staged a rally to protest against X"
    ("force purpose", _light_purpose_targets),  # "opened fire to disperse X"
)

# Senses from context, applied in this order, each to what the one before gave.
SENSE_RULES: tuple[tuple[str, SenseRule], ...] = (
    ("promised harm", _promised_harm),  # "vowed to retaliate": a threat
    ("attempt", _attempt_entry),  # "tried to assassinate": CAMEO 185
    ("summons to complain", _summons_to_complain),  # "summoned the ambassador to protest"
    ("riot", _riot_entry),  # "protesters stormed the embassy"
    ("rallying", _rallying_entry),  # "called for sanctions against Nigeria"
)
