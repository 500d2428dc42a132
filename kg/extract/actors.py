"""Actors: the participants a noun phrase names, and the subjects and agents of a clause.

Names, roles, demonyms, groups and organisations ("the Palestinians", "Hungarian and Romanian
officials", "police in Moscow", "Taliban fighters", "the Islamic Jihad movement"), where groups
that do not speak for a state are groups of their own, located by a demonym, region or place
("Egyptian demonstrators", "Darfur rebels", "ethnic Albanians in Serbia"). Subjects are
inherited by open and adverbial clauses ("continued, saying") and relative clauses ("Mexico,
which granted"); a quote's "we" (or plural speakers' "they") is its speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.affiliation import is_past_marker, is_private_noun
from kg.carriers import is_container, lexicon_entry, objects_of
from kg.dates import is_month_name
from kg.extract.clauses import (
    first_conjunct,
    governing_chain,
    governing_verb,
    in_headlines,
    is_quoted_clause_word,
    is_statement_content,
    is_statement_verb,
    quotation_of,
    speech_verb,
)
from kg.extract.entities import doc_entities, entity_index, entity_of, indexed, is_a_name
from kg.extract.refs import ActorRef
from kg.extract.words import (
    ACTOR_LABELS,
    ARMED_FORCE_WORDS,
    HOLDING_PARTICIPLES,
    OWNER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    is_head_role,
    is_nonstate_group,
    is_person_role,
    role_kind,
    roles,
    word_list,
)
from kg.gazetteer import GazetteerEntry, city_country, load_gazetteer, surname_country
from kg.gender import role_gender
from kg.lexicon import word_pairs

# Clauses that inherit the subject of the verb they hang from ("continued, saying", "agreed to").
_INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acomp"})
# Words that join a second participle to a first: "saying ... and urging".
_JOINING_WORDS = frozenset({"and"})
# Verbs whose object does what their open complement says: "leaving the adviser to hold talks".
_OBJECT_CONTROL_LEMMAS = word_list("object_control_lemmas")
# What others are used as to act for their user: "used Kurdish groups as proxies to fight".
_PROXY_NOUNS = word_list("proxy_nouns")
# Participles that make a state's forces another's proxies: "Russian backed forces", "Iran-sponsored
# troops" are forces Russia or Iran backs, not Russia's or Iran's own army.
_BACKING_PARTICIPLES = word_list("backing_participles")
# Names that can say where a group is from: actors and places.
_NAME_LABELS = ACTOR_LABELS | {"LOC", "FAC"}
# Modifiers that are part of a group's name ("Darfur rebels", "Egyptian demonstrators"), unlike
# articles and numbers ("up to 100").
_GROUP_NAME_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Prepositions that say where a group is from or whose it is: "rebels in Darfur", "supporters of",
# "students across China".
_GROUP_PLACE_PREPS = word_list("group_place_preps")
# Verbs of leaving a place behind: "refugees fleeing Syria" are Syria's people, where they fled.
_FLEEING_LEMMAS = word_list("fleeing_lemmas")
# How the place fled hangs from the verb: "fleeing from Syria", "fleeing the war in Syria".
_FLED_PREPS = frozenset({"from", "in"})
# "We" and "I" in a quote or reported clause are its speaker.
_FIRST_PERSON = frozenset({"we", "i"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Determiners of one person named by their nationality: "a Briton", "another Syrian".
_ONE_PERSON_DETS = frozenset({"a", "an", "one", "another", "the"})
# Words before a people that make it some of its people: "some Syrians", "many Iraqis".
_PART_OF_PEOPLE_DETS = word_list("part_of_people_dets")
_PERSON_PRONOUNS = word_list("person_pronouns")
# Nouns that make a name a news organisation's: "the state news agency Sana", "the daily Al-Watan".
_MEDIA_NOUNS = word_list("media_nouns")
# Two people named before and referred back to: "the pair", "the duo", "the two men", "both men".
_PAIR_NOUNS = word_list("pair_nouns")
_PAIR_COUNTS = word_list("pair_counts")
_COUNTED_PEOPLE_NOUNS = word_list("counted_people_nouns")
# An organisation named before and referred back to: "the group", "the jihadi group"; and an armed
# group referred back to by its members: "the militants", "the jihadists".
_GROUP_ANAPHOR_NOUNS = word_list("group_anaphor_nouns")
_GROUP_ANAPHOR_MODIFIERS = word_list("group_anaphor_modifiers")
_MEMBER_ANAPHOR_NOUNS = word_list("member_anaphor_nouns")
_ARMED_GROUP_ANAPHOR_NOUNS = word_list("armed_group_anaphor_nouns")
# Members who refer back to an armed group only when a word of its creed says so: "the Islamist
# fighters", "the jihadist fighters" (bare "the fighters" may be anyone's).
_QUALIFIED_MEMBER_NOUNS = word_list("qualified_member_anaphor_nouns")
_CREED_MODIFIERS = _GROUP_ANAPHOR_MODIFIERS - {"armed", "remaining"}
# Places, and the prepositions that say where a noun is or acts: "Islamic State in Iraq".
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_WHERE_PREPS = frozenset({"in", "across"})
# What the parser may make of the rest of a list it broke off after the first member: an object
# or adverbial noun of the verb ("collapsed ... by rebels, | coalition forces, ..."); not an
# apposition, which names whom a noun before it stands for ("the two members of the cell, El
# Shafee Elsheikh and Alexanda Kotey").
_BROKEN_LIST_DEPS = frozenset({"dobj", "npadvmod"})
# The prepositions of the state a role is of: "the leaders of Russia", "officials in Baghdad",
# "forces from the UK"; a person's "spokesman for the US military".
_GROUP_ROLE_PREPS = frozenset({"of", "in", "from"})
# Envoys of their state to another: where they are posted is no state of theirs ("diplomats in
# Geneva", "foreign diplomats in Kabul"), unlike officials in a capital ("officials in Baghdad").
_POSTED_ROLES = word_list("posted_roles")
_PERSON_ROLE_PREPS = frozenset({"of", "for"})
# A state's rulers' "the government of Iraq", "the central government in Baghdad".
_STATE_ROLE_PREPS = frozenset({"of", "for", "in"})
# Words that make a count an estimate: "an estimated 500 or so militants".
_ESTIMATE_WORDS = word_list("estimate_words")
_THING_PRONOUNS = frozenset({"it", "its"})
# "they", "them": a group, or a state's forces, named before (the resolver tells which).
_PLURAL_PRONOUNS = word_list("plural_pronouns")
# Nouns of private life that name a group of people, not one person a "he" may stand for: "his
# family said".
_COLLECTIVE_PRIVATE_NOUNS = word_list("collective_private_nouns")
# Determiners of one person the text brings in without a name: "a doctor", "her father".
_UNNAMED_PERSON_DETS = frozenset({"a", "an", "one", "another", "his", "her", "their"})
# The label of such a person, an antecedent that names no one ("A doctor said ... he added").
UNNAMED_PERSON = "UNNAMED_PERSON"
# The label of an opposition's members named without its state ("opposition leaders"), whom the
# resolver finds among the oppositions named before.
OPPOSITION = "OPPOSITION"
# The label of a side's fighters named without their state ("the rebels", "rebel groups"), whom
# the resolver finds among the sides the document located before ("Syrian rebels").
SIDE = "SIDE"
# The sides so named, by the word that names them ("rebels", "rebel" in "rebel groups").
_SIDE_WORDS = word_list("side_words")
# Relative pronouns: the subject of a relative clause is the noun it qualifies.
_RELATIVE_PRONOUNS = word_list("relative_pronouns")
# The marks that set a phrase off from the noun before it: "the Kurds, until now armed by".
_SETTING_OFF_MARKS = frozenset({",", "\u2013", "\u2014"})
# Pronouns that, inside a "who" clause, stand for the person it qualifies: "X, who said he".
_CLAUSE_HEAD_PRONOUNS = frozenset({"he", "she", "his"})
# Nouns that count or group the actors named after "of": "thousands of Iranians".
_QUANTITY_NOUNS = word_list("quantity_nouns")
# Nouns of the members of a body named after "inside" or "within": "the 120 organisations inside
# the Working Group for Syria", "factions within the coalition".
_MEMBER_NOUNS = word_list("member_nouns")
_WITHIN_PREPS = ("inside", "within")
# "the North" / "the South" stand for the Koreas (or other divided countries) in context.
_COMPASS_NAMES = frozenset({"north", "south"})
# Nouns of places a side can hold ("the rebel-held town of Douma", "a rebel stronghold").
_HELD_PLACE_NOUNS = word_list("held_place_nouns")
# Verbs of holding a place that tell no act of their own ("occupy" tells the occupation),
# whose agent holds it: "areas controlled by jihadists".
_STILL_HOLDING_LEMMAS = word_list("still_holding_lemmas")
# Of these, the ones a people's name makes its side's ("the Kurdish enclave"; but "Yazidi
# villages" are where Yazidis live).
_CONTROLLED_PLACE_NOUNS = word_list("controlled_place_nouns")
# Nouns of a state's opposition, a group of its own when a demonym says whose ("the Syrian
# opposition"), a stance when it says to what ("Moscow's opposition to the plan").
_OPPOSITION_NOUNS = word_list("opposition_nouns")
# Words that say what kind of opposition one named by itself is: "the armed opposition".
_BARE_OPPOSITION_MODIFIERS = word_list("bare_opposition_modifiers")
# Roles, and prepositions, in which a month's name alone names a person: "urged May to give",
# "talks with May" (a month is "in May", never "with May").
_MONTH_PERSON_DEPS = word_list("participant_deps_of_a_month_name")
_MONTH_PERSON_PREPS = word_list("participant_preps_of_a_month_name")
# Prepositions of the time or place of an act, on whose object the parser can hang the act's
# agent: "was captured in February | by Syrian Kurdish fighters".
_SETTING_PREPS = word_list("act_setting_preps")
# Peoples with no state of their own, whose armed men their demonym names before a force noun
# or a military position: "a Kurdish attack", "shelled Kurdish positions" (the Kurdish forces).
_STATELESS_PEOPLES = word_list("stateless_peoples")
# Adjectives of a region of many states, no people of one: "European diplomats", "Arab leaders".
_REGIONAL_ADJECTIVES = word_list("regional_adjectives")
# Participles that say which people leads a force: "Kurdish-led", "Kurdish-dominated".
_LEADING_LEMMAS = word_list("leading_lemmas")
# Nouns of armed men that coordinated peoples' demonyms share, each people's its own: "Kurdish
# and Arab forces" are the Kurdish forces and the Arab forces.
_PEOPLE_FORCE_NOUNS = word_list("people_force_nouns")
# Armed bodies named by who leads them: "a Saudi-led coalition", "Kurdish-led forces".
_LED_BODY_NOUNS = word_list("led_body_nouns")
# Peoples of no state by the plural noun that names them, for their demonym ("Kurdish" ->
# "Kurds").
_PEOPLE_NAMES = word_pairs("people_names")
# Continents whose union acts for them: "urged Europe to wait" is addressed to the EU.
_CONTINENT_UNIONS = word_pairs("continent_unions")
_CONTINENT_LABELS = frozenset({"LOC"})
# Words by which armed men are said to be a side's: "fighters allied to the SDF", "forces loyal
# to Assad".
_ALLEGIANCE_WORDS = word_list("allegiance_words")
# Verbs by which people become a side's own: "foreign fighters who joined Isis".
_JOINING_LEMMAS = word_list("joining_lemmas")
# Nouns of a part or turn in doing something, whose gerund their clause's subject does: "has borne
# the brunt of fighting Isis", "in exchange for allowing the safe passage of".
_DOING_NOUNS = word_list("doing_nouns")
# Roles whose unnamed holder speaks or acts for the body that employs them, not for a country
# the title also names: "a SDF spokesman", "the UN's Syria envoy", "an SDF commander".
_AGENT_ROLES = word_list("agent_roles")
# Kinds of bodies that are their state's: "a Home Office spokesperson" speaks for Britain.
_STATE_BODY_KINDS = frozenset({"state", "government", "military"})


def _is_of_nonstate_side(head: Token) -> bool:
    """A state's kind of group on the other side: "opposition leaders", "rebel commanders"."""
    markers = roles()["nonstate_markers"]
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in markers for c in head.children)


def country_hint(
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
            country = country_hint(child, depth=depth - 1, demonyms=demonyms, regions=regions)
            if country is not None:
                return country
            continue
        if skip is not None and skip.start <= child.i < skip.end:
            continue
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            entity = entity_of(child)
            text = entity.text if entity is not None else _leader_text(child)
            text = _without_possessive(text).strip()
            country = gazetteer.country_of_demonym(text) if demonyms else None
            if country is None:
                country = country_of_place(text, regions=regions)
            if country is None and entity is not None and entity.label_ == "PERSON":
                country = surname_country(text)  # "the Bush administration": the US
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
            entity = entity_of(leaders[0])
            return entity.text if entity is not None else leaders[0].text
    return modifier.text


def _led_modifier(head: Token) -> Token | None:
    """The "-led" adjective before a noun: "Saudi-led" (one word), "Kurdish - led", "Kurdish -
    dominated"."""
    for child in head.children:
        leading = child.lower_.endswith("-led") or child.lemma_.lower() in _LEADING_LEMMAS
        if child.dep_ == "amod" and leading:
            return child
    return None


def _led_body_ref(head: Token, lemma: str, is_subject: bool) -> ActorRef | None:
    """An armed body named by who leads it, as a group of the leader's country: "a Saudi-led
    coalition" (Saudi Arabia's), "the Riyadh-led coalition"; led by a people of no state, that
    people's force: "Kurdish-led forces". A state's own forces ("Turkish-led forces") are left
    to the state's role noun."""
    led = _led_modifier(head) if lemma in _LED_BODY_NOUNS else None
    if led is None:
        return None
    leader = _without_possessive(_leader_text(led)).strip()
    country = load_gazetteer().country_of_demonym(leader) or country_of_place(leader)
    stateless = leader.lower() in _STATELESS_PEOPLES
    if not stateless and (country is None or role_kind(lemma) is not None):
        return None
    placing = [c for c in head.children if c.dep_ == "amod" and c.i < led.left_edge.i]
    if stateless:  # where the text places them: "Kurdish-led militias in Syria", "Syrian ..."
        country = _country_of_prep(head, _GROUP_PLACE_PREPS, regions=True) or next(
            (c for w in placing if (c := load_gazetteer().country_of_demonym(w.text))), None
        )
    start = min([led.left_edge.i, *(w.i for w in placing)])
    text = head.doc[start : head.i + 1].text
    return ActorRef(
        text=text,
        label="GROUP",
        start=head.doc[start].idx,
        end=head.doc[start].idx + len(text),
        role=lemma,
        country=country,
        is_subject=is_subject,
    )


def _country_of_body(head: Token) -> str | None:
    """The country of a body a person belongs to: "a member of the Syrian parliament"; of a
    place the model names nothing, its people's: "inhabitants of the Syrian Golan Heights"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                body = role_kind(pobj.lower_) in {"group", "state"}
                if pobj.dep_ == "pobj" and (body or _is_unnamed_place(pobj)):
                    return country_hint(pobj, depth=1)
    return None


def _is_unnamed_place(word: Token) -> bool:
    """A proper name the model tags as no entity: "the Syrian Golan Heights"."""
    return word.pos_ == "PROPN" and not word.ent_type_


def _without_possessive(text: str) -> str:
    """A name without the possessive ending it may carry in the text ("Russia's", "Syria’s")."""
    return text.removesuffix("'s").removesuffix("’s")


def country_of_place(name: str, *, regions: bool = False) -> str | None:
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
            entity = entity_of(pobj, _NAME_LABELS) if pobj.dep_ == "pobj" else None
            country = country_of_place(entity.text, regions=regions) if entity else None
            if country is not None:
                return country
    return None


def demonym_ref(entity: Span, is_subject: bool) -> ActorRef | None:
    """A demonym standing for its state ("Turkish positions", "the Iranians"), as a state role."""
    text = _without_possessive(entity.text).strip()
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
        entity_of(c, _NAME_LABELS) is not None
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
    country = _country_of_prep(root, _GROUP_PLACE_PREPS, regions=True) or country_hint(
        root, skip=entity, demonyms=not ethnic, regions=True
    )
    if country is None and not ethnic:
        text = _without_possessive(entity.text).strip()
        gazetteer = load_gazetteer()
        country = gazetteer.country_of_demonym(text) or gazetteer.region_country(text)
    return _group_ref(root, None, country, is_subject, first=entity.start)


def people_owner_ref(entity: Span) -> ActorRef:
    """A people that is no state's demonym owning a thing: "Houthi positions", "Karen villages"."""
    text = _without_possessive(entity.text).strip()
    country = load_gazetteer().region_country(text)
    end = entity.start_char + len(text)
    return ActorRef(text, "GROUP", entity.start_char, end, country=country)


def people_ref(entity: Span) -> ActorRef | None:
    """A people of no state named by its demonym as an owner, by the noun that names it:
    "curbing Kurdish ambitions" are the Kurds', "Houthi positions" the Houthis'. An adjective
    that names no people ("European alliances", "Islamic ambitions") names no one."""
    owner = people_owner_ref(entity)
    name = _PEOPLE_NAMES.get(owner.text.lower())
    if name is not None:
        return replace(owner, text=name)
    return None if entity.root.tag_ == "JJ" else owner


def people_forces_ref(entity: Span, is_subject: bool) -> ActorRef | None:
    """The armed men of a people with no state, named by its demonym alone: "a Kurdish
    assault", "Kurdish positions" are the Kurdish forces' (not "Palestinian", a state's)."""
    people = people_owner_ref(entity)
    if people.text.lower() not in _STATELESS_PEOPLES:
        return None
    return replace(people, text=f"{people.text} forces", is_subject=is_subject)


def people_force_modifiers(noun: Token) -> list[ActorRef]:
    """The forces of a people of no state whose demonym is before a force noun: "a Kurdish
    attack", "the six-month Kurdish assault"."""
    for child in noun.children:
        entity = entity_of(child) if child.dep_ in OWNER_DEPS else None
        if entity is not None and entity.label_ == "NORP":
            forces = people_forces_ref(entity, is_subject=True)
            return [forces] if forces is not None else []
    return []


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
            named = [p for p in prep.children if p.dep_ == "pobj" and entity_of(p, _NAME_LABELS)]
            if named:
                end = named[0].right_edge.i + 1
                break
    span = doc[start:end]
    text = _without_possessive(span.text).strip()
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
    country = (
        _country_of_prep(head, _GROUP_PLACE_PREPS, regions=True)
        or country_hint(head, demonyms=not _is_ethnic(head), regions=True)
        or _fled_country(head)
    )
    ref = _group_ref(head, lemma, country, is_subject, first=head.i)
    span = head.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    named = span is not None and any(t.ent_type_ in _NAME_LABELS for t in span)
    if country is None and not named:
        return _unlocated_side_ref(head, ref)
    return _named_people(ref) if lemma == "people" else ref


def _unlocated_side_ref(head: Token, ref: ActorRef) -> ActorRef | None:
    """A side's fighters the phrase does not place ("SIDE"): "the rebels", "the southern
    rebels", "rebel groups", "the rebels, whom Turkey armed" (the side the document located
    before: see ``kg.resolve``; a relative clause says what they did or underwent, not who they
    are); not one placed, named or qualified by a participle after it ("rebels in Idlib", "the
    rebels, the Free Syrian Army", "rebels fighting Assad": any who fight him)."""
    if head.tag_ != "NNS" or any(c.dep_ in {"prep", "acl", "appos"} for c in head.children):
        return None
    words = [
        head.lemma_.lower(),
        *(c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}),
    ]
    side = next((w for w in words if w in _SIDE_WORDS), None)
    return replace(ref, label=SIDE, role=side) if side is not None else None


def _named_people(ref: ActorRef) -> ActorRef:
    """A stateless people called a people by its demonym, by the noun that names it: "the
    Kurdish people of the west have suffered persecution" are the Kurds."""
    words = ref.text.lower().split()
    name = _PEOPLE_NAMES.get(words[0]) if len(words) == 2 else None
    return replace(ref, text=name) if name is not None else ref


def _fled_country(head: Token) -> str | None:
    """The country a group is fleeing: "refugees fleeing Syria", "fleeing from Syria", "fleeing
    the civil war in Liberia"."""
    for clause in head.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in _FLEEING_LEMMAS:
            continue
        for fled in clause.children:
            entity = entity_of(fled, _NAME_LABELS) if fled.dep_ == "dobj" else None
            country = country_of_place(entity.text, regions=True) if entity else None
            if fled.dep_ == "dobj" and country is None:
                country = _country_of_prep(fled, _FLED_PREPS, regions=True)
            if country is not None:
                return country
        return _country_of_prep(clause, _FLED_PREPS, regions=True)
    return None


def _role_of(head: Token) -> str | None:
    """A role word among a person's title compounds or appositions ("President", "counterpart")."""
    for child in head.children:
        if child.dep_ in {"compound", "appos"} and is_person_role(child.lemma_):
            return child.lemma_.lower()
    if head.dep_ == "appos" and is_person_role(head.head.lemma_):
        return head.head.lemma_.lower()
    return None


def _is_named_medium(root: Token) -> bool:
    """A name set beside a noun of the press ("the Syrian state news agency Sana", "Sana, the
    state news agency"): a news organisation's, however like a person's it reads."""
    nouns = [c for c in root.children if c.dep_ in {"compound", "appos"}]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(n.lemma_.lower() in _MEDIA_NOUNS for n in nouns)


def _is_one_national(root: Token) -> bool:
    """One person named by their nationality ("a Briton", "another Syrian", "the Briton"): a
    private person, whose state a people ("the Iranians", "Britons") stands for and they do not.
    (Done to, they are their state for the coder: "police arrested a Briton".)"""
    return (
        root.tag_ in {"NN", "NNP"}
        and not root.lower_.endswith("s")
        and any(c.dep_ == "det" and c.lower_ in _ONE_PERSON_DETS for c in root.children)
    )


def _is_part_of_people(root: Token) -> bool:
    """Some of a people ("some Syrians say", "other Canadians have reported", "many Iraqis"):
    private people, for whom their state does not speak, as it does for "the Syrians"."""
    return root.tag_ in _PLURAL_TAGS and any(
        c.dep_ in {"det", "amod"} and c.lower_ in _PART_OF_PEOPLE_DETS for c in root.children
    )


def ref_from_entity(entity: Span, head: Token, is_subject: bool) -> ActorRef | None:
    label = entity.label_
    text = entity.text
    people = entity.root.head
    named_people = entity.root.dep_ == "compound" and people.lemma_ == "people"
    if named_people and text.lower() in _PEOPLE_NAMES:
        # "the Yazidi people", its demonym read as a name: the people (the Yazidis)
        return _nonstate_group_ref(people, "people", is_subject)
    if label == "NORP":
        # "Russian" as an adjective is not an actor; "the Russians" as a noun is.
        if entity.root.pos_ not in {"NOUN", "PROPN"} or entity.root.dep_ in {"amod", "compound"}:
            return None
        if is_subject and _is_one_national(entity.root):
            return None  # "a second Briton ... has said": a private person, not their state
        demonym = demonym_ref(entity, is_subject)
        if demonym is not None and not _is_qualified_people(entity):
            if is_subject and _is_part_of_people(entity.root):
                return None  # "some Syrians say": private people, not their state
            if is_subject and _is_counted(entity.root):
                return _people_group_ref(entity, is_subject)  # "four Britons who tortured"
            return demonym  # "the Palestinians", "Iranians": a people acts for its state
        return _people_group_ref(entity, is_subject)
    if label == "PERSON" and _is_named_medium(entity.root):
        label = "ORG"  # "the state news agency Sana": no person, and the press is no actor
    text = _without_possessive(text).strip()
    own_head = head.i == entity.root.i  # most often: then the two are asked once
    country = country_hint(head, skip=entity)
    if country is None and not own_head:
        country = country_hint(entity.root, skip=entity)
    if head.dep_ == "appos" and country is None:
        country = country_hint(head.head)
    role = _role_of(entity.root)
    if role is None and not own_head:
        role = _role_of(head)
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
    if (clause := _clause_of_whose(token)) is not None:
        return qualified_refs(clause)  # "Turkish officials, whose crackdown": the officials'
    if owners := _whose_own_people(token):
        return owners  # "Russia and Turkey, whose ministers met": Russia and Turkey
    refs = []
    conjuncts = [c for c in token.conjuncts if c.i > token.i and not _is_listed_place(c, token)]
    for head in (token, *(conjuncts or _broken_off_list(token))):
        national = _national_groups(head, is_subject) or _national_persons(head, is_subject)
        if len(national) > 1:
            refs.extend(national)  # "Hungarian and Romanian officials": each for its state
            continue
        ref = _actor_ref(head, is_subject=is_subject)
        if ref is not None and head is not token:
            ref = _late_apposed_name(token, head, ref) or ref
        if (ref is None or _is_unplaced_role(ref)) and not _private_speakers(head, is_subject):
            included = _included_refs(head, is_subject)
            if included:
                refs.extend(included)  # "world leaders including Netanyahu and Trump"
                continue
        if ref is not None:
            refs.extend(_names_parsed_as_modifiers(head, ref, is_subject))
            refs.append(ref)
            refs.extend(_coordinated_rulers(head, ref, is_subject))
            refs.extend(_apposed_conjuncts(head, ref, is_subject))
    return refs


def _broken_off_list(token: Token) -> list[Token]:
    """The rest of a list the parser broke off after its first member and hung on a word the
    first depends on, a phrase of coordinated nouns right after the first's comma: "an assault
    ... by Turkish-backed rebels, | US-led coalition forces, Kurdish paramilitaries and the Iraqi
    and Syrian armies", with "forces" read as the object of "collapsed"."""
    doc = token.doc
    comma = token.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    rest = doc[comma + 1]
    while rest.head.i != rest.i and rest.head.left_edge.i == comma + 1:
        rest = rest.head  # the phrase that starts after the comma
    if rest.dep_ not in _BROKEN_LIST_DEPS or rest.pos_ not in {"NOUN", "PROPN"}:
        return []
    if rest.head.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "poss" for c in rest.children):
        return []  # "fighting in Deir ez-Zor, Isis's last stronghold and scene of": what it is
    if rest.head not in token.ancestors:
        return []
    later = [c for c in rest.conjuncts if c.i > rest.i]
    if not later or doc[later[-1].left_edge.i - 1].lower_ not in {"and", "or"}:
        return []  # one noun after the comma, no list of them
    return [rest, *later]


def _whose_own_people(head: Token) -> list[ActorRef]:
    """The state or group whose officials or forces a "whose" names, who act for it as "its
    troops" do: "Turkey, whose troops attacked Afrin" (Turkey), "Russia and Turkey, whose foreign
    and defence ministers met on Saturday in Moscow" (the two of them)."""
    lemma = _role_lemma(head)
    officials = role_kind(lemma) is not None and not is_nonstate_group(lemma)
    if head.ent_type_ or not (head.lower_ in ARMED_FORCE_WORDS or officials):
        return []  # not "Assad, whose supporters": they are not he
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return []
    clause = _clause_of_whose(whose)
    if clause is not None:
        return qualified_refs(clause)
    antecedent = _noun_before_comma(whose)  # the clause misread as the sentence's own
    return actor_refs(antecedent) if antecedent is not None else []


def _noun_before_comma(word: Token) -> Token | None:
    """The noun phrase (its first conjunct) that ends right before the comma before ``word``."""
    if word.i < 2 or word.doc[word.i - 1].text != ",":
        return None
    noun = word.doc[word.i - 2]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.pos_ == "PROPN" else None


def _clause_of_whose(token: Token) -> Token | None:
    """The relative clause whose "whose" stands for the noun it qualifies."""
    if token.lower_ != "whose":
        return None
    return next((a for a in token.ancestors if a.dep_ == "relcl"), None)


def _is_listed_place(conjunct: Token, head: Token) -> bool:
    """A place the parser joined to a noun rather than to the place named after the noun's
    "in": "war against Islamic State in Iraq and | Syria" (Syria is where, as Iraq is)."""
    if conjunct.ent_type_ not in _PLACE_LABELS:
        return False
    places = [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _WHERE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS
    ]
    doc = conjunct.doc
    gaps = (doc[p.right_edge.i + 1 : conjunct.left_edge.i] for p in places if p.i < conjunct.i)
    return any(all(t.lower_ in {"and", ","} for t in gap) for gap in gaps)


def _is_unplaced_role(ref: ActorRef) -> bool:
    """A role of no known state or group: "world leaders", "several countries"."""
    return ref.label == "ROLE" and ref.country is None


def _private_speakers(head: Token, is_subject: bool) -> bool:
    """A subject naming private people ("Other witnesses, including the US woman Hoda Muthana,
    said"): whoever it includes speaks or acts as one of them, not for themselves."""
    return is_subject and is_private_noun(head.lemma_.lower())


def _included_refs(head: Token, is_subject: bool) -> list[ActorRef]:
    """The members a phrase of no known state names with "including" or "such as": "other world
    leaders including Saudi Arabia's King Salman, Israel's Benjamin Netanyahu and Donald Trump",
    "several countries, including France and Germany", "countries such as the UAE"."""
    examples = [
        c for c in objects_of(head, "as") if any(w.lower_ == "such" for w in c.head.children)
    ]
    return [
        ref
        for pobj in objects_of(head, "including") + examples
        for ref in actor_refs(pobj, is_subject=is_subject)
    ]


def _apposed_conjuncts(head: Token, ref: ActorRef, is_subject: bool) -> list[ActorRef]:
    """The other names of a list in apposition to a role that stood for its first name: "the
    three guarantors – Russia, Turkey and Iran – have spurned" (each of them); "met his Turkish
    counterpart, Recep Tayyip Erdoğan, and Iran's president, Hassan Rouhani" (a role named
    after its noun); "signed by the Turkish foreign minister, Mevlüt Çavuşoğlu, his Russian
    counterpart, Sergei Lavrov, and Iran's Javad Zarif" (a list read as a chain of
    appositions)."""
    found = []
    for child in head.children:
        entity = entity_of(child) if child.dep_ == "appos" else None
        if entity is None or entity.start_char != ref.start:
            continue  # only where the role stood for the list's first name
        for name in _listed_names(child):
            if name is not child and (named := _listed_ref(name, is_subject)) is not None:
                found.append(named)
            for other in (c for c in name.conjuncts if c.i > name.i):
                if (other_ref := _listed_ref(other, is_subject)) is not None:
                    found.append(other_ref)
    return found


def _listed_names(name: Token) -> Iterator[Token]:
    """A name and the names listed after it that the parser hung on it as appositions, each
    behind a role of its own: "Mevlüt Çavuşoğlu, his Russian counterpart, Sergei Lavrov" (a
    role apposed to a name without a name of its own is the same person: "Çavuşoğlu, Turkey's
    foreign minister")."""
    while True:
        yield name
        roles = (
            c
            for c in name.children
            if c.dep_ == "appos" and role_kind(c.lemma_.lower()) == "person"
        )
        following = (
            named
            for role in roles
            for named in role.children
            if named.dep_ == "appos" and _is_person_name(named)
        )
        nxt = next(following, None)
        if nxt is None:
            return
        name = nxt


def _is_person_name(word: Token) -> bool:
    entity = entity_of(word)
    return entity is not None and entity.label_ == "PERSON"


def _listed_ref(word: Token, is_subject: bool) -> ActorRef | None:
    """A listed name, or a role with its name or its state ("Iran's president, Hassan
    Rouhani")."""
    entity = entity_of(word)
    if entity is not None:
        return ref_from_entity(entity, word, is_subject)
    ref = _actor_ref(word, is_subject=is_subject)
    return None if ref is None or _is_unplaced_role(ref) else ref


def _late_apposed_name(first: Token, conjunct: Token, ref: ActorRef) -> ActorRef | None:
    """The name of a role conjunct that the parser hung on the first conjunct, after the role:
    "the resignation of both his defence secretary, Jim Mattis, and envoy to the coalition
    against Isis, Brett McGurk" (McGurk is the envoy)."""
    if ref.label != "ROLE" or role_kind(conjunct.lemma_.lower()) != "person":
        return None
    later = [
        c for c in first.children if c.dep_ == "appos" and c.i > conjunct.i and _is_person_name(c)
    ]
    entity = entity_of(later[0]) if later else None
    return ref_from_entity(entity, later[0], ref.is_subject) if entity is not None else None


def _names_parsed_as_modifiers(head: Token, ref: ActorRef, is_subject: bool) -> list[ActorRef]:
    """A name coordinated with the head's name that the parser made its modifier: in "Donald
    Trump and Theresa May spoke", "Trump" hangs on "May" (with the "and"), yet both spoke."""
    found = []
    for child in head.children:
        if child.dep_ not in {"nmod", "compound"} or not any(
            c.dep_ == "cc" for c in child.children
        ):
            continue
        entity = entity_of(child)
        if entity is None or entity.label_ != "PERSON" or entity.start_char >= ref.start:
            continue
        named = ref_from_entity(entity, child, is_subject)
        if named is not None:
            found.append(named)
    return found


def _coordinated_rulers(head: Token, ref: ActorRef, is_subject: bool) -> list[ActorRef]:
    """The other states of a role named with coordinated states ("the leaders of Iran and
    Turkey", "special forces from the UK and France", "officials in London and Washington"):
    each state's own, as the first is."""
    lemma = _role_lemma(head)
    if head.pos_ != "NOUN" or role_kind(lemma) is None:
        return []
    places = _role_places(lemma)
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in places:
            continue
        for pobj in prep.children:
            first = entity_of(pobj) if pobj.dep_ == "pobj" else None
            if first is None or first.start_char != ref.start:
                continue  # only where the role stood for its first state
            for other in pobj.conjuncts:
                entity = entity_of(other)
                if entity is not None and entity.label_ == "GPE":
                    found.append(ref_from_entity(entity, other, is_subject))
    return [r for r in found if r is not None]


def _national_groups(head: Token, is_subject: bool) -> list[ActorRef]:
    """A group noun with coordinated demonyms ("US and Russian negotiators"): one per state;
    with coordinated actors parsed as its modifiers ("the government and FARC rebels"): each."""
    if head.pos_ != "NOUN" or role_kind(head.lower_) != "group":
        return []
    refs = []
    for child in head.children:
        if child.dep_ not in OWNER_DEPS:
            continue
        for word in (child, *child.conjuncts):
            entity = entity_of(word)
            ref = demonym_ref(entity, is_subject) if entity is not None else None
            coordinated = bool(child.conjuncts)
            if ref is None and entity is not None and entity.label_ == "GPE":
                ref = ref_from_entity(entity, word, is_subject)
            elif ref is None and coordinated and entity is not None and entity.label_ == "NORP":
                ref = _peoples_armed_men(entity, head, is_subject)  # "Kurdish and Arab forces"
            elif ref is None and coordinated and (entity is not None or role_kind(word.lower_)):
                ref = _actor_ref(word, is_subject=is_subject)  # "the government", "FARC"
            if ref is not None:
                refs.append(ref)
    return refs


def _national_persons(head: Token, is_subject: bool) -> list[ActorRef]:
    """A plural person's role with coordinated demonyms and nothing else before it ("pleaded
    with the Russian and Turkish presidents"): each state's holder of the role ("the Russian
    president", "the Turkish president")."""
    role = head.lemma_.lower()
    if head.tag_ != "NNS" or role_kind(role) != "person":
        return []
    modifiers = [c for c in head.children if c.i < head.i and c.dep_ not in {"det", "punct"}]
    if len(modifiers) != 1 or not modifiers[0].conjuncts:
        return []
    gazetteer = load_gazetteer()
    refs = []
    for word in (modifiers[0], *modifiers[0].conjuncts):
        country = gazetteer.country_of_demonym(word.text) if word.ent_type_ == "NORP" else None
        if country is None:
            return []
        text = f"the {word.text} {role}"
        end = head.idx + len(head)
        refs.append(ActorRef(text, "ROLE", word.idx, end, role, country, is_subject))
    return refs


def _peoples_armed_men(people: Span, force: Token, is_subject: bool) -> ActorRef | None:
    """The armed men of one of several peoples of no state named before a force noun: "Kurdish
    and Arab forces" are the Kurdish forces and the Arab forces, "Kurdish and Iraqi forces" the
    Kurdish forces and Iraq's."""
    if force.lower_ not in _PEOPLE_FORCE_NOUNS:
        return None
    owner = people_owner_ref(people)
    return replace(
        owner, text=f"{owner.text} {force.lower_}", role=force.lower_, is_subject=is_subject
    )


def _person_after_possessive(head: Token, is_subject: bool) -> ActorRef | None:
    """A state's person the parser left hanging, the state taken as the participant: in
    "hosted Iran's Hassan Rouhani and Turkey's Recep Tayyip Erdoğan", "Turkey" is parsed as the
    conjunct and "Erdoğan" hung elsewhere; the person named right after the possessive is meant."""
    if head.dep_ == "poss" or head.ent_type_ != "GPE":
        return None
    case = next((c for c in head.children if c.dep_ == "case" and c.i == head.i + 1), None)
    after = case.i + 1 if case is not None else len(head.doc)
    person = entity_of(head.doc[after]) if after < len(head.doc) else None
    if person is None or person.label_ != "PERSON" or person.start != after:
        return None
    return ref_from_entity(person, person.root, is_subject)


def _body_of_members(head: Token, is_subject: bool) -> ActorRef | None:
    """The organisation whose members a phrase names by it: "the 120 organisations inside the
    Working Group for Syria are urging" (the Working Group urges), "factions within the SNC"."""
    if head.lower_ not in _MEMBER_NOUNS:
        return None
    for body in (b for prep in _WITHIN_PREPS for b in objects_of(head, prep)):
        entity = entity_of(body)
        if entity is not None and entity.label_ == "ORG":
            return ref_from_entity(entity, body, is_subject)
    return None


def names_a_person_by_month(word: Token) -> bool:
    """A month's name where a participant stands names a person, not a time: "urged May to
    give", "his talks with May"."""
    if word.dep_ == "pobj" and word.head.lower_ in _MONTH_PERSON_PREPS:
        return True
    return word.dep_ in _MONTH_PERSON_DEPS


def _month_named_person(head: Token, is_subject: bool) -> ActorRef | None:
    """ "In his talks with May, Erdoğan indicated": the model reads "May" as a date, or no name;
    standing alone where a participant stands, it is the person of that name."""
    alone = head.pos_ == "PROPN" and not any(True for _ in head.children)
    if not (alone and is_month_name(head.text) and names_a_person_by_month(head)):
        return None
    return ActorRef(head.text, "PERSON", head.idx, head.idx + len(head), is_subject=is_subject)


def _continent_union_ref(head: Token, is_subject: bool) -> ActorRef | None:
    """A continent that acts or is addressed stands for its union: "he also criticised Europe
    for not doing as much as Turkey", "urged Europe to wait" (the European Union, by its name);
    not a place gone to or lived in ("fighters returning to Europe", "life in Europe")."""
    entity = entity_of(head, _CONTINENT_LABELS)
    if entity is None or head.dep_ not in SUBJECT_DEPS | {"dobj"}:
        return None
    union = _CONTINENT_UNIONS.get(entity.text)
    if union is None:
        return None
    return ActorRef(union, "ORG", entity.start_char, entity.end_char, is_subject=is_subject)


def _bracketed_referent(pronoun: Token) -> Token | None:
    """Whom a pronoun refers to, where the writer says so in square brackets after it: "“It
    [the UK government] has today undertaken that no further assistance will be provided”"."""
    if pronoun.pos_ != "PRON":
        return None
    doc = pronoun.doc
    return next(
        (
            c
            for c in pronoun.children
            if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "["
        ),
        None,
    )


def _actor_ref(head: Token, *, is_subject: bool) -> ActorRef | None:
    referent = _bracketed_referent(head)
    if referent is not None:
        return _actor_ref(referent, is_subject=is_subject)
    holder = place_holder_ref(head, is_subject=is_subject)
    if holder is not None:
        return holder  # a place an actor holds stands for that actor (the codebook's rule)
    person = _person_after_possessive(head, is_subject)
    if person is not None:
        return person
    month_named = _month_named_person(head, is_subject)
    if month_named is not None:
        return month_named
    union = _continent_union_ref(head, is_subject)
    if union is not None:
        return union
    entity = entity_of(head)
    if (
        entity is not None
        and entity.label_ == "NORP"
        and (joined := _joined_sides(head, is_subject))
    ):
        return joined[0]  # "Britons who went to join Isis": Islamic State's
    if entity is not None:
        return ref_from_entity(entity, head, is_subject)
    # "his South Korean counterpart Moon Jae-in": the name stands in apposition to the role.
    for child in head.children:
        if child.dep_ == "appos" and (entity := entity_of(child)) is not None:
            return ref_from_entity(entity, child, is_subject)
    if (named := _person_apposed_to_role_object(head)) is not None:
        return ref_from_entity(named, named.root, is_subject)
    body = _body_of_members(head, is_subject)
    if body is not None:
        return body
    if _is_former(head):
        return None  # "a former Russian admiral", "a former Isis member": no longer acts for it
    opposition = national_opposition_ref(head, is_subject=is_subject)
    if opposition is not None:
        return opposition  # "talks with Syrian opposition groups": the group, not its state
    lemma = _role_lemma(head)
    if lemma in _QUANTITY_NOUNS:
        # "thousands of Iranians", "a group of Moroccan diplomats": the counted actors; but "the
        # Syrian Democratic Forces group of Kurdish and Arab militias" is the one it names.
        counted = [p for prep in head.children if prep.lower_ == "of" for p in prep.children]
        body = _organisation_of(head, is_subject) if counted else None
        if body is not None and body.label == "ORG":
            return body
        if counted:
            return _actor_ref(counted[0], is_subject=is_subject)
        # "the Kifaya group", "the Hizbollah group"; else "the group" named before
        return (
            _organisation_of(head, is_subject)
            or _named_body(head, is_subject)
            or group_anaphor_ref(head, is_subject=is_subject)
        )
    if head.pos_ == "PRON":
        if (role := _role_qualified_by_who_clause(head)) is not None:
            return _role_ref(role, _role_lemma(role), is_subject)
        if lemma in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            return ActorRef(
                head.text, "PRON", head.idx, head.idx + len(head), is_subject=is_subject
            )
        return None
    anaphor = (
        pair_ref(head, is_subject=is_subject)
        or group_anaphor_ref(head, is_subject=is_subject)
        or owned_force_ref(head, is_subject=is_subject)
    )
    if anaphor is not None:
        return anaphor  # "the pair", "the militants": named before
    if lemma in _COMPASS_NAMES and head.pos_ == "PROPN":
        return ActorRef(head.text, "COMPASS", head.idx, head.idx + len(head), is_subject=is_subject)
    led_body = _led_body_ref(head, lemma, is_subject)
    if led_body is not None:
        return led_body  # "a Saudi-led coalition", "Kurdish-led forces"
    if role_kind(lemma) is not None and not is_container(head):  # not "the state of emergency"
        return _role_ref(head, lemma, is_subject)
    return _named_body(head, is_subject) or untagged_name_ref(head, is_subject=is_subject)


def _role_qualified_by_who_clause(pronoun: Token) -> Token | None:
    """The person's role that a "who" clause qualifies, for a subject or possessive pronoun of
    that clause ("the home secretary, who faces a legal fight over his decision to revoke
    Begum's citizenship": the home secretary's decision), with no person named in between; the
    resolver reads a name before ", who" alike. Not "him" ("the president, who had urged him")."""
    if pronoun.lower_ not in _CLAUSE_HEAD_PRONOUNS:
        return None
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ == "who" for c in clause.children
    ):
        return None
    role = clause.head
    if role.pos_ != "NOUN" or entity_of(role) is not None:
        return None
    between = role.doc[role.i + 1 : pronoun.i]
    if any(w.ent_type_ == "PERSON" for w in between):
        return None  # "the minister, who met Putin when he visited": not the minister's
    return role if role_kind(_role_lemma(role)) == "person" else None


def untagged_name_ref(head: Token, *, is_subject: bool = False) -> ActorRef | None:
    """A surname the model tags as no entity, of a person it tags in full elsewhere in the text:
    "Cantlie was captured by Isis in Syria in 2012" after "the British journalist John Cantlie"
    (the resolver gives the full name); not a word of no one so named ("“Haram?” he asked")."""
    if head.tag_ != "NNP" or head.ent_type_ or any(c.dep_ == "compound" for c in head.children):
        return None
    if head.text not in entity_index(head.doc).surnames:
        return None
    return ActorRef(head.text, "PERSON", head.idx, head.idx + len(head), is_subject=is_subject)


def _person_apposed_to_role_object(head: Token) -> Span | None:
    """The person named after a role phrase whose apposition the parser hung on the role's
    object: "The UN special envoy for Syria, Staffan de Mistura, has resigned" (de Mistura is the
    envoy, not Syria's apposition)."""
    if role_kind(head.lemma_.lower()) != "person":
        return None
    for pobj in (p for prep in head.children if prep.dep_ == "prep" for p in prep.children):
        for apposed in (c for c in pobj.children if c.dep_ == "appos"):
            entity = entity_of(apposed)
            if entity is not None and entity.label_ == "PERSON" and entity_of(pobj) is not None:
                return entity
    return None


def national_opposition_ref(head: Token, *, is_subject: bool = False) -> ActorRef | None:
    """A state's opposition named by its demonym: "the Syrian opposition", "Syrian opposition
    groups" (a group located in the state, not the state). An opposition to something is a
    stance ("Turkish opposition to the plan"), and an owner's ("Moscow's opposition") too."""
    if head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() not in _OPPOSITION_NOUNS and not any(
        c.lower_ in _OPPOSITION_NOUNS for c in head.children
    ):
        return None  # most nouns: no opposition in sight, and the checks below cost more
    opposition: Token | None
    if head.lemma_.lower() in _OPPOSITION_NOUNS:
        opposition = head
    elif role_kind(head.lower_) is None and lexicon_entry(head) is None:
        opposition = next(
            (c for c in head.children if c.dep_ == "compound" and c.lower_ in _OPPOSITION_NOUNS),
            None,
        )  # "Syrian opposition groups", "opposition figures"
    else:
        return _unlocated_opposition_ref(head, is_subject)  # "opposition leaders say"
    if opposition is None or any(
        c.dep_ == "prep" and c.lower_ == "to" for c in (*opposition.children, *head.children)
    ):
        return None
    demonyms = [
        c
        for c in (*head.children, *opposition.children)
        if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < opposition.i
    ]
    gazetteer = load_gazetteer()
    country = next(
        (found for d in demonyms if (found := gazetteer.country_of_demonym(d.text)) is not None),
        None,
    )
    if country is None and opposition is not head:
        return _owned_opposition_ref(head, opposition, is_subject)
    if country is None:
        return _located_opposition_ref(head, opposition, is_subject)
    span = head.doc[min(d.i for d in demonyms) : opposition.i + 1]  # "Syrian opposition"
    return ActorRef(
        span.text, "GROUP", span.start_char, span.end_char, "opposition", country, is_subject
    )


def _owned_opposition_ref(head: Token, opposition: Token, is_subject: bool) -> ActorRef | None:
    """A state's opposition groups named by the state's possessive: "Syria's opposition groups"
    (the Syrian opposition, not Syria); else by the state they are in. Only with a group noun
    after "opposition": "Russia's opposition" alone is Russia's stance."""
    owners = [entity_of(c) for c in head.children if c.dep_ == "poss"]
    country = next(
        (country_of_place(_without_possessive(e.text)) for e in owners if e),
        None,
    )
    demonym = _demonym_of(country)
    if country is None or demonym is None:
        return _located_opposition_ref(head, opposition, is_subject)
    span = head.doc[head.left_edge.i : head.i + 1]
    return ActorRef(
        f"{demonym} opposition",
        "GROUP",
        span.start_char,
        span.end_char,
        "opposition",
        country,
        is_subject,
    )


def _unlocated_opposition_ref(head: Token, is_subject: bool) -> ActorRef | None:
    """Members of an opposition the phrase does not place, in the plural: "opposition leaders
    say", "many opposition groups have said" (the opposition the document named before: see
    ``kg.resolve``). Not one "opposition leader" (a person), nor one placed by any modifier."""
    compound = next((c for c in head.children if c.lower_ in _OPPOSITION_NOUNS), None)
    if head.tag_ != "NNS" or compound is None or compound.dep_ != "compound":
        return None
    if any(c.dep_ in {"poss", "amod", "prep", "compound"} and c.ent_type_ for c in head.children):
        return None  # "Syria's opposition leaders", "opposition groups in Zimbabwe"
    span = head.doc[compound.i : head.i + 1]
    return ActorRef(
        span.text, OPPOSITION, span.start_char, span.end_char, "opposition", None, is_subject
    )


def _bare_opposition_ref(head: Token, is_subject: bool) -> ActorRef | None:
    """An opposition named by itself ("OPPOSITION"), the document's: "the regime made its most
    consequential gain against the opposition", "an opposition that Turkey backed", "the armed
    opposition", "a militarily defeated opposition" (a participle says what befell it); not a
    stance, which has its owner or object ("the opposition of Congress", "strong opposition")."""
    determiners = _determiners(head)
    if not determiners & {"the", "an", "a"} or head.tag_ != "NN":
        return None
    for child in head.children:
        qualifier = child.dep_ == "amod" and (
            child.lower_ in _BARE_OPPOSITION_MODIFIERS or child.tag_ == "VBN"
        )
        if child.dep_ not in {"det", "relcl", "punct"} and not qualifier:
            return None
    span = head.doc[head.left_edge.i : head.i + 1]
    return ActorRef(
        span.text, OPPOSITION, span.start_char, span.end_char, "opposition", None, is_subject
    )


def _located_opposition_ref(head: Token, opposition: Token, is_subject: bool) -> ActorRef | None:
    """A state's opposition named by the state it is in: "opposition groups in Zimbabwe", "the
    opposition in Syria" (the Syrian opposition); a town ("groups in Astana") may be only where
    they meet."""
    country = _state_of_prep(head, frozenset({"in"})) or _state_of_prep(
        opposition, frozenset({"in"})
    )
    demonym = _demonym_of(country)
    if country is None or demonym is None:
        if head is opposition:
            return _bare_opposition_ref(head, is_subject)
        return _unlocated_opposition_ref(head, is_subject)
    first = min([opposition.i, *(c.i for c in head.children if c.dep_ == "compound")])
    span = head.doc[first : head.i + 1]
    text = f"{demonym} opposition"
    return ActorRef(
        text, "GROUP", span.start_char, span.end_char, "opposition", country, is_subject
    )


def _names_no_city(name: str) -> bool:
    """A state's own name, not its capital's ("Astana" is a city of Kazakhstan); a state that
    is one city ("Kuwait") is both."""
    entry = load_gazetteer().lookup(name)
    return city_country(name) is None or (entry is not None and entry.label == name)


def _state_of_prep(head: Token, preps: frozenset[str]) -> str | None:
    """The state (not a town or region) a prepositional phrase on ``head`` names."""
    gazetteer = load_gazetteer()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            entity = entity_of(pobj, _NAME_LABELS) if pobj.dep_ == "pobj" else None
            if entity is None:
                continue
            entry = gazetteer.lookup(entity.text)
            if entry is not None and entry.kind == "state" and _names_no_city(entity.text):
                return entry.country
    return None


def _determiners(head: Token) -> set[str]:
    return {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "nummod"}}


def _anaphor_ref(head: Token, label: str, is_subject: bool) -> ActorRef:
    first = min((t for t in head.subtree if t.i <= head.i), key=lambda t: t.idx)
    text = head.doc[first.i : head.i + 1].text
    return ActorRef(text, label, first.idx, head.idx + len(head), is_subject=is_subject)


def pair_ref(head: Token, *, is_subject: bool = False) -> ActorRef | None:
    """Two people named before, referred back to ("PAIR"): "the pair", "the two men", "both
    men"; not "a pair of boots", nor "two men" that the text brings in."""
    determiners = _determiners(head)
    if head.tag_ == "NN" and head.lower_ in _PAIR_NOUNS:
        paired = "the" in determiners
    elif head.lower_ in _COUNTED_PEOPLE_NOUNS:
        paired = bool(determiners & _PAIR_COUNTS) and bool(determiners & {"the", "both"})
    else:
        return None
    if not paired or head.ent_type_ or any(c.lower_ == "of" for c in head.children):
        return None
    return _anaphor_ref(head, "PAIR", is_subject)


def undergoing_pair_ref(pronoun: Token) -> ActorRef | None:
    """ "they" undergoing force, referred back to two people named together ("PAIR"): "Kotey
    and Elsheikh ... They are being held by US-backed Syrian Democratic Forces"; not when its
    sentence names others in the plural before it, whom it stands for ("Some British jihadists
    fled to north-eastern Syria, where they were rounded up by Kurdish groups")."""
    if pronoun.lower_ != "they" or pronoun.pos_ != "PRON":
        return None
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(w.tag_ in _PLURAL_TAGS and w.dep_ in SUBJECT_DEPS for w in before):
        return None
    return _anaphor_ref(pronoun, "PAIR", is_subject=False)


def group_anaphor_ref(head: Token, *, is_subject: bool = False) -> ActorRef | None:
    """An organisation named before, referred back to: "the group", "the jihadi group"
    ("ORGANISATION"); an armed group by its members or as such: "the militants", "the
    jihadists", "the militia" ("ARMED_GROUP"). Only bare: "the militants in Idlib", "the group
    that claimed" name others."""
    if head.tag_ == "NN" and head.lower_ in _GROUP_ANAPHOR_NOUNS:
        label = "ORGANISATION"
    elif head.tag_ == "NNS" and head.lower_ in _MEMBER_ANAPHOR_NOUNS:
        label = "ARMED_GROUP"
    elif head.tag_ == "NN" and head.lower_ in _ARMED_GROUP_ANAPHOR_NOUNS:
        label = "ARMED_GROUP"  # "Membership of the YPG is illegal ... the militia is"
    elif head.tag_ == "NNS" and head.lower_ in _QUALIFIED_MEMBER_NOUNS and _has_creed(head):
        label = "ARMED_GROUP"  # "the Islamist fighters vowed to exterminate them"
    else:
        return None
    counted = label == "ARMED_GROUP" and _is_counted(head)
    modifiers = [
        c
        for c in head.children
        if c.dep_ not in {"det", "case", "punct"} and not (counted and _is_count(c))
    ]
    bare = all(
        c.dep_ in {"amod", "compound"} and c.lower_ in _GROUP_ANAPHOR_MODIFIERS and c.i < head.i
        for c in modifiers
    )
    if not bare or not ("the" in _determiners(head) or counted) or head.ent_type_:
        return None
    return _anaphor_ref(head, label, is_subject)


def _is_counted(members: Token) -> bool:
    """Members counted by a number: "an estimated 500 or so militants remain" are the armed
    group's, as "the militants" are."""
    return any(c.dep_ == "nummod" and c.tag_ == "CD" for c in members.children)


def _is_count(modifier: Token) -> bool:
    """A number counting members, or the estimate it is: "an estimated 500"."""
    return (modifier.dep_ == "nummod" and modifier.tag_ == "CD") or (
        modifier.dep_ == "amod" and modifier.lower_ in _ESTIMATE_WORDS
    )


def _has_creed(head: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _CREED_MODIFIERS for c in head.children)


def owned_force_ref(head: Token, *, is_subject: bool = False) -> ActorRef | None:
    """A state's armed force named by its possessive: "its jets", "its military" stand for
    whom "its" refers to (a "PRON" for the resolver), as the state's army is the state."""
    if head.lower_ not in ARMED_FORCE_WORDS or head.ent_type_:
        return None
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"]
    if not owners or any(c.dep_ == "prep" for c in head.children):
        return None
    owner = owners[0]
    return ActorRef(owner.text, "PRON", owner.idx, owner.idx + len(owner), is_subject=is_subject)


def place_holder_ref(place: Token, *, is_subject: bool = False) -> ActorRef | None:
    """Who holds a place, where the text says so: "the Syrian rebel-held province of Idlib"
    (Syrian rebels), "Isis-held Raqqa" (Isis), "the Kurdish enclave of Afrin" (Kurdish forces: a
    people with no state of its own holds the place). A place held by no one named is None."""
    is_place = place.lemma_.lower() in _HELD_PLACE_NOUNS or place.ent_type_ in {"GPE", "LOC"}
    if not is_place or place.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in place.children:
        if child.dep_ == "amod" and child.lower_ in HOLDING_PARTICIPLES:
            holders = [c for c in child.children if c.dep_ in {"npadvmod", "compound", "amod"}]
            if holders:
                return _holder_ref(holders[0], place, is_subject)
        if child.dep_ in OWNER_DEPS and (named := _hyphened_holder(child, is_subject)):
            return named  # "Isis-held Mosul", one token
    agent = _holding_agent(place, is_subject)
    if agent is not None:
        return agent  # "areas controlled by jihadists"
    if place.lemma_.lower() not in _CONTROLLED_PLACE_NOUNS:
        return None
    for child in place.children:
        if child.dep_ in OWNER_DEPS and child.ent_type_ == "NORP" and _is_stateless(child):
            return _holder_ref(child, place, is_subject)  # "the Kurdish enclave"
    return None


def _holding_agent(place: Token, is_subject: bool) -> ActorRef | None:
    """The one agent of a participle of holding on an unnamed place noun: "attacking areas
    controlled by jihadists", "to clear towns controlled by Isis" (a named place's holders are
    the document's, ``kg.extract.holders``)."""
    if place.pos_ != "NOUN" or place.lemma_.lower() not in _HELD_PLACE_NOUNS:
        return None
    holders = [
        replace(ref, is_subject=is_subject)
        for clause in place.children
        if clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in _STILL_HOLDING_LEMMAS
        for agent in clause.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for ref in actor_refs(pobj)
    ]
    return holders[0] if len(holders) == 1 else None


def holder_ref(noun: Token, place: Token) -> ActorRef | None:
    """The holder a place noun's modifiers name, located by the place's name where it needs a
    country: "the Isis stronghold (of Raqqa)" (Isis), "(Idlib,) the last opposition stronghold"
    (the Syrian opposition), "the rebel-held enclave (of eastern Ghouta)" (Syrian rebels)."""
    for child in _holding_words(noun):
        if child == place:
            continue  # "the town of Duhok": the place itself
        entity = entity_of(child)
        if entity is not None and entity.label_ == "ORG":
            return ref_from_entity(entity, child, is_subject=False)
        if entity is None and child.lemma_.lower() in _OPPOSITION_NOUNS:
            return _opposition_of_place(child, place)
        if entity is None and _is_side_word(child):
            return _holder_ref(child, place, is_subject=False)
    return None


def _holding_words(noun: Token) -> Iterator[Token]:
    """The words before a place noun that may name its holder, and those before its holding
    participle: "the Isis stronghold", "the rebel-held enclave"; then its "of" object: "the last
    stronghold of the opposition"."""
    for child in noun.children:
        if child.dep_ not in {"compound", "amod", "npadvmod"} or child.i > noun.i:
            continue
        if child.lower_ in HOLDING_PARTICIPLES:
            yield from (c for c in child.children if c.dep_ in {"npadvmod", "compound", "amod"})
        else:
            yield child
    yield from objects_of(noun, "of")


def _opposition_of_place(word: Token, place: Token) -> ActorRef | None:
    """The opposition of the state a place lies in: "Idlib, the last opposition stronghold" is
    held by the Syrian opposition."""
    entity = entity_of(place, _NAME_LABELS)
    name = entity.text if entity is not None else place.text
    country = country_of_place(name, regions=True) or city_country(name)
    demonym = _demonym_of(country)
    if country is None or demonym is None:
        return None
    start, end = word.idx, word.idx + len(word)
    return ActorRef(f"{demonym} opposition", "GROUP", start, end, "opposition", country)


def side_owner_ref(thing: Token) -> ActorRef | None:
    """The armed side a thing belongs to, named by a group word before it and located by its
    demonym or place: "Syrian rebel positions" are the Syrian rebels' (not Syria's)."""
    for child in thing.children:
        if child.dep_ == "compound" and not child.ent_type_ and _is_side_word(child):
            return _holder_ref(child, thing, is_subject=False)
    return None


def _is_side_word(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return lemma in roles()["nonstate_markers"] or is_nonstate_group(word.lower_)


def _sentence_town_country(place: Token) -> str | None:
    """The one country of the towns and regions (no states) the sentence of an unplaced held
    place names: "Idlib has seen an increase in bloodshed as Syrian and Russian jets have
    bombed rebel-held positions" (Syria); None where it names none, or towns of two."""
    gazetteer = load_gazetteer()
    names = [
        token.text
        for token in place.sent
        if token.pos_ == "PROPN" and token.ent_type_ in {"", "GPE", "LOC"} and token.is_title
    ]
    countries = {
        gazetteer.region_country(name) or city_country(name)
        for name in names
        if gazetteer.lookup(name) is None
    }
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


def _holder_ref(word: Token, place: Token, is_subject: bool) -> ActorRef | None:
    """The side a holding word names: an organisation ("Isis"), a stateless people's forces
    ("Kurdish" -> "Kurdish forces"), or a group located by the place's demonym ("Syrian" +
    "rebel" -> "Syrian rebels")."""
    entity = entity_of(word)
    if entity is not None and entity.label_ != "NORP":
        return ref_from_entity(entity, word, is_subject)
    if entity is not None:  # a people of no state holds it
        people = people_owner_ref(entity)
        return replace(people, text=f"{people.text} forces", is_subject=is_subject)
    start, end = word.left_edge.idx, word.idx + len(word)
    if "group" not in {role_kind(word.lemma_.lower()), role_kind(f"{word.lemma_.lower()}s")}:
        return None
    # Where the place is: its demonym ("the Syrian rebel-held province") or its name ("the
    # rebel-held town of Douma").
    country = country_hint(place) or _country_of_prep(place, frozenset({"of"}))
    if country is None and (entity := entity_of(place)) is not None:
        country = country_of_place(entity.text, regions=True) or city_country(entity.text)
    if country is None:
        named = [p for c in place.children if c.lower_ == "of" for p in c.children]
        country = city_country(named[0].text) if named else None
    lemma = word.lemma_.lower()
    plural = lemma if lemma.endswith("s") else f"{lemma}s"
    if country is None and lemma in _SIDE_WORDS:
        country = _sentence_town_country(place)
        if country is None:
            # "jets have bombed rebel-held positions": the side the document located before
            return ActorRef(plural, SIDE, start, end, lemma, is_subject=is_subject)
    if country is None:
        return None  # held by "loyalists", but whose: the place stands for itself
    demonyms = [c for c in place.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    demonym = demonyms[0].text if demonyms else _demonym_of(country)
    text = f"{demonym} {plural}" if demonym else plural
    return ActorRef(text, "GROUP", start, end, lemma, country, is_subject)


def _hyphened_holder(word: Token, is_subject: bool) -> ActorRef | None:
    """ "Isis-held" parsed as one word: the organisation before the hyphen."""
    name, hyphen, participle = word.text.rpartition("-")
    if not hyphen or participle.lower() not in HOLDING_PARTICIPLES or not name:
        return None
    entry = load_gazetteer().lookup(name)
    if entry is None or entry.kind == "state":
        return None
    return ActorRef(name, "ORG", word.idx, word.idx + len(name), is_subject=is_subject)


def _demonym_of(country: str | None) -> str | None:
    entry = load_gazetteer().lookup(country) if country else None
    return entry.demonyms[0] if entry is not None and entry.demonyms else None


def _is_stateless(demonym: Token) -> bool:
    """A people's name that is no state's demonym: "Kurdish", not "Syrian"."""
    entity = entity_of(demonym)
    text = entity.text if entity is not None else demonym.text
    return load_gazetteer().country_of_demonym(text) is None


def _is_former(head: Token) -> bool:
    """An unnamed holder of a past office or membership ("a former admiral", "ex-rebels")."""
    return head.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound", "advmod"} and is_past_marker(c.lower_) for c in head.lefts
    )


def _named_body(head: Token, is_subject: bool) -> ActorRef | None:
    """An organisation named before a common noun that stands for it or its part: "the APEC
    forum", "the Islamic Jihad movement", "the UNITA military wing". Event nouns are events, not
    bodies ("the NATO summit"). A town the model reads as a body is no body ("an Idlib
    activist"), nor is an unknown workplace of a private person ("a Brookings analyst"), unlike
    a known organisation's ("a Human Rights Watch researcher")."""
    if head.pos_ != "NOUN" or lexicon_entry(head) is not None:
        return None
    private = is_private_noun(head.lemma_.lower())
    for child in head.children:
        entity = entity_of(child) if child.dep_ in OWNER_DEPS else None
        if entity is not None and entity.label_ == "ORG" and entity.end <= head.i:
            if _is_town(entity) or (private and not _is_known_body(entity)):
                return None
            return ref_from_entity(entity, child, is_subject)
    return None


def _is_known_body(entity: Span) -> bool:
    return load_gazetteer().lookup(entity.text) is not None


def _is_town(entity: Span) -> bool:
    """A name the city table knows and the gazetteer does not: a town, not an actor."""
    return city_country(entity.text) is not None and not _is_known_body(entity)


def _role_ref(head: Token, lemma: str, is_subject: bool) -> ActorRef | None:
    """A role noun: "the Russian president", "the country", "the leaders of Russia"."""
    group = role_kind(lemma) == "group"
    if group or is_nonstate_group(lemma):
        sworn = _sworn_side(head, is_subject)
        if sworn is not None:
            return sworn  # "fighters allied to the SDF": the SDF's
    if group and (body := _organisation_of(head, is_subject)) is not None:
        return body  # "Taliban fighters", "NATO leaders": the organisation's own
    if lemma in _AGENT_ROLES and (body := _known_employer(head, is_subject)) is not None:
        return body  # "a SDF spokesman", "the UN's Syria envoy": the body's, not Syria's
    if is_nonstate_group(lemma) or (group and _is_of_nonstate_side(head)):
        return _nonstate_group_ref(head, lemma, is_subject)
    if group and _is_regions_office(head, lemma):
        return None  # "European diplomats in Washington say": of many states, none named
    if group and _is_stateless_people(head):
        return _nonstate_group_ref(head, lemma, is_subject)  # "Kurdish officials"
    if group and _is_backed_force(head) and country_hint(head) is not None:
        return _nonstate_group_ref(head, lemma, is_subject)  # "Russian backed forces": proxies
    if role_kind(lemma) == "state" and _is_stateless_people(head):
        # "the Kurdish administration in north-eastern Syria": a people's own, where it is (not
        # "the Islamic republic", a state named before)
        located = _nonstate_group_ref(head, lemma, is_subject)
        if located is not None and located.country is not None:
            return located
    # "the leaders of Russia"; a person's "spokesman for the US military"
    for prep in head.children if not _is_new_force(head, lemma) else ():
        if prep.dep_ == "prep" and prep.lower_ in _role_places(lemma):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (entity := entity_of(pobj)) is not None:
                    ruled = _ruled_state(head, lemma, entity, is_subject)
                    return ruled or ref_from_entity(entity, pobj, is_subject)
                if pobj.dep_ == "pobj" and (body := _spoken_for(head, pobj, is_subject)):
                    return body  # "a spokesman for the US military": the US military's
    first = min((t for t in head.subtree if t.i <= head.i), key=lambda t: t.idx)
    start = first.idx
    text = head.doc[first.i : head.i + 1].text  # not doc.text, which joins the whole document
    country = country_hint(head)
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


def _is_backed_force(head: Token) -> bool:
    """Forces named by whom they are backed by: "a direct clash between Russian backed forces and
    the US military" (forces Russia backs, named as such, as "Iranian-backed militias" are), not
    the backer's own army. (With the backer hung on the participle, "US-backed forces", no
    demonym of the noun's own places them, and they stay an unplaced role.)"""
    return any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _BACKING_PARTICIPLES for c in head.children
    )


def _is_new_force(head: Token, lemma: str) -> bool:
    """An armed force introduced with "a", which is a force of its own, not the army of where
    it is: "supporting the build-up and training of a unified army in Syria" (a rebel army)."""
    return lemma in ARMED_FORCE_WORDS and bool(_determiners(head) & {"a", "an"})


def _role_places(lemma: str) -> frozenset[str]:
    """The prepositions of the state a role is of: a group's "of", "in" or "from" ("officials in
    Baghdad", "forces from the UK"), envoys' not "in" ("diplomats in Geneva" are no Swiss); a
    person's "of" or "for" ("spokesman for the US military"); a state's rulers' "of" or "in" ("the
    central government in Baghdad")."""
    kind = role_kind(lemma)
    if kind == "state":
        return _STATE_ROLE_PREPS
    if kind == "group" and lemma in _POSTED_ROLES:
        return _GROUP_ROLE_PREPS - {"in"}
    return _GROUP_ROLE_PREPS if kind == "group" else _PERSON_ROLE_PREPS


def _role_lemma(head: Token) -> str:
    """The word a role noun is looked up by: "officials" names a group, "official" a person."""
    return head.lower_ if head.tag_ in {"NNS", "NNPS"} else head.lemma_.lower()


def _sworn_side(head: Token, is_subject: bool) -> ActorRef | None:
    """The side armed men are loyal or allied to: "surrendered to fighters allied to the Syrian
    Democratic Forces" (the SDF), "militias allied to the regime". Not a person's ("forces loyal
    to Haftar"), whose men are not his state's."""
    sides = [
        side
        for word in head.children
        if word.dep_ in {"amod", "acl"} and word.lower_ in _ALLEGIANCE_WORDS
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for side in actor_refs(pobj, is_subject=is_subject)
    ]
    sides += _joined_sides(head, is_subject)
    return sides[0] if sides and sides[0].label != "PERSON" else None


def _joined_sides(head: Token, is_subject: bool) -> list[ActorRef]:
    """The side men are said to have joined: "900 foreign fighters who joined Isis", "Britons
    who went to join Isis" (through one clause of going)."""
    clauses = [c for c in head.children if c.dep_ == "relcl"]
    clauses += [x for c in clauses for x in c.children if x.dep_ in {"xcomp", "advcl"}]
    return [
        side
        for clause in clauses
        if clause.lemma_.lower() in _JOINING_LEMMAS
        for obj in clause.children
        if obj.dep_ == "dobj"
        for side in actor_refs(obj, is_subject=is_subject)
    ]


def _spoken_for(person: Token, body: Token, is_subject: bool) -> ActorRef | None:
    """The body a person's role serves when it is a state's or group's body named by a role
    ("a spokesman for the US military", "for the Kurdish militia"), not a bare one ("for the
    ministry", whose state the text does not give)."""
    if body.pos_ != "NOUN" or role_kind(person.lemma_.lower()) != "person":
        return None
    ref = _actor_ref(body, is_subject=is_subject)
    if ref is None or (ref.label == "ROLE" and ref.country is None):
        return None
    return ref


def _ruled_state(head: Token, lemma: str, ruler: Span, is_subject: bool) -> ActorRef | None:
    """ "the regime of Bashar al-Assad": the state its known ruler leads (as "the Assad regime"
    is), not the ruler himself. ("The military government of President Avril" is coded as
    the president: a government is named by its head, a regime stands for its state.)"""
    if lemma != "regime" or ruler.label_ != "PERSON":
        return None
    country = country_of_place(_without_possessive(ruler.text))
    if country is None:
        return None
    span = head.doc[min(t.i for t in head.subtree if t.i <= head.i) : ruler.end]
    return ActorRef(span.text, "ROLE", span.start_char, span.end_char, lemma, country, is_subject)


def _is_regions_office(head: Token, lemma: str) -> bool:
    """Office holders named by a region of many states ("European diplomats in Washington",
    "Arab leaders", "Asian officials"), who speak for no one state or people; not the region's
    own body ("the European parliament", "the European court"), nor armed men, a group where they
    fight ("Arab forces attacked Isis positions in Raqqa")."""
    if head.tag_ != "NNS" or lemma in ARMED_FORCE_WORDS:
        return False
    return any(c.dep_ in OWNER_DEPS and c.lower_ in _REGIONAL_ADJECTIVES for c in head.children)


def _is_stateless_people(head: Token) -> bool:
    """A group named by a people that has no state of its own ("Kurdish officials"), also where
    a state's demonym says where it is ("Syrian Kurdish forces" are no Syrian forces); forces
    such a people leads are ``_led_body_ref``'s ("Syrian Kurdish-led forces")."""
    if any(c.dep_ in OWNER_DEPS and c.lower_ in _STATELESS_PEOPLES for c in head.children):
        return True
    if country_hint(head) is not None:
        return False
    return any(
        child.dep_ in OWNER_DEPS and child.ent_type_ == "NORP" and not country_hint(child)
        for child in head.children
    )


def _organisation_of(head: Token, is_subject: bool) -> ActorRef | None:
    """The organisation a group belongs to, named before it: "Hamas militants"."""
    for child in head.children:
        entity = entity_of(child) if child.dep_ in OWNER_DEPS else None
        if entity is None or entity.label_ not in {"ORG", "PERSON"}:
            continue
        entry = load_gazetteer().lookup(entity.text)
        if entry is not None and (entry.kind == "state" or _is_ruler(entry)):
            continue  # "Assad forces": his state's, as "Assad's forces" and "Syrian forces" are
        return ref_from_entity(entity, child, is_subject)
    return None


def _is_ruler(entry: GazetteerEntry) -> bool:
    """A person known to have led a state ("Assad"), whose forces and regime are the state's;
    not a commander ("Haftar"), whose forces are his own."""
    return entry.kind == "person" and any(is_head_role(office.role) for office in entry.offices)


def _known_employer(head: Token, is_subject: bool) -> ActorRef | None:
    """A body the gazetteer knows, and no state's, named before an agent's title as its owner
    ("the UN's Syria envoy") or in a compound ("a SDF spokesman"); an unknown one ("a Downing
    Street spokesman") leaves the title to its country."""
    for child in head.children:
        entity = entity_of(child) if child.dep_ in {*OWNER_DEPS, "poss"} else None
        if entity is None or entity.label_ != "ORG" or entity.end > head.i:
            continue
        entry = load_gazetteer().lookup(entity.text)
        if entry is not None and entry.kind not in _STATE_BODY_KINDS:
            return ref_from_entity(entity, child, is_subject)
    return None


def _speaker_country(head: Token) -> str | None:
    """The country of whoever reports a clause: "Russian President Putin said the country ...";
    none for a phrase of the speaker's own clause, which names another state as often as its
    own ("Saudi Arabia ... imposed a boycott on the small, rich nation": Qatar)."""
    reported = False
    for ancestor in head.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.dep_ == "ccomp":  # "said the country is"
            reported = True
        elif ancestor.pos_ == "VERB":
            if not reported:
                return None
            for subject in ancestor.children:
                if subject.dep_ in SUBJECT_DEPS and (entity := entity_of(subject)) is not None:
                    return country_hint(subject, skip=entity) or country_hint(entity.root)
            return None
    return None


def subject_refs(verb: Token) -> tuple[list[ActorRef], bool]:
    """The subjects of ``verb`` (inherited from the governing verb where it has none).

    Returns the subject references and whether they were inherited.
    """
    inherited = False
    while True:
        subjects = _own_subjects(verb)
        if (
            any(s.lower_ in _FIRST_PERSON for s in subjects)
            or _speakers_themselves(verb)
            or _speaking_body_itself(verb)
        ):
            return speaker_refs(verb), True  # "“We condemn it,” Khan said": Khan's words
        if verb.dep_ == "relcl" and any(s.lower_ in _RELATIVE_PRONOUNS for s in subjects):
            qualified = past_agent_refs(verb, is_subject=True)  # "..., backed by the US, which"
            if qualified:
                return qualified, True
            # "Mexico, which granted"
            return named_before_end(actor_refs(verb.head, is_subject=True), verb), True
        if subjects:
            return subjects_refs(subjects), inherited
        if speaker := _speaker_of_joined_speech(verb):
            verb, inherited = speaker, True
            continue
        if stranded := (
            _stranded_subject(verb) or _absolute_with_subject(verb) or _quoted_speaker(verb)
        ):
            return actor_refs(stranded, is_subject=True), inherited
        if dated := _subject_in_opening_date(verb):
            return actor_refs(dated, is_subject=True), inherited
        if controllers := _controlling_objects(verb):
            return controllers, True
        if _is_proxys_act(verb):
            return [], True  # "has used Kurdish groups as proxies to fight Isis": not the user's
        if blamed := _blamed_doers(verb):
            return blamed, True
        if sibling := _sibling_participle(verb):
            verb, inherited = sibling, True
            continue
        inherits = (verb.dep_ in _INHERITING_DEPS or is_statement_content(verb)) and not (
            _joined_to_a_qualifier(verb) or _is_gerund_on_a_noun(verb) or _is_extraposed(verb)
        )
        governor = governing_verb(verb) if inherits else None
        if governor is None:
            return [], inherited
        verb, inherited = governor, True


def _own_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``; for a verb of statement outside quotations, not a word of the
    quoted clause the parser hung on it ("“..., in this case the Kurds, on the ground,” said
    Shiraz Maher": Maher speaks, not the Kurds)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or quotation_of(verb) is not None or not is_statement_verb(verb):
        return subjects
    return [s for s in subjects if not is_quoted_clause_word(s)]


def subjects_refs(subjects: list[Token]) -> list[ActorRef]:
    """The actors a verb's subjects name (none a description fronted before a named one)."""
    if titled := _title_parsed_as_subject(subjects):
        return _titled_person(*titled)
    return [
        r
        for s in subjects
        if not _is_fronted_description(s, subjects)
        for r in actor_refs(s, is_subject=True)
    ]


def _is_fronted_description(subject: Token, subjects: list[Token]) -> bool:
    """A noun phrase before a comma that the parser reads as a second subject of the named one
    after it, which it describes: "A longstanding US ally and Nato member, Turkey is opposed to
    any Idlib offensive" (Turkey, not Nato)."""
    if subject.pos_ != "NOUN" or entity_of(subject) is not None:
        return False
    comma = subject.right_edge.i + 1
    if comma >= len(subject.doc) - 1 or subject.doc[comma].text != ",":
        return False
    return any(
        other.left_edge.i == comma + 1 and entity_of(other) is not None for other in subjects
    )


def _title_parsed_as_subject(subjects: list[Token]) -> tuple[Token, Token] | None:
    """The title and the name of "The Turkish prime minister, Binali Yıldırım said", which the
    parser reads as two subjects: one person, not the state beside its minister."""
    if len(subjects) != 2:
        return None
    title, name = sorted(subjects, key=lambda s: s.i)
    entity = entity_of(name)
    if entity is None or entity.label_ != "PERSON" or title.pos_ != "NOUN" or entity_of(title):
        return None
    doc = title.doc
    if entity.start != title.i + 2 or doc[title.i + 1].text != ",":
        return None
    return (title, name) if role_kind(title.lemma_.lower()) == "person" else None


def _titled_person(title: Token, name: Token) -> list[ActorRef]:
    """The person a misparsed title names, with the title's state and role."""
    return [
        replace(
            ref, country=ref.country or country_hint(title), role=ref.role or title.lemma_.lower()
        )
        for ref in actor_refs(name, is_subject=True)
    ]


def _sibling_participle(verb: Token) -> Token | None:
    """The participle that a bare "and"-joined participle really goes with, where the parser
    hung it inside that participle's reported clause: in "Putin spoke, saying the talks had
    failed and urging Turkey to withdraw", "urging" is joined to "failed" (whose subject is the
    talks), in "released a video, saying “we will be in paradise” and urging their followers
    to remain steadfast" it is a complement of "saying"; either way it is "saying"'s sibling and
    shares its subject."""
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in {"conj", "ccomp"}
        or verb.i == 0
        or verb.doc[verb.i - 1].lower_ not in _JOINING_WORDS
        or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return None
    if verb.dep_ == "ccomp":
        return verb.head if _is_bare_participle(verb.head) else None
    if verb.head.tag_ == "VBG":
        return None  # "saying X and urging Y", joined as parsed: the conjunct inherits anyway
    return next((a for a in verb.head.ancestors if _is_bare_participle(a)), None)


def _is_bare_participle(word: Token) -> bool:
    """A participle clause with no subject or auxiliary of its own: "(Putin spoke,) saying"."""
    return (
        word.tag_ == "VBG"
        and word.dep_ in _INHERITING_DEPS
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in word.children)
    )


def _joined_to_a_qualifier(verb: Token) -> bool:
    """Whether ``verb`` is joined to a participle or adjective on a noun ("the Kurds, armed and
    supported by the US military"), or is a participle joined to the noun itself ("the party,
    in power since 2002 and accused of mismanagement"): like it, it has no subject to inherit."""
    if verb.dep_ != "conj":
        return False
    participle = verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    verb = first_conjunct(verb)
    return verb.dep_ in {"acl", "amod"} or (participle and verb.pos_ in {"NOUN", "PROPN"})


def _is_extraposed(verb: Token) -> bool:
    """A to-infinitive that an "it is a ..." clause judges, whose doer is no one in particular:
    "it was “frankly a bit of a furphy” to say lives could be put at risk" ("it" is no actor
    that says it). (Adjectives are modality's: "it was right to provide help" is weighed, "it
    was able to provide help" done by what "it" stands for.)"""
    copula = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and copula.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
        and any(c.dep_ == "attr" for c in copula.children)
    )


def _is_gerund_on_a_noun(verb: Token) -> bool:
    """A gerund in a noun's prepositional phrase, which says what the noun is about, not what
    the clause's subject does: "security cooperation over returning foreign fighters", "his
    initial impulse of threatening to leave Nato" (not "after returning home", on the verb, nor
    "has borne the brunt of fighting Isis", "in exchange for allowing", which the subject does)."""
    prep = verb.head
    noun = prep.head
    return (
        verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _DOING_NOUNS
    )


# Finite tags: a verb that has a subject of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser coordinated with the first clause's
    object: in "the government denied the attack and a delegation of experts ... arrived in
    Damascus", the delegation arrived, not the government. The clauses' "and" then hangs on the
    object's conjunct, which ends just before the finite verb, or just before the comma that
    closes its appositive ("Both the UK and France have troops in Syria and the UK's junior
    defence minister, Tobias Ellwood, rejected Trump's claim")."""
    governor = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or governor.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "cc" and governor.i < c.i < verb.i for c in governor.children):
        return None  # "denied the attack and arrived": one subject, two verbs
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    for noun in governor.subtree:
        if (
            noun.dep_ == "conj"
            and noun.pos_ in {"NOUN", "PROPN"}
            and _ends_just_before(noun, before)
            and noun.i < verb.i
            and any(c.dep_ == "cc" and c.i < noun.i for c in noun.head.children)
        ):
            return noun
    return None


def _ends_just_before(noun: Token, before: Token | None) -> bool:
    """Whether a noun phrase ends at ``before``, or ``before`` is the comma that closes its
    appositive ("the minister, Tobias Ellwood," — a comma the parser hangs elsewhere)."""
    if before is None or noun.right_edge == before:
        return before is not None
    return before.text == "," and any(
        c.dep_ == "appos" and c.right_edge.i == before.i - 1 for c in noun.children
    )


# Labels of the names that can be a clause's subject.
_SUBJECT_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _subject_in_opening_date(verb: Token) -> Token | None:
    """The subject the parser took for the object of the time phrase that opens its clause,
    with no comma between: in "In September Turkey persuaded Russia to hold off", "On Thursday
    Shamima Begum said", "September" hangs on "Turkey" as a compound and Turkey on "In"."""
    if verb.tag_ not in _FINITE_TAGS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.sent.start:
            continue
        for name in prep.children:
            if (
                name.dep_ == "pobj"
                and name.ent_type_ in _SUBJECT_NAME_LABELS
                and name.i < verb.i
                and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in name.children)
            ):
                return name
    return None


def _speaker_of_joined_speech(verb: Token) -> Token | None:
    """The statement whose speaker goes on speaking in a verb of speech the parser joined to
    the reported clause: in "Yıldırım said he was sure Russia and Iran shared its view, but
    added later ...", Yıldırım added, not Russia and Iran."""
    if verb.dep_ != "conj" or not is_statement_verb(verb):
        return None
    return speech_verb(verb.head)


def _quoted_speaker(verb: Token) -> Token | None:
    """Who is quoted as saying something says it: "A source in the foreign ministry was quoted
    as saying ...", "Putin was quoted by Tass as saying Russia would host talks"."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "as" or not is_statement_verb(verb):
        return None
    quoting = preposition.head
    if quoting.lemma_.lower() != "quote":
        return None
    return next((c for c in quoting.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)


def _absolute_with_subject(verb: Token) -> Token | None:
    """The subject of a participle after "with": in "The government has taken a hard line, with
    Ben Wallace, the security minister, saying ...", Wallace speaks, not the government (the
    parser hangs both "with Wallace" and "saying" on "taken")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    before = verb.doc[verb.i - 1]
    while before.is_punct and before.i > 0:
        before = before.doc[before.i - 1]
    for pobj in objects_of(verb.head, "with"):
        opening = pobj.head.i == pobj.sent.start or pobj.doc[pobj.head.i - 1].text == ","
        if opening and pobj.right_edge == before and pobj.i < verb.i:
            return pobj  # ", with X saying", not "settle their status with the state, meaning"
    return None


def _controlling_objects(verb: Token) -> list[ActorRef]:
    """Who does an open complement its governor's object controls: "leaving the US national
    security adviser to hold talks" (the adviser holds them), not "used those terms to brief"
    (whose object is no actor: the subject briefs)."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _OBJECT_CONTROL_LEMMAS:
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if verb.head.lemma_.lower() == "leave" and any(o.ent_type_ == "GPE" for o in objects):
        return []  # "converts who leave Britain to fight for Isis": a place left
    return [r for o in objects for r in actor_refs(o, is_subject=True)]


def _is_proxys_act(verb: Token) -> bool:
    """An open complement of what someone uses others "as proxies" to do is done by the proxies,
    named or not, not by the user: "Washington, which has used Kurdish groups as proxies to
    fight Islamic State" (the groups fight)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _OBJECT_CONTROL_LEMMAS
        and any(p.lemma_.lower() in _PROXY_NOUNS for p in objects_of(verb.head, "as"))
    )


def _blamed_doers(verb: Token) -> list[ActorRef]:
    """Who does what a "for" gerund gives as the grounds of an act done to them: the act's
    object, or whom a case or measure is "against" ("the European commission began a legal case
    against the Czech Republic, Hungary and Poland for refusing to participate": they refuse;
    "sanctioned Turkey for buying Russian missiles": Turkey buys)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return []
    owner = verb.head.head
    measures = [c for c in owner.children if c.dep_ == "dobj"] if owner.pos_ == "VERB" else []
    for word in measures or [owner]:
        doers = [r for o in [word, *objects_of(word, "against")] for r in _blamed_refs(o)]
        if doers:
            return doers
    return []


def _blamed_refs(word: Token) -> list[ActorRef]:
    return [] if word.pos_ not in {"NOUN", "PROPN"} else actor_refs(word, is_subject=True)


def _speakers_themselves(verb: Token) -> bool:
    """ "they" (or "their forces") reported by plural speakers is the speakers: "the rebels said
    they would free him", "the Serbs said their forces had withdrawn" (reported by one speaker,
    "they" is someone else)."""
    if not any(c.dep_ in SUBJECT_DEPS and _is_they(c) for c in verb.children):
        return False
    speech = speech_verb(verb)
    return speech is not None and any(
        s.dep_ in SUBJECT_DEPS and (s.tag_ in _PLURAL_TAGS or s.conjuncts) for s in speech.children
    )


def _speaking_body_itself(verb: Token) -> bool:
    """ "it" reported by a state or body is the speaker: "“The Turkish army wants ...,” the YPG
    branch in Afrin said in a statement, adding that it held both Ankara and Moscow accountable"
    (the YPG branch, not the army its quotation names). Reported by a person, "it" is something
    else."""
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in verb.children):
        return False
    if speech_verb(verb) is None:
        return False
    speakers = speaker_refs(verb)
    return bool(speakers) and all(_is_body(r) for r in speakers)


def _is_body(ref: ActorRef) -> bool:
    """A state, organisation or group, which "it" can stand for; not a person."""
    if ref.label == "ROLE":
        return role_kind(ref.role or "") in {"state", "group"}
    return ref.label in {"GPE", "ORG", "NORP", "GROUP", OPPOSITION, SIDE}


def _is_they(subject: Token) -> bool:
    """ "they", or a group of theirs: "their forces"."""
    if subject.lower_ == "they":
        return True
    return role_kind(subject.lower_) == "group" and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in subject.children
    )


def speaker_refs(verb: Token) -> list[ActorRef]:
    """The speakers of a quoted or reported clause, for its "we" and "I"."""
    speech = speech_verb(verb)
    if speech is None:
        return []
    if speech.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in speech.children):
        speech = speech.head  # "Russia demanded the handover of weapons and said ..."
    if quoted := _quoted_speaker(speech):
        return actor_refs(quoted, is_subject=True)  # "was quoted as saying we would"
    if not any(s.dep_ in SUBJECT_DEPS for s in speech.children):
        # "Erdoğan ramped up his rhetoric, insisting Ankara would not participate": the speaker
        # of a participle is the subject it inherits
        return subject_refs(speech)[0]
    return subjects_refs(
        [s for s in speech.children if s.dep_ in SUBJECT_DEPS and s.lower_ not in _FIRST_PERSON]
    )


# Verbs by which someone tells, recalls or holds what their clause says, besides the lexicon's
# verbs of statement: "'Isis lied to me,' she recalls", "his parents believe".
_REPORTING_LEMMAS = word_list("reporting_lemmas")
# Those who speak for a party in proceedings, whose words report them ("the Home Office is to
# suspend cooperation, lawyers have said"), unlike a private person's allegations.
_ADVOCATE_NOUNS = word_list("advocate_nouns")
# The label of a reporter named only by a private person's noun: "a resident said", "his
# parents said", "analysts believe".
PRIVATE_REPORTER = "PRIVATE_REPORTER"


def reporter_refs(predicate: Token) -> list[ActorRef]:
    """Who tells or holds what ``predicate``'s clause says: the subjects of the verb of
    statement, recollection or belief whose content the clause is ("his parents said the
    Foreign Office had refused", "'Isis lied to me,' she recalls"), or the sources of its
    "according to"; none when the clause is no one's content. A teller named by a private
    person's noun alone ("a resident", "analysts") is a ``PRIVATE_REPORTER``."""
    for node in governing_chain(predicate):
        if sources := _according_to(node):
            return sources
        if node.i != predicate.i and _is_reporting(node):
            return _reporting_subjects(node)
        for child in node.children:
            if child.dep_ == "parataxis" and _is_reporting(child):
                return _reporting_subjects(child)
    return []


def _is_reporting(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    entry = lexicon_entry(verb)
    return verb.lemma_.lower() in _REPORTING_LEMMAS or (
        entry is not None and entry.type == "STATEMENT"
    )


def _according_to(node: Token) -> list[ActorRef]:
    """The sources an "according to" on ``node`` names: "share the aim ..., according to the
    Guardian's foreign affairs commentator Simon Tisdall"."""
    return [
        ref
        for according in node.children
        if according.dep_ == "prep" and according.lower_ == "according"
        for to in according.children
        if to.lower_ == "to"
        for source in to.children
        if source.dep_ == "pobj"
        for ref in _teller_refs(source)
    ]


def _teller_refs(noun: Token) -> list[ActorRef]:
    """Who ``noun`` names as the teller of something: its actors, or a private person named by
    their noun alone."""
    named = actor_refs(noun, is_subject=True)
    if not named and _is_private_reporter(noun):
        named = [_private_reporter_ref(noun)]
    return named


def _reporting_subjects(verb: Token) -> list[ActorRef]:
    """The subjects of a verb of reporting, that of the verb it is joined to if it has none
    ("Russia demanded ... and said")."""
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    found: list[ActorRef] = []
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ not in _FIRST_PERSON:
            found.extend(_teller_refs(subject))
    return found


def _is_private_reporter(noun: Token) -> bool:
    """A private person or people named by their noun alone: "a resident", "his parents",
    "analysts" (not "Charles Lister, a Syria expert", named)."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and is_private_noun(noun.lemma_.lower())
        and noun.lemma_.lower() not in _ADVOCATE_NOUNS
        and not any(c.dep_ == "appos" for c in noun.children)
    )


def _private_reporter_ref(noun: Token) -> ActorRef:
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    return ActorRef(
        text=span.text,
        label=PRIVATE_REPORTER,
        start=span.start_char,
        end=span.end_char,
        role=noun.lemma_.lower(),
        is_subject=True,
    )


def qualified_refs(clause: Token) -> list[ActorRef]:
    """The actors named by the noun a relative or participial clause qualifies: "Kotey and
    Elsheikh, who were captured by Kurds", "John Cantlie, the British journalist captured by
    Islamic State" (through the apposition)."""
    if clause.dep_ == "relcl" and (found := past_agent_refs(clause)):
        return found
    return named_before_end(_noun_refs(clause.head), clause)


def past_agent_refs(clause: Token, *, is_subject: bool = False) -> list[ActorRef]:
    """The actors a relative clause is about where the parser hung it on the agent of a
    participle set off by commas: those of the noun the participle qualifies ("the SDF, an
    alliance led by Kurdish militias and backed by the US, which took control of Raqqa": the
    SDF; "the Kurds, until now armed and supported by the US, who have been fighting Isis":
    the Kurds), if that noun names anyone (else the agent's: "the She Decides initiative, led
    by Lilianne Ploumen, which set out to raise $600m")."""
    for noun in _qualified_past_agent(clause):
        if found := _noun_refs(noun, is_subject=is_subject):
            return found
    return []


def _qualified_past_agent(clause: Token) -> list[Token]:
    """The nouns a participle set off by commas qualifies, where a relative clause after a
    comma follows its "by" agent: the one it hangs on and the one before the comma that opens
    its phrase ("the Syrian Democratic Forces (SDF), an alliance led by"); none otherwise ("a
    video released by the Syrian American Medical Society, which also helps run hospitals":
    the society's)."""
    agent = clause.head
    if agent.dep_ != "pobj" or agent.head.lower_ != "by" or not _after_comma(clause.left_edge):
        return []
    participle = agent.head.head
    while participle.dep_ == "conj":
        participle = participle.head  # "led by Kurdish militias and backed by the US"
    if participle.dep_ == "acl":
        noun = participle.head  # "an alliance led by", "the initiative, led by"
        if _after_comma(participle):
            return [noun]
        apposed = _noun_ending_before_comma(noun.left_edge)  # "the SDF, an alliance led by"
        return [noun, *apposed] if apposed else []
    phrase = participle.head if participle.dep_ == "pcomp" else participle  # "until now armed"
    return _noun_ending_before_comma(phrase.left_edge)


def _noun_ending_before_comma(start: Token) -> list[Token]:
    """The noun that ends the phrase before the comma before ``start`` (the name a bracket
    closes: "the Syrian Democratic Forces (SDF), an alliance"), if ``start`` follows a comma."""
    if start.i < 2 or not _after_comma(start):
        return []
    end = start.doc[start.i - 2]
    noun = end.head if end.is_punct else end
    return [noun] if noun.pos_ in {"NOUN", "PROPN"} and noun.i < start.i else []


def _after_comma(token: Token) -> bool:
    """Whether ``token`` comes right after a comma or a dash."""
    return token.i > 0 and token.doc[token.i - 1].text in _SETTING_OFF_MARKS


def _noun_refs(noun: Token, *, is_subject: bool = False) -> list[ActorRef]:
    """The actors a noun names, through its apposition: "the British journalist" in "John
    Cantlie, the British journalist captured by", John Cantlie."""
    found = actor_refs(noun, is_subject=is_subject)
    if not found and noun.dep_ == "appos":
        named = noun.head  # not the names coordinated with it
        found = [
            r for r in actor_refs(named, is_subject=is_subject) if r.start <= named.idx < r.end
        ]
    return found


def named_before_end(refs: list[ActorRef], clause: Token) -> list[ActorRef]:
    """Of the actors named by the noun a clause qualifies, those not in a conjunct after it:
    set off between two conjuncts, the clause qualifies only the first ("Jeysh al-Islam, which
    was backed by Saudi Arabia, and Falaq al-Rahman": not Falaq al-Rahman)."""
    later = [c for c in clause.head.conjuncts if c.i > clause.right_edge.i]
    if not later:
        return refs
    end = min(c.left_edge.idx for c in later)
    return [r for r in refs if r.start < end]


def is_relative_pronoun(token: Token) -> bool:
    return token.lower_ in _RELATIVE_PRONOUNS


def agent_refs(verb: Token) -> list[ActorRef]:
    """The "by" agents of a passive verb, also where the parser hung them on the time or place
    before them: "was captured in February | by Syrian Kurdish fighters", "was abducted from
    her home | by the Jaysh al-Islam"."""
    agents = [a for a in verb.children if a.dep_ == "agent"]
    if not agents and verb.tag_ == "VBN":
        agents = [a for p in _setting_objects(verb) for a in p.children if a.lower_ == "by"]
    agents += coordinated_agents(verb, agents)
    return [
        ref
        for agent in agents
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for ref in actor_refs(pobj, is_subject=True)
    ]


def coordinated_agents(verb: Token, agents: list[Token]) -> list[Token]:
    """The "by" phrases joined to a verb's agent by "and" or "or", wherever the parser hung them:
    on the first "by" ("trapped by the SDF and by the regime"), on the verb ("hemmed in by Kurdish
    forces on the Syrian side, and by Shia militias on the other") or, with only the "and" on the
    first "by", on some later word."""
    joined = []
    for agent in agents:
        for word in agent.doc[agent.i + 1 : agent.sent.end]:
            if word.lower_ != "by" or word in agents or word.i < 2:
                continue
            link = word.nbor(-1)
            if link.dep_ == "cc" and (
                (word.dep_ == "conj" and word.head in (agent, verb)) or link.head == agent
            ):
                joined.append(word)
    return joined


def _setting_objects(verb: Token) -> list[Token]:
    """The objects of a verb's phrases of time and place, and of the "of" phrase on them: "in
    February", "from her home", "at the start of this year"."""
    objects = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _SETTING_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return objects + [inner for pobj in objects for inner in objects_of(pobj, "of")]


def demonym_modifiers(noun: Token) -> list[ActorRef]:
    """The people a demonym before an event noun names: "Kurdish protests", "Israeli raids"."""
    for child in noun.children:
        entity = entity_of(child) if child.dep_ in OWNER_DEPS else None
        if entity is not None and entity.label_ == "NORP":
            # "Russian and Syrian airstrikes": each people's
            others = (entity_of(c) for c in child.conjuncts)
            named = [entity, *(e for e in others if e is not None and e.label_ == "NORP")]
            return [r for e in named if (r := demonym_ref(e, is_subject=True)) is not None]
    return []


def _without_trailing_verbs(entity: Span) -> Span:
    end = entity.end
    while end > entity.start and entity.doc[end - 1].tag_.startswith("VB"):
        end -= 1
    return Span(entity.doc, entity.start, end, label=entity.label_)


def named_actor_refs(doc: Doc) -> Iterator[ActorRef]:
    """Every named possible actor of ``doc``, and every phrase that refers back to an
    organisation ("the group", "the militants"): the antecedents for pronouns and roles."""
    headlines = in_headlines(doc)
    with indexed(doc):
        yield from _named_actor_refs(doc, headlines)
        nouns = [token for token in doc if token.pos_ == "NOUN"]  # what the rest look at
        yield from _group_anaphors(nouns, headlines)
        yield from _unnamed_people(nouns, headlines)
        yield from _possessed_relatives(nouns, headlines)
        yield from _state_body_subjects(nouns, headlines)


def _state_body_subjects(nouns: list[Token], headlines: frozenset[int]) -> Iterator[ActorRef]:
    """Subjects that name a state by its rulers ("the regime", "the Chechen government"), whom a
    later "it" or "its" of their sentence stands for: "the regime made arguably its most
    consequential gain ... when it took control of Deraa". Not "the country", which itself looks
    back to a state named before."""
    for token in nouns:
        lemma = token.lemma_.lower()
        if (
            token.i in headlines
            or role_kind(lemma) != "state"
            or lemma in _LOOKING_BACK_STATE_NOUNS
            or not _is_subject_name(token)
        ):
            continue
        ref = _actor_ref(token, is_subject=True)
        if ref is not None and ref.label == "ROLE":
            yield replace(ref, is_embedded=True) if _is_embedded(token) else ref


# State nouns that name no state's rulers but look back to a state named before: "the country".
_LOOKING_BACK_STATE_NOUNS = word_list("looking_back_state_nouns")


def _unnamed_people(nouns: list[Token], headlines: frozenset[int]) -> Iterator[ActorRef]:
    """Subjects that bring in one person with no name ("a doctor", "her father", "a nurse",
    "said a SDF spokesman"), whom a later "he" or "she" may stand for rather than someone named
    before (not "her father, Andrew", whose name is the antecedent)."""
    for token in nouns:
        if (
            token.tag_ == "NN"
            and token.i not in headlines
            and token.dep_ in _SUBJECT_OR_PASSIVE_DEPS
            and _names_a_person(token.lemma_.lower())
            and token.lemma_.lower() not in _COLLECTIVE_PRIVATE_NOUNS
            and not token.ent_type_
            and _is_finite(token.head)
            and not any(c.dep_ == "appos" for c in token.children)
            and _is_brought_in(token)
        ):
            span = token.doc[token.left_edge.i : token.i + 1]
            yield ActorRef(
                text=span.text,
                label=UNNAMED_PERSON,
                start=span.start_char,
                end=span.end_char,
                role=token.lemma_.lower(),
                is_subject=True,
                is_embedded=_is_embedded(token),
            )


def _possessed_relatives(nouns: list[Token], headlines: frozenset[int]) -> Iterator[ActorRef]:
    """A private person of a gender whom a name's possessive brings in anywhere in a clause
    ("the lawyers representing Elsheikh's mother said their client had long made clear her
    opposition"): a later "her" may stand for the mother, not for Elsheikh. The person starts
    at the noun, after the name that owns it."""
    for token in nouns:
        if (
            token.tag_ == "NN"
            and token.i not in headlines
            and not token.ent_type_
            and is_private_noun(token.lemma_.lower())
            and role_gender(token.lemma_.lower()) is not None
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
            and not any(c.dep_ == "appos" for c in token.children)
        ):
            yield ActorRef(
                text=token.text,
                label=UNNAMED_PERSON,
                start=token.idx,
                end=token.idx + len(token.text),
                role=token.lemma_.lower(),
                is_subject=token.dep_ in _SUBJECT_OR_PASSIVE_DEPS,
                is_embedded=_is_embedded(token),
            )


def _group_anaphors(nouns: list[Token], headlines: frozenset[int]) -> Iterator[ActorRef]:
    for token in nouns:
        if token.i in headlines:
            continue
        ref = group_anaphor_ref(token)
        if ref is not None:  # whether it is a subject asked only of the few that refer back
            yield replace(ref, is_subject=_is_subject_name(token))


def _named_actor_refs(doc: Doc, headlines: frozenset[int]) -> Iterator[ActorRef]:
    for entity in doc_entities(doc):
        if entity.label_ not in ACTOR_LABELS or not is_a_name(entity):
            continue  # no antecedent either: "its alliance with the anti-Islamic State
            # coalition, which armed the group" (the group is the YPG)
        if entity.start in headlines:
            entity = _without_trailing_verbs(entity)  # "Vladimir Putin Says" in a headline
            if not len(entity):
                continue
        subject = _is_subject_name(entity.root)
        ref = ref_from_entity(entity, entity.root, subject)
        if ref is not None:
            embedded = subject and _is_embedded(entity.root)
            yield replace(ref, is_embedded=embedded, is_qualifier=_is_noun_qualifier(entity.root))


def _names_a_person(lemma: str) -> bool:
    """A noun for a private person ("doctor", "father") or for a person's role ("spokesman",
    "official")."""
    return is_private_noun(lemma) or role_kind(lemma) == "person"


def _is_brought_in(noun: Token) -> bool:
    """Whether ``noun`` brings in someone not named before: "a doctor", "her father", "one
    doctor in Ghouta", "a SDF spokesman"."""
    return any(
        c.dep_ in {"det", "poss", "nummod"} and c.lower_ in _UNNAMED_PERSON_DETS
        for c in noun.children
    )


# The relations of a subject to its verb, active or passive.
_SUBJECT_OR_PASSIVE_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
# The relations of a clause's doer to its verb: its subject, or a passive's agent ("a sanctions
# programme that had been lifted by Barack Obama as he pushed for the deal": he is Obama).
_DOER_DEPS = _SUBJECT_OR_PASSIVE_DEPS | {"agent"}


def _is_subject_name(root: Token) -> bool:
    """A name that is its clause's subject, or in apposition to it: "The US Secretary of State,
    Rex Tillerson, said ... as he urged" (he is Tillerson). The subject of a gerund or participle
    with no auxiliary is not ("will not countenance Assad remaining in power. He said": he is
    whoever reaffirmed it)."""
    subject = _apposed_to(root)
    if subject.dep_ in SUBJECT_DEPS and _is_past_read_as_participle(subject.head):
        return True  # "Trump tweeted on 19 December: ..." (tweeted tagged VBN)
    if _is_small_clause(subject.head):
        return False  # "lessened his determination to see Bashar al-Assad removed": seen
    return subject.dep_ in _DOER_DEPS and _is_finite(subject.head)


# Verbs whose object a bare clause after them says what becomes of: "to see Assad removed",
# "want Assad gone", "made the regime retreat".
_SMALL_CLAUSE_VERBS = word_list("small_clause_verbs")


def _is_small_clause(verb: Token) -> bool:
    """A clause with no auxiliary and no "that" complementing a verb of seeing or making, whose
    subject is that verb's object: "see Bashar al-Assad removed"."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _SMALL_CLAUSE_VERBS
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)
    )


def _is_embedded(root: Token) -> bool:
    """A subject of a subordinate clause, not of the sentence's main one (nor of a clause
    joined to it by "and"): of a relative clause ("a transition in which Assad did not
    participate"), an adverbial one ("while Bashar al-Assad remained in power") or a
    participle's (not a reported one: "Yıldırım said that Turkey ..." is often the story's)."""
    return first_conjunct(_apposed_to(root).head).dep_ in _SUBORDINATE_CLAUSE_DEPS


# The relations of a subordinate clause's verb to the word it depends on.
_SUBORDINATE_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})


def _is_noun_qualifier(root: Token) -> bool:
    """A name in a prepositional phrase that qualifies a noun, not a verb: "the battle against
    Isis", "the coalition against Isis and al-Qaida" (not "partnered with Kurdish forces"); or
    the leader or backer in a hyphened modifier of a noun ("Syrian Kurdish-led forces",
    "US-backed rebels"), which says what the noun's party is."""
    if _is_hyphened_leader(root):
        return True
    root = first_conjunct(root)
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.pos_ in {"NOUN", "PROPN"}
    )


def _is_hyphened_leader(root: Token) -> bool:
    """The first word of a hyphened participle that modifies a noun: "Kurdish" in "Kurdish-led
    forces", "US" in "US-backed rebels"."""
    participle = root.head
    return (
        participle.tag_ == "VBN"
        and participle.dep_ == "amod"
        and root.i + 2 == participle.i
        and root.doc[root.i + 1].text == "-"
    )


def _apposed_to(root: Token) -> Token:
    """The word a name stands in apposition to ("the secretary, Tillerson"), or the "by" that
    makes it a passive's agent ("lifted by Barack Obama"), else the name."""
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head
    return root.head if root.dep_ == "appos" else root


def _is_past_read_as_participle(verb: Token) -> bool:
    """A past tense the tagger reads as a participle: a bare "-ed" form with an active subject
    and no auxiliary heads a clause of its own ("Trump tweeted", tagged VBN), as a participle
    with no auxiliary has no subject of its own."""
    return verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _is_finite(verb: Token) -> bool:
    return verb.tag_ not in {"VBG", "VBN"} or any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )


def announcer_refs(predicate: Token) -> list[ActorRef]:
    """Who announces the action of ``predicate``'s clause: the subject of the statement verb
    ("Trump said US troops will withdraw"), or the owner or "by" agent of the statement noun
    ("Trump's announcement that US troops will withdraw", "the announcement by Trump that"). A
    quote's "we say" is its speaker's: "'we say the Americans will not protect you,' he said"
    is announced by him."""
    for node in governing_chain(predicate):
        if node.i == predicate.i:
            continue
        entry = lexicon_entry(node) if node.pos_ in {"VERB", "NOUN"} else None
        if entry is None or entry.type != "STATEMENT":
            continue
        if node.pos_ == "VERB":
            subjects = [s for s in node.children if s.dep_ in SUBJECT_DEPS]
            if subjects and all(s.lower_ in _FIRST_PERSON for s in subjects):
                continue  # the quote's own "we say": its speaker is further up
            return [r for s in subjects for r in actor_refs(s, is_subject=True)]
        owners = [c for c in node.children if c.dep_ == "poss"]
        owners += [
            p for a in node.children if a.dep_ == "prep" and a.lower_ == "by" for p in a.children
        ]
        return [r for o in owners for r in actor_refs(o, is_subject=True)]
    return []
