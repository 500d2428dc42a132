"""Gender: whether a named person is a woman or a man, as far as kg can tell offline, so that
"she" never stands for a man and "he" never for a woman.

Evidence comes from the text, which wins ("Mrs May", "Sir Alan Duncan", "the actress Angelina
Jolie", "Hua Chunying, a spokeswoman"), else from the given name (``kg/data/given_names.tsv``,
written for kg by hand). The words are data (``kg/data/gender_words.json``). A person of whom
nothing is known, or of whom the text says both, has no gender and stays eligible for any
pronoun.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterable
from importlib import resources

FEMALE = "female"
MALE = "male"
_GENDERS = frozenset({FEMALE, MALE})
# Letters NFKD leaves whole: Turkish dotless i, Polish l with stroke.
_FOLDED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L"})


def fold(word: str) -> str:
    """``word`` in lower case without accents: "Mevlüt" -> "mevlut", "Kalın" -> "kalin"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLDED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.cache
def given_names() -> dict[str, str]:
    """Given names (folded) and the gender they mark (``kg/data/given_names.tsv``)."""
    text = resources.files("kg").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, gender = line.split("\t")
        if gender not in _GENDERS:
            raise ValueError(f"given_names.tsv: {name!r} has no gender of {sorted(_GENDERS)}")
        names[name] = gender
    return names


@functools.cache
def _gender_words() -> dict[str, dict[str, str]]:
    """Titles, role nouns and pronouns by kind, each word with its gender."""
    text = resources.files("kg").joinpath("data/gender_words.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {
        kind: {word: gender for gender, words in data[kind].items() for word in words}
        for kind in ("titles", "roles", "pronouns")
    }


def title_gender(word: str) -> str | None:
    """The gender a title before a name gives ("Mrs", "Sir", "Queen")."""
    return _gender_words()["titles"].get(word.lower().rstrip("."))


def role_gender(word: str) -> str | None:
    """The gender a role or relation noun gives ("actress", "wife", "spokesman")."""
    return _gender_words()["roles"].get(word.lower())


def pronoun_gender(word: str) -> str | None:
    """The gender of a personal pronoun ("she" -> female); None for "they", "it"."""
    return _gender_words()["pronouns"].get(word.lower())


def name_gender(name: str) -> str | None:
    """The gender a person's given name marks: the first word of ``name`` ("Theresa May"),
    else the first part of a hyphenated one ("Anne-Marie"); None when it marks none."""
    words = name.split()
    if len(words) < 2:  # a surname alone says nothing
        return None
    first = fold(words[0].rstrip("."))
    names = given_names()
    return names.get(first) or names.get(first.split("-")[0])


def agreed_gender(evidence: Iterable[str | None]) -> str | None:
    """The one gender all of ``evidence`` gives, None when it gives none or both."""
    genders = {gender for gender in evidence if gender is not None}
    return genders.pop() if len(genders) == 1 else None


def may_refer(pronoun: str, gender: str | None) -> bool:
    """Whether ``pronoun`` may stand for a person of ``gender``: "she" for no man, "he" for
    no woman, either for one of unknown gender."""
    wanted = pronoun_gender(pronoun)
    return wanted is None or gender is None or wanted == gender
