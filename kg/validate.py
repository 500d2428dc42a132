"""SHACL validation: does a graph have the shape that kg writes?

The shapes are ``ontologies/shapes.ttl``, shipped in the package as ``kg/data/shapes.ttl`` (a copy
that the tests keep identical). They are self-contained: every class they target is stated on the
nodes themselves, so pyshacl runs without an ontology and without inference.

A large graph is not given to pyshacl whole (its time grows faster than the graph): kg's shapes
look only at a node, its own statements and the classes of their values, so ``validate_dataset``
validates the nodes the shapes target a batch at a time, each batch with just the statements
about it, read from the Oxigraph store, and keeps pyshacl's results on those nodes: the verdicts
of pyshacl on the whole graph. Shapes that reach further (SPARQL constraints, complex paths,
nested property shapes) are given the whole graph.

>>> from kg.rdf import events_graph
>>> validate_graph(events_graph([])).conforms
True
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import RDF, RDFS, BNode, Graph, Namespace, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf import PREFIXES
from kg.store import rdflib_term, union_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES_RESOURCE = "data/shapes.ttl"
DEFAULT_LIMIT = 5  # violations listed by default for each property; the summary counts them all
BATCH_NODES = 20_000  # focus nodes validated together, with the statements about them
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
    complete: bool = True  # False: validation stopped early (``stop_after``); more may be wrong


@dataclass(frozen=True)
class _Reach:
    """How far from a focus node kg's way of validating by batches must read."""

    classes: tuple[URIRef, ...]  # the classes the shapes target
    inverse: tuple[URIRef, ...]  # predicates the shapes follow backwards (sh:inversePath)


# Shape terms whose checks reach beyond a node's statements and its values' classes.
_FAR_REACHING = (SH.sparql, SH.target, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_NESTING = (SH.node, SH["or"], SH["and"], SH.xone, SH["not"], SH.qualifiedValueShape)


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


def validate_dataset(
    dataset: ox.Store,
    shapes: Graph | None = None,
    *,
    stop_after: int | None = None,
    batch_nodes: int = BATCH_NODES,
) -> ValidationReport:
    """Check every graph of ``dataset`` (their union) against ``shapes``, a batch of focus nodes
    at a time; with ``stop_after``, stop after the batch that brings the results to that many.

    >>> from kg.rdf import events_graph
    >>> validate_dataset(ox.Store()).conforms
    True
    """
    shapes = shapes if shapes is not None else load_shapes()
    reach = _reach(shapes, dataset)
    if reach is None:
        return validate_graph(union_graph(dataset), shapes)
    targets = sorted(_focus_nodes(dataset, reach.classes), key=str)
    if any(isinstance(node, ox.BlankNode) for node in targets):  # reported by pyshacl's own ids
        return validate_graph(union_graph(dataset), shapes)
    found: list[Violation] = []
    batches = [targets[i : i + batch_nodes] for i in range(0, len(targets), batch_nodes)]
    for number, batch in enumerate(batches, start=1):
        data = _statements_about(dataset, batch, reach)
        focus = {str(node.value) for node in batch}
        found += [v for v in _validate(data, shapes) if v.focus in focus]
        if stop_after and len(found) >= stop_after and number < len(batches):
            return _report(found, complete=False)
    return _report(found, complete=True)


def _report(violations: Iterable[Violation], *, complete: bool) -> ValidationReport:
    ordered = tuple(sorted(violations, key=_reading_order))
    return ValidationReport(conforms=not ordered, violations=ordered, complete=complete)


def _reach(shapes: Graph, dataset: ox.Store) -> _Reach | None:
    """What batches must hold for ``shapes``, or None when they need the whole graph."""
    if any(True for term in _FAR_REACHING for _ in shapes.subject_objects(term)):
        return None
    if any(True for _ in shapes.subjects(RDF.type, RDFS.Class)):  # implicit class targets
        return None
    for term in _NESTING:  # shapes of values may check values' literals, not their statements
        for nested in _shape_members(shapes, term):
            if (nested, SH.property, None) in shapes or (nested, SH.path, None) in shapes:
                return None
    inverse = []
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef):
            continue
        backwards = shapes.value(path, SH.inversePath)
        if not isinstance(backwards, URIRef) or len(list(shapes.predicate_objects(path))) != 1:
            return None  # sequence, alternative or repeated paths
        inverse.append(backwards)
    subclass = ox.NamedNode(str(RDFS.subClassOf))
    if next(dataset.quads_for_pattern(None, subclass, None, None), None) is not None:
        return None  # targets then include instances of subclasses
    classes = {c for c in shapes.objects(None, SH.targetClass) if isinstance(c, URIRef)}
    return _Reach(tuple(sorted(classes)), tuple(sorted(set(inverse))))


def _shape_members(shapes: Graph, term: URIRef) -> Iterable[Node]:
    """The shapes that ``term`` points to, directly or as the members of a list."""
    for value in shapes.objects(None, term):
        if isinstance(value, BNode) and (value, RDF.first, None) in shapes:
            yield from shapes.items(value)
        else:
            yield value


def _focus_nodes(dataset: ox.Store, classes: Sequence[URIRef]) -> set[ox.NamedNode | ox.BlankNode]:
    kind = ox.NamedNode(str(RDF.type))
    found: set[ox.NamedNode | ox.BlankNode] = set()
    for cls in classes:
        for quad in dataset.quads_for_pattern(None, kind, ox.NamedNode(str(cls)), None):
            if isinstance(quad.subject, ox.NamedNode | ox.BlankNode):
                found.add(quad.subject)
    return found


def _statements_about(
    dataset: ox.Store, nodes: Sequence[ox.NamedNode | ox.BlankNode], reach: _Reach
) -> Graph:
    """The nodes' statements (blank-node values' too), the statements that point to them by an
    inverse path's predicate, and the classes of their values, in any graph."""
    graph = Graph()
    kind = ox.NamedNode(str(RDF.type))
    backwards = [ox.NamedNode(str(p)) for p in reach.inverse]
    seen: set[ox.NamedNode | ox.BlankNode] = set()
    pending = list(nodes)
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        values = []
        for quad in dataset.quads_for_pattern(node, None, None, None):
            graph.add(_triple(quad))
            if isinstance(quad.object, ox.BlankNode):
                pending.append(quad.object)
            elif isinstance(quad.object, ox.NamedNode):
                values.append(quad.object)
        for predicate in backwards:
            for quad in dataset.quads_for_pattern(None, predicate, node, None):
                graph.add(_triple(quad))
                if isinstance(quad.subject, ox.NamedNode):
                    values.append(quad.subject)
        for value in values:
            for quad in dataset.quads_for_pattern(value, kind, None, None):
                graph.add(_triple(quad))
    return graph


def _triple(quad: ox.Quad) -> tuple[Node, Node, Node]:
    return rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)


def _validate(data: Graph, shapes: Graph) -> list[Violation]:
    """pyshacl's results on ``data`` (the nodes its values name are validated too, with only
    their classes at hand: the caller keeps the results of the nodes it asked about)."""
    with _quiet_literal_warnings():
        _, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=False, inplace=True
        )
        return list(_violations(results))


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
    yield _summary(report.violations, report.complete)
    for path, group in itertools.groupby(report.violations, key=_shown_path):
        violations = list(group)
        shown = violations if not limit else violations[:limit]
        yield from (violation_line(violation) for violation in shown)
        if len(shown) < len(violations):
            more = len(violations) - len(shown)
            yield f"... and {more} more on {path} (--limit 0 lists them all)"


def _shown_path(violation: Violation) -> str:
    return compact(violation.path) if violation.path else "-"


def _summary(violations: tuple[Violation, ...], complete: bool = True) -> str:
    by_path = Counter(_shown_path(v) for v in violations)
    counts = ", ".join(f"{path} {count}" for path, count in sorted(by_path.items()))
    noun = "result" if len(violations) == 1 else "results"
    if not complete:
        return (
            f"does not conform: at least {len(violations)} {noun} ({counts}; stopped early, "
            "--limit 0 checks the whole graph)"
        )
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
