"""A friendly check-in to stay on an employer's radar after a rejection.

Advice it follows (guide: after-rejection/stay-on-their-radar): about a month
after the rejection, a short note that reminds them who you are and which
role you interviewed for, shares one piece of news, and says you are still
keen; about once a month at most, each time with something new; stop if they
ask you to, or tell you nothing is ahead.
"""

from __future__ import annotations

from datetime import date

from ..core import timing

from ..core.spec import Answers, Choice, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME, organization_field
from ..core.grammar import MONTHS, greeting, long_date, render_template

ID = "radar-check-in"

STOP = Field(
    name="asked_to_stop",
    label="Have they asked you to stop writing, or said nothing is ahead for you?",
    kind="radio",
    choices=(
        Choice("no", "No"),
        Choice("yes", "Yes"),
    ),
    default="no",
)

SPEC_ITEMS = (
    STOP,
    YOUR_NAME,
    organization_field("Enter the organization you want to stay in touch with"),
    Field(
        name="role",
        label="Job title you interviewed for",
        required=True,
        max_length=120,
        hint="As it appears in the job posting, for example Data Analyst.",
        missing="Enter the job title you interviewed for",
    ),
    Field(
        name="contact_name",
        person=True,
        label="Who you are writing to",
        required=True,
        max_length=80,
        hint="The recruiter or hiring manager, as you would write it on an envelope, for example Dana Lee.",
        missing="Enter the name of the person you are writing to",
    ),
    Field(
        name="interview_date",
        label="When you interviewed",
        kind="date",
        required=True,
        hint="The letter names the month, to remind them who you are.",
        missing="Enter the date of your interview",
    ),
    Field(
        name="last_contact_date",
        label="When you last wrote to them",
        kind="date",
        required=True,
        in_letter=False,
        hint="Your last message to them. If you have not written since they turned you down, the date they told you.",
        missing="Enter when you last wrote to them",
    ),
    Field(
        name="news",
        label="What is new with you",
        kind="textarea",
        required=True,
        max_length=300,
        fragment=True,
        hint="One piece of news since you last wrote. Finish the sentence “Since we spoke, I have …”. "
        "For example: finished a course in SQL and used it to rebuild our monthly report.",
        missing="Enter one piece of news since you last wrote",
    ),
    Field(
        name="their_news",
        label="Something of theirs you noticed (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I was glad to see …”. For example: that your new clinic in Salem has opened.",
    ),
    TONE,
    LENGTH,
)

SUBJECT = (
    "{{ 'A quick hello and an update since my ' ~ role ~ ' interview' if warm"
    " else 'An update since my ' ~ role ~ ' interview in ' ~ month }}"
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
We met in {{ month }}, when I interviewed for the {{ role }} role at {{ org }}, and I wanted to share a bit of news.
{% else %}
I interviewed for the {{ role }} position at {{ org }} in {{ month }}, and I wanted to share a short update.
{% endif %}
Since we spoke, I have {{ news }}.
{% if full and warm %}
Our chat helped me see where to focus, and it's the kind of work I'd love to be doing with your team.
{% elif full %}
Our conversation helped me see where to focus, and this is the kind of work I would hope to bring to your team.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if their_news and warm %}
I was glad to see {{ their_news }}.
{% elif their_news %}
I was pleased to read {{ their_news }}.
{% endif %}
{% if warm %}
I'm still really keen on {{ org }}, and I'd love to talk if a role opens up that fits what I do.
{% else %}
I remain very interested in {{ org }}, and I would welcome the chance to talk if a role that suits my skills opens up.
{% endif %}
{% if full and warm %}
I know plans change, so no need to reply; I just wanted you to have my news.
{% elif full %}
I know hiring plans change, so there is no need to reply; I simply wanted you to have my news.
{% endif %}
{% if full and warm %}
I'm looking at other places too, but yours is the team I'd most like to join.
{% elif full %}
I am continuing my search, but yours is still the team I would most like to join.
{% endif %}
{% if full and warm %}
If an updated résumé would be handy, just say the word and I'll send it over.
{% elif full %}
If it would help, I am glad to send an updated résumé.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{{ 'Thanks, and all the best to you and the team.' if warm else 'Thank you for your time, and best wishes to you and your team.' }}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""


def month_of(day, today: date) -> str:
    """'March' within the year; 'December 2025' across a new year."""
    if not isinstance(day, date):
        return str(day)  # a Gap in a draft
    if day.year == today.year:
        return MONTHS[day.month - 1]
    return f"{MONTHS[day.month - 1]} {day.year}"


def compose(answers: Answers, today: date) -> list[Letter]:
    # If they asked you to stop, there is no check-in to write: advise says so.
    if answers["asked_to_stop"] == "yes":
        return []
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    full = answers["length"] == "full"
    role = answers["role"]
    name = answers["contact_name"]
    month = month_of(answers["interview_date"], today)
    body = render_template(
        BODY,
        warm=warm,
        full=full,
        greet=greeting(name, warm),
        org=answers["organization"],
        role=role,
        month=month,
        news=answers["news"],
        their_news=answers["their_news"],
        me=answers["your_name"],
    )
    return [
        Letter(
            subject=render_template(SUBJECT, warm=warm, role=role, month=month).strip(),
            body=body,
            heading=f"To {name}",
        )
    ]


def check(answers: Answers, today: date) -> list[Message]:
    """After they asked you to stop, any check-in breaks the guide's one firm
    rule, so there is no letter and this holds: the advice not to write is
    what the reader sees, beside the question, instead of a form to finish."""
    if answers["asked_to_stop"] != "yes":
        return []
    return [Message(
        "Since they asked you to stop, or said nothing is ahead, do not send a check-in. "
        "If you have not answered them yet, one short, kind reply is "
        "enough: thank them for letting you know, say you understand, and wish them well. "
        "After that, let it go and put your energy into other employers.",
        STOP.name, "hold",
    )]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    if answers["asked_to_stop"] == "yes":
        # Nothing is to be written, so no other answer is needed: a missing
        # name must not stand between the reader and the advice not to write.
        answers.errors[:] = [e for e in answers.errors if e.field == STOP.name]
        return notes
    interview = answers["interview_date"]
    last = answers["last_contact_date"]
    if isinstance(interview, date) and interview > today:
        notes.append(Message(
            "This date is in the future. Check it: a check-in comes after your interview.",
            "interview_date", "warning",
        ))
    if isinstance(last, date):
        days = (today - last).days
        if isinstance(interview, date) and last < interview:
            answers.error("last_contact_date", "The date you last wrote must be on or after the interview date")
        elif days < 0:
            notes.append(Message(
                "This date is in the future. Check it: it is the last time you wrote to them.",
                "last_contact_date", "warning",
            ))
        elif timing.radar_check_in(last).status(today) == timing.EARLY:
            # Sooner than a month reads as pressure. It warns and does not
            # hold: the reader may write it now and send it on that day.
            wait = timing.radar_check_in(last).opens
            notes.append(Message(
                f"You last wrote {days} day{'s' if days != 1 else ''} ago. About once a month is plenty, "
                f"so wait until {long_date(wait)}. Sooner can feel like pressure.",
                "last_contact_date", "warning",
            ))
        else:
            notes.append(Message(
                "Good timing: about a month or more since you last wrote. Note today's date. If you write "
                "again, wait another month and bring new news, not the same note.",
                "last_contact_date",
            ))
    notes.append(Message(
        "If they ask you to stop, or tell you nothing is ahead, thank them and stop writing. "
        "And keep applying elsewhere: staying in touch is one thread of your search, not all of it.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="A friendly check-in to stay on their radar",
    stage="after-rejection",
    situation="A month has passed and you still want to work there",
    summary="A short note, about a month after a rejection, with your news, so they think of you when a role opens.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "asked_to_stop": "no",
        "your_name": "Jordan Rivera",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "contact_name": "Dana Lee",
        "interview_date": "2026-03-12",
        "last_contact_date": "2026-03-27",
        "news": "finished a course in SQL for analysts and used it to rebuild our clinic's monthly staffing report",
        "their_news": "that your new clinic in Salem has opened its doors",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 4, 28),
)
