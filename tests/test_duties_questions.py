"""Questions to ask about "other duties as assigned": the list, its rules,
and its agreement with the guide."""

from __future__ import annotations

import re
from datetime import date

import pytest

from generators.letters import duties_questions as duties

from support.paths import ROOT

WRITER = "duties-questions"
TODAY = date(2026, 3, 10)
GUIDE = (ROOT / "docs" / "at-work" / "other-duties.md").read_text(encoding="utf-8")


def listed(result) -> list[str]:
    return re.findall(r"^\d+\. (.*)$", result.letters[0].body, flags=re.MULTILINE)


def guide_groups() -> list[tuple[str, list[str]]]:
    """The guide's question list under "The tool to use": each bold heading
    with the questions listed under it, in the guide's order."""
    section = GUIDE.split("## The tool to use", 1)[1].split("\n## ", 1)[0]
    groups: list[tuple[str, list[str]]] = []
    for line in section.splitlines():
        if heading := re.fullmatch(r"\*\*(.+)\*\*", line):
            groups.append((heading[1], []))
        elif question := re.fullmatch(r"- (.*)", line):
            assert groups, f"a question before any heading: {line}"
            groups[-1][1].append(question[1])
    return groups


def test_the_questions_are_the_guides_word_for_word_in_its_groups_and_order():
    assert guide_groups() == [
        (heading, [choice.label for choice in choices]) for heading, choices in duties.QUESTION_GROUPS
    ]


def test_every_question_has_what_to_listen_for_in_the_guide():
    section = GUIDE.split("## The tool to use", 1)[1].split("\n## ", 1)[0]
    for choice in duties.GUIDE_QUESTIONS:
        after = section.split(f"- {choice.label}\n", 1)[1]
        assert after.startswith("    <br>") and len(after.split("\n", 1)[0]) > len("    <br>")


def test_the_form_offers_every_question_once_in_the_guides_order():
    field = duties.SPEC_ITEMS[0]
    assert field.choices == duties.GUIDE_QUESTIONS
    assert len({c.value for c in field.choices}) == len({c.label.casefold() for c in field.choices}) == len(field.choices)


def test_the_guide_links_to_the_tool():
    assert "(../letters/duties-questions.md)" in GUIDE
    assert "Pick two or three" in GUIDE and duties.SUGGESTED_MAX == 3


def test_the_list_is_numbered_in_the_guides_order_then_your_own(writer):
    result = writer.render_only(questions=["stretch", "not_in_description"], own_questions="Who covers the phones?\nHow often?")
    assert result.ok
    label = {c.value: c.label for c in duties.GUIDE_QUESTIONS}
    assert listed(result) == [label["not_in_description"], label["stretch"], "Who covers the phones?", "How often?"]
    letter = result.letters[0]
    assert letter.layout == "script" and letter.subject == "" and letter.heading == "Questions to ask about other duties"


@pytest.mark.parametrize("role, organization, first_line", [
    ("Data Analyst", "Northwind Health", "Interview: Data Analyst at Northwind Health"),
    ("Data Analyst", "", "Interview: Data Analyst"),
    ("", "Northwind Health", "Interview: Northwind Health"),
    ("", "", "1. Can you tell me about a stretch project someone in this role has taken on?"),
])
def test_the_top_line_names_what_the_reader_gave(writer, role, organization, first_line):
    body = writer.render_only(questions=["stretch"], role=role, organization=organization).letters[0].body
    assert body.split("\n")[0] == first_line


def test_own_questions_keep_their_words_and_drop_blank_lines(writer):
    result = writer.render_only(own_questions="  What does a   normal week look like?  \n\n\nWho trains new staff?\r\n")
    assert listed(result) == ["What does a normal week look like?", "Who trains new staff?"]


def test_a_question_already_on_the_list_appears_once_with_a_notice(writer):
    guide_question = next(c.label for c in duties.GUIDE_QUESTIONS if c.value == "stretch")
    result = writer.render_only(questions=["stretch"], own_questions=f"{guide_question.upper()}\nWho covers?\nwho covers?")
    assert listed(result) == [guide_question, "Who covers?"]
    assert [(m.field, m.text) for m in result.notices] == [
        ("own_questions", "A question you wrote was already on your list, so it appears once."),
    ]


def test_no_question_at_all_is_an_error(writer):
    result = writer.render_only(role="Data Analyst")
    assert [(e.field, e.text) for e in result.errors] == [("questions", "Choose at least one question, or write your own")]
    assert "[choose or write at least one question]" in result.letters[0].body


def test_more_than_three_questions_brings_the_guides_advice(writer):
    result = writer.render_only(questions=[c.value for c in duties.GUIDE_QUESTIONS])
    assert result.ok
    assert any(m.text.startswith("You have six questions. The guide suggests two or three") for m in result.advice)
    three = writer.render_only(questions=["stretch", "examples"], own_questions="Who covers?")
    assert not any("two or three" in m.text for m in three.advice)


def test_listening_advice_comes_with_every_list(writer):
    result = writer.render_only(questions=["stretch"])
    assert any(m.text.startswith("Listen for real examples.") for m in result.advice)


def test_too_many_own_questions_are_refused(writer):
    result = writer.render_only(own_questions="\n".join(f"Question {n}?" for n in range(11)))
    assert [(e.field, e.text) for e in result.errors] == [
        ("own_questions", "Write up to 10 questions of your own, one a line. You have 11."),
    ]


def test_a_very_long_question_is_refused_with_its_number(writer):
    result = writer.render_only(own_questions="Short?\n" + "x" * 201)
    assert [(e.field, e.text) for e in result.errors] == [
        ("own_questions", "Keep each of your questions to 200 characters or fewer. Question 2 has 201."),
    ]


def test_unknown_choices_are_left_out_with_a_notice(writer):
    result = writer.render_only(questions=["stretch", "bogus"])
    assert listed(result) == ["Can you tell me about a stretch project someone in this role has taken on?"]
    assert any("not recognised" in m.text for m in result.notices)


def test_the_command_line_writes_the_list(writer, capsys):
    from generators.__main__ import main

    assert main([writer.spec.id, "--questions", "examples", "--questions", "stretch", "--role", "Nurse", "--today", "2026-03-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("===== Questions to ask about other duties =====\n\nInterview: Nurse\n\n1. What has \"other duties")
