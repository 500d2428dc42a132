"""The corpus generator of bench/throughput.py (deterministic, sized, naming real actors),
bench/scale.py's per-batch measure of a store build, bench/recall_ceiling.py's pairings and
bench/participant_picker.py's features and regression."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import parsed

from kg.records import Actor, Event
from kg.store import store_summary

THROUGHPUT = Path(__file__).resolve().parents[1] / "bench" / "throughput.py"
SCALE = THROUGHPUT.with_name("scale.py")
REAL_STATES = ("Russia", "China", "France", "Germany", "Japan", "India", "Iran", "Ukraine", "Egypt")
REAL_LEADERS = ("Vladimir Putin", "Xi Jinping", "Moon Jae-in", "Emmanuel Macron", "Narendra Modi")


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def throughput() -> ModuleType:
    return load("bench_throughput", THROUGHPUT)


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


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="measures memory on Linux")
def test_per_batch_measure_writes_every_document_and_reports_each_batch(tmp_path: Path) -> None:
    scale = load("bench_scale", SCALE)
    rows = scale.measure_batches(tmp_path, docs=20, words=40, batch_size=8)

    assert [row["stored"] for row in rows] == [8, 16, 20]
    assert all(row["peak_mib"] >= row["rss_before_mib"] > 0 for row in rows)
    assert rows[-1]["store_mib"] > rows[0]["store_mib"] > 0
    assert store_summary(tmp_path / "store-batches").documents == 20


@pytest.fixture(scope="module")
def recall_ceiling() -> ModuleType:
    return load("bench_recall_ceiling", THROUGHPUT.with_name("recall_ceiling.py"))


# "Turkey attacked the YPG in Afrin."
_ATTACK_ROWS = """
Turkey Turkey NNP nsubj 1
attacked attack VBD ROOT 1
the the DT det 3
YPG YPG NNP dobj 1
in in IN prep 1
Afrin Afrin NNP pobj 4
. . . punct 1
"""
_ATTACK_ENTS = ((0, 1, "GPE"), (3, 4, "ORG"), (5, 6, "GPE"))


def test_tree_distance_counts_arcs_through_the_common_head(recall_ceiling: ModuleType) -> None:
    doc = parsed(_ATTACK_ROWS, _ATTACK_ENTS)
    assert recall_ceiling.tree_distance(doc[0], doc[1]) == 1
    assert recall_ceiling.tree_distance(doc[0], doc[3]) == 2
    assert recall_ceiling.tree_distance(doc[5], doc[0]) == 3
    assert recall_ceiling.tree_distance(doc[3], doc[3]) == 0


def test_pairings_pair_every_named_actor_for_each_event_word(recall_ceiling: ModuleType) -> None:
    doc = parsed(_ATTACK_ROWS, _ATTACK_ENTS)
    found = {
        (m.actor.text, m.target.text if m.target else None, m.type)
        for m in recall_ceiling.pairings(doc, nearest=2)
    }
    # the two nearest of three named actors (Afrin is three arcs away), each as actor with the
    # other or no one as target
    assert found == {
        ("Turkey", None, "ASSAULT"),
        ("Turkey", "YPG", "ASSAULT"),
        ("YPG", None, "ASSAULT"),
        ("YPG", "Turkey", "ASSAULT"),
    }


@pytest.fixture(scope="module")
def picker() -> ModuleType:
    return load("bench_participant_picker", THROUGHPUT.with_name("participant_picker.py"))


def test_dependency_path_goes_up_to_the_common_head_and_down(picker: ModuleType) -> None:
    doc = parsed(_ATTACK_ROWS, _ATTACK_ENTS)
    assert picker.dependency_path(doc[0], doc[1]) == "nsubj|"
    assert picker.dependency_path(doc[3], doc[1]) == "dobj|"
    assert picker.dependency_path(doc[5], doc[1]) == "pobj:in^prep|"  # named by its preposition
    assert picker.dependency_path(doc[1], doc[5]) == "|prepvpobj"


def test_features_of_a_pairing_name_its_paths_and_whether_the_rules_used_the_word(
    picker: ModuleType, recall_ceiling: ModuleType
) -> None:
    doc = parsed(_ATTACK_ROWS, _ATTACK_ENTS)
    pairing = next(
        p
        for p in recall_ceiling.every_pairing(doc, nearest=2)
        if p.actor.text == "Turkey" and p.target is not None
    )
    found = picker.features(pairing, True)
    assert {"type|actor path=ASSAULT|nsubj|", "paths=nsubj||dobj|", "rules' word=True"} <= set(
        found
    )


def _candidate(picker: ModuleType, doc: str, features: tuple[str, ...], coded: bool) -> object:
    actor = Actor(id=f"actor/{features[0]}", label=features[0])
    event = Event("e", "ASSAULT", "attack", "190", actor, None, None, None)
    return picker.Candidate(doc, features, coded, event)


def test_the_picker_learns_which_features_mark_coded_events(picker: ModuleType) -> None:
    candidates = [
        *(_candidate(picker, "a", ("subject", "bias"), True) for _ in range(20)),
        *(_candidate(picker, "a", ("qualifier", "bias"), False) for _ in range(20)),
    ]
    fitted = picker.fit(candidates)
    probabilities = fitted.probabilities(candidates)
    assert probabilities[0] > 0.8 > 0.2 > probabilities[-1]
    # each kept (actor, type, target) once per article
    assert [e.actor.label for e in picker.picked(candidates, probabilities)["a"]] == ["subject"]
