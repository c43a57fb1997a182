"""Negotiating an offer: one short, warm email with one ask.

Advice it follows (guide: offer/negotiating): ask before you accept, in
writing, within a day or two of the offer. Thank them, say you want the job,
make one ask (pay, the start date, flexible or remote work, the title, or one
other thing) with its reason, a fact rather than a feeling, and end with a
question, not a demand. Leave out threats and ultimatums; mention another
offer only if it is real and in writing. Then wait, add no second ask, and
weigh their yes, no or counter (the advice says how).

Two things hold the letter, because each breaks the guide's core advice:
more than one hard ask at once (several kinds chosen, or a second ask in the
words typed), and an ultimatum anywhere in what the reader typed. An ask
with no reason, or an offer not yet in writing, only warns.
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
    offer_in_writing_field,
    OFFER_MAKER,
    organization_field,
    ROLE_OFFERED,
    Spec,
    TONE,
    YOUR_NAME,
)
from ..core.grammar import any_of, as_checked, end_sentence, greeting, join_names, render_template

ID = "offer-negotiation"

# What to ask for. value: (label on the form, what the ask is about (for the
# subject and messages), the formal question, the warm question). {ask} is
# the reader's words: the amount, the date or the arrangement.
KINDS = {
    "pay": ("Higher pay", "pay", "Would you be able to offer {ask}?", "Is there room to go to {ask}?"),
    "start_date": (
        "A different start date", "the start date",
        "Would a start date of {ask} be possible?", "Could we make my start date {ask}?",
    ),
    "flexible": (
        "Flexible or remote work", "flexible work",
        "Would you be open to {ask}?", "Could we make room for {ask}?",
    ),
    "title": (
        "A different job title", "the job title",
        "Would you consider {ask} as the title for this role?", "Could the title be {ask}?",
    ),
    "other": (
        "Something else, such as more days off", "the terms",
        "Would you be able to include {ask}?", "Is there room for {ask}?",
    ),
}
# A held draft with several kinds chosen still reads as a letter.
SEVERAL = ("the terms", "Would you be able to consider {ask}?", "Could you consider {ask}?")

# value: (label on the form, formal sentence, warm sentence, the kinds of ask
# it is a reason for). A reason must fit its ask: the notice you owe your
# employer explains a later start, not more pay.
REASONS = {
    "market": (
        "What the same job pays near you",
        "I have looked at what similar roles pay in this area, and the offer sits below that range.",
        "I've looked at what similar roles pay around here, and the offer is a little below that range.",
        {"pay", "other"},
    ),
    "experience": (
        "Experience or skills beyond what the job asked for",
        "I would bring more experience than the role asks for, and I hope the offer can reflect it.",
        "I'd be bringing more experience than the role asks for, and I'd love the offer to reflect that.",
        {"pay", "title", "other"},
    ),
    "notice": (
        "The notice you owe your current employer",
        "I owe my current employer notice, and I want to leave that job in good order.",
        "I owe my current employer notice, and I want to leave them on good terms.",
        {"start_date", "other"},
    ),
    "move": (
        "A move for the job",
        "I will be moving for this role, and I need some time to settle in before I start.",
        "I'll be moving for this job, and I need a little time to get settled first.",
        {"start_date", "other"},
    ),
    "commute": (
        "A long trip to work",
        "The trip to your office is a long one for me, and this change would let me give the role my best.",
        "The trip to your office is a long one for me, and this would help me do my best work.",
        {"flexible", "other"},
    ),
    "care": (
        "Caring for a child or a parent",
        "I care for a family member, and this change would let me do that and give the role my full attention.",
        "I look after a family member, and this would let me do that and still give the job my all.",
        {"flexible", "start_date", "other"},
    ),
    "level": (
        "The level of the work, or the team you will lead",
        "From what you described, the work is at a more senior level than the title suggests.",
        "From what you've told me, the work sits at a more senior level than the title suggests.",
        {"title", "other"},
    ),
}

# Your own reason, in words, for the advice that suggests one.
OWN_EXAMPLES = {
    "market": "Similar roles in this city pay $52,000 to $56,000.",
    "experience": "I have run the monthly reporting for a team of 40 for three years.",
    "notice": "I owe my current employer four weeks' notice.",
    "move": "I am moving from Denver and need two weeks to settle.",
    "commute": "The trip to your office takes me 90 minutes each way.",
    "care": "I collect my children from school at 3 p.m. on weekdays.",
    "level": "The role leads a team of six, which usually carries a senior title.",
}

LONG_REASON = 250


# ---------------------------------------------------------------- reading what they typed
#
# Patterns read the typed text in lower case, with curly apostrophes made
# straight (see ``plain``). Each names the general shape of a problem, not a
# list of sentences: tests/test_offer_negotiation.py holds many phrasings
# of each, and ordinary sentences that must pass.


# Full stops that end no sentence ("5 p.m.", "Acme Co.", "54.5k"), dropped
# so that a pattern reading one sentence reads all of it.
_INNER_STOPS = re.compile(r"(?<=\d)\.(?=\d)|\b(?:[a-z]\.){2,}|\b(?:co|inc|ltd|corp|dr|mr|mrs|ms|st|vs|etc|approx)\.")


def plain(text: str) -> str:
    """The text as the patterns read it: lower case, straight apostrophes,
    single spaces, and no full stops inside a sentence."""
    text = " ".join(as_checked(text).split())
    return _INNER_STOPS.sub(lambda m: m.group(0).replace(".", ""), text)


# An ultimatum joins a condition ("or", "otherwise", "unless", "if you
# can't") to what the reader would do if the ask is refused: leave, say no,
# take the other job. Either part alone is ordinary ("July 6 or July 13",
# "I will decline other interviews once this is settled").
_NEGATIVE = (
    r"(?:can(?:no|')?t|cannot|won't|will not|isn't|is not|aren't|are not|don't|do not|doesn't|does not|"
    r"refuses?|fails?|unable|not able|says? no|declines?|stays?|remains?|not possible|impossible|"
    r"(?:is|'s|are|be) no|no (?:movement|change|flexibility|room|give))"
)
_CONDITION = (
    r"(?:\bor\b|\botherwise\b|\bif not\b|\bunless\b|\bfailing (?:that|this)\b|"
    rf"\b(?:if|should)\b[^.?!]{{0,60}}?\b{_NEGATIVE}\b|\bwithout (?:it|this|that|them|these|(?:the|this|that) change)\b|"
    r"\bwithout\b[^.?!,]{0,40},|\banything (?:less|below|under|lower)\b)"
)
_FIRST_PERSON = r"\b(?:i|i'll|i'd|i'm|we|we'll|we'd|we're)\b"
_NOT_ABLE = (
    r"(?:can(?:no|')?t|cannot|won't|will not|would not|wouldn't|couldn't|could not|"
    r"(?:am|'m|be|will be|would be) unable to|(?:am|'m) not (?:able|going|willing) to|"
    r"(?:won't|will not|wouldn't|would not) be able to)"
)
# What the reader would do, said after "I" or "we".
_WOULD_DO = (
    r"(?:declin(?:e|ing)|refus(?:e|ing)|reject(?:ing)?|withdraw(?:ing)?|walk(?:ing)?|"
    r"turn(?:ing)? (?:it |this |that |the offer |the job |the role |you )?down|say(?:ing)? no|pass(?:ing)? on|"
    r"pull(?:ing)? out|back(?:ing)? out|(?:look|go)(?:ing)? (?:elsewhere|around)|(?:start|keep)(?:ing)? looking|"
    r"mov(?:e|ing) on\b(?! to)|step(?:ping)? (?:away|back)|reconsider(?:ing)?|"
    r"(?:accept|tak|go|sign|choos|join)(?:e|ing)?(?: with)? (?:another|the other|a different|an other|my other|the competing|a competing)|"
    r"(?:accept|tak|go|sign|choos|join)(?:e|ing)?(?: with)?\b[^.?!]{0,40}?\binstead\b|"
    r"(?:have|has|had) (?:no|little) (?:choice|option|alternative)|"
    rf"{_NOT_ABLE} (?:be )?(?:accept|join|tak|consider|continu|mov(?:e|ing) forward|proceed|go(?:ing)? ahead|say(?:ing)? yes|sign|com)(?:e|ing)?)"
)
# What stands alone after the condition: "or no deal", "or consider this a no".
_OUTCOME = (
    r"(?:\bno deal\b|\b(?:deal|offer|acceptance|interest) (?:is|will be|would be) (?:off|withdrawn|over)\b|"
    r"\banswer (?:is|will be|would be|has to be|must be) (?:a )?no\b|"
    r"\b(?:consider|treat|take) (?:this|it|that|my answer) (?:as )?(?:a |my )?no\b|"
    r"\bassume (?:it's |it is |that's |that it's |that it is )?(?:a )?no\b|"
    r"\b(?:i'm|i am|we're|we are) (?:done|gone|finished|out\b(?! of))|"
    r"\b(?:other|competing) (?:offer|job|role|company|employer|firm) (?:wins|gets)|"
    r"\bend (?:the|our|these) (?:conversation|talk|discussion|process)s?\b)"
)
ULTIMATUM = any_of(
    # "..., or I will take the other offer", "unless you match it, I will decline", "or no deal"
    rf"{_CONDITION}[^.?!]{{0,100}}?(?:{_FIRST_PERSON}[^.?!]{{0,40}}?\b{_WOULD_DO}|{_OUTCOME})",
    # "I will decline unless ...", "I can't accept without it", "I'll walk if you say no"
    rf"{_FIRST_PERSON}[^.?!]{{0,40}}?\b{_WOULD_DO}\b[^.?!]{{0,60}}?"
    rf"(?:\bunless\b|\bif not\b|\bwithout\b|\bif\b[^.?!]{{0,40}}?\b{_NEGATIVE}\b)",
    # "I will only accept if ...", "I'll only take the job at $60,000"
    r"\b(?:i|i'll|i'd|i will|i would|i can|i could)\b[^.?!]{0,20}?\bonly (?:accept|join|sign|come|say yes|take)\b",
    r"\b(?:accept|join|sign|say yes|come on board|take the (?:job|role|offer))\b[^.?!]{0,20}?\bonly (?:if|when|at|for|with)\b",
    # A deadline with "or" and a first-person clause after it ("by Friday, or I ..."),
    # unless that clause offers another way ("or I could start later").
    r"\b(?:by|before|until|no later than)\b [^.?!]{1,40}?,? or (?:else\b|(?:i|i'll|i'm|i'd|we|we'll|my)\b"
    r"(?!\s+(?:could|can|might|may|would|am|be|happy|glad|flexible|also|still)\b))",
    r"\btake it or leave it\b|\bno deal\b",
    # "I won't accept anything less than ...", "nothing less than $60,000"
    r"\b(?:won't|will not|can't|cannot|wouldn't|would not|couldn't|could not|am not|'m not)\b (?:\w+ ){0,3}?"
    r"(?:anything|any figure|any offer|a penny|a cent) (?:less|below|under|lower)\b",
    r"\bsettle for (?:nothing|no) less\b|\bnothing (?:less|lower) than\b|\bnot a (?:penny|cent) less\b",
    r"\b(?:this|that|my) (?:figure|number|ask|request|amount|position|answer|decision|price) is (?:final|firm)\b",
    r"\b(?:final|last|best and final) (?:offer|word|answer|position|number|figure|ask|request|price)\b",
    r"\bnon-?negotiable\b|\bnot (?:up for )?negotia(?:ble|tion)\b|\bno room for (?:negotiation|discussion|compromise)\b",
    r"\bdeal[- ]?breaker\b",
    r"\bmy bottom line\b|\bbottom line is\b|\bis my bottom line\b",
    r"\bwalk (?:away|out)\b",
    r"\bor else\b",
    r"\bultimatum\b|\blast chance\b|\bno exceptions?\b|\bnot a request\b",
    r"\byou have (?:until|till|(?:\d+|one|two|three|four|five|six|seven|twenty-four|forty-eight) (?:hours?|days?|weeks?))\b",
)

# Demands and pressure that are not ultimatums: the guide asks for a
# question, not a demand. They warn; the reader may choose.
PRESSURE = any_of(
    r"\bi (?:demand|insist|require)\b",
    r"\bi (?:expect|need) (?:you to|an? (?:answer|reply|response|decision)|your (?:answer|reply|response|decision))\b",
    r"\b(?:must|have to|need to) (?:pay|give|offer|match|increase|raise|agree|meet|accept)\b",
    r"\b(?:deserve|am owed|am entitled|i'm owed|i'm entitled)\b",
    r"\bas soon as possible\b|\basap\b|\bimmediately\b|\bright away\b",
)

OTHER_OFFER = any_of(
    r"\b(?:another|other|second|competing|rival|better|higher|counter-?) ?offers?\b",
    r"\boffers? from (?:another|a different|a competing|other)\b",
    r"\b(?:another|a different|a competing|other) (?:company|employer|firm|organization|organisation) (?:has )?(?:offered|is offering|will pay|pays)\b",
)

# What an ask is about, to tell one ask from two.
CATEGORIES = {
    "pay": r"[$£€¥₹]|\b\d+(?:[.,]\d+)?\s?k\b|\b\d{1,3}(?:,\d{3})+\b|\b(?:salary|pay|wage|wages|rate|raise|compensation|"
           r"per hour|an hour|a year|per year|annually|per annum|hourly)\b",
    "extras": r"\b(?:bonus|signing|sign-on|relocation|moving (?:costs|expenses|allowance)|equity|stock|shares|options|"
              r"stipend|allowance|budget|tuition|training)\b",
    # The day you start, not the time of day ("a 9:30 start" is flexible work).
    "start": r"\bstart(?:ing)? date\b|\b(?:later|earlier|different|delayed) start\b|\b(?:start|starting|begin|beginning|join|joining) (?:on|in|from|after|by)\b|"
             r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
             r"\b\d{1,2}/\d{1,2}\b",
    "flexible": r"\b(?:remote|remotely|from home|at home|hybrid|flexible|flexibility|flex|wfh|telework\w*|"
                r"home office|four-day|4-day|compressed|part-time|hours)\b",
    # Words that name a title or a grade, not any mention of a manager or a lead.
    "title": r"\b(?:title|senior|sr|principal|head of|director|grade \w+|band \w+|level \d+|step \d+)\b",
    "time off": r"\b(?:vacation|holidays?|days? off|time off|pto|sabbatical|(?:annual|paid|parental|extra|more|unpaid) leave)\b",
    "review": r"\breview\b",
}
_CATEGORY_PATTERNS = {name: re.compile(pattern) for name, pattern in CATEGORIES.items()}
# Words that add a second thing to the first.
ADDING = re.compile(
    r"\b(?:also|plus|as well as|as well|in addition|additionally|along with|together with|on top of|alongside|"
    r"and another|one more thing|another thing|second(?:ly)?)\b"
)
# Where one part of a typed ask ends and another begins.
PARTS = re.compile(r"\s*(?:;|,\s*(?:and|or)\s+|,\s+|\s+and\s+|\s+or\s+|\s+&\s+)\s*")
# A request in words: the sign of an ask tucked into the reason.
REQUEST = re.compile(
    r"\b(?:i(?:'d| would)(?: also)? (?:like|love|want|ask|request|appreciate|be grateful for)|"
    r"(?:could|can|may) (?:i|you|we)|would (?:you|it be)|is there (?:any |also )?room|"
    r"i(?:'m| am) (?:also )?(?:asking|hoping|requesting)|i (?:also )?(?:ask|request|need you))\b"
)
# What each kind of ask is about, as the categories name it: a reason that
# asks again for the same thing ("I would also like my pay to reflect it")
# is not a second ask. "Something else" could be anything, so it claims none.
KIND_CATEGORIES = {"pay": {"pay"}, "start_date": {"start"}, "flexible": {"flexible"}, "title": {"title"}, "other": set()}


def categories(text: str) -> set[str]:
    return {name for name, pattern in _CATEGORY_PATTERNS.items() if pattern.search(text)}


def asks_for_more_than_one(ask: str) -> bool:
    """Whether the typed ask holds two asks: words that add one thing to
    another ("plus a signing bonus"), or parts about different things
    ("$54,000 and a start date of July 6"). Parts about the same thing
    ("two days from home and flexible hours") are one arrangement."""
    text = plain(ask)
    if ADDING.search(text):
        return True
    found = [c for c in (categories(part) for part in PARTS.split(text)) if c]
    return any(a != b for a in found for b in found)


def reason_asks(reason: str, kinds=()) -> bool:
    """Whether the reason makes an ask of its own ("I would also like two
    days from home", "Could you add a signing bonus?") instead of giving the
    fact behind the one ask: a request for something other than the ask,
    with a word that adds it or as a question. Wishes about yourself ("I
    would also like to leave on good terms") ask them for nothing."""
    claimed = set().union(*(KIND_CATEGORIES.get(k, set()) for k in kinds)) if len(kinds) == 1 else set()
    for sentence in re.split(r"(?<=[.?!])\s+", plain(reason)):
        found = REQUEST.search(sentence)
        if not found:
            continue
        asked = sentence[found.start():]
        adds = ADDING.search(sentence) or re.search(r"\btoo\b", asked) or sentence.endswith("?")
        if adds and categories(asked) - claimed:
            return True
    return False


def is_ultimatum(text: str) -> bool:
    return bool(ULTIMATUM.search(plain(text)))


# ---------------------------------------------------------------- the form

ASK_KIND = Field(
    name="ask_kind",
    label="What you want to ask for",
    kind="checkboxes",
    required=True,
    choices=tuple(Choice(value, label) for value, (label, *_rest) in KINDS.items()),
    hint="Choose the one change that matters most. One clear ask is easier to say yes to than a list.",
    missing="Choose what you want to ask for",
)
ASK = Field(
    name="ask",
    label="What you are asking for",
    kind="text",
    required=True,
    max_length=120,
    fragment=True,
    hint="As it will read in the letter: $54,000 a year, July 6, two days a week working from home, "
         "Senior Data Analyst, or an extra week of paid time off.",
    missing="Enter what you are asking for, for example $54,000 a year",
)
OWN_REASON = Field(
    name="own_reason",
    label="Or your reason in your own words (optional)",
    kind="textarea",
    max_length=300,
    fragment=True,
    hint="One or two sentences with a fact they can check. It replaces the choice above. "
         "For example: Similar roles in this city pay $52,000 to $56,000.",
)
LOOKING_FORWARD = Field(
    name="looking_forward",
    label="Something you look forward to in the job (optional)",
    kind="textarea",
    max_length=200,
    fragment=True,
    hint="Finish “I am especially looking forward to …”. For example: building the new patient dashboard with your team.",
)

SPEC_ITEMS = (
    YOUR_NAME,
    OFFER_MAKER,
    organization_field("Enter the organization that made the offer"),
    ROLE_OFFERED,
    offer_in_writing_field(required=False),
    ASK_KIND,
    ASK,
    Field(
        name="reason",
        label="Your reason",
        kind="radio",
        choices=tuple(Choice(value, label) for value, (label, *_rest) in REASONS.items()),
        hint="A fact, not a feeling. Choose the one that fits your ask, or write your own below.",
    ),
    OWN_REASON,
    LOOKING_FORWARD,
    Field(
        name="close",
        label="How to end the letter",
        kind="radio",
        required=True,
        choices=(
            Choice("ready", "If they can meet it, I will accept the offer"),
            Choice("talk", "I would like to talk it over first"),
        ),
        hint="Say you will accept only if it is true.",
        missing="Choose how to end the letter",
    ),
    TONE,
    LENGTH,
)

BODY = """\
{% filter paragraph %}
{{ greet }}
{% endfilter %}
{% filter paragraph %}
{% if warm %}
Thank you so much for offering me the {{ role }} role at {{ org }}.
I'm really excited about it, and I'd love to join the team.
{% else %}
Thank you for offering me the {{ role }} position at {{ org }}.
I am excited about the role, and I would very much like to join your team.
{% endif %}
{% if looking_forward %}
{{ "I'm especially looking forward to " if warm else "I am especially looking forward to " }}{{ looking_forward }}.
{% elif warm %}
Everything I've heard about the work and the people there has made me even keener.
{% else %}
Everything I have learned about the work and the people has made me keener still.
{% endif %}
{% if full and warm %}
Our conversations gave me a real feel for the work, and it's just what I want to be doing.
{% elif full %}
Our conversations gave me a clear picture of the work, and it is exactly the kind I want to do.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if ready and warm %}
Before I say yes, there's one thing I'd like to ask about.
{% elif ready %}
Before I accept, there is one thing I would like to ask about.
{% elif warm %}
Before I give you my answer, there's one thing I'd like to ask about.
{% else %}
Before I give you my answer, there is one thing I would like to raise.
{% endif %}
{{ reason }}
{{ question }}
{% if full and warm %}
I know this might take a little while to look into, and I'm happy to wait while you check.
{% elif full %}
I understand that this may take some time to look into, and I am happy to wait for your answer.
{% endif %}
{% endfilter %}
{% filter paragraph %}
{% if ready and warm %}
If we can make that work, I'll be delighted to accept.
{% elif ready %}
If you are able to do this, I will be glad to accept.
{% elif warm %}
If it's easier to talk it through, I'm happy to find a time for a quick call.
{% else %}
If it would help to discuss it, I would be glad to talk it over at a time that suits you.
{% endif %}
{% if not_in_writing and warm %}
Could you also send me the full offer in writing when you get a chance?
{% elif not_in_writing %}
Could you also send me the full offer in writing, so that I can review every term?
{% endif %}
{% if full and warm %}
If you need anything else from me in the meantime, like references or paperwork, just let me know.
{% elif full %}
If there is anything you need from me in the meantime, such as references or documents, please let me know.
{% endif %}
{{ "Thanks so much for your time, and for thinking this over." if warm else "Thank you again for your time, and for considering my request." }}
{% if full and warm %}
I'm looking forward to hearing from you, and hopefully to working together soon.
{% elif full %}
I look forward to your reply, and I hope to be working with you soon.
{% endif %}
{% endfilter %}
{{ 'Best wishes' if warm else 'Kind regards' }},
{{ me }}
"""

SUBJECT = (
    "{{ 'The ' ~ role ~ ' offer: a quick question about ' ~ about if warm"
    " else role ~ ' offer: a question about ' ~ about }}"
)


def kind_of(answers: Answers) -> tuple[str, str, str]:
    """(what the ask is about, formal question, warm question) for the kinds chosen."""
    kinds = answers["ask_kind"] or []
    if len(kinds) == 1:
        return KINDS[kinds[0]][1:]
    return SEVERAL


def reason_sentence(answers: Answers, warm: bool) -> str:
    if answers["own_reason"]:
        return end_sentence(answers["own_reason"])
    chosen = REASONS.get(answers["reason"])
    return chosen[2 if warm else 1] if chosen else ""


def compose(answers: Answers, today: date) -> list[Letter]:
    warm = answers["tone"] == "warm"
    about, formal_question, warm_question = kind_of(answers)
    question = (warm_question if warm else formal_question).replace("{ask}", str(answers["ask"]))
    context = dict(
        warm=warm,
        full=answers["length"] == "full",
        me=answers["your_name"],
        org=answers["organization"],
        role=answers["role"],
        looking_forward=answers["looking_forward"],
        reason=reason_sentence(answers, warm),
        question=question,
        ready=answers["close"] == "ready",
        not_in_writing=answers["in_writing"] == "no",
        about=about,
    )
    return [Letter(
        subject=render_template(SUBJECT, **context).strip(),
        body=render_template(BODY, greet=greeting(answers["contact_name"], warm), **context),
        heading=f"To {answers['contact_name']}",
    )]


# The typed answers the checks read, in form order.
TYPED = (ASK.name, OWN_REASON.name, LOOKING_FORWARD.name)


def check(answers: Answers, today: date) -> list[Message]:
    """What holds the letter: more than one hard ask, or an ultimatum."""
    holds: list[Message] = []
    kinds = answers["ask_kind"] or []
    if len(kinds) > 1:
        chosen = join_names(KINDS[k][1] for k in kinds)
        holds.append(Message(
            f"You chose {len(kinds)} things to ask for: {chosen}. One clear ask is easier to say yes to than a "
            "list, so choose the one that matters most and send it alone. If they say no, you can ask then "
            "whether anything else could move.",
            ASK_KIND.name, "hold",
        ))
    ask = answers["ask"] if answers.has("ask") else ""
    if ask and len(kinds) <= 1 and asks_for_more_than_one(ask):
        holds.append(Message(
            "This reads as more than one ask. Keep the one that matters most: a single clear ask is easier to "
            "say yes to. If they say no, you can ask then whether anything else could move.",
            ASK.name, "hold",
        ))
    if answers["own_reason"] and reason_asks(answers["own_reason"], kinds):
        holds.append(Message(
            "Your reason makes an ask of its own. Keep it to the fact behind your one ask, and save the other "
            "for later.",
            OWN_REASON.name, "hold",
        ))
    for name in TYPED:
        text = answers[name] if answers.has(name) else ""
        if text and is_ultimatum(text):
            holds.append(Message(
                "This reads as an ultimatum. It pushes them into a corner, and it can cost you the offer. Ask a "
                "question they can say yes to instead. If the offer still does not work after their answer, you "
                "can say no then, kindly.",
                name, "hold",
            ))
    return holds


def reason_advice(answers: Answers, notes: list[Message]) -> None:
    reason, own = answers["reason"], answers["own_reason"]
    kinds = answers["ask_kind"] or []
    if own:
        if reason:
            notes.append(Message("Your own words are used instead of the reason chosen above.", OWN_REASON.name))
        if len(own) > LONG_REASON or len(re.findall(r"[.?!](?:\s|$)", own)) > 2:
            notes.append(Message(
                "Keep your reason to one or two sentences: one fact they can check is stronger than several.",
                OWN_REASON.name, "warning",
            ))
        return
    if not reason:
        notes.append(Message(
            "Your ask has no reason. Give one fact they can check or understand, such as what the same job pays "
            "near you, or the notice you owe your employer: it makes a yes much easier.",
            "reason", "warning",
        ))
        return
    label, _, _, fits = REASONS[reason]
    if len(kinds) == 1 and kinds[0] not in fits:
        answers.error(
            "reason",
            f"“{label}” does not explain an ask about {KINDS[kinds[0]][1]}. "
            "Choose a reason that does, or write your own",
        )
        return
    notes.append(Message(
        f"Your own words, with a figure or a date, make the strongest reason. For example: “{OWN_EXAMPLES[reason]}”",
        "reason",
    ))


def advise(answers: Answers, today: date) -> list[Message]:
    notes: list[Message] = []
    reason_advice(answers, notes)
    kinds = answers["ask_kind"] or []
    if kinds == ["pay"]:
        notes.append(Message(
            "Check what the same job pays near you before you name a number. If pay is on a fixed scale, as "
            "in many public jobs, ask which step of the scale you are on, or ask for something else instead.",
            ASK_KIND.name,
        ))
    typed = " ".join(answers[name] for name in TYPED if answers.has(name))
    if typed and OTHER_OFFER.search(plain(typed)):
        notes.append(Message(
            "You mention another offer. Do so only if you have it in writing and would really take it: "
            "a bluff can cost you this one.",
            "", "warning",
        ))
    for name in TYPED:
        text = answers[name] if answers.has(name) else ""
        if text and not is_ultimatum(text) and PRESSURE.search(plain(text)):
            notes.append(Message(
                "This sounds like a demand. Put it as a question they can answer, for example “Would you be "
                "able to …?”: a yes is easier to give to a question.",
                name, "warning",
            ))
    if answers["in_writing"] == "no":
        notes.append(Message(
            "The offer is not in writing yet. Ask for it before you negotiate if you can: you need every term "
            "to know what to ask for, and a phone offer is easy to mishear. The letter asks for it too.",
            "in_writing", "warning",
        ))
    elif not answers["in_writing"]:
        notes.append(Message(
            "Have the offer in writing before you negotiate, so you know every term. If you do not, say so "
            "above and the letter asks for it.",
            "in_writing",
        ))
    if not answers["looking_forward"]:
        notes.append(Message(
            "Add one thing you look forward to in the job. It shows you want this job, not just any offer.",
            LOOKING_FORWARD.name,
        ))
    if answers["close"] == "ready":
        notes.append(Message(
            "Say you will accept only if it is true: if they meet your ask, they will expect a yes.",
            "close",
        ))
    notes.append(Message(
        "Send it within a day or two of the offer, and before you accept: after you say yes, the time to ask "
        "has passed. Then give them a few days, and do not add a second ask while you wait.",
    ))
    notes.append(Message(
        "If they say yes: thank them, and ask for an updated offer letter with the new terms. Check it, then accept.",
    ))
    notes.append(Message(
        "If they say no: thank them for looking at it. You can ask whether anything else could move, such as a "
        "pay review date, then decide on the offer as it stands.",
    ))
    notes.append(Message(
        "If they offer part of what you asked, or something else: weigh it as a new offer, ask one question "
        "about it if you need to, then give your answer. Stay friendly whatever they say.",
    ))
    return notes


SPEC = Spec(
    id=ID,
    title="Negotiating a job offer",
    stage="offer",
    situation="You have an offer and want to ask for one change before you say yes",
    summary="A short, warm email that thanks them, says you want the job, and makes one clear ask with its reason.",
    items=SPEC_ITEMS,
    compose=compose,
    advise=advise,
    check=check,
    example={
        "your_name": "Jordan Rivera",
        "contact_name": "Ms. Patricia Gould",
        "organization": "Northwind Health",
        "role": "Data Analyst",
        "in_writing": "yes",
        "looking_forward": "building the new patient dashboard with your team",
        "ask_kind": ["pay"],
        "ask": "$54,000 a year",
        "own_reason": "Similar analyst roles in Portland pay $52,000 to $56,000, according to the state wage survey",
        "close": "ready",
        "tone": "formal",
        "length": "short",
    },
    example_today=date(2026, 6, 9),
)
