"""Network questions over hand-made events."""

from __future__ import annotations

import pytest
from samples import MOON, NORTH_KOREA, PUTIN

from kg.errors import KgError
from kg.graph import (
    actor_matches,
    connection,
    date_span,
    event_network,
    filter_events,
    neighbors,
    timeline,
    top_actors,
    who_met,
)
from kg.records import Actor, Event, Mention, Place

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


# -- issue 6: timeline, neighbours, paths, centrality ------------------------------------------

TRUMP = Actor("person/donald-trump", "Donald Trump", "person", "USA")
SOUTH_KOREA = Actor("KOR", "South Korea", "state", "KOR")
WANG_YI = Actor("person/wang-yi", "Wang Yi", "person", "CHN")

# Moon - Putin - Trump, Russia -> North Korea, and Wang Yi with a statement only.
NETWORK_EVENTS = [
    event("m1", "CONSULT", PUTIN, MOON, "2017-09-06"),
    event("m2", "AGREE", PUTIN, MOON, "2017-09-07"),
    event("t1", "ACCUSE", PUTIN, TRUMP, "2017-09-07"),
    event("k1", "ACCUSE", RUSSIA, NORTH_KOREA, "2017-09"),
    event("k2", "THREATEN", NORTH_KOREA, SOUTH_KOREA, "2017-08-29"),
    event("w1", "STATEMENT", WANG_YI, None, "2017-09-07"),
    event("u1", "CONSULT", XI, PUTIN, None),
]


def test_date_span_covers_days_months_and_years() -> None:
    assert date_span("2017-09-06") == ("2017-09-06", "2017-09-06")
    assert date_span("2017-09") == ("2017-09-01", "2017-09-30")
    assert date_span("2016-02") == ("2016-02-01", "2016-02-29")
    assert date_span("2017") == ("2017-01-01", "2017-12-31")
    assert date_span(None) is None


def test_event_network_keeps_actors_of_events_without_target() -> None:
    network = event_network(NETWORK_EVENTS)
    assert network.nodes["person/wang-yi"]["label"] == "Wang Yi"
    assert network.degree("person/wang-yi") == 0


def test_timeline_is_in_date_order_then_by_type_with_undated_last() -> None:
    assert [e.id for e in timeline(NETWORK_EVENTS)] == ["k2", "k1", "m1", "t1", "m2", "w1", "u1"]
    assert [e.id for e in timeline(NETWORK_EVENTS, "Putin")] == ["m1", "t1", "m2", "u1"]
    window = timeline(NETWORK_EVENTS, since="2017-09-06", until="2017-09-06")
    assert [e.id for e in window] == ["m1"]


def test_neighbors_count_events_each_way_with_types_and_dates() -> None:
    found = neighbors(NETWORK_EVENTS, "Putin")
    assert [(n.actor, n.events, n.outgoing, n.incoming) for n in found] == [
        ("Moon Jae-in", 2, 2, 0),
        ("Donald Trump", 1, 1, 0),
        ("Xi Jinping", 1, 0, 1),
    ]
    moon = found[0]
    assert moon.types == ("AGREE", "CONSULT")
    assert (moon.first, moon.last, moon.kind, moon.country) == (
        "2017-09-06",
        "2017-09-07",
        "person",
        "KOR",
    )
    assert [n.actor for n in neighbors(NETWORK_EVENTS, "Putin", type="accuse")] == ["Donald Trump"]


def test_neighbors_of_a_known_actor_outside_the_window_are_none() -> None:
    assert neighbors(NETWORK_EVENTS, "Moon", since="2018-01-01") == []
    assert neighbors(NETWORK_EVENTS, "Wang Yi") == []


def test_unknown_and_ambiguous_actors_are_named() -> None:
    with pytest.raises(KgError) as unknown:
        neighbors(NETWORK_EVENTS, "Angela Merkel")
    assert str(unknown.value) == (
        "E501: no actor named 'Angela Merkel' in the graph (kg top GRAPH lists its actors)"
    )
    with pytest.raises(KgError) as ambiguous:
        neighbors(NETWORK_EVENTS, "Korea")
    assert str(ambiguous.value) == (
        "E502: 'Korea' names more than one actor: North Korea, South Korea; say which"
    )
    # an exact name wins over names it is only part of
    assert [n.actor for n in neighbors(NETWORK_EVENTS, "North Korea")] == [
        "Russia",
        "South Korea",
    ]


def test_connection_follows_events_either_way() -> None:
    hops = connection(NETWORK_EVENTS, "Moon", "Trump")
    assert [(h.step, h.source, h.target) for h in hops] == [
        (1, "Moon Jae-in", "Vladimir Putin"),
        (2, "Vladimir Putin", "Donald Trump"),
    ]
    assert [e.id for e in hops[0].events] == ["m1", "m2"]
    assert [e.id for e in hops[1].events] == ["t1"]
    # Xi acted on Putin, Putin on Moon: connected although no event goes from Moon towards Xi
    assert [h.target for h in connection(NETWORK_EVENTS, "Moon", "Xi")] == [
        "Vladimir Putin",
        "Xi Jinping",
    ]


def test_connection_that_does_not_exist_or_leaves_the_window() -> None:
    with pytest.raises(KgError) as none:
        connection(NETWORK_EVENTS, "Moon", "South Korea")
    assert str(none.value) == "E504: no chain of events links Moon Jae-in and South Korea"
    with pytest.raises(KgError) as windowed:
        connection(NETWORK_EVENTS, "Moon", "Trump", until="2017-09-06")
    assert str(windowed.value).endswith("links Moon Jae-in and Donald Trump until 2017-09-06")
    with pytest.raises(KgError) as same:
        connection(NETWORK_EVENTS, "Putin", "Vladimir Putin")
    assert same.value.code == "E503"


def test_top_actors_by_each_measure() -> None:
    by_degree = top_actors(NETWORK_EVENTS, "degree", limit=3)
    assert [(r.rank, r.actor, r.score) for r in by_degree] == [
        (1, "Vladimir Putin", 3.0),
        (2, "North Korea", 2.0),
        (3, "Donald Trump", 1.0),
    ]
    # Putin and North Korea are the only actors between two others
    between = top_actors(NETWORK_EVENTS, "betweenness")
    assert [r.actor for r in between if r.score > 0] == ["Vladimir Putin", "North Korea"]
    ranks = top_actors(NETWORK_EVENTS, "PageRank")
    assert ranks[0].actor == "Vladimir Putin"  # met twice (both ways) and acted on by Xi
    assert sum(r.score for r in top_actors(NETWORK_EVENTS, "pagerank", limit=100)) == (
        pytest.approx(1.0)
    )


def test_top_actors_within_a_window_and_with_a_bad_measure() -> None:
    window = top_actors(NETWORK_EVENTS, since="2017-09-07")
    assert {r.actor for r in window} == {"Vladimir Putin", "Moon Jae-in", "Donald Trump", "Wang Yi"}
    with pytest.raises(KgError) as bad:
        top_actors(NETWORK_EVENTS, "fame")
    assert str(bad.value) == (
        "E505: --by 'fame' is not a measure: use one of degree, betweenness, pagerank"
    )


def test_who_met_by_country_rolls_people_up_to_their_state() -> None:
    rows = [(m.date, m.actor, m.other) for m in who_met(EVENTS, country="KOR")]
    assert rows == [("2017-09-06", "Russia", "South Korea")]
    assert [m.other for m in who_met(EVENTS, country="Moscow")] == ["Russia", "South Korea"]
    assert who_met(EVENTS, country="FRA") == []


def test_roll_up_drops_actors_of_no_country_and_targets_at_home() -> None:
    from kg.graph import rolled_up_to_countries

    stateless = Actor("person/nobody", "Nobody", "person", None)
    at_home = Actor("person/lavrov", "Sergey Lavrov", "person", "RUS")
    events = [
        event("5", "CONSULT", stateless, PUTIN, "2017-09-06"),
        event("6", "CONSULT", PUTIN, at_home, "2017-09-06"),
    ]
    rolled = list(rolled_up_to_countries(events))
    assert [(e.id, e.actor.id, e.target) for e in rolled] == [("6", "RUS", None)]
