"""Asking for an introduction: the lines to paste, guidance rules and bad input."""

from __future__ import annotations

from datetime import date

import pytest

import generators
from generators.letters import introduction_request
from generators.letters.introduction_request import FIRST_PERSON, blurb_of


WRITER = "introduction-request"


ALL_STYLES = [(tone, length) for tone in ("formal", "warm") for length in ("short", "full")]


@pytest.mark.parametrize("tone, length", ALL_STYLES)
@pytest.mark.parametrize("goal", ["return", "next_step", "change"])
def test_the_lines_to_paste_are_one_paragraph_of_their_own(writer, tone, length, goal):
    text = writer.body(tone=tone, length=length, goal=goal)
    blurb = blurb_of(text)
    paragraphs = text.split("\n\n")
    # A paragraph of its own, after a lead-in ending with a colon, and not the
    # last thing in the letter: a triple click or a drag selects just it.
    assert blurb in paragraphs
    index = paragraphs.index(blurb)
    assert paragraphs[index - 1].endswith(":")
    assert index < len(paragraphs) - 2
    assert "\n" not in blurb


@pytest.mark.parametrize("goal", ["return", "next_step", "change"])
def test_the_lines_to_paste_speak_about_you_by_name(writer, goal):
    blurb = blurb_of(writer.body(goal=goal))
    assert blurb.startswith("Jordan Rivera ")
    assert not FIRST_PERSON.search(blurb), blurb
    for value in ("Data Analyst", "Harbor Clinic Network", writer.example["achievement"], "Northwind Health", "data analysis"):
        assert value in blurb


def test_someone_returning_has_worked_in_the_job_others_hold_it_now(writer):
    assert blurb_of(writer.body(goal="return")).startswith("Jordan Rivera has worked as a Data Analyst at Harbor Clinic Network.")
    assert blurb_of(writer.body(goal="next_step")).startswith("Jordan Rivera is a Data Analyst at Harbor Clinic Network.")
    assert "is now moving into data analysis" in blurb_of(writer.body(goal="change"))


def test_the_lines_to_paste_use_title_and_surname_after_an_honorific(writer):
    blurb = blurb_of(writer.body(your_name="Dr. Priya Natarajan", goal="next_step", title="hospital pharmacist", workplace=""))
    assert blurb.startswith("Dr. Priya Natarajan is a hospital pharmacist. In that role, Dr. Natarajan ")


def test_an_and_a_follow_the_job_title(writer):
    assert "is an HR Generalist" in writer.body(title="HR Generalist", goal="next_step")
    assert "for an Associate Editor" in writer.body(opening="Associate Editor")


@pytest.mark.parametrize("tone, length", ALL_STYLES)
def test_the_request_is_easy_to_decline(writer, tone, length):
    assert "rather not" in writer.body(tone=tone, length=length)


def test_a_named_person_is_asked_for_by_name_otherwise_a_recruiter_or_hiring_manager(writer):
    assert "introduce me by email to Dana Lee, their Head of Analytics?" in writer.body()
    result = writer.render(person_there="")
    assert "introduce me by email to a recruiter or hiring manager there?" in result.letters[0].body
    assert "name them" in writer.advice_for(result, "person_there")
    assert not writer.advice_for(writer.render(), "person_there")


def test_without_an_opening_you_are_told_to_read_their_openings_first(writer):
    result = writer.render(opening="")
    assert "read the current openings at Northwind Health" in writer.advice_for(result, "opening")
    assert "opening for" not in result.letters[0].body
    assert not writer.advice_for(writer.render(), "opening")


@pytest.mark.parametrize("achievement", [
    "cut our costs by a third", "I rebuilt the rota", "helped us win the county contract", "led my team through an audit",
])
def test_first_person_words_in_the_achievement_are_flagged(writer, achievement):
    result = writer.render(achievement=achievement)
    assert result.ok
    notes = [m for m in result.advice if m.field == "achievement"]
    assert notes and notes[0].level == "warning" and "use your name" in notes[0].text


@pytest.mark.parametrize("achievement", [introduction_request.SPEC.example["achievement"], "led the US expansion", "ran the Phase II trial"])
def test_an_achievement_written_about_you_is_not_flagged(writer, achievement):
    assert not writer.advice_for(writer.render(achievement=achievement), "achievement")


def test_a_change_of_path_gets_advice_on_the_achievement(writer):
    assert "new field" in writer.advice_for(writer.render(goal="change"), "achievement")
    assert not writer.advice_for(writer.render(goal="next_step"), "achievement")


def test_profile_and_quick_reply_advice_always_shows(writer):
    general = " ".join(m.text for m in writer.render().advice if not m.field)
    assert "LinkedIn profile" in general and "reply within a day" in general


def test_full_adds_why_email_and_a_promise_to_report_back(writer):
    short, full = writer.body(), writer.body(length="full")
    assert "let you know how it goes" in full and "let you know how it goes" not in short
    assert "An email lets each of us" in full


def test_optional_fields_left_empty_leave_no_trace(writer):
    text = writer.body(person_there="", connection="", opening="", workplace="")
    assert "I know you" not in text and " at ." not in text and "Analyst ." not in text
    assert blurb_of(text).startswith("Jordan Rivera has worked as a Data Analyst. In that role,")


def test_subject_says_what_the_email_is(writer):
    assert writer.render().letters[0].subject == "A request: an introduction at Northwind Health"
    assert writer.render(tone="warm").letters[0].subject == "Could you introduce me to someone at Northwind Health?"
    assert writer.render().letters[0].heading == "To Maria Chen"


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only()
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person you are asking"),
        ("goal", "Choose what you are looking for"),
        ("field", "Enter the field you want to work in"),
        ("organization", "Enter the organization you would like to join"),
        ("why_org", "Enter what draws you to this organization"),
        ("title", "Enter your job title, now or most recent"),
        ("achievement", "Enter something you did in that job that you are proud of"),
    ]


def test_gaps_show_in_a_draft_but_block_it(writer):
    result = writer.render(organization="")
    assert not result.ok
    assert "[organization you would like to join]" in result.letters[0].body


def test_too_long_is_refused_with_a_message(writer):
    result = writer.render(why_org="x" * 500)
    assert [e.field for e in result.errors] == ["why_org"]
    assert "200 characters or fewer" in result.errors[0].text


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    text = writer.body(organization=typed, achievement=typed)
    assert typed in blurb_of(text)
    assert "49" not in text and "&lt;" not in text


def test_the_sample_is_the_example_on_its_own_day(writer):
    assert generators.sample(writer.spec.id) == generators.render(writer.spec.id, writer.spec.example, date(2026, 3, 2))
