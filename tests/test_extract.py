"""Events (``kg.extract.events``): statements and what they report, reported obligations,
"according to", headlines. Each step's rules are tested in test_extract_<step>.py.

Rules on hand-built Docs: no statistical model involved.
"""

from __future__ import annotations

from conftest import events, parsed, triples

from kg.extract import extract_mentions, is_headline


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


def test_an_order_to_revoke_a_citizenship_is_the_orderers_coercion() -> None:
    # "... the home secretary, Sajid Javid, ordered her citizenship revoked." (Guardian, 2019)
    found = events(
        """
        Javid Javid NNP nsubj 1
        ordered order VBD ROOT 1
        her her PRP$ poss 3
        citizenship citizenship NN nsubj 4
        revoked revoke VBN ccomp 1
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"),),
    )
    assert triples(found) == [("Javid", "COERCE", "her")]
    assert found[0].rule == "revoked citizenship"


def test_a_citizenship_someone_had_revoked_is_taken_by_its_state() -> None:
    # "Shamima Begum ... had her British citizenship revoked." (Guardian, 2019)
    found = events(
        """
        Begum Begum NNP nsubj 1
        had have VBD ROOT 1
        her her PRP$ poss 4
        British British JJ amod 4
        citizenship citizenship NN nsubj 5
        revoked revoke VBN ccomp 1
        . . . punct 1
        """,
        ents=((0, 1, "PERSON"), (3, 4, "NORP")),
    )
    assert triples(found) == [("British", "COERCE", "Begum")]
    assert found[0].actor.country == "GBR"


def test_a_citizenship_whose_revocation_is_in_doubt_is_no_event() -> None:
    # "The British government has not said whether Letts' British citizenship has been revoked."
    found = events(
        """
        Ministers minister NNS nsubj 1
        asked ask VBD ROOT 1
        whether whether IN mark 7
        his his PRP$ poss 5
        British British JJ amod 5
        citizenship citizenship NN nsubjpass 7
        was be AUX:VBD auxpass 7
        revoked revoke VBN ccomp 1
        . . . punct 1
        """,
        ents=((4, 5, "NORP"),),
    )
    assert [m for m in found if m.type == "COERCE"] == []
    asserted = events(
        """
        His his PRP$ poss 2
        British British JJ amod 2
        citizenship citizenship NN nsubjpass 4
        was be AUX:VBD auxpass 4
        revoked revoke VBN ROOT 4
        . . . punct 4
        """,
        ents=((1, 2, "NORP"),),
    )
    assert triples(asserted) == [("British", "COERCE", "His")]
