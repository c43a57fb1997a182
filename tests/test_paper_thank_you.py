"""The "thank you for rejecting me" paper letter: layout, guidance and bad input."""

from __future__ import annotations

from datetime import date

import pytest

from generators.core import timing
from generators.letters import paper_thank_you
from generators.core.grammar import SIGNATURE_SPACE

TODAY = paper_thank_you.SPEC.example_today  # April 3, 2026, a Friday
WRITER = "paper-thank-you"


def test_laid_out_as_a_posted_letter_in_order(writer):
    letter = writer.render().letters[0]
    assert letter.layout == "paper" and letter.subject == "" and letter.body_label == "Letter"
    assert letter.heading == "To Dana Lee, Head of Analytics"
    body = letter.body
    order = [
        "1820 SE Alder Street\nPortland, OR 97214",  # your address
        "April 3, 2026",  # the date, written out
        "Dana Lee\nHead of Analytics\nNorthwind Health\n400 Harbor Road, Suite 300\nPortland, OR 97201",
        "Dear Dana Lee:",
        "Thank you for meeting with me on March 12, 2026, to discuss",
        "I especially valued hearing how your team",
        "I understand that you may have chosen another candidate",
        "Sincerely,",
        "Jordan Rivera\n(503) 555-0142\njordan.rivera@example.com\n",
    ]
    positions = [body.index(part) for part in order]
    assert positions == sorted(positions)
    assert body.startswith(order[0] + "\n\n" + order[1] + "\n\n" + order[2] + "\n\nDear")


def test_room_to_sign_between_closing_and_name(writer):
    body = writer.render().letters[0].body
    assert "Sincerely," + SIGNATURE_SPACE + "Jordan Rivera\n" in body
    assert body.count(SIGNATURE_SPACE) == 1
    assert writer.render(tone="warm").letters[0].body.count("With warm regards," + SIGNATURE_SPACE) == 1


def test_the_date_is_the_day_it_is_written(writer):
    assert "\n\nDecember 1, 2026\n\n" in writer.render(date(2026, 12, 1)).letters[0].body


def test_addresses_keep_their_line_breaks_and_drop_empty_lines(writer):
    body = writer.render(your_address="  Flat 2 \r\n\r\n 9  High Street\rLeeds LS1 4AB  ").letters[0].body
    assert body.startswith("Flat 2\n9 High Street\nLeeds LS1 4AB\n\n")


def test_three_short_paragraphs_between_salutation_and_closing(writer):
    body = writer.render().letters[0].body
    middle = body.split("Dear Dana Lee:\n\n")[1].split("\n\nSincerely,")[0]
    paragraphs = middle.split("\n\n")
    assert len(paragraphs) == 3
    assert all(len(p.split()) <= 45 for p in paragraphs)


def test_it_asks_nothing_and_never_mentions_their_date(writer):
    for tone in ("formal", "warm"):
        for situation in ("date_passed", "no_call_back", "told_no"):
            body = writer.render(tone=tone, situation=situation).letters[0].body
            assert "?" not in body
            assert "March 27" not in body  # the date they gave to decide by
            assert not any(word in body.lower() for word in ("why", "mistake", "disappointed", "hurt"))


def test_a_clear_no_is_acknowledged_and_a_silence_is_not_assumed(writer):
    assert "you have chosen another candidate" in writer.render(situation="told_no").letters[0].body
    for situation in ("date_passed", "no_call_back"):
        assert "you may have chosen another candidate" in writer.render(situation=situation).letters[0].body


def test_optional_title_phone_and_interview_date_leave_no_trace(writer):
    body = writer.render(their_title="", your_phone="", interview_date="").letters[0].body
    assert "Dana Lee\nNorthwind Health\n" in body
    assert "Jordan Rivera\njordan.rivera@example.com\n" in body
    assert "meeting with me to discuss the Data Analyst position" in body
    assert writer.render(their_title="").letters[0].heading == "To Dana Lee"


def test_formal_takes_a_colon_and_warm_a_comma(writer):
    assert "\nDear Dana Lee:\n" in writer.render().letters[0].body
    assert "\nDear Dana,\n" in writer.render(tone="warm").letters[0].body
    assert "\nDear Dr. Haddad:\n" in writer.render(their_name="Dr. Amira Haddad").letters[0].body


# ---- when to send it

# Their date is Friday March 27, 2026. The guide: check in by email two
# working days later (Tuesday March 31), once more a week after that (April 7),
# and only when a week more brings nothing (April 14), post the letter.
def test_before_their_date_says_check_in_first_and_when_to_mail(writer):
    result = writer.render(date(2026, 3, 25))
    text = writer.advice_for(result, "decision_date")
    assert "has not passed yet" in text and "March 31, 2026" in text and "April 14, 2026" in text


def test_after_their_date_the_check_ins_come_before_the_letter(writer):
    for today in (date(2026, 3, 30), date(2026, 4, 8), date(2026, 4, 13)):
        result = writer.render(today)
        text = writer.advice_for(result, "decision_date")
        assert "after your check-ins" in text and "April 14, 2026" in text, today
        assert any(m.level == "warning" for m in result.advice if m.field == "decision_date")


def test_once_the_check_ins_went_unanswered_it_says_mail_it(writer):
    result = writer.render(date(2026, 4, 14))
    text = writer.advice_for(result, "decision_date")
    assert "Mail the letter" in text
    assert all(m.level == "info" for m in result.advice if m.field == "decision_date")


def test_the_wait_counts_working_days_and_the_weeks_after():
    assert timing.check_in(date(2026, 3, 27)).opens == date(2026, 3, 31)  # over the weekend
    assert timing.closed_after_check_ins(date(2026, 3, 27)) == date(2026, 4, 14)
    assert timing.closed_after_check_ins(date(2026, 3, 23)) == date(2026, 4, 8)


def test_without_their_date_it_asks_for_it(writer):
    assert "Add the date they said" in writer.advice_for(writer.render(decision_date=""), "decision_date")


def test_their_date_before_the_interview_is_an_error(writer):
    result = writer.render(decision_date="2026-03-01")
    assert [e.field for e in result.errors] == ["decision_date"]


def test_no_call_back_and_a_clear_no_each_get_their_timing(writer):
    assert "did not take or return your call" in writer.advice_for(writer.render(situation="no_call_back"), "situation")
    told = writer.advice_for(writer.render(situation="told_no"), "situation")
    assert "within a day of their answer" in told and "not both" in told
    assert writer.advice_for(writer.render(situation="no_call_back"), "decision_date") == ""


def test_interview_date_in_the_future_is_questioned(writer):
    assert "in the future" in writer.advice_for(writer.render(interview_date="2026-05-01", decision_date=""), "interview_date")


def test_why_paper_is_explained(writer):
    general = " ".join(m.text for m in writer.render().advice if not m.field)
    assert "no spam folder" in general and "do not call" in general


@pytest.mark.parametrize("size, name", [("letter", "US Letter"), ("a4", "A4")])
def test_paper_size_is_named_in_the_printing_advice_and_does_not_change_the_letter(writer, size, name):
    result = writer.render(paper_size=size)
    assert f"one {name} page" in writer.advice_for(result, "paper_size")
    assert result.letters == writer.render(paper_size="letter").letters


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("your_address", "Enter your postal address"),
        ("your_email", "Enter your email address"),
        ("their_name", "Enter the name of the person you are writing to"),
        ("organization", "Enter the organization"),
        ("their_address", "Enter the organization's postal address"),
        ("role", "Enter the job title you interviewed for"),
        ("valued", "Enter one thing you valued about the interview or the organization"),
        ("situation", "Choose where things stand"),
    ]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}"])
def test_markup_in_an_address_comes_out_verbatim(writer, typed):
    body = writer.render(their_address=typed + "\nSecond line").letters[0].body
    assert typed + "\nSecond line\n" in body and "49" not in body


def test_a_letter_after_an_emailed_thank_you_for_a_no_is_held(writer):
    held = writer.render(situation="told_no", thanked_by_email="yes")
    assert [(m.field, m.level) for m in held.holds] == [("thanked_by_email", "hold")]
    assert held.ok and not held.sendable
    assert writer.render(situation="told_no", thanked_by_email="no").sendable
    # Past a silence, an email check-in and the letter are different messages.
    assert writer.render(situation="date_passed", thanked_by_email="yes").holds == ()
