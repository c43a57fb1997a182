"""Your reply once introduced: on the introduction's thread, within a day.

Advice it follows (guide: network/ask-for-introduction): thank the person
who introduced you and move them to Bcc; say again why the organization
interests you; ask for a short call, phone preferred and email fine, for
suggestions that would make you a stronger candidate; offer two or three
times. Never ask for a job outright. If there is no answer in a week, send
one short, friendly nudge.

A reply keeps the thread's subject, so the letter has none.
"""

from __future__ import annotations

import re
from datetime import date

from ..core import timing

from ..core.spec import Answers, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME, check_phone
from ..core.grammar import address, as_checked, greeting, long_date, render_template

ID = "introduction-reply"

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="contact_name",
        person=True,
        label="Name of the person you were introduced to",
        required=True,
        max_length=80,
        hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
        missing="Enter the name of the person you were introduced to",
    ),
    Field(
        name="connector_name",
        person=True,
        label="Name of the person who introduced you",
        required=True,
        max_length=80,
        hint="For example: Maria Chen.",
        missing="Enter the name of the person who introduced you",
    ),
    Field(
        name="organization",
        label="Their organization",
        required=True,
        autocomplete="organization",
        max_length=120,
        hint="The organization of the person you were introduced to.",
        missing="Enter their organization",
    ),
    Field(
        name="interest",
        label="What draws you to the organization",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I am drawn to them because of …”. For example: its work on rural clinic access.",
        missing="Enter what draws you to the organization",
    ),
    Field(
        name="aim",
        label="The role you are aiming for (optional)",
        max_length=80,
        fragment=True,
        hint="A job title, for example Data Analyst.",
    ),
    Field(
        name="times",
        label="Two or three times that suit you for a call (optional)",
        max_length=160,
        fragment=True,
        hint="Finish the sentence “I am free …”. For example: Tuesday or Thursday afternoon next week.",
    ),
    Field(
        name="phone",
        label="Your phone number (optional)",
        autocomplete="tel",
        max_length=40,
        fragment=True,
        hint="So they can call you. For example: (555) 010-0142.",
    ),
    Field(
        name="introduced_on",
        label="When the introduction arrived (optional)",
        kind="date",
        hint="Only used to tell you whether you are replying in good time.",
    ),
    TONE,
    LENGTH,
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
{{ connector }}, thanks so much for connecting us. I'm moving you to Bcc so your inbox stays quiet.
{% else %}
Thank you, {{ connector }}, for the introduction. I am moving you to Bcc to spare your inbox.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
It's great to meet you, {{ contact }}. {{ org }} has been on my mind for a while, mostly because of {{ interest }}.
{% if aim %}
I'm working toward {{ aim|a }} role.
{% elif full %}
I'm still narrowing down the kind of role I want, so your view would help a lot.
{% endif %}
{% if full %}
I've been reading your current openings, and I'm curious which skills matter most on your team.
{% endif %}
{% else %}
It is a pleasure to meet you. I am very interested in {{ org }}, above all because of {{ interest }}.
{% if aim %}
I am aiming for {{ aim|a }} role.
{% elif full %}
I am still deciding which kind of role suits me best, so your view would help me a great deal.
{% endif %}
{% if full %}
I have read your current openings, and I would especially like to know which skills matter most on your team.
{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Could we have a quick phone call of 15 or 20 minutes sometime soon? I'd really value your suggestions on how to make myself a stronger candidate.
{% if times %}
I'm free {{ times }}, but happy to fit around you.
{% elif full %}
Just let me know a day and time that works, and I'll make it happen.
{% endif %}
{% if full %}
I promise to keep it short, and I'll come with a few questions ready.
{% endif %}
If email is easier, that's fine too.
{% if phone %}
You can reach me at {{ phone }}.
{% endif %}
{% else %}
Would you have 15 or 20 minutes for a phone call in the coming weeks? I would value your suggestions on what would make me a stronger candidate.
{% if times %}
I am free {{ times }}, though I am glad to work around your schedule.
{% elif full %}
If you let me know a day and time that suits you, I will make it work.
{% endif %}
{% if full %}
I will keep to the time we agree and bring a few specific questions.
{% endif %}
If email suits you better, that works well too.
{% if phone %}
My number is {{ phone }}.
{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full and warm %}
Thanks, {{ contact }}, and thanks again to {{ connector }} for bringing us together.
{% elif full %}
Thank you for your time, and thank you again, {{ connector }}, for making the connection.
{% elif warm %}
Thanks, and I hope we can talk soon.
{% else %}
Thank you for your time.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Best regards' }},
{{ me }}
"""


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    body = render_template(
        BODY,
        warm=warm,
        full=answers["length"] == "full",
        greet=greeting(answers["contact_name"], warm),
        contact=address(answers["contact_name"], True),
        connector=address(answers["connector_name"], True),
        org=answers["organization"],
        interest=answers["interest"],
        aim=answers["aim"],
        times=answers["times"],
        phone=answers["phone"],
        me=answers["your_name"],
    )
    return [
        Letter(
            subject="",
            body=body,
            heading=f"To {answers['contact_name']} (Bcc: {answers['connector_name']})",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    contact, connector = answers["contact_name"], answers["connector_name"]
    if answers.has("contact_name") and answers.has("connector_name") and contact.casefold() == connector.casefold():
        answers.error(
            "connector_name",
            "Enter the name of the person who introduced you, not the person you were introduced to",
        )
    check_phone(answers, "phone")
    arrived = answers["introduced_on"]
    if isinstance(arrived, date):
        level, text = timing.reply_status(timing.REPLY_TO_INTRODUCTION, arrived, today)
        notes.append(Message(text, "introduced_on", level))
    if not answers["times"]:
        notes.append(Message(
            "Offer two or three times that suit you. It makes saying yes easy.",
            "times",
        ))
    who = connector if answers.has("connector_name") else "the person who introduced you"
    notes.append(Message(
        f"Reply to all on the introduction email. Then, before you send, move {who} "
        "out of the To or Cc line and into Bcc.",
    ))
    nudge = long_date(timing.reminder(today).opens)
    no_reply = f"{contact} has not replied" if answers.has("contact_name") else "there is no reply"
    notes.append(Message(f"If {no_reply} by {nudge}, send one short, friendly nudge."))
    notes.append(Message(
        "On the call, ask for advice, not for a job. Bring two or three questions about the team "
        "and the skills that matter most, and thank them within a day.",
    ))
    return notes


# Asking a new contact for a job outright is the one thing the guide says
# never to do: it turns a favor into a demand. Read in lower case, with
# curly apostrophes made straight.
ASKS_FOR_A_JOB = re.compile("|".join((
    r"\bhire me\b",
    r"\b(?:give|offer|find|get) me (?:a |an |the )?(?:job|position|role)\b",
    r"\b(?:job|position|role|opening)s? for me\b",
    r"\b(?:refer|recommend) me (?:for|to)\b",
    r"\bput me forward\b",
    r"\bput in a (?:good )?word\b",
    r"\b(?:could|can|would|will) you (?:hire|employ|take) me\b",
)))


def check(answers: Answers, today: date) -> list[Message]:
    """A reply that asks for a job outright is held, beside the words that do."""
    return [
        Message(
            "This asks them for a job. The guide says not to: on a first contact, ask for advice on "
            "becoming a stronger candidate, and let any opening come up in the conversation.",
            name, "hold",
        )
        for name in ("interest", "aim", "times")
        if ASKS_FOR_A_JOB.search(as_checked(answers[name]))
    ]


SPEC = Spec(
    id=ID,
    title="Your reply once introduced",
    stage="network",
    situation="You have just been introduced by email",
    summary="Reply on the introduction's thread: thank your contact and move them to Bcc, say why the "
    "organization interests you, and ask for a short call.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Dana Lee",
        "connector_name": "Maria Chen",
        "organization": "Northwind Health",
        "interest": "its work on rural clinic access",
        "aim": "Data Analyst",
        "times": "Tuesday or Thursday afternoon next week",
        "phone": "(555) 010-0142",
        "introduced_on": "2026-03-04",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 5),
)
