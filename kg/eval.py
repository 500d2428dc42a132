"""Evaluation: kg's events scored against events coded by hand, as an event coder would be.

A gold file is JSON Lines, one document a line, in either of two formats::

    {"id": "dev-001", "text": "Putin met Moon in Vladivostok on Wednesday.",
     "published": "2017-09-07",
     "events": [{"actor": "Putin", "type": "CONSULT", "target": "Moon Jae-in",
                 "date": "2017-09-06"}]}

    {"id": "PLOVER-GSR01-AGREE-0004", "text": "...", "published": "2000-01-01",
     "events": [{"actor": ["Jordan", "Britain"], "actor_codes": ["JOR", "GBR"],
                 "type": "AGREE", "target": [], "target_codes": []}]}

kg's own format names each participant once (``target`` null: the coder recorded none) and
gives the event's date; the PLOVER format lists the words of compound participants with their
CAMEO codes, and an empty target list there means no target was coded, so any target matches.

A predicted event matches a gold event when the types are equal and the participants match
(either way round for symmetric types such as CONSULT). A participant matches a gold name the
way kg resolves names: the gazetteer's actor ("Moscow" is Russia, "Hungarian" is Hungary), else
the words of the name, titles left out, one set within the other ("Putin" is "Vladimir Putin").
With CAMEO codes it also matches when its country is the code's first three letters (``IGO``
and ``NGO`` stand for any intergovernmental or other organisation).

Two protocols score the same matches. The strict one counts every predicted event: one that
matches no gold event of its document is a false alarm. The record protocol (``RecordScores``,
for gold sets such as PLOVER's, where each record codes the one event it illustrates and leaves
the sentence's other real events uncoded) judges each record once: a hit when some predicted
event matches its coded event, a false alarm when kg predicted events but none matches, a miss
when none matches; kg's other events in a hit record are not counted against it.

Both are also scored by the **country protocol** (``Scores.country``), the way event data is read
by country pair: a participant the coder gave a country code (PLOVER's ``actor_codes``, the real
gold's ``actor_code``) matches by that code alone, whatever the name; one with no code still
matches by name.

    >>> putin = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
    >>> party_matches(putin, GoldParty(("President Putin",)))
    True
    >>> party_matches(putin, GoldParty(("Russian officials",), ("RUS",)))
    True
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.dates import parse_iso_date
from kg.errors import KgError
from kg.gazetteer import GazetteerEntry, load_gazetteer, name_key, slug
from kg.nlp import DEFAULT_MODEL
from kg.records import EVENT_TYPES, PLOVER_TYPES, SYMMETRIC_TYPES, Actor, Document, Event

# Old CAMEO country codes that differ from ISO 3166 alpha-3.
_OLD_CAMEO_CODES = {"JAP": "JPN", "ITL": "ITA", "UKG": "GBR"}
# CAMEO codes that name a class of actor rather than a country.
_CLASS_CODES: dict[str, frozenset[str]] = {
    # PLOVER's coders give international NGOs (Amnesty, the Red Cross) the IGO code too.
    "IGO": frozenset({"igo", "organization"}),
    "NGO": frozenset({"organization"}),
}
# CAMEO's international militarised group (al-Qaeda): to kg, a group of no one state.
_TRANSNATIONAL_GROUP = "IMG"
# Actors that stand for no one but themselves when a gold name names their state.
_INDIVIDUAL_KINDS = frozenset({"person", "state"})
KG_FORMAT = "kg"
PLOVER_FORMAT = "plover"
STRICT_PROTOCOL = "strict"
RECORD_PROTOCOL = "record"


# -- gold records ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldParty:
    """A participant as the coder named it: one or more names, and CAMEO codes where coded."""

    names: tuple[str, ...]
    codes: tuple[str, ...] = ()  # PLOVER's CAMEO codes, which match as names do
    country: str | None = None  # the real gold's country code, for the country protocol only

    @property
    def label(self) -> str:
        return " + ".join(self.names) or "/".join(self.codes)


@dataclass(frozen=True)
class GoldEvent:
    """One event as the coder recorded it."""

    actor: GoldParty | None  # None: no actor coded (PLOVER only), so any actor matches
    type: str
    target: GoldParty | None  # None: the coder recorded no target
    date: str | None = None
    target_coded: bool = True  # False: no target was coded, so any target matches

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor.label if self.actor else None,
            "type": self.type,
            "target": self.target.label if self.target else None,
            "date": self.date,
        }


@dataclass(frozen=True)
class GoldDocument:
    """A document of a gold file with its coded events; ``line`` is its line in the file."""

    id: str
    text: str
    published: str | None
    events: tuple[GoldEvent, ...]
    line: int = 0


@dataclass(frozen=True)
class GoldSet:
    """The documents of one gold file, and the event types its format codes."""

    path: str
    format: str  # KG_FORMAT or PLOVER_FORMAT
    documents: tuple[GoldDocument, ...]

    @property
    def per_record(self) -> bool:
        """PLOVER codes one event a record, so it is scored per record as well as strictly."""
        return self.format == PLOVER_FORMAT

    @property
    def types(self) -> frozenset[str]:
        """PLOVER codes no plain statements, so kg's STATEMENT events are not scored there."""
        return frozenset(PLOVER_TYPES if self.format == PLOVER_FORMAT else EVENT_TYPES)


def read_gold(path: str | Path) -> GoldSet:
    """Read a gold file in either format; raise KgError E80x naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise KgError("E801", f"{path}: no such gold file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise KgError("E801", f"{path}: cannot read gold file ({error})") from error
    objects = [
        (number, _json_object(line, path, number))
        for number, line in enumerate(lines, start=1)
        if line.strip()
    ]
    if not objects:
        raise KgError("E802", f"{path}: no gold documents (one JSON object a line)")
    documents = tuple(_gold_document(data, path, number) for number, data in objects)
    is_plover = any(isinstance(e["actor"], list) for _, o in objects for e in o["events"])
    return GoldSet(str(path), PLOVER_FORMAT if is_plover else KG_FORMAT, documents)


def _json_object(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise KgError("E802", f"{path}:{number}: not a JSON object ({error.msg})") from error
    if not isinstance(data, dict):
        raise KgError("E802", f"{path}:{number}: not a JSON object")
    return data


def _gold_document(data: dict[str, Any], path: Path, number: int) -> GoldDocument:
    where = f"{path}:{number}"
    text, events = data.get("text"), data.get("events")
    if not isinstance(text, str) or not text.strip():
        raise KgError("E803", f'{where}: "text" must be a non-empty string')
    if not isinstance(events, list):
        raise KgError("E803", f'{where}: "events" must be a list (empty for no event)')
    published = data.get("published")
    if published is not None and parse_iso_date(str(published)) is None:
        raise KgError("E803", f'{where}: "published" {published!r} is not a YYYY-MM-DD date')
    return GoldDocument(
        id=str(data.get("id") or f"{path.stem}-{number}"),
        text=text,
        published=published,
        events=tuple(_gold_event(event, where) for event in events),
        line=number,
    )


def _gold_event(data: Any, where: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise KgError("E803", f"{where}: each event must be a JSON object")
    event_type = data.get("type")
    if event_type not in EVENT_TYPES:
        valid = ", ".join(EVENT_TYPES)
        raise KgError("E803", f"{where}: event type {event_type!r} is not one of {valid}")
    actor = _gold_party(data, where, "actor")
    is_plover = isinstance(data.get("actor"), list)
    if actor is None and not is_plover:
        raise KgError("E803", f'{where}: an event needs an "actor" (a name or a list of words)')
    target = _gold_party(data, where, "target")
    date = data.get("date")
    if date is not None and not isinstance(date, str):
        raise KgError("E803", f'{where}: "date" must be YYYY-MM-DD, YYYY-MM, YYYY or null')
    return GoldEvent(actor, event_type, target, date, target_coded=not is_plover or bool(target))


def _gold_party(data: dict[str, Any], where: str, role: str) -> GoldParty | None:
    """A participant: ``actor`` (a name or PLOVER's list of words), PLOVER's ``actor_codes``, or
    the real gold's ``actor_code`` (ISO alpha-3 of its country, ``IGO``, or null)."""
    names, codes, country = data.get(role), data.get(f"{role}_codes"), data.get(f"{role}_code")
    if country is not None and not (isinstance(country, str) and country):
        raise KgError("E803", f'{where}: "{role}_code" must be a country code or null')
    if names is None or names == "" or names == []:
        return GoldParty((), tuple(codes)) if codes else None
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise KgError("E803", f'{where}: "{role}" must be a name, a list of names or null')
    if codes is not None and not (
        isinstance(codes, list) and all(isinstance(c, str) for c in codes)
    ):
        raise KgError("E803", f'{where}: "{role}_codes" must be a list of CAMEO codes')
    return GoldParty(tuple(names), tuple(codes or ()), country)


# -- matching --------------------------------------------------------------------------------


def _gazetteer_entry(name: str) -> GazetteerEntry | None:
    """The gazetteer's actor that a gold name stands for: a name, capital, seat or demonym."""
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(name)
    if entry is not None:
        return entry
    country = gazetteer.country_of_demonym(name)
    if country is not None:
        return gazetteer.lookup(country)
    # "President Francois Mitterand" is the person kg reads that misspelling as
    return gazetteer.misspelled_person(" ".join(_title_free_words(name)))


def _title_free_words(name: str) -> list[str]:
    """The words of a name without titles and articles: "President Vladimir Putin" -> 2 words."""
    from kg.extract import is_person_role

    words = [w for w in slug(name_key(name)).split("-") if w]  # "Yıldırım" is "Yildirim"
    while len(words) > 1 and (words[0] == "the" or is_person_role(words[0])):
        words.pop(0)
    return words


def _name_words(name: str) -> set[str]:
    return set(_title_free_words(name))


def name_matches(actor: Actor, name: str) -> bool:
    """Whether ``name`` names ``actor``: the same gazetteer actor, or one name within the other."""
    entry = _gazetteer_entry(name)
    if entry is not None and (entry.id == actor.id or entry.kind != "person"):
        # A state, capital or organisation: the same actor, or a body or group of that state
        # ("the Pentagon", "Egyptian police" act for their state).
        return entry.id == actor.id or (
            entry.kind == "state"
            and actor.kind not in _INDIVIDUAL_KINDS
            and actor.country == entry.country
        )
    words, label = _name_words(name), _name_words(actor.label)
    return bool(words and label) and (words <= label or label <= words)


def code_matches(actor: Actor, code: str) -> bool:
    """Whether a CAMEO actor code's first three letters are ``actor``'s country (or class)."""
    prefix = code[:3].upper()
    prefix = _OLD_CAMEO_CODES.get(prefix, prefix)
    if prefix == _TRANSNATIONAL_GROUP:
        return actor.kind == "group" and actor.country is None
    if prefix in _CLASS_CODES:
        return (
            actor.kind in _CLASS_CODES[prefix] or _affiliation_kind(actor) in _CLASS_CODES[prefix]
        )
    return actor.country == prefix


def _affiliation_kind(actor: Actor) -> str | None:
    """The kind of the organisation a person acts for ("igo" for the UN's envoy), as Phoenix
    codes an international civil servant by their IGO."""
    if actor.affiliation is None:
        return None
    entry = load_gazetteer().lookup(actor.affiliation)
    return entry.kind if entry is not None else None


def party_matches(actor: Actor, party: GoldParty, *, by_country: bool = False) -> bool:
    """Whether ``actor`` is (one of) the gold participant(s), by name or by CAMEO code.

    ``by_country`` (the country protocol): a participant coded with a country or codes matches
    by them alone, as event data is read by country pair; one with none (a group of no country)
    still matches by name.
    """
    if by_country and (party.country or party.codes):
        return any(code_matches(actor, c) for c in (party.country,) if c) or any(
            code_matches(actor, c) for c in party.codes
        )
    return any(name_matches(actor, n) for n in party.names) or any(
        code_matches(actor, c) for c in party.codes
    )


def _participants_match(
    actor: Actor, target: Actor | None, gold: GoldEvent, by_country: bool
) -> bool:
    if gold.actor is not None and not party_matches(actor, gold.actor, by_country=by_country):
        return False
    if not gold.target_coded:
        return True
    if gold.target is None:
        return target is None
    return target is not None and party_matches(target, gold.target, by_country=by_country)


def event_matches(predicted: Event, gold: GoldEvent, *, by_country: bool = False) -> bool:
    """Same type and participants; either way round for symmetric types ("A met B").

    ``by_country``: participants match by their country codes where the gold gives them.
    """
    if predicted.type != gold.type:
        return False
    if _participants_match(predicted.actor, predicted.target, gold, by_country):
        return True
    return (
        predicted.type in SYMMETRIC_TYPES
        and predicted.target is not None
        and _participants_match(predicted.target, predicted.actor, gold, by_country)
    )


# -- scores ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Miss:
    """A gold event no prediction matched."""

    doc: str
    event: GoldEvent
    text: str


@dataclass(frozen=True)
class FalseAlarm:
    """A predicted event that matches no gold event of its document."""

    doc: str
    event: Event


@dataclass(frozen=True)
class WrongDate:
    """A gold event found, but by predictions that all give it another date."""

    doc: str
    event: GoldEvent
    predicted: Event  # the first matching prediction: its date, sentence and rule


@dataclass(frozen=True)
class TypeScore:
    type: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class RecordScores:
    """The record protocol: each gold record judged once, as a hit, a false alarm or a miss.

    A record is a hit when some predicted event matches one of its coded events; a false alarm
    when kg predicted events for it but none matches; otherwise a miss. Precision is hits over
    records with predictions, recall hits over records with coded events.
    """

    records: int  # records with coded events
    hits: int
    false_alarms: int  # records with predictions, none matching

    @property
    def precision(self) -> float:
        return _ratio(self.hits, self.hits + self.false_alarms)

    @property
    def recall(self) -> float:
        return _ratio(self.hits, self.records)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "protocol": RECORD_PROTOCOL,
            "records": self.records,
            "hits": self.hits,
            "false_alarms": self.false_alarms,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Scores:
    """Precision over predictions, recall over gold events, date and type accuracy (the strict
    protocol), and the record protocol's scores where the gold codes one event a record."""

    documents: int
    gold: int
    found: int  # gold events some prediction matched
    predicted: int
    correct: int  # predictions that matched some gold event
    dated: int  # found gold events that carry a date
    dates_right: int
    typed: int  # one-event documents, where the event type is judged alone
    types_right: int
    misses: tuple[Miss, ...] = ()
    false_alarms: tuple[FalseAlarm, ...] = ()
    wrong_dates: tuple[WrongDate, ...] = ()
    by_type: tuple[TypeScore, ...] = field(default_factory=tuple)
    records: RecordScores | None = None
    country: Scores | None = None  # the same predictions matched by country code alone

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return _ratio(self.dates_right, self.dated)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.types_right, self.typed)

    def to_json(self) -> dict[str, Any]:
        return {
            "protocol": STRICT_PROTOCOL,
            "documents": self.documents,
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "dated": self.dated,
            "date_accuracy": round(self.date_accuracy, 4),
            "typed": self.typed,
            "type_accuracy": round(self.type_accuracy, 4),
            "by_type": {t.type: _type_json(t) for t in self.by_type},
            "misses": [{"doc": m.doc, **m.event.to_json(), "text": m.text} for m in self.misses],
            "false_alarms": [_alarm_json(a) for a in self.false_alarms],
            "wrong_dates": [_wrong_date_json(w) for w in self.wrong_dates],
            **({"record": self.records.to_json()} if self.records is not None else {}),
            **({"country": self.country.summary_json()} if self.country is not None else {}),
        }

    def summary_json(self) -> dict[str, Any]:
        """The headline figures, without the error lists."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            **({"record": self.records.to_json()} if self.records is not None else {}),
        }


def _type_json(score: TypeScore) -> dict[str, int]:
    return {
        "gold": score.gold,
        "found": score.found,
        "predicted": score.predicted,
        "correct": score.correct,
    }


def _alarm_json(alarm: FalseAlarm) -> dict[str, Any]:
    event = alarm.event
    sentence = event.mentions[0].sentence if event.mentions else ""
    return {
        "doc": alarm.doc,
        "actor": event.actor.label,
        "type": event.type,
        "action": event.action,
        "target": event.target.label if event.target else None,
        "date": event.date,
        "sentence": sentence,
        "rule": event.mentions[0].rule if event.mentions else "",
    }


def _wrong_date_json(wrong: WrongDate) -> dict[str, Any]:
    event = wrong.predicted
    return {
        "doc": wrong.doc,
        **wrong.event.to_json(),
        "predicted_date": event.date,
        "date_source": event.date_source,
        "sentence": event.mentions[0].sentence if event.mentions else "",
        "rule": event.mentions[0].rule if event.mentions else "",
    }


def _main_type(predicted: Sequence[Event]) -> str | None:
    """The type of a document's most confident event (the first of equals in text order)."""
    if not predicted:
        return None
    ordered = sorted(predicted, key=_position)
    best = max(ordered, key=lambda e: max((m.confidence for m in e.mentions), default=0.0))
    return best.type


def _position(event: Event) -> int:
    return min((m.start for m in event.mentions), default=0)


@dataclass
class _Tally:
    """Counts gathered document by document."""

    documents: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    dated: int = 0
    dates_right: int = 0
    typed: int = 0
    types_right: int = 0
    records: int = 0
    record_hits: int = 0
    record_alarms: int = 0
    misses: list[Miss] = field(default_factory=list)
    alarms: list[FalseAlarm] = field(default_factory=list)
    wrong_dates: list[WrongDate] = field(default_factory=list)
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, event_type: str, what: str) -> None:
        counts = self.by_type.setdefault(event_type, dict.fromkeys(_TYPE_COUNTS, 0))
        counts[what] += 1


_TYPE_COUNTS = ("gold", "found", "predicted", "correct")


def _score_document(
    tally: _Tally, gold: GoldDocument, predicted: Sequence[Event], by_country: bool
) -> None:
    tally.documents += 1
    _score_record(tally, gold, predicted, by_country)
    for event in gold.events:
        tally.gold += 1
        tally.count(event.type, "gold")
        matching = [p for p in predicted if event_matches(p, event, by_country=by_country)]
        if not matching:
            tally.misses.append(Miss(gold.id, event, gold.text))
            continue
        tally.found += 1
        tally.count(event.type, "found")
        if event.date:
            tally.dated += 1
            if any(p.date == event.date for p in matching):
                tally.dates_right += 1
            else:
                tally.wrong_dates.append(WrongDate(gold.id, event, matching[0]))
    for prediction in predicted:
        tally.predicted += 1
        tally.count(prediction.type, "predicted")
        if any(event_matches(prediction, e, by_country=by_country) for e in gold.events):
            tally.correct += 1
            tally.count(prediction.type, "correct")
        else:
            tally.alarms.append(FalseAlarm(gold.id, prediction))
    if len(gold.events) == 1:
        tally.typed += 1
        tally.types_right += _main_type(predicted) == gold.events[0].type


def _score_record(
    tally: _Tally, gold: GoldDocument, predicted: Sequence[Event], by_country: bool
) -> None:
    """The record protocol: a hit, a false alarm (predictions, none matching) or a miss."""
    if not gold.events:
        return
    tally.records += 1
    if any(event_matches(p, e, by_country=by_country) for p in predicted for e in gold.events):
        tally.record_hits += 1
    elif predicted:
        tally.record_alarms += 1


def score(
    results: Iterable[tuple[GoldDocument, Sequence[Event]]],
    *,
    types: Iterable[str] = EVENT_TYPES,
    per_record: bool = False,
    by_country: bool = False,
) -> Scores:
    """Score each document's predicted events against its gold events.

    Only predictions of ``types`` count (the types the gold format codes). A prediction is
    correct when it matches some gold event of its document; a gold event is found when some
    prediction matches it; its date is right when a matching prediction has the gold date.
    Type accuracy is judged on one-event documents: the type of the most confident prediction.
    With ``per_record`` the scores carry the record protocol's too (``RecordScores``); with
    ``by_country`` participants match by their gold country codes alone (the country protocol).
    """
    wanted = frozenset(types)
    tally = _Tally()
    for gold, predicted in results:
        _score_document(tally, gold, [p for p in predicted if p.type in wanted], by_country)
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    by_type = tuple(
        TypeScore(name, **counts)
        for name, counts in sorted(tally.by_type.items(), key=lambda kv: order.get(kv[0], 99))
    )
    return Scores(
        documents=tally.documents,
        gold=tally.gold,
        found=tally.found,
        predicted=tally.predicted,
        correct=tally.correct,
        dated=tally.dated,
        dates_right=tally.dates_right,
        typed=tally.typed,
        types_right=tally.types_right,
        misses=tuple(tally.misses),
        false_alarms=tuple(tally.alarms),
        wrong_dates=tuple(tally.wrong_dates),
        by_type=by_type,
        records=(
            RecordScores(tally.records, tally.record_hits, tally.record_alarms)
            if per_record
            else None
        ),
    )


# -- running kg on gold documents ------------------------------------------------------------


def as_document(gold: GoldDocument) -> Document:
    return Document(id=gold.id, text=gold.text, published=gold.published, source="gold")


def predict(
    documents: Sequence[GoldDocument], *, model: str = DEFAULT_MODEL
) -> Iterator[tuple[GoldDocument, list[Event]]]:
    """Each gold document with kg's events for it (its mentions merged as a build merges them)."""
    from kg.mentions import document_mentions
    from kg.resolve import events_of

    stream = document_mentions((as_document(d) for d in documents), model=model)
    for gold, (_document, mentions) in zip(documents, stream, strict=True):
        yield gold, events_of(mentions)


def evaluate(gold: GoldSet, *, model: str = DEFAULT_MODEL) -> Scores:
    """Run kg on the documents of a gold set and score its events against the gold (PLOVER's
    by both protocols, strict and per record), by name and, as ``Scores.country``, by the
    participants' country codes alone."""
    results = list(predict(gold.documents, model=model))
    main = score(results, types=gold.types, per_record=gold.per_record)
    country = score(results, types=gold.types, per_record=gold.per_record, by_country=True)
    return replace(main, country=country)


# -- report ----------------------------------------------------------------------------------

_Table = tuple[str, list[str], list[list[str]]]


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def report_rows(scores: Scores, *, shown: int = 25) -> list[_Table]:
    """The report as tables (title, headers, rows): scores, by type, misses, false alarms."""
    summary = [
        ["precision", f"{scores.precision:.3f}", f"{scores.correct}/{scores.predicted} predicted"],
        ["recall", f"{scores.recall:.3f}", f"{scores.found}/{scores.gold} gold events"],
        ["F1", f"{scores.f1:.3f}", "events matched on actor, type, target"],
        ["date accuracy", f"{scores.date_accuracy:.3f}", f"{scores.dates_right}/{scores.dated}"],
        ["type accuracy", f"{scores.type_accuracy:.3f}", f"{scores.types_right}/{scores.typed}"],
    ]
    if (records := scores.records) is not None:
        judged = records.hits + records.false_alarms
        summary += [
            ["record precision", f"{records.precision:.3f}", f"{records.hits}/{judged} records"],
            ["record recall", f"{records.recall:.3f}", f"{records.hits}/{records.records} records"],
            ["record F1", f"{records.f1:.3f}", "per record: its coded event found or not"],
        ]
    if (country := scores.country) is not None:
        summary += [
            ["country F1", f"{country.f1:.3f}", "participants matched by country code alone"],
        ]
        if country.records is not None:
            summary += [
                ["country record F1", f"{country.records.f1:.3f}", "per record, by country"]
            ]
    by_type = [
        [t.type, str(t.gold), str(t.found), str(t.predicted), str(t.correct)]
        for t in scores.by_type
    ]
    misses = [
        [
            m.doc,
            m.event.type,
            m.event.actor.label if m.event.actor else "",
            m.event.target.label if m.event.target else "",
            m.event.date or "",
            _short(m.text),
        ]
        for m in scores.misses[:shown]
    ]
    alarms = [
        [
            a.doc,
            a.event.type,
            a.event.actor.label,
            a.event.action,
            a.event.target.label if a.event.target else "",
            a.event.date or "",
            _short(a.event.mentions[0].sentence if a.event.mentions else ""),
            a.event.mentions[0].rule if a.event.mentions else "",
        ]
        for a in scores.false_alarms[:shown]
    ]
    wrong_dates = [
        [
            w.doc,
            w.event.type,
            w.event.actor.label if w.event.actor else "",
            w.event.date or "",
            w.predicted.date or "",
            w.predicted.date_source,
            _short(w.predicted.mentions[0].sentence if w.predicted.mentions else ""),
            w.predicted.mentions[0].rule if w.predicted.mentions else "",
        ]
        for w in scores.wrong_dates[:shown]
    ]
    return [
        (f"{scores.documents} documents", ["measure", "score", "of"], summary),
        ("By type", ["type", "gold", "found", "predicted", "correct"], by_type),
        (
            f"Misses ({len(misses)} of {len(scores.misses)})",
            ["doc", "type", "actor", "target", "date", "text"],
            misses,
        ),
        (
            f"False alarms ({len(alarms)} of {len(scores.false_alarms)})",
            ["doc", "type", "actor", "action", "target", "date", "sentence", "rule"],
            alarms,
        ),
        (
            f"Wrong dates ({len(wrong_dates)} of {len(scores.wrong_dates)})",
            ["doc", "type", "actor", "gold date", "kg date", "from", "sentence", "rule"],
            wrong_dates,
        ),
    ]
