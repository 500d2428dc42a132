"""Extraction quality of kg next to a peer: textacy's subject-verb-object triples, one table.

    .venv/bin/python bench/quality.py                   # the dev gold set and the PLOVER gold
    .venv/bin/python bench/quality.py --json

Both systems run on the same gold documents with the same spaCy model and are scored by the same
harness (``kg.eval.score``):

- kg: ``kg.eval.evaluate``, the whole pipeline;
- textacy: ``textacy.extract.subject_verb_object_triples`` on the plain model's parse; each
  triple's verb lemma is typed through kg's lexicon (triples whose verb has no entry are
  dropped), its subject and object become actors through kg's gazetteer (a state, capital,
  organisation or demonym found in them, else the words themselves), and its date is the
  document's (textacy finds no dates).

The PLOVER gold (``../shared/gold/plover-gsr.jsonl``, not part of the project) is read where it
exists; its scores are event-type accuracy and event F1 on actor country, type and target
country, by two protocols: strict (every predicted event counts) and per record (a record is a
hit when some predicted event matches its one coded event; kg's other events in its sentence are
not counted as false alarms, since PLOVER leaves them uncoded). textacy is an optional extra
(``pip install -e '.[bench]'``); without it kg is printed alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.eval import GoldDocument, GoldSet, Scores, evaluate, read_gold, score
from kg.gazetteer import load_gazetteer, slug
from kg.lexicon import load_lexicon
from kg.nlp import DEFAULT_MODEL
from kg.records import Actor, Event, Mention
from kg.resolve import actor_from_entry

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "tests" / "gold" / "dev.jsonl"
PLOVER_GOLD = ROOT.parent / "shared" / "gold" / "plover-gsr.jsonl"
BATCH_SIZE = 32
_ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})


# -- textacy's triples as events ---------------------------------------------------------------


def actor_of(tokens: Sequence[Any]) -> Actor | None:
    """The actor a triple's subject or object names, through kg's gazetteer where it can."""
    if not tokens:
        return None
    gazetteer = load_gazetteer()
    doc = tokens[0].doc
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    for entity in doc[start:end].ents:
        if entity.label_ not in _ACTOR_LABELS:
            continue
        entry = gazetteer.lookup(entity.text)
        if entry is not None:
            return actor_from_entry(entry)
        country = gazetteer.country_of_demonym(entity.text)
        if country is not None and (state := gazetteer.lookup(country)) is not None:
            return actor_from_entry(state)
        kind = "person" if entity.label_ == "PERSON" else "group"
        return Actor(f"{kind}/{slug(entity.text)}", entity.text, kind)
    text = " ".join(t.text for t in tokens)
    return Actor(f"group/{slug(text)}", text, "group")


def triple_events(doc: Any, gold: GoldDocument) -> Iterator[Event]:
    """textacy's SVO triples of one document, typed through kg's lexicon."""
    from textacy.extract import subject_verb_object_triples

    lexicon = load_lexicon()
    for triple in subject_verb_object_triples(doc):
        verbs = [t for t in triple.verb if t.pos_ == "VERB"]
        entry = lexicon.lookup(verbs[-1].lemma_, "VERB") if verbs else None
        actor = actor_of(triple.subject)
        if entry is None or actor is None:
            continue
        target = actor_of(triple.object)
        sentence = verbs[-1].sent
        mention = Mention(gold.id, sentence.text, sentence.start_char, sentence.end_char, 0.5)
        yield Event(
            id=f"{gold.id}-{verbs[-1].i}",
            type=entry.type,
            action=entry.lemma,
            cameo=entry.cameo,
            actor=actor,
            target=target if target is None or target.id != actor.id else None,
            date=gold.published,
            place=None,
            mentions=(mention,),
        )


def textacy_predict(documents: Sequence[GoldDocument], model: str) -> Iterator[tuple[Any, Any]]:
    """Each gold document with textacy's events for it, one per (type, actor, target)."""
    import spacy

    nlp = spacy.load(model)
    docs = nlp.pipe((d.text for d in documents), batch_size=BATCH_SIZE)
    for gold, doc in zip(documents, docs, strict=True):
        unique = {
            (e.type, e.actor.id, e.target and e.target.id): e for e in triple_events(doc, gold)
        }
        yield gold, list(unique.values())


def textacy_available() -> bool:
    try:
        import textacy  # noqa: F401
    except ImportError:
        return False
    return True


# -- the table ---------------------------------------------------------------------------------


def measure(gold: GoldSet, model: str, *, with_textacy: bool) -> dict[str, Scores]:
    results = {"kg": evaluate(gold, model=model)}
    if with_textacy:
        results["textacy"] = score(
            textacy_predict(gold.documents, model), types=gold.types, per_record=gold.per_record
        )
    return results


def figures(name: str, gold: GoldSet, results: dict[str, Scores]) -> dict[str, Any]:
    return {
        "gold": name,
        "path": gold.path,
        "format": gold.format,
        "documents": len(gold.documents),
        "systems": {
            system: {
                key: value
                for key, value in scores.to_json().items()
                if key not in {"misses", "false_alarms", "by_type"}
            }
            for system, scores in results.items()
        },
    }


def table(reports: Sequence[dict[str, Any]], model: str) -> str:
    lines = [
        f"model {model}; events matched on actor, type and target "
        "(PLOVER: actor country/name, type, target country/name)",
        "",
        f"{'gold set':<14}{'system':<9}{'protocol':<10}{'docs':>5}{'gold':>6}{'pred':>6}"
        f"{'P':>7}{'R':>7}{'F1':>7}{'dates':>7}{'types':>7}",
    ]
    for report in reports:
        for system, s in report["systems"].items():
            lines.append(
                f"{report['gold']:<14}{system:<9}{'strict':<10}{s['documents']:>5}{s['gold']:>6}"
                f"{s['predicted']:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                f"{s['date_accuracy']:>7.3f}{s['type_accuracy']:>7.3f}"
            )
            if (r := s.get("record")) is not None:
                judged = r["hits"] + r["false_alarms"]
                lines.append(
                    f"{report['gold']:<14}{system:<9}{'record':<10}{s['documents']:>5}"
                    f"{r['records']:>6}{judged:>6}{r['precision']:>7.3f}{r['recall']:>7.3f}"
                    f"{r['f1']:>7.3f}"
                )
    lines += [
        "",
        "strict: every predicted event counts, one matching no gold event is a false alarm.",
        "record (PLOVER, which codes one event a record and leaves the sentence's other events",
        "uncoded): each record is a hit when some predicted event matches its coded event, a false",
        "alarm when events were predicted but none matches (pred: records with predictions).",
        "dates: share of found gold events with a gold date whose date is right (the PLOVER",
        "gold has none); types: share of one-event documents whose most confident event has",
        "the gold type (event-type accuracy).",
    ]
    return "\n".join(lines)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV_GOLD, help="kg-format gold set")
    parser.add_argument("--plover", type=Path, default=PLOVER_GOLD, help="PLOVER gold set")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    with_textacy = textacy_available()
    if not with_textacy:
        print("textacy is not installed (pip install -e '.[bench]'): kg alone", file=sys.stderr)
    reports = []
    for name, path in (("dev", arguments.dev), ("plover-gsr", arguments.plover)):
        if not path.exists():
            print(f"{path}: not found, skipped", file=sys.stderr)
            continue
        gold = read_gold(path)
        print(f"{name}: {len(gold.documents)} documents", file=sys.stderr, flush=True)
        reports.append(
            figures(name, gold, measure(gold, arguments.model, with_textacy=with_textacy))
        )
    if arguments.json:
        print(json.dumps({"model": arguments.model, "reports": reports}))
    else:
        print(table(reports, arguments.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
