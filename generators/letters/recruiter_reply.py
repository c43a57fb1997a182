"""Replying to a recruiter or a contact with an opportunity: yes, you would
like to hear more, or to take the first interview, even while happy in your
job.

Advice it follows (guide: applying/take-every-interview): take the call and
the first interview (practice, market research, and it might be the job);
ask why they thought of you and a few plain questions; offer times you are
free; give your personal email and phone, never your work ones; book
interviews on your own time and follow any contract term about job talks.
"""

from __future__ import annotations

from datetime import date

from ..core.grammar import greeting
from ..core.spec import PHONE_EXAMPLE, check_phone
from ..core.spec import Answers, Choice, Field, LENGTH, Letter, Message, Spec, TONE, YOUR_NAME
from ..core.grammar import render_template

ID = "recruiter-reply"

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="contact_name",
        person=True,
        label="Name of the person who got in touch",
        required=True,
        max_length=80,
        hint="For example Sam Ortiz or Dr. Amira Haddad.",
        missing="Enter the name of the person who got in touch",
    ),
    Field(
        name="contact_kind",
        label="Who they are",
        kind="radio",
        required=True,
        choices=(
            Choice("recruiter", "A recruiter or headhunter"),
            Choice("contact", "Someone I know, such as a friend or a former colleague"),
        ),
        missing="Choose who got in touch",
    ),
    Field(
        name="role",
        label="The role they told you about",
        required=True,
        max_length=120,
        hint="As they described it, for example Senior Data Analyst.",
        missing="Enter the role they told you about",
    ),
    Field(
        name="organization",
        label="The employer (optional)",
        autocomplete="off",
        max_length=120,
        hint="Leave it empty if they have not named it yet.",
    ),
    Field(
        name="answer",
        label="What you want to say",
        kind="radio",
        required=True,
        choices=(
            Choice("talk", "Yes, I would like to hear more"),
            Choice("interview", "Yes, I will take a first interview"),
        ),
        missing="Choose what you want to say",
    ),
    Field(
        name="situation",
        label="Where you are now",
        kind="radio",
        required=True,
        choices=(
            Choice("employed", "I have a job, and I am happy in it"),
            Choice("looking", "I am looking for my next job"),
        ),
        missing="Choose where you are now",
    ),
    Field(
        name="background",
        label="Your current work, in a sentence (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="So they can see the match at a glance. Finish “At the moment I …”. "
             "For example: lead reporting for a network of twelve clinics.",
    ),
    Field(
        name="times",
        label="Times you are free (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Two or three, outside work hours if you have a job. Finish “I am free …”. "
             "For example: on Tuesday after 5 p.m. or Thursday before 9 a.m.",
    ),
    Field(
        name="questions",
        label="What you want to learn about the role (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish “I would especially like to learn about …”. For example: who the role reports to, and the pay range.",
    ),
    Field(
        name="phone",
        label="Your personal phone number (optional)",
        autocomplete="tel",
        max_length=40,
        hint=f"Not your work number. For example {PHONE_EXAMPLE}.",
    ),
    Field(
        name="personal_email",
        label="Your personal email address (optional)",
        kind="email",
        autocomplete="email",
        max_length=120,
        hint="Not your work address.",
    ),
    TONE,
    LENGTH,
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if recruiter and warm %}
Thanks for reaching out about the {{ the_role }}.
{% elif recruiter %}
Thank you for getting in touch about the {{ the_role }}.
{% elif warm %}
Thanks so much for thinking of me for the {{ the_role }}.
{% else %}
Thank you for thinking of me for the {{ the_role }}, and for passing it on.
{% endif %}
{% if employed and warm %}
I'm happy where I am, but this sounds well worth a conversation.
{% elif employed %}
I am happy in my current position, but this sounds well worth a conversation.
{% elif warm %}
I'm looking for my next step, and this sounds like a great match for what I want to do.
{% else %}
I am looking for my next position, and this one sounds like a strong match for my experience.
{% endif %}
{% if background and warm %}
Right now I {{ background }}.
{% elif background %}
At the moment I {{ background }}.
{% elif warm %}
I'm happy to tell you more about my background and what I'm looking for when we talk.
{% else %}
I would be glad to tell you more about my background, and about what I am looking for, when we speak.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if interview and warm %}
I'd be glad to take a first interview{{ ": I'm free " ~ times if times else "" }}.
{% elif interview %}
I would be glad to take a first interview{{ ", and I am free " ~ times if times else "" }}.
{% elif warm %}
I'd love to hear more{{ ", and I'm free to talk " ~ times if times else "" }}.
{% else %}
I would like to hear more{{ ", and I am free to talk " ~ times if times else "" }}.
{% endif %}
{% if not times and warm %}
Just let me know a couple of times that work for you.
{% elif not times %}
Please let me know a few times that would suit you.
{% endif %}
{% if full and employed and warm %}
I'm in no rush to move, so any pace that suits the search works for me.
{% elif full and employed %}
I am in no hurry to move, so I am glad to go at whatever pace suits the search.
{% elif full and warm %}
I can be flexible about timing and I'm keen to keep things moving.
{% elif full %}
I am flexible about timing, and I can move quickly if that helps.
{% endif %}
{% if not recruiter and interview and warm %}
Could you let the hiring manager know, or share their details so I can write to them myself?
{% elif not recruiter and interview %}
Could you let the hiring manager know, or share their details so that I can write to them directly?
{% elif not recruiter and warm %}
If it's easier, feel free to put me in touch with whoever is hiring.
{% elif not recruiter %}
If it is easier, I would be glad to be put in touch with the person hiring.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if questions and warm %}
I'd particularly like to know about {{ questions }}.
{% elif questions %}
I would especially like to learn about {{ questions }}.
{% elif warm %}
I'd love to learn more about the team and what the job looks like day to day.
{% else %}
I would like to learn more about the team and what the role involves day to day.
{% endif %}
{% if full and warm %}
I'm curious what made you think of me{{ ', too' if questions }}.
{% elif full %}
It would help to know what made you think of me for this role.
{% endif %}
{% if full and warm %}
It would be great to hear why the job is open, too, and what the first few months would look like.
{% elif full %}
Could you also tell me why the position is open, and what the first few months would involve?
{% endif %}
{% if full and recruiter and warm %}
I can send an up-to-date résumé before we talk.
{% elif full and recruiter %}
I can send an up-to-date résumé ahead of our conversation.
{% elif full and warm %}
If it helps, I can send you my résumé to pass along.
{% elif full %}
If it would help, I can send you my résumé to pass on.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if reach and warm %}
The best way to reach me is {{ reach }}{{ ", rather than through work" if employed else "" }}.
{% elif reach %}
You can reach me at {{ reach }}{{ ", rather than through my work phone or email" if employed else "" }}.
{% elif warm %}
Just reply here and we can set something up.
{% else %}
A reply to this email is the simplest way to arrange a time.
{% endif %}
{% if full and warm %}
Thanks again for thinking of me, and talk soon.
{% elif full %}
Thank you again, and I look forward to speaking with you.
{% elif warm %}
Thanks again for thinking of me.
{% else %}
Thank you again for thinking of me.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Kind regards' }},
{{ me }}
"""

SUBJECT = (
    "{{ the_role }}: "
    "{% if interview %}{{ 'happy to interview' if warm else 'first interview' }}"
    "{% else %}{{ 'happy to hear more' if warm else 'I would like to hear more' }}{% endif %}"
)


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    org = answers["organization"]
    role = answers["role"]
    reach = " or ".join(v for v in (answers["phone"], answers["personal_email"]) if v)
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        the_role=f"{role} role at {org}" if org else f"{role} role",
        recruiter=answers["contact_kind"] != "contact",
        interview=answers["answer"] == "interview",
        employed=answers["situation"] == "employed",
        times=answers["times"],
        background=answers["background"],
        questions=answers["questions"],
        reach=reach,
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    check_phone(answers, "phone")
    if not answers["times"]:
        notes.append(Message(
            "Offer two or three times you are free: it makes the next step easy to arrange.", "times",
        ))
    if not answers["background"]:
        notes.append(Message(
            "Add what you do now, in a line. Without it, the reply could be from anyone, about any job.",
            "background",
        ))
    if not answers["questions"]:
        notes.append(Message(
            "Add what you want to learn: what the work is, who the role reports to, the pay range, or why the job is open.",
            "questions",
        ))
    if answers["situation"] == "employed":
        notes.append(Message(
            "Book any call or interview outside work hours, or take a vacation or personal day. You do not "
            "have to tell your employer why. If your contract asks you to report outside job talks, do what it says.",
        ))
        notes.append(Message(
            "Reply from your personal email, and give your own phone number, not your work ones.",
        ))
    if answers["answer"] == "interview":
        notes.append(Message(
            "Treat the first interview as practice with little at stake. Note the skills and the pay they mention: "
            "it is free research on your field, even if you say no.",
        ))
    else:
        notes.append(Message(
            "On the call, listen first and ask why they thought of you. You do not have to decide anything yet.",
        ))
    return notes


SPEC = Spec(
    id=ID,
    title="Replying to a recruiter or a contact with an opportunity",
    stage="applying",
    situation="A recruiter or a contact told you about a job",
    summary="Say yes to hearing more, or to a first interview, even while you are happy in your job: "
            "a short reply with the times you are free and what you want to learn.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Sam Ortiz",
        "contact_kind": "recruiter",
        "role": "Senior Data Analyst",
        "organization": "Northwind Health",
        "answer": "talk",
        "situation": "employed",
        "background": "lead reporting for a network of twelve clinics",
        "times": "on Tuesday after 5 p.m. or Thursday before 9 a.m.",
        "questions": "who the role reports to, how the team is growing, and the pay range",
        "phone": "555-201-7788",
        "personal_email": "jordan.rivera@example.com",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 18),
)
