"""Asking for time to decide on an offer: the date you will answer by, the
reason, the written offer, and what holds the letter or warns."""

from __future__ import annotations

from datetime import date

import pytest

from generators.letters import offer_time_to_decide

TODAY = date(2026, 6, 3)
WRITER = "offer-time-to-decide"


def test_it_thanks_them_says_you_are_glad_and_names_the_date_written_out(writer):
    text = writer.body()
    opening = text.split("\n\n")[1]
    assert opening.startswith("Thank you for offering me the Data Analyst position at Northwind Health yesterday.")
    assert "I am very glad to have been chosen and very interested in the role" in opening
    assert "let you know my decision by June 9, 2026?" in text
    assert "2026-06-09" not in text


@pytest.mark.parametrize("offered, expected", [
    ("2026-06-03", "at Northwind Health today."),
    ("2026-06-02", "at Northwind Health yesterday."),
    ("2026-05-29", "at Northwind Health on May 29, 2026."),
])
def test_the_day_of_the_offer_reads_as_a_person_says_it(writer, offered, expected):
    assert expected in writer.body(offer_date=offered)


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_an_offer_not_yet_in_writing_is_asked_for(writer, tone):
    asked = writer.body(in_writing="no", tone=tone)
    assert "could you send me the offer in writing?" in asked
    have = writer.body(in_writing="yes", tone=tone)
    assert "send me the offer in writing" not in have
    assert "for sending the" in have  # it thanks them for the written offer instead


@pytest.mark.parametrize("reason", sorted(offer_time_to_decide.REASONS))
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_each_reason_gives_its_own_sentence(writer, reason, tone):
    text = writer.body(reason=reason, tone=tone, in_writing="yes")
    _, formal, warm = offer_time_to_decide.REASONS[reason]
    assert (warm if tone == "warm" else formal) in text
    others = [r for r in offer_time_to_decide.REASONS if r != reason]
    assert not any(offer_time_to_decide.REASONS[o][2 if tone == "warm" else 1] in text for o in others)


def test_reading_an_offer_that_has_not_come_waits_for_it(writer):
    text = writer.body(reason="read", in_writing="no")
    assert "Once the written offer arrives, I would like to read it carefully" in text


def test_another_process_is_mentioned_without_naming_the_employer(writer):
    result = writer.render(reason="other_process")
    assert "another hiring process" in result.letters[0].body
    assert "do not have to name the other employer" in writer.advice_for(result, "reason")


def test_own_words_replace_the_chosen_reason(writer):
    result = writer.render(reason="family", own_reason="I would like to visit Denver before I commit to the move")
    text = result.letters[0].body
    assert "I would like to visit Denver before I commit to the move." in text
    assert "family" not in text
    assert "instead of the reason chosen above" in writer.advice_for(result, "own_reason")


def test_no_reason_leaves_no_trace_and_asks_for_one(writer):
    result = writer.render(reason="", own_reason="")
    text = result.letters[0].body
    assert "consider it. Would it be possible for me to let you know my decision by June 9, 2026?" in text
    assert "makes the request easier to grant" in writer.advice_for(result, "reason")


@pytest.mark.parametrize("answer_by, level, says", [
    ("2026-06-05", "info", "That is three days after the offer. A week or less is a usual request"),
    ("2026-06-09", "info", "That is a week after the offer."),
    ("2026-06-13", "info", "That is 11 days after the offer: more than the week many employers give"),
    ("2026-06-16", "info", "That is two weeks after the offer"),
    ("2026-06-17", "warning", "That is 15 days after the offer. Many employers expect an answer within a week"),
])
def test_the_time_asked_is_compared_with_what_the_guide_calls_usual(writer, answer_by, level, says):
    result = writer.render(answer_by=answer_by)
    assert result.sendable
    [message] = writer.messages_for(result, "answer_by")
    assert message.level == level and message.text.startswith(says)


def test_the_limits_are_the_guides_a_week_and_two_weeks():
    assert (offer_time_to_decide.USUAL_DECISION_DAYS, offer_time_to_decide.LONGEST_USUAL_DECISION_DAYS) == (7, 14)


def test_an_answer_date_of_today_asks_for_no_time_and_says_so(writer):
    result = writer.render(answer_by="2026-06-03")
    assert result.sendable
    assert [m.level for m in writer.messages_for(result, "answer_by")] == ["warning"]
    assert "no extra time" in writer.advice_for(result, "answer_by")


def test_an_answer_date_already_passed_holds_the_letter(writer):
    result = writer.render(offer_date="2026-05-20", answer_by="2026-06-01")
    assert result.ok and not result.sendable
    [hold] = result.holds
    assert hold.field == "answer_by" and hold.text.startswith("June 1, 2026 has already passed.")
    assert result.advice[0] == hold


def test_an_answer_date_before_the_offer_holds_the_letter(writer):
    # Only an offer date still ahead can come after an answer date still ahead,
    # so the offer date has its own error too.
    result = writer.render(offer_date="2026-06-02", answer_by="2026-06-01", today=date(2026, 5, 30))
    assert [m.field for m in result.holds] == ["answer_by"]
    assert result.holds[0].text == "The date you will answer by comes before the day they made the offer. Check both dates."
    assert writer.errors_for(result, "offer_date")


def test_an_answer_date_passed_and_before_the_offer_says_the_plainer_reason(writer):
    result = writer.render(offer_date="2026-06-03", answer_by="2026-06-02", today=date(2026, 6, 3))
    assert [m.text.split(".")[0] for m in result.holds] == ["June 2, 2026 has already passed"]


def test_an_offer_date_in_the_future_is_an_error_beside_it(writer):
    result = writer.render(offer_date="2026-06-05", answer_by="2026-06-12")
    assert writer.errors_for(result) == [
        "The date they made the offer cannot be in the future. Enter the day they made it",
    ]
    assert result.errors[0].field == "offer_date"


def test_an_impossible_date_is_an_error_beside_its_field(writer):
    result = writer.render(answer_by="2026-02-30")
    assert [(e.field, e.text) for e in result.errors] == [
        ("answer_by", "The date you will give your answer by must be a real date, for example 2026-03-12"),
    ]


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person who made the offer"),
        ("organization", "Enter the organization that made the offer"),
        ("role", "Enter the job title they offered you"),
        ("offer_date", "Enter the date they made the offer"),
        ("answer_by", "Enter the date you will give your answer by"),
        ("in_writing", "Choose whether you have the offer in writing"),
    ]


def test_guidance_says_ask_soon_and_once_and_points_to_the_acceptance_writer(writer):
    text = writer.advice_for(writer.render())
    assert "Send this soon" in text and "Ask once" in text
    assert "“Accepting a job offer” drafts your reply" in text


def test_subjects_say_what_the_email_is(writer):
    assert writer.render().letters[0].subject == "Data Analyst offer: a request for time to decide"
    assert writer.render(tone="warm").letters[0].subject == (
        "Thank you for the Data Analyst offer, and a little time to decide")


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    text = writer.body(organization=typed, own_reason=typed)
    assert typed in text and "49" not in text and "&lt;" not in text
