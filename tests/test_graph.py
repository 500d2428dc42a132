"""Network questions over hand-made events."""

from __future__ import annotations

from kg.graph import actor_matches, event_network, filter_events, who_met
from kg.records import Actor, Event, Mention, Place

PUTIN = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
MOON = Actor("person/moon-jae-in", "Moon Jae-in", "person", "KOR")
XI = Actor("person/xi-jinping", "Xi Jinping", "person", "CHN")
RUSSIA = Actor("RUS", "Russia", "state", "RUS")


def event(id_: str, type_: str, actor: Actor, target: Actor | None, date: str | None) -> Event:
    return Event(
        id_,
        type_,
        "meet",
        "040",
        actor,
        target,
        date,
        Place("Vladivostok", "RUS"),
        (Mention("d", "s", 0, 1),),
    )


EVENTS = [
    event("1", "CONSULT", PUTIN, MOON, "2017-09-06"),
    event("2", "CONSULT", XI, PUTIN, "2017-07-03"),
    event("3", "ACCUSE", RUSSIA, MOON, "2017-09-07"),
    event("4", "STATEMENT", PUTIN, None, None),
]


def test_who_met_lists_meetings_by_date() -> None:
    rows = [(m.date, m.actor, m.other) for m in who_met(EVENTS)]
    assert rows == [
        ("2017-07-03", "Xi Jinping", "Vladimir Putin"),
        ("2017-09-06", "Vladimir Putin", "Moon Jae-in"),
    ]


def test_who_met_for_one_actor_in_either_role() -> None:
    assert [m.other for m in who_met(EVENTS, "Moon")] == ["Moon Jae-in"]
    assert len(who_met(EVENTS, "putin")) == 2
    assert who_met(EVENTS, "Trump") == []


def test_actor_matches_ids_names_words_and_aliases() -> None:
    assert actor_matches(RUSSIA, "the Kremlin")
    assert actor_matches(RUSSIA, "RUS")
    assert actor_matches(PUTIN, "vladimir putin")
    assert not actor_matches(PUTIN, "Vladimir Lenin")
    assert not actor_matches(None, "Putin")


def test_filters_combine() -> None:
    found = filter_events(EVENTS, actor="Moon", type="accuse", since="2017-09-01")
    assert [e.id for e in found] == ["3"]
    undated_excluded = filter_events(EVENTS, until="2017-12-31")
    assert "4" not in [e.id for e in undated_excluded]


def test_event_network_has_actors_and_dated_edges() -> None:
    network = event_network(EVENTS)
    assert network.nodes["person/moon-jae-in"]["country"] == "KOR"
    assert network.number_of_edges() == 3  # the statement has no target
    edge = network.get_edge_data("person/vladimir-putin", "person/moon-jae-in")["1"]
    assert (edge["type"], edge["date"], edge["place"]) == ("CONSULT", "2017-09-06", "Vladivostok")
