"""A ``DocMemo`` keeps what is made of a Doc while a block holds it, and nothing outside one."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.doc_memo import DocMemo


def made_once() -> tuple[DocMemo[list[str]], list[Doc]]:
    made: list[Doc] = []

    def make(doc: Doc) -> list[str]:
        made.append(doc)
        return [token.text for token in doc]

    return DocMemo(make), made


def test_what_is_made_of_a_doc_is_kept_only_while_a_block_holds_it() -> None:
    memo, made = made_once()
    doc = Doc(Vocab(), words=["Putin", "met", "Moon"])
    assert memo.get(doc) is None
    with memo.kept(doc):
        kept = memo.get(doc)
        assert kept == ["Putin", "met", "Moon"]
        with memo.kept(doc):  # an enclosing block's is used, not made again
            assert memo.get(doc) is kept
        assert memo.get(doc) is kept
    assert memo.get(doc) is None
    assert made == [doc]


def test_another_doc_is_not_read_from_what_is_kept() -> None:
    memo, _ = made_once()
    doc, other = Doc(Vocab(), words=["a"]), Doc(Vocab(), words=["b"])
    with memo.kept(doc):
        assert memo.get(other) is None
        assert memo.get(doc) == ["a"]
