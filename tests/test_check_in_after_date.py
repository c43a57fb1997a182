"""Checking in after the date they gave: when to send, first and second
check-ins, the call they asked for, and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from generators.core.timing import add_working_days

THEIR_DATE = date(2026, 3, 27)  # a Friday
WRITER = "check-in-after-date"
TODAY = date(2026, 4, 1)


def test_working_days_skip_the_weekend():
    assert add_working_days(THEIR_DATE, 2) == date(2026, 3, 31)
    assert add_working_days(date(2026, 3, 24), 2) == date(2026, 3, 26)


@pytest.mark.parametrize("today", [THEIR_DATE - timedelta(days=5), THEIR_DATE])
def test_before_their_date_has_passed_it_says_when_to_send_and_that_timelines_slip(writer, today):
    result = writer.render(today)
    text = writer.advice_for(result, "their_date")
    assert text.startswith("Not yet: the date they gave, March 27, 2026, has not passed.")
    assert "takes longer than planned" in text and "not a no" in text
    assert "If you have not heard by March 31, 2026, two working days after it, send this then." in text
    assert result.letters  # ready to prepare


def test_just_after_their_date_it_says_to_give_them_two_or_three_working_days(writer):
    text = writer.advice_for(writer.render(THEIR_DATE + timedelta(days=1)), "their_date")
    assert text.startswith("Their date passed only 1 day ago.")
    assert "takes longer than planned" in text and "send this on March 31, 2026" in text


@pytest.mark.parametrize("today", [date(2026, 3, 31), date(2026, 4, 20)])
def test_two_working_days_after_their_date_is_good_timing(writer, today):
    assert writer.advice_for(writer.render(today), "their_date").startswith("Good timing")


def test_asked_to_call_before_the_date_says_call_on_that_day(writer):
    text = writer.advice_for(writer.render(THEIR_DATE - timedelta(days=2), promise="call"), "their_date")
    assert text.startswith("Not yet: they asked you to get in touch around March 27, 2026. Call on that day")
    assert "takes longer than planned" in text


def test_asked_to_call_on_the_date_is_good_timing(writer):
    assert writer.advice_for(writer.render(THEIR_DATE, promise="call"), "their_date").startswith("Good timing")


def test_asked_to_call_gives_an_email_and_a_call_script_with_a_voicemail(writer):
    result = writer.render(promise="call")
    email, call = result.letters
    assert email.heading == "Email to Dana Lee" and call.layout == "script" and call.subject == ""
    assert "You asked me to contact you around March 27, 2026" in email.body
    assert "If you reach voicemail:" in call.body
    assert call.body.count("555-201-7788") == 2
    assert "call first" in writer.advice_for(result)


def test_voicemail_without_a_number_says_an_email_follows(writer):
    call = writer.render(promise="call", phone="").letters[1].body
    assert "call me back" not in call and "I will also send you a short email today." in call


def test_they_would_be_in_touch_gives_one_email(writer):
    result = writer.render()
    assert len(result.letters) == 1 and result.letters[0].heading == "To Dana Lee"


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("length", ["short", "full"])
@pytest.mark.parametrize("promise", ["decide", "call"])
def test_it_restates_interest_and_asks_where_things_stand_without_pointing_at_their_date(writer, tone, length, promise):
    body = writer.render(tone=tone, length=length, promise=promise).letters[0].body
    assert "interested" in body or "keen" in body
    assert "where things stand" in body or "news on your timeline" in body
    for blame in ("missed", "passed", "said you would", "still waiting", "haven't heard", "have not heard"):
        assert blame not in body
    if promise == "decide":
        assert "March 27" not in body


def test_second_check_in_names_the_first_and_says_when_to_stop(writer):
    result = writer.render(date(2026, 4, 9), last_check_in="2026-04-01")
    body = result.letters[0].body
    assert "following up on my message of April 1" in body
    assert "second check-in" in writer.advice_for(result) and "treat the job as closed" in writer.advice_for(result)
    assert not writer.advice_for(result, "last_check_in")
    assert not writer.advice_for(result, "their_date")  # the first check-in's timing no longer applies


def test_second_check_in_too_soon_says_wait_a_week(writer):
    text = writer.advice_for(writer.render(date(2026, 4, 3), last_check_in="2026-04-01"), "last_check_in")
    assert text == "Not yet: wait about a week after your last check-in. Send this on or after April 8, 2026."


def test_second_call_unanswered_most_likely_means_they_decided(writer):
    result = writer.render(date(2026, 4, 9), promise="call", last_check_in="2026-04-01")
    assert "most likely decided" in writer.advice_for(result)
    assert "following up on my message of April 1" in result.letters[1].body
    assert "most likely decided" not in writer.advice_for(writer.render(date(2026, 4, 9), last_check_in="2026-04-01"))


def test_a_future_last_check_in_is_questioned(writer):
    assert "in the future" in writer.advice_for(writer.render(last_check_in="2026-04-05"), "last_check_in")


def test_their_date_before_the_interview_is_an_error(writer):
    result = writer.render(their_date="2026-03-10")
    assert [(e.field, e.text) for e in result.errors] == [
        ("their_date", "The date they gave must be after the interview date"),
    ]


def test_last_check_in_before_the_interview_is_an_error(writer):
    result = writer.render(last_check_in="2026-03-01")
    assert [(e.field, e.text) for e in result.errors] == [
        ("last_check_in", "Your last check-in must be after the interview date"),
    ]


def test_an_interview_in_the_future_is_questioned(writer):
    assert "in the future" in writer.advice_for(writer.render(date(2026, 3, 1)), "interview_date")


def test_no_mention_of_their_date_in_advice_before_it_has_passed(writer):
    assert "no need to point out" not in writer.advice_for(writer.render(THEIR_DATE))
    assert "no need to point out" in writer.advice_for(writer.render(THEIR_DATE + timedelta(days=1)))


def test_optional_answers_left_empty_leave_no_trace(writer):
    body = writer.render(still_keen="", update="", phone="").letters[0].body
    assert "I remain very interested in the role." in body
    assert "Since we spoke" not in body and "reach me" not in body


def test_a_phone_number_without_digits_is_refused_with_a_message(writer):
    result = writer.render(phone="ask reception")
    assert [e.field for e in result.errors] == ["phone"]


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(THEIR_DATE)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("organization", "Enter the organization you interviewed with"),
        ("role", "Enter the job title you interviewed for"),
        ("interview_date", "Enter the date of the interview"),
        ("contact_name", "Enter the name of the person who gave you the date"),
        ("promise", "Choose what they told you"),
        ("their_date", "Enter the date they gave you"),
    ]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    result = writer.render(promise="call", role=typed, update=typed)
    everything = "\n".join(l.body for l in result.letters)
    assert typed in everything and "49" not in everything and "&lt;" not in everything


def test_a_check_in_with_nothing_specific_is_asked_for_one_detail(writer):
    bare = generators.render(writer.spec.id, {**writer.spec.example, "still_keen": "", "update": ""}, writer.spec.example_today)
    assert any(m.field == "still_keen" and "any job" in m.text for m in bare.advice)
    full = generators.render(writer.spec.id, writer.spec.example, writer.spec.example_today)
    assert not any("any job" in m.text for m in full.advice)
