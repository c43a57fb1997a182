"""Asking for time to decide on a job offer: one short email.

Advice it follows (guide: offer/you-got-an-offer): thank them and sound
glad and keen on the job; ask for the offer in writing if it has not come;
give the date you will answer by and a short, honest reason; you do not have
to name another employer; ask soon, and ask once. Many employers expect an
answer within a few days, a week is common, some give two weeks, and a few
want it in a day or two.

A date that has already passed, or that comes before the offer, holds the
letter: it would ask for time that has run out, or that makes no sense.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import (
    Answers,
    Field,
    LENGTH,
    Letter,
    Message,
    OFFER_MAKER,
    ROLE_OFFERED,
    Spec,
    TONE,
    YOUR_NAME,
    offer_in_writing_field,
    organization_field,
    own_words_note,
    reason_fields,
)
from ..core.grammar import end_sentence, greeting, long_date, render_template
from ..core import timing
from ..core.timing import in_words

ID = "offer-time-to-decide"

# How long employers usually give (a week is common, two weeks the most some
# give): the planner's numbers, so the letter and the plan agree.
USUAL_DECISION_DAYS = timing.USUAL_ANSWER_DAYS
LONGEST_USUAL_DECISION_DAYS = timing.LONGEST_USUAL_ANSWER_DAYS

# value: (label on the form, formal sentence, warm sentence). The "read"
# sentences have a second form for an offer that is not yet in writing.
REASONS = {
    "read": (
        "To read the written offer carefully",
        "I would like to read the written offer carefully, so that I understand every term before I decide.",
        "I'd like to read the written offer properly, so I'm clear on every term before I decide.",
    ),
    "family": (
        "To talk it over with my family",
        "I would like to talk it over with my family, as the decision affects them as well as me.",
        "I'd like to talk it over with my family, since the decision affects them as well as me.",
    ),
    "other_process": (
        "I am finishing another hiring process",
        "I am also near the end of another hiring process, and I would like to complete it so that the answer I give you is a settled one.",
        "I'm also near the end of another hiring process, and I'd like to finish it so the answer I give you is a settled one.",
    ),
}
READ_BEFORE_IT_COMES = (
    "Once the written offer arrives, I would like to read it carefully, so that I understand every term before I decide.",
    "Once the written offer arrives, I'd like to read it properly, so I'm clear on every term before I decide.",
)

SPEC_ITEMS = (
    YOUR_NAME,
    OFFER_MAKER,
    organization_field("Enter the organization that made the offer"),
    ROLE_OFFERED,
    Field(
        name="offer_date",
        label="The date they made the offer",
        kind="date",
        required=True,
        hint="The day of their call, email or letter.",
        missing="Enter the date they made the offer",
    ),
    Field(
        name="answer_by",
        label="The date you will give your answer by",
        kind="date",
        required=True,
        hint="A date you can keep. A week after the offer is common; two weeks is about the most employers give.",
        missing="Enter the date you will give your answer by",
    ),
    offer_in_writing_field(required=True),
    *reason_fields(
        REASONS,
        label="Why you need the time (optional)",
        hint="A short, honest reason makes a yes easier. You do not have to name another employer.",
        own_hint="One short sentence. It replaces the choice above. For example: I would like to visit the area before I commit to the move.",
    ),
    TONE,
    LENGTH,
)

SUBJECT = (
    "{{ 'Thank you for the ' ~ role ~ ' offer, and a little time to decide' if warm"
    " else role ~ ' offer: a request for time to decide' }}"
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thank you so much for offering me the {{ role }} role at {{ org }} {{ when }}.
I'm really pleased to have been chosen and excited about the role, so I want to think it over properly.
{% else %}
Thank you for offering me the {{ role }} position at {{ org }} {{ when }}.
I am very glad to have been chosen and very interested in the role, so I want to give the offer the careful thought it deserves.
{% endif %}
{% if full and warm %}
Meeting the team during the process made this especially lovely news.
{% elif full %}
What I learned about your team during the process made the news especially welcome.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Before I give you my answer, I'm hoping for a little time to think it through.
{% else %}
Before I give you my answer, I would be grateful for a little time to consider it.
{% endif %}
{% if reason %}
{{ reason }}
{% endif %}
{% if warm %}
Could I let you know by {{ answer_by|long_date }}?
{% else %}
Would it be possible for me to let you know my decision by {{ answer_by|long_date }}?
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if need and warm %}
In the meantime, could you send me the offer in writing? It would help to have the details, like the pay, the start date and any conditions, all in one place.
{% elif need %}
In the meantime, could you send me the offer in writing? I would like to see the full terms, including the pay, the start date and any conditions.
{% elif warm %}
Thanks for sending the offer in writing. I'm going through it now.
{% else %}
Thank you for sending the written offer. I am reading it through now.
{% endif %}
{% if full and warm %}
If any questions come up as I read it, I'll send them over well before then, so there are no surprises on the day.
{% elif full %}
If any questions come up as I read it, I will send them to you well before that date, so that nothing is left until the last day.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full and warm %}
If that date is tricky for you, just let me know and we can find one that works.
{% elif full %}
If that date does not suit your plans, please let me know, and we can agree on another.
{% endif %}
{% if full and warm %}
Thanks again for the offer, and for giving me a little time with it.
{% elif full %}
Thank you again for the offer, and for your patience while I decide.
{% elif warm %}
Thanks again for the offer. I really appreciate the time.
{% else %}
Thank you again for the offer, and for your understanding.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""


def reason_sentence(answers: Answers, warm: bool) -> str:
    """One short, honest sentence, or nothing when the reader gives none."""
    if answers["own_reason"]:
        return end_sentence(answers["own_reason"])
    chosen = answers["reason"]
    if chosen == "read" and answers["in_writing"] == "no":
        return READ_BEFORE_IT_COMES[1 if warm else 0]
    if chosen in REASONS:
        return REASONS[chosen][2 if warm else 1]
    return ""


def when_offered(offered, today: date) -> str:
    """"today", "yesterday" or "on March 3, 2026": the day they made the offer."""
    if isinstance(offered, date) and offered == today:
        return "today"
    if isinstance(offered, date) and (today - offered).days == 1:
        return "yesterday"
    return f"on {long_date(offered)}"


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        when=when_offered(answers["offer_date"], today),
        answer_by=answers["answer_by"],
        need=answers["in_writing"] == "no",
        reason=reason_sentence(answers, warm),
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


def _dates(answers: Answers) -> tuple[date | None, date | None]:
    offered, answer_by = answers["offer_date"], answers["answer_by"]
    return (offered if isinstance(offered, date) else None, answer_by if isinstance(answer_by, date) else None)


def check(answers: Answers, today: date) -> list[Message]:
    """What holds the letter: an answer date already gone, or one before the offer."""
    offered, answer_by = _dates(answers)
    if answer_by is None:
        return []
    if answer_by < today:
        return [Message(
            f"{long_date(answer_by)} has already passed. Choose a date still ahead that you can keep: "
            "asking for time that has run out leaves them unsure whether you want the job.",
            "answer_by", "hold",
        )]
    if offered and answer_by < offered:
        return [Message(
            "The date you will answer by comes before the day they made the offer. Check both dates.",
            "answer_by", "hold",
        )]
    return []


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    offered, answer_by = _dates(answers)
    if offered and offered > today:
        answers.error("offer_date", "The date they made the offer cannot be in the future. Enter the day they made it")
        offered = None

    if offered and answer_by and answer_by >= today and answer_by >= offered:
        days = (answer_by - offered).days
        asked = in_words(days)
        if answer_by == today:
            notes.append(Message(
                "That date is today, so this asks for no extra time. Choose a later date, or give your answer today.",
                "answer_by", "warning",
            ))
        elif days > LONGEST_USUAL_DECISION_DAYS:
            notes.append(Message(
                f"That is {asked} after the offer. Many employers expect an answer within a week, and two weeks "
                "is about the most they give, usually for a graduate job or one that means a move. "
                "Ask for less if you can, give a clear reason, and be ready for them to say no.",
                "answer_by", "warning",
            ))
        elif days > USUAL_DECISION_DAYS:
            notes.append(Message(
                f"That is {asked} after the offer: more than the week many employers give, but within the two "
                "weeks some do. A short reason makes it easier for them to agree.",
                "answer_by",
            ))
        else:
            notes.append(Message(
                f"That is {asked} after the offer. A week or less is a usual request, and a clear one like this "
                "is usually granted.",
                "answer_by",
            ))

    if not answers["reason"] and not answers["own_reason"]:
        notes.append(Message(
            "Add a short reason if you can, such as reading the written offer or talking it over with your family. "
            "A reason makes the request easier to grant.",
            "reason",
        ))
    notes.extend(own_words_note(answers))
    if answers["own_reason"] and len(answers["own_reason"]) > 150:
        notes.append(Message(
            "Keep your reason to one short sentence. They need to know why, not every detail.",
            "own_reason", "warning",
        ))
    if answers["reason"] == "other_process" and not answers["own_reason"]:
        notes.append(Message(
            "You do not have to name the other employer. If the job there is the one you would choose, call your "
            "contact there, say you have an offer with a deadline, and ask whether they can decide sooner.",
            "reason",
        ))

    if answers["in_writing"] == "no":
        notes.append(Message(
            "A phone offer is easy to mishear. When the letter comes, check the title, pay, start date, hours, "
            "place, benefits and any conditions against what you were told.",
            "in_writing",
        ))
    elif answers["in_writing"] == "yes":
        notes.append(Message(
            "Read it slowly, and check the title, pay, start date, hours, place, benefits and any conditions. "
            "Send your questions in the next day or two.",
            "in_writing",
        ))

    notes.append(Message(
        "Send this soon, not on the day they expect your answer. Ask once: asking again and again makes them "
        "wonder whether you want the job.",
    ))
    notes.append(Message(
        "Put your date in your calendar and answer by it, whatever you decide. To say yes, the letter writer "
        "“Accepting a job offer” drafts your reply.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Asking for time to decide on an offer",
    stage="offer",
    situation="You have an offer and need a few days to decide",
    summary="A short email that thanks them, says you are glad, and names the date you will give your answer by.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Ms. Patricia Gould",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "offer_date": "2026-06-02",
        "answer_by": "2026-06-09",
        "in_writing": "no",
        "reason": "family",
        "own_reason": "",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 6, 3),
)
