"""Clause structure shared by the steps: the chain of words a predicate is a complement of, the
verb governing a clause, the statement that reports it, and headline-style lines.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.carriers import lexicon_entry
from kg.extract.words import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, word_list

# Campaigns of force whose to-clause names the force they use: "the fight to drive Isis out".
CAMPAIGN_NOUNS = word_list("campaign_nouns")

# Relations through which a governing word's negation or modality reaches its dependent.
_COMPLEMENT_DEPS = frozenset(
    {
        "ccomp",
        "csubj",
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


def is_statement_content(verb: Token) -> bool:
    """A participle saying what a statement says: "issued a statement condemning the raid"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ != "NOUN":
        return False
    entry = lexicon_entry(verb.head)
    return entry is not None and entry.type == "STATEMENT"


def speech_verb(token: Token) -> Token | None:
    """The verb of the statement that reports ``token``'s clause ("..., the Kremlin said")."""
    for node in governing_chain(token):
        if node.i != token.i and _is_statement(node):
            return node
        for child in node.children:
            if child.dep_ == "parataxis" and _is_statement(child):
                return child
    return None


def is_statement_verb(token: Token) -> bool:
    """Whether ``token`` is a verb of statement ("said", "told")."""
    return _is_statement(token)


def _is_statement(token: Token) -> bool:
    entry = lexicon_entry(token) if token.pos_ == "VERB" else None
    return entry is not None and entry.type == "STATEMENT"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` ("spoke" above "after holding")."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def governing_chain(predicate: Token) -> Iterator[Token]:
    """``predicate`` and the words it is a complement or argument of, up to its own clause top.

    The walk goes up through complements and arguments ("want to hold a meeting", "does not
    appear that they met", "for Putin to admit it would have belied his claim") and stops at
    adverbial and relative clauses and conjuncts, whose negation or modality is their own.
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


def is_purpose(node: Token) -> bool:
    """A purpose clause ("met Moon to discuss ..."): part of its main event, not one of its own."""
    return node.dep_ == "advcl" and any(c.tag_ == "TO" for c in node.children)


def campaign_of_purpose(clause: Token) -> Token | None:
    """The campaign a to-clause is the purpose of: the noun it qualifies ("the fight to drive Isis
    out"), also where the parser hung the clause on the verb above, right after the noun ("is
    making up for lost time in the fight | to drive Isis out")."""
    if not any(c.tag_ == "TO" for c in clause.children):
        return None
    if clause.dep_ == "acl":
        noun = clause.head
    elif clause.dep_ == "advcl" and clause.left_edge.i > 0:
        noun = clause.doc[clause.left_edge.i - 1]
        if noun.dep_ not in {"pobj", "dobj"} or noun.head.i > noun.i:
            return None
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in CAMPAIGN_NOUNS else None


def has_subject(clause: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children)


def is_reported(node: Token) -> bool:
    """Whether ``node`` is a clause that someone's statement reports ("said it would help")."""
    return any(
        a.pos_ == "VERB" and (entry := lexicon_entry(a)) is not None and entry.type == "STATEMENT"
        for a in node.ancestors
    )


def demand_of_clause(clause: Token) -> Token | None:
    """The demand a that-clause spells out when the parser hangs it on the verb whose object the
    demand is: "reiterated its demand on Monday that Israel ease the restrictions" (the clause on
    "reiterated", not on "demand")."""
    if clause.dep_ != "ccomp" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    for noun in clause.head.children:
        if noun.dep_ == "dobj" and noun.i < clause.i and noun.pos_ == "NOUN":
            entry = lexicon_entry(noun)
            if entry is not None and entry.type == "REQUEST":
                return noun
    return None


def in_headlines(doc: Doc) -> frozenset[int]:
    """The positions of the tokens of ``doc`` in headline-style lines (see ``is_headline``), found
    once: ``token.sent`` walks the parse each time it is asked for."""
    return frozenset(i for s in doc.sents if is_headline(s) for i in range(s.start, s.end))


def is_headline(sentence: Span) -> bool:
    """A headline-style line: title case and no final stop ("Putin Talks Peace with Moon").

    The statistical model reads such lines badly ("Vladimir Putin Says" as a person), and the
    story's body repeats what they say, so extraction leaves them out.
    """
    if len(sentence) > 25 or sentence[-1].text in {".", "!", "?", '"', "”"}:
        return False  # most sentences: no need to look at their words
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)
