"""Who holds a place, by the document: a place an action is aimed at stands for whoever holds it
where the text says so, in any sentence of the article ("Turkey's offensive in Afrin" after
"the Kurdish enclave of Afrin" is aimed at the Kurdish forces, not at Syria).

``HOLDING_RULES`` are ordered, named patterns that read a place's holder from a phrase about
the place's name ("rebel-held Idlib", "the Kurdish-held district of Afrin", "Idlib, the last
opposition stronghold", "Afrin, which is controlled by the PYD"); ``place_holders`` reads
them off a Doc (``kg.mentions`` gathers them over a document's chunks), and ``held_place_target``
gives a mention aimed at such a place its holder as target (the holding told last before the
mention, else the first after it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.affiliation import is_past_marker
from kg.carriers import objects_of
from kg.extract.actors import actor_refs, holder_ref, place_holder_ref
from kg.extract.entities import entity_of
from kg.extract.refs import ActorRef, RawMention, shift_ref
from kg.extract.rules import joined
from kg.extract.words import word_list
from kg.gazetteer import bare_place_name, load_gazetteer, names_a_town

# The labels of a place's name.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Any entity label: a place's name may be read as any.
_ANY_LABEL = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
# Nouns for a held place, in apposition to its name: "Idlib, the last opposition stronghold".
_HELD_PLACE_NOUNS = word_list("held_place_nouns")
# Place nouns that refer back to a place named just before ("pound the area"), and how far
# back (in characters) the place may be named.
_ANAPHORIC_PLACE_NOUNS = word_list("anaphoric_place_nouns")
_ANAPHOR_REACH = 400
# Words of where in its state a place lies, which leave a place noun referring back: "the
# northern Syrian district".
_DIRECTION_WORDS = word_list("direction_words")
# Nouns of holding a place: "under rebel control".
_CONTROL_NOUNS = word_list("control_nouns")
# Verbs of holding a place, whose agent holds it: "Afrin, which is controlled by the PYD".
_HOLDING_LEMMAS = word_list("holding_lemmas")
# "the militias that control Afrin": a relative pronoun subject stands for the noun it hangs on.
_RELATIVE_PRONOUNS = word_list("relative_pronouns")
# Tags of a verb told as done or so, not as an aim ("sought to control Afrin") nor a gerund.
_TOLD_TAGS = frozenset({"VBZ", "VBP", "VBD", "VBN"})
# Verbs that say what a place is: "Deraa had been the last stronghold of the opposition".
_COPULAS = frozenset({"be", "remain", "become"})
# Verbs of taking a place by force, whose doer holds it after: "Isis captured Raqqa in 2014".
_CAPTURING_LEMMAS = word_list("capturing_lemmas")
# Verbs of driving someone out of a place, whose object held it: "to oust Kurdish forces from
# Afrin"; and of freeing a place, from whom it is freed: "freed Raqqa from Isis".
_OUSTING_LEMMAS = word_list("ousting_lemmas")
_LIBERATION_LEMMAS = word_list("liberation_lemmas")
# Prepositions that hang the place on whom is driven out of it: "clear out militias from Afrin",
# "clear out militias in Afrin".
_OUSTED_FROM_PREPS = frozenset({"from", "of", "in"})
# Event types whose place target is aimed at (force, coercion, threats, sanctions).
_AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})


def place_key(name: str) -> str:
    """A place's name as the memory keys it: "southern Idlib" and "Idlib" are one place."""
    return bare_place_name(name).lower()


def _place_names(doc: Doc) -> Iterator[tuple[Token, str]]:
    """The names of towns and regions in ``doc``, by their head word (the parser's entity
    labels for them vary: "Ghouta" is often an ORG, "Afrin" at a sentence's start none)."""
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        entity = entity_of(token, _ANY_LABEL)
        if entity is not None and entity.root.i != token.i:
            continue
        name = entity.text if entity is not None else token.text
        if names_a_town(name) or (_called_a_place(token) and load_gazetteer().lookup(name) is None):
            yield token, name


def _called_a_place(name: Token) -> bool:
    """A name the text itself calls a town or other place, for one the gazetteer does not know:
    "the small town of Baghuz", "Baghuz, the last town held by the terrorist group"."""
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return name.head.head.lemma_.lower() in _HELD_PLACE_NOUNS
    return any(noun.lemma_.lower() in _HELD_PLACE_NOUNS for noun in _appositives(name))


def _is_former(noun: Token) -> bool:
    """A place once held ("the former rebel outpost of Douma"): no holder now."""
    return any(c.dep_ == "amod" and is_past_marker(c.lower_) for c in noun.children)


def _held_by_its_modifiers(place: Token) -> ActorRef | None:
    """ "rebel-held Idlib", "Isis-held Raqqa": the holder before the name."""
    return place_holder_ref(place)


def _held_as_named_place(place: Token) -> ActorRef | None:
    """ "the Kurdish-held district of Afrin", "the Kurdish enclave of Afrin", "the Isis
    stronghold of Raqqa": the holder of the place noun the name is "of"."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _HELD_PLACE_NOUNS:
        return None
    if _is_former(prep.head):
        return None
    return place_holder_ref(prep.head) or holder_ref(prep.head, place)


def _held_in_apposition(place: Token) -> ActorRef | None:
    """ "Idlib, the last opposition stronghold", "Raqqa, the Isis stronghold", "Idlib, the last
    province under rebel control": the holder of a place noun in apposition to the name."""
    for noun in _appositives(place):
        if noun.lemma_.lower() in _HELD_PLACE_NOUNS and not _is_former(noun):
            found = place_holder_ref(noun) or holder_ref(noun, place) or _controller(noun, place)
            if found is not None:
                return found
    return None


def _controller(noun: Token, place: Token) -> ActorRef | None:
    """Whose control a place is under: "the last province under rebel control", "under the
    control of Hayat Tahrir al-Sham"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for control in prep.children:
            if control.dep_ != "pobj" or control.lemma_.lower() not in _CONTROL_NOUNS:
                continue
            of = [
                r
                for c in control.children
                if c.lower_ == "of"
                for p in c.children
                for r in actor_refs(p)
            ]
            found = of[0] if of else holder_ref(control, place)
            if found is not None:
                return found
    return None


def _appositives(place: Token) -> list[Token]:
    """The nouns in apposition to a name: its ``appos`` children, and the appositive right after
    it that the parser hangs on another word ("rejected Erdoğan's calls for a ceasefire in
    Idlib, the last opposition stronghold": on "Erdoğan")."""
    found = [c for c in place.children if c.dep_ == "appos"]
    doc = place.doc
    after = place.i + 2
    if after < len(doc) and doc[place.i + 1].text == ",":
        found += [t for t in doc[after:].sent if t.dep_ == "appos" and t.left_edge.i == after]
    return found


def _held_by_agent(place: Token) -> ActorRef | None:
    """ "Afrin, which is controlled by the PYD", "Aleppo, held by the regime": the agent of a
    verb of holding in a clause on the name (or on a place noun in apposition to it)."""
    nouns = [place, *_appositives(place)]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() not in _HOLDING_LEMMAS:
                continue
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                holders = [r for p in agent.children if p.dep_ == "pobj" for r in actor_refs(p)]
                if holders:
                    return holders[0]
    return None


def _held_by_subject(place: Token) -> ActorRef | None:
    """ "the Kurdish militias that control the Afrin enclave", "the YPG, which holds Manbij":
    the subject of a verb of holding told as so, whose object is the place (or a place noun
    the name qualifies)."""
    held = place
    if place.dep_ == "compound" and place.head.lemma_.lower() in _HELD_PLACE_NOUNS:
        held = place.head  # "the Afrin enclave"
    verb = held.head
    if held.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING_LEMMAS:
        return None
    if verb.tag_ not in _TOLD_TAGS or any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subjects = [verb.head]  # "the militias that control ...": the militias
    holders = [r for s in subjects if s.pos_ != "PRON" for r in actor_refs(s)]
    return holders[0] if len(holders) == 1 else None


def _held_as_said(place: Token) -> ActorRef | None:
    """ "Deraa had been the last stronghold of non-jihadist opposition", "Idlib is the last
    rebel-held province": the holder of a place noun the name is said to be."""
    verb = place.head
    if place.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS:
        return None
    for noun in verb.children:
        if noun.dep_ != "attr" or noun.lemma_.lower() not in _HELD_PLACE_NOUNS:
            continue
        if not _is_former(noun):
            return place_holder_ref(noun) or holder_ref(noun, place) or _controller(noun, place)
    return None


def _held_by_captor(place: Token) -> ActorRef | None:
    """ "Islamic State first captured Raqqa in early 2014", "Raqqa was seized by Isis": who took
    the place (told as done, not as an aim: "to capture Raqqa") holds it."""
    verb = place.head
    if verb.lemma_.lower() not in _CAPTURING_LEMMAS or verb.tag_ not in {"VBD", "VBN", "VBZ"}:
        return None
    if place.dep_ == "dobj":
        takers = [c for c in verb.children if c.dep_ == "nsubj"]
    elif place.dep_ == "nsubjpass":
        takers = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    else:
        return None
    holders = [r for t in takers if t.pos_ != "PRON" for r in actor_refs(t)]
    return holders[0] if len(holders) == 1 else None


def _held_by_the_ousted(place: Token) -> ActorRef | None:
    """ "an offensive to oust Kurdish forces from Afrin", "push the militants out of Idlib",
    "freed Raqqa from Isis", "to clear out Kurdish militias in Afrin": whom force drives out of
    a place, or frees it from, held it (the stories of such places are mostly of that fight)."""
    head, holders = place.head, []
    if place.dep_ == "pobj" and head.lower_ in {"from", "of"}:
        verb = head.head.head if head.head.lower_ == "out" else head.head
        if verb.lemma_.lower() in _OUSTING_LEMMAS:
            holders = [c for c in verb.children if c.dep_ == "dobj"]
    elif place.dep_ == "dobj" and head.lemma_.lower() in _LIBERATION_LEMMAS:
        holders = [p for prep in head.children if prep.lower_ == "from" for p in prep.children]
    if not holders and place.dep_ == "pobj" and head.lower_ in _OUSTED_FROM_PREPS:
        # the place hung on whom is driven out: "to clear out Kurdish militias | from Afrin",
        # "to clear out Kurdish militias in Afrin"
        ousted = head.head
        if ousted.dep_ == "dobj" and ousted.head.lemma_.lower() in _OUSTING_LEMMAS:
            refs = [_cut_before(r, head) for r in actor_refs(ousted)]
            return refs[0] if len(refs) == 1 else None
    refs = [r for h in holders if h.pos_ != "PRON" for r in actor_refs(h)]
    return refs[0] if len(refs) == 1 else None


def _cut_before(ref: ActorRef, word: Token) -> ActorRef:
    """``ref`` without its words from ``word`` on: "Kurdish militias" of "Kurdish militias in
    Afrin"."""
    if not ref.start < word.idx < ref.end:
        return ref
    text = ref.text[: word.idx - ref.start].rstrip()
    return replace(ref, text=text, end=ref.start + len(text))


# A rule that reads who holds the place a name (its head word) stands for.
HoldingRule = Callable[[Token], ActorRef | None]

# Tried at each place name in this order; the first that finds a holder wins.
HOLDING_RULES: tuple[tuple[str, HoldingRule], ...] = (
    ("held place", _held_by_its_modifiers),  # "rebel-held Idlib", "Isis-held Raqqa"
    ("held named place", _held_as_named_place),  # "the Kurdish enclave of Afrin"
    ("apposed stronghold", _held_in_apposition),  # "Idlib, the last opposition stronghold"
    ("holding agent", _held_by_agent),  # "Afrin, which is controlled by the PYD"
    ("holding subject", _held_by_subject),  # "the Kurdish militias that control Afrin"
    ("said stronghold", _held_as_said),  # "Deraa had been the last stronghold of the opposition"
    ("captured place", _held_by_captor),  # "Islamic State first captured Raqqa in 2014"
    ("ousted holder", _held_by_the_ousted),  # "an offensive to oust Kurdish forces from Afrin"
)


@dataclass(frozen=True)
class Holding:
    """A place's holder as one phrase of the document tells it."""

    place: str  # the place's key (``place_key``)
    at: int  # where the phrase is (a character offset)
    holder: ActorRef
    rule: str


def _place_words(doc: Doc) -> Iterator[tuple[Token, str]]:
    """The names of towns and regions in ``doc`` (``_place_names``), and the nouns that refer
    back to the last one named shortly before ("Kurdish and Iraqi forces started an offensive on
    Mosul that succeeded ... in pushing the extremists out of the city": Mosul)."""
    last: tuple[Token, str] | None = None
    names = iter(_place_names(doc))
    upcoming = next(names, None)
    for token in doc:
        if upcoming is not None and upcoming[0].i == token.i:
            last = upcoming
            upcoming = next(names, None)
            yield last
        elif (
            last is not None
            and token.idx - last[0].idx <= _ANAPHOR_REACH
            and _refers_back_to_a_place(token)
        ):
            yield token, last[1]


def place_holders(doc: Doc) -> list[Holding]:
    """The holdings the document tells, in document order."""
    found = []
    for place, place_name in _place_words(doc):
        for name, rule in HOLDING_RULES:
            holder = rule(place)
            if holder is not None:
                found.append(Holding(place_key(place_name), place.idx, holder, name))
                break
    return found


def shift_holding(holding: Holding, offset: int) -> Holding:
    """``holding`` with its offsets moved by ``offset`` (a chunk's place in its document)."""
    return replace(holding, at=holding.at + offset, holder=shift_ref(holding.holder, offset))


def place_anaphor_targets(predicate: Token, *, nominal: bool) -> list[ActorRef]:
    """A place force is aimed at named only by a noun that refers back to one named just before
    ("in eastern Ghouta, a rebel-held suburb ... forces continue to pound the area", "shelled the
    enclave", "the siege of the town"): a "PLACE" whose holder, if the document tells one, is
    the target (``held_place_target``); else no one."""
    if nominal:
        aimed = [
            p
            for prep in predicate.children
            if prep.dep_ == "prep" and prep.lower_ in {"of", "on"}
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    else:
        aimed = [c for c in predicate.children if c.dep_ == "dobj"]
    return [
        ActorRef(f"the {noun.text}", "PLACE", noun.idx, noun.idx + len(noun))
        for noun in aimed
        if _refers_back_to_a_place(noun)
    ]


def enclosing_holder_targets(
    places: list[ActorRef], event_type: str, doc: Doc
) -> list[ActorRef] | None:
    """The holder of the place noun a place target's name lies in, where the text names one:
    "launched a ground incursion into the Kurdish enclave in Syria" is aimed at the Kurdish
    forces, not at Syria; None where the event is not aimed or no holder is named."""
    if event_type not in _AIMED_TYPES:
        return None
    holders = [h for place in places if (h := _enclosing_holder(place, doc)) is not None]
    return holders or None


def entered_holder_targets(predicate: Token, anchor: Token, event_type: str) -> list[ActorRef]:
    """The holder of a held place force goes into, where no target is named: "launched its
    incursion into Kurdish-held territory", "pushed into rebel-held areas" (the verb's or the
    event noun's "into")."""
    if event_type not in _AIMED_TYPES:
        return []
    entered = _entered_places(predicate, anchor)
    holders = [h for place in entered if (h := place_holder_ref(place)) is not None]
    return holders[:1]


def entered_place_targets(predicate: Token, anchor: Token, event_type: str) -> list[ActorRef]:
    """A named place an attack goes into, where no target is named: "Turkey's military
    incursion into Afrin" (a "PLACE": its holder, where the document tells one, else its
    state; forces sent into a place are no attack on it)."""
    if event_type != "ASSAULT":
        return []
    for place in _entered_places(predicate, anchor):
        entity = entity_of(place, _PLACE_LABELS)
        if entity is not None:
            return [ActorRef(entity.text, "PLACE", entity.start_char, entity.end_char)]
    return []


def _entered_places(predicate: Token, anchor: Token) -> list[Token]:
    """What force goes "into", on the event's word or the verb that carries it."""
    return [p for word in dict.fromkeys((anchor, predicate)) for p in objects_of(word, "into")]


def _enclosing_holder(place: ActorRef, doc: Doc) -> ActorRef | None:
    """The holder of the nouns a place's name hangs on by prepositions ("the Kurdish enclave |
    in Syria", "rebel-held areas | of Idlib")."""
    span = doc.char_span(place.start, place.end)
    word = span.root if span is not None else None
    while word is not None and word.dep_ == "pobj" and word.head.dep_ == "prep":
        noun = word.head.head
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        holder = place_holder_ref(noun)
        if holder is not None:
            return holder
        word = noun
    return None


def _refers_back_to_a_place(noun: Token) -> bool:
    """ "the area", "the enclave", "the northern Syrian district": a definite place noun with no
    name of its own, nor a word that says which ("the Kurdish area", "the area around Afrin");
    where it lies in its state says nothing of which."""
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return (
        noun.lower_ in _ANAPHORIC_PLACE_NOUNS
        and not noun.ent_type_
        and determiners == ["the"]
        and all(
            c.dep_ in {"det", "punct", "acl", "relcl"} or _is_whereabouts(c) for c in noun.children
        )
    )


def _is_whereabouts(modifier: Token) -> bool:
    """A word of where in its state a place lies: "northern", "Syrian" (a state's demonym)."""
    if modifier.dep_ != "amod":
        return False
    return (
        modifier.lower_ in _DIRECTION_WORDS
        or load_gazetteer().country_of_demonym(modifier.text) is not None
    )


def _holding_for(target: ActorRef, holdings: list[Holding]) -> Holding | None:
    """The holding of the place ``target`` names: the last told before it, else the first after;
    for a place referred back to ("the area"), the last told shortly before it."""
    if (
        target.label == "PLACE"
        and target.text.lower().removeprefix("the ") in _ANAPHORIC_PLACE_NOUNS
    ):
        near = [h for h in holdings if 0 <= target.start - h.at <= _ANAPHOR_REACH]
        return near[-1] if near else None
    key = place_key(target.text)
    told = [h for h in holdings if h.place == key]
    before = [h for h in told if h.at <= target.start]
    if before:
        return before[-1]
    return told[0] if told else None


def held_place_target(mention: RawMention, holdings: list[Holding]) -> RawMention:
    """``mention`` aimed at a place the document says someone holds, aimed at its holder (not
    when the actor holds it itself); a name held so is a place, whatever the parser read it as
    ("Kurdish forces shelled Baghuz", after "Baghuz, the last town held by Isis")."""
    target = mention.target
    if target is None or mention.type not in _AIMED_TYPES:
        return mention
    holding = _holding_for(target, holdings)
    if holding is None or holding.holder.text.lower() == mention.actor.text.lower():
        return mention
    holder = replace(holding.holder, is_subject=False)
    return replace(mention, target=holder, rule=joined(mention.rule, holding.rule))
