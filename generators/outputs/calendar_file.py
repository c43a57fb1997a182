"""A small iCalendar (RFC 5545) writer for all-day reminders.

Why our own: the generators depend on Jinja2 alone, so that the same wheel
runs in CPython and in Pyodide with nothing else to load, and the maintained
library (icalendar) pulls in python-dateutil and tzdata. A follow-up plan
needs only all-day events with a title and a note, which is a page of code.
The tests parse every file this writes with icalendar in CPython.

What it does, per RFC 5545: lines end with CRLF (3.1); lines longer than 75
octets are folded, never inside a UTF-8 character (3.1); text escapes
backslash, semicolon, comma and line breaks (3.3.11); an all-day event has
DTSTART;VALUE=DATE and DTEND on the next day (3.6.1); UID and DTSTAMP are
required in every event (3.6.1), and both are derived from the inputs, so
the same answers on the same day always give the same file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

CRLF = "\r\n"
MAX_OCTETS = 75
# TEXT may hold no control character but tab (RFC 5545 3.3.11); line breaks
# are escaped before this applies.
CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
# What folding keeps whole: an escape (backslash and the next character), or
# one character.
UNITS = re.compile(r"\\.|.", re.DOTALL)


@dataclass(frozen=True)
class Event:
    """One all-day event."""

    uid: str
    day: date
    summary: str
    description: str = ""


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return CONTROLS.sub("", value)


def fold(line: str) -> str:
    """One content line, folded so that no physical line passes 75 octets.

    A continuation line starts with one space, which counts toward its 75.
    Breaks fall between characters, so a multi-byte character is never
    split, and never inside an escape ("\\,"), which strict readers prefer.
    """
    out: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for unit in UNITS.findall(line):
        width = len(unit.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1
        current += unit
        size += width
    out.append(current)
    return (CRLF + " ").join(out)


def ical_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def stable_uid(*parts: str, domain: str = "next-steps.invalid") -> str:
    """A UID that is the same for the same parts, so importing an updated
    plan again can replace its events rather than add copies."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{domain}"


def calendar(events: Iterable[Event], product: str, stamp: date) -> str:
    """The whole .ics file as text, with CRLF line endings.

    ``stamp`` becomes every event's DTSTAMP (midnight UTC of that day): the
    day the plan was made, not the moment, so the output is reproducible.
    No calendar name (X-WR-CALNAME): some apps would then make a new
    calendar for each import instead of adding the events to yours.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{ical_date(stamp)}T000000Z",
            f"DTSTART;VALUE=DATE:{ical_date(event.day)}",
            f"DTEND;VALUE=DATE:{ical_date(event.day + timedelta(days=1))}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        # A reminder, not a meeting: it does not block the day as busy.
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
