"""Accepting a job offer in writing: one email that says yes and confirms the terms.

Advice it follows (guide: offer/after-you-accept, with offer/you-got-an-offer
and offer/negotiating): accept in writing, once the offer is in writing and
you are sure; repeat the title, the pay and the start date, and anything else
you agreed, so you both have the same record; if the offer depends on checks,
say that the start depends on them too, and give notice at your current job
only when they are done; ask what comes next (forms, the first day); tell
the other employers within a day or two, and thank your references within a
week.

A start date already past holds the letter: it would confirm a day that
cannot happen.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import (
    Answers,
    Choice,
    Field,
    LENGTH,
    Letter,
    Message,
    offer_in_writing_field,
    OFFER_MAKER,
    organization_field,
    ROLE_OFFERED,
    Spec,
    TONE,
    YOUR_NAME,
)
from ..core.grammar import greeting, join_names, long_date, render_template

ID = "offer-acceptance"

# value: (label on the form, how the list of checks names it, the full
# letter's sentence about it, formal and warm).
CHECKS = {
    "references": (
        "References",
        "the reference checks",
        "My references know to expect your call.",
        "My references know you'll be in touch.",
    ),
    "right_to_work": (
        "Right to work",
        "the right-to-work check",
        "I will have my documents ready for the right-to-work check.",
        "I'll have my documents ready for the right-to-work check.",
    ),
    "background": (
        "A background check",
        "the background check",
        "I am happy to give my written permission for the background check.",
        "I'm happy to sign whatever you need for the background check.",
    ),
}
NEXT_STEPS = {
    "paperwork": "A contract or forms to sign",
    "first_day": "Where to go and whom to ask for on my first day",
}

SPEC_ITEMS = (
    YOUR_NAME,
    OFFER_MAKER,
    organization_field("Enter the organization you are joining"),
    ROLE_OFFERED,
    Field(
        name="pay",
        label="Pay, as they stated it (optional)",
        max_length=80,
        fragment=True,
        hint="Exactly as the offer puts it, for example $62,000 a year or £14.20 an hour.",
    ),
    Field(
        name="start_date",
        label="Your start date",
        kind="date",
        required=True,
        missing="Enter your start date",
    ),
    Field(
        name="agreed",
        label="Anything else you agreed (optional)",
        kind="textarea",
        max_length=160,
        fragment=True,
        hint="Finish “We also agreed on …”. For example: two days a week working from home.",
    ),
    offer_in_writing_field(required=True),
    Field(
        name="checks",
        label="Checks the offer depends on (optional)",
        kind="checkboxes",
        choices=tuple(Choice(value, label) for value, (label, _, _, _) in CHECKS.items()),
        hint="Look for “subject to” or “conditional on” in the offer. Leave them all unticked if there are none.",
    ),
    Field(
        name="next_steps",
        label="What to ask them about (optional)",
        kind="checkboxes",
        choices=tuple(Choice(value, label) for value, label in NEXT_STEPS.items()),
    ),
    TONE,
    LENGTH,
)

SUBJECT = "{{ 'Happy to accept the ' ~ role ~ ' offer' if warm else 'Accepting your offer: ' ~ role }}"

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thank you so much for offering me the {{ role }} role at {{ org }}. I'm delighted to accept, and really glad to be joining the team.
{% else %}
Thank you for offering me the {{ role }} position at {{ org }}. I am pleased to accept, and very glad to be joining your team.
{% endif %}
{% if full and warm %}
I enjoyed getting to know everyone during the process, and I'm looking forward to working with you all.
{% elif full %}
I enjoyed meeting your colleagues during the process, and I look forward to working with you.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Just to make sure we have the same details: {{ terms }}.
{% else %}
To confirm the terms we discussed: {{ terms }}.
{% endif %}
{% if agreed %}
We also agreed on {{ agreed }}.
{% endif %}
{% if not in_writing and warm %}
Could you send me the offer in writing too, so we both have it on record?
{% elif not in_writing %}
Please also send me the written offer, so that we both have it on record.
{% elif full and not agreed and warm %}
I'll keep this email with your written offer, so we both have the same record.
{% elif full and not agreed %}
I will keep this email with your written offer, so that we both have the same record of the terms.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if checks and warm %}
I know the offer depends on {{ checks }}, so my start date depends on {{ them }} as well.
{% elif checks %}
I understand that the offer is subject to {{ checks }}, and that my start date depends on {{ them }}.
{% endif %}
{% for line in check_lines %}
{{ line }}
{% endfor %}
{% if checks and warm %}
When do you expect {{ them }} to be done?
{% elif checks %}
When do you expect {{ them }} to be complete?
{% elif full and warm %}
As far as I know, there are no checks still to come. If I've missed one, just let me know what's left.
{% elif full %}
As I understand it, the offer is not subject to any checks. If that is not the case, please tell me which checks are still to come.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if paperwork and first_day and not full %}
{{ "Please send over the contract and any forms, and let me know where to go on my first day." if warm else "Please send me the contract and any forms to complete, and let me know where to report on my first day." }}
{% else %}
{% if paperwork and warm %}
If there's a contract or any forms for me, send them over and I'll get them back to you quickly.
{% elif paperwork %}
Please send me the contract and any forms to complete, and I will return them promptly.
{% endif %}
{% if first_day and warm %}
It would {{ "also " if paperwork }}help to know where to go on my first day, and who to ask for.
{% elif first_day %}
I would {{ "also " if paperwork }}be grateful to know where to report on my first day, and whom to ask for.
{% endif %}
{% endif %}
{% if not (paperwork or first_day) and warm %}
If you need anything from me before my first day, like forms to fill in or documents to bring, just let me know.
{% elif not (paperwork or first_day) %}
Please let me know if you need anything from me before my first day, such as forms to complete or documents to bring.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full and warm %}
Thanks again for this chance, and for all your help along the way. I can't wait to get started, and I'll see you on {{ start|long_date }}.
{% elif full %}
Thank you again for this opportunity, and for your help throughout the process. I look forward to joining {{ org }}, and to seeing you on {{ start|long_date }}.
{% elif warm %}
Thanks again for this chance. I can't wait to get started.
{% else %}
Thank you again for this opportunity. I look forward to starting on {{ start|long_date }}.
{% endif %}
{% endfilter %}
{{ 'Warm wishes' if warm else 'Sincerely' }},
{{ me }}
"""


def terms(answers: Answers, warm: bool) -> str:
    """The terms as one list: title, pay (as typed) and start date."""
    parts = [f"the title is {answers['role']}"]
    if answers["pay"]:
        parts.append(f"the pay is {answers['pay']}")
    start = long_date(answers["start_date"])
    parts.append(f"I start on {start}" if warm else f"my start date is {start}")
    return join_names(parts)


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    full = answers["length"] == "full"
    chosen = [value for value in CHECKS if value in answers["checks"]]
    next_steps = answers["next_steps"]
    context = dict(
        warm=warm,
        full=full,
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        start=answers["start_date"],
        terms=terms(answers, warm),
        agreed=answers["agreed"],
        in_writing=answers["in_writing"] != "no",
        checks=join_names(CHECKS[value][1] for value in chosen),
        them="it" if len(chosen) == 1 else "them",
        # One sentence a check, in the full letter only: the short one names them in a list.
        check_lines=[CHECKS[value][3 if warm else 2] for value in chosen] if full else [],
        paperwork="paperwork" in next_steps,
        first_day="first_day" in next_steps,
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


def check(answers: Answers, today: date) -> list[Message]:
    """What holds the letter: a start date that has already passed."""
    start = answers["start_date"]
    if isinstance(start, date) and start < today:
        return [Message(
            f"{long_date(start)} has already passed, so the letter would confirm a start date that cannot happen. "
            "Enter the start date you agreed with them.",
            "start_date", "hold",
        )]
    return []


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    notes.append(Message(
        "Send this only when you are sure. Saying yes is a promise, and the time to ask for a change is before "
        "it, not after.",
    ))
    if answers["in_writing"] == "no":
        notes.append(Message(
            "It is safest to accept once the offer is in writing: a phone offer is easy to mishear. This letter asks "
            "them to send it. When it comes, check that it says what you agreed before you sign anything.",
            "in_writing", "warning",
        ))
    elif answers["in_writing"] == "yes":
        notes.append(Message(
            f"Check that the {'title, pay and start date' if answers['pay'] else 'title and start date'} here "
            "match the written offer word for word.",
            "in_writing",
        ))
    if not answers["pay"]:
        notes.append(Message(
            "Add the pay as the offer states it, so both of you have the same record of it.",
            "pay",
        ))
    if answers["checks"]:
        notes.append(Message(
            "Keep your current job until the checks are done and the offer is final. Then give notice in writing. "
            "Tell your references to expect a call.",
            "checks",
        ))
    else:
        notes.append(Message(
            "If the offer says “subject to” or “conditional on” something, tick those checks, so the letter says "
            "your start depends on them. Give notice at your current job only once the offer is final.",
            "checks",
        ))
    start = answers["start_date"]
    if isinstance(start, date) and start == today:
        notes.append(Message(
            "Your start date is today. Check it: an acceptance usually goes out well before the first day.",
            "start_date", "warning",
        ))
    notes.append(Message(
        "Within a day or two, tell every other employer still considering you, and cancel any interviews you "
        "have booked. The withdrawal letter writer (“Withdrawing your application or declining a second "
        "interview”) drafts that note.",
    ))
    notes.append(Message(
        "Within a week, thank your references and anyone who helped: tell them you got the job and what it is. "
        "The letter writer “Thanking a reference or someone who helped” drafts those notes.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Accepting a job offer",
    stage="offer",
    situation="You have decided to say yes to an offer",
    summary="A short email that accepts the offer in writing and repeats the title, the pay and the start date, "
            "with any checks still to come.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Ms. Patricia Gould",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "pay": "$62,000 a year",
        "start_date": "2026-07-06",
        "agreed": "two days a week working from home",
        "in_writing": "yes",
        "checks": ["references", "background"],
        "next_steps": ["paperwork", "first_day"],
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 6, 10),
)
