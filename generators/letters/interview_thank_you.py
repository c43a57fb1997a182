"""Thank-you note after an interview: one note per interviewer.

Advice it follows (guide: interviewing/thank-you-notes): send within 24 to 48
hours, phone interviews included; thank each interviewer separately and make
each note personal; use the note to add a point you missed and to confirm the
next step.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import (
    Answers,
    Choice,
    Field,
    Group,
    LENGTH,
    Letter,
    Message,
    ROLE_APPLIED_FOR,
    Spec,
    TONE,
    YOUR_NAME,
    organization_field,
)
from ..core.grammar import greeting, render_template

ID = "interview-thank-you"

KIND = Field(
    name="interview_kind",
    label="Kind of interview",
    kind="radio",
    required=True,
    choices=(
        Choice("in_person", "In person"),
        Choice("video", "Video call"),
        Choice("phone", "Phone call"),
    ),
    missing="Choose the kind of interview",
)

INTERVIEWERS = Group(
    name="interviewers",
    label="Who interviewed you",
    item_label="Interviewer",
    hint="Each person gets their own note. Add everyone who interviewed you.",
    add_label="Add another interviewer",
    optional_after_first=frozenset({"topic"}),
    fields=(
        Field(
            name="name",
            person=True,
            label="Name",
            required=True,
            autocomplete="off",
            max_length=80,
            hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
            missing="Enter the interviewer's name",
        ),
        Field(
            name="title",
            label="Job title (optional)",
            max_length=80,
            hint="For example Head of Analytics.",
        ),
        Field(
            name="topic",
            label="Something specific you talked about",
            kind="textarea",
            required=True,
            max_length=200,
            fragment=True,
            hint="Finish the sentence “I enjoyed talking about …”. For example: how your team plans its spring launch.",
            missing="Enter something you talked about with this interviewer",
        ),
    ),
)

SPEC_ITEMS = (
    YOUR_NAME,
    organization_field("Enter the organization you interviewed with"),
    ROLE_APPLIED_FOR,
    Field(
        name="interview_date",
        label="Interview date",
        kind="date",
        required=True,
        missing="Enter the date of the interview",
    ),
    KIND,
    INTERVIEWERS,
    Field(
        name="point_to_add",
        label="A point you wish you had made (optional)",
        kind="textarea",
        max_length=300,
        fragment=True,
        hint="A better answer or something you forgot. Finish the sentence “I did not mention that …”.",
    ),
    Field(
        name="next_step",
        label="The next step they described (optional)",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “You said the next step is …”. For example: a second interview in early April.",
    ),
    Field(
        name="follow_up_date",
        label="When you will follow up (optional)",
        kind="date",
        hint="If they gave a date to decide by, pick a day or two after it.",
    ),
    TONE,
    LENGTH,
)

# Openings differ by position so that interviewers who compare notes see
# different letters, as the advice asks. Four of each; a fifth note repeats.
OPENINGS = {
    "formal": (
        "Thank you for {{ 'meeting with me' if kind == 'in_person' else 'meeting with me by video' if kind == 'video' else 'speaking with me by phone' }} on {{ when|long_date }}, about the {{ role }} position at {{ org }}.",
        "I appreciated the time you gave me on {{ when|long_date }}, during my {{ 'in-person' if kind == 'in_person' else kind }} interview for the {{ role }} position at {{ org }}.",
        "It was a pleasure to {{ 'meet you' if kind == 'in_person' else 'meet you by video' if kind == 'video' else 'speak with you' }} on {{ when|long_date }}, while interviewing for the {{ role }} position at {{ org }}.",
        "Thank you for taking part in my interview for the {{ role }} position at {{ org }} on {{ when|long_date }}.",
    ),
    "warm": (
        "Thank you so much for {{ 'meeting with me' if kind == 'in_person' else 'the video call' if kind == 'video' else 'the phone call' }} on {{ when|long_date }}, about the {{ role }} role at {{ org }}.",
        "I really enjoyed our {{ 'conversation' if kind == 'in_person' else 'video call' if kind == 'video' else 'phone call' }} on {{ when|long_date }}, about the {{ role }} role at {{ org }}.",
        "It was great to {{ 'meet you' if kind == 'in_person' else 'meet you on video' if kind == 'video' else 'talk with you' }} on {{ when|long_date }}, when I interviewed for the {{ role }} role at {{ org }}.",
        "Thanks for being part of my interview for the {{ role }} role at {{ org }} on {{ when|long_date }}.",
    ),
}

TOPIC_LINES = {
    "formal": (
        "I especially valued our conversation about {{ topic }}.",
        "Our conversation about {{ topic }} has stayed with me since.",
        "Hearing you talk about {{ topic }} gave me a clearer picture of the work.",
        "I was glad we had time to talk about {{ topic }}.",
    ),
    "warm": (
        "I especially enjoyed talking about {{ topic }}.",
        "I have been thinking about what you said about {{ topic }}.",
        "Hearing you talk about {{ topic }} made the work feel real to me.",
        "I was glad we got to talk about {{ topic }}.",
    ),
}

# For a later interviewer the reader gave no topic for: still personal to the
# conversation, and different from the first note's line.
NO_TOPIC_LINES = {
    "formal": (
        "Your questions gave me a clearer view of what the role asks of the person in it.",
        "Hearing your view of the work helped me understand how the team fits together.",
    ),
    "warm": (
        "Your questions helped me picture what the job is like day to day.",
        "It was helpful to hear how you see the work and the team.",
    ),
}

INTEREST_LINES = {
    "formal": (
        "The interview confirmed my interest in joining {{ org }} as {{ role|a }}. I would welcome the chance to take on the work we discussed.",
        "I am now even more certain that I want to work at {{ org }} as {{ role|a }}, and I believe I could contribute from the start.",
    ),
    "warm": (
        "I came away even more excited about joining {{ org }} as {{ role|a }}. The work we talked about is exactly what I want to be doing.",
        "I left the interview keen to join {{ org }} as {{ role|a }}, and I can already picture myself doing the work.",
    ),
}

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{{ opening }}
{{ topic_line }}
{% if full %}{{ interest_line }}{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if point and warm %}
One thing I forgot to mention when we spoke: {{ point }}.
{% if full %}I think it is relevant to what you are looking for.{% endif %}
{% elif point %}
I would also like to add something I did not mention in the interview: {{ point }}.
{% if full %}It seems directly relevant to this role.{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if next_step and warm %}
I'm looking forward to the next step you described: {{ next_step }}.
{% elif next_step %}
You mentioned that the next step is {{ next_step }}, and I look forward to it.
{% endif %}
{% if follow_up and warm %}
I'll check in around {{ follow_up|long_date }}, if I haven't heard anything by then.
{% elif follow_up %}
If I have not heard from you by {{ follow_up|long_date }}, I will get in touch then to ask about next steps.
{% endif %}
{% if full and warm %}
If examples of my work or references would help, just let me know.
{% elif full %}
If it would help, I am glad to send examples of my work or the names of references.
{% endif %}
{% if warm %}
{{ "Thanks again, and I hope we talk again soon." if full else "Thanks again for a great conversation." }}
{% else %}
{{ "Thank you again for your time and for a helpful conversation." if full else "Thank you again for your time." }}
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = "{{ 'Thank you for the ' ~ role ~ ' interview on ' if warm else 'Thank you: ' ~ role ~ ' interview on ' }}{{ when|month_day }}"


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    full = answers["length"] == "full"
    shared = dict(
        org=answers["organization"],
        role=answers["role"],
        when=answers["interview_date"],
        # A draft without the kind yet reads as a meeting; it cannot be sent.
        kind=answers.get("interview_kind") if answers.has("interview_kind") else "in_person",
    )
    letters = []
    for index, person in enumerate(answers["interviewers"]):
        if person["topic"]:
            topic_line = render_template(TOPIC_LINES[tone][index % 4], topic=person["topic"])
        else:
            topic_line = render_template(NO_TOPIC_LINES[tone][index % 2])
        body = render_template(
            BODY,
            warm=warm,
            full=full,
            greet=greeting(person["name"], warm),
            opening=render_template(OPENINGS[tone][index % 4], **shared).strip(),
            topic_line=topic_line.strip(),
            interest_line=render_template(INTEREST_LINES[tone][index % 2], **shared).strip(),
            point=answers["point_to_add"],
            next_step=answers["next_step"],
            follow_up=answers["follow_up_date"],
            me=answers["your_name"],
        )
        title = person["title"]
        letters.append(
            Letter(
                subject=render_template(SUBJECT, warm=warm, **shared).strip(),
                body=body,
                heading=f"To {person['name']}, {title}" if title else f"To {person['name']}",
            )
        )
    return letters


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    when = answers["interview_date"]
    if isinstance(when, date):
        days = (today - when).days
        if days < 0:
            notes.append(Message(
                "This date is in the future. Check it: a thank-you note goes after the interview.",
                "interview_date", "warning",
            ))
        elif days <= 1:
            notes.append(Message(
                "Good timing. A thank-you note works best within 24 to 48 hours of the interview.",
                "interview_date",
            ))
        elif days == 2:
            notes.append(Message(
                "Send it today: you are at the end of the 24 to 48 hours in which a note works best.",
                "interview_date",
            ))
        else:
            notes.append(Message(
                f"It has been {days} days since the interview. Within 24 to 48 hours is best, "
                "but a note sent today is still worth sending: late thanks beat none.",
                "interview_date", "warning",
            ))
        follow_up = answers["follow_up_date"]
        if isinstance(follow_up, date):
            if follow_up <= when:
                answers.error("follow_up_date", "The follow-up date must be after the interview date")
            elif follow_up < today:
                notes.append(Message(
                    "This date has passed. Pick a day in the next week or two, or leave it empty.",
                    "follow_up_date", "warning",
                ))
            else:
                notes.append(Message(
                    "Put this date in your calendar now, so the follow-up does not slip.",
                    "follow_up_date",
                ))
    if answers["interview_kind"] == "phone":
        notes.append(Message(
            "A phone interview deserves a thank-you note as much as a meeting does.",
            "interview_kind",
        ))
    people = answers["interviewers"]
    if len(people) > 1:
        notes.append(Message(
            "Send each note on its own, to each person's own address. "
            "Each one opens differently so they do not read as copies.",
        ))
        for row, person in enumerate(people, start=1):
            if row > 1 and person["name"] and not person["topic"]:
                notes.append(Message(
                    f"Add something you talked about with {person['name']} to make their note as personal as the first.",
                    INTERVIEWERS.key(row, "topic"),
                ))
    return notes


SPEC = Spec(
    id=ID,
    title="Thank-you note after an interview",
    summary="A short, specific thank-you for each person who interviewed you, ready to send within a day or two.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "interview_date": "2026-03-12",
        "interview_kind": "video",
        "interviewers-1-name": "Dana Lee",
        "interviewers-1-title": "Head of Analytics",
        "interviewers-1-topic": "how your team is moving its weekly reports to a shared dashboard",
        "point_to_add": "I built a similar dashboard for our clinic network last year, and it halved the number of report requests",
        "next_step": "a short skills exercise, which you plan to send by March 20",
        "follow_up_date": "2026-03-27",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 13),
)
