"""GDELT interchange: kg events as GDELT 2.0 event rows and back, and ``kg import-gdelt``."""

from __future__ import annotations

import csv
import doctest
import io
import zipfile
from pathlib import Path

import pyoxigraph
import pytest
from samples import MOON, NORTH_KOREA, PUTIN, UN
from typer.testing import CliRunner

import kg.gdelt
from kg.cli import EXIT_SKIPPED, EXIT_USER_ERROR, app
from kg.errors import InputSkipped, KgError
from kg.gazetteer import load_gazetteer
from kg.gdelt import (
    cameo_plover_table,
    document_urls,
    gdelt_columns,
    gdelt_documents,
    gdelt_event_id,
    goldstein,
    goldstein_table,
    plover_type,
    quad_class,
    read_gdelt,
    write_gdelt,
)
from kg.pipeline import BuildResult
from kg.rdf import events_graph
from kg.records import EVENT_TYPES, Actor, Document, Event, Mention, Place
from kg.store import load_graph
from kg.validate import validate_graph, violation_line

runner = CliRunner()
TESTS = Path(__file__).resolve().parent
DERIVED_CAMEO_TABLE = TESTS / "data" / "cameo_plover_codes.tsv"

RUSSIAN_GOVERNMENT = Actor("russian-government", "Russian government", "government", "RUS")

MEETING = Event(
    id="14bc09e7fce0cf93",
    type="CONSULT",
    action="meet",
    cameo="040",
    actor=PUTIN,
    target=MOON,
    date="2017-09-06",
    place=Place("Vladivostok", "RUS"),
    mentions=(
        Mention("putin-moon", "Putin met Moon in Vladivostok.", 0, 30, 0.9),
        Mention("putin-moon", "They held talks.", 31, 47, 0.75),
        Mention("tass-0907", "Putin and Moon met.", 10, 29, 0.8),
    ),
)
CONDEMNATION = Event(
    id="a11ce",
    type="ACCUSE",
    action="condemn",
    cameo="111",
    actor=RUSSIAN_GOVERNMENT,
    target=NORTH_KOREA,
    date="2017-09",
    place=Place("Russia", "RUS"),
    mentions=(Mention("tass-0907", "Moscow condemned the test.", 50, 76, 0.6),),
    date_source="document",
)
STATEMENT = Event(
    id="5a7e",
    type="STATEMENT",
    action="say",
    cameo="010",
    actor=UN,
    target=None,
    date=None,
    place=None,
    mentions=(Mention("tass-0907", "The UN said so.", 80, 95, 0.51),),
)
URLS = {"tass-0907": "https://example.org/tass/0907"}


def gdelt_text(events: list[Event], **options: object) -> str:
    stream = io.StringIO()
    write_gdelt(events, stream, **options)  # type: ignore[arg-type]
    return stream.getvalue()


def rows(text: str) -> list[dict[str, str]]:
    """Each line as column name -> value, checking that it has GDELT's 61 columns."""
    parsed = []
    for line in text.splitlines():
        fields = line.split("\t")
        assert len(fields) == 61, line
        parsed.append(dict(zip(gdelt_columns(), fields, strict=True)))
    return parsed


def gdelt_line(**values: str) -> str:
    """A GDELT 2.0 event row with these columns filled, the others empty."""
    unknown = set(values) - set(gdelt_columns())
    assert not unknown, unknown
    return "\t".join(values.get(name, "") for name in gdelt_columns())


# -- reference data -------------------------------------------------------------------------------


def test_gdelt_columns_are_the_61_of_the_events_table() -> None:
    columns = gdelt_columns()
    assert len(columns) == len(set(columns)) == 61
    assert columns[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert columns[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert columns[51:53] == ("ActionGeo_Type", "ActionGeo_FullName")
    assert columns[-2:] == ("DATEADDED", "SOURCEURL")


def test_goldstein_table_covers_every_cameo_root_within_plus_minus_ten() -> None:
    table = goldstein_table()
    assert {f"{root:02d}" for root in range(1, 21)} <= set(table)
    assert all(-10.0 <= value <= 10.0 for value in table.values())
    assert len(table) > 300
    # values of GDELT's CAMEO.goldsteinscale.txt
    assert (table["010"], table["040"], table["043"], table["111"]) == (0.0, 1.0, 2.8, -2.0)
    assert (table["0874"], table["190"], table["1823"]) == (10.0, -10.0, -10.0)


# Where kg's table departs from the 2021 one: the codebook codes return and release as CONCEDE.
CODEBOOK_CHOICES = {"084": "CONCEDE", "0841": "CONCEDE", "0842": "CONCEDE"}


def test_cameo_plover_table_is_the_derived_2021_table_plus_kgs_choices() -> None:
    lines = DERIVED_CAMEO_TABLE.read_text(encoding="utf-8").splitlines()
    derived = dict(line.split("\t") for line in lines if line and not line.startswith("#"))
    packaged = cameo_plover_table()
    assert {code: packaged[code] for code in derived} == derived | CODEBOOK_CHOICES
    assert {code: packaged[code] for code in set(packaged) - set(derived)} == {
        "01": "STATEMENT",
        "02": "REQUEST",
    }
    assert set(packaged.values()) <= set(EVENT_TYPES)


def test_every_cameo_code_has_a_type_and_a_goldstein_value() -> None:
    for code in goldstein_table():
        assert plover_type(code) in EVENT_TYPES, code
    assert plover_type("0251") == "REQUEST"  # appeal, by its root
    assert plover_type("0874") == "RETREAT"
    assert plover_type("04") == "CONSULT"  # a bare root takes its own code "040"
    assert goldstein("0199") == goldstein("019")  # an unknown leaf takes its base code's value
    assert plover_type("") is None and plover_type("x40") is None and goldstein(None) is None


def test_gdelt_doctests() -> None:
    assert doctest.testmod(kg.gdelt).failed == 0


@pytest.mark.parametrize(
    ("cameo", "quad"),
    [
        *[("010", 1), ("0513", 1), ("057", 1), ("06", 2), ("0874", 2), ("090", 3), ("138", 3)],
        *[("140", 4), ("2042", 4), ("21", None), ("abc", None), (None, None)],
    ],
)
def test_quad_class_follows_the_cameo_root(cameo: str | None, quad: int | None) -> None:
    assert quad_class(cameo) == quad


# -- writing --------------------------------------------------------------------------------------


def test_write_gdelt_fills_the_columns_kg_has() -> None:
    stream = io.StringIO()
    assert write_gdelt([MEETING, CONDEMNATION, STATEMENT], stream, urls=URLS) == 3
    meeting, condemnation, statement = rows(stream.getvalue())

    assert meeting["GLOBALEVENTID"] == str(gdelt_event_id(MEETING))
    assert (meeting["SQLDATE"], meeting["MonthYear"], meeting["Year"]) == (
        "20170906",
        "201709",
        "2017",
    )
    assert meeting["FractionDate"] == "2017.7562"  # 2017 + (9 * 30 + 6) / 365
    assert (meeting["Actor1Code"], meeting["Actor1Name"], meeting["Actor1CountryCode"]) == (
        "RUS",
        "Vladimir Putin",
        "RUS",
    )
    assert (meeting["Actor2Code"], meeting["Actor2Name"], meeting["Actor2CountryCode"]) == (
        "KOR",
        "Moon Jae-in",
        "KOR",
    )
    assert [meeting[c] for c in ("EventCode", "EventBaseCode", "EventRootCode")] == [
        "040",
        "040",
        "04",
    ]
    assert (meeting["QuadClass"], meeting["GoldsteinScale"]) == ("1", "1.0")
    assert [meeting[c] for c in ("NumMentions", "NumSources", "NumArticles")] == ["3", "2", "2"]
    assert [meeting[c] for c in ("ActionGeo_Type", "ActionGeo_FullName")] == ["4", "Vladivostok"]
    assert meeting["ActionGeo_CountryCode"] == "RS"  # GDELT codes places in FIPS 10-4
    assert meeting["SOURCEURL"] == "https://example.org/tass/0907"  # the reporting doc with a URL
    unknown = ("IsRootEvent", "AvgTone", "Actor1Geo_Type", "DATEADDED", "Actor1KnownGroupCode")
    assert [meeting[column] for column in unknown] == [""] * len(unknown)

    assert (condemnation["Actor1Code"], condemnation["Actor1Type1Code"]) == ("RUSGOV", "GOV")
    assert (condemnation["Actor2Code"], condemnation["Actor2Name"]) == ("PRK", "North Korea")
    assert (condemnation["SQLDATE"], condemnation["MonthYear"]) == ("20170901", "201709")
    assert [condemnation[c] for c in ("EventRootCode", "QuadClass", "GoldsteinScale")] == [
        "11",
        "3",
        "-2.0",
    ]
    assert (condemnation["ActionGeo_Type"], condemnation["ActionGeo_CountryCode"]) == ("1", "RS")

    assert (statement["Actor1Code"], statement["Actor1CountryCode"]) == ("IGO", "")
    assert statement["SQLDATE"] == statement["Year"] == ""  # undated: no made-up day
    assert statement["Actor2Code"] == statement["Actor2Name"] == ""
    assert (statement["QuadClass"], statement["GoldsteinScale"]) == ("1", "0.0")
    assert statement["ActionGeo_Type"] == ""


def test_write_gdelt_adds_a_header_only_when_asked() -> None:
    assert gdelt_text([MEETING]).count("\n") == 1
    header, row = gdelt_text([MEETING], header=True).splitlines()
    assert header.split("\t") == list(gdelt_columns())
    assert rows(row)[0]["EventCode"] == "040"


def test_write_gdelt_keeps_article_text_from_breaking_rows() -> None:
    tricky = Actor("x", "A\tname\nover lines", "group", "USA")
    event = Event("e", "PROTEST", "protest", "140", tricky, None, "2020-01-02", Place("A\rB"))
    (row,) = rows(gdelt_text([event]))
    assert row["Actor1Name"] == "A name over lines"
    assert row["ActionGeo_FullName"] == "A B"
    assert row["SOURCEURL"] == ""  # no mentions, no source


def test_gdelt_event_ids_are_stable_and_keep_gdelts_own() -> None:
    assert gdelt_event_id(MEETING) == gdelt_event_id(MEETING) < 2**48
    assert gdelt_event_id(MEETING) != gdelt_event_id(CONDEMNATION)
    assert gdelt_event_id(Event("gdelt-690000123", "AID", "aid", "070", UN, None, None, None)) == (
        690000123
    )


def test_document_urls_come_from_the_graph() -> None:
    documents = [Document("tass-0907", "t", url="https://example.org/tass/0907"), Document("a", "")]
    assert document_urls(events_graph([], documents)) == URLS


# -- reading --------------------------------------------------------------------------------------


def test_round_trip_keeps_actors_type_date_place_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "kg.export.CSV"
    path.write_text(gdelt_text([MEETING, CONDEMNATION, STATEMENT], urls=URLS), encoding="utf-8")
    meeting, condemnation, statement = read_gdelt(path)

    assert (meeting.actor, meeting.target) == (PUTIN, MOON)  # through kg's gazetteer
    assert (meeting.type, meeting.cameo, meeting.date) == ("CONSULT", "040", "2017-09-06")
    assert meeting.place == MEETING.place
    assert (meeting.sources, len(meeting.mentions)) == (2, 3)
    assert meeting.mentions[0].doc == "https://example.org/tass/0907"

    assert condemnation.actor == Actor(
        "gdelt/RUSGOV/russian-government", "Russian government", "government", "RUS"
    )
    assert condemnation.target == NORTH_KOREA
    assert (condemnation.type, condemnation.date) == ("ACCUSE", "2017-09-01")  # a day, as GDELT
    assert condemnation.place == CONDEMNATION.place

    assert (statement.actor, statement.type, statement.target) == (UN, "STATEMENT", None)
    assert statement.id == f"gdelt-{gdelt_event_id(STATEMENT)}"
    assert statement.date is None  # kg writes an undated event with an empty SQLDATE


@pytest.mark.model
def test_the_seeds_survive_a_gdelt_round_trip(seed_build: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "seeds.export.CSV"
    path.write_text(gdelt_text(seed_build.events), encoding="utf-8")
    by_number = {gdelt_event_id(event): event for event in seed_build.events}
    read = list(read_gdelt(path))
    assert len(read) == len(seed_build.events) == len(by_number)

    def party(actor: Actor | None) -> object:
        # GDELT has no field that says an actor is a person: one the gazetteer does not know
        # ("Igor Morgulov", a Russian deputy minister) comes back as an actor of its country and
        # name, not as the person kg made.
        if actor is None or load_gazetteer().lookup(actor.label) is not None:
            return actor
        return (actor.label, actor.country)

    def kept(event: Event) -> tuple[object, ...]:
        counts = (event.sources, len(event.mentions))
        participants = (party(event.actor), party(event.target))
        return (*participants, event.type, event.date, event.place, *counts)

    for event in read:
        assert kept(event) == kept(by_number[int(event.id.removeprefix("gdelt-"))])
    report = validate_graph(events_graph(read, gdelt_documents(read)))
    assert report.conforms, [violation_line(v) for v in report.violations]


def realistic_row() -> str:
    """A GDELT 2.0 event row as GDELT writes it, with every geography column filled."""
    vladivostok = ["4", "Vladivostok, Primor'ye, Russia", "RS", "RS59", "", "43.1333", "131.9"]
    geo_columns = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")
    geography = {
        f"{who}Geo_{column}": value
        for who in ("Actor1", "Action")
        for column, value in zip(geo_columns, vladivostok, strict=True)
    }
    return gdelt_line(
        **geography,
        GLOBALEVENTID="690012345",
        SQLDATE="20170906",
        MonthYear="201709",
        Year="2017",
        FractionDate="2017.6767",
        Actor1Code="RUSGOV",
        Actor1Name="VLADIMIR PUTIN",
        Actor1CountryCode="RUS",
        Actor1Type1Code="GOV",
        Actor2Code="KOR",
        Actor2Name="SOUTH KOREA",
        Actor2CountryCode="KOR",
        IsRootEvent="1",
        EventCode="042",
        EventBaseCode="042",
        EventRootCode="04",
        QuadClass="1",
        GoldsteinScale="1.9",
        NumMentions="6",
        NumSources="2",
        NumArticles="4",
        AvgTone="-1.26582278481013",
        ActionGeo_FeatureID="-2050213",
        Actor2Geo_Type="1",
        Actor2Geo_FullName="South Korea",
        Actor2Geo_CountryCode="KS",
        DATEADDED="20170906121500",
        SOURCEURL="https://www.example.com/world/putin-moon-vladivostok.html",
    )


def test_a_realistic_gdelt_row_becomes_the_expected_event(tmp_path: Path) -> None:
    path = tmp_path / "20170906121500.export.CSV"
    path.write_text(realistic_row() + "\n", encoding="utf-8")
    (event,) = read_gdelt(path)
    source = "https://www.example.com/world/putin-moon-vladivostok.html"
    assert event == Event(
        id="gdelt-690012345",
        type="CONSULT",
        action="consult",
        cameo="042",
        actor=PUTIN,
        target=Actor("KOR", "South Korea", "state", "KOR"),
        date="2017-09-06",
        place=Place("Vladivostok, Primor'ye, Russia", "RUS"),
        mentions=(
            Mention(source, "", 0, 0, 1.0),
            Mention("gdelt-690012345/article-2", "", 0, 0, 1.0),
            Mention("gdelt-690012345/article-3", "", 0, 0, 1.0),
            Mention("gdelt-690012345/article-4", "", 0, 0, 1.0),
            Mention(source, "", 1, 1, 1.0),
            Mention(source, "", 2, 2, 1.0),
        ),
        date_source="text",
    )
    assert event.sources == 4  # NumArticles
    assert [d.url for d in gdelt_documents([event])] == [source, None, None, None]


def test_unknown_actors_keep_gdelts_name_and_take_the_kind_of_their_role(tmp_path: Path) -> None:
    path = tmp_path / "actors.CSV"
    lines = [
        gdelt_line(GLOBALEVENTID="1", SQLDATE="20200102", EventCode="1823", Actor1Code="SYRREB",
                   Actor1Name="REBEL FORCES", Actor1CountryCode="SYR", Actor1Type1Code="REB",
                   Actor2Code="SYRMIL", Actor2Name="SYRIAN ARMY", Actor2CountryCode="SYR",
                   Actor2Type1Code="MIL"),
        gdelt_line(GLOBALEVENTID="2", SQLDATE="20200102", EventCode="0231", Actor1Code="FRA",
                   Actor1Name="PARIS", Actor1CountryCode="FRA", Actor2Code="FRA",
                   Actor2Name="JEAN DUPONT", Actor2CountryCode="FRA"),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attack, appeal = read_gdelt(path)
    assert attack.actor == Actor("gdelt/SYRREB/rebel-forces", "REBEL FORCES", "group", "SYR")
    assert attack.target == Actor("gdelt/SYRMIL/syrian-army", "SYRIAN ARMY", "military", "SYR")
    assert attack.type == "ASSAULT"
    assert appeal.actor == Actor("FRA", "France", "state", "FRA")  # a capital stands for its state
    assert appeal.target == Actor("gdelt/FRA/jean-dupont", "JEAN DUPONT", "group", "FRA")
    assert appeal.type == "REQUEST"


def test_malformed_rows_are_named_with_file_and_line_and_skipped(tmp_path: Path) -> None:
    good = gdelt_line(GLOBALEVENTID="7", SQLDATE="20170906", EventCode="040",
                      Actor1Code="RUS", Actor1Name="RUSSIA", Actor1CountryCode="RUS")  # fmt: skip
    fields = good.split("\t")
    lines = [
        "\t".join(gdelt_columns()),  # 1: a header is allowed
        good,  # 2
        "\t".join(fields[:58]),  # 3: a GDELT 1.0 row
        good.replace("20170906", "20171345"),  # 4
        good.replace("\t040\t", "\t999\t"),  # 5
        "\t".join(["8", *fields[1:5], "", "", *fields[7:]]),  # 6: no Actor1
        good.replace("7\t", "x7\t", 1),  # 7
        "",  # 8: blank lines are nothing
        good,  # 9
    ]
    path = tmp_path / "mixed.export.CSV"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"7\t\xff\xfe\n")
    skipped: list[InputSkipped] = []
    events = list(read_gdelt(path, on_skip=skipped.append))

    assert [e.id for e in events] == ["gdelt-7", "gdelt-7"]  # lines 2 and 9
    assert [(s.code, s.message) for s in skipped] == [
        ("E712", f"{path}:3: expected 61 tab-separated columns (GDELT 2.0 events), found 58"),
        ("E714", f"{path}:4: SQLDATE '20171345' is not a date YYYYMMDD"),
        ("E715", f"{path}:5: EventCode '999' is not a CAMEO event code"),
        ("E716", f"{path}:6: no Actor1 (Actor1Code and Actor1Name are empty)"),
        ("E713", f"{path}:7: GLOBALEVENTID 'x7' is not a number"),
        ("E718", f"{path}:10: not UTF-8 text"),
    ]
    assert all("\n" not in str(s) for s in skipped)


def test_bad_counts_are_named(tmp_path: Path) -> None:
    path = tmp_path / "counts.CSV"
    path.write_text(
        gdelt_line(GLOBALEVENTID="7", SQLDATE="20170906", EventCode="040", Actor1Code="RUS",
                   NumMentions="-3") + "\n",
        encoding="utf-8",
    )  # fmt: skip
    skipped: list[InputSkipped] = []
    assert list(read_gdelt(path, on_skip=skipped.append)) == []
    assert str(skipped[0]) == f"E717: {path}:1: NumMentions '-3' is not a count"


def test_a_missing_or_bad_file_is_one_kg_error(tmp_path: Path) -> None:
    with pytest.raises(KgError) as caught:
        read_gdelt(tmp_path / "none.CSV")
    assert str(caught.value) == f"E711: {tmp_path / 'none.CSV'}: no such GDELT file"
    fake_zip = tmp_path / "broken.export.CSV.zip"
    fake_zip.write_bytes(b"not a zip")
    with pytest.raises(KgError) as caught:
        read_gdelt(fake_zip)
    assert caught.value.code == "E711" and "broken.export.CSV.zip" in caught.value.message


def test_a_zipped_gdelt_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "20170906121500.export.CSV.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("20170906121500.export.CSV", realistic_row() + "\n")
    assert [e.id for e in read_gdelt(path)] == ["gdelt-690012345"]


# -- kg import-gdelt ------------------------------------------------------------------------------


def test_cli_import_gdelt_writes_a_valid_graph_that_kg_events_lists(tmp_path: Path) -> None:
    source = tmp_path / "20170906121500.export.CSV"
    source.write_text(realistic_row() + "\n" + "1\tbroken\n", encoding="utf-8")
    graph = tmp_path / "gdelt.ttl"

    result = runner.invoke(app, ["import-gdelt", str(source), "-o", str(graph)])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert result.stderr.splitlines() == [
        f"skipped: {source}:2: expected 61 tab-separated columns (GDELT 2.0 events), found 2",
        f"1 events -> {graph}; 1 rows skipped",
    ]

    report = validate_graph(load_graph(graph))
    assert report.conforms, [violation_line(v) for v in report.violations]

    listed = runner.invoke(app, ["events", str(graph), "--actor", "Putin", "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("date,actor,type,action,target,place,sources,id,")
    (row,) = csv.DictReader(lines)
    assert [row[column] for column in lines[0].split(",")[:7]] == [
        "2017-09-06",
        "Vladimir Putin",
        "CONSULT",
        "consult",
        "South Korea",
        "Vladivostok, Primor'ye, Russia",
        "4",
    ]
    # the document GDELT names is known by its URL; the three it only counted are not
    assert (row["id"], row["cameo"], row["quad_class"], row["goldstein"]) == (
        "gdelt-690012345",
        "042",
        "1",
        "1.9",
    )
    url = "https://www.example.com/world/putin-moon-vladivostok.html"
    assert row["documents"].split(";") == [
        *(f"gdelt-690012345/article-{n}" for n in (2, 3, 4)),
        url,
    ]
    assert row["urls"].split(";") == ["", "", "", url]


def test_cli_import_gdelt_errors_are_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["import-gdelt", str(tmp_path / "none.CSV")])
    assert result.exit_code == EXIT_USER_ERROR
    assert result.stderr == f"error: E711: {tmp_path / 'none.CSV'}: no such GDELT file\n"


def test_cli_import_gdelt_has_help_with_an_example() -> None:
    result = runner.invoke(app, ["import-gdelt", "-h"])
    assert result.exit_code == 0
    assert "Example: kg import-gdelt" in result.output


@pytest.mark.parametrize("into", ["graph.ttl", "graph.trig", "store"])
def test_import_into_a_kg_graph_sets_gdelt_events_beside_kgs(tmp_path: Path, into: str) -> None:
    from kg.rdf import RdfSyntax, read_events, write_turtle
    from kg.store import export

    graph_file = tmp_path / "graph.ttl"
    write_turtle(events_graph([MEETING]), graph_file)
    ours = tmp_path / into
    if into == "graph.trig":
        export(graph_file, ours, RdfSyntax.TRIG)
    elif into == "store":
        store = pyoxigraph.Store(str(ours))
        store.bulk_load(path=str(graph_file), format=pyoxigraph.RdfFormat.TURTLE)
        store.flush()
        del store  # closed: kg opens it read-only
    gdelt = tmp_path / "events.tsv"
    with gdelt.open("w", encoding="utf-8") as stream:
        write_gdelt([MEETING], stream)
    both = tmp_path / "both.ttl"
    result = runner.invoke(app, ["import-gdelt", str(gdelt), "-o", str(both), "--into", str(ours)])
    assert result.exit_code == 0, result.output
    events = list(read_events(load_graph(both)))
    assert sorted(e.id.startswith("gdelt-") for e in events) == [False, True]
    assert {(e.actor.id, e.target and e.target.id) for e in events} == {
        ("person/vladimir-putin", "person/moon-jae-in")
    }  # one actor node each: GDELT's Putin is kg's Putin
