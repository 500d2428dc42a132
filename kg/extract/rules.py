"""Named, ordered rule registries: a registry is a tuple of ``(name, rule)`` tried in order, and
the name of the rule that answered is recorded on the mention (``RawMention.rule``), so a false
alarm on real text leads to its rule.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.refs import ActorRef
from kg.lexicon import LexiconEntry

# A rule that finds the targets of an event word with the given sense.
TargetRule = Callable[[Token, LexiconEntry], list[ActorRef]]
# A rule that may give an event word another sense from its context.
SenseRule = Callable[[Token, LexiconEntry], LexiconEntry]


def first_found(
    rules: tuple[tuple[str, TargetRule], ...], word: Token, entry: LexiconEntry
) -> tuple[list[ActorRef], str | None]:
    """The targets of the first rule, in order, that finds any, with the rule's name."""
    for name, rule in rules:
        found = rule(word, entry)
        if found:
            return found, name
    return [], None


def joined(*names: str | None) -> str:
    return "+".join(name for name in names if name)
