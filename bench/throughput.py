"""Throughput of kg's build next to bare spaCy ``nlp.pipe`` with the same model, in one run.

    .venv/bin/python bench/throughput.py                 # 300 generated documents of ~250 words
    .venv/bin/python bench/throughput.py --docs 50 --json

Three runs over the same generated corpus, alternated in one process so that drift hits them alike:

- bare spaCy: ``spacy.load(model).pipe(texts, batch_size=32)``, the plain model;
- kg extraction: ``kg.pipeline.document_mentions`` (kg's components, extraction, resolution);
- kg end to end: the documents written as JSON Lines, ``extract_events`` on that file (ingest,
  extraction, merging), ``events_graph`` and ``write_turtle`` to a temporary directory.

Models are loaded (and kg's pipeline built) once, before timing; a warm-up run of each comes first.
The best of ``--repeats`` timed runs of each is reported. Exit status is 0 whatever the ratio: this
is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.records import Document

TARGET_RATIO = 0.85  # kg's throughput over bare spaCy's that the project aims for
BATCH_SIZE = 32
WARMUP_DOCS = 8
DEFAULT_SEED = 2017


# -- the corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    """A state as the templates use it, with a leader (real names, from different years)."""

    name: str
    demonym: str
    capital: str
    title: str
    leader: str
    surname: str


COUNTRIES: tuple[Country, ...] = (
    Country("Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Putin"),
    Country("China", "Chinese", "Beijing", "President", "Xi Jinping", "Xi"),
    Country("the United States", "U.S.", "Washington", "President", "Joe Biden", "Biden"),
    Country("France", "French", "Paris", "President", "Emmanuel Macron", "Macron"),
    Country("Germany", "German", "Berlin", "Chancellor", "Olaf Scholz", "Scholz"),
    Country("Japan", "Japanese", "Tokyo", "Prime Minister", "Fumio Kishida", "Kishida"),
    Country("South Korea", "South Korean", "Seoul", "President", "Moon Jae-in", "Moon"),
    Country("India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Modi"),
    Country("Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Erdogan"),
    Country("Iran", "Iranian", "Tehran", "President", "Hassan Rouhani", "Rouhani"),
    Country("Britain", "British", "London", "Prime Minister", "Rishi Sunak", "Sunak"),
    Country("Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Zelensky"),
    Country("North Korea", "North Korean", "Pyongyang", "leader", "Kim Jong-un", "Kim"),
    Country("Canada", "Canadian", "Ottawa", "Prime Minister", "Justin Trudeau", "Trudeau"),
    Country("Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Sisi"),
    Country("Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Lula"),
)
VENUES: tuple[str, ...] = (
    "Geneva",
    "Vienna",
    "Vladivostok",
    "Helsinki",
    "Singapore",
    "Davos",
    "Osaka",
    "Shanghai",
)
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Sentences that report (or pointedly do not report) an event between two states or leaders.
EVENT_TEMPLATES: tuple[str, ...] = (
    "{leader} met {leader2} in {venue} on {weekday}.",
    "{country} condemned {country2}'s missile test.",
    "{leader} said that {country} would not accept new sanctions from {country2}.",
    "The {demonym} foreign minister urged {country2} to return to negotiations.",
    "{leader} held talks with {leader2} in {capital2} on {month} {day}, officials said.",
    "{country} accused {country2} of violating the ceasefire along the border.",
    "{country} imposed sanctions on {country2} over its nuclear programme on {weekday}.",
    "{leader} called on {country2} to withdraw its troops from the disputed region.",
    "Officials in {capital} rejected the proposal from {country2}, calling it unacceptable.",
    "{leader} and {leader2} signed an agreement on energy cooperation in {venue}.",
    "{country} pledged {amount} million dollars in humanitarian aid to {country2}.",
    "{leader} warned that {country} would respond to any attack by {country2}.",
    "It does not appear that {surname} and {surname2} have spoken since {month}.",
    "{leader} will visit {capital2} next week, the {demonym} foreign ministry said.",
    "The {demonym} government expelled two diplomats from {country2} on {weekday}.",
    "{leader2} praised {leader} for his support during the crisis.",
    "{leader} arrived in {capital2} on {weekday}. He told reporters that {country2} was a partner.",
)
# Wire-news filler about markets, the economy and the weather: no actors acting on each other.
FILLER_TEMPLATES: tuple[str, ...] = (
    "Oil prices rose {pct} percent on {weekday} as traders weighed supply concerns.",
    "The central bank left its benchmark interest rate unchanged at {rate} percent.",
    "Heavy rain is expected across the region over the weekend, forecasters said.",
    "Stock markets in {capital} closed {direction} after a volatile session.",
    "Inflation eased to {rate} percent in {month}, official data showed.",
    "Temperatures in {capital} are forecast to reach {temp} degrees Celsius this week.",
    "Analysts said the talks were unlikely to produce a quick breakthrough.",
    "The currency weakened against the dollar for a third straight day.",
    "Unemployment fell slightly in the third quarter, according to the statistics office.",
    "Shipping through the main port was delayed by strong winds and high waves.",
    "Exports grew faster than expected last month, helped by strong demand for machinery.",
    "Several flights were cancelled after fog settled over the airport early in the morning.",
)
HEADLINES: tuple[str, ...] = (
    "{surname} meets {surname2} as tensions rise",
    "{country} and {country2} trade accusations over border",
    "{surname} urges calm after {country2} test",
    "Talks between {country} and {country2} end without deal",
)
EVENT_SHARE = 0.6  # share of sentences that are event sentences; the rest is filler
FIRST_PUBLISHED = dt.date(2017, 1, 1)
PUBLISHED_SPAN_DAYS = 8 * 365


def _leader_phrase(country: Country, rng: random.Random) -> str:
    """How wire copy names a leader: with title and nationality, in full, or by surname."""
    form = rng.randrange(3)
    if form == 0:
        return f"{country.demonym} {country.title} {country.leader}"
    return country.leader if form == 1 else country.surname


def _sentence_fields(cast: Sequence[Country], rng: random.Random) -> dict[str, str]:
    """The values one sentence's template may use, for two distinct states of the cast."""
    first, second = rng.sample(list(cast), 2)
    return {
        "leader": _leader_phrase(first, rng),
        "leader2": _leader_phrase(second, rng),
        "surname": first.surname,
        "surname2": second.surname,
        "country": first.name,
        "country2": second.name,
        "demonym": first.demonym,
        "capital": first.capital,
        "capital2": second.capital,
        "venue": rng.choice(VENUES),
        "weekday": rng.choice(WEEKDAYS),
        "month": rng.choice(MONTHS),
        "day": str(rng.randint(1, 28)),
        "amount": str(rng.randrange(10, 500, 10)),
        "pct": f"{rng.uniform(0.2, 4.0):.1f}",
        "rate": f"{rng.uniform(0.5, 9.0):.1f}",
        "temp": str(rng.randint(-5, 38)),
        "direction": rng.choice(("higher", "lower")),
    }


def _sentence(cast: Sequence[Country], rng: random.Random) -> str:
    templates = EVENT_TEMPLATES if rng.random() < EVENT_SHARE else FILLER_TEMPLATES
    text = rng.choice(templates).format(**_sentence_fields(cast, rng))
    return text[0].upper() + text[1:]  # "the United States ..." opening a sentence


def _body(cast: Sequence[Country], words: int, rng: random.Random) -> str:
    """Sentences while they bring the count nearer ``words``, in paragraphs of one to three."""
    sentences = [_sentence(cast, rng)]
    count = len(sentences[0].split())
    while True:
        sentence = _sentence(cast, rng)
        after = count + len(sentence.split())
        if abs(after - words) >= abs(count - words):
            break
        sentences.append(sentence)
        count = after
    paragraphs = []
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:size]))
        del sentences[:size]
    return "\n\n".join(paragraphs)


def generate_corpus(docs: int, words: int, *, seed: int = DEFAULT_SEED) -> list[Document]:
    """``docs`` news-like documents of about ``words`` words each; the same for the same seed."""
    rng = random.Random(seed)
    corpus = []
    for number in range(docs):
        cast = rng.sample(COUNTRIES, rng.randint(2, 4))
        published = FIRST_PUBLISHED + dt.timedelta(days=rng.randrange(PUBLISHED_SPAN_DAYS))
        title = rng.choice(HEADLINES).format(**_sentence_fields(cast, rng))
        corpus.append(
            Document(
                id=f"bench-{number:05d}",
                text=_body(cast, words, rng),
                title=title[0].upper() + title[1:],
                published=published.isoformat(),
                source="bench",
            )
        )
    return corpus


def word_count(documents: Sequence[Document]) -> int:
    return sum(len(document.text.split()) for document in documents)


def write_jsonl(documents: Sequence[Document], path: Path) -> None:
    """The documents as kg's JSON Lines input: one object with ``text`` and metadata a line."""
    with path.open("w", encoding="utf-8") as stream:
        for document in documents:
            record = {key: value for key, value in asdict(document).items() if value is not None}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


# -- the runs ----------------------------------------------------------------------------------


@dataclass
class Run:
    """The timings of one kind of run: total seconds of each repeat, and its stages."""

    name: str
    seconds: list[float] = field(default_factory=list)
    stages: list[dict[str, float]] = field(default_factory=list)
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def best_stages(self) -> dict[str, float]:
        return self.stages[self.seconds.index(self.best)] if self.stages else {}


def run_bare(nlp: Any, documents: Sequence[Document]) -> dict[str, float]:
    """Bare spaCy: every text through the plain model, the Docs thrown away."""
    texts = [document.text for document in documents]
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return {}


def run_kg_extraction(model: str, documents: Sequence[Document]) -> dict[str, float]:
    """kg's pipeline on ready documents: kg components, extraction, resolution."""
    from kg.pipeline import document_mentions

    mentions = sum(len(found) for _document, found in document_mentions(documents, model=model))
    return {"mentions": mentions}


def run_kg_end_to_end(model: str, documents: Sequence[Document]) -> dict[str, float]:
    """Documents to JSON Lines to events to a Turtle file, each stage timed."""
    from kg.pipeline import extract_events
    from kg.rdf import events_graph, write_turtle

    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as directory:
        jsonl, turtle = Path(directory) / "corpus.jsonl", Path(directory) / "graph.ttl"
        start = time.perf_counter()
        write_jsonl(documents, jsonl)
        stages["write_jsonl"] = _lap(start)
        start = time.perf_counter()
        result = extract_events([str(jsonl)], model=model)
        stages["extract_events"] = _lap(start)
        start = time.perf_counter()
        graph = events_graph(result.events, result.documents)
        stages["events_graph"] = _lap(start)
        start = time.perf_counter()
        write_turtle(graph, turtle)
        stages["write_turtle"] = _lap(start)
        stages["events"] = len(result.events)
        stages["triples"] = len(graph)
    return stages


def _lap(start: float) -> float:
    return time.perf_counter() - start


def timed(run: Callable[[], dict[str, float]]) -> tuple[float, dict[str, float]]:
    start = time.perf_counter()
    stages = run()
    return _lap(start), stages


_COUNTS = ("mentions", "events", "triples")  # run results that are counts, not seconds


def measure(
    model: str, documents: Sequence[Document], repeats: int, *, log: Callable[[str], None]
) -> list[Run]:
    """Warm up, then alternate bare, kg extraction, kg end to end ``repeats`` times."""
    import spacy

    from kg.nlp import load_pipeline

    log(f"loading {model} (bare) and kg's pipeline ...")
    bare_nlp = spacy.load(model)
    load_pipeline(model)  # cached per process: document_mentions and extract_events reuse it
    runs: dict[str, Callable[[Sequence[Document]], dict[str, float]]] = {
        "bare spaCy": lambda docs: run_bare(bare_nlp, docs),
        "kg extraction": lambda docs: run_kg_extraction(model, docs),
        "kg end to end": lambda docs: run_kg_end_to_end(model, docs),
    }
    warmup = documents[:WARMUP_DOCS]
    for function in runs.values():
        function(warmup)
    results = {name: Run(name) for name in runs}
    for repeat in range(1, repeats + 1):
        for name, function in runs.items():
            seconds, stages = timed(functools.partial(function, documents))
            log(f"  repeat {repeat}: {name:<14} {seconds:7.2f} s")
            results[name].seconds.append(seconds)
            results[name].extra = {k: int(v) for k, v in stages.items() if k in _COUNTS}
            results[name].stages.append({k: v for k, v in stages.items() if k not in _COUNTS})
    return list(results.values())


# -- the report --------------------------------------------------------------------------------


def figures(model: str, documents: Sequence[Document], runs: Sequence[Run]) -> dict[str, Any]:
    """Everything measured, as one JSON-ready object."""
    from spacy import about

    docs, words = len(documents), word_count(documents)
    bare = runs[0].best
    report: dict[str, Any] = {
        "model": model,
        "spacy": about.__version__,
        "docs": docs,
        "words": words,
        "repeats": len(runs[0].seconds),
        "target_ratio": TARGET_RATIO,
        "runs": {},
        "ratios": {},
        "paired_ratios": {},
    }
    for run in runs:
        report["runs"][run.name] = {
            "seconds": round(run.best, 4),
            "docs_per_s": round(docs / run.best, 2),
            "words_per_s": round(words / run.best, 1),
            "all_seconds": [round(seconds, 4) for seconds in run.seconds],
            "stages": {name: round(value, 4) for name, value in run.best_stages.items()},
            **run.extra,
        }
        if run is not runs[0]:
            name = f"{run.name} / bare spaCy"
            # Same work, so the throughput ratio is a time ratio: best over best, and per repeat
            # (bare and kg run back to back, so these pairs show how much drift there was).
            report["ratios"][name] = round(bare / run.best, 3)
            paired = zip(runs[0].seconds, run.seconds, strict=True)
            report["paired_ratios"][name] = [round(b / k, 3) for b, k in paired]
    report["median_seconds"] = {run.name: round(statistics.median(run.seconds), 4) for run in runs}
    return report


def table(report: dict[str, Any]) -> str:
    lines = [
        f"model {report['model']} (spaCy {report['spacy']}), best of {report['repeats']} "
        f"after a warm-up",
        "",
        f"{'run':<16}{'docs':>7}{'words':>9}{'seconds':>10}{'docs/s':>9}{'words/s':>10}",
    ]
    for name, run in report["runs"].items():
        lines.append(
            f"{name:<16}{report['docs']:>7}{report['words']:>9}{run['seconds']:>10.2f}"
            f"{run['docs_per_s']:>9.1f}{run['words_per_s']:>10.0f}"
        )
        for stage, seconds in run["stages"].items():
            lines.append(f"  {stage:<30}{seconds:>10.2f}")
    made = report["runs"]["kg end to end"]
    lines.append(f"  ({made.get('events', 0)} events, {made.get('triples', 0)} triples)")
    lines.append("")
    for name, ratio in report["ratios"].items():
        verdict = "PASS" if ratio >= report["target_ratio"] else "BELOW"
        paired = ", ".join(f"{value:.2f}" for value in report["paired_ratios"][name])
        lines.append(
            f"{name:<30}{ratio:>6.2f}  {verdict} (target >= {report['target_ratio']}; "
            f"per repeat {paired})"
        )
    return "\n".join(lines)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    from kg.nlp import DEFAULT_MODEL

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="documents to generate")
    parser.add_argument("--words", type=int, default=250, help="words per document, about")
    parser.add_argument("--repeats", type=int, default=2, help="timed runs of each kind")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus random seed")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    arguments = parser.parse_args(argv)
    if arguments.docs < 1 or arguments.words < 1 or arguments.repeats < 1:
        parser.error("--docs, --words and --repeats must be at least 1")
    return arguments


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    documents = generate_corpus(arguments.docs, arguments.words, seed=arguments.seed)
    log(f"{len(documents)} documents, {word_count(documents)} words")
    runs = measure(arguments.model, documents, arguments.repeats, log=log)
    report = figures(arguments.model, documents, runs)
    print(json.dumps(report) if arguments.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
