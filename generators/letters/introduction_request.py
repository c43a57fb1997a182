"""Asking a friend or former colleague to introduce you to someone at an organization.

Advice it follows (guide: network/ask-for-introduction): know what you are
after and why this organization; read its openings first; ask for an email
introduction to a recruiter or hiring manager; make it easy to say yes (and
to say no); and give your contact a few lines about you that they can paste
into the introduction as they are.

The lines to paste sit inside the email, as a paragraph of their own after a
lead-in that ends with a colon. Your contact receives them with the request
and can copy that one paragraph; you copy and send a single email.
"""

from __future__ import annotations

import re
from datetime import date

from ..core.spec import Answers, Choice, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME
from ..core.grammar import address, greeting, render_template

ID = "introduction-request"

GOAL = Field(
    name="goal",
    label="What you are looking for",
    kind="radio",
    required=True,
    choices=(
        Choice("return", "To get back into my field"),
        Choice("next_step", "The next step in my career"),
        Choice("change", "A change of career path"),
    ),
    missing="Choose what you are looking for",
)

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="contact_name",
        person=True,
        label="Name of the person you are asking",
        required=True,
        max_length=80,
        hint="The friend or former colleague who knows someone there, for example Maria Chen.",
        missing="Enter the name of the person you are asking",
    ),
    GOAL,
    Field(
        name="field",
        label="The field you want to work in",
        required=True,
        max_length=100,
        fragment=True,
        hint="For example: data analysis, or hospital administration.",
        missing="Enter the field you want to work in",
    ),
    Field(
        name="organization",
        label="Organization you would like to join",
        required=True,
        autocomplete="organization",
        max_length=120,
        hint="As they write their own name.",
        missing="Enter the organization you would like to join",
    ),
    Field(
        name="why_org",
        label="What draws you to this organization",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I am drawn to them because of …”. For example: its work on rural clinic access.",
        missing="Enter what draws you to this organization",
    ),
    Field(
        name="person_there",
        label="Who you would like to meet there (optional)",
        max_length=120,
        fragment=True,
        hint="A name and job title, for example: Dana Lee, their Head of Analytics. "
        "Leave it empty to ask for a recruiter or hiring manager.",
    ),
    Field(
        name="connection",
        label="How your contact knows the organization (optional)",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I know you …”. For example: worked with their analytics team on the county health survey.",
    ),
    Field(
        name="opening",
        label="A current opening there that fits you (optional)",
        max_length=100,
        fragment=True,
        hint="The job title from their posting, for example Data Analyst.",
    ),
    Field(
        name="title",
        label="Your job title, now or most recent",
        required=True,
        max_length=80,
        hint="For the lines about you that your contact can paste. For example: Data Analyst.",
        missing="Enter your job title, now or most recent",
    ),
    Field(
        name="workplace",
        label="Where you hold or held that job (optional)",
        max_length=120,
        fragment=True,
        hint="For example: Harbor Clinic Network.",
    ),
    Field(
        name="achievement",
        label="Something you did in that job that you are proud of",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="It goes in the lines about you, which use your name, so finish the sentence "
        "“In that role, [your first name] …”, in the past tense. "
        "For example: built a shared dashboard that halved report requests across eight clinics.",
        missing="Enter something you did in that job that you are proud of",
    ),
    TONE,
    LENGTH,
)

# What you are after, in your own voice (the letter) and in the third person
# (the lines your contact pastes).
GOAL_LINES = {
    "formal": {
        "return": "I am looking to get back into {{ field }}",
        "next_step": "I am ready to take the next step in {{ field }}",
        "change": "I am changing careers and moving into {{ field }}",
    },
    "warm": {
        "return": "I'm hoping to get back into {{ field }}",
        "next_step": "I'm ready for my next step in {{ field }}",
        "change": "I'm making a career change into {{ field }}",
    },
}

BLURB_GOALS = {
    "return": "is now looking to get back into {{ field }}",
    "next_step": "is now ready for the next step in {{ field }}",
    "change": "is now moving into {{ field }}",
}

# Third person, by name, so that it reads right pasted into anyone's email.
# Past work for someone returning to the field; present work otherwise.
BLURB = """\
{{ me }} {{ 'has worked as' if goal == 'return' else 'is' }} {{ title|a }}{% if workplace %} at {{ workplace }}{% endif %}.
In that role, {{ short }} {{ achievement }}.
{{ short }} {{ blurb_goal }}, ideally at {{ org }}.
"""

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
{{ goal_line }}, and {{ org }} is the place I'd most like to join, mainly because of {{ why }}.
{% if opening %}
There's an opening there for {{ opening|a }} that fits my experience nicely.
{% endif %}
{% if connection %}
Since you {{ connection }}, you came to mind straight away.
{% endif %}
{% else %}
{{ goal_line }}, and {{ org }} is at the top of my list because of {{ why }}.
{% if opening %}
There is an opening there for {{ opening|a }} that fits my experience well.
{% endif %}
{% if connection %}
I know you {{ connection }}, so I thought of you first.
{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Would you be up for introducing me by email to {{ person or 'a recruiter or hiring manager there' }}?
{% if full %}
Email is easiest for everyone: you can both read a little about each other and reply when it suits you.
{% endif %}
No worries at all if you'd rather not.
{% else %}
Would you be willing to introduce me by email to {{ person or 'a recruiter or hiring manager there' }}?
{% if full %}
An email lets each of us read about the other first and reply when it is convenient.
{% endif %}
If you would rather not, I completely understand.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Here's a short blurb about me to paste in or change:
{% else %}
Here are a few lines about me that you can paste in:
{% endif %}
{% endfilter %}
{% filter paragraph %}
{{ blurb }}
{% endfilter %}
{% filter paragraph %}
{% if full and warm %}
I've brought my LinkedIn profile and résumé up to date, in case either of you wants a look.
Thanks so much for thinking about it, and I'll let you know how it goes.
{% elif full %}
My LinkedIn profile and résumé are up to date, in case either of you would like to see them.
Thank you for considering it. Whatever happens, I will let you know how it goes.
{% elif warm %}
Thanks so much for thinking about it.
{% else %}
Thank you for considering it.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Best regards' }},
{{ me }}
"""

SUBJECT = "{{ 'Could you introduce me to someone at ' ~ org ~ '?' if warm else 'A request: an introduction at ' ~ org }}"

BLURB_LEAD_END = ":"
# First-person words that would jar in lines written about you by name.
# Case matters: "US" (the country) and "Phase II" are not the reader speaking.
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]urs?|us)\b")


def blurb_of(body: str) -> str:
    """The lines to paste: the paragraph after the lead-in that ends with a colon."""
    paragraphs = body.split("\n\n")
    for index, text in enumerate(paragraphs[:-1]):
        if text.endswith(BLURB_LEAD_END):
            return paragraphs[index + 1].strip()
    return ""


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    # A draft without the goal yet reads as a next step; it cannot be sent.
    goal = answers["goal"] if answers.has("goal") else "next_step"
    me = answers["your_name"]
    shared = dict(field=answers["field"], org=answers["organization"])
    blurb = render_template(
        BLURB,
        me=me,
        short=address(me, True),
        goal=goal,
        title=answers["title"],
        workplace=answers["workplace"],
        achievement=answers["achievement"],
        blurb_goal=render_template(BLURB_GOALS[goal], **shared).strip(),
        **shared,
    )
    body = render_template(
        BODY,
        warm=warm,
        full=answers["length"] == "full",
        greet=greeting(answers["contact_name"], warm, known=True),
        goal_line=render_template(GOAL_LINES[tone][goal], **shared).strip(),
        why=answers["why_org"],
        opening=answers["opening"],
        connection=answers["connection"],
        person=answers["person_there"],
        blurb=blurb,
        me=me,
        **shared,
    )
    return [
        Letter(
            subject=render_template(SUBJECT, warm=warm, **shared).strip(),
            body=body,
            heading=f"To {answers['contact_name']}",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    org = answers["organization"] if answers.has("organization") else "the organization"
    if not answers["opening"]:
        notes.append(Message(
            f"Before you send this, read the current openings at {org} and compare them with your skills. "
            "You will see what to highlight, and what to work on.",
            "opening",
        ))
    if not answers["person_there"]:
        notes.append(Message(
            "Asking for a recruiter or hiring manager is fine. If you know who leads the team you want, "
            "name them: a specific request is easier to act on.",
            "person_there",
        ))
    if FIRST_PERSON.search(answers["achievement"] or ""):
        notes.append(Message(
            "The lines about you use your name, so words like “I”, “my” and “our” read oddly there. "
            "Try “the team's” or “the clinic's” instead.",
            "achievement", "warning",
        ))
    if answers["goal"] == "change":
        notes.append(Message(
            "Changing paths? Pick an achievement that would matter in the new field too.",
            "achievement",
        ))
    notes.append(Message(
        "Update your LinkedIn profile and résumé before you send this. "
        "Your contact, and the person you meet, will likely look at them.",
    ))
    notes.append(Message(
        "Once you are introduced, reply within a day. The letter writer "
        "“Your reply once introduced” drafts it for you.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Asking for an introduction",
    stage="network",
    situation="You want a friend or former colleague to introduce you",
    summary="Ask a friend or former colleague to introduce you by email to someone at an organization "
    "you want to join, with a few lines about you that they can paste.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Maria Chen",
        "goal": "return",
        "field": "data analysis",
        "organization": "Northwind Health",
        "why_org": "its work on rural clinic access",
        "person_there": "Dana Lee, their Head of Analytics",
        "connection": "worked with their analytics team on the county health survey",
        "opening": "Data Analyst",
        "title": "Data Analyst",
        "workplace": "Harbor Clinic Network",
        "achievement": "built a shared dashboard that halved report requests across eight clinics",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 2),
)
