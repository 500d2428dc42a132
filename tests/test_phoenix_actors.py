"""Phoenix's office holders, IGOs and armed groups: the generator (tools/make_phoenix_actors.py)
on TABARI entries written here, the shipped file against a fresh run, and resolution by it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.gazetteer import formal_name_key, known_actor, surname_country

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "tools" / "make_phoenix_actors.py"
PHOENIX = ROOT.parent / "shared" / "phoenix"
SHIPPED = ROOT / "kg" / "data" / "phoenix_actors.json"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_phoenix_actors", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


TABARI = """\
GORDON_BROWN_  # CountryInfo.txt
+PRIME_MINISTER_GORDON_BROWN_
\t[GBRELI 680101-000101]
\t[GBRGOV 070627-20100711]

ALEKSANDR_BORTNIKOV_  # CountryInfo.txt
+ALEKSANDR_VASILYEVICH_BORTNIKOV_
\t[RUSGOVMIL >080601]

UN_SECRETARY_GENERAL
+UNSG
\t[IGOUNO]

ANGRY_BRIGADE_ [ITAREB] #  kkl 21 Mar 13
+MARTYRS_OF_DEMOCRACY_
"""


def test_entries_read_names_synonyms_and_codes_with_terms(tool: ModuleType) -> None:
    entries = list(tool.read_entries(TABARI.splitlines()))
    assert [e.names[0] for e in entries] == [
        "GORDON_BROWN_",
        "ALEKSANDR_BORTNIKOV_",
        "UN_SECRETARY_GENERAL",
        "ANGRY_BRIGADE_",
    ]
    assert entries[0].codes == [("GBRELI", "680101", "000101"), ("GBRGOV", "070627", "20100711")]
    assert entries[3].codes == [("ITAREB", "", "")]


def test_office_holders_get_their_state_and_personal_names_only(tool: ModuleType) -> None:
    entries = list(tool.read_entries(TABARI.splitlines()))
    people = list(tool.people(entries))
    assert [(p["label"], p["country"], p["names"]) for p in people] == [
        ("Gordon Brown", "GBR", ["Gordon Brown"]),  # "Prime Minister Gordon Brown" is no name
        ("Aleksandr Bortnikov", "RUS", ["Aleksandr Bortnikov", "Aleksandr Vasilyevich Bortnikov"]),
    ]
    groups = list(tool.organisations(entries))
    assert [(g["label"], g["kind"], g["country"]) for g in groups] == [
        ("Angry Brigade", "group", "ITA")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("RECEP_TAYYIP_ERDOGAN_", "Recep Tayyip Erdogan"), ("BASHAR_AL-ASSAD_", "Bashar al-Assad")],
)
def test_title_case(tool: ModuleType, written: str, expected: str) -> None:
    assert tool.title_case(written) == expected


def test_tabari_dates(tool: ModuleType) -> None:
    assert tool._date("100511") == "2010-05-11"
    assert tool._date("680101") == "1968-01-01"
    assert tool._date(">20100711") == "2010-07-11"
    assert tool._date("201005011") is None  # a typo in the dictionary: no date


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="the Phoenix dictionaries are not beside kg")
def test_shipped_file_is_what_the_tool_makes(tool: ModuleType) -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    made = tool.build(PHOENIX)
    assert shipped["people"] == made["people"]
    assert shipped["organisations"] == made["organisations"]


def test_known_people_resolve_with_their_country_and_one_spelling() -> None:
    brown = known_actor("Gordon Brown")
    assert brown is not None and (brown.kind, brown.country) == ("person", "GBR")
    erdogan = known_actor("Tayyip Erdogan")  # kg's own Recep Tayyip Erdogan, by Phoenix's alias
    assert erdogan is not None and erdogan.label == "Recep Tayyip Erdogan"
    assert known_actor("Ollie Hall") is None
    assert known_actor("Aleksandr Bortnikov") is None  # kg's people.json has him: it wins


def test_nicknames_fold_into_the_formal_first_name() -> None:
    assert formal_name_key("Jim Mattis") == formal_name_key("James Mattis") == "james mattis"
    assert formal_name_key("Mattis") == "mattis"  # a lone surname is left alone


def test_old_cameo_country_codes_become_iso(tool: ModuleType) -> None:
    entries = list(tool.read_entries(["UNITA_ [ANGREB] #  kkl 21 Mar 13", ""]))
    groups = list(tool.organisations(entries))
    assert [(g["label"], g["country"]) for g in groups] == [("Unita", "AGO")]
    assert tool.iso_country("TMPGOV") == "TLS" and tool.iso_country("GBRGOV") == "GBR"


def test_a_surname_of_kgs_own_people_goes_to_their_state_over_a_minor_namesake(
    tool: ModuleType,
) -> None:
    found = [
        {"names": ["Mckeeva Bush"], "country": "CYM", "code": "CYMGOV"},
        {"names": ["George Bush"], "country": "USA", "code": "USAGOV"},
        {"names": ["Ann Smith"], "country": "CYM", "code": "CYMGOV"},
        {"names": ["Joe Smith"], "country": "NZL", "code": "NZLGOV"},
    ]
    curated = [{"names": ["George W. Bush"], "country": "USA"}]
    assert tool.surnames(found, {}, curated) == {"bush": "USA"}  # "Smith" stays ambiguous
    assert tool.surnames(found, {}) == {}


def test_president_bush_and_unita_have_their_states() -> None:
    assert surname_country("Bush") == "USA"
    unita = known_actor("UNITA")
    assert unita is not None and unita.country == "AGO"
