"""An unexpected error on one input, or a dependency missing at run time, is one line naming the
input; the build goes on with the others and exits 3. Each runs a real ``kg build`` in a fresh
interpreter, with the fault put in before the command starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import EXIT_SKIPPED

GOOD = "Russian President Vladimir Putin met South Korean President Moon Jae-in in Vladivostok.\n"
BAD = "Boom. Iran condemned Israel on Monday.\n"

# Extraction fails on any paragraph that starts with "Boom".
EXTRACTION_FAULT = """
import kg.mentions
real = kg.mentions.extract_mentions
def extract_mentions(doc):
    if doc.text.startswith("Boom"):
        raise RuntimeError("boom in the rules")
    return real(doc)
kg.mentions.extract_mentions = extract_mentions
"""
# trafilatura (which reads HTML) cannot be imported, as when pip left it out.
MISSING_MODULE = "import sys; sys.modules['trafilatura'] = None"


def kg_build(fault: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    program = f"{fault}\nfrom kg.cli import app\napp()"
    return subprocess.run(
        [sys.executable, "-c", program, "build", *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.model
def test_an_error_in_one_document_is_one_line_and_the_build_goes_on(tmp_path: Path) -> None:
    bad, good = tmp_path / "a-bad.txt", tmp_path / "b-good.txt"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    graph = tmp_path / "graph.ttl"
    done = kg_build(EXTRACTION_FAULT, str(tmp_path), "-o", str(graph))
    assert done.returncode == EXIT_SKIPPED, done.stderr
    assert done.stderr.splitlines() == [
        f"skipped: {bad}: failed: RuntimeError: boom in the rules",
        f"1 documents, 1 events -> {graph}; 1 inputs skipped",
    ]
    assert "Moon Jae-in" in graph.read_text(encoding="utf-8")

    debug = kg_build(EXTRACTION_FAULT, str(tmp_path), "-o", str(graph), "--debug")
    assert debug.returncode == EXIT_SKIPPED
    assert "Traceback (most recent call last)" in debug.stderr
    assert "in extract_mentions" in debug.stderr  # the frame that raised


@pytest.mark.model
def test_a_missing_dependency_is_named_with_the_pip_command(tmp_path: Path) -> None:
    page, text = tmp_path / "page.html", tmp_path / "story.txt"
    page.write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    text.write_text(GOOD, encoding="utf-8")
    graph = tmp_path / "graph.ttl"
    done = kg_build(MISSING_MODULE, str(page), str(text), "-o", str(graph))
    assert done.returncode == EXIT_SKIPPED, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"skipped: {page}: failed: ModuleNotFoundError: import of trafilatura halted; None in "
        "sys.modules; install it with: pip install trafilatura"
    )
    assert "Traceback" not in done.stderr
    assert graph.is_file()
