"""Documents to mentions (kg.mentions): how paragraph chunks are batched for spaCy."""

from __future__ import annotations

from kg.mentions import chunk_batches, paragraph_chunks


def _sizes(lengths: list[int], size: int, chars: int) -> list[list[int]]:
    chunks = [("x" * n, i) for i, n in enumerate(lengths)]
    return [[len(text) for text, _ in batch] for batch in chunk_batches(chunks, size, chars)]


def test_short_chunks_go_by_count() -> None:
    assert _sizes([10] * 5, size=2, chars=1000) == [[10, 10], [10, 10], [10]]


def test_long_chunks_go_by_characters() -> None:
    # a book with no blank line: its 100k-character chunks must not all be parsed at once
    assert _sizes([400, 400, 400, 100], size=128, chars=1000) == [[400, 400], [400, 100]]


def test_a_chunk_longer_than_the_budget_is_a_batch_of_its_own() -> None:
    assert _sizes([10, 5000, 10], size=128, chars=1000) == [[10], [5000], [10]]


def test_batches_keep_order_and_context() -> None:
    chunks = [("a", 1), ("bb", 2), ("ccc", 3)]
    assert [c for batch in chunk_batches(chunks, 2, 100) for c in batch] == chunks


def test_no_chunks_no_batches() -> None:
    assert list(chunk_batches([], 128, 1000)) == []


def test_a_bullet_opens_a_paragraph() -> None:
    # a letters page on one line: the signature must not run into the next letter's first
    # sentence ("Yugo Kovach Winterborne Houghton, Dorset • Trump's ordering the withdrawal")
    text = "with Assad. Yugo Kovach, Dorset • Trump ordered the withdrawal. • Join the debate"
    chunks = list(paragraph_chunks(text, 1000))
    assert [piece for _, piece in chunks] == [
        "with Assad. Yugo Kovach, Dorset",
        "Trump ordered the withdrawal.",
        "Join the debate",
    ]
    assert all(text[at : at + len(piece)] == piece for at, piece in chunks)
