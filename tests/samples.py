"""Actors the tests build events with by hand (no model), shared by the test modules."""

from __future__ import annotations

from kg.records import Actor

PUTIN = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
MOON = Actor("person/moon-jae-in", "Moon Jae-in", "person", "KOR")
NORTH_KOREA = Actor("PRK", "North Korea", "state", "PRK")
UN = Actor("IGO-UN", "United Nations", "igo")
