"""Follow-up planner: the dated steps after an application, an interview or a
rejection, as a list and as a calendar file.

The dates come from ``core.timing``, the rules every writer's advice uses
too. What the plan adds: once before the interview stage is enough, so an
interview replaces the application follow-up; the date they gave is a day to
keep searching, not to write; after two check-ins with no answer, treat the
job as closed; the radar check-ins (three of them) count from the last
message sent, each about a month (four weeks) after the one before.

A step is passed only when its whole window is behind today: a step whose
window is still open stays in the plan and in the calendar file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..core import timing
from ..core.timing import Window
from ..outputs.calendar_file import Event, calendar, stable_uid
from ..core.spec import Answers, Choice, Field, File, Letter, Message, Spec
from ..core.grammar import long_date

ID = "follow-up-planner"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight")
WEEKS = tuple(range(1, 9))
RADAR_CHECK_INS = 3  # "a few" monthly check-ins
# Past this, a thank-you for the interview is no longer worth suggesting.
LATE_THANKS_DAYS = 30

DATE_FIELDS = ("applied_date", "deadline", "interview_date", "decision_date", "rejected_date", "feedback_date")

SPEC_ITEMS = (
    Field(
        name="organization",
        label="Employer",
        required=True,
        autocomplete="organization",
        max_length=120,
        fragment=True,
        hint="The organization you applied to. It names each step in your calendar.",
        missing="Enter the employer",
    ),
    Field(
        name="role",
        label="Job title (optional)",
        max_length=120,
        fragment=True,
        hint="As it appears in the job posting, for example Data Analyst.",
    ),
    Field(
        name="applied_date",
        label="Date you applied (optional)",
        kind="date",
        in_letter=False,
    ),
    Field(
        name="deadline",
        label="Closing date for applications (optional)",
        kind="date",
        in_letter=False,
        hint="If the posting gave one.",
    ),
    Field(
        name="interview_date",
        label="Date of your interview (optional)",
        kind="date",
        in_letter=False,
        hint="Your latest interview, if you had more than one. It can be a date still ahead.",
    ),
    Field(
        name="decision_date",
        label="The date they said they would decide by (optional)",
        kind="date",
        in_letter=False,
        hint="Or the date they said you would hear from them.",
    ),
    Field(
        name="decision_weeks",
        label="Or how many weeks they said it would take (optional)",
        kind="select",
        in_letter=False,
        choices=(Choice("", "They did not say, or I gave the date"),)
        + tuple(Choice(str(n), f"{n} week{'s' if n > 1 else ''}") for n in WEEKS),
        hint="Counted from your interview date.",
    ),
    Field(
        name="rejected_date",
        label="Date they turned you down (optional)",
        kind="date",
        in_letter=False,
    ),
    Field(
        name="feedback_date",
        label="Date you asked them for advice (optional)",
        kind="date",
        in_letter=False,
        hint="Leave it empty if you have not asked yet: the plan includes asking.",
    ),
    Field(
        name="stay_in_touch",
        label="If they turn you down, do you want to stay on their radar?",
        kind="radio",
        in_letter=False,
        choices=(
            Choice("no", "No, or not sure yet"),
            Choice("yes", "Yes, I would still love to work there"),
        ),
        default="no",
        hint="Yes adds a few monthly check-ins after a rejection.",
    ),
)


@dataclass(frozen=True)
class Step:
    key: str  # stable across changes of date, for the calendar UID
    window: Window  # the step is due from window.opens to window.closes
    title: str
    text: str

    @property
    def day(self) -> date:
        return self.window.opens

    def calendar_day(self, today: date) -> date:
        """Where the calendar puts it: its day, or today while it is still open."""
        return max(self.day, today)


def full_date(day: date) -> str:
    """Thursday, March 12, 2026."""
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"


def _date(answers: Answers, name: str) -> date | None:
    value = answers.get(name)
    return value if isinstance(value, date) else None


def decision_day(answers: Answers) -> tuple[date | None, str]:
    """The day they said they would decide, and where it came from."""
    given = _date(answers, "decision_date")
    if given:
        return given, "date"
    interview = _date(answers, "interview_date")
    weeks = answers["decision_weeks"]
    if interview and weeks:
        return interview + timedelta(weeks=int(weeks)), "weeks"
    return None, ""


def application_step(answers: Answers) -> Step | None:
    applied, deadline = _date(answers, "applied_date"), _date(answers, "deadline")
    ask = ("Call or email once, and ask when they expect to contact people for interviews, not whether your "
           "résumé arrived. Write down the date they give you.")
    window = timing.application_follow_up(applied, deadline)
    if window is None:
        return None
    if deadline and (not applied or deadline >= applied):
        return Step("application", window, "Follow up on your application",
                    f"A few days to a week after the closing date. {ask}")
    return Step("application", window, "Follow up on your application",
                f"About one to two weeks after you applied. {ask}")


def plan(answers: Answers) -> list[Step]:
    """Every step the guides describe for what the reader knows, by date."""
    steps: list[Step] = []
    interview = _date(answers, "interview_date")
    rejected = _date(answers, "rejected_date")
    asked = _date(answers, "feedback_date")
    if interview:
        thanks = timing.thank_you(interview)
        steps.append(Step(
            "thank-you", thanks, "Send your thank-you notes",
            f"Within 24 to 48 hours of the interview, so by {full_date(thanks.closes)} at the "
            "latest. Write a separate note to each person who interviewed you, and mention something you "
            "talked about.",
        ))
    else:
        step = application_step(answers)
        if step:
            steps.append(step)
    decision, source = decision_day(answers)
    if decision:
        weeks = answers["decision_weeks"]
        if source == "weeks":
            title = "The week they gave is up" if weeks == "1" else f"The {NUMBER_WORDS[int(weeks)]} weeks they gave are up"
        else:
            title = "The date they gave for a decision"
        steps.append(Step(
            "decision", Window(decision, decision), title,
            "Nothing to send today. Plans slip, and silence on the day is not a no. Keep your search going.",
        ))
        first = timing.check_in(decision)
        steps.append(Step(
            "check-in-1", first, "Check in once",
            "Two working days past their date. Send a short, friendly email to the person who said they would "
            "be in touch: name the job and your interview date, and ask if there is an update on their "
            "timeline. There is no need to mention that their date has passed.",
        ))
        steps.append(Step(
            "check-in-2", timing.second_check_in(first.opens), "Check in one last time",
            "If there is still no reply, one more short check-in is fine, by email, or by phone if they said "
            "you could call. If this one goes unanswered too, treat the job as closed and put your energy into "
            "other openings.",
        ))
    if rejected:
        # Once they have said no, steps that wait for their answer are moot.
        steps = [step for step in steps if step.day <= rejected]
    if rejected and not asked:
        # Asking is part of the reply; the reminder counts from this day.
        reply = timing.reply_to_news(rejected)
        asked = reply.closes
        steps.append(Step(
            "reply", reply, "Reply to the rejection and ask for advice",
            "Within a day of the news. Thank them for their time, say you understand their choice, and "
            "ask for any advice on becoming a stronger candidate. Ask for advice, not for the reasons.",
        ))
    if asked:
        steps.append(Step(
            "advice-reminder", timing.reminder(asked), "Send one reminder about your request for advice",
            "A week after you asked, if they have not answered: one short, friendly reminder. If that gets no "
            "answer either, let it go. Silence is not a judgment of you.",
        ))
    if rejected and answers["stay_in_touch"] == "yes":
        # Counted from the last message you sent them, as the radar writer
        # counts: the reminder about advice, if you send one.
        last_message = max(step.day for step in steps if step.key in ("reply", "advice-reminder"))
        for month in range(1, RADAR_CHECK_INS + 1):
            window = timing.on_working_days(timing.radar_check_in(last_message))
            last_message = window.opens
            text = (
                "About a month after your last message, send a short, friendly email to the recruiter or hiring "
                "manager. Remind them which role you interviewed for, share one small piece of news, and say "
                "you would welcome a talk about any new openings."
                if month == 1 else
                "Check in again, with a new piece of news rather than the same note. If they ask you to stop, "
                "thank them and stop."
            )
            steps.append(Step(f"radar-{month}", window, "Check in to stay on their radar", text))
    return sorted(steps, key=lambda step: step.day)


def for_what(answers: Answers) -> str:
    role, organization = answers["role"], answers["organization"]
    return f"{role} at {organization}" if role else str(organization)


def when(step: Step, today: date) -> str:
    """The step's day, and where today stands in its window."""
    window = step.window
    if window.has_passed(today):
        mark = " (passed)"
    elif step.day == today:
        mark = " (today)"
    elif step.day < today:
        mark = " (now)" if window.closes in (None, today) else f" (now, by {full_date(window.closes)})"
    else:
        mark = ""
    return f"{full_date(step.day)}{mark}"


def compose(answers: Answers, today: date) -> list[Letter]:
    steps = plan(answers)
    made = f"Made on {full_date(today)}."
    if any(step.window.has_passed(today) for step in steps):
        made += " Steps whose time is over are marked as passed."
    blocks = [f"Follow-up plan: {for_what(answers)}\n{made}"]
    blocks += [f"{when(step, today)}: {step.title}\n{step.text}" for step in steps]
    return [Letter(subject="", body="\n\n".join(blocks) + "\n", heading="Your follow-up plan", layout="script")]


def ahead(answers: Answers, today: date) -> list[Step]:
    """The steps not yet passed: still to come, or open today."""
    return [step for step in plan(answers) if not step.window.has_passed(today)]


def files(answers: Answers, today: date) -> tuple[File, ...]:
    """The steps still ahead, as all-day events for a calendar app."""
    steps = ahead(answers, today)
    if not steps:
        return ()
    what = for_what(answers)
    events = [
        Event(
            uid=stable_uid(answers["organization"], answers["role"], step.key),
            day=step.calendar_day(today),
            summary=f"{step.title}: {what}",
            description=step.text,
        )
        for step in steps
    ]
    text = calendar(events, "-//Next Steps//Follow-up planner//EN", today)
    return (File(name="follow-up-plan.ics", media_type="text/calendar;charset=utf-8", text=text,
                 label="calendar file (.ics)"),)


def check_order(answers: Answers) -> None:
    applied = _date(answers, "applied_date")
    interview = _date(answers, "interview_date")
    decision = _date(answers, "decision_date")
    rejected = _date(answers, "rejected_date")
    asked = _date(answers, "feedback_date")
    if applied and interview and interview < applied:
        answers.error("interview_date", "The interview date must be on or after the date you applied")
    if interview and decision and decision < interview:
        answers.error("decision_date", "The date they gave for a decision must be on or after your interview")
    if rejected and applied and rejected < applied:
        answers.error("rejected_date", "The date they turned you down must be on or after the date you applied")
    elif rejected and interview and rejected < interview:
        answers.error("rejected_date", "The date they turned you down must be on or after your interview")
    if asked and rejected and asked < rejected:
        answers.error("feedback_date", "The date you asked for advice must be on or after the date they turned you down")


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    unreadable = any(e.field in DATE_FIELDS for e in answers.errors)
    if not unreadable and not any(_date(answers, name) for name in DATE_FIELDS):
        answers.error(
            "applied_date",
            "Enter at least one date: when you applied, the closing date, your interview, "
            "or when they turned you down",
        )
        return notes
    if answers["decision_weeks"] and not _date(answers, "interview_date"):
        answers.error("decision_weeks", "Enter your interview date too: the weeks are counted from it")
    check_order(answers)
    if answers.errors:
        return notes

    applied, deadline = _date(answers, "applied_date"), _date(answers, "deadline")
    interview = _date(answers, "interview_date")
    rejected = _date(answers, "rejected_date")
    asked = _date(answers, "feedback_date")
    decision, source = decision_day(answers)

    for name, what in (("applied_date", "you applied"), ("rejected_date", "they turned you down"),
                       ("feedback_date", "you asked for advice")):
        day = _date(answers, name)
        if day and day > today:
            notes.append(Message(f"This date is in the future. Check it: it should be the day {what}.", name, "warning"))

    if applied and deadline and deadline < applied:
        notes.append(Message(
            "You applied after the closing date, so the plan counts from the day you applied.", "deadline",
        ))
    if not interview and not rejected and application_step(answers):
        notes.append(Message(
            "If the posting said “no phone calls” or asked you not to follow up, skip the follow-up and wait "
            "for them to contact you.",
            "deadline" if deadline else "applied_date",
        ))
        notes.append(Message(
            "When they give you a date for interviews or a decision, add it here and the plan adds your check-ins.",
        ))
    if interview and interview >= today:
        notes.append(Message(
            "Before you leave the interview, ask when they expect to decide, whether you may follow up if you "
            "have not heard by then, and for each interviewer's email.",
            "interview_date",
        ))
    elif interview and not rejected and today == timing.thank_you(interview).closes:
        notes.append(Message(
            "If you have not sent your thank-you notes yet, send them today: it is the last day of the 24 to 48 "
            "hours in which a note works best.",
            "interview_date", "warning",
        ))
    elif interview and not rejected and timing.thank_you(interview).has_passed(today) and (today - interview).days <= LATE_THANKS_DAYS:
        notes.append(Message(
            "If you have not sent your thank-you notes yet, send them today. Late thanks beat none.",
            "interview_date", "warning",
        ))
    if interview and not decision and not rejected:
        notes.append(Message(
            "Add the date they said they would decide by, or how many weeks they said, and the plan adds your "
            "check-ins. If they did not say, the plan stops at the thank-you notes.",
            "decision_date",
        ))
    if source == "date" and answers["decision_weeks"] and interview and not rejected:
        from_weeks = interview + timedelta(weeks=int(answers["decision_weeks"]))
        if from_weeks != decision:
            notes.append(Message(
                f"The date and the weeks you gave do not match. The plan uses the date, {long_date(decision)}.",
                "decision_weeks",
            ))
    if rejected and not interview:
        notes.append(Message(
            "You were turned down before an interview. You can still ask for advice, but expect a reply less often.",
            "rejected_date",
        ))
    if rejected and answers["stay_in_touch"] != "yes":
        notes.append(Message(
            "If you would still love to work there, choose yes: the plan adds a few monthly check-ins.",
            "stay_in_touch",
        ))
    elif answers["stay_in_touch"] == "yes" and not rejected:
        notes.append(Message(
            "The monthly check-ins start after a rejection. If they turn you down, add the date.",
            "stay_in_touch",
        ))

    if ahead(answers, today):
        notes.append(Message(
            "Download the calendar file and open it with your calendar app, so no step slips. It holds the "
            "steps still ahead.",
        ))
    else:
        notes.append(Message("Every step in this plan has passed, so there is nothing to add to your calendar."))
    last_check_in = next((step for step in plan(answers) if step.key == "check-in-2"), None)
    if rejected:
        notes.append(Message("Keep your search going: this employer is one thread of it, not the whole of it."))
    elif last_check_in and last_check_in.window.has_passed(today):
        notes.append(Message(
            "Both check-ins are behind you. If neither had an answer, treat the job as closed and put your "
            "energy into other openings. A kind closing note can still leave a good impression.",
        ))
    else:
        notes.append(Message("Keep applying for other jobs while you wait on this one."))
    return notes


SPEC = Spec(
    id=ID,
    title="Follow-up planner",
    stage="applying",
    situation="You want every follow-up on a calendar, with its date",
    summary="The dated steps the guides describe, from thank-you notes to check-ins, as a list and a calendar file.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    files=files,
    example={
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "applied_date": "2026-02-20",
        "deadline": "2026-02-27",
        "interview_date": "2026-03-12",
        "decision_date": "2026-03-26",
        "decision_weeks": "2",
        "rejected_date": "2026-04-02",
        "feedback_date": "2026-04-02",
        "stay_in_touch": "yes",
    },
    example_today=date(2026, 4, 3),
    submit_label="Check my plan",
    output_title="Your plan",
)
