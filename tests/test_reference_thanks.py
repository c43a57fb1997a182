"""Thanking a reference or someone who helped, once you have accepted: the
news, the thanks for each kind of help, what the note offers and never asks,
and the holds (not yet accepted in writing, a request in the reader's words)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from generators.letters import reference_thanks

TODAY = date(2026, 4, 14)
WRITER = "reference-thanks"


@pytest.mark.parametrize("helped", sorted(reference_thanks.THANKS))
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_each_kind_of_help_gets_its_own_thanks_and_a_full_note_says_why_it_mattered(writer, helped, tone):
    warm = tone == "warm"
    short = writer.body(helped=helped, tone=tone, length="short")
    full = writer.body(helped=helped, tone=tone, length="full")
    assert reference_thanks.THANKS[helped][warm] in short
    assert reference_thanks.WHY_IT_MATTERED[helped][warm] not in short
    assert reference_thanks.WHY_IT_MATTERED[helped][warm] in full
    for other in set(reference_thanks.THANKS) - {helped}:
        assert reference_thanks.THANKS[other][warm] not in full


def test_it_gives_the_news_first_with_the_start_date_written_out(writer):
    body = writer.body(tone="formal")
    assert body.split("\n\n")[1].startswith(
        "I am glad to tell you that I have accepted a position as a Data Analyst at Northwind Health, "
        "starting on May 4, 2026."
    )
    assert "I've accepted a job as a Data Analyst at Northwind Health, and I start on May 4, 2026." in writer.body()


def test_without_a_start_date_the_news_leaves_no_trace_of_it(writer):
    body = writer.body(start_date="", tone="formal")
    assert "as a Data Analyst at Northwind Health. It is the kind of work" in body
    assert "start" not in body.split("\n\n")[1]
    assert "before you start." in writer.advice_for(writer.render(start_date=""))


def test_a_start_date_already_past_says_you_started_and_warns(writer):
    result = writer.render(start_date="2026-04-06")
    letter = result.letters[0]
    assert "I started as a Data Analyst at Northwind Health on April 6, 2026." in letter.body
    assert "looking forward" not in letter.body
    assert letter.subject == "Thank you, and some good news: I've joined Northwind Health"
    assert [m.level for m in writer.messages_for(result, "start_date")] == ["warning"]
    assert "already started" in writer.advice_for(result, "start_date")


def test_the_specific_thing_is_quoted_and_its_absence_is_a_warning(writer):
    result = writer.render()
    assert "I'm especially grateful that you took the hiring manager's call at short notice" in result.letters[0].body
    assert writer.advice_for(result, "specific") == ""
    bare = writer.render(specific="")
    assert "especially grateful" not in bare.letters[0].body
    assert [m.level for m in writer.messages_for(bare, "specific")] == ["warning"]
    assert "could be to anyone" in writer.advice_for(bare, "specific")


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_a_reference_is_never_told_it_got_you_the_job(writer, tone):
    """Whether a reference made the difference is the employer's to know."""
    reference = writer.body(tone=tone)
    assert "sure it helped" in reference and "real difference" not in reference
    assert "real difference" in writer.body(tone=tone, helped="advised")


def test_offering_to_return_the_favor_or_not(writer):
    assert "If I can ever return the favor, for you or for someone you know, I would be glad to." in writer.body(tone="formal")
    body = writer.body(return_favor="no", tone="formal", length="full")
    assert "favor" not in body and "say the word" not in body
    assert "I hope we stay in touch as I settle into the new role." in body
    assert "One day I would like to do for someone else what you have done for me." in body


def test_how_to_reach_you_is_quoted_or_asked_for(writer):
    assert "You can reach me at j.rivera@northwind.example once I start." in writer.body()
    result = writer.render(stay_in_touch="")
    assert "reach me" not in result.letters[0].body
    assert "I'll let you know how the first few months go." in result.letters[0].body
    assert "way to reach you" in writer.advice_for(result, "stay_in_touch")


@pytest.mark.parametrize("helped, expected", [
    ("reference", "A few checks are still to come, so Northwind Health may yet contact you."),
    ("advised", "A few checks are still to come, so for now I am telling only the people who helped."),
])
def test_checks_still_to_come_are_said_and_the_news_kept_close(writer, helped, expected):
    result = writer.render(checks_pending="yes", helped=helped, tone="formal")
    assert expected in result.letters[0].body
    assert result.sendable
    assert "before you share the news more widely" in writer.advice_for(result, "checks_pending")
    assert "checks" not in writer.body(checks_pending="no", helped=helped)


def test_not_yet_accepted_in_writing_holds_the_letter(writer):
    result = writer.render(accepted="not_yet")
    assert result.ok and not result.sendable
    assert [(m.field, m.level) for m in result.holds] == [("accepted", "hold")]
    assert "not accepted the offer in writing yet" in result.holds[0].text
    assert result.advice[0] == result.holds[0]


def test_no_answer_about_accepting_is_a_reminder_and_yes_says_nothing(writer):
    unsure = writer.render(accepted="")
    assert unsure.sendable
    assert "once you have accepted the offer in writing" in writer.advice_for(unsure, "accepted")
    assert writer.advice_for(writer.render(accepted="yes"), "accepted") == ""


@pytest.mark.parametrize("typed", [
    "at my new address, and please keep me in mind if your team grows",
    "at j.rivera@northwind.example. Could you pass on my thanks to Sam",
    "at my old number. Would you mind being a reference again next year",
    "here, and let me know if you hear of anything in data",
    "at my new email, can you put in a word with your manager",
    "at j.rivera@northwind.example; I'd love it if you could introduce me to your team",
    "on my usual number?",
    "by email. I was hoping you could read my first report",
])
@pytest.mark.parametrize("field", ["specific", "stay_in_touch"])
def test_a_request_in_your_own_words_holds_the_letter(writer, typed, field):
    result = writer.render(**{field: typed})
    assert [(m.field, m.level) for m in result.holds] == [(field, "hold")]
    assert "asks them for something" in result.holds[0].text


@pytest.mark.parametrize("typed", [
    "at j.rivera@northwind.example once I start",
    "on LinkedIn, where I post now and then",
    "took my call the night before the panel and talked me through it",
    "told the hiring manager you would vouch for my work on the pantry project",
    "spoke up for me when the panel asked about my gap year",
    "would call me back within the hour, every time",
    "let me know about the opening before it was posted",
    "let me know if the panel had concerns, so I could answer them",
])
def test_ordinary_thanks_and_contact_details_are_not_held(writer, typed):
    field = "stay_in_touch" if typed.startswith(("at ", "on ")) else "specific"
    assert writer.render(**{field: typed}).sendable


def test_the_letter_itself_never_asks_for_anything(writer):
    """Every choice, tone and length, with the reader's own text left out:
    what is left is the template's, and it asks for nothing."""
    fields = [f for f in writer.spec.items if getattr(f, "choices", ())]
    for values in itertools.product(*[[c.value for c in f.choices] for f in fields]):
        answers = dict(zip((f.name for f in fields), values))
        result = writer.render(specific="", stay_in_touch="", **answers)
        text = result.letters[0].subject + "\n" + result.letters[0].body
        assert "?" not in text, answers
        assert not reference_thanks.asks_for_something(text), answers


@pytest.mark.parametrize("name, formal, warm", [
    ("Dana Lee", "Dear Dana,", "Hi Dana,"),
    ("Dr. Amira Haddad, PhD", "Dear Dr. Haddad,", "Hello Dr. Haddad,"),
    ("Robert Lee Jr.", "Dear Robert,", "Hi Robert,"),
])
def test_someone_who_helped_you_is_greeted_as_someone_you_know(writer, name, formal, warm):
    assert writer.body(contact_name=name, tone="formal").startswith(formal + "\n")
    assert writer.body(contact_name=name, tone="warm").startswith(warm + "\n")


def test_subject_lines_say_what_the_email_is(writer):
    assert writer.render(tone="formal").letters[0].subject == "Thank you, and my news: Data Analyst at Northwind Health"
    assert writer.render().letters[0].subject == "Thank you, and some good news: I'm joining Northwind Health"


def test_guidance_covers_timing_one_note_each_and_tone(writer):
    text = writer.advice_for(writer.render(tone="formal"))
    assert "within a week of accepting, and before you start on May 4, 2026" in text
    assert "each person on their own" in text
    assert "warm tone" in writer.advice_for(writer.render(tone="formal"), "tone")
    assert writer.advice_for(writer.render(tone="warm"), "tone") == ""


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person you are thanking"),
        ("helped", "Choose how they helped"),
        ("role", "Enter your new job title"),
        ("organization", "Enter the organization you are joining"),
    ]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    text = writer.body(organization=typed, specific=typed)
    assert typed in text and "49" not in text and "&lt;" not in text
