"""Shared fixtures: hand-built spaCy Docs for rule tests; one model-backed build of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.pipeline import BuildResult, extract_events

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = ROOT / "data"

_VOCAB = spacy.blank("en").vocab
# Coarse part of speech from the fine tag, so that rows only need the tag.
_POS_OF_TAG = {
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "NN": "NOUN",
    "NNS": "NOUN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBZ": "VERB",
    "VBN": "VERB",
    "VBG": "VERB",
    "VBP": "VERB",
    "MD": "AUX",
    "IN": "ADP",
    "DT": "DET",
    "PRP": "PRON",
    "PRP$": "PRON",
    "JJ": "ADJ",
    "RB": "ADV",
    "CC": "CCONJ",
    "TO": "PART",
    "POS": "PART",
    ".": "PUNCT",
    ",": "PUNCT",
    "WDT": "PRON",
}


def parsed(rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A Doc built by hand from rows of ``word lemma TAG dep head`` (head as a token index).

    Auxiliaries are given the tag ``AUX:<tag>`` to mark them AUX rather than VERB.
    """
    words, lemmas, tags, pos, deps, heads = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        word, lemma, tag, dep, head = line.split()
        is_aux = tag.startswith("AUX:")
        tag = tag.removeprefix("AUX:")
        words.append(word)
        lemmas.append(lemma)
        tags.append(tag)
        pos.append("AUX" if is_aux else _POS_OF_TAG.get(tag, "X"))
        deps.append(dep)
        heads.append(int(head))
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for index in range(start + 1, end):
            iob[index] = f"I-{label}"
    return Doc(
        _VOCAB, words=words, lemmas=lemmas, tags=tags, pos=pos, deps=deps, heads=heads, ents=iob
    )


@pytest.fixture(scope="session")
def seed_build() -> BuildResult:
    """The sample articles in data/ (the two seeds) built once, with the statistical model."""
    return extract_events([str(SAMPLE_DATA)])
