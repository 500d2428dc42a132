"""Dates and places: the date expression and the place of an event, from its own phrase, its
head conjunct's or the statement reporting it; a place as a target ("imposed a curfew in
Cizre") and a visit's host ("arrived in Tehran").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager

from spacy.tokens import Doc, Span, Token

from kg.carriers import CARRIED_DEPS, carried_event
from kg.dates import (
    counted_offset,
    is_counted_from_named_time,
    is_duration,
    is_holiday,
    is_long_length,
    is_month_name,
    is_unplaceable,
    names_a_day,
    names_a_holiday_season,
    names_a_single_day,
    names_a_time,
)
from kg.doc_memo import DocMemo
from kg.extract.actors import names_a_person_by_month, ref_from_entity
from kg.extract.clauses import (
    governing_verb,
    is_past_perfect,
    is_purpose,
    is_statement_verb,
    quotation_of,
    sentence_before,
    sentence_of,
    speech_verb,
)
from kg.extract.entities import entity_index, entity_of
from kg.extract.refs import ActorRef
from kg.extract.words import ARMED_FORCE_WORDS, PLACE_NOUNS, SUBJECT_DEPS, word_list

# Clausal children: their dates and places belong to their own events.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "csubj", "relcl", "acl"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = word_list("place_preps")
# Prepositions naming where an action's object goes, which is where the action aims: "blocked
# transport into Abidjan".
_OBJECT_PLACE_PREPS = word_list("object_place_preps")
# Sites a place's name is compounded before, which are in that place: "at Manchester airport".
_SITE_NOUNS = word_list("position_nouns")
# Verbs of an event's course, whose time is the time of the event that is their subject ("talks
# resumed on Monday").
_OCCURRENCE_LEMMAS = word_list("occurrence_lemmas")
# Words after a span of time that count it from another event: "three days after".
_RELATIVE_WORDS = frozenset({"after", "before", "earlier", "later"})
# Units a span of time is counted in: "hours later".
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
# Words after a span of time that make it a point: "a day after", "five years ago".
_COUNTING_WORDS = _RELATIVE_WORDS | {"ago", "since"}
# Marks of a clause at the time of the one it is on: "when he visited Cairo".
_SAME_TIME_MARKS = frozenset({"when", "while"})
# Prepositions of the larger event an act was part of: "seized in an offensive launched in 2016".
_SETTING_PREPS = word_list("setting_preps")
# Verbs of refusal, whose refused act has no time of its own: "refused to recognise the result
# on Wednesday" is a refusal on Wednesday.
_REFUSAL_LEMMAS = word_list("refusal_lemmas")
# A time named by an earlier one: "in the same month" is the month of the last date before it.
# The ways down from a statement into what it says, and on into its phrases and relative clauses.
_WHAT_IS_SAID = frozenset({"ccomp", "xcomp", "dobj"})
_WITHIN_WHAT_IS_SAID = _WHAT_IS_SAID | {
    "acl",
    "acomp",
    "appos",
    "attr",
    "conj",
    "nsubj",
    "nsubjpass",
    "pcomp",
    "pobj",
    "prep",
    "relcl",
}
_SAME_TIME = re.compile(r"^(?:in\s+|on\s+)?the\s+same\s+(?:day|week|month|year)$", re.IGNORECASE)


def _own_tokens(predicate: Token, *, keep_relative_clauses: bool) -> Iterator[Token]:
    """Tokens of the predicate's phrase, leaving out clauses that carry their own events: the
    relative clauses of an event noun and the nouns listed with its participants are its
    phrase, not the clause telling what it says or wants ("Çavuşoğlu's announcement that Trump
    has received an invitation to visit Turkey in 2019": the visit's year, not the
    announcement's)."""
    skip = _CLAUSE_DEPS - ({"relcl", "acl"} if keep_relative_clauses else set())
    stack = [predicate]
    while stack:
        token = stack.pop()
        yield token
        at_predicate = token == predicate
        stack.extend(
            c
            for c in token.children
            if (c.dep_ not in skip or (keep_relative_clauses and _is_listed_noun(c, predicate)))
            and not (at_predicate and _tells_its_content(c))
        )


def _is_listed_noun(token: Token, predicate: Token) -> bool:
    """A noun listed with a participant of an event noun, whose phrase the parser may hang the
    event's time on: "The initial incursion by Turkish troops and their FSA allies on Sunday"
    ("on Sunday" on "allies"). Not a noun listed with the event noun itself, an event of its
    own."""
    return token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head != predicate


# Marks of a clause that tells what a noun says or wants: "the announcement that", "a call to".
_CONTENT_MARKS = frozenset({"that", "whether", "to"})


def _tells_its_content(clause: Token) -> bool:
    """A clause on a noun opened by "that", "whether" or an infinitive's "to": what the noun
    says, asks or wants, with times of its own ("announcement that Trump has received an
    invitation to visit Turkey in 2019", "a call to hold elections next year")."""
    return clause.dep_ in {"acl", "relcl"} and any(
        c.dep_ in {"mark", "aux"} and c.lower_ in _CONTENT_MARKS for c in clause.children
    )


# The date of each predicate's own phrase found so far in each Doc being extracted, by the
# predicate's position and whether it is read as a noun (see ``own_date``).
_OWN_DATES: DocMemo[dict[tuple[int, bool], str | None]] = DocMemo(lambda doc: {})


def own_dates_kept(doc: Doc) -> AbstractContextManager[None]:
    """Keep the own date of each predicate of ``doc`` once found, for look-ups made while the
    block runs: the date rules ask for the same clause's own date many times (the scene rules
    for each sentence before), and the parse does not change meanwhile."""
    return _OWN_DATES.kept(doc)


def own_date(predicate: Token, *, nominal: bool) -> str | None:
    """The date expression of the predicate's own phrase (see ``_own_date``), found once per
    predicate while ``own_dates_kept`` holds its Doc."""
    kept = _OWN_DATES.get(predicate.doc)
    if kept is None:
        return _own_date(predicate, nominal=nominal)
    key = (predicate.i, nominal)
    if key not in kept:
        kept[key] = _own_date(predicate, nominal=nominal)
    return kept[key]


def _own_date(predicate: Token, *, nominal: bool) -> str | None:
    """The date expression of the predicate's own phrase: the first date in it, unless one of
    its dates counts from another event ("three days after", "five days earlier"), which puts
    the event at a time the text does not give: then that expression. With no date, a
    participant named by an office held then ("then-Conservative leader Iain Duncan Smith"), a
    length of years it lasted ("a decades-long insurgency") or a war or a rule it was part of
    ("during his campaign") puts it at a time past the text does not give: "then"."""
    tokens = sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i)
    dates, lengths = [], []
    for token in tokens:
        untagged = _is_untagged_year(token) or _untagged_time(token) is not None
        span = _date_entity(token) if token.ent_iob_ == "B" or untagged else None
        if span is not None and _lasted(span, predicate):
            lengths.append(span)
        if span is None or not _is_a_point_in_time(span):
            continue
        if not _dates_another_noun(span, predicate):
            dates.append(span)
    if (counted_back := _counted_back(predicate)) is not None:
        return counted_back
    measured = [*((_measured_from(span), span[0]) for span in dates), *_counted_spans(tokens)]
    if anchored := next((m for m in measured if is_unplaceable(m[0])), None):
        # "three days after": not the other date the clause has; "Ten days earlier": from the
        # time the story last named
        return _from_named_time(*anchored)
    if dates:
        # "In January, the then secretary of state ... pledged"; "And later that month, Ankara
        # agreed" (the month the story last named)
        return _from_named_time(_with_lead(dates[0]), dates[0][0])
    if (that_time := next((t for t in tokens if _is_at_the_time(t)), None)) is not None:
        return _time_set_before(that_time)
    if lengths or any(_is_then(token) or _is_in_an_era(token) for token in tokens):
        return "then"  # "which has fought a decades-long insurgency": years gone by
    return next((h for token in tokens if (h := _untagged_holiday(token)) is not None), None)


# Verbs whose object names the activity they carry on, which lasts as long as it does: "has
# fought a decades-long insurgency", "waged a four-decade war".
_WAGING_LEMMAS = word_list("waging_lemmas")
# How a length of time hangs on the noun of what lasted it: "a decades-long | insurgency", "a
# four-decade civil war", "its months-long operation".
_LENGTH_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod"})


def _lasted(span: Span, predicate: Token) -> bool:
    """A length of months or more that the event lasted, which puts it in years gone by with no
    day of its own: on its noun ("Turkey's two-year-long detention of a US citizen"), on the
    object of a verb carrying on what it names ("the PKK, which has fought a decades-long
    insurgency"), or after "for" on a perfect of carrying on ("Turkey has for years been
    threatening", "has fought for decades"; not "has been jailed for eight years", the length
    of the sentence)."""
    if not is_long_length(span.text) or _measured_from(span):
        return False
    node = span.root
    while node.dep_ in _LENGTH_DEPS and (node in span or node.pos_ not in {"NOUN", "PROPN"}):
        node = node.head  # "decades" -> "long" -> "insurgency"
    if node.i == predicate.i:
        return True
    if node.dep_ == "dobj" and node.head.i == predicate.i:
        return predicate.lemma_.lower() in _WAGING_LEMMAS and not _is_going_on(predicate)
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.i == predicate.i
        and _is_perfect(predicate)
        and (predicate.tag_ == "VBG" or predicate.lemma_.lower() in _WAGING_LEMMAS)
    )


def _is_going_on(verb: Token) -> bool:
    """A verb in the present, not the perfect: what it carries on goes on now, whatever its
    length ("Saudi Arabia and its adversaries ... are fighting a three-year war": the paper's
    day), where "which has fought a decades-long insurgency" tells years gone by."""
    return _is_present(verb) and not _is_perfect(verb)


# Nouns of a long time of war or power, whose part an act is put in: "during his campaign",
# "early in Syria's civil war", "at the height of the uprising".
_ERA_NOUNS = word_list("era_nouns")
# Nouns of a part of such a time: "at the height of", "in the early days of".
_ERA_PART_NOUNS = word_list("era_part_nouns")


def _is_in_an_era(token: Token) -> bool:
    """A war, a rule or a campaign as the time of an act, which puts it in years gone by with
    no day of its own: "Trump had promised during his campaign", "Early in Syria's devastating
    seven-year civil war, Shia Iran sent tactical advisers", "at the height of the uprising"."""
    if token.dep_ != "pobj" or token.lemma_.lower() not in _ERA_NOUNS:
        return False
    prep = token.head
    if prep.lower_ == "during":
        return True
    if prep.lower_ == "in":
        return prep.head.lower_ in {"early", "earlier", "late", "later"}  # "Early in the war"
    part = prep.head
    return (
        prep.lower_ == "of"
        and part.lemma_.lower() in _ERA_PART_NOUNS
        and part.dep_ == "pobj"
        and part.head.lower_ in {"at", "in"}
    )


def _untagged_holiday(token: Token) -> str | None:
    """A holiday the parser tags as no date, with its preposition: "Just before Christmas the UN
    acknowledged" ("before Christmas")."""
    if token.dep_ != "pobj" or token.ent_type_ or not is_holiday(token.text):
        return None
    prep = token.head
    return f"{prep.text} {token.text}" if prep.lower_ in _AROUND_HOLIDAY | {"on", "at"} else None


def _date_entity(token: Token) -> Span | None:
    """The date entity ``token`` is in: a date, or a time of day that names its day ("on
    Wednesday night", "last night", "hours later"), which the parser tags as a time."""
    if _is_untagged_year(token):
        return Span(token.doc, token.i, token.i + 1, label="DATE")
    if (time := _untagged_time(token)) is not None:
        return Span(token.doc, token.i, time.i + 1, label="DATE")
    if token.ent_type_ not in {"DATE", "TIME"}:
        return None
    span = entity_index(token.doc).at(token.i)
    if span is None or (span.label_ == "TIME" and not names_a_day(span.text)):
        return None
    return span


# Prepositions a year is the object of as a time: "the summer of 2015", "in 2016".
_YEAR_PREPS = frozenset({"in", "of", "since", "from", "until", "by", "during"})


# Nouns of a time a determiner points to, as an adverb of an act: "This year Turkey ended".
_POINTED_TIME_NOUNS = word_list("pointed_time_nouns")


def _untagged_time(token: Token) -> Token | None:
    """The noun of a time that ``token``, its determiner, points to, where the model tags no
    date: "This year Turkey ended its months-long Euphrates Shield operation" ("This year", on
    "ended"); "That night, senators flew back" (the night of the day the story last named)."""
    if token.dep_ != "det" or token.lower_ not in {"this", "last", "that"} or token.ent_type_:
        return None
    time = token.head
    adverbial = time.dep_ == "npadvmod" and time.i == token.i + 1
    return time if adverbial and time.lemma_.lower() in _POINTED_TIME_NOUNS else None


def _is_untagged_year(token: Token) -> bool:
    """A year the model tags as no date (a number, or nothing): "the summer of 2015", "Russia,
    whose 2015 military intervention saved his bacon", "In a 2016 cross-border operation"."""
    if token.ent_type_ in {"DATE", "TIME"} or _YEAR.fullmatch(token.text) is None:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in _YEAR_PREPS
    before = token.doc[token.i - 1] if token.i >= 1 else None
    determined = before is not None and before.dep_ in {"det", "poss"}
    return token.dep_ in {"nummod", "compound"} and determined


# Nouns of a purpose phrase, whose act is done when the act it hangs on is: "in an effort to".
_PURPOSE_NOUNS = word_list("purpose_nouns")
# Parts of a day a weekday or a date names: "Thursday afternoon".
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Prepositions of the occasion an event happens at: "said in a 2016 interview".
_OCCASION_PREPS = word_list("occasion_preps")


def _dates_another_noun(span: Span, predicate: Token) -> bool:
    """A date that modifies a noun other than the predicate dates that noun, not the event:
    "announced his withdrawal from the landmark 2015 Iran nuclear deal" (the deal is of 2015, the
    announcement of today), "blamed the regime for last Saturday's attack" (the blame is not
    Saturday's); "the 2015 invasion" as the predicate keeps its date, and so do the
    event a light verb carries ("launched its 2016 offensive") and the setting of the predicate
    ("said in a 2016 interview"). A holiday's name alone on another noun names a kind of
    thing, not a day: "told the Guardian at a Christmas political fundraising raffle"."""
    root, noun = span.root, span.root.head
    if noun.lower_ in _PARTS_OF_DAY:
        return False  # "on Thursday afternoon", split by the parser into a date and a time
    if _is_object_of_bare_preposition(span):
        return False  # "In December Donald Trump announced", the month parsed onto the name
    if _names_a_kind_of_thing(span, predicate):
        return True  # "at a Christmas fundraising raffle"
    setting = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _OCCASION_PREPS
        and noun.head.head.i == predicate.i
    )
    return (
        root.dep_ in {"compound", "nummod", "amod", "poss"}
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.i != predicate.i
        and not setting
        and not _carries(predicate, noun)
    )


# Nouns of a time a holiday names, which is a time around it: "over the Christmas holidays".
_HOLIDAY_TIME_NOUNS = word_list("holiday_time_nouns") | _POINTED_TIME_NOUNS


def _names_a_kind_of_thing(span: Span, predicate: Token) -> bool:
    """A holiday's name alone modifying a noun other than the predicate, which names a kind of
    that thing, not its day: "a Christmas (political fundraising) raffle", "Christmas lights";
    not a time ("the Christmas holidays", "Christmas week")."""
    noun = span.root.head
    return (
        names_a_holiday_season(span.text)
        and span.root.dep_ in {"compound", "nmod", "amod"}
        and noun.pos_ == "NOUN"
        and noun.i != predicate.i
        and noun.lemma_.lower() not in _HOLIDAY_TIME_NOUNS
    )


def _is_object_of_bare_preposition(span: Span) -> bool:
    """A date right after a preposition the parser left without its object, which it hangs on
    the noun that follows instead: "In December Donald Trump announced" ("December" a compound
    of "Trump", "In" with no object): the date is the preposition's object."""
    before = span.doc[span.start - 1] if span.start >= 1 else None
    return (
        before is not None
        and before.dep_ == "prep"
        and not any(c.dep_ == "pobj" for c in before.children)
    )


def _carries(verb: Token, noun: Token) -> bool:
    carried = carried_event(verb)
    return carried is not None and carried.i == noun.i


def _is_a_point_in_time(span: Span) -> bool:
    """A date entity that names a time the event can be at: not an age ("Mira Rojkan, 22,"), a
    person with a month's name ("urged May") or a length of time ("six days of questioning")."""
    named = names_a_time(span.text) or is_unplaceable(span.text)  # "in the 1990s": history
    return named and not _names_a_participant(span) and not _is_length_of_time(span)


def _names_a_participant(span: Span) -> bool:
    """A month's name alone as a subject or object names a person: "urged May to give",
    "talks with May" (a month is "in May", never "with May")."""
    return is_month_name(span.text) and names_a_person_by_month(span.root)


def _is_length_of_time(span: Span) -> bool:
    """A length of time that counts from no other event: "after six days of questioning", "for
    three years", "its months-long operation". One that does is a date ("a day after Trump
    said": a day before the news)."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    counts = following is not None and following.lower_ in _COUNTING_WORDS
    length = is_duration(span.text) or is_long_length(span.text)
    return length and not counts and not _is_within_another(span)


def _is_within_another(span: Span) -> bool:
    """A length of time within which an act followed another: "Within days of Trump's demand
    for an abrupt US departure, he was ordering the biggest military operation in Syria"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start >= 1 else None
    following = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ == "within"
        and following is not None
        and following.lower_ == "of"
    )


def _earlier_date(span: Span) -> Span | None:
    """The last date of the sentence before ``span``."""
    sentence = span.sent
    earlier = [e for e in sentence.ents if e.label_ == "DATE" and e.end <= span.start]
    return earlier[-1] if earlier else None


# Words that put an event around a holiday, not on it: "before Christmas".
_AROUND_HOLIDAY = frozenset({"before", "after", "over", "during", "until"})


def _with_lead(span: Span) -> str:
    """A date with the words before it that make it vague: "earlier in | the week" (the parser's
    entity is "the week", which alone would read as this week's date)."""
    if (of_that_year := _month_of_that_year(span)) is not None:
        return of_that_year
    if _SAME_TIME.match(span.text):
        # "killed in November 2015, and Davis, who was captured in the same month"
        earlier = _earlier_date(span)
        return earlier.text if earlier is not None else "that month"
    doc = span.doc
    before = doc[span.start - 1] if span.start >= 1 else None
    if before is not None and before.lower_ in _AROUND_HOLIDAY and is_holiday(span.text):
        return f"{before.text} {span.text}"  # "before Christmas": that month, not the day
    lead = doc[span.start - 2 : span.start] if span.start >= 2 else None
    if (
        span.text.lower() == "the week"
        and lead is not None
        and lead[1].lower_ == "in"
        and lead[0].lower_ in {"earlier", "later"}
    ):
        return f"{lead.text} {span.text}"
    return span.text


def _month_of_that_year(span: Span) -> str | None:
    """A month of "that year": that month of the year the story last named ("the vote against
    military action in August that year" after "in August 2013": "August 2013"), or "that year"
    (no date kg can place) when it named none; None for any other date."""
    doc = span.doc
    following = [t.lower_ for t in doc[span.end : span.end + 2]]
    month = span.text if following == ["that", "year"] else None
    if month is None and span.text.lower().endswith(" that year"):
        month = span.text[: -len(" that year")]
    if month is None or not is_month_name(month):
        return None
    earlier = (e.text for e in doc.ents if e.label_ == "DATE" and e.end <= span.start)
    years = [year.group() for text in earlier for year in _YEAR.finditer(text)]
    return f"{month} {years[-1]}" if years else "that year"


def _counted_back(predicate: Token) -> str | None:
    """The time of the event a count before "after" or "before" counts from, counted from the
    day of the clause it is told against: "On Monday, three days after Trump and Erdoğan spoke
    by phone, Ankara pledged" (the call: "three days earlier from Monday"). That day is one the
    clause opens with, where the parser hangs the opening date on it, else that of the clause
    it is on; None where neither names a single day, or the count has no number ("days
    after")."""
    found = _count_before_mark(predicate)
    if found is None:
        return None
    count, mark = found
    way = "earlier" if mark.lower_ == "after" else "later"
    offset = f"{predicate.doc[count.left_edge.i : count.i + 1].text} {way}"
    if counted_offset(offset) is None:
        return None
    day = _opening_day(predicate, count.left_edge.i)
    if day is None and predicate.dep_ == "advcl":
        day = own_date(predicate.head, nominal=False)
    if day is None or not names_a_single_day(day):
        return None
    return f"{offset} from {day}"


def _counted_from_its_clause(noun: Token) -> str | None:
    """The time of an event noun a count before "after" or "before" measures the clause's time
    from: the clause's day counted back ("Mattis's resignation on Thursday came a day after
    Trump's announcement": "a day earlier from Thursday"), or, for a clause in the present with
    no time of its own, the count back from the paper's day ("One month after Trump's surprise
    announcement, the US decision to pull out still resonates": "One month ago"). None where the
    clause names no single day and is told in the past, or the count has no number."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"after", "before"}:
        return None
    count, clause = _count_on(prep)
    if count is None or clause is None:
        return None
    counted = noun.doc[count.left_edge.i : count.i + 1].text
    way = "earlier" if prep.lower_ == "after" else "later"
    if counted_offset(f"{counted} {way}") is None:
        return None
    times = _times_of_clause(clause, count)
    day = next((t for t in times if names_a_single_day(t) and not is_unplaceable(t)), None)
    if day is not None:
        return f"{counted} {way} from {day}"
    if prep.lower_ == "after" and _is_present(clause) and not times:
        return f"{counted} ago"
    return None


def _count_on(prep: Token) -> tuple[Token | None, Token | None]:
    """The count of time just before "after" or "before" and the clause it measures: the parser
    hangs the phrase on the count ("One month | after ...", on "resonates"), the count on the
    phrase, or the count and the phrase both on the verb ("came | a day | after ...")."""
    head = prep.head
    if head.i == prep.i - 1 and head.dep_ == "npadvmod" and head.lemma_.lower() in _TIME_UNITS:
        return (head, head.head) if head.head.pos_ in {"VERB", "AUX"} else (None, None)
    count = next(
        (
            c
            for c in (*prep.children, *head.children)
            if c.dep_ == "npadvmod" and c.i == prep.i - 1 and c.lemma_.lower() in _TIME_UNITS
        ),
        None,
    )
    return (count, head) if head.pos_ in {"VERB", "AUX"} else (None, None)


def _times_of_clause(clause: Token, count: Token) -> list[str]:
    """The times a clause's own phrase or its subject's names, but the count itself: "came a day
    after" with "Mattis's resignation on Thursday" as its subject (Thursday)."""
    subject = _subject_of(clause)
    times = []
    for dated in (d for d in (clause, subject) if d is not None):
        for token in sorted(_own_tokens(dated, keep_relative_clauses=False), key=lambda t: t.i):
            span = _date_entity(token) if token.ent_iob_ == "B" else None
            if span is not None and count not in span and _is_a_point_in_time(span):
                times.append(span.text)
    return times


def _count_before_mark(predicate: Token) -> tuple[Token, Token] | None:
    """The count of time before the "after" or "before" that opens the clause, and that word:
    "three days | after Trump and Erdoğan spoke" (the parser hangs the count on either)."""
    mark = next(
        (c for c in predicate.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}),
        None,
    )
    if mark is None:
        return None
    count = next(
        (
            c
            for c in (*mark.children, *predicate.children)
            if c.dep_ == "npadvmod" and c.i == mark.i - 1 and c.lemma_.lower() in _TIME_UNITS
        ),
        None,
    )
    return (count, mark) if count is not None else None


def _opening_day(predicate: Token, before: int) -> str | None:
    """The last single day named in the predicate's own phrase before token ``before``: the
    day a sentence opens with, which the parser hangs on the clause told against it ("On
    Monday, three days after Trump ... spoke")."""
    days = [
        span.text
        for token in _own_tokens(predicate, keep_relative_clauses=False)
        if token.ent_iob_ == "B" and token.i < before
        if (span := _date_entity(token)) is not None and span.end <= before
    ]
    return days[-1] if days and names_a_single_day(days[-1]) else None


def _main_clause_day(conjunct: Token) -> str | None:
    """The day of a main clause the parser joins as a conjunct to the clause before it, which
    it reads as the sentence's root though a count before "after" opens it: "On Monday, three
    days after Trump and Erdoğan spoke by phone, Ankara pledged" (Monday, the day the opening
    count is from, not three days before it)."""
    head = conjunct.head
    found = _count_before_mark(head) if head.dep_ == "ROOT" else None
    if found is None or not any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        return None
    return _opening_day(head, found[0].left_edge.i)


def _measured_from(span: Span) -> str:
    """A date as a time measured from another ("three days" before "after" is "three days
    after", whether the parser hangs the count on "after" or "after" on the count: "A day
    after the Kabul assault"; "within days of" is "days after"; "five days earlier" is one
    already); "" for any other date."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        following is not None
        and following.lower_ in _RELATIVE_WORDS
        and following.i in {span.root.head.i, *(c.i for c in span.root.children)}
    ):
        return f"{span.text} {following.text}"
    if _is_within_another(span):
        return f"{span.text} after"  # "within days of Trump's demand": days after it
    return span.text if span[-1].lower_ in _RELATIVE_WORDS else ""


def _counted_spans(tokens: list[Token]) -> Iterator[tuple[str, Token]]:
    """Spans of time counted from another event that the parser tags as no date, with their
    first word: "the UN hours later announced" ("hours later")."""
    for token in tokens:
        if token.lower_ not in _RELATIVE_WORDS or token.ent_type_:
            continue
        for count in token.children:
            if count.dep_ == "npadvmod" and count.lemma_.lower() in _TIME_UNITS:
                yield f"{count.text} {token.text}", count


# How many sentences back a count of time ("ten days earlier") looks for the time it counts from.
_NAMED_TIME_LOOK_BACK = 8


def _from_named_time(text: str, first: Token) -> str:
    """A count of time from the time the story last named before it, written with that time
    ("The SNC voted on Saturday ... the UN hours later announced": "hours later from on
    Saturday"); any other date expression, or a count with no time named before it, as it is."""
    if counted_offset(text) is None:
        return text
    named = _named_time_before(first)
    return f"{text} from {named.text}" if named is not None else text


def _named_time_before(token: Token) -> Span | None:
    """The last time named before ``token`` in its sentence or the few before it, that counts
    from no other ("One year earlier" is passed over); None when that time is one kg cannot
    place ("last week"); lengths of time and ages are passed over."""
    sentence = sentence_of(token)
    for _ in range(_NAMED_TIME_LOOK_BACK):
        times = [e for e in sentence.ents if e.label_ in {"DATE", "TIME"} and e.end <= token.i]
        for span in reversed(times):
            if counted_offset(span.text) is not None or not _is_a_point_in_time(span):
                continue
            if span[-1].lower_ == "weekend":
                continue  # "on Saturday 31 August 2013 – Labor Day weekend": no day of its own
            if span.label_ == "TIME" and not names_a_day(span.text):
                continue
            return None if is_unplaceable(span.text) else span
        if sentence.start == 0:
            return None
        sentence = sentence_before(sentence)
    return None


def _time_set_before(time: Token) -> str:
    """The time "at the time" points back to: the last time the story named before it that
    kg can place ("Prakash was last year mistakenly thought to be killed in a US-led bombing of
    the Iraqi city of Mosul. Iraqi officials at the time said": last year); with none, a time
    past the text does not give ("then")."""
    named = _named_time_before(time)
    return _with_lead(named) if named is not None else "then"


def _is_then(token: Token) -> bool:
    """ "then" before an office ("then-Conservative leader", "the then prime minister"), or the
    time of another event ("Iraqi officials at the time said", "at that time")."""
    return (
        token.lower_ == "then"
        and token.dep_ in {"advmod", "amod"}
        and token.head.pos_
        in {
            "ADJ",
            "NOUN",
            "PROPN",
        }
    ) or _is_at_the_time(token)


# Prepositions of a time the text set before: "at that time", "during that time", "by then".
_THAT_TIME_PREPS = word_list("that_time_preps")


def _is_at_the_time(token: Token) -> bool:
    """ "time" in "at the time" or "at that time" (not "at the same time", which is "also"), or
    "during that time" ("Over the next three years he returned to Syria twice ... During that
    time he rose to the rank of commander"): a time the text set before, not the paper's day."""
    return (
        token.lower_ == "time"
        and token.dep_ == "pobj"
        and token.head.lower_ in _THAT_TIME_PREPS
        and [c.lower_ for c in token.children] in (["the"], ["that"])
    )


def date_text_of(predicate: Token, *, nominal: bool) -> str | None:
    """The date expression of an event: its own phrase's; else, for a conjunct, its head's
    ("expelled diplomats on Wednesday and suspended contacts"); else that of the statement
    reporting it ("Russia withdrew its troops, the Kremlin said on Wednesday")."""
    own = own_date(predicate, nominal=nominal)
    if own is not None:
        return own
    if not nominal and _is_ground_of_a_penalty(predicate):
        return "then"  # "began a legal case against Poland for refusing to participate"
    if not nominal and (refused := _refused_act_date(predicate)) is not None:
        return refused
    if not nominal and (saying := _date_before_what_is_said(predicate)) is not None:
        return saying  # "The Pentagon said last December it would increase"
    if not nominal and (setting := _setting_date(predicate)) is not None:
        return setting
    if not nominal and (same_time := _same_time_clause_date(predicate)) is not None:
        return same_time  # "the territory occupied by Isis when it swept through Iraq in 2014"
    if not nominal and _is_cleft(predicate):
        return own_date(predicate.head, nominal=False)  # "it was only last week that Trump ordered"
    if not nominal and predicate.dep_ == "conj" and (main := _main_clause_day(predicate)):
        return main  # "On Monday, three days after Trump ... spoke by phone, Ankara pledged"
    if (
        predicate.dep_ == "conj"
        and predicate.head.pos_ == predicate.pos_
        and not _is_perfect_after_past(predicate)
        and not _is_statement_after_perfect(predicate)
        and not _is_noun_phrase_of_its_own(predicate)
        and not _is_present_after_past(predicate)
    ):
        return date_text_of(predicate.head, nominal=nominal)
    if not nominal and (speaking := _speaking_date(predicate)) is not None:
        return speaking  # "James Jeffrey, speaking on Monday at the Atlantic Council, said"
    if not nominal and (means := _act_of_means(predicate)) is not None:
        return date_text_of(means, nominal=False)  # "retaliated on Tuesday by expelling"
    if not nominal and (purpose := _day_of_its_purpose(predicate)) is not None:
        return purpose  # "Mattis went to see the president on Thursday afternoon"
    if not nominal and (of_noun := _date_of_infinitive_noun(predicate)) is not None:
        return of_noun  # "George W Bush's 2003 decision to invade Iraq"
    if not nominal and (undergone := _date_of_undergone_deed(predicate)) is not None:
        return undergone  # "is serving a jail sentence in Turkey, imposed last year"
    if nominal and (counted := _counted_from_its_clause(predicate)) is not None:
        return counted  # "One month after Trump's surprise announcement, the decision resonates"
    if nominal and (kind := _date_of_kind(predicate)) is not None:
        return kind  # "NATO's 1999 bombing campaign"
    if nominal and (bidden := _bidden_deed_date(predicate)) is not None:
        return bidden  # "Russia's military intervention in Syria in 2015 at Assad's request"
    governing = _governing_date(predicate) if nominal else None
    if governing is not None:
        return governing
    if (when := _time_named(predicate)) is not None:
        return when  # "earlier in the week when she visited"
    if not nominal and (deed := _date_of_described_deed(predicate)) is not None:
        return deed  # "Saturday's alleged chemical attack in Damascus, which killed 50 people"
    if not nominal and (exchange := _date_of_exchange(predicate)) is not None:
        return exchange  # "a telephone conversation on 14 December with Erdoğan, who had urged"
    if (purposed := _purposed_act(predicate)) is not None:
        # "launched a military campaign in Afrin last month, in an effort to drive out Kurdish
        # militias": the time of the act it is the purpose of
        return own_date(purposed, nominal=False) or statement_date(predicate)
    if (
        _is_time_clause(predicate)
        or _is_complement_of_deed(predicate)
        or _is_leading_participle(predicate)
    ):
        # "climaxed in September 2011 when he visited Cairo", "Last month Turkey sent troops
        # into Afrin to fight Kurdish militias", "Speaking as the airstrikes got under way early
        # on Saturday, Mattis sounded": the time of the clause it is on
        head = predicate.head
        return (
            date_text_of(head, nominal=False)
            or (_result_date(head) if _is_result_clause(head) else None)
            or _date_just_before(predicate)
            or statement_date(predicate)
        )
    if _is_result_clause(predicate) and (result := _result_date(predicate)) is not None:
        return result
    if (sequel := _sequence_date(predicate)) is not None:
        return sequel
    if not nominal and (scene := _scene_year(predicate)) is not None:
        return scene
    if not nominal and (continued := _continued_statement_date(predicate)) is not None:
        return continued  # "Speaking ... early on Saturday, Mattis sounded ... , he said"
    if not nominal and (month := _scene_month(predicate)) is not None:
        return month
    if not nominal and (day := _scene_day(predicate)) is not None:
        return day  # "... near the front on Saturday, tracers illuminated ... “...,” said Wan"
    if not nominal and (opening := _opening_scene_date(predicate)) is not None:
        return opening  # "It was a sunny morning on Saturday 31 August 2013 ... The decision"
    if not nominal and _is_past_told_of_a_present(predicate):
        return "then"  # "Jeysh al-Islam, which was backed by Saudi Arabia, ... say": history
    if not nominal and _came_to_light(predicate):
        return "then"  # "it emerged that the home secretary had told": before it emerged
    said = statement_date(predicate)
    if said is not None or nominal or speech_verb(predicate) or _statement_around(predicate):
        return said
    if (time_of_object := _date_of_described_object(predicate)) is not None:
        return time_of_object
    if _is_earlier_history(predicate):
        return "then"  # "an adversary ..., which had ousted Islamic State": before the story
    return None


# Words of a penalty or its course, whose "for" names the deed it is for: "jailed", "a case".
_PENALTY_LEMMAS = word_list("penalty_lemmas")


def _is_ground_of_a_penalty(predicate: Token) -> bool:
    """A deed named by a gerund after "for" on a penalty or a case, which it is the ground of
    and so came before, at a time the text does not give: "the European commission began a
    legal case against the Czech Republic, Hungary and Poland for refusing to participate",
    "facing an unprecedented prosecution under terrorism legislation for fighting against
    Islamic State". The words from "for" up to the verb it hangs on, and that verb's object,
    name the penalty."""
    ground = predicate.head
    if predicate.dep_ != "pcomp" or predicate.tag_ != "VBG" or ground.lower_ != "for":
        return False
    node = ground.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        if node.lemma_.lower() in _PENALTY_LEMMAS:
            return True
        node = node.head
    objects = [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in _PENALTY_LEMMAS for t in (node, *objects))


# Pronouns that name the speaker of the sentence before: "he said".
_SPEAKER_PRONOUNS = frozenset({"he", "she"})


# How many sentences back a speaker's undated words may go on from their statement before, and
# through how many such statements the time is passed on.
_CONTINUED_STATEMENT_LOOK_BACK = 3
_CONTINUED_STATEMENT_CHAIN = 2
# How many sentences of quoted words the look back may pass over besides: the words said.
_QUOTED_SENTENCES_PASSED = 4


def _continued_statement_date(verb: Token, chain: int = _CONTINUED_STATEMENT_CHAIN) -> str | None:
    """The time of the same speaker's statement a few sentences before, for an undated
    statement in the simple past whose speaker is a name or a pronoun, which goes on telling
    what was said then: "Speaking as the airstrikes got under way early on Saturday, Mattis
    sounded more presidential than the president. The Assad regime, he said, had 'again defied
    the norms' ... The US was attacking Syria's chemical weapons capabilities, he said"
    (Saturday); "during a visit to Jerusalem on Sunday, Bolton said ... 'There are objectives
    that we want to accomplish,' Bolton said" (Sunday); "the Turkish president, Recep Tayyip
    Erdoğan, reaffirmed late last month Turkey will not countenance Assad remaining in power.
    He said: 'It is definitely not possible'" (last month). Not a week, which the paper's day's
    interview may be in ("She said this week that ... She said he had surrendered"). The look
    back passes over sentences with no statement and no time of their own (the quote, a
    remark on the speaker) and ends at the first sentence with a statement: another speaker's,
    or an undated one, leaves the words at the paper's day. Sentences wholly in quotation marks
    are the words said, and are passed over besides the look back: "Late on Monday, ... Donald
    Trump, warned the Syrian president ... “The Russians and Iranians would be making a grave
    humanitarian mistake ... Hundreds of thousands of people could be killed. Don't let that
    happen!” Trump tweeted" (Monday)."""
    subject = _subject_of(verb)
    if subject is None or not is_statement_verb(verb):
        return None
    if not _tells_simple_past(verb) and not _is_simple_past_tagged_participle(verb):
        return None
    if subject.lower_ not in _SPEAKER_PRONOUNS and subject.pos_ != "PROPN":
        return None
    named: list[Token] = []  # the deeds of named doers told between
    for sentence, quoted in _told_before(sentence_of(verb), _CONTINUED_STATEMENT_LOOK_BACK):
        statements = [t for t in sentence if is_statement_verb(t)]
        if statements:
            date = next(
                (
                    date
                    for statement in statements
                    if _is_speaker_of(verb, _speakers_clause(statement), named)
                    if (date := _statement_time(statement, chain)) is not None
                ),
                None,
            )
            return date if date is not None and _is_time_passed_on(date, chain) else None
        if (own := own_date(sentence.root, nominal=False)) is not None:
            # a time of its own: another scene, or the same speaker's deed the words quoted
            # after it were said in ("Late on Monday, Trump warned ... “...” Trump tweeted")
            words_of_deed = quoted > 0 and _same_doer(verb, sentence.root)
            return own if words_of_deed and _is_time_passed_on(own, chain) else None
        if _has_named_subject(sentence.root):
            named.append(sentence.root)
    return None


def _told_before(sentence: Span, look_back: int) -> Iterator[tuple[Span, int]]:
    """The sentences before ``sentence``, nearest first, up to ``look_back`` of them besides the
    words said: as many as ``_QUOTED_SENTENCES_PASSED`` sentences wholly in quotation marks are
    passed over. Each comes with how many were passed so far."""
    looked, quoted = 0, 0
    while looked < look_back and sentence.start > 0:
        sentence = sentence_before(sentence)
        if quoted < _QUOTED_SENTENCES_PASSED and _is_wholly_quoted(sentence):
            quoted += 1
            continue
        looked += 1
        yield sentence, quoted


def _is_simple_past_tagged_participle(verb: Token) -> bool:
    """A simple past the tagger takes for a participle: a main verb with its own active subject
    and no auxiliary ("“Don't let that happen!” Trump tweeted", tagged VBN)."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _is_wholly_quoted(sentence: Span) -> bool:
    """A sentence whose words are all inside quotation marks: "Hundreds of thousands of people
    could be killed." within a quotation."""
    words = [t for t in sentence if not t.is_punct]
    return bool(words) and all(quotation_of(t) is not None for t in words)


def _is_speaker_of(verb: Token, statement: Token, named: list[Token]) -> bool:
    """Whether a statement before ``verb`` is by its speaker: the same name or pronoun, or a
    name its pronoun looks back to; and, where the statement names its speaker, by whoever is
    named doing something between them ("Putin said in Tehran on Friday ... Kalin warned of a
    renewed exodus. 'Any attack ...,' he said": Kalin, not Putin)."""
    if not _same_doer(verb, statement):
        return False
    subject = _subject_of(statement)
    pronoun = subject is not None and subject.lower_ in _SPEAKER_PRONOUNS
    return pronoun or all(_same_doer(deed, statement) for deed in named)


def _has_named_subject(verb: Token) -> bool:
    subject = _subject_of(verb)
    return subject is not None and subject.pos_ == "PROPN"


def _is_time_passed_on(date: str, chain: int) -> bool:
    """A single day or a month; a week only from the speaker's statement itself ("Speaking to
    reporters earlier this week, Bob Corker said ... 'I don't see anything changing that,'
    Corker said"), not passed on through another, as the paper's day's interview may be in
    that week ("She said this week that ... She told the Times ... She said he had
    surrendered"); not a year or a span of years (an office held then: "Lord MacDonald,
    director of public prosecutions from 2003 to 2008")."""
    if _names_a_week(date):
        return chain == _CONTINUED_STATEMENT_CHAIN
    return names_a_single_day(date) or _names_a_month(date)


def _speakers_clause(statement: Token) -> Token:
    """The clause naming a statement's speaker: its own, or the one a participle of it opens
    ("Speaking on Saturday, Mattis sounded")."""
    return statement.head if _is_leading_participle(statement) else statement


def _statement_time(statement: Token, chain: int) -> str | None:
    """The time of a statement's own phrase, of the speaking that opens it ("Speaking to
    reporters earlier this week, Bob Corker said"), or of the speaker's statement it goes on
    from (through up to ``chain`` statements); a participle opening a clause ("Speaking as the
    airstrikes got under way early on Saturday, Mattis sounded"), that clause's."""
    clause = _speakers_clause(statement)
    if clause != statement:
        return date_text_of(statement, nominal=False)  # the time of the clause it opens
    return (
        own_date(statement, nominal=False)
        or _speaking_date(clause)
        or _date_before_what_is_said(clause)
        or (_continued_statement_date(clause, chain - 1) if chain > 0 else None)
    )


def _scene_month(predicate: Token) -> str | None:
    """The month or week the sentence before sets a past deed in, for the deed or statement
    told next in the simple past with no time of its own, which goes on in that scene: "Carla
    Del Ponte resigned in frustration last August from a UN commission of inquiry. Russian
    obstructionism was thwarting the search for justice, she said" (last August); "Begum left
    the UK in 2015 and said last month she wanted to return home. But Javid insisted he would
    do all in his power to prevent her coming back" (last month). A week, which names no day
    (the codebook dates it null), is the scene of the same doer's next deed or words: "Her
    Dutch husband, Yago Riedijk, said this week that he wanted to return to the Netherlands
    with her. Speaking to the BBC, Riedijk said he rejected Isis" (this week); another's may
    be the paper's day's news ("Last week, Russia attacked Aleppo. Turkey condemned"). Only a
    month or a week set on the main clause of the sentence before or its conjuncts, in the
    simple past: a day is the news the paper's day goes on with ("Sergei Shoigu visited
    Damascus on Monday. He told President Bashar al-Assad that": told on the paper's day), a
    year is ``_scene_year``'s. Not a deed with a time word of its own ("Bolton recently
    hinted") or told as after another ("After the campaign, Turkey sought to")."""
    if predicate.dep_ != "ROOT" or not _tells_simple_past(predicate):
        return None
    sentence = sentence_of(predicate)
    if not _keeps_to_the_scene(predicate) or sentence.start == 0:
        return None
    root = sentence_before(sentence).root
    for deed in (root, *_conjuncts(root)):
        date = _deed_time(deed) if _tells_simple_past(deed) else None
        if date is None or names_a_single_day(date):
            continue
        if _names_a_month(date) or (_names_a_week(date) and _same_doer(predicate, deed)):
            return date
    return None


# How many sentences back, besides the quoted words, a scene's day may be carried to the
# words said in it.
_SCENE_DAY_LOOK_BACK = 2


def _scene_day(verb: Token) -> str | None:
    """The day a sentence just before sets a scene told in the past on, for words quoted in
    that scene by a statement in the simple past with no time of its own: "After sunset on a
    rooftop position near the front on Saturday, bright red tracers ... illuminated palm tree
    groves and rubble. Thick clouds of smoke blocked out the sky. “The day is their time. But
    the night is for us,” said Memo Wan" (Saturday). The look back passes over the sentences
    wholly in quotation marks (the words said) and at most one more sentence told in the past
    with no time of its own and no statement; it ends, leaving the words at the paper's day, at
    a statement (whose own time is ``_continued_statement_date``'s), at a sentence in the
    present or leaving the scene, or at a time that is not a single day (a week, a month). A
    day set on another named doer's deed is that deed's news, not the scene of the words after
    it ("The first lady, Melania, ... flew off on Friday to Mar-a-Lago. “I am in the White
    House, working hard ...” the president tweeted": not Friday)."""
    if verb.dep_ != "ROOT" or not is_statement_verb(verb) or not _keeps_to_the_scene(verb):
        return None
    if not _tells_simple_past(verb) and not _is_simple_past_tagged_participle(verb):
        return None
    said = sentence_of(verb)
    if not any(quotation_of(t) is not None for t in said):
        return None  # only words quoted in the scene
    for sentence, _ in _told_before(said, _SCENE_DAY_LOOK_BACK):
        if any(is_statement_verb(t) for t in sentence):
            return None
        date = own_date(sentence.root, nominal=False)
        if date is not None:
            scene = _sets_a_past_scene(sentence) and not _is_anothers_deed(sentence.root, verb)
            return date if names_a_single_day(date) and scene else None
        if not _goes_on_in_the_scene(sentence.root):
            return None
    return None


_DOER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _is_anothers_deed(root: Token, verb: Token) -> bool:
    """A deed whose subject names a doer (a name, or a noun a name is in apposition to) other
    than ``verb``'s: not a scene described ("Thick clouds of smoke blocked out the sky")."""
    subject = _subject_of(root)
    if subject is None or _same_doer(verb, root):
        return False
    named = (subject, *(c for c in subject.children if c.dep_ == "appos"))
    return any(t.ent_type_ in _DOER_LABELS for t in named)


def _sets_a_past_scene(sentence: Span) -> bool:
    """A sentence told in the past: its main clause, or, where the parser makes a noun its root
    ("bright red tracers ... illuminated palm tree groves"), a verb in the past within it."""
    root = sentence.root
    if root.pos_ in {"VERB", "AUX"}:
        return _is_told_in_the_past(root) and _keeps_to_the_scene(root)
    return any(t.tag_ == "VBD" for t in sentence)


# How many sentences after the article's first the scene it sets may go on for.
_OPENING_SCENE_LENGTH = 4
# Auxiliaries of a clause told in the past: "was about to announce", "would come".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "would", "could", "did"})


def _opening_scene_date(predicate: Token) -> str | None:
    """The date the article's first sentence sets its story in, for an undated act in the few
    sentences after it told in the past, none dated, which go on in that scene: "It was a sunny
    morning on Saturday 31 August 2013 – Labor Day weekend in the US – when Barack Obama
    strolled into the Rose Garden. The last thing most Americans were thinking about was war
    ... But Obama faced a dilemma. The decision he was about to announce would come to be
    seen as a defining moment" (the announcement of 31 August 2013). Only a month, or a day
    a story opens with as its time ("It was ... on Saturday 31 August 2013 when"): a day is
    otherwise the news, whose next sentences are of the paper's day ("Trump made the decision
    in a telephone conversation on 14 December 2018 ... Erdoğan's spokesman sharply criticised
    Bolton"). The scene ends at the first sentence in the present or dated by its own clause."""
    sentence = sentence_of(predicate)
    for _ in range(_OPENING_SCENE_LENGTH):
        if sentence.start == 0 or not _goes_on_in_the_scene(sentence.root):
            return None
        sentence = sentence_before(sentence)
        if (story_time := _story_time(sentence.root)) is not None:
            return story_time  # "It was 2014 and I was living with my husband"
        if sentence.start == 0:
            return _scene_setting_date(sentence.root)
    return None


def _story_time(root: Token) -> str | None:
    """The time a sentence names as the time of the story told after it, by "it was" and that
    time: "I was nine months pregnant when Islamic State came. It was 2014 and I was living
    with my husband ... We led a simple life" (2014)."""
    if not _says_it_was(root):
        return None
    for time in (c for c in root.children if c.dep_ == "attr" and c.ent_iob_ == "B"):
        span = _date_entity(time)
        if span is not None and _is_a_point_in_time(span) and not is_unplaceable(span.text):
            return span.text
    return None


def _goes_on_in_the_scene(root: Token) -> bool:
    """A main clause told in the past with no time of its own that keeps to the scene."""
    return (
        _is_told_in_the_past(root)
        and own_date(root, nominal=False) is None
        and _keeps_to_the_scene(root)
    )


def _keeps_to_the_scene(verb: Token) -> bool:
    """A clause not told as before or after another ("After the campaign, Turkey sought to")
    and with no time word of its own ("Bolton recently hinted")."""
    adverbs = (c.lower_ for c in verb.children if c.dep_ == "advmod")
    return not _is_told_as_after_another(verb) and not any(
        a in _SCENE_LEAVING_ADVERBS for a in adverbs
    )


def _is_told_in_the_past(verb: Token) -> bool:
    """A clause in the simple past ("Obama faced"; "Gunfire crackled", which the parser may
    tag as a participle), the past perfect or the past progressive ("were thinking"), or the
    future of the past ("would come")."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return auxiliaries[0] in _PAST_AUXILIARIES
    return verb.tag_ in {"VBD", "VBN"}


def _scene_setting_date(root: Token) -> str | None:
    """The first date of a clause's own phrase that names a month, without a day ("On a
    midwinter night in early January"), or with its day and year where the clause tells the
    time a story opens at ("It was a sunny morning on Saturday 31 August 2013 ... when")."""
    tokens = sorted(_own_tokens(root, keep_relative_clauses=False), key=lambda t: t.i)
    for token in tokens:
        span = _date_entity(token) if token.ent_iob_ == "B" else None
        if span is None or not _is_a_point_in_time(span) or not _names_a_month(span.text):
            continue
        if not names_a_single_day(span.text):
            return span.text
        if _YEAR.search(span.text) is not None and _tells_the_time_a_story_opens(root):
            return span.text
    return None


def _tells_the_time_a_story_opens(root: Token) -> bool:
    """ "It was (a sunny morning on ...) when": a time set for what a "when" clause tells."""
    when = any(
        c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) for c in root.children
    )
    return _says_it_was(root) and when


def _says_it_was(root: Token) -> bool:
    """ "It was ...": a clause that names a time or a setting with "it" and "be"."""
    subject = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children)
    return root.lemma_.lower() == "be" and subject


def _deed_time(deed: Token) -> str | None:
    """The time of a deed's own phrase, or the one the parser hangs on what it says: "said
    last month she wanted to return home" (last month)."""
    return own_date(deed, nominal=False) or _date_before_what_is_said(deed)


# Adverbs that put a deed at a time of its own, not the scene's: "Bolton recently hinted".
_SCENE_LEAVING_ADVERBS = word_list("scene_leaving_adverbs")


def _names_a_month(date: str) -> bool:
    """A date naming a month: "last August", "in March 2018", "last month", "late last month"."""
    return _LAST_MONTH.match(date) is not None or any(is_month_name(w) for w in date.split())


_LAST_MONTH = re.compile(r"^(?:(?:early|late|earlier|later)\s+)?last\s+month$", re.IGNORECASE)


def _names_a_week(date: str) -> bool:
    """A date naming a week: "this week", "earlier this week", "last week"."""
    return _WEEK.search(date) is not None


_WEEK = re.compile(r"\bweek\b", re.IGNORECASE)


# Adverbs that put a past perfect before the story's time: "had previously set preconditions".
_EARLIER_TIME_ADVERBS = word_list("earlier_time_adverbs")
# Verbs of a killing, whose toll is told in the present as news: "civilians killed by".
_CASUALTY_LEMMAS = word_list("casualty_lemmas")
# Verbs of a state that may last into the present: "the fighters held by Kurds", "backed by".
_LASTING_LEMMAS = word_list("lasting_lemmas")


# Verbs of a fact coming to light, not a statement: "it emerged that", "officials learned that".
_COMING_TO_LIGHT_LEMMAS = word_list("coming_to_light_lemmas")


def _came_to_light(verb: Token) -> bool:
    """A clause in the past perfect told as what came to light, which had happened before it did,
    at a time the text does not give: "Earlier this week, it emerged that the home secretary,
    Sajid Javid, had told the US attorney general" (not this week; a statement's words take its
    date: "said on Tuesday that Russia had negotiated a ceasefire")."""
    found = verb.head
    return (
        verb.dep_ == "ccomp"
        and is_past_perfect(verb)
        and found.lemma_.lower() in _COMING_TO_LIGHT_LEMMAS
    )


def _is_earlier_history(verb: Token) -> bool:
    """A past perfect that tells what had happened before the story's time, which the text
    does not date: one said to be earlier ("The US had previously set preconditions"), or one
    in a relative clause on a clause the text gives no time ("Their quick victory against an
    adversary armed by the US, which had ousted Islamic State from vast tracts, underlined").
    One on a clause dated by a day is of that day's news ("resigned on Sunday and flew to
    Mexico, which had granted him asylum"); one on a clause dated by a month or a year had
    happened before it ("Turkey announced the launch of the assault on Afrin in January,
    after the US said it would raise a border force ... from Kurdish militias that had fought
    with Washington against Isis")."""
    if _is_former_simple_past(verb):
        return True
    if not is_past_perfect(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_TIME_ADVERBS for c in verb.children):
        return True
    if verb.dep_ != "relcl":
        return False
    clause = governing_verb(verb.head)
    date = date_text_of(clause, nominal=False) if clause is not None else None
    return date is None or not names_a_single_day(date)


# Adverbs before a simple past that put it in a time gone by: "which once pressed".
_FORMER_TIME_ADVERBS = word_list("former_time_adverbs")


def _is_former_simple_past(verb: Token) -> bool:
    """A simple past said to be of a time gone by, with no date: "Srebrenica, which once
    pressed the international community to a promise", "Turkey formerly backed the rebels"
    (not "met once", how often)."""
    return verb.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ in _FORMER_TIME_ADVERBS and c.i < verb.i
        for c in verb.children
    )


def _is_past_told_of_a_present(verb: Token) -> bool:
    """A clause in the past on a noun of a clause in the present, with no time of its own,
    which tells what was done by or to a party of the present before it: a relative clause in
    the simple past ("the two main opposition groups - Jeysh al-Islam, which was backed by
    Saudi Arabia, and Falaq al-Rahman - say they can do nothing") or a past participle
    ("Reprisals have taken place in areas retaken by Damascus"): history, not the paper's day.
    Not a killing, whose toll is the news ("civilians who were killed by airstrikes")."""
    if verb.lemma_.lower() in _CASUALTY_LEMMAS or not _describes_in_the_past(verb):
        return False
    clause = governing_verb(verb.head)
    return clause is not None and _is_present(clause)


def _describes_in_the_past(verb: Token) -> bool:
    """A relative clause in the simple past ("which was backed by Saudi Arabia"), or a past
    participle on a noun ("areas retaken by Damascus"), which has no tense: not one of a state
    that may last into the present ("the foreign fighters held by Kurds")."""
    if verb.dep_ == "relcl":
        return _tells_a_past_deed(verb)
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
        and verb.lemma_.lower() not in _LASTING_LEMMAS
    )


def _is_present(verb: Token) -> bool:
    """A verb in the present: "say", "has urged", "are fighting"; not "will" or "would"."""
    tenses = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return "MD" not in tenses and any(t in {"VBZ", "VBP"} for t in tenses)


def _date_of_described_object(predicate: Token) -> str | None:
    """The date of the act whose object a relative clause in the simple past describes, which
    happened then: "In late 2016, Kurdish and Iraqi forces started an offensive on Mosul that
    succeeded ... in pushing the extremists out" (2016), "I observed one, last fall, where 50
    Muslim women gathered". Only a date on that act itself ("last fall"), not one it takes
    from elsewhere."""
    clause = predicate
    while clause.dep_ in {"pcomp", "prep", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head  # "succeeded | in | pushing"
    if clause.dep_ != "relcl" or not _tells_simple_past(clause):
        return None
    noun = clause.head
    act = _argument_of(noun)
    if act is None or act.pos_ != "VERB":
        return None
    return own_date(act, nominal=False)


def _tells_simple_past(verb: Token) -> bool:
    """A verb in the simple past with no auxiliary: "succeeded", "gathered"."""
    return verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


# Verbs of the occasion a statement is made on: "Speaking on Tuesday, Gen Votel appeared to".
_SPEAKING_LEMMAS = word_list("speaking_lemmas")
# Verbs of putting words out, whose time is the words': "figures published Tuesday".
_PUBLISHING_LEMMAS = word_list("publishing_lemmas")
# The end of a time counted from another event: "Speaking hours after a summit".
_COUNTED = re.compile(r"\b(?:after|before|earlier|later)$", re.IGNORECASE)


def _speaking_date(predicate: Token) -> str | None:
    """The date of a participle of speaking on the clause or on its subject, which is the time
    of what is said in it: "Speaking to reporters earlier this week, Bob Corker said" (null, as
    'earlier this week'), "James Jeffrey, speaking on Monday at the Atlantic Council, said",
    "Speaking on Tuesday, Gen Votel appeared to contradict Trump", "The latest UNHCR figures,
    published Tuesday, estimates". Not one counted from another
    event ("Speaking hours after a summit"), which is no time of the statement's own."""
    subjects = [c for c in predicate.children if c.dep_ in {"nsubj", "nsubjpass"}]
    candidates = [
        *(c for c in predicate.children if c.dep_ == "advcl"),
        *(c for s in subjects for c in s.children if c.dep_ == "acl"),
    ]
    for participle in candidates:
        if not _tells_the_occasion(participle):
            continue
        date = own_date(participle, nominal=False)
        if date is not None and not _COUNTED.search(date):
            return date
    return None


def _tells_the_occasion(participle: Token) -> bool:
    """A participle of speaking ("Speaking on Monday") or of putting words out ("The latest
    UNHCR figures, published Tuesday, estimates")."""
    lemma = participle.lemma_.lower()
    if participle.tag_ == "VBG":
        return lemma in _SPEAKING_LEMMAS
    return participle.tag_ == "VBN" and lemma in _PUBLISHING_LEMMAS


# Prepositions of the means an act is done by: "retaliated on Tuesday by expelling diplomats".
_MEANS_PREPS = word_list("means_preps")


# Prepositions of what went with an act: "continued into 2015, with Moscow denying".
_ACCOMPANYING_PREPS = word_list("accompanying_preps")


def _act_of_means(predicate: Token) -> Token | None:
    """The act a gerund of means, or of what went with it, hangs on, which is done when it is:
    "Russia retaliated on Tuesday by expelling 23 diplomats", "started an offensive on Mosul in
    late 2016 that succeeded ... in pushing the extremists out" (the parser hangs "in pushing"
    on "started"), "Fighting ... continued into 2015, with Moscow denying Kiev's claims"."""
    prep = predicate.head
    if predicate.dep_ != "pcomp" or predicate.tag_ != "VBG":
        return None
    if prep.lower_ not in _MEANS_PREPS | _ACCOMPANYING_PREPS:
        return None
    act = prep.head
    return act if prep.dep_ == "prep" and act.pos_ == "VERB" else None


def _day_of_its_purpose(verb: Token) -> str | None:
    """The day a purpose clause on a verb in the simple past is dated by, which the parser hangs
    there but which is the act's too: "Mattis went to see the president on Thursday afternoon"
    (went on Thursday). Only a day, not a time a purpose may be set for ("sent envoys to hold
    talks next week")."""
    if verb.tag_ != "VBD":
        return None
    for purpose in (c for c in verb.children if is_purpose(c)):
        date = own_date(purpose, nominal=False)
        if date is not None and names_a_single_day(date):
            return date
    return None


def _date_of_infinitive_noun(predicate: Token) -> str | None:
    """The date of the noun an infinitive tells the content of, which is the act's: "George W
    Bush's 2003 decision to invade Iraq" (2003), "the 2016 campaign to retake Mosul"."""
    noun = predicate.head
    if predicate.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children):
        return None
    return own_date(noun, nominal=False)


# Verbs whose subject undergoes or serves what their object names, done to it by another:
# "faced sanctions", "suffered attacks", "is serving a jail sentence".
_UNDERGOING_LEMMAS = word_list("undergo_lemmas") | word_list("sentence_serving_lemmas")


def _date_of_undergone_deed(verb: Token) -> str | None:
    """The date a past participle on a verb's object gives the deed the object names, which
    the verb's subject undergoes or serves since: "Aine Davis is serving a seven-and-a-half
    year jail sentence in Turkey, imposed last year" (the sentence was imposed last year; the
    parser may hang the participle on the verb, after the object), "faced sanctions imposed in
    2012"."""
    if verb.lemma_.lower() not in _UNDERGOING_LEMMAS:
        return None
    deed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if deed is None:
        return None
    participles = [
        *(c for c in deed.children if c.dep_ == "acl"),
        *(c for c in verb.children if c.dep_ == "advcl" and c.i > deed.i),
    ]
    for participle in participles:
        reduced = participle.tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in participle.children
        )
        date = own_date(participle, nominal=False) if reduced else None
        if date is not None:
            return date
    return None


def _is_noun_phrase_of_its_own(noun: Token) -> bool:
    """A conjoined noun with its own determiner or owner after one a date word modifies, which
    dates only that one: "complicity in a 2016 army coup and Donald Trump's recognition of
    Jerusalem" (the recognition is not of 2016)."""
    head = noun.head
    own_phrase = any(c.dep_ in {"det", "poss"} for c in noun.children)
    dated_head = any(
        c.dep_ in {"nummod", "compound", "amod"} and c.ent_type_ == "DATE" for c in head.children
    )
    return noun.pos_ == "NOUN" and own_phrase and dated_head


def _is_perfect_after_past(verb: Token) -> bool:
    """A conjunct in the present perfect after one that is not, whose time does not date it:
    "Israel and Hezbollah fought a war in 2006 and Israeli officials have warned that" (the
    warning is of the paper's day; a present perfect takes no past date)."""
    return _is_present_perfect(verb) and not _is_present_perfect(verb.head)


def _is_present_after_past(verb: Token) -> bool:
    """A conjunct in the present, not the perfect, after a clause in the past or the perfect: it
    tells what holds at the paper's day, not at that clause's time ("Israel has struck Syria
    dozens of times since 2017, but rarely acknowledges its attacks")."""
    head = verb.head
    return (
        _tells_its_own_present(verb)
        and not _is_going_on(head)
        and (head.tag_ in {"VBD", "VBN"} or _is_perfect(head))
    )


def _tells_its_own_present(verb: Token) -> bool:
    """A verb in the present that shows it: "acknowledges", "is now shelling", "they say"; not a
    bare form the parser may tag as a present ("went to see the president ... and argue")."""
    if verb.pos_ not in {"VERB", "AUX"} or not _is_going_on(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBZ" or bool(auxiliaries) or _subject_of(verb) is not None


def _is_statement_after_perfect(verb: Token) -> bool:
    """A statement in the simple past, with a subject of its own, after a conjunct in the
    present perfect, whose time (a stretch up to now) does not date the words: "In the past two
    days, the SDF have managed to close the remaining gap ..., and Wan said the militants were
    now almost totally besieged" (said on the paper's day, not in "the past two days")."""
    if not _is_present_perfect(verb.head) or not is_statement_verb(verb):
        return False
    return _tells_simple_past(verb) and _subject_of(verb) is not None


def _is_perfect(verb: Token) -> bool:
    """ "has fought", "had been threatening": a verb with a form of "have" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _is_present_perfect(verb: Token) -> bool:
    """ "have warned", "has been shelled": a participle with "have" or "has"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve", "’ve"} for c in verb.children
    )


def _is_result_clause(predicate: Token) -> bool:
    """A participle after its clause that tells what the clause's act did: "struck Afrin on
    Sunday, killing 12 civilians", "seized Sana'a in January 2015, forcing Hadi to resign"."""
    return (
        predicate.dep_ == "advcl"
        and predicate.tag_ == "VBG"
        and predicate.i > predicate.head.i
        and not any(c.dep_ == "mark" for c in predicate.children)
    )


def _result_date(predicate: Token) -> str | None:
    """The date of the act a participle of result follows, which is its date too, however that
    act is dated: by its own phrase, or by the statement it is in ("said on Sunday they would
    not attend the talks, blaming Turkey's offensive": Sunday)."""
    return date_text_of(predicate.head, nominal=False)


# Marks of a clause before or after the one it is on: "after she said she wanted to return".
_SEQUENCE_MARKS = frozenset({"after", "before", "since", "until"})


def _sequence_date(predicate: Token) -> str | None:
    """The time of a clause told as before or after the one it is on, which has a time the
    paper's day is not: the year of a clause dated by its year ("sent to Europe in early 2014,
    before the US-led coalition began airstrikes": 2014), none of one kg cannot place ("Earlier
    this week, Javid ordered that her citizenship be revoked after she said she wanted to
    return")."""
    if predicate.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in predicate.children
    ):
        return None
    clause = predicate.head
    if (since := _time_since(predicate)) is not None:
        return since
    if _is_start_of_a_state(predicate):
        return "then"  # "ever since Baghdadi proclaimed the group's existence": history
    head = date_text_of(clause, nominal=False) if clause.pos_ == "VERB" else None
    if head is None and clause.dep_ in {"ccomp", "xcomp"}:
        head = own_date(clause.head, nominal=False)  # "ordered that it be revoked after"
    if head is None:
        return None
    if is_unplaceable(head) or is_counted_from_named_time(head):
        return head.split(" from ")[0]  # "three days after": counted from another event
    if _is_month_just_after(predicate, head):
        return head  # "returned to the US in October after a Turkish court suspended": October
    year = _YEAR.search(head)
    return year.group() if year is not None else None


def _is_start_of_a_state(predicate: Token) -> bool:
    """A clause in the past opened by "since" with no time of its own, which tells when the
    state its clause is in began, before the story's time: "Destruction had been a calling card
    of Isis's presence ever since Baghdadi proclaimed the group's existence", "since the war
    began"; not the "since" of a reason, in the present ("since it is too late")."""
    since = any(c.dep_ == "mark" and c.lower_ == "since" for c in predicate.children)
    past = predicate.tag_ == "VBD" or is_past_perfect(predicate) or _is_present_perfect(predicate)
    passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in predicate.children)
    return since and (past or passive)


def _is_month_just_after(predicate: Token, head: str) -> bool:
    """A clause told as before a clause of a month the story names without its year, which
    news tells of the same month: "Turkey announced the launch of the assault on Afrin in
    January, after the US said it would raise a border force" (January); not one of a
    year ("sent to Europe in early 2014, before the coalition began airstrikes": 2014)."""
    after = any(c.dep_ == "mark" and c.lower_ == "after" for c in predicate.children)
    return after and is_month_name(head)


def _time_since(predicate: Token) -> str | None:
    """The time an event is counted back from the paper's day by a length it has been since:
    "It is four years since Russia annexed Crimea" ("four years ago": 2014), "It is more than
    four years since" ("more than four years ago": no year kg can place)."""
    copula = predicate.head
    if copula.lemma_ != "be" or not any(
        c.dep_ == "mark" and c.lower_ == "since" for c in predicate.children
    ):
        return None
    length = next((c for c in copula.children if c.dep_ == "attr" and c.ent_type_ == "DATE"), None)
    span = entity_index(length.doc).at(length.i) if length is not None else None
    if span is None or span[-1].lower_ == "ago" or not names_a_time(span.text):
        return None
    return f"{span.text} ago"


# How many deeds told one after another in the simple past history carries on through.
_HISTORY_RUN = 3


def _scene_year(predicate: Token, run: int = _HISTORY_RUN) -> str | None:
    """The year the sentence before sets a past scene in, for the deed told next in the simple
    past with no time of its own: "In 2017, 65,000 refugees were resettled worldwide. The EU
    provided resettlement places for 23,000 refugees" (2017). Only a year set at the head of
    the sentence before carries on, and never to a statement, which is of the paper's day. A
    year named elsewhere in the sentence before (``_names_a_past_year``) makes the deed history
    after it: "then"; and so does a deed of that history told just before, for a few deeds
    told so one after another: "He supported the Arab spring revolts and was quick to travel
    to Egypt after the defenestration of Hosni Mubarak in 2011. Erdoğan condemned the
    subsequent overthrow of the Muslim Brotherhood government ... After attempting a
    rapprochement with Israel ..., Erdoğan fell out with Benjamin Netanyahu's government"
    (both history)."""
    if predicate.dep_ != "ROOT" or not _tells_a_past_deed(predicate):
        return None
    if _is_told_as_after_another(predicate):
        return None  # "After the campaign, Turkey sought to ...": not in the year it was in
    sentence = sentence_of(predicate)
    if sentence.start == 0:
        return None
    before = sentence_before(sentence)
    opening = before[0].lower_ in {"in", "by", "during"} and len(before) > 1
    first = before[1] if opening else before[0]
    span = _date_entity(first) if first.ent_iob_ == "B" else None
    year = _YEAR.search(span.text) if span is not None else None
    if year is not None:
        return year.group()  # "In August 2016, ...": 2016
    if span is not None and _LAST_YEAR.match(span.text):
        return span.text  # "Last spring, this leader made declarations ...": last spring
    deed_year = _deed_year(before.root)
    if deed_year is None and _names_a_past_year(before):
        return "then"  # "used a failed army coup attempt in 2016 ... He also cut a deal"
    if deed_year is None and run > 1 and _is_history_told_before(predicate, before.root, run - 1):
        return "then"  # "... in 2011. Erdoğan condemned ... Erdoğan fell out with"
    return deed_year


def _is_history_told_before(predicate: Token, root: Token, run: int) -> bool:
    """A deed of the same doer as ``predicate``'s, in the simple past with no time of its own,
    that the sentence before it makes history: the story of one doer's past goes on ("Erdoğan
    condemned ... Erdoğan fell out with"); not a state ("The Iranian decision, he said, was
    part of a pattern") nor another's deed."""
    if root.lemma_.lower() == "be" or not _same_doer(predicate, root):
        return False
    return own_date(root, nominal=False) is None and _scene_year(root, run) == "then"


def _same_doer(verb: Token, earlier: Token) -> bool:
    """Whether two verbs have the same subject: the same name ("Erdoğan ... Erdoğan", "Her
    Dutch husband, Yago Riedijk, said ... Riedijk said"), or a pronoun for the name or the
    same pronoun before it ("Erdoğan ... He", "She said ... She told")."""
    subject, before = _subject_of(verb), _subject_of(earlier)
    if subject is None or before is None:
        return False
    names = _names_of(before)
    if subject.lower_ in _SPEAKER_PRONOUNS:
        return before.lower_ == subject.lower_ or any(n.pos_ == "PROPN" for n in names)
    return subject.lower_ in {n.lower_ for n in names}


def _names_of(subject: Token) -> list[Token]:
    """A subject and the names set beside it: "Her Dutch husband, Yago Riedijk"."""
    beside = (c for c in subject.children if c.dep_ == "appos")
    return [subject, *(t for c in beside for t in c.subtree if t.pos_ == "PROPN")]


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _names_a_past_year(sentence: Span) -> bool:
    """A sentence telling a deed in the simple past that names a year within it, but no month
    or day (a time that may be the paper's): "Erdoğan used a failed army coup attempt in 2016
    to justify a crackdown", "He supported the Arab spring revolts and was quick to travel to
    Egypt after the defenestration of Hosni Mubarak in 2011". The deed told next in the simple
    past with no time of its own is history after that year, at a time the text does not give.
    Not a year a time runs from or to ("held since 2016"), which may reach the paper's day."""
    root = sentence.root
    if not any(_tells_a_past_deed(d) for d in (root, *_conjuncts(root))):
        return False
    return any(
        e.label_ == "DATE"
        and _YEAR.search(e.text) is not None
        and _NAMES_A_DAY.search(e.text) is None
        and not _names_a_month(e.text)
        and not is_unplaceable(e.text)
        and not _runs_from_or_to(e)
        for e in sentence.ents
    )


# Prepositions of a time a span runs from or to: "since 2016", "until 2017".
_SPAN_PREPS = frozenset({"since", "until", "till", "from", "through"})


def _runs_from_or_to(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start >= 1 else None
    words = {span[0].lower_} | ({before.lower_} if before is not None else set())
    return bool(words & _SPAN_PREPS)


def _conjuncts(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "conj"]


def _is_told_as_after_another(verb: Token) -> bool:
    """A deed told as before or after another event named by a noun ("After the campaign,
    Turkey sought to better organise the rebels"), which puts it at that event's edge, not in
    the year the story last named."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _SEQUENCE_MARKS
        and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


# A year, or a season of it, named from the paper's: "last year", "last spring".
_LAST_YEAR = re.compile(r"^last\s+(?:year|spring|summer|autumn|fall)$", re.IGNORECASE)


def _deed_year(root: Token) -> str | None:
    """The year of a deed told in the simple past and dated by its year, which the next deed
    told so is of too: "Throughout the rest of 2015, and into the following year, the
    organisation appeared to hold its ground. Turkey gradually sealed its borders" (2015); a
    decade is history with no date ("the 1980s"). Only a time in a phrase on the deed itself,
    not a year inside its object ("Erdoğan used a failed army coup attempt in 2016 to justify
    a crackdown. He also cut a deal"), no statement's year ("said in 2016") and no day's: "Trump
    made the decision ... on 14 December 2018 ... Kalin criticised Bolton" (the criticism is of
    the paper's day); a month's gives its year ("returning to the UK in November 2015. But upon
    landing at Manchester airport, he was arrested": 2015)."""
    if not _tells_a_past_deed(root):
        return None
    date = _time_phrase_of(root) or _time_phrase_of_complement(root)
    if date is None:
        return None
    if is_unplaceable(date):
        return date if _DECADE.search(date) else None
    year = _YEAR.search(date)
    if year is None or not _YEAR.fullmatch(date.split()[-1]) or _NAMES_A_DAY.search(date):
        return None
    return year.group()


# A day of the month or a weekday in a date: "on 14 December 2018", "on Monday".
_NAMES_A_DAY = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _time_phrase_of(verb: Token) -> str | None:
    """The first date in a phrase of time on ``verb`` ("throughout the rest of 2015", "in
    2014", "last year"), not in its objects."""
    for child in verb.children:
        if child.dep_ not in {"prep", "npadvmod"}:
            continue
        for token in sorted(child.subtree, key=lambda t: t.i):
            span = _date_entity(token) if token.ent_iob_ == "B" else None
            on_the_deed = span is not None and span.root.dep_ in {"pobj", "npadvmod"}
            if on_the_deed and span is not None and _is_a_point_in_time(span):
                return _with_lead(span)
    return None


def _time_phrase_of_complement(verb: Token) -> str | None:
    """The time phrase on the open complement of a deed, which is done in the deed: "Ronald
    Reagan used covert arms sales to fund an illegal war in Nicaragua in the 1980s"."""
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return _time_phrase_of(complement) if complement is not None else None


# A decade: "the 1980s", "the late 90s".
_DECADE = re.compile(r"\b(?:19|20)?\d0['’]?s$")


def _tells_a_past_deed(predicate: Token) -> bool:
    """A verb in the simple past ("provided", "was shuttered"), no statement."""
    if is_statement_verb(predicate) or any(c.dep_ == "aux" for c in predicate.children):
        return False
    passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in predicate.children)
    return predicate.tag_ == "VBD" or (predicate.tag_ == "VBN" and passive)


# A year in digits: "2017", "August 2013" (not "last year").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _same_time_clause_date(predicate: Token) -> str | None:
    """The date of a clause of the same time on the predicate, which dates it too: "the
    territory occupied by Isis when it swept through Iraq and Syria in 2014"), or of the open
    complement of its verb ("Isis had fired on the wives of fighters as they attempted to flee
    on Wednesday")."""
    clauses = (c for c in predicate.children if _is_time_clause(c))
    return next((d for c in clauses if (d := _clause_or_complement_date(c)) is not None), None)


def _clause_or_complement_date(clause: Token) -> str | None:
    """The date of a clause's own phrase, else of its open complement ("attempted to flee on
    Wednesday")."""
    complement = next((c for c in clause.children if c.dep_ == "xcomp"), None)
    own = own_date(clause, nominal=False)
    return own if own is not None or complement is None else own_date(complement, nominal=False)


def _is_cleft(predicate: Token) -> bool:
    """The clause a cleft sentence puts its time first for: "it was only last week that Mr
    Trump ordered his generals" (the date hangs on "was")."""
    copula = predicate.head
    return (
        predicate.dep_ == "ccomp"
        and copula.lemma_ == "be"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in predicate.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
    )


def _refused_act_date(predicate: Token) -> str | None:
    """The date the parser hangs on a refused act, which is the refusal's: "Myanmar's military
    refused to recognise the election result on Wednesday"."""
    if predicate.lemma_.lower() not in _REFUSAL_LEMMAS:
        return None
    refused = next((c for c in predicate.children if c.dep_ == "xcomp"), None)
    return _date_on(refused) if refused is not None else None


def _date_before_what_is_said(predicate: Token) -> str | None:
    """A date the parser hangs on what is said that stands right after the verb of saying,
    before the subject of what is said, and so dates the saying: "The Pentagon said last
    December it would increase the number of troops" (not "announced the US would withdraw on
    Tuesday", which may be the time of the act, nor one in the words quoted: 'saying “tomorrow
    we will be in paradise”')."""
    if not is_statement_verb(predicate):
        return None
    for said in (c for c in predicate.children if c.dep_ == "ccomp" and c.i > predicate.i):
        subject = _subject_of(said)
        if subject is None:
            continue
        start = _first_word_after(predicate)
        return _date_on(said, between=(start - 1, subject.left_edge.i)) if start else None
    return None


def _first_word_after(verb: Token) -> int | None:
    """The index of the word right after ``verb``, None when a mark stands there (a quotation
    opens, a colon)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following.i if following is not None and not following.is_punct else None


def _date_on(verb: Token, between: tuple[int, int] | None = None) -> str | None:
    """A date that hangs on ``verb`` itself ("on Wednesday", "last month"), not one inside its
    objects ("hand over suspects in the 2016 coup"); only one that stands ``between`` two
    tokens, if given."""
    for child in verb.children:
        if between is not None and not between[0] < child.i < between[1]:
            continue
        node = child
        if child.dep_ == "prep":
            node = next((c for c in child.children if c.dep_ == "pobj"), child)
        span = _date_entity(node) if node.dep_ in {"npadvmod", "pobj"} else None
        if span is not None and _is_a_point_in_time(span):
            return _with_lead(span)
    return None


def _setting_date(predicate: Token) -> str | None:
    """The date of the larger event an act was part of, told by a clause on its noun: "the parts
    Turkey had seized from Isis in an offensive that was launched in the summer of 2016"."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for n in _with_its_name(noun) for c in n.children):
                if _tells_of_its_noun(clause) and (date := own_date(clause, nominal=False)):
                    return date
    return None


def _with_its_name(noun: Token) -> list[Token]:
    """A noun and the name a participle gives it: "an offensive called Euphrates Shield"."""
    names = [n for c in noun.children if c.dep_ == "acl" for n in c.children if n.dep_ == "oprd"]
    return [noun, *names]


def _tells_of_its_noun(clause: Token) -> bool:
    """A clause on a noun whose subject is that noun: "an offensive launched in 2016", "an
    offensive that was launched in 2016", "the war, which began in 2011"."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    if clause.dep_ != "relcl":
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which"} for c in clause.children
    )


_BEHEST_NOUNS = word_list("behest_nouns")
_BEHEST_PREPS = frozenset({"at", "on"})


def _bidden_deed_date(noun: Token) -> str | None:
    """The date of the deed done at someone's request, for the request: "Russia's military
    intervention in Syria in 2015 at Assad's request" (2015), "At the request of Damascus, the
    OPCW sent a team on Tuesday" (Tuesday)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _BEHEST_PREPS:
        return None
    if noun.lemma_.lower() not in _BEHEST_NOUNS or prep.head.pos_ not in {"VERB", "NOUN"}:
        return None
    deed = prep.head
    return date_text_of(deed, nominal=deed.pos_ == "NOUN")


def _governing_date(noun: Token) -> str | None:
    """The date of the verb an event noun is the object of ("Last week, Mr Putin hosted talks
    in Sochi" dates the talks), or the subject of a verb of its course ("Talks between Ethiopia
    and Egypt resumed in Washington on Monday", "Modi's visit on Friday focused on trade")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        after = _date_after_object(noun, verb)
        if after is None and _is_setting_of(noun.head, verb):
            return own_date(verb, nominal=False)  # "were killed in air strikes ... last week"
        if after is None and noun.head.lower_ in _RESULT_PREPS:
            return date_text_of(verb, nominal=False)  # "started to draw Erdoğan into an alliance"
        return after
    if _is_doer_of(noun):
        return own_date(noun.head.head, nominal=False)  # "uprooted by airstrikes in the past week"
    if _is_of_object_of_noun(noun):
        return _date_after_of_object(noun)  # "a repeat of the occupation of Afrin in March"
    if noun.head.pos_ != "VERB":
        return None
    of_course = noun.dep_ == "nsubj" and _tells_its_course(noun.head)
    if noun.dep_ == "nsubj" and not of_course:
        return _date_after_subject(noun) or _date_of_its_toll(noun) or _year_of_its_deed(noun)
    if noun.dep_ != "dobj" and not of_course:
        return None
    return own_date(noun.head, nominal=False)


def _is_doer_of(noun: Token) -> bool:
    """An event noun that is the agent of a passive verb, whose act it did then: "tens of
    thousands of civilians have been uprooted by Russian and Syrian airstrikes" ("In the past
    week")."""
    agent = noun.head
    return noun.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.pos_ == "VERB"


def _is_of_object_of_noun(noun: Token) -> bool:
    """An event noun after "of" on another noun: "a repeat of the Turkish occupation"."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"


def _date_after_of_object(noun: Token) -> str | None:
    """A date right after an event noun's phrase after "of", which the parser hangs on the noun
    before "of" but which dates the event: "the YPG is worried about a repeat of the
    Russian-approved Turkish occupation of the Kurdish region of Afrin in March" (the
    occupation was in March)."""
    return _date_after_object(noun, noun.head.head)


def _date_of_its_toll(noun: Token) -> str | None:
    """The date of the killing an event noun is the subject of, which it did then: "In the last
    few weeks, air strikes by Syrian planes have killed more than 600 civilians"."""
    verb = noun.head
    return own_date(verb, nominal=False) if verb.lemma_.lower() in _CASUALTY_LEMMAS else None


def _year_of_its_deed(noun: Token) -> str | None:
    """The year or month of the deed an event noun is the subject of, told in the simple past,
    which it did then: "When the US invasion toppled Saddam in 2003" (2003). Not a day ("The
    attack prompted Washington to strike on Friday"): a deed of the day may follow its cause."""
    verb = noun.head
    date = own_date(verb, nominal=False) if _tells_a_past_deed(verb) else None
    if date is None or _YEAR.search(date) is None or _NAMES_A_DAY.search(date):
        return None
    return date


# Prepositions of the state a verb brings its object into, which begins when the verb acts:
# "From mid-2016, Putin started to draw Turkey's Erdoğan into an alliance with Iran" (2016).
_RESULT_PREPS = word_list("result_preps")


def _is_setting_of(prep: Token, verb: Token) -> bool:
    """A phrase of the event a passive verb's act happened in: "civilians were killed in Syrian
    and Russian air strikes in a few days last week" (the strikes are of last week)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and prep.lower_ in _SETTING_PREPS


def _date_after_subject(noun: Token) -> str | None:
    """A date right after an event noun's phrase that is a subject, which the parser hangs on
    the verb but which dates the noun: "The US president's remarks last Thursday stunned
    officials", "al-Qaida, whose attacks on New York and Washington in 2001 sparked the war on
    terror" ("in" hung on "sparked")."""
    verb = noun.head
    doc = noun.doc
    following, hangs_on = noun.right_edge.i + 1, verb.i
    if following < verb.i and doc[following].dep_ == "prep" and doc[following].head.i == verb.i:
        following, hangs_on = following + 1, following  # "in 2001"
    if following >= verb.i or doc[following].ent_iob_ != "B":
        return None
    span = _date_entity(doc[following])
    if span is None or span.end != verb.i or span.root.head.i != hangs_on:
        return None
    return _with_lead(span) if _is_a_point_in_time(span) else None


def _date_after_object(noun: Token, verb: Token) -> str | None:
    """A date right after an event noun in a verb's phrase, which the parser hangs on the verb
    but which dates the noun: "they acquiesced in Erdoğan's first big Syria incursion in 2016"."""
    doc = noun.doc
    following = noun.right_edge.i + 1
    if following < len(doc) and doc[following].dep_ == "prep":
        if doc[following].head.i != verb.i:
            return None
        following += 1  # "in 2016"
    if following >= len(doc) or doc[following].ent_iob_ != "B":
        return None
    span = _date_entity(doc[following])
    if span is None or not _is_a_point_in_time(span):
        return None
    hangs_on = span.root.head
    on_verb = hangs_on.i == verb.i or (hangs_on.dep_ == "prep" and hangs_on.head.i == verb.i)
    return _with_lead(span) if on_verb else None


def _tells_its_course(verb: Token) -> bool:
    """ "resumed", "ended", "took place": a verb of its subject's course."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in _OCCURRENCE_LEMMAS


def _time_named(predicate: Token) -> str | None:
    """The time a "when" clause qualifies: "earlier in the week when Jolie visited"; or, on an
    event's noun, the time another clause on it gives ("the civil war they fought in the 1990s,
    when Abdulrahman invited Saddam's troops")."""
    head = predicate.head
    if predicate.dep_ != "relcl":
        return None
    if not any(c.lower_ in _SAME_TIME_MARKS for c in predicate.children):
        return None
    span = _date_entity(head)
    return _with_lead(span) if span is not None else _time_of_noun(head, predicate)


def _date_of_described_deed(clause: Token) -> str | None:
    """The date of a deed's noun that a relative clause tells more of, its subject being that
    noun: "Saturday's alleged chemical attack in Damascus, which reportedly killed at least 50
    people" (Saturday), "the 2016 coup, which was instigated from abroad" (2016); the parser may
    hang the clause on the place the noun is in ("attack in Damascus, which")."""
    if not _tells_of_its_noun(clause):
        return None
    noun = clause.head
    if noun.ent_type_ in _PLACE_LABELS and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "attack | in | Damascus, which killed"
    return _modifying_date(noun) if noun.pos_ == "NOUN" else None


# Nouns of an exchange between two sides: "a telephone conversation with Erdoğan".
_EXCHANGE_NOUNS = word_list("exchange_nouns")


def _date_of_exchange(clause: Token) -> str | None:
    """The date of an exchange whose other side a relative clause in the past tells of, which
    tells what that side did in it: "Trump made the decision halfway through a telephone
    conversation on 14 December 2018 with his Turkish counterpart, Recep Tayyip Erdoğan, who
    had urged him to leave the counter-terrorist effort in northern Syria to Turkey" (the urging
    was of 14 December)."""
    if clause.dep_ != "relcl" or clause.tag_ not in {"VBD", "VBN"}:
        return None
    side = clause.head.head if clause.head.dep_ == "appos" else clause.head
    prep = side.head
    if side.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    exchange = prep.head
    return _modifying_date(exchange) if exchange.lemma_.lower() in _EXCHANGE_NOUNS else None


def _modifying_date(noun: Token) -> str | None:
    """A date that modifies ``noun`` itself: "Saturday's (attack)", "the 2016 (coup)", "(an
    attack) last week", "(the strike) on 7 April"."""
    for child in noun.children:
        if child.dep_ not in _DATE_MODIFIER_DEPS or child.ent_type_ != "DATE":
            continue
        span = entity_index(noun.doc).at(child.i)
        if span is not None and span.root == child and _is_a_point_in_time(span):
            return _with_lead(span)
    return _date_on(noun)


# How a date hangs on the noun it modifies: "Saturday's attack", "the 2016 coup".
_DATE_MODIFIER_DEPS = frozenset({"poss", "compound", "nummod", "amod"})


def _date_of_kind(noun: Token) -> str | None:
    """The date of the noun an event noun is compounded before, which names what that noun is:
    "NATO's 1999 bombing campaign", "the failed 2016 coup attempt" (the bombing is of 1999,
    the coup of 2016)."""
    return _modifying_date(noun.head) if noun.dep_ == "compound" else None


def _time_of_noun(noun: Token, clause: Token) -> str | None:
    """The date another relative clause on ``noun`` than ``clause`` gives."""
    others = (c for c in noun.children if c.dep_ in {"relcl", "acl"} and c != clause)
    return next((d for c in others if (d := own_date(c, nominal=False)) is not None), None)


def _date_just_before(clause: Token) -> str | None:
    """The date right before a clause in the past opened by "when" after a comma, which the
    parser hung on another clause than the date's: "concerns were raised after the Khan
    Sheikhun chemical attack that killed dozens of people a year ago, when Trump ordered a
    Tomahawk missile strike" (a year ago); not "as he did last week, when he ignores" (the
    present of whenever)."""
    start = clause.left_edge
    if start.lower_ != "when" or clause.tag_ != "VBD" or start.i < clause.sent.start + 2:
        return None
    comma, before = clause.doc[start.i - 1], clause.doc[start.i - 2]
    span = _date_entity(before) if comma.text == "," else None
    if span is None or span.end != before.i + 1 or not _is_a_point_in_time(span):
        return None
    return _with_lead(span)


def _is_time_clause(predicate: Token) -> bool:
    """A clause of the same time as the one it is on: "when he visited", "while he was", "(the
    talks ended in failure before Christmas) as the regime refused to negotiate"."""
    return predicate.dep_ == "advcl" and any(
        (c.dep_ in {"advmod", "mark"} and c.lower_ in _SAME_TIME_MARKS)
        or (c.dep_ == "mark" and c.lower_ == "as")
        for c in predicate.children
    )


def _is_leading_participle(predicate: Token) -> bool:
    """A participle that opens the clause it is on, with no mark, telling what went on as that
    clause's act did: "Speaking as the airstrikes got under way early on Saturday, Mattis
    sounded more presidential" (the parser hangs the time clause on "sounded")."""
    head = predicate.head
    subjects = [c.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        predicate.dep_ == "advcl"
        and predicate.tag_ == "VBG"
        and predicate.i < min(subjects, default=head.i)  # not "the SDF, fighting Isis, stated"
        and head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"mark", "aux"} for c in predicate.children)
    )


def _purposed_act(predicate: Token) -> Token | None:
    """The act a purpose phrase hangs on: "launched a campaign | in an effort to drive out",
    "in a bid to", "in order to"."""
    noun = predicate.head
    if predicate.dep_ != "acl" or noun.lower_ not in _PURPOSE_NOUNS or noun.dep_ != "pobj":
        return None
    act = noun.head.head  # the verb the preposition of the purpose hangs on
    return act if noun.head.dep_ == "prep" and act.pos_ == "VERB" else None


def _is_complement_of_deed(predicate: Token) -> bool:
    """A purpose or open complement, done in the act it hangs on: "sent troops to fight",
    "moved in to retake"."""
    return is_purpose(predicate) or predicate.dep_ == "xcomp"


def statement_date(predicate: Token) -> str | None:
    """The date of the statement that reports ``predicate``, if it gives one: the statement
    its clause is a complement of, or the one whose words it is deeper in ("In designating them
    as terrorists last year, the state department said they were members of a cell which was
    responsible for beheading hostages"), however the statement is dated: "received a boost on
    Tuesday when Russia announced it had postponed a conference" (Tuesday)."""
    speech = speech_verb(predicate) or _statement_around(predicate)
    return date_text_of(speech, nominal=False) if speech is not None else None


def _statement_around(predicate: Token) -> Token | None:
    """The statement whose words ``predicate`` is in, through the phrases and relative clauses
    of what is said, but not through its subject ("the men who beheaded hostages said") nor an
    adverbial clause ("said, after Turkey shelled Afrin, that")."""
    node = predicate
    while node.dep_ in _WITHIN_WHAT_IS_SAID and node.head.i != node.i:
        child, node = node, node.head
        if is_statement_verb(node):
            return node if child.dep_ in _WHAT_IS_SAID else None
    return None


# How a place name hangs from the noun of its kind: "Montenegro province", "the capital Kabul".
_KIND_DEPS = frozenset({"compound", "appos"})
# Words that make "in" pick one out of several, no place: "the security council members, in
# particular Russia".
_SINGLING_WORDS = word_list("singling_words")


def _place_of_entity(span: Span, predicate: Token) -> bool:
    """Whether a place name says where ``predicate`` happened.

    It does when it hangs, through "in"/"at"/"near" (and "the city of"), from the predicate
    itself, from a relative clause on it ("which took place in"), or from a phrase of time or
    setting on it ("during the forum in Vladivostok").
    """
    node = span.root
    if any(c.lower_ in _SINGLING_WORDS for c in (*node.children, *node.head.children)):
        return False  # "in particular Russia": one of those named before, no setting
    if node.dep_ in _KIND_DEPS and node.head.lemma_.lower() in PLACE_NOUNS | _SITE_NOUNS:
        node = node.head  # "in Montenegro province", "at Manchester airport", "the capital Kabul"
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        owner = prep.head
        if prep.lower_ == "of":
            if owner.lemma_.lower() not in PLACE_NOUNS:
                return False
            node = owner
            continue
        carried = owner.dep_ in CARRIED_DEPS and owner.head == predicate
        if prep.lower_ in _OBJECT_PLACE_PREPS and _sends_object(owner, predicate):
            return True  # "blocked transport into Abidjan": where the object goes
        if prep.lower_ not in _PLACE_PREPS:
            return False
        if owner == predicate or (owner.dep_ in {"relcl", "acl"} and predicate in owner.ancestors):
            return True
        if entity_of(owner) is not None and _argument_of(owner) == predicate:
            return True  # "met Xi Jinping in Beijing", the place parsed onto the participant
        if carried:
            return True  # "imposed a curfew in Cizre": where the object is, the action is
        node = owner
    return False


def _sends_object(owner: Token, predicate: Token) -> bool:
    """Whether a phrase on ``owner`` says where the predicate's direct object goes: "blocked
    transport into Abidjan", "fired rockets into Israel"; not where a passive subject goes
    ("aid convoys were allowed into Daraya"), nor where forces go ("sent troops into Syria",
    which is no target of theirs)."""
    objects = [c for c in predicate.children if c.dep_ == "dobj"]
    sent = objects if owner == predicate else [owner] if owner in objects else []
    return bool(sent) and not any(o.lower_ in ARMED_FORCE_WORDS for o in sent)


def _argument_of(token: Token) -> Token | None:
    """The word ``token`` is an object of, directly or through one preposition."""
    if token.dep_ in {"dobj", "dative"}:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _place_span(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> Span | None:
    """The place name that says where ``predicate`` happened, if it is no participant."""
    taken = {(r.start, r.end) for r in participants}
    for token in sorted(_own_tokens(predicate, keep_relative_clauses=nominal), key=lambda t: t.i):
        if token.ent_type_ not in _PLACE_LABELS or token.ent_iob_ != "B":
            continue
        span = entity_index(token.doc).at(token.i)
        assert span is not None  # an entity begins at a B token
        if (span.start_char, span.end_char) not in taken and _place_of_entity(span, predicate):
            return span
    return None


def place_text_of(predicate: Token, participants: list[ActorRef], *, nominal: bool) -> str | None:
    span = _place_span(predicate, participants, nominal=nominal)
    return span.text if span is not None else None


def place_targets(
    predicate: Token, participants: list[ActorRef], *, nominal: bool
) -> list[ActorRef]:
    """The place of an action as its target, for the state it lies in ("in the Gaza Strip")."""
    span = _place_span(predicate, participants, nominal=nominal)
    if span is None:
        return []
    return [ActorRef(span.text, "PLACE", span.start_char, span.end_char)]


def visited(anchor: Token, *, nominal: bool) -> list[ActorRef]:
    """The host of a visit: "arrived in Tehran" is a visit to Iran."""
    for token in _own_tokens(anchor, keep_relative_clauses=nominal):
        entity = entity_of(token) if token.ent_iob_ == "B" else None
        if entity is not None and entity.label_ == "GPE" and _place_of_entity(entity, anchor):
            ref = ref_from_entity(entity, token, is_subject=False)
            return [ref] if ref is not None else []
    return []
