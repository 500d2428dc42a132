"""Words the rules go by: the word lists of ``kg/data/extract_words.json``, the role lexicon
(``kg/data/roles.json``), the sets of labels and event types that several steps share, and the
lexicon rows rules take a sense from, checked once when extraction starts (E311).
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.lexicon import word_list as word_list  # the rules import it from here

# Lexicon rows that rules take a sense from: (lemma, part of speech, the rule).
REQUIRED_LEXICON_ROWS = (
    ("riot", "VERB", "riot"),
    ("complain", "VERB", "summons to complain"),
    ("demand", "VERB", "obligation"),
    ("criticise", "VERB", "reported disapproval"),
    ("blame", "VERB", "reported disapproval"),
    ("threaten", "VERB", "reported retribution"),
    ("refuse", "VERB", "announced refusal"),
    ("refuse", "VERB", "promised refusal"),
    ("say", "VERB", "according to"),
    ("destroy", "VERB", "another's"),
    ("resign", "VERB", "resignation"),
    ("aid", "VERB", "relief handed over"),
)


@functools.cache
def check_lexicon() -> None:
    """Fail at once, naming the rule, when a lexicon row a rule relies on is missing (else the
    rule would silently find nothing)."""
    lexicon = load_lexicon()
    for lemma, pos, rule in REQUIRED_LEXICON_ROWS:
        if lexicon.lookup(lemma, pos) is None:
            raise KgError(
                "E311",
                f"the lexicon has no row for {lemma!r} ({pos}), which the rule {rule!r} needs: "
                "add it to kg/data/lexicon.tsv",
            )


SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
CONDITION_MARKS = word_list("condition_marks")
# Event types whose word covers the action under it: an offer, demand, threat or refusal of it.
ABSORBING_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
# Event types of force: targets found through their purpose, the action they follow or a
# passive participle, and a sentence's vague repeats of them one act.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# CAMEO's "engage in mediation" (045) and "halt mediation" (165): acts on the parties between
# whom the mediation goes.
MEDIATION_CODE = "045"
MEDIATION_CODES = frozenset({MEDIATION_CODE, "165"})
# An intended action is coded as the intention: to cooperate (AGREE) or to harm (THREATEN),
# with the CAMEO code of that intention; other intended actions are not events yet.
INTENT_CODES: dict[str, tuple[str, str]] = {
    "AGREE": ("AGREE", "030"),
    "CONSULT": ("AGREE", "036"),
    "SUPPORT": ("AGREE", "032"),
    "COOPERATE": ("AGREE", "031"),
    "AID": ("AGREE", "033"),
    "CONCEDE": ("AGREE", "035"),
    "RETREAT": ("AGREE", "035"),
    "SANCTION": ("THREATEN", "1312"),
    "COERCE": ("THREATEN", "137"),
    "ASSAULT": ("THREATEN", "138"),
}
# Event types whose noun names its actor with "from": "a proposal from Norway", "aid from Japan".
SOURCE_TYPES = frozenset({"AGREE", "REQUEST", "SUPPORT", "AID", "THREATEN", "ACCUSE"})
# Event types whose place is their target when no one else is named: "imposed a curfew in
# Cizre", "shelled positions near Rafah", "lifted the state of emergency in Darfur",
# "demonstrated in Belgrade" (CAMEO codes the place's state as the target).
PLACE_TARGET_TYPES = frozenset(
    {"CONCEDE", "RETREAT", "SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "PROTEST"}
)
# Verbs of trying: what is tried is not done, except an assault ("tried to kill").
ATTEMPT_LEMMAS = frozenset({"attempt", "try"})
# CAMEO's "rally opposition against": calling for hostile action against someone.
RALLY_OPPOSITION = "113"
ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Modifiers that name whose a thing is: "a US demand", "a Security Council resolution".
OWNER_DEPS = frozenset({"compound", "amod", "nmod"})
# Armed forces and arms, which their own side sends, deploys or withdraws ("sent in aircraft").
ARMED_FORCE_WORDS = word_list("armed_force_words")
# Participles saying who holds or runs a place ("rebel-held Idlib", "a Kurdish-run centre").
HOLDING_PARTICIPLES = word_list("holding_participles")
# Nouns whose "of" names a place: "the Russian city of Vladivostok".
PLACE_NOUNS = word_list("place_nouns")


@functools.cache
def roles() -> dict[str, frozenset[str]]:
    text = resources.files("kg").joinpath("data/roles.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {key: frozenset(values) for key, values in data.items() if not key.startswith("_")}


def is_person_role(word: str) -> bool:
    return word.lower() in roles()["person_roles"]


def is_head_role(word: str) -> bool:
    """Roles that, unnamed, point back to a named person: "the president", "the leader"."""
    return word.lower() in roles()["head_roles"]


def role_kind(lemma: str) -> str | None:
    for kind in ("person_roles", "state_roles", "group_roles"):  # first match wins
        if lemma in roles()[kind]:
            return kind.removesuffix("_roles")
    return "group" if is_nonstate_group(lemma) else None


def is_nonstate_group(word: str) -> bool:
    """Groups that do not speak for their state: "demonstrators", "rebels", "refugees"."""
    return word.lower() in roles()["nonstate_group_roles"]
