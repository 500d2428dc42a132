"""The learned event check (``kg.event_check``): features of hand-built resolved mentions, the
check's policy, training on a tiny set, the switch, and the shipped model (reproduced from the
gold by ``tools/train_event_check.py``)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg import event_check
from kg.event_check import (
    ENV_SWITCH,
    EventCheck,
    bucket,
    document_features,
    event_check_from_env,
    shipped_check,
    train,
)
from kg.records import Actor, EventMention, Mention

ROOT = Path(__file__).resolve().parents[1]
TURKEY = Actor("TUR", "Turkey", "state", "TUR")
ERDOGAN = Actor("person/recep-tayyip-erdogan", "Recep Tayyip Erdogan", "person", "TUR")
YPG = Actor("armed/ypg", "YPG", "group", None)
# "Erdogan said the YPG was a terrorist group, and accused the US of arming it."
SENTENCE = "Erdogan said the YPG was a terrorist group, and accused the US of arming it."


def mention(
    actor: Actor,
    kind: str,
    target: Actor | None = None,
    *,
    start: int = 400,
    rule: str = "active",
    action: str = "say",
) -> EventMention:
    evidence = Mention("doc", SENTENCE, start, start + len(SENTENCE), 0.8, rule)
    return EventMention(actor, action, kind, None, target, None, "document", None, evidence)


def test_bucket_is_the_first_edge_not_passed() -> None:
    assert [bucket(v, (1, 2)) for v in (0, 1, 1.5, 2, 3)] == [0, 0, 1, 1, 2]


def test_features_name_the_mention_its_participants_and_its_sentence() -> None:
    said = mention(ERDOGAN, "STATEMENT", rule="active+speech")
    accused = mention(ERDOGAN, "ACCUSE", YPG, action="accuse")
    again = mention(ERDOGAN, "ACCUSE", YPG, start=900, action="accuse")
    features, accused_features, _ = document_features([said, accused, again], 1_000)
    assert {
        "type=STATEMENT",
        "action=say",
        "rule=active",
        "rule=speech",
        "type*first rule=STATEMENT*active",
        "date source=document",
        "dated=False",
        "actor kind=person",
        "actor has country=True",
        "target kind=none",
        "type*no target=STATEMENT*True",
        "repeats=0",  # told once
        "sentence events=1",  # two events in its sentence
        "position=2",  # 40% of the text before it
        "statement beside a sharper act=True",
    } <= set(features)
    assert "repeats=1" in accused_features  # told twice in the document
    assert "target kind=group" in accused_features and "same country=False" in accused_features
    assert not any(f.startswith("statement beside") for f in accused_features)


def test_the_check_drops_unlikely_mentions_of_articles_only() -> None:
    said = mention(ERDOGAN, "STATEMENT")
    accused = mention(TURKEY, "ACCUSE", YPG, action="accuse")
    check = EventCheck({"type=STATEMENT": 3.0, "type=ACCUSE": -3.0}, 0.0, 0.5, min_sentences=4)
    assert check.probability(["type=STATEMENT"]) == pytest.approx(0.9526, abs=1e-4)
    assert check.checked([said, accused], 1_000, sentences=10) == [said]
    # A text of three sentences (a brief, a gold record) is not checked.
    assert check.checked([said, accused], 1_000, sentences=3) == [said, accused]


def test_training_learns_which_features_mark_coded_events() -> None:
    rows = [["type=ACCUSE", "target kind=state"]] * 6 + [["type=ACCUSE", "target kind=none"]] * 6
    labels = [True] * 5 + [False] + [False] * 5 + [True]
    weights, bias = train(rows, labels)
    assert weights["target kind=state"] > 0 > weights["target kind=none"]
    assert train(rows, labels) == (weights, bias)  # deterministic


def test_the_check_round_trips_through_json() -> None:
    check = EventCheck({"type=ACCUSE": 0.5}, -0.25, 0.15, 4)
    assert EventCheck.from_json(json.loads(json.dumps(check.to_json()))) == check


def test_the_check_is_on_unless_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SWITCH, raising=False)
    assert event_check_from_env() == shipped_check()
    for off in ("0", "off"):
        monkeypatch.setenv(ENV_SWITCH, off)
        assert event_check_from_env() is None


def test_the_shipped_check_weighs_features_kg_makes() -> None:
    check = shipped_check()
    assert 0 < check.keep_at < 1 and check.min_sentences >= 2
    families = {name.split("=")[0] for name in check.weights}
    (features,) = document_features([mention(ERDOGAN, "STATEMENT")], 100)
    made = {f.split("=")[0] for f in features}
    made |= {"statement beside a sharper act"}
    assert families <= made and "type" in families and "rule" in families


def _trainer() -> ModuleType:
    path = ROOT / "tools" / "train_event_check.py"
    spec = importlib.util.spec_from_file_location("train_event_check", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_check"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_check_is_what_the_gold_trains(tmp_path: Path) -> None:
    """Reproducible from the gold: a rule change that changes what the rules find needs
    ``tools/train_event_check.py`` run again (it rewrites ``kg/data/event_check.json``)."""
    (tmp_path / "data").mkdir()
    _trainer().main(["--output", str(tmp_path)])
    trained = json.loads((tmp_path / event_check.MODEL_FILE).read_text(encoding="utf-8"))
    shipped = shipped_check().to_json()
    assert trained["weights"].keys() == shipped["weights"].keys(), "retrain the event check"
    for name, weight in trained["weights"].items():
        assert weight == pytest.approx(shipped["weights"][name], abs=1e-3), name
    assert trained["bias"] == pytest.approx(shipped["bias"], abs=1e-3)
