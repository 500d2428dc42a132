"""List the verbs of the PETRARCH2 verb dictionary with their CAMEO code and PLOVER type, and
which of them kg's lexicon (``kg/data/lexicon.tsv``) lacks.

The CAMEO verb pattern dictionary (``CAMEO.verbpatterns.150430.txt``, Open Event Data Alliance,
MIT licence; from github.com/openeventdata/petrarch2, ``petrarch2/data/dictionaries/``, kept in
``../shared/phoenix/``) groups verbs in blocks under a CAMEO code (``--- ATTACK [190] ---``); a
verb may carry its own code (``KICK [180]``), a block or verb coded ``[---]`` has no event, and
the lines starting with ``-`` are patterns, which this tool does not read (PETRARCH relies on
them for verbs whose bare sense is not the event). Multi-word verbs (``+GUN_DOWN``) are listed
with their particle. The PLOVER type comes from the 2021 CAMEO-to-PLOVER table
(``../shared/gold/CAMEO2PLOVER-2021.txt``), by the longest prefix of the code it lists; CAMEO 01
(statements) is kg's STATEMENT and CAMEO 02 (appeals) is REQUEST, as in the lexicon.

Each row says how the lexicon stands to the verb: ``same`` (a VERB row of that lemma and type),
``other`` (VERB rows of that lemma, of other types), ``absent`` (no VERB row of the lemma).

On 2026-12-04 it listed 1,164 verbs: 249 same, 171 other, 744 absent (after the rows taken from
it: 284 same, 170 other, 710 absent).
Most absent verbs are WordNet synonyms of a block's head whose common sense is not the event
("go", "lead", "want", "include" under CAMEO 04x-10x): PETRARCH codes them only through its
patterns. Of real-dev's 421 misses, 203 have such an absent verb in their sentence, but only 50
a lacking verb of the miss's own type (mostly "crush", "leave", "go", "claim", which the lexicon
types otherwise or leaves out on purpose); the rows taken from it are marked "PETRARCH
dictionary" in their note.

Example:
    python tools/petrarch_verbs.py                       # all verbs, TSV on stdout
    python tools/petrarch_verbs.py --lacking             # only verbs the lexicon lacks
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DICTIONARY = SHARED / "phoenix" / "CAMEO.verbpatterns.150430.txt"
CAMEO_TABLE = SHARED / "gold" / "CAMEO2PLOVER-2021.txt"
LEXICON = ROOT / "kg" / "data" / "lexicon.tsv"

_BLOCK = re.compile(r"^---\s*(?P<name>\S+)\s*\[(?P<code>[^\]]*)\]\s*---")
_VERB = re.compile(r"^(?P<word>\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[(?P<code>[^\]]*)\])?")
_TABLE_ROW = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<type>[A-Z]+)")
# CAMEO roots that PLOVER dropped, named as kg's lexicon names them.
_DROPPED_ROOTS = {"01": "STATEMENT", "02": "REQUEST"}


@dataclass(frozen=True)
class DictionaryVerb:
    """A verb of a block of the dictionary, with the code it is coded with."""

    lemma: str
    particle: str
    cameo: str
    block: str


def read_dictionary(path: Path) -> Iterator[DictionaryVerb]:
    """The verbs of the dictionary's verb pattern section, each with its own or its block's code
    (verbs without a code, ``[---]``, are skipped)."""
    block, block_code, in_verbs = "", "", False
    for line in path.read_text(encoding="latin-1").splitlines():
        if not in_verbs:
            in_verbs = line.startswith("####### VERB PATTERNS")
            continue
        line = line.split("#", 1)[0].rstrip()
        if found := _BLOCK.match(line):
            block, block_code = found["name"], found["code"].strip()
            continue
        if not line or line.startswith("-") or not block:
            continue
        if (verb := _VERB.match(line.strip())) is None:
            continue
        code = (verb["code"] or block_code).split(":")[0].strip()
        if not code.isdigit():
            continue
        words = verb["word"].lstrip("+").lower().split("_")
        yield DictionaryVerb(words[0], " ".join(w for w in words[1:] if w), code, block)


def read_cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the 2021 table."""
    table = dict(_DROPPED_ROOTS)
    for line in path.read_text(encoding="utf-8").splitlines():
        if found := _TABLE_ROW.match(line):
            table.setdefault(found["code"], found["type"])
    return table


def plover_type(code: str, table: dict[str, str]) -> str:
    """The PLOVER type of a CAMEO code, by the longest prefix the table lists."""
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return ""


def lexicon_verb_types(path: Path) -> dict[str, set[str]]:
    """Lemma -> the types of its VERB rows in the lexicon."""
    types: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[1] != "VERB":
            continue
        types.setdefault(cells[0], set()).add(cells[2])
    return types


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    parser.add_argument("--table", type=Path, default=CAMEO_TABLE)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    parser.add_argument("--lacking", action="store_true", help="only verbs the lexicon lacks")
    args = parser.parse_args(argv)
    table = read_cameo_table(args.table)
    known = lexicon_verb_types(args.lexicon)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["lemma", "particle", "cameo", "type", "block", "lexicon"])
    seen: set[tuple[str, str, str]] = set()
    standings: Counter[str] = Counter()
    for verb in read_dictionary(args.dictionary):
        kind = plover_type(verb.cameo, table)
        key = (verb.lemma, verb.particle, kind)
        if key in seen:
            continue
        seen.add(key)
        types = known.get(verb.lemma, set())
        standing = "same" if kind in types else "other" if types else "absent"
        standings[standing] += 1
        if args.lacking and standing == "same":
            continue
        writer.writerow([verb.lemma, verb.particle, verb.cameo, kind, verb.block, standing])
    print(
        f"{sum(standings.values())} verbs: "
        + ", ".join(f"{n} {k}" for k, n in standings.most_common()),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
