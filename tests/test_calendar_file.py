"""The iCalendar writer (generators/calendar_file.py), read back with the
maintained icalendar library."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generators.outputs.calendar_file import Event, calendar, escape_text, fold, stable_uid

STAMP = date(2026, 3, 13)


def octets(line: str) -> int:
    return len(line.encode("utf-8"))


@pytest.mark.parametrize("raw, escaped", [
    ("plain", "plain"),
    ("a, b; c", "a\\, b\\; c"),
    ("back\\slash", "back\\\\slash"),
    ("two\nlines\r\nand\rmore", "two\\nlines\\nand\\nmore"),
    ("bell\x07tab\tkept", "belltab\tkept"),
])
def test_text_is_escaped(raw, escaped):
    assert escape_text(raw) == escaped


def test_short_lines_are_not_folded():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    assert fold("X:" + "a" * 73) == "X:" + "a" * 73  # exactly 75 octets


def test_long_lines_fold_at_75_octets_and_unfold_to_the_original():
    line = "DESCRIPTION:" + "word " * 60
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(octets(part) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert octets(parts[0]) == 75 and all(octets(p) == 75 for p in parts[1:-1])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


def test_folding_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "é山🎉" * 40
    for part in fold(line).split("\r\n"):
        assert octets(part) <= 75
        part.encode("utf-8").decode("utf-8")  # each part is whole UTF-8


def test_folding_never_splits_an_escape():
    for shift in range(4):
        line = "DESCRIPTION:" + "x" * shift + escape_text(", ; \\ \n" * 40)
        parts = fold(line).split("\r\n")
        for part in parts[:-1]:
            body = part.rstrip("\\")
            assert (len(part) - len(body)) % 2 == 0, part  # no line ends in half an escape


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_line_folds_within_the_limit_and_unfolds_exactly(text):
    line = "DESCRIPTION:" + escape_text(text)
    parts = fold(line).split("\r\n")
    assert all(octets(part) <= 75 for part in parts)
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line


def test_uids_are_stable_and_distinct():
    assert stable_uid("Northwind", "Analyst", "thank-you") == stable_uid("Northwind", "Analyst", "thank-you")
    assert stable_uid("Northwind", "Analyst", "thank-you") != stable_uid("Northwind", "Analyst", "check-in-1")
    # The parts are kept apart: "ab" + "c" is not "a" + "bc".
    assert stable_uid("ab", "c") != stable_uid("a", "bc")
    assert stable_uid("x").endswith("@next-steps.invalid")


def test_a_calendar_parses_with_every_event_as_written():
    events = [
        Event(stable_uid("a"), date(2026, 3, 13), "Thank-you notes: Data Analyst, Northwind; Inc.", "Line one\nLine two, with \\ and ;"),
        Event(stable_uid("b"), date(2026, 12, 31), "Year end " + "long summary " * 10),
        Event(stable_uid("c"), date(2028, 2, 29), "Leap day", "山田 🎉 " * 30),
    ]
    text = calendar(events, "-//Next Steps//Test//EN", STAMP)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(octets(line) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    assert str(parsed["VERSION"]) == "2.0" and str(parsed["PRODID"]) == "-//Next Steps//Test//EN"
    found = parsed.walk("VEVENT")
    assert len(found) == len(events)
    for event, vevent in zip(events, found):
        assert str(vevent["UID"]) == event.uid
        assert vevent.decoded("DTSTART") == event.day
        assert vevent.decoded("DTEND") == event.day + timedelta(days=1)
        assert vevent["DTSTART"].params["VALUE"] == "DATE"
        assert vevent.decoded("DTSTAMP").isoformat() == "2026-03-13T00:00:00+00:00"
        assert str(vevent["SUMMARY"]) == event.summary
        assert str(vevent.get("DESCRIPTION", "")) == event.description
        assert str(vevent["TRANSP"]) == "TRANSPARENT"


def test_the_same_input_gives_the_same_bytes():
    events = [Event(stable_uid("a"), date(2026, 3, 13), "S", "D")]
    assert calendar(events, "-//x//EN", STAMP) == calendar(list(events), "-//x//EN", STAMP)
    assert calendar(events, "-//x//EN", STAMP) != calendar(events, "-//x//EN", STAMP + timedelta(days=1))
