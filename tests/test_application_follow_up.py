"""Following up on an application: three outputs, the no-calls rule, timing
advice, and bad input."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

import generators

APPLIED = date(2026, 3, 2)
DEADLINE = date(2026, 3, 13)
WRITER = "application-follow-up"
TODAY = DEADLINE + timedelta(days=5)


def test_one_form_gives_an_email_a_call_script_and_a_voicemail(writer):
    result = writer.render()
    assert result.ok
    email, call, voicemail = result.letters
    assert (email.layout, call.layout, voicemail.layout) == ("email", "script", "script")
    assert email.subject == "Application follow-up: Data Analyst"
    assert call.subject == "" and voicemail.subject == ""
    assert [l.heading for l in result.letters] == ["Email", "Phone call", "Voicemail, if nobody answers"]


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("length", ["short", "full"])
def test_every_output_asks_about_their_timeline_never_whether_the_resume_arrived(writer, tone, length):
    result = writer.render(tone=tone, length=length)
    for letter in result.letters:
        text = letter.body.lower()
        assert "interviews" in text
        assert re.search(r"when (do )?you expect|when you'll start", text), letter.heading
        for never in ("résumé", "resume", "receive", "arrived", "did you get"):
            assert never not in text, (letter.heading, never)


@pytest.mark.parametrize("tone, next_step", [
    ("formal", "I will keep myself available during that period"),
    ("warm", "I'll keep that stretch as free as I can"),
])
def test_the_email_says_what_you_will_do_next(writer, tone, next_step):
    assert next_step in writer.render(tone=tone).letters[0].body


def test_no_calls_gives_nothing_to_send_and_says_plainly_why(writer):
    result = writer.render(no_calls="yes")
    assert result.ok and result.letters == ()
    text = writer.advice_for(result)
    assert text.startswith("Do not contact them at this stage.")
    assert "asked for no calls" in text and "count against you" in text
    assert "Wait for them to get in touch" in text
    # Only that advice: no timing tips for a follow-up that must not happen.
    assert [m.field for m in result.advice] == [""]


def test_no_calls_needs_no_other_answer(writer):
    result = generators.render(writer.spec.id, {"no_calls": "yes"}, DEADLINE)
    assert result.ok and result.letters == () and result.errors == ()
    assert "Do not contact them" in writer.advice_for(result)


@pytest.mark.parametrize("days_before", [0, 1, 10])
def test_before_the_closing_date_it_says_when_to_follow_up_instead(writer, days_before):
    result = writer.render(DEADLINE - timedelta(days=days_before))
    text = writer.advice_for(result, "deadline")
    assert text.startswith("Not yet: the closing date, March 13, 2026, has not passed")
    assert "between March 16 and March 20, 2026" in text
    # The letters stay on show so the reader can get them ready.
    assert len(result.letters) == 3


@pytest.mark.parametrize("since, when", [(1, "yesterday"), (2, "2 days ago")])
def test_just_after_the_closing_date_it_says_to_wait_a_few_days(writer, since, when):
    text = writer.advice_for(writer.render(DEADLINE + timedelta(days=since)), "deadline")
    assert text.startswith(f"Not yet: the applications only closed {when}.")
    assert "between March 16 and March 20, 2026" in text


@pytest.mark.parametrize("since", [3, 5, 7])
def test_a_few_days_to_a_week_after_the_closing_date_is_good_timing(writer, since):
    assert writer.advice_for(writer.render(DEADLINE + timedelta(days=since)), "deadline").startswith("Good timing")


def test_long_after_the_closing_date_says_follow_up_now_once(writer):
    assert writer.advice_for(writer.render(DEADLINE + timedelta(days=20)), "deadline") == \
        "The closing date was 20 days ago. Follow up now, once."


@pytest.mark.parametrize("since, expected", [
    (3, "Not yet. With no closing date, follow up about one to two weeks after you apply, between March 9 and March 16, 2026."),
    (7, "Good timing: one to two weeks after you applied."),
    (14, "Good timing: one to two weeks after you applied."),
    (15, "You applied 15 days ago. Follow up now, once."),
])
def test_without_a_closing_date_timing_counts_from_the_application(writer, since, expected):
    text = writer.advice_for(writer.render(APPLIED + timedelta(days=since), deadline=""), "applied_date")
    assert text.startswith(expected)


def test_a_window_across_the_new_year_names_both_years(writer):
    result = writer.render(date(2026, 12, 20), applied_date="2026-12-14", deadline="2026-12-26")
    assert "between December 29, 2026 and January 4, 2027" in writer.advice_for(result, "deadline")


def test_an_application_date_in_the_future_is_questioned(writer):
    result = writer.render(APPLIED - timedelta(days=1), deadline="")
    assert "in the future" in writer.advice_for(result, "applied_date")
    assert result.ok


def test_a_closing_date_before_the_application_is_questioned(writer):
    assert "Check the dates" in writer.advice_for(writer.render(deadline="2026-02-20"), "deadline")


def test_no_contact_name_gets_a_generic_greeting_and_a_tip(writer):
    result = writer.render(contact_name="")
    assert result.letters[0].body.startswith("Dear Hiring Manager,\n")
    assert "Could you put me through to the person handling applications" in result.letters[1].body
    assert result.letters[2].body.startswith("Hello, this is Jordan Rivera.\n")
    assert "LinkedIn" in writer.advice_for(result, "contact_name")
    assert writer.render(contact_name="", tone="warm").letters[0].body.startswith("Hello,\n")
    assert not writer.advice_for(writer.render(), "contact_name")


def test_scripts_stay_short_enough_to_say(writer):
    for tone in ("formal", "warm"):
        for length in ("short", "full"):
            _, call, voicemail = writer.render(tone=tone, length=length).letters
            assert len(voicemail.body.split()) <= 80
            assert len(call.body.split()) <= 220


def test_the_voicemail_says_the_number_twice(writer):
    voicemail = writer.render().letters[2].body
    assert voicemail.count("555-201-7788") == 2


def test_full_call_script_adds_what_to_say_if_they_have_chosen_already(writer):
    short_call, full_call = writer.render().letters[1].body, writer.render(length="full").letters[1].body
    assert "If they have already chosen people to interview:" in full_call
    assert "If they have already chosen" not in short_call


def test_call_script_drops_the_application_part_when_there_is_nothing_to_say(writer):
    call = writer.render(why_role="", fit="").letters[1].body
    assert "If they open your application" not in call
    assert "\n\n\n" not in call


def test_every_part_of_the_call_script_has_a_cue_and_words(writer):
    for block in writer.render(length="full").letters[1].body.strip().split("\n\n"):
        cue, words = block.split("\n")
        assert cue.endswith(":") and words and not words.endswith(":")


def test_a_phone_number_without_digits_is_refused_with_a_message(writer):
    result = writer.render(phone="call my office")
    assert [(e.field, e.text) for e in result.errors] == [
        ("phone", "Enter a phone number with its digits, for example 555-201-7788"),
    ]


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(DEADLINE)
    assert [(e.field, e.text) for e in result.errors] == [
        ("no_calls", "Choose whether the posting asked you not to call or follow up"),
        ("your_name", "Enter your name"),
        ("phone", "Enter your phone number, so they can call you back"),
        ("organization", "Enter the organization you applied to"),
        ("role", "Enter the job title you applied for"),
        ("applied_date", "Enter the date you applied"),
    ]


def test_a_bad_email_address_is_refused(writer):
    result = writer.render(your_email="jordan at example")
    assert [e.field for e in result.errors] == ["your_email"]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    result = writer.render(organization=typed, fit=typed)
    everything = "\n".join(l.body for l in result.letters)
    assert typed in everything and "49" not in everything and "&lt;" not in everything


@pytest.mark.parametrize("name", ["山田 太郎", "Đặng Thị Ngọc Hân", "محمد علي"])
def test_non_latin_names_come_out_verbatim(writer, name):
    result = writer.render(your_name=name, contact_name=name)
    assert result.ok
    assert result.letters[0].body.rstrip().endswith(name)
    assert name in result.letters[1].body


def test_a_follow_up_with_nothing_specific_is_asked_for_one_detail(writer):
    bare = writer.render(why_role="", fit="")
    assert any("any job" in m.text for m in bare.advice if m.field == "why_role")
    assert not any("any job" in m.text for m in writer.render().advice)
