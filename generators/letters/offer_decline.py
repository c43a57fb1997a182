"""Saying no to a job offer: one short email.

Advice it follows (guide: offer/saying-no): a no to an offer is not a
withdrawal. They chose you, and other candidates may be waiting, so say no as
soon as you are sure and by the date they gave. Call the person who made the
offer first if you can, then confirm by email the same day. Thank them, say
no plainly, give one short, kind reason or none, keep the door open only if
you mean it, and wish them well: four or five sentences. Do not criticize the
people or the company, and do not say no as a trick to get more.

Nothing here holds the letter. An answer after their date is late, but it is
still the right thing to send (far better than silence), so it only warns,
and the letter says sorry for the delay.
"""

from __future__ import annotations

import re
from datetime import date

from ..core.spec import (
    Answers,
    Choice,
    Field,
    LENGTH,
    Letter,
    Message,
    OFFER_MAKER,
    ROLE_OFFERED,
    Spec,
    TONE,
    YOUR_NAME,
    organization_field,
    own_words_note,
    reason_fields,
)
from ..core.grammar import as_checked, end_sentence, greeting, long_date, render_template

ID = "offer-decline"

# value: (label on the form, formal sentence, warm sentence).
REASONS = {
    "other_offer": (
        "I accepted another offer",
        "I have accepted a role with another employer.",
        "I've said yes to another role.",
    ),
    "pay_terms": (
        "The pay or the terms do not work for me",
        "The pay and terms on offer do not meet what I need at this point.",
        "The pay and terms just don't work for me right now.",
    ),
    "staying": (
        "I am staying in my current job",
        "I have decided to remain in my current position.",
        "I've decided to stay where I am for now.",
    ),
    "not_fit": (
        "The role is not the right fit for me",
        "I have come to feel that the role is not the right match for me at this stage.",
        "I've realized the role isn't quite the right fit for me.",
    ),
    "personal": (
        "Personal reasons",
        "The decision is for personal reasons, and it says nothing about you or the team.",
        "It comes down to personal reasons, and nothing to do with you or the team.",
    ),
    "none": ("I would rather not give a reason", "", ""),
}

# A reason longer than this is more than "one short sentence".
LONG_REASON = 150

# Words that judge the people, the company or the process, read in lower case
# with curly apostrophes made straight. The guide: do not criticize them, and
# do not list what you did not like. Saying what does not work for you
# ("the pay is below what I need") is not criticism, so plain words such as
# "low" or "not" are left alone.
CRITICISM = re.compile(
    r"\b(?:"
    r"rude|unprofessional|disorgani[sz]ed|chaotic|toxic|hostile|arrogant|condescending|dismissive|"
    r"disrespect(?:ful|ed)?|incompetent|unfriendly|unethical|dishonest|shady|sketchy|unreliable|"
    r"insult(?:ing|ingly|ed)?|offensive|ridiculous|absurd|laughable|pathetic|terrible|awful|horrible|"
    r"dreadful|appalling|worst|a joke|lowball(?:ed|ing)?|low-ball(?:ed|ing)?|stingy|cheap|greedy|"
    r"exploit(?:ative|ing)|unreasonable|unacceptable|waste of (?:my |our )?time|red flags?|"
    r"(?:not|wasn't|was not|weren't|were not) impressed|unimpressed|disappointing|"
    r"disappointed (?:by|with|in)|frustrat\w*|annoy\w*|kept me waiting|"
    r"never (?:replied|responded|called|answered|got back)|ghost(?:ed|ing)|lied|misled|misleading|"
    r"bait and switch|micromanag\w*|high turnover|underpa(?:y|id|ying)|overwork\w*|"
    r"poor(?:ly)? (?:managed|organi[sz]ed|run|communicat\w*|handled|treated|pay|offer|culture|management|leadership)|"
    r"bad (?:experience|impression|culture|management|manager|interview|attitude)"
    r")\b"
)


def criticizes(text: str) -> bool:
    """Whether typed words judge them rather than say what did not suit you."""
    return bool(CRITICISM.search(as_checked(text)))


def runs_long(text: str) -> bool:
    """More than one short sentence: long, or a second sentence after the first."""
    return len(text) > LONG_REASON or bool(re.search(r"[.?!]\s+\S", text))


SPEC_ITEMS = (
    YOUR_NAME,
    OFFER_MAKER,
    organization_field("Enter the organization that made the offer"),
    ROLE_OFFERED,
    Field(
        name="offer_made",
        label="How they made the offer (optional)",
        kind="radio",
        choices=(
            Choice("phone", "By phone"),
            Choice("writing", "By email or letter"),
        ),
    ),
    Field(
        name="called",
        label="Have you told them by phone yet? (optional)",
        kind="radio",
        choices=(
            Choice("yes", "Yes, I called them today, and this email confirms it"),
            Choice("no", "Not yet"),
        ),
        hint="A call first is kinder, if you can reach them. Then send this email the same day.",
    ),
    Field(
        name="answer_by",
        label="The date they asked for your answer (optional)",
        kind="date",
        in_letter=False,
        hint="Used for the advice on timing. If the date has passed, the letter says sorry for the delay.",
    ),
    Field(
        name="liked",
        label="Something you liked about them (optional)",
        kind="textarea",
        max_length=200,
        fragment=True,
        hint="Finish “I especially enjoyed …”. For example: meeting the clinic team in Portland.",
    ),
    *reason_fields(
        REASONS,
        label="Your reason",
        hint="You do not owe them a reason. Choose the one that is true, or write your own below.",
        own_hint="One short, kind sentence. It replaces the choice above. For example: I have decided to go back to school this fall.",
    ),
    Field(
        name="open_to_other",
        label="Would you like to hear about other roles with them later?",
        kind="radio",
        required=True,
        choices=(
            Choice("yes", "Yes, keep the door open"),
            Choice("no", "No, just wish them well"),
        ),
        missing="Choose whether you would like to hear about other roles with them",
    ),
    TONE,
    LENGTH,
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if called and warm %}
Thanks for taking my call today, and again for offering me the {{ role }} role at {{ org }}.
{% elif called %}
Thank you for speaking with me today, and again for offering me the {{ role }} position at {{ org }}.
{% elif warm %}
Thank you so much for offering me the {{ role }} role at {{ org }}, and for all the time you and the team spent with me.
{% else %}
Thank you for offering me the {{ role }} position at {{ org }}, and for the time you and your colleagues gave me during the process.
{% endif %}
{% if liked and warm %}
I really enjoyed {{ liked }}{{ "." if full else ", and I'm so grateful you thought of me." }}
{% elif liked %}
I especially enjoyed {{ liked }}{{ "." if full else ", and I am grateful that you thought of me." }}
{% elif warm %}
I've really enjoyed getting to know you and the work you do{{ "." if full else ", and I'm so grateful you thought of me." }}
{% else %}
I enjoyed getting to know your team and its work{{ "." if full else ", and I am grateful that you thought of me." }}
{% endif %}
{% if full and called and warm %}
You were so open with me about the offer and the team, and that meant a lot.
{% elif full and called %}
I appreciated how openly you talked me through the offer, and I did not take it lightly.
{% elif full and warm %}
I know a lot goes into making an offer, and I didn't take it lightly.
{% elif full %}
I know how much work goes into making an offer, and I did not take it lightly.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if called and warm %}
As I said on the phone, I won't be accepting the offer, and I wanted to put it in writing so we both have it on record.
{% elif called %}
As I mentioned on the phone, I will not be accepting the offer, and I am writing to confirm it so that we both have a record.
{% elif late and warm %}
I've thought it over carefully, and I won't be accepting the offer.
{% elif late %}
After careful thought, I will not be accepting the offer.
{% elif warm %}
I've thought it over carefully, and I won't be accepting the offer. I wanted you to know as soon as I'd made up my mind, so you can move ahead with filling the role.
{% else %}
After careful thought, I will not be accepting the offer. I wanted to tell you as soon as I had decided, so that you can move ahead with filling the role.
{% endif %}
{{ reason }}
{% if late and warm %}
I'm sorry this comes after the date you asked for, and I don't want to hold up your search any longer.
{% elif late %}
I am sorry that my answer comes after the date you asked for, and I do not want to delay your search any further.
{% endif %}
{% if full and warm %}
Saying no wasn't easy, and I'm truly grateful you thought of me.
{% elif full %}
Turning it down was not an easy choice, and I am grateful that you thought of me.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if full and open and warm %}
I'd love to stay in touch and hear about future roles at {{ org }}.
{% elif full and open %}
I would be glad to hear from you about future roles at {{ org }}.
{% elif full and warm %}
I'm a big fan of what {{ org }} does, and I'll be cheering the team on from the outside.
{% elif full %}
I think highly of the work {{ org }} does, and I will follow its progress with interest.
{% endif %}
{% if full and warm %}
Please say thank you to everyone who took the time to meet me, and if there's anything you need from me to wrap things up, just let me know.
{% elif full %}
Please pass on my thanks to everyone who interviewed me, and if you need anything from me to close the process, I am happy to help.
{% endif %}
{% if open and not full and warm %}
I'd love to stay in touch and hear about future roles at {{ org }}, and I wish you and the team all the best.
{% elif open and not full %}
I would be glad to hear from you about future roles at {{ org }}, and I wish you and the team every success.
{% elif warm %}
All the best to you and the team, and thanks again for the offer.
{% else %}
I wish you and the team every success, and thank you again for your confidence in me.
{% endif %}
{% if full %}
{{ "Whatever comes next, I hope our paths cross again before long." if warm else "Whatever comes next, I hope that our paths cross again." }}
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Sincerely' }},
{{ me }}
"""

SUBJECT = "{{ 'The ' ~ role ~ ' offer: declining with thanks' if warm else 'Declining the offer: ' ~ role }}"


def reason_sentence(answers: Answers, warm: bool) -> str:
    """One short sentence, or nothing when the reader gives no reason."""
    if answers["reason"] == "none":
        return ""
    if answers["own_reason"]:
        return end_sentence(answers["own_reason"])
    chosen = REASONS.get(answers["reason"])
    return chosen[2 if warm else 1] if chosen else ""


def is_late(answers: Answers, today: date) -> bool:
    answer_by = answers["answer_by"]
    return isinstance(answer_by, date) and answer_by < today


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        called=answers["called"] == "yes",
        liked=answers["liked"],
        reason=reason_sentence(answers, warm),
        late=is_late(answers, today),
        open=answers["open_to_other"] == "yes",
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


def reason_advice(answers: Answers, notes: list[Message]) -> None:
    reason, own = answers["reason"], answers["own_reason"]
    if reason == "none":
        if own:
            answers.error("own_reason", "You chose to give no reason. Clear this box, or choose a reason above")
        else:
            notes.append(Message(
                "That is fine: a clear no is enough, and you do not owe them a reason. "
                "If they ask, you can decide then how much more to say.",
                "reason",
            ))
        return
    if not reason and not own:
        answers.error("reason", "Choose a reason, write your own, or choose to give none")
        return
    notes.extend(own_words_note(answers))
    if own and criticizes(own):
        notes.append(Message(
            "This sounds like criticism of them or of the process. Keep the reason kind and true: say what "
            "did not work for you, not what was wrong with them. For example: “The role is not the right fit for me.”",
            "own_reason", "warning",
        ))
    if own and runs_long(own):
        notes.append(Message(
            "Keep your reason to one short sentence. You do not owe them a full account, and a list of what "
            "did not suit you helps nobody.",
            "own_reason", "warning",
        ))
    if not own and reason == "pay_terms":
        notes.append(Message(
            "If one change would make you say yes, ask for it before you say no: the writer for negotiating "
            "an offer helps. Do not turn an offer down to get more. If you want more, ask for it plainly.",
            "reason",
        ))


def call_advice(answers: Answers, notes: list[Message]) -> None:
    if answers["called"] == "yes":
        notes.append(Message(
            "Good: you told them by phone first. Send this the same day, so that you both have a record.",
            "called",
        ))
    elif answers["offer_made"] == "phone":
        notes.append(Message(
            "They made the offer by phone, so call them first to say no, if you can: the news is kinder in "
            "your own voice. Do not leave it on voicemail. Ask them to call you back, or send this instead. "
            "After a call, send this the same day.",
            "offer_made", "warning",
        ))
    else:
        notes.append(Message(
            "If you can reach the person who made the offer, call them first, then send this the same day. "
            "If you cannot, this email is enough on its own.",
            "called",
        ))


def timing_advice(answers: Answers, today: date, notes: list[Message]) -> None:
    answer_by = answers["answer_by"]
    if not isinstance(answer_by, date):
        notes.append(Message(
            "Send it as soon as you are sure, well before the date they asked for your answer: the sooner "
            "they know, the better their chance of hiring their second choice.",
        ))
    elif answer_by < today:
        notes.append(Message(
            f"Their date, {long_date(answer_by)}, has passed. Send this today anyway: a late answer is far "
            "better than none, and it lets them move on. The letter says sorry for the delay.",
            "answer_by", "warning",
        ))
    elif answer_by == today:
        notes.append(Message("Today is the date they asked for your answer, so send it today.", "answer_by"))
    else:
        notes.append(Message(
            f"Send it now rather than waiting for {long_date(answer_by)}: the sooner they know, the better "
            "their chance of hiring their second choice before that person takes another job.",
            "answer_by",
        ))


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    reason_advice(answers, notes)
    call_advice(answers, notes)
    timing_advice(answers, today, notes)
    if not answers["liked"]:
        notes.append(Message(
            "Add one thing you liked, such as the team or the work. Without it, the note could be to any employer.",
            "liked",
        ))
    if answers["open_to_other"] == "yes":
        notes.append(Message(
            "Say you would like to hear from them only if you mean it. If you apply there later, remind them of this offer.",
            "open_to_other",
        ))
    notes.append(Message(
        "If they reply, answer briefly and kindly, even to a short note. If they come back with a better offer, "
        "say honestly whether it changes your mind. If it does not, thank them and say your answer stands.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Saying no to a job offer",
    stage="offer",
    situation="You have an offer and have decided to turn it down",
    summary="A short, kind email that thanks them, says no plainly, and keeps the door open if you want it to.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Ms. Patricia Gould",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "offer_made": "phone",
        "called": "yes",
        "answer_by": "2026-06-12",
        "liked": "meeting the clinic analytics team in Portland",
        "reason": "other_offer",
        "own_reason": "",
        "open_to_other": "yes",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 6, 9),
)
