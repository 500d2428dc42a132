"""Where kg's extraction time goes: spaCy's pipeline against kg's own rules, resolution and
components, from a pyinstrument profile of ``kg.pipeline.document_mentions``.

Example:
    .venv/bin/python bench/time_split.py                 # 150 generated documents of 250 words
    .venv/bin/python bench/time_split.py --docs 50 --words 120
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # bench/scale.py, which loads the corpus generator

from kg.nlp import load_pipeline
from kg.pipeline import document_mentions

# kg's own parts of the extraction; the rest of the time is spaCy's pipeline
KG_PARTS = {
    "extract_mentions": "kg's rules",
    "resolve_document": "kg's resolution",
    "GazetteerMatcher.__call__": "kg component",
    "merge_hyphenated_names": "kg component",
    "extend_person_names": "kg component",
    "fix_verb_lemmas": "kg component",
    "FrontedParticiples.__call__": "kg component",
}


def _name(frame: Frame) -> str:
    return f"{frame.class_name}.{frame.function}" if frame.class_name else frame.function


def kg_seconds(frame: Frame, inside: bool = False) -> dict[str, float]:
    """Seconds spent in each of ``KG_PARTS`` under ``frame`` (outermost calls only)."""
    seconds: dict[str, float] = {}
    hit = _name(frame) in KG_PARTS
    if hit and not inside:
        seconds[_name(frame)] = frame.time
    for child in frame.children:
        for name, time in kg_seconds(child, inside or hit).items():
            seconds[name] = seconds.get(name, 0.0) + time
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--words", type=int, default=250)
    arguments = parser.parse_args(argv)
    corpus = scale._throughput_module()
    documents = corpus.generate_corpus(arguments.docs, arguments.words)
    load_pipeline()
    list(document_mentions(documents[:5]))  # warm-up
    profiler = Profiler(interval=0.001)
    profiler.start()
    list(document_mentions(documents))
    profiler.stop()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        raise SystemExit("the profile recorded nothing")
    parts = kg_seconds(root)
    total = root.time
    print(f"{len(documents)} documents, {corpus.word_count(documents)} words: {total:.2f} s")
    for name, seconds in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {name:28} {KG_PARTS[name]:16} {seconds:6.2f} s {100 * seconds / total:5.1f}%")
    rest = total - sum(parts.values())
    print(f"  {'spaCy pipeline and the rest':45} {rest:6.2f} s {100 * rest / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
