"""Train the learned event-type check (``kg.learned``) from the real gold, thresholds chosen by CV.

Each sentence of ``tests/gold/real-dev.jsonl`` (cut by the splitter the gold was coded on,
``tools/gold_leads.py``: the gold's ``sentence`` is an index into it) is a training example,
labelled with the set of event types coded in it (none: a negative). Single-sentence documents
of ``--extra`` gold files (``tests/gold/dev.jsonl``) may be added. ``real-heldout.jsonl`` is never
read here.

The thresholds of the filter and the re-typer are chosen by ``--folds``-fold cross-validation on
real-dev, by article: each fold's sentences are scored by a classifier trained on the other folds,
kg's rules run once on every article, and each candidate policy is scored by ``kg.eval.score``
(event F1) on the rules' mentions so checked. The best policy that changes something (even when
no check at all scores better: the switch is off by default) and a classifier trained on all of
real-dev go to ``kg/data/event_types.bin.gz`` and ``kg/data/event_types.json``.

Example:
    .venv/bin/python tools/train_types.py                 # CV, then train and write kg/data/
    .venv/bin/python tools/train_types.py --no-write      # only print the CV figures
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from gold_leads import sentences  # noqa: E402

from kg.eval import GoldDocument, GoldSet, Scores, as_document, read_gold, score  # noqa: E402
from kg.extract import RawMention  # noqa: E402
from kg.learned import (  # noqa: E402
    MODEL_FILE,
    SETTINGS_FILE,
    SPEECH_TYPES,
    STATEMENT,
    Scorer,
    TrainSettings,
    TypePolicy,
    checked_types,
    classifier_bytes,
    scorer_of,
    train_classifier,
)
from kg.mentions import extracted, parsed_documents  # noqa: E402
from kg.nlp import DEFAULT_MODEL  # noqa: E402
from kg.records import EVENT_TYPES, Event  # noqa: E402
from kg.resolve import events_of, resolve_document  # noqa: E402

REAL_DEV = ROOT / "tests" / "gold" / "real-dev.jsonl"
DATA = ROOT / "kg"
LABELS = tuple(EVENT_TYPES)
NON_STATEMENT = frozenset(t for t in LABELS if t != STATEMENT)
# The candidate policies: filter thresholds, what they filter, re-typer thresholds.
KEEP_AT = (None, 0.02, 0.05, 0.1, 0.2, 0.3)
FILTERED = (NON_STATEMENT, frozenset(LABELS))
RETYPE_AT = (None, 0.2, 0.35, 0.5)

Sentence = tuple[str, frozenset[str]]


# -- training examples from the gold ---------------------------------------------------------


def gold_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def labelled_sentences(row: dict[str, Any]) -> list[Sentence]:
    """The sentences of one real-gold article, each with the types coded in it."""
    cut = sentences(row["text"])
    types: list[set[str]] = [set() for _ in cut]
    for event in row["events"]:
        types[event["sentence"]].add(event["type"])
    return [(text, frozenset(found)) for text, found in zip(cut, types, strict=True)]


def extra_sentences(rows: Iterable[dict[str, Any]]) -> list[Sentence]:
    """Sentences of gold without sentence indices: a one-sentence document with its types, and
    each sentence of a document with no event as a negative."""
    found = []
    for row in rows:
        cut = sentences(row["text"])
        if len(cut) == 1:
            found.append((cut[0], frozenset(e["type"] for e in row["events"])))
        elif not row["events"]:
            found.extend((text, frozenset()) for text in cut)
    return found


def article_folds(ids: Sequence[str], folds: int, seed: int) -> list[list[str]]:
    """``ids`` shuffled by ``seed`` and dealt into ``folds`` folds."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return [shuffled[i::folds] for i in range(folds)]


# -- the rules run once, checked under many policies -------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """One gold document with what kg's rules found in it, before resolution."""

    gold: GoldDocument
    raws: list[RawMention]
    named: list[Any]
    affiliations: list[Any]


def extract_gold(gold: GoldSet, model: str = DEFAULT_MODEL) -> list[Extracted]:
    """Run kg's rules on every document of ``gold`` once."""
    documents = [as_document(d) for d in gold.documents]
    parsed = parsed_documents(documents, model=model)
    found = []
    for gold_document, (_, parts) in zip(gold.documents, parsed, strict=True):
        raws, named, affiliations = extracted(parts)
        found.append(Extracted(gold_document, raws, named, affiliations))
    return found


def checked_results(
    runs: Sequence[Extracted], scorer: Scorer | None, policy: TypePolicy
) -> list[tuple[GoldDocument, list[Event]]]:
    """Each gold document with the rules' events, checked by ``scorer`` under ``policy`` (or not:
    ``scorer`` None), resolved and merged as a build does."""
    results = []
    for run in runs:
        raws = checked_types(run.raws, scorer, policy) if scorer else run.raws
        mentions = resolve_document(as_document(run.gold), raws, run.named, run.affiliations)
        results.append((run.gold, events_of(mentions)))
    return results


def scored(
    gold: GoldSet,
    runs: Sequence[Extracted],
    scorer: Scorer | None,
    policy: TypePolicy,
    *,
    by_country: bool = False,
) -> Scores:
    """``kg.eval.score`` of the rules' events, checked by ``scorer`` under ``policy`` (or not)."""
    results = checked_results(runs, scorer, policy)
    return score(results, types=gold.types, per_record=gold.per_record, by_country=by_country)


def table_scorer(table: dict[str, dict[str, float]], fallback: Scorer | None = None) -> Scorer:
    """A scorer that looks sentences up in ``table`` (scores made before)."""

    def scores(texts: Sequence[str]) -> list[dict[str, float]]:
        missing = [t for t in texts if t not in table]
        if missing and fallback is not None:
            table.update(zip(missing, fallback(missing), strict=True))
        return [table[t] for t in texts]

    return scores


def gold_table(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """A perfect sentence classifier: each gold sentence scored 1 for the types coded in it, 0
    for the others (a sentence the gold split does not know scores 1 for every type)."""
    return {
        text: {label: float(label in types) for label in LABELS}
        for row in rows
        for text, types in labelled_sentences(row)
    }


ORACLE_POLICY = TypePolicy(0.5, NON_STATEMENT, 0.5, SPEECH_TYPES)


def oracle_scorer(rows: Iterable[dict[str, Any]]) -> Scorer:
    table = gold_table(rows)
    every = dict.fromkeys(LABELS, 1.0)
    return lambda texts: [table.get(text, every) for text in texts]


def policies() -> Iterator[TypePolicy]:
    for keep_at, filtered, retype_at in itertools.product(KEEP_AT, FILTERED, RETYPE_AT):
        if keep_at is None and filtered != FILTERED[0]:
            continue
        yield TypePolicy(keep_at, filtered if keep_at else frozenset(), retype_at, SPEECH_TYPES)


def ranked_policies(
    gold: GoldSet, runs: Sequence[Extracted], scorer: Scorer
) -> list[tuple[float, TypePolicy]]:
    """The candidate policies by event F1 on ``runs``, best first (ties: the milder first)."""
    ranked = [(scored(gold, runs, scorer, p).f1, -_strength(p), p) for p in policies()]
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(f1, policy) for f1, _, policy in ranked]


def is_active(policy: TypePolicy) -> bool:
    return policy.keep_at is not None or policy.retype_at is not None


def best_policy(
    gold: GoldSet, runs: Sequence[Extracted], scorer: Scorer, *, active: bool = False
) -> TypePolicy:
    """The candidate policy with the best event F1 on ``runs``; with ``active``, the best that
    changes something."""
    ranked = ranked_policies(gold, runs, scorer)
    return next(policy for _, policy in ranked if is_active(policy) or not active)


def _strength(policy: TypePolicy) -> float:
    return (policy.keep_at or 0.0) + (1.0 - (policy.retype_at or 1.0)) + len(policy.filter_types)


@dataclass(frozen=True)
class CrossValidation:
    """Out-of-fold scores of every sentence kg's rules made a mention in, and the folds."""

    table: dict[str, dict[str, float]]
    folds: list[list[str]]


def cross_validate(
    rows: Sequence[dict[str, Any]],
    runs: Sequence[Extracted],
    settings: TrainSettings,
    *,
    folds: int,
    extra: Sequence[Sentence] = (),
) -> CrossValidation:
    """Score each article's mention sentences by a classifier trained on the other folds."""
    by_id = {row["id"]: row for row in rows}
    dealt = article_folds(list(by_id), folds, settings.seed)
    table: dict[str, dict[str, float]] = {}
    for fold in dealt:
        inside = set(fold)
        training = [
            s for i, row in by_id.items() if i not in inside for s in labelled_sentences(row)
        ]
        nlp = train_classifier([*training, *extra], settings)
        texts = sorted({r.sentence for run in runs if run.gold.id in inside for r in run.raws})
        table.update(zip(texts, scorer_of(nlp)(texts), strict=True))
    return CrossValidation(table, dealt)


def nested_scores(
    gold: GoldSet, runs: Sequence[Extracted], cv: CrossValidation
) -> tuple[Scores, list[TypePolicy]]:
    """Each fold checked under the policy chosen on the other folds: an estimate of the check
    on unseen articles with its thresholds chosen without them."""
    results = []
    chosen = []
    scorer = table_scorer(cv.table)
    for fold in cv.folds:
        inside = set(fold)
        policy = best_policy(gold, [r for r in runs if r.gold.id not in inside], scorer)
        chosen.append(policy)
        for run in runs:
            if run.gold.id in inside:
                raws = checked_types(run.raws, scorer, policy)
                mentions = resolve_document(
                    as_document(run.gold), raws, run.named, run.affiliations
                )
                results.append((run.gold, events_of(mentions)))
    return score(results, types=gold.types, per_record=gold.per_record), chosen


def figures(scores: Scores) -> str:
    return (
        f"P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f} "
        f"({scores.correct}/{scores.predicted} predicted, {scores.found}/{scores.gold} found)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REAL_DEV)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=TrainSettings.epochs)
    parser.add_argument("--architecture", default=TrainSettings.architecture)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--no-write", action="store_true", help="print the CV figures only")
    parser.add_argument("-o", "--output", type=Path, default=DATA, help="the kg package folder")
    args = parser.parse_args(argv)
    if "heldout" in args.gold.name or any("heldout" in p.name for p in args.extra):
        parser.error("the held-out gold is never trained or tuned on")
    settings = TrainSettings(
        labels=LABELS, architecture=args.architecture, epochs=args.epochs, seed=args.seed
    )
    rows = gold_rows(args.gold)
    extra = [s for path in args.extra for s in extra_sentences(gold_rows(path))]
    gold = read_gold(args.gold)
    runs = extract_gold(gold, args.model)
    cv = cross_validate(rows, runs, settings, folds=args.folds, extra=extra)
    scorer = table_scorer(cv.table)
    rules = scored(gold, runs, None, TypePolicy())
    ranked = ranked_policies(gold, runs, scorer)
    policy = next(policy for _, policy in ranked if is_active(policy))
    nested, chosen = nested_scores(gold, runs, cv)
    print(f"rules alone:                   {figures(rules)}")
    print("the best candidate policies on the out-of-fold scores (event F1):")
    for f1, candidate in ranked[:8]:
        print(f"  {f1:.4f} {json.dumps(candidate.to_json())}")
    print(f"best check, CV ({args.folds} folds):   {figures(scored(gold, runs, scorer, policy))}")
    print(f"  (shipped, switched off by default): {json.dumps(policy.to_json())}")
    print(f"rules + check, nested CV:      {figures(nested)}")
    for number, fold_policy in enumerate(chosen):
        print(f"  fold {number}: {json.dumps(fold_policy.to_json())}")
    if args.no_write:
        return
    training = [s for row in rows for s in labelled_sentences(row)]
    nlp = train_classifier([*training, *extra], settings)
    settings = replace(settings, policy=policy)
    (args.output / MODEL_FILE).write_bytes(classifier_bytes(nlp))
    settings_text = json.dumps(settings.to_json(), indent=1) + "\n"
    (args.output / SETTINGS_FILE).write_text(settings_text, encoding="utf-8")
    size = (args.output / MODEL_FILE).stat().st_size
    print(f"wrote {args.output / MODEL_FILE} ({size:,} bytes) and {args.output / SETTINGS_FILE}")


if __name__ == "__main__":
    main()
