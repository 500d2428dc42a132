"""Words and the events they carry: the lexicon sense of a word, and events named by nouns.

An event is often named by a noun that another word carries: a light verb ("held talks",
"staged a demonstration", "gave Tanzania a grant"), a verb of state ("put its troops on alert",
"remained on alert"), a verb whose subject undergoes it ("came under attack from", "faced
sanctions from"), or a noun that measures it ("a state of emergency", "ten tons of aid").
``carried_event`` finds the event noun a verb carries, ``light_verb_of`` the verb carrying a
noun, and ``lexicon_entry`` the sense of any word, chosen by what is attached to it.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Unions", "staged", "a", "rally"],
    ...           lemmas=["union", "stage", "a", "rally"], pos=["NOUN", "VERB", "DET", "NOUN"],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], heads=[1, 1, 3, 1])
    >>> carried_event(doc[1]).text, light_verb_of(doc[3]).text
    ('rally', 'staged')
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from spacy.tokens import Doc, Token

from kg.doc_memo import DocMemo
from kg.lexicon import LexiconEntry, load_lexicon, word_list, word_pairs

# Verbs that carry an event named by their object: "held talks", "imposed sanctions", "staged a
# rally", "organised a strike", "continued their hunger strike", "completed the withdrawal"; also
# "struck a deal" and "sealed an agreement" (the noun names the agreement), "ordered the withdrawal
# of US troops" (the orderer withdraws them), "prepare a military offensive" (force readied),
# "directed attacks on the UK" (the noun names the force).
LIGHT_LEMMAS = word_list("light_lemmas")
# Relations of the carried noun to its light verb: object, or subject of the passive.
CARRIED_DEPS = frozenset({"dobj", "nsubjpass"})
# Verbs that put their subject or object in the state or activity an event noun names, with the
# preposition naming it: "put its troops on alert", "remained on high alert", "went on strike",
# "were engaged in heavy fighting", "responded with air strikes".
STATE_PREPS = word_pairs("state_preps")
# What a verb of state lays on something rather than putting it in a state: "placed conditions".
_LAID_ON_NOUNS = word_list("laid_on_nouns")
# Verbs and the nouns of a share they take in an event, with the preposition naming the event:
# "took on a key role in the battle for Raqqa", "played a prominent role in a new Turkish
# offensive", "took part in the talks", "Isis claimed responsibility for the attack" (whoever
# takes a share, or owns to the deed, does it).
_SHARING_LEMMAS = word_list("sharing_lemmas")
_SHARE_NOUNS = word_pairs("share_nouns")
# Nouns that only measure or hold an event noun: "a state of emergency", "a wave of attacks",
# "five million dollars of aid", "ten tons of aid", "three days of talks".
CONTAINER_NOUNS = word_list("container_nouns")
# Nouns of an undertaking that an event noun before them names: "a mediation mission", "a
# mediation effort", "an assassination attempt".
EFFORT_NOUNS = word_list("effort_nouns")


# Verbs whose subject undergoes the event their object names, done by whoever it is "from":
# "faced sanctions from the EU", "received aid from Japan", "suffered attacks by rebels".
UNDERGO_LEMMAS = word_list("undergo_lemmas")
# "came under attack from", "are under assault from" ("be", as a copula), "the caliphate
# collapsed under a multi-pronged assault by": the state undergone, after "under".
_UNDERGO_STATES = word_pairs("undergo_states")
# Particles the parser sometimes attaches as adverbs ("pulled back", "brushed aside", "worked
# together").
_ADVERB_PARTICLES = word_list("adverb_particles")
# A verb's objects that select its sense, what they are made ("taken hostage"), and the subject
# of the passive ("the preconditions were met").
_SENSE_OBJECT_DEPS = frozenset({"dobj", "oprd", "nsubjpass"})
# Relative pronouns, which as a verb's object stand for the noun their clause qualifies.
_RELATIVE_PRONOUNS = word_list("relative_pronouns")
# Where the parser may hang the adjective a verb makes its object, besides "oprd".
_PREDICATIVE_DEPS = frozenset({"ccomp", "advcl", "xcomp"})
# Verbs whose sense needs an object: "returned the land" gives it back, "returned to Geneva"
# only travels; "Turkey has been tasked by Moscow with" is asked, "aid workers tasked with
# responding" (parsed as if they tasked) names no one asked; "drove the Kurds from Afrin" is
# force, "drove from Damascus" a journey; "rebels exploded bombs in Kabul" attack, "a bomb
# exploded" names no attacker; "Turkey scrambled jets" readies force, "she scrambled over a wall"
# and "governments are scrambling to assess the numbers" hurry.
_OBJECT_SENSES = word_list("object_senses")
# Verbs whose particle sense needs the bare particle: "the regime gave in" yields, but "gave
# birth in a camp" and "the speech he gave in Riyadh" name a place with their preposition.
_BARE_PARTICLE_SENSES = word_list("bare_particle_senses")


def objects_of(head: Token, preposition: str) -> list[Token]:
    """The objects of ``head``'s prepositional phrases with ``preposition``: "the possibility"
    in "warning of the possibility", "the preconditions" in "few of the preconditions"."""
    return [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def is_when(prep: Token) -> bool:
    """A preposition whose object is a date ("on Tuesday"), never a particle of a sense."""
    return prep.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


# The senses found so far in each Doc being extracted, by the word's position.
_SENSES: DocMemo[dict[int, LexiconEntry | None]] = DocMemo(lambda doc: {})


def senses_kept(doc: Doc) -> AbstractContextManager[None]:
    """Keep the sense of each word of ``doc`` once found, for look-ups made while the block runs:
    the rules ask for the same word's sense many times, and the parse does not change meanwhile."""
    return _SENSES.kept(doc)


def lexicon_entry(token: Token) -> LexiconEntry | None:
    """The sense of a word (see ``_lexicon_entry``), found once per word while ``senses_kept``
    holds its Doc."""
    kept = _SENSES.get(token.doc)
    if kept is None:
        return _lexicon_entry(token)
    if token.i not in kept:
        kept[token.i] = _lexicon_entry(token)
    return kept[token.i]


def is_lexicon_type(token: Token, event_type: str) -> bool:
    """Whether the lexicon's sense of ``token`` (``lexicon_entry``) is of ``event_type``."""
    entry = lexicon_entry(token)
    return entry is not None and entry.type == event_type


def _lexicon_entry(token: Token) -> LexiconEntry | None:
    """The lexicon's sense of a word, chosen by its particles and prepositions ("call for"); for
    a verb, by its object too ("lifted a ban"); for a noun, by its modifiers ("hunger strike",
    "general strike", "martial law") and the verb governing it ("lodged a protest")."""
    if not load_lexicon().knows(token.lemma_, token.pos_):
        return None
    attached = {"prt", "prep", "compound", "amod"} if token.pos_ == "NOUN" else {"prt", "prep"}
    particles = [
        c.lower_
        for c in token.children
        if c.dep_ in attached and not is_when(c) and not _is_place_phrase_of(token, c)
    ]
    if token.pos_ == "NOUN" and (governor := _governing_verb(token)) is not None:
        # "lodged a protest" is a diplomatic complaint, "went on strike" a labour strike
        particles.append(governor.lemma_.lower())
    if token.pos_ == "VERB":
        if token.lemma_.lower() in _OBJECT_SENSES and not _has_object(token):
            return None
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in _ADVERB_PARTICLES:
                particles.append(child.lower_)  # "pulled back", parsed as an adverb
        # "lifted a ban", "fired missiles into the sea", "was taken hostage": the object (or
        # what it is made) selects the sense, and so does the subject of the passive ("the
        # preconditions were met").
        particles += [lemma for c in _sense_objects(token) for lemma in _object_lemmas(c)]
        particles += _predicative_lemmas(token)
    return load_lexicon().lookup(token.lemma_.lower(), token.pos_, particles)


def _sense_objects(verb: Token) -> list[Token]:
    """A verb's objects that select its sense: its own, where a relative pronoun is one the noun
    its clause qualifies ("its embassy in Damascus, which it had closed"), and for a passive
    participle with none the noun it qualifies ("a peace conference boycotted by the official
    Syrian opposition")."""
    objects = [c for c in verb.children if c.dep_ in _SENSE_OBJECT_DEPS]
    relative = [o for o in objects if o.lower_ in _RELATIVE_PRONOUNS]
    if relative and verb.dep_ == "relcl":
        return [o for o in objects if o not in relative] + _qualified_nouns(verb)
    if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return _qualified_nouns(verb)
    return objects


def _qualified_nouns(clause: Token) -> list[Token]:
    """The noun a relative clause or participle qualifies, and the noun before it whose phrase
    it ends, which the parser may have meant ("its embassy in Damascus, which it had closed")."""
    noun = clause.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in {"NOUN", "PROPN"}:
        return [noun, prep.head]
    return [noun]


def _predicative_lemmas(verb: Token) -> list[str]:
    """What a verb makes its object, wherever the parser hangs the adjective: a small clause
    ("held Ankara and Moscow accountable", the adjective a complement with the object as its
    subject), a clause of its own ("held Turkey fully responsible") or a modifier after the
    object ("holds the regime responsible")."""
    found = [
        c.lemma_.lower() for c in verb.children if c.dep_ in _PREDICATIVE_DEPS and c.pos_ == "ADJ"
    ]
    return found + [
        a.lemma_.lower()
        for c in verb.children
        if c.dep_ == "dobj"
        for a in c.children
        if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > c.i
    ]


def _is_place_phrase_of(verb: Token, prep: Token) -> bool:
    """A preposition with an object after a verb whose particle sense needs the bare particle
    ("gave birth in a camp"): a place, not the particle of "gave in"."""
    return (
        verb.lemma_.lower() in _BARE_PARTICLE_SENSES
        and prep.dep_ == "prep"
        and any(c.dep_ == "pobj" for c in prep.children)
    )


def _object_lemmas(obj: Token) -> list[str]:
    """The lemma of an object that selects a verb's sense, then those of the nouns compounded
    before it ("violated the ceasefire agreement", "ended the aid programme"), and for a share
    of something ("few of the preconditions were met", "some of the sanctions were lifted") that
    of what it shares."""
    lemmas = [obj.lemma_.lower()]
    lemmas += [c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if obj.pos_ not in {"NOUN", "PROPN"}:
        lemmas += [shared.lemma_.lower() for shared in objects_of(obj, "of")]
    return lemmas


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object a noun is, directly or through a preposition: "lodged a protest",
    "went on strike"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" else None


def _has_object(verb: Token) -> bool:
    """An object, the subject of the passive ("the land was returned"), or the noun a passive
    participle qualifies ("families driven out of their homes")."""
    qualifies = verb.dep_ == "acl" and verb.tag_ == "VBN"
    return qualifies or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)


def is_container(token: Token) -> bool:
    """A noun that only measures an event noun ("the state of emergency"), no actor itself."""
    return token.lemma_.lower() in CONTAINER_NOUNS and event_noun(token) not in {None, token}


def event_noun(token: Token) -> Token | None:
    """``token`` if it is an event noun, or the event noun it measures ("a state of emergency")
    or that names it ("a mediation mission")."""
    if token.pos_ == "NOUN" and lexicon_entry(token) is not None:
        return token
    if token.lemma_.lower() in EFFORT_NOUNS:
        named = (c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN")
        return next((c for c in named if lexicon_entry(c) is not None), None)
    if token.lemma_.lower() not in CONTAINER_NOUNS:
        return None
    measured = (n for n in objects_of(token, "of") if n.pos_ == "NOUN" and lexicon_entry(n))
    return next(measured, None)


def effort_of(noun: Token) -> Token | None:
    """The undertaking an event noun names ("a mediation mission"), whose prepositions are the
    event's too ("a mediation mission between Syria and Jordan")."""
    head = noun.head
    named = noun.dep_ == "compound" and head.lemma_.lower() in EFFORT_NOUNS
    return head if named and event_noun(head) == noun else None


def carried_event(verb: Token) -> Token | None:
    """The event noun a light verb carries ("held talks", "imposed sanctions", "issued an
    ultimatum", "declared a state of emergency"), or the state a verb of state puts something
    in ("put troops on alert")."""
    if _is_copula(verb):
        return _state_noun(verb, _UNDERGO_STATES["be"])  # "are under assault from Turkey"
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_LEMMAS:
        for child in verb.children:
            if child.dep_ in CARRIED_DEPS and (noun := event_noun(child)) is not None:
                return noun
    if lemma in STATE_PREPS and not _lays_on(verb):
        return _state_noun(verb, STATE_PREPS[lemma])
    if lemma in _SHARING_LEMMAS:
        return _shared_event(verb)
    if lemma in UNDERGO_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "dobj" and event_noun(c) is c), None)
    if lemma in _UNDERGO_STATES:
        return _state_noun(verb, _UNDERGO_STATES[lemma])
    return None


def _lays_on(verb: Token) -> bool:
    """Whether a verb of state lays something on what its "on" names, putting no one in a state:
    "he placed conditions on a US troop withdrawal", "has placed further stress on an already
    troubled partnership" (not "placed troops in the area on high alert")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _LAID_ON_NOUNS for c in verb.children)


def is_undergone(verb: Token) -> bool:
    """Whether ``verb``'s subject undergoes the event it carries: "came under attack"."""
    lemma = verb.lemma_.lower()
    undergoes = lemma in UNDERGO_LEMMAS or lemma in _UNDERGO_STATES
    return undergoes and carried_event(verb) is not None


def is_state_carrier(verb: Token) -> bool:
    """Whether ``verb`` carries an event as a state: "put on alert", "were engaged in"."""
    return verb.lemma_.lower() in STATE_PREPS and carried_event(verb) is not None


def is_share_carrier(verb: Token) -> bool:
    """Whether ``verb`` carries an event its subject takes a share in: "played a role in"."""
    return verb.lemma_.lower() in _SHARING_LEMMAS and carried_event(verb) is not None


def _shared_event(verb: Token) -> Token | None:
    """The event a verb's object is a share in: "played a key role in Turkey's assault", "took
    part | in the offensive" (the phrase hung on the verb), "claimed responsibility for the
    bombing"."""
    shares = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHARE_NOUNS]
    if not shares:
        return None
    preposition = _SHARE_NOUNS[shares[0].lemma_.lower()]
    found = (_state_noun(word, preposition) for word in (*shares, verb))
    return next((noun for noun in found if noun is not None), None)


def _state_noun(verb: Token, preposition: str) -> Token | None:
    for prep in verb.children:
        # "responded similarly and with threats": the preposition parsed as a conjunct
        joined = prep.dep_ == "conj" and prep.pos_ == "ADP"
        if (prep.dep_ == "prep" or joined) and prep.lower_ == preposition:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and lexicon_entry(pobj):
                    return pobj
    return None


def light_verb_of(noun: Token) -> Token | None:
    """The light verb (or verb of state) carrying the event noun ``noun``, if any."""
    # "held talks", "declared a state of emergency", "put its troops on alert"
    for ancestor in list(noun.ancestors)[:3]:
        if ancestor.pos_ == "VERB" or _is_copula(ancestor):
            carried = carried_event(ancestor)
            return ancestor if carried is not None and carried.i == noun.i else None
    return None


def _is_copula(word: Token) -> bool:
    """ "be" as the main verb: "are under assault from Turkey"."""
    return word.pos_ == "AUX" and word.lemma_ == "be" and word.dep_ not in {"aux", "auxpass"}


def carrier_subject_holder(noun: Token, verb: Token) -> Token:
    """The word whose relation to ``verb`` says who acts: the noun, or its container."""
    node = noun
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node
