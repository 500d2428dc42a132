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


def test_wanted_action_is_an_intention_not_a_meeting() -> None:
    # "Putin wants to meet Moon": no meeting happened; the intention to meet is coded (036).
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
    assert triples(found) == [("Putin", "AGREE", "Moon")]
    assert (found[0].action, found[0].cameo) == ("meet", "036")


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


# --- modality: announced, demanded, refused, alleged ------------------------------------------


def test_future_action_is_coded_as_the_intention() -> None:
    # "Merkel will visit China": no visit yet; the announced visit is an intention to meet.
    found = events(
        """
        Merkel Merkel NNP nsubj 2
        will will AUX:MD aux 2
        visit visit VB ROOT 2
        China China NNP dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE")),
    )
    assert triples(found) == [("Merkel", "AGREE", "China")]
    assert (found[0].action, found[0].cameo, found[0].place_text) == ("visit", "036", None)


def test_hostile_intention_is_a_threat() -> None:
    # "The EU will impose sanctions on Belarus": the sanctions are threatened, not imposed.
    found = events(
        """
        EU EU NNP nsubj 2
        will will AUX:MD aux 2
        impose impose VB ROOT 2
        sanctions sanction NNS dobj 2
        on on IN prep 2
        Belarus Belarus NNP pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "ORG"), (5, 6, "GPE")),
    )
    assert triples(found) == [("EU", "THREATEN", "Belarus")]
    assert found[0].cameo == "1312"


def test_would_announces_only_in_reported_speech() -> None:
    reported = events(
        """
        Maas Maas NNP nsubj 1
        said say VBD ROOT 1
        Berlin Berlin NNP nsubj 4
        would would AUX:MD aux 4
        send send VB ccomp 1
        medicine medicine NN dobj 4
        to to IN prep 4
        Italy Italy NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (2, 3, "GPE"), (7, 8, "GPE")),
    )
    assert triples(reported) == [("Maas", "STATEMENT", None), ("Berlin", "AGREE", "Italy")]
    hypothetical = events(
        """
        Berlin Berlin NNP nsubj 2
        would would AUX:MD aux 2
        send send VB ROOT 2
        medicine medicine NN dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "GPE"),),
    )
    assert hypothetical == []


def test_agreeing_to_meet_is_an_agreement_with_the_meetings_target() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 1
        agreed agree VBD ROOT 1
        to to TO aux 3
        meet meet VB xcomp 1
        Moon Moon NNP dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (4, 5, "PERSON")),
    )
    assert triples(found) == [("Putin", "AGREE", "Moon")]


def test_threat_takes_the_target_of_the_threatened_action() -> None:
    # "Iran threatened to shell Iraqi towns": the towns' state is the target.
    found = events(
        """
        Iran Iran NNP nsubj 1
        threatened threaten VBD ROOT 1
        to to TO aux 3
        shell shell VB xcomp 1
        Iraqi Iraqi JJ amod 5
        towns town NNS dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "NORP")),
    )
    assert triples(found) == [("Iran", "THREATEN", "Iraqi")]
    assert (found[0].target is not None and found[0].target.country) == "IRQ"


def test_urged_action_belongs_to_the_request() -> None:
    found = events(
        """
        China China NNP nsubj 1
        urged urge VBD ROOT 1
        Japan Japan NNP dobj 1
        to to TO aux 4
        stop stop VB xcomp 1
        attacks attack NNS dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert triples(found) == [("China", "REQUEST", "Japan")]


def test_demand_that_someone_act_targets_them() -> None:
    found = events(
        """
        Britain Britain NNP nsubj 1
        demanded demand VBD ROOT 1
        that that IN mark 4
        Russia Russia NNP nsubj 4
        explain explain VB ccomp 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "GPE")),
    )
    assert triples(found) == [("Britain", "REQUEST", "Russia")]


def test_alleged_action_is_only_the_accusation() -> None:
    # "Moscow accused Kiev of shelling civilians": Moscow shelled no one.
    found = events(
        """
        Moscow Moscow NNP nsubj 1
        accused accuse VBD ROOT 1
        Kiev Kiev NNP dobj 1
        of of IN prep 1
        shelling shell VBG pcomp 3
        civilians civilian NNS dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert triples(found) == [("Moscow", "ACCUSE", "Kiev")]


def test_denied_action_is_only_the_statement() -> None:
    found = events(
        """
        Pyongyang Pyongyang NNP nsubj 1
        denied deny VBD ROOT 1
        that that IN mark 4
        it it PRP nsubj 4
        sold sell VBD ccomp 1
        weapons weapon NNS dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert triples(found) == [("Pyongyang", "STATEMENT", None)]


def test_wanting_another_to_act_is_no_intention_of_ones_own() -> None:
    # "Washington wants Tehran to return": Tehran announced nothing.
    found = events(
        """
        Washington Washington NNP nsubj 1
        wants want VBZ ROOT 1
        Tehran Tehran NNP nsubj 4
        to to TO aux 4
        return return VB ccomp 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert found == []


def test_action_inside_a_purpose_clause_is_not_an_event() -> None:
    # "China donated masks to Iran to help it fight the outbreak": no fight.
    found = events(
        """
        China China NNP nsubj 1
        donated donate VBD ROOT 1
        masks mask NNS dobj 1
        to to IN prep 1
        Iran Iran NNP pobj 3
        to to TO aux 6
        help help VB advcl 1
        it it PRP nsubj 8
        fight fight VB ccomp 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("China", "AID", "Iran")]


# --- events carried by nouns ------------------------------------------------------------------


def test_light_verb_carries_the_event_of_its_object() -> None:
    # "Japan and Korea held talks on Tuesday on trade": one meeting, dated by the verb.
    found = events(
        """
        Japan Japan NNP nsubj 3
        and and CC cc 0
        Korea Korea NNP conj 0
        held hold VBD ROOT 3
        talks talk NNS dobj 3
        on on IN prep 3
        Tuesday Tuesday NNP pobj 5
        on on IN prep 3
        trade trade NN pobj 7
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "DATE")),
    )
    assert triples(found) == [("Japan", "CONSULT", "Korea")]
    assert found[0].date_text == "Tuesday"


def test_passive_light_verb_takes_its_agent() -> None:
    # "Sanctions were imposed on Iran by the EU."
    found = events(
        """
        Sanctions sanction NNS nsubjpass 2
        were be AUX:VBD auxpass 2
        imposed impose VBN ROOT 2
        on on IN prep 2
        Iran Iran NNP pobj 3
        by by IN agent 2
        the the DT det 7
        EU EU NNP pobj 5
        . . . punct 2
        """,
        ents=((4, 5, "GPE"), (7, 8, "ORG")),
    )
    assert triples(found) == [("EU", "SANCTION", "Iran")]


def test_traded_accusations_go_both_ways() -> None:
    found = events(
        """
        Armenia Armenia NNP nsubj 3
        and and CC cc 0
        Azerbaijan Azerbaijan NNP conj 0
        traded trade VBD ROOT 3
        accusations accusation NNS dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert sorted(triples(found)) == [
        ("Armenia", "ACCUSE", "Azerbaijan"),
        ("Azerbaijan", "ACCUSE", "Armenia"),
    ]


def test_request_noun_targets_whom_it_asks_to_act() -> None:
    # "Moscow repeated its request for Washington to withdraw."
    found = events(
        """
        Moscow Moscow NNP nsubj 1
        repeated repeat VBD ROOT 1
        its its PRP$ poss 3
        request request NN dobj 1
        for for IN mark 7
        Washington Washington NNP nsubj 7
        to to TO aux 7
        withdraw withdraw VB advcl 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("its", "REQUEST", "Washington")]


def test_owner_of_an_object_is_the_target() -> None:
    # "Turkey rejected a US demand" and "Syria attacked Turkish positions".
    rejected = events(
        """
        Turkey Turkey NNP nsubj 1
        rejected reject VBD ROOT 1
        a a DT det 4
        US US NNP compound 4
        demand demand NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "GPE")),
    )
    assert triples(rejected) == [("Turkey", "REJECT", "US")]  # the demand itself is not coded
    attacked = events(
        """
        Syria Syria NNP nsubj 1
        attacked attack VBD ROOT 1
        Turkish Turkish JJ amod 3
        positions position NNS dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "NORP")),
    )
    assert triples(attacked) == [("Syria", "ASSAULT", "Turkish")]
    assert attacked[0].target is not None and attacked[0].target.country == "TUR"


def test_target_of_the_objects_own_action() -> None:
    # "The US lifted its sanctions against Sudan": the lifted sanctions are no new event.
    found = events(
        """
        US US NNP nsubj 1
        lifted lift VBD ROOT 1
        its its PRP$ poss 3
        sanctions sanction NNS dobj 1
        against against IN prep 3
        Sudan Sudan NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("US", "RETREAT", "Sudan")]


def test_of_names_whom_a_nominal_action_is_done_to() -> None:
    found = events(
        """
        China China NNP poss 2
        's 's POS case 0
        criticism criticism NN nsubj 6
        of of IN prep 2
        Australia Australia NNP pobj 3
        was be AUX:VBD aux 6
        sharp sharp JJ ROOT 6
        . . . punct 6
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("China", "ACCUSE", "Australia")]


def test_from_names_who_offers() -> None:
    # "A proposal from Norway was welcomed by Paris."
    found = events(
        """
        A a DT det 1
        proposal proposal NN nsubjpass 6
        from from IN prep 1
        Norway Norway NNP pobj 2
        was be AUX:VBD auxpass 6
        warmly warmly RB advmod 6
        welcomed welcome VBN ROOT 6
        by by IN agent 6
        Paris Paris NNP pobj 7
        . . . punct 6
        """,
        ents=((3, 4, "GPE"), (8, 9, "GPE")),
    )
    assert triples(found) == [("Norway", "AGREE", None), ("Paris", "SUPPORT", "Norway")]


def test_talks_on_a_country_are_about_it() -> None:
    found = events(
        """
        Russia Russia NNP nsubj 1
        suspended suspend VBD ROOT 1
        talks talk NNS dobj 1
        with with IN prep 2
        Japan Japan NNP pobj 3
        on on IN prep 2
        Syria Syria NNP pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")),
    )
    assert triples(found) == [("Russia", "SANCTION", "Japan")]


def test_joint_action_of_several_actors_is_their_cooperation() -> None:
    found = events(
        """
        China China NNP nsubj 3
        and and CC cc 0
        Russia Russia NNP conj 0
        held hold VBD ROOT 3
        joint joint JJ amod 5
        drills drill NNS dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert triples(found) == [("China", "COOPERATE", "Russia")]
    assert found[0].cameo == "062"


def test_state_of_emergency_is_carried_through_its_container() -> None:
    found = events(
        """
        Ethiopia Ethiopia NNP nsubj 1
        declared declare VBD ROOT 1
        a a DT det 3
        state state NN dobj 1
        of of IN prep 3
        emergency emergency NN pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert triples(found) == [("Ethiopia", "COERCE", None)]


# --- participants -----------------------------------------------------------------------------


def test_stance_participle_keeps_its_subject_as_actor() -> None:
    # "The country is opposed to cutting off oil."
    found = events(
        """
        The the DT det 1
        country country NN nsubjpass 3
        is be AUX:VBZ auxpass 3
        opposed oppose VBN ROOT 3
        to to IN prep 3
        cutting cut VBG pcomp 4
        off off RP prt 5
        oil oil NN dobj 5
        . . . punct 3
        """
    )
    assert triples(found) == [("The country", "REJECT", None)]


def test_we_in_a_quote_is_its_speaker() -> None:
    # '"We condemn the attack," Khan said.'
    found = events(
        """
        " " `` punct 2
        We we PRP nsubj 2
        condemn condemn VBP ccomp 7
        the the DT det 4
        attack attack NN dobj 2
        , , , punct 7
        " " '' punct 7
        Khan Khan NNP nsubj 8
        said say VBD ROOT 8
        . . . punct 8
        """,
        ents=((7, 8, "PERSON"),),
    )
    assert sorted(triples(found)) == [("Khan", "ACCUSE", None), ("Khan", "STATEMENT", None)]


def test_relative_pronoun_subject_is_the_noun_it_qualifies() -> None:
    # "Morales flew to Mexico, which granted him asylum."
    found = events(
        """
        Morales Morales NNP nsubj 1
        flew fly VBD ROOT 1
        to to IN prep 1
        Mexico Mexico NNP pobj 2
        , , , punct 3
        which which WDT nsubj 6
        granted grant VBD relcl 3
        him he PRP dative 6
        asylum asylum NN dobj 6
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "GPE")),
    )
    assert triples(found) == [("Mexico", "AID", "him")]


def test_counted_actors_act() -> None:
    # "Thousands of Iranians protested against the US."
    found = events(
        """
        Thousands thousand NNS nsubj 3
        of of IN prep 0
        Iranians Iranians NNPS pobj 1
        protested protest VBD ROOT 3
        against against IN prep 3
        the the DT det 6
        US US NNP pobj 4
        . . . punct 3
        """,
        ents=((2, 3, "NORP"), (6, 7, "GPE")),
    )
    assert triples(found) == [("Iranians", "PROTEST", "US")]
    assert (found[0].actor.label, found[0].actor.country) == ("ROLE", "IRN")


def test_coordinated_demonyms_of_a_group_act_each_for_their_state() -> None:
    # "Hungarian and Romanian officials agreed."
    found = events(
        """
        Hungarian Hungarian JJ amod 3
        and and CC cc 0
        Romanian Romanian JJ conj 0
        officials officials NNS nsubj 4
        agreed agree VBD ROOT 4
        . . . punct 4
        """,
        ents=((0, 1, "NORP"), (2, 3, "NORP")),
    )
    assert [(m.actor.country, m.type) for m in found] == [("HUN", "AGREE"), ("ROU", "AGREE")]


def test_group_named_after_an_organisation_is_the_organisations() -> None:
    # "Hamas militants fired rockets at Israel."
    found = events(
        """
        Hamas Hamas NNP compound 1
        militants militants NNS nsubj 2
        fired fire VBD ROOT 2
        rockets rocket NNS dobj 2
        at at IN prep 2
        Israel Israel NNP pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "ORG"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Hamas", "ASSAULT", "Israel")]


def test_police_in_a_capital_act_for_its_state() -> None:
    found = events(
        """
        Police police NNS nsubj 3
        in in IN prep 0
        Moscow Moscow NNP pobj 1
        detained detain VBD ROOT 3
        protesters protester NNS dobj 3
        . . . punct 3
        """,
        ents=((2, 3, "GPE"),),
    )
    # Bare and unlocated, "protesters" name no one in particular.
    assert triples(found) == [("Moscow", "COERCE", None)]


def test_two_actors_who_spoke_had_a_conversation() -> None:
    found = events(
        """
        Putin Putin NNP nsubj 3
        and and CC cc 0
        Erdogan Erdogan NNP conj 0
        spoke speak VBD ROOT 3
        by by IN prep 3
        telephone telephone NN pobj 4
        . . . punct 3
        """,
        ents=((0, 1, "PERSON"), (2, 3, "PERSON")),
    )
    assert triples(found) == [("Putin", "CONSULT", "Erdogan")]


def test_person_of_a_country_carries_it() -> None:
    doc = parsed(
        """
        King King NNP compound 1
        Hassan Hassan NNP nsubj 4
        of of IN prep 1
        Morocco Morocco NNP pobj 2
        spoke speak VBD ROOT 4
        . . . punct 4
        """,
        ents=((1, 2, "PERSON"), (3, 4, "GPE")),
    )
    hassan = next(r for r in named_actor_refs(doc) if r.text == "Hassan")
    assert hassan.country == "MAR"


# --- senses and dates -------------------------------------------------------------------------


def test_the_object_selects_the_sense_and_dates_are_no_particles() -> None:
    # "Iraq lifted a ban on Tuesday": easing a restriction (CAMEO 081), not a retreat.
    found = events(
        """
        Iraq Iraq NNP nsubj 1
        lifted lift VBD ROOT 1
        a a DT det 3
        ban ban NN dobj 1
        on on IN prep 1
        Tuesday Tuesday NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "DATE")),
    )
    assert [(m.type, m.cameo, m.date_text) for m in found] == [("CONCEDE", "081", "Tuesday")]


def test_a_compound_selects_a_nouns_sense() -> None:
    # "Indian farmers staged a hunger strike": a protest, not an air strike.
    found = events(
        """
        Indian Indian JJ amod 1
        farmers farmers NNS nsubj 2
        staged stage VBD ROOT 2
        a a DT det 5
        hunger hunger NN compound 5
        strike strike NN dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "NORP"),),
    )
    assert [(m.actor.country, m.type, m.cameo) for m in found] == [("IND", "PROTEST", "142")]


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


def test_reported_obligation_is_the_speakers_demand() -> None:
    # "Russia said Sudan must return the helicopter."
    found = events(
        """
        Russia Russia NNP nsubj 1
        said say VBD ROOT 1
        Sudan Sudan NNP nsubj 4
        must must AUX:MD aux 4
        return return VB ccomp 1
        the the DT det 6
        helicopter helicopter NN dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE")),
    )
    assert triples(found) == [("Russia", "STATEMENT", None), ("Russia", "REQUEST", "Sudan")]


def test_announced_refusal_is_a_rejection() -> None:
    # "Syria said it will not accept refugees": a refusal, coded as REJECT.
    found = events(
        """
        Syria Syria NNP nsubj 1
        said say VBD ROOT 1
        it it PRP nsubj 5
        will will AUX:MD aux 5
        not not RB neg 5
        accept accept VB ccomp 1
        refugees refugee NNS dobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert triples(found) == [("Syria", "STATEMENT", None), ("it", "REJECT", None)]
    assert found[1].cameo == "120"


def test_protest_is_against_what_its_purpose_protests() -> None:
    # "Turks began a hunger strike to protest against Sweden's decision."
    found = events(
        """
        Turks Turks NNPS nsubj 1
        began begin VBD ROOT 1
        a a DT det 4
        hunger hunger NN compound 4
        strike strike NN dobj 1
        to to TO aux 6
        protest protest VB advcl 1
        against against IN prep 6
        Sweden Sweden NNP poss 10
        's 's POS case 8
        decision decision NN pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "NORP"), (8, 9, "GPE")),
    )
    assert triples(found) == [("Turks", "PROTEST", "Sweden")]


def test_blocking_roads_is_a_protest_and_blocking_a_plan_a_rejection() -> None:
    roads = events(
        """
        Indian Indian JJ amod 1
        farmers farmers NNS nsubj 2
        blocked block VBD ROOT 2
        roads road NNS dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "NORP"),),
    )
    assert [(m.actor.country, m.type, m.cameo) for m in roads] == [("IND", "PROTEST", "144")]
    plan = events(
        """
        Russia Russia NNP nsubj 1
        blocked block VBD ROOT 1
        the the DT det 3
        plan plan NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert [(m.type, m.cameo) for m in plan] == [("REJECT", "120")]


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


def test_demanded_removal_targets_whom_it_removes() -> None:
    # "Rebels of Rwanda demanded the removal of Habyarimana."
    found = events(
        """
        Rwanda Rwanda NNP nsubj 1
        demanded demand VBD ROOT 1
        the the DT det 3
        removal removal NN dobj 1
        of of IN prep 3
        Habyarimana Habyarimana NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "PERSON")),
    )
    assert triples(found) == [("Rwanda", "REQUEST", "Habyarimana")]


def test_demand_noun_with_a_that_clause_targets_its_subject() -> None:
    # "The ILO reiterated its demand that Israel ease restrictions."
    found = events(
        """
        ILO ILO NNP nsubj 1
        reiterated reiterate VBD ROOT 1
        its its PRP$ poss 3
        demand demand NN dobj 1
        that that IN mark 6
        Israel Israel NNP nsubj 6
        ease ease VB acl 3
        restrictions restriction NNS dobj 6
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (5, 6, "GPE")),
    )
    assert ("its", "REQUEST", "Israel") in triples(found)
    assert all(m.type != "CONCEDE" for m in found)  # the easing is demanded, not done


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


def test_a_threatened_action_against_someone_targets_them() -> None:
    found = events(
        """
        Iran Iran NNP nsubj 1
        threatened threaten VBD ROOT 1
        action action NN dobj 1
        against against IN prep 2
        Iraq Iraq NNP pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Iran", "THREATEN", "Iraq")]


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


def test_a_people_living_in_another_state_is_a_group_of_that_state() -> None:
    # Not the state the demonym names, and not the state they live in either: a group of it.
    found = events(
        """
        Ethnic ethnic JJ amod 1
        Serbs Serbs NNPS nsubj 4
        in in IN prep 1
        Croatia Croatia NNP pobj 2
        protested protest VBD ROOT 4
        . . . punct 4
        """,
        ents=((1, 2, "NORP"), (3, 4, "GPE")),
    )
    assert [(m.actor.text, m.actor.label, m.actor.country, m.type) for m in found] == [
        ("Ethnic Serbs in Croatia", "GROUP", "HRV", "PROTEST")
    ]


def test_a_place_target_resolves_to_its_state_or_local_authority() -> None:
    from kg.extract import ActorRef
    from kg.resolve import ActorResolver

    resolver = ActorResolver([], "A sentence.", "2004-05-01")
    territory = resolver.resolve(ActorRef("the West Bank", "PLACE", 0, 13))
    town = resolver.resolve(ActorRef("Kirkuk", "PLACE", 0, 6))
    assert territory is not None and (territory.id, territory.kind) == ("PSE", "state")
    assert town is not None and (town.kind, town.country) == ("government", "IRQ")


def test_a_nonstate_group_is_a_group_of_the_state_its_demonym_names() -> None:
    # "Angry Chilean miners detained two managers." -> a group of Chile, not Chile itself.
    found = events(
        """
        Angry angry JJ amod 2
        Chilean Chilean JJ amod 2
        strikers strikers NNS nsubj 3
        detained detain VBD ROOT 3
        two two CD nummod 5
        managers manager NNS dobj 3
        . . . punct 3
        """,
        ents=((1, 2, "NORP"),),
    )
    actor = found[0].actor
    assert (actor.text, actor.label, actor.role, actor.country) == (
        "Angry Chilean strikers",
        "GROUP",
        "strikers",
        "CHL",
    )


def test_a_group_is_located_by_a_region_demonym() -> None:
    # "Troops attacked Chechen separatists."
    found = events(
        """
        Troops troops NNS nsubj 1
        attacked attack VBD ROOT 1
        Chechen Chechen JJ amod 3
        separatists separatists NNS dobj 1
        . . . punct 1
        """,
        ents=((2, 3, "NORP"),),
    )
    target = found[0].target
    assert target is not None
    assert (target.text, target.label, target.country) == ("Chechen separatists", "GROUP", "RUS")


def test_a_group_is_located_by_the_place_it_is_in() -> None:
    # "Troops attacked refugees in Darfur."
    found = events(
        """
        Troops troops NNS nsubj 1
        attacked attack VBD ROOT 1
        refugees refugees NNS dobj 1
        in in IN prep 2
        Darfur Darfur NNP pobj 3
        . . . punct 1
        """,
        ents=((4, 5, "GPE"),),
    )
    target = found[0].target
    assert target is not None
    assert (target.text, target.label, target.country) == ("refugees in Darfur", "GROUP", "SDN")


def test_a_group_spread_across_a_country_is_located_there() -> None:
    # "Students across Kenya boycotted classes."
    found = events(
        """
        Students students NNS nsubj 3
        across across IN prep 0
        Kenya Kenya NNP pobj 1
        boycotted boycott VBD ROOT 3
        classes class NNS dobj 3
        . . . punct 3
        """,
        ents=((2, 3, "GPE"),),
    )
    actor = found[0].actor
    assert (actor.text, actor.label, actor.country) == ("Students across Kenya", "GROUP", "KEN")


def test_an_ethnic_demonym_does_not_locate_a_group() -> None:
    # "Police arrested 40 ethnic Uzbek activists." -> activists, but not Uzbekistan's.
    found = events(
        """
        Police police NNS nsubj 1
        arrested arrest VBD ROOT 1
        40 40 CD nummod 5
        ethnic ethnic JJ amod 4
        Uzbek Uzbek JJ amod 5
        activists activists NNS dobj 1
        . . . punct 1
        """,
        ents=((4, 5, "NORP"),),
    )
    target = found[0].target
    assert target is not None and (target.text, target.country) == ("ethnic Uzbek activists", None)


def test_a_bare_unlocated_group_names_no_one() -> None:
    # "The army detained students." -> no target to code
    found = events(
        """
        The the DT det 1
        army army NN nsubj 2
        detained detain VBD ROOT 2
        students students NNS dobj 2
        . . . punct 2
        """,
    )
    assert [m.target for m in found] == [None]


def test_a_region_locates_groups_but_not_offices() -> None:
    # "Kosovo's government criticised Belgrade." -> not Serbia's government
    found = events(
        """
        Kosovo Kosovo NNP poss 2
        's 's POS case 0
        government government NN nsubj 3
        criticised criticise VBD ROOT 3
        Belgrade Belgrade NNP dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert found[0].actor.country is None


def test_actors_coordinated_inside_a_group_name_act_each() -> None:
    # "The Peruvian government and Shining Path rebels resumed talks." (misparsed: the
    # government and the organisation are modifiers of "rebels")
    found = events(
        """
        The the DT det 2
        Peruvian Peruvian JJ amod 2
        government government NN nmod 6
        and and CC cc 2
        Shining Shining NNP compound 5
        Path Path NNP conj 2
        rebels rebels NNS nsubj 7
        resumed resume VBD ROOT 7
        talks talk NNS dobj 7
        . . . punct 7
        """,
        ents=((1, 2, "NORP"), (4, 6, "ORG")),
    )
    assert [(m.actor.text, m.actor.country, m.type, m.target and m.target.text) for m in found] == [
        ("The Peruvian government", "PER", "CONSULT", "Shining Path")
    ]


def test_troops_offered_are_no_target_whom_they_go_to_is() -> None:
    # "Chad offered its soldiers to the Malian government."
    found = events(
        """
        Chad Chad NNP nsubj 1
        offered offer VBD ROOT 1
        its its PRP$ poss 3
        soldiers soldiers NNS dobj 1
        to to IN prep 1
        the the DT det 7
        Malian Malian JJ amod 7
        government government NN pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (6, 7, "NORP")),
    )
    assert triples(found) == [("Chad", "AGREE", "the Malian government")]


def test_a_threat_is_addressed_to_whoever_its_condition_is_on() -> None:
    # "Ghana threatened to walk out unless Togo apologises."
    found = events(
        """
        Ghana Ghana NNP nsubj 1
        threatened threaten VBD ROOT 1
        to to TO aux 3
        walk walk VB xcomp 1
        out out RP prt 3
        unless unless IN mark 7
        Togo Togo NNP nsubj 7
        apologises apologise VBZ advcl 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (6, 7, "GPE")),
    )
    assert ("Ghana", "THREATEN", "Togo") in triples(found)


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


def test_the_owner_of_an_attacked_thing_named_with_of_is_the_target() -> None:
    # "Azerbaijani troops shelled positions of the Armenian army."
    found = events(
        """
        Azerbaijani Azerbaijani JJ amod 1
        troops troops NNS nsubj 2
        shelled shell VBD ROOT 2
        positions position NNS dobj 2
        of of IN prep 3
        the the DT det 7
        Armenian Armenian JJ amod 7
        army army NN pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (6, 7, "NORP")),
    )
    assert [m.target and (m.target.text, m.target.country) for m in found] == [
        ("the Armenian army", "ARM")
    ]


def test_a_place_named_with_of_is_no_owner() -> None:
    # "Azerbaijani troops shelled the town of Stepanakert." -> the place, not an owner
    found = events(
        """
        Azerbaijani Azerbaijani JJ amod 1
        troops troops NNS nsubj 2
        shelled shell VBD ROOT 2
        the the DT det 4
        town town NN dobj 2
        of of IN prep 4
        Stepanakert Stepanakert NNP pobj 5
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (6, 7, "GPE")),
    )
    assert all(m.target is None or m.target.label == "PLACE" for m in found)


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


def test_to_parsed_as_a_dative_names_the_target() -> None:
    # "Norway granted asylum to the Eritrean officers."
    found = events(
        """
        Norway Norway NNP nsubj 1
        granted grant VBD ROOT 1
        asylum asylum NN dobj 1
        to to IN dative 1
        the the DT det 6
        Eritrean Eritrean JJ amod 6
        officers officers NNS pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "NORP")),
    )
    assert [(m.type, m.target and m.target.country) for m in found] == [("AID", "ERI")]


def test_opposition_leaders_are_a_group_not_their_state() -> None:
    # "Kenya expelled two Ugandan opposition leaders." / "... two opposition leaders."
    rows = """
        Kenya Kenya NNP nsubj 1
        expelled expel VBD ROOT 1
        two two CD nummod 5
        Ugandan Ugandan JJ amod 5
        opposition opposition NN compound 5
        leaders leaders NNS dobj 1
        . . . punct 1
        """
    found = events(rows, ents=((0, 1, "GPE"), (3, 4, "NORP")))
    target = found[0].target
    assert target is not None
    assert (target.text, target.label, target.country) == (
        "Ugandan opposition leaders",
        "GROUP",
        "UGA",
    )
    unnamed = events(
        rows.replace("Ugandan Ugandan JJ amod 5", "exiled exiled JJ amod 5"), ents=((0, 1, "GPE"),)
    )
    assert [m.target for m in unnamed] == [None]  # unlocated and unnamed: no one in particular


def test_a_complaint_targets_what_it_is_over_not_whom_it_is_made_to() -> None:
    # "Kenya complained to the African Union over Somali raids."
    found = events(
        """
        Kenya Kenya NNP nsubj 1
        complained complain VBD ROOT 1
        to to IN prep 1
        the the DT det 5
        African African NNP compound 5
        Union Union NNP pobj 2
        over over IN prep 1
        Somali Somali JJ amod 8
        raids raid NNS pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 6, "ORG"), (7, 8, "NORP")),
    )
    assert [(m.type, m.target and m.target.country) for m in found] == [("ACCUSE", "SOM")]


def test_whom_an_action_allows_to_act_is_its_target() -> None:
    # "The court allowed Odinga to run."
    found = events(
        """
        The the DT det 1
        court court NN nsubj 2
        allowed allow VBD ROOT 2
        Odinga Odinga NNP nsubj 5
        to to TO aux 5
        run run VB ccomp 2
        . . . punct 2
        """,
        ents=((3, 4, "PERSON"),),
    )
    assert [(m.type, m.target and m.target.text) for m in found] == [("CONCEDE", "Odinga")]


def test_force_used_for_a_purpose_targets_the_purpose_s_object() -> None:
    # "Police opened fire to disperse Tamil protesters, killing two and arresting nine."
    found = events(
        """
        Police police NNS nsubj 1
        opened open VBD ROOT 1
        fire fire NN dobj 1
        to to TO aux 4
        disperse disperse VB advcl 1
        Tamil Tamil JJ amod 6
        protesters protesters NNS dobj 4
        , , , punct 1
        killing kill VBG advcl 1
        two two CD dobj 8
        and and CC cc 8
        arresting arrest VBG conj 8
        nine nine CD dobj 11
        . . . punct 1
        """,
        ents=((5, 6, "NORP"),),
    )
    assert [(m.action, m.target and m.target.text) for m in found] == [
        ("fire", "Tamil protesters"),  # "opened fire" is itself a use of force
        ("kill", "Tamil protesters"),
        ("arrest", "Tamil protesters"),
    ]


def test_a_warning_targets_whom_the_warned_action_is_done_to() -> None:
    # "The governor warned that police will break up rallies by the Ogoni group."
    found = events(
        """
        The the DT det 1
        governor governor NN nsubj 2
        warned warn VBD ROOT 2
        that that IN mark 6
        police police NNS nsubj 6
        will will AUX:MD aux 6
        break break VB ccomp 2
        up up RP prt 6
        rallies rally NNS dobj 6
        by by IN prep 8
        the the DT det 12
        Ogoni Ogoni NNP compound 12
        group group NN pobj 9
        . . . punct 2
        """,
        ents=((11, 12, "ORG"),),
    )
    assert ("The governor", "THREATEN", "Ogoni") in triples(found)


def test_what_is_demanded_from_someone_targets_them() -> None:
    # "Tuareg leaders demanded autonomy from the Malian government."
    found = events(
        """
        Tuareg Tuareg NNP compound 1
        leaders leaders NNS nsubj 2
        demanded demand VBD ROOT 2
        autonomy autonomy NN dobj 2
        from from IN prep 3
        the the DT det 7
        Malian Malian JJ amod 7
        government government NN pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (6, 7, "NORP")),
    )
    assert [(m.type, m.target and m.target.country) for m in found] == [("REQUEST", "MLI")]


def test_forces_mobilised_for_a_war_target_its_enemy() -> None:
    # "Ethiopia mobilised reservists for a war against Eritrea."
    found = events(
        """
        Ethiopia Ethiopia NNP nsubj 1
        mobilised mobilize VBD ROOT 1
        reservists reservist NNS dobj 1
        for for IN prep 1
        a a DT det 5
        war war NN pobj 3
        against against IN prep 5
        Eritrea Eritrea NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "GPE")),
    )
    assert triples(found) == [("Ethiopia", "MOBILIZE", "Eritrea")]


def test_an_inquiry_into_acts_done_by_someone_targets_them() -> None:
    # "Uganda opened an investigation into abuses committed by Congolese troops."
    found = events(
        """
        Uganda Uganda NNP nsubj 1
        opened open VBD ROOT 1
        an an DT det 3
        investigation investigation NN dobj 1
        into into IN prep 3
        abuses abuse NNS pobj 4
        committed commit VBN acl 5
        by by IN agent 6
        Congolese Congolese JJ amod 9
        troops troops NNS pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (8, 9, "NORP")),
    )
    assert [(m.type, m.target and m.target.country) for m in found] == [("ACCUSE", "COD")]


def test_a_refusal_to_answer_a_demand_targets_whoever_made_it() -> None:
    # "Maduro refused to respond to a demand from the Colombian president."
    found = events(
        """
        Maduro Maduro NNP nsubj 1
        refused refuse VBD ROOT 1
        to to TO aux 3
        respond respond VB xcomp 1
        to to IN prep 3
        a a DT det 6
        demand demand NN pobj 4
        from from IN prep 6
        the the DT det 10
        Colombian Colombian JJ amod 10
        president president NN pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (9, 10, "NORP")),
    )
    assert [(m.type, m.target and (m.target.role, m.target.country)) for m in found] == [
        ("REJECT", ("president", "COL"))
    ]


def test_a_member_of_a_national_body_carries_its_country() -> None:
    # "A member of the Nepali parliament, Ram Thapa, began a hunger strike."
    doc = parsed(
        """
        A a DT det 1
        member member NN nsubj 10
        of of IN prep 1
        the the DT det 5
        Nepali Nepali JJ amod 5
        parliament parliament NN pobj 2
        , , , punct 1
        Ram Ram NNP compound 8
        Thapa Thapa NNP appos 1
        , , , punct 1
        began begin VBD ROOT 10
        a a DT det 13
        hunger hunger NN compound 13
        strike strike NN dobj 10
        . . . punct 10
        """,
        ents=((4, 5, "NORP"), (7, 9, "PERSON")),
    )
    thapa = [r for r in named_actor_refs(doc) if r.label == "PERSON"]
    assert [(r.text, r.country) for r in thapa] == [("Ram Thapa", "NPL")]


def test_whom_an_attacked_place_is_for_is_the_target() -> None:
    # "Chadian gunmen attacked a camp for Sudanese refugees." -> the refugees
    found = events(
        """
        Chadian Chadian JJ amod 1
        gunmen gunmen NNS nsubj 2
        attacked attack VBD ROOT 2
        a a DT det 4
        camp camp NN dobj 2
        for for IN prep 4
        Sudanese Sudanese JJ amod 7
        refugees refugees NNS pobj 5
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (6, 7, "NORP")),
    )
    assert [m.target and (m.target.text, m.target.country) for m in found] == [
        ("Sudanese refugees", "SDN")
    ]


def test_a_people_that_is_no_state_owning_a_thing_is_the_target() -> None:
    # "Turkish jets bombed Yazidi villages." -> the Yazidis, not a state
    found = events(
        """
        Turkish Turkish JJ amod 1
        jets jets NNS nsubj 2
        bombed bomb VBD ROOT 2
        Yazidi Yazidi JJ amod 4
        villages village NNS dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "NORP"), (3, 4, "NORP")),
    )
    assert [m.target and (m.target.text, m.target.label) for m in found] == [("Yazidi", "GROUP")]


def test_abducted_schoolchildren_are_a_group_of_their_state() -> None:
    # "Ansaru militants abducted dozens of Malian schoolchildren."
    found = events(
        """
        Ansaru Ansaru NNP compound 1
        militants militants NNS nsubj 2
        abducted abduct VBD ROOT 2
        dozens dozens NNS dobj 2
        of of IN prep 3
        Malian Malian JJ amod 6
        schoolchildren schoolchildren NNS pobj 4
        . . . punct 2
        """,
        ents=((0, 1, "ORG"), (5, 6, "NORP")),
    )
    assert [m.target and (m.target.text, m.target.country) for m in found] == [
        ("Malian schoolchildren", "MLI")
    ]


def test_a_group_led_by_a_state_acts_for_it() -> None:
    # "Kenyan-led troops shelled Kismayo." (the tokenizer splits "Kenyan-led")
    found = events(
        """
        Kenyan Kenyan NNP npadvmod 2
        - - HYPH punct 2
        led lead VBN amod 3
        troops troops NNS nsubj 4
        shelled shell VBD ROOT 4
        Kismayo Kismayo NNP dobj 4
        . . . punct 4
        """,
        ents=((0, 1, "NORP"), (5, 6, "GPE")),
    )
    assert [(m.actor.role, m.actor.country) for m in found] == [("troops", "KEN")]


def test_whom_an_accusation_names_comes_before_what_it_is_over() -> None:
    # "Peru criticised Chile over Bolivian claims."
    found = events(
        """
        Peru Peru NNP nsubj 1
        criticised criticise VBD ROOT 1
        Chile Chile NNP dobj 1
        over over IN prep 1
        Bolivian Bolivian JJ amod 5
        claims claim NNS pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "NORP")),
    )
    assert triples(found) == [("Peru", "ACCUSE", "Chile")]


def test_consent_to_an_action_targets_whoever_does_it() -> None:
    # "Damascus accepted the return of Arab League monitors."
    found = events(
        """
        Damascus Damascus NNP nsubj 1
        accepted accept VBD ROOT 1
        the the DT det 3
        return return NN dobj 1
        of of IN prep 3
        Arab Arab NNP compound 6
        League League NNP compound 7
        monitors monitors NNS pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 7, "ORG")),
    )
    assert triples(found) == [("Damascus", "AGREE", "Arab League")]


def test_they_reported_by_plural_speakers_is_the_speakers() -> None:
    # "The Chechen rebels said they would free the hostages."
    found = events(
        """
        The the DT det 2
        Chechen Chechen JJ amod 2
        rebels rebel NNS nsubj 3
        said say VBD ROOT 3
        they they PRP nsubj 6
        would would AUX:MD aux 6
        free free VB ccomp 3
        the the DT det 8
        hostages hostage NNS dobj 6
        . . . punct 3
        """,
        ents=((1, 2, "NORP"),),
    )
    coded = [m for m in found if m.type != "STATEMENT"]
    assert [(m.actor.text, m.type, m.action) for m in coded] == [
        ("Chechen rebels", "AGREE", "free")
    ]


def test_they_reported_by_one_speaker_is_someone_else() -> None:
    # "Iran said they would free the hostages."
    found = events(
        """
        Iran Iran NNP nsubj 1
        said say VBD ROOT 1
        they they PRP nsubj 4
        would would AUX:MD aux 4
        free free VB ccomp 1
        the the DT det 6
        hostages hostage NNS dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert [m.type for m in found] == ["STATEMENT"]


def test_participle_on_a_statement_says_what_its_issuer_says() -> None:
    # "Hamas issued a statement condemning Israel."
    found = events(
        """
        Hamas Hamas NNP nsubj 1
        issued issue VBD ROOT 1
        a a DT det 3
        statement statement NN dobj 1
        condemning condemn VBG acl 3
        Israel Israel NNP dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (5, 6, "GPE")),
    )
    assert ("Hamas", "ACCUSE", "Israel") in triples(found)


def test_a_promise_to_harm_is_a_threat() -> None:
    # "Egypt vowed to attack Israel."
    found = events(
        """
        Egypt Egypt NNP nsubj 1
        vowed vow VBD ROOT 1
        to to TO aux 3
        attack attack VB xcomp 1
        Israel Israel NNP dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Egypt", "THREATEN", "Israel")]
    assert found[0].cameo == "138"


def test_protest_noun_without_actor_is_by_the_people_where_it_happens() -> None:
    # "Protests in Georgia against Russia continued."
    found = events(
        """
        Protests protest NNS nsubj 5
        in in IN prep 0
        Georgia Georgia NNP pobj 1
        against against IN prep 0
        Russia Russia NNP pobj 3
        continued continue VBD ROOT 5
        . . . punct 5
        """,
        ents=((2, 3, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Georgia", "PROTEST", "Russia")]


def test_protest_noun_with_a_demonym_is_by_that_people() -> None:
    # "Iranian protests against the United States grew."
    found = events(
        """
        Iranian iranian JJ amod 1
        protests protest NNS nsubj 6
        against against IN prep 1
        the the DT det 5
        United United NNP compound 5
        States States NNP pobj 2
        grew grow VBD ROOT 6
        . . . punct 6
        """,
        ents=((0, 1, "NORP"), (4, 6, "GPE")),
    )
    assert triples(found) == [("Iranian", "PROTEST", "United States")]


def test_talks_walked_out_of_are_not_held() -> None:
    # "Iran walked out of the talks with Britain."
    found = events(
        """
        Iran Iran NNP nsubj 1
        walked walk VBD ROOT 1
        out out RP prt 1
        of of IN prep 1
        the the DT det 5
        talks talk NNS pobj 3
        with with IN prep 5
        Britain Britain NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "GPE")),
    )
    assert [m.type for m in found] == ["SANCTION"]


def test_an_organisation_named_before_a_common_noun_is_the_actor() -> None:
    # "The Islamic Jihad movement rejected the offer."
    found = events(
        """
        The the DT det 3
        Islamic Islamic NNP compound 2
        Jihad Jihad NNP compound 3
        movement movement NN nsubj 4
        rejected reject VBD ROOT 4
        the the DT det 6
        offer offer NN dobj 4
        . . . punct 4
        """,
        ents=((1, 3, "ORG"),),
    )
    assert [(m.actor.text, m.type) for m in found] == [("Islamic Jihad", "REJECT")]


def test_an_event_noun_does_not_stand_for_the_organisation_before_it() -> None:
    # "The NATO summit opened." -- no actor, no event
    found = events(
        """
        The the DT det 2
        NATO NATO NNP compound 2
        summit summit NN nsubj 3
        opened open VBD ROOT 3
        . . . punct 3
        """,
        ents=((1, 2, "ORG"),),
    )
    assert found == []


def test_a_conjunct_shares_the_refusal_of_its_complement() -> None:
    # "Iran refused to free the sailors and return the boats."
    found = events(
        """
        Iran Iran NNP nsubj 1
        refused refuse VBD ROOT 1
        to to TO aux 3
        free free VB xcomp 1
        the the DT det 5
        sailors sailor NNS dobj 3
        and and CC cc 3
        return return VB conj 3
        the the DT det 9
        boats boat NNS dobj 7
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert [m.type for m in found] == ["REJECT"]


def test_an_action_announced_unless_another_acts_is_an_ultimatum() -> None:
    # "Nigeria will withdraw its troops from Chad unless Chad holds talks."
    found = events(
        """
        Nigeria Nigeria NNP nsubj 2
        will will AUX:MD aux 2
        withdraw withdraw VB ROOT 2
        its its PRP$ poss 4
        troops troop NNS dobj 2
        from from IN prep 2
        Chad Chad NNP pobj 5
        unless unless IN mark 9
        Chad Chad NNP nsubj 9
        holds hold VBZ advcl 2
        talks talk NNS dobj 9
        . . . punct 2
        """,
        ents=((0, 1, "GPE"), (6, 7, "GPE"), (8, 9, "GPE")),
    )
    threats = [m for m in found if m.actor.text == "Nigeria"]
    assert [(m.type, m.cameo) for m in threats] == [("THREATEN", "139")]


def test_forces_engaged_in_fighting_are_its_actors() -> None:
    # "Sudanese forces were engaged in fighting."
    found = events(
        """
        Sudanese sudanese JJ amod 1
        forces force NNS nsubjpass 3
        were be AUX:VBD auxpass 3
        engaged engage VBN ROOT 3
        in in IN prep 3
        fighting fighting NN pobj 4
        . . . punct 3
        """,
        ents=((0, 1, "NORP"),),
    )
    assert [(m.type, m.action) for m in found] == [("ASSAULT", "fighting")]
    assert found[0].actor.country == "SDN"


def test_returning_somewhere_is_travel_not_a_return_of_property() -> None:
    # "Iran returned to Geneva."
    found = events(
        """
        Iran Iran NNP nsubj 1
        returned return VBD ROOT 1
        to to IN prep 1
        Geneva Geneva NNP pobj 2
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "GPE")),
    )
    assert found == []


def test_alleged_or_planned_event_nouns_are_not_events() -> None:
    # "Iran condemned the alleged attack by Israel."
    found = events(
        """
        Iran Iran NNP nsubj 1
        denounced denounce VBD ROOT 1
        the the DT det 4
        alleged alleged JJ amod 4
        attack attack NN dobj 1
        by by IN prep 4
        Israel Israel NNP pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (6, 7, "GPE")),
    )
    assert [m.type for m in found] == ["ACCUSE"]


def test_a_group_named_by_its_organisation_acts_for_it() -> None:
    # "The Hamas group declared a ceasefire."
    found = events(
        """
        The the DT det 2
        Hamas Hamas NNP compound 2
        group group NN nsubj 3
        declared declare VBD ROOT 3
        a a DT det 5
        ceasefire ceasefire NN dobj 3
        . . . punct 3
        """,
        ents=((1, 2, "ORG"),),
    )
    assert [(m.actor.text, m.type) for m in found] == [("Hamas", "RETREAT")]


def test_a_promise_to_harm_parsed_as_a_purpose_clause_is_a_threat() -> None:
    # "Egypt vowed to fight on."
    found = events(
        """
        Egypt Egypt NNP nsubj 1
        vowed vow VBD ROOT 1
        to to TO aux 3
        fight fight VB advcl 1
        on on RP prt 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert [(m.type, m.cameo) for m in found] == [("THREATEN", "138")]


def test_what_a_protest_is_against_is_its_grounds_not_news() -> None:
    # "Kurds staged a hunger strike in protest at Turkey's refusal."
    found = events(
        """
        Kurds Kurds NNPS nsubj 1
        staged stage VBD ROOT 1
        a a DT det 4
        hunger hunger NN compound 4
        strike strike NN dobj 1
        in in IN prep 1
        protest protest NN pobj 5
        at at IN prep 6
        Turkey Turkey NNP poss 10
        's 's POS case 8
        refusal refusal NN pobj 7
        . . . punct 1
        """,
        ents=((0, 1, "NORP"), (8, 9, "GPE")),
    )
    assert [m.type for m in found] == ["PROTEST"]


def test_an_advocated_action_is_not_done() -> None:
    # "Hamas, which advocates Israel's destruction, ..." -- no destruction happened
    found = events(
        """
        Hamas Hamas NNP nsubj 1
        advocates advocate VBZ ROOT 1
        Israel Israel NNP poss 4
        's 's POS case 2
        destruction destruction NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "ORG"), (2, 3, "GPE")),
    )
    assert found == []


def test_an_attempted_assassination_is_an_assault() -> None:
    # "Syria tried to assassinate the envoy."
    found = events(
        """
        Syria Syria NNP nsubj 1
        tried try VBD ROOT 1
        to to TO aux 3
        assassinate assassinate VB xcomp 1
        the the DT det 5
        envoy envoy NN dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"),),
    )
    assert [(m.actor.text, m.type, m.cameo) for m in found] == [("Syria", "ASSAULT", "185")]


def test_a_meeting_tried_is_not_a_meeting() -> None:
    # "Iran tried to meet Britain."
    found = events(
        """
        Iran Iran NNP nsubj 1
        tried try VBD ROOT 1
        to to TO aux 3
        meet meet VB xcomp 1
        Britain Britain NNP dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert found == []


def test_a_meeting_walked_out_of_is_not_held() -> None:
    # "Iran walked out of the meeting with Britain." ("out" parsed as a preposition)
    found = events(
        """
        Iran Iran NNP nsubj 1
        walked walk VBD ROOT 1
        out out IN prep 1
        of of IN prep 2
        the the DT det 5
        meeting meeting NN pobj 3
        with with IN prep 5
        Britain Britain NNP pobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (7, 8, "GPE")),
    )
    assert [m.type for m in found] == ["SANCTION"]


def test_the_actors_own_troops_are_no_target() -> None:
    # "Iraq withdrew its troops from Kuwait."
    found = events(
        """
        Iraq Iraq NNP nsubj 1
        withdrew withdraw VBD ROOT 1
        its its PRP$ poss 3
        troops troops NNS dobj 1
        from from IN prep 1
        Kuwait Kuwait NNP pobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert triples(found) == [("Iraq", "RETREAT", "Kuwait")]


def test_to_parsed_as_a_dative_still_names_the_target() -> None:
    # "Japan provided aid to Nepal." ("to" parsed as a dative)
    found = events(
        """
        Japan Japan NNP nsubj 1
        provided provide VBD ROOT 1
        aid aid NN dobj 1
        to to IN dative 1
        Nepal Nepal NNP pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Japan", "AID", "Nepal")]


def test_an_envoy_summoned_to_hear_a_protest_is_an_official_complaint() -> None:
    # "Turkey summoned the German envoy to protest the remarks."
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        summoned summon VBD ROOT 1
        the the DT det 4
        German german JJ amod 4
        envoy envoy NN dobj 1
        to to TO aux 6
        protest protest VB advcl 1
        the the DT det 8
        remarks remark NNS dobj 6
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "NORP")),
    )
    assert [(m.actor.text, m.type, m.cameo) for m in found] == [("Turkey", "ACCUSE", "114")]


def test_a_summons_for_talks_stays_a_request() -> None:
    # "Turkey summoned the German envoy."
    found = events(
        """
        Turkey Turkey NNP nsubj 1
        summoned summon VBD ROOT 1
        the the DT det 4
        German german JJ amod 4
        envoy envoy NN dobj 1
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (3, 4, "NORP")),
    )
    assert [m.type for m in found] == ["REQUEST"]


def test_force_used_by_protesters_is_a_violent_protest() -> None:
    # "Iraqi protesters stormed the embassy."
    found = events(
        """
        Iraqi iraqi JJ amod 1
        protesters protester NNS nsubj 2
        stormed storm VBD ROOT 2
        the the DT det 4
        embassy embassy NN dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "NORP"),),
    )
    assert [(m.type, m.cameo) for m in found] == [("PROTEST", "145")]


def test_force_used_by_troops_stays_an_assault() -> None:
    # "Iraqi troops stormed the embassy."
    found = events(
        """
        Iraqi iraqi JJ amod 1
        troops troops NNS nsubj 2
        stormed storm VBD ROOT 2
        the the DT det 4
        embassy embassy NN dobj 2
        . . . punct 2
        """,
        ents=((0, 1, "NORP"),),
    )
    assert [m.type for m in found] == ["ASSAULT"]


def test_people_withdrawn_from_a_country_target_the_country() -> None:
    # "The UN withdrew inspectors and aid workers from Iraq."
    found = events(
        """
        The the DT det 1
        UN UN NNP nsubj 2
        withdrew withdraw VBD ROOT 2
        inspectors inspector NNS dobj 2
        and and CC cc 3
        workers workers NNS conj 3
        from from IN prep 2
        Iraq Iraq NNP pobj 6
        . . . punct 2
        """,
        ents=((1, 2, "ORG"), (7, 8, "GPE")),
    )
    assert [(m.type, m.target.text if m.target else None) for m in found] == [("SANCTION", "Iraq")]


def test_aid_for_a_country_targets_it() -> None:
    # "Japan agreed to provide aid for Nepal."
    found = events(
        """
        Japan Japan NNP nsubj 1
        agreed agree VBD ROOT 1
        to to TO aux 3
        provide provide VB xcomp 1
        aid aid NN dobj 3
        for for IN prep 3
        Nepal Nepal NNP pobj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (6, 7, "GPE")),
    )
    assert triples(found) == [("Japan", "AGREE", "Nepal")]


def test_the_owner_of_a_mediation_between_two_parties_mediates_between_both() -> None:
    # "Egypt's mediation between Israel and Hamas succeeded."
    found = events(
        """
        Egypt Egypt NNP poss 2
        's 's POS case 0
        mediation mediation NN nsubj 7
        between between IN prep 2
        Israel Israel NNP pobj 3
        and and CC cc 4
        Hamas Hamas NNP conj 4
        succeeded succeed VBD ROOT 7
        . . . punct 7
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "ORG")),
    )
    assert triples(found) == [("Egypt", "CONSULT", "Israel"), ("Egypt", "CONSULT", "Hamas")]


def test_a_promised_harm_named_by_a_noun_is_a_threat() -> None:
    # "Iran vowed revenge against Israel."
    found = events(
        """
        Iran Iran NNP nsubj 1
        vowed vow VBD ROOT 1
        revenge revenge NN dobj 1
        against against IN prep 2
        Israel Israel NNP pobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert triples(found) == [("Iran", "THREATEN", "Israel")]


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


def test_their_forces_reported_by_plural_speakers_are_the_speakers() -> None:
    # "The Chechen rebels said their fighters had freed the hostages."
    found = events(
        """
        The the DT det 2
        Chechen Chechen JJ amod 2
        rebels rebel NNS nsubj 3
        said say VBD ROOT 3
        their their PRP$ poss 5
        fighters fighters NNS nsubj 7
        had have AUX:VBD aux 7
        freed free VBN ccomp 3
        the the DT det 9
        hostages hostage NNS dobj 7
        . . . punct 3
        """,
        ents=((1, 2, "NORP"),),
    )
    coded = [m for m in found if m.type != "STATEMENT"]
    assert [(m.actor.text, m.type) for m in coded] == [("Chechen rebels", "RETREAT")]


def test_a_demonym_before_an_attack_noun_names_the_attacker() -> None:
    # "Israeli air strikes on Gaza continued."
    found = events(
        """
        Israeli israeli JJ amod 2
        air air NN compound 2
        strikes strike NNS nsubj 5
        on on IN prep 2
        Gaza Gaza NNP pobj 3
        continued continue VBD ROOT 5
        . . . punct 5
        """,
        ents=((0, 1, "NORP"), (4, 5, "GPE")),
    )
    assert [(m.actor.country, m.type, m.target.text if m.target else None) for m in found] == [
        ("ISR", "ASSAULT", "Gaza")
    ]


def test_a_mediator_acts_on_the_parties_it_goes_between() -> None:
    # "Qatar brokered a truce between Israel and Hamas."
    found = events(
        """
        Qatar Qatar NNP nsubj 1
        brokered broker VBD ROOT 1
        a a DT det 3
        truce truce NN dobj 1
        between between IN prep 3
        Israel Israel NNP pobj 4
        and and CC cc 5
        Hamas Hamas NNP conj 5
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE"), (7, 8, "ORG")),
    )
    brokered = [t for t in triples(found) if t[0] == "Qatar"]
    assert brokered == [("Qatar", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")]


def test_a_call_for_sanctions_against_a_state_rallies_opposition_to_it() -> None:
    # "Tutu on Sunday called for sanctions against Nigeria."
    found = events(
        """
        Tutu Tutu NNP nsubj 3
        on on IN prep 3
        Sunday Sunday NNP pobj 1
        called call VBD ROOT 3
        for for IN prep 3
        sanctions sanction NNS pobj 4
        against against IN prep 5
        Nigeria Nigeria NNP pobj 6
        . . . punct 3
        """,
        ents=((0, 1, "PERSON"), (2, 3, "DATE"), (7, 8, "GPE")),
    )
    assert triples(found) == [("Tutu", "ACCUSE", "Nigeria")]
    assert found[0].cameo == "113"


def test_a_call_on_someone_to_impose_sanctions_stays_a_request_of_them() -> None:
    # "France called on the EU to impose sanctions on Iran."
    found = events(
        """
        France France NNP nsubj 1
        called call VBD ROOT 1
        on on IN prep 1
        the the DT det 4
        EU EU NNP pobj 2
        to to TO aux 6
        impose impose VB xcomp 1
        sanctions sanction NNS dobj 6
        on on IN prep 7
        Iran Iran NNP pobj 8
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "ORG"), (9, 10, "GPE")),
    )
    assert [(m.type, m.target.text if m.target else None) for m in found] == [("REQUEST", "EU")]


def test_force_being_readied_is_a_show_of_force() -> None:
    # "Iraq prepared to attack Iran." (getting ready, not merely willing)
    found = events(
        """
        Iraq Iraq NNP nsubj 1
        prepared prepare VBD ROOT 1
        to to TO aux 3
        attack attack VB xcomp 1
        Iran Iran NNP dobj 3
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (4, 5, "GPE")),
    )
    assert [(m.type, m.cameo) for m in found] == [("MOBILIZE", "152")]


def test_force_one_is_prepared_to_use_is_a_threat() -> None:
    # "Iraq is prepared to attack Iran."
    found = events(
        """
        Iraq Iraq NNP nsubj 1
        is be AUX:VBZ ROOT 1
        prepared prepare VBN acomp 1
        to to TO aux 4
        attack attack VB xcomp 2
        Iran Iran NNP dobj 4
        . . . punct 1
        """,
        ents=((0, 1, "GPE"), (5, 6, "GPE")),
    )
    assert [(m.type, m.cameo) for m in found] == [("THREATEN", "138")]


# --- rules from real Guardian sentences ---------------------------------------------------


def test_joint_fighters_fight_each_other() -> None:
    # "Israel and Hezbollah fought a month-long war in 2006" (guardian, real-dev)
    found = events(
        """
        Israel Israel NNP nsubj 3
        and and CC cc 0
        Hezbollah Hezbollah NNP conj 0
        fought fight VBD ROOT 3
        a a DT det 5
        war war NN dobj 3
        . . . punct 3
        """,
        ents=((0, 1, "GPE"), (2, 3, "ORG")),
    )
    assert ("Israel", "ASSAULT", "Hezbollah") in triples(found)
    assert ("Hezbollah", "ASSAULT", "Israel") in triples(found)


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


def test_according_to_a_source_is_its_statement() -> None:
    # "There have been 123 deaths ..., according to the International Rescue Committee."
    found = events(
        """
        Deaths death NNS nsubj 1
        rose rise VBD ROOT 1
        , , , punct 1
        according accord VBG prep 1
        to to IN prep 3
        UNHCR UNHCR NNP pobj 4
        . . . punct 1
        """,
        ents=((5, 6, "ORG"),),
    )
    assert triples(found) == [("UNHCR", "STATEMENT", None)]
    assert found[0].rule == "according to"


def test_officials_of_a_people_with_no_state_are_a_group_of_their_own() -> None:
    # "Kurdish officials have said the international community is shirking ..."
    found = events(
        """
        Kurdish Kurdish JJ amod 1
        officials official NNS nsubj 3
        have have AUX:VBP aux 3
        said say VBD ROOT 3
        . . . punct 3
        """,
        ents=((0, 1, "NORP"),),
    )
    assert triples(found) == [("Kurdish officials", "STATEMENT", None)]
