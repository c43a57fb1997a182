"""Thanking them for feedback: guidance rules and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest


ARRIVED = date(2026, 3, 27)
WRITER = "thanks-for-feedback"
TODAY = ARRIVED


@pytest.mark.parametrize("days", [0, 1, 2])
def test_within_a_day_or_two_is_good_timing(writer, days):
    result = writer.render(ARRIVED + timedelta(days=days))
    assert "within a day or two" in writer.advice_for(result, "feedback_date")
    assert all(m.level == "info" for m in result.advice if m.field == "feedback_date")


@pytest.mark.parametrize("days", [3, 9])
def test_late_thanks_are_still_worth_sending(writer, days):
    result = writer.render(ARRIVED + timedelta(days=days))
    text = writer.advice_for(result, "feedback_date")
    assert f"{days} days" in text and "still worth sending" in text
    assert any(m.level == "warning" for m in result.advice if m.field == "feedback_date")


def test_feedback_date_in_the_future_is_questioned(writer):
    result = writer.render(ARRIVED - timedelta(days=1))
    assert "in the future" in writer.advice_for(result, "feedback_date")
    assert result.ok


def test_the_letter_names_their_advice_and_the_step_you_will_take(writer):
    body = writer.render().letters[0].body
    assert "You suggested that I walk through one project in depth" in body
    assert "I plan to rehearse two project stories" in body
    assert "I have already rewritten the project section" in body


def test_without_a_first_step_the_sentence_is_gone(writer):
    for tone in ("formal", "warm"):
        body = writer.render(started="", tone=tone).letters[0].body
        assert "already" not in body


def test_keeping_in_touch_is_in_every_letter_and_full_offers_a_note_in_a_month(writer):
    for tone in ("formal", "warm"):
        short = writer.render(tone=tone).letters[0].body
        full = writer.render(tone=tone, length="full").letters[0].body
        assert "touch" in short and "touch" in full
        assert "month" in full and "month" not in short


def test_acting_on_it_and_checking_in_later_is_advised(writer):
    general = " ".join(m.text for m in writer.render().advice if not m.field)
    assert "pick one or two changes" in general and "check-in" in general


ARGUING = [
    ("feedback", "that my examples were too short, though I disagree"),
    ("feedback", "that I lacked SQL, which is not true"),
    ("feedback", "that I seemed unprepared, which felt unfair"),
    ("feedback", "that I should know Tableau, but I did mention it"),
    ("action", "show them I actually do know SQL"),
    ("action", "explain, in my defense, why my answer was short"),
    ("started", "pointed out that they misunderstood my résumé"),
    ("action", "prove you were wrong about my experience"),
    ("feedback", "that I add SQL to my résumé, but I did list it on my résumé"),
]


@pytest.mark.parametrize("field, typed", ARGUING)
def test_arguing_with_the_feedback_holds_the_letter_beside_the_field(writer, field, typed):
    result = writer.render(**{field: typed})
    found = [m for m in result.advice if m.field == field]
    assert found and found[0].level == "hold"
    assert "arguing with the feedback" in found[0].text
    assert result.ok and not result.sendable


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("typed", [typed for field, typed in ARGUING if field == "feedback"])
def test_the_line_that_welcomes_the_advice_never_follows_an_argument(writer, tone, typed):
    body = writer.render(feedback=typed, tone=tone).letters[0].body
    assert "That is practical advice" not in body and "exactly the kind of pointer" not in body
    assert f"You suggested {typed}." in body
    kept = writer.render(tone=tone).letters[0].body
    assert "That is practical advice" in kept or "exactly the kind of pointer" in kept


@pytest.mark.parametrize("field, typed", [
    ("feedback", "that I bring one detailed example to every answer"),
    ("feedback", "getting more practice with payroll software"),
    ("action", "take a course in dashboard design this spring"),
    ("started", "booked two practice interviews with a friend"),
])
def test_taking_the_feedback_is_not_flagged(writer, field, typed):
    assert writer.advice_for(writer.render(**{field: typed}), field) == ""


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(ARRIVED)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("organization", "Enter the organization that gave you feedback"),
        ("role", "Enter the job title you applied for"),
        ("contact_name", "Enter the name of the person who gave you feedback"),
        ("feedback_date", "Enter the date their feedback arrived"),
        ("feedback", "Enter the advice they gave you"),
        ("action", "Enter what you will do with the advice"),
    ]


def test_trailing_full_stop_is_not_doubled(writer):
    body = writer.render(action="practice out loud.").letters[0].body
    assert "I plan to practice out loud." in body and ".." not in body


@pytest.mark.parametrize("typed", ["<script>x()</script>", "{{ 7*7 }}", "{% raw %}"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    body = writer.render(feedback=typed, organization=typed).letters[0].body
    assert typed in body and "49" not in body


def test_subject_says_what_the_email_is(writer):
    assert writer.render().letters[0].subject == "Thank you for your advice on my Data Analyst application"
    assert writer.render(tone="warm").letters[0].subject == "Thanks for the feedback on the Data Analyst role"
