"""Tests of kg.ingest: cleaning articles and reading files, directories, JSON Lines and stdin."""

from __future__ import annotations

import doctest
import io
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.ingest
from kg.errors import InputSkipped, KgError
from kg.ingest import clean_article, read_documents
from kg.records import Document

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_MOON = DATA / "putin_moon_2017-09-06.md"  # seed 000, verbatim
SEED_US_KOREA = Path(__file__).parent / "data" / "putin_us_korea.txt"  # seed 002, verbatim

BODY = (
    "Russian President Vladimir Putin met South Korean President Moon Jae-in in Vladivostok "
    "on Wednesday."
)


def read_all(*inputs: str | Path, date: str | None = None) -> tuple[list[Document], list[str]]:
    """Documents of ``inputs`` and the skip reports as "CODE: message" lines."""
    skipped: list[InputSkipped] = []
    documents = list(read_documents([str(i) for i in inputs], date=date, on_skip=skipped.append))
    return documents, [str(skip) for skip in skipped]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- cleaning ---------------------------------------------------------------------------------


def test_markdown_links_emphasis_and_headings_are_removed() -> None:
    raw = (
        "# Putin Meets Moon\n\n"
        "*Russian **President [Vladimir Putin](https://kremlin.ru)** met* _Moon_ __today__.\n\n"
        "![photo](img.png) The snake_case name stays."
    )
    article = clean_article(raw)
    assert article.text == (
        "Putin Meets Moon\n\nRussian President Vladimir Putin met Moon today.\n\n"
        "The snake_case name stays."
    )


@pytest.mark.parametrize(
    "line",
    [
        "By [Adam Garrie](#)",
        "Articles by: [Adam Garrie](#)",
        "Copyright © [Adam Garrie](#), [The Duran](#), 2017",
        "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
        "[Become a Member of Global Research](#)",
        "[Comment on Global Research Articles on our Facebook page](#)",
        "Featured image is from the author.",
        "The original source of this article is [The Duran](#)",
        "Latest News",
        "Region: [Asia](#), [Russia and FSU](#)",
        "Theme: [History](#)",
        "In-depth Report: [NORTH KOREA](#)",
        "For media inquiries: publications@globalresearch.ca",
        "www.globalresearch.ca contains copyrighted material the use of which is not authorized.",
        "Leave a comment",
        "Join the discussion",
    ],
)
def test_boilerplate_line_is_dropped(line: str) -> None:
    article = clean_article(f"{BODY}\n\n{line}\n\nThe talks went on for three hours.")
    assert article.text == f"{BODY}\n\nThe talks went on for three hours."


def test_news_sentences_that_start_like_boilerplate_are_kept() -> None:
    raw = (
        f"{BODY}\n\nBy Wednesday evening, the two leaders had agreed to meet again.\n\n"
        "Copyright law was not discussed at the forum."
    )
    assert clean_article(raw).text == raw


def test_lone_publisher_link_after_dateline_is_dropped_but_not_elsewhere() -> None:
    raw = (
        "Putin Talks Peace\n\nBy [Adam Garrie](#)\n\nGlobal Research, September 06, 2017\n\n"
        f"[The Duran](#)\n\n{BODY}\n\n[Vladivostok](#)"
    )
    article = clean_article(raw)
    assert article.text == f"Putin Talks Peace\n\n{BODY}\n\nVladivostok"


def test_dateline_with_publisher_gives_published_and_is_dropped() -> None:
    article = clean_article(f"Global Research, September 06, 2017\n\n{BODY}")
    assert article.published == "2017-09-06"
    assert article.text == BODY


def test_date_alone_on_a_line_is_a_dateline() -> None:
    article = clean_article(f"Putin Meets Moon\n\nWednesday, 6 September 2017\n\n{BODY}")
    assert (article.title, article.published) == ("Putin Meets Moon", "2017-09-06")
    assert article.text == f"Putin Meets Moon\n\n{BODY}"


def test_sentences_with_dates_and_late_dates_are_not_datelines() -> None:
    early = "The summit ended, September 6, 2017."
    filler = "\n\n".join(f"Paragraph {n} of the report." for n in range(20))
    article = clean_article(f"{early}\n\n{filler}\n\nSeptember 07, 2017")
    assert article.published is None
    assert article.text.startswith(early) and article.text.endswith("September 07, 2017")


def test_short_first_line_is_the_title_and_its_own_paragraph() -> None:
    article = clean_article(f"Putin Talks Peace with South Korean President\n{BODY}")
    assert article.title == "Putin Talks Peace with South Korean President"
    assert article.text == f"Putin Talks Peace with South Korean President\n\n{BODY}"


def test_long_or_punctuated_first_line_is_not_a_title() -> None:
    assert clean_article(f"{BODY}\n\nThey talked.").title is None
    long_line = " ".join(["word"] * 16)
    assert clean_article(f"{long_line}\n\n{BODY}").title is None


def test_repeated_headline_appears_once() -> None:
    headline = "Putin Says US Willing to Defuse Korea Tensions"
    article = clean_article(f"{headline}\n\nRelated Story Headline\n\n{headline}\n\n{BODY}")
    assert article.text == f"{headline}\n\nRelated Story Headline\n\n{BODY}"


def test_paragraph_ending_mid_sentence_is_joined_with_the_next() -> None:
    raw = (
        "Of course, such a meeting can happen both on the territory of North Korea and South\n\n"
        "Korea. The two Koreas have the experience of dialogue.\n\n"
        "The Russian President said,\n\n“It is clear.”"
    )
    assert clean_article(raw).text == (
        "Of course, such a meeting can happen both on the territory of North Korea and South "
        "Korea. The two Koreas have the experience of dialogue.\n\n"
        "The Russian President said, “It is clear.”"
    )


def test_short_unpunctuated_paragraph_is_a_subheading_not_joined() -> None:
    raw = f"{BODY}\n\nTalks on the Korean Crisis\n\nThe leaders spoke for three hours."
    assert clean_article(raw).text == raw


def test_whitespace_is_normalised_and_curly_quotes_kept() -> None:
    raw = "  Putin  said\t“no”\u00a0to sanctions.  \r\n\r\n\r\n\r\nMoon ‘agreed’.\n"
    assert clean_article(raw).text == "Putin said “no” to sanctions.\n\nMoon ‘agreed’."


def test_docstring_examples() -> None:
    result = doctest.testmod(kg.ingest)
    assert (result.failed, result.attempted > 0) == (0, True)


# --- the reference articles ---------------------------------------------------------------------


def test_seed_000_is_cleaned() -> None:
    (document,), skipped = read_all(SEED_MOON)
    assert skipped == []
    assert document.title == "Putin Talks Peace with South Korean President"
    assert document.published == "2017-09-06"
    assert document.source == str(SEED_MOON)
    for unwanted in (
        "Global Research",
        "The Duran",
        "Facebook",
        "Adam Garrie",
        "Disclaimer",
        "opyright",
        "Region:",
        "Theme:",
        "In-depth",
        "Featured image",
        "media inquiries",
        "*",
        "](",
    ):
        assert unwanted not in document.text
    for sentence in (
        "Vladimir Putin has met with his South Korean counterpart Moon Jae-in to discuss",
        "Russian President Vladimir Putin has met his South Korean counterpart Moon Jae-in "
        "during the course of the Eastern Economic Forum in the Russian city of Vladivostok.",
        "North Korean delegates are also present at the Forum.",
        "After the meeting, Putin continued to emphasise",
        "Russia and China further call for a cease in military drills",
        "Putin restated the importance of the double-freeze",
        "The Russian President said,",
        "“It is clear that it is impossible to solve the problems of the Korean peninsula",
        "One shouldn’t give in to emotions and drive North Korea into a corner.",
        "it is very difficult to shift the situation”.",
        "Putin continued, saying that it was “impossible” to shift the situation",
        "it does not appear that they have spoken with their South Korean counterparts",
        "According to Russian Deputy Foreign Minister Igor Morgulov,",
        "“If the parliamentarians of the two neighbouring countries want to hold a meeting",
        "on the territory of North Korea and South Korea. The two Koreas have the experience",
        "if they follow on the part of the two Koreas”.",
        "The Eastern Economic Forum continues through the 7th of September.",
    ):
        assert sentence in document.text
    assert "\n\n\n" not in document.text


def test_seed_002_is_cleaned() -> None:
    (document,), _ = read_all(SEED_US_KOREA)
    headline = "Vladimir Putin Says he Believes US Willing to Defuse Korea Tensions"
    assert document.title == headline
    assert document.text.count(headline) == 1
    assert "Latest News" not in document.text
    raw_paragraphs = SEED_US_KOREA.read_text(encoding="utf-8").split("\n\n")
    for paragraph in raw_paragraphs[3:-1]:  # the news after the headlines, before "Latest News"
        assert paragraph.strip() in document.text.split("\n\n")


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_keeps_ids_and_metadata(tmp_path: Path) -> None:
    records = [
        {
            "id": 17,
            "text": BODY,
            "title": "Meeting",
            "published": "2017-09-06T10:00:00+03:00",
            "source": "Reuters",
            "url": "https://example.org/a",
        },
        {"text": "Moon thanked Putin for the talks."},
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    (first, second), skipped = read_all(path)
    assert skipped == []
    assert first == Document(
        id="17",
        text=BODY,
        title="Meeting",
        published="2017-09-06",
        source="Reuters",
        url="https://example.org/a",
    )
    assert second.id.startswith("feed-2-") and len(second.id) == len("feed-2-") + 8
    assert (second.source, second.published, second.url) == (str(path), None, None)


def test_jsonl_bad_lines_are_reported_and_the_others_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": BODY}),
        "",
        "not json",
        json.dumps(["a list"]),
        json.dumps({"id": "b", "text": 42}),
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "Moon thanked Putin."}),
    ]
    path = write(tmp_path / "x.jsonl", "\n".join(lines))
    documents, skipped = read_all(path)
    assert [d.id for d in documents] == ["a", "d"]
    assert skipped == [
        f"E107: {path}:3: not a JSON object (Expecting value at column 1)",
        f"E107: {path}:4: not a JSON object (found an array)",
        f'E108: {path}:5: no string field "text" (found a number)',
        f'E108: {path}:6: no string field "text" (missing)',
    ]


def test_jsonl_line_that_is_not_utf8_is_reported_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps({"id": "a", "text": BODY}).encode("utf-8-sig")
        + b'\n{"id": "b", "text": "caf\xe9"}\n'
        + json.dumps({"id": "c", "text": "Moon thanked Putin."}).encode()
    )
    documents, skipped = read_all(path)
    assert [d.id for d in documents] == ["a", "c"]
    assert skipped == [
        f"E106: {path}:2: not decodable as UTF-8 (invalid continuation byte at byte 24); "
        "save it as UTF-8"
    ]


# --- unreadable inputs ------------------------------------------------------------------------


def test_missing_empty_and_binary_files_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.md", "\n  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = write(tmp_path / "good.txt", BODY)
    documents, skipped = read_all(tmp_path / "missing.txt", empty, blank, binary, good)
    assert [d.text for d in documents] == [BODY]
    assert skipped == [
        f"E101: {tmp_path / 'missing.txt'}: no such file or directory",
        f"E104: {empty}: empty file",
        f"E104: {blank}: empty file",
        f"E105: {binary}: binary file, not text (contains NUL bytes)",
    ]


def test_boilerplate_only_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "ad.txt", "Latest News\n\nBecome a Member of Global Research")
    assert read_all(path) == ([], [f"E109: {path}: no article text left after cleaning"])


def test_text_with_byte_order_marks_is_decoded(tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(f"Putin Meets Moon\n\n{BODY}".encode("utf-16"))  # starts with a BOM
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(f"Putin Meets Moon\n\n{BODY}".encode("utf-8-sig"))
    documents, skipped = read_all(utf16, utf8)
    assert skipped == []
    assert [(d.title, d.text) for d in documents] == [
        ("Putin Meets Moon", f"Putin Meets Moon\n\n{BODY}")
    ] * 2


def test_latin1_and_windows_1252_text_is_read(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Moon a visité Vladivostok. Café crème, señor.".encode("latin-1"))
    (document,), skipped = read_all(latin1)
    assert document.text == "Moon a visité Vladivostok. Café crème, señor."
    assert skipped == []


def test_cyrillic_in_windows_1251_is_read(tmp_path: Path) -> None:
    russian = tmp_path / "ru.txt"
    text = "Путин встретился с Муном во Владивостоке. Переговоры прошли в среду."
    russian.write_bytes(text.encode("cp1251"))
    (document,), _ = read_all(russian)
    assert document.text == text


def test_bytes_that_no_encoding_reads_are_skipped(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(128, 256)) * 4)
    documents, skipped = read_all(junk)
    assert documents == []
    assert skipped == [
        f"E106: {junk}: not decodable as UTF-8 (invalid start byte at byte 0); save it as UTF-8"
    ]


def test_without_on_skip_unreadable_inputs_are_dropped_silently(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    documents = list(read_documents([str(tmp_path / "missing.txt"), str(good)]))
    assert [d.text for d in documents] == [BODY]


# --- files, directories, stdin ----------------------------------------------------------------


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second article text.")
    write(tmp_path / "a.md", "First article text.")
    write(tmp_path / "notes.csv", "not,an,article")
    write(tmp_path / "sub" / "c.jsonl", json.dumps({"id": "c", "text": "Third article text."}))
    write(tmp_path / "sub" / "deeper" / "d.htm", "<html><body></body></html>")
    documents, skipped = read_all(tmp_path)
    assert [d.text for d in documents] == [
        "First article text.",
        "Second article text.",
        "Third article text.",
    ]
    assert skipped == [
        f"E109: {tmp_path / 'sub' / 'deeper' / 'd.htm'}: no article text left after cleaning"
    ]


def test_symbolic_link_loop_is_not_followed(tmp_path: Path) -> None:
    write(tmp_path / "sub" / "a.txt", "First article text.")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    documents, skipped = read_all(tmp_path)
    assert [d.text for d in documents] == ["First article text."]
    assert skipped == [
        f"E110: {tmp_path / 'sub' / 'loop'}: directory already read (symbolic link loop), skipped"
    ]


def test_unreadable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", "First article text.")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "Never read.")
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, skipped = read_all(tmp_path)
    assert [d.text for d in documents] == ["First article text."]
    assert skipped == [f"E103: {locked}: cannot read directory (Permission denied)"]


def test_file_named_with_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "article.news", BODY)
    (document,), _ = read_all(path)
    assert document.text == BODY
    assert document.id.startswith("article-")


def test_html_gives_main_text_title_and_date(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Putin meets Moon</title>"
        '<meta property="article:published_time" content="2017-09-06T10:00:00+03:00">'
        '<link rel="canonical" href="https://example.org/putin-moon"></head>'
        "<body><nav>Home | World</nav><article><h1>Putin meets Moon</h1>"
        f"<p>{BODY} They discussed the Korean crisis at length during the forum.</p>"
        "<p>Putin said sanctions alone would not solve the problems of the Korean peninsula.</p>"
        "</article></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    (document,), _ = read_all(path)
    assert (document.title, document.published) == ("Putin meets Moon", "2017-09-06")
    assert document.url == "https://example.org/putin-moon"
    assert BODY in document.text and "Home | World" not in document.text


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"\nPutin Meets Moon\n\n{BODY}\n"))
    (document,), _ = read_all("-")
    assert (document.title, document.source) == ("Putin Meets Moon", "<stdin>")
    assert document.id.startswith("stdin-") and len(document.id) == len("stdin-") + 8


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["", json.dumps({"text": BODY}), "{oops", json.dumps({"id": "x", "text": "Hi."})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines)))
    documents, skipped = read_all("-")
    assert [d.text for d in documents] == [BODY, "Hi."]
    assert documents[0].id.startswith("stdin-2-")
    assert skipped == [
        "E107: <stdin>:3: not a JSON object "
        "(Expecting property name enclosed in double quotes at column 2)"
    ]


def test_date_option_overrides_every_published(tmp_path: Path) -> None:
    with_dateline = write(tmp_path / "a.txt", f"Global Research, September 06, 2017\n\n{BODY}")
    feed = write(tmp_path / "b.jsonl", json.dumps({"text": BODY, "published": "2017-01-01"}))
    documents, _ = read_all(with_dateline, feed, date="2017-09-07")
    assert [d.published for d in documents] == ["2017-09-07", "2017-09-07"]


@pytest.mark.parametrize("bad", ["2017-9-7", "07/09/2017", "2017-02-30", "yesterday"])
def test_date_option_that_is_not_iso_is_refused_at_once(bad: str) -> None:
    with pytest.raises(KgError, match="YYYY-MM-DD") as raised:
        read_documents(["-"], date=bad)
    assert raised.value.code == "E100"


def test_ids_are_stable_and_follow_the_content(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "story.txt", f"{BODY}\n\nLatest News")
    same = write(tmp_path / "two" / "story.md", f"  {BODY}\n")
    other = write(tmp_path / "three" / "story.txt", "Moon thanked Putin.")
    documents, _ = read_all(first, same, other)
    ids = [d.id for d in documents]
    assert ids[0] == ids[1] != ids[2]
    assert ids[0] == "story-" + kg.ingest._digest(BODY)


def test_documents_are_streamed_one_input_at_a_time(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", "First article text.")
    later = tmp_path / "later.txt"
    stream = read_documents([str(first), str(later)])
    assert next(stream).text == "First article text."
    write(later, "Written after the first document was read.")
    assert next(stream).text == "Written after the first document was read."


def test_binary_content_is_skipped_whatever_its_name_and_legacy_text_is_read(
    tmp_path: Path,
) -> None:
    noise = bytes(b for b in random.Random(4096).randbytes(8192) if b)[:4096]  # no NUL byte
    random_txt = tmp_path / "random.txt"
    random_txt.write_bytes(noise)
    controls = tmp_path / "controls.md"
    controls.write_bytes(bytes(range(1, 9)) * 100 + b" a few words")  # valid UTF-8
    stream = tmp_path / "stream.jsonl"
    stream.write_bytes(noise)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(f"Café in Zürich.\n\n{BODY}".encode("cp1252"))
    documents, skipped = read_all(random_txt, controls, stream, latin)
    assert [d.source for d in documents] == [str(latin)]
    assert documents[0].text.startswith("Café in Zürich.")
    assert len(skipped) == 3
    for path, line in zip((random_txt, controls, stream), skipped, strict=True):
        assert line.startswith(f"E105: {path}: binary file, not text ("), line
        assert line.endswith("% of its characters are control characters)"), line


def test_inline_bullets_start_new_lines() -> None:
    # A letters page flattened to one line (guardian-203): the signature of one letter must not
    # become the subject of the next letter's first sentence.
    raw = (
        "Our silence makes us complicit. Margaret Owen Patron, Peace in Kurdistan • Last week "
        "Karen Pierce complained to the Russians. • Join the debate – email "
        "guardian.letters@theguardian.com • Read more Guardian letters – click here"
    )
    assert clean_article(raw).text == (
        "Our silence makes us complicit. Margaret Owen Patron, Peace in Kurdistan\n\n"
        "Last week Karen Pierce complained to the Russians."
    )


@pytest.mark.parametrize(
    "note",
    [
        "This article was amended on 14 February 2019 to clarify a quote from David Toube.",
        "The map of Syria in this article was updated on 6 September 2018.",
        "Simon Tisdall is a foreign affairs commentator",
        "Ranj Alaaldin is a visiting fellow at the Brookings Institution in Doha",
        "Additional reporting: Mohammed Rasool",
    ],
)
def test_notes_after_the_article_are_dropped(note: str) -> None:
    assert clean_article(f"{BODY} • {note}").text == BODY


def test_a_long_paragraph_about_a_fellow_is_kept() -> None:
    paragraph = "John Roe is a senior fellow at the institute. " + "He said the talks failed. " * 12
    assert clean_article(f"{BODY}\n\n{paragraph.strip()}").text == f"{BODY}\n\n{paragraph.strip()}"
