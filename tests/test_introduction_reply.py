"""Your reply once introduced: Bcc, the call, timing and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


INTRODUCED = date(2026, 3, 4)
WRITER = "introduction-reply"
TODAY = INTRODUCED + timedelta(days=1)


ALL_STYLES = [(tone, length) for tone in ("formal", "warm") for length in ("short", "full")]


@pytest.mark.parametrize("tone, length", ALL_STYLES)
def test_thanks_the_connector_first_and_moves_them_to_bcc(writer, tone, length):
    body = writer.render(tone=tone, length=length).letters[0].body
    thanks = body.split("\n\n")[1]
    assert "Maria" in thanks and "Bcc" in thanks and "thank" in thanks.lower()


@pytest.mark.parametrize("tone, length", ALL_STYLES)
def test_restates_interest_and_asks_for_a_short_phone_call_email_fine(writer, tone, length):
    body = writer.render(tone=tone, length=length).letters[0].body
    assert "Northwind Health" in body and writer.example["interest"] in body
    assert "15 or 20 minutes" in body and "phone call" in body
    assert "stronger candidate" in body
    assert "If email" in body
    # Advice, never a job: the reply does not ask to be hired.
    assert "job" not in body.lower() and "hire" not in body.lower()


def test_a_reply_keeps_the_thread_so_it_has_no_subject(writer):
    letter = writer.render().letters[0]
    assert letter.subject == ""
    assert letter.heading == "To Dana Lee (Bcc: Maria Chen)"


def test_times_and_phone_appear_when_given_and_leave_no_trace_when_not(writer):
    body = writer.render().letters[0].body
    assert "I am free Tuesday or Thursday afternoon next week" in body and "My number is (555) 010-0142." in body
    result = writer.render(times="", phone="", aim="")
    body = result.letters[0].body
    assert "free" not in body and "number" not in body and "aiming" not in body
    assert "two or three times" in writer.advice_for(result, "times")
    assert not writer.advice_for(writer.render(), "times")


def test_role_takes_the_right_article(writer):
    assert "aiming for an Inventory Planner role" in writer.render(aim="Inventory Planner").letters[0].body


@pytest.mark.parametrize("days", [0, 1])
def test_replying_within_a_day_is_good_timing(writer, days):
    result = writer.render(INTRODUCED + timedelta(days=days))
    text = writer.advice_for(result, "introduced_on")
    # The day after is the last day of the window: still on time, and said so.
    assert text.startswith("Good timing" if days == 0 else "Send it today")
    assert "within a day of the introduction" in text
    assert all(m.level == "info" for m in result.advice if m.field == "introduced_on")


@pytest.mark.parametrize("days", [2, 5, 30])
def test_a_late_reply_says_how_late_and_to_send_today(writer, days):
    result = writer.render(INTRODUCED + timedelta(days=days))
    notes = [m for m in result.advice if m.field == "introduced_on"]
    assert notes[0].level == "warning"
    assert f"{days} days" in notes[0].text and "today" in notes[0].text


def test_a_future_introduction_date_is_questioned_not_refused(writer):
    result = writer.render(INTRODUCED - timedelta(days=2))
    assert "in the future" in writer.advice_for(result, "introduced_on")
    assert result.ok


def test_no_date_means_no_timing_advice(writer):
    assert not writer.advice_for(writer.render(introduced_on=""), "introduced_on")


def test_nudge_date_is_a_week_from_today(writer):
    general = " ".join(m.text for m in writer.render(date(2026, 3, 5)).advice if not m.field)
    assert "If Dana Lee has not replied by March 12, 2026, send one short, friendly nudge." in general
    assert "move Maria Chen out of the To or Cc line and into Bcc" in general
    assert "ask for advice, not for a job" in general


@pytest.mark.parametrize("phone", ["(555) 010-0142", "+1 312 555 0178", "555.010.0142", "020 7946 0958", "555-0142 ext. 12"])
def test_phone_numbers_in_common_forms_are_accepted_verbatim(writer, phone):
    result = writer.render(phone=phone)
    assert result.ok and phone in result.letters[0].body


@pytest.mark.parametrize("phone", ["call me", "555", "555-CALL-NOW", "<b>5550142</b>"])
def test_something_that_is_not_a_phone_number_is_refused(writer, phone):
    result = writer.render(phone=phone)
    assert [(e.field, e.text) for e in result.errors] == [
        ("phone", "Enter a phone number with its digits, for example 555-201-7788"),
    ]


def test_the_connector_is_not_the_person_you_were_introduced_to(writer):
    result = writer.render(connector_name="dana lee")
    assert [e.field for e in result.errors] == ["connector_name"]
    assert "not the person you were introduced to" in result.errors[0].text


def test_warm_uses_first_names_and_keeps_an_honorific(writer):
    body = writer.render(tone="warm", contact_name="Dr. Ines Moreau").letters[0].body
    assert body.startswith("Hello Dr. Moreau,\n\nMaria, thanks so much")


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(INTRODUCED)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person you were introduced to"),
        ("connector_name", "Enter the name of the person who introduced you"),
        ("organization", "Enter their organization"),
        ("interest", "Enter what draws you to the organization"),
    ]
    general = " ".join(m.text for m in result.advice if not m.field)
    assert "the person who introduced you" in general and "there is no reply" in general


def test_a_bad_date_is_an_error(writer):
    result = writer.render(introduced_on="2026-02-30")
    assert [e.field for e in result.errors] == ["introduced_on"]


@pytest.mark.parametrize("field, typed", [
    ("interest", "its clinics, and I hope you can hire me"),
    ("aim", "data analyst, so please put me forward"),
    ("interest", "its openings, and whether there is a position for me"),
])
def test_asking_for_a_job_outright_holds_the_reply(writer, field, typed):
    result = writer.render(**{field: typed})
    assert [(m.field, m.level) for m in result.holds] == [(field, "hold")]
    assert result.ok and not result.sendable


def test_asking_for_advice_does_not_hold(writer):
    assert writer.render().sendable
    assert writer.render(interest="how it trains new analysts").sendable
