"""Replying to a recruiter or a contact: the yes you choose, who wrote to you,
your situation, and bad input."""

from __future__ import annotations

from datetime import date

import pytest


TODAY = date(2026, 3, 18)
WRITER = "recruiter-reply"


@pytest.mark.parametrize("answer, formal, warm", [
    ("talk", "I would like to hear more, and I am free to talk on Tuesday", "I'd love to hear more, and I'm free to talk on Tuesday"),
    ("interview", "I would be glad to take a first interview, and I am free on Tuesday", "I'd be glad to take a first interview: I'm free on Tuesday"),
])
def test_the_yes_you_choose_is_said_plainly_with_your_times(writer, answer, formal, warm):
    assert formal in writer.body(answer=answer)
    assert warm in writer.body(answer=answer, tone="warm")


@pytest.mark.parametrize("answer, subject", [
    ("talk", "Senior Data Analyst role at Northwind Health: I would like to hear more"),
    ("interview", "Senior Data Analyst role at Northwind Health: first interview"),
])
def test_subject_says_what_the_reply_is(writer, answer, subject):
    assert writer.render(answer=answer).letters[0].subject == subject


def test_happy_in_your_job_is_said_and_brings_advice_about_your_employer(writer):
    result = writer.render(situation="employed")
    assert "I am happy in my current position, but this sounds well worth a conversation." in result.letters[0].body
    assert "rather than through my work phone or email" in result.letters[0].body
    text = writer.advice_for(result)
    assert "outside work hours" in text and "contract" in text and "personal email" in text


def test_looking_says_so_and_skips_the_employer_advice(writer):
    result = writer.render(situation="looking")
    assert "I am looking for my next position" in result.letters[0].body
    assert "rather than through my work" not in result.letters[0].body
    assert "outside work hours" not in writer.advice_for(result)


def test_a_contact_is_thanked_for_passing_it_on_and_asked_for_an_introduction(writer):
    talk = writer.body(contact_kind="contact")
    assert "Thank you for thinking of me for the Senior Data Analyst role at Northwind Health, and for passing it on." in talk
    assert "put in touch with the person hiring" in talk
    assert "let the hiring manager know" in writer.body(contact_kind="contact", answer="interview")
    assert "put in touch" not in writer.body(contact_kind="recruiter")


def test_without_times_it_asks_for_theirs_and_suggests_offering_some(writer):
    result = writer.render(times="")
    assert "Please let me know a few times that would suit you." in result.letters[0].body
    assert "two or three times" in writer.advice_for(result, "times")
    assert not writer.advice_for(writer.render(), "times")


def test_without_questions_it_suggests_some(writer):
    result = writer.render(questions="")
    assert "I would especially like to learn about" not in result.letters[0].body
    assert "pay range" in writer.advice_for(result, "questions")


def test_without_the_employer_the_role_stands_alone(writer):
    result = writer.render(organization="")
    assert "about the Senior Data Analyst role." in result.letters[0].body
    assert result.letters[0].subject == "Senior Data Analyst role: I would like to hear more"


@pytest.mark.parametrize("phone, email, expected", [
    ("555-201-7788", "", "You can reach me at 555-201-7788, rather than"),
    ("", "jordan@example.org", "You can reach me at jordan@example.org, rather than"),
    ("", "", None),
])
def test_contact_details_are_joined_or_left_out(writer, phone, email, expected):
    text = writer.body(phone=phone, personal_email=email)
    if expected:
        assert expected in text
    else:
        assert "reach me" not in text


def test_full_asks_why_they_thought_of_you_and_why_the_job_is_open(writer):
    text = writer.body(length="full")
    assert "what made you think of me for this role" in text and "why the position is open" in text
    assert "what made you think of me" not in writer.body()


def test_interview_advice_calls_it_practice(writer):
    assert "practice" in writer.advice_for(writer.render(answer="interview"))
    assert "ask why they thought of you" in writer.advice_for(writer.render(answer="talk"))


def test_a_phone_number_without_digits_is_refused_with_a_message(writer):
    assert [e.field for e in writer.render(phone="my mobile").errors] == ["phone"]


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person who got in touch"),
        ("contact_kind", "Choose who got in touch"),
        ("role", "Enter the role they told you about"),
        ("answer", "Choose what you want to say"),
        ("situation", "Choose where you are now"),
    ]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    text = writer.body(role=typed, questions=typed)
    assert typed in text and "49" not in text and "&lt;" not in text


def test_a_reply_without_what_you_do_now_is_asked_for_it(writer):
    assert "any job" in writer.advice_for(writer.render(background=""), "background")
    assert writer.advice_for(writer.render(), "background") == ""
