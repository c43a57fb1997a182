"""Withdrawing your application, or declining a second interview.

Advice it follows (guide: applying/withdraw): tell them soon, kindly and in a
few lines; thank them for their time and for what you learned; give one
short, honest reason, or none; say whether you are open to other roles with
them; name a change that would bring you back only when the reason is one
they could fix and you would say yes; if they ask why, how much more you say
is your choice; keep it warm where the field is small.
"""

from __future__ import annotations

from datetime import date

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
    own_words_note,
    reason_fields,
)
from ..core.grammar import end_sentence, greeting, render_template

ID = "withdrawal"

# value: (label on the form, formal sentence, warm sentence). "{From what I
# learned}" says where they learned it: in the interview, or along the way.
REASONS = {
    "other_offer": (
        "I accepted another offer",
        "I have accepted an offer from another employer.",
        "I've accepted an offer elsewhere.",
    ),
    "staying": (
        "I am staying in my current job",
        "I have decided to stay in my current position.",
        "I've decided to stay in my current job for now.",
    ),
    "family_move": (
        "Family, or a move",
        "A change in my family circumstances means I am no longer able to take on this role.",
        "A change in my family's situation means I can't take this on right now.",
    ),
    "duties_hours": (
        "The responsibilities or the hours",
        "Having learned more about the responsibilities and the hours, I do not believe the role is the right match for me.",
        "Now that I know more about the duties and the hours, I don't think the role is the right match for me.",
    ),
    "commute_travel": (
        "The commute or the travel",
        "The time the role would need for commuting and travel is more than I can manage.",
        "The commuting and travel the role needs would be more than I can manage.",
    ),
    "part_time": (
        "Part-time versus full-time: I want part-time, and the role is or will be full-time",
        "I am looking for part-time work, and this role calls for full-time hours.",
        "I'm looking for part-time work, and this role needs full-time hours.",
    ),
    "full_time": (
        "Part-time versus full-time: I want full-time, and the role is part-time",
        "I am looking for full-time work, and this role is part-time.",
        "I'm after full-time work, and this role is part-time.",
    ),
    "not_fit": (
        "Not the right fit, after what I learned",
        "{From what I learned}, I do not believe this role is the right fit for me.",
        "{From what I learned}, I don't think this role is quite the right fit for me.",
    ),
}
# Reasons the employer could fix (remote days, a job share, other hours);
# the others are not theirs to change, so offering a change makes no sense.
FIXABLE = frozenset({"duties_hours", "commute_travel", "part_time", "full_time"})
NOT_FIXABLE_AS = {
    "other_offer": "Another offer",
    "staying": "Staying in your current job",
    "family_move": "A family matter or a move",
    "not_fit": "A poor fit",
}

SPEC_ITEMS = (
    YOUR_NAME,
    Field(
        name="contact_name",
        person=True,
        label="Name of the person you are writing to",
        required=True,
        max_length=80,
        hint="Usually the interviewer or the recruiter, for example Dana Lee or Ms. Patricia Gould.",
        missing="Enter the name of the person you are writing to",
    ),
    organization_field("Enter the organization"),
    ROLE_APPLIED_FOR,
    Field(
        name="request",
        label="What you want to do",
        kind="radio",
        required=True,
        choices=(
            Choice("withdraw", "Withdraw my application"),
            Choice("decline", "Decline a second interview"),
        ),
        missing="Choose what you want to do",
    ),
    Field(
        name="interview_date",
        label="Date of your interview (optional)",
        kind="date",
        hint="Leave it empty if you have not had one.",
    ),
    Field(
        name="learned",
        label="Something you learned about their mission or their work (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish “I valued learning about …”. For example: how your clinics share data to cut waiting times.",
    ),
    Field(
        name="detail",
        label="How much to say",
        kind="radio",
        choices=(
            Choice("brief", "A brief reason, in one sentence"),
            Choice("none", "No reason"),
        ),
        default="brief",
        hint="You do not owe them a reason. One sentence is plenty.",
    ),
    *reason_fields(
        REASONS,
        label="Your reason",
        hint="Choose the one that is true, or write your own below.",
        own_hint="One short sentence. It replaces the choice above. For example: I have decided to go back to school this fall.",
    ),
    Field(
        name="would_change",
        label="What would change your mind (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Only if your reason is one they could fix, and you would say yes if they did. "
             "Finish “I would gladly reconsider if …”. For example: the role could include two days a week working from home.",
    ),
    Field(
        name="open_to_other",
        label="Would you like to hear about other roles with them later?",
        kind="radio",
        required=True,
        choices=(
            Choice("yes", "Yes, I am open to other roles"),
            Choice("no", "No, just wish them well"),
        ),
        missing="Choose whether you are open to other roles with them",
    ),
    Field(
        name="lined_up",
        label="Do you have a job, an offer or another interview lined up? (optional)",
        kind="radio",
        choices=(
            Choice("yes", "Yes"),
            Choice("no", "Not yet"),
        ),
        hint="Withdrawing is safest when you have something to fall back on.",
        in_letter=False,
    ),
    TONE,
    LENGTH,
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if interviewed and decline and warm %}
Thank you so much for our conversation on {{ interviewed|long_date }}, and for inviting me back for a second interview for the {{ role }} role at {{ org }}.
{% elif interviewed and decline %}
Thank you for meeting with me on {{ interviewed|long_date }}, and for inviting me to a second interview for the {{ role }} position at {{ org }}.
{% elif decline and warm %}
Thank you so much for inviting me to a second interview for the {{ role }} role at {{ org }}.
{% elif decline %}
Thank you for inviting me to a second interview for the {{ role }} position at {{ org }}.
{% elif interviewed and warm %}
Thank you so much for meeting with me on {{ interviewed|long_date }}, about the {{ role }} role at {{ org }}.
{% elif interviewed %}
Thank you for meeting with me on {{ interviewed|long_date }}, to discuss the {{ role }} position at {{ org }}.
{% elif warm %}
Thanks so much for considering me for the {{ role }} role at {{ org }}.
{% else %}
Thank you for considering me for the {{ role }} position at {{ org }}.
{% endif %}
{% if learned and warm %}
I really enjoyed hearing about {{ learned }}.
{% elif learned %}
I especially valued learning about {{ learned }}.
{% elif warm %}
I've really enjoyed learning about your team and the work you do.
{% else %}
I have enjoyed learning about your team and the work it does.
{% endif %}
{% if full and interviewed and warm %}
You gave me a clear picture of the role and the people behind it.
{% elif full and interviewed %}
I appreciated how openly you described the role and the team.
{% elif full and warm %}
I know reviewing applications takes time, and I appreciate yours.
{% elif full %}
I know that reviewing applications takes time, and I am grateful for the time you gave mine.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if decline and warm %}
After a lot of thought, I've decided to step back before the second interview.
{% elif decline %}
After careful thought, I would like to decline the second interview and withdraw from the process.
{% elif warm %}
After a lot of thought, I'm withdrawing my application.
{% else %}
After careful thought, I would like to withdraw my application.
{% endif %}
{% if reason %}
{{ reason }}
{% elif warm %}
My reasons are my own, and they have nothing to do with you or the team.
{% else %}
My reasons are personal, and they are no reflection on you or your team.
{% endif %}
{% if would_change and warm %}
I'd happily reconsider if {{ would_change }}.
{% elif would_change %}
I would gladly reconsider if {{ would_change }}.
{% endif %}
{% if full and warm %}
It wasn't an easy decision, and I wanted to tell you as soon as I'd made it, so you can plan without me.
{% elif full %}
This was not an easy decision, and I wanted to let you know as soon as I had made it, so that you can plan accordingly.
{% elif warm %}
I wanted to let you know as soon as I'd decided, so you can plan without me.
{% else %}
I wanted to tell you as soon as I had decided, so that you can plan without me.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if open and warm %}
I'd love to hear about other roles at {{ org }} in the future.
{% elif open %}
I would welcome hearing about other roles at {{ org }} in the future.
{% elif full and warm %}
I really admire what {{ org }} does, and I wish the whole team well.
{% elif full %}
I have great respect for what {{ org }} does, and I wish the whole team well.
{% endif %}
{% if full and interviewed and warm %}
Please say thanks to everyone I met along the way.
{% elif full and interviewed %}
Please pass my thanks to everyone I met during the process.
{% elif full and warm %}
Please pass on my thanks to anyone else who looked at my application.
{% elif full %}
Please pass my thanks to anyone else who took part in reviewing my application.
{% endif %}
{% if warm %}
I hope you find a great person for the job{{ ", and thanks again for your time" if full else "" }}.
{% else %}
I wish you every success in filling the role{{ ", and thank you again for your time" if full else "" }}.
{% endif %}
{% if full %}
{{ "If you need anything else from me to wrap things up, just let me know and I'll sort it out." if warm else "If you need anything from me to close my application, I am glad to help." }}
{{ "I hope our paths cross again some day." if warm else "I hope our paths cross again." }}
{% else %}
{{ "Thanks again for all your time and help." if warm else "Thank you again for your time." }}
{% endif %}
{% endfilter %}
{{ 'Warm wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = (
    "{% if decline %}{{ 'Declining the second interview for the ' ~ role ~ ' role' if warm else 'Declining the second interview: ' ~ role }}"
    "{% else %}{{ 'Withdrawing my ' ~ role ~ ' application' if warm else 'Withdrawing my application: ' ~ role }}{% endif %}"
)


def reason_sentence(answers: Answers, warm: bool) -> str:
    """One short sentence, or nothing when the reader gives no reason."""
    if answers["detail"] == "none":
        return ""
    own = answers["own_reason"]
    if own:
        return end_sentence(own)
    chosen = REASONS.get(answers["reason"])
    if not chosen:
        return ""
    if isinstance(answers["interview_date"], date):
        learned = "From everything I learned when we talked" if warm else "From what I learned in our conversation"
    else:
        learned = "From everything I've learned about it" if warm else "From what I have learned about the role"
    return chosen[2 if warm else 1].replace("{From what I learned}", learned)


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        decline=answers["request"] == "decline",
        interviewed=answers["interview_date"] or None,
        learned=answers["learned"],
        reason=reason_sentence(answers, warm),
        would_change=answers["would_change"],
        open=answers["open_to_other"] == "yes",
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    detail, reason, own, change = answers["detail"], answers["reason"], answers["own_reason"], answers["would_change"]

    if detail == "none":
        if own:
            answers.error("own_reason", "You chose to give no reason. Clear this box, or choose to give a brief reason")
        if change:
            answers.error(
                "would_change",
                "Leave this empty, or choose to give a brief reason: a change they could make only makes sense beside your reason",
            )
        if not own and not change:
            notes.append(Message(
                "That is fine: you do not owe them a reason. If they ask, you can decide then how much to say.", "detail",
            ))
    else:
        if not reason and not own:
            answers.error("reason", "Choose a reason, write your own, or choose to give no reason")
        notes.extend(own_words_note(answers))
        if own and len(own) > 150:
            notes.append(Message(
                "Keep your reason to one short sentence. There is no need to list what you did not like.",
                "own_reason", "warning",
            ))
        if change and not own and reason in NOT_FIXABLE_AS:
            answers.error(
                "would_change",
                f"Leave this empty: {NOT_FIXABLE_AS[reason].lower()} is not something they could change. "
                "Offer a change only when your reason is one they could fix",
            )
        elif change:
            notes.append(Message(
                "Only offer this if it is true and you would say yes to it. If you are their first choice, they may come back with that change.",
                "would_change",
            ))

    # The guide: withdraw when you have a position or another interview lined
    # up. A reason that is itself a position says so already, even when the
    # reader chose not to give it in the letter: they have told us.
    has_position = not answers["own_reason"] and answers["reason"] in ("other_offer", "staying")
    # Telling the other employers once you have said yes elsewhere: the
    # guide offer/after-you-accept gives its own timing and asks for a call
    # first where you got far.
    accepted_elsewhere = not answers["own_reason"] and answers["reason"] == "other_offer"
    if answers["lined_up"] == "no" and not has_position:
        notes.append(Message(
            "You have nothing else lined up yet. Withdrawing is safest once you have a job, an offer or another "
            "interview to go to. Until then, you can go ahead with this process and decide later: an interview "
            "commits you to nothing.",
            "lined_up", "warning",
        ))
    elif not answers["lined_up"] and not has_position:
        notes.append(Message(
            "Withdraw when you have a job, an offer or another interview lined up, so you are not left with nothing.",
            "lined_up",
        ))
    if not answers["learned"]:
        notes.append(Message(
            "Add one thing you valued learning about them. Without it, the note could be about any job.",
            "learned",
        ))

    interviewed = answers["interview_date"]
    if isinstance(interviewed, date) and interviewed > today:
        notes.append(Message(
            "This date is in the future. If the interview has not happened yet, leave this empty.",
            "interview_date", "warning",
        ))

    when = "Send it within a day or two of accepting the other offer" if accepted_elsewhere else "Send it as soon as you are sure"
    if answers["request"] == "decline":
        notes.append(Message(f"{when}, and well before the second interview, so they can offer the time to someone else."))
    else:
        notes.append(Message(f"{when}, so they can plan without you. Keep it brief."))
    if accepted_elsewhere:
        notes.append(Message(
            "If you got far in their process, call them first, then send this as the written record. "
            "Write to every other employer still considering you as well, and cancel any interviews you have booked.",
        ))
    notes.append(Message(
        "If they write back and ask why, how much more you say is your choice. Say a little more if your field "
        "is small or you might want another role with them later, and keep it polite and factual.",
    ))
    if answers["tone"] != "warm":
        notes.append(Message(
            "Keep it warm where your field is small: if you are likely to meet these people again, choose the warm tone.",
        ))
    return notes


SPEC = Spec(
    id=ID,
    title="Withdrawing your application or declining a second interview",
    stage="applying",
    situation="You want to step out of a hiring process",
    summary="A brief, warm note that thanks them, steps out of the process, and keeps the door open if you want it to.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Ms. Patricia Gould",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "request": "withdraw",
        "interview_date": "2026-03-12",
        "learned": "how your clinics share data to cut waiting times for patients",
        "detail": "brief",
        "reason": "commute_travel",
        "would_change": "the role could include two days a week working from home",
        "open_to_other": "yes",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 3, 16),
)
