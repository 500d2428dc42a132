"""Whether a build's time grows with the length of a text, not with its square (issue 15).

    .venv/bin/python bench/linear.py                   # 1k, 4k, 16k sentences; 5 MB one line
    .venv/bin/python bench/linear.py --mb 1 --json     # a smaller real-article run, as JSON

Two measures, each the seconds of ``extract_events`` (ingest, spaCy, extraction, resolution,
merging: ``kg build`` without writing the graph) on files written to a temporary directory:

- one text of "Putin met Moon in Vladivostok." repeated 1,000, 4,000 and 16,000 times (one
  paragraph), with the ratios 4k/1k and 16k/4k (4.0 is linear; the target is 16k within 5x of 4k);
- a real article (the first of ``--corpus`` at least 2,000 characters long) repeated to ``--mb``
  megabytes on one line, next to the same repetitions as separate articles (one file each), with
  the ratio one-line/split (the target is within 1.3).

The model is loaded and warmed up before timing. Prints a table (or ``--json``); the exit status
is 0 whatever the figures: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.pipeline import extract_events

SENTENCE = "Putin met Moon in Vladivostok."
SENTENCE_COUNTS = (1_000, 4_000, 16_000)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "guardian-dev.jsonl"
FALLBACK_ARTICLE = Path(__file__).resolve().parents[1] / "data"
TARGET_SENTENCE_RATIO = 5.0  # 16k sentences over 4k
TARGET_SPLIT_RATIO = 1.3  # one line over split articles


def real_article(corpus: Path) -> str:
    """The first article of a JSON Lines corpus with at least 2,000 characters, on one line."""
    if corpus.is_file():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            text = str(json.loads(line).get("text", ""))
            if len(text) >= 2_000:
                return " ".join(text.split())
    texts = sorted(FALLBACK_ARTICLE.glob("*.md")) if FALLBACK_ARTICLE.is_dir() else []
    if not texts:
        sys.exit(f"no article: {corpus} is missing and {FALLBACK_ARTICLE} has no .md file")
    return " ".join(texts[0].read_text(encoding="utf-8").split())


def timed_build(paths: list[Path], model: str) -> tuple[float, int]:
    """Seconds of ``extract_events`` on ``paths`` and the number of events it made."""
    started = time.perf_counter()
    result = extract_events([str(p) for p in paths], model=model, date="2017-09-07")
    return time.perf_counter() - started, len(result.events)


def sentence_runs(folder: Path, counts: tuple[int, ...], model: str) -> list[dict[str, Any]]:
    runs = []
    for count in counts:
        path = folder / f"sentences-{count}.txt"
        path.write_text(" ".join([SENTENCE] * count) + "\n", encoding="utf-8")
        seconds, events = timed_build([path], model)
        runs.append({"sentences": count, "chars": path.stat().st_size, "seconds": seconds})
        print(f"{count} sentences: {seconds:.2f} s ({events} events)", file=sys.stderr)
    return runs


def article_runs(folder: Path, article: str, megabytes: float, model: str) -> dict[str, Any]:
    copies = max(1, int(megabytes * 1_000_000 / (len(article) + 1)))
    one_line = folder / "one-line.txt"
    one_line.write_text(" ".join([article] * copies) + "\n", encoding="utf-8")
    split = folder / "split"
    split.mkdir()
    paths = []
    for index in range(copies):
        path = split / f"article-{index:05d}.txt"
        path.write_text(article + "\n", encoding="utf-8")
        paths.append(path)
    one_seconds, one_events = timed_build([one_line], model)
    print(f"one line, {copies} copies: {one_seconds:.2f} s ({one_events} events)", file=sys.stderr)
    split_seconds, split_events = timed_build([split], model)
    print(f"split, {copies} files: {split_seconds:.2f} s ({split_events} events)", file=sys.stderr)
    return {
        "article_chars": len(article),
        "copies": copies,
        "chars": one_line.stat().st_size,
        "one_line_seconds": one_seconds,
        "split_seconds": split_seconds,
        "ratio": one_seconds / split_seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the one-line text")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines of articles")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to load")
    parser.add_argument(
        "--sentences",
        type=int,
        nargs="+",
        default=list(SENTENCE_COUNTS),
        help="sentence counts of the repeated-sentence runs",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    load_pipeline(args.model)
    article = real_article(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm = folder / "warm.txt"
        warm.write_text(article + "\n", encoding="utf-8")
        timed_build([warm], args.model)
        sentences = sentence_runs(folder, tuple(args.sentences), args.model)
        articles = article_runs(folder, article, args.mb, args.model)
    ratios = {
        f"{b['sentences']}/{a['sentences']}": b["seconds"] / a["seconds"]
        for a, b in itertools.pairwise(sentences)
    }
    if args.json:
        print(json.dumps({"sentences": sentences, "ratios": ratios, "article": articles}))
        return 0
    print(f"{'sentences':>10} {'chars':>10} {'seconds':>9}")
    for run in sentences:
        print(f"{run['sentences']:>10} {run['chars']:>10} {run['seconds']:>9.2f}")
    for name, ratio in ratios.items():
        print(f"ratio {name}: {ratio:.2f} (linear: {name_ratio(name):.1f})")
    last = list(ratios.values())[-1] if ratios else 0.0
    verdict = "PASS" if last <= TARGET_SENTENCE_RATIO else "ABOVE"
    print(f"last ratio {last:.2f} against the target {TARGET_SENTENCE_RATIO}: {verdict}")
    mb = articles["chars"] / 1_000_000
    print(
        f"real article ({articles['article_chars']} chars) x {articles['copies']} = {mb:.2f} MB: "
        f"one line {articles['one_line_seconds']:.2f} s, split {articles['split_seconds']:.2f} s, "
        f"ratio {articles['ratio']:.2f} "
        f"({'PASS' if articles['ratio'] <= TARGET_SPLIT_RATIO else 'ABOVE'} against "
        f"{TARGET_SPLIT_RATIO})"
    )
    return 0


def name_ratio(name: str) -> float:
    """The linear ratio of a "b/a" run name: b / a."""
    high, low = name.split("/")
    return int(high) / int(low)


if __name__ == "__main__":
    raise SystemExit(main())
