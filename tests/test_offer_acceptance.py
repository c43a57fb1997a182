"""Accepting an offer in writing: the terms repeated as typed, the checks the
start depends on, what comes next, and the start date that holds the letter."""

from __future__ import annotations

from datetime import date

import pytest

from generators.letters import offer_acceptance

TODAY = date(2026, 6, 10)
WRITER = "offer-acceptance"


def test_it_accepts_in_its_first_lines_and_confirms_the_terms(writer):
    text = writer.body()
    opening = text.split("\n\n")[1]
    assert opening == ("Thank you for offering me the Data Analyst position at Northwind Health. "
                       "I am pleased to accept, and very glad to be joining your team.")
    assert ("To confirm the terms we discussed: the title is Data Analyst, the pay is $62,000 a year, "
            "and my start date is July 6, 2026.") in text
    assert "We also agreed on two days a week working from home." in text


@pytest.mark.parametrize("pay", ["$62,000 a year", "£31,500", "$24.50 an hour", "€48.000 brutto", "USD 5,200/month"])
def test_the_pay_is_kept_exactly_as_typed(writer, pay):
    assert f"the pay is {pay}," in writer.body(pay=pay)


def test_without_pay_or_anything_else_agreed_they_leave_no_trace(writer):
    result = writer.render(pay="", agreed="")
    text = result.letters[0].body
    assert "the title is Data Analyst and my start date is July 6, 2026." in text
    assert "pay" not in text and "agreed on" not in text
    assert "Add the pay" in writer.advice_for(result, "pay")
    assert "Check that the title and start date here match" in writer.advice_for(result, "in_writing")


@pytest.mark.parametrize("tone, expected", [
    ("formal", "I understand that the offer is subject to the reference checks and the background check, "
               "and that my start date depends on them. When do you expect them to be complete?"),
    ("warm", "I know the offer depends on the reference checks and the background check, "
             "so my start date depends on them as well. When do you expect them to be done?"),
])
def test_a_conditional_offer_says_the_start_depends_on_the_checks(writer, tone, expected):
    assert expected in writer.body(tone=tone)


def test_one_check_is_it_not_them(writer):
    text = writer.body(checks=["right_to_work"])
    assert "subject to the right-to-work check, and that my start date depends on it." in text
    assert "When do you expect it to be complete?" in text


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_the_full_letter_says_a_sentence_for_each_check_and_the_short_one_lists_them(writer, tone):
    checks = list(offer_acceptance.CHECKS)
    full = writer.body(checks=checks, tone=tone, length="full")
    short = writer.body(checks=checks, tone=tone, length="short")
    for value, (_, named, formal, warm) in offer_acceptance.CHECKS.items():
        sentence = warm if tone == "warm" else formal
        assert sentence in full and sentence not in short
        assert named in short
    assert "the reference checks, the right-to-work check, and the background check" in short


def test_no_checks_leaves_the_checks_out_and_the_advice_asks_about_them(writer):
    result = writer.render(checks=[])
    assert "subject to" not in result.letters[0].body and "depends on" not in result.letters[0].body
    assert "tick those checks" in writer.advice_for(result, "checks")


def test_checks_bring_the_advice_to_keep_your_job_until_they_are_done(writer):
    assert "Keep your current job until the checks are done" in writer.advice_for(writer.render(), "checks")


@pytest.mark.parametrize("steps, says, never", [
    (["paperwork", "first_day"], "Please send me the contract and any forms to complete, and let me know where to report on my first day.", "documents to bring"),
    (["paperwork"], "Please send me the contract and any forms to complete, and I will return them promptly.", "first day, and"),
    (["first_day"], "I would be grateful to know where to report on my first day, and whom to ask for.", "contract"),
    ([], "Please let me know if you need anything from me before my first day, such as forms to complete or documents to bring.", "contract"),
])
def test_what_to_ask_about_follows_the_ticks(writer, steps, says, never):
    text = writer.body(next_steps=steps)
    assert says in text and never not in text


def test_an_offer_not_in_writing_is_asked_for_and_warned_about(writer):
    result = writer.render(in_writing="no")
    assert result.sendable
    assert "Please also send me the written offer, so that we both have it on record." in result.letters[0].body
    [message] = writer.messages_for(result, "in_writing")
    assert message.level == "warning" and "safest to accept once the offer is in writing" in message.text


def test_a_start_date_already_passed_holds_the_letter(writer):
    result = writer.render(start_date="2026-06-09")
    assert result.ok and not result.sendable
    [hold] = result.holds
    assert hold.field == "start_date" and hold.text.startswith("June 9, 2026 has already passed")


def test_a_start_date_of_today_is_only_a_warning(writer):
    result = writer.render(start_date="2026-06-10")
    assert result.sendable
    assert [m.level for m in writer.messages_for(result, "start_date")] == ["warning"]


def test_an_impossible_start_date_is_an_error_beside_it(writer):
    result = writer.render(start_date="2026-06-31")
    assert [(e.field, e.text) for e in result.errors] == [
        ("start_date", "Your start date must be a real date, for example 2026-03-12"),
    ]


def test_advice_says_be_sure_tell_the_others_and_thank_references(writer):
    text = writer.advice_for(writer.render())
    assert "only when you are sure" in text
    assert "tell every other employer still considering you" in text and "withdrawal letter writer" in text
    assert "thank your references" in text and "“Thanking a reference or someone who helped”" in text


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person who made the offer"),
        ("organization", "Enter the organization you are joining"),
        ("role", "Enter the job title they offered you"),
        ("start_date", "Enter your start date"),
        ("in_writing", "Choose whether you have the offer in writing"),
    ]


def test_subjects_say_it_is_an_acceptance(writer):
    assert writer.render().letters[0].subject == "Accepting your offer: Data Analyst"
    assert writer.render(tone="warm").letters[0].subject == "Happy to accept the Data Analyst offer"


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    text = writer.body(pay=typed, agreed=typed)
    assert typed in text and "49" not in text and "&lt;" not in text
