"""Rules alone next to rules + the learned event-type check (``kg.learned``), side by side.

    .venv/bin/python bench/learned.py            # real-dev (CV), real-heldout, dev.jsonl, PLOVER
    .venv/bin/python bench/learned.py --json

kg's rules run once on every gold document; their mentions are then resolved and scored twice by
``kg.eval.score``: as they are (what ``kg eval`` prints with ``KG_TYPE_CLASSIFIER`` unset), and
checked by the shipped classifier under its shipped policy (what ``KG_TYPE_CLASSIFIER=1 kg eval``
prints). The shipped classifier is trained on real-dev, so on real-dev the second column is the
cross-validated figure instead: each article checked by a classifier trained on the other folds
(``tools/train_types.py``'s folds), under the shipped policy (which was chosen on those
out-of-fold scores), and a third row gives the ceiling of the approach: the check with a perfect
classifier (each sentence scored 1 for the types the gold codes in it, filter and re-typer at
0.5). Each figure is event F1 by name (strict), with precision and recall, and by
country code (the country protocol); PLOVER's also per record.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.eval import GoldSet, Scores, read_gold, score
from kg.learned import TypePolicy, shipped_scorer, shipped_settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
PLOVER_GOLD = ROOT.parent / "shared" / "gold" / "plover-gsr.jsonl"


def _train_types() -> ModuleType:
    """``tools/train_types.py``, which holds the CV machinery."""
    spec = importlib.util.spec_from_file_location("train_types", ROOT / "tools" / "train_types.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_types"] = module
    spec.loader.exec_module(module)
    return module


def _figures(gold: GoldSet, results: list[Any]) -> dict[str, Any]:
    main: Scores = score(results, types=gold.types, per_record=gold.per_record)
    country = score(results, types=gold.types, per_record=gold.per_record, by_country=True)
    found: dict[str, Any] = {
        "precision": round(main.precision, 3),
        "recall": round(main.recall, 3),
        "f1": round(main.f1, 3),
        "predicted": main.predicted,
        "correct": main.correct,
        "found": main.found,
        "gold": main.gold,
        "country_f1": round(country.f1, 3),
    }
    if main.records is not None:
        found["record_f1"] = round(main.records.f1, 3)
    return found


def compare(paths: list[Path], folds: int) -> list[dict[str, Any]]:
    """For each gold file: the rules' figures and the rules + check's."""
    tools = _train_types()
    settings, scorer = shipped_settings(), shipped_scorer()
    policy = settings.policy
    rows = []
    for path in paths:
        gold = read_gold(path)
        print(f"{path.name}: running the rules on {len(gold.documents)} documents", file=sys.stderr)
        runs = tools.extract_gold(gold)
        rules = _figures(gold, tools.checked_results(runs, None, TypePolicy()))
        if path.name == "real-dev.jsonl":
            cv = tools.cross_validate(tools.gold_rows(path), runs, settings, folds=folds)
            check_scorer, how = tools.table_scorer(cv.table), f"{folds}-fold CV"
        else:
            check_scorer, how = scorer, "shipped"
        checked = _figures(gold, tools.checked_results(runs, check_scorer, policy))
        rows.append({"gold": path.name, "classifier": how, "rules": rules, "checked": checked})
        if path.name == "real-dev.jsonl":  # the ceiling: a classifier that knows the gold
            oracle = tools.oracle_scorer(tools.gold_rows(path))
            ceiling = _figures(gold, tools.checked_results(runs, oracle, tools.ORACLE_POLICY))
            rows.append(
                {"gold": path.name, "classifier": "gold types", "rules": rules, "checked": ceiling}
            )
    return rows


def _cell(figures: dict[str, Any]) -> str:
    text = f"{figures['precision']:.3f} {figures['recall']:.3f} {figures['f1']:.3f}"
    text += f"  ctry {figures['country_f1']:.3f}"
    if "record_f1" in figures:
        text += f"  rec {figures['record_f1']:.3f}"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: the four)")
    args = parser.parse_args()
    paths = args.gold or [
        GOLD / "real-dev.jsonl",
        GOLD / "real-heldout.jsonl",
        GOLD / "dev.jsonl",
        *([PLOVER_GOLD] if PLOVER_GOLD.exists() else []),
    ]
    rows = compare(paths, args.folds)
    settings = shipped_settings()
    if args.json:
        print(json.dumps({"settings": settings.to_json(), "results": rows}, indent=1))
        return
    print(f"policy: {json.dumps(settings.policy.to_json())}")
    header = ("gold", "check", "rules: P R F1", "rules + classifier: P R F1", "dF1")
    print(f"{header[0]:22s} {header[1]:10s} {header[2]:42s} {header[3]:42s} {header[4]}")
    for row in rows:
        delta = row["checked"]["f1"] - row["rules"]["f1"]
        print(
            f"{row['gold']:22s} {row['classifier']:10s} {_cell(row['rules']):42s} "
            f"{_cell(row['checked']):42s} {delta:+.3f}"
        )


if __name__ == "__main__":
    main()
