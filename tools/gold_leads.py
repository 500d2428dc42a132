"""Cut the leads of real articles into sentences for coding gold events by hand.

Reads ``../shared/corpora/guardian-dev.jsonl`` (or ``--corpus``), picks ``--articles`` articles
in a fixed random order (``--seed``), and writes each one's first ``--sentences`` sentences, one
JSON object an article: ``id``, ``published``, ``split`` (``dev`` or ``heldout``, decided here
once, by article) and ``sentences``. The splitter is a plain rule (a full stop, question or
exclamation mark, maybe a closing quote, then a space and a capital or an opening quote), so the
cut does not depend on kg. The coded gold (``tests/gold/real-*.jsonl``) quotes these leads.

The same seed with more ``--articles`` keeps the first ones and their split, so the gold can
grow: ``--articles 144`` gives the 120 first coded plus the 24 coded later (all dev), and
``--articles 209 --heldout-from 144`` adds the last 65, held out like the first 40.

Example:
    python tools/gold_leads.py --articles 144 --heldout 40 -o /tmp/leads.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-dev.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘A-Z0-9])")
_ABBREVIATIONS = (
    *("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "U.S.", "U.N."),
    *("Gen.", "Lt.", "Col.", "Sgt.", "Jr."),
)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, cut after sentence-final punctuation, abbreviations kept whole."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()].rstrip()
        if piece.endswith(_ABBREVIATIONS) and not piece.endswith(("U.S.", "U.N.")):
            continue
        end = match.start() + len(match.group(0).rstrip())
        pieces.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return [p for p in pieces if p]


def leads(
    corpus: Path,
    articles: int,
    heldout: int,
    per_article: int,
    seed: int,
    heldout_from: int | None = None,
) -> list[dict]:
    """The first ``articles`` articles in the seeded order, each cut to its lead, with its split.

    Articles numbered under ``heldout``, or from ``heldout_from`` on, are held out; the rest dev.
    """
    lines = corpus.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    random.Random(seed).shuffle(rows)
    picked = rows[:articles]
    out = []
    for number, row in enumerate(picked):
        out.append(
            {
                "id": row["id"],
                "published": row["published"][:10],
                "split": "heldout" if _held_out(number, heldout, heldout_from) else "dev",
                "sentences": sentences(row["text"])[:per_article],
            }
        )
    return out


def _held_out(number: int, heldout: int, heldout_from: int | None) -> bool:
    return number < heldout or (heldout_from is not None and number >= heldout_from)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--heldout", type=int, default=40)
    parser.add_argument(
        "--heldout-from",
        type=int,
        default=None,
        help="also hold out the articles from this number on",
    )
    parser.add_argument("--sentences", type=int, default=12)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    rows = leads(
        args.corpus, args.articles, args.heldout, args.sentences, args.seed, args.heldout_from
    )
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(len(r["sentences"]) for r in rows)
    held = sum(len(r["sentences"]) for r in rows if r["split"] == "heldout")
    print(f"{len(rows)} articles, {total} sentences ({held} held out) -> {args.output}")


if __name__ == "__main__":
    main()
