"""Saying no to a job offer: a clear no, one short reason or none, the call
first, their date, and the warnings about criticism and length."""

from __future__ import annotations

from datetime import date

import pytest

from generators.letters import offer_decline

TODAY = date(2026, 6, 9)
WRITER = "offer-decline"


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize("reason", sorted(r for r in offer_decline.REASONS if r != "none"))
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_every_reason_gives_its_own_one_sentence(writer, reason, tone):
    text = writer.body(reason=reason, tone=tone)
    _, formal, warm = offer_decline.REASONS[reason]
    assert (warm if tone == "warm" else formal) in text
    others = [r for r in offer_decline.REASONS if r not in (reason, "none")]
    assert not any(offer_decline.REASONS[o][2 if tone == "warm" else 1] in text for o in others)


@pytest.mark.parametrize("tone, no", [
    ("formal", "After careful thought, I will not be accepting the offer. I wanted to tell you"),
    ("warm", "I've thought it over carefully, and I won't be accepting the offer. I wanted you to know"),
])
def test_it_says_no_plainly_without_a_call(writer, tone, no):
    text = writer.body(called="no", tone=tone)
    assert no in paragraphs(text)[2]
    assert "not just now" not in text and "at this time" not in text


def test_after_a_call_it_confirms_what_was_said(writer):
    text = writer.body()
    assert paragraphs(text)[1].startswith("Thank you for speaking with me today, and again for offering me the Data Analyst position")
    assert paragraphs(text)[2].startswith(
        "As I mentioned on the phone, I will not be accepting the offer, and I am writing to confirm it")


def test_no_reason_leaves_the_reason_out_and_says_that_is_fine(writer):
    result = writer.render(reason="none")
    body = result.letters[0].body
    assert "another employer" not in body and "personal reasons" not in body
    assert "do not owe them a reason" in writer.advice_for(result, "reason")


def test_no_reason_with_your_own_words_is_an_error_beside_them(writer):
    result = writer.render(reason="none", own_reason="I found the pay too low")
    assert [(e.field, e.text) for e in result.errors] == [
        ("own_reason", "You chose to give no reason. Clear this box, or choose a reason above"),
    ]


def test_a_reason_is_needed_or_the_choice_of_none(writer):
    result = writer.render(reason="", own_reason="")
    assert [(e.field, e.text) for e in result.errors] == [
        ("reason", "Choose a reason, write your own, or choose to give none"),
    ]


def test_your_own_words_replace_the_chosen_reason(writer):
    result = writer.render(reason="staying", own_reason="I have decided to go back to school this fall.")
    body = result.letters[0].body
    assert "I have decided to go back to school this fall." in body
    assert "remain in my current position" not in body
    assert "instead of the reason chosen above" in writer.advice_for(result, "own_reason")


def test_own_words_ending_in_an_abbreviation_are_kept_whole(writer):
    assert "I am joining Acme Co. in Denver." in writer.body(reason="", own_reason="I am joining Acme Co. in Denver")
    assert "I start at Initech Inc.\n" in writer.body(reason="", own_reason="I start at Initech Inc.")


@pytest.mark.parametrize("own", [
    "Your team was disorganized and the manager was rude",
    "Frankly the offer was insulting",
    "The interviews were a waste of my time",
    "The pay is a lowball for the market",
    "I was not impressed by the office.",
    "Nobody ever got back to me for two weeks, and you kept me waiting.",
    "The company seems poorly managed.",
])
def test_criticism_is_a_warning_beside_your_words(writer, own):
    result = writer.render(reason="", own_reason=own)
    assert result.ok and result.sendable
    [message] = [m for m in writer.messages_for(result, "own_reason") if "criticism" in m.text]
    assert message.level == "warning"
    assert "say what did not work for you, not what was wrong with them" in message.text


@pytest.mark.parametrize("own", [
    "The pay is below what I need right now",
    "I have accepted a role closer to my family",
    "The commute would not work for my family",
    "After thinking it over, the role is not the right fit for me",
    "I have decided to stay in my current job",
    "I am going back to school this fall",
])
def test_a_kind_reason_is_not_called_criticism(writer, own):
    result = writer.render(reason="", own_reason=own)
    assert "criticism" not in writer.advice_for(result, "own_reason")
    assert "one short sentence" not in writer.advice_for(result, "own_reason")


@pytest.mark.parametrize("own", [
    "I have accepted another offer. It pays more and the commute is shorter.",
    "I " + "really " * 24 + "have decided to stay where I am",
])
def test_a_long_reason_is_a_warning(writer, own):
    result = writer.render(reason="", own_reason=own)
    [message] = [m for m in writer.messages_for(result, "own_reason") if "one short sentence" in m.text]
    assert message.level == "warning"


def test_a_phone_offer_without_a_call_yet_advises_calling_first(writer):
    result = writer.render(offer_made="phone", called="no")
    [message] = writer.messages_for(result, "offer_made")
    assert message.level == "warning"
    assert "call them first" in message.text and "voicemail" in message.text and "same day" in message.text
    assert writer.advice_for(writer.render(offer_made="phone", called="yes"), "offer_made") == ""
    assert "same day" in writer.advice_for(writer.render(called="yes"), "called")


def test_a_written_offer_still_suggests_a_call_gently(writer):
    result = writer.render(offer_made="writing", called="")
    assert writer.messages_for(result, "offer_made") == []
    [message] = writer.messages_for(result, "called")
    assert message.level == "info" and "call them first" in message.text


def test_a_date_that_has_passed_warns_and_the_letter_says_sorry(writer):
    result = writer.render(answer_by="2026-06-05", called="no")
    assert result.sendable  # still right to answer: never held
    [message] = writer.messages_for(result, "answer_by")
    assert message.level == "warning"
    assert "June 5, 2026, has passed" in message.text and "Send this today anyway" in message.text
    body = result.letters[0].body
    assert "I am sorry that my answer comes after the date you asked for" in body
    assert "as soon as I had decided" not in body


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_a_letter_on_time_does_not_apologize(writer, tone):
    assert "sorry" not in writer.body(tone=tone, answer_by="2026-06-12").lower()
    assert "sorry" not in writer.body(tone=tone, answer_by="").lower()
    assert "sorry" not in writer.body(tone=tone, answer_by="2026-06-09").lower()


def test_timing_advice_follows_their_date(writer):
    assert "Send it now rather than waiting for June 12, 2026" in writer.advice_for(writer.render(), "answer_by")
    assert "send it today" in writer.advice_for(writer.render(answer_by="2026-06-09"), "answer_by")
    assert "as soon as you are sure" in writer.advice_for(writer.render(answer_by=""))


@pytest.mark.parametrize("open_to_other, expected", [
    ("yes", "I would be glad to hear from you about future roles at Northwind Health"),
    ("no", None),
])
def test_the_door_stays_open_only_when_you_want_it(writer, open_to_other, expected):
    text = writer.body(open_to_other=open_to_other)
    if expected:
        assert expected in text
    else:
        assert "future roles" not in text
    assert "I wish you and the team every success" in text


def test_it_names_what_you_liked_or_asks_for_it(writer):
    assert "I especially enjoyed meeting the clinic analytics team in Portland" in writer.body()
    result = writer.render(liked="")
    assert "I enjoyed getting to know your team and its work" in result.letters[0].body
    assert "any employer" in writer.advice_for(result, "liked")


def test_a_pay_reason_points_to_negotiating_first(writer):
    text = writer.advice_for(writer.render(reason="pay_terms"), "reason")
    assert "ask for it before you say no" in text and "negotiating" in text


def test_subject_says_it_is_a_no(writer):
    assert writer.render().letters[0].subject == "Declining the offer: Data Analyst"
    assert writer.render(tone="warm").letters[0].subject == "The Data Analyst offer: declining with thanks"


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_short_is_four_or_five_sentences(writer, tone):
    """The guide: four or five sentences are enough (the greeting and sign-off aside)."""
    for reason in ("none", "other_offer"):
        for open_to_other in ("yes", "no"):
            body = writer.body(tone=tone, reason=reason, open_to_other=open_to_other, answer_by="")
            inner = " ".join(paragraphs(body)[1:-1])
            sentences = [s for s in inner.replace("? ", ". ").split(". ") if s.strip()]
            assert 4 <= len(sentences) <= 5, (reason, open_to_other, sentences)


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person who made the offer"),
        ("organization", "Enter the organization that made the offer"),
        ("role", "Enter the job title they offered you"),
        ("reason", "Choose a reason, write your own, or choose to give none"),
        ("open_to_other", "Choose whether you would like to hear about other roles with them"),
    ]


def test_names_follow_the_shared_greeting(writer):
    assert writer.body(contact_name="Dr. Amira Haddad, PhD").startswith("Dear Dr. Haddad,\n")
    assert writer.body(contact_name="Robert Lee Jr.", tone="warm").startswith("Hi Robert,\n")


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    text = writer.body(organization=typed, liked=typed)
    assert typed in text and "49" not in text and "&lt;" not in text
