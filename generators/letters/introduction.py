"""The introduction itself: an email the connector sends to two people at once.

Advice it follows (guide: network/ask-for-introduction): a good introduction
goes to both people, is short and friendly, says who each one is with a
compliment tied to their work, says why they should talk, and then hands the
conversation over. The person looking for work replies next.

Written for the connector. The person who asked for the introduction can also
fill it in and send it to their contact as a ready draft, so that nobody has
to write the introduction from scratch.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import LENGTH, TONE, Answers, Choice, Field, Letter, Message, Spec
from ..core.grammar import address, greeting, render_template

ID = "introduction"

GOAL = Field(
    name="goal",
    label="What they are looking for",
    kind="radio",
    required=True,
    choices=(
        Choice("return", "To get back into their field"),
        Choice("next_step", "The next step in their career"),
        Choice("change", "A change of career path"),
    ),
    missing="Choose what they are looking for",
)

SPEC_ITEMS = (
    Field(
        name="your_name",
        person=True,
        label="Your name",
        required=True,
        autocomplete="name",
        max_length=80,
        hint="You are the one making the introduction.",
        missing="Enter your name",
    ),
    Field(
        name="seeker_name",
        person=True,
        label="Name of the person looking for work",
        required=True,
        max_length=80,
        hint="The friend or former colleague who asked you, for example Jordan Rivera.",
        missing="Enter the name of the person looking for work",
    ),
    Field(
        name="seeker_title",
        label="Their job title, now or most recent",
        required=True,
        max_length=80,
        hint="For example: Data Analyst.",
        missing="Enter their job title",
    ),
    Field(
        name="seeker_praise",
        label="What they are very good at",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="A compliment tied to their work. Finish the sentence “They are very good at …”. "
        "For example: explaining numbers to people who are not analysts.",
        missing="Enter what they are very good at",
    ),
    Field(
        name="seeker_link",
        label="How you know them (optional)",
        max_length=160,
        fragment=True,
        hint="Finish the sentence “I know them from …”. For example: Harbor Clinic Network, where we shared an office for three years.",
    ),
    GOAL,
    Field(
        name="field",
        label="The field they want to work in",
        required=True,
        max_length=100,
        fragment=True,
        hint="For example: data analysis, or hospital administration.",
        missing="Enter the field they want to work in",
    ),
    Field(
        name="contact_name",
        person=True,
        label="Name of the person they want to meet",
        required=True,
        max_length=80,
        hint="Usually a recruiter or hiring manager, for example Dana Lee.",
        missing="Enter the name of the person they want to meet",
    ),
    Field(
        name="contact_title",
        label="That person's job title",
        required=True,
        max_length=80,
        hint="For example: Head of Analytics.",
        missing="Enter that person's job title",
    ),
    Field(
        name="organization",
        label="That person's organization",
        required=True,
        autocomplete="organization",
        max_length=120,
        hint="As they write their own name.",
        missing="Enter that person's organization",
    ),
    Field(
        name="contact_praise",
        label="What that person is very good at",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="A compliment tied to their work. Finish the sentence “They are very good at …”. "
        "For example: building teams where new analysts learn fast.",
        missing="Enter what that person is very good at",
    ),
    Field(
        name="contact_link",
        label="How you know that person (optional)",
        max_length=160,
        fragment=True,
        hint="Finish the sentence “I know them from …”. For example: the county health survey, where we worked together.",
    ),
    Field(
        name="reason",
        label="Why they should talk",
        kind="textarea",
        required=True,
        max_length=240,
        fragment=True,
        hint="Finish the sentence “I think you should talk because …”. "
        "For example: Dana's team is growing, and Jordan has done exactly this kind of work.",
        missing="Enter why they should talk",
    ),
    TONE,
    LENGTH,
)

GOAL_LINES = {
    "formal": {
        "return": "{{ seeker }} is looking to return to {{ field }} and is very interested in {{ org }}.",
        "next_step": "{{ seeker }} is ready for the next step in {{ field }} and is very interested in {{ org }}.",
        "change": "{{ seeker }} is changing careers to work in {{ field }} and is very interested in {{ org }}.",
    },
    "warm": {
        "return": "{{ seeker }} is keen to get back into {{ field }}, and {{ org }} is top of the list.",
        "next_step": "{{ seeker }} is ready for a next step in {{ field }}, and {{ org }} is top of the list.",
        "change": "{{ seeker }} is making the move into {{ field }}, and {{ org }} is top of the list.",
    },
}

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
{{ contact }}, meet {{ seeker_full }}, {{ seeker_title|a }}.
{% if seeker_link %}
{{ seeker }} and I go back to {{ seeker_link }}.
{% endif %}
{{ seeker }} is brilliant at {{ seeker_praise }}.
{% if full and not seeker_link %}
I'd happily vouch for {{ seeker }}'s work and reliability.
{% endif %}
{% else %}
{{ contact }}, I would like to introduce you to {{ seeker_full }}, {{ seeker_title|a }}.
{% if seeker_link %}
I know {{ seeker }} from {{ seeker_link }}.
{% endif %}
I have seen first-hand how good {{ seeker }} is at {{ seeker_praise }}.
{% if full and not seeker_link %}
I can vouch for the quality of {{ seeker }}'s work.
{% endif %}
{% endif %}
{{ goal_line }}
{% if full and warm %}
An opening that fits would be wonderful, but even 15 minutes of your advice would mean a lot.
{% elif full %}
An opening that fits would be ideal, but 15 minutes of your advice would also be valuable.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
{{ seeker }}, this is {{ contact_full }}, {{ contact_title }} at {{ org }}.
{% if contact_link %}
{{ contact }} and I go back to {{ contact_link }}.
{% endif %}
{{ contact }} is wonderful at {{ contact_praise }}.
{% else %}
{{ seeker }}, please meet {{ contact_full }}, {{ contact_title }} at {{ org }}.
{% if contact_link %}
I know {{ contact }} from {{ contact_link }}.
{% endif %}
{{ contact }} is especially good at {{ contact_praise }}.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I really think you two should talk, because {{ reason }}.
{% if full %}
{{ contact }}, thanks so much for any time you can give.
{{ seeker }}, could you suggest a time?
There's no pressure either way: a short call or a few emails back and forth would be plenty.
{% endif %}
Over to you both.
{% else %}
I think you should talk because {{ reason }}.
{% if full %}
{{ contact }}, thank you for any time you can spare.
{{ seeker }}, perhaps you could suggest a time that suits you both.
There is no obligation: a short call or an exchange of emails would be plenty.
{% endif %}
I will leave the rest to the two of you.
{% endif %}
{% endfilter %}
{{ 'All the best' if warm else 'Best regards' }},
{{ me }}
"""

SUBJECT = "{{ contact ~ ', meet ' ~ seeker_full if warm else 'Introduction: ' ~ contact_full ~ ' and ' ~ seeker_full }}"


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    # A draft without the goal yet reads as a next step; it cannot be sent.
    goal = answers["goal"] if answers.has("goal") else "next_step"
    names = dict(
        seeker_full=answers["seeker_name"],
        contact_full=answers["contact_name"],
        # Named the way a friend would: first name, or title and surname.
        seeker=address(answers["seeker_name"], True),
        contact=address(answers["contact_name"], True),
    )
    org = answers["organization"]
    body = render_template(
        BODY,
        warm=warm,
        greet=greeting([answers["contact_name"], answers["seeker_name"]], warm, known=True),
        full=answers["length"] == "full",
        seeker_title=answers["seeker_title"],
        seeker_praise=answers["seeker_praise"],
        seeker_link=answers["seeker_link"],
        contact_title=answers["contact_title"],
        contact_praise=answers["contact_praise"],
        contact_link=answers["contact_link"],
        org=org,
        reason=answers["reason"],
        goal_line=render_template(
            GOAL_LINES[tone][goal], seeker=names["seeker"], field=answers["field"], org=org,
        ).strip(),
        me=answers["your_name"],
        **names,
    )
    return [
        Letter(
            subject=render_template(SUBJECT, warm=warm, **names).strip(),
            body=body,
            heading=f"To {answers['contact_name']} and {answers['seeker_name']}",
        )
    ]


def _same(a, b) -> bool:
    return bool(a) and bool(b) and str(a).casefold() == str(b).casefold()


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    seeker, contact, me = answers["seeker_name"], answers["contact_name"], answers["your_name"]
    if answers.has("seeker_name") and answers.has("contact_name") and _same(seeker, contact):
        answers.error("contact_name", "Enter a different name: the two people you introduce must be different")
    if answers.has("your_name") and (_same(me, seeker) or _same(me, contact)):
        answers.error("your_name", "Enter your own name here, not the name of someone you are introducing")
    if not answers["seeker_link"] and answers.has("seeker_name"):
        notes.append(Message(
            f"Say how you know {seeker}, if you can. It tells the other person why your word counts.",
            "seeker_link",
        ))
    if not answers["contact_link"] and answers.has("contact_name"):
        notes.append(Message(
            f"Say how you know {contact}, if you can, so the introduction reads the same both ways.",
            "contact_link",
        ))
    notes.append(Message(
        "Send it to both people at once, with both addresses in the To line, so each can reply to the other.",
    ))
    reply_from = seeker if answers.has("seeker_name") else "The person looking for work"
    notes.append(Message(
        f"Once it is sent, your part is done. {reply_from} should reply within a day "
        "and move you to Bcc, so the rest of the thread stays out of your inbox.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="The introduction, for the connector to send",
    stage="network",
    situation="A friend asked you to introduce them to someone you know",
    summary="Introduce two people by email: who each one is, what they do well, and why they should talk. "
    "Written for the person making the introduction.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Maria Chen",
        "seeker_name": "Jordan Rivera",
        "seeker_title": "Data Analyst",
        "seeker_praise": "explaining numbers to people who are not analysts",
        "seeker_link": "Harbor Clinic Network, where we shared an office for three years",
        "goal": "return",
        "field": "data analysis",
        "contact_name": "Dana Lee",
        "contact_title": "Head of Analytics",
        "organization": "Northwind Health",
        "contact_praise": "building teams where new analysts learn fast",
        "contact_link": "the county health survey, where we worked together",
        "reason": "Dana's team is growing, and Jordan has done exactly this kind of work",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 4),
)
