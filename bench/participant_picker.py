"""Rules or learning for participants, decided on the held-out real gold (issue 13, item 5).

    .venv/bin/python bench/participant_picker.py              # under a minute
    .venv/bin/python bench/participant_picker.py --json
    .venv/bin/python bench/participant_picker.py --curve     # by the size of the training gold

A learned participant picker: for every asserted event word of the lexicon, every pairing of the
actors its sentence names (``recall_ceiling.every_pairing``: the 6 nearest the word, each with
each other one or no target) is a candidate, and a logistic regression (L2, fitted with L-BFGS)
over its features says whether it is an event a coder codes. The features are what a relation
model reads: the word's lemma, type and part of speech; the dependency path from the actor's noun
and from the target's to the word (labels up to their common head and down, a preposition's
object named by its preposition: ``pobj:against^prep|``), alone and with the type or lemma; the
entity labels and resolved kinds of both; their rank among the nearest; which side of the word
they stand; whether the rules made a mention from the same word.

Each candidate is resolved as a build resolves the rules' mentions (alongside them) and labelled
by whether it matches a gold event of its article (``kg eval``'s matching). Two uses are scored:

- ``picker``: the picker's events alone, each kept when its probability is at least 0.5;
- ``rules + picker``: the rules' events, and beside them the picked candidates the rules do not
  already give (actor, type and target).

On real-dev the picker is scored by 5-fold cross-validation by article (trained on four fifths,
scored on the fifth); on real-heldout it is trained on all of real-dev. The threshold is fixed
beforehand, not tuned. The rules are scored alone (no learned event check). The exit status is 0
whatever the figures: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))

import recall_ceiling

from kg.eval import GoldDocument, as_document, event_matches, read_gold, score
from kg.extract import shift_mention
from kg.mentions import extracted, parsed_documents
from kg.records import Event
from kg.resolve import events_of, resolve_document

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT / "tests" / "gold" / "real-dev.jsonl"
REAL_HELDOUT = ROOT / "tests" / "gold" / "real-heldout.jsonl"
THRESHOLD = 0.5
FOLDS = 5
L2 = 1.0  # inverse strength of the penalty
MAX_PATH = 4  # arcs; longer paths are one feature, "long"
_TAG = re.compile(r"pairing#(\d+)")

EventKey = tuple[str, str, str | None]


@dataclass(frozen=True)
class Candidate:
    """One resolved pairing: its article, features, label, and the event it would add."""

    doc: str
    features: tuple[str, ...]
    coded: bool  # matches a gold event of its article
    event: Event


@dataclass(frozen=True)
class Article:
    gold: GoldDocument
    rules: list[Event]
    candidates: list[Candidate]


def dependency_path(start: Token, word: Token) -> str:
    """The arcs from ``start`` up to the common head of both tokens, then down to ``word``."""
    arcs = recall_ceiling.arcs_to_common_head(start, word)
    if arcs is None:
        return "none"
    up = [_arc(t) for t in [start, *start.ancestors][: arcs[0]]]
    down = [t.dep_ for t in [word, *word.ancestors][: arcs[1]]][::-1]
    if len(up) + len(down) > MAX_PATH:
        return "long"
    return "^".join(up) + "|" + "v".join(down)


def _arc(token: Token) -> str:
    return f"pobj:{token.head.lemma_.lower()}" if token.dep_ == "pobj" else token.dep_


def features(pairing: recall_ceiling.Pairing, by_rules: bool) -> list[str]:
    """What the picker reads of one pairing (before resolution)."""
    word, lemma, kind = pairing.word, pairing.entry.lemma, pairing.entry.type
    actor = dependency_path(pairing.actor_token, word)
    found = [
        "bias",
        f"lemma={lemma}",
        f"type={kind}",
        f"pos={word.pos_}",
        f"actor path={actor}",
        f"type|actor path={kind}|{actor}",
        f"lemma|actor path={lemma}|{actor}",
        f"actor label={pairing.actor.label}",
        f"actor rank={min(pairing.actor_rank, 4)}",
        f"actor before={pairing.actor_token.i < word.i}",
        f"actor qualifies={pairing.actor.is_qualifier}",
        f"rules' word={by_rules}",
    ]
    if pairing.target is None or pairing.target_token is None:
        return [*found, "no target", f"type|no target={kind}"]
    target = dependency_path(pairing.target_token, word)
    return [
        *found,
        f"target path={target}",
        f"type|target path={kind}|{target}",
        f"lemma|target path={lemma}|{target}",
        f"paths={actor}|{target}",
        f"target label={pairing.target.label}",
        f"labels={pairing.actor.label}|{pairing.target.label}",
        f"target rank={min(pairing.target_rank, 4)}",
        f"target before={pairing.target_token.i < word.i}",
        f"target qualifies={pairing.target.is_qualifier}",
    ]


def _key(event: Event) -> EventKey:
    return event.actor.id, event.type, event.target.id if event.target else None


def articles(path: Path) -> list[Article]:
    """Each gold article with the rules' events and its resolved, labelled candidates."""
    gold = read_gold(path)
    found = []
    documents = [as_document(d) for d in gold.documents]
    for gold_document, (document, parts) in zip(
        gold.documents, parsed_documents(documents), strict=True
    ):
        raws, named, affiliations = extracted(parts)
        rules = events_of(resolve_document(document, raws, named, affiliations))
        rules_words = {(m.sentence_start, m.action) for m in raws}
        pairing_features, tagged = [], []
        for doc, at in parts:
            for pairing in recall_ceiling.every_pairing(doc, recall_ceiling.NEAREST):
                by_rules = (pairing.sentence.start_char + at, pairing.entry.lemma) in rules_words
                tagged.append(
                    shift_mention(pairing.mention(f"pairing#{len(pairing_features)}"), at)
                )
                pairing_features.append(features(pairing, by_rules))
        candidates = []
        for mention in resolve_document(document, raws + tagged, named, affiliations):
            tag = _TAG.search(mention.mention.rule)
            if tag is None:
                continue
            event = events_of([mention])[0]
            kinds = (f"actor kind={event.actor.kind}", f"target kind={_kind(event)}")
            candidates.append(
                Candidate(
                    doc=gold_document.id,
                    features=(*pairing_features[int(tag.group(1))], *kinds),
                    coded=any(event_matches(event, coded) for coded in gold_document.events),
                    event=event,
                )
            )
        found.append(Article(gold_document, rules, candidates))
    return found


def _kind(event: Event) -> str:
    return event.target.kind if event.target else "none"


@dataclass(frozen=True)
class Picker:
    index: dict[str, int]
    weights: np.ndarray

    def probabilities(self, candidates: Sequence[Candidate]) -> np.ndarray:
        return 1 / (1 + np.exp(-(_matrix(candidates, self.index) @ self.weights)))


def _matrix(candidates: Sequence[Candidate], index: dict[str, int]) -> csr_matrix:
    columns, starts = [], [0]
    for candidate in candidates:
        columns += sorted({index[f] for f in candidate.features if f in index})
        starts.append(len(columns))
    return csr_matrix((np.ones(len(columns)), columns, starts), shape=(len(candidates), len(index)))


def fit(candidates: Sequence[Candidate]) -> Picker:
    """An L2-penalised logistic regression of ``coded`` on the candidates' features."""
    index: dict[str, int] = {}
    for candidate in candidates:
        for feature in candidate.features:
            index.setdefault(feature, len(index))
    x = _matrix(candidates, index)
    y = np.array([c.coded for c in candidates], dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w)))
        eps = 1e-12
        value = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).sum() + w @ w / (2 * L2)
        return value, x.T @ (p - y) + w / L2

    weights = minimize(loss, np.zeros(len(index)), jac=True, method="L-BFGS-B").x
    return Picker(index, weights)


def picked(candidates: Sequence[Candidate], probabilities: np.ndarray) -> dict[str, list[Event]]:
    """Per article, the events of the candidates kept, each (actor, type, target) once."""
    kept: dict[tuple[str, EventKey], Event] = {}
    for candidate, probability in zip(candidates, probabilities, strict=True):
        if probability >= THRESHOLD:
            kept.setdefault((candidate.doc, _key(candidate.event)), candidate.event)
    events: dict[str, list[Event]] = {}
    for (doc, _), event in kept.items():
        events.setdefault(doc, []).append(event)
    return events


def f1(found: Sequence[Article], events: dict[str, list[Event]], *, with_rules: bool) -> dict:
    results = []
    for article in found:
        added = events.get(article.gold.id, [])
        if with_rules:
            given = {_key(e) for e in article.rules}
            added = [*article.rules, *(e for e in added if _key(e) not in given)]
        results.append((article.gold, added))
    scores = score(results)
    return {
        "precision": round(scores.precision, 3),
        "recall": round(scores.recall, 3),
        "f1": round(scores.f1, 3),
    }


def cross_validated(found: Sequence[Article]) -> dict[str, list[Event]]:
    """Each article's picked events by a picker trained on the other folds."""
    order = [a.gold.id for a in found]
    random.Random(0).shuffle(order)
    events: dict[str, list[Event]] = {}
    for fold in range(FOLDS):
        scored = set(order[fold::FOLDS])
        picker = fit([c for a in found if a.gold.id not in scored for c in a.candidates])
        held = [c for a in found if a.gold.id in scored for c in a.candidates]
        events.update(picked(held, picker.probabilities(held)))
    return events


def table(dev: Sequence[Article], heldout: Sequence[Article]) -> dict[str, dict]:
    picker = fit([c for a in dev for c in a.candidates])
    on_heldout = [c for a in heldout for c in a.candidates]
    heldout_events = picked(on_heldout, picker.probabilities(on_heldout))
    dev_events = cross_validated(dev)
    return {
        "real-dev (picker: 5-fold CV)": {
            "rules": f1(dev, {}, with_rules=True),
            "picker": f1(dev, dev_events, with_rules=False),
            "rules + picker": f1(dev, dev_events, with_rules=True),
        },
        "real-heldout (picker trained on real-dev)": {
            "rules": f1(heldout, {}, with_rules=True),
            "picker": f1(heldout, heldout_events, with_rules=False),
            "rules + picker": f1(heldout, heldout_events, with_rules=True),
        },
    }


def learning_curve(dev: Sequence[Article], heldout: Sequence[Article]) -> dict[str, dict]:
    """Held-out scores of pickers trained on a quarter, half, three quarters and all of real-dev's
    articles (in a seeded random order): whether more gold would help."""
    order = list(dev)
    random.Random(0).shuffle(order)
    on_heldout = [c for a in heldout for c in a.candidates]
    rows = {}
    for quarters in (1, 2, 3, 4):
        trained = order[: len(order) * quarters // 4]
        picker = fit([c for a in trained for c in a.candidates])
        events = picked(on_heldout, picker.probabilities(on_heldout))
        rows[f"picker, {len(trained)} articles"] = f1(heldout, events, with_rules=False)
        rows[f"rules + picker, {len(trained)}"] = f1(heldout, events, with_rules=True)
    return {"real-heldout, by the size of the training gold": rows}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--curve", action="store_true", help="held-out scores by the size of the training gold"
    )
    args = parser.parse_args(argv)
    print("parsing, pairing and resolving real-dev and real-heldout", file=sys.stderr)
    dev, heldout = articles(REAL_DEV), articles(REAL_HELDOUT)
    rows = learning_curve(dev, heldout) if args.curve else table(dev, heldout)
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for gold, columns in rows.items():
        print(gold)
        for name, figures in columns.items():
            print(
                f"  {name:<28} P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
                f"F1 {figures['f1']:.3f}"
            )


if __name__ == "__main__":
    main()
