"""The introduction for the connector: both people both ways, guidance and bad input."""

from __future__ import annotations

import pytest


WRITER = "introduction"


def paragraphs(writer, **changes) -> list[str]:
    result = writer.render(**changes)
    assert result.ok, result.errors
    return result.letters[0].body.split("\n\n")


ALL_STYLES = [(tone, length) for tone in ("formal", "warm") for length in ("short", "full")]


@pytest.mark.parametrize("tone, length", ALL_STYLES)
def test_each_person_is_introduced_to_the_other_with_a_compliment_then_handed_over(writer, tone, length):
    greeting, to_contact, to_seeker, why, closing = paragraphs(writer, tone=tone, length=length)
    # The connector knows both: first names in either tone.
    assert greeting.endswith("Dana and Jordan,")
    # First the person at the organization hears who Jordan is ...
    assert to_contact.startswith("Dana, ")
    assert "Jordan Rivera, a Data Analyst" in to_contact
    assert writer.example["seeker_praise"] in to_contact and "Northwind Health" in to_contact
    # ... then Jordan hears who Dana is, the same way round.
    assert to_seeker.startswith("Jordan, ")
    assert "Dana Lee, Head of Analytics at Northwind Health" in to_seeker
    assert writer.example["contact_praise"] in to_seeker
    # Why they should talk, and a clear handover at the very end.
    assert writer.example["reason"] in why
    assert why.endswith(("I will leave the rest to the two of you.", "Over to you both."))
    assert closing in ("Best regards,\nMaria Chen\n", "All the best,\nMaria Chen\n")


@pytest.mark.parametrize("goal, phrase", [
    ("return", "return to data analysis"),
    ("next_step", "next step in data analysis"),
    ("change", "changing careers to work in data analysis"),
])
def test_what_they_are_looking_for_is_said_plainly(writer, goal, phrase):
    assert phrase in paragraphs(writer, goal=goal)[1]


def test_how_you_know_each_person_goes_with_that_person(writer):
    _, to_contact, to_seeker, *_ = paragraphs(writer)
    assert "I know Jordan from Harbor Clinic Network" in to_contact
    assert "I know Dana from the county health survey" in to_seeker


def test_without_how_you_know_them_you_are_asked_and_nothing_dangles(writer):
    result = writer.render(seeker_link="", contact_link="")
    assert "Jordan Rivera" in writer.advice_for(result, "seeker_link")
    assert "Dana Lee" in writer.advice_for(result, "contact_link")
    assert "I know" not in result.letters[0].body
    assert not writer.advice_for(writer.render(), "seeker_link") and not writer.advice_for(writer.render(), "contact_link")


def test_an_honorific_is_kept_when_speaking_to_the_person(writer):
    result = writer.render(contact_name="Dr. Ines Moreau", tone="warm")
    body = result.letters[0].body
    # Greeted alike: with a title in the greeting, Jordan is greeted in full.
    assert body.startswith("Hello Dr. Moreau and Jordan Rivera,\n\nDr. Moreau, meet Jordan Rivera")
    assert "this is Dr. Ines Moreau, Head of Analytics" in body
    assert result.letters[0].subject == "Dr. Moreau, meet Jordan Rivera"


def test_full_asks_the_seeker_to_suggest_a_time_and_thanks_the_contact(writer):
    short_why, full_why = paragraphs(writer)[3], paragraphs(writer, length="full")[3]
    assert "suggest a time" in full_why and "suggest a time" not in short_why
    assert "Dana, thank you for any time you can spare" in full_why


def test_subject_and_heading_name_both_people(writer):
    letter = writer.render().letters[0]
    assert letter.subject == "Introduction: Dana Lee and Jordan Rivera"
    assert letter.heading == "To Dana Lee and Jordan Rivera"


def test_advice_says_send_to_both_and_what_happens_next(writer):
    general = " ".join(m.text for m in writer.render().advice if not m.field)
    assert "both people at once" in general
    assert "Jordan Rivera should reply within a day and move you to Bcc" in general


@pytest.mark.parametrize("name", ["Jordan Rivera", "jordan rivera"])
def test_the_two_people_must_be_different(writer, name):
    result = writer.render(contact_name=name)
    assert [(e.field, e.text) for e in result.errors] == [
        ("contact_name", "Enter a different name: the two people you introduce must be different"),
    ]


@pytest.mark.parametrize("field", ["seeker_name", "contact_name"])
def test_your_own_name_is_not_one_of_the_two(writer, field):
    result = writer.render(your_name=writer.example[field])
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your own name here, not the name of someone you are introducing"),
    ]


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only()
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("seeker_name", "Enter the name of the person looking for work"),
        ("seeker_title", "Enter their job title"),
        ("seeker_praise", "Enter what they are very good at"),
        ("goal", "Choose what they are looking for"),
        ("field", "Enter the field they want to work in"),
        ("contact_name", "Enter the name of the person they want to meet"),
        ("contact_title", "Enter that person's job title"),
        ("organization", "Enter that person's organization"),
        ("contact_praise", "Enter what that person is very good at"),
        ("reason", "Enter why they should talk"),
    ]


def test_gaps_show_in_a_draft_but_block_it(writer):
    result = writer.render(reason="")
    assert not result.ok
    assert "[why they should talk]" in result.letters[0].body


@pytest.mark.parametrize("typed", ["<script>alert(1)</script>", "{{ 7*7 }}", "{% if x %}"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    body = writer.render(reason=typed, contact_praise=typed).letters[0].body
    assert body.count(typed) == 2 and "49" not in body
