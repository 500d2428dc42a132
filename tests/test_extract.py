"""Extraction rules on hand-built Docs: no statistical model involved."""

from __future__ import annotations

from conftest import parsed

from kg.extract import RawMention, extract_mentions, is_headline, named_actor_refs


def events(doc_rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> list[RawMention]:
    return list(extract_mentions(parsed(doc_rows, ents)))


def triples(found: list[RawMention]) -> list[tuple[str, str, str | None]]:
    return [(m.actor.text, m.type, m.target.text if m.target else None) for m in found]


def test_active_clause_with_prepositional_target() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 1
        met meet VBD ROOT 1
        with with IN prep 1
        Moon Moon NNP pobj 2
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "PERSON")),
    )
    assert triples(found) == [("Putin", "CONSULT", "Moon")]
    assert found[0].action == "meet"
    assert found[0].cameo == "040"


def test_passive_clause_takes_the_agent_as_actor() -> None:
    found = events(
        """
        Moon Moon NNP nsubjpass 2
        was be AUX:VBD auxpass 2
        criticised criticise VBN ROOT 2
        by by IN agent 2
        Putin Putin NNP pobj 3
        . . . punct 2
        """,
        ents=((0, 1, "PERSON"), (4, 5, "PERSON")),
    )
    assert triples(found) == [("Putin", "ACCUSE", "Moon")]


def test_coordinated_actors_of_a_meeting_meet_each_other() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 3
        and and CC cc 0
        Moon Moon NNP conj 0
        met meet VBD ROOT 3
        . . . punct 3
        """,
        ents=((0, 1, "PERSON"), (2, 3, "PERSON")),
    )
    assert triples(found) == [("Putin", "CONSULT", "Moon")]


def test_coordinated_actors_of_a_demand_act_each_alone() -> None:
    found = events(
        """
        Russia Russia NNP nsubj 3
        and and CC cc 0
        China China NNP conj 0
        urged urge VBD ROOT 3
        Japan Japan NNP dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Russia", "REQUEST", "Japan"), ("China", "REQUEST", "Japan")]


NEGATED_MEETING = """
    Putin Putin NNP nsubj 3
    did do AUX:VBD aux 3
    not not RB neg 3
    meet meet VB ROOT 3
    Moon Moon NNP dobj 3
    . . . punct 3
"""


def test_negated_action_is_not_an_event() -> None:
    assert events(NEGATED_MEETING, ents=((0, 1, "PERSON"), (4, 5, "PERSON"))) == []


def test_modal_action_is_not_an_event() -> None:
    rows = NEGATED_MEETING.replace("did do AUX:VBD aux 3", "could could AUX:MD aux 3").replace(
        "not not RB neg 3", "soon soon RB advmod 3"
    )
    assert events(rows, ents=((0, 1, "PERSON"), (4, 5, "PERSON"))) == []


def test_negation_of_a_governing_verb_reaches_its_complement() -> None:
    # "It does not appear that they met Moon": the meeting is denied, not reported.
    found = events(
        """
        It it PRP nsubj 3
        does do AUX:VBZ aux 3
        not not RB neg 3
        appear appear VB ROOT 3
        that that IN mark 6
        Putin Putin NNP nsubj 6
        met meet VBD ccomp 3
        Moon Moon NNP dobj 6
        . . . punct 3
        """,
        ents=((5, 6, "PERSON"), (7, 8, "PERSON")),
    )
    assert found == []


def test_conditional_action_is_not_an_event() -> None:
    found = events(
        """
        If if IN mark 2
        Putin Putin NNP nsubj 2
        meets meet VBZ advcl 6
        Moon Moon NNP dobj 2
        , , , punct 6
        talks talk NNS nsubj 6
        resume resume VBP ROOT 6
        . . . punct 6
        """,
        ents=((1, 2, "PERSON"), (3, 4, "PERSON")),
    )
    assert [m for m in found if m.action == "meet"] == []


def test_wanted_action_is_not_an_event() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 1
        wants want VBZ ROOT 1
        to to TO aux 3
        meet meet VB xcomp 1
        Moon Moon NNP dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (4, 5, "PERSON")),
    )
    assert found == []


def test_purpose_clause_is_part_of_the_main_event() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 1
        met meet VBD ROOT 1
        Moon Moon NNP dobj 1
        to to TO aux 4
        discuss discuss VB advcl 1
        trade trade NN dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "PERSON")),
    )
    assert [m.action for m in found] == ["meet"]


def test_nominal_event_between_two_actors() -> None:
    found = events(
        """
        A a DT det 1
        meeting meeting NN nsubj 6
        between between IN prep 1
        Putin Putin NNP pobj 2
        and and CC cc 3
        Moon Moon NNP conj 3
        happened happen VBD ROOT 6
        . . . punct 6
        """,
        ents=((3, 4, "PERSON"), (5, 6, "PERSON")),
    )
    assert triples(found) == [("Putin", "CONSULT", "Moon")]


def test_nominal_event_with_possessive_actor() -> None:
    # "Putin restated Moscow's opposition." -> Moscow REJECT (and Putin's statement).
    found = events(
        """
        Putin Putin NNP nsubj 1
        restated restate VBD ROOT 1
        Moscow Moscow NNP poss 4
        's 's POS case 2
        opposition opposition NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "GPE")),
    )
    assert ("Moscow", "REJECT", None) in triples(found)
    assert ("Putin", "STATEMENT", None) in triples(found)


def test_talks_with_a_target_belong_to_the_clause_subject() -> None:
    # "Putin spoke after holding talks with Moon."
    found = events(
        """
        Putin Putin NNP nsubj 1
        spoke speak VBD ROOT 1
        after after IN prep 1
        holding hold VBG pcomp 2
        talks talk NNS dobj 3
        with with IN prep 4
        Moon Moon NNP pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (6, 7, "PERSON")),
    )
    consult = [m for m in found if m.type == "CONSULT"]
    assert triples(consult) == [("Putin", "CONSULT", "Moon")]


def test_statement_and_the_reported_event_inside_it() -> None:
    found = events(
        """
        Wang Wang NNP nsubj 1
        said say VBD ROOT 1
        that that IN mark 4
        Russia Russia NNP nsubj 4
        condemned condemn VBD ccomp 1
        Japan Japan NNP dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Wang", "STATEMENT", None), ("Russia", "ACCUSE", "Japan")]


def test_open_clause_inherits_its_subject() -> None:
    # "Putin continued, saying ..." -> Putin's statement.
    found = events(
        """
        Putin Putin NNP nsubj 1
        continued continue VBD ROOT 1
        , , , punct 1
        saying say VBG advcl 1
        so so RB advmod 3
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"),),
    )
    assert triples(found) == [("Putin", "STATEMENT", None)]
    assert found[0].confidence < 0.9  # inherited subjects are less certain


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


def test_role_and_country_of_a_titled_person() -> None:
    doc = parsed(
        """
        Russian Russian JJ amod 1
        President President NNP compound 2
        Putin Putin NNP nsubj 3
        spoke speak VBD ROOT 3
        . . . punct 3
        """,
        ents=((0, 1, "NORP"), (2, 3, "PERSON")),
    )
    (ref,) = list(named_actor_refs(doc))
    assert (ref.text, ref.role, ref.country, ref.is_subject) == ("Putin", "president", "RUS", True)


def test_headlines_are_recognised() -> None:
    headline = parsed(
        """
        Putin Putin NNP nsubj 1
        Talks talk VBZ ROOT 1
        Peace peace NNP dobj 1
        with with IN prep 1
        Korean Korean NNP compound 5
        President President NNP pobj 3
        """
    )
    sentence = parsed(
        """
        Putin Putin NNP nsubj 1
        met meet VBD ROOT 1
        Moon Moon NNP dobj 1
        . . . punct 1
        """
    )
    assert is_headline(next(iter(headline.sents)))
    assert not is_headline(next(iter(sentence.sents)))
    assert list(extract_mentions(headline)) == []
