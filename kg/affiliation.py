"""Affiliation: whom a named person acts for, as the text around their name says.

News introduces a person once, by an apposition or a title: "Mustafa Bali, a spokesman for the
SDF", "Russia's foreign minister, Sergei Lavrov", "Alexander Bortnikov, head of Russia's federal
security service", "the Turkish president, Recep Tayyip Erdoğan", "his mother, Jane Lyndon",
"Shiyar Khalil, 32,". ``person_affiliations`` reads those from the parse and says, for each
PERSON entity so introduced, the role noun, the country the role names (a possessive, demonym,
state or body: "for the SDF" is Syria through the gazetteer) and whether the role is a private
person's (a relative, a resident, an analyst, a journalist; an age; a *former* office). The role
words are data (``kg/data/person_roles.json``, with ``roles.json``'s person roles).

Resolution uses it twice: a person takes the country their role names when nothing better is
known, and a person the text introduces only as a private one, or never gives a political role
or a state (no gazetteer or Phoenix entry, no demonym), makes no STATEMENT event: the codebook
codes no statements of witnesses, relatives, analysts or journalists.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import known_actor, load_gazetteer

# Prepositions whose object is whom a role serves: "spokesman for", "head of", "official at".
_BODY_PREPS = frozenset({"for", "of", "at", "with", "in"})
_MAX_AGE = 110
# Kinds of actor that are organisations a person may act for, other than a state.
_BODY_KINDS = frozenset({"igo", "organization", "group"})
# Labels the model gives names of people it does not know as such ("Abu Mukhtar" as NORP).
_MISREAD_PERSON_LABELS = frozenset({"NORP", "ORG", "GPE"})
# Prepositions of a term of office given in years: "director of public prosecutions from 2003 to
# 2008", "between 2010 and 2014".
_TERM_PREPS = frozenset({"from", "between"})


@dataclass(frozen=True)
class Affiliation:
    """What the text says of the named person at ``start`` (character offsets in the doc)."""

    name: str
    start: int
    end: int
    role: str | None  # the role noun, lower case ("spokesman"); "age" for an age
    country: str | None  # ISO alpha-3 the role names, where it names one
    private: bool  # a private person's role, an age or a former office
    political: bool  # a role that acts or speaks for a state, body or group
    # The id of the organisation that is no state the role serves ("UN envoy": "IGO-UN").
    organisation: str | None = None


@functools.cache
def _person_roles() -> dict[str, Any]:
    """``kg/data/person_roles.json``, read once."""
    text = resources.files("kg").joinpath("data/person_roles.json").read_text(encoding="utf-8")
    roles: dict[str, Any] = json.loads(text)
    return roles


@functools.cache
def _private_bodies() -> frozenset[str]:
    return frozenset(_person_roles()["private_bodies"])


@functools.cache
def _commentators() -> frozenset[str]:
    """Private roles of people who comment on events ("analyst", "expert", "journalist")."""
    return frozenset(_person_roles()["commentators"])


@functools.cache
def _titles() -> dict[str, str]:
    """Offices only one state has, by name: "home secretary" -> GBR."""
    titles: dict[str, str] = _person_roles()["titles"]
    return titles


@functools.cache
def _accredited() -> frozenset[str]:
    """Roles that serve a state at an international body ("ambassador"): the body is no
    organisation of theirs."""
    return frozenset(_person_roles()["accredited"])


@functools.cache
def _leading_verbs() -> frozenset[str]:
    """Verbs of leading a body ("who heads the Unicef field office")."""
    return frozenset(_person_roles()["leading_verbs"])


@functools.cache
def _joining_verbs() -> frozenset[str]:
    """Verbs of joining a body ("who left the UK to join Isis")."""
    return frozenset(_person_roles()["joining_verbs"])


@functools.cache
def _opposing_prefixes() -> frozenset[str]:
    """Prefixes that make a body's name what a role opposes ("anti-Isis", "counter-")."""
    return frozenset(_person_roles()["opposing_prefixes"])


@functools.cache
def _rank_and_file() -> frozenset[str]:
    """Roles of an armed group's members who hold no office in it ("member", "fighter")."""
    return frozenset(_person_roles()["rank_and_file"])


def fights_only(roles: Iterable[str]) -> bool:
    """Whether ``roles`` make a person an armed group's fighter and no office holder: a
    member, volunteer or field commander ("Holmes, who joined the YPG", "Jac Holmes, 24"), not
    a chair or spokesman."""
    political, _private, _past = _words()
    fighting = _rank_and_file()
    roles = set(roles)
    return bool(roles & fighting) and not any(r in political and r not in fighting for r in roles)


@functools.cache
def civilian_group_nouns() -> frozenset[str]:
    """Head nouns of groups of private people ("refugees", "citizens")."""
    return frozenset(_person_roles()["civilian_groups"])


def is_private_noun(lemma: str) -> bool:
    """A noun that names a private person ("resident", "analyst"), whose words are no events."""
    return lemma in _words()[1]


def is_past_marker(word: str) -> bool:
    """A modifier that makes an office a past one ("former", "retired", "ex-")."""
    return word in _words()[2] or word.startswith("ex-")


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    own = _person_roles()
    roles = json.loads(
        resources.files("kg").joinpath("data/roles.json").read_text(encoding="utf-8")
    )
    political = (
        frozenset(own["political"]) | {r for r in roles["person_roles"] if " " not in r}
    ) - frozenset(own["honorifics"])
    private = frozenset(own["private"])
    if clash := political & private:
        raise ValueError(f"person_roles.json: both political and private: {sorted(clash)}")
    return political, private, frozenset(own["past_markers"])


def person_affiliations(doc: Doc) -> Iterator[Affiliation]:
    """The affiliation of every PERSON entity of ``doc`` that an apposition, a title or a
    relative clause of leading ("Ghassan Mediah, who heads the Unicef field office") describes."""
    for entity in doc.ents:
        if entity.label_ in _MISREAD_PERSON_LABELS:
            yield from _private_person_misread(entity)
        if entity.label_ != "PERSON":
            continue
        roles = list(_role_tokens(entity))
        for role in roles:
            affiliation = _affiliation(entity, role)
            if affiliation is not None:
                yield _with_private_side(affiliation, roles)
                break
        else:
            if (led := _led_body(entity) or _joined_body(entity)) is not None:
                yield led


def _private_person_misread(entity: Span) -> Iterator[Affiliation]:
    """A name the model tags a people, organisation or place, and no body kg knows, that an
    apposition makes a private person: "Abu Mukhtar, an unemployed 48-year-old Idlib resident"
    (tagged NORP), "Adiba and Asia, two women in their 20s who escaped captivity" (ORG)."""
    if load_gazetteer().lookup(entity.text) is not None or known_actor(entity.text) is not None:
        return
    for role in entity.root.children:
        if role.dep_ == "appos" and role.i >= entity.end:
            affiliation = _affiliation(entity, role)
            if affiliation is not None and affiliation.private and affiliation.role != "age":
                yield affiliation
            return


def _with_private_side(affiliation: Affiliation, roles: list[Token]) -> Affiliation:
    """An office that names no state or body, beside a description of a private person's, is
    a private person's office: "Lina Khatib, head of the Middle East and north Africa
    programme at Chatham House", "Ekaterina Sokirianskaya, the director of the Conflict
    Analysis and Prevention centre and an expert on the north Caucasus" (an analyst, whose
    words are no events; not "a former journalist and now Turkey's foreign minister", nor "the
    human rights lawyer Clive Stafford Smith, a legal director at Reprieve", of an NGO)."""
    if not affiliation.political or affiliation.country or affiliation.organisation:
        return affiliation
    commentators = _commentators()
    described = [*roles, *(c for role in roles for c in role.children if c.dep_ == "conj")]
    if any(t.lemma_.lower() in commentators or _serves_private_body(t) for t in described):
        return replace(affiliation, private=True, political=False)
    return affiliation


def _led_body(entity: Span) -> Affiliation | None:
    """ "X, who heads the Unicef field office": the head of what X leads, a political role."""
    for clause in entity.root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _leading_verbs():
            continue
        for led in clause.children:
            if led.dep_ == "dobj":
                body = next(
                    (b for t in (*_describers(led), led) if (b := _body_of(t)) is not None),
                    _Body(None),
                )
                return _serving(entity, "head", body)
    return None


def _joined_body(entity: Span) -> Affiliation | None:
    """ "Shamima Begum, who left the UK to join Isis", "Begum joined Islamic State": a member of
    what the person joined, whose public words the codebook codes."""
    head = entity.root
    clauses = [c for c in head.children if c.dep_ == "relcl"]
    if head.dep_ == "nsubj" and head.head.dep_ in {"ROOT", "conj"}:
        clauses.append(head.head)  # asserted, not "no evidence that Letts had joined Isis"
    clauses = [c for c in clauses if not any(n.dep_ == "neg" for n in c.children)]
    for clause in clauses:
        purposes = [c for c in clause.children if c.dep_ in {"xcomp", "advcl"}]
        for verb in (clause, *purposes):
            if verb.lemma_.lower() not in _joining_verbs():
                continue
            for joined in verb.children:
                if joined.dep_ == "dobj" and (body := _body_of(joined)) is not None:
                    return _serving(entity, "member", body)
    return None


def _serving(entity: Span, role: str, body: _Body) -> Affiliation:
    """The political role ``role`` of the person ``entity`` names in ``body``."""
    return Affiliation(
        entity.text,
        entity.start_char,
        entity.end_char,
        role,
        body.country,
        private=False,
        political=True,
        organisation=body.organisation,
    )


def shift_affiliation(affiliation: Affiliation, offset: int) -> Affiliation:
    """The affiliation with its offsets moved by ``offset`` (a chunk's place in its document)."""
    return replace(affiliation, start=affiliation.start + offset, end=affiliation.end + offset)


def _role_tokens(entity: Span) -> Iterator[Token]:
    """Nouns that describe the person: appositions either way, and title words before the
    name ("Home Secretary Sajid Javid", "UN envoy Staffan de Mistura")."""
    head = entity.root
    for child in head.children:
        if child.dep_ == "appos" and not (entity.start <= child.i < entity.end):
            yield child
    described = head.head
    if (
        head.dep_ == "appos"
        and described.pos_ in {"NOUN", "PROPN"}
        and described.ent_type_ != "PERSON"
    ):
        yield described
        if described.dep_ == "pobj" and described.head.dep_ == "prep":
            yield described.head.head  # "the UN envoy for Syria, Staffan de Mistura"
    for child in head.lefts:
        if child.dep_ in {"compound", "nmod"} and child.i < entity.start:
            yield child  # "Home Secretary Sajid Javid": a role word, else nothing


def _affiliation(entity: Span, role: Token) -> Affiliation | None:
    political_words, private_words, past = _words()

    def affiliation(
        word: str, country: str | None, private: bool, organisation: str | None = None
    ) -> Affiliation:
        return Affiliation(
            entity.text,
            entity.start_char,
            entity.end_char,
            word,
            country,
            private,
            not private,
            organisation,
        )

    if role.like_num:
        value = _number(role.text)
        if value is not None and 0 < value <= _MAX_AGE:  # "Shiyar Khalil, 32,"
            return affiliation("age", None, private=True)
        return None
    word = role.lemma_.lower() if role.lemma_ else role.lower_
    is_past = (
        any(t.lower_ in past for t in role.lefts)
        or any(t.lower_.startswith("ex-") for t in role.lefts)
        or _is_ended_term(role)
    )
    of_private = any(t.dep_ == "compound" and t.lemma_.lower() in private_words for t in role.lefts)
    if word in private_words or of_private or (is_past and word in political_words):
        # "a family member", "a resident doctor": a private person's role
        return affiliation(word, _nationality(role), private=True)
    if word not in political_words:
        return None
    if _serves_private_body(role):
        # "Richard Haass, president of the thinktank the Council on Foreign Relations"
        return affiliation(word, _nationality(role), private=True)
    body = _role_body(role)
    return affiliation(word, body.country, private=False, organisation=body.organisation)


def _is_ended_term(role: Token) -> bool:
    """An office the apposition gives a first and a last year of: "Lord MacDonald, director of
    public prosecutions from 2003 to 2008, said": a past office, as "former" makes one (one still
    held has no last year)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _TERM_PREPS
        and sum(_is_year(t) for t in prep.subtree) >= 2
        for prep in role.children
    )


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and token.text.startswith(("19", "20"))


def _serves_private_body(role: Token) -> bool:
    """An office in a body of private people: a thinktank, a company, a choir, a research
    institute ("the choir's founder", "president of the thinktank", "head of the Middle East
    programme at Chatham House": the programme's body too)."""
    bodies = [c for c in role.lefts if c.dep_ == "poss"]
    bodies += _served_bodies(role)
    bodies += [outer for body in bodies for outer in _served_bodies(body)]
    return any(_is_private_body(body) for body in bodies)


def _served_bodies(noun: Token) -> list[Token]:
    """The objects of ``noun``'s prepositions of whom a role serves: "director at the Middle
    East Institute", and a gerund's ("director of countering terrorism at the Middle East
    Institute")."""
    return [
        obj
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ in _BODY_PREPS
        for obj in prep.children
        if obj.dep_ in {"pobj", "pcomp"}
    ]


def _is_private_body(noun: Token) -> bool:
    """A body of private people by its name's words, or by what an apposition says it is
    ("Classical Movements, the organisation behind the festival")."""
    described = [
        obj
        for appos in noun.children
        if appos.dep_ == "appos"
        for prep in appos.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return _is_private_name(noun) or any(_is_private_name(obj) for obj in described)


def _is_private_name(noun: Token) -> bool:
    compounds = [t.lower_ for t in noun.lefts if t.dep_ == "compound"]
    lemma = noun.lemma_.lower()
    names = {lemma, " ".join([*compounds[-1:], noun.lower_])}
    names |= {f"{lemma} {p.lower_}" for p in noun.rights if p.dep_ == "prep"}  # "centre for"
    names |= {t.lower_ for t in _name_parts(noun)}  # "the Carnegie Moscow Centre"
    return bool((names | _name_words(noun)) & _private_bodies())


def _name_parts(noun: Token) -> Iterator[Token]:
    """The nouns compounded before ``noun`` (and before those) and its name in apposition: "the
    Carnegie Moscow Centre", "the anti-extremism organisation Quilliam"."""
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i:
            yield child
            yield from _name_parts(child)
        elif child.dep_ == "appos":
            yield child


def _name_words(noun: Token) -> set[str]:
    """The words and word pairs of the organisation's name ``noun`` is in, however the parser
    split it: "King's College London", "the International Centre for the Study of
    Radicalisation" (its "for" hung on the role)."""
    if noun.ent_type_ not in {"ORG", "FAC"}:
        return set()
    doc, start, end = noun.doc, noun.i, noun.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = [t.lower_ for t in doc[start:end]]
    return {*words, *(f"{a} {b}" for a, b in pairwise(words))}


def _number(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _nationality(role: Token) -> str | None:
    """A private person's nationality: a demonym on their role ("a British volunteer"); not a
    place their role is about ("a Syria expert")."""
    gazetteer = load_gazetteer()
    for child in role.lefts:
        if child.dep_ == "amod" and (country := gazetteer.country_of_demonym(child.text)):
            return country
    return None


@dataclass(frozen=True)
class _Body:
    """Whom a role serves: a country, and the organisation if it is no state."""

    country: str | None
    organisation: str | None = None


def _role_body(role: Token) -> _Body:
    """Whom a role names: "Russia's", "Turkish" (a country), "UN" (the UN, of no country),
    "for the SDF" (the SDF, in Syria), or the one state with an office so named ("the home
    secretary"). The first describer that names a state or body decides: the UN's "envoy for
    Syria" is the UN's, not Syria's."""
    title = " ".join(t.lower_ for t in role.lefts if t.dep_ in {"compound", "amod"}).split()
    for start in range(len(title) + 1):
        if found := _titles().get(" ".join([*title[start:], role.lower_])):
            return _Body(found)
    accredited = role.lemma_.lower() in _accredited()
    for token in _describers(role):
        body = _body_of(token)
        if body is not None and accredited and body.organisation and body.country is None:
            continue  # "United Nations ambassador Susan Rice": at the UN, for her state
        if body is not None:
            return body
    return _Body(None)


def _describers(role: Token) -> Iterator[Token]:
    """The role's possessive, adjectives and compounds, then the objects of its prepositions
    of service ("head of Russia's federal security service": Russia's, then the service)."""
    for child in role.lefts:
        if child.dep_ in {"poss", "amod", "compound", "nmod"}:
            yield child
    for prep in role.rights:
        if prep.dep_ == "prep" and prep.lower_ in _BODY_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield from (t for t in obj.lefts if t.dep_ in {"poss", "amod", "compound"})
                    yield obj


def _body_of(token: Token) -> _Body | None:
    """The state or body a word names: a state or body the gazetteer knows (an IGO, NGO or armed
    group with its country, if any), a demonym's country, or an organisation Phoenix knows; not
    one the role opposes ("a 25-year-old anti-Isis fighter")."""
    if _is_opposed(token):
        return None
    gazetteer = load_gazetteer()
    text = _entity_text(token)
    entry = gazetteer.lookup(text)
    if entry is not None and entry.kind in _BODY_KINDS:
        return _Body(entry.country, entry.id)
    if entry is not None and entry.country is not None:
        return _Body(entry.country)
    if (country := gazetteer.country_of_demonym(token.text)) is not None:
        return _Body(country)
    known = known_actor(text)
    if known is not None and known.kind in _BODY_KINDS:
        return _Body(known.country, known.id)
    return _Body(known.country) if known is not None and known.country else None


def _is_opposed(token: Token) -> bool:
    """Whether ``token`` follows an opposing prefix and its hyphen ("anti-Isis", which the
    tokenizer splits into "anti", "-", "Isis"), outside a name that begins so ("Anti-Balaka")."""
    doc, i = token.doc, token.i
    return (
        i >= 2
        and token.ent_iob_ != "I"
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ in _opposing_prefixes()
    )


def _entity_text(token: Token) -> str:
    """The whole entity a token is part of ("the White House"), else the token; with the nouns
    compounded before it, which make it another body's name ("the Kurdistan region security
    council" is no "security council" of the UN)."""
    if token.ent_type_:
        for entity in token.doc.ents:  # few entities per sentence: the parse keeps them near
            if entity.start <= token.i < entity.end:
                return _compounded(entity)
    return token.text


def _compounded(entity: Span) -> str:
    """The entity's text, from the first noun compounded before it onto its head."""
    before = [t.i for t in entity.root.lefts if t.dep_ == "compound" and t.i < entity.start]
    start = min(before, default=entity.start)
    return entity.doc[start : entity.end].text if start < entity.start else entity.text
