"""kg validate at scale: seconds to validate generated stores of 10k, 100k and 1M triples.

    .venv/bin/python bench/validate.py                       # 10,000, 100,000 and 1,000,000
    .venv/bin/python bench/validate.py --triples 10000 100000

The stores are made as bench/store.py makes its store (generated mentions, seeded, loaded with
kg's own store code); each is then validated as ``kg validate STORE --limit 0`` does
(``kg.validate.validate_dataset`` on the store opened read-only: every node, no early stop).
Prints one line per size (triples, nodes checked, seconds, verdict) to stdout.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store import MENTIONS_PER_DOCUMENT, TRIPLES_PER_MENTION, _build, generate

from kg.store import open_dataset
from kg.validate import validate_dataset

SIZES = (10_000, 100_000, 1_000_000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    print("triples\tdocuments\tevents\tvalidate_seconds\tverdict")
    for triples in options.triples:
        with tempfile.TemporaryDirectory() as directory:
            store = Path(directory) / "kgstore"
            documents = max(2, triples // (TRIPLES_PER_MENTION * MENTIONS_PER_DOCUMENT))
            docs, mentions = generate(documents, seed=options.seed)
            summary = _build(store, docs, mentions)
            start = time.perf_counter()
            report = validate_dataset(open_dataset(store))
            seconds = time.perf_counter() - start
            verdict = "conforms" if report.conforms else f"{len(report.violations)} results"
            print(
                f"{summary.triples}\t{summary.documents}\t{summary.events}\t{seconds:.1f}\t{verdict}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
