"""Asking your supervisor about a stretch project or a development opportunity.

Advice it follows (guides: at-work/other-duties and at-work/time-to-move-on):
name the project, skill or event, and show how it would make you better at
the job you already do; keep your main work first. In a new job, wait six months
at the very least, and ideally a year, before asking for stretch projects;
but take any stretch project your supervisor offers, even in your first
months. When a supervisor offers one, ask for the goals and the timeline.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import Answers, Choice, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME
from ..core.grammar import greeting, render_template

ID = "stretch-project-request"

TENURE = Field(
    name="tenure",
    label="How long you have been in this role",
    kind="radio",
    required=True,
    choices=(
        Choice("under_6", "Less than six months"),
        Choice("6_to_12", "Six months to a year"),
        Choice("over_12", "More than a year"),
    ),
    hint="The advice on when to ask depends on it. It is not mentioned in the letter.",
    missing="Choose how long you have been in this role",
)

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="supervisor_name",
        person=True,
        label="Your supervisor's name",
        required=True,
        max_length=80,
        hint="For example: Sam Ortiz.",
        missing="Enter your supervisor's name",
    ),
    TENURE,
    Field(
        name="origin",
        label="Whose idea it is",
        kind="radio",
        choices=(
            Choice("ask", "I want to ask for it"),
            Choice("offered", "My supervisor offered it"),
        ),
        default="ask",
    ),
    Field(
        name="kind",
        label="What it is",
        kind="radio",
        choices=(
            Choice("project", "A stretch project"),
            Choice("skill", "A new skill or a course"),
            Choice("event", "A conference or other event"),
        ),
        default="project",
    ),
    Field(
        name="what",
        label="The project, skill or event",
        required=True,
        max_length=120,
        fragment=True,
        hint="In a few words, for example: the move of our weekly reports to the new dashboard, "
        "SQL through the county college's evening course, or the Midwest Data Summit in May.",
        missing="Enter the project, skill or event",
    ),
    Field(
        name="helps",
        label="How it would help you in your current job",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="Finish the sentence “It would help me …”. For example: cut the time I spend building monthly reports by hand.",
        missing="Enter how it would help you in your current job",
    ),
    Field(
        name="ready",
        label="Something you have done that prepares you (optional)",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I have already …”. For example: rebuilt two of the team's reports in the new tool.",
    ),
    Field(
        name="cost",
        label="What it would take (optional)",
        max_length=160,
        fragment=True,
        hint="Time away, a fee, or hours a week. Finish the sentence “It would take …”. "
        "For example: about four hours a week until June.",
    ),
    Field(
        name="cover",
        label="How you would keep your main work on track (optional)",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “To keep my main work on track, I would …”. "
        "For example: move the Friday report to Thursday mornings.",
    ),
    TONE,
    LENGTH,
)

# The opening line: asking, or saying yes to an offer, for each kind.
OPENINGS = {
    ("ask", "formal"): {
        "project": "I would like to ask about taking on a stretch project: {{ what }}.",
        "skill": "I would like to ask about learning a new skill: {{ what }}.",
        "event": "I would like to ask about attending {{ what }}.",
    },
    ("ask", "warm"): {
        "project": "I have an idea for a stretch project I'd love to take on: {{ what }}.",
        "skill": "There's a skill I'd really like to pick up: {{ what }}.",
        "event": "I'd love to go to {{ what }}, and wanted to run it by you.",
    },
    ("offered", "formal"): {
        "project": "Thank you for offering me the chance to work on {{ what }}. I would be glad to take it on.",
        "skill": "Thank you for suggesting that I learn {{ what }}. I would be glad to do it.",
        "event": "Thank you for suggesting that I attend {{ what }}. I would be glad to go.",
    },
    ("offered", "warm"): {
        "project": "Thanks so much for thinking of me for {{ what }}. I'd love to take it on.",
        "skill": "Thanks for suggesting I learn {{ what }}. I'm keen to get started.",
        "event": "Thanks for suggesting I go to {{ what }}. I'd be delighted to.",
    },
}

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{{ opening }}
{% if ready and warm %}
I've already {{ ready }}, so I wouldn't be starting from scratch.
{% elif ready %}
I have already {{ ready }}, so I would not be starting from scratch.
{% elif warm %}
I'd learn what I need as I go, and ask for help early if I get stuck.
{% else %}
I would learn what I need as I go, and I would ask for help early where I need it.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
The best part is that it would make my day-to-day work better: it would help me {{ helps }}.
{% if full %}
I'd bring what I learn straight back to the team.
{% endif %}
{% if cost %}
It would need {{ cost }}.
{% endif %}
{% if cover %}
To keep my main work on track, I'd {{ cover }}.
{% else %}
I'd plan it carefully, so my main work stays on track.
{% endif %}
{% if full %}
I'd keep you posted on how it's going each week, so there are no surprises.
{% endif %}
{% else %}
The project would make me better at my current job, because it would help me {{ helps }}.
{% if full %}
I would share what I learn with the rest of the team.
{% endif %}
{% if cost %}
It would take {{ cost }}.
{% endif %}
{% if cover %}
To keep my main work on track, I would {{ cover }}.
{% else %}
I would plan it so that my main work stays on track.
{% endif %}
{% if full %}
I would keep you updated on progress each week, so that there are no surprises.
{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if offered and warm %}
{{ offered_next }}
{% if full %}
Once I know what success looks like, I'm happy to work out the how myself.
{% endif %}
{% elif offered %}
{{ offered_next }}
{% if full %}
Once I know what success looks like, I will work out the approach and keep you updated.
{% endif %}
{% elif warm %}
Could we chat about it at our next one-on-one? I'd really value your take on whether the timing works.
{% if full %}
If now isn't the moment, I'd love to hear what would make it possible later, and I'm open to other ideas you have in mind.
{% endif %}
{% else %}
Could we talk about it at our next one-on-one? I would welcome your view on whether the timing is right.
{% if full %}
If now is not the right moment, I would be glad to hear what would make it possible later. I am also open to a different opportunity if you have one in mind.
{% endif %}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if offered %}
{{ 'Thanks again for the trust.' if warm else 'Thank you again for the trust this shows.' }}
{% else %}
{{ 'Thanks for thinking it over.' if warm else 'Thank you for considering it.' }}
{% endif %}
{% endfilter %}
{{ 'Best' if warm else 'Kind regards' }},
{{ me }}
"""

# Saying yes to an offer: ask for what a good supervisor gives, the goals
# and the timeline, in terms that fit a project, a skill or an event.
OFFERED_NEXT = {
    "formal": {
        "project": "Could we go over the goals and the timeline at our next one-on-one, so that I can plan my main work around it?",
        "skill": "Could we agree at our next one-on-one on what you would like me to be able to do, and by when, so that I can plan my main work around it?",
        "event": "Could we talk at our next one-on-one about what you would most like me to bring back, and how my main work will be covered while I am away?",
    },
    "warm": {
        "project": "Could we go over the goals and the timeline at our next one-on-one, so I can plan my main work around it?",
        "skill": "Could we talk at our next one-on-one about what you'd like me to be able to do, and by when, so I can plan my main work around it?",
        "event": "Could we chat at our next one-on-one about what you'd most like me to bring back, and how to cover my main work while I'm away?",
    },
}

SUBJECTS = {
    ("ask", "formal"): {
        "project": "Stretch project request: {{ what }}",
        "skill": "Development request: {{ what }}",
        "event": "Request to attend {{ what }}",
    },
    ("ask", "warm"): {
        "project": "An idea for a stretch project: {{ what }}",
        "skill": "A skill I'd like to learn: {{ what }}",
        "event": "Could I go to {{ what }}?",
    },
    ("offered", "formal"): {
        "project": "Yes to {{ what }}",
        "skill": "Yes to {{ what }}",
        "event": "Yes to {{ what }}",
    },
    ("offered", "warm"): {
        "project": "Count me in: {{ what }}",
        "skill": "Count me in: {{ what }}",
        "event": "Count me in: {{ what }}",
    },
}


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    origin = answers["origin"] or "ask"
    kind = answers["kind"] or "project"
    what = answers["what"]
    body = render_template(
        BODY,
        warm=warm,
        full=answers["length"] == "full",
        offered=origin == "offered",
        greet=greeting(answers["supervisor_name"], warm, known=True),
        opening=render_template(OPENINGS[origin, tone][kind], what=what).strip(),
        offered_next=OFFERED_NEXT[tone][kind],
        ready=answers["ready"],
        helps=answers["helps"],
        cost=answers["cost"],
        cover=answers["cover"],
        me=answers["your_name"],
    )
    return [
        Letter(
            subject=render_template(SUBJECTS[origin, tone][kind], what=what).strip(),
            body=body,
            heading=f"To {answers['supervisor_name']}",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    offered = answers["origin"] == "offered"
    tenure = answers["tenure"]
    if offered:
        offer = "a stretch project" if answers["kind"] == "project" else "a chance to learn"
        notes.append(Message(
            f"Take it. Even in your first months, say yes when your supervisor offers {offer}: "
            "it is a sign of trust.",
            "origin",
        ))
    elif tenure == "under_6":
        # A warning, not a hold: waiting six months is the guide's advice, not
        # a rule, and the reader knows their supervisor best.
        notes.append(Message(
            "You are less than six months into this role. The advice is to wait at least six months, "
            "and ideally a year, before asking for stretch projects or new things to try. Use the time to learn how things work. "
            "If your supervisor offers you a stretch project before then, take it.",
            "tenure", "warning",
        ))
    elif tenure == "6_to_12":
        notes.append(Message(
            "You are past the six-month mark, so asking is reasonable. If it can wait, a full year in the role is better still.",
            "tenure",
        ))
    elif tenure == "over_12":
        notes.append(Message(
            "A year or more in the role is a good time to ask.",
            "tenure",
        ))
    if answers["kind"] in ("skill", "event") and not answers["cost"]:
        notes.append(Message(
            "Say what it would take: time away, a fee, or hours a week. Your supervisor will want to know.",
            "cost",
        ))
    if not answers["cover"]:
        notes.append(Message(
            "Say how your main work stays on track. New work should not crowd out the job you were hired to do.",
            "cover",
        ))
    notes.append(Message(
        "Ask in person too, at your next one-on-one. The email gives your supervisor time to think first.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Asking your supervisor about a stretch project",
    stage="at-work",
    situation="You want to grow in your current job",
    summary="Ask your supervisor for a stretch project, a new skill or an event, and show how it would "
    "make you better at the job you already do. Or say yes to one you were offered.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "supervisor_name": "Sam Ortiz",
        "tenure": "over_12",
        "origin": "ask",
        "kind": "project",
        "what": "the move of our weekly reports to the new dashboard",
        "helps": "cut the time I spend building monthly reports by hand",
        "ready": "rebuilt two of the team's reports in the new tool",
        "cost": "about four hours a week until June",
        "cover": "move the Friday report to Thursday mornings",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 9),
)
