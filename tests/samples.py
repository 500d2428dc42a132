"""Actors and parses the tests build events with by hand (no model), shared by the test modules."""

from __future__ import annotations

from kg.records import Actor

PUTIN = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
MOON = Actor("person/moon-jae-in", "Moon Jae-in", "person", "KOR")
NORTH_KOREA = Actor("PRK", "North Korea", "state", "PRK")
UN = Actor("IGO-UN", "United Nations", "igo")

# "Kuwait undertook a mediation mission between Syria and Jordan." (plain wording), parsed as
# the model parses it, for ``conftest.parsed``: the undertaking (tests of carriers) and its
# parties (tests of participants).
MEDIATION_MISSION = """
    Kuwait Kuwait NNP nsubj 1
    undertook undertake VBD ROOT 1
    a a DT det 4
    mediation mediation NN compound 4
    mission mission NN dobj 1
    between between IN prep 4
    Syria Syria NNP pobj 5
    and and CC cc 6
    Jordan Jordan NNP conj 6
    . . . punct 1
    """
MEDIATION_MISSION_ENTS = ((0, 1, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"))
