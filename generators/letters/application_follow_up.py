"""Following up on an application: one form, three outputs (an email, a phone
call script and a voicemail script).

Advice it follows (guide: applying/follow-up): follow up once, a few days to
a week after the closing date, or one to two weeks after applying when there
is none; ask when they expect to contact the shortlist or hold interviews,
never only whether the résumé arrived; say what you will do next; have the
posting and your résumé to hand when you call. If the posting said "no phone
calls", do not contact them at this stage: there is nothing to send.
"""

from __future__ import annotations

from datetime import date

from ..core import timing
from ..core.timing import Window

from ..core.spec import PHONE_EXAMPLE, check_phone
from ..core.spec import (
    Answers,
    Choice,
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
from ..core.grammar import address, greeting, long_date, month_day, quantity, render_template

ID = "application-follow-up"

NO_CALLS = Field(
    name="no_calls",
    label="Did the posting say “no phone calls”, or ask you not to follow up?",
    kind="radio",
    required=True,
    choices=(
        Choice("no", "No, it did not"),
        Choice("yes", "Yes, it did"),
    ),
    hint="Check the posting and the careers page of their website.",
    missing="Choose whether the posting asked you not to call or follow up",
)

SPEC_ITEMS = (
    # First, because a "yes" here means there is nothing to write.
    NO_CALLS,
    YOUR_NAME,
    Field(
        name="phone",
        label="Your phone number",
        required=True,
        autocomplete="tel",
        max_length=40,
        hint=f"For the email and the voicemail. Use your own number, for example {PHONE_EXAMPLE}.",
        missing="Enter your phone number, so they can call you back",
    ),
    Field(
        name="your_email",
        label="Your email address (optional)",
        kind="email",
        autocomplete="email",
        max_length=120,
        hint="Said at the end of the phone call and the voicemail, so they can write back.",
    ),
    organization_field("Enter the organization you applied to"),
    ROLE_APPLIED_FOR,
    Field(
        name="applied_date",
        label="The date you applied",
        kind="date",
        required=True,
        missing="Enter the date you applied",
    ),
    Field(
        name="deadline",
        label="Closing date for applications (optional)",
        kind="date",
        hint="From the posting. Leave it empty if there was none.",
    ),
    Field(
        name="contact_name",
        person=True,
        label="Name of the person hiring (optional)",
        max_length=80,
        hint="If you know it, as you would write it on an envelope, for example Dana Lee or Ms. Patricia Gould.",
    ),
    Field(
        name="why_role",
        label="Why the role interests you (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="One sentence. Finish “The role interests me because …”. For example: it puts data to work for patient care.",
    ),
    Field(
        name="fit",
        label="What you would bring, in a sentence (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="For the phone call, in case they open your application while you are talking. "
             "Finish “I would bring …”. For example: five years of building reports for hospital teams.",
    ),
    TONE,
    LENGTH,
)

EMAIL = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I applied for the {{ role }} role at {{ org }} on {{ applied|long_date }}, and I wanted to follow up.
{% else %}
I am writing to follow up on my application for the {{ role }} position at {{ org }}, which I sent on {{ applied|long_date }}.
{% endif %}
{% if full and deadline and warm %}
I know applications closed on {{ deadline|long_date }}, so you may be reading through them now.
{% elif full and deadline %}
I understand that applications closed on {{ deadline|long_date }}, so you may be reviewing them now.
{% endif %}
{% if why and warm %}
I'm drawn to the role because {{ why }}.
{% elif why %}
The role interests me because {{ why }}.
{% elif warm %}
I'm still very interested in the role and in what your team does.
{% else %}
I remain very interested in the role and in the work of your team.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full and fit and warm %}
I'd bring {{ fit }}, and I'd love the chance to talk about how that could help your team.
{% elif full and fit %}
I would bring {{ fit }}, and I would welcome the chance to discuss how that could serve your team.
{% elif full and warm %}
My background lines up well with what the posting asks for, and I'd love the chance to talk it through in an interview.
{% elif full %}
My experience matches what the posting asks for, and I would welcome the chance to discuss it in an interview.
{% endif %}
{% if full and warm %}
If it's useful, I'm happy to send samples of my work or the names of references.
{% elif full %}
If it would help, I can send examples of my work or the names of references.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Could you tell me roughly when you expect to start interviews? Knowing your timeline helps me plan, and I'll keep that stretch as free as I can.
{% else %}
Could you tell me when you expect to contact candidates for interviews? Knowing your timeline will help me plan, and I will keep myself available during that period.
{% endif %}
{% if full and warm %}
I know you've got a lot of applications to get through, and I appreciate the time it takes.
My schedule is flexible, so I can meet at short notice.
{% elif full %}
I know you will have many applications to read, and I appreciate the time this takes.
I have kept my schedule flexible, so I can meet at short notice.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thanks so much for your time. The best way to reach me is {{ phone }}{{ ", or by email at " ~ email if email else "" }}.
{% else %}
Thank you for your time. You can reach me at {{ phone }}{{ " or at " ~ email if email else "" }}.
{% endif %}
{% if warm %}
I look forward to hearing how things are going.
{% else %}
I look forward to hearing from you.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = "{{ 'Following up on my ' ~ role ~ ' application' if warm else 'Application follow-up: ' ~ role }}"

# A phone script is a few short parts, each a cue for the caller and then the
# words to say. Each part is its own template so that a part can drop out.
CALL_PARTS = (
    ("Ask for them:", """\
{% if contact and warm %}
Hi, this is {{ me }}. Could I speak with {{ contact }}, please?
{% elif contact %}
Hello, my name is {{ me }}. May I speak with {{ contact }}, please?
{% elif warm %}
Hi, this is {{ me }}. I'm calling about the {{ role }} role. Who is looking after the hiring for it, and could I speak with them?
{% else %}
Hello, my name is {{ me }}. I am calling about the {{ role }} position. Could you put me through to the person handling applications for it?
{% endif %}
"""),
    ("When you reach them:", """\
{% if warm %}
Thanks for taking my call. I'm {{ me }}, and I applied for the {{ role }} role on {{ applied|month_day }}.
I'm following up: do you know roughly when you'll start interviews?
{% else %}
Thank you for taking my call. My name is {{ me }}, and I applied for the {{ role }} position on {{ applied|month_day }}.
I am calling to follow up: when do you expect to contact candidates for interviews?
{% endif %}
"""),
    ("When they give you a date:", """\
{% if warm %}
That's really helpful, thanks. I'll note the date and keep that time as free as I can.
{% else %}
Thank you, that is helpful. I will note the date and keep myself available then.
{% endif %}
"""),
    ("If they open your application while you are talking:", """\
{% if fit %}
{{ "I'd bring " if warm else "I would bring " }}{{ fit }}.
{% endif %}
{% if why %}
{{ "I'm drawn to the role because " if warm else "The role interests me because " }}{{ why }}.
{% endif %}
"""),
    ("If they have already chosen people to interview:", """\
{% if full and warm %}
Thanks for letting me know. I appreciate you taking the time to tell me, and good luck with the hiring.
{% elif full %}
Thank you for telling me. I appreciate your time, and I wish you well in filling the role.
{% endif %}
"""),
    ("To finish:", """\
{% if warm %}
Thanks again. In case you need them, my number is {{ phone }}{{ " and my email is " ~ email if email else "" }}. Bye for now.
{% else %}
Thank you for your time. In case you need them, my number is {{ phone }}{{ " and my email address is " ~ email if email else "" }}. Goodbye.
{% endif %}
"""),
)

VOICEMAIL = """\
{% filter paragraph %}
{% if warm %}
Hi{{ " " ~ contact_warm if contact else "" }}, this is {{ me }}.
{% else %}
Hello, this is {{ me }}{{ ", with a message for " ~ contact_formal if contact else "" }}.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I'm following up on my application for the {{ role }} role at {{ org }}, which I sent on {{ applied|month_day }}.
I'd love to know when you expect to start interviews.
{% else %}
I applied on {{ applied|month_day }} for the {{ role }} position at {{ org }}.
I am calling to ask when you expect to contact candidates for interviews.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
You can call me back at {{ phone }}. Once more, that's {{ phone }}.
{% else %}
Please call me back at {{ phone }}. That number again is {{ phone }}.
{% endif %}
{% if email and warm %}
Or email me at {{ email }}.
{% elif email %}
You can also reach me by email at {{ email }}.
{% endif %}
{% endfilter %}
{{ "Thanks so much, and have a good day." if warm else "Thank you, and goodbye." }}
"""


def script(parts, **context) -> str:
    """Join the parts that have words to say, each under its cue line."""
    blocks = []
    for cue, source in parts:
        words = " ".join(render_template(source, **context).split())
        if words:
            blocks.append(f"{cue}\n{words}")
    return "\n\n".join(blocks) + "\n"


def compose(answers: Answers, today: date) -> list[Letter]:
    if answers["no_calls"] == "yes":
        # The guide: do not contact them at this stage. advise() says why.
        return []
    warm = answers["tone"] == "warm"
    full = answers["length"] == "full"
    contact = answers["contact_name"]
    context = dict(
        warm=warm,
        full=full,
        me=answers["your_name"],
        phone=answers["phone"],
        email=answers["your_email"],
        org=answers["organization"],
        role=answers["role"],
        applied=answers["applied_date"],
        contact=contact,
        deadline=answers["deadline"],
        contact_warm=address(contact, True) if contact else "",
        contact_formal=address(contact, False) if contact else "",
        why=answers["why_role"],
        fit=answers["fit"],
    )
    email = Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(EMAIL, greet=greeting(contact, warm), **context),
        heading="Email",
    )
    call = Letter(subject="", body=script(CALL_PARTS, **context), heading="Phone call", layout="script")
    voicemail = Letter(
        subject="", body=render_template(VOICEMAIL, **context), heading="Voicemail, if nobody answers", layout="script",
    )
    return [email, call, voicemail]


NO_CONTACT = (
    "Do not contact them at this stage. The posting asked for no calls, and a call or an email now "
    "would ignore the one thing they asked of applicants, which can count against you. "
    "Wait for them to get in touch. If they invite you to an interview, ask there when they expect "
    "to decide, and whether you may follow up if you have not heard by then. "
    "Meanwhile, keep applying for other jobs."
)


def between(window: Window) -> str:
    """'between March 16 and March 20, 2026', with the year once if it is the same."""
    a, b = window.opens, window.closes
    return f"between {month_day(a) if a.year == b.year else long_date(a)} and {long_date(b)}"


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    if answers["no_calls"] == "yes":
        # Nothing will be sent, so no other answer is needed: a missing name
        # or phone number must not stand between the reader and this advice.
        answers.errors[:] = [e for e in answers.errors if e.field == "no_calls"]
        notes.append(Message(NO_CONTACT, "", "warning"))
        return notes
    check_phone(answers, "phone")

    applied, deadline = answers["applied_date"], answers["deadline"]
    applied = applied if isinstance(applied, date) else None
    deadline = deadline if isinstance(deadline, date) else None
    if applied and applied > today:
        notes.append(Message(
            "This date is in the future. Enter the day you sent your application.", "applied_date", "warning",
        ))
    if applied and deadline and deadline < applied:
        notes.append(Message(
            "Check the dates: this closing date is before the day you applied, so the timing counts from "
            "the day you applied.", "deadline", "warning",
        ))
    # Too early warns and does not hold: the reader may get these ready now
    # and send them on the day named.
    follow = timing.application_follow_up(applied, deadline)
    by_deadline = bool(deadline) and (not applied or deadline >= applied)
    status = follow.status(today) if follow else ""
    if by_deadline:
        since = (today - deadline).days
        if since <= 0:
            notes.append(Message(
                f"Not yet: the closing date, {long_date(deadline)}, has not passed, and they may not have read "
                f"any applications. Follow up a few days to a week after it closes, {between(follow)}. "
                "You can get these ready now and put the day in your calendar.",
                "deadline", "warning",
            ))
        elif status == timing.EARLY:
            when = "yesterday" if since == 1 else f"{since} days ago"
            notes.append(Message(
                f"Not yet: the applications only closed {when}. Give them a few days to read them, and follow up "
                f"{between(follow)}. Put the day in your calendar.",
                "deadline", "warning",
            ))
        elif status == timing.ON_TIME:
            notes.append(Message("Good timing: a few days to a week after the closing date.", "deadline"))
        else:
            notes.append(Message(
                f"The closing date was {quantity(since, 'day')} ago. Follow up now, once.", "deadline",
            ))
    elif follow and applied <= today:
        since = (today - applied).days
        if status == timing.EARLY:
            notes.append(Message(
                "Not yet. With no closing date, follow up about one to two weeks after you apply, "
                f"{between(follow)}. Put the day in your calendar.",
                "applied_date", "warning",
            ))
        elif status == timing.ON_TIME:
            notes.append(Message("Good timing: one to two weeks after you applied.", "applied_date"))
        else:
            notes.append(Message(f"You applied {quantity(since, 'day')} ago. Follow up now, once.", "applied_date"))

    if not answers["why_role"] and not answers["fit"]:
        notes.append(Message(
            "Add why the role draws you, or what you would bring. Without one of them, the follow-up "
            "could be about any job.",
            "why_role",
        ))
    if not answers["contact_name"]:
        notes.append(Message(
            "Try to find the name of the person hiring: look again at the posting, the organization's "
            "website or LinkedIn. A message to a named person is more likely to be read.",
            "contact_name",
        ))
    notes.append(Message(
        "Phone or email: either is fine, so pick the one you will actually do. Before you call, have the "
        "posting and your résumé in front of you, because now and then they open your application while "
        "you are on the line.",
    ))
    notes.append(Message(
        "Follow up once. Write down any date they give you and treat it as a rough guide, since hiring "
        "often takes longer than planned. Put a reminder in your calendar a little after it.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Following up on an application",
    stage="applying",
    situation="You applied and want to know where things stand",
    summary="An email, a phone script and a voicemail that ask when they expect to interview, "
            "with advice on when to follow up, or whether to at all.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "phone": "555-201-7788",
        "your_email": "jordan.rivera@example.com",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "applied_date": "2026-03-02",
        "deadline": "2026-03-13",
        "contact_name": "Ms. Patricia Gould",
        "no_calls": "no",
        "why_role": "it puts data to work for patient care, which is where I do my best work",
        "fit": "five years of building reports for hospital teams, most recently for a network of twelve clinics",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 18),
)
