"""The check-in to stay on their radar: guidance rules and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from generators.letters import radar_check_in
from generators.core.grammar import long_date

TODAY = radar_check_in.SPEC.example_today  # April 28, 2026
LAST = date(2026, 3, 27)
WRITER = "radar-check-in"


def test_reminds_them_of_the_role_and_month_and_shares_the_news(writer):
    letter = writer.render().letters[0]
    assert "Data Analyst position at Northwind Health in March" in letter.body
    assert "Since we spoke, I have finished a course in SQL" in letter.body
    assert letter.subject == "An update since my Data Analyst interview in March"


def test_interview_in_another_year_names_the_year(writer):
    result = writer.render(date(2027, 1, 20), interview_date="2026-11-30", last_contact_date="2026-12-14")
    assert "in November 2026" in result.letters[0].body


def test_their_news_is_optional_and_leaves_no_trace(writer):
    for tone in ("formal", "warm"):
        body = writer.render(their_news="", tone=tone).letters[0].body
        assert "glad to see" not in body


def test_full_says_no_reply_is_needed(writer):
    assert "no need to reply" in writer.render(length="full").letters[0].body
    assert "no need to reply" in writer.render(length="full", tone="warm").letters[0].body
    assert "reply" not in writer.render().letters[0].body


# ---- about once a month at most

@pytest.mark.parametrize("days", [0, 1, 14, 27])
def test_sooner_than_a_month_says_wait(writer, days):
    result = writer.render(LAST + timedelta(days=days))
    text = writer.advice_for(result, "last_contact_date")
    assert "once a month" in text
    assert long_date(LAST + timedelta(days=28)) in text
    assert any(m.level == "warning" for m in result.advice if m.field == "last_contact_date")
    assert f"{days} day" in text


def test_one_day_is_singular(writer):
    assert "You last wrote 1 day ago." in writer.advice_for(writer.render(LAST + timedelta(days=1)), "last_contact_date")


@pytest.mark.parametrize("days", [28, 32, 90])
def test_a_month_or_more_is_good_timing_and_says_bring_new_news(writer, days):
    result = writer.render(LAST + timedelta(days=days))
    text = writer.advice_for(result, "last_contact_date")
    assert text.startswith("Good timing") and "new news" in text
    assert all(m.level == "info" for m in result.advice if m.field == "last_contact_date")


def test_last_contact_in_the_future_is_questioned(writer):
    assert "in the future" in writer.advice_for(writer.render(last_contact_date="2026-05-10"), "last_contact_date")


def test_last_contact_before_the_interview_is_an_error(writer):
    result = writer.render(last_contact_date="2026-03-01")
    assert [e.field for e in result.errors] == ["last_contact_date"]


def test_interview_in_the_future_is_questioned(writer):
    result = writer.render(interview_date="2026-05-01", last_contact_date="2026-05-02")
    assert "in the future" in writer.advice_for(result, "interview_date")


# ---- stop if they ask

def test_if_they_asked_you_to_stop_there_is_no_check_in_and_it_holds(writer):
    result = writer.render(asked_to_stop="yes")
    assert result.letters == ()
    advice = [m for m in result.advice if m.field == "asked_to_stop"]
    assert [m.level for m in advice] == ["hold"]
    assert "do not send a check-in" in advice[0].text and "let it go" in advice[0].text
    assert result.ok and not result.sendable
    assert result.advice == result.holds  # no advice about timing a check-in that must not go


def test_stopping_needs_no_other_answers_to_say_so(writer):
    result = generators.render(writer.spec.id, {"asked_to_stop": "yes"}, TODAY)
    assert result.letters == () and result.errors == ()
    assert "do not send a check-in" in writer.advice_for(result, "asked_to_stop")


def test_the_door_open_by_default_and_the_stop_rule_is_always_said(writer):
    assert writer.spec.field("asked_to_stop").default == "no"
    general = " ".join(m.text for m in writer.render().advice if not m.field)
    assert "ask you to stop" in general and "keep applying elsewhere" in general


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("organization", "Enter the organization you want to stay in touch with"),
        ("role", "Enter the job title you interviewed for"),
        ("contact_name", "Enter the name of the person you are writing to"),
        ("interview_date", "Enter the date of your interview"),
        ("last_contact_date", "Enter when you last wrote to them"),
        ("news", "Enter one piece of news since you last wrote"),
    ]
    assert "[job title you interviewed for]" in result.letters[0].body


def test_no_filler_opening(writer):
    for tone in ("formal", "warm"):
        body = writer.render(tone=tone).letters[0].body.lower()
        assert "hope this" not in body and "hope things" not in body and "hope you are well" not in body


@pytest.mark.parametrize("typed", ["<b>bold</b>", "{{ 7*7 }}", "{% raw %}"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    body = writer.render(news=typed).letters[0].body
    assert f"I have {typed}." in body and "49" not in body
