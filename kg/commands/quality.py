"""kg commands: quality (registered on kg.cli.app on import): ``kg eval``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import OutputFormat, _print_table, app, fail
from kg.errors import KgError
from kg.nlp import DEFAULT_MODEL

# How many misses and false alarms the table shows (--format json lists them all).
SHOWN_ERRORS = 25


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON Lines (kg or PLOVER format).")],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table or json (csv: as table).")
    ] = OutputFormat.table,
    model: Annotated[str, typer.Option(help="spaCy pipeline to load.")] = DEFAULT_MODEL,
    show: Annotated[
        int, typer.Option(help="Misses and false alarms listed in the table, each.")
    ] = SHOWN_ERRORS,
) -> None:
    """Precision, recall and F1 of kg's events against gold events, with misses and false alarms.

    Example: kg eval tests/gold/dev.jsonl
    """
    from kg.eval import evaluate, read_gold, report_rows

    try:
        gold_set = read_gold(gold)
        scores = evaluate(gold_set, model=model)
    except KgError as error:
        raise fail(error) from error
    if format is OutputFormat.json:
        record = {"gold_file": str(gold), "format": gold_set.format, **scores.to_json()}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    for title, headers, rows in report_rows(scores, shown=show):
        _print_table(headers, rows, title)
