"""The corpus generator of bench/throughput.py: deterministic, sized, naming real actors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

THROUGHPUT = Path(__file__).resolve().parents[1] / "bench" / "throughput.py"
REAL_STATES = ("Russia", "China", "France", "Germany", "Japan", "India", "Iran", "Ukraine", "Egypt")
REAL_LEADERS = ("Vladimir Putin", "Xi Jinping", "Moon Jae-in", "Emmanuel Macron", "Narendra Modi")


@pytest.fixture(scope="module")
def throughput() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_throughput", THROUGHPUT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_sized_and_names_real_actors(throughput: ModuleType) -> None:
    corpus = throughput.generate_corpus(40, 120, seed=7)

    assert corpus == throughput.generate_corpus(40, 120, seed=7)
    assert corpus != throughput.generate_corpus(40, 120, seed=8)
    assert len(corpus) == 40
    assert len({document.id for document in corpus}) == 40
    for document in corpus:
        assert 0.8 * 120 <= len(document.text.split()) <= 1.2 * 120
        assert document.published is not None
    everything = "\n".join(document.text for document in corpus)
    assert all(state in everything for state in REAL_STATES)
    assert all(leader in everything for leader in REAL_LEADERS)
    for document in corpus:  # each names at least two states of the pool, or their leaders
        text = document.text
        named = [c for c in throughput.COUNTRIES if c.name in text or c.leader in text]
        assert len(named) >= 2
