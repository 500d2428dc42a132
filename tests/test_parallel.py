"""Extraction on several processes and on a real Dask LocalCluster gives the same events."""

from __future__ import annotations

import pytest
from conftest import SAMPLE_DATA

from kg.errors import KgError
from kg.parallel import batched
from kg.pipeline import BuildResult, extract_events
from kg.records import Document


def as_json(build: BuildResult) -> list[dict[str, object]]:
    return [event.to_json() for event in build.events]


@pytest.mark.model
def test_two_local_workers_give_the_single_process_events(seed_build: BuildResult) -> None:
    parallel = extract_events([str(SAMPLE_DATA)], workers=2)
    assert as_json(parallel) == as_json(seed_build)
    assert parallel.documents == seed_build.documents


@pytest.mark.model
def test_a_dask_local_cluster_of_two_workers_gives_the_same_events(
    seed_build: BuildResult,
) -> None:
    on_dask = extract_events([str(SAMPLE_DATA)], workers=2, backend="dask")
    assert as_json(on_dask) == as_json(seed_build)


def test_unknown_backend_and_bad_worker_counts_are_refused() -> None:
    with pytest.raises(KgError, match="E004: --backend 'spark' is not a backend"):
        extract_events([str(SAMPLE_DATA)], backend="spark")
    with pytest.raises(KgError, match="E003: --workers 0 must be at least 1"):
        extract_events([str(SAMPLE_DATA)], workers=0)
    with pytest.raises(KgError, match="E005: --scheduler needs --backend dask"):
        extract_events([str(SAMPLE_DATA)], scheduler="tcp://127.0.0.1:8786")


def test_batches_keep_order_and_size() -> None:
    documents = [Document(id=str(n), text="x") for n in range(35)]
    batches = list(batched(documents, 16))
    assert [len(b) for b in batches] == [16, 16, 3]
    assert [d.id for b in batches for d in b] == [str(n) for n in range(35)]
