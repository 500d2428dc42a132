"""What appositions and titles say of a named person (kg.affiliation), on Docs built by hand
from the parses the model gives real Guardian sentences, and what resolution does with it."""

from __future__ import annotations

import pytest
from conftest import parsed

from kg.affiliation import Affiliation, person_affiliations, shift_affiliation
from kg.extract import ActorRef
from kg.records import Actor
from kg.resolve import ActorResolver

# "Mustafa Bali, a spokesman for the SDF, said ..."
SPOKESMAN = parsed(
    """
    Mustafa Mustafa NNP compound 1
    Bali Bali NNP nsubj 9
    , , , punct 1
    a a DT det 4
    spokesman spokesman NN appos 1
    for for IN prep 4
    the the DT det 7
    SDF SDF NNP pobj 5
    , , , punct 1
    said say VBD ROOT 9
    """,
    ((0, 2, "PERSON"), (7, 8, "ORG")),
)
# "Russia's foreign minister, Sergei Lavrov, said ..."
MINISTER = parsed(
    """
    Russia Russia NNP poss 3
    's 's POS case 0
    foreign foreign JJ amod 3
    minister minister NN nsubj 8
    , , , punct 3
    Sergei Sergei NNP compound 6
    Lavrov Lavrov NNP appos 3
    , , , punct 3
    said say VBD ROOT 8
    """,
    ((0, 1, "GPE"), (5, 7, "PERSON")),
)
# "Alexander Bortnikov, head of Russia's federal security service, said ..."
HEAD_OF = parsed(
    """
    Alexander Alexander NNP compound 1
    Bortnikov Bortnikov NNP nsubj 11
    , , , punct 1
    head head NN appos 1
    of of IN prep 3
    Russia Russia NNP poss 9
    's 's POS case 5
    federal federal JJ amod 9
    security security NN compound 9
    service service NN pobj 4
    , , , punct 1
    said say VBD ROOT 11
    """,
    ((0, 2, "PERSON"), (5, 6, "GPE")),
)
# "His mother, Jane Lyndon, said ..."
MOTHER = parsed(
    """
    His his PRP$ poss 1
    mother mother NN nsubj 6
    , , , punct 1
    Jane Jane NNP compound 4
    Lyndon Lyndon NNP appos 1
    , , , punct 1
    said say VBD ROOT 6
    """,
    ((3, 5, "PERSON"),),
)
# "Shiyar Khalil, 32, said ..."
AGED = parsed(
    """
    Shiyar Shiyar NNP compound 1
    Khalil Khalil NNP nsubj 5
    , , , punct 1
    32 32 CD appos 1
    , , , punct 1
    said say VBD ROOT 5
    """,
    ((0, 2, "PERSON"),),
)
# "Richard Barrett, the former head of counter-terrorism at MI6, said ..."
FORMER = parsed(
    """
    Richard Richard NNP compound 1
    Barrett Barrett NNP nsubj 7
    , , , punct 1
    the the DT det 5
    former former JJ amod 5
    head head NN appos 1
    , , , punct 1
    said say VBD ROOT 7
    """,
    ((0, 2, "PERSON"),),
)

# "Fei Tang, the choir's founder, said ..."
FOUNDER = parsed(
    """
    Fei Fei NNP compound 1
    Tang Tang NNP nsubj 8
    , , , punct 1
    the the DT det 4
    choir choir NN poss 6
    's 's POS case 4
    founder founder NN appos 1
    , , , punct 1
    said say VBD ROOT 8
    """,
    ((0, 2, "PERSON"),),
)


def test_a_spokesman_for_a_body_speaks_for_its_state() -> None:
    (found,) = person_affiliations(SPOKESMAN)
    assert (found.name, found.role, found.country, found.political) == (
        "Mustafa Bali",
        "spokesman",
        "SYR",  # the SDF, through the gazetteer
        True,
    )


# "... said Ahmed al-Raqqawi, a 25-year-old anti-Isis fighter in the centre of Raqqa."
ANTI_ISIS_FIGHTER = parsed(
    """
    said say VBD ROOT 0
    Ahmed Ahmed NNP compound 4
    al al NNP compound 4
    - - HYPH punct 4
    Raqqawi Raqqawi NNP nsubj 0
    , , , punct 4
    a a DT det 15
    25 25 CD nummod 9
    - - HYPH punct 9
    year year NN npadvmod 11
    - - HYPH punct 11
    old old JJ amod 15
    anti anti JJ amod 15
    - - JJ amod 15
    Isis isis JJ amod 15
    fighter fighter NN appos 4
    """,
    ((1, 5, "PERSON"), (14, 15, "ORG")),
)


# "Neeta Helms, the founder and president of Classical Movements, the organisation behind the
# festival, said the choir's decision to avoid crossing the border was understandable."
FESTIVAL_FOUNDER = parsed(
    """
    Neeta Neeta NNP compound 1
    Helms Helms NNP nsubj 17
    , , , punct 1
    the the DT det 4
    founder founder NN appos 1
    and and CC cc 4
    president president NN conj 4
    of of IN prep 4
    Classical Classical NNP compound 9
    Movements Movements NNP pobj 7
    , , , punct 9
    the the DT det 12
    organisation organisation NN appos 9
    behind behind IN prep 12
    the the DT det 15
    festival festival NN pobj 13
    , , , punct 1
    said say VBD ROOT 17
    """,
    ((0, 2, "PERSON"), (8, 10, "ORG")),
)


def test_a_body_an_apposition_makes_a_private_one_has_private_office_holders() -> None:
    (found,) = person_affiliations(FESTIVAL_FOUNDER)
    assert (found.name, found.role, found.private, found.political) == (
        "Neeta Helms",
        "founder",
        True,  # the festival's organiser: a private person
        False,
    )


def test_a_body_named_after_anti_is_what_the_role_opposes() -> None:
    (found,) = person_affiliations(ANTI_ISIS_FIGHTER)
    assert (found.role, found.organisation, found.country, found.political) == (
        "fighter",
        None,  # no member of Isis
        None,
        True,
    )


@pytest.mark.parametrize(
    ("doc", "name"), [(MINISTER, "Sergei Lavrov"), (HEAD_OF, "Alexander Bortnikov")]
)
def test_a_possessive_state_gives_the_office_holder_its_country(doc: object, name: str) -> None:
    (found,) = person_affiliations(doc)  # type: ignore[arg-type]
    assert (found.name, found.country, found.political, found.private) == (name, "RUS", True, False)


@pytest.mark.parametrize(
    ("doc", "role"),
    [(MOTHER, "mother"), (AGED, "age"), (FORMER, "head"), (FOUNDER, "founder")],
)
def test_relatives_ages_former_and_private_offices_make_private_persons(
    doc: object, role: str
) -> None:
    (found,) = person_affiliations(doc)  # type: ignore[arg-type]
    assert (found.role, found.private, found.political) == (role, True, False)


# "said Charles Lister, director of countering terrorism and extremism at the Middle East
# Institute" (Guardian, 2018): an analyst, as is "Alexandra Bell, a senior policy director at the
# Centre for Arms Control"
ANALYST = parsed(
    """
    said say VBD ROOT 0
    Charles Charles NNP compound 2
    Lister Lister NNP nsubj 0
    , , , punct 2
    director director NN appos 2
    of of IN prep 4
    countering counter VBG pcomp 5
    terrorism terrorism NN dobj 6
    at at IN prep 6
    the the DT det 12
    Middle Middle NNP compound 11
    East East NNP compound 12
    Institute Institute NNP pobj 8
    """,
    ((1, 3, "PERSON"), (9, 13, "ORG")),
)
CENTRE = parsed(
    """
    Bell Bell NNP nsubj 10
    , , , punct 0
    director director NN appos 0
    at at IN prep 2
    the the DT det 5
    Centre Centre NNP pobj 3
    for for IN prep 5
    Arms Arms NNP compound 8
    Control Control NNP pobj 6
    , , , punct 0
    said say VBD ROOT 10
    """,
    ((0, 1, "PERSON"), (4, 9, "ORG")),
)
# "the director of the National Counterterrorism Center, Joe Kent": a centre for nothing, a
# state body
STATE_CENTRE = parsed(
    """
    Kent Kent NNP nsubj 6
    , , , punct 0
    director director NN appos 0
    of of IN prep 2
    the the DT det 5
    Center Center NNP pobj 3
    said say VBD ROOT 6
    """,
    ((0, 1, "PERSON"), (4, 6, "ORG")),
)
# "said Shiraz Maher, the director of the International Centre for the Study of
# Radicalisation at King's College London" (Guardian corpus): "for" hung on the role, the
# centre's name says what it is
SPLIT_CENTRE = parsed(
    """
    Maher Maher NNP nsubj 9
    , , , punct 0
    the the DT det 3
    director director NN appos 0
    of of IN prep 3
    International International NNP compound 6
    Centre Centre NNP pobj 4
    for for IN prep 3
    Study Study NNP pobj 7
    said say VBD ROOT 9
    """,
    ((0, 1, "PERSON"), (5, 9, "ORG")),
)


@pytest.mark.parametrize(
    ("doc", "private"),
    [(ANALYST, True), (CENTRE, True), (SPLIT_CENTRE, True), (STATE_CENTRE, False)],
)
def test_the_office_holders_of_research_institutes_are_private(doc: object, private: bool) -> None:
    (found,) = person_affiliations(doc)  # type: ignore[arg-type]
    assert (found.role, found.private) == ("director", private)


def test_offsets_shift_with_the_chunk() -> None:
    (found,) = person_affiliations(MOTHER)
    assert shift_affiliation(found, 100).start == found.start + 100


def test_resolution_gives_the_role_country_and_knows_private_persons() -> None:
    bali = ActorRef("Mustafa Bali", "PERSON", 0, 12)
    lyndon = ActorRef("Jane Lyndon", "PERSON", 40, 51)
    affiliations = [
        Affiliation("Mustafa Bali", 0, 12, "spokesman", "SYR", private=False, political=True),
        Affiliation("Jane Lyndon", 40, 51, "mother", None, private=True, political=False),
    ]
    resolver = ActorResolver([bali, lyndon], "text", "2019-03-01", affiliations)
    bali_actor = resolver.resolve(bali)
    lyndon_actor = resolver.resolve(lyndon)
    assert bali_actor is not None and bali_actor.country == "SYR"
    assert not resolver.is_private(bali_actor)
    assert lyndon_actor is not None and resolver.is_private(lyndon_actor)
    assert not resolver.is_private(Actor("TUR", "Turkey", "state", "TUR"))


def test_a_private_persons_statement_is_no_event_but_their_act_is() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    text = "His mother, Jane Lyndon, said he left. Jane Lyndon protested in Raqqa."
    lyndon = ActorRef("Jane Lyndon", "PERSON", 12, 23, is_subject=True)
    visitor = ActorRef("Jane Lyndon", "PERSON", 39, 50, is_subject=True)
    mother = Affiliation("Jane Lyndon", 12, 23, "mother", None, private=True, political=False)

    def mention(actor: ActorRef, action: str, type_: str, start: int, end: int) -> RawMention:
        return RawMention(
            actor, action, type_, None, None, None, None, start, end, text[start:end], 0.9
        )

    raws = [
        mention(lyndon, "say", "STATEMENT", 0, 38),
        mention(visitor, "protest", "PROTEST", 39, 66),
    ]
    document = Document("d", text, "2018-06-20")
    kept = list(resolve_document(document, raws, [lyndon, visitor], [mother]))
    assert [m.type for m in kept] == ["PROTEST"]


# "Abu Mukhtar, an unemployed 48-year-old Idlib resident, said the Tehran summit had temporarily
# calmed nerves.": the model tags the name a people (NORP).
MISREAD_RESIDENT = parsed(
    """
    Abu Abu NNP compound 1
    Mukhtar Mukhtar NNP nsubj 7
    , , , punct 1
    an an DT det 6
    unemployed unemployed JJ amod 6
    Idlib Idlib NNP compound 6
    resident resident NN appos 1
    said say VBD ROOT 7
    """,
    ((0, 2, "NORP"), (5, 6, "GPE")),
)


def test_a_name_the_model_misreads_is_a_private_person_by_its_apposition() -> None:
    (found,) = person_affiliations(MISREAD_RESIDENT)
    assert (found.name, found.role, found.private) == ("Abu Mukhtar", "resident", True)


def test_a_private_person_resolved_as_a_group_is_private() -> None:
    mukhtar = ActorRef("Abu Mukhtar", "NORP", 0, 11)
    resident = Affiliation("Abu Mukhtar", 0, 11, "resident", None, private=True, political=False)
    resolver = ActorResolver([mukhtar], "text", "2018-09-08", [resident])
    assert resolver.is_private(Actor("group/abu-mukhtar", "Abu Mukhtar", "group"))
    assert not resolver.is_private(Actor("GRP-ISIS", "Islamic State", "group"))


# "The home secretary, Sajid Javid, said ..."
HOME_SECRETARY = parsed(
    """
    The the DT det 2
    home home NN compound 2
    secretary secretary NN nsubj 7
    , , , punct 2
    Sajid Sajid NNP compound 5
    Javid Javid NNP appos 2
    , , , punct 2
    said say VBD ROOT 7
    """,
    ((4, 6, "PERSON"),),
)


def test_an_office_only_one_state_has_names_that_state() -> None:
    (found,) = person_affiliations(HOME_SECRETARY)
    assert (found.name, found.role, found.country) == ("Sajid Javid", "secretary", "GBR")


def test_a_visit_by_a_person_of_no_office_and_no_state_is_private() -> None:
    letts = ActorRef("Jack Letts", "PERSON", 0, 10)
    resolver = ActorResolver([letts], "Jack Letts travelled to Syria.", "2019-02-01")
    actor = resolver.resolve(letts)
    assert actor is not None and actor.country is None
    assert not resolver.is_private(actor)  # nothing says he is: his statements stay
    assert resolver.is_private(actor, unaffiliated=True)  # but his travels are no visits
    cameron = ActorRef("David Cameron", "PERSON", 0, 13)
    resolver = ActorResolver([cameron], "David Cameron travelled to Syria.", "2014-02-01")
    actor = resolver.resolve(cameron)
    assert actor is not None and not resolver.is_private(actor, unaffiliated=True)


def test_news_organisations_are_sources_never_parties() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import is_media, resolve_document

    assert is_media(Actor("organization/afp", "AFP", "organization", None))
    assert is_media(Actor("organization/the-times", "the Times", "organization", "GBR"))
    # "a Senate Democratic aide tells the Hill", "Pompeo told Bloomberg News" (Guardian, 2018)
    assert is_media(Actor("organization/the-hill", "the Hill", "organization", None))
    assert is_media(Actor("organization/bloomberg-news", "Bloomberg News", "organization", None))
    assert not is_media(Actor("TUR", "Turkey", "state", "TUR"))
    text = "Javid told the Times she wanted to return. Reuters said Turkey shelled Afrin."
    javid = ActorRef("Javid", "PERSON", 0, 5, is_subject=True)
    times = ActorRef("the Times", "ORG", 11, 20)
    reuters = ActorRef("Reuters", "ORG", 43, 50, is_subject=True)

    def mention(actor: ActorRef, target: ActorRef | None, start: int, end: int) -> RawMention:
        return RawMention(
            actor, "tell", "STATEMENT", "010", target, None, None, start, end, text[start:end], 0.9
        )

    raws = [mention(javid, times, 0, 42), mention(reuters, None, 43, 78)]
    kept = list(resolve_document(Document("d", text, "2019-02-14"), raws, [javid, times, reuters]))
    assert [(m.actor.label, m.target) for m in kept] == [("Sajid Javid", None)]


def test_a_group_of_private_people_makes_no_visit() -> None:
    from kg.resolve import _is_civilian_group

    assert _is_civilian_group(Actor("group/syrian-refugees", "Syrian refugees", "group", "SYR"))
    assert not _is_civilian_group(Actor("group/syrian-rebels", "Syrian rebels", "group", "SYR"))


def test_a_peoples_journeys_are_no_visits_of_its_state() -> None:
    # "Britons who travelled to Isis territory" (Guardian, 2017): not the UK visiting Isis;
    # "Turkish military officials travelled to Moscow" is Turkey's visit.
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    text = "Britons travelled to Syria. Turkish officials travelled to Moscow."
    britons = ActorRef("Britons", "ROLE", 0, 7, "country", "GBR", is_subject=True)
    syria = ActorRef("Syria", "GPE", 21, 26)
    officials = ActorRef("Turkish officials", "ROLE", 28, 45, "officials", "TUR", True)
    moscow = ActorRef("Moscow", "GPE", 59, 65)

    def visit(actor: ActorRef, target: ActorRef, start: int, end: int) -> RawMention:
        return RawMention(
            actor, "travel", "CONSULT", "042", target, None, None, start, end, text[start:end], 0.9
        )

    raws = [visit(britons, syria, 0, 27), visit(officials, moscow, 28, 66)]
    named = [britons, syria, officials, moscow]
    kept = list(resolve_document(Document("d", text, "2018-01-23"), raws, named))
    assert [(m.actor.label, m.target.label if m.target else None) for m in kept] == [
        ("Turkey", "Russia")
    ]


# "The UN special envoy for Syria, Staffan de Mistura, said ..." (the name parsed onto Syria)
UN_ENVOY = parsed(
    """
    The the DT det 3
    UN UN NNP nmod 3
    special special JJ amod 3
    envoy envoy NN nsubj 11
    for for IN prep 3
    Syria Syria NNP pobj 4
    , , , punct 5
    Staffan Staffan NNP compound 9
    de de NNP compound 9
    Mistura Mistura NNP appos 5
    , , , punct 3
    said say VBD ROOT 11
    """,
    ((1, 2, "ORG"), (5, 6, "GPE"), (7, 10, "PERSON")),
)
# "United Nations ambassador Susan Rice saluted ..."
UN_AMBASSADOR = parsed(
    """
    United United NNP compound 1
    Nations Nations NNP compound 2
    ambassador ambassador NN compound 4
    Susan Susan NNP compound 4
    Rice Rice NNP nsubj 5
    saluted salute VBD ROOT 5
    """,
    ((0, 2, "ORG"), (3, 5, "PERSON")),
)
# "Masrour Barzani, the chancellor of the Kurdistan region security council, said ..."
REGION_COUNCIL = parsed(
    """
    Masrour Masrour NNP compound 1
    Barzani Barzani NNP nsubj 12
    , , , punct 1
    the the DT det 4
    chancellor chancellor NN appos 1
    of of IN prep 4
    the the DT det 10
    Kurdistan Kurdistan NNP compound 10
    region region NN compound 10
    security security NN compound 10
    council council NN pobj 5
    , , , punct 1
    said say VBD ROOT 12
    """,
    ((0, 2, "PERSON"), (7, 8, "GPE"), (9, 11, "ORG")),
)


def test_an_igo_official_acts_for_the_igo_not_the_country_of_the_brief() -> None:
    (found,) = person_affiliations(UN_ENVOY)
    assert (found.name, found.role, found.country, found.organisation) == (
        "Staffan de Mistura",
        "envoy",
        None,  # the UN's envoy for Syria is no Syrian
        "IGO-UN",
    )
    (spokesman,) = person_affiliations(SPOKESMAN)
    assert (spokesman.country, spokesman.organisation) == ("SYR", "GRP-SDF")


def test_an_ambassador_at_an_igo_does_not_act_for_it() -> None:
    (found,) = person_affiliations(UN_AMBASSADOR)
    assert (found.name, found.role, found.organisation) == ("Susan Rice", "ambassador", None)


def test_a_body_named_with_more_words_is_another_body() -> None:
    (found,) = person_affiliations(REGION_COUNCIL)
    assert (found.role, found.organisation) == ("chancellor", None)  # not the UN Security Council


def test_resolution_gives_a_person_the_organisation_they_act_for() -> None:
    envoy = ActorRef("Nils Example", "PERSON", 0, 12)
    affiliation = Affiliation(
        "Nils Example", 0, 12, "envoy", None, private=False, political=True, organisation="IGO-UN"
    )
    resolver = ActorResolver([envoy], "Nils Example visited Damascus.", "2018-01-01", [affiliation])
    actor = resolver.resolve(envoy)
    assert actor is not None and (actor.country, actor.affiliation) == (None, "IGO-UN")
    assert not resolver.is_private(actor, unaffiliated=True)  # the UN's visits are political
    # people.json's acts_for: the UN's envoy, of no country
    mistura = ActorRef("Staffan de Mistura", "PERSON", 0, 18)
    resolver = ActorResolver([mistura], "Staffan de Mistura said it.", "2018-01-01")
    actor = resolver.resolve(mistura)
    assert actor is not None and (actor.country, actor.affiliation) == (None, "IGO-UN")


# "... said Ghassan Mediah, who heads the Unicef field office."
WHO_HEADS = parsed(
    """
    said say VBD ROOT 0
    Ghassan Ghassan NNP compound 2
    Mediah Mediah NNP nsubj 0
    , , , punct 2
    who who WP nsubj 5
    heads head VBZ relcl 2
    the the DT det 9
    Unicef Unicef NNP compound 9
    field field NN compound 9
    office office NN dobj 5
    . . . punct 0
    """,
    ((1, 3, "PERSON"), (7, 8, "ORG")),
)


def test_who_heads_a_body_has_a_political_role_in_it() -> None:
    (found,) = person_affiliations(WHO_HEADS)
    assert (found.name, found.political, found.organisation) == (
        "Ghassan Mediah",
        True,
        "IGO-UNICEF",
    )


def test_the_statement_of_a_person_of_no_office_state_or_organisation_is_no_event() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    # "'It wasn't even a choice,' said Sharf." (Guardian, 2018): a refugee's words, no event;
    # the UN's envoy's are one.
    text = "Sharef Sharf said no. Nils Example said yes."
    sharf = ActorRef("Sharef Sharf", "PERSON", 0, 12, is_subject=True)
    envoy = ActorRef("Nils Example", "PERSON", 22, 34, is_subject=True)
    un_envoy = Affiliation(
        "Nils Example", 22, 34, "envoy", None, private=False, political=True, organisation="IGO-UN"
    )

    def said(actor: ActorRef, start: int, end: int) -> RawMention:
        return RawMention(
            actor, "say", "STATEMENT", "010", None, None, None, start, end, text[start:end], 0.9
        )

    raws = [said(sharf, 0, 21), said(envoy, 22, 44)]
    kept = list(
        resolve_document(Document("d", text, "2018-05-13"), raws, [sharf, envoy], [un_envoy])
    )
    assert [m.actor.label for m in kept] == ["Nils Example"]


def test_an_honorific_is_no_office() -> None:
    # "Mr Robinson" (Guardian, 2018): the paper's courtesy, not a political role
    mister = parsed(
        """
        Mr Mr NNP compound 1
        Robinson Robinson NNP nsubj 2
        said say VBD ROOT 2
        """,
        ((1, 2, "PERSON"),),
    )
    assert list(person_affiliations(mister)) == []


def test_an_organisation_kg_knows_nothing_of_makes_no_visit() -> None:
    from kg.resolve import _is_unknown_body

    # "Begum ... travelling to Syria", the name read as an organisation (Guardian, 2019)
    assert _is_unknown_body(Actor("organization/begum", "Begum", "organization", None))
    assert not _is_unknown_body(Actor("ORG-HRW", "Human Rights Watch", "organization", None))
    assert not _is_unknown_body(Actor("organization/x", "X Party", "organization", "GBR"))


def test_a_journey_of_a_person_of_no_state_and_no_organisation_is_no_visit() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    # "Jac Holmes ... having travelled to northern Syria three times" (Guardian, 2017), whom
    # the YPG called its team commander: a role, but no state or organisation kg can tell
    text = "Team Commander Jac Holmes travelled to Syria."
    holmes = ActorRef("Jac Holmes", "PERSON", 15, 25, is_subject=True)
    syria = ActorRef("Syria", "GPE", 39, 44)
    commander = Affiliation("Jac Holmes", 15, 25, "commander", None, private=False, political=True)
    travel = RawMention(holmes, "travel", "CONSULT", "042", syria, None, None, 0, 45, text, 0.9)
    document = Document("d", text, "2017-10-24")
    assert list(resolve_document(document, [travel], [holmes, syria], [commander])) == []


# "Shamima Begum, who left the UK to join Isis, said ..." (guardian corpus)
WHO_JOINED = parsed(
    """
    Shamima Shamima NNP compound 1
    Begum Begum NNP nsubj 11
    , , , punct 1
    who who WP nsubj 4
    left leave VBD relcl 1
    the the DT det 6
    UK UK NNP dobj 4
    to to TO aux 8
    join join VB xcomp 4
    Isis Isis NNP dobj 8
    , , , punct 1
    said say VBD ROOT 11
    """,
    ((0, 2, "PERSON"), (6, 7, "GPE"), (9, 10, "ORG")),
)


def test_who_joined_an_armed_group_is_its_member() -> None:
    (found,) = person_affiliations(WHO_JOINED)
    assert (found.name, found.role, found.political, found.organisation) == (
        "Shamima Begum",
        "member",
        True,
        "GRP-ISIS",
    )


def test_a_journey_of_an_armed_groups_member_is_no_visit() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    # "Jac Holmes, who joined the YPG, travelled to Syria": a fighter's journey, no visit; the
    # same journey by a UN envoy is one
    text = "Jac Holmes travelled to Syria."
    holmes = ActorRef("Jac Holmes", "PERSON", 0, 10, is_subject=True)
    syria = ActorRef("Syria", "GPE", 24, 29)
    travel = RawMention(holmes, "travel", "CONSULT", "042", syria, None, None, 0, 30, text, 0.9)
    document = Document("d", text, "2017-10-24")
    # the same journey by an official of the group's political wing ("Ilham Ahmed, the
    # executive chair of the political wing of the SDF, has been touring Washington") is one too
    for role, body, visits in (
        ("member", "GRP-YPG", 0),
        ("member", "IGO-UN", 1),
        ("executive", "GRP-YPG", 1),
    ):
        member = Affiliation("Jac Holmes", 0, 10, role, None, False, True, body)
        events = list(resolve_document(document, [travel], [holmes, syria], [member]))
        assert len(events) == visits, (role, body)
    # "Jac Holmes, 24, ... who joined the YPG ... rose to the rank of commander": a fighter
    aged = Affiliation("Jac Holmes", 0, 10, "age", None, True, False)
    joined = Affiliation("Jac Holmes", 0, 10, "member", None, False, True, "GRP-YPG")
    ranked = Affiliation("Jac Holmes", 0, 10, "commander", None, False, True, "GRP-YPG")
    affiliations = [aged, joined, ranked]
    assert list(resolve_document(document, [travel], [holmes, syria], affiliations)) == []


def test_a_civilian_groups_statement_is_no_event_but_its_protest_is() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    text = "Idlib residents said they fled. Idlib residents protested in Idlib."
    speakers = ActorRef("Idlib residents", "GROUP", 0, 15, country="SYR", is_subject=True)
    protesters = ActorRef("Idlib residents", "GROUP", 32, 47, country="SYR", is_subject=True)

    def mention(actor: ActorRef, action: str, type_: str, start: int, end: int) -> RawMention:
        return RawMention(
            actor, action, type_, None, None, None, None, start, end, text[start:end], 0.9
        )

    raws = [
        mention(speakers, "say", "STATEMENT", 0, 31),
        mention(protesters, "protest", "PROTEST", 32, 67),
    ]
    document = Document("d", text, "2018-06-20")
    kept = list(resolve_document(document, raws, [speakers, protesters], []))
    assert [m.type for m in kept] == ["PROTEST"]


def test_journalists_words_are_no_event() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    # "Indian reporters say they are increasingly facing intimidation" (Guardian)
    text = "Indian reporters say they are increasingly facing intimidation."
    reporters = ActorRef("Indian reporters", "GROUP", 0, 16, country="IND", is_subject=True)
    said = RawMention(reporters, "say", "STATEMENT", None, None, None, None, 0, 63, text, 0.9)
    document = Document("d", text, "2018-05-01")
    assert list(resolve_document(document, [said], [reporters], [])) == []


def test_activists_words_are_no_event() -> None:
    from kg.extract import RawMention
    from kg.records import Document
    from kg.resolve import resolve_document

    # "A British film-maker has been killed ..., his friends and Kurdish activists have said"
    # (Guardian, 2018): unnamed activists, like witnesses, are not coded as speakers.
    text = "A film-maker has been killed, Kurdish activists have said."
    activists = ActorRef("Kurdish activists", "GROUP", 30, 47, is_subject=True)
    said = RawMention(activists, "say", "STATEMENT", None, None, None, None, 0, 58, text, 0.9)
    document = Document("d", text, "2018-03-19")
    assert list(resolve_document(document, [said], [activists], [])) == []


def test_a_mediator_titled_by_an_igo_acts_for_it() -> None:
    # "They met UN mediator Jan Example": the title names the body the mediator serves.
    doc = parsed(
        """
        They they PRP nsubj 1
        met meet VBD ROOT 1
        UN UN NNP compound 3
        mediator mediator NN compound 5
        Jan Jan NNP compound 5
        Example Example NNP dobj 1
        . . . punct 1
        """,
        ((2, 3, "ORG"), (4, 6, "PERSON")),
    )
    (found,) = person_affiliations(doc)
    assert (found.name, found.role, found.organisation, found.political) == (
        "Jan Example",
        "mediator",
        "IGO-UN",
        True,
    )


def test_a_coroner_holds_an_office() -> None:
    # "The coroner David Horsley ruled that Ollie Hall, 24, died on active service" (Guardian
    # corpus): a judicial officer of the state, whose ruling is coded
    doc = parsed(
        """
        The the DT det 1
        coroner coroner NN nsubj 4
        David David NNP compound 3
        Horsley Horsley NNP appos 1
        ruled rule VBD ROOT 4
        """,
        ((2, 4, "PERSON"),),
    )
    (found,) = person_affiliations(doc)
    assert (found.name, found.role, found.political) == ("David Horsley", "coroner", True)


# "... said Ekaterina Sokirianskaya, the director of the Conflict Analysis and Prevention centre
# and an expert on the north Caucasus" (Guardian): an analyst beside an office of no state
EXPERT_DIRECTOR = parsed(
    """
    Ekaterina Ekaterina NNP compound 1
    Sokirianskaya Sokirianskaya NNP nsubj 13
    , , , punct 1
    the the DT det 4
    director director NN appos 1
    of of IN prep 4
    the the DT det 7
    centre centre NN pobj 5
    and and CC cc 4
    an an DT det 10
    expert expert NN conj 4
    on on IN prep 10
    Caucasus Caucasus NNP pobj 11
    said say VBD ROOT 13
    """,
    ((0, 2, "PERSON"),),
)
# "Lina Khatib, head of the Middle East and north Africa programme at Chatham House, said"
# (Guardian): the programme she heads is a think tank's
PROGRAMME_HEAD = parsed(
    """
    Lina Lina NNP compound 1
    Khatib Khatib NNP nsubj 11
    , , , punct 1
    head head NN appos 1
    of of IN prep 3
    Middle Middle NNP compound 6
    East East NNP pobj 4
    programme programme NN appos 1
    at at IN prep 7
    Chatham Chatham NNP compound 10
    House House NNP pobj 8
    said say VBD ROOT 11
    """,
    ((0, 2, "PERSON"), (5, 7, "LOC"), (9, 11, "ORG")),
)
# "Dmitri Trenin, the head of the Carnegie Moscow Centre and a former Soviet military officer,
# wrote" (Guardian): the think tank's name is in the compounds before "Centre"
CARNEGIE_HEAD = parsed(
    """
    Dmitri Dmitri NNP compound 1
    Trenin Trenin NNP nsubj 13
    , , , punct 1
    the the DT det 4
    head head NN appos 1
    of of IN prep 4
    the the DT det 9
    Carnegie Carnegie NNP compound 8
    Moscow Moscow NNP compound 9
    Centre Centre NNP pobj 5
    and and CC cc 4
    a a DT det 12
    officer officer NN conj 4
    wrote write VBD ROOT 13
    """,
    ((0, 2, "PERSON"), (7, 9, "ORG")),
)
# "The human rights lawyer Clive Stafford Smith, a legal director at Reprieve, alleges ..."
# (Guardian): a lawyer is no commentator, and an NGO's director speaks for it
NGO_LAWYER = parsed(
    """
    The the DT det 1
    lawyer lawyer NN compound 4
    Clive Clive NNP compound 4
    Stafford Stafford NNP compound 4
    Smith Smith NNP nsubj 11
    , , , punct 4
    a a DT det 8
    legal legal JJ amod 8
    director director NN appos 4
    at at IN prep 8
    Reprieve Reprieve NNP pobj 9
    alleges allege VBZ ROOT 11
    """,
    ((2, 5, "PERSON"),),
)


@pytest.mark.parametrize(
    ("doc", "role", "private"),
    [
        (EXPERT_DIRECTOR, "director", True),
        (PROGRAMME_HEAD, "head", True),
        (CARNEGIE_HEAD, "head", True),
        (NGO_LAWYER, "director", False),
    ],
)
def test_an_office_of_no_state_beside_an_analysts_role_or_a_think_tank_is_private(
    doc: object, role: str, private: bool
) -> None:
    (found,) = person_affiliations(doc)  # type: ignore[arg-type]
    assert (found.role, found.private, found.political) == (role, private, not private)


# "Lord MacDonald, director of public prosecutions from 2003 to 2008, said that ..." (Guardian,
# 2018): an office held from one year to another is a past one, as "former" makes one.
ENDED_TERM = parsed(
    """
    Lord Lord NNP compound 1
    MacDonald MacDonald NNP nsubj 12
    , , , punct 1
    director director NN appos 1
    of of IN prep 3
    public public JJ amod 6
    prosecutions prosecution NNS pobj 4
    from from IN prep 3
    2003 2003 CD pobj 7
    to to IN prep 7
    2008 2008 CD pobj 9
    , , , punct 1
    said say VBD ROOT 12
    """,
    ((1, 2, "PERSON"), (8, 11, "DATE")),
)


def test_an_office_held_from_one_year_to_another_is_a_past_one() -> None:
    (found,) = person_affiliations(ENDED_TERM)
    assert (found.role, found.private, found.political) == ("director", True, False)
