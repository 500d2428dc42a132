"""kg.viz.view: the events, actors and links the page and pictures of kg viz draw (issue 14)."""

from __future__ import annotations

import pytest
from samples import MOON, NORTH_KOREA, PUTIN, UN

from kg.errors import KgError
from kg.records import Actor, Event, Mention
from kg.summary import DateWindow
from kg.viz import ViewOptions, link_layout, network_view, select_events, tone, tone_colour
from kg.viz.page import month_window

RUSSIA = Actor("RUS", "Russia", "state", "RUS")
SOUTH_KOREA = Actor("KOR", "South Korea", "state", "KOR")
LAVROV = Actor("person/sergey-lavrov", "Sergey Lavrov", "person", "RUS")
QUOTED = Actor("person/a-resident", "A Resident", "person")  # no known country


def event(
    id_: str, actor: Actor, target: Actor | None, date: str | None, cameo: str = "040"
) -> Event:
    types = {"040": "CONSULT", "112": "ACCUSE", "190": "ASSAULT", "010": "STATEMENT"}
    return Event(
        id_, types[cameo], "act", cameo, actor, target, date, None, (Mention("d", "s.", 0, 2),)
    )


CORPUS = [
    event("e1", PUTIN, MOON, "2017-09-06"),
    event("e2", PUTIN, MOON, "2017-09-07", "112"),
    event("e3", LAVROV, NORTH_KOREA, "2017-09-07", "190"),
    event("e4", RUSSIA, UN, "2017-09", "040"),
    event("e5", QUOTED, None, "2017-09-05", "010"),
    event("e6", PUTIN, LAVROV, "1918", "040"),  # one state: no link
]


def labels(view_nodes: object) -> list[str]:
    return [node.actor.label for node in view_nodes]  # type: ignore[attr-defined]


def test_a_few_actors_are_all_shown_as_they_are() -> None:
    view = network_view(CORPUS)
    assert labels(view.nodes) == [
        "Vladimir Putin",
        "Moon Jae-in",
        "Sergey Lavrov",
        "North Korea",
        "Russia",
        "United Nations",
    ]
    assert all(node.members == () for node in view.nodes)
    assert (view.unranked, view.unlinked) == (0, 1)  # the resident quoted once is left out


def test_many_actors_fold_people_into_their_states_and_keep_the_top() -> None:
    view = network_view(CORPUS, top=3)
    assert labels(view.nodes) == ["Russia", "South Korea", "North Korea"]
    russia = view.nodes[0]
    assert russia.events == 5  # e6, Putin with Lavrov, counts once
    assert [m.label for m in russia.members] == ["Sergey Lavrov", "Vladimir Putin"]
    assert view.unranked == 1  # the UN
    links = {(link.source, link.target): link for link in view.links}
    korea = links[("KOR", "RUS")]
    assert (korea.events, korea.cooperation, korea.conflict) == (2, 1, 1)
    assert korea.tone == 0.0
    assert korea.goldstein == pytest.approx((1.0 - 2.0) / 2)
    assert links[("PRK", "RUS")].tone == -1.0


def test_the_tone_colours_run_from_conflict_to_cooperation() -> None:
    assert tone(0, 0) is None and tone(2, 0) == 1.0 and tone(0, 2) == -1.0
    assert [tone_colour(t) for t in (-1.0, None, 1.0)] == ["#b2182b", "#bababa", "#2166ac"]


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        (ViewOptions(since="2017-09-07"), ["e2", "e3"]),
        (ViewOptions(until="2017-09"), ["e1", "e2", "e3", "e4", "e5", "e6"]),
        (ViewOptions(since="2017", until="2017-09-06"), ["e1", "e4", "e5"]),
        (ViewOptions(actor="Moon"), ["e1", "e2"]),
        (ViewOptions(country="North Korea"), ["e3"]),
        (ViewOptions(country="PRK"), ["e3"]),
        (ViewOptions(type="accuse"), ["e2"]),
        (ViewOptions(type="material_conflict"), ["e3"]),
        (ViewOptions(type="CONSULT", country="KOR"), ["e1"]),
    ],
)
def test_select_events_by_window_actor_country_and_type(
    options: ViewOptions, ids: list[str]
) -> None:
    assert [e.id for e in select_events(CORPUS, options)] == ids


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (
            {"type": "HUG"},
            "E002",
            "--type 'HUG' is neither an event type nor a QuadClass: use AGREE",
        ),
        ({"country": "Atlantis"}, "E509", "--country 'Atlantis' is not a country kg knows"),
        ({"top": 0}, "E508", "--top 0: draw at least 1 actor"),
    ],
)
def test_bad_options_say_what_to_use(options: dict[str, object], code: str, message: str) -> None:
    with pytest.raises(KgError) as error:
        ViewOptions(**options)  # type: ignore[arg-type]
    assert error.value.code == code
    assert error.value.message.startswith(message)


def test_the_first_window_is_widened_to_whole_months() -> None:
    assert month_window(DateWindow("2018-02-14", "2019-02-03", 95, 100)) == (
        "2018-02-01",
        "2019-02-28",
    )
    assert month_window(DateWindow("2016-12-31", "2016-12-31", 1, 1)) == (
        "2016-12-01",
        "2016-12-31",
    )


def test_busy_hubs_are_pushed_apart_by_their_sizes() -> None:
    hubs = [f"hub{n}" for n in range(6)]
    links = [(a, b) for a in hubs for b in hubs if a < b]
    radii = dict.fromkeys(hubs, 0.05)
    positions = link_layout(hubs, links, radii=radii, gap=0.08)
    closest = min(
        ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
        for a, (x1, y1) in positions.items()
        for b, (x2, y2) in positions.items()
        if a < b
    )
    assert closest >= 0.17  # two radii and the gap, within the unit square
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())
