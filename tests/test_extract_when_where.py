"""Dates and places (``kg.extract.when_where``): an event's date from its clause, its head conjunct
or its report; where it happened; a place as target; a visit's host.

Rules on hand-built Docs, no statistical model involved; and the dates of real sentences
(``tests/data/date_cases.tsv``), with the model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import events, parsed, triples
from samples import INTERVENTION_AT_REQUEST, INTERVENTION_AT_REQUEST_ENTS

from kg.extract import extract_mentions
from kg.extract.when_where import date_text_of
from kg.nlp import load_pipeline


def test_date_and_place_come_from_the_event_clause() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 1
        met meet VBD ROOT 1
        Moon Moon NNP dobj 1
        in in IN prep 1
        Vladivostok Vladivostok NNP pobj 3
        on on IN prep 1
        Wednesday Wednesday NNP pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "DATE")),
    )
    assert found[0].date_text == "Wednesday"
    assert found[0].place_text == "Vladivostok"


def test_a_place_a_noun_is_about_is_not_where_the_event_happened() -> None:
    # "Putin criticised Trump over the situation in Korea": Korea is no venue.
    found = events(
        """
        Putin Putin NNP nsubj 1
        criticised criticise VBD ROOT 1
        Trump Trump NNP dobj 1
        over over IN prep 1
        the the DT det 5
        situation situation NN pobj 3
        in in IN prep 5
        Korea Korea NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "PERSON"), (7, 8, "GPE")),
    )
    assert triples(found) == [("Putin", "ACCUSE", "Trump")]
    assert found[0].place_text is None


def test_conjunct_shares_the_date_of_its_head() -> None:
    # "Britain expelled diplomats on Wednesday and suspended contacts with Moscow."
    found = events(
        """
        Britain Britain NNP nsubj 1
        expelled expel VBD ROOT 1
        diplomats diplomat NNS dobj 1
        on on IN prep 1
        Wednesday Wednesday NNP pobj 3
        and and CC cc 1
        suspended suspend VBD conj 1
        contacts contact NNS dobj 6
        with with IN prep 7
        Moscow Moscow NNP pobj 8
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "DATE"), (9, 10, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("expel", "Wednesday"),
        ("suspend", "Wednesday"),
    ]
    assert found[1].target is not None and found[1].target.text == "Moscow"


def test_reported_event_takes_the_date_of_its_report() -> None:
    # "Russia withdrew troops, the Kremlin said on Wednesday."
    found = events(
        """
        Russia Russia NNP nsubj 1
        withdrew withdraw VBD ccomp 6
        troops troop NNS dobj 1
        , , , punct 6
        the the DT det 5
        Kremlin Kremlin NNP nsubj 6
        said say VBD ROOT 6
        on on IN prep 6
        Wednesday Wednesday NNP pobj 7
        . . . punct 6
        """,
        ents=((0, 1, "GPE"), (5, 6, "ORG"), (8, 9, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("withdraw", "Wednesday"),
        ("say", "Wednesday"),
    ]


def test_arriving_in_a_capital_is_a_visit_to_its_state() -> None:
    found = events(
        """
        Abe Abe NNP nsubj 1
        arrived arrive VBD ROOT 1
        in in IN prep 1
        Tehran Tehran NNP pobj 2
        on on IN prep 1
        Wednesday Wednesday NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "DATE")),
    )
    assert triples(found) == [("Abe", "CONSULT", "Tehran")]
    assert (found[0].place_text, found[0].date_text) == ("Tehran", "Wednesday")


def test_the_place_of_a_curfew_is_its_target() -> None:
    found = events(
        """
        Chile Chile NNP nsubj 1
        imposed impose VBD ROOT 1
        a a DT det 3
        curfew curfew NN dobj 1
        in in IN prep 3
        Arica Arica NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Chile", "COERCE", "Arica")]
    assert found[0].target is not None and found[0].target.label == "PLACE"


def test_where_a_fight_is_fought_is_no_side_of_it() -> None:
    # "Kurdish forces fought in Syria": in Syria, not against it.
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        fought fight VBD ROOT 1
        in in IN prep 1
        Syria Syria NNP pobj 2
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "GPE")),
    )
    assert triples(found) == [("Turkey", "ASSAULT", None)]


def test_a_place_named_with_its_kind_is_still_the_place() -> None:
    found = events(
        """
        Peru Peru NNP nsubj 1
        lifted lift VBD ROOT 1
        the the DT det 3
        curfew curfew NN dobj 1
        in in IN prep 1
        Tacna Tacna NNP compound 6
        province province NN pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Peru", "RETREAT", "Tacna")]


def test_a_threat_to_impose_a_curfew_somewhere_targets_the_place() -> None:
    found = events(
        """
        Chile Chile NNP nsubj 1
        threatened threaten VBD ROOT 1
        to to TO aux 3
        impose impose VB xcomp 1
        a a DT det 5
        curfew curfew NN dobj 3
        in in IN prep 3
        Arica Arica NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "GPE")),
    )
    assert triples(found) == [("Chile", "THREATEN", "Arica")]


def test_a_place_target_resolves_to_its_state_or_local_authority() -> None:
    from kg.extract import ActorRef
    from kg.resolve import ActorResolver

    resolver = ActorResolver([], "A sentence.", "2004-05-01")
    territory = resolver.resolve(ActorRef("the West Bank", "PLACE", 0, 13))
    town = resolver.resolve(ActorRef("Kirkuk", "PLACE", 0, 6))
    assert territory is not None and (territory.id, territory.kind) == ("PSE", "state")
    assert town is not None and (town.kind, town.country) == ("government", "IRQ")


def test_a_threatened_curfew_targets_its_place() -> None:
    # "The governor threatened to institute a curfew in Kano."
    found = events(
        """
        The the DT det 1
        governor governor NN nsubj 2
        threatened threaten VBD ROOT 2
        to to TO aux 4
        institute institute VB xcomp 2
        a a DT det 6
        curfew curfew NN dobj 4
        in in IN prep 6
        Kano Kano NNP pobj 7
        . . . punct 2
        """,
        ents=((8, 9, "GPE"),),
    )
    assert [(m.type, m.target and (m.target.text, m.target.label)) for m in found] == [
        ("THREATEN", ("Kano", "PLACE"))
    ]


def test_a_protest_with_no_one_named_against_targets_its_place() -> None:
    # "Kurdish students demonstrated in Ankara." -> against the authorities there
    found = events(
        """
        Kurdish Kurdish JJ amod 1
        students students NNS nsubj 2
        demonstrated demonstrate VBD ROOT 2
        in in IN prep 2
        Ankara Ankara NNP pobj 3
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (4, 5, "GPE")),
    )
    assert [(m.actor.text, m.type, m.target and m.target.text) for m in found] == [
        ("Kurdish students", "PROTEST", "Ankara")
    ]


def test_a_protest_with_no_one_named_targets_the_state_where_it_happens() -> None:
    # "Iranians demonstrated in Baghdad."
    found = events(
        """
        Iranians Iranians NNPS nsubj 1
        demonstrated demonstrate VBD ROOT 1
        in in IN prep 1
        Baghdad Baghdad NNP pobj 2
        . . . punct 1
        """,
        ents=((0, 1, "NORP"), (3, 4, "GPE")),
    )
    assert [(m.type, m.target.label if m.target else None) for m in found] == [("PROTEST", "PLACE")]


def test_an_arrest_with_no_agent_is_by_the_state_where_it_happened() -> None:
    # "... a former British soldier who was arrested in Turkey on suspicion of terrorism"
    found = events(
        """
        Robinson Robinson NNP nsubjpass 2
        was be AUX:VBD auxpass 2
        arrested arrest VBN ROOT 2
        in in IN prep 2
        Turkey Turkey NNP pobj 3
        . . . punct 2
        """,
        ents=((0, 1, "PERSON"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Turkey", "COERCE", "Robinson")]
    assert found[0].rule == "passive+located coercer"


def test_a_time_counted_from_another_event_is_kept_whole() -> None:
    # "Three days after Trump and Erdogan spoke, Ankara pledged $3.5bn" (Guardian, 2018): the
    # call is three days before a day the sentence gives elsewhere, not "three days" ago.
    found = events(
        """
        Three three CD nummod 1
        days day NNS npadvmod 2
        after after IN mark 6
        Trump Trump NNP nsubj 6
        and and CC cc 3
        Erdogan Erdogan NNP conj 3
        spoke speak VBD ROOT 6
        . . . punct 6
        """,
        ents=((0, 2, "DATE"), (3, 4, "PERSON"), (5, 6, "PERSON")),
    )
    assert {m.date_text for m in found} == {"Three days after"}


def test_an_office_held_then_puts_the_event_in_the_past() -> None:
    # "Tony Blair briefed then-Conservative leader Iain Duncan Smith" (Guardian, 2018)
    found = events(
        """
        Blair Blair NNP nsubj 1
        briefed brief VBD ROOT 1
        then then RB advmod 4
        - - HYPH punct 4
        Conservative Conservative JJ amod 5
        leader leader NN compound 7
        Iain Iain NNP compound 7
        Smith Smith NNP dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (6, 8, "PERSON")),
    )
    assert [(m.action, m.date_text) for m in found] == [("brief", "then")]


def test_a_date_of_its_own_outweighs_an_office_held_then() -> None:
    # "In January, the then secretary of state, Rex Tillerson, pledged that US forces would
    # remain in Syria" (Guardian, 2018): pledged in January
    found = events(
        """
        In in IN prep 8
        January January NNP pobj 0
        , , , punct 8
        the the DT det 5
        then then RB amod 5
        secretary secretary NNP nsubj 8
        , , , punct 5
        Tillerson Tillerson NNP appos 5
        pledged pledge VBD ROOT 8
        that that IN mark 12
        forces force NNS nsubj 12
        would would AUX:MD aux 12
        remain remain VB ccomp 8
        . . . punct 8
        """,
        ents=((1, 2, "DATE"), (7, 8, "PERSON")),
    )
    assert [(m.action, m.date_text) for m in found] == [("pledge", "January")]


def test_a_clause_of_the_same_time_takes_the_date_of_the_clause_it_is_on() -> None:
    # "Erdoğan's ambition climaxed in September 2011 when he visited Cairo" (Guardian, 2018)
    found = events(
        """
        Erdogan Erdogan NNP nsubj 1
        climaxed climax VBD ROOT 1
        in in IN prep 1
        September September NNP pobj 2
        2011 2011 CD nummod 3
        when when WRB advmod 7
        Erdogan Erdogan NNP nsubj 7
        visited visit VBD advcl 1
        Cairo Cairo NNP dobj 7
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 5, "DATE"), (6, 7, "PERSON"), (8, 9, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("visit", "September 2011")]


def test_an_event_noun_takes_the_date_of_the_verb_it_is_the_object_of() -> None:
    # "Last week, Mr Putin hosted talks in Sochi with the leaders of Iran" (Guardian, 2017)
    found = events(
        """
        Last last JJ amod 1
        week week NN npadvmod 3
        Putin Putin NNP nsubj 3
        hosted host VBD ROOT 3
        talks talk NNS dobj 3
        with with IN prep 4
        Rouhani Rouhani NNP pobj 5
        . . . punct 3
        """,
        ents=((0, 2, "DATE"), (2, 3, "PERSON"), (6, 7, "PERSON")),
    )
    assert {(m.action, m.date_text) for m in found if m.type == "CONSULT"} == {
        ("talk", "Last week")
    }


def test_a_purpose_clause_takes_the_date_of_the_act_it_is_done_in() -> None:
    # "Last month Turkey sent troops into the Syrian border enclave of Afrin to fight Kurdish
    # militias" (Guardian, 2018)
    found = events(
        """
        Last last JJ amod 1
        month month NN npadvmod 3
        Turkey Turkey NNP nsubj 3
        sent send VBD ROOT 3
        troops troop NNS dobj 3
        to to TO aux 6
        fight fight VB advcl 3
        Kurds Kurds NNPS dobj 6
        . . . punct 3
        """,
        ents=((0, 2, "DATE"), (2, 3, "GPE"), (7, 8, "NORP")),
    )
    assert ("fight", "Last month") in [(m.action, m.date_text) for m in found]


def test_a_when_clause_on_a_time_takes_that_time_with_its_vague_lead() -> None:
    # "... received a boost earlier in the week when UN refugee agency special envoy Angelina
    # Jolie visited the Domiz Camp" (Guardian, 2018): the visit is "earlier in the week".
    found = events(
        """
        Aid aid NN nsubj 1
        received receive VBD ROOT 1
        a a DT det 3
        boost boost NN dobj 1
        earlier early RBR advmod 1
        in in IN prep 4
        the the DT det 7
        week week NN pobj 5
        when when WRB advmod 10
        Jolie Jolie NNP nsubj 10
        visited visit VBD relcl 7
        Iraq Iraq NNP dobj 10
        . . . punct 1
        """,
        ents=((6, 8, "DATE"), (9, 10, "PERSON"), (11, 12, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("visit", "earlier in the week")]


def test_an_event_noun_takes_the_date_of_the_verb_of_its_course() -> None:
    # "Talks between Ethiopia and Egypt resumed in Washington on Monday."
    found = events(
        """
        Talks talk NNS nsubj 5
        between between IN prep 0
        Ethiopia Ethiopia NNP pobj 1
        and and CC cc 2
        Egypt Egypt NNP conj 2
        resumed resume VBD ROOT 5
        on on IN prep 5
        Monday Monday NNP pobj 6
        . . . punct 5
        """,
        ents=((2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "DATE")),
    )
    assert {(m.type, m.date_text) for m in found} == {("CONSULT", "Monday")}


def test_the_same_month_is_the_month_of_the_date_before_it() -> None:
    # "... killed by a US drone in November 2015, and Aine Lesley Davis, who was captured in
    # Istanbul in the same month"
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        arrested arrest VBD ROOT 1
        Davis Davis NNP dobj 1
        in in IN prep 1
        November November NNP pobj 3
        2015 2015 CD nummod 4
        and and CC cc 1
        detained detain VBD conj 1
        Jones Jones NNP dobj 7
        in in IN prep 7
        the the DT det 12
        same same JJ amod 12
        month month NN pobj 9
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "PERSON"), (4, 6, "DATE"), (8, 9, "PERSON"), (10, 13, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("arrest", "November 2015"),
        ("detain", "November 2015"),
    ]


def test_the_same_month_with_no_date_before_it_cannot_be_placed() -> None:
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        arrested arrest VBD ROOT 1
        Davis Davis NNP dobj 1
        in in IN prep 1
        the the DT det 6
        same same JJ amod 6
        month month NN pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "PERSON"), (4, 7, "DATE")),
    )
    assert [m.date_text for m in found] == ["that month"]


def test_a_month_name_as_an_object_is_a_person_not_a_date() -> None:
    # "Vince Cable ... urged May to give MPs a vote": not May 2017
    found = events(
        """
        Cable Cable NNP nsubj 1
        urged urge VBD ROOT 1
        May May NNP dobj 1
        to to TO aux 4
        give give VB xcomp 1
        MPs MP NNS dative 4
        a a DT det 7
        vote vote NN dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "DATE")),
    )
    assert found and all(m.date_text is None for m in found)


def test_a_length_of_time_is_no_date() -> None:
    # "After six days of questioning, Turkish authorities released his fiancee"
    found = events(
        """
        After after IN prep 7
        six six CD nummod 2
        days day NNS pobj 0
        of of IN prep 2
        questioning questioning NN pobj 3
        , , , punct 7
        Turkey Turkey NNP nsubj 7
        released release VBD ROOT 7
        Rojkan Rojkan NNP dobj 7
        . . . punct 7
        """,
        ents=((1, 3, "DATE"), (6, 7, "GPE"), (8, 9, "PERSON")),
    )
    assert [(m.action, m.date_text) for m in found] == [("release", None)]


def test_an_age_before_the_date_does_not_hide_it() -> None:
    # "Ryan Lock, 20, ..." "Mira Rojkan, 22,": ages the model labels DATE
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        arrested arrest VBD ROOT 1
        Davis Davis NNP dobj 1
        , , , punct 2
        32 32 CD appos 2
        , , , punct 2
        on on IN prep 1
        Monday Monday NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "PERSON"), (4, 5, "DATE"), (7, 8, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("arrest", "Monday")]


def test_an_event_deep_in_what_a_statement_says_takes_its_date() -> None:
    # "... the US state department said they were members of a four-strong Islamic State
    # 'execution cell' which was responsible for ... beheading more than 27 hostages"
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        said say VBD ROOT 1
        on on IN prep 1
        Monday Monday NNP pobj 2
        Davis Davis NNP nsubj 5
        was be VBD ccomp 1
        a a DT det 7
        member member NN attr 5
        of of IN prep 7
        Isis Isis NNP pobj 8
        , , , punct 9
        which which WDT nsubj 12
        killed kill VBD relcl 9
        hostages hostage NNS dobj 12
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "DATE"), (4, 5, "PERSON"), (9, 10, "ORG")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "kill"] == [("kill", "Monday")]


def test_an_event_in_the_subject_of_a_statement_is_not_dated_by_it() -> None:
    # "Isis, which killed hostages, said on Monday": the killing is no part of what is said
    found = events(
        """
        Isis Isis NNP nsubj 5
        , , , punct 0
        which which WDT nsubj 3
        killed kill VBD relcl 0
        hostages hostage NNS dobj 3
        said say VBD ROOT 5
        on on IN prep 5
        Monday Monday NNP pobj 6
        . . . punct 5
        """,
        ents=((0, 1, "ORG"), (7, 8, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "kill"] == [("kill", None)]


def test_a_date_on_a_refused_act_dates_the_refusal() -> None:
    # "Myanmar's military refused to recognise the election result on Wednesday"
    found = events(
        """
        Myanmar Myanmar NNP nsubj 1
        refused refuse VBD ROOT 1
        to to TO aux 3
        recognise recognise VB xcomp 1
        the the DT det 5
        result result NN dobj 3
        on on IN prep 3
        Wednesday Wednesday NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("refuse", "Wednesday")]


def test_a_date_inside_the_object_of_a_refused_act_is_not_the_refusals() -> None:
    # "Athens refused to hand over suspects in the 2016 coup"
    found = events(
        """
        Greece Greece NNP nsubj 1
        refused refuse VBD ROOT 1
        to to TO aux 3
        extradite extradite VB xcomp 1
        suspects suspect NNS dobj 3
        in in IN prep 4
        the the DT det 8
        2016 2016 CD nummod 8
        coup coup NN pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("refuse", None)]


def test_a_when_clause_on_an_event_noun_takes_the_time_of_the_event() -> None:
    # "the bitter civil war they once fought against fellow Kurds in the 1990s, when
    # Abdulrahman invited Saddam's troops to help oust them"
    found = events(
        """
        It it PRP nsubj 1
        recalls recall VBZ ROOT 1
        the the DT det 3
        war war NN dobj 1
        they they PRP nsubj 5
        fought fight VBD relcl 3
        in in IN prep 5
        the the DT det 8
        1990s 1990s NNS pobj 6
        , , , punct 3
        when when WRB advmod 12
        Barzani Barzani NNP nsubj 12
        invited invite VBD relcl 3
        Iraq Iraq NNP dobj 12
        . . . punct 1
        """,
        ents=((7, 9, "DATE"), (11, 12, "PERSON"), (13, 14, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "invite"] == [
        ("invite", "the 1990s")
    ]


def test_an_act_takes_the_date_of_the_offensive_it_was_part_of() -> None:
    # "parts of the country that Turkey had seized from Isis in an offensive ... that was
    # launched in the summer of 2016"
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        seized seize VBD ROOT 1
        Jarablus Jarablus NNP dobj 1
        in in IN prep 1
        an an DT det 5
        offensive offensive NN pobj 3
        that that WDT nsubjpass 8
        was be VBD auxpass 8
        launched launch VBN relcl 5
        in in IN prep 8
        2016 2016 CD pobj 9
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (10, 11, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "seize"] == [("seize", "2016")]


DATE_CASES = [
    tuple(line.split("\t"))
    for line in (Path(__file__).parent / "data" / "date_cases.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("action", "date_text", "sentence"), DATE_CASES, ids=[c[0] for c in DATE_CASES]
)
def test_the_date_that_governs_an_event_in_a_real_sentence(
    action: str, date_text: str, sentence: str
) -> None:
    found = [m for m in extract_mentions(load_pipeline()(sentence)) if m.action == action]
    assert found
    assert {m.date_text or "-" for m in found} == {date_text}


def test_a_month_name_that_is_met_is_a_person_not_a_date() -> None:
    # "Following his talks with May in Downing Street, Yıldırım said ..." (Guardian, 2017),
    # where the model reads "May" as a date.
    found = events(
        """
        Putin Putin NNP nsubj 1
        held hold VBD ROOT 1
        talks talk NNS dobj 1
        with with IN prep 2
        May May NNP pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (4, 5, "DATE")),
    )
    assert [(m.type, m.date_text) for m in found] == [("CONSULT", None)]


def test_an_age_is_no_date() -> None:
    # "There, the 36-year-old was abducted on 9 December 2013 from her home" (real gold): the
    # day she was abducted, not "36 years" ago
    found = events(
        """
        the the DT det 4
        36 36 CD nummod 2
        year year NN npadvmod 4
        - - HYPH punct 4
        old old NN nsubjpass 6
        was be VBD auxpass 6
        abducted abduct VBN ROOT 6
        on on IN prep 6
        9 9 CD nummod 9
        December December NNP pobj 7
        2013 2013 CD nummod 9
        by by IN agent 6
        Isis Isis NNP pobj 11
        . . . punct 6
        """,
        ents=((0, 5, "DATE"), (8, 11, "DATE"), (12, 13, "ORG")),
    )
    assert {m.date_text for m in found} == {"9 December 2013"}


@pytest.mark.parametrize(
    ("preposition", "date_text"),
    [
        ("from", None),  # "withdrawal from the 2015 deal": the deal's year, not the withdrawal's
        ("in", "2016"),  # "accused Turkey in a 2016 interview": the occasion's year is the act's
    ],
)
def test_a_year_modifying_another_noun_dates_that_noun(
    preposition: str, date_text: str | None
) -> None:
    # "Trump announced his withdrawal from the landmark 2015 Iran nuclear deal" (Guardian, 2018)
    found = events(
        f"""
        Assad Assad NNP nsubj 1
        accused accuse VBD ROOT 1
        Turkey Turkey NNP dobj 1
        {preposition} {preposition} IN prep 1
        a a DT det 6
        2016 2016 CD compound 6
        interview interview NN pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "GPE"), (5, 6, "DATE")),
    )
    assert [m.date_text for m in found] == [date_text]


def test_an_act_in_a_purpose_phrase_takes_the_date_of_the_act_it_is_the_purpose_of() -> None:
    # "Turkey launched a military campaign in Afrin last month, in an effort to drive out Kurdish
    # militias" (Guardian, 2018): the drive is last month's, not the paper's
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        launched launch VBD ROOT 1
        a a DT det 3
        campaign campaign NN dobj 1
        last last JJ amod 5
        month month NN npadvmod 1
        in in IN prep 1
        an a DT det 8
        effort effort NN pobj 6
        to to TO aux 10
        drive drive VB acl 8
        out out RP prt 10
        militias militia NNS dobj 10
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 6, "DATE")),
    )
    drive = [m for m in found if m.action == "drive"]
    assert [m.date_text for m in drive] == ["last month"]


def test_a_year_on_the_event_a_light_verb_carries_dates_the_event() -> None:
    # "Turkey launched its 2016 offensive against Isis": the offensive's year is the event's
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        launched launch VBD ROOT 1
        its its PRP$ poss 4
        2016 2016 CD nummod 4
        offensive offensive NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "DATE")),
    )
    assert [m.date_text for m in found] == ["2016"]


@pytest.mark.parametrize("preposition", ["in", "amid", "during"])
def test_an_act_takes_the_date_of_the_larger_event_it_was_part_of(preposition: str) -> None:
    # "the parts Turkey had seized from Isis in an offensive that was launched in the summer of
    # 2016" (Guardian, 2018)
    found = events(
        f"""
        Turkey Turkey NNP nsubj 1
        seized seize VBD ROOT 1
        Jarablus Jarablus NNP dobj 1
        {preposition} {preposition} IN prep 1
        an a DT det 5
        offensive offensive NN pobj 3
        launched launch VBN acl 5
        in in IN prep 6
        2016 2016 CD pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (8, 9, "DATE")),
    )
    assert [m.date_text for m in found if m.action == "seize"] == ["2016"]


def test_a_time_of_day_that_names_its_day_dates_the_event() -> None:
    # "Isis fighters had also surrendered on Wednesday night": the parser's TIME entity
    found = events(
        """
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Kiev Kiev NNP dobj 1
        on on IN prep 1
        Wednesday Wednesday NNP compound 5
        night night NN pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 6, "TIME")),
    )
    assert [(m.action, m.date_text) for m in found] == [("attack", "Wednesday night")]


def test_at_the_time_is_the_time_of_another_event() -> None:
    # "Iraqi officials at the time said he was in a bank": then, no date of its own
    found = events(
        """
        Russia Russia NNP nsubj 4
        at at IN prep 4
        the the DT det 3
        time time NN pobj 1
        accused accuse VBD ROOT 4
        Turkey Turkey NNP dobj 4
        . . . punct 4
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("accuse", "then")]


def test_at_the_time_is_the_time_the_story_named_before() -> None:
    # "His family issued an appeal for his release last year. His mother, Sharon, said at the
    # time: ..." (Guardian, 2018): said last year, the time the sentence before names
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        attacked attack VBD ROOT 1
        Russia Russia NNP dobj 1
        last last JJ amod 4
        year year NN npadvmod 1
        . . . punct 1
        Russia Russia NNP nsubj 10
        at at IN prep 10
        the the DT det 9
        time time NN pobj 7
        accused accuse VBD ROOT 10
        Turkey Turkey NNP dobj 10
        . . . punct 10
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (3, 5, "DATE"), (6, 7, "GPE"), (11, 12, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("attack", "last year"),
        ("accuse", "last year"),
    ]


def test_the_next_morning_counts_from_the_day_named_before() -> None:
    # "In Erbil, where they arrived shortly before 1am, ... The following morning, they boarded
    # a plane" (Guardian, 2018): the model tags "The next morning" a time, which names its day
    # counted from the one the story named, as "the next day" does
    found = events(
        """
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Aleppo Aleppo NNP dobj 1
        on on IN prep 1
        Monday Monday NNP pobj 3
        . . . punct 1
        The the DT det 8
        next next JJ amod 8
        morning morning NN npadvmod 11
        , , , punct 11
        Turkey Turkey NNP nsubj 11
        shelled shell VBD ROOT 11
        Manbij Manbij NNP dobj 11
        . . . punct 11
        """,
        ents=(
            (0, 1, "GPE"),
            (2, 3, "GPE"),
            (4, 5, "DATE"),
            (6, 9, "TIME"),
            (10, 11, "GPE"),
            (12, 13, "GPE"),
        ),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("attack", "Monday"),
        ("shell", "The next morning from Monday"),
    ]


def test_an_event_noun_a_count_measures_from_is_counted_back_from_the_clause() -> None:
    # "One month after Trump's surprise announcement, the US decision to pull out still
    # resonates in the region" (guardian-118, 2019): the announcement was a month before the
    # paper's day; told against a clause's day, it is counted back from that day
    found = events(
        """
        One one CD nummod 1
        month month NN npadvmod 2
        after after IN prep 10
        Trump Trump NNP poss 5
        ’s ’s POS case 3
        announcement announcement NN pobj 2
        , , , punct 10
        the the DT det 8
        decision decision NN nsubj 10
        still still RB advmod 10
        resonates resonate VBZ ROOT 10
        . . . punct 10
        """,
        ents=((0, 2, "DATE"), (3, 4, "PERSON")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Trump", "STATEMENT", "One month ago", "nominal.owner")
    ]
    found = events(
        """
        Mattis Mattis NNP poss 2
        's 's POS case 0
        resignation resignation NN nsubj 5
        on on IN prep 2
        Thursday Thursday NNP pobj 3
        came come VBD ROOT 5
        a a DT det 7
        day day NN npadvmod 5
        after after IN prep 5
        Trump Trump NNP poss 11
        's 's POS case 9
        announcement announcement NN pobj 8
        . . . punct 5
        """,
        ents=((0, 1, "PERSON"), (4, 5, "DATE"), (6, 8, "DATE"), (9, 10, "PERSON")),
    )
    assert [(m.actor.text, m.type, m.date_text) for m in found] == [
        ("Mattis", "CONCEDE", "Thursday"),
        ("Trump", "STATEMENT", "a day earlier from Thursday"),
    ]


@pytest.mark.parametrize(
    ("said", "tag", "date_text"), [("says", "VBZ", None), ("said", "VBD", "Monday")]
)
def test_a_conjunct_in_the_present_tells_the_paper_s_day(
    said: str, tag: str, date_text: str | None
) -> None:
    # "Israel has struck Syria dozens of times since 2017, but rarely acknowledges its attacks"
    # (Guardian): what the conjunct in the present tells holds now, not at the first clause's
    # time; one in the past goes on at that time
    found = events(
        f"""
        Russia Russia NNP nsubj 1
        struck strike VBD ROOT 1
        Idlib Idlib NNP dobj 1
        on on IN prep 1
        Monday Monday NNP pobj 3
        and and CC cc 1
        {said} say {tag} conj 1
        it it PRP nsubj 9
        will will AUX:MD aux 9
        continue continue VB ccomp 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "DATE")),
    )
    assert [(m.type, m.date_text, m.rule) for m in found] == [
        ("ASSAULT", "Monday", "active+objects"),
        ("STATEMENT", date_text, "inherited subject"),
    ]


def test_at_the_same_time_is_no_time() -> None:
    # "At the same time, the VCD has signed ... an agreement": "also", the paper's day
    found = events(
        """
        Russia Russia NNP nsubj 5
        at at IN prep 5
        the the DT det 4
        same same JJ amod 4
        time time NN pobj 1
        accused accuse VBD ROOT 5
        Turkey Turkey NNP dobj 5
        . . . punct 5
        """,
        ents=((0, 1, "GPE"), (6, 7, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("accuse", None)]


def test_hours_later_counts_from_another_event() -> None:
    # "The SNC is deeply unhappy that the UN hours later announced": no date entity, no day
    found = events(
        """
        Russia Russia NNP nsubj 3
        hours hour NNS npadvmod 2
        later late RB advmod 3
        accused accuse VBD ROOT 3
        Turkey Turkey NNP dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("accuse", "hours later")]


def test_a_cleft_sentence_dates_the_clause_it_puts_its_time_before() -> None:
    # "it was only last week that Mr Trump ordered his generals to arrange a rapid exit"
    found = events(
        """
        It it PRP nsubj 1
        was be AUX:VBD ROOT 1
        last last JJ amod 3
        week week NN npadvmod 1
        that that IN mark 6
        Russia Russia NNP nsubj 6
        accused accuse VBD ccomp 1
        Turkey Turkey NNP dobj 6
        . . . punct 1
        """,
        ents=((2, 4, "DATE"), (5, 6, "GPE"), (7, 8, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("accuse", "last week")]


def test_a_when_clause_with_its_own_date_dates_the_clause_it_is_on() -> None:
    # "the territory occupied by Isis when it swept through Iraq and Syria in 2014"
    found = events(
        """
        Isis Isis NNP nsubj 1
        occupied occupy VBD ROOT 1
        Mosul Mosul NNP dobj 1
        when when WRB advmod 5
        it it PRP nsubj 5
        swept sweep VBD advcl 1
        through through IN prep 5
        Iraq Iraq NNP pobj 6
        in in IN prep 5
        2014 2014 CD pobj 8
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (2, 3, "GPE"), (7, 8, "GPE"), (9, 10, "DATE")),
    )
    assert ("occupy", "2014") in [(m.action, m.date_text) for m in found]


def test_a_date_right_after_a_subject_event_noun_dates_the_noun() -> None:
    # "The US president's remarks last Thursday stunned the Department of State"
    found = events(
        """
        Trump Trump NNP poss 2
        's 's POS case 0
        remarks remark NNS nsubj 5
        last last JJ amod 4
        Thursday Thursday NNP npadvmod 5
        stunned stun VBD ROOT 5
        officials official NNS dobj 5
        . . . punct 5
        """,
        ents=((0, 1, "PERSON"), (3, 5, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("remark", "last Thursday")]


def test_a_date_after_a_subject_event_noun_and_its_phrase_dates_the_noun() -> None:
    # "Isis was originally an Iraqi offshoot of al-Qaida, whose attacks on New York and
    # Washington in 2001 sparked what became known as the global 'war on terror'" (Guardian,
    # February 2019): "in 2001" hung on "sparked" dates the attacks
    found = events(
        """
        al-Qaida al-Qaida NNP ROOT 0
        , , , punct 0
        whose whose WP$ poss 3
        attacks attack NNS nsubj 9
        on on IN prep 3
        New New NNP compound 6
        York York NNP pobj 4
        in in IN prep 9
        2001 2001 CD pobj 7
        sparked spark VBD relcl 0
        wars war NNS dobj 9
        . . . punct 0
        """,
        ents=((0, 1, "ORG"), (5, 7, "GPE"), (8, 9, "DATE")),
    )
    assert [(m.action, m.actor.text, m.target and m.target.text, m.date_text) for m in found] == [
        ("attack", "al-Qaida", "New York", "2001")
    ]


@pytest.mark.parametrize(("aux", "date_text"), [(False, "2017"), (True, None)])
def test_a_year_that_opens_the_sentence_before_dates_a_deed_in_the_simple_past(
    aux: bool, date_text: str | None
) -> None:
    # "In 2017, 65,000 refugees were resettled worldwide. The EU provided resettlement places
    # for 23,000 refugees": 2017; "Turkey has condemned Russia" is of the paper's day
    rows = (
        """
        In in IN prep 4
        2017 2017 CD pobj 0
        , , , punct 4
        Russia Russia NNP nsubj 4
        attacked attack VBD ROOT 4
        Aleppo Aleppo NNP dobj 4
        . . . punct 4
        Turkey Turkey NNP nsubj 9
        """
        + ("has have AUX:VBZ aux 9" if aux else "already already RB advmod 9")
        + """
        condemned condemn VBD ROOT 9
        Russia Russia NNP dobj 9
        . . . punct 9
        """
    )
    found = events(
        rows, ents=((1, 2, "DATE"), (3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE"), (10, 11, "GPE"))
    )
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", date_text)
    ]


@pytest.mark.parametrize(
    ("opening", "date_text"), [("After after the campaign", None), ("In in the end", "2016")]
)
def test_a_deed_told_as_after_another_event_is_not_set_in_the_year_before(
    opening: str, date_text: str | None
) -> None:
    # "In August 2016 it launched Euphrates Shield ... After the campaign, Turkey sought to
    # better organise and train the rebels allied with it, providing them with training, arms,
    # and even a monthly stipend" (Guardian, 2018): after the campaign, not in 2016; the aid
    # given with the training is dated as the training is ("In the end": in the scene's year)
    word, lemma, the, noun = opening.split()
    found = events(
        f"""
        In in IN prep 4
        August August NNP pobj 0
        2016 2016 CD nummod 1
        it it PRP nsubj 4
        launched launch VBD ROOT 4
        Euphrates Euphrates NNP compound 6
        Shield Shield NNP dobj 4
        . . . punct 4
        {word} {lemma} IN prep 13
        {the} {the} DT det 10
        {noun} {noun} NN pobj 8
        , , , punct 13
        Turkey Turkey NNP nsubj 13
        sought seek VBD ROOT 13
        to to TO aux 15
        train train VB xcomp 13
        the the DT det 17
        rebels rebel NNS dobj 15
        , , , punct 15
        providing provide VBG advcl 15
        them they PRP dobj 19
        with with IN prep 19
        arms arm NNS pobj 21
        . . . punct 13
        """,
        ents=((1, 3, "DATE"), (12, 13, "GPE")),
    )
    aid = [m for m in found if m.type == "AID"]
    assert triples(aid) == [("Turkey", "AID", "them")]
    assert [(m.date_text, m.rule) for m in aid] == [(date_text, "inherited subject+objects")]


@pytest.mark.parametrize(
    ("when", "date_text"), [("2014", "2014"), ("last week", "last week"), ("Monday", None)]
)
def test_a_clause_after_a_dated_clause_takes_its_year_or_its_vagueness(
    when: str, date_text: str | None
) -> None:
    # "The first terrorist attackers were dispatched to Europe in early 2014, before the US-led
    # coalition began airstrikes": 2014; "reached breaking point last week after the Pentagon
    # announced": last week (no day); a day is not the day of what came before it
    words = when.split()
    rows = (
        """
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Aleppo Aleppo NNP dobj 1
        """
        + (
            "in in IN prep 1\n2014 2014 CD pobj 3"
            if when == "2014"
            else "last last JJ amod 4\nweek week NN npadvmod 1"
            if when == "last week"
            else "on on IN prep 1\nMonday Monday NNP pobj 3"
        )
        + """
        after after IN mark 7
        Turkey Turkey NNP nsubj 7
        accused accuse VBD advcl 1
        Russia Russia NNP dobj 7
        . . . punct 1
        """
    )
    date_start = 4 if len(words) == 1 else 3
    found = events(
        rows,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (date_start, 5, "DATE"), (6, 7, "GPE"), (8, 9, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "accuse"] == [
        ("accuse", date_text)
    ]


def test_a_weekday_split_from_its_part_of_the_day_still_dates_the_event() -> None:
    # "Mattis went to see the president on Thursday afternoon": the parser makes "Thursday" a
    # date compound on "afternoon", a time; the weekday is no date of another noun
    found = events(
        """
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Kiev Kiev NNP dobj 1
        on on IN prep 1
        Thursday Thursday NNP compound 5
        afternoon afternoon NN pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "DATE"), (5, 6, "TIME")),
    )
    assert [(m.action, m.date_text) for m in found] == [("attack", "Thursday")]


def test_a_holiday_the_parser_tags_as_no_date_still_dates_the_event() -> None:
    # "Just before Christmas the UN acknowledged it had failed": the month of Christmas
    found = events(
        """
        before before IN prep 3
        Christmas Christmas NNP pobj 0
        Russia Russia NNP nsubj 3
        attacked attack VBD ROOT 3
        Kiev Kiev NNP dobj 3
        . . . punct 3
        """,
        ents=((2, 3, "GPE"), (4, 5, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("attack", "before Christmas")]


@pytest.mark.parametrize(("named", "date_text"), [(True, "August 2013"), (False, "that year")])
def test_a_month_of_that_year_is_of_the_year_the_story_last_named(
    named: bool, date_text: str
) -> None:
    # "... in a 2013 sarin nerve gas attack ... Obama was influenced by the British parliament's
    # vote against military action in August that year": August 2013, not the paper's August
    opening = (
        "in in IN prep 1\n2013 2013 CD pobj 3" if named else "in in IN prep 1\nMay May NNP pobj 3"
    )
    rows = (
        """
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Aleppo Aleppo NNP dobj 1
        """
        + opening
        + """
        . . . punct 1
        Turkey Turkey NNP nsubj 7
        condemned condemn VBD ROOT 7
        Russia Russia NNP dobj 7
        in in IN prep 7
        August August NNP pobj 9
        that that DT det 12
        year year NN npadvmod 7
        . . . punct 7
        """
    )
    ents = ((0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"), (10, 11, "DATE"))
    found = events(rows, ents=((4, 5, "DATE"), *ents) if named else ents)
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", date_text)
    ]


@pytest.mark.parametrize(("perfect", "date_text"), [(True, None), (False, "2006")])
def test_a_present_perfect_conjunct_takes_no_past_date_of_its_head(
    perfect: bool, date_text: str | None
) -> None:
    # "Israel and Hezbollah fought a war in 2006 and Israeli officials have warned that ...":
    # the warning is of the paper's day; "... and Israeli officials warned" shares 2006
    rows = (
        """
        Israel Israel NNP nsubj 1
        fought fight VBD ROOT 1
        Hezbollah Hezbollah NNP dobj 1
        in in IN prep 1
        2006 2006 CD pobj 3
        and and CC cc 1
        officials official NNS nsubj 8
        """
        + ("have have AUX:VBP aux 8" if perfect else "then then RB advmod 8")
        + f"""
        warned warn {"VBN" if perfect else "VBD"} conj 1
        Iran Iran NNP dobj 8
        . . . punct 1
        """
    )
    found = events(rows, ents=((0, 1, "GPE"), (2, 3, "ORG"), (4, 5, "DATE"), (9, 10, "GPE")))
    assert [(m.action, m.date_text) for m in found if m.action == "warn"] == [("warn", date_text)]


def test_an_event_it_is_a_length_of_time_since_is_counted_back_from_the_paper() -> None:
    # "It is four years since Russia annexed Crimea": four years ago
    found = events(
        """
        It it PRP nsubj 1
        is be AUX:VBZ ROOT 1
        four four CD nummod 3
        years year NNS attr 1
        since since IN mark 6
        Russia Russia NNP nsubj 6
        annexed annex VBD advcl 1
        Crimea Crimea NNP dobj 6
        . . . punct 1
        """,
        ents=((2, 4, "DATE"), (5, 6, "GPE"), (7, 8, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "annex"] == [
        ("annex", "four years ago")
    ]


def test_a_date_right_after_an_event_noun_in_a_verbs_phrase_dates_the_noun() -> None:
    # "They acquiesced in Erdoğan's incursion in 2016": the incursion is of 2016
    found = events(
        """
        Russia Russia NNP nsubj 1
        acquiesced acquiesce VBD ROOT 1
        in in IN prep 1
        Erdoğan Erdoğan NNP poss 5
        ’s ’s POS case 3
        incursion incursion NN pobj 2
        in in IN prep 1
        2016 2016 CD pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "PERSON"), (7, 8, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "incursion"] == [
        ("incursion", "2016")
    ]


@pytest.mark.parametrize(("mark", "date_text"), [(False, "Sunday"), (True, None)])
def test_a_participle_of_result_takes_the_date_of_the_act_it_follows(
    mark: bool, date_text: str | None
) -> None:
    # "Turkish jets struck Afrin on Sunday, killing 12 civilians": killed on Sunday; not so a
    # clause with a mark of its own ("..., before killing 12 civilians")
    rows = (
        """
        Turkey Turkey NNP nsubj 1
        struck strike VBD ROOT 1
        Afrin Afrin NNP dobj 1
        on on IN prep 1
        Sunday Sunday NNP pobj 3
        , , , punct 1
        """
        + ("before before IN mark 7" if mark else "then then RB advmod 7")
        + """
        killing kill VBG advcl 1
        Syria Syria NNP dobj 7
        . . . punct 1
        """
    )
    found = events(rows, ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "DATE"), (8, 9, "GPE")))
    assert [(m.action, m.date_text) for m in found if m.action == "kill"] == [("kill", date_text)]


def test_a_participle_of_result_takes_the_date_of_the_statement_its_act_is_in() -> None:
    # "Authorities in Syria's Kurdish autonomous region also said on Sunday they would not
    # attend the talks, blaming Turkey's weeklong offensive against the Kurdish enclave of
    # Afrin" (Guardian, 2018): the blame is Sunday's, as the refusal it goes with is
    found = events(
        """
        Kurdish kurdish JJ amod 1
        authorities authority NNS nsubj 2
        said say VBD ROOT 2
        on on IN prep 2
        Sunday Sunday NNP pobj 3
        they they PRP nsubj 8
        would would AUX:MD aux 8
        not not RB neg 8
        attend attend VB ccomp 2
        the the DT det 10
        talks talk NNS dobj 8
        , , , punct 8
        blaming blame VBG advcl 8
        Turkey Turkey NNP poss 15
        ’s ’s POS case 13
        offensive offensive NN dobj 12
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (4, 5, "DATE"), (13, 14, "GPE")),
    )
    blamed = [m for m in found if m.type == "ACCUSE"]
    assert triples(blamed) == [("Kurdish authorities", "ACCUSE", "Turkey")]
    assert [(m.date_text, m.rule) for m in blamed] == [("Sunday", "inherited subject+objects")]


@pytest.mark.parametrize(("dep", "head"), [("advcl", 3), ("acl", 6)])
def test_a_served_sentence_is_dated_by_the_participle_that_tells_when_it_was_imposed(
    dep: str, head: int
) -> None:
    # "The fourth alleged member, Aine Davis, is serving a seven-and-a-half year jail sentence
    # in Turkey, imposed last year for membership of a terrorist organisation" (Guardian, 2018):
    # the sentence was imposed last year, not on the paper's day; the parser hangs the
    # participle on the verb (after the object) or on the noun
    found = events(
        f"""
        Aine Aine NNP compound 1
        Davis Davis NNP nsubj 3
        is be AUX:VBZ aux 3
        serving serve VBG ROOT 3
        a a DT det 6
        jail jail NN compound 6
        sentence sentence NN dobj 3
        in in IN prep 3
        Turkey Turkey NNP pobj 7
        , , , punct 3
        imposed impose VBN {dep} {head}
        last last JJ amod 12
        year year NN npadvmod 10
        . . . punct 3
        """,
        ents=((0, 2, "PERSON"), (8, 9, "GPE"), (11, 13, "DATE")),
    )
    served = [m for m in found if m.rule == "served sentence"]
    assert triples(served) == [("Turkey", "COERCE", "Aine Davis")]
    assert [m.date_text for m in served] == ["last year"]


def test_what_an_announcement_says_does_not_date_it() -> None:
    # "The White House confirmed Çavuşoğlu's announcement that Trump has received an invitation
    # to visit Turkey in 2019" (Guardian, 2018): 2019 is the visit's, not the announcement's
    found = events(
        """
        The the DT det 2
        White White NNP compound 2
        House House NNP nsubj 3
        confirmed confirm VBD ROOT 3
        Çavuşoğlu Çavuşoğlu NNP poss 6
        ’s ’s POS case 4
        announcement announcement NN dobj 3
        that that IN mark 10
        Trump Trump NNP nsubj 10
        has have AUX:VBZ aux 10
        received receive VBN acl 6
        an an DT det 12
        invitation invitation NN dobj 10
        to to TO aux 14
        visit visit VB acl 12
        Turkey Turkey NNP dobj 14
        in in IN prep 14
        2019 2019 CD pobj 16
        . . . punct 3
        """,
        ents=((1, 3, "ORG"), (4, 5, "PERSON"), (8, 9, "PERSON"), (15, 16, "GPE"), (17, 18, "DATE")),
    )
    announced = [m for m in found if m.action == "announcement"]
    assert triples(announced) == [("Çavuşoğlu", "STATEMENT", None)]
    assert [(m.date_text, m.rule) for m in announced] == [(None, "nominal.owner")]


def test_a_time_hung_on_a_participant_listed_second_dates_the_event_noun() -> None:
    # "The initial incursion by Turkish troops and their Free Syrian Army (FSA) allies on
    # Sunday, preceded by days of airstrikes and artillery shelling, appeared tentative"
    # (Guardian, 2018): the parser hangs "on Sunday" on "allies"
    found = events(
        """
        The the DT det 2
        initial initial JJ amod 2
        incursion incursion NN nsubj 13
        by by IN prep 2
        Turkish turkish JJ amod 5
        troops troop NNS pobj 3
        and and CC cc 5
        their their PRP$ poss 10
        Free free JJ amod 10
        Syrian Syrian NNP amod 10
        Army Army NNP conj 5
        on on IN prep 10
        Sunday Sunday NNP pobj 11
        appeared appear VBD ROOT 13
        tentative tentative JJ oprd 13
        . . . punct 13
        """,
        ents=((4, 5, "NORP"), (8, 11, "ORG"), (12, 13, "DATE")),
    )
    assert triples(found) == [
        ("Turkish troops", "ASSAULT", None),
        ("Free Syrian Army", "ASSAULT", None),
    ]
    assert [(m.date_text, m.rule) for m in found] == [("Sunday", "nominal.agent")] * 2


def test_a_place_named_before_a_site_is_where_the_action_happened() -> None:
    # "Police arrested Begum at Istanbul airport": in Istanbul.
    found = events(
        """
        Police police NNS nsubj 1
        arrested arrest VBD ROOT 1
        Begum Begum NNP dobj 1
        at at IN prep 1
        Istanbul Istanbul NNP compound 5
        airport airport NN pobj 3
        . . . punct 1
        """,
        ents=((2, 3, "PERSON"), (4, 5, "GPE")),
    )
    assert [(m.action, m.place_text) for m in found] == [("arrest", "Istanbul")]


def test_a_past_perfect_relative_clause_on_an_undated_clause_is_history() -> None:
    # "Their quick victory in a fight against an adversary trained and armed by the US, which had
    # ousted Islamic State from vast tracts of territory, underlined ..." (Guardian, 2018): what
    # had happened before the story's time, which the text does not date (null)
    found = events(
        """
        Erdogan Erdogan NNP nsubj 1
        praised praise VBD ROOT 1
        the the DT det 3
        YPG YPG NNP dobj 1
        , , , punct 3
        which which WDT nsubj 7
        had have VBD aux 7
        attacked attack VBN relcl 3
        Isis Isis NNP dobj 7
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "ORG"), (8, 9, "ORG")),
    )
    assert [(m.action, m.date_text) for m in found] == [("praise", None), ("attack", "then")]


def test_a_past_perfect_relative_clause_on_a_dated_clause_is_of_its_days() -> None:
    # "Evo Morales resigned on Sunday and flew to Mexico, which had granted him asylum": news of
    # the story's days, dated as the paper's
    found = events(
        """
        Erdogan Erdogan NNP nsubj 1
        praised praise VBD ROOT 1
        the the DT det 3
        YPG YPG NNP dobj 1
        on on IN prep 1
        Monday Monday NNP pobj 4
        , , , punct 3
        which which WDT nsubj 9
        had have VBD aux 9
        attacked attack VBN relcl 3
        Isis Isis NNP dobj 9
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "ORG"), (5, 6, "DATE"), (10, 11, "ORG")),
    )
    assert [(m.action, m.date_text) for m in found] == [("praise", "Monday"), ("attack", None)]


def test_a_past_perfect_relative_clause_on_a_clause_dated_by_a_month_is_history() -> None:
    # "Turkey announced the launch of the assault on Afrin in January, after the US said it would
    # raise a border force ... from Kurdish militias that had fought with Washington against Isis
    # and liberated the city of Raqqa" (Guardian, 2018): before January, no day of its own
    found = events(
        """
        Erdogan Erdogan NNP nsubj 1
        praised praise VBD ROOT 1
        the the DT det 3
        YPG YPG NNP dobj 1
        in in IN prep 1
        January January NNP pobj 4
        , , , punct 3
        which which WDT nsubj 9
        had have VBD aux 9
        attacked attack VBN relcl 3
        Isis Isis NNP dobj 9
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "ORG"), (5, 6, "DATE"), (10, 11, "ORG")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("praise", "January", "active+objects"),
        ("attack", "then", "inherited subject+objects"),
    ]


@pytest.mark.parametrize(
    ("time", "date_text"),
    [
        # "Early in Syria's devastating seven-year civil war, Shia Iran sent tactical advisers"
        # (Guardian, 2018), "Trump had promised during his campaign" (Guardian, 2018): years
        # gone by, no day of their own
        ("Earlier early RBR advmod 6|in in IN prep 0|the the DT det 3|war war NN pobj 1", "then"),
        ("At at IN prep 6|the the DT det 2|height height NN pobj 0|of of IN prep 2", "then"),
        ("During during IN prep 6|his his PRP$ poss 2|rule rule NN pobj 0|, , , punct 6", "then"),
        # a meeting is no era: the act is of the paper's day
        ("During during IN prep 6|the the DT det 2|talks talk NNS pobj 0|, , , punct 6", None),
    ],
)
def test_an_act_in_a_war_or_a_rule_is_history(time: str, date_text: str | None) -> None:
    war = "war war NN pobj 3" if "height" in time else ", , , punct 6"  # "the height of the war"
    rows = "\n".join([*time.split("|"), war, "Russia Russia NNP nsubj 6", "bombed bomb VBD ROOT 6"])
    found = events(
        rows + "\nAleppo Aleppo NNP dobj 6\n. . . punct 6", ents=((5, 6, "GPE"), (7, 8, "GPE"))
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("bomb", date_text, "active+objects")
    ]


def test_an_act_within_days_of_another_is_counted_from_it() -> None:
    # "Within days of Trump's demand for an abrupt US departure, he was ordering the biggest
    # military operation in Syria to date" (Guardian, 2018): days after the demand, no day kg
    # can place (null), not the paper's day
    found = events(
        """
        Within within IN prep 7
        days day NNS pobj 0
        of of IN prep 1
        the the DT det 4
        talks talk NNS pobj 2
        , , , punct 7
        Russia Russia NNP nsubj 7
        bombed bomb VBD ROOT 7
        Aleppo Aleppo NNP dobj 7
        . . . punct 7
        """,
        ents=((1, 2, "DATE"), (6, 7, "GPE"), (8, 9, "GPE")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("bomb", "days after", "active+objects")
    ]


def test_a_past_perfect_said_to_be_earlier_is_history() -> None:
    # "Russia and the US had previously backed the YPG" (Guardian, 2018): null, not the paper's day
    found = events(
        """
        The the DT det 1
        US US NNP nsubj 4
        had have VBD aux 4
        previously previously RB advmod 4
        backed back VBN ROOT 4
        the the DT det 6
        YPG YPG NNP dobj 4
        . . . punct 4
        """,
        ents=((1, 2, "GPE"), (6, 7, "ORG")),
    )
    assert [(m.action, m.date_text) for m in found] == [("back", "then")]


def test_an_activity_that_lasted_decades_is_history() -> None:
    # "the PKK, which has fought a decades-long insurgency against the Turkish state" (Guardian,
    # 2018): years gone by with no day of their own (null), not the paper's day
    found = events(
        """
        Ankara Ankara NNP nsubj 1
        fought fight VBD ROOT 1
        a a DT det 6
        decades decade NNS npadvmod 5
        - - HYPH punct 5
        long long JJ amod 6
        insurgency insurgency NN dobj 1
        against against IN prep 6
        the the DT det 9
        PKK PKK NNP pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "DATE"), (9, 10, "ORG")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [("fight", "then", "active+objects")]


def test_an_activity_of_years_carried_on_in_the_present_goes_on_now() -> None:
    # "Saudi Arabia and its adversaries in Yemen's armed Houthi movement are fighting a
    # three-year war" (Guardian, 2018): the war goes on at the paper's day, no history
    found = events(
        """
        Saudi Saudi NNP compound 1
        Arabia Arabia NNP nsubj 6
        and and CC cc 1
        the the DT det 4
        Houthis Houthis NNP conj 1
        are be VBP aux 6
        fighting fight VBG ROOT 6
        a a DT det 11
        three three CD nummod 10
        - - HYPH punct 10
        year year NN compound 11
        war war NN dobj 6
        . . . punct 6
        """,
        ents=((0, 2, "GPE"), (4, 5, "ORG"), (8, 11, "DATE")),
    )
    assert [(m.actor.text, m.target and m.target.text, m.date_text) for m in found] == [
        ("Saudi Arabia", "Houthis", None),
        ("Houthis", "Saudi Arabia", None),
    ]


def test_an_event_noun_that_lasted_months_is_history_but_not_its_end() -> None:
    # "This year Turkey ended its months-long Euphrates Shield operation against jihadists and
    # Kurdish forces" (Guardian, 2017): the operation has no day; ending it is an act of its own
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        ended end VBD ROOT 1
        its its PRP$ poss 6
        months month NNS npadvmod 5
        - - HYPH punct 5
        long long JJ amod 6
        operation operation NN dobj 1
        against against IN prep 6
        Kurdish kurdish JJ amod 9
        forces force NNS pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 6, "DATE"), (8, 9, "NORP")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("end", None, "active+objects"),
        ("operation", "then", "nominal.owner+noun target"),
    ]


@pytest.mark.parametrize(
    ("verb", "event_type", "date_text"),
    [
        # "Turkey has for years been threatening the Kurds in Syria" (Guardian, 2019)
        ("threatening threaten VBG", "THREATEN", "then"),
        # "A former British army soldier has been jailed for nearly eight years": the length of
        # the sentence, not of the jailing
        ("jailed jail VBN", "COERCE", None),
    ],
)
def test_a_perfect_carried_on_for_years_is_history(
    verb: str, event_type: str, date_text: str | None
) -> None:
    found = events(
        f"""
        Turkey Turkey NNP nsubj 5
        has have AUX:VBZ aux 5
        for for IN prep 5
        years year NNS pobj 2
        been be AUX:VBN aux 5
        {verb} ROOT 5
        the the DT det 7
        Kurds Kurds NNPS dobj 5
        . . . punct 5
        """,
        ents=((0, 1, "GPE"), (3, 4, "DATE"), (7, 8, "NORP")),
    )
    assert [(m.type, m.date_text) for m in found] == [(event_type, date_text)]


def test_a_relative_clause_in_the_simple_past_on_a_dated_act_s_object_takes_its_date() -> None:
    # "In late 2016, Kurdish and Iraqi forces started an offensive on Mosul that succeeded ... in
    # pushing the extremists out of the city" (Guardian, 2019): 2016
    found = events(
        """
        In in IN prep 5
        2016 2016 CD pobj 0
        the the DT det 3
        US US NNP nsubj 4
        armed arm VBD ROOT 4
        the the DT det 6
        YPG YPG NNP dobj 4
        , , , punct 6
        which which WDT nsubj 9
        attacked attack VBD relcl 6
        Isis Isis NNP dobj 9
        . . . punct 4
        """,
        ents=((1, 2, "DATE"), (3, 4, "GPE"), (6, 7, "ORG"), (10, 11, "ORG")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "attack"] == [("attack", "2016")]


def test_an_infinitive_takes_the_date_of_the_noun_it_tells_the_content_of() -> None:
    # "George W Bush's 2003 decision to invade Iraq without a plan was a standout moment"
    # (Guardian, 2018): 2003
    found = events(
        """
        Bush Bush NNP poss 3
        's 's POS case 0
        2003 2003 CD nummod 3
        decision decision NN nsubj 7
        to to TO aux 5
        invade invade VB acl 3
        Iraq Iraq NNP dobj 5
        was be VBD ROOT 7
        a a DT det 9
        mistake mistake NN attr 7
        . . . punct 7
        """,
        ents=((0, 1, "PERSON"), (2, 3, "DATE"), (6, 7, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("invade", "2003")]


def test_a_gerund_of_means_takes_the_date_of_its_act() -> None:
    # "Russia retaliated on Tuesday by expelling 23 British diplomats": Tuesday, not the paper's
    found = events(
        """
        Russia Russia NNP nsubj 1
        retaliated retaliate VBD ROOT 1
        on on IN prep 1
        Tuesday Tuesday NNP pobj 2
        by by IN prep 1
        expelling expel VBG pcomp 4
        British british JJ amod 7
        diplomats diplomat NNS dobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "DATE"), (6, 7, "NORP")),
    )
    assert [(m.action, m.date_text) for m in found] == [("expel", "Tuesday")]


def test_a_year_on_a_noun_does_not_date_a_conjoined_noun_phrase_of_its_own() -> None:
    # "alleged complicity in a 2016 army coup and Donald Trump's recognition of Jerusalem as
    # Israel's capital" (Guardian, 2018), the parser conjoining the recognition to the coup: the
    # recognition is not of 2016
    found = events(
        """
        Erdogan Erdogan NNP nsubj 1
        condemned condemn VBD ROOT 1
        the the DT det 4
        2016 2016 CD nummod 4
        coup coup NN dobj 1
        and and CC cc 4
        Trump Trump NNP poss 8
        's 's POS case 6
        recognition recognition NN conj 4
        of of IN prep 8
        Jerusalem Jerusalem NNP pobj 9
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "DATE"), (6, 7, "PERSON"), (10, 11, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "recognition"] == [
        ("recognition", None)
    ]


def test_a_participle_of_speaking_dates_what_is_said() -> None:
    # "The US special envoy for Syria, James Jeffrey, speaking on Monday at the Atlantic Council
    # thinktank in Washington, said ..." (Guardian, 2018): the statement is of Monday
    found = events(
        """
        Jeffrey Jeffrey NNP nsubj 5
        , , , punct 0
        speaking speak VBG acl 0
        on on IN prep 2
        Monday Monday NNP pobj 3
        said say VBD ROOT 5
        Turkey Turkey NNP nsubj 7
        lied lie VBD ccomp 5
        . . . punct 5
        """,
        ents=((0, 1, "PERSON"), (4, 5, "DATE"), (6, 7, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "say"] == [("say", "Monday")]


def test_a_participle_of_speaking_counted_from_another_event_dates_nothing() -> None:
    # "Speaking hours after a three-way summit in Tehran ..., Erdoğan ramped up his rhetoric"
    # (Guardian, 2018): no time of the statement's own
    found = events(
        """
        Speaking speak VBG advcl 5
        hours hour NNS npadvmod 2
        after after IN prep 0
        talks talk NNS pobj 2
        , , , punct 5
        Erdogan Erdogan NNP nsubj 6
        said say VBD ROOT 6
        Turkey Turkey NNP nsubj 8
        lied lie VBD ccomp 6
        . . . punct 6
        """,
        ents=((1, 2, "TIME"), (5, 6, "PERSON"), (7, 8, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "say"] == [("say", None)]


@pytest.mark.parametrize(("when", "date_text"), [("2015", "2015"), ("Monday", None)])
def test_a_deed_dated_by_its_year_in_the_sentence_before_dates_the_next_deed(
    when: str, date_text: str | None
) -> None:
    # "Throughout the rest of 2015, and into the following year, the organisation appeared to
    # hold its ground. Turkey gradually sealed its borders" (Guardian, 2019): 2015; a day is no
    # scene the next deed is set in
    found = events(
        f"""
        Russia Russia NNP nsubj 1
        attacked attack VBD ROOT 1
        Aleppo Aleppo NNP dobj 1
        in in IN prep 1
        {when} {when} NNP pobj 3
        . . . punct 1
        Turkey Turkey NNP nsubj 7
        condemned condemn VBD ROOT 7
        Russia Russia NNP dobj 7
        . . . punct 7
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "DATE"), (6, 7, "GPE"), (8, 9, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", date_text)
    ]


def test_an_event_noun_a_passive_act_happened_in_takes_the_act_s_date() -> None:
    # "at least 200 civilians were killed in Syrian and Russian air strikes in a few days last
    # week" (Guardian, 2018): the strikes are of last week (null), not of the paper's day
    found = events(
        """
        Ten ten CD nummod 1
        civilians civilian NNS nsubjpass 3
        were be VBD auxpass 3
        killed kill VBN ROOT 3
        last last JJ amod 5
        week week NN npadvmod 3
        in in IN prep 3
        Russian russian JJ amod 8
        strikes strike NNS pobj 6
        . . . punct 3
        """,
        ents=((4, 6, "DATE"), (7, 8, "NORP")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "strike"] == [
        ("strike", "last week")
    ]


def test_a_year_inside_the_deed_before_makes_the_next_deed_history() -> None:
    # "Erdoğan used a failed army coup attempt in 2016 to justify a crackdown ... He also cut a
    # de facto deal with Assad's allies" (Guardian, 2018): the coup is of 2016, not the deal,
    # which is history after it at a time the text does not give ("then"), not the paper's day
    found = events(
        """
        Russia Russia NNP nsubj 1
        used use VBD ROOT 1
        the the DT det 3
        coup coup NN dobj 1
        in in IN prep 3
        2016 2016 CD pobj 4
        . . . punct 1
        Turkey Turkey NNP nsubj 8
        condemned condemn VBD ROOT 8
        Russia Russia NNP dobj 8
        . . . punct 8
        """,
        ents=((0, 1, "GPE"), (5, 6, "DATE"), (7, 8, "GPE"), (9, 10, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", "then")
    ]


def test_a_date_after_a_preposition_left_without_its_object_dates_the_event() -> None:
    # "In December Donald Trump announced that ..." (Guardian, 2019): the parser hangs the month
    # on the name as a compound and leaves "In" with no object; the month dates the announcement
    found = events(
        """
        In in IN prep 3
        December December NNP compound 2
        Trump Trump NNP nsubj 3
        condemned condemn VBD ROOT 3
        Russia Russia NNP dobj 3
        . . . punct 3
        """,
        ents=((1, 2, "DATE"), (2, 3, "PERSON"), (4, 5, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("condemn", "December")]


def test_a_time_on_the_open_complement_of_a_deed_sets_the_scene_for_the_next_deed() -> None:
    # "Ronald Reagan used covert Middle East arms sales to fund an illegal war in Nicaragua in
    # the 1980s. Likewise, the US armed the Afghan mujahideen" (Guardian, 2018): history, with
    # no date kg can place, not of the paper's day
    found = events(
        """
        Russia Russia NNP nsubj 1
        used use VBD ROOT 1
        sales sale NNS dobj 1
        to to TO aux 4
        fund fund VB xcomp 1
        Assad Assad NNP dobj 4
        in in IN prep 4
        the the DT det 8
        1980s 1980s CD pobj 6
        . . . punct 1
        Turkey Turkey NNP nsubj 11
        condemned condemn VBD ROOT 11
        Russia Russia NNP dobj 11
        . . . punct 11
        """,
        ents=((0, 1, "GPE"), (5, 6, "PERSON"), (7, 9, "DATE"), (10, 11, "GPE"), (12, 13, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", "the 1980s")
    ]


@pytest.mark.parametrize("prep", ["during", "by"])
def test_during_that_time_is_a_time_the_text_set_before(prep: str) -> None:
    # "Over the next three years he returned to Syria twice ... During that time he rose to the
    # rank of commander ..., fighting alongside a Spaniard" (Guardian, 2017): not the paper's day
    found = events(
        f"""
        {prep} {prep} IN prep 4
        that that DT det 2
        time time NN pobj 0
        Turkey Turkey NNP nsubj 4
        attacked attack VBD ROOT 4
        Aleppo Aleppo NNP dobj 4
        . . . punct 4
        """,
        ents=((3, 4, "GPE"), (5, 6, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("attack", "then")]


def test_an_event_noun_a_verb_brings_its_object_into_takes_the_verb_s_date() -> None:
    # "From mid-2016, Putin started to draw Turkey's Recep Tayyip Erdoğan into an alliance with
    # Iran" (Guardian, 2018): the alliance is of 2016, not of the paper's day
    found = events(
        """
        In in IN prep 3
        2016 2016 CD pobj 0
        Putin Putin NNP nsubj 3
        drew draw VBD ROOT 3
        Erdogan Erdogan NNP dobj 3
        into into IN prep 3
        an an DT det 7
        alliance alliance NN pobj 5
        with with IN prep 7
        Iran Iran NNP pobj 8
        . . . punct 3
        """,
        ents=((1, 2, "DATE"), (2, 3, "PERSON"), (4, 5, "PERSON"), (9, 10, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "alliance"] == [
        ("alliance", "2016")
    ]


def test_weeks_with_no_count_is_a_length_of_time_not_the_event_s_date() -> None:
    # "After weeks of street-to-street battles and bombing, these final strongholds fell to
    # Kurdish fighters last week" (Guardian, 2017): last week (null), not "weeks"
    found = events(
        """
        After after IN prep 6
        weeks week NNS pobj 0
        of of IN prep 1
        battles battle NNS pobj 2
        , , , punct 6
        Turkey Turkey NNP nsubj 6
        attacked attack VBD ROOT 6
        Afrin Afrin NNP dobj 6
        last last JJ amod 9
        week week NN npadvmod 6
        . . . punct 6
        """,
        ents=((1, 2, "DATE"), (5, 6, "GPE"), (7, 8, "GPE"), (8, 10, "DATE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "attack"] == [
        ("attack", "last week")
    ]


@pytest.mark.parametrize(("when", "date_text"), [("spring", "Last spring"), ("week", None)])
def test_last_year_or_its_season_at_the_head_of_the_sentence_before_sets_the_scene(
    when: str, date_text: str | None
) -> None:
    # "Last spring, this leader made similar declarations about ... Afrin. Following that, the
    # very same Nato army ... overran the district" (Guardian, 2019): last spring (2018), not
    # the paper's day; a week is no scene
    found = events(
        f"""
        Last last JJ amod 1
        {when} {when} NN npadvmod 4
        , , , punct 4
        Russia Russia NNP nsubj 4
        attacked attack VBD ROOT 4
        Aleppo Aleppo NNP dobj 4
        . . . punct 4
        Turkey Turkey NNP nsubj 8
        condemned condemn VBD ROOT 8
        Russia Russia NNP dobj 8
        . . . punct 8
        """,
        ents=((0, 2, "DATE"), (3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", date_text)
    ]


@pytest.mark.parametrize(("adverb_first", "date_text"), [(True, "then"), (False, None)])
def test_a_simple_past_once_done_is_history_with_no_date(
    adverb_first: bool, date_text: str | None
) -> None:
    # "Countries that once funded the opposition fighting against the regime" (Guardian, 2018):
    # a time gone by, not the paper's day; "attacked once" tells how often
    rows = (
        "once once RB advmod 2\nattacked attack VBD ROOT 2\nAleppo Aleppo NNP dobj 2"
        if adverb_first
        else "attacked attack VBD ROOT 1\nonce once RB advmod 1\nAleppo Aleppo NNP dobj 1"
    )
    head = 2 if adverb_first else 1
    found = events(
        f"Turkey Turkey NNP nsubj {head}\n{rows}\n. . . punct {head}",
        ents=((0, 1, "GPE"), (3, 4, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [("attack", date_text)]


def test_a_place_in_apposition_to_its_kind_is_still_the_place() -> None:
    # "Taliban fighters exploded two bombs in the capital Kabul." (plain wording)
    found = events(
        """
        Taliban Taliban NNP compound 1
        fighters fighter NNS nsubj 2
        exploded explode VBD ROOT 2
        two two CD nummod 4
        bombs bomb NNS dobj 2
        in in IN prep 2
        the the DT det 7
        capital capital NN pobj 5
        Kabul Kabul NNP appos 7
        . . . punct 2
        """,
        ents=((0, 1, "ORG"), (8, 9, "GPE")),
    )
    assert triples(found) == [("Taliban", "ASSAULT", "Kabul")]
    assert [m.rule for m in found] == ["active+place target"]


def test_where_an_object_is_sent_into_is_the_place_aimed_at() -> None:
    # "Kurdish protesters blocked traffic into Diyarbakir." (plain wording); troops sent into a
    # place and passive subjects let into one ("convoys were allowed into Daraya") are not.
    found = events(
        """
        Kurdish kurdish JJ amod 1
        protesters protester NNS nsubj 2
        blocked block VBD ROOT 2
        traffic traffic NN dobj 2
        into into IN prep 2
        Diyarbakir Diyarbakir NNP pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Kurdish protesters", "PROTEST", "Diyarbakir")]
    assert [m.rule for m in found] == ["active+place target"]
    sent = events(
        """
        Turkey Turkey NNP nsubj 1
        sent send VBD ROOT 1
        troops troop NNS dobj 1
        into into IN prep 1
        Syria Syria NNP pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(sent) == [("Turkey", "MOBILIZE", None)]


def test_what_a_statement_in_a_time_clause_reports_takes_the_date_the_clause_takes() -> None:
    # "The Geneva talks received a further boost on Tuesday when Russia announced it had
    # postponed a Syrian dialogue conference in Sochi" (Guardian, 2017): the statement takes
    # Tuesday from the clause it is the time of, and what it reports takes the statement's date
    found = events(
        """
        The the DT det 1
        talks talk NNS nsubj 2
        received receive VBD ROOT 2
        a a DT det 4
        boost boost NN dobj 2
        on on IN prep 2
        Tuesday Tuesday NNP pobj 5
        when when WRB advmod 9
        Russia Russia NNP nsubj 9
        announced announce VBD advcl 2
        it it PRP nsubj 12
        had have AUX:VBD aux 12
        postponed postpone VBN ccomp 9
        a a DT det 14
        conference conference NN dobj 12
        . . . punct 2
        """,
        ents=((6, 7, "DATE"), (8, 9, "GPE")),
    )
    assert [(m.action, m.date_text) for m in found] == [
        ("announce", "Tuesday"),
        ("postpone", "Tuesday"),
    ]


def test_an_act_of_means_in_a_complement_takes_the_date_of_the_clause_speaking_dates() -> None:
    # "Speaking on Tuesday, the head of US Central Command, Gen Joseph Votel, appeared to
    # contradict Trump by claiming US troops were still needed in Syria" (Guardian, 2018): the
    # claim is of Tuesday, through "appeared" that the participle of speaking dates
    found = events(
        """
        Speaking speak VBG advcl 5
        on on IN prep 0
        Tuesday Tuesday NNP pobj 1
        , , , punct 5
        Votel Votel NNP nsubj 5
        appeared appear VBD ROOT 5
        to to TO aux 7
        contradict contradict VB xcomp 5
        Trump Trump NNP dobj 7
        by by IN prep 7
        claiming claim VBG pcomp 9
        troops troop NNS nsubjpass 13
        were be AUX:VBD auxpass 13
        needed need VBN ccomp 10
        . . . punct 5
        """,
        ents=((2, 3, "DATE"), (4, 5, "PERSON"), (8, 9, "PERSON")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found if m.action == "claim"] == [
        ("claim", "Tuesday", "inherited subject")
    ]


def test_a_date_right_after_the_verb_of_saying_dates_the_saying() -> None:
    # "The Pentagon said last December it would increase the number of authorized troops in
    # Syria to 500" (Guardian, 2017): the parser hangs "last December" on "increase"
    found = events(
        """
        The the DT det 1
        Pentagon Pentagon NNP nsubj 2
        said say VBD ROOT 2
        last last JJ amod 4
        December December NNP npadvmod 7
        it it PRP nsubj 7
        would would AUX:MD aux 7
        increase increase VB ccomp 2
        the the DT det 9
        number number NN dobj 7
        . . . punct 2
        """,
        ents=((1, 2, "ORG"), (3, 5, "DATE")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [("say", "last December", "active")]


def test_a_date_in_the_quoted_words_does_not_date_the_saying() -> None:
    # "Islamic State fighters have released a video ..., saying “tomorrow we will be in
    # paradise”" (Guardian, 2019)
    found = events(
        """
        Fighters fighter NNS nsubj 1
        said say VBD ROOT 1
        “ " `` punct 5
        tomorrow tomorrow NN npadvmod 5
        we we PRP nsubj 5
        will will AUX:MD aux 5
        be be AUX:VB ccomp 1
        ” " '' punct 5
        . . . punct 1
        """,
        ents=((3, 4, "DATE"),),
    )
    assert all(m.date_text is None for m in found)


def test_a_clause_after_which_one_of_a_month_happened_is_of_that_month() -> None:
    # "Turkey announced the launch of the assault on Afrin in January, after the US said it
    # would raise a border force" (Guardian, 2018): January, not the paper's day
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        announced announce VBD ROOT 1
        the the DT det 3
        launch launch NN dobj 1
        in in IN prep 1
        January January NNP pobj 4
        , , , punct 1
        after after IN mark 9
        US US NNP nsubj 9
        said say VBD advcl 1
        it it PRP nsubj 12
        would would AUX:MD aux 12
        raise raise VB ccomp 9
        a a DT det 14
        force force NN dobj 12
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "DATE"), (8, 9, "GPE")),
    )
    assert [(m.actor.text, m.action, m.date_text) for m in found if m.action == "say"] == [
        ("US", "say", "January")
    ]


def test_a_participle_of_publishing_on_the_subject_dates_the_statement() -> None:
    # "The latest UNHCR figures, published Tuesday, estimates that more than 68 million people
    # were forced to flee their homes last year" (Guardian, 2018)
    found = events(
        """
        The the DT det 2
        UNHCR UNHCR NNP compound 2
        figures figure NNS nsubj 7
        , , , punct 2
        published publish VBN acl 2
        Tuesday Tuesday NNP npadvmod 4
        , , , punct 2
        estimates estimate VBZ ROOT 7
        that that IN mark 11
        people people NNS nsubjpass 11
        were be AUX:VBD auxpass 11
        forced force VBN ccomp 7
        . . . punct 7
        """,
        ents=((1, 2, "ORG"), (5, 6, "DATE")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found if m.action == "estimate"] == [
        ("estimate", "Tuesday", "active")
    ]


def test_a_time_clause_dates_its_clause_through_its_open_complement() -> None:
    # "A coalition military official said Isis had fired on the wives of fighters as they
    # attempted to flee on Wednesday" (Guardian, 2019)
    found = events(
        """
        Isis Isis NNP nsubj 1
        fired fire VBD ROOT 1
        on on IN prep 1
        wives wife NNS pobj 2
        as as IN mark 6
        they they PRP nsubj 6
        attempted attempt VBD advcl 1
        to to TO aux 8
        flee flee VB xcomp 6
        on on IN prep 8
        Wednesday Wednesday NNP pobj 9
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (10, 11, "DATE")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [("fire", "Wednesday", "active")]


def test_a_relative_clause_on_a_dated_deed_takes_the_date_of_the_deed() -> None:
    # "The French government said it had “proof” that the Syrian regime was responsible for
    # Saturday’s alleged chemical attack in Damascus, which reportedly killed at least 50 people"
    # (Guardian, 2018): the killing is Saturday's, not the paper's day; the parser hangs the
    # clause on the place of the attack.
    found = events(
        """
        The the DT det 2
        Syrian syrian JJ amod 2
        regime regime NN nsubj 3
        was be AUX:VBD ROOT 3
        responsible responsible JJ acomp 3
        for for IN prep 4
        Saturday Saturday NNP poss 10
        ’s ’s POS case 6
        alleged allege VBN amod 10
        chemical chemical JJ compound 10
        attack attack NN pobj 5
        in in IN prep 10
        Damascus Damascus NNP pobj 11
        , , , punct 12
        which which WDT nsubj 15
        killed kill VBD relcl 12
        50 50 CD nummod 17
        people people NNS dobj 15
        . . . punct 3
        """,
        ents=((1, 2, "NORP"), (6, 7, "DATE"), (12, 13, "GPE"), (16, 17, "CARDINAL")),
    )
    assert triples(found) == [("Damascus", "ASSAULT", None)]
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("kill", "Saturday", "inherited subject")
    ]


def test_a_date_that_owns_another_noun_does_not_date_the_event() -> None:
    # "Erdoğan’s government ... initially blamed the Syrian regime for last Saturday’s chemical
    # weapons attack in Douma" (Guardian, Wednesday 11 April 2018): the attack is Saturday's,
    # the blame is not.
    found = events(
        """
        Erdoğan Erdoğan NNP poss 2
        ’s ’s POS case 0
        government government NN nsubj 4
        initially initially RB advmod 4
        blamed blame VBD ROOT 4
        the the DT det 7
        Syrian syrian JJ amod 7
        regime regime NN dobj 4
        for for IN prep 4
        last last JJ amod 10
        Saturday Saturday NNP poss 14
        ’s ’s POS case 10
        chemical chemical JJ compound 13
        weapons weapon NNS compound 14
        attack attack NN pobj 8
        in in IN prep 14
        Douma Douma NNP pobj 15
        . . . punct 4
        """,
        ents=((0, 1, "PERSON"), (6, 7, "NORP"), (9, 12, "DATE"), (16, 17, "GPE")),
    )
    assert triples(found) == [("Erdoğan ’s government", "ACCUSE", "the Syrian regime")]
    assert [(m.action, m.date_text, m.rule) for m in found] == [("blame", None, "active+objects")]


def test_an_event_noun_compounded_before_a_dated_noun_takes_its_date() -> None:
    # "(the term used by the Independent International Commission on Kosovo regarding NATO’s
    # 1999 bombing campaign)" (Guardian, April 2018): the bombing is of 1999.
    found = events(
        """
        The the DT det 1
        commission commission NN nsubj 2
        used use VBD ROOT 2
        the the DT det 4
        term term NN dobj 2
        regarding regard VBG prep 2
        NATO NATO NNP poss 10
        ’s ’s POS case 6
        1999 1999 CD nummod 10
        bombing bombing NN compound 10
        campaign campaign NN pobj 5
        . . . punct 2
        """,
        ents=((6, 7, "ORG"), (8, 9, "DATE")),
    )
    assert triples(found) == [("NATO", "ASSAULT", None)]
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("bombing", "1999", "nominal.owner")
    ]


def test_a_when_clause_on_a_year_the_model_left_untagged_takes_that_year() -> None:
    # "By the end of the momentous summer of 2015, when Angela Merkel signalled that the
    # country was open to Syrian refugees" (Guardian, 2017): the model tags no date there.
    found = events(
        """
        By by IN prep 19
        the the DT det 2
        summer summer NN pobj 0
        of of IN prep 2
        2015 2015 CD pobj 3
        , , , punct 4
        when when WRB advmod 9
        Angela Angela NNP compound 8
        Merkel Merkel NNP nsubj 9
        signalled signal VBD relcl 4
        that that IN mark 13
        the the DT det 12
        country country NN nsubj 13
        was be AUX:VBD ccomp 9
        open open JJ acomp 13
        to to IN prep 14
        refugees refugee NNS pobj 15
        , , , punct 19
        they they PRP nsubj 19
        came come VBD ROOT 19
        . . . punct 19
        """,
        ents=((7, 9, "PERSON"),),
    )
    assert triples(found) == [("Angela Merkel", "STATEMENT", None)]
    assert [(m.action, m.date_text, m.rule) for m in found] == [("signal", "2015", "active")]


def test_a_gerund_of_what_went_with_an_act_takes_its_date() -> None:
    # "Fighting between government forces and Russia-backed separatists continued into 2015,
    # with Moscow denying Kiev’s claims that it was sending troops" (Guardian, 2018)
    found = events(
        """
        Fighting fight VBG nsubj 1
        continued continue VBD ROOT 1
        into into IN prep 1
        2015 2015 CD pobj 2
        , , , punct 1
        with with IN prep 1
        Moscow Moscow NNP nsubj 7
        denying deny VBG pcomp 5
        Kiev Kiev NNP poss 10
        ’s ’s POS case 8
        claims claim NNS dobj 7
        . . . punct 1
        """,
        ents=((3, 4, "DATE"), (6, 7, "GPE"), (8, 9, "GPE")),
    )
    assert triples(found) == [("Moscow", "STATEMENT", None)]
    assert [(m.action, m.date_text, m.rule) for m in found] == [("deny", "2015", "active")]


def test_a_when_clause_right_after_a_date_takes_that_date() -> None:
    # "Similar concerns of a direct clash were raised after the Khan Sheikhun chemical attack
    # that killed dozens of people a year ago, when Trump ordered a Tomahawk missile strike
    # against the Syrian regime’s al-Shayrat airbase" (Guardian, 2018): the parser hangs the
    # clause on "raised", which has no date; the strike is of a year ago.
    found = events(
        """
        Concerns concern NNS nsubjpass 2
        were be AUX:VBD auxpass 2
        raised raise VBN ROOT 2
        after after IN prep 2
        the the DT det 5
        attack attack NN pobj 3
        that that WDT nsubj 7
        killed kill VBD relcl 5
        dozens dozen NNS dobj 7
        of of IN prep 8
        people people NNS pobj 9
        a a DT det 12
        year year NN npadvmod 13
        ago ago RB advmod 7
        , , , punct 5
        when when WRB advmod 17
        Trump Trump NNP nsubj 17
        ordered order VBD advcl 2
        a a DT det 20
        missile missile NN compound 20
        strike strike NN dobj 17
        against against IN prep 20
        the the DT det 23
        regime regime NN pobj 21
        . . . punct 2
        """,
        ents=((8, 9, "CARDINAL"), (11, 14, "DATE"), (16, 17, "PERSON")),
    )
    assert triples(found) == [("Trump", "ASSAULT", "the regime")]
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("strike", "a year ago", "nominal.light+noun target")
    ]


def test_a_participle_opening_its_clause_takes_the_clause_time() -> None:
    # "Speaking as the airstrikes got under way early on Saturday, Mattis sounded more
    # presidential than the president" (Guardian, April 2018): the parser hangs the time clause
    # on "sounded"; the speaking was then
    found = events(
        """
        Speaking speak VBG advcl 12
        as as IN mark 4
        the the DT det 3
        airstrikes airstrike NNS nsubj 4
        got get VBD advcl 12
        under under IN prep 4
        way way NN pobj 5
        early early RB advmod 4
        on on IN prep 4
        Saturday Saturday NNP pobj 8
        , , , punct 12
        Mattis Mattis NNP nsubj 12
        sounded sound VBD ROOT 12
        more more RBR advmod 14
        presidential presidential JJ acomp 12
        . . . punct 12
        """,
        ents=((9, 10, "DATE"), (11, 12, "PERSON")),
    )
    assert [(m.action, m.actor.text, m.date_text, m.rule) for m in found] == [
        ("speak", "Mattis", "Saturday", "inherited subject")
    ]


def test_a_pronouns_statement_goes_on_with_the_days_statement_before() -> None:
    # "On 11 December, McGurk told reporters at the state department he thought it was 'fair to
    # say Americans will remain on the ground' ... He also said it would be 'reckless' to
    # consider Isis to have been defeated" (Guardian, December 2018): both of 11 December
    found = events(
        """
        On on IN prep 5
        11 11 CD nummod 2
        December December NNP pobj 0
        , , , punct 5
        McGurk McGurk NNP nsubj 5
        told tell VBD ROOT 5
        reporters reporter NNS dobj 5
        . . . punct 5
        He he PRP nsubj 10
        also also RB advmod 10
        said say VBD ROOT 10
        it it PRP nsubj 13
        would would AUX:MD aux 13
        be be AUX:VB ccomp 10
        reckless reckless JJ acomp 13
        . . . punct 10
        """,
        ents=((1, 3, "DATE"), (4, 5, "PERSON")),
    )
    assert [(m.actor.text, m.action, m.date_text, m.rule) for m in found] == [
        ("McGurk", "tell", "11 December", "active"),
        ("He", "say", "11 December", "active"),
    ]


def test_a_named_speakers_quote_goes_on_with_their_statement_before() -> None:
    # "But during a visit to Jerusalem on Sunday, Bolton said the withdrawal would depend on
    # conditions inside Syria. 'There are objectives that we want to accomplish that condition
    # the withdrawal,' Bolton said." (Guardian, January 2019): both said on Sunday
    found = events(
        """
        During during IN prep 9
        a a DT det 2
        visit visit NN pobj 0
        to to IN prep 2
        Jerusalem Jerusalem NNP pobj 3
        on on IN prep 2
        Sunday Sunday NNP pobj 5
        , , , punct 9
        Bolton Bolton NNP nsubj 9
        said say VBD ROOT 9
        the the DT det 11
        withdrawal withdrawal NN nsubj 13
        would would AUX:MD aux 13
        depend depend VB ccomp 9
        . . . punct 9
        “ " `` punct 17
        There there EX expl 17
        are be VBP ccomp 22
        objectives objective NNS attr 17
        , , , punct 22
        ” " '' punct 22
        Bolton Bolton NNP nsubj 22
        said say VBD ROOT 22
        . . . punct 22
        """,
        ents=((4, 5, "GPE"), (6, 7, "DATE"), (8, 9, "PERSON"), (21, 22, "PERSON")),
    )
    statements = [(m.sentence_start, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert statements == [(0, "Sunday", "active"), (82, "Sunday", "active")]


_PERFECT_THEN_SAID = """
        In in IN prep 9
        the the DT det 4
        past past JJ amod 4
        two two CD nummod 4
        days day NNS pobj 0
        , , , punct 9
        the the DT det 7
        SDF SDF NNP nsubj 9
        have have AUX:VBP aux 9
        managed manage VBN ROOT 9
        to to TO aux 11
        close close VB xcomp 9
        the the DT det 13
        gap gap NN dobj 11
        , , , punct 9
        and and CC cc 9
        Wan Wan NNP nsubj 17
        said say VBD conj 9
        the the DT det 19
        militants militant NNS nsubjpass 21
        were be AUX:VBD auxpass 21
        besieged besiege VBN ccomp 17
        . . . punct 17
        """


def test_a_statement_after_a_present_perfect_is_not_in_its_stretch_of_time() -> None:
    # "In the past two days, the SDF have managed to close the remaining gap of 1km between Isis
    # and their own positions, and Wan said the militants were now almost totally besieged"
    # (Guardian, March 2019): said on the paper's day, not in "the past two days"
    found = events(_PERFECT_THEN_SAID, ents=((1, 5, "DATE"), (7, 8, "ORG"), (16, 17, "PERSON")))
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Wan", None, "active")]


def test_a_statement_after_a_simple_past_takes_its_time() -> None:
    # as above with "closed" in the simple past on Monday: "On Monday, the SDF closed the gap,
    # and Wan said ..." was said on Monday
    found = events(
        """
        On on IN prep 4
        Monday Monday NNP pobj 0
        , , , punct 4
        SDF SDF NNP nsubj 4
        closed close VBD ROOT 4
        the the DT det 6
        gap gap NN dobj 4
        , , , punct 4
        and and CC cc 4
        Wan Wan NNP nsubj 10
        said say VBD conj 4
        the the DT det 12
        militants militant NNS nsubjpass 14
        were be AUX:VBD auxpass 14
        besieged besiege VBN ccomp 10
        . . . punct 10
        """,
        ents=((1, 2, "DATE"), (3, 4, "ORG"), (9, 10, "PERSON")),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Wan", "Monday", "active")]


def test_words_quoted_after_a_speakers_dated_deed_were_said_then() -> None:
    # "Late on Monday, the US president, Donald Trump, warned the Syrian president and his
    # allies not to 'recklessly attack' Idlib province ... 'The Russians and Iranians would be
    # making a grave humanitarian mistake ... Hundreds of thousands of people could be killed.
    # Don't let that happen!' Trump tweeted." (Guardian, September 2018): the tweet is Monday's
    # warning; the look back passes over the quoted sentences, and the tagger's participle
    # "tweeted" with its own subject is a simple past
    found = events(
        """
        Late late RB advmod 1
        on on IN prep 6
        Monday Monday NNP pobj 1
        , , , punct 6
        Donald Donald NNP compound 5
        Trump Trump NNP nsubj 6
        warned warn VBD ROOT 6
        Assad Assad NNP dobj 6
        not not RB neg 10
        to to TO aux 10
        attack attack VB xcomp 6
        Idlib Idlib NNP dobj 10
        . . . punct 6
        “ " `` punct 21
        Hundreds hundred NNS quantmod 16
        of of IN quantmod 16
        thousands thousand NNS nsubjpass 21
        of of IN prep 16
        people people NNS pobj 17
        could could AUX:MD aux 21
        be be AUX:VB auxpass 21
        killed kill VBN ROOT 21
        . . . punct 21
        Do do AUX:VB aux 25
        n’t not RB neg 25
        let let VB ROOT 25
        that that DT nsubj 27
        happen happen VB ccomp 25
        ! ! . punct 25
        ” " '' punct 25
        Trump Trump NNP nsubj 31
        tweeted tweet VBN ROOT 31
        . . . punct 31
        """,
        ents=(
            (2, 3, "DATE"),
            (4, 6, "PERSON"),
            (7, 8, "PERSON"),
            (11, 12, "GPE"),
            (30, 31, "PERSON"),
        ),
    )
    said = [(m.actor.text, m.action, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Trump", "tweet", "Monday", "active")]


def test_quoted_words_after_another_doers_dated_deed_keep_to_the_paper() -> None:
    # as above, but the dated deed before the quote is another's: "Late on Monday, Assad
    # attacked Idlib. '...' Trump tweeted" is no words of Monday's
    found = events(
        """
        Late late RB advmod 1
        on on IN prep 4
        Monday Monday NNP pobj 1
        Assad Assad NNP nsubj 4
        attacked attack VBD ROOT 4
        Idlib Idlib NNP dobj 4
        . . . punct 4
        “ " `` punct 11
        Hundreds hundred NNS nsubjpass 11
        could could AUX:MD aux 11
        be be AUX:VB auxpass 11
        killed kill VBN ROOT 11
        . . . punct 11
        ” " '' punct 11
        Trump Trump NNP nsubj 15
        tweeted tweet VBN ROOT 15
        . . . punct 15
        """,
        ents=((2, 3, "DATE"), (3, 4, "PERSON"), (5, 6, "GPE"), (14, 15, "PERSON")),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Trump", None, "active")]


def test_a_named_speakers_quote_goes_on_in_the_week_of_their_statement() -> None:
    # "Speaking to reporters earlier this week, however, Bob Corker ... said he did not think
    # last weekend's air strikes would temper the president's desire ... 'I don't see anything
    # changing that,' Corker said." (Guardian, April 2018): this week, no day (null), not the
    # paper's day
    found = events(
        """
        Speaking speak VBG advcl 9
        to to IN prep 0
        reporters reporter NNS pobj 1
        earlier early RBR advmod 5
        this this DT det 5
        week week NN npadvmod 0
        , , , punct 9
        Bob Bob NNP compound 8
        Corker Corker NNP nsubj 9
        said say VBD ROOT 9
        he he PRP nsubj 13
        did do AUX:VBD aux 13
        not not RB neg 13
        think think VB ccomp 9
        so so RB advmod 13
        . . . punct 9
        “ " `` punct 20
        I I PRP nsubj 20
        do do AUX:VBP aux 20
        n’t not RB neg 20
        see see VB ccomp 27
        anything anything NN dobj 20
        changing change VBG acl 21
        that that DT dobj 22
        , , , punct 27
        ” " '' punct 27
        Corker Corker NNP nsubj 27
        said say VBD ROOT 27
        . . . punct 27
        """,
        ents=((3, 6, "DATE"), (7, 9, "PERSON"), (26, 27, "PERSON")),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.rule == "active"]
    assert said == [
        ("Bob Corker", "earlier this week", "active"),
        ("Corker", "earlier this week", "active"),
    ]


def test_a_pronouns_statement_goes_on_over_sentences_with_no_statement() -> None:
    # "In a further dispute with Russia, the Turkish president, Recep Tayyip Erdoğan, reaffirmed
    # late last month Turkey will not countenance Assad remaining in power. He said: 'It is
    # definitely not possible to move ahead in Syria with al-Assad'" (Guardian, January 2018):
    # said late last month; the look back passes over a sentence with no statement of its own
    # (here "Erdoğan was angry.", standing for the quote's end or a remark on the speaker)
    found = events(
        """
        Erdoğan Erdoğan NNP nsubj 1
        reaffirmed reaffirm VBD ROOT 1
        late late RB advmod 4
        last last JJ amod 4
        month month NN npadvmod 1
        Turkey Turkey NNP nsubj 8
        will will AUX:MD aux 8
        not not RB neg 8
        countenance countenance VB ccomp 1
        Assad Assad NNP dobj 8
        . . . punct 1
        Erdoğan Erdoğan NNP nsubj 12
        was be AUX:VBD ROOT 12
        angry angry JJ acomp 12
        . . . punct 12
        He he PRP nsubj 16
        said say VBD ROOT 16
        : : : punct 16
        “ " `` punct 21
        It it PRP nsubj 21
        is be VBZ ccomp 16
        possible possible JJ acomp 21
        . . . punct 16
        ” " '' punct 16
        """,
        ents=(
            (0, 1, "PERSON"),
            (2, 5, "DATE"),
            (5, 6, "GPE"),
            (9, 10, "PERSON"),
            (11, 12, "PERSON"),
        ),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.action == "say"]
    assert said == [("He", "late last month", "active")]


def test_a_pronouns_statement_does_not_go_on_from_another_named_speaker() -> None:
    # "Putin said in Tehran on Friday that an offensive would be launched imminently ... Kalin
    # warned of a renewed exodus to Europe if attack orders were given. 'Any attack on this
    # province ... will trigger another wave of migration into Turkey,' he said." (Guardian,
    # September 2018): Kalin's words, not of Putin's Friday
    found = events(
        """
        Putin Putin NNP nsubj 1
        said say VBD ROOT 1
        in in IN prep 1
        Tehran Tehran NNP pobj 2
        on on IN prep 1
        Friday Friday NNP pobj 4
        . . . punct 1
        Kalin Kalin NNP nsubj 8
        hesitated hesitate VBD ROOT 8
        . . . punct 8
        “ " `` punct 20
        Any any DT det 12
        attack attack NN nsubj 14
        will will AUX:MD aux 14
        trigger trigger VB ccomp 20
        another another DT det 16
        wave wave NN dobj 14
        , , , punct 20
        ” " '' punct 20
        he he PRP nsubj 20
        said say VBD ROOT 20
        . . . punct 20
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "DATE"), (7, 8, "PERSON")),
    )
    said = [(m.actor.text, m.date_text) for m in found if m.action == "say"]
    assert said == [("Putin", "Friday"), ("he", None)]


def test_a_deed_goes_on_in_the_month_a_conjunct_before_was_in() -> None:
    # "Begum, 19, left the UK in 2015 with two school friends to join Islamic State in Syria
    # and said last month she wanted to return home. But Javid insisted he would do all in his
    # power to prevent her coming back" (Guardian, March 2019): insisted then, last month (the
    # parser hangs "last month" on what she said)
    found = events(
        """
        Begum Begum NNP nsubj 1
        left leave VBD ROOT 1
        the the DT det 3
        UK UK NNP dobj 1
        in in IN prep 1
        2015 2015 CD pobj 4
        and and CC cc 1
        said say VBD conj 1
        last last JJ amod 9
        month month NN npadvmod 11
        she she PRP nsubj 11
        wanted want VBD ccomp 7
        to to TO aux 13
        return return VB xcomp 11
        home home RB advmod 13
        . . . punct 1
        But but CC cc 18
        Javid Javid NNP nsubj 18
        insisted insist VBD ROOT 18
        he he PRP nsubj 21
        would would AUX:MD aux 21
        do do VB ccomp 18
        all all DT dobj 21
        . . . punct 18
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "DATE"), (8, 10, "DATE"), (17, 18, "PERSON")),
    )
    assert [(m.actor.text, m.action, m.date_text, m.rule) for m in found] == [
        ("Begum", "say", "last month", "inherited subject"),
        ("Javid", "insist", "last month", "active"),
    ]


def test_a_deed_with_a_time_word_of_its_own_leaves_the_month_before() -> None:
    # "A chemical attack on Douma, north of Damascus, in April persuaded Trump to launch missile
    # strikes on regime targets. The US national security adviser, John Bolton, recently hinted
    # at a similar response should Assad transgress again" (Guardian, September 2018): not in
    # April, recently (the paper's day)
    found = events(
        """
        A a DT det 2
        chemical chemical JJ amod 2
        attack attack NN nsubj 7
        on on IN prep 2
        Douma Douma NNP pobj 3
        in in IN prep 2
        April April NNP pobj 5
        persuaded persuade VBD ROOT 7
        Trump Trump NNP dobj 7
        . . . punct 7
        John John NNP compound 11
        Bolton Bolton NNP nsubj 13
        recently recently RB advmod 13
        hinted hint VBD ROOT 13
        at at IN prep 13
        a a DT det 17
        similar similar JJ amod 17
        response response NN pobj 14
        . . . punct 13
        """,
        ents=((4, 5, "GPE"), (6, 7, "DATE"), (8, 9, "PERSON"), (10, 12, "PERSON")),
    )
    assert [(m.actor.text, m.action, m.date_text, m.rule) for m in found] == [
        ("John Bolton", "hint", None, "active")
    ]


def test_the_deed_a_case_is_for_came_before_it() -> None:
    # "Last year, the European commission began a legal case against the Czech Republic,
    # Hungary and Poland for refusing to participate in a programme that relocated refugees"
    # (Guardian, April 2018): the refusals came before the case, at a time the text does not give
    found = events(
        """
        Last last JJ amod 1
        year year NN npadvmod 6
        , , , punct 6
        the the DT det 5
        European european JJ amod 5
        commission commission NN nsubj 6
        began begin VBD ROOT 6
        a a DT det 9
        legal legal JJ amod 9
        case case NN dobj 6
        against against IN prep 9
        Poland Poland NNP pobj 10
        for for IN prep 6
        refusing refuse VBG pcomp 12
        to to TO aux 15
        participate participate VB xcomp 13
        . . . punct 6
        """,
        ents=((0, 2, "DATE"), (4, 6, "ORG"), (11, 12, "GPE")),
    )
    assert [(m.actor.text, m.action, m.date_text, m.rule) for m in found] == [
        ("Poland", "refuse", "then", "inherited subject")
    ]


def test_a_statement_goes_on_in_the_month_the_deed_before_was_in() -> None:
    # "Carla Del Ponte, the experienced war crimes prosecutor, resigned in frustration last
    # August from a UN commission of inquiry. Russian obstructionism was thwarting the search
    # for justice, she said." (Guardian, February 2018): she said it when she resigned
    found = events(
        """
        Carla Carla NNP compound 2
        Del Del NNP compound 2
        Ponte Ponte NNP nsubj 3
        resigned resign VBD ROOT 3
        in in IN prep 3
        frustration frustration NN pobj 4
        last last JJ amod 7
        August August NNP npadvmod 3
        . . . punct 3
        Russian russian JJ amod 10
        obstructionism obstructionism NN nsubj 12
        was be AUX:VBD aux 12
        thwarting thwart VBG ccomp 19
        the the DT det 14
        search search NN dobj 12
        for for IN prep 14
        justice justice NN pobj 15
        , , , punct 19
        she she PRP nsubj 19
        said say VBD ROOT 19
        . . . punct 19
        """,
        ents=((0, 3, "PERSON"), (6, 8, "DATE"), (9, 10, "NORP")),
    )
    assert [(m.actor.text, m.action, m.date_text, m.rule) for m in found] == [
        ("Carla Del Ponte", "resign", "last August", "active"),
        ("she", "say", "last August", "active"),
    ]


def test_a_relative_clause_on_the_other_side_of_an_exchange_takes_its_date() -> None:
    # "Trump made the decision on the spur of the moment halfway through a telephone
    # conversation on 14 December 2018 with his Turkish counterpart, Recep Tayyip Erdoğan, who
    # had urged him to leave the counter-terrorist effort in northern Syria to Turkey" (Guardian,
    # January 2019): the urging was in the call
    found = events(
        """
        Trump Trump NNP nsubj 1
        decided decide VBD ROOT 1
        during during IN prep 1
        a a DT det 4
        conversation conversation NN pobj 2
        on on IN prep 4
        14 14 CD nummod 7
        December December NNP pobj 5
        with with IN prep 4
        Erdoğan Erdoğan NNP pobj 8
        , , , punct 9
        who who WP nsubj 13
        had have AUX:VBD aux 13
        urged urge VBN relcl 9
        him he PRP dobj 13
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (6, 8, "DATE"), (9, 10, "PERSON")),
    )
    urged = [(m.actor.text, m.target and m.target.text, m.date_text, m.rule) for m in found]
    assert ("Erdoğan", "him", "14 December", "inherited subject+objects") in urged


def test_a_clause_since_which_a_state_lasts_is_history() -> None:
    # "Destruction had been a calling card of Isis's presence ever since Baghdadi proclaimed the
    # group's existence" (Guardian, 2019): the proclamation of 2014, not the paper's day
    found = events(
        """
        Destruction destruction NN nsubj 2
        had have AUX:VBD aux 2
        been be AUX:VBN ROOT 2
        a a DT det 4
        card card NN attr 2
        ever ever RB advmod 8
        since since IN mark 8
        Baghdadi Baghdadi NNP nsubj 8
        proclaimed proclaim VBD advcl 2
        the the DT det 10
        existence existence NN dobj 8
        . . . punct 2
        """,
        ents=((7, 8, "PERSON"),),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Baghdadi", "STATEMENT", "then", "active")
    ]


def test_a_participle_on_a_party_of_the_present_is_history() -> None:
    # "Reprisals have taken place in areas retaken by Damascus" (Guardian, 2019): the retaking
    # of 2018, not the paper's day
    found = events(
        """
        Reprisals reprisal NNS nsubj 2
        have have AUX:VBP aux 2
        taken take VBN ROOT 2
        place place NN dobj 2
        in in IN prep 2
        areas area NNS pobj 4
        retaken retake VBN acl 5
        by by IN agent 6
        Damascus Damascus NNP pobj 7
        . . . punct 2
        """,
        ents=((8, 9, "GPE"),),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Damascus", "ASSAULT", "then", "participle")
    ]


def test_a_simple_past_relative_clause_on_a_present_is_history() -> None:
    # "the two main opposition groups - the Islamically-conservative Jeysh al-Islam, which was
    # backed by Saudi Arabia, and Falaq al-Rahman ... - say they can do nothing" (Guardian, 2018)
    found = events(
        """
        Jeysh Jeysh NNP compound 3
        al al NNP compound 3
        - - NNP punct 3
        Islam Islam NNP nsubj 12
        , , , punct 3
        which which WDT nsubjpass 7
        was be AUX:VBD auxpass 7
        backed back VBN relcl 3
        by by IN agent 7
        Saudi Saudi NNP compound 10
        Arabia Arabia NNP pobj 8
        , , , punct 3
        says say VBZ ROOT 12
        it it PRP nsubj 15
        can can AUX:MD aux 15
        do do VB ccomp 12
        nothing nothing NN dobj 15
        . . . punct 12
        """,
        ents=((0, 4, "PERSON"), (9, 11, "GPE")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Saudi Arabia", "SUPPORT", "then", "passive"),
        ("Jeysh al - Islam", "STATEMENT", None, "active"),
    ]


def test_a_killing_told_in_the_present_stays_the_news() -> None:
    # the toll of a killing is news: "civilians who were killed by Russian airstrikes are
    # buried" keeps no "then"
    found = events(
        """
        Civilians civilian NNS nsubjpass 8
        who who WP nsubjpass 3
        were be AUX:VBD auxpass 3
        killed kill VBN relcl 0
        by by IN agent 3
        Russian Russian NNP compound 6
        forces force NNS pobj 4
        are be AUX:VBP auxpass 8
        buried bury VBN ROOT 8
        . . . punct 8
        """,
        ents=((5, 6, "NORP"),),
    )
    assert [(m.type, m.date_text) for m in found] == [("ASSAULT", None)]


def test_an_event_noun_since_which_a_time_lasts_takes_the_paper_s_day() -> None:
    # "Since his telephone call congratulating Putin on his re-election, Trump has been
    # signalling his intention to withdraw from the conflict" (Guardian, 2018): the sentence
    # gives the call no date, so the paper's (as real-dev codes it and the judges read it)
    found = events(
        """
        Since since IN prep 10
        his his PRP$ poss 3
        telephone telephone NN compound 3
        call call NN pobj 0
        with with IN prep 3
        Putin Putin NNP pobj 4
        , , , punct 10
        Trump Trump NNP nsubj 10
        has have AUX:VBZ aux 10
        been be AUX:VBN aux 10
        signalling signal VBG ROOT 10
        his his PRP$ poss 12
        intention intention NN dobj 10
        . . . punct 10
        """,
        ents=((5, 6, "PERSON"), (7, 8, "PERSON")),
    )
    call = [m for m in found if m.type == "CONSULT"]
    assert [(m.target.text if m.target else None, m.date_text) for m in call] == [("Putin", None)]


def test_an_event_noun_that_did_a_passive_verb_s_act_has_its_date() -> None:
    # "tens of thousands of civilians have been uprooted ... by Russian and Syrian airstrikes"
    # ("In the past week", Guardian, 2018): the strikes are of the uprooting's time
    found = events(
        """
        Twenty twenty CD nummod 1
        civilians civilian NNS nsubjpass 3
        were be AUX:VBD auxpass 3
        killed kill VBN ROOT 3
        by by IN agent 3
        Russian russian JJ amod 6
        airstrikes airstrike NNS pobj 4
        on on IN prep 3
        Tuesday Tuesday NNP pobj 7
        . . . punct 3
        """,
        ents=((0, 1, "CARDINAL"), (5, 6, "NORP"), (8, 9, "DATE")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Russian", "ASSAULT", "Tuesday", "nominal.national deed+casualties")
    ]


def test_an_event_noun_that_killed_has_the_killing_s_date() -> None:
    # "In the last few weeks, air strikes by Syrian planes have killed more than 600 civilians
    # in Ghouta" (Guardian, 2018): no day, not the paper's
    found = events(
        """
        In in IN prep 12
        the the DT det 4
        last last JJ amod 4
        few few JJ amod 4
        weeks week NNS pobj 0
        , , , punct 12
        air air NN compound 7
        strikes strike NNS nsubj 12
        by by IN prep 7
        Syrian syrian JJ amod 10
        planes plane NNS pobj 8
        have have AUX:VBP aux 12
        killed kill VBN ROOT 12
        more more JJR amod 15
        than than IN quantmod 15
        600 600 CD nummod 16
        civilians civilian NNS dobj 12
        . . . punct 12
        """,
        ents=((1, 5, "DATE"), (9, 10, "NORP"), (13, 16, "CARDINAL")),
    )
    noun = [m for m in found if m.rule == "nominal.agent"]
    assert [(m.actor.text, m.type, m.date_text) for m in noun] == [
        ("Syrian planes", "ASSAULT", "the last few weeks")
    ]


def test_a_participle_of_a_lasting_state_stays_the_news() -> None:
    # "some of the foreign fighters currently held by Kurds" (Guardian, 2019): a holding that
    # lasts into the present is no history
    found = events(
        """
        Foreign foreign JJ amod 1
        fighters fighter NNS nsubj 6
        held hold VBN acl 1
        by by IN agent 2
        the the DT det 5
        SDF SDF NNP pobj 3
        are be AUX:VBP ROOT 6
        British british JJ acomp 6
        . . . punct 6
        """,
        ents=((5, 6, "ORG"), (7, 8, "NORP")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("SDF", "COERCE", None, "participle")
    ]


def test_a_count_of_time_counts_from_the_time_the_story_last_named() -> None:
    # "The Syrian Negotiations Commission (SNC) ... voted on Saturday not to attend Vladimir
    # Putin's showpiece conference ... The SNC is deeply unhappy that the UN hours later
    # announced that De Mistura would attend Sochi" (trimmed)
    found = events(
        """
        The the DT det 3
        Syrian Syrian NNP compound 3
        Negotiations Negotiations NNPS compound 3
        Commission Commission NNP nsubj 4
        voted vote VBD ROOT 4
        on on IN prep 4
        Saturday Saturday NNP pobj 5
        not not RB neg 9
        to to TO aux 9
        attend attend VB xcomp 4
        the the DT det 11
        conference conference NN dobj 9
        . . . punct 4
        The the DT det 14
        SNC SNC NNP nsubj 15
        is be AUX:VBZ ROOT 15
        deeply deeply RB advmod 17
        unhappy unhappy JJ acomp 15
        that that IN mark 23
        the the DT det 20
        UN UN NNP nsubj 23
        hours hour NNS npadvmod 22
        later later RB advmod 23
        announced announce VBD ccomp 17
        that that IN mark 28
        De De NNP compound 26
        Mistura Mistura NNP nsubj 28
        would would AUX:MD aux 28
        attend attend VB ccomp 23
        Sochi Sochi NNP dobj 28
        . . . punct 15
        """,
        ents=(
            (1, 4, "ORG"),
            (6, 7, "DATE"),
            (14, 15, "ORG"),
            (20, 21, "ORG"),
            (25, 27, "PERSON"),
            (29, 30, "GPE"),
        ),
    )
    announced = next(m for m in found if m.action == "announce")
    assert (announced.actor.text, announced.type, announced.rule) == ("UN", "STATEMENT", "active")
    assert announced.date_text == "hours later from Saturday"


def test_a_count_of_time_passes_over_other_counts_and_a_weekend() -> None:
    # "It was a sunny morning on Saturday 31 August 2013 – Labor Day weekend in the US – when
    # Barack Obama strolled into the Rose Garden ... One year earlier, Obama had vowed ... Ten
    # days earlier, Assad had launched just such an attack, in eastern Ghouta" (trimmed)
    found = events(
        """
        Obama Obama NNP nsubj 1
        strolled stroll VBD ROOT 1
        into into IN prep 1
        the the DT det 4
        garden garden NN pobj 2
        on on IN prep 1
        Saturday Saturday NNP pobj 5
        31 31 CD nummod 6
        August August NNP appos 6
        2013 2013 CD nummod 8
        – – : punct 1
        Labor Labor NNP compound 12
        Day Day NNP compound 13
        weekend weekend NN npadvmod 1
        in in IN prep 13
        the the DT det 16
        US US NNP pobj 14
        . . . punct 1
        One one CD nummod 19
        year year NN npadvmod 20
        earlier early RBR advmod 24
        , , , punct 24
        Obama Obama NNP nsubj 24
        had have AUX:VBD aux 24
        vowed vow VBN ROOT 24
        to to TO aux 26
        act act VB xcomp 24
        . . . punct 24
        Ten ten CD nummod 29
        days day NNS npadvmod 30
        earlier early RBR advmod 34
        , , , punct 34
        Assad Assad NNP nsubj 34
        had have AUX:VBD aux 34
        launched launch VBN ROOT 34
        an an DT det 36
        attack attack NN dobj 34
        in in IN prep 36
        eastern eastern JJ amod 39
        Ghouta Ghouta NNP pobj 37
        . . . punct 34
        """,
        ents=(
            (0, 1, "PERSON"),
            (6, 10, "DATE"),
            (11, 14, "DATE"),
            (16, 17, "GPE"),
            (18, 21, "DATE"),
            (22, 23, "PERSON"),
            (28, 31, "DATE"),
            (32, 33, "PERSON"),
            (39, 40, "GPE"),
        ),
    )
    assert [(m.actor.text, m.type, m.rule, m.date_text) for m in found] == [
        ("Obama", "AGREE", "active", "One year earlier from Saturday 31 August 2013"),
        (
            "Assad",
            "ASSAULT",
            "nominal.light+place target",
            "Ten days earlier from Saturday 31 August 2013",
        ),
    ]


def test_a_count_of_time_with_no_time_named_before_it_stays_unplaced() -> None:
    # "Ten days earlier, Assad had launched just such an attack, in eastern Ghouta" (trimmed)
    found = events(
        """
        Ten ten CD nummod 1
        days day NNS npadvmod 2
        earlier early RBR advmod 6
        , , , punct 6
        Assad Assad NNP nsubj 6
        had have AUX:VBD aux 6
        launched launch VBN ROOT 6
        an an DT det 8
        attack attack NN dobj 6
        in in IN prep 8
        eastern eastern JJ amod 11
        Ghouta Ghouta NNP pobj 9
        . . . punct 6
        """,
        ents=((0, 3, "DATE"), (4, 5, "PERSON"), (11, 12, "GPE")),
    )
    assert [(m.actor.text, m.type, m.date_text) for m in found] == [
        ("Assad", "ASSAULT", "Ten days earlier")
    ]


def test_an_event_noun_has_the_year_of_the_deed_it_did() -> None:
    # "When the US invasion toppled Saddam in 2003, ending a decade of sanctions ..., Kurds have
    # flocked to the city" (Guardian, 2017): the invasion is of 2003, not the paper's day
    found = events(
        """
        When when WRB advmod 4
        the the DT det 3
        US US NNP compound 3
        invasion invasion NN nsubj 4
        toppled topple VBD advcl 10
        Saddam Saddam NNP dobj 4
        in in IN prep 4
        2003 2003 CD pobj 6
        , , , punct 10
        Kurds Kurds NNPS nsubj 10
        flocked flock VBD ROOT 10
        to to IN prep 10
        the the DT det 13
        city city NN pobj 11
        . . . punct 10
        """,
        ents=((2, 3, "GPE"), (5, 6, "PERSON"), (7, 8, "DATE"), (9, 10, "NORP")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("US", "ASSAULT", "2003", "nominal.named force")
    ]


def test_what_came_to_light_in_the_past_perfect_is_of_no_day_given() -> None:
    # "Earlier this week, it emerged that the home secretary, Sajid Javid, had told the US
    # attorney general, Jeff Sessions, the UK 'does not currently intend to request' the
    # transfer" (Guardian, 2018): told before it emerged, at no time the text gives
    found = events(
        """
        It it PRP nsubj 1
        emerged emerge VBD ROOT 1
        that that IN mark 7
        the the DT det 5
        home home NN compound 5
        secretary secretary NN nsubj 7
        had have AUX:VBD aux 7
        told tell VBN ccomp 1
        the the DT det 10
        attorney attorney NN compound 10
        general general NN dobj 7
        the the DT det 12
        UK UK NNP nsubj 15
        would would AUX:MD aux 15
        not not RB neg 15
        request request VB ccomp 7
        the the DT det 17
        transfer transfer NN dobj 15
        . . . punct 1
        """,
        ents=((12, 13, "GPE"),),
    )
    told = [m for m in found if m.type == "STATEMENT"]
    assert [(m.actor.text, m.target and m.target.text, m.date_text, m.rule) for m in told] == [
        ("the home secretary", "the attorney general", "then", "active+objects")
    ]


def test_what_a_statement_says_in_the_past_perfect_keeps_its_date() -> None:
    # "De Mistura said on Tuesday that Russia had negotiated a ceasefire" (Guardian, 2017): the
    # words of a statement, not what came to light, take the statement's day
    found = events(
        """
        De De NNP compound 1
        Mistura Mistura NNP nsubj 2
        said say VBD ROOT 2
        on on IN prep 2
        Tuesday Tuesday NNP pobj 3
        that that IN mark 8
        Russia Russia NNP nsubj 8
        had have AUX:VBD aux 8
        negotiated negotiate VBN ccomp 2
        a a DT det 10
        ceasefire ceasefire NN dobj 8
        . . . punct 2
        """,
        ents=((0, 2, "PERSON"), (4, 5, "DATE"), (6, 7, "GPE")),
    )
    assert {m.date_text for m in found} == {"Tuesday"}


def test_a_deed_has_the_day_of_its_purpose() -> None:
    # "Mattis went to see the president on Thursday afternoon in a last-ditch attempt to change
    # the president's mind, and argue for standing by the Kurdish-led Syrian Democratic Forces"
    # (Guardian, 2018): the day hangs on "see", but he went, and argued, that day (arguing for
    # is a request; what he argued for, standing by the Kurds, is only argued for: no SUPPORT)
    found = events(
        """
        Mattis Mattis NNP nsubj 1
        went go VBD ROOT 1
        to to TO aux 3
        see see VB advcl 1
        the the DT det 5
        president president NN dobj 3
        on on IN prep 3
        Thursday Thursday NNP compound 8
        afternoon afternoon NN pobj 6
        , , , punct 1
        and and CC cc 1
        argued argue VBD conj 1
        for for IN prep 11
        standing stand VBG pcomp 12
        by by IN prep 13
        the the DT det 16
        Kurds Kurds NNPS pobj 14
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (7, 8, "DATE"), (8, 9, "TIME"), (16, 17, "NORP")),
    )
    assert [
        (m.actor.text, m.type, m.target and m.target.text, m.date_text, m.rule) for m in found
    ] == [
        ("Mattis", "REQUEST", None, "Thursday", "inherited subject"),
    ]


def test_a_deed_does_not_take_a_time_its_purpose_is_set_for() -> None:
    # "Russia sent envoys to Geneva to hold talks with the UN next week": sent before then
    doc = parsed(
        """
        Russia Russia NNP nsubj 1
        sent send VBD ROOT 1
        envoys envoy NNS dobj 1
        to to IN prep 1
        Geneva Geneva NNP pobj 3
        to to TO aux 6
        hold hold VB advcl 1
        talks talk NNS dobj 6
        with with IN prep 7
        the the DT det 10
        UN UN NNP pobj 8
        next next JJ amod 12
        week week NN npadvmod 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE"), (10, 11, "ORG"), (11, 13, "DATE")),
    )
    assert date_text_of(doc[1], nominal=False) is None


def test_a_time_the_model_tags_no_date_dates_the_act() -> None:
    # "This year Turkey ended its months-long Euphrates Shield operation against jihadists and
    # Kurdish forces in Aleppo province" (Guardian, 2017): in its article the model tags no
    # date on "This year"
    found = events(
        """
        This this DT det 1
        year year NN npadvmod 3
        Turkey Turkey NNP nsubj 3
        ended end VBD ROOT 3
        its its PRP$ poss 6
        Euphrates Euphrates NNP compound 6
        operation operation NN dobj 3
        against against IN prep 6
        Kurdish kurdish JJ amod 9
        forces force NNS pobj 7
        . . . punct 3
        """,
        ents=((2, 3, "GPE"), (8, 9, "NORP")),
    )
    ended = [m for m in found if m.type == "RETREAT"]
    assert [(m.actor.text, m.date_text, m.rule) for m in ended] == [
        ("Turkey", "This year", "active+objects")
    ]


def test_the_place_of_an_attack_claimed_is_where_its_noun_puts_it() -> None:
    # "A day after the Kabul assault, the group also claimed responsibility for a militant
    # shooting on a church in Cairo, killing about a dozen people" (Guardian, 2017): the
    # shooting, not the claim, is in Cairo (Egypt is the target), as with "carried out a
    # shooting on a church in Cairo"
    found = events(
        """
        Isis Isis NNP nsubj 1
        claimed claim VBD ROOT 1
        responsibility responsibility NN dobj 1
        for for IN prep 2
        a a DT det 5
        shooting shooting NN pobj 3
        on on IN prep 5
        a a DT det 8
        church church NN pobj 6
        in in IN prep 8
        Cairo Cairo NNP pobj 9
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (10, 11, "GPE")),
    )
    assert [(*t, m.rule) for t, m in zip(triples(found), found, strict=True)] == [
        ("Isis", "ASSAULT", "Cairo", "nominal.light+place target")
    ]


def test_a_count_the_parser_hangs_after_on_counts_from_another_event() -> None:
    # "A day after the Kabul assault, the group also claimed responsibility for a militant
    # shooting on a church in Cairo" (Guardian, December 2017): the parser hangs "after" on
    # "day" and tags "A day" alone as the date; it is "a day after" another event, a time kg
    # cannot place, not a day before the paper's
    found = events(
        """
        A a DT det 1
        day day NN npadvmod 10
        after after IN prep 1
        the the DT det 5
        Kabul Kabul NNP compound 5
        assault assault NN pobj 2
        , , , punct 10
        the the DT det 8
        group group NN nsubj 10
        also also RB advmod 10
        claimed claim VBD ROOT 10
        responsibility responsibility NN dobj 10
        for for IN prep 11
        a a DT det 14
        shooting shooting NN pobj 12
        . . . punct 10
        """,
        ents=((0, 2, "DATE"), (4, 5, "GPE")),
    )
    assert [(m.action, m.date_text, m.rule) for m in found] == [
        ("shooting", "A day after", "nominal.light")
    ]


def test_an_event_a_count_after_counts_from_is_that_count_before_the_day_given() -> None:
    # "On Monday, three days after Trump and the Turkish leader, Recep Tayyip Erdoğan, spoke by
    # phone, Ankara pledged $3.5bn (£2.75bn) to buy US patriot missiles" (Guardian, 2018),
    # parsed with the call as the root and the pledge as its conjunct: the call was three days
    # before Monday; the pledge was on Monday.
    found = events(
        """
        On on IN prep 9
        Monday Monday NNP pobj 0
        , , , punct 9
        three three CD nummod 4
        days day NNS npadvmod 5
        after after IN mark 9
        Trump Trump NNP nsubj 9
        and and CC cc 6
        Erdoğan Erdoğan NNP conj 6
        spoke speak VBD ROOT 9
        by by IN agent 9
        phone phone NN pobj 10
        , , , punct 9
        Ankara Ankara NNP nsubj 14
        pledged pledge VBD conj 9
        $ $ $ nmod 16
        3.5bn 3.5bn NNS dobj 14
        to to TO aux 18
        buy buy VB xcomp 14
        US US NNP compound 21
        patriot patriot NN compound 21
        missiles missile NNS dobj 18
        . . . punct 9
        """,
        ents=(
            (1, 2, "DATE"),
            (3, 5, "DATE"),
            (6, 7, "PERSON"),
            (8, 9, "PERSON"),
            (13, 14, "GPE"),
            (19, 20, "GPE"),
        ),
    )
    assert [(*t, m.date_text) for t, m in zip(triples(found), found, strict=True)] == [
        ("Trump", "CONSULT", "Erdoğan", "three days earlier from Monday"),
        ("Ankara", "AGREE", "US", "Monday"),
    ]


def test_a_date_after_an_event_noun_on_the_noun_before_its_of_dates_the_event() -> None:
    # "the YPG is worried about a repeat of the Russian-approved Turkish occupation of the
    # Kurdish region of Afrin in March" (guardian-132): the parser hangs "in March" on
    # "repeat", but the occupation was in March
    found = events(
        """
        The the DT det 1
        YPG YPG NNP nsubj 2
        is be AUX:VBZ ROOT 2
        worried worried JJ acomp 2
        about about IN prep 3
        a a DT det 6
        repeat repeat NN pobj 4
        of of IN prep 6
        the the DT det 10
        Turkish turkish JJ amod 10
        occupation occupation NN pobj 7
        of of IN prep 10
        Afrin Afrin NNP pobj 11
        in in IN prep 6
        March March NNP pobj 13
        . . . punct 2
        """,
        ents=((1, 2, "ORG"), (9, 10, "NORP"), (12, 13, "GPE"), (14, 15, "DATE")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Turkish", "COERCE", "March", "nominal.national deed+noun target")
    ]


def test_a_holiday_on_the_noun_of_an_occasion_names_no_day() -> None:
    # "the Trinidad and Tobago prime minister, Keith Rowley, told the Guardian at a Christmas
    # political fundraising raffle" (guardian-135, 29 December): a kind of raffle, not
    # Christmas Day
    found = events(
        """
        Keith Keith NNP compound 1
        Rowley Rowley NNP nsubj 2
        told tell VBD ROOT 2
        the the DT det 4
        Guardian Guardian NNP dobj 2
        at at IN prep 2
        a a DT det 10
        Christmas Christmas NNP nmod 10
        political political JJ amod 9
        fundraising fundraising NN compound 10
        raffle raffle NN pobj 5
        . . . punct 2
        """,
        ents=((0, 2, "PERSON"), (4, 5, "ORG"), (7, 8, "DATE")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Keith Rowley", "STATEMENT", None, "active+objects")
    ]


def test_an_undated_act_told_in_the_past_goes_on_in_the_scene_the_article_opens_with() -> None:
    # "It was a sunny morning on Saturday 31 August 2013 – Labor Day weekend in the US – when
    # Barack Obama strolled into the Rose Garden of the White House. [...] But Obama faced a
    # dilemma. The decision he was about to announce would come to be seen as a defining
    # moment for his presidency." (guardian-589, February 2018): announced on 31 August 2013
    found = events(
        """
        It it PRP nsubj 1
        was be AUX:VBD ROOT 1
        a a DT det 3
        morning morning NN attr 1
        on on IN prep 1
        Saturday Saturday NNP pobj 4
        31 31 CD nummod 5
        August August NNP appos 5
        2013 2013 CD nummod 7
        when when WRB advmod 12
        Barack Barack NNP compound 11
        Obama Obama NNP nsubj 12
        strolled stroll VBD advcl 1
        into into IN prep 12
        the the DT det 16
        Rose Rose NNP compound 16
        Garden Garden NNP pobj 13
        . . . punct 1
        But but CC cc 20
        Obama Obama NNP nsubj 20
        faced face VBD ROOT 20
        a a DT det 22
        dilemma dilemma NN dobj 20
        . . . punct 20
        The the DT det 25
        decision decision NN nsubj 32
        he he PRP nsubj 27
        was be AUX:VBD relcl 25
        about about JJ acomp 27
        to to TO aux 30
        announce announce VB xcomp 28
        would would AUX:MD aux 32
        come come VB ROOT 32
        to to TO aux 35
        be be AUX:VB auxpass 35
        seen see VBN advcl 32
        as as IN prep 35
        a a DT det 39
        defining defining JJ amod 39
        moment moment NN pobj 36
        . . . punct 32
        """,
        ents=((2, 4, "TIME"), (5, 9, "DATE"), (10, 12, "PERSON"), (19, 20, "PERSON")),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("he", "STATEMENT", "Saturday 31 August 2013", "inherited subject")
    ]


def test_a_weekday_the_article_opens_with_sets_no_scene() -> None:
    # "A former British soldier was in court on Wednesday facing an unprecedented prosecution"
    # (guardian-584): a day is the news; the act told after it is of the paper's day
    found = events(
        """
        It it PRP nsubj 1
        was be AUX:VBD ROOT 1
        a a DT det 3
        morning morning NN attr 1
        on on IN prep 1
        Wednesday Wednesday NNP pobj 4
        . . . punct 1
        Obama Obama NNP nsubj 8
        announced announce VBD ROOT 8
        a a DT det 10
        decision decision NN dobj 8
        . . . punct 8
        """,
        ents=((2, 4, "TIME"), (5, 6, "DATE"), (7, 8, "PERSON")),
    )
    assert [(m.actor.text, m.type, m.date_text) for m in found] == [("Obama", "STATEMENT", None)]


def test_a_holiday_on_a_noun_of_time_still_names_that_time() -> None:
    # "Keith Rowley told the Guardian during the Christmas holidays", where the model tags
    # "Christmas" alone: a time around Christmas, not a kind of thing
    found = events(
        """
        Keith Keith NNP compound 1
        Rowley Rowley NNP nsubj 2
        told tell VBD ROOT 2
        the the DT det 4
        Guardian Guardian NNP dobj 2
        during during IN prep 2
        the the DT det 8
        Christmas Christmas NNP compound 8
        holidays holiday NNS pobj 5
        . . . punct 2
        """,
        ents=((0, 2, "PERSON"), (4, 5, "ORG"), (7, 8, "DATE")),
    )
    assert [(m.actor.text, m.type, m.date_text) for m in found] == [
        ("Keith Rowley", "STATEMENT", "Christmas")
    ]


def test_it_was_a_year_sets_the_time_of_the_story_told_after_it() -> None:
    # "I was nine months pregnant when Islamic State came. It was 2014 and I was living with my
    # husband ... in the village of Tal Qasab ... We led a simple life, and were very happy. For a
    # couple of months, we had been worrying about an attack; Isis were targeting the Yazidi
    # people in our region." (trimmed): the attacks are of 2014, not of the paper's day
    found = events(
        """
        I I PRP nsubj 1
        was be AUX:VBD ROOT 1
        pregnant pregnant JJ acomp 1
        . . . punct 1
        It it PRP nsubj 5
        was be AUX:VBD ROOT 5
        2014 2014 CD attr 5
        and and CC cc 5
        I I PRP nsubj 10
        was be AUX:VBD aux 10
        living live VBG conj 5
        in in IN prep 10
        Tal Tal NNP compound 13
        Qasab Qasab NNP pobj 11
        . . . punct 5
        We we PRP nsubj 16
        led lead VBD ROOT 16
        a a DT det 19
        simple simple JJ amod 19
        life life NN dobj 16
        . . . punct 16
        Isis isis NN nsubj 23
        were be AUX:VBD aux 23
        targeting target VBG ROOT 23
        the the DT det 26
        Yazidi Yazidi NNP compound 26
        people people NNS dobj 23
        . . . punct 23
        """,
        ents=((6, 7, "DATE"), (12, 14, "GPE"), (21, 22, "ORG"), (25, 26, "NORP")),
    )
    assert [(m.actor.text, m.type, m.target.text if m.target else None) for m in found] == [
        ("Isis", "ASSAULT", "Yazidis"),
    ]
    assert (found[0].rule, found[0].date_text) == ("active+objects", "2014")


def test_a_year_on_a_conjunct_of_the_deed_before_makes_the_next_deed_history() -> None:
    # "He supported the Arab spring revolts and was quick to travel to Egypt after the
    # defenestration of Hosni Mubarak in 2011. Erdoğan condemned the subsequent overthrow of the
    # Muslim Brotherhood government" (Guardian, 2018; trimmed): history, not the paper's day
    found = events(
        """
        He he PRP nsubj 1
        supported support VBD ROOT 1
        the the DT det 3
        revolts revolt NNS dobj 1
        and and CC cc 1
        travelled travel VBD conj 1
        to to IN prep 5
        Egypt Egypt NNP pobj 6
        after after IN prep 5
        the the DT det 10
        defenestration defenestration NN pobj 8
        of of IN prep 10
        Mubarak Mubarak NNP pobj 11
        in in IN prep 10
        2011 2011 CD pobj 13
        . . . punct 1
        Erdoğan Erdoğan NNP nsubj 17
        condemned condemn VBD ROOT 17
        Egypt Egypt NNP dobj 17
        . . . punct 17
        """,
        ents=(
            (7, 8, "GPE"),
            (12, 13, "PERSON"),
            (14, 15, "DATE"),
            (16, 17, "PERSON"),
            (18, 19, "GPE"),
        ),
    )
    condemned = [m for m in found if m.action == "condemn"]
    assert [(m.actor.text, m.type, m.target.text if m.target else None) for m in condemned] == [
        ("Erdoğan", "ACCUSE", "Egypt")
    ]
    assert (condemned[0].rule, condemned[0].date_text) == ("active+objects", "then")


def test_a_year_a_time_runs_from_in_the_deed_before_leaves_the_next_deed_undated() -> None:
    # After "Erdoğan used a failed army coup attempt in 2016 ... He also cut a de facto deal"
    # (Guardian, 2018), with "a base held since 2016" as the object: a time that may reach the
    # paper's day, so the deed told next keeps no date of its own (the paper's)
    found = events(
        """
        Russia Russia NNP nsubj 1
        used use VBD ROOT 1
        the the DT det 3
        base base NN dobj 1
        held hold VBN acl 3
        since since IN prep 4
        2016 2016 CD pobj 5
        . . . punct 1
        Turkey Turkey NNP nsubj 9
        condemned condemn VBD ROOT 9
        Russia Russia NNP dobj 9
        . . . punct 9
        """,
        ents=((0, 1, "GPE"), (6, 7, "DATE"), (8, 9, "GPE"), (10, 11, "GPE")),
    )
    assert [(m.action, m.rule, m.date_text) for m in found if m.action == "condemn"] == [
        ("condemn", "active+objects", None)
    ]


@pytest.mark.parametrize(("subject", "date_text"), [("Turkey", "then"), ("Iran", None)])
def test_a_deed_history_set_before_goes_on_as_history_for_the_same_doer(
    subject: str, date_text: str | None
) -> None:
    # "He supported the Arab spring revolts and was quick to travel to Egypt after the
    # defenestration of Hosni Mubarak in 2011. Erdoğan condemned the subsequent overthrow of the
    # Muslim Brotherhood government ... After attempting a rapprochement with Israel ...,
    # ever-choleric Erdoğan fell out with Benjamin Netanyahu's government" (Guardian, 2018): the
    # falling out is history too, not the paper's day; another doer's deed may be the news
    found = events(
        f"""
        Turkey Turkey NNP nsubj 1
        used use VBD ROOT 1
        the the DT det 3
        coup coup NN dobj 1
        in in IN prep 3
        2016 2016 CD pobj 4
        . . . punct 1
        Turkey Turkey NNP nsubj 8
        condemned condemn VBD ROOT 8
        Russia Russia NNP dobj 8
        . . . punct 8
        {subject} {subject} NNP nsubj 12
        criticised criticise VBD ROOT 12
        Israel Israel NNP dobj 12
        . . . punct 12
        """,
        ents=(
            (0, 1, "GPE"),
            (5, 6, "DATE"),
            (7, 8, "GPE"),
            (9, 10, "GPE"),
            (11, 12, "GPE"),
            (13, 14, "GPE"),
        ),
    )
    assert [(m.actor.text, m.action, m.date_text) for m in found if m.action != "use"] == [
        ("Turkey", "condemn", "then"),
        (subject, "criticise", date_text),
    ]


@pytest.mark.parametrize(
    ("subject", "tag", "date_text"),
    [("Riedijk", "NNP", "this week"), ("he", "PRP", "this week"), ("Javid", "NNP", None)],
)
def test_a_week_the_sentence_before_sets_is_the_scene_of_the_same_doer_s_next_words(
    subject: str, tag: str, date_text: str | None
) -> None:
    # "Her Dutch husband, Yago Riedijk, 27, said this week that he wanted to return to the
    # Netherlands with her and their newborn. Speaking to the BBC, Riedijk, said he rejected
    # Isis" (Guardian, 2019): said this week, a time with no day (null), not the paper's day;
    # another speaker's words may be the paper's day's news
    found = events(
        f"""
        husband husband NN nsubj 5
        , , , punct 0
        Yago Yago NNP compound 3
        Riedijk Riedijk NNP appos 0
        , , , punct 0
        said say VBD ROOT 5
        this this DT det 7
        week week NN npadvmod 5
        . . . punct 5
        {subject} {subject} {tag} nsubj 10
        said say VBD ROOT 10
        . . . punct 10
        """,
        ents=((2, 4, "PERSON"), (6, 8, "DATE"), *([(9, 10, "PERSON")] if tag == "NNP" else [])),
    )
    assert [(m.actor.text, m.type, m.date_text, m.rule) for m in found] == [
        ("Yago Riedijk", "STATEMENT", "this week", "active"),
        (subject, "STATEMENT", date_text, "active"),
    ]


def test_a_request_a_deed_answers_takes_the_deeds_date() -> None:
    # "The human cost aside, Russia’s military intervention in Syria in 2015 at Assad’s request
    # has been a strategic success for Putin" (guardian-589): asked for the 2015 intervention
    found = events(INTERVENTION_AT_REQUEST, INTERVENTION_AT_REQUEST_ENTS)
    request = next(m for m in found if m.type == "REQUEST")
    assert (request.actor.text, request.date_text, request.rule) == (
        "Assad",
        "2015",
        "nominal.behest",
    )


def test_in_particular_singles_out_one_of_those_named_and_names_no_place() -> None:
    # "The UN's security council members, in particular Russia, has been accused of blocking the
    # building of prosecutions." (Guardian, 2018; trimmed): Russia is one of the accused, not
    # where a charge was brought (as in "is accused in Turkey of planning attacks").
    rows = """
        security security NN compound 1
        council council NN compound 2
        members member NNS nsubjpass 10
        , , , punct 2
        in in IN prep 2
        particular particular JJ amod 4
        Russia Russia NNP pobj 4
        , , , punct 2
        has have AUX:VBZ aux 10
        been be AUX:VBN auxpass 10
        accused accuse VBN ROOT 10
        of of IN prep 10
        blocking block VBG pcomp 11
        prosecutions prosecution NNS dobj 12
        . . . punct 10
        """
    ents = ((0, 2, "ORG"), (6, 7, "GPE"))
    assert events(rows, ents=ents) == []
    placed = rows.replace("particular particular JJ amod 4", "fact fact NN amod 4")
    found = events(placed, ents=ents)
    assert triples(found) == [("Russia", "ACCUSE", "security council")]
    assert found[0].rule == "passive+located coercer"


def test_words_quoted_in_a_scene_told_in_the_past_take_the_scene_s_day() -> None:
    # "After sunset on a rooftop position near the front on Saturday, bright red tracers ...
    # illuminated palm tree groves and rubble. Thick clouds of smoke blocked out the sky. “The
    # day is their time. But the night is for us,” said Memo Wan, an SDF commander"
    # (Guardian, March 2019): the words are said in Saturday's scene; the look back passes over
    # the quoted sentence and a sentence of the scene with no time of its own
    found = events(
        """
        on on IN prep 4
        Saturday Saturday NNP pobj 0
        , , , punct 4
        red red JJ amod 4
        tracers tracer NNS ROOT 4
        illuminated illuminate VBD amod 6
        groves grove NNS appos 4
        . . . punct 4
        Smoke smoke NN nsubj 9
        blocked block VBD ROOT 9
        out out RP prt 9
        the the DT det 12
        sky sky NN dobj 9
        . . . punct 9
        “ " `` punct 17
        The the DT det 16
        day day NN nsubj 17
        is be AUX:VBZ ROOT 17
        their their PRP$ poss 19
        time time NN attr 17
        . . . punct 17
        But but CC cc 24
        the the DT det 23
        night night NN nsubj 24
        is be AUX:VBZ ccomp 29
        for for IN prep 24
        us we PRP pobj 25
        , , , punct 29
        ” " '' punct 29
        said say VBD ROOT 29
        Memo Memo NNP compound 31
        Wan Wan NNP nsubj 29
        . . . punct 29
        """,
        ents=((1, 2, "DATE"), (30, 32, "PERSON")),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Memo Wan", "Saturday", "active")]


def test_words_quoted_after_a_scene_s_day_set_on_a_week_keep_to_the_paper() -> None:
    # as above, but the scene is set on a week, which names no day: "... this week, tracers
    # illuminated the groves. '...,' said Memo Wan" is not carried by the scene's day
    found = events(
        """
        this this DT det 1
        week week NN npadvmod 3
        tracers tracer NNS nsubj 3
        illuminated illuminate VBD ROOT 3
        groves grove NNS dobj 3
        . . . punct 3
        “ " `` punct 8
        Night night NN nsubj 8
        is be AUX:VBZ ccomp 12
        ours ours PRP attr 8
        , , , punct 12
        ” " '' punct 12
        said say VBD ROOT 12
        Memo Memo NNP compound 14
        Wan Wan NNP nsubj 12
        . . . punct 12
        """,
        ents=((0, 2, "DATE"), (13, 15, "PERSON")),
    )
    said = [(m.actor.text, m.date_text, m.rule) for m in found if m.type == "STATEMENT"]
    assert said == [("Memo Wan", None, "active")]
