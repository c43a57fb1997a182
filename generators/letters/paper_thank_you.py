"""The "thank you for rejecting me" letter, printed and sent by post.

Advice it follows (guide: after-rejection/paper-letter): send it once the
check-ins after the date they gave went unanswered, once they did not take
or return your call, or after a clear no; on paper, because a letter arrives
where email can be filtered; three short paragraphs: thanks, one thing you
valued, understanding and a wish to be considered again; no questions, no
hurt, no mention of their missed date; signed by hand with your phone and
email under your name.

The whole posted-letter layout is the plain-text body, so copying it into a
word processor keeps it; the page's print stylesheet
(docs/assets/stylesheets/print-letter.css) prints it alone on one page, on
the paper size chosen here.
"""

from __future__ import annotations

from datetime import date

from ..core.spec import Answers, Choice, Field, Letter, Message, Spec, TONE, YOUR_NAME, check_phone
from ..core.grammar import greeting, long_date, render_template, room_to_sign
from ..core import timing

ID = "paper-thank-you"

PAPER_SIZES = {"letter": "US Letter", "a4": "A4"}

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="your_address",
        label="Your postal address",
        kind="textarea",
        multiline=True,
        required=True,
        autocomplete="street-address",
        max_length=200,
        hint="Street, town or city, and postal code, one per line. Your name goes under your signature.",
        missing="Enter your postal address",
    ),
    Field(
        name="your_phone",
        label="Your phone number (optional)",
        autocomplete="tel",
        max_length=40,
    ),
    Field(
        name="your_email",
        label="Your email address",
        kind="email",
        required=True,
        autocomplete="email",
        max_length=120,
        hint="Printed under your name, so they can reply the quick way.",
        missing="Enter your email address",
    ),
    Field(
        name="their_name",
        person=True,
        label="Who you are writing to",
        required=True,
        max_length=80,
        hint="The person who interviewed you or led the hiring, as you would write it on an envelope, "
        "for example Dana Lee or Dr. Amira Haddad. Check the spelling.",
        missing="Enter the name of the person you are writing to",
    ),
    Field(
        name="their_title",
        label="Their job title (optional)",
        max_length=80,
        hint="For example Head of Analytics.",
    ),
    Field(
        name="organization",
        label="Organization",
        required=True,
        autocomplete="off",
        max_length=120,
        hint="The employer, as they write their own name.",
        missing="Enter the organization",
    ),
    Field(
        name="their_address",
        label="The organization's postal address",
        kind="textarea",
        multiline=True,
        required=True,
        max_length=200,
        hint="Street, town or city, and postal code, one per line. Leave out the person and the organization: "
        "the letter adds them above.",
        missing="Enter the organization's postal address",
    ),
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
        label="Interview date (optional)",
        kind="date",
    ),
    Field(
        name="valued",
        label="One thing you valued about the interview or the organization",
        kind="textarea",
        required=True,
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I especially valued …”. For example: hearing how your team "
        "turned a pile of weekly reports into one shared dashboard.",
        missing="Enter one thing you valued about the interview or the organization",
    ),
    Field(
        name="situation",
        label="Where things stand",
        kind="radio",
        required=True,
        choices=(
            Choice("date_passed", "The date they gave has passed, and I have heard nothing"),
            Choice("no_call_back", "They asked me to call, and they did not take or return my call"),
            Choice("told_no", "They told me no"),
        ),
        missing="Choose where things stand",
    ),
    Field(
        name="decision_date",
        label="The date they said you would hear by (optional)",
        kind="date",
        in_letter=False,
        hint="Only used to check the timing. The letter never mentions it.",
    ),
    Field(
        name="paper_size",
        label="Paper size for printing",
        kind="radio",
        choices=(Choice("letter", "US Letter"), Choice("a4", "A4")),
        default="letter",
        hint="Your browser's Print prints the letter alone, on one page of this size.",
    ),
    Field(
        name="thanked_by_email",
        label="Have you already thanked them by email since their answer? (optional)",
        kind="radio",
        choices=(Choice("no", "No"), Choice("yes", "Yes")),
        in_letter=False,
        hint="Send one thank-you after a no, not both.",
    ),
    TONE,
)

OPENING = {
    "formal": (
        "Thank you for meeting with me{{ ' on ' ~ (when|long_date) ~ ',' if when }} to discuss the "
        "{{ role }} position, and for considering me for it."
    ),
    "warm": (
        "Thank you so much for meeting with me{{ ' on ' ~ (when|long_date) ~ ',' if when }} about the "
        "{{ role }} role. I really enjoyed our conversation, and I am grateful you considered me."
    ),
}

UNDERSTANDING = {
    ("formal", True): (
        "I understand that you have chosen another candidate, and I respect your decision. "
        "I would welcome the chance to be considered for future roles at {{ org }}."
    ),
    ("formal", False): (
        "I understand that you may have chosen another candidate for this role. If so, I would "
        "welcome the chance to be considered for future roles at {{ org }}."
    ),
    ("warm", True): (
        "I understand you have gone with someone else this time, and I hope our paths cross again. "
        "I would be delighted to be considered when another role opens at {{ org }}."
    ),
    ("warm", False): (
        "I realize you may have gone with someone else this time. If so, I would be delighted "
        "to be considered when another role opens at {{ org }}."
    ),
}

# A formal US business letter takes a colon after the salutation; a warm one a comma.
LETTER = """\
{{ my_address }}

{{ today|long_date }}

{{ their_name }}
{% if their_title %}
{{ their_title }}
{% endif %}
{{ org }}
{{ their_address }}

{% filter paragraph %}
{{ greet }}
{% endfilter %}

{% filter paragraph %}
{{ opening }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I especially valued {{ valued }}. I have thought back to that conversation often since.
{% else %}
I especially valued {{ valued }}. It showed me a workplace I would be proud to be part of.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{{ understanding }}
{{ 'Wishing you and the team all the very best.' if warm else 'I wish you and your team every success.' }}
{% endfilter %}
{{ 'With warm regards' if warm else 'Sincerely' }},
"""

SIGNATURE = """\
{{ me }}
{% if phone %}
{{ phone }}
{% endif %}
{{ email }}
"""


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    name = answers["their_name"]
    org = answers["organization"]
    told_no = answers["situation"] == "told_no"
    letter = render_template(
        LETTER,
        warm=warm,
        my_address=answers["your_address"],
        today=today,
        their_name=name,
        their_title=answers["their_title"],
        org=org,
        their_address=answers["their_address"],
        greet=greeting(name, warm, salute="Dear", end="," if warm else ":"),
        opening=render_template(OPENING[tone], role=answers["role"], when=answers["interview_date"]).strip(),
        valued=answers["valued"],
        understanding=render_template(UNDERSTANDING[(tone, told_no)], org=org).strip(),
    )
    signature = render_template(
        SIGNATURE, me=answers["your_name"], phone=answers["your_phone"], email=answers["your_email"],
    )
    title = answers["their_title"]
    return [
        Letter(
            subject="",
            body=room_to_sign(letter, signature),
            heading=f"To {name}, {title}" if title else f"To {name}",
            layout="paper",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    check_phone(answers, "your_phone")
    interview = answers["interview_date"]
    if isinstance(interview, date) and interview > today:
        notes.append(Message(
            "This date is in the future. Check it: this letter goes after the interview.",
            "interview_date", "warning",
        ))
    situation = answers["situation"]
    decided = answers["decision_date"]
    if isinstance(decided, date) and isinstance(interview, date) and decided < interview:
        answers.error("decision_date", "The date they said you would hear by must be after the interview date")
        decided = None
    # Mailing before their date would give up early, but it only warns: the
    # letter can be printed now and posted on the day named.
    if situation == "date_passed":
        if isinstance(decided, date):
            # Silence reads as a no once the check-ins the guide asks for
            # first have gone unanswered (waiting-past-the-date).
            wait_until = timing.closed_after_check_ins(decided)
            first_check_in = timing.check_in(decided).opens
            if today <= decided:
                notes.append(Message(
                    f"Their date, {long_date(decided)}, has not passed yet, and plans slip. Check in by email "
                    f"first, from {long_date(first_check_in)}, and once more a week later. If you have still "
                    f"heard nothing by {long_date(wait_until)}, mail the letter then.",
                    "decision_date", "warning",
                ))
            elif today < wait_until:
                notes.append(Message(
                    "Their date has passed, but a letter comes after your check-ins, not before. Check in by "
                    "email first (the letter writer “Checking in after the date they gave” drafts it). If you "
                    f"have still heard nothing by {long_date(wait_until)}, mail the letter then.",
                    "decision_date", "warning",
                ))
            else:
                notes.append(Message(
                    "Their date passed a while ago, and your check-ins have had time for an answer. Mail the "
                    "letter in the next few days. It does not mention their date, and it should not.",
                    "decision_date",
                ))
        else:
            notes.append(Message(
                "Add the date they said you would hear by, and you will see whether you have waited long enough.",
                "decision_date",
            ))
    elif situation == "no_call_back":
        notes.append(Message(
            "They did not take or return your call, so the answer is fairly clear. Mail the letter "
            "in the next few days, and do not call again.",
            "situation",
        ))
    elif situation == "told_no":
        notes.append(Message(
            f"Mail it {timing.REPLY_TO_NEWS.span} of their answer, while you are fresh in their mind. "
            "Send one thank-you, not both: if you already replied by email, this letter is not needed.",
            "situation",
        ))
    size = PAPER_SIZES.get(answers["paper_size"] or "letter", "US Letter")
    notes.append(Message(
        f"Use your browser's Print command on this page: it prints the letter alone, on one {size} page. "
        "Sign it by hand, in ink, in the space above your name.",
        "paper_size",
    ))
    if not answers["your_phone"]:
        notes.append(Message(
            "Add a phone number if you can: under your name, it gives them a quick way to reach you.",
            "your_phone",
        ))
    notes.append(Message(
        "Why paper: a letter arrives. Email can be filtered or missed, but the post has no spam folder, "
        "and few people send a letter at all. Once it is mailed, let it rest: do not call to ask whether it arrived.",
    ))
    return notes


def check(answers: Answers, today: date) -> list[Message]:
    """One thank-you after a no, the guide says, not both: a second one reads
    as pressure, so a letter after an emailed thank-you is held."""
    if answers["situation"] == "told_no" and answers["thanked_by_email"] == "yes":
        return [Message(
            "You have already thanked them by email, so this letter would be a second thank-you for the same "
            "news. Send one, not both: let your email stand, and keep this letter for another time.",
            "thanked_by_email", "hold",
        )]
    return []


SPEC = Spec(
    id=ID,
    title="“Thank you for rejecting me”: the paper letter",
    stage="after-rejection",
    situation="They said no, or went quiet past their date",
    summary="A short thank-you letter to print, sign and post after a rejection or a long silence.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "your_address": "1820 SE Alder Street\nPortland, OR 97214",
        "your_phone": "(503) 555-0142",
        "your_email": "jordan.rivera@example.com",
        "their_name": "Dana Lee",
        "their_title": "Head of Analytics",
        "organization": "Northwind Health",
        "their_address": "400 Harbor Road, Suite 300\nPortland, OR 97201",
        "role": "Data Analyst",
        "interview_date": "2026-03-12",
        "valued": "hearing how your team turned a pile of weekly reports into one shared dashboard",
        "situation": "date_passed",
        "decision_date": "2026-03-27",
        "paper_size": "letter",
        "tone": "formal",
    },
    example_today=date(2026, 4, 3),
)
