"""What the project may not hold: PLOVER's coded sentences are measured against from outside
(``../shared/gold/plover-gsr.jsonl``, read by ``kg eval`` and ``bench/quality.py``), never copied
into the project's code, tests, data or documents.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLOVER_GOLD = ROOT.parent / "shared" / "gold" / "plover-gsr.jsonl"
SHINGLE = 10  # words in a row that a quotation shares with its source (a phrase, not a name)
PROJECT_PARTS = ("kg", "tests", "bench", "tools", "ontologies", "data", "README.md")
TEXT_SUFFIXES = {".py", ".md", ".tsv", ".txt", ".json", ".jsonl", ".ttl", ".rq", ".html", ""}


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def project_files() -> list[Path]:
    found = []
    for part in PROJECT_PARTS:
        path = ROOT / part
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        found += [p for p in candidates if p.is_file() and p.suffix in TEXT_SUFFIXES]
    return found


@pytest.mark.skipif(not PLOVER_GOLD.exists(), reason="PLOVER gold not on this machine")
def test_no_plover_sentence_is_quoted_in_the_project() -> None:
    plover: set[tuple[str, ...]] = set()
    for line in PLOVER_GOLD.read_text(encoding="utf-8").splitlines():
        plover |= shingles(json.loads(line)["text"])
    quoting = [
        str(path.relative_to(ROOT))
        for path in project_files()
        if shingles(path.read_text(encoding="utf-8", errors="replace")) & plover
    ]
    assert quoting == []
