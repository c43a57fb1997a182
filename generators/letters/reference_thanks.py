"""Thanking a reference, or someone who helped, once you have accepted an offer.

Advice it follows (guide: offer/after-you-accept): accept in writing first;
within a week, tell each reference and each person who helped that you got
the job, say what it is, and thank them; name what they did and what it
led to; give them a way to reach you in the new job; a few lines are
enough; wait until the offer is final before you share the news widely.

One person a note: the reader fills in the form again for the next one.
The note thanks and offers, and never asks: a request typed into it holds
the letter, so the thanks cannot read as the next favor.
"""

from __future__ import annotations

import re
from datetime import date

from ..core.spec import (
    Answers,
    Choice,
    Field,
    LENGTH,
    Letter,
    Message,
    Spec,
    TONE,
    YOUR_NAME,
    organization_field,
)
from ..core.grammar import as_checked, greeting, long_date, render_template

ID = "reference-thanks"

HELPED = Field(
    name="helped",
    label="How they helped",
    kind="radio",
    required=True,
    choices=(
        Choice("reference", "They gave me a reference"),
        Choice("introduced", "They introduced me or referred me"),
        Choice("advised", "They advised or coached me"),
        Choice("other", "They helped in another way"),
    ),
    missing="Choose how they helped",
)

SPECIFIC = Field(
    name="specific",
    label="One thing they did that made a difference (optional)",
    kind="textarea",
    max_length=200,
    fragment=True,
    hint="Finish the sentence “I am especially grateful that you …”. "
    "For example: called the hiring manager the day after my interview.",
)

STAY_IN_TOUCH = Field(
    name="stay_in_touch",
    label="How they can reach you in your new job (optional)",
    max_length=150,
    fragment=True,
    hint="Finish the sentence “You can reach me …”. For example: at j.rivera@northwind.example once I start.",
)

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="contact_name",
        person=True,
        label="Name of the person you are thanking",
        required=True,
        max_length=80,
        hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
        missing="Enter the name of the person you are thanking",
    ),
    HELPED,
    Field(
        name="role",
        label="Your new job title",
        required=True,
        max_length=120,
        hint="As it appears in your offer, for example Data Analyst.",
        missing="Enter your new job title",
    ),
    organization_field("Enter the organization you are joining"),
    Field(
        name="start_date",
        label="Your start date (optional)",
        kind="date",
    ),
    SPECIFIC,
    Field(
        name="return_favor",
        label="Offer to return the favor?",
        kind="radio",
        choices=(
            Choice("yes", "Yes, say I would be glad to help them in turn"),
            Choice("no", "No"),
        ),
        default="yes",
    ),
    STAY_IN_TOUCH,
    Field(
        name="accepted",
        label="Have you accepted the offer in writing? (optional)",
        kind="radio",
        choices=(
            Choice("yes", "Yes"),
            Choice("not_yet", "Not yet"),
        ),
        hint="Send this note once you have. Until then the job is not certain.",
        in_letter=False,
    ),
    Field(
        name="checks_pending",
        label="Does the offer still depend on checks, such as references or a background check? (optional)",
        kind="radio",
        choices=(
            Choice("yes", "Yes, some checks are still to come"),
            Choice("no", "No, the offer is final"),
        ),
    ),
    TONE,
    LENGTH,
)

# The thanks for what they did, by how they helped: (formal, warm). The
# full note adds why it mattered, in a second sentence of its own.
THANKS = {
    "reference": (
        "Thank you for agreeing to be one of my references.",
        "Thank you so much for being one of my references.",
    ),
    "introduced": (
        "Thank you for introducing me and putting my name forward.",
        "Thank you so much for introducing me and putting my name forward.",
    ),
    "advised": (
        "Thank you for the advice and coaching you gave me during my search.",
        "Thank you so much for all the advice and coaching you gave me while I was looking.",
    ),
    "other": (
        "Thank you for the help you gave me during my search.",
        "Thank you so much for everything you did to help me while I was looking.",
    ),
}
WHY_IT_MATTERED = {
    "reference": (
        "A reference asks for your time and your good name, and I know you gave both.",
        "I know a reference takes time, and that you put your own name behind mine.",
    ),
    "introduced": (
        "Your introduction is how my application reached the right person in the first place.",
        "Your introduction is how I got in front of the right person in the first place.",
    ),
    "advised": (
        "Your guidance shaped how I prepared, and I drew on it at every stage.",
        "What you told me changed how I prepared, and I leaned on it at every stage.",
    ),
    "other": (
        "Your support made a long search easier to keep going with.",
        "Knowing you were in my corner made a long search much easier.",
    ),
}

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if started and warm %}
I wanted you to hear it from me: I started as {{ role|a }} at {{ org }} on {{ start|long_date }}.
{% elif started %}
I am glad to tell you that I started as {{ role|a }} at {{ org }} on {{ start|long_date }}.
{% elif start and warm %}
I wanted you to hear it from me: I've accepted a job as {{ role|a }} at {{ org }}, and I start on {{ start|long_date }}.
{% elif start %}
I am glad to tell you that I have accepted a position as {{ role|a }} at {{ org }}, starting on {{ start|long_date }}.
{% elif warm %}
I wanted you to hear it from me: I've accepted a job as {{ role|a }} at {{ org }}.
{% else %}
I am glad to tell you that I have accepted a position as {{ role|a }} at {{ org }}.
{% endif %}
{% if started and warm %}
It's the kind of work I'd been hoping to do, and I'm glad to be doing it at last.
{% elif started %}
It is the kind of work I had been aiming for, and I am glad to be doing it.
{% elif warm %}
It's the kind of work I've been hoping to do, and I'm really looking forward to it.
{% else %}
It is the kind of work I have been aiming for, and I am looking forward to it.
{% endif %}
{% if full and warm %}
After all the applications and interviews, it feels good to have landed somewhere I want to be.
{% elif full %}
After many applications and interviews, it is good to have found the right place.
{% endif %}
{% if checks_pending and reference and warm %}
There are still a few checks to finish, so {{ org }} might still get in touch with you.
{% elif checks_pending and reference %}
A few checks are still to come, so {{ org }} may yet contact you.
{% elif checks_pending and warm %}
There are still a few checks to finish, so I'm only telling the people who helped for now.
{% elif checks_pending %}
A few checks are still to come, so for now I am telling only the people who helped.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{{ thanks }}
{% if full %}
{{ why }}
{% endif %}
{% if specific and warm %}
I'm especially grateful that you {{ specific }}.
{% elif specific %}
I am especially grateful that you {{ specific }}.
{% endif %}
{# Whether a reference tipped the decision is the employer's to know; the
   other kinds of help the reader saw work for themselves. #}
{% if reference and warm %}
I'm sure it helped, and I won't forget it.
{% elif reference %}
I am sure it helped, and I will not forget it.
{% elif warm %}
It made a real difference, and I won't forget it.
{% else %}
It made a real difference, and I will not forget it.
{% endif %}
{% if full and warm %}
I know I didn't get here on my own.
{% elif full %}
I know I did not get here on my own.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if favor and warm %}
If I can ever do the same for you, or for someone you know, just say the word.
{% elif favor %}
If I can ever return the favor, for you or for someone you know, I would be glad to.
{% elif warm %}
I hope we keep in touch as I settle into the new job.
{% else %}
I hope we stay in touch as I settle into the new role.
{% endif %}
{% if favor and full and warm %}
I've seen what a good word at the right moment can do, and I'd like to pass it on.
{% elif favor and full %}
I have seen what a good word at the right moment can do, and I would like to pass it on.
{% elif full and warm %}
One day I'd like to do for someone else what you did for me.
{% elif full %}
One day I would like to do for someone else what you have done for me.
{% endif %}
{% if stay %}
You can reach me {{ stay }}.
{% endif %}
{% if (full or not stay) and warm %}
I'll let you know how the first few months go.
{% elif full or not stay %}
I will let you know how the first few months go.
{% endif %}
{% if full and warm %}
Thanks again for everything. I'm lucky to have had your help.
{% elif full %}
Thank you again for everything. I am fortunate to have had your help.
{% elif warm %}
Thanks again for everything.
{% else %}
Thank you again for everything.
{% endif %}
{% endfilter %}
{{ 'All the best' if warm else 'With thanks' }},
{{ me }}
"""


def subject_line(warm: bool, started: bool, role: str, org: str) -> str:
    """Says what the email is: thanks, and the news it carries."""
    if warm:
        news = "I've joined" if started else "I'm joining"
        return f"Thank you, and some good news: {news} {org}"
    return f"Thank you, and my news: {role} at {org}"


# Words that turn the reader's own text into a request: a question, or a
# polite formula for asking. A thank-you that asks for something reads as
# the next favor, so these hold the letter (see ``check``).
ASKING = re.compile(
    r"\?|\bplease\b|\b(?:could|would|can|will) you\b|\bwould you mind\b|\bif you (?:could|can|would)\b|"
    r"(?<!you )\b(?:let me know|tell me) (?:if|whether)\b|\bkeep me in mind\b|\bput in a (?:good )?word\b|"
    r"\bi(?: would|'d) (?:love|like|appreciate) (?:it )?if you\b|\b(?:i (?:was )?hop(?:e|ing)) you (?:could|can|would|might)\b",
    re.IGNORECASE,
)


def asks_for_something(text: str) -> bool:
    return bool(ASKING.search(as_checked(text)))


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    helped = answers["helped"] if answers.has("helped") else "other"
    start = answers["start_date"] or None
    started = isinstance(start, date) and start < today
    body = render_template(
        BODY,
        warm=warm,
        full=answers["length"] == "full",
        # Someone who vouched for you or coached you knows you: first names
        # in either tone, a title kept where they typed one.
        greet=greeting(answers["contact_name"], warm, known=True),
        role=answers["role"],
        org=answers["organization"],
        start=start,
        started=started,
        reference=helped == "reference",
        checks_pending=answers["checks_pending"] == "yes",
        thanks=THANKS[helped][warm],
        why=WHY_IT_MATTERED[helped][warm],
        specific=answers["specific"],
        favor=answers["return_favor"] != "no",
        stay=answers["stay_in_touch"],
        me=answers["your_name"],
    )
    subject = subject_line(warm, started, answers["role"], answers["organization"])
    return [Letter(subject=subject, body=body, heading=f"To {answers['contact_name']}")]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    if not answers["accepted"]:
        notes.append(Message(
            "Send this once you have accepted the offer in writing. Until then, the job is not certain.",
            "accepted",
        ))
    if answers["checks_pending"] == "yes":
        notes.append(Message(
            "A note to the people who helped is fine now. Wait until the checks are done before you share "
            "the news more widely or give notice at your current job.",
            "checks_pending",
        ))
    if not answers["specific"]:
        notes.append(Message(
            "Add one thing they did that made a difference. Without it, the note could be to anyone.",
            "specific", "warning",
        ))
    if not answers["stay_in_touch"]:
        notes.append(Message(
            "Add a way to reach you in your new job, such as your new work email, so they can keep in touch.",
            "stay_in_touch",
        ))
    start = answers["start_date"]
    if isinstance(start, date) and start < today:
        notes.append(Message(
            "You have already started. Thanks are best sent within a week of accepting, but a late note is "
            "still welcome, and the letter says you have started.",
            "start_date", "warning",
        ))
    elif isinstance(start, date):
        notes.append(Message(f"Send it within a week of accepting, and before you start on {long_date(start)}."))
    else:
        notes.append(Message("Send it within a week of accepting, and before you start."))
    notes.append(Message(
        "Write to each person on their own. Fill in the form again with what that person did, and change a "
        "line or two in your own words, so no two notes read alike.",
    ))
    if answers["helped"] == "reference" and answers["tone"] != "warm":
        notes.append(Message(
            "If this reference knows you well, the warm tone may suit them better.",
            "tone",
        ))
    return notes


def check(answers: Answers, today: date) -> list[Message]:
    """What holds the note: news that is not yet certain, or a request.

    The guide puts thanks after the written acceptance ("accept, and
    confirm the terms in writing" first, thanks within a week) and says to
    wait until the offer is final before sharing the news widely. This note
    says, as a fact, that you have accepted: before the acceptance is in
    writing that may not stay true, so it is held. Thanks alone could come
    sooner, but this letter is built on the news, so the hold says to send
    a line of thanks without it until then. Checks still to come do not
    hold it: the guide sends thanks within a week of accepting, checks or
    not, and the letter says they are still to come.
    """
    holds = []
    if answers["accepted"] == "not_yet":
        holds.append(Message(
            "You have not accepted the offer in writing yet. This note tells them you have the job, so send it "
            "once your written acceptance has gone, within a week of it. To thank them sooner, write a line of "
            "thanks in your own words and keep the news for this note.",
            "accepted", "hold",
        ))
    # The specific thing finishes "I am especially grateful that you ...",
    # so it is read after that "you": "let me know if ..." there is the past.
    for f, before in ((SPECIFIC, "you "), (STAY_IN_TOUCH, "")):
        if answers[f.name] and asks_for_something(before + answers[f.name]):
            holds.append(Message(
                "This asks them for something. A thank-you should ask for nothing, or it reads as the next favor. "
                "Reword it as thanks or news, and ask in another message later if you need to.",
                f.name, "hold",
            ))
    return holds


SPEC = Spec(
    id=ID,
    title="Thanking a reference or someone who helped",
    stage="offer",
    situation="You accepted a job and want to thank the people who helped",
    summary="A short note that tells a reference, a mentor or the person who referred you that you got the job, "
    "and thanks them for what they did.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Dana Lee",
        "helped": "reference",
        "role": "Data Analyst",
        "organization": "Northwind Health",
        "start_date": "2026-05-04",
        "specific": "took the hiring manager's call at short notice, the day after my final interview",
        "return_favor": "yes",
        "stay_in_touch": "at j.rivera@northwind.example once I start",
        "accepted": "yes",
        "checks_pending": "no",
        "tone": "warm",
        "length": "short",
    },
    example_today=date(2026, 4, 14),
)
