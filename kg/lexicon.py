"""The action lexicon: which verbs and event nouns report which kind of event.

The words live in package data (``kg/data/lexicon.tsv``), one row per lemma, part of speech and
optional particle, each with its PLOVER type (or STATEMENT) and CAMEO code::

    >>> lexicon = load_lexicon()
    >>> lexicon.lookup("call", "VERB", particles=["for"]).type
    'REQUEST'
    >>> lexicon.lookup("meet", "VERB").cameo
    '040'
    >>> lexicon.lookup("Putin", "PROPN") is None
    True
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.records import EVENT_TYPES

_PACKAGED = "kg/data/lexicon.tsv"
# The type of an idiom's row: with that particle or object the word names no event ("summoned
# the courage", "pressing ahead", "struck a deal", where the noun names the event).
NO_EVENT = "NONE"
_COLUMNS: tuple[str, ...] = ("lemma", "pos", "type", "cameo", "particle", "note")
_POS_TAGS: frozenset[str] = frozenset({"VERB", "NOUN"})
_CAMEO_CODE = re.compile(r"\d{2,4}")
_WORD = re.compile(r"[a-z][a-z'-]*")

_Key = tuple[str, str, str | None]


@dataclass(frozen=True)
class LexiconEntry:
    """One sense of a verb or event noun: its event type and CAMEO code."""

    lemma: str
    pos: str  # VERB or NOUN
    type: str  # a PLOVER type or STATEMENT
    cameo: str | None
    particle: str | None  # "for" in "call for"; None when the bare word carries the sense
    note: str


class Lexicon:
    """Entries indexed by (lemma, pos, particle) for lookup during extraction."""

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self._entries: dict[_Key, LexiconEntry] = {(e.lemma, e.pos, e.particle): e for e in entries}
        self._words = {(lemma, pos) for lemma, pos, _particle in self._entries}

    @classmethod
    def from_path(cls, path: str | Path) -> Lexicon:
        """Read a lexicon TSV file; raise KgError E201 naming the line of a malformed row."""
        path = Path(path)
        return cls.from_text(path.read_text(encoding="utf-8"), source=str(path))

    @classmethod
    def from_text(cls, text: str, *, source: str = "<lexicon>") -> Lexicon:
        """Parse lexicon TSV text; ``source`` names the file in error messages."""
        entries: dict[_Key, LexiconEntry] = {}
        for number, entry in _parse_rows(text, source):
            key = (entry.lemma, entry.pos, entry.particle)
            if key in entries:
                raise _row_error(source, number, f"duplicate entry {_describe(key)}")
            entries[key] = entry
        return cls(entries.values())

    def lookup(self, lemma: str, pos: str, particles: Iterable[str] = ()) -> LexiconEntry | None:
        """The entry for a word, preferring one whose particle is among ``particles``.

        ``pos`` is a spaCy coarse tag: only VERB and NOUN can match (never PROPN or AUX).
        ``particles`` are the lemmas of the word's particle or preposition children, in
        order; the first that has an entry wins, and otherwise the bare entry is returned.
        """
        if pos not in _POS_TAGS:
            return None
        lemma = lemma.lower()
        entry = next(
            (
                found
                for particle in particles
                if (found := self._entries.get((lemma, pos, particle.lower()))) is not None
            ),
            None,
        ) or self._entries.get((lemma, pos, None))
        return None if entry is None or entry.type == NO_EVENT else entry

    def knows(self, lemma: str, pos: str) -> bool:
        """Whether some entry (with or without a particle) is for this word: most words of a
        text are not, and need no look at their particles."""
        return (lemma.lower(), pos) in self._words

    def types(self) -> set[str]:
        """The event types that some entry has."""
        return {entry.type for entry in self._entries.values() if entry.type != NO_EVENT}

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __iter__(self) -> Iterator[LexiconEntry]:
        """The entries that name events (not the idioms that name none)."""
        return (entry for entry in self._entries.values() if entry.type != NO_EVENT)


@functools.cache
def _word_data() -> dict[str, object]:
    """The word lists of the rules (``kg/data/extract_words.json``), by name."""
    resource = importlib.resources.files("kg").joinpath("data/extract_words.json")
    data: dict[str, object] = json.loads(resource.read_text(encoding="utf-8"))
    return data


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """A word list of the rules: ``word_list("light_lemmas")``."""
    words = _word_data()[name]
    assert isinstance(words, list), name
    return frozenset(words)


@functools.cache
def word_pairs(name: str) -> dict[str, str]:
    """A table of words of the rules, each to its word: ``word_pairs("state_preps")["go"]``."""
    pairs = _word_data()[name]
    assert isinstance(pairs, dict), name
    return dict(pairs)


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with kg, read once per process."""
    resource = importlib.resources.files("kg").joinpath("data/lexicon.tsv")
    return Lexicon.from_text(resource.read_text(encoding="utf-8"), source=_PACKAGED)


def _parse_rows(text: str, source: str) -> Iterator[tuple[int, LexiconEntry]]:
    """Yield (line number, entry) for each data row, after checking the header row."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if not header_seen:
            if fields != _COLUMNS:
                expected = "\\t".join(_COLUMNS)
                raise _row_error(source, number, f"the header row must be {expected!r}")
            header_seen = True
            continue
        yield number, _parse_entry(fields, source, number)
    if not header_seen:
        raise _row_error(source, 1, "no header row; the file has no rows at all")


def _parse_entry(fields: tuple[str, ...], source: str, number: int) -> LexiconEntry:
    """Check one row's fields and build its entry."""
    if len(fields) != len(_COLUMNS):
        raise _row_error(
            source,
            number,
            f"expected {len(_COLUMNS)} tab-separated columns "
            f"({', '.join(_COLUMNS)}), found {len(fields)}",
        )
    lemma, pos, event_type, cameo, particle, note = fields
    if not _WORD.fullmatch(lemma):
        raise _row_error(source, number, f"lemma {lemma!r} must be one lowercase word")
    if pos not in _POS_TAGS:
        raise _row_error(source, number, f"pos {pos!r} must be one of {sorted(_POS_TAGS)}")
    if event_type not in EVENT_TYPES and event_type != NO_EVENT:
        valid = ", ".join((*EVENT_TYPES, NO_EVENT))
        raise _row_error(source, number, f"type {event_type!r} must be one of {valid}")
    if cameo and not _CAMEO_CODE.fullmatch(cameo):
        raise _row_error(source, number, f"cameo {cameo!r} must be 2 to 4 digits or empty")
    if particle and not _WORD.fullmatch(particle):
        raise _row_error(source, number, f"particle {particle!r} must be one lowercase word")
    return LexiconEntry(lemma, pos, event_type, cameo or None, particle or None, note)


def _describe(key: _Key) -> str:
    lemma, pos, particle = key
    return f"{lemma!r} {pos}" + (f" + {particle!r}" if particle else "")


def _row_error(source: str, number: int, problem: str) -> KgError:
    return KgError("E201", f"{source}:{number}: {problem}")
