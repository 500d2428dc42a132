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

# "The human cost aside, Russia’s military intervention in Syria in 2015 at Assad’s request has
# been a strategic success for Putin" (guardian-589), shortened, parsed as the model parses it:
# the intervention (its target, tests of targets), the request it answers (whose, tests of
# participants) and the request's date (tests of dates).
INTERVENTION_AT_REQUEST = """
    Russia Russia NNP poss 3
    ’s ’s POS case 0
    military military JJ amod 3
    intervention intervention NN nsubj 13
    in in IN prep 3
    Syria Syria NNP pobj 4
    in in IN prep 3
    2015 2015 CD pobj 6
    at at IN prep 3
    Assad Assad NNP poss 11
    ’s ’s POS case 9
    request request NN pobj 8
    has have AUX:VBZ aux 13
    been be AUX:VBN ROOT 13
    a a DT det 16
    strategic strategic JJ amod 16
    success success NN attr 13
    . . . punct 13
    """
INTERVENTION_AT_REQUEST_ENTS = ((0, 1, "GPE"), (5, 6, "GPE"), (7, 8, "DATE"), (9, 10, "PERSON"))
