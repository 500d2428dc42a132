"""SHACL validation: does a graph have the shape that kg writes?

The shapes are ``ontologies/shapes.ttl``, shipped in the package as ``kg/data/shapes.ttl`` (a copy
that the tests keep identical). They are self-contained: every class they target is stated on the
nodes themselves, so pyshacl runs without an ontology and without inference.

>>> from kg.rdf import events_graph
>>> validate_graph(events_graph([])).conforms
True
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyshacl
from rdflib import RDF, Graph, Namespace
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf import PREFIXES

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES_RESOURCE = "data/shapes.ttl"
DEFAULT_LIMIT = 5  # violations listed by default for each property; the summary counts them all
_VALUE_WIDTH = 60  # characters of an offending value shown
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_PREFIXES = {**PREFIXES, "sh": SH}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node breaks which constraint on which property, and how badly."""

    focus: str  # the node that does not conform (an IRI, or a literal's text)
    path: str | None  # the property whose values broke the constraint
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    constraint: str  # the SHACL component, without its namespace: "MinCount", "Datatype", ...
    value: str | None = None  # the offending value, where there is one


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def load_shapes(path: Path | None = None) -> Graph:
    """kg's shapes (from the package), or the SHACL shapes in the Turtle file ``path``."""
    if path is None:
        text = resources.files("kg").joinpath(SHAPES_RESOURCE).read_text(encoding="utf-8")
        return Graph().parse(data=text, format="turtle")
    if not path.is_file():
        raise KgError("E701", f"{path}: no such shapes file")
    try:
        return Graph().parse(source=str(path), format="turtle")
    except (SyntaxError, ValueError, OSError, UnicodeDecodeError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise KgError("E702", f"{path}: shapes are not valid Turtle: {first_line}") from error


def validate_graph(graph: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Check ``graph`` against ``shapes`` (kg's own by default) and collect the violations."""
    with _quiet_literal_warnings():
        conforms, results, _ = pyshacl.validate(
            graph,
            shacl_graph=shapes if shapes is not None else load_shapes(),
            inference="none",
            advanced=False,
        )
        violations = tuple(sorted(_violations(results), key=_reading_order))
    return ValidationReport(conforms=bool(conforms), violations=violations)


@contextmanager
def _quiet_literal_warnings() -> Iterator[None]:
    """Silence rdflib's logged traceback for each ill-typed literal: the report names them."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _violations(results: Graph) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        yield Violation(
            focus=str(results.value(result, SH.focusNode)),
            path=None if path is None else str(path),
            message="; ".join(messages) or "does not conform",
            severity=_local_name(results.value(result, SH.resultSeverity)),
            constraint=_local_name(
                results.value(result, SH.sourceConstraintComponent)
            ).removesuffix("ConstraintComponent"),
            value=None if value is None else str(value),
        )


def _local_name(node: Node | None) -> str:
    return "" if node is None else str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _reading_order(violation: Violation) -> tuple[str, int, str, str]:
    """By property, then the most severe first, then by node."""
    severity = _SEVERITY_ORDER.get(violation.severity, len(_SEVERITY_ORDER))
    return _shown_path(violation), severity, violation.focus, violation.constraint


# -- the readable report --------------------------------------------------------------------------


def compact(iri: str) -> str:
    """An IRI with a known prefix: ``https://w3id.org/kg/id/event/ab12`` -> ``kg:event/ab12``."""
    for prefix, namespace in _PREFIXES.items():
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri


def report_lines(report: ValidationReport, *, limit: int | None = DEFAULT_LIMIT) -> Iterator[str]:
    """The report as lines: "conforms", or a summary by property then one line per violation.

    Violations are grouped by property; at most ``limit`` of each group are listed (None or 0:
    all), followed by how many were left out, so that every kind of problem shows.
    """
    if report.conforms:
        yield "conforms"
        return
    yield _summary(report.violations)
    for path, group in itertools.groupby(report.violations, key=_shown_path):
        violations = list(group)
        shown = violations if not limit else violations[:limit]
        yield from (violation_line(violation) for violation in shown)
        if len(shown) < len(violations):
            more = len(violations) - len(shown)
            yield f"... and {more} more on {path} (--limit 0 lists them all)"


def _shown_path(violation: Violation) -> str:
    return compact(violation.path) if violation.path else "-"


def _summary(violations: tuple[Violation, ...]) -> str:
    by_path = Counter(_shown_path(v) for v in violations)
    counts = ", ".join(f"{path} {count}" for path, count in sorted(by_path.items()))
    noun = "result" if len(violations) == 1 else "results"
    return f"does not conform: {len(violations)} {noun} ({counts})"


def violation_line(violation: Violation) -> str:
    """One violation on one line: severity, focus node, path, message, constraint and value."""
    line = f"{violation.severity}: {compact(violation.focus)} {_shown_path(violation)}: "
    line += " ".join(violation.message.split())  # other shapes' messages may span lines
    line += f" [{violation.constraint}]"
    if violation.value is not None:
        line += f" value: {_shown_value(violation.value)}"
    return line


def _shown_value(value: str) -> str:
    """A value on one line and not too long: article text may hold anything."""
    text = compact(" ".join(value.split()))
    if len(text) > _VALUE_WIDTH:
        text = text[: _VALUE_WIDTH - 1] + "…"
    return repr(text)
