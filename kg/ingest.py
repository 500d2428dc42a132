"""Ingest: read articles from files, directories, JSON Lines and stdin as clean ``Document``s.

``read_documents`` streams one ``Document`` at a time; an input it cannot read is reported to
``on_skip`` as an ``InputSkipped`` and the run goes on. ``clean_article`` turns the raw text of one
article into paragraphs of news text, with its headline and dateline taken out as metadata.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputSkipped, KgError, SkipCatalogue, unexpected_failure
from kg.records import Document

SkipHandler = Callable[[InputSkipped], None]

STDIN = "-"  # the input name that means standard input
HEADER_LINES = 15  # datelines, bylines and a repeated headline are looked for in this many lines
HEADLINE_MAX_WORDS = 15  # a longer first line is a sentence, not a headline
RUN_ON_MIN_WORDS = 12  # a longer paragraph without final punctuation continues in the next one
DATELINE_MAX_WORDS = 10
PUBLISHER_MAX_WORDS = 5

_STDIN_NAME = "<stdin>"
_STDIN_STEM = "stdin"
_BLANK = " \t\r\n\ufeff"  # what a blank line may hold
_SNIFF_BYTES = 8192  # how much of a file is looked at for a byte-order mark and NUL bytes
# Text holds almost no control characters; binary data decoded as text is full of them.
_MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_FAILED_CODE = "E111"  # an unexpected error while reading one input


class SkipReason(SkipCatalogue):
    """Why an input was skipped: a stable code and a one-line message naming the input."""

    MISSING = ("E101", "{where}: no such file or directory")
    UNREADABLE_FILE = ("E102", "{where}: cannot read file ({detail})")
    UNREADABLE_DIRECTORY = ("E103", "{where}: cannot read directory ({detail})")
    EMPTY = ("E104", "{where}: empty file")
    BINARY = ("E105", "{where}: binary file, not text ({detail})")
    UNDECODABLE = ("E106", "{where}: not decodable as {detail}; save it as UTF-8")
    NOT_JSON_OBJECT = ("E107", "{where}: not a JSON object ({detail})")
    NO_TEXT_FIELD = ("E108", '{where}: no string field "text" ({detail})')
    NO_ARTICLE_TEXT = ("E109", "{where}: no article text left after cleaning")
    DIRECTORY_REVISITED = ("E110", "{where}: directory already read (symbolic link loop), skipped")


class InputFormat(Enum):
    """How an input file is read, chosen by its extension."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"

    @classmethod
    def from_extension(cls, extension: str) -> InputFormat | None:
        """The format for a file extension such as ``.md`` (any case); None if it is unknown."""
        return _EXTENSIONS.get(extension.lower())

    @classmethod
    def of_file(cls, path: str) -> InputFormat | None:
        """The format of a file, by its extension; None if the extension is unknown."""
        return cls.from_extension(os.path.splitext(path)[1])


_EXTENSIONS: dict[str, InputFormat] = {
    ".txt": InputFormat.TEXT,
    ".md": InputFormat.TEXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".jsonl": InputFormat.JSONL,
}

# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NARROW_ENCODINGS = frozenset({"utf-8", "utf-8-sig"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Legacy encodings: most letters of Western text are plain ASCII; a confident guess is orderly.
_MAX_ACCENTED_SHARE = 0.2
_MAX_CHAOS = 0.1

# Markdown, removed line by line.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LONE_LINK = re.compile(r"^\[[^\]]+\]\([^)]*\)$")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_EMPHASIS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),  # **strong**
    re.compile(r"__(?=\S)(.+?)(?<=\S)__"),  # __strong__
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),  # *emphasis*
    re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),  # _emphasis_, not snake_case
)
_INVISIBLE = str.maketrans("", "", "\ufeff\u200b")
# A bullet inside a line starts a new one: pages flattened to one line keep their section marks
# ("... Margaret Owen, Peace in Kurdistan • Last week Karen Pierce complained ...").
_INLINE_BULLET = re.compile(r"\s+\u2022\s+")

# Sentence ends: final punctuation, maybe inside closing quotes or brackets; or a closing quote.
_SENTENCE_END = re.compile(r"""(?:[.!?…]["'”’»)\]]*|["”»])$""")
_CONTINUES = re.compile(r"[,;:\-–—]$")  # a clause is still open
_HEADLINE_END = re.compile(r"[.!?…,;:]$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_ISO_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "de", "&"})
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],  # no "yesterday", no epoch numbers
}


@dataclass(frozen=True)
class CleanArticle:
    """The news text of one article, in paragraphs separated by a blank line."""

    text: str
    title: str | None = None
    published: str | None = None  # ISO date found in a dateline


@dataclass(frozen=True)
class _ArticleLine:
    """One non-blank line of an article, markdown removed."""

    text: str
    heading: bool = False  # a paragraph of its own, never joined to its neighbours
    lone_link: bool = False  # the line was nothing but one markdown link
    bulleted: bool = False  # a bullet ended it: the next line starts afresh, even mid-sentence


@dataclass(frozen=True)
class _HtmlPage:
    text: str
    title: str | None
    published: str | None
    url: str | None


# ---------------------------------------------------------------------------------------------
# Reading inputs


def read_documents(
    inputs: Sequence[str],
    *,
    date: str | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[Document]:
    """Stream the documents of files, directories (recursively) and ``-`` (stdin), in order.

    ``date`` (YYYY-MM-DD) sets every document's ``published``. Each input that cannot be read is
    passed to ``on_skip`` as an ``InputSkipped`` (or dropped silently without it).

    Raises ``KgError`` at once when ``date`` is not an ISO date.
    """
    published = _checked_date(date)
    report: SkipHandler = on_skip if on_skip is not None else _ignore
    return _read_inputs(inputs, published, report)


def _read_inputs(
    inputs: Sequence[str], published: str | None, report: SkipHandler
) -> Iterator[Document]:
    for name in inputs:
        for document in _read_input(name, report):
            yield document if published is None else replace(document, published=published)


def _read_input(name: str, report: SkipHandler) -> Iterator[Document]:
    if name == STDIN:
        yield from _guarded(_read_stdin(report), _STDIN_NAME, report)
    elif os.path.isdir(name):
        for path in _walk_directory(name, report):
            yield from _guarded(_read_file(path, report), path, report)
    else:  # an unknown extension named explicitly: text
        yield from _guarded(_read_file(name, report), name, report)


def _guarded(documents: Iterator[Document], where: str, report: SkipHandler) -> Iterator[Document]:
    """``documents``; an unexpected error while reading them is reported as a skip of ``where``
    (the error and, for ``--debug``, its traceback), and reading goes on with the next input."""
    try:
        yield from documents
    except KgError:
        raise
    except Exception as error:
        report(unexpected_failure(_FAILED_CODE, where, error))


def _walk_directory(top: str, report: SkipHandler) -> Iterator[str]:
    """Files with a known extension under ``top``, sorted, each directory read once."""
    seen: set[str] = set()

    def directory_failed(error: OSError) -> None:
        where = str(error.filename) if error.filename else top
        report(SkipReason.UNREADABLE_DIRECTORY.error(where, error.strerror or str(error)))

    for directory, subdirectories, files in os.walk(
        top, onerror=directory_failed, followlinks=True
    ):
        real = os.path.realpath(directory)
        if real in seen:
            report(SkipReason.DIRECTORY_REVISITED.error(directory))
            subdirectories.clear()
            continue
        seen.add(real)
        subdirectories.sort()
        for name in sorted(files):
            if InputFormat.of_file(name) is not None:
                yield os.path.join(directory, name)


def _read_file(where: str, report: SkipHandler) -> Iterator[Document]:
    form = InputFormat.of_file(where) or InputFormat.TEXT
    if form is InputFormat.JSONL:
        yield from _read_jsonl_file(where, report)
        return
    try:
        text = _load_text(where)
        if form is InputFormat.HTML:
            document = _html_document(text, where)
        else:
            document = _text_document(text, where)
    except InputSkipped as skipped:
        report(skipped)
        return
    yield document


def _read_jsonl_file(where: str, report: SkipHandler) -> Iterator[Document]:
    try:
        stream, encoding = _open_checked(where)
    except InputSkipped as skipped:
        report(skipped)
        return
    with stream:
        lines = (
            _utf8_lines(stream, where, report)
            if encoding in _NARROW_ENCODINGS
            else _wide_lines(stream, encoding, where, report)
        )
        yield from _jsonl_documents(lines, where, Path(where).stem, report)


def _read_stdin(report: SkipHandler) -> Iterator[Document]:
    """Standard input: JSON Lines when its first non-blank character is ``{``, else one text."""
    lines = iter(sys.stdin)
    try:
        head = _lines_through_first_content(lines)
    except UnicodeDecodeError as error:
        report(SkipReason.UNDECODABLE.error(_STDIN_NAME, _decode_detail(error)))
        return
    if not head:
        report(SkipReason.EMPTY.error(_STDIN_NAME))
        return
    if head[-1].lstrip(_BLANK).startswith("{"):
        numbered = enumerate(itertools.chain(head, _stdin_lines(lines, report)), start=1)
        yield from _jsonl_documents(numbered, _STDIN_NAME, _STDIN_STEM, report)
        return
    try:
        text = _checked_text("".join(itertools.chain(head, lines)), _STDIN_NAME)
        document = _text_document(text, _STDIN_NAME, stem=_STDIN_STEM)
    except UnicodeDecodeError as error:
        report(SkipReason.UNDECODABLE.error(_STDIN_NAME, _decode_detail(error)))
        return
    except InputSkipped as skipped:
        report(skipped)
        return
    yield document


def _lines_through_first_content(lines: Iterator[str]) -> list[str]:
    """Lines read up to and including the first non-blank one; empty if there is none."""
    head: list[str] = []
    for line in lines:
        head.append(line)
        if line.strip(_BLANK):
            return head
    return []


def _stdin_lines(lines: Iterator[str], report: SkipHandler) -> Iterator[str]:
    """The rest of standard input as decoded by Python; a decoding error ends it."""
    try:
        yield from lines
    except UnicodeDecodeError as error:
        report(SkipReason.UNDECODABLE.error(_STDIN_NAME, _decode_detail(error)))


# ---------------------------------------------------------------------------------------------
# Bytes to text


def _open_checked(where: str) -> tuple[io.BufferedReader, str]:
    """Open a file and find its encoding; raise ``InputSkipped`` if it is missing, empty, binary."""
    try:
        stream = open(where, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise SkipReason.MISSING.error(where) from None
    except OSError as error:
        raise SkipReason.UNREADABLE_FILE.error(where, error.strerror or str(error)) from None
    try:
        head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # no seek: pipes work too
        return stream, _checked_encoding(head, where)
    except OSError as error:
        stream.close()
        raise SkipReason.UNREADABLE_FILE.error(where, error.strerror or str(error)) from None
    except InputSkipped:
        stream.close()
        raise


def _checked_encoding(head: bytes, where: str) -> str:
    """The encoding of text starting with ``head``: from its byte-order mark, else UTF-8."""
    if not head:
        raise SkipReason.EMPTY.error(where)
    encoding = next((name for mark, name in _BYTE_ORDER_MARKS if head.startswith(mark)), "utf-8")
    if encoding in _NARROW_ENCODINGS:
        if b"\0" in head:
            raise SkipReason.BINARY.error(where, "contains NUL bytes")
        # Undecodable bytes are left out: a legacy encoding's letters are not binary.
        _check_not_binary(head.decode(encoding, errors="ignore"), where)
    return encoding


def _check_not_binary(text: str, where: str) -> None:
    """Raise ``InputSkipped`` if ``text`` holds NUL or is more than a few % control characters."""
    if "\0" in text:
        raise SkipReason.BINARY.error(where, "contains NUL bytes")
    controls = len(_CONTROL.findall(text))
    if text and controls > _MAX_CONTROL_SHARE * len(text):
        share = round(100 * controls / len(text))
        raise SkipReason.BINARY.error(where, f"{share}% of its characters are control characters")


def _load_text(where: str) -> str:
    """The whole text of a file; raise ``InputSkipped`` if it cannot be read as text."""
    stream, encoding = _open_checked(where)
    with stream:
        try:
            data = stream.read()
        except OSError as error:
            raise SkipReason.UNREADABLE_FILE.error(where, error.strerror or str(error)) from None
    if encoding in _NARROW_ENCODINGS and b"\0" in data:
        raise SkipReason.BINARY.error(where, "contains NUL bytes")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        legacy = decode_legacy(data) if encoding in _NARROW_ENCODINGS else None
        if legacy is None:
            raise SkipReason.UNDECODABLE.error(where, _decode_detail(error)) from None
        text = legacy
    return _checked_text(text, where)


def decode_legacy(data: bytes) -> str | None:
    """Text in a legacy 8-bit encoding, or None when no encoding reads it as plausible text.

    Western news in Windows-1252 / Latin-1 is by far the most common case, so it is tried first
    and kept when it reads as Western text; otherwise charset_normalizer's best guess (e.g.
    Windows-1251 for Russian) is kept when it is confident.
    """
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _reads_as_western_text(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS or best.encoding.startswith("utf"):
        return None
    return str(best)


def _reads_as_western_text(text: str) -> bool:
    """Few accented letters among the letters, and no control characters but whitespace."""
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f" for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    return bool(letters) and accented <= _MAX_ACCENTED_SHARE * len(letters)


def _checked_text(text: str, where: str) -> str:
    _check_not_binary(text, where)
    if not text.strip(_BLANK):
        raise SkipReason.EMPTY.error(where)
    return text


def _utf8_lines(stream: BinaryIO, where: str, report: SkipHandler) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-8 file; a line that is not UTF-8 is reported and left out."""
    for number, raw in enumerate(stream, start=1):
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            report(SkipReason.UNDECODABLE.error(f"{where}:{number}", _decode_detail(error)))


def _wide_lines(
    stream: BinaryIO, encoding: str, where: str, report: SkipHandler
) -> Iterator[tuple[int, str]]:
    """Numbered lines of a UTF-16 or UTF-32 file; a decoding error ends them."""
    number = 0
    text = io.TextIOWrapper(stream, encoding=encoding)
    try:
        for number, line in enumerate(text, start=1):
            yield number, line
    except UnicodeDecodeError as error:
        report(SkipReason.UNDECODABLE.error(f"{where}:{number + 1}", _decode_detail(error)))
    finally:
        text.detach()


def _decode_detail(error: UnicodeDecodeError) -> str:
    encoding = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8"}.get(error.encoding, error.encoding.upper())
    return f"{encoding} ({error.reason} at byte {error.start})"


# ---------------------------------------------------------------------------------------------
# Documents


def _text_document(text: str, where: str, *, stem: str | None = None) -> Document:
    """The document of a plain-text or markdown article."""
    article = _cleaned(text, where)
    return Document(
        id=f"{stem or Path(where).stem}-{_digest(article.text)}",
        text=article.text,
        title=article.title,
        published=article.published,
        source=where,
    )


def _html_document(html: str, where: str) -> Document:
    """The document of an HTML page: its main text, title and date."""
    page = _html_page(html)
    if page is None:
        raise SkipReason.NO_ARTICLE_TEXT.error(where)
    article = _cleaned(page.text, where)
    return Document(
        id=f"{Path(where).stem}-{_digest(article.text)}",
        text=article.text,
        title=page.title or article.title,
        published=page.published or article.published,
        source=where,
        url=page.url,
    )


def _html_page(html: str) -> _HtmlPage | None:
    """Main text and metadata of a page, by trafilatura (offline); None if it finds no text."""
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False
    )
    if not extracted:
        return None
    metadata: dict[str, Any] = json.loads(extracted)
    text = metadata.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    url = _optional_text(metadata.get("source"))
    return _HtmlPage(
        text=text,
        title=_optional_text(metadata.get("title")),
        published=normalise_published(metadata.get("date")),
        url=url if url and url.startswith(("http://", "https://")) else None,
    )


def _jsonl_documents(
    lines: Iterable[tuple[int, str]], where: str, stem: str, report: SkipHandler
) -> Iterator[Document]:
    """One document per JSON object line; a bad line is reported and the others are kept."""
    seen_content = False
    for number, line in lines:
        if not line.strip(_BLANK):
            continue
        seen_content = True
        try:
            document = _json_document(line, f"{where}:{number}", where, f"{stem}-{number}")
        except InputSkipped as skipped:
            report(skipped)
            continue
        yield document
    if not seen_content:
        report(SkipReason.EMPTY.error(where))


def _json_document(line: str, where_line: str, where: str, default_stem: str) -> Document:
    """The document of one JSON line: ``text``, optional ``id``, ``title``, ``published``, ..."""
    record = _json_object(line, where_line)
    text = record.get("text")
    if not isinstance(text, str):
        detail = f"found {_json_type(text)}" if "text" in record else "missing"
        raise SkipReason.NO_TEXT_FIELD.error(where_line, detail)
    article = _cleaned(text, where_line)
    return Document(
        id=_json_id(record.get("id")) or f"{default_stem}-{_digest(article.text)}",
        text=article.text,
        title=_optional_text(record.get("title")) or article.title,
        published=normalise_published(record.get("published")) or article.published,
        source=_optional_text(record.get("source")) or where,
        url=_optional_text(record.get("url")),
    )


def _json_object(line: str, where_line: str) -> dict[str, Any]:
    try:
        value = json.loads(line.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        detail = f"{error.msg} at column {error.colno}"
        raise SkipReason.NOT_JSON_OBJECT.error(where_line, detail) from None
    if not isinstance(value, dict):
        raise SkipReason.NOT_JSON_OBJECT.error(where_line, f"found {_json_type(value)}")
    return {key: _without_surrogates(field) for key, field in value.items()}


def _without_surrogates(value: object) -> object:
    """A JSON string with lone surrogates ("\\ud800", valid JSON, not text) as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def _json_id(value: object) -> str | None:
    """A JSON ``id`` kept verbatim as a string; None when absent or not a string or number."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value) if str(value) else None


def _optional_text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _cleaned(text: str, where: str) -> CleanArticle:
    article = clean_article(text)
    if not article.text:
        raise SkipReason.NO_ARTICLE_TEXT.error(where)
    return article


def _digest(text: str) -> str:
    """First 8 hex digits of the SHA-1 of ``text``: the same on every machine and build."""
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]


# ---------------------------------------------------------------------------------------------
# Dates


def normalise_published(value: object) -> str | None:
    """``value`` as an ISO date YYYY-MM-DD (from a date, a timestamp or a written date), or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    iso = _ISO_DATE_PREFIX.match(value)
    if iso:
        return _valid_iso_date(iso.group(1))
    return _parse_written_date(value) if _YEAR.search(value) else None


def _checked_date(value: str | None) -> str | None:
    """The ``--date`` option, checked; raise ``KgError`` when it is not YYYY-MM-DD."""
    if value is None:
        return None
    if not _ISO_DATE.match(value) or _valid_iso_date(value) is None:
        raise KgError("E100", f"date {value!r} is not an ISO date; give it as YYYY-MM-DD")
    return value


def _valid_iso_date(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _parse_written_date(text: str) -> str | None:
    """A full date written in English ("September 06, 2017", "6 Sep 2017"), else None."""
    import dateparser  # slow to import; only needed when a line looks like a date

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed is not None else None


def _dateline_date(line: str) -> str | None:
    """The date of a dateline: a date alone, or "Publisher, date" ("Global Research, …, 2017")."""
    if len(line.split()) > DATELINE_MAX_WORDS or not _YEAR.search(line):
        return None
    parts = line.split(",")
    for start in range(len(parts)):
        publisher, date = ",".join(parts[:start]), ",".join(parts[start:])
        if start and not _looks_like_name(publisher):
            break
        if _YEAR.search(date) and (parsed := _parse_written_date(date.strip())):
            return parsed
    return None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= PUBLISHER_MAX_WORDS and all(
        word[0].isupper() or word[0].isdigit() or word.lower() in _NAME_JOINERS for word in words
    )


# ---------------------------------------------------------------------------------------------
# Cleaning


def clean_article(raw: str) -> CleanArticle:
    """News text of a raw article: markdown and boilerplate removed, headline and dateline found.

    >>> article = clean_article("Putin Meets Moon\\n\\nGlobal Research, September 06, 2017\\n\\n"
    ...                         "*Putin* met [Moon](https://x.org) in the **Russian** city.")
    >>> article.title, article.published
    ('Putin Meets Moon', '2017-09-06')
    >>> article.text
    'Putin Meets Moon\\n\\nPutin met Moon in the Russian city.'
    """
    lines = [line for line in _split_lines(raw) if line.text]
    dropped, published = _header_lines_to_drop(lines)
    lines = [
        line
        for index, line in enumerate(lines)
        if index not in dropped and not _is_boilerplate(line.text)
    ]
    title = lines[0].text if lines and _is_headline(lines[0].text) else None
    if title is not None:
        lines = [replace(lines[0], heading=True), *_without_repeats(lines[1:], title)]
    return CleanArticle(text="\n\n".join(_paragraphs(lines)), title=title, published=published)


def _split_lines(raw: str) -> Iterator[_ArticleLine]:
    """The article's lines, a line with bullets inside split at them."""
    for raw_line in raw.splitlines():
        *bulleted, last = _INLINE_BULLET.split(raw_line)
        for part in bulleted:
            yield replace(_article_line(part), bulleted=True)
        yield _article_line(last)


def _article_line(raw: str) -> _ArticleLine:
    """One line with markdown links, images, emphasis and heading marks removed."""
    line = " ".join(raw.translate(_INVISIBLE).split())
    if _RULE.match(line):
        return _ArticleLine("")
    lone_link = bool(_LONE_LINK.match(line))
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _LINK.sub(r"\1", _IMAGE.sub("", line))
    for emphasis in _EMPHASIS:
        line = emphasis.sub(r"\1", line)
    return _ArticleLine(" ".join(line.split()), heading=bool(heading), lone_link=lone_link)


def _header_lines_to_drop(lines: Sequence[_ArticleLine]) -> tuple[set[int], str | None]:
    """Indexes of the dateline and of a lone publisher link after the byline or dateline.

    Also returns the dateline's date.
    """
    dropped: set[int] = set()
    published: str | None = None
    after_byline = False
    for index, line in enumerate(lines[:HEADER_LINES]):
        date = None if published else _dateline_date(line.text)
        if date:
            published = date
            dropped.add(index)
            after_byline = True
        elif _is_byline(line.text):
            after_byline = True
        else:
            if after_byline and _is_publisher_link(line):
                dropped.add(index)
            after_byline = False
    return dropped, published


def _is_publisher_link(line: _ArticleLine) -> bool:
    return line.lone_link and len(line.text.split()) <= PUBLISHER_MAX_WORDS


def _without_repeats(lines: Sequence[_ArticleLine], title: str) -> list[_ArticleLine]:
    """``lines`` without repeats of the headline among the first ones."""
    key = title.casefold()
    return [
        line
        for index, line in enumerate(lines)
        if index >= HEADER_LINES or line.text.casefold() != key
    ]


def _is_headline(text: str) -> bool:
    return len(text.split()) <= HEADLINE_MAX_WORDS and not _HEADLINE_END.search(text)


def _paragraphs(lines: Sequence[_ArticleLine]) -> list[str]:
    """Lines as paragraphs; a paragraph that stops mid-sentence is joined with the next line."""
    paragraphs: list[str] = []
    open_paragraph = False
    for line in lines:
        if open_paragraph and not line.heading and _runs_on(paragraphs[-1], line.text):
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        open_paragraph = not (line.heading or line.bulleted)
    return paragraphs


def _runs_on(paragraph: str, next_line: str) -> bool:
    """Whether ``paragraph`` stops mid-sentence and ``next_line`` continues it."""
    if _SENTENCE_END.search(paragraph):
        return False
    if _CONTINUES.search(paragraph) or next_line[:1].islower():
        return True
    return len(paragraph.split()) > RUN_ON_MIN_WORDS


@functools.cache
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns of ``kg/data/boilerplate.txt``: one regular expression a line, ``#`` comments."""
    source = resources.files("kg").joinpath("data", "boilerplate.txt").read_text("utf-8")
    lines = (line.strip() for line in source.splitlines())
    return tuple(re.compile(line) for line in lines if line and not line.startswith("#"))


def _is_boilerplate(text: str) -> bool:
    return any(pattern.search(text) for pattern in _boilerplate_patterns())


def _is_byline(text: str) -> bool:
    return any(
        "byline" in pattern.groupindex and pattern.search(text)
        for pattern in _boilerplate_patterns()
    )


def _ignore(skipped: InputSkipped) -> None:
    """The default ``on_skip``: drop the report."""
