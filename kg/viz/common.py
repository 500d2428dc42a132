"""What the pictures of ``kg viz`` share: their data files (``kg/data/viz/``), the colours of
actor kinds, and the cooperation-to-conflict scale that colours links between actors.

>>> tone(cooperation=3, conflict=1)
0.5
>>> tone_colour(tone(3, 1)), tone_colour(-1.0), tone_colour(None)
('#4393c3', '#b2182b', '#bababa')
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

# From conflict (-1: every event of a pair is conflict) to cooperation (+1), seven steps of
# ColorBrewer's RdBu; grey in the middle and for pairs with no QuadClass.
TONE_COLOURS: tuple[str, ...] = (
    "#b2182b",
    "#d6604d",
    "#f4a582",
    "#bababa",
    "#92c5de",
    "#4393c3",
    "#2166ac",
)


def asset(name: str) -> str:
    """The text of ``kg/data/viz/<name>``."""
    return resources.files("kg").joinpath(f"data/viz/{name}").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Palette:
    """Colours by actor kind (nodes) and event type, from ``kg/data/viz/palette.json``."""

    kinds: Mapping[str, str]
    types: Mapping[str, str]
    fallback: str

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, self.fallback)

    def type(self, type: str) -> str:
        return self.types.get(type, self.fallback)


@cache
def load_palette() -> Palette:
    data = json.loads(asset("palette.json"))
    return Palette(kinds=data["kinds"], types=data["types"], fallback=data["fallback"])


def tone(cooperation: int, conflict: int) -> float | None:
    """Where a pair's events fall between conflict (-1) and cooperation (+1), by QuadClass;
    None when none has one."""
    total = cooperation + conflict
    return None if total == 0 else (cooperation - conflict) / total


def tone_colour(value: float | None) -> str:
    """The colour of a tone on ``TONE_COLOURS`` (grey for None)."""
    if value is None:
        return TONE_COLOURS[len(TONE_COLOURS) // 2]
    step = round((max(-1.0, min(1.0, value)) + 1) / 2 * (len(TONE_COLOURS) - 1))
    return TONE_COLOURS[step]
