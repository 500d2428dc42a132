"""Figures of a build of real articles that the issue on extraction quality asks for.

    .venv/bin/python bench/corpus.py            # builds ../shared/corpora/guardian-dev.jsonl
    .venv/bin/python bench/corpus.py --events out/g.jsonl --graph out/g.ttl   # an existing build
    .venv/bin/python bench/corpus.py --sample 100 --seed 1  # also prints 100 random events to read

Prints: documents and events; events by type; the share of events whose actor is a person with
no country and no organisation (a person who acts for an IGO, NGO or armed group, such as the
UN's envoy, is affiliated though they have no country; they are counted apart); events dated by
an age (a year 19NN whose sentence gives NN as a number but not the year: "Shiyar Khalil, 32,"
once made 1932) and events before 1900; the rows of ``kg who-met``.
With ``--sample`` it prints random events with their sentences, for reading against the
codebook (``../shared/gold/CODEBOOK.md``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-dev.jsonl"
KG = str(Path(sys.executable).with_name("kg"))


def build(corpus: Path, out: Path, workers: int) -> tuple[Path, Path]:
    graph, events = out / "corpus.ttl", out / "corpus.jsonl"
    command = [KG, "build", str(corpus), "-o", str(graph), "--events", str(events)]
    subprocess.run([*command, "--workers", str(workers)], check=True)
    return graph, events


def dated_by_age(event: dict[str, Any]) -> bool:
    """A year 19NN whose sentence has NN standing alone and not the year itself."""
    date = event.get("date") or ""
    if not re.fullmatch(r"19\d\d(-\d\d(-\d\d)?)?", date):
        return False
    year = date[:4]
    sentences = " ".join(m["sentence"] for m in event["mentions"])
    return year not in sentences and re.search(rf"\b{int(year[2:])}\b", sentences) is not None


def person_without_country(event: dict[str, Any]) -> bool:
    """An actor who is a person with neither a country nor an organisation they act for."""
    actor = event["actor"]
    return (
        actor.get("kind") == "person" and not actor.get("country") and not actor.get("affiliation")
    )


def person_of_organisation(event: dict[str, Any]) -> bool:
    """An actor who is a person with no country who acts for an organisation ("IGO-UN")."""
    actor = event["actor"]
    return (
        actor.get("kind") == "person"
        and not actor.get("country")
        and bool(actor.get("affiliation"))
    )


def figures(events: list[dict[str, Any]], graph: Path) -> dict[str, Any]:
    who_met = subprocess.run(
        [KG, "who-met", str(graph), "--format", "json"], capture_output=True, text=True, check=True
    ).stdout
    meetings = [json.loads(line) for line in who_met.splitlines() if line.strip()]
    return {
        "documents": len({m["doc"] for e in events for m in e["mentions"]}),
        "events": len(events),
        "by_type": dict(Counter(e["type"] for e in events).most_common()),
        "person_actor_without_country": sum(map(person_without_country, events)),
        "person_actor_of_organisation": sum(map(person_of_organisation, events)),
        "dated_by_age": sum(map(dated_by_age, events)),
        "before_1900": sum(1 for e in events if (e.get("date") or "9999") < "1900"),
        "who_met_rows": len(meetings),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--events", type=Path, help="events of an existing build (JSON Lines)")
    parser.add_argument("--graph", type=Path, help="its graph (Turtle), for kg who-met")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.events is None or args.graph is None:
            args.graph, args.events = build(args.corpus, Path(scratch), args.workers)
        events = [json.loads(line) for line in args.events.read_text().splitlines() if line]
        found = figures(events, args.graph)
    share = found["person_actor_without_country"] / max(found["events"], 1)
    print(f"{found['documents']} documents, {found['events']} events")
    print("by type: " + ", ".join(f"{t} {n}" for t, n in found["by_type"].items()))
    print(
        "actor a person with no country and no organisation: "
        f"{found['person_actor_without_country']} ({share:.1%}); "
        f"a person with no country who acts for an organisation (counted as affiliated): "
        f"{found['person_actor_of_organisation']}"
    )
    print(f"dated by an age: {found['dated_by_age']}; dated before 1900: {found['before_1900']}")
    print(f"who-met rows: {found['who_met_rows']}")
    for event in random.Random(args.seed).sample(events, min(args.sample, len(events))):
        target = event["target"]["label"] if event.get("target") else "-"
        sentence = event["mentions"][0]["sentence"]
        print(
            f"\n{event['type']} | {event['actor']['label']} "
            f"({event['actor'].get('country') or event['actor'].get('affiliation')}) "
            f"-> {target} | {event.get('date')} | {event['mentions'][0]['doc']}\n  {sentence}"
        )


if __name__ == "__main__":
    main()
