"""Helpers shared by the letters for applying and interviewing: greetings,
phone numbers and calendar arithmetic. Not a letter itself (no SPEC), and
named with a leading underscore so discovery skips it."""

from __future__ import annotations

from datetime import date, timedelta

from .spec import Answers
from .wording import salutation_name, split_honorific

PHONE_EXAMPLE = "555-201-7788"


def greeting(name: str, warm: bool, unknown_formal: str = "Dear Hiring Manager", unknown_warm: str = "Hello") -> str:
    """'Dear Dana Lee,' / 'Hi Dana,' / 'Hello Dr. Haddad,' and a neutral line without a name."""
    if not name:
        return f"{unknown_warm if warm else unknown_formal},"
    honorific, _ = split_honorific(name)
    if warm:
        return f"{'Hello' if honorific else 'Hi'} {salutation_name(name, True)},"
    return f"Dear {salutation_name(name, False)},"


def check_phone(answers: Answers, field: str) -> None:
    """A phone number must at least hold digits: a voicemail with 'call me
    back at the office' helps nobody. Anything else (spaces, +, ext.) is
    written exactly as typed."""
    if answers.has(field) and not any(ch.isdigit() for ch in answers[field]):
        answers.error(field, f"Enter a phone number with its digits, for example {PHONE_EXAMPLE}")


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Monday to Friday) after ``start``."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def days_phrase(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"
