"""Shared fixtures: hand-built spaCy Docs for rule tests; one model-backed build of the seeds.

Every test is watched for processes it leaves behind: a child process of the suite that a test
started and that is still running when the test ends fails that test (and is killed), and the
session fails if any child process is still running when it ends.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import RawMention, extract_mentions
from kg.pipeline import BuildResult, extract_events
from kg.rdf import events_graph, write_turtle

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = ROOT / "data"

_VOCAB = spacy.blank("en").vocab
# Coarse part of speech from the fine tag, so that rows only need the tag.
_POS_OF_TAG = {
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "NN": "NOUN",
    "NNS": "NOUN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBZ": "VERB",
    "VBN": "VERB",
    "VBG": "VERB",
    "VBP": "VERB",
    "MD": "AUX",
    "IN": "ADP",
    "DT": "DET",
    "PRP": "PRON",
    "PRP$": "PRON",
    "JJ": "ADJ",
    "RB": "ADV",
    "CC": "CCONJ",
    "TO": "PART",
    "POS": "PART",
    ".": "PUNCT",
    ",": "PUNCT",
    "WDT": "PRON",
}


def parsed(rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A Doc built by hand from rows of ``word lemma TAG dep head`` (head as a token index).

    Auxiliaries are given the tag ``AUX:<tag>`` to mark them AUX rather than VERB.
    """
    words, lemmas, tags, pos, deps, heads = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        word, lemma, tag, dep, head = line.split()
        is_aux = tag.startswith("AUX:")
        tag = tag.removeprefix("AUX:")
        words.append(word)
        lemmas.append(lemma)
        tags.append(tag)
        pos.append("AUX" if is_aux else _POS_OF_TAG.get(tag, "X"))
        deps.append(dep)
        heads.append(int(head))
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for index in range(start + 1, end):
            iob[index] = f"I-{label}"
    return Doc(
        _VOCAB, words=words, lemmas=lemmas, tags=tags, pos=pos, deps=deps, heads=heads, ents=iob
    )


def events(doc_rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> list[RawMention]:
    """The mentions extracted from a Doc built by hand (see ``parsed``)."""
    return list(extract_mentions(parsed(doc_rows, ents)))


def triples(found: list[RawMention]) -> list[tuple[str, str, str | None]]:
    return [(m.actor.text, m.type, m.target.text if m.target else None) for m in found]


@pytest.fixture(scope="session")
def seed_build() -> BuildResult:
    """The sample articles in data/ (the two seeds) built once, with the statistical model."""
    return extract_events([str(SAMPLE_DATA)])


GUARDIAN_CORPUS = ROOT.parent / "shared" / "corpora" / "guardian-dev.jsonl"
GUARDIAN_SAMPLE = 25  # articles: enough for dozens of dyads, quick to build (about 30 s)


@pytest.fixture(scope="session")
def guardian_sample(request: pytest.FixtureRequest) -> Path:
    """A Turtle graph of the first articles of ../shared/corpora/guardian-dev.jsonl (skipped
    where the corpus is absent), cached in pytest's cache under a key of the sample and of kg's
    code and data, so that it is built again only when one of them changes."""
    if not GUARDIAN_CORPUS.is_file():
        pytest.skip(f"{GUARDIAN_CORPUS} is not here")
    with GUARDIAN_CORPUS.open(encoding="utf-8") as corpus:
        sample = "".join(line for _, line in zip(range(GUARDIAN_SAMPLE), corpus, strict=False))
    key = hashlib.sha1(sample.encode("utf-8"))
    for path in sorted((ROOT / "kg").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".tsv", ".txt"}:
            key.update(path.read_bytes())
    store = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    cache = store.mkdir("kg-guardian-sample") if store is not None else None
    directory = cache or Path(tempfile.mkdtemp())
    graph = directory / f"guardian-{GUARDIAN_SAMPLE}-{key.hexdigest()[:16]}.ttl"
    if not graph.is_file():
        for stale in directory.glob("guardian-*.ttl"):
            stale.unlink()
        articles = directory / "guardian-sample.jsonl"
        articles.write_text(sample, encoding="utf-8")
        result = extract_events([str(articles)])
        write_turtle(events_graph(result.events, result.documents), graph)
    return graph


# Children that Python keeps for the life of the interpreter, by design: not a test's leftovers.
_LASTING_CHILDREN = ("multiprocessing.resource_tracker", "multiprocessing.forkserver")
_GRACE_SECONDS = 5.0  # how long a test's processes have to finish exiting after it ends


def running_children() -> dict[int, psutil.Process]:
    """The suite's descendant processes that are running (not zombies, not Python's own)."""
    found = {}
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() == psutil.STATUS_ZOMBIE:
                continue
            if any(name in " ".join(child.cmdline()) for name in _LASTING_CHILDREN):
                continue
        except psutil.NoSuchProcess:
            continue
        found[child.pid] = child
    return found


def leftovers(before: set[int]) -> list[str]:
    """Processes not in ``before`` still running after a grace period; killed, and described."""
    deadline = time.monotonic() + _GRACE_SECONDS
    while True:
        left = {pid: p for pid, p in running_children().items() if pid not in before}
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    described = []
    for process in left.values():
        try:
            described.append(f"{process.pid} {' '.join(process.cmdline())[:200]}")
            process.kill()
        except psutil.NoSuchProcess:
            continue
    return described


@pytest.fixture(autouse=True)
def no_process_outlives_its_test() -> Iterator[None]:
    before = set(running_children())
    yield
    left = leftovers(before)
    if left:
        pytest.fail("the test left processes running (now killed): " + "; ".join(left))


@pytest.hookimpl(trylast=True)  # after the session's fixtures are torn down
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    left = leftovers(set())
    if left:
        print("\nprocesses started by the suite outlived it (now killed): " + "; ".join(left))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
