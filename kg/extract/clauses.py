"""Clause structure shared by the steps: the chain of words a predicate is a complement of, the
verb governing a clause, the statement that reports it, and headline-style lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from kg.carriers import is_lexicon_type, lexicon_entry
from kg.doc_memo import DocMemo
from kg.extract.words import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, word_list

# Campaigns of force whose to-clause names the force they use: "the fight to drive Isis out".
CAMPAIGN_NOUNS = word_list("campaign_nouns")

# Nouns whose "that"-clause says what they demand, claim or know (see ``_is_content_clause``).
_CONTENT_NOUNS = word_list("content_nouns")
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
    return is_lexicon_type(verb.head, "STATEMENT")


def speech_verb(token: Token) -> Token | None:
    """The verb of the statement that reports ``token``'s clause ("..., the Kremlin said"), or
    that opened the quotation ``token``'s sentence continues (``quoting_verb``)."""
    for node in governing_chain(token):
        if node.i != token.i and _is_statement(node):
            return node
        for child in node.children:
            if child.dep_ == "parataxis" and _is_statement(child):
                return child
    return quoting_verb(token)


# Marks that open and close a quotation (the straight '"' cannot tell which it does).
_OPENING_QUOTE = "“"
_CLOSING_QUOTE = "”"


def has_any_word(doc: Doc, attr: int, words: Iterable[str]) -> bool:
    """Whether a token of ``doc`` is one of ``words`` by ``attr`` (``ORTH``, ``LOWER``), read
    from the Doc's array without making a Token per word (nor counting them all)."""
    wanted = {doc.vocab.strings[word] for word in words}
    return not wanted.isdisjoint(doc.to_array(attr).tolist())


class _QuoteIndex:
    """For each token of a Doc inside a quotation that goes on over more than one sentence,
    the verb of statement that opened it ('Omar said: “We have asked the UK to take them back.
    We are ready to hand them over.”': the second sentence is Omar's too) or, where none did,
    that follows it ('“We will fight. We will never give up,” he said': the first is his),
    made once per Doc."""

    __slots__ = ("_verb_at",)

    def __init__(self, doc: Doc) -> None:
        verb_at: list[Token | None] = [None] * len(doc)
        self._verb_at = verb_at
        if not has_any_word(doc, ORTH, (_OPENING_QUOTE, _CLOSING_QUOTE)):
            return  # no quotation marks, so no quotation (most paragraphs)
        sentences = _SENTENCES.get(doc) or _SentenceIndex(doc)
        sentence_of = sentences.number_at
        opening: Token | None = None  # the opening mark of the quotation the walk is in
        speaker: Token | None = None  # its verb of statement
        for token in doc:
            if token.text == _OPENING_QUOTE:
                opening, speaker = token, _opening_statement(token)
            elif token.text == _CLOSING_QUOTE:
                if opening is not None and speaker is None:
                    # '“We will fight. We will never give up,” he said.': said after the quotation
                    closing = _closing_statement(token)
                    for i in range(opening.i + 1, token.i):
                        if sentence_of[i] != sentence_of[token.i]:
                            verb_at[i] = closing
                opening = speaker = None
            elif opening is not None and sentence_of[token.i] != sentence_of[opening.i]:
                verb_at[token.i] = speaker

    def at(self, i: int) -> Token | None:
        return self._verb_at[i]


def _opening_statement(opening: Token) -> Token | None:
    """The verb of statement before a quotation's opening mark in its sentence ("said: “")."""
    return next(
        (t for t in reversed(opening.sent[: opening.i - opening.sent.start]) if _is_statement(t)),
        None,
    )


def _closing_statement(closing: Token) -> Token | None:
    """The verb of statement right after a quotation's closing mark ("”, he said", "” Khan
    said"): the first verb after it in its sentence, if it is one."""
    after = closing.sent[closing.i + 1 - closing.sent.start :]
    verb = next((t for t in after if t.pos_ in {"VERB", "AUX"}), None)
    return verb if verb is not None and _is_statement(verb) else None


_QUOTES: DocMemo[_QuoteIndex] = DocMemo(_QuoteIndex)


@contextmanager
def quotes_kept(doc: Doc) -> Iterator[None]:
    """Keep one quotation index of ``doc`` for look-ups made while the block runs."""
    with _QUOTES.kept(doc), _QUOTATIONS.kept(doc):
        yield


def quoting_verb(token: Token) -> Token | None:
    """The verb of statement whose quotation, opened in an earlier sentence, goes on over
    ``token``: the quoted speaker says the rest of the quotation too."""
    held = _QUOTES.get(token.doc)
    return (held if held is not None else _QuoteIndex(token.doc)).at(token.i)


def is_statement_verb(token: Token) -> bool:
    """Whether ``token`` is a verb of statement ("said", "told")."""
    return _is_statement(token)


def _is_statement(token: Token) -> bool:
    return token.pos_ == "VERB" and is_lexicon_type(token, "STATEMENT")


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
    "a request for the US to cease") is the noun's complement too, also where the parser read
    it as a relative clause ("the demand ... that Turkey withdraw its troops": a relative
    "that" is no mark)."""
    return node.dep_ in _COMPLEMENT_DEPS or (
        node.head.pos_ == "NOUN"
        and (node.dep_ in {"acl", "advcl"} or _is_content_clause(node))
        and not is_reduced_relative(node)
    )


def is_reduced_relative(node: Token) -> bool:
    """A participle that says what was done to the noun it qualifies, by whom: "its 800 Isis
    fighters captured in Syria by US-backed forces". It reports a fact about the noun, whatever
    the clause around the noun says of it ("must take back ... fighters captured by")."""
    return (
        node.dep_ == "acl" and node.tag_ == "VBN" and any(c.dep_ == "agent" for c in node.children)
    )


def _is_content_clause(node: Token) -> bool:
    """A "that"-clause read as relative on a noun that says what is demanded, claimed or known
    ("the demand ... that Turkey withdraw", "proof that the regime was responsible"); on other
    nouns a "that" read as a mark can be a relative pronoun ("the mission that Skoog said is on
    its way")."""
    return (
        node.dep_ == "relcl"
        and node.head.lemma_.lower() in _CONTENT_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    )


def is_to_blame(verb: Token) -> bool:
    """ "(Russia) was to blame": the infinitive of blaming as what "be" says of its subject, who
    is blamed, not blaming."""
    return (
        verb.lemma_.lower() == "blame"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
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


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is listed with ("Isis" of "Isis and al-Qaida",
    "said" of "said and added"); ``token`` itself when it is no conjunct."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def has_subject(clause: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children)


def is_past_perfect(verb: Token) -> bool:
    """ "had ousted", "had been captured": a participle with "had"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in verb.children
    )


def is_reported(node: Token) -> bool:
    """Whether ``node`` is a clause that someone's statement reports ("said it would help"), or
    the content of a noun of statement ("Trump's announcement that US troops would leave")."""
    announced = (
        node.dep_ == "acl" and node.head.pos_ == "NOUN" and is_lexicon_type(node.head, "STATEMENT")
    )
    return announced or any(_is_statement(a) for a in node.ancestors)


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


# The writer's own first person, outside quotations: "One gay man told me how, in Syria, he had
# been detained", "When I asked Ricardo about their comments, he dismissed them".
_NARRATOR_PRONOUNS = word_list("narrator_pronouns")
# Marks that open and close a quotation, besides the curly double quotes: the straight '"' (which
# opens or closes in turn) and a doubled single quote some texts close with ("kill me,’’ Prakash
# reportedly told police").
_OPENING_MARKS = frozenset({_OPENING_QUOTE, '"'})
_CLOSING_MARKS = frozenset({_CLOSING_QUOTE, "’’", "''"})


def narrated_sentences(doc: Doc) -> frozenset[int]:
    """The starts of the sentences of ``doc`` in which the writer speaks in the first person
    outside any quotation: a letter, a column or a reporter's notes of an interview ("she
    helped me with the birth", "in the areas I visited"), whose events are the writer's own
    experience or opinion, or what a private person told them, not news (the codebook codes no
    private person's account and no journalist's voice)."""
    if not has_any_word(doc, LOWER, _NARRATOR_PRONOUNS):
        return frozenset()  # no first person at all (most paragraphs)
    return frozenset(
        sentence.start
        for sentence in doc.sents
        if any(_is_narrator(token) and quotation_of(token) is None for token in sentence)
    )


def _is_narrator(token: Token) -> bool:
    """A first-person pronoun; "I" only as a subject (not "phase I of the war")."""
    if token.lower_ not in _NARRATOR_PRONOUNS or token.pos_ != "PRON" or token.ent_type_:
        return False
    return token.lower_ != "i" or token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"conj"}


def _quotations(doc: Doc) -> dict[int, int]:
    """For each token of ``doc`` inside quotation marks, where its quotation opened. Text before
    a first mark that closes is the end of a quotation opened before the Doc ('... and we
    promise to follow the path she took up.”'); a quotation still open where another opens, or
    at the Doc's end, runs to there ('adding “My thoughts exactly. Pompeo said: “We need')."""
    opened: dict[int, int] = {}
    if not has_any_word(doc, ORTH, _OPENING_MARKS | _CLOSING_MARKS):
        return opened  # no quotation marks, so no quotation (most paragraphs)
    opening: int | None = None  # where the quotation the walk is in opened
    marked = False  # whether a quotation mark came before
    for token in doc:
        closes = token.text in _CLOSING_MARKS or (token.text == '"' and opening is not None)
        if not closes and token.text not in _OPENING_MARKS:
            continue
        start = opening if opening is not None else (None if marked else 0)
        if start is not None and (closes or opening is not None):
            opened.update(dict.fromkeys(range(start, token.i), start))
        opening = None if closes else token.i
        marked = True
    if opening is not None:
        opened.update(dict.fromkeys(range(opening, len(doc)), opening))
    return opened


_QUOTATIONS: DocMemo[dict[int, int]] = DocMemo(_quotations)


def quotation_of(token: Token) -> int | None:
    """Where the quotation ``token`` is in opened, or None outside any."""
    held = _QUOTATIONS.get(token.doc)
    return (held if held is not None else _quotations(token.doc)).get(token.i)


def is_quoted_clause_word(word: Token) -> bool:
    """Whether ``word`` is inside a quotation with a verb before it: part of a quoted clause
    ("“Kobane was the first real battle ... in this case the Kurds, on the ground,” said Shiraz
    Maher"), not a name in scare quotes ("the “caliphate”")."""
    opening = quotation_of(word)
    return opening is not None and any(
        t.pos_ in {"VERB", "AUX"} for t in word.doc[opening : word.i]
    )


def is_asked(clause: Token, top: Token) -> bool:
    """Whether ``clause`` (up to ``top``, the head of its governing chain) is what a direct
    question asks, not what it tells: a question mark of its sentence ends the quotation it is
    in, or its sentence outside quotations ("“What does it say about our government ... that
    it would allow hundreds of men to return?”"). A relative or adverbial clause in a question
    is told all the same ("How can we embrace the future with a Syrian leader who has killed
    nearly one million of his citizens?"), and so is the statement that quotes one ("He said:
    “... ?”", "“Haram?” he asked": a question mark before it is not its own)."""
    if top.dep_ in {"relcl", "advcl", "acl"}:
        return False
    quotation = quotation_of(clause)
    for word in clause.doc[clause.i + 1 :]:
        if word.is_sent_start:
            return False  # the rest of the sentence only, not the walk of ``token.sent``
        if word.text == "?" and quotation_of(word) == quotation:
            return True
    return False


class _SentenceIndex:
    """The sentences of one Doc and the sentence of each of its tokens, made once:
    ``token.sent`` walks the parse and makes two spans each time it is asked for."""

    __slots__ = ("_sentences", "number_at")

    def __init__(self, doc: Doc) -> None:
        self._sentences = list(doc.sents)
        number_at = [0] * len(doc)
        for number, sentence in enumerate(self._sentences):
            number_at[sentence.start : sentence.end] = [number] * len(sentence)
        self.number_at = number_at  # the number of each token's sentence, by its position

    def of(self, i: int) -> Span:
        return self._sentences[self.number_at[i]]


_SENTENCES: DocMemo[_SentenceIndex] = DocMemo(_SentenceIndex)


def sentences_kept(doc: Doc) -> AbstractContextManager[None]:
    """Keep one sentence index of ``doc`` for look-ups made while the block runs."""
    return _SENTENCES.kept(doc)


def sentence_of(token: Token) -> Span:
    """``token.sent``, looked up in the sentence index of its Doc while one is kept."""
    held = _SENTENCES.get(token.doc)
    return held.of(token.i) if held is not None else token.sent


def sentence_before(sentence: Span) -> Span:
    """The sentence before ``sentence`` (which must not be its Doc's first)."""
    return sentence_of(sentence.doc[sentence.start - 1])


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
