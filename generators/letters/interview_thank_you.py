"""Thank-you note after an interview: one note per interviewer.

Advice it follows (guide: interviewing/thank-you-notes): send within 24 to 48
hours, phone interviews included; thank each interviewer separately and make
each note personal; use the note to add a point you missed and to confirm the
next step; ask a question you did not get to ask.

A promise to follow up by a date already past holds the letter: it would
tell them you missed your own date before you have started.
"""

from __future__ import annotations

from datetime import date

from ..core import timing
from ..core.spec import (
    Answers,
    Choice,
    Field,
    Group,
    LENGTH,
    Letter,
    Message,
    ROLE_APPLIED_FOR,
    Spec,
    TONE,
    YOUR_NAME,
    organization_field,
)
from ..core.grammar import end_sentence, greeting, long_date, render_template

ID = "interview-thank-you"

KIND = Field(
    name="interview_kind",
    label="Kind of interview",
    kind="radio",
    required=True,
    choices=(
        Choice("in_person", "In person"),
        Choice("video", "Video call"),
        Choice("phone", "Phone call"),
    ),
    missing="Choose the kind of interview",
)

INTERVIEWERS = Group(
    name="interviewers",
    label="Who interviewed you",
    item_label="Interviewer",
    hint="Each person gets their own note. Add everyone who interviewed you.",
    add_label="Add another interviewer",
    optional_after_first=frozenset({"topic"}),
    fields=(
        Field(
            name="name",
            person=True,
            label="Name",
            required=True,
            autocomplete="off",
            max_length=80,
            hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
            missing="Enter the interviewer's name",
        ),
        Field(
            name="title",
            label="Job title (optional)",
            max_length=80,
            hint="For example Head of Analytics.",
        ),
        Field(
            name="topic",
            label="Something specific you talked about",
            kind="textarea",
            required=True,
            max_length=200,
            fragment=True,
            hint="Finish the sentence “I enjoyed talking about …”. For example: how your team plans its spring launch.",
            missing="Enter something you talked about with this interviewer",
        ),
    ),
)

SPEC_ITEMS = (
    YOUR_NAME,
    organization_field("Enter the organization you interviewed with"),
    ROLE_APPLIED_FOR,
    Field(
        name="interview_date",
        label="Interview date",
        kind="date",
        required=True,
        missing="Enter the date of the interview",
    ),
    KIND,
    INTERVIEWERS,
    Field(
        name="point_to_add",
        label="A point you wish you had made (optional)",
        kind="textarea",
        max_length=300,
        fragment=True,
        hint="A better answer or something you forgot. Finish the sentence “I did not mention that …”.",
    ),
    Field(
        name="question",
        label="A question you did not get to ask (optional)",
        kind="textarea",
        max_length=200,
        hint="Write it as you would ask it. For example: How will the team measure success in the first six months?",
    ),
    Field(
        name="next_step",
        label="The next step they described (optional)",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “You said the next step is …”. For example: a second interview in early April.",
    ),
    Field(
        name="follow_up_date",
        label="When you will follow up (optional)",
        kind="date",
        hint="If they gave a date to decide by, pick a day or two after it.",
    ),
    TONE,
    LENGTH,
)

# Every sentence but the sign-off comes in one wording per interviewer, so
# that people who compare notes never find the same sentence twice, as the
# guide asks. Each list has INTERVIEWERS.max_items wordings, note n takes
# the n-th, and a test checks every list is long enough and every wording
# differs.
OPENINGS = {
    "formal": (
        "Thank you for {{ 'meeting with me' if kind == 'in_person' else 'meeting with me by video' if kind == 'video' else 'speaking with me by phone' }} on {{ when|long_date }}, about the {{ role }} position at {{ org }}.",
        "I appreciated the time you gave me on {{ when|long_date }}, during my {{ 'in-person' if kind == 'in_person' else kind }} interview for the {{ role }} position at {{ org }}.",
        "It was a pleasure to {{ 'meet you' if kind == 'in_person' else 'meet you by video' if kind == 'video' else 'speak with you' }} on {{ when|long_date }}, while interviewing for the {{ role }} position at {{ org }}.",
        "Thank you for taking part in my interview for the {{ role }} position at {{ org }} on {{ when|long_date }}.",
    ),
    "warm": (
        "Thank you so much for {{ 'meeting with me' if kind == 'in_person' else 'the video call' if kind == 'video' else 'the phone call' }} on {{ when|long_date }}, about the {{ role }} role at {{ org }}.",
        "I really enjoyed our {{ 'conversation' if kind == 'in_person' else 'video call' if kind == 'video' else 'phone call' }} on {{ when|long_date }}, about the {{ role }} role at {{ org }}.",
        "It was great to {{ 'meet you' if kind == 'in_person' else 'meet you on video' if kind == 'video' else 'talk with you' }} on {{ when|long_date }}, when I interviewed for the {{ role }} role at {{ org }}.",
        "Thanks for being part of my interview for the {{ role }} role at {{ org }} on {{ when|long_date }}.",
    ),
}

TOPIC_LINES = {
    "formal": (
        "I especially valued our conversation about {{ topic }}.",
        "Our conversation about {{ topic }} has stayed with me since.",
        "Hearing you talk about {{ topic }} gave me a clearer picture of the work.",
        "I was glad we had time to talk about {{ topic }}.",
    ),
    "warm": (
        "I especially enjoyed talking about {{ topic }}.",
        "I have been thinking about what you said about {{ topic }}.",
        "Hearing you talk about {{ topic }} made the work feel real to me.",
        "I was glad we got to talk about {{ topic }}.",
    ),
}

# For a later interviewer the reader gave no topic for: still about the
# conversation, and different from every other note's line.
NO_TOPIC_LINES = {
    "formal": (
        "Your questions showed me what matters most to the team, and how the role supports it.",
        "Your questions gave me a clearer view of what the role asks of the person in it, day to day.",
        "Hearing your view of the work helped me understand how the team fits together and where the role sits.",
        "The way you described the work made its priorities much clearer to me than the posting could.",
    ),
    "warm": (
        "Your questions showed me what matters most to the team, and where this role fits in.",
        "Your questions helped me picture what the job is really like day to day, which I found so useful.",
        "It was really helpful to hear how you see the work and the team, and where the job fits in.",
        "The way you talked about the work made it easy to see what counts most, and why.",
    ),
}

# Full notes say a word more about the conversation: with a topic, why it
# matters to you; without one, what the talk showed you.
NO_TOPIC_WHY = {
    "formal": (
        "The conversation helped me see the role from the inside, which a posting never quite does.",
        "Our talk made clear how the role supports the rest of the organization and its goals.",
        "You answered questions I had not yet thought to ask, and I came away better prepared.",
        "I came away with a good sense of the standards the team holds itself to, and I share them.",
    ),
    "warm": (
        "The conversation helped me see the job from the inside, which a posting never quite does.",
        "Our talk made it clear how the job supports everyone around it, and I loved hearing that.",
        "You answered questions I hadn't even thought to ask yet, so I came away much better prepared.",
        "I came away with a good feel for how the team works together, and I liked what I heard.",
    ),
}
TOPIC_WHY = {
    "formal": (
        "It is exactly the kind of work I enjoy, and I have been thinking about how I would approach it.",
        "It is a subject I care about, and it made the role feel like a natural next step for me.",
        "It showed me how much the role matters to the people who depend on it.",
        "It is the part of the role I would most look forward to.",
    ),
    "warm": (
        "It's exactly the kind of work I love, and I've been turning it over in my head ever since.",
        "It's something I care about, and it made the job feel like a natural next step for me.",
        "It showed me how much the job matters to the people who rely on it.",
        "It's the part of the job I'd most look forward to.",
    ),
}

INTEREST_LINES = {
    "formal": (
        "The interview confirmed my interest in joining {{ org }} as {{ role|a }}.",
        "I am now even more certain that I want to work at {{ org }} as {{ role|a }}.",
        "Our meeting strengthened my wish to join {{ org }} as {{ role|a }}.",
        "I left the interview keen to join {{ org }} as {{ role|a }}.",
    ),
    "warm": (
        "I came away even more excited about joining {{ org }} as {{ role|a }}.",
        "I left the interview keen to join {{ org }} as {{ role|a }}.",
        "Talking with you made me want the {{ role }} job at {{ org }} even more.",
        "I'd love to join {{ org }} as {{ role|a }}.",
    ),
}
# The second half of the interest: left out of a short note that already
# adds a point of its own, so that it stays short.
EAGER_LINES = {
    "formal": (
        "I would welcome the chance to take on the work we discussed.",
        "I believe I could contribute from the start.",
        "The work you described is the kind I do best.",
        "I am ready to put my experience to work for your team.",
    ),
    "warm": (
        "The work we talked about is exactly what I want to be doing.",
        "I can already picture myself doing the work.",
        "It sounds like a place where I could do my best work.",
        "Everything I heard made the job sound like a great fit for me.",
    ),
}

# Full notes: what the conversation showed you about fitting in.
FIT_LINES = {
    "formal": (
        "Our conversation gave me a clear sense of how I could contribute in my first months. I would bring care, steady effort and a habit of asking good questions early.",
        "Speaking with you made it easier to see where my experience would be of most use. It also showed me how much I could learn from the people around me.",
        "I left with a better understanding of the team's priorities and of how I could support them. That is the kind of role in which I do my most careful work.",
        "The discussion helped me see how the role connects with the wider work of {{ org }}. I would be glad to help that work move forward.",
    ),
    "warm": (
        "Our chat gave me a real sense of how I could help in my first few months. I'd bring plenty of energy and a habit of asking questions early.",
        "Talking with you made it easy to see where my experience would fit in, and where I'd still have room to grow. It also showed me how much I'd learn from the people there.",
        "I came away with a much better feel for what the team needs and how I could help. That's the kind of job where I do my best work.",
        "Our talk helped me see how the role fits into the bigger picture at {{ org }}, and why it matters. I'd be really glad to help move that work forward with you.",
    ),
}

POINT_LINES = {
    "formal": (
        "I would like to add something I did not mention in the interview: {{ point }}.",
        "There is one point I did not get to make when we spoke: {{ point }}.",
        "There is something I should have mentioned during our conversation: {{ point }}.",
        "Looking back on the interview, I would like to add one thing: {{ point }}.",
    ),
    "warm": (
        "One thing I forgot to mention when we spoke: {{ point }}.",
        "I meant to say this in the interview and didn't: {{ point }}.",
        "Here's something I wish I'd brought up: {{ point }}.",
        "There's one more thing I'd like you to know: {{ point }}.",
    ),
}
POINT_WHY = {
    "formal": (
        "It seems directly relevant to this role.",
        "I believe it bears directly on the work we discussed.",
        "It speaks to what you said the role needs.",
        "I hope it adds to the picture you have of me.",
    ),
    "warm": (
        "I think it's relevant to what you're looking for.",
        "I think it fits what the role needs.",
        "It ties in with what you told me about the work.",
        "I hope it helps fill in the picture.",
    ),
}

QUESTION_LINES = {
    "formal": (
        "There was one question I did not have time to ask: {{ question }}",
        "May I ask one question that did not fit into our time? {{ question }}",
        "I had hoped to ask you one more thing: {{ question }}",
        "One question I did not get to ask, if you have a moment: {{ question }}",
    ),
    "warm": (
        "There's one question I didn't get to ask: {{ question }}",
        "I ran out of time to ask you one thing: {{ question }}",
        "I'd meant to ask you something: {{ question }}",
        "One more question, if you have a minute: {{ question }}",
    ),
}

NEXT_STEP_LINES = {
    "formal": (
        "You mentioned that the next step is {{ next_step }}, and I look forward to it.",
        "I understand the next step is {{ next_step }}, and I am ready for it.",
        "As you explained, the next step is {{ next_step }}. I look forward to it.",
        "I was glad to hear that the next step is {{ next_step }}.",
    ),
    "warm": (
        "I'm looking forward to the next step you described: {{ next_step }}.",
        "I'm ready for the next step you mentioned: {{ next_step }}.",
        "It was good to hear what comes next: {{ next_step }}.",
        "I'm glad to know the next step is {{ next_step }}.",
    ),
}
# When the reader named no next step and no follow-up date.
WHAT_NEXT_LINES = {
    "formal": (
        "I look forward to hearing about the next steps.",
        "I would be glad to hear how the process moves forward.",
        "I look forward to learning what comes next.",
        "I hope to hear from you about the next stage.",
    ),
    "warm": (
        "I'm looking forward to hearing what comes next.",
        "I'd love to hear how things move forward.",
        "I hope to hear about next steps soon.",
        "I'm keen to hear where things go from here.",
    ),
}

FOLLOW_UP_LINES = {
    "formal": (
        "If I have not heard from you by {{ follow_up|long_date }}, I will get in touch then to ask about next steps.",
        "If I have no news by {{ follow_up|long_date }}, I will contact you then to ask how things stand.",
        "Should I not hear from you by {{ follow_up|long_date }}, I will follow up then.",
        "If there is no news by {{ follow_up|long_date }}, I will write then to ask about the timeline.",
    ),
    "warm": (
        "I'll check in around {{ follow_up|long_date }}, if I haven't heard anything by then.",
        "If I haven't heard by {{ follow_up|long_date }}, I'll drop you a line then.",
        "I'll follow up around {{ follow_up|long_date }} if there's no news before that.",
        "If it's quiet until {{ follow_up|long_date }}, I'll get in touch then.",
    ),
}

OFFER_LINES = {
    "formal": (
        "If it would help, I am glad to send examples of my work or the names of references.",
        "I can provide samples of my work or references whenever they would be useful.",
        "Should you need anything further, such as work samples or references, I am happy to send it.",
        "If examples of my work or references would help your decision, I can send them right away.",
    ),
    "warm": (
        "If examples of my work or references would help, just let me know.",
        "I'm happy to send over samples of my work or references if they'd be useful.",
        "If you'd like to see examples of my work, or talk to my references, just say.",
        "I can send work samples or references any time, if that would help.",
    ),
}

CLOSING_LINES = {
    ("formal", False): (
        "Thank you again for your time.",
        "Thank you again for the conversation.",
        "With thanks again for your time and insight.",
        "Thank you again, and I hope to speak with you soon.",
    ),
    ("formal", True): (
        "Thank you again for your time and for a helpful conversation.",
        "Thank you once more for your time and for the care you took with my questions.",
        "I am grateful for your time, and I hope we speak again soon.",
        "Thank you again; I enjoyed learning about your work.",
    ),
    ("warm", False): (
        "Thanks again for a great conversation.",
        "Thanks again for your time.",
        "Thanks so much, and I hope we talk again soon.",
        "Thanks again, I really enjoyed it.",
    ),
    ("warm", True): (
        "Thanks again for your time, and I hope we get to talk again soon.",
        "Thanks so much for your time and for answering all my questions so openly.",
        "I really appreciated the conversation, so thank you again for making time for it.",
        "Thanks again for making the interview feel like such a good conversation.",
    ),
}

WORDINGS = (OPENINGS, TOPIC_LINES, NO_TOPIC_LINES, TOPIC_WHY, NO_TOPIC_WHY, INTEREST_LINES, EAGER_LINES, FIT_LINES, POINT_LINES, POINT_WHY,
            QUESTION_LINES, NEXT_STEP_LINES, WHAT_NEXT_LINES, FOLLOW_UP_LINES, OFFER_LINES, CLOSING_LINES)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{{ opening }}
{{ topic_line }}
{% if full or not has_topic %}
{{ topic_why }}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{{ interest_line }}
{% if full or not point %}
{{ eager_line }}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full %}
{{ fit_line }}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if point %}
{{ point_line }}
{% if full %}
{{ point_why }}
{% endif %}
{% endif %}
{% if question %}
{{ question_line }}
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if next_step %}
{{ next_step_line }}
{% endif %}
{% if follow_up %}
{{ follow_up_line }}
{% endif %}
{% if not next_step and not follow_up %}
{{ what_next_line }}
{% endif %}
{% if full %}
{{ offer_line }}
{% endif %}
{{ closing_line }}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = "{{ 'Thank you for the ' ~ role ~ ' interview on ' if warm else 'Thank you: ' ~ role ~ ' interview on ' }}{{ when|month_day }}"


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    full = answers["length"] == "full"
    shared = dict(
        org=answers["organization"],
        role=answers["role"],
        when=answers["interview_date"],
        # A draft without the kind yet reads as a meeting; it cannot be sent.
        kind=answers.get("interview_kind") if answers.has("interview_kind") else "in_person",
        point=answers["point_to_add"],
        question=end_sentence(answers["question"], "?"),
        next_step=answers["next_step"],
        follow_up=answers["follow_up_date"],
    )
    letters = []
    for index, person in enumerate(answers["interviewers"]):
        def line(wordings, **extra) -> str:
            return render_template(wordings[index], **shared, **extra).strip()

        topic = person["topic"]
        body = render_template(
            BODY,
            warm=warm,
            full=full,
            greet=greeting(person["name"], warm),
            opening=line(OPENINGS[tone]),
            topic_line=line(TOPIC_LINES[tone], topic=topic) if topic else line(NO_TOPIC_LINES[tone]),
            has_topic=bool(topic),
            topic_why=line(TOPIC_WHY[tone]) if topic else line(NO_TOPIC_WHY[tone]),
            interest_line=line(INTEREST_LINES[tone]),
            eager_line=line(EAGER_LINES[tone]),
            fit_line=line(FIT_LINES[tone]),
            point_line=line(POINT_LINES[tone]),
            point_why=line(POINT_WHY[tone]),
            question_line=line(QUESTION_LINES[tone]),
            next_step_line=line(NEXT_STEP_LINES[tone]),
            follow_up_line=line(FOLLOW_UP_LINES[tone]),
            what_next_line=line(WHAT_NEXT_LINES[tone]),
            offer_line=line(OFFER_LINES[tone]),
            closing_line=line(CLOSING_LINES[tone, full]),
            me=answers["your_name"],
            **shared,
        )
        title = person["title"]
        letters.append(
            Letter(
                subject=render_template(SUBJECT, warm=warm, **shared).strip(),
                body=body,
                heading=f"To {person['name']}, {title}" if title else f"To {person['name']}",
            )
        )
    return letters


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    when = answers["interview_date"]
    if isinstance(when, date):
        level, text = timing.reply_status(timing.THANK_YOU, when, today)
        notes.append(Message(text, "interview_date", level))
        follow_up = answers["follow_up_date"]
        if isinstance(follow_up, date):
            if follow_up <= when:
                answers.error("follow_up_date", "The follow-up date must be after the interview date")
            elif follow_up >= today:
                notes.append(Message(
                    "Put this date in your calendar now, so the follow-up does not slip.",
                    "follow_up_date",
                ))
    if answers["interview_kind"] == "phone":
        notes.append(Message(
            "A phone interview deserves a thank-you note as much as a meeting does.",
            "interview_kind",
        ))
    people = answers["interviewers"]
    if len(people) > 1:
        notes.append(Message(
            "Send each note on its own, to each person's own address. "
            "No two notes share a sentence beyond the sign-off and your own words, so they do not read as copies.",
        ))
        for row, person in enumerate(people, start=1):
            if row > 1 and person["name"] and not person["topic"]:
                notes.append(Message(
                    f"Add something you talked about with {person['name']} to make their note as personal as the first.",
                    INTERVIEWERS.key(row, "topic"),
                ))
    return notes


def check(answers: Answers, today: date) -> list[Message]:
    """A follow-up promised for a day already gone holds the note."""
    when, follow_up = answers["interview_date"], answers["follow_up_date"]
    if isinstance(follow_up, date) and follow_up < today and not (isinstance(when, date) and follow_up <= when):
        return [Message(
            f"The note promises to follow up by {long_date(follow_up)}, which has passed. "
            "Pick a day in the next week or two, or leave it empty.",
            "follow_up_date", "hold",
        )]
    return []


SPEC = Spec(
    id=ID,
    title="Thank-you note after an interview",
    stage="interviewing",
    situation="You just had an interview",
    summary="A short, specific thank-you for each person who interviewed you, ready to send within a day or two.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "interview_date": "2026-03-12",
        "interview_kind": "video",
        "interviewers-1-name": "Dana Lee",
        "interviewers-1-title": "Head of Analytics",
        "interviewers-1-topic": "how your team is moving its weekly reports to a shared dashboard",
        "point_to_add": "I built a similar dashboard for our clinic network last year, and it halved the number of report requests",
        "next_step": "a short skills exercise, which you plan to send by March 20",
        "follow_up_date": "2026-03-27",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 13),
)
