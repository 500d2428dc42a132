"""How often two coders agree: one coder's events scored against the other's, as kg is scored.

Reads two gold files in kg's real-gold format (``tests/gold/real-*.jsonl``, or a coder's own
file with the same fields) and compares the documents both coded. Coder B's events become
predictions (a name the gazetteer knows becomes its actor, any other a person or group named so,
with its ``actor_code`` as country) and are scored by ``kg.eval.score`` against coder A's, by
name and by country code. F1 here is symmetric in the two coders. Sentence agreement is the
share of sentences to which both coders gave the same set of event types (none included).

Example:
    python tools/gold_agreement.py tests/gold/real-dev.jsonl tests/gold/real-heldout.jsonl \
        --second tests/gold/agreement-second-coder.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout, where kg is not installed
    sys.path.insert(0, str(ROOT))

from kg.eval import read_gold, score  # noqa: E402
from kg.gazetteer import load_gazetteer, slug  # noqa: E402
from kg.records import Actor, Event, Mention  # noqa: E402
from kg.resolve import actor_from_entry  # noqa: E402


def _actor(name: str | None, code: str | None) -> Actor | None:
    if not name:
        return None
    entry = load_gazetteer().lookup(name)
    if entry is not None:
        return actor_from_entry(entry)
    country = code if code and code != "IGO" else None
    kind = "igo" if code == "IGO" else "person" if len(name.split()) in (2, 3) else "group"
    return Actor(f"{kind}/{slug(name)}", name, kind, country)


def _events(doc_id: str, coded: Iterable[dict[str, Any]]) -> list[Event]:
    events = []
    for number, event in enumerate(coded):
        actor = _actor(event["actor"], event.get("actor_code"))
        if actor is None:
            continue
        target = _actor(event.get("target"), event.get("target_code"))
        mention = Mention(doc_id, "", 0, 0, 1.0)
        events.append(
            Event(
                f"{doc_id}-{number}",
                event["type"],
                event["type"].lower(),
                None,
                actor,
                target,
                event.get("date"),
                None,
                (mention,),
            )
        )
    return events


def _sentence_types(coded: Iterable[dict[str, Any]], sentences: int) -> list[frozenset[str]]:
    types: list[set[str]] = [set() for _ in range(sentences)]
    for event in coded:
        if isinstance(event.get("sentence"), int) and event["sentence"] < sentences:
            types[event["sentence"]].add(event["type"])
    return [frozenset(t) for t in types]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, nargs="+", help="the first coder's gold files")
    parser.add_argument("--second", type=Path, required=True, help="the second coder's file")
    args = parser.parse_args()
    second = {
        row["id"]: row
        for row in map(json.loads, args.second.read_text(encoding="utf-8").splitlines())
    }
    first_raw = {
        row["id"]: row
        for path in args.first
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    gold_docs = [d for path in args.first for d in read_gold(path).documents if d.id in second]
    pairs = [(d, _events(d.id, second[d.id]["events"])) for d in gold_docs]
    by_name, by_country = score(pairs), score(pairs, by_country=True)
    same = total = 0
    for doc in gold_docs:
        count = int(first_raw[doc.id].get("sentences") or 0)
        a = _sentence_types(first_raw[doc.id]["events"], count)
        b = _sentence_types(second[doc.id]["events"], count)
        same += sum(x == y for x, y in zip(a, b, strict=True))
        total += count
    print(
        f"{len(gold_docs)} documents, {total} sentences; events: first coder {by_name.gold}, "
        f"second coder {by_name.predicted}"
    )
    print(
        f"event agreement (F1, actor+type+target by name): {by_name.f1:.3f} "
        f"(P {by_name.precision:.3f}, R {by_name.recall:.3f})"
    )
    print(f"event agreement by country code: {by_country.f1:.3f}")
    print(f"date agreement on agreed events: {by_name.date_accuracy:.3f}")
    print(f"sentence agreement (same set of event types): {same}/{total} = {same / total:.3f}")


if __name__ == "__main__":
    main()
