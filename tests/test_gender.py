"""Gender of named people (kg.gender) and its use by pronoun resolution."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.gender import (
    FEMALE,
    MALE,
    agreed_gender,
    fold,
    given_names,
    may_refer,
    name_gender,
    pronoun_gender,
    role_gender,
    title_gender,
)
from kg.records import Document


def test_the_given_name_file_loads_once_with_a_few_hundred_names_of_each_gender() -> None:
    names = given_names()
    assert given_names() is names  # loaded once
    counts = {gender: sum(1 for g in names.values() if g == gender) for gender in (FEMALE, MALE)}
    assert counts[FEMALE] > 300 and counts[MALE] > 300
    assert all(name == fold(name) for name in names)  # folded, as look-ups are
    text = resources.files("kg").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    assert "written for kg by hand" in text.lower()
    # names common for both genders are left out
    assert not {"kim", "jean", "andrea", "nicola", "lindsey", "ariel", "alexis"} & set(names)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Theresa May", FEMALE),
        ("Mevlüt Çavuşoğlu", MALE),
        ("İbrahim Kalın", MALE),
        ("Jean-Yves Le Drian", MALE),
        ("Anne-Marie Trevelyan", FEMALE),
        ("Abu Bakr al-Baghdadi", MALE),  # a kunya, "father of", is a man's
        ("Kim Jong-un", None),  # not a given name of one gender
        ("Trump", None),  # a surname alone says nothing
    ],
)
def test_a_given_name_marks_a_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_titles_roles_and_pronouns_have_a_gender() -> None:
    assert title_gender("Mrs") == title_gender("Ms.") == title_gender("Dame") == FEMALE
    assert title_gender("Mr") == title_gender("Sir") == MALE
    assert title_gender("President") is None
    assert role_gender("actress") == role_gender("wife") == role_gender("spokeswoman") == FEMALE
    assert role_gender("spokesman") == role_gender("father") == MALE
    assert role_gender("minister") is None
    assert pronoun_gender("She") == FEMALE and pronoun_gender("his") == MALE
    assert pronoun_gender("they") is None


def test_evidence_agrees_or_says_nothing() -> None:
    assert agreed_gender([FEMALE, None, FEMALE]) == FEMALE
    assert agreed_gender([FEMALE, MALE]) is None
    assert agreed_gender([None]) is None


def test_a_pronoun_may_refer_to_its_gender_or_to_one_unknown() -> None:
    assert may_refer("she", FEMALE) and may_refer("she", None)
    assert not may_refer("she", MALE) and not may_refer("him", FEMALE)
    assert may_refer("they", MALE)


@pytest.mark.model
def test_he_after_a_quote_of_several_sentences_is_its_speaker() -> None:
    # Real sentences (Guardian, 2018): the quote names Assad twice; "he" is Hariri, named
    # before the quote, which opens two sentences before "he said".
    from kg.mentions import document_mentions

    text = (
        "Nasr al-Hariri, chief negotiator for the Syrian Negotiations Commission, Syria\u2019s "
        "umbrella opposition group, said he welcomed the US keeping 2,000 troops inside Syria, "
        "so long as it helped bring a political settlement. "
        "Hariri also warned the EU not to think that withholding reconstruction funds for Syria "
        "will be sufficient to force Russia or Syria to negotiate. "
        "\u201cAssad does not care if the country remains as it is for 30 years. "
        "He does not want the refugees to come back. "
        "Assad sees reconstruction contracts as a form of punishment,\u201d he said."
    )
    document = Document(id="g", text=text, published="2018-01-19")
    [(_, mentions)] = list(document_mentions([document]))
    last = text.rindex("Assad sees")
    speakers = {m.actor.label for m in mentions if m.mention.start == last}
    assert speakers == {"Nasr al-Hariri"}
