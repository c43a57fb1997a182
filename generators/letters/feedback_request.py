"""Answering a rejection and asking for feedback: one short email.

Advice it follows (guide: after-rejection/ask-for-feedback): reply within a
day of their news; write to the person who told you or who set up your
interview; thank them, say you are disappointed without blame, ask to be kept
in mind, ask for advice on becoming a stronger candidate (never for reasons,
weaknesses or what you should have done), and say how to reach you; after an
application with no interview expect less back; remind them once after a
week, then let it go.

The reader may add a question of their own. ``check_question`` reads it for
the phrasings the guide warns against and offers a kinder way to ask.

When they phoned with the news, the guide says you may ask for advice on
that call: the writer adds a short script for it, and the email thanks them
for the call. A request for advice should not be your first word to them
since the interview, so the advice asks whether you sent a thank-you.
"""

from __future__ import annotations

from datetime import date

from ..core import timing
from .application_follow_up import script

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
    check_phone,
)
from ..core.grammar import any_of, as_checked, end_sentence, greeting, long_date, render_template

ID = "feedback-request"

QUESTION = Field(
    name="question",
    label="A question of your own (optional)",
    kind="textarea",
    max_length=300,
    hint="One question about what would make you a stronger candidate. "
    "It is checked for wording that could put them off, with a kinder way to ask.",
)

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="your_email",
        label="Your email address",
        kind="email",
        required=True,
        autocomplete="email",
        max_length=120,
        missing="Enter your email address, so they can reply",
    ),
    Field(
        name="your_phone",
        label="Your phone number (optional)",
        autocomplete="tel",
        max_length=40,
        hint="Giving both lets them answer whichever way is easier for them.",
    ),
    organization_field("Enter the organization that turned you down"),
    ROLE_APPLIED_FOR,
    Field(
        name="contact_name",
        person=True,
        label="Who you are writing to",
        required=True,
        max_length=80,
        hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
        missing="Enter the name of the person you are writing to",
    ),
    Field(
        name="contact_relation",
        label="How this person was involved",
        kind="radio",
        required=True,
        choices=(
            Choice("told_me", "They told me the news"),
            Choice("arranged", "They set up my interview"),
            Choice("other", "Someone else I know there"),
        ),
        missing="Choose how this person was involved",
    ),
    Field(
        name="news_date",
        label="When they told you",
        kind="date",
        required=True,
        hint="The date of their email, letter or call.",
        missing="Enter the date they told you",
    ),
    Field(
        name="told_by",
        label="How they told you",
        kind="radio",
        choices=(
            Choice("writing", "By email or letter"),
            Choice("phone", "By phone"),
            Choice("call_ahead", "They are going to phone me"),
        ),
        default="writing",
        hint="If they are going to phone, you can ask for advice on the call: you get a short script "
        "for it instead of an email.",
    ),
    Field(
        name="stage",
        label="How far you got",
        kind="radio",
        required=True,
        choices=(
            Choice("application", "Application only, no interview"),
            Choice("interview", "One interview or a phone screen"),
            Choice("final", "A second or final interview"),
        ),
        missing="Choose how far you got",
    ),
    Field(
        name="thanked",
        label="Did you send a thank-you after your interview? (optional)",
        kind="radio",
        choices=(
            Choice("yes", "Yes"),
            Choice("no", "No"),
        ),
        hint="A request for advice works best when it is not your first word to them since the interview.",
    ),
    Field(
        name="highlight",
        label="Something you enjoyed about the process (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish the sentence “I especially enjoyed …”. For example: meeting the analytics team.",
    ),
    QUESTION,
    TONE,
    LENGTH,
)

SUBJECT = (
    "{{ 'Thanks, and a quick request about the ' ~ role ~ ' role' if warm"
    " else role ~ ' position: thank you, and a request for advice' }}"
)

# The first sentence thanks the person for what they did: told you the news
# (in writing or on the phone) and read or interviewed you; set up your
# interview; or, for someone else you know there, nothing yet, so it says
# why you are writing to them instead.
TOLD = {
    "formal": {
        "writing": "Thank you for letting me know your decision about the {{ role }} position",
        "phone": "Thank you for calling to tell me your decision about the {{ role }} position",
    },
    "warm": {
        "writing": "Thanks for letting me know about the {{ role }} role",
        "phone": "Thanks for calling to let me know about the {{ role }} role",
    },
}
FOR_STAGE = {
    "formal": {
        "application": ", and for considering my application.",
        "interview": ", and for taking the time to interview me.",
        "final": ", and for the time you and your colleagues gave me across the interviews.",
    },
    "warm": {
        "application": ", and for taking a look at my application.",
        "interview": ", and for taking the time to talk with me.",
        "final": ", and for all the time you and the team spent with me over the interviews.",
    },
}
NOT_THE_TELLER = {
    "formal": {
        "arranged": "I have now heard the decision about the {{ role }} position, and I would like to thank you for arranging my {{ 'interviews' if stage == 'final' else 'interview' }} and for your help along the way.",
        "other": "I have heard that {{ org }} chose another candidate for the {{ role }} position, and as you know the team well, I hoped to ask you.",
    },
    "warm": {
        "arranged": "I've heard back about the {{ role }} role, and I wanted to say thanks for setting up my {{ 'interviews' if stage == 'final' else 'interview' }} and helping me along the way.",
        "other": "I've heard it's a no on the {{ role }} role at {{ org }}, and since you know the team, I hoped to ask you something.",
    },
}


def thanks_line(tone: str, relation: str, told_by: str, stage: str, role, org) -> str:
    if relation in NOT_THE_TELLER[tone]:
        return render_template(NOT_THE_TELLER[tone][relation], role=role, org=org, stage=stage).strip()
    # Rendered apart from the fixed end, so the template is one the build
    # compiles (grammar.template_sources).
    return render_template(TOLD[tone][told_by], role=role).strip() + FOR_STAGE[tone][stage]

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{{ thanks }}
{% if highlight and full and not warm %}
I especially enjoyed {{ highlight }}, and it confirmed my interest in the work.
{% elif highlight %}
I especially enjoyed {{ highlight }}.
{% elif full and warm and stage == 'application' %}
Reading up on the role made me want to join your team even more.
{% elif full and stage == 'application' %}
Learning about the role only strengthened my interest in joining your team.
{% elif full and warm %}
Everything I learned about your team along the way made me want to join it even more.
{% elif full %}
What I learned about your team during the process only strengthened my interest in joining it.
{% endif %}
{% if warm %}
I'm disappointed, of course, but I understand, and I'd love it if you kept me in mind for future roles at {{ org }} that suit my skills.
{% else %}
I am disappointed, but I understand, and I would be glad to be considered for future roles at {{ org }} that match my skills.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
I'm working on becoming a stronger candidate, and your advice would really help.
{% else %}
I am working on becoming a stronger candidate, and I would value your advice.
{% endif %}
{# The letter's own request for advice always stays: the reader's question
   comes on top of it, so it can never become the only thing asked. #}
{% if warm %}
What would you suggest I work on before I apply for something similar?
{% else %}
Is there anything you would suggest I build on or change before I apply for a similar position?
{% endif %}
{% if full and warm %}
Anything at all would be useful, whether it's about my résumé, my experience or how I interview.
{% elif full %}
Any pointer would be welcome, whether it concerns my résumé, my experience or the way I interview.
{% endif %}
{% if question and full and warm %}
And if you have a moment: {{ question }}
{% elif question and full %}
One more question, if you have time for it: {{ question }}
{% elif question %}
One question in particular: {{ question }}
{% endif %}
{% if full and warm %}
I know feedback takes time to write, so even a quick line or two would be great, whenever it suits you.
{% elif full %}
I know that feedback takes time to write, so a line or two, whenever it suits you, would already be useful.
{% elif warm %}
Even a quick line or two would be great.
{% else %}
Even a line or two would help.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
You can reach me at {{ email }}{{ ' or on ' ~ phone ~ ', whichever is easier' if phone }}.
{% else %}
You can reach me at {{ email }}{{ ' or by phone at ' ~ phone if phone }}.
{% endif %}
{% if full and warm %}
If a short call is easier than writing, I'm happy to fit around your day.
{% elif full %}
If a short call would be easier than writing, I am glad to fit around your schedule.
{% endif %}
{% if other %}
{{ 'Thanks for any help you can give.' if warm else 'Thank you for any help you can offer.' }}
{% else %}
{{ 'Thanks again for considering me.' if warm else 'Thank you again for your time.' if not full else 'Thank you again for considering me, and for your time.' }}
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""


# The question checker. Each finding is one thing the guide warns against,
# the patterns that show it, and a kinder way to ask. Patterns read the
# question in lower case with curly apostrophes made straight.


NOT_CHOSEN = (
    r"reject\w*|turn(?:ed|ing)? (?:me |my \w+ )?down|unsuccessful|"
    r"not (?:selected|chosen|successful|hired|picked|shortlisted|offered|invited|moving forward)|"
    r"(?:wasn't|was not|weren't|were not) (?:selected|chosen|successful|hired|picked|shortlisted|offered|invited|a (?:good |strong )?fit|the right)|"
    r"(?:didn't|did not|don't|do not) (?:get|make|choose|pick|hire|select|offer|move|progress|advance)|"
    r"pass(?:ed)? (?:me )?over|passed on (?:me|my)|someone else|another (?:candidate|applicant|person)|"
    r"the other (?:candidate|applicant)|went with"
)

FINDINGS = (
    (
        "why",
        any_of(
            rf"\bwhy\b[^?.!]{{0,60}}?\b(?:{NOT_CHOSEN})",
            rf"\b(?:reasons?|grounds)\b[^?.!]{{0,40}}?\b(?:{NOT_CHOSEN}|decision)",
            r"\bwhy (?:did|was|were|didn't|wasn't|weren't|haven't|hasn't) (?:i|my|me)\b",
            r"\bwhy not me\b",
            r"\bwhat went wrong\b",
            r"\bwhat (?:made|led) you (?:to )?(?:reject|turn|decide|choose|pass|go with)",
        ),
        "This asks why you were turned down. That can sound defensive, and it rarely gets "
        "a useful answer. Ask for advice instead, for example: “What would make me a "
        "stronger candidate for a role like this?”",
    ),
    (
        "weaknesses",
        any_of(
            r"\bweak(?:ness|nesses|est|er)?\b",
            r"\bshortcomings?\b",
            r"\bflaws?\b",
            r"\bmy (?:faults?|failings?|negatives?)\b",
            r"\b(?:fell|fall|came|come) short\b",
            r"\bwhat (?:was|is) wrong with (?:me|my)\b",
            r"\b(?:where|what) (?:did )?i (?:go|went|do|did) wrong\b",
            r"\bwhat i did wrong\b",
        ),
        "This asks for your weaknesses, which invites a list of faults that few people "
        "will put in writing. Ask what to build on instead, for example: “Which skill "
        "would you suggest I develop first?”",
    ),
    (
        "differently",
        any_of(
            r"\b(?:could|should|would|might)(?: i)?(?: have|'ve)\b[^?.!]{0,30}?\b"
            r"(?:done|said|answered|prepared|handled|shown|presented|asked|brought|improved|changed|made|included)\b",
            r"\b(?:done|did|handled|answered|approached) (?:it |things |anything |something |that )?differently\b",
            r"\bwhat did i miss\b",
            r"\bin hindsight\b",
        ),
        "This looks back at what is already done. Advice about what comes next is easier "
        "to give and to use, for example: “What would help me stand out in my next "
        "interview?”",
    ),
    (
        "mistake",
        any_of(
            r"\bmistakes?\b",
            r"\bwrong (?:choice|decision|person|call|candidate|hire|move)\b",
            r"\b(?:you|they|the team|the panel) (?:were|was|are|got it|got this) wrong\b",
            r"\breconsider\b",
            r"\b(?:your|their|the company's) loss\b",
            r"\bmiss(?:ed|ing)? out\b",
            r"\b(?:you|you'll|you will|they|they'll)\b[^?.!]{0,20}\bregret\b",
            r"\b(?:more|better) (?:qualified|suited|experienced) than\b",
            r"\bi (?:was|am|'m) (?:clearly |obviously |easily )?(?:the )?(?:best|better|perfect|ideal|right|strongest)\b",
            r"\boverlook(?:ed|ing)?\b",
            r"\b(?:unfair|not fair)\b",
        ),
        "This suggests they chose wrongly. However it is meant, it can close the door "
        "for good. Say what you still value instead, for example: “I would be glad to "
        "be considered for a future role on your team.”",
    ),
    (
        "owed",
        any_of(
            r"\bowes?\b",
            r"\bdeserve[ds]?\b",
            r"\bentitled\b",
            r"\bi (?:expect|demand|insist|require)\b",
            r"\bi need (?:to know|an? (?:answer|reply|response|explanation|reason))\b",
            r"\bexplain (?:why|your|the decision|yourself)\b",
            r"\ban explanation\b",
            r"\bjustify\b",
            r"\bat least (?:tell|explain|give|let|reply|answer)\b",
            r"\bthe least you\b",
            r"\b(?:you )?(?:must|have to|need to) (?:tell|explain|give|reply|respond|answer|let)\b",
            r"\basap\b",
            r"\bas soon as possible\b",
        ),
        "This sounds as if they owe you an answer. Feedback is a favor they may not be "
        "free to give, so make it easy to say yes, for example: “If you have time, any "
        "advice at all would help me.”",
    ),
)


# Which findings hold the letter. Asking why you were not chosen, for your
# weaknesses, or what you should have done differently is what the guide
# says never to ask, and saying they chose wrongly closes the door for good:
# a letter with any of these breaks its own advice, so it is held until the
# question changes. Sounding owed an answer ("as soon as possible", "I need
# to know") is a matter of tone the reader may still choose, so it warns.
HOLDING_FINDINGS = frozenset({"why", "weaknesses", "differently", "mistake"})


def check_question(text: str) -> list[Message]:
    """The reader's own question, read for what the guide warns against.

    One message per kind of problem, each with a kinder way to put it: a
    hold or a warning (see HOLDING_FINDINGS). A question that asks for
    advice about the future gets a short yes."""
    if not text or not text.strip():
        return []
    plain = as_checked(text)
    found = [
        Message(advice, QUESTION.name, "hold" if kind in HOLDING_FINDINGS else "warning")
        for kind, pattern, advice in FINDINGS
        if pattern.search(plain)
    ]
    if not found:
        found.append(Message(
            "This question looks ahead and asks for advice, which is the kind people answer best.",
            QUESTION.name,
        ))
    return found


# What to say when they phone with the news: the guide says you may ask for
# advice on that call. Short lines under cues, to say rather than read out.
CALL_PARTS = (
    ("When you pick up:", "{{ 'Hi, this is ' ~ me ~ '.' if warm else 'Hello, ' ~ me ~ ' speaking.' }}"),
    ("When they tell you:", """\
{% if warm %}
Thanks for calling to tell me yourself. I'm disappointed, of course, but I understand.
{{ "I really enjoyed " ~ highlight ~ "." if highlight }}
I'd love to be kept in mind for future roles at {{ org }}.
{% else %}
Thank you for calling to tell me yourself. I am disappointed, but I understand.
{{ "I especially enjoyed " ~ highlight ~ "." if highlight }}
I would be glad to be considered for future roles at {{ org }}.
{% endif %}
"""),
    ("Then ask for advice:", """\
{% if warm %}
While I have you, could I ask one thing? What would help me become a stronger candidate for the {{ role }} job, or one like it?
{% else %}
While I have you, may I ask for your advice? What would make me a stronger candidate for the {{ role }} position, or one like it?
{% endif %}
"""),
    ("If there is time for one more:", "{{ question }}"),
    ("If they would rather think about it:", """\
{% if warm %}
Of course. Whenever suits you, my email is {{ email }}{{ ", and my number is " ~ phone if phone }}.
{% else %}
Of course. If you would rather write later, my email is {{ email }}{{ ", and my number is " ~ phone if phone }}.
{% endif %}
"""),
    ("To finish:", "{{ 'Thanks again, I really appreciate the call. Goodbye.' if warm else 'Thank you again for the call. Goodbye.' }}"),
)


def compose(answers: Answers, today: date) -> list[Letter]:
    tone = answers["tone"] or "formal"
    warm = tone == "warm"
    full = answers["length"] == "full"
    stage = answers["stage"] if answers.has("stage") else "interview"
    role = answers["role"]
    name = answers["contact_name"]
    relation = answers["contact_relation"] if answers.has("contact_relation") else "told_me"
    told_by = answers["told_by"] or "writing"
    if told_by == "call_ahead":
        body = script(
            CALL_PARTS, warm=warm, org=answers["organization"], role=role,
            highlight=answers["highlight"], phone=answers["your_phone"], me=answers["your_name"],
            question=end_sentence(answers["question"], "?"), email=answers["your_email"],
        )
        return [Letter(subject="", body=body, heading=f"On the call with {name}", layout="script")]

    body = render_template(
        BODY,
        warm=warm,
        full=full,
        greet=greeting(name, warm),
        stage=stage,
        other=relation == "other",
        thanks=thanks_line(tone, relation, told_by, stage, role, answers["organization"]),
        org=answers["organization"],
        highlight=answers["highlight"],
        question=end_sentence(answers["question"], "?"),
        email=answers["your_email"],
        phone=answers["your_phone"],
        me=answers["your_name"],
    )
    return [
        Letter(
            subject=render_template(SUBJECT, warm=warm, role=role).strip(),
            body=body,
            heading=f"To {name}",
        )
    ]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    check_phone(answers, "your_phone")
    told = answers["news_date"]
    calling = answers["told_by"] == "call_ahead"
    if isinstance(told, date) and calling:
        notes.append(Message(
            "On the call, listen first and keep it short. If they cannot give advice on the spot, thank them "
            "and offer your email: some people find it easier to write.",
            "told_by",
        ))
    elif isinstance(told, date):
        level, text = timing.reply_status(timing.REPLY_TO_NEWS, told, today)
        notes.append(Message(text, "news_date", level))
    relation = answers["contact_relation"]
    if relation == "other":
        notes.append(Message(
            "If you can, write to the person who told you the news or who set up your interview: "
            "they know the role and your application best. A trusted contact there can help too, "
            "but may know less about how your application was read.",
            "contact_relation", "warning",
        ))
    stage = answers["stage"]
    if stage == "application":
        notes.append(Message(
            "Without an interview they have less to go on, and replies are rarer. "
            "It is still worth asking; just expect less back.",
            "stage",
        ))
    elif stage == "final":
        notes.append(Message(
            "After a final round they know you well, so their advice is likely to be the most useful you will get.",
            "stage",
        ))
    if stage in ("interview", "final") and answers["thanked"] == "no" and relation != "other":
        notes.append(Message(
            "You did not send a thank-you after the interview, so this is your first word to them since. "
            "That makes a request for advice harder to say yes to. Keep the thanks at the start warm and "
            "sincere, and keep the request light.",
            "thanked", "warning",
        ))
    if not answers["highlight"] and answers.has("stage") and not calling:
        notes.append(Message(
            "Add one thing you enjoyed about the process. Without it, the letter could be about any job.",
            "highlight",
        ))
    if not answers["your_phone"] and answers.has("your_email"):
        notes.append(Message(
            "Add a phone number if you are happy to take a call: some people find it quicker to say than to write.",
            "your_phone",
        ))
    notes.extend(m for m in check_question(answers["question"]) if m.level != "hold")
    if not calling:
        # Counted from today, the day the letter goes.
        remind = timing.reminder(today).opens
        notes.append(Message(
            f"If you have no answer by {long_date(remind)}, send one short, friendly reminder. "
            "If that gets no reply either, let it go. Many employers stay silent for legal reasons "
            "or lack of time, and their silence says nothing about you.",
        ))
    return notes


def check(answers: Answers, today: date) -> list[Message]:
    """What holds the letter: a question the guide says never to ask, or
    answers that cannot both be true."""
    holds = [m for m in check_question(answers["question"]) if m.level == "hold"]
    if answers["stage"] == "application" and answers["contact_relation"] == "arranged":
        holds.append(Message(
            "You chose that this person set up your interview, and also that you got no interview. "
            "Change one of them, so the letter thanks them for the right thing.",
            "contact_relation", "hold",
        ))
    return holds


SPEC = Spec(
    id=ID,
    title="Answering a rejection and asking for feedback",
    stage="after-rejection",
    situation="You were turned down and want advice",
    summary="A calm, short reply to a rejection that thanks them and asks for advice on becoming a stronger candidate.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "your_email": "jordan.rivera@example.com",
        "your_phone": "(503) 555-0142",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "contact_name": "Dana Lee",
        "contact_relation": "told_me",
        "news_date": "2026-03-24",
        "told_by": "writing",
        "stage": "final",
        "thanked": "yes",
        "highlight": "walking through the new reporting dashboard with your team",
        "question": "Are there skills or tools you would suggest I focus on for analyst roles like this one?",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 24),
)
