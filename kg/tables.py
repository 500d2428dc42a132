"""Event tables for analysts: one flat row per event, and the full record with its codes.

``kg events --format csv`` writes ``EVENT_TABLE_COLUMNS``: the columns of the event table today
(date, actor, type, action, target, place, sources) and then the event's id, each participant's
id, kind and country, the CAMEO code, the QuadClass and Goldstein score derived from it (as the
GDELT export derives them: ``kg.gdelt``), and the documents that report the event with their URLs
where the graph knows them (``schema:url``). Several documents share one cell, separated by
``DOCUMENT_SEPARATOR``.

>>> from kg.records import Actor, Event, Mention
>>> putin = Actor("person/vladimir-putin", "Vladimir Putin", "person", "RUS")
>>> moon = Actor("person/moon-jae-in", "Moon Jae-in", "person", "KOR")
>>> met = Event("e1", "CONSULT", "meet", "040", putin, moon, "2017-09-06", None,
...             (Mention("a", "Putin met Moon.", 0, 15), Mention("b", "They met.", 0, 9)))
>>> row = event_table_row(met, {"b": "https://example.org/b"})
>>> row["quad_class"], row["goldstein"], row["documents"], row["urls"]
(1, 1.0, 'a;b', ';https://example.org/b')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.gdelt import goldstein, quad_class
from kg.records import Actor, Event

DOCUMENT_SEPARATOR = ";"
EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "actor",
    "type",
    "action",
    "target",
    "place",
    "sources",
    "id",
    "date_source",
    "actor_id",
    "actor_kind",
    "actor_country",
    "target_id",
    "target_kind",
    "target_country",
    "place_country",
    "cameo",
    "quad_class",
    "goldstein",
    "documents",
    "urls",
)


def event_documents(event: Event) -> list[str]:
    """The ids of the documents reporting ``event``, each once, in order."""
    return list(dict.fromkeys(m.doc for m in event.mentions))


def event_table_row(event: Event, urls: Mapping[str, str]) -> dict[str, Any]:
    """``event`` as a flat row of ``EVENT_TABLE_COLUMNS``; None where a value is unknown.

    ``urls`` maps document ids to URLs (``kg.gdelt.document_urls``); ``urls`` holds one cell per
    document of ``documents``, in the same order, empty where the URL is not known.
    """
    documents = event_documents(event)
    return {
        "date": event.date,
        "actor": event.actor.label,
        "type": event.type,
        "action": event.action,
        "target": event.target.label if event.target else None,
        "place": event.place.label if event.place else None,
        "sources": event.sources,
        "id": event.id,
        "date_source": event.date_source,
        **_participant("actor", event.actor),
        **_participant("target", event.target),
        "place_country": event.place.country if event.place else None,
        "cameo": event.cameo,
        "quad_class": quad_class(event.cameo),
        "goldstein": goldstein(event.cameo),
        "documents": DOCUMENT_SEPARATOR.join(documents),
        "urls": DOCUMENT_SEPARATOR.join(urls.get(doc, "") for doc in documents)
        if any(doc in urls for doc in documents)
        else None,
    }


def event_record(event: Event, urls: Mapping[str, str]) -> dict[str, Any]:
    """``event``'s JSON record (``Event.to_json``) with its QuadClass, Goldstein score and
    documents: ``"documents": [{"id": ..., "url": ... or null}, ...]``."""
    return {
        **event.to_json(),
        "quad_class": quad_class(event.cameo),
        "goldstein": goldstein(event.cameo),
        "documents": [{"id": doc, "url": urls.get(doc)} for doc in event_documents(event)],
    }


def _participant(role: str, actor: Actor | None) -> dict[str, str | None]:
    return {
        f"{role}_id": actor.id if actor else None,
        f"{role}_kind": actor.kind if actor else None,
        f"{role}_country": actor.country if actor else None,
    }
