"""A learned check of the rules' events: how likely a resolved mention is an event a coder codes.

The rules are tuned on the real gold's dev articles, and on articles they have not seen their
precision is much lower (about .50 against .71). ``tools/train_event_check.py`` trains a logistic
regression on the resolved mentions kg finds in ``tests/gold/real-dev.jsonl``, each labelled by
whether it matches a coded event, over features of the mention as kg resolved it: its type and
the rules that found it, the kinds and countries of its actor and target, its action, where its
date came from, how often the article repeats it, where in the article and how long its sentence
is, and how many other events the sentence holds. A mention whose probability falls below
``keep_at`` is dropped before mentions are merged into events.

It checks articles only: a document of at least ``min_sentences`` sentences. The features that
carry most (how often an event recurs, where in the text it is told) mean nothing in a one- or
two-sentence text, and on such texts (``tests/gold/dev.jsonl``, PLOVER's records) the check would
only cost recall.

It is on by default, because it scores better on the held-out real gold (the decision the real
gold's split exists for; ``bench/event_check.py`` prints both); ``KG_EVENT_CHECK=0`` in the
environment turns it off for a build or ``kg eval`` (worker processes inherit it).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from kg.records import EventMention

ENV_SWITCH = "KG_EVENT_CHECK"
MODEL_FILE = "data/event_check.json"
STATEMENT = "STATEMENT"
QUOTE_MARKS = '\u201c\u201d"'
# Bucket edges: a value goes to the first bucket whose edge it does not pass.
CONFIDENCE_EDGES = (0.5, 0.65, 0.75, 0.85)
REPEAT_EDGES = (1, 2)
SENTENCE_WORD_EDGES = (12, 20, 30, 45)
POSITION_EDGES = (0.05, 0.2, 0.4, 0.7)  # the share of the text before the sentence
SENTENCE_EVENT_EDGES = (1, 2, 3, 5)


def bucket(value: float, edges: Sequence[float]) -> int:
    """The index of the first of ``edges`` that ``value`` does not pass (``len(edges)``: none)."""
    for index, edge in enumerate(edges):
        if value <= edge:
            return index
    return len(edges)


def _identity(mention: EventMention) -> tuple[str, str, str | None]:
    return (mention.type, mention.actor.id, mention.target.id if mention.target else None)


def _rules(mention: EventMention) -> list[str]:
    """The names of the rules that found ``mention`` ("active+objects" is two)."""
    names = mention.mention.rule.replace(",", "+").split("+")
    return sorted({name for name in names if name})


def _participant_features(mention: EventMention) -> list[str]:
    actor, target, kind = mention.actor, mention.target, mention.type
    actor_has_country = actor.country is not None
    target_kind = target.kind if target else "none"
    return [
        f"actor kind={actor.kind}",
        f"actor kind*country={actor.kind}*{actor_has_country}",
        f"actor has country={actor_has_country}",
        f"target kind={target_kind}",
        f"target has country={target.country is not None if target else 'none'}",
        f"type*actor kind={kind}*{actor.kind}",
        f"type*no target={kind}*{target is None}",
        f"same country={bool(target and actor.country and actor.country == target.country)}",
    ]


def _context_features(
    mention: EventMention, sentence_mates: Sequence[EventMention], repeats: int, text_length: int
) -> list[str]:
    sentence = mention.mention.sentence
    position = mention.mention.start / max(text_length, 1)
    features = [
        f"repeats={bucket(repeats, REPEAT_EDGES)}",
        f"quoted={any(mark in sentence for mark in QUOTE_MARKS)}",
        f"sentence words={bucket(len(sentence.split()), SENTENCE_WORD_EDGES)}",
        f"position={bucket(position, POSITION_EDGES)}",
        f"sentence events={bucket(len(sentence_mates), SENTENCE_EVENT_EDGES)}",
    ]
    if mention.type == STATEMENT:
        sharper = any(
            m.type != STATEMENT and m.actor.id == mention.actor.id for m in sentence_mates
        )
        features.append(f"statement beside a sharper act={sharper}")
    return features


def document_features(mentions: Sequence[EventMention], text_length: int) -> list[list[str]]:
    """The features of each of a document's resolved ``mentions``, in order (in time linear in
    their number: repeats and sentence mates are counted once for all)."""
    told = Counter(_identity(m) for m in mentions)
    by_sentence: dict[int, list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.mention.start, []).append(m)
    return [
        _own_features(m)
        + _context_features(m, by_sentence[m.mention.start], told[_identity(m)], text_length)
        for m in mentions
    ]


def _own_features(mention: EventMention) -> list[str]:
    rules = _rules(mention)
    return [
        f"type={mention.type}",
        f"action={mention.action}",
        f"type*first rule={mention.type}*{rules[0] if rules else ''}",
        f"date source={mention.date_source}",
        f"dated={mention.date is not None}",
        f"confidence={bucket(mention.mention.confidence, CONFIDENCE_EDGES)}",
        *(f"rule={name}" for name in rules),
        *_participant_features(mention),
    ]


@dataclass(frozen=True)
class EventCheck:
    """A logistic regression over mention features, with the policy that uses it."""

    weights: dict[str, float]
    bias: float
    keep_at: float  # a mention less likely than this to be a coded event is dropped
    min_sentences: int  # documents shorter than this are not checked

    def probability(self, features: Iterable[str]) -> float:
        total = self.bias + sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-total))

    def keeps(self, features: Iterable[str]) -> bool:
        """Whether a mention of these features is likely enough to be a coded event."""
        return self.probability(features) >= self.keep_at

    def checked(
        self, mentions: Sequence[EventMention], text_length: int, sentences: int
    ) -> list[EventMention]:
        """``mentions`` of a document of ``sentences`` sentences, without the unlikely ones."""
        if sentences < self.min_sentences:
            return list(mentions)
        features = document_features(mentions, text_length)
        return [m for m, names in zip(mentions, features, strict=True) if self.keeps(names)]

    def to_json(self) -> dict[str, Any]:
        return {
            "keep_at": self.keep_at,
            "min_sentences": self.min_sentences,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventCheck:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            keep_at=float(data["keep_at"]),
            min_sentences=int(data["min_sentences"]),
        )


def train(
    rows: Sequence[Sequence[str]],
    labels: Sequence[bool],
    *,
    l2: float = 5.0,
    steps: int = 300,
    rate: float = 2.0,
) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression on ``rows`` (feature names) and ``labels``, by
    full-batch gradient descent from zero with an L2 penalty: deterministic for the same data."""
    vocabulary = {name: i for i, name in enumerate(sorted({n for row in rows for n in row}))}
    matrix = np.zeros((len(rows), len(vocabulary)))
    for i, row in enumerate(rows):
        for name in row:
            matrix[i, vocabulary[name]] = 1.0
    truth = np.array(labels, dtype=float)
    weights, bias, size = np.zeros(len(vocabulary)), 0.0, max(len(rows), 1)
    for _ in range(steps):
        error = 1.0 / (1.0 + np.exp(-(matrix @ weights + bias))) - truth
        weights -= rate * (matrix.T @ error / size + l2 * weights / size)
        bias -= rate * float(error.mean())
    return {name: round(float(weights[i]), 4) for name, i in vocabulary.items()}, round(bias, 4)


@functools.lru_cache(maxsize=1)
def shipped_check() -> EventCheck:
    """The check trained by ``tools/train_event_check.py``, from the package data."""
    text = importlib.resources.files("kg").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return EventCheck.from_json(json.loads(text))


def event_check_from_env() -> EventCheck | None:
    """The shipped check, unless ``KG_EVENT_CHECK`` is 0 (or "off", "no", "false")."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in {"0", "off", "no", "false"}:
        return None
    return shipped_check()
