"""Follow-up planner: the dated steps after an application, an interview, a
rejection or an offer, as a list and as a calendar file.

The dates come from ``core.timing``, the rules every writer's advice uses
too. What the plan adds: once before the interview stage is enough, so an
interview replaces the application follow-up; the date they gave is a day to
keep searching, not to write; after two check-ins with no answer, treat the
job as closed; the radar check-ins (three of them) count from the last
message sent, each about a month (four weeks) after the one before.

An offer is their answer, so it ends the steps that wait for one (the
follow-up, the check-ins) and brings its own: ask for it in writing, read it
and ask early for any time you need, decide before the answer is due, the
conditions' dates, and the first day. When both an offer and a no are given,
the later news leads: the earlier one's steps after it are dropped.

A step is passed only when its whole window is behind today: a step whose
window is still open stays in the plan and in the calendar file.
"""

from __future__ import annotations

import re
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

CONDITIONS = ("first", "second", "third")
CONDITION_FIELDS = tuple((f"condition_{n}", f"condition_{n}_date") for n in range(1, len(CONDITIONS) + 1))
OFFER_FIELDS = ("answer_by", "accepted_date", "start_date") + tuple(name for pair in CONDITION_FIELDS for name in pair)
DATE_FIELDS = ("applied_date", "deadline", "interview_date", "decision_date", "offer_date", "answer_by",
               "accepted_date", "start_date") + tuple(day for _, day in CONDITION_FIELDS) + (
               "rejected_date", "feedback_date")
# The steps of a no; an offer that comes after it ends them.
REJECTION_KEYS = ("reply", "advice-reminder")


def condition_fields() -> tuple[Field, ...]:
    fields: list[Field] = []
    for ordinal, (label, due) in zip(CONDITIONS, CONDITION_FIELDS):
        first = ordinal == CONDITIONS[0]
        fields.append(Field(
            name=label,
            label=f"{ordinal.capitalize()} condition of the offer (optional)",
            max_length=60,
            fragment=True,
            hint=("A check or a paper the offer depends on, in a few words, for example References or "
                  "Right-to-work check." if first else ""),
        ))
        fields.append(Field(
            name=due,
            label=f"Date the {ordinal} condition is due (optional)",
            kind="date",
            in_letter=False,
            hint="When they need it, or when the check must be done." if first else "",
        ))
    return tuple(fields)


OFFER_ITEMS = (
    Field(
        name="offer_date",
        label="Date they offered you the job (optional)",
        kind="date",
        in_letter=False,
        hint="The day they told you, by phone or in writing. The offer's steps count from it.",
    ),
    Field(
        name="answer_by",
        label="Date they need your answer by (optional)",
        kind="date",
        in_letter=False,
        hint="If they agreed to give you more time, the new date.",
    ),
    Field(
        name="accepted_date",
        label="Date you accepted in writing (optional)",
        kind="date",
        in_letter=False,
        hint="Leave it empty until you have. It adds telling the other employers and thanking your references.",
    ),
    Field(
        name="start_date",
        label="Your start date (optional)",
        kind="date",
        in_letter=False,
        hint="The plan adds a step about a week before it to confirm the details of your first day.",
    ),
) + condition_fields()

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
) + OFFER_ITEMS + (
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


# What to send for a condition, by the words its label uses, in the order
# tried ("Criminal record certificate" is a background check, not a
# qualification). A label that names none of them gets the general advice.
CONDITION_KINDS = (
    (r"\breferen", "Tell each of your references that the employer will contact them, and what the job is. "
                   "If the employer does not have their names and contact details yet, send them."),
    (r"right[- ]to[- ]work|\bi-?9\b|share code|passport|\bvisa|work permit|immigration",
     "Get your documents ready. In the UK, a British or Irish passport is enough, even an expired one; others "
     "can get a share code on GOV.UK. In the US, you fill in your part of Form I-9 by your first day and "
     "show your documents."),
    (r"background|criminal|\bdbs\b|police|\brecords?\b|\bcredit\b",
     "Fill in and return their consent form. In the US, they need your written permission to get a report "
     "from a checking company, and if they might turn you down because of it, you have the right to see it "
     "and fix mistakes."),
    (r"degree|licen[cs]|qualif|certif|diploma|transcript",
     "Send proof, such as a copy of your certificate or license, or tell them how they can check it."),
)
CONDITION_GENERAL = ("Send what they asked for, and keep a copy. If you are not sure what they need, ask the "
                     "person who made the offer.")


def condition_advice(label: str) -> str:
    return next((text for words, text in CONDITION_KINDS if re.search(words, label, re.IGNORECASE)), CONDITION_GENERAL)


def conditions(answers: Answers) -> list[tuple[str, str, date]]:
    """The dated conditions: (field of the label, label, date due)."""
    found = []
    for label, due in CONDITION_FIELDS:
        day = _date(answers, due)
        if answers.has(label) and day:
            found.append((label, answers[label], day))
    return found


def offer_steps(answers: Answers) -> list[Step]:
    """The steps of an offer (docs/offer/): in writing, questions, the
    answer, after accepting, the conditions, the first day."""
    offer = _date(answers, "offer_date")
    answer_by = _date(answers, "answer_by")
    accepted = _date(answers, "accepted_date")
    start = _date(answers, "start_date")
    steps = [Step(
        "offer", timing.OFFER_IN_WRITING.window(offer), "Ask for the offer in writing",
        "As soon as they offer. Thank them, and sound glad: you do not have to say yes or no yet. Ask for the "
        "offer in writing, and ask when they need your answer. Say the date back to them.",
    )]
    answering: list[Step] = []
    questions = timing.offer_questions(offer, answer_by)
    if questions:
        answering.append(Step(
            "offer-questions", questions, "Read the offer and send your questions",
            "Check every term: title, pay, start date, hours, place, benefits and conditions. Send your "
            "questions to the person who made the offer. If you need more time, ask for it now, not on the "
            "last day: name the date you will answer by, and give a short reason. If one change would make "
            "you say yes, ask for it now as well, by email, with its reason.",
        ))
    if answer_by:
        decide = timing.decide(offer, answer_by)
        if decide:
            answering.append(Step(
                "offer-decide", decide, "Decide on the offer",
                f"Your answer is due on {full_date(answer_by)}. Give it before the last day if you can. To "
                "accept, write to say yes and repeat the title, pay and start date. To say no, call the person "
                "who made the offer, then confirm by email the same day.",
            ))
        answering.append(Step(
            "offer-answer", Window(answer_by, answer_by), "Your answer is due",
            "If you have not answered yet, answer today, by phone or email. Do not let the date pass "
            "without a word.",
        ))
    if accepted:
        # Once you have said yes, the steps toward an answer are moot; those
        # whose time was over before it stay, as history.
        answering = [step for step in answering if step.window.closes < accepted]
        steps.append(Step(
            "tell-employers", timing.tell_other_employers(accepted), "Tell the other employers",
            f"{timing.TELL_OTHER_EMPLOYERS.span.capitalize()} of accepting, tell every employer who still has you "
            "in their process: anyone who interviewed you, invited you to interview or put you on a short list. "
            "Thank them, say you accepted another offer, and ask them to withdraw your application. Cancel any "
            "interviews you have booked.",
        ))
        steps.append(Step(
            "thank-references", timing.thank_references(accepted), "Thank your references",
            f"{timing.THANK_REFERENCES.span.capitalize()} of accepting, tell each reference you got the job, "
            "say what it is, and thank them. Do the same for anyone who told you about the job, introduced you "
            "or helped you practice.",
        ))
    steps += answering
    for number, (_, label, due) in enumerate(conditions(answers), start=1):
        steps.append(Step(
            f"condition-{number}", timing.condition_due(due, offer), f"Condition of the offer: {label}",
            f"Due by {full_date(due)}. {condition_advice(label)}",
        ))
    if start:
        details = timing.first_day_details(start, offer)
        if details:
            steps.append(Step(
                "first-day-details", details, "Confirm the details of your first day",
                "Check with your contact when and where to arrive, who to ask for, and what to bring, such as "
                "the papers for a right-to-work check.",
            ))
        steps.append(Step(
            "start", Window(start, start), "Your first day",
            "Bring what they asked for, and keep a copy of your offer letter and your acceptance.",
        ))
    return steps


def plan(answers: Answers) -> list[Step]:
    """Every step the guides describe for what the reader knows, by date."""
    steps: list[Step] = []
    interview = _date(answers, "interview_date")
    rejected = _date(answers, "rejected_date")
    asked = _date(answers, "feedback_date")
    offer = _date(answers, "offer_date")
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
    if offer:
        # An offer is their answer: no follow-up or check-in after it. The
        # thank-you for the interview stands.
        steps = [step for step in steps if step.key == "thank-you" or step.day < offer]
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
    if offer:
        later = offer_steps(answers)
        if rejected and rejected > offer:
            # The offer was withdrawn: its steps after the no are moot.
            later = [step for step in later if step.day <= rejected]
        else:
            # They came back with an offer after a no: it ends the no's steps.
            steps = [step for step in steps
                     if not (step.key in REJECTION_KEYS or step.key.startswith("radar")) or step.day < offer]
        steps += later
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
    check_offer_order(answers)


def check_offer_order(answers: Answers) -> None:
    offer = _date(answers, "offer_date")
    if not offer:
        return
    applied = _date(answers, "applied_date")
    interview = _date(answers, "interview_date")
    rejected = _date(answers, "rejected_date")
    answer_by = _date(answers, "answer_by")
    accepted = _date(answers, "accepted_date")
    start = _date(answers, "start_date")
    if applied and offer < applied:
        answers.error("offer_date", "The date of the offer must be on or after the date you applied")
    elif interview and offer < interview:
        answers.error("offer_date", "The date of the offer must be on or after your interview")
    elif rejected == offer:
        answers.error("offer_date", "The offer and the no cannot be on the same day. Check both dates")
    if answer_by and answer_by < offer:
        answers.error("answer_by", "The date for your answer must be on or after the date of the offer")
    if accepted and accepted < offer:
        answers.error("accepted_date", "The date you accepted must be on or after the date of the offer")
    elif accepted and start and accepted > start:
        answers.error("accepted_date", "The date you accepted must be on or before your start date")
    if start and start < offer:
        answers.error("start_date", "Your start date must be on or after the date of the offer")
    elif start and answer_by and start < answer_by:
        answers.error("start_date", "Your start date must be on or after the date your answer is due")
    for ordinal, (_, due) in zip(CONDITIONS, CONDITION_FIELDS):
        day = _date(answers, due)
        if day and day < offer:
            answers.error(due, f"The date the {ordinal} condition is due must be on or after the date of the offer")


def check_offer_fields(answers: Answers) -> None:
    """What the offer's steps need: its date, and a label with each date."""
    if not _date(answers, "offer_date") and any(answers.has(name) for name in OFFER_FIELDS):
        answers.error("offer_date", "Enter the date they offered you the job too: the offer's steps count from it")
    for ordinal, (label, due) in zip(CONDITIONS, CONDITION_FIELDS):
        if answers.has(label) and not answers.has(due) and not any(e.field == due for e in answers.errors):
            answers.error(due, f"Enter the date the {ordinal} condition is due. If they did not say, ask them")
        elif answers.has(due) and not answers.has(label):
            answers.error(label, "Enter what is due on this date, for example References")


def offer_leads(answers: Answers) -> bool:
    """Whether the offer is the latest news (a no after it withdrew it)."""
    offer, rejected = _date(answers, "offer_date"), _date(answers, "rejected_date")
    return bool(offer) and not (rejected and rejected > offer)


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    unreadable = any(e.field in DATE_FIELDS for e in answers.errors)
    if not unreadable and not any(_date(answers, name) for name in DATE_FIELDS):
        answers.error(
            "applied_date",
            "Enter at least one date: when you applied, the closing date, your interview, "
            "when they offered you the job, or when they turned you down",
        )
        return notes
    if answers["decision_weeks"] and not _date(answers, "interview_date"):
        answers.error("decision_weeks", "Enter your interview date too: the weeks are counted from it")
    check_offer_fields(answers)
    check_order(answers)
    if answers.errors:
        return notes

    applied, deadline = _date(answers, "applied_date"), _date(answers, "deadline")
    interview = _date(answers, "interview_date")
    rejected = _date(answers, "rejected_date")
    decision, source = decision_day(answers)
    # An offer is their answer: the advice about waiting for one is moot.
    offered = offer_leads(answers)

    for name, what in (("applied_date", "you applied"), ("offer_date", "they offered you the job"),
                       ("accepted_date", "you accepted in writing"), ("rejected_date", "they turned you down"),
                       ("feedback_date", "you asked for advice")):
        day = _date(answers, name)
        if day and day > today:
            notes.append(Message(f"This date is in the future. Check it: it should be the day {what}.", name, "warning"))

    if applied and deadline and deadline < applied:
        notes.append(Message(
            "You applied after the closing date, so the plan counts from the day you applied.", "deadline",
        ))
    if not interview and not rejected and not offered and application_step(answers):
        notes.append(Message(
            "If the posting said “no phone calls” or asked you not to follow up, skip the follow-up and wait "
            "for them to contact you.",
            "deadline" if deadline else "applied_date",
        ))
        notes.append(Message(
            "When they give you a date for interviews or a decision, add it here and the plan adds your check-ins.",
        ))
    if interview and interview >= today and not offered:
        notes.append(Message(
            "Before you leave the interview, ask when they expect to decide, whether you may follow up if you "
            "have not heard by then, and for each interviewer's email.",
            "interview_date",
        ))
    elif interview and not rejected and not offered and today == timing.thank_you(interview).closes:
        notes.append(Message(
            "If you have not sent your thank-you notes yet, send them today: it is the last day of the 24 to 48 "
            "hours in which a note works best.",
            "interview_date", "warning",
        ))
    elif interview and not rejected and not offered and timing.thank_you(interview).has_passed(today) and (today - interview).days <= LATE_THANKS_DAYS:
        notes.append(Message(
            "If you have not sent your thank-you notes yet, send them today. Late thanks beat none.",
            "interview_date", "warning",
        ))
    if interview and not decision and not rejected and not offered:
        notes.append(Message(
            "Add the date they said they would decide by, or how many weeks they said, and the plan adds your "
            "check-ins. If they did not say, the plan stops at the thank-you notes.",
            "decision_date",
        ))
    if source == "date" and answers["decision_weeks"] and interview and not rejected and not offered:
        from_weeks = interview + timedelta(weeks=int(answers["decision_weeks"]))
        if from_weeks != decision:
            notes.append(Message(
                f"The date and the weeks you gave do not match. The plan uses the date, {long_date(decision)}.",
                "decision_weeks",
            ))
    if rejected and not interview and not offered:
        notes.append(Message(
            "You were turned down before an interview. You can still ask for advice, but expect a reply less often.",
            "rejected_date",
        ))
    if offered:
        notes += offer_advice(answers, today)
    elif rejected and answers["stay_in_touch"] != "yes":
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
    if offered and _date(answers, "accepted_date"):
        notes.append(Message("You have said yes: stop applying and interviewing, and cancel any interviews you "
                             "have booked."))
    elif offered:
        notes.append(Message(
            "Until you accept in writing, keep your other applications going. If you are waiting on another "
            "employer, tell them you have an offer with a date for your answer, and ask if they can decide sooner.",
        ))
    elif rejected:
        notes.append(Message("Keep your search going: this employer is one thread of it, not the whole of it."))
    elif last_check_in and last_check_in.window.has_passed(today):
        notes.append(Message(
            "Both check-ins are behind you. If neither had an answer, treat the job as closed and put your "
            "energy into other openings. A kind closing note can still leave a good impression.",
        ))
    else:
        notes.append(Message("Keep applying for other jobs while you wait on this one."))
    return notes


def offer_advice(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    offer = _date(answers, "offer_date")
    answer_by = _date(answers, "answer_by")
    accepted = _date(answers, "accepted_date")
    start = _date(answers, "start_date")
    if not answer_by and not accepted:
        notes.append(Message(
            "Ask when they need your answer, and add the date: the plan adds a reminder to decide a day or "
            "two before it.",
            "answer_by",
        ))
    elif answer_by and not accepted:
        days = (answer_by - offer).days
        if answer_by < today:
            notes.append(Message(
                "The date for your answer has passed. If you have not answered, call or write to them today. If "
                "you accepted, add the date you did.",
                "answer_by", "warning",
            ))
        elif days <= 1 and offer >= today - timedelta(days=1):
            notes.append(Message(
                "That is very little time. If you need more, ask for it today: name the date you will answer "
                "by and give a short reason. A clear request is usually granted.",
                "answer_by",
            ))
        elif days > timing.LONGEST_USUAL_ANSWER_DAYS:
            notes.append(Message(
                f"That is more than {timing.in_words(timing.LONGEST_USUAL_ANSWER_DAYS)}, longer than most "
                "employers give. Make sure you have the date right: say it back to them, or ask for it in "
                "writing.",
                "answer_by",
            ))
    if not accepted:
        notes.append(Message(
            "When you accept in writing, add the date: the plan adds telling the other employers and thanking "
            "your references.",
            "accepted_date",
        ))
    dated = conditions(answers)
    if dated:
        notes.append(Message(
            "Give notice at your current job only once the checks are done and the offer is final. Checks can "
            "take weeks, so ask the employer when they expect that to be.",
            dated[0][0],
        ))
    for label, _, due in dated:
        if start and due > start:
            notes.append(Message(
                "This is due after your start date. Ask the employer whether you can start before it is done.",
                f"{label}_date",
            ))
    if start and not dated:
        notes.append(Message(
            "If the offer is “subject to” references or other checks, add them with their dates. Give notice "
            "at your current job only once they are done.",
            "condition_1",
        ))
    return notes


SPEC = Spec(
    id=ID,
    title="Follow-up planner",
    stage="applying",
    situation="You want every follow-up on a calendar, with its date",
    summary=("The dated steps the guides describe, from thank-you notes and check-ins to an offer's answer and "
             "start date, as a list and a calendar file."),
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    files=files,
    # An offer in the making: the form's newest steps, on the page as the
    # sample. The rejection fields stay empty, since the offer would end
    # their steps.
    example={
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "applied_date": "2026-02-20",
        "deadline": "2026-02-27",
        "interview_date": "2026-03-12",
        "decision_date": "2026-03-26",
        "decision_weeks": "2",
        "offer_date": "2026-03-25",
        "answer_by": "2026-04-01",
        "start_date": "2026-04-27",
        "condition_1": "References",
        "condition_1_date": "2026-04-03",
        "condition_2": "Right-to-work check",
        "condition_2_date": "2026-04-24",
        "stay_in_touch": "no",
    },
    example_today=date(2026, 3, 26),
    submit_label="Check my plan",
    output_title="Your plan",
)
