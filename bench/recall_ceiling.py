"""Where recall is lost on real gold: kg's rules against the ceilings of pairing words and actors.

    .venv/bin/python bench/recall_ceiling.py                                  # real-dev
    .venv/bin/python bench/recall_ceiling.py tests/gold/real-heldout.jsonl    # to report only
    .venv/bin/python bench/recall_ceiling.py --json

Each gold article is parsed once. Four rows of recall (share of the gold events found, matched as
``kg eval`` matches them, by name):

- ``rules``: kg's rules alone (no learned check), resolved and merged as a build does;
- ``rules, any type``: a gold event counts as found when a rule event has its actor and target,
  whatever its type: the recall a perfect re-typer of the rules' events would reach;
- ``every pairing``: beside the rules' mentions, for every event word the lexicon knows in a
  sentence (in its sense in context, asserted), one mention per ordered pair of the actors named
  in its sentence (``actor_refs`` of every noun), and one per actor with no target, up to the
  ``--nearest`` actors closest to the word in the parse tree: the recall of any component that
  picks participants among the named actors for the lexicon's words and types (a learned
  participant model included);
- ``every pairing, any type``: the same with types ignored: what participants alone allow.

The gap between the pairing rows is the events whose participants a sentence names but whose type
no word of the lexicon gives there (a statement coded as the act it announces, "crushed by the
might of Russian warplanes", a report's figures as AID): type from context. What the pairing
rows miss altogether is actors the text only implies or that resolution names otherwise.
Precision is printed for the rules only (the pairings are candidates, most of them wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.carriers import carried_event, lexicon_entry, senses_kept
from kg.eval import GoldDocument, as_document, event_matches, read_gold, score
from kg.extract import RawMention, indexed, shift_mention
from kg.extract.actors import actor_refs
from kg.extract.clauses import quotes_kept
from kg.extract.modality import ASSERTED, modality
from kg.extract.refs import ActorRef
from kg.extract.senses import is_no_event, sense_in_context
from kg.lexicon import LexiconEntry
from kg.mentions import Parts, extracted, parsed_documents
from kg.records import Event
from kg.resolve import events_of, resolve_document

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT / "tests" / "gold" / "real-dev.jsonl"
NEAREST = 6  # actors, closest to the event word in the parse tree, paired for it
_NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})


@dataclass(frozen=True)
class Run:
    """One gold article with kg's events: the rules', and the rules' with every pairing."""

    gold: GoldDocument
    rules: list[Event]
    paired: list[Event]


def arcs_to_common_head(a: Token, b: Token) -> tuple[int, int] | None:
    """The arcs from ``a`` and from ``b`` up to their nearest common head (a token counts as its
    own head); None for tokens of different sentences."""
    up = {t.i: steps for steps, t in enumerate([a, *a.ancestors])}
    for steps, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i], steps
    return None


def tree_distance(a: Token, b: Token) -> int:
    """The number of dependency arcs between two tokens of one sentence."""
    arcs = arcs_to_common_head(a, b)
    if arcs is None:  # different sentences: never in one pairing
        return len(list(a.ancestors)) + len(list(b.ancestors)) + 2
    return sum(arcs)


def named_in(sentence: Span) -> list[tuple[ActorRef, Token]]:
    """The actors a sentence names, each once, with the noun whose phrase names it."""
    seen: dict[tuple[int, int], tuple[ActorRef, Token]] = {}
    for token in sentence:
        if token.pos_ in _NOMINAL_POS:
            for ref in actor_refs(token):
                seen.setdefault((ref.start, ref.end), (ref, token))
    return list(seen.values())


@dataclass(frozen=True)
class Pairing:
    """One candidate event: an asserted event word of the lexicon with an actor its sentence
    names (the ``actor_rank``-th nearest to the word in the parse tree) and a target or none."""

    word: Token
    entry: LexiconEntry
    sentence: Span
    actor: ActorRef
    actor_token: Token  # the noun whose phrase names the actor
    actor_rank: int
    target: ActorRef | None = None
    target_token: Token | None = None
    target_rank: int = -1

    def mention(self, rule: str = "pairing") -> RawMention:
        return RawMention(
            actor=self.actor,
            action=self.entry.lemma,
            type=self.entry.type,
            cameo=self.entry.cameo,
            target=self.target,
            date_text=None,
            place_text=None,
            sentence_start=self.sentence.start_char,
            sentence_end=self.sentence.end_char,
            sentence=self.sentence.text,
            confidence=0.1,
            rule=rule,
        )


def every_pairing(doc: Doc, nearest: int) -> Iterator[Pairing]:
    """Every pairing of the actors a sentence names for each asserted event word in it: the
    ``nearest`` actors closest to the word, each with each other one or with no target."""
    with indexed(doc), senses_kept(doc), quotes_kept(doc):
        for sentence in doc.sents:
            actors = named_in(sentence)
            for word in sentence:
                said = lexicon_entry(word) if word.pos_ in {"VERB", "NOUN"} else None
                if said is None or carried_event(word) is not None:
                    continue
                entry, _ = sense_in_context(word, said)
                if is_no_event(word, entry) or modality(word) != ASSERTED:
                    continue
                near = sorted(
                    (a for a in actors if a[1].i != word.i),
                    key=lambda a: tree_distance(a[1], word),
                )[:nearest]
                for rank, (actor, token) in enumerate(near):
                    yield Pairing(word, entry, sentence, actor, token, rank)
                    for other, (target, target_token) in enumerate(near):
                        if target is not actor:
                            yield Pairing(
                                word,
                                entry,
                                sentence,
                                actor,
                                token,
                                rank,
                                target,
                                target_token,
                                other,
                            )


def pairings(doc: Doc, nearest: int) -> Iterator[RawMention]:
    """The raw mention of each of ``every_pairing``."""
    return (pairing.mention() for pairing in every_pairing(doc, nearest))


def run_gold(path: Path, nearest: int) -> list[Run]:
    gold = read_gold(path)
    documents = [as_document(d) for d in gold.documents]
    runs = []
    for gold_document, (document, parts) in zip(
        gold.documents, parsed_documents(documents), strict=True
    ):
        raws, named, affiliations = extracted(parts)
        extra = _shifted_pairings(parts, nearest)
        runs.append(
            Run(
                gold_document,
                events_of(resolve_document(document, raws, named, affiliations)),
                events_of(resolve_document(document, raws + extra, named, affiliations)),
            )
        )
    return runs


def _shifted_pairings(parts: Parts, nearest: int) -> list[RawMention]:
    return [shift_mention(m, at) for doc, at in parts for m in pairings(doc, nearest)]


def recall(runs: Sequence[Run], which: str, *, any_type: bool) -> float:
    """The share of the gold events some event of ``which`` ("rules", "paired") matches."""
    found = total = 0
    for run in runs:
        predicted = getattr(run, which)
        for coded in run.gold.events:
            total += 1
            found += any(
                event_matches(replace(p, type=coded.type) if any_type else p, coded)
                for p in predicted
            )
    return found / total if total else 0.0


def table(path: Path, nearest: int) -> dict[str, float]:
    print(f"{path.name}: parsing and pairing", file=sys.stderr)
    runs = run_gold(path, nearest)
    gold = read_gold(path)
    rules = score([(r.gold, r.rules) for r in runs], types=gold.types)
    return {
        "rules precision": round(rules.precision, 3),
        "rules": round(recall(runs, "rules", any_type=False), 3),
        "rules, any type": round(recall(runs, "rules", any_type=True), 3),
        "every pairing": round(recall(runs, "paired", any_type=False), 3),
        "every pairing, any type": round(recall(runs, "paired", any_type=True), 3),
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[REAL_DEV])
    parser.add_argument("--nearest", type=int, default=NEAREST)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = {str(path): table(path, args.nearest) for path in args.gold}
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for path, figures in rows.items():
        print(Path(path).name)
        for name, value in figures.items():
            print(f"  {name:<26} {value:.3f}")


if __name__ == "__main__":
    main()
