"""The page of kg viz at scale: first paint and a filter's time on 50,000 generated events.

    .venv/bin/python bench/viz_page.py                 # 50,000 events, 3 runs
    .venv/bin/python bench/viz_page.py --events 5000 --runs 1

It generates events (seeded ``random``: the same graph every time) among a few thousand actors:
real states (from kg's gazetteer), people of those states, groups and international bodies,
chosen with a heavy tail so that some are hubs and most appear a few times; 70% have a target,
dates spread over two years with 1% stray dates decades before, one evidence sentence each.
It writes the page with ``kg.viz.write_viz`` (timed; the file's size is reported), then opens it
in headless Chromium (tests/browser.py, over the DevTools protocol) ``--runs`` times and reads:

- first paint: ``performance.now()`` when the page has drawn the network and placed its labels,
  with the header (the page sets ``data-first-paint-ms`` on ``<html>``), counted from the start of
  navigation; the page draws them from a small block of its own (the first view), before it reads
  the events;
- ready: when the page has read the events and listed the timeline, so that the filters, search
  and charts work (``data-ready-ms``; an interaction before then waits for it);
- a filter, once ready: the time from choosing "material conflict" in the type filter to the next
  frame after the network, histogram and timeline were redrawn;
- a search, once ready: typing a name and pressing Enter, to the next frame.

It prints each run and the medians. A measurement, not a test: the exit status is 0.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import Browser, chromium  # noqa: E402

from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.records import Actor, Event, Mention, Place  # noqa: E402
from kg.viz import ViewOptions, write_viz  # noqa: E402

STATES = [
    "USA",
    "RUS",
    "CHN",
    "TUR",
    "SYR",
    "IRN",
    "IRQ",
    "GBR",
    "FRA",
    "DEU",
    "ISR",
    "SAU",
    "UKR",
    "KOR",
    "PRK",
    "JPN",
    "IND",
    "PAK",
    "EGY",
    "AFG",
    "QAT",
    "JOR",
    "LBN",
    "YEM",
    "ITA",
    "ESP",
    "POL",
    "CAN",
    "AUS",
    "BRA",
    "MEX",
    "NGA",
    "ETH",
    "KEN",
    "ZAF",
    "VEN",
    "CUB",
    "LBY",
    "SDN",
    "SOM",
]
CODES = {
    "010": "STATEMENT",
    "036": "CONSULT",
    "040": "CONSULT",
    "042": "CONSULT",
    "051": "COOPERATE",
    "057": "AGREE",
    "061": "COOPERATE",
    "070": "AID",
    "080": "CONCEDE",
    "090": "REQUEST",
    "111": "ACCUSE",
    "112": "ACCUSE",
    "120": "REJECT",
    "130": "THREATEN",
    "140": "PROTEST",
    "163": "SANCTION",
    "150": "MOBILIZE",
    "173": "COERCE",
    "190": "ASSAULT",
    "195": "ASSAULT",
}
WORDS = [
    "talks",
    "ceasefire",
    "border",
    "troops",
    "minister",
    "sanctions",
    "envoy",
    "summit",
    "strike",
    "agreement",
    "refugees",
    "pipeline",
    "council",
    "aid",
    "convoy",
    "offensive",
    "statement",
    "delegation",
    "embassy",
    "negotiations",
]


def generated_events(count: int, seed: int = 14) -> list[Event]:
    """``count`` events among states, their people, groups and bodies, with hubs."""
    rng = random.Random(seed)
    gazetteer = load_gazetteer()
    states = []
    for code in STATES:
        entry = gazetteer.lookup(code)
        states.append(Actor(code, entry.label if entry else code, "state", code))
    people = [
        Actor(f"person/p{n}", f"Person {n:04d}", "person", rng.choice(STATES)) for n in range(2500)
    ]
    groups = [Actor(f"group/g{n}", f"Armed Group {n:03d}", "group") for n in range(300)]
    bodies = [Actor(f"igo/b{n}", f"Body {n:02d}", "igo") for n in range(30)]
    everyone = [*states, *people, *groups, *bodies]

    def pick() -> Actor:
        # a heavy tail: the first actors of each kind far busier than the rest
        pool = rng.choices((states, people, groups, bodies), weights=(5, 8, 3, 1))[0]
        return pool[min(len(pool) - 1, int(rng.paretovariate(1.1)) - 1)]

    codes = list(CODES)
    events = []
    for n in range(count):
        actor = pick()
        target = pick() if rng.random() < 0.7 else None
        if target == actor:
            target = rng.choice(everyone)
        if rng.random() < 0.01:
            date = f"{rng.randint(1918, 1990)}"
        else:
            day = rng.randint(0, 729)
            date = time.strftime("%Y-%m-%d", time.gmtime((17532 + day) * 86400))  # from 2018
        cameo = rng.choice(codes)
        words = " ".join(rng.choice(WORDS) for _ in range(14))
        named = target.label if target else "reporters"
        sentence = f"{actor.label} {CODES[cameo].lower()} {named}: {words}."
        events.append(
            Event(
                id=f"event/{n}",
                type=CODES[cameo],
                action=CODES[cameo].lower(),
                cameo=cameo,
                actor=actor,
                target=target,
                date=date,
                place=Place(rng.choice(states).label) if rng.random() < 0.3 else None,
                mentions=(Mention(f"doc-{rng.randint(0, 7999)}", sentence, 0, len(sentence)),),
            )
        )
    return events


_FILTER = """(async () => {
  const select = document.getElementById('type-filter');
  const start = performance.now();
  select.value = 'q:4';
  select.dispatchEvent(new Event('change'));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const took = performance.now() - start;
  select.value = '';
  select.dispatchEvent(new Event('change'));
  return took;
})()"""

_SEARCH = """(async () => {
  const search = document.getElementById('search');
  const start = performance.now();
  search.value = 'Person 0001';
  search.dispatchEvent(new Event('input'));
  search.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - start;
})()"""


def measure(page: Path, runs: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {
        "first_paint_ms": [],
        "ready_ms": [],
        "filter_ms": [],
        "search_ms": [],
    }
    for run in range(runs):
        with Browser(chromium()) as browser:
            browser.open(page, "document.documentElement.dataset.firstPaintMs")
            paint = float(browser.evaluate("document.documentElement.dataset.firstPaintMs"))
            browser.wait_for("document.documentElement.dataset.readyMs")
            ready = float(browser.evaluate("document.documentElement.dataset.readyMs"))
            nodes = browser.evaluate("document.getElementById('network').dataset.nodes")
            filtered = float(browser.evaluate(_FILTER))
            searched = float(browser.evaluate(_SEARCH))
            if browser.complaints():
                raise SystemExit(f"the page complained: {browser.complaints()}")
        figures["first_paint_ms"].append(paint)
        figures["ready_ms"].append(ready)
        figures["filter_ms"].append(filtered)
        figures["search_ms"].append(searched)
        print(
            f"run {run + 1}: first paint {paint:.0f} ms ({nodes} actors drawn), "
            f"ready {ready:.0f} ms, filter {filtered:.0f} ms, search {searched:.0f} ms",
            file=sys.stderr,
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the page here and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args()

    events = generated_events(arguments.events)
    directory = Path(tempfile.mkdtemp(prefix="kg-viz-bench-"))
    page = arguments.keep or directory / "page.html"
    started = time.perf_counter()
    write_viz(events, page, options=ViewOptions())
    written = time.perf_counter() - started
    size = page.stat().st_size
    print(f"{len(events)} events: page in {written:.1f} s, {size / 1e6:.1f} MB", file=sys.stderr)
    figures = measure(page, arguments.runs)
    medians = {name: round(statistics.median(values)) for name, values in figures.items()}
    result = {
        "events": len(events),
        "page_mb": round(size / 1e6, 2),
        "write_s": round(written, 1),
        "runs": arguments.runs,
        **{f"median_{name}": value for name, value in medians.items()},
    }
    if arguments.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['events']} events, page {result['page_mb']} MB (written in "
            f"{result['write_s']} s); median of {arguments.runs} runs: first paint "
            f"{medians['first_paint_ms']} ms, ready {medians['ready_ms']} ms, "
            f"filter {medians['filter_ms']} ms, "
            f"search {medians['search_ms']} ms"
        )


if __name__ == "__main__":
    main()
