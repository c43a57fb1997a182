"""Negotiating an offer: one ask with its reason, held for several asks or an
ultimatum, warned for no reason or no written offer, and what to do with
their answer."""

from __future__ import annotations

from datetime import date

import pytest

from generators.letters import offer_negotiation as negotiation

TODAY = date(2026, 6, 9)
WRITER = "offer-negotiation"


def holds_for(result, field: str) -> list[str]:
    return [m.text for m in result.holds if m.field == field]


# ---------------------------------------------------------------- the letter

@pytest.mark.parametrize("kind, ask, formal, warm", [
    ("pay", "$54,000 a year", "Would you be able to offer $54,000 a year?", "Is there room to go to $54,000 a year?"),
    ("start_date", "Monday, July 6", "Would a start date of Monday, July 6 be possible?", "Could we make my start date Monday, July 6?"),
    ("flexible", "two days a week working from home", "Would you be open to two days a week working from home?",
     "Could we make room for two days a week working from home?"),
    ("title", "Senior Data Analyst", "Would you consider Senior Data Analyst as the title for this role?",
     "Could the title be Senior Data Analyst?"),
    ("other", "an extra week of paid time off", "Would you be able to include an extra week of paid time off?",
     "Is there room for an extra week of paid time off?"),
])
def test_each_kind_of_ask_is_one_question_with_the_words_typed(writer, kind, ask, formal, warm):
    for tone, question in (("formal", formal), ("warm", warm)):
        result = writer.render(ask_kind=[kind], ask=ask, tone=tone)
        assert result.sendable, (result.errors, result.holds)
        assert question in result.letters[0].body
        assert result.letters[0].body.count("?") == 1


@pytest.mark.parametrize("kind, about", [
    ("pay", "pay"), ("start_date", "the start date"), ("flexible", "flexible work"), ("title", "the job title"),
    ("other", "the terms"),
])
def test_the_subject_says_what_the_ask_is_about(writer, kind, about):
    reason = next(r for r, (*_, fits) in negotiation.REASONS.items() if kind in fits)
    result = writer.render(ask_kind=[kind], own_reason="", reason=reason)
    assert result.letters[0].subject == f"Data Analyst offer: a question about {about}"
    assert writer.render(ask_kind=[kind], own_reason="", reason=reason, tone="warm").letters[0].subject == (
        f"The Data Analyst offer: a quick question about {about}")


def test_the_letter_thanks_them_says_you_want_the_job_then_asks(writer):
    text = writer.body()
    thanks, ask, close = text.split("\n\n")[1:4]
    assert thanks.startswith("Thank you for offering me the Data Analyst position at Northwind Health.")
    assert "I would very much like to join your team" in thanks
    assert "I am especially looking forward to building the new patient dashboard with your team." in thanks
    assert ask == ("Before I accept, there is one thing I would like to ask about. Similar analyst roles in Portland pay "
                   "$52,000 to $56,000, according to the state wage survey. Would you be able to offer $54,000 a year?")
    assert close.startswith("If you are able to do this, I will be glad to accept.")


@pytest.mark.parametrize("reason", sorted(negotiation.REASONS))
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_every_chosen_reason_gives_its_own_sentence(writer, reason, tone):
    label, formal, warm, fits = negotiation.REASONS[reason]
    kind = sorted(fits - {"other"})[0]
    text = writer.body(ask_kind=[kind], own_reason="", reason=reason, tone=tone)
    assert (warm if tone == "warm" else formal) in text
    assert not any(negotiation.REASONS[o][2 if tone == "warm" else 1] in text for o in negotiation.REASONS if o != reason)


def test_a_reason_that_does_not_fit_the_ask_is_an_error_beside_it(writer):
    result = writer.render(ask_kind=["pay"], own_reason="", reason="notice")
    assert [(e.field, e.text) for e in result.errors] == [
        ("reason", "“The notice you owe your current employer” does not explain an ask about pay. "
                   "Choose a reason that does, or write your own"),
    ]
    assert writer.render(ask_kind=["other"], own_reason="", reason="notice").ok


def test_your_own_words_replace_the_chosen_reason(writer):
    result = writer.render(reason="market")
    assert "according to the state wage survey." in result.letters[0].body
    assert "I have looked at what similar roles pay" not in result.letters[0].body
    assert "instead of the reason chosen above" in writer.advice_for(result, "own_reason")


def test_a_chosen_reason_suggests_your_own_words_with_a_figure(writer):
    text = writer.advice_for(writer.render(own_reason="", reason="notice", ask_kind=["start_date"], ask="July 6"), "reason")
    assert "I owe my current employer four weeks' notice." in text


@pytest.mark.parametrize("close, tone, expected", [
    ("ready", "formal", "If you are able to do this, I will be glad to accept."),
    ("ready", "warm", "If we can make that work, I'll be delighted to accept."),
    ("talk", "formal", "If it would help to discuss it, I would be glad to talk it over at a time that suits you."),
    ("talk", "warm", "If it's easier to talk it through, I'm happy to find a time for a quick call."),
])
def test_it_ends_ready_to_accept_or_glad_to_talk(writer, close, tone, expected):
    text = writer.body(close=close, tone=tone)
    assert expected in text
    if close == "talk":
        assert "accept" not in text.split("\n\n")[3]
        assert "Before I give you my answer" in text


def test_saying_you_will_accept_is_advised_only_if_true(writer):
    assert "only if it is true" in writer.advice_for(writer.render(close="ready"), "close")
    assert writer.advice_for(writer.render(close="talk"), "close") == ""


# ---------------------------------------------------------------- warnings

def test_an_ask_with_no_reason_warns_and_still_goes(writer):
    result = writer.render(reason="", own_reason="")
    assert result.sendable
    [message] = writer.messages_for(result, "reason")
    assert message.level == "warning" and "no reason" in message.text
    assert "Before I accept, there is one thing I would like to ask about. Would you be able to offer" in result.letters[0].body


def test_an_offer_not_in_writing_warns_and_the_letter_asks_for_it(writer):
    result = writer.render(in_writing="no")
    assert result.sendable
    [message] = writer.messages_for(result, "in_writing")
    assert message.level == "warning" and "not in writing" in message.text
    assert "Could you also send me the full offer in writing, so that I can review every term?" in result.letters[0].body
    assert "in writing" not in writer.body(in_writing="yes")
    assert writer.messages_for(writer.render(in_writing=""), "in_writing")[0].level == "info"


def test_mentioning_another_offer_warns_about_bluffing(writer):
    result = writer.render(own_reason="I have another offer at $56,000 in writing")
    assert result.sendable
    assert "only if you have it in writing and would really take it" in writer.advice_for(result)


@pytest.mark.parametrize("own", [
    "I demand a salary that matches the market",
    "I deserve more given my experience",
    "I need an answer as soon as possible",
    "You must match what similar roles pay",
])
def test_a_demand_is_a_warning_not_a_hold(writer, own):
    result = writer.render(own_reason=own)
    assert result.sendable
    assert [m.level for m in writer.messages_for(result, "own_reason")] == ["warning"]
    assert "question" in writer.advice_for(result, "own_reason")


def test_a_long_reason_warns(writer):
    result = writer.render(own_reason="Similar roles pay more. I have checked three surveys. I also asked two friends. They agree")
    assert "one or two sentences" in writer.advice_for(result, "own_reason")


def test_a_pay_ask_says_to_check_the_market_and_fixed_scales(writer):
    text = writer.advice_for(writer.render(), "ask_kind")
    assert "before you name a number" in text and "fixed scale" in text
    assert writer.advice_for(writer.render(ask_kind=["title"], ask="Senior Data Analyst", own_reason="x y z"), "ask_kind") == ""


def test_the_advice_says_what_to_do_with_a_yes_a_no_or_a_counter(writer):
    text = writer.advice_for(writer.render())
    assert "If they say yes: thank them, and ask for an updated offer letter with the new terms" in text
    assert "If they say no: thank them for looking at it" in text and "anything else could move" in text
    assert "weigh it as a new offer, ask one question" in text
    assert "within a day or two of the offer, and before you accept" in text
    assert "do not add a second ask while you wait" in text


# ---------------------------------------------------------------- holds: more than one ask

def test_several_kinds_chosen_hold_the_letter(writer):
    result = writer.render(ask_kind=["pay", "start_date"], ask="$54,000 a year and a start date of July 6")
    assert result.ok and not result.sendable
    [hold] = holds_for(result, "ask_kind")
    assert hold.startswith("You chose 2 things to ask for: pay and the start date.")
    assert "choose the one that matters most" in hold
    # The draft still reads as a letter, and the text typed is not held twice over.
    assert "Would you be able to consider $54,000 a year and a start date of July 6?" in result.letters[0].body
    assert holds_for(result, "ask") == []
    assert result.letters[0].subject == "Data Analyst offer: a question about the terms"


@pytest.mark.parametrize("ask", [
    "$54,000 a year and a start date of July 6",
    "$54,000 plus a $5,000 signing bonus",
    "$54,000, and two days a week from home",
    "a July 13 start as well as Fridays at home",
    "$56k and the title Senior Data Analyst",
    "two days from home and an extra week of vacation",
    "$54,000 a year, and also a pay review after six months",
    "$54,000 and $3,000 for relocation",
    "$55,000 or a signing bonus",
    "Senior Data Analyst, with a salary of $58,000",
    "remote Fridays; a start date of August 3",
    "July 6 and $54,000",
])
def test_two_asks_in_the_words_typed_hold_the_letter(writer, ask):
    result = writer.render(ask=ask)
    assert result.ok and not result.sendable
    assert "more than one ask" in " ".join(holds_for(result, "ask"))


@pytest.mark.parametrize("ask", [
    "$54,000 a year",
    "$52,000 to $56,000",
    "$27.50 an hour",
    "$54,000 or close to it",
    "two days a week from home and three in the office",
    "two days from home and flexible hours on the others",
    "flexible hours, with a 9:30 start",
    "a four-day week",
    "Monday, July 6",
    "July 6 or July 13",
    "a start date of July 6",
    "Senior Data Analyst",
    "Senior Analyst, Research and Development",
    "an extra week of paid time off",
    "a pay review after six months",
    "$3,000 toward moving costs",
    "before 5 p.m.",
    "reports, budgets, etc.",
    "the survey of 1,100 patients",
])
def test_one_ask_in_several_words_is_not_held(writer, ask):
    result = writer.render(ask=ask)
    assert holds_for(result, "ask") == [], ask


@pytest.mark.parametrize("own", [
    "I would also like two days from home.",
    "Could you also offer a signing bonus?",
    "I owe four weeks' notice, and I'd like a later start too.",
    "Similar roles pay $56,000. Would it be possible to add a signing bonus as well?",
    "In addition, I'm hoping for remote Fridays.",
])
def test_an_ask_tucked_into_the_reason_holds_the_letter(writer, own):
    result = writer.render(own_reason=own)
    assert not result.sendable
    assert "makes an ask of its own" in " ".join(holds_for(result, "own_reason"))


@pytest.mark.parametrize("own", [
    "I owe my current employer four weeks' notice.",
    "I would like to leave my current job well.",
    "I also care for my father.",
    "I have led a team of six, and I also mentor two analysts.",
    "Who knows what next year brings?",
    "I would appreciate the chance to explain my figures on a call.",
    "I would also like to leave my current team on good terms.",
    "I want to give proper notice, and my team needs me too.",
    "Could I explain how I got to this figure on a call?",
    "I would also like my pay to reflect the eight years I have spent on this work.",
])
def test_a_reason_that_asks_for_nothing_more_is_not_held(writer, own):
    assert "makes an ask of its own" not in " ".join(holds_for(writer.render(own_reason=own), "own_reason"))


# ---------------------------------------------------------------- holds: ultimatums

ULTIMATUMS = (
    # "or" and "otherwise", with what the reader would do
    "$60,000, or I will walk away",
    "Otherwise I will decline the offer.",
    "otherwise I'll have to turn it down",
    "Otherwise, I must decline.",
    "Match it or the deal is off.",
    "Either you raise it or I'm taking the other offer.",
    "Either meet $62,000 or I'm gone.",
    "$60,000 or no deal",
    "No raise, no deal.",
    "Meet $60k or else.",
    "Meet me at $60,000 or I decline.",
    "I'll need $60k, or I will be taking the offer from Globex instead.",
    # deadlines with a threat behind them
    "I need an answer by Friday or I will accept the other offer.",
    "by Friday or I take the other job",
    "Please confirm by Monday, or I'll assume it's a no.",
    "Let me know by 5 p.m. tomorrow or I will sign with Contoso.",
    "Give me a decision within 24 hours or I move on.",
    "by the end of the week, or the other offer wins",
    "You have until Friday to decide.",
    "You have 48 hours to respond.",
    "If I don't hear back by Friday, I'll accept the other offer.",
    # "if not", "unless", "without"
    "If you can't match it, I'll have to walk away.",
    "Unless you can offer $60,000, I will decline.",
    "I will decline unless you can offer $60,000.",
    "Unless the salary goes up, I am not going to accept.",
    "I can't accept the offer without it.",
    "I cannot accept unless the pay is $60,000.",
    "I'm not able to accept unless the title changes.",
    "If not, I'll go with the other company.",
    "If you are unable to do this, I will have to withdraw.",
    "If you’re not able to offer remote work, I'm afraid I will have to decline.",
    "Should you be unable to meet this, I will withdraw my acceptance.",
    "Should the title stay as it is, I will reconsider my acceptance.",
    "If the pay doesn't change, I'm out.",
    "If the answer is no, we're done here.",
    "If the offer stays the same, consider this a no.",
    "If this can’t happen, my answer will be no.",
    "If it is not possible, I will not be able to accept.",
    "If you can't do remote, I won't be joining.",
    "If you don't offer remote work, I'll turn you down.",
    "If there's no movement on pay, I'll pass on the role.",
    "If you won't budge, I'll move on.",
    "If we can't agree on this, I'll keep looking.",
    "I'd have to turn the offer down if you can't.",
    "I'll be going with the competing offer unless you can match it.",
    "I'll walk if you say no.",
    "I'll back out if the title stays the same.",
    "A remote arrangement is essential: if it isn't possible, I'll have to say no.",
    "Without this change I would have no choice but to look elsewhere.",
    "Without two days at home, I will not be joining.",
    "Without it, I'll take the job at Contoso instead.",
    "Failing that, I will pull out.",
    "Failing this, I will decline the role.",
    "I would have to reconsider my acceptance if this is not possible.",
    "Anything below $58,000 and I'm out.",
    # only at a price, nothing less
    "I will only accept if you meet this figure.",
    "I'll only take the job at $60,000.",
    "I won't accept anything less than $60,000.",
    # the fixed phrases
    "This is my final offer.",
    "This is my best and final number.",
    "This figure is final.",
    "Take it or leave it.",
    "My salary request is non-negotiable.",
    "My number is $60,000, and it's non-negotiable.",
    "The start date is not negotiable.",
    "My request is firm and not up for negotiation.",
    "Two days from home is a deal-breaker for me.",
    "This is a dealbreaker.",
    "$58,000 is my bottom line.",
    "I'm prepared to walk away over this.",
    "Please treat this as an ultimatum.",
    "I must insist on $60,000, otherwise I walk.",
)

ORDINARY = (
    "Similar roles in this city pay $52,000 to $56,000.",
    "The current offer is $50,000, and similar roles here pay $52,000 to $56,000.",
    "I owe my current employer four weeks' notice.",
    "My notice period is four weeks, so the earliest I could start is July 6.",
    "I want to give my current employer proper notice, or they'll be short-staffed.",
    "I would like to leave my current job well.",
    "I would like to finish my current project, which ends on June 26.",
    "I would prefer not to leave my team before the project ends in June.",
    "I have three years of experience running SQL reports for a team of 40.",
    "I have led a team of six for three years.",
    "I lead the data team at my current job, which is a senior role.",
    "I'm moving from Denver, and my lease ends on June 30.",
    "I'm not able to relocate before August, when my lease ends.",
    "Two days at home would save me three hours of travel.",
    "I care for my father, who lives nearby.",
    "I walk to work, so the commute is not a problem.",
    "I walked the team through the dashboard in my interview.",
    "Without the commute, I could start earlier each day.",
    "My final year of college taught me SQL.",
    "The final interview made me even keener to join.",
    "My last employer let me work from home on Fridays.",
    "The bottom of the pay band is below the market rate.",
    "I declined a similar role last year because of the commute.",
    "I turned down a promotion last year to finish my degree.",
    "I am leaving my current job after five years.",
    "I will decline other interviews once this is settled.",
    "I will not be able to start before July 6 because of my contract.",
    "I am not able to start before July 6, because of my notice period.",
    "I won't need relocation support.",
    "I have no other offer, but this is the role I want.",
    "I have another commitment until July 1, so could I start on July 6?",
    "I could start on July 13, or later if that suits you better.",
    "Could we talk by Friday, or I could call you on Monday?",
    "Let me know by Friday if you can, so I can plan my notice.",
    "If you cannot, I will understand, and I am still glad to join.",
    "If you're not able to, I completely understand.",
    "If not, I am happy to accept the offer as it stands.",
    "If not July 6, then any day that week would work.",
    "If that is not possible, I would still love to join the team.",
    "Should that not be possible, I would still be delighted to join.",
    "If you can't change the title, I'd still love to join.",
    "If the budget is fixed this year, would a pay review after six months be possible?",
    "I understand if the pay band doesn't allow it.",
    "If it helps, I can share the salary survey I used.",
    "If I can help you make the case internally, please tell me.",
    "If you'd rather talk it over by phone, I can call on Friday.",
    "I'm happy to discuss other options if pay is fixed.",
    "I am prepared to be flexible on the start date.",
    "Otherwise, everything in the offer looks right to me.",
    "Unless I hear otherwise, I will plan to start on July 6.",
    "unless the team needs me sooner",
    "Is the pay review annual or every six months?",
    "$56,000 or $57,000 would both work for me.",
    "Anything you can do would be appreciated.",
    "I'd love to talk it over before I decide.",
    "I'd like to take the role on, and I have one question.",
    "I would be happy to start on July 13 instead.",
    "July 6 or July 13",
    "$54,000 or close to it",
    "or a start date in mid-July",
    "the final round of the project",
)


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_an_ultimatum_is_found_however_it_is_put(text):
    assert negotiation.is_ultimatum(text), text


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_sentence_is_not_an_ultimatum(text):
    assert not negotiation.is_ultimatum(text), text


@pytest.mark.parametrize("field", ["own_reason", "ask", "looking_forward"])
def test_an_ultimatum_holds_the_letter_beside_the_field_it_is_in(writer, field):
    typed = {"own_reason": "Similar roles pay $56,000. Otherwise I will decline the offer.",
             "ask": "$60,000, or I will walk away",
             "looking_forward": "the work, though my salary request is non-negotiable"}[field]
    result = writer.render(**{field: typed})
    assert result.ok and not result.sendable
    [hold] = holds_for(result, field)
    assert "ultimatum" in hold and "question they can say yes to" in hold
    assert result.holds == result.advice[:len(result.holds)]
    # The reader's words stay in the draft, so they can see what to change.
    assert typed.rstrip(".") in result.letters[0].body


def test_rewording_the_ultimatum_releases_the_letter(writer):
    assert not writer.render(own_reason="This is my final offer.").sendable
    assert writer.render(own_reason="Similar roles in this city pay $52,000 to $56,000.").sendable


def test_the_example_is_sendable_and_the_check_gives_holds_only(writer):
    result = writer.render()
    assert result.sendable and result.holds == ()


# ---------------------------------------------------------------- the form

def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person who made the offer"),
        ("organization", "Enter the organization that made the offer"),
        ("role", "Enter the job title they offered you"),
        ("ask_kind", "Choose what you want to ask for"),
        ("ask", "Enter what you are asking for, for example $54,000 a year"),
        ("close", "Choose how to end the letter"),
    ]


def test_the_ask_keeps_an_abbreviation_and_loses_a_sentence_stop(writer):
    assert "Would you be able to offer $54,000 a year?" in writer.body(ask="$54,000 a year.")
    assert "Would you be open to a 4 p.m. finish on Fridays?" in writer.body(
        ask_kind=["flexible"], ask="a 4 p.m. finish on Fridays", reason="care", own_reason="")


def test_names_follow_the_shared_greeting(writer):
    assert writer.body(contact_name="Dr. Amira Haddad, PhD").startswith("Dear Dr. Haddad,\n")
    assert writer.body(contact_name="Robert Lee Jr.", tone="warm").startswith("Hi Robert,\n")


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    text = writer.body(organization=typed, looking_forward=typed)
    assert typed in text and "49" not in text and "&lt;" not in text
