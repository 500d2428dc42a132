"""A learned check on the rules' event types: a spaCy text classifier of a sentence's event types.

``tools/train_types.py`` trains a ``textcat_multilabel`` (hashed bag of words and bigrams) on the
sentences of the real gold set (``tests/gold/real-dev.jsonl``), each labelled with the set of event
types coded in it, and writes it to ``kg/data/event_types.bin.gz`` with its settings in
``kg/data/event_types.json``. ``checked_types`` uses it on the rules' mentions, sentence by
sentence:

- a filter: a mention of a type in ``filter_types`` whose sentence the classifier gives that type
  less than ``keep_at`` is dropped;
- a re-typer: a STATEMENT whose sentence the classifier gives one of ``retype_types`` at least
  ``retype_at`` takes that type.

It is off by default: ``KG_TYPE_CLASSIFIER=1`` in the environment turns it on for a build or
``kg eval`` (worker processes inherit it). ``bench/learned.py`` scores the rules with and without
it.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import os
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kg.extract.refs import RawMention

ENV_SWITCH = "KG_TYPE_CLASSIFIER"
MODEL_FILE = "data/event_types.bin.gz"
SETTINGS_FILE = "data/event_types.json"
STATEMENT = "STATEMENT"
# Types a statement may be re-typed to: what a speaker does by speaking.
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})

# Sentence -> type -> score in [0, 1].
Scorer = Callable[[Sequence[str]], list[dict[str, float]]]


@dataclass(frozen=True)
class TypePolicy:
    """How the classifier's scores change the rules' mentions (thresholds chosen by CV)."""

    keep_at: float | None = None  # filter: drop a mention whose type scores below this
    filter_types: frozenset[str] = frozenset()
    retype_at: float | None = None  # re-typer: a statement takes a speech type scoring this
    retype_types: frozenset[str] = SPEECH_TYPES

    def to_json(self) -> dict[str, Any]:
        return {
            "keep_at": self.keep_at,
            "filter_types": sorted(self.filter_types),
            "retype_at": self.retype_at,
            "retype_types": sorted(self.retype_types),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TypePolicy:
        return cls(
            keep_at=data.get("keep_at"),
            filter_types=frozenset(data.get("filter_types", ())),
            retype_at=data.get("retype_at"),
            retype_types=frozenset(data.get("retype_types", SPEECH_TYPES)),
        )


# -- the classifier ----------------------------------------------------------------------------

# "bow": hashed words and bigrams, 2**15 rows (about 1 MB with 17 labels, gzipped far less); its
# scores fall with a sentence's length (every word pushes most labels down). "reduce": the mean
# and max of the vectors of the spaCy model's own tok2vec (loaded from the installed model, frozen,
# not shipped) under one linear layer: only that layer is package data.
ARCHITECTURES: dict[str, dict[str, Any]] = {
    "bow": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 2**15,
    },
    "reduce": {
        "@architectures": "spacy.TextCatReduce.v1",
        "exclusive_classes": False,
        "use_reduce_first": False,
        "use_reduce_last": False,
        "use_reduce_max": True,
        "use_reduce_mean": True,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"},
    },
}
TEXTCAT = "textcat_multilabel"
TOK2VEC = "tok2vec"


@dataclass(frozen=True)
class TrainSettings:
    """What a training run is made of; saved beside the model so it loads the same pipeline."""

    labels: tuple[str, ...]
    architecture: str = "reduce"
    epochs: int = 200
    batch: int = 8
    dropout: float = 0.2
    seed: int = 13
    policy: TypePolicy = field(default_factory=TypePolicy)

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "architecture": self.architecture,
            "epochs": self.epochs,
            "batch": self.batch,
            "dropout": self.dropout,
            "seed": self.seed,
            "policy": self.policy.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TrainSettings:
        return cls(
            labels=tuple(data["labels"]),
            architecture=data["architecture"],
            epochs=data["epochs"],
            batch=data["batch"],
            dropout=data["dropout"],
            seed=data["seed"],
            policy=TypePolicy.from_json(data.get("policy", {})),
        )


def _uses_tok2vec(settings: TrainSettings) -> bool:
    return "tok2vec" in ARCHITECTURES[settings.architecture]


def blank_classifier(settings: TrainSettings) -> Any:
    """An English pipeline with an untrained ``textcat_multilabel`` of ``settings`` (after the
    spaCy model's own tok2vec, for an architecture that reads it: loaded from the installed
    model, nothing downloaded)."""
    import spacy

    from kg.nlp import DEFAULT_MODEL

    if _uses_tok2vec(settings):
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(DEFAULT_MODEL))
        others = [name for name in meta.get("components", []) if name != TOK2VEC]
        nlp = spacy.load(DEFAULT_MODEL, exclude=others)
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe(TEXTCAT, config={"model": ARCHITECTURES[settings.architecture]})
    return nlp


def train_classifier(
    sentences: Sequence[tuple[str, frozenset[str]]], settings: TrainSettings
) -> Any:
    """A ``textcat_multilabel`` trained on ``(sentence, types coded in it)``; deterministic for a
    seed (spaCy's and Python's random seeded, batches shuffled by the seed). A tok2vec before it
    stays as the spaCy model trained it: it only annotates the sentences once."""
    from spacy.training import Example
    from thinc.api import fix_random_seed

    fix_random_seed(settings.seed)
    nlp = blank_classifier(settings)
    textcat = nlp.get_pipe(TEXTCAT)
    for label in settings.labels:
        textcat.add_label(label)
    labels = settings.labels
    frozen = [name for name in nlp.pipe_names if name != TEXTCAT]
    with nlp.select_pipes(disable=[TEXTCAT]):
        docs = list(nlp.pipe(text for text, _ in sentences))
    examples = [
        Example.from_dict(doc, {"cats": {label: float(label in types) for label in labels}})
        for doc, (_, types) in zip(docs, sentences, strict=True)
    ]
    textcat.initialize(lambda: examples, nlp=nlp)
    optimizer = nlp.create_optimizer()
    order = random.Random(settings.seed)
    for _ in range(settings.epochs):
        shuffled = list(examples)
        order.shuffle(shuffled)
        for start in range(0, len(shuffled), settings.batch):
            batch = shuffled[start : start + settings.batch]
            nlp.update(batch, sgd=optimizer, drop=settings.dropout, exclude=frozen)
    return nlp


def scorer_of(nlp: Any) -> Scorer:
    """Score sentences with the trained pipeline ``nlp``."""

    def scores(texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(doc.cats) for doc in nlp.pipe(texts)]

    return scores


def classifier_bytes(nlp: Any) -> bytes:
    """The trained text classifier as gzipped bytes (not the tok2vec it reads, which is the
    spaCy model's; no timestamp: the same training, the same file)."""
    return gzip.compress(nlp.get_pipe(TEXTCAT).to_bytes(exclude=["vocab"]), mtime=0)


def classifier_from_bytes(data: bytes, settings: TrainSettings) -> Any:
    nlp = blank_classifier(settings)
    nlp.get_pipe(TEXTCAT).from_bytes(gzip.decompress(data), exclude=["vocab"])
    return nlp


@functools.cache
def shipped_settings() -> TrainSettings:
    text = importlib.resources.files("kg").joinpath(SETTINGS_FILE).read_text("utf-8")
    return TrainSettings.from_json(json.loads(text))


@functools.cache
def shipped_scorer() -> Scorer:
    """The classifier shipped in ``kg/data`` (loaded once per process)."""
    data = importlib.resources.files("kg").joinpath(MODEL_FILE).read_bytes()
    return scorer_of(classifier_from_bytes(data, shipped_settings()))


# -- the hook ------------------------------------------------------------------------------------


def checked_types(
    raws: Iterable[RawMention], scorer: Scorer, policy: TypePolicy
) -> list[RawMention]:
    """The rules' mentions, filtered and re-typed by the classifier's scores of their sentences."""
    raws = list(raws)
    sentences = sorted({raw.sentence for raw in raws})
    scores = dict(zip(sentences, scorer(sentences), strict=True)) if sentences else {}
    checked = []
    for raw in raws:
        kept = checked_type(raw, scores[raw.sentence], policy)
        if kept is not None:
            checked.append(kept)
    return checked


def checked_type(
    raw: RawMention, scores: dict[str, float], policy: TypePolicy
) -> RawMention | None:
    """One mention under ``policy``: kept, dropped (None) or re-typed."""
    if raw.type == STATEMENT and policy.retype_at is not None:
        best = max(policy.retype_types, key=lambda t: (scores.get(t, 0.0), t), default=None)
        top = scores.get(best, 0.0) if best is not None else 0.0
        if best is not None and top >= policy.retype_at and top > scores.get(STATEMENT, 0.0):
            return replace(raw, type=best, cameo=None, rule=f"{raw.rule}+learned type")
    if (
        policy.keep_at is not None
        and raw.type in policy.filter_types
        and scores.get(raw.type, 1.0) < policy.keep_at
    ):
        return None
    return raw


def type_check_from_env() -> Callable[[list[RawMention]], list[RawMention]] | None:
    """The shipped classifier's check when ``KG_TYPE_CLASSIFIER`` is set (not 0), else None."""
    if os.environ.get(ENV_SWITCH, "").strip() in {"", "0"}:
        return None
    scorer, policy = shipped_scorer(), shipped_settings().policy
    return lambda raws: checked_types(raws, scorer, policy)
