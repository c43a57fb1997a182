"""Checking in after the date they gave: a polite email that restates your
interest and asks where things stand, plus a phone script when they asked you
to call.

Advice it follows (guides: interviewing/waiting-past-the-date and
applying/follow-up): wait two or three working days past the date they gave
(timelines slip; silence on the day is not a no); check in once, then once
more about a week later; after two check-ins with no answer, treat the job
as closed. Never mention that they missed their own date. If they asked you
to call and do not take or return the call, they have most likely decided.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import PHONE_EXAMPLE, check_phone
from ..core import timing
from ..core.spec import Answers, Choice, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME, organization_field
from ..core.grammar import address, greeting, long_date, quantity, render_template

ID = "check-in-after-date"

PROMISE = Field(
    name="promise",
    label="What they told you",
    kind="radio",
    required=True,
    choices=(
        Choice("decide", "They would be in touch by a date"),
        Choice("call", "I should call them by a date"),
    ),
    missing="Choose what they told you",
)

SPEC_ITEMS = (
    YOUR_NAME,
    organization_field("Enter the organization you interviewed with"),
    Field(
        name="role",
        label="Job title you interviewed for",
        required=True,
        max_length=120,
        hint="As it appears in the job posting, for example Data Analyst.",
        missing="Enter the job title you interviewed for",
    ),
    Field(
        name="interview_date",
        label="Interview date",
        kind="date",
        required=True,
        missing="Enter the date of the interview",
    ),
    Field(
        name="contact_name",
        person=True,
        label="Name of the person who gave you the date",
        required=True,
        max_length=80,
        hint="Usually the interviewer or the recruiter, for example Dana Lee or Dr. Amira Haddad.",
        missing="Enter the name of the person who gave you the date",
    ),
    PROMISE,
    Field(
        name="their_date",
        label="The date they gave",
        kind="date",
        required=True,
        hint="If they said “in two weeks”, count two weeks from the interview.",
        missing="Enter the date they gave you",
    ),
    Field(
        name="last_check_in",
        label="When you last checked in (optional)",
        kind="date",
        hint="Leave it empty if this is your first check-in.",
    ),
    Field(
        name="still_keen",
        label="What still draws you to the job (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish “I am still keen on the role, especially …”. For example: the chance to build the new patient dashboard.",
    ),
    Field(
        name="update",
        label="Anything new since the interview (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="A result or a qualification that helps your case. Finish “Since we spoke, …”. "
             "For example: I finished my Tableau certification.",
    ),
    Field(
        name="phone",
        label="Your phone number (optional)",
        autocomplete="tel",
        max_length=40,
        hint=f"Given at the end of the email, and in the voicemail if they asked you to call. For example {PHONE_EXAMPLE}.",
    ),
    TONE,
    LENGTH,
)

EMAIL = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if second and warm %}
We talked on {{ interview|long_date }} about the {{ role }} role at {{ org }}, and I'm following up on my message of {{ last|month_day }}.
{% elif second %}
I interviewed for the {{ role }} position at {{ org }} on {{ interview|long_date }}, and I am following up on my message of {{ last|month_day }}.
{% elif warm %}
Thanks again for talking with me on {{ interview|long_date }}, about the {{ role }} role at {{ org }}.
{% else %}
Thank you again for meeting with me on {{ interview|long_date }}, about the {{ role }} position at {{ org }}.
{% endif %}
{% if keen and warm %}
I'm still really keen on the job, especially {{ keen }}.
{% elif keen %}
I remain very interested in the role, especially {{ keen }}.
{% elif warm %}
I'm still really keen on the job.
{% else %}
I remain very interested in the role.
{% endif %}
{% if full and warm %}
Our conversation has stayed with me, and I'd love to be part of what the team is building.
I'd bring real energy and care to the role from day one, and I'd be quick to learn the ropes.
{% elif full %}
Our conversation left me keen to contribute to the work your team described.
I would bring steady, careful work to the role from my first week, along with a real wish to learn.
{% endif %}
{% if update and warm %}
One bit of news: since we spoke, {{ update }}.
{% elif update %}
Since we spoke, {{ update }}.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if call and not second and warm %}
You asked me to get in touch around {{ their|long_date }}, so I wanted to check where things stand.
{% elif call and not second %}
You asked me to contact you around {{ their|long_date }}, so I am writing to ask where things stand.
{% elif warm %}
Is there any news on your timeline for the next step, or anything you can share about where things are?
{% else %}
I would be grateful to know where things stand, and whether there is any news on your timeline.
{% endif %}
{% if full and warm %}
I know hiring often takes longer than anyone plans, and I'm happy to wait for the right moment.
{% elif full %}
I understand that decisions like this often take longer than planned, and I do not wish to rush you.
{% elif warm %}
I know there's a lot to weigh, and I appreciate the time it all takes.
{% else %}
I know you have a lot to weigh, and I appreciate the time this takes.
{% endif %}
{% if warm %}
If anything else from me would help, just say the word.
{% else %}
If there is anything else you need from me, I would be glad to send it.
{% endif %}
{% if full and warm %}
Samples of my work or references are ready whenever you want them.
A quick call works just as well for me, whenever suits your schedule.
{% elif full %}
I can send references or examples of my work at any time.
If it would help to speak again, I am glad to fit around your calendar.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thanks for your time{{ ", and I hope to hear from you soon" if full else "" }}.
{% else %}
Thank you for your time{{ " and for considering my application" if full else "" }}.
{% endif %}
{% if not full %}
{{ "Looking forward to hearing how things go." if warm else "I look forward to hearing from you." }}
{% endif %}
{% if phone %}
{{ "My number is " ~ phone ~ ", if a call is easier." if warm else "You can reach me at " ~ phone ~ "." }}
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = (
    "{% if warm %}Checking in about the {{ role }} role"
    "{% else %}Checking in: {{ role }} interview on {{ interview|month_day }}{% endif %}"
)

CALL_PARTS = (
    ("Ask for them:", """\
{% if warm %}
Hi, this is {{ me }}. Could I speak with {{ contact }}, please?
{% else %}
Hello, my name is {{ me }}. May I speak with {{ contact }}, please?
{% endif %}
"""),
    ("When you reach them:", """\
{% if warm %}
Hi {{ contact_warm }}, it's {{ me }}. We talked on {{ interview|month_day }} about the {{ role }} role, and {{ "I'm following up on my message of " ~ last|month_day if second else "you asked me to call around now" }}.
I'm still really keen on it{{ ", especially " ~ keen if keen else "" }}. Could you tell me where things stand?
{% else %}
Thank you for taking my call. This is {{ me }}. I interviewed with you on {{ interview|month_day }} for the {{ role }} position, and {{ "I am following up on my message of " ~ last|month_day if second else "you asked me to call around this time" }}.
I remain very interested in the role{{ ", especially " ~ keen if keen else "" }}. Could you tell me where things stand?
{% endif %}
"""),
    ("If you have news to share:", """\
{% if update %}
{{ "One bit of news: since we spoke, " if warm else "Since we spoke, " }}{{ update }}.
{% endif %}
"""),
    ("If they need more time:", """\
{% if warm %}
That's fine, thanks for letting me know. When would be a good time to check in again?
{% else %}
I understand, thank you. When would be a good time for me to check in again?
{% endif %}
"""),
    ("If they have chosen someone else:", """\
{% if full and warm %}
Thanks for telling me. I enjoyed meeting the team, and I'd be glad to hear about other roles in the future.
{% elif full %}
Thank you for letting me know. I appreciated the chance to meet the team, and I would welcome hearing about other roles in the future.
{% endif %}
"""),
    ("If you reach voicemail:", """\
{% if warm %}
Hi {{ contact_warm }}, it's {{ me }}, calling about the {{ role }} role, as you suggested. I'm still very interested and would love to hear where things stand.
{% else %}
Hello, this is {{ me }}, calling about the {{ role }} position, as you asked me to. I remain very interested, and I would be glad to hear where things stand.
{% endif %}
{% if phone %}
{{ "You can call me back at " if warm else "Please call me back at " }}{{ phone }}. {{ "Once more, that's " if warm else "That number again is " }}{{ phone }}.
{% endif %}
{{ "I'll send you a quick email today as well. Thanks, bye." if warm else "I will also send you a short email today. Thank you, and goodbye." }}
"""),
)


def script(parts, **context) -> str:
    blocks = []
    for cue, source in parts:
        words = " ".join(render_template(source, **context).split())
        if words:
            blocks.append(f"{cue}\n{words}")
    return "\n\n".join(blocks) + "\n"


def is_second(answers: Answers) -> bool:
    return isinstance(answers["last_check_in"], date)


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    contact = answers["contact_name"]
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        interview=answers["interview_date"],
        their=answers["their_date"],
        last=answers["last_check_in"],
        second=is_second(answers),
        call=answers["promise"] == "call",
        keen=answers["still_keen"],
        update=answers["update"],
        phone=answers["phone"],
        contact=contact,
        contact_warm=address(contact, True),
    )
    letters = [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(EMAIL, greet=greeting(contact, warm), **context),
        heading=f"Email to {contact}" if context["call"] else f"To {contact}",
    )]
    if context["call"]:
        letters.append(Letter(subject="", body=script(CALL_PARTS, **context), heading="Phone call", layout="script"))
    return letters


TIMELINES_SLIP = "Hiring often takes longer than planned, so silence on their date is not a no."


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    check_phone(answers, "phone")
    interview, their, last = answers["interview_date"], answers["their_date"], answers["last_check_in"]
    call = answers["promise"] == "call"

    if isinstance(interview, date):
        if interview > today:
            notes.append(Message(
                "This date is in the future. Check it: a check-in comes after the interview.",
                "interview_date", "warning",
            ))
        if isinstance(their, date) and their <= interview:
            answers.error("their_date", "The date they gave must be after the interview date")
        if isinstance(last, date) and last <= interview:
            answers.error("last_check_in", "Your last check-in must be after the interview date")

    if isinstance(last, date):
        if last > today:
            notes.append(Message(
                "This date is in the future. Enter the day you last checked in, or leave it empty.",
                "last_check_in", "warning",
            ))
        elif timing.second_check_in(last).status(today) == timing.EARLY:
            notes.append(Message(
                f"Not yet: wait about a week after your last check-in. Send this on or after "
                f"{long_date(timing.second_check_in(last).opens)}.",
                "last_check_in", "warning",
            ))
        notes.append(Message(
            "This is your second check-in. If it goes unanswered too, treat the job as closed in your mind and "
            "put your energy into other openings. A kind closing note can still help: see the guide on the "
            "“thank you for rejecting me” letter on paper.",
        ))
        if call:
            notes.append(Message(
                "They asked you to call. If they have not taken or returned your calls, they have most likely "
                "decided. It is not a judgment of you.",
            ))
    elif isinstance(their, date):
        if call:
            if today < their:
                notes.append(Message(
                    f"Not yet: they asked you to get in touch around {long_date(their)}. Call on that day, not "
                    f"before, and put it in your calendar now. {TIMELINES_SLIP}",
                    "their_date", "warning",
                ))
            else:
                notes.append(Message("Good timing: they asked you to get in touch around now.", "their_date"))
        else:
            # Too early warns and does not hold: the reader may get it ready
            # now and send it on the day named.
            send_on = timing.check_in(their).opens
            if today <= their:
                notes.append(Message(
                    f"Not yet: the date they gave, {long_date(their)}, has not passed. {TIMELINES_SLIP} "
                    f"If you have not heard by {long_date(send_on)}, two working days after it, send this then.",
                    "their_date", "warning",
                ))
            elif timing.check_in(their).status(today) == timing.EARLY:
                notes.append(Message(
                    f"Their date passed only {quantity((today - their).days, 'day')} ago. {TIMELINES_SLIP} "
                    f"Give them two or three working days: send this on {long_date(send_on)}.",
                    "their_date", "warning",
                ))
            else:
                notes.append(Message(
                    "Good timing: a few working days past the date they gave. If there is no reply, one more "
                    "check-in about a week later is fine.",
                    "their_date",
                ))

    if not answers["still_keen"] and not answers["update"]:
        notes.append(Message(
            "Add what keeps you keen on the job, or one piece of news since the interview. Without one of "
            "them, the check-in could be about any job.",
            "still_keen",
        ))
    if call:
        notes.append(Message(
            "They asked you to call, so call first. If you reach voicemail, leave the short message in the "
            "script and send the email the same day.",
        ))
    if isinstance(their, date) and their < today:
        notes.append(Message(
            "Keep it light: there is no need to point out that their date has passed. Keep your search "
            "going while you wait, since silence is often a quiet no, but not always.",
        ))
    else:
        notes.append(Message("Keep applying for other jobs while you wait for this one."))
    return notes


SPEC = Spec(
    id=ID,
    title="Checking in after the date they gave",
    stage="interviewing",
    situation="The date they gave you has come and gone",
    summary="A short, polite check-in that restates your interest and asks where things stand, "
            "with advice on when to send it.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "interview_date": "2026-03-12",
        "contact_name": "Dana Lee",
        "promise": "decide",
        "their_date": "2026-03-27",
        "still_keen": "the chance to help your team move its weekly reports to a shared dashboard",
        "update": "I finished my Tableau certification, which covers the dashboard tools your team uses",
        "phone": "555-201-7788",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 4, 1),
)
