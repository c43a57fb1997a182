"""The timing rules: when each kind of message is due, in one place.

Every writer's advice and the follow-up planner ask these functions, so a
letter never calls a day "good timing" that the plan calls passed. Each rule
gives a ``Window``: the first day the message is due and the last day it is
still on time. Rules come from the guides:

- interviewing/thank-you-notes: a thank-you within 24 to 48 hours.
- after-rejection (ask-for-feedback, thank-them-for-feedback): answer their
  news, or their feedback, within a day.
- applying/follow-up: one follow-up a few days to a week after the closing
  date, or one to two weeks after applying when there is none.
- interviewing/waiting-past-the-date: check in two or three working days past
  the date they gave, once more a week or two after that, then stop.
- any request (advice, an introduction): one reminder when a week has passed
  with no reply.
- after-rejection/stay-on-their-radar: about a month after the last message,
  and no sooner than that between check-ins.

Follow-ups, reminders and check-ins fall on working days (Monday to Friday),
when someone is there to read them; thank-you notes and replies to news keep
their short deadlines whatever the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

EARLY, ON_TIME, LATE = "early", "on time", "late"

# How long a written request waits for a reply before one reminder.
REPLY_WAIT_DAYS = 7
# Days (first, last) after the closing date, or after applying when there
# is none, for the one application follow-up.
AFTER_CLOSING_DAYS = (3, 7)
AFTER_APPLYING_DAYS = (7, 14)
# Working days past the date they gave for the first check-in, and days
# after it for the last one.
CHECK_IN_WORKING_DAYS = (2, 3)
LAST_CHECK_IN_DAYS = (7, 14)
# "About a month" between radar check-ins: four weeks, the shortest month.
RADAR_GAP_DAYS = 28


@dataclass(frozen=True)
class Window:
    """The days a message is due: from ``opens`` to ``closes`` (None: no end)."""

    opens: date
    closes: date | None

    def status(self, today: date) -> str:
        if today < self.opens:
            return EARLY
        if self.closes is not None and today > self.closes:
            return LATE
        return ON_TIME

    def is_open(self, today: date) -> bool:
        return self.status(today) == ON_TIME

    def has_passed(self, today: date) -> bool:
        return self.status(today) == LATE


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def next_working_day(day: date) -> date:
    """The day itself, or the Monday after a weekend."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Monday to Friday) after ``start``."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            days -= 1
    return current


def on_working_days(window: Window) -> Window:
    """The window with each end moved off a weekend, for a plan's dates."""
    closes = next_working_day(window.closes) if window.closes else None
    return Window(next_working_day(window.opens), closes)


def _working_window(opens: date, closes: date) -> Window:
    return on_working_days(Window(opens, closes))


@dataclass(frozen=True)
class Reply:
    """A message that answers something: due from that day, best ``within``
    days of it. ``span`` says the same in words, ``after`` names the event."""

    days: int
    span: str
    after: str

    def window(self, anchor: date) -> Window:
        return Window(anchor, anchor + timedelta(days=self.days))


THANK_YOU = Reply(2, "within 24 to 48 hours", "the interview")
REPLY_TO_NEWS = Reply(1, "within a day", "their news")
THANKS_FOR_FEEDBACK = Reply(2, "within a day or two", "their feedback")
REPLY_TO_INTRODUCTION = Reply(1, "within a day", "the introduction")


def thank_you(interview: date) -> Window:
    """A thank-you note: the day of the interview to 48 hours after it."""
    return THANK_YOU.window(interview)


def reply_to_news(news: date) -> Window:
    """Answering a rejection: within a day."""
    return REPLY_TO_NEWS.window(news)


def reply_status(rule: Reply, anchor: date, today: date) -> tuple[str, str]:
    """Where today stands for a reply, as (level, advice): the one wording
    of the reply window every writer shows. ``anchor`` is the day of the
    event the reply answers."""
    window = rule.window(anchor)
    status = window.status(today)
    if status == EARLY:
        return "warning", f"This date is in the future. Check it: you write after {rule.after}, not before."
    if status == LATE:
        days = (today - anchor).days
        return "warning", (
            f"It has been {days} days since {rule.after}. Writing {rule.span} is best, but a note sent "
            "today is still worth sending."
        )
    if today == window.closes:
        return "info", f"Send it today: a note works best {rule.span} of {rule.after}, and today is the last day."
    return "info", f"Good timing: a note sent {rule.span} of {rule.after} works best."


def application_follow_up(applied: date | None, deadline: date | None) -> Window | None:
    """One follow-up: a few days to a week past the closing date, else one to
    two weeks after applying."""
    if deadline and (not applied or deadline >= applied):
        start, days = deadline, AFTER_CLOSING_DAYS
    elif applied:
        start, days = applied, AFTER_APPLYING_DAYS
    else:
        return None
    return _working_window(start + timedelta(days=days[0]), start + timedelta(days=days[1]))


def check_in(their_date: date) -> Window:
    """The first check-in: two or three working days past the date they gave."""
    first, last = CHECK_IN_WORKING_DAYS
    return Window(add_working_days(their_date, first), add_working_days(their_date, last))


def second_check_in(first: date) -> Window:
    """The last check-in: a week or two after the first."""
    return _working_window(first + timedelta(days=LAST_CHECK_IN_DAYS[0]), first + timedelta(days=LAST_CHECK_IN_DAYS[1]))


def reminder(asked: date) -> Window:
    """One reminder about a request with no reply: a week or two after it."""
    return _working_window(asked + timedelta(days=REPLY_WAIT_DAYS), asked + timedelta(days=2 * REPLY_WAIT_DAYS))


def radar_check_in(last_message: date) -> Window:
    """Staying on their radar: about a month after the last message, or later.
    The writer's advice reads it as is; a plan puts it on a working day."""
    return Window(last_message + timedelta(days=RADAR_GAP_DAYS), None)


@dataclass(frozen=True)
class TimelineRow:
    when: str
    what: str
    writer: str  # the letter writer's id, "" when there is nothing to write


def _when(rule: Reply) -> str:
    return f"{rule.span[0].upper()}{rule.span[1:]} of {rule.after}"


# The same rules in words, per guide stage, for the guides' timelines. Every
# number comes from the constants and rules above, so the two cannot drift.
TIMELINE = {
    "applying": (
        TimelineRow("The day you apply", "Note the closing date and any contact named in the posting.", ""),
        TimelineRow("{} to {} days after the closing date, or ".format(*AFTER_CLOSING_DAYS)
                    + "{} to {} days after applying".format(*AFTER_APPLYING_DAYS),
                    "Follow up once, unless the posting asked for no calls.", "application-follow-up"),
    ),
    "interviewing": (
        TimelineRow(_when(THANK_YOU), "Send a separate thank-you to each interviewer.", "interview-thank-you"),
        TimelineRow("The date they gave for a decision", "Nothing to send. Keep your search going.", ""),
        TimelineRow("{} to {} working days past their date".format(*CHECK_IN_WORKING_DAYS),
                    "Check in once.", "check-in-after-date"),
        TimelineRow("{} to {} days after that check-in".format(*LAST_CHECK_IN_DAYS),
                    "Check in one last time; then treat the job as closed.", "check-in-after-date"),
    ),
    "after-rejection": (
        TimelineRow(_when(REPLY_TO_NEWS),
                    "Thank them and ask for advice on becoming a stronger candidate.", "feedback-request"),
        TimelineRow(f"{REPLY_WAIT_DAYS} days after you asked, with no reply",
                    "Send one short reminder, then let it go.", "feedback-request"),
        TimelineRow(_when(THANKS_FOR_FEEDBACK), "Thank them for it.", "thanks-for-feedback"),
        TimelineRow(f"About a month ({RADAR_GAP_DAYS} days or more) after your last message",
                    "Check in with one piece of news, if you would still love to work there.", "radar-check-in"),
    ),
}


def timeline(stage: str) -> tuple[tuple[str, str, str], ...]:
    """Rows of (when, what to do, which writer) for one guide stage."""
    return tuple((row.when, row.what, row.writer) for row in TIMELINE[stage])
