"""Read-only SPARQL over a kg graph file or store, and the named example queries kg ships.

Queries run on Oxigraph over the union of the graphs (a store's default graph of events and its
document graphs alike), with kg's prefixes declared. Values for a query's variables are bound
through Oxigraph's substitutions (``--bind actor=Putin``): they become RDF terms, never query text.
An UPDATE (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ...) is refused: it is recognised by
parsing, not by looking for keywords.

    >>> [query.name for query in named_queries()][:2]
    ['actor-timeline', 'events-by-type-and-month']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf import PREFIXES

QUERY_SUFFIX = ".rq"
PREFIX_DECLARATIONS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()} | {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Term = ox.NamedNode | ox.Literal

# "# param ?name: what to give" lines of a named query declare the variables --bind must give.
_PARAMETER_LINE = re.compile(r"#\s*param\s+\?(\w+)\s*:?\s*(.*)")
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ResultFormat(StrEnum):
    """How ``kg sparql`` prints results: a table, or a SPARQL 1.1 results format."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


_RESULTS_FORMATS = {
    ResultFormat.csv: ox.QueryResultsFormat.CSV,
    ResultFormat.tsv: ox.QueryResultsFormat.TSV,
    ResultFormat.json: ox.QueryResultsFormat.JSON,
}
# CONSTRUCT and DESCRIBE give triples: Turtle for the table, N-Triples for csv/tsv, JSON-LD.
_GRAPH_FORMATS = {
    ResultFormat.table: ox.RdfFormat.TURTLE,
    ResultFormat.csv: ox.RdfFormat.N_TRIPLES,
    ResultFormat.tsv: ox.RdfFormat.N_TRIPLES,
    ResultFormat.json: ox.RdfFormat.JSON_LD,
}


# -- named queries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ``kg/data/queries/``: its first comment line is its description."""

    name: str
    description: str
    text: str
    parameters: tuple[tuple[str, str], ...] = ()  # (variable, what to give) that --bind must set


def named_queries() -> list[NamedQuery]:
    """The queries kg ships, by name."""
    folder = resources.files("kg").joinpath("data/queries")
    files = [f for f in folder.iterdir() if f.name.endswith(QUERY_SUFFIX)]
    return sorted(
        (_named_query(f.name.removesuffix(QUERY_SUFFIX), f.read_text("utf-8")) for f in files),
        key=lambda query: query.name,
    )


def _named_query(name: str, text: str) -> NamedQuery:
    comments = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    description = comments[0].lstrip("#").strip() if comments else ""
    parameters = tuple(
        (match[1], match[2].strip())
        for line in comments
        if (match := _PARAMETER_LINE.fullmatch(line))
    )
    return NamedQuery(name=name, description=description, text=text, parameters=parameters)


def find_query(spec: str) -> NamedQuery:
    """The query ``spec`` names: ``@file.rq``, the name of a shipped query, or the query text."""
    if spec.startswith("@"):
        path = Path(spec[1:])
        try:
            return _named_query(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or type(error).__name__
            raise KgError("E611", f"{path}: cannot read the query file: {reason}") from error
    shipped = {query.name: query for query in named_queries()}
    if spec in shipped:
        return shipped[spec]
    if _VARIABLE_NAME.fullmatch(spec.replace("-", "_")):
        raise KgError(
            "E612",
            f"{spec!r} is not a shipped query: use one of {', '.join(sorted(shipped))} "
            "(kg sparql --list), @FILE.rq, or the query text",
        )
    return NamedQuery(name="", description="", text=spec)


# -- bindings ------------------------------------------------------------------------------------


def parse_bindings(specs: Iterable[str]) -> dict[str, Term]:
    """``NAME=VALUE`` options as terms: ``<...>`` an IRI, anything else a plain literal."""
    bindings: dict[str, Term] = {}
    for spec in specs:
        name, equals, value = spec.partition("=")
        name = name.strip().lstrip("?$")
        if not equals or not _VARIABLE_NAME.fullmatch(name):
            raise KgError("E613", f"--bind {spec!r}: use NAME=VALUE, e.g. --bind actor=Putin")
        bindings[name] = _term(value, spec)
    return bindings


def _term(value: str, spec: str) -> Term:
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as error:
            raise KgError("E613", f"--bind {spec!r}: {value} is not an IRI: {error}") from error
    return ox.Literal(value)


def check_parameters(query: NamedQuery, bindings: Mapping[str, Term]) -> None:
    """A named query's parameters must all be bound."""
    missing = [name for name, _ in query.parameters if name not in bindings]
    if missing:
        needs = "; ".join(f"--bind {name}=... ({what})" for name, what in query.parameters)
        raise KgError("E614", f"query {query.name!r} needs {needs}")


# -- running -------------------------------------------------------------------------------------


def run_query(
    dataset: ox.Store, text: str, bindings: Mapping[str, Term] | None = None
) -> QueryResult:
    """Run the read-only query ``text`` over the union of ``dataset``'s graphs."""
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): term for name, term in (bindings or {}).items()
    }
    try:
        return dataset.query(
            text,
            prefixes=PREFIX_DECLARATIONS,
            use_default_graph_as_union=True,
            substitutions=substitutions,
        )
    except SyntaxError as error:
        if is_update(text):
            raise KgError(
                "E615",
                "kg sparql is read-only: this is a SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR, "
                "CREATE, DROP, ...), which is refused; rebuild with kg build to change a graph",
            ) from error
        raise KgError("E616", f"not a SPARQL query: {_first_line(error)}") from error
    except RuntimeError as error:  # a bound variable the query does not select
        variables = ", ".join(f"?{name}" for name in sorted(bindings or {}))
        raise KgError(
            "E617", f"cannot bind {variables}: {_first_line(error)} (SELECT it, or drop --bind)"
        ) from error


def is_update(text: str) -> bool:
    """Whether ``text`` parses as a SPARQL 1.1 Update with at least one operation."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        return len(parseUpdate(text).request) > 0
    except Exception:  # any failure to parse means: not an update
        return False


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


# -- results -------------------------------------------------------------------------------------


def serialize_result(result: QueryResult, format: ResultFormat) -> bytes:
    """``result`` in ``format`` (not the table): SPARQL 1.1 CSV, TSV or JSON results; a graph
    result as N-Triples or JSON-LD."""
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=_GRAPH_FORMATS[format]) or b""
    return result.serialize(format=_RESULTS_FORMATS[format]) or b""


def graph_as_turtle(result: ox.QueryTriples) -> bytes:
    return result.serialize(format=ox.RdfFormat.TURTLE) or b""


def result_rows(result: ox.QuerySolutions) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of display text (IRIs shortened with kg's prefixes)."""
    columns = [variable.value for variable in result.variables]
    rows = [[display(solution[column]) for column in columns] for solution in result]
    return columns, rows


def display(term: object) -> str:
    """A term as a person reads it: a literal's text, an IRI as ``prefix:name``."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return _shortened(term.value)
    return str(term)


def _shortened(iri: str) -> str:
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace):
            return f"{prefix}:{iri.removeprefix(namespace)}"
    return iri


_LONGEST_FIRST: Sequence[tuple[str, str]] = sorted(
    PREFIX_DECLARATIONS.items(), key=lambda item: -len(item[1])
)
