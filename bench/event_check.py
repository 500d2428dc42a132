"""The rules alone next to the rules + the learned event check (``kg.event_check``), per gold file.

    .venv/bin/python bench/event_check.py          # real-dev (CV), real-heldout, dev, PLOVER
    .venv/bin/python bench/event_check.py --json

Each gold file is scored by ``kg.eval.evaluate`` twice: with ``KG_EVENT_CHECK=0`` (the rules
alone) and with the shipped check, as ``kg eval`` scores it. The shipped check is trained on
real-dev, so there its column is the cross-validated figure instead (each article checked by a
model trained on the other folds, ``tools/train_event_check.py``'s CV). real-heldout is the
figure the check is judged by; dev.jsonl's and PLOVER's documents are one to three sentences,
which the check leaves alone (``min_sentences``), so their two columns should be equal. Columns:
precision, recall and event F1 by name, and F1 by country code.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.eval import Scores, evaluate, read_gold
from kg.event_check import ENV_SWITCH, shipped_check

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
PLOVER_GOLD = ROOT.parent / "shared" / "gold" / "plover-gsr.jsonl"


def _trainer() -> ModuleType:
    """``tools/train_event_check.py``, which holds the CV machinery."""
    path = ROOT / "tools" / "train_event_check.py"
    spec = importlib.util.spec_from_file_location("train_event_check", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_check"] = module
    spec.loader.exec_module(module)
    return module


def _figures(scores: Scores) -> dict[str, Any]:
    assert scores.country is not None
    country = scores.country
    return {
        "precision": round(scores.precision, 3),
        "recall": round(scores.recall, 3),
        "f1": round(scores.f1, 3),
        "predicted": scores.predicted,
        "correct": scores.correct,
        "country_f1": round(country.f1, 3),
    }


def _evaluated(path: Path, switch: str) -> Scores:
    before = os.environ.get(ENV_SWITCH)
    os.environ[ENV_SWITCH] = switch
    try:
        return evaluate(read_gold(path))
    finally:
        if before is None:
            del os.environ[ENV_SWITCH]
        else:
            os.environ[ENV_SWITCH] = before


def _cross_validated(path: Path) -> Scores:
    trainer = _trainer()
    gold = read_gold(path)
    documents = trainer.resolved_gold(gold)
    return trainer.cross_validated(gold, documents, shipped_check().keep_at, trainer.L2, 5, 13)


def compare(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        print(f"{path.name}: scoring the rules alone and checked", file=sys.stderr)
        rules = _figures(_evaluated(path, "0"))
        if path.name == "real-dev.jsonl":
            checked, how = _figures(_cross_validated(path)), "5-fold CV"
        else:
            checked, how = _figures(_evaluated(path, "1")), "shipped"
        rows.append({"gold": path.name, "check": how, "rules": rules, "checked": checked})
    return rows


def _cell(figures: dict[str, Any]) -> str:
    text = f"{figures['precision']:.3f} {figures['recall']:.3f} {figures['f1']:.3f}"
    return text + f"  ctry {figures['country_f1']:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: the four)")
    args = parser.parse_args()
    paths = args.gold or [
        GOLD / "real-dev.jsonl",
        GOLD / "real-heldout.jsonl",
        GOLD / "dev.jsonl",
        *([PLOVER_GOLD] if PLOVER_GOLD.exists() else []),
    ]
    rows = compare(paths)
    if args.json:
        print(json.dumps({"keep_at": shipped_check().keep_at, "results": rows}, indent=1))
        return
    header = ("gold", "check", "rules: P R F1", "rules + check: P R F1", "dF1")
    print(f"{header[0]:22s} {header[1]:10s} {header[2]:30s} {header[3]:30s} {header[4]}")
    for row in rows:
        delta = row["checked"]["f1"] - row["rules"]["f1"]
        print(
            f"{row['gold']:22s} {row['check']:10s} {_cell(row['rules']):30s} "
            f"{_cell(row['checked']):30s} {delta:+.3f}"
        )


if __name__ == "__main__":
    main()
