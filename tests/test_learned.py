"""The learned event-type check (``kg.learned``): the filter and re-typer on the rules' mentions
(hand-built Docs, a stand-in scorer), the switch, training on a tiny set, the shipped model."""

from __future__ import annotations

import importlib.resources
from collections.abc import Sequence

import pytest
from conftest import parsed

from kg import learned
from kg.extract import RawMention
from kg.learned import (
    ENV_SWITCH,
    MODEL_FILE,
    TrainSettings,
    TypePolicy,
    checked_types,
    classifier_bytes,
    classifier_from_bytes,
    scorer_of,
    shipped_settings,
    train_classifier,
    type_check_from_env,
)
from kg.mentions import extracted

# "Wang said that Russia condemned Japan."
SAID_CONDEMNED = """
    Wang Wang NNP nsubj 1
    said say VBD ROOT 1
    that that IN mark 4
    Russia Russia NNP nsubj 4
    condemned condemn VBD ccomp 1
    Japan Japan NNP dobj 4
    . . . punct 1
    """
ENTS = ((0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "GPE"))


def fixed_scorer(scores: dict[str, float]) -> learned.Scorer:
    """Every sentence scored ``scores``; the sentences asked for are recorded."""
    asked: list[str] = []

    def scorer(texts: Sequence[str]) -> list[dict[str, float]]:
        asked.extend(texts)
        return [dict(scores) for _ in texts]

    scorer.asked = asked  # type: ignore[attr-defined]
    return scorer


def rule_mentions() -> list[RawMention]:
    raws, _, _ = extracted([(parsed(SAID_CONDEMNED, ents=ENTS), 0)])
    assert [(r.actor.text, r.type) for r in raws] == [("Wang", "STATEMENT"), ("Russia", "ACCUSE")]
    return raws


FILTER = TypePolicy(keep_at=0.1, filter_types=frozenset({"ACCUSE"}))
RETYPE = TypePolicy(retype_at=0.5)


def test_filter_drops_a_type_the_classifier_doubts_in_its_sentence() -> None:
    scorer = fixed_scorer({"ACCUSE": 0.05, "STATEMENT": 0.9})
    kept = checked_types(rule_mentions(), scorer, FILTER)
    assert [r.type for r in kept] == ["STATEMENT"]
    assert scorer.asked == ["Wang said that Russia condemned Japan ."]  # type: ignore[attr-defined]


def test_filter_keeps_a_type_the_classifier_finds_and_types_it_does_not_filter() -> None:
    believed = checked_types(rule_mentions(), fixed_scorer({"ACCUSE": 0.3}), FILTER)
    assert [r.type for r in believed] == ["STATEMENT", "ACCUSE"]
    statements_only = TypePolicy(keep_at=0.1, filter_types=frozenset({"STATEMENT"}))
    unfiltered = checked_types(rule_mentions(), fixed_scorer({"ACCUSE": 0.0}), statements_only)
    assert [r.type for r in unfiltered] == ["STATEMENT", "ACCUSE"]


def test_retyper_gives_a_statement_the_speech_type_the_classifier_is_sure_of() -> None:
    scores = {"REJECT": 0.8, "STATEMENT": 0.3}
    retyped = checked_types(rule_mentions(), fixed_scorer(scores), RETYPE)
    assert [r.type for r in retyped] == ["REJECT", "ACCUSE"]
    assert retyped[0].rule.endswith("+learned type") and retyped[0].cameo is None


def test_retyper_leaves_a_statement_the_classifier_finds_likelier_a_statement() -> None:
    scores = {"REJECT": 0.6, "STATEMENT": 0.7}
    kept = checked_types(rule_mentions(), fixed_scorer(scores), RETYPE)
    assert [r.type for r in kept] == ["STATEMENT", "ACCUSE"]
    unsure = checked_types(rule_mentions(), fixed_scorer({"REJECT": 0.4}), RETYPE)
    assert [r.type for r in unsure] == ["STATEMENT", "ACCUSE"]


def test_no_mentions_asks_the_classifier_nothing() -> None:
    scorer = fixed_scorer({})
    assert checked_types([], scorer, FILTER) == []
    assert scorer.asked == []  # type: ignore[attr-defined]


def test_switch_is_off_unless_the_environment_turns_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SWITCH, raising=False)
    assert type_check_from_env() is None
    monkeypatch.setenv(ENV_SWITCH, "0")
    assert type_check_from_env() is None
    monkeypatch.setenv(ENV_SWITCH, "1")
    monkeypatch.setattr(learned, "shipped_scorer", lambda: fixed_scorer({"ACCUSE": 0.0}))
    settings = TrainSettings(("ACCUSE",), policy=FILTER)
    monkeypatch.setattr(learned, "shipped_settings", lambda: settings)
    check = type_check_from_env()
    assert check is not None
    assert [r.type for r in check(rule_mentions())] == ["STATEMENT"]


TINY = [
    ("Turkey bombed Kurdish positions.", frozenset({"ASSAULT"})),
    ("Jets bombed the town.", frozenset({"ASSAULT"})),
    ("Russia bombed Idlib.", frozenset({"ASSAULT"})),
    ("Putin said the talks went well.", frozenset({"STATEMENT"})),
    ("The minister said it was over.", frozenset({"STATEMENT"})),
    ("Erdogan said nothing had changed.", frozenset({"STATEMENT"})),
    ("The weather was fine.", frozenset()),
]


def test_training_on_a_tiny_set_learns_it_and_survives_serialisation() -> None:
    settings = TrainSettings(("ASSAULT", "STATEMENT"), architecture="bow", epochs=20, seed=1)
    nlp = train_classifier(TINY, settings)
    scores = scorer_of(nlp)(["Iraq bombed the town.", "Macron said it was over."])
    assert scores[0]["ASSAULT"] > scores[0]["STATEMENT"]
    assert scores[1]["STATEMENT"] > scores[1]["ASSAULT"]
    again = scorer_of(classifier_from_bytes(classifier_bytes(nlp), settings))
    assert again(["Iraq bombed the town."]) == scores[:1]
    # The same seed, the same weights.
    retrained = scorer_of(train_classifier(TINY, settings))
    assert retrained(["Iraq bombed the town.", "Macron said it was over."]) == scores


@pytest.mark.model
def test_shipped_classifier_is_small_loads_and_scores_every_label() -> None:
    data = importlib.resources.files("kg").joinpath(MODEL_FILE).read_bytes()
    assert len(data) < 5_000_000
    settings = shipped_settings()
    scores = learned.shipped_scorer()(["Turkish jets bombed Kurdish positions in Afrin."])
    assert set(scores[0]) == set(settings.labels)
    assert all(0.0 <= s <= 1.0 for s in scores[0].values())
