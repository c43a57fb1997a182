"""Asking your supervisor about a stretch project: when to ask, offers, and bad input."""

from __future__ import annotations

import pytest


WRITER = "stretch-project-request"


def test_asking_in_the_first_six_months_is_warned_against_but_not_refused(writer):
    result = writer.render(tenure="under_6")
    assert result.ok
    (note,) = writer.messages_for(result, "tenure")
    assert note.level == "warning"
    assert "wait at least six months" in note.text and "ideally a year" in note.text
    assert "offers you a stretch project before then, take it" in note.text


def test_six_months_to_a_year_is_reasonable_a_year_better(writer):
    (note,) = writer.messages_for(writer.render(tenure="6_to_12"), "tenure")
    assert note.level == "info" and "reasonable" in note.text and "full year" in note.text


def test_over_a_year_is_a_good_time(writer):
    (note,) = writer.messages_for(writer.render(tenure="over_12"), "tenure")
    assert note.level == "info" and "good time to ask" in note.text


@pytest.mark.parametrize("tenure", ["under_6", "6_to_12", "over_12"])
def test_an_offer_is_always_taken_whatever_the_tenure(writer, tenure):
    result = writer.render(origin="offered", tenure=tenure)
    assert not writer.messages_for(result, "tenure")
    (note,) = writer.messages_for(result, "origin")
    assert note.text.startswith("Take it.") and "first months" in note.text


@pytest.mark.parametrize("kind, phrase", [
    ("project", "taking on a stretch project: the move of our weekly reports"),
    ("skill", "learning a new skill: the move"),
    ("event", "attending the move"),
])
def test_asking_names_the_project_skill_or_event(writer, kind, phrase):
    assert phrase in writer.render(kind=kind).letters[0].body


@pytest.mark.parametrize("kind, ask", [
    ("project", "goals and the timeline"),
    ("skill", "be able to do, and by when"),
    ("event", "bring back"),
])
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_an_offer_gets_a_yes_and_a_question_about_goals(writer, kind, ask, tone):
    letter = writer.render(origin="offered", kind=kind, tone=tone).letters[0]
    first = letter.body.split("\n\n")[1]
    assert first.startswith("Thank")
    assert "I would be glad" in first or "I'd love" in first or "keen" in first or "delighted" in first
    assert ask in letter.body
    assert "whether the timing" not in letter.body
    assert letter.subject.startswith(("Yes to", "Count me in:"))


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_it_says_how_it_helps_the_current_job(writer, tone):
    body = writer.render(tone=tone).letters[0].body
    assert f"it would help me {writer.example['helps']}." in body
    assert "current job" in body or "day-to-day work" in body


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_main_work_comes_first(writer, tone):
    body = writer.render(tone=tone).letters[0].body
    assert "To keep my main work on track, I" in body and writer.example["cover"] in body
    result = writer.render(cover="")
    assert "main work" in writer.messages_for(result, "cover")[0].text
    assert "To keep my main work" not in result.letters[0].body


@pytest.mark.parametrize("kind", ["skill", "event"])
def test_a_course_or_event_without_a_cost_gets_asked_for_one(writer, kind):
    assert writer.messages_for(writer.render(kind=kind, cost=""), "cost")
    assert not writer.messages_for(writer.render(kind=kind), "cost")


def test_a_project_without_a_cost_is_fine(writer):
    assert not writer.messages_for(writer.render(kind="project", cost=""), "cost")


def test_full_adds_sharing_and_an_easy_no(writer):
    short, full = writer.render().letters[0].body, writer.render(length="full").letters[0].body
    assert "share what I learn" in full and "share what I learn" not in short
    assert "what would make it possible later" in full


@pytest.mark.parametrize("kind, subject", [
    ("project", "Stretch project request: the move of our weekly reports to the new dashboard"),
    ("skill", "Development request: the move of our weekly reports to the new dashboard"),
    ("event", "Request to attend the move of our weekly reports to the new dashboard"),
])
def test_subject_says_what_the_email_is(writer, kind, subject):
    assert writer.render(kind=kind).letters[0].subject == subject


def test_tenure_is_never_mentioned_in_the_letter(writer):
    bodies = {writer.render(tenure=t).letters[0].body for t in ("under_6", "6_to_12", "over_12")}
    assert len(bodies) == 1


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only()
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("supervisor_name", "Enter your supervisor's name"),
        ("tenure", "Choose how long you have been in this role"),
        ("what", "Enter the project, skill or event"),
        ("helps", "Enter how it would help you in your current job"),
    ]


def test_an_unknown_choice_is_refused(writer):
    result = writer.render(kind="sabbatical")
    assert [e.field for e in result.errors] == ["kind"]


def test_gaps_show_in_a_draft_but_block_it(writer):
    result = writer.render(what="")
    assert not result.ok
    assert "[the project, skill or event]" in result.letters[0].body
