"""The spec model and input hygiene, independent of any one letter."""

from __future__ import annotations

from datetime import date

import pytest

import generators
from generators.core.spec import Choice, Field, Group, Spec, check_answers, clean_text, flatten

NAME = Field("name", "Your name", required=True, max_length=10, missing="Enter your name")
NOTE = Field("note", "Note", kind="textarea", fragment=True)
WHEN = Field("when", "Date", kind="date")
TONE = Field("tone", "Tone", kind="radio", choices=(Choice("a", "A"), Choice("b", "B")), default="a")
PEOPLE = Group("people", "People", "Person", (NAME, NOTE), max_items=3, optional_after_first=frozenset())


def spec(*items):
    return Spec("t", "T", "", items, compose=lambda a, t: [], advise=lambda a, t: [], example={}, example_today=date(2026, 1, 1))


def test_field_rejects_unknown_kind_and_misplaced_choices():
    with pytest.raises(ValueError):
        Field("x", "X", kind="colour")
    with pytest.raises(ValueError):
        Field("x", "X", kind="radio")
    with pytest.raises(ValueError):
        Field("x", "X", kind="radio", choices=(Choice("a", "A"),), default="z")


def test_required_field_missing_gives_its_message_and_a_gap():
    answers = check_answers(spec(NAME), {})
    assert [e.text for e in answers.errors] == ["Enter your name"]
    assert answers["name"] == "[your name]"
    assert not answers.has("name")


def test_too_long_is_a_message_never_a_silent_cut():
    answers = check_answers(spec(NAME), {"name": "x" * 25})
    assert answers["name"] == "x" * 25
    assert answers.errors[0].text == "Your name must be 10 characters or fewer. You have 25."


def test_hygiene_nfc_and_whitespace():
    value, removed = clean_text("  Zoe\u0308\n\t  Smith ", NAME)
    assert value == "Zoë Smith" and not removed


@pytest.mark.parametrize("control", ["\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad"])
def test_hygiene_removes_bidi_and_zero_width_controls_with_a_notice(control):
    answers = check_answers(spec(NAME), {"name": f"Ali{control}ce"})
    assert answers["name"] == "Alice"
    assert answers.notices[0].field == "name"
    assert "hidden formatting" in answers.notices[0].text


def test_fragment_fields_lose_the_trailing_full_stop_only():
    assert clean_text("the new dashboard.", NOTE)[0] == "the new dashboard"
    assert clean_text("what is next?", NOTE)[0] == "what is next?"


def test_dates_and_choices_are_checked():
    answers = check_answers(spec(WHEN, TONE), {"when": "2026-02-30", "tone": "c"})
    assert [e.field for e in answers.errors] == ["when", "tone"]
    answers = check_answers(spec(WHEN, TONE), {"when": "2026-02-28"})
    assert answers["when"] == date(2026, 2, 28) and answers["tone"] == "a" and not answers.errors


def test_group_rows_in_use_are_checked_and_empty_ones_dropped():
    answers = check_answers(spec(PEOPLE), {"people-1-name": "Ana", "people-3-note": "hello"})
    assert [row["name"] for row in answers["people"]] == ["Ana", "[person's your name]"]
    assert [e.field for e in answers.errors] == ["people-3-name"]


def test_unknown_keys_are_ignored_with_a_notice():
    answers = check_answers(spec(NAME), {"name": "Ana", "evil": "x"})
    assert not answers.errors and "ignored" in answers.notices[0].text


def test_flatten_accepts_nested_groups():
    assert flatten({"people": [{"name": "A"}, {"name": "B"}], "x": "1"}) == {
        "people-1-name": "A", "people-2-name": "B", "x": "1",
    }


def test_registry_ids_are_the_module_ids_and_unknown_names_say_so():
    assert "interview-thank-you" in generators.SPECS
    with pytest.raises(KeyError, match="No letter writer"):
        generators.get_spec("nope")


def test_every_spec_is_well_formed():
    for spec_ in generators.SPECS.values():
        keys = [key for key, _ in spec_.fields()]
        assert len(keys) == len(set(keys)), spec_.id
        assert set(spec_.example) <= set(keys), spec_.id
        result = generators.sample(spec_.id)
        assert result.ok, (spec_.id, result.errors)
        for _, f in spec_.fields():
            assert f.label and (not f.required or f.missing_message)


# ---- held letters: a level above a warning

def test_a_hold_makes_a_complete_letter_unsendable_and_only_holds_do():
    from generators.core.spec import Letter, Message, Result

    letter = Letter(subject="S", body="B\n")
    held = Result(letters=(letter,), advice=(Message("change this", "question", "hold"), Message("fine", "", "warning")))
    assert held.ok and not held.sendable and [m.text for m in held.holds] == ["change this"]
    assert held.as_dict()["ok"] is True and held.as_dict()["sendable"] is False
    warned = Result(letters=(letter,), advice=(Message("fine", "", "warning"),))
    assert warned.sendable and warned.as_dict()["sendable"] is True
    missing = Result(letters=(letter,), errors=(Message("Enter your name", "your_name", "error"),))
    assert not missing.ok and not missing.sendable
    with pytest.raises(ValueError):
        Message("x", "", "blocker")


def test_the_check_hook_gives_holds_only_and_they_lead_the_advice():
    spec = generators.get_spec("feedback-request")
    result = generators.render(spec.id, {**spec.example, "question": "Why was I not selected?"}, spec.example_today)
    assert result.advice[0].level == "hold" and result.holds == result.advice[:len(result.holds)]
    for spec_ in generators.SPECS.values():
        if spec_.check:
            for message in spec_.check(check_answers(spec_, spec_.example), spec_.example_today):
                assert message.level == "hold"
