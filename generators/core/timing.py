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
- offer/*: ask for the offer in writing the day it comes; read it, send your
  questions and ask for any more time within the next day or two; decide a
  day or two before your answer is due; once you accept, tell the other
  employers within a day or two and thank your references within a week.

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

# Offers (docs/offer/). How long employers usually give for an answer: "a
# week is common", two weeks "more often for graduate jobs or a job that
# means a move" (you-got-an-offer.md, "How much time to ask for"). Asking for
# time up to the first is ordinary; past the second, expect to give a reason.
USUAL_ANSWER_DAYS = 7
LONGEST_USUAL_ANSWER_DAYS = 14
# Working days after the offer (first, last) to read it and send questions,
# and to ask early for any more time or for one change ("the next day or
# two"; "within a day or two of the offer: send your ask").
OFFER_QUESTIONS_WORKING_DAYS = (1, 2)
# Working days before the answer is due (first, last) for the reminder to
# decide: an answer on the last day reads as a reluctant one.
DECIDE_WORKING_DAYS_BEFORE = (2, 1)
# Working days before the start (first, last) to confirm the first day's
# details: early enough for a reply, late enough that the plans are set.
FIRST_DAY_WORKING_DAYS_BEFORE = (5, 2)
# Working days before a condition's date when its step opens, to gather the
# papers or warn the references.
CONDITION_WORKING_DAYS_BEFORE = 2


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


def subtract_working_days(end: date, days: int) -> date:
    """The date ``days`` working days (Monday to Friday) before ``end``."""
    current = end
    while days > 0:
        current -= timedelta(days=1)
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
# The offer itself: thank them and ask for it in writing right away.
OFFER_IN_WRITING = Reply(1, "within a day", "the offer")
TELL_OTHER_EMPLOYERS = Reply(2, "within a day or two", "accepting")
THANK_REFERENCES = Reply(7, "within a week", "accepting")


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


def closed_after_check_ins(their_date: date) -> date:
    """The day a job counts as closed when the check-ins got no answer: the
    last check-in, and as long again for its answer (the paper letter's day)."""
    last = second_check_in(check_in(their_date).opens).opens
    return last + timedelta(days=LAST_CHECK_IN_DAYS[0])


def reminder(asked: date) -> Window:
    """One reminder about a request with no reply: a week or two after it."""
    return _working_window(asked + timedelta(days=REPLY_WAIT_DAYS), asked + timedelta(days=2 * REPLY_WAIT_DAYS))


def radar_check_in(last_message: date) -> Window:
    """Staying on their radar: about a month after the last message, or later.
    The writer's advice reads it as is; a plan puts it on a working day."""
    return Window(last_message + timedelta(days=RADAR_GAP_DAYS), None)


def offer_questions(offer: date, answer_by: date | None) -> Window | None:
    """Reading the offer, questions, and any ask for time or for a change:
    the next working day or two, and always before the answer is due (None
    when the answer is due the day after the offer or sooner)."""
    first, last = OFFER_QUESTIONS_WORKING_DAYS
    opens, closes = add_working_days(offer, first), add_working_days(offer, last)
    if answer_by is not None:
        closes = min(closes, subtract_working_days(answer_by, 1))
    if closes <= offer:
        return None
    return Window(min(opens, closes), closes)


def decide(offer: date, answer_by: date) -> Window | None:
    """The reminder to decide: a working day or two before the answer is
    due, and after the days for questions (None when there is no such day)."""
    first, last = DECIDE_WORKING_DAYS_BEFORE
    questions = offer_questions(offer, answer_by)
    after = questions.closes if questions else offer
    opens = max(subtract_working_days(answer_by, first), next_working_day(after + timedelta(days=1)))
    closes = subtract_working_days(answer_by, last)
    if closes < opens:
        return None
    return Window(opens, closes)


def tell_other_employers(accepted: date) -> Window:
    """Telling the other employers: within a day or two of accepting."""
    return on_working_days(TELL_OTHER_EMPLOYERS.window(accepted))


def thank_references(accepted: date) -> Window:
    """Thanking references and helpers: within a week of accepting."""
    return THANK_REFERENCES.window(accepted)


def condition_due(due: date, offer: date) -> Window:
    """A condition of the offer: from a few working days before its date
    (never before the offer) to the date itself."""
    return Window(max(subtract_working_days(due, CONDITION_WORKING_DAYS_BEFORE), min(next_working_day(offer), due)), due)


def first_day_details(start: date, offer: date) -> Window | None:
    """Confirming the first day's details: about a week before the start,
    after the offer (None when the start is too close for it)."""
    first, last = FIRST_DAY_WORKING_DAYS_BEFORE
    opens = max(subtract_working_days(start, first), next_working_day(offer + timedelta(days=1)))
    closes = subtract_working_days(start, last)
    if closes < opens:
        return None
    return Window(opens, closes)


@dataclass(frozen=True)
class TimelineRow:
    when: str
    what: str
    writer: str = ""  # the letter writer's id, "" when there is nothing to write


_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def in_words(days: int) -> str:
    """A span of days as a guide says it: "three days", "a week", "two weeks"."""
    if days % 7 == 0:
        weeks = days // 7
        return "a week" if weeks == 1 else f"{_WORDS.get(weeks, weeks)} weeks"
    return "a day" if days == 1 else f"{_WORDS.get(days, days)} days"


def _span(days: tuple[int, int]) -> str:
    return f"{in_words(days[0])} to {in_words(days[1])}".replace("a week to two weeks", "one to two weeks")


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def _reply(rule: Reply) -> str:
    return _sentence(f"{rule.span} of {rule.after}")


# Each guide's timeline, in words. Every number comes from the rules above,
# which the planner and the writers' advice use too, so no page can say a
# different day from the letter it links to. A guide shows its own with the
# guide_timeline() macro; no guide writes a timeline by hand (tested).
CHECK_IN = f"{_sentence(_WORDS[CHECK_IN_WORKING_DAYS[0]])} working days past their date"
LAST_CHECK_IN = f"About {in_words(LAST_CHECK_IN_DAYS[0])} after that"
AFTER_LAST_CHECK_IN = f"{_sentence(in_words(LAST_CHECK_IN_DAYS[0]))} later, still no answer"
UNANSWERED_CALL = (f"They asked you to call, and did not take or return it within "
                   f"{_WORDS[CHECK_IN_WORKING_DAYS[0]]} working days")
RADAR = "About a month later, if you want to work there"
GUIDE_TIMELINES: dict[str, tuple[TimelineRow, ...]] = {
    "applying/follow-up": (
        TimelineRow("The day you apply", "Pick your follow-up date and put it in your calendar.", "follow-up-planner"),
        TimelineRow(f"{_sentence(_span(AFTER_CLOSING_DAYS))} after the closing date",
                    "Call or email once. Ask when they expect to contact people for interviews.",
                    "application-follow-up"),
        TimelineRow(f"No closing date: {_span(AFTER_APPLYING_DAYS)} after you apply",
                    "The same single call or email.", "application-follow-up"),
        TimelineRow("The date they gave you, and after", "Nothing more to send. Keep applying elsewhere."),
        TimelineRow("If they invite you to interview",
                    "Thank each interviewer afterwards (see Thank-you notes after an interview).", "interview-thank-you"),
    ),
    "applying/take-every-interview": (
        TimelineRow("Within a day or two of the call", "Reply. Say yes to hearing more, and offer times to talk.",
                    "recruiter-reply"),
        TimelineRow("Before the interview", "Book a day off or a time outside work hours. Check your contract."),
        TimelineRow(_reply(THANK_YOU), "Send a thank-you to each interviewer.", "interview-thank-you"),
        TimelineRow("As soon as you know it is not for you", "Withdraw kindly.", "withdrawal"),
    ),
    "applying/withdraw": (
        TimelineRow("Right after the interview", "Write down what did not feel right."),
        TimelineRow("Within a day or two", "Decide. Send your thank-you and your withdrawal together.", "withdrawal"),
        TimelineRow("Before any next-round date", "Make sure they have your note, so they can plan without you."),
    ),
    "interviewing/thank-you-notes": (
        TimelineRow("End of the interview",
                    "Ask when they will decide, whether you may follow up, and for contact details."),
        TimelineRow("Same day", "Write down names, topics, and dates. Draft your notes."),
        TimelineRow(_reply(THANK_YOU), "Send a separate note to each person.", "interview-thank-you"),
        TimelineRow("The date they gave", "Nothing to send. Keep your search going."),
        TimelineRow(CHECK_IN, "Check in once (see Waiting past the date they gave).", "check-in-after-date"),
    ),
    "interviewing/waiting-past-the-date": (
        TimelineRow("The date they gave", "Nothing yet. Keep your search going."),
        TimelineRow(CHECK_IN, "Send one short check-in by email.", "check-in-after-date"),
        TimelineRow(LAST_CHECK_IN, "One last check-in, by email, or by phone if they said you could call.",
                    "check-in-after-date"),
        TimelineRow(AFTER_LAST_CHECK_IN, "Treat it as closed. Post a paper thank-you letter if you like.",
                    "paper-thank-you"),
        TimelineRow(UNANSWERED_CALL, "Take it as a no. Do not call again. Post the paper letter.", "paper-thank-you"),
        TimelineRow(RADAR, "A brief, friendly check-in with a piece of news.", "radar-check-in"),
    ),
    "after-rejection/ask-for-feedback": (
        TimelineRow(_reply(REPLY_TO_NEWS), "Reply with thanks and ask for advice. This is your one thank-you.",
                    "feedback-request"),
        TimelineRow(f"{_sentence(in_words(REPLY_WAIT_DAYS))} after you asked, if no answer",
                    "Send one short, friendly reminder.", "feedback-request"),
        TimelineRow("After that, if still no answer", "Let it go and move on with your search."),
        TimelineRow(_reply(THANKS_FOR_FEEDBACK), "Thank them and say how you will use it.", "thanks-for-feedback"),
        TimelineRow(RADAR, "Send a brief check-in, then about once a month.", "radar-check-in"),
    ),
    "after-rejection/paper-letter": (
        TimelineRow(CHECK_IN, "Check in by email first, not by letter.", "check-in-after-date"),
        TimelineRow(LAST_CHECK_IN, "One last check-in, by email or phone.", "check-in-after-date"),
        TimelineRow(AFTER_LAST_CHECK_IN, "Write and post your letter.", "paper-thank-you"),
        TimelineRow(UNANSWERED_CALL, "Write and post your letter. Do not call again.", "paper-thank-you"),
        TimelineRow(f"{_reply(REPLY_TO_NEWS)}, after a clear no",
                    "Post your letter, or reply by email instead. Not both.", "paper-thank-you"),
        TimelineRow(RADAR, "A short, friendly check-in by email.", "radar-check-in"),
    ),
    "after-rejection/stay-on-their-radar": (
        TimelineRow(_reply(REPLY_TO_NEWS),
                    "Send one thank-you: an email that asks for advice, or a paper letter. Not both.",
                    "feedback-request"),
        TimelineRow("About a month later", "Send a short, friendly check-in.", "radar-check-in"),
        TimelineRow("About once a month after that", "Check in again, with a new piece of news.", "radar-check-in"),
        TimelineRow("Whenever a fitting role opens", "Apply, and mention your earlier interview."),
        TimelineRow("If they ask you to stop", "Thank them and stop."),
    ),
    "network/ask-for-introduction": (
        TimelineRow("Before you ask", "Study the openings and compare your skills."),
        TimelineRow("Day 1", "Ask your contact for an introduction.", "introduction-request"),
        TimelineRow(_reply(REPLY_TO_INTRODUCTION), "Reply, thank your contact, move them to Bcc, ask for a call.",
                    "introduction-reply"),
        TimelineRow(f"{_sentence(in_words(REPLY_WAIT_DAYS))} later, if no reply", "Send one short, friendly nudge."),
        TimelineRow("Within a day of the call", "Thank the person, then update your contact."),
    ),
    "at-work/other-duties": (
        TimelineRow("During the interview", 'Ask what "other duties" means in this job.', "duties-questions"),
        TimelineRow("First six months to a year",
                    "Learn the job. Say yes to stretch work your supervisor offers, but don't ask for it."),
        TimelineRow("After six months to a year", "Start asking for stretch projects or new things to try.",
                    "stretch-project-request"),
        TimelineRow("Any time favors turn routine", "Talk with your supervisor."),
    ),
    "at-work/time-to-move-on": (
        TimelineRow("The moment the feeling hits", "Pause. Do not act yet."),
        TimelineRow("The same day", "Write a journal entry.", "move-on-journal"),
        TimelineRow("Over the next weeks", "Add an entry each time it happens, until you have at least five.",
                    "move-on-journal"),
        TimelineRow("After five or more entries", "Review your notes and answer the review questions.",
                    "move-on-journal"),
        TimelineRow("If you are coasting",
                    "Talk to your supervisor about stretch work or training before deciding.", "stretch-project-request"),
        TimelineRow("Any time there is harassment or bullying", "Speak up right away."),
    ),
    "offer/you-got-an-offer": (
        TimelineRow("The day of the offer", "Thank them. Ask for it in writing. Agree on a date.", "follow-up-planner"),
        TimelineRow("The next day or two", "Read the letter. Send your questions. Ask for more time if you need it.",
                    "offer-time-to-decide"),
        TimelineRow("By the date you agreed", "Give your answer."),
        TimelineRow("While the checks run", "Keep your current job."),
    ),
    "offer/negotiating": (
        TimelineRow("The day of the offer", "Thank them. Ask for it in writing, and agree on the date for your answer."),
        TimelineRow("A day or two later", "Send your one ask by email.", "offer-negotiation"),
        TimelineRow("A few days after that", "Read their answer. Ask one question if you need to."),
        TimelineRow("By the date you agreed", "Accept or say no."),
    ),
    "offer/saying-no": (
        TimelineRow("As soon as you decide", "Call the person who made the offer."),
        TimelineRow("The same day", "Send your email.", "offer-decline"),
        TimelineRow("When they reply", "Answer briefly, and thank them."),
    ),
    "offer/after-you-accept": (
        TimelineRow("The day you decide", "Accept, and confirm the terms in writing.", "offer-acceptance"),
        TimelineRow(_sentence(TELL_OTHER_EMPLOYERS.span), "Tell the other employers. Cancel interviews.", "withdrawal"),
        TimelineRow(_sentence(THANK_REFERENCES.span), "Thank your references and helpers.", "reference-thanks"),
        TimelineRow("When the checks are done", "Give notice at your current job."),
        TimelineRow("Before your first day", "Close your search. Get your documents ready."),
    ),
}
