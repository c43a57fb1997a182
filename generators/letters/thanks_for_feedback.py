"""Thanking an employer for feedback after a rejection: one short email.

Advice it follows (guide: after-rejection/ask-for-feedback): thank them
within a day or two of their reply; never argue with the feedback, even if
you see it differently; say what you will do with it, then do it; keep in
touch now and then, about once a month at most.
"""

from __future__ import annotations

import re
from datetime import date

from ..core import timing
from ..core.spec import (
    Answers,
    Field,
    LENGTH,
    Letter,
    Message,
    ROLE_APPLIED_FOR,
    Spec,
    TONE,
    YOUR_NAME,
    organization_field,
)
from ..core.grammar import as_checked, greeting, render_template

ID = "thanks-for-feedback"

FEEDBACK = Field(
    name="feedback",
    label="The advice they gave you",
    kind="textarea",
    required=True,
    max_length=300,
    fragment=True,
    hint="Finish the sentence “You suggested …”. For example: that I talk through one project in depth instead of listing several.",
    missing="Enter the advice they gave you",
)
ACTION = Field(
    name="action",
    label="What you will do with it",
    kind="textarea",
    required=True,
    max_length=300,
    fragment=True,
    hint="One concrete step. Finish the sentence “I plan to …”. For example: rehearse two project stories out loud, with the numbers.",
    missing="Enter what you will do with the advice",
)
STARTED = Field(
    name="started",
    label="A first step you have already taken (optional)",
    kind="textarea",
    max_length=200,
    fragment=True,
    hint="Finish the sentence “I have already …”. For example: signed up for a course in dashboard design.",
)

SPEC_ITEMS = (
    YOUR_NAME,
    organization_field("Enter the organization that gave you feedback"),
    ROLE_APPLIED_FOR,
    Field(
        name="contact_name",
        person=True,
        label="Who gave you the feedback",
        required=True,
        max_length=80,
        hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
        missing="Enter the name of the person who gave you feedback",
    ),
    Field(
        name="feedback_date",
        label="When their feedback arrived",
        kind="date",
        required=True,
        missing="Enter the date their feedback arrived",
    ),
    FEEDBACK,
    ACTION,
    STARTED,
    TONE,
    LENGTH,
)

SUBJECT = (
    "{{ 'Thanks for the feedback on the ' ~ role ~ ' role' if warm"
    " else 'Thank you for your advice on my ' ~ role ~ ' application' }}"
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thank you so much for getting back to me about the {{ role }} role.
{% else %}
Thank you for taking the time to share your feedback on my application for the {{ role }} position.
{% endif %}
{% if full and warm %}
I know you didn't have to, and it means a lot that you did.
{% elif full %}
You were under no obligation to write, and I appreciate it.
{% endif %}
{# The line that welcomes the advice never follows words that push back on
   it: such a letter is held, and its draft must not contradict itself. #}
{% if warm %}
You suggested {{ feedback }}{{ ", and that's exactly the kind of pointer I was hoping for" if not argues }}.
{% else %}
You suggested {{ feedback }}.{{ " That is practical advice, and I can act on it right away." if not argues }}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
So my next step is this: I'm going to {{ action }}.
{% else %}
I plan to {{ action }}.
{% endif %}
{% if started and warm %}
In fact, I've already {{ started }}.
{% elif started %}
I have already {{ started }}.
{% endif %}
{% if full and warm %}
I think it'll make a real difference the next time I apply.
I'm keeping notes on how it goes, so I'll have something to share.
{% elif full %}
I expect this step to make my next application a stronger one.
I will keep a note of my progress, so that I have something concrete to report.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I'd like to stay in touch, and I'd love to be considered if a role at {{ org }} comes up that suits me.
{% else %}
I would like to keep in touch, and I would be glad to be considered for future roles at {{ org }} that match my skills.
{% endif %}
{% if full and warm %}
If that's all right with you, I'll drop you a short note in a month or so to let you know how it's going.
{% elif full %}
If you do not mind, I will send a short note in a month or so to let you know how I am getting on.
{% endif %}
{{ 'Thanks again for your help.' if warm else 'Thank you again for your time and your honesty.' }}
{% endfilter %}
{{ 'Best wishes' if warm else 'With thanks' }},
{{ me }}
"""

# Words that argue with the feedback rather than take it. The guide: do not
# argue, even if you disagree; people talk, and word reaches other employers.
ARGUING = re.compile(
    "|".join((
        r"\bdisagree\w*",
        r"\b(?:unfair|not fair)\b",
        r"\bnot (?:true|accurate|right|correct)\b",
        r"\binaccurate\b",
        r"\bmisunderst\w+",
        r"\bin my defen[cs]e\b",
        r"\bto be fair\b",
        r"\bactually\b",
        r"\b(?:you|they) (?:were|are) wrong\b",
        r"\b(?:but|however),? i (?:did|had|have|was|do|am)\b",
        r"\bi (?:did|had) (?:in fact|already)\b",
    )),
)


def argues(text) -> bool:
    return bool(ARGUING.search(as_checked(text)))


def check(answers: Answers, today: date) -> list[Message]:
    """Arguing with the feedback holds the letter: the guide says never to,
    however it is meant, because it can cost you future roles there and word
    reaches other employers. No wording makes it safe, so it is not a warning."""
    return [
        Message(
            "This sounds as if you are arguing with the feedback. Thank them for it as it is, "
            "even if you see things differently: pushing back can cost you future roles there, "
            "and word travels. Name the advice and the step you will take, nothing more.",
            item.name, "hold",
        )
        for item in (FEEDBACK, ACTION, STARTED)
        if argues(answers[item.name])
    ]


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    full = answers["length"] == "full"
    role = answers["role"]
    name = answers["contact_name"]
    body = render_template(
        BODY,
        warm=warm,
        full=full,
        greet=greeting(name, warm),
        role=role,
        org=answers["organization"],
        feedback=answers["feedback"],
        argues=argues(answers["feedback"]),
        action=answers["action"],
        started=answers["started"],
        me=answers["your_name"],
    )
    return [
        Letter(
            subject=render_template(SUBJECT, warm=warm, role=role).strip(),
            body=body,
            heading=f"To {name}",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    arrived = answers["feedback_date"]
    if isinstance(arrived, date):
        level, text = timing.reply_status(timing.THANKS_FOR_FEEDBACK, arrived, today)
        notes.append(Message(text, "feedback_date", level))
    notes.append(Message(
        "Then do what you said: pick one or two changes and make them. In about a month, "
        "a short check-in with news of your progress keeps you in mind for the next opening.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Thanking them for feedback",
    stage="after-rejection",
    situation="They gave you feedback",
    summary="A short thank-you for feedback after a rejection: what you took from it, what you will do, and staying in touch.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "contact_name": "Dana Lee",
        "feedback_date": "2026-03-27",
        "feedback": "that I walk through one project in depth, with its results, instead of listing several",
        "action": "rehearse two project stories out loud, each with the numbers that show what changed",
        "started": "rewritten the project section of my résumé around those two stories",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 27),
)
