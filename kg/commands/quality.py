"""kg commands: quality (registered on kg.commands.common.app on import): ``kg eval``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.commands.common import OutputFormat, app, fail, print_table
from kg.errors import KgError
from kg.nlp import DEFAULT_MODEL

if TYPE_CHECKING:
    from kg.eval import GoldSet, Scores

# How many misses and false alarms the table shows (--format json lists them all).
SHOWN_ERRORS = 25
COMPARISON_HEADERS = [
    "gold file",
    "documents",
    "gold",
    "predicted",
    "precision",
    "recall",
    "F1",
    "date accuracy",
    "country F1",
]


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path],
        typer.Argument(help="Gold events, JSON Lines (kg or PLOVER format); one or more files."),
    ],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table or json (csv is refused).")
    ] = OutputFormat.table,
    model: Annotated[str, typer.Option(help="spaCy pipeline to load.")] = DEFAULT_MODEL,
    show: Annotated[
        int, typer.Option(help="Misses and false alarms listed in the table, each.")
    ] = SHOWN_ERRORS,
) -> None:
    """Precision, recall and F1 of kg's events against gold events, with misses and false alarms.

    Several gold files (the real gold's dev and held-out parts, say) are scored each on their
    own and compared in one table at the end. Each is also scored by the country protocol:
    participants matched by their gold country codes alone.

    Example: kg eval tests/gold/real-dev.jsonl tests/gold/real-heldout.jsonl
    """
    from kg.eval import evaluate, read_gold

    scored: list[tuple[Path, GoldSet, Scores]] = []
    try:
        if format is OutputFormat.csv:
            raise KgError("E809", "kg eval prints a table or JSON: use --format table or json")
        for path in gold:
            gold_set = read_gold(path)
            scored.append((path, gold_set, evaluate(gold_set, model=model)))
    except KgError as error:
        raise fail(error) from error
    if format is OutputFormat.json:
        for path, gold_set, scores in scored:
            record = {"gold_file": str(path), "format": gold_set.format, **scores.to_json()}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    _print_reports(scored, show)


def _print_reports(scored: list[tuple[Path, GoldSet, Scores]], show: int) -> None:
    from kg.eval import report_rows

    for path, _gold_set, scores in scored:
        for title, headers, rows in report_rows(scores, shown=show):
            print_table(headers, rows, f"{path}: {title}" if len(scored) > 1 else title)
    if len(scored) > 1:
        rows = [_comparison_row(path, scores) for path, _gold_set, scores in scored]
        print_table(COMPARISON_HEADERS, rows, "Gold files compared")


def _comparison_row(path: Path, scores: Scores) -> list[str]:
    country = scores.country.f1 if scores.country is not None else 0.0
    return [
        str(path),
        str(scores.documents),
        str(scores.gold),
        str(scores.predicted),
        f"{scores.precision:.3f}",
        f"{scores.recall:.3f}",
        f"{scores.f1:.3f}",
        f"{scores.date_accuracy:.3f}",
        f"{country:.3f}",
    ]
