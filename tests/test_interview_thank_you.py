"""The interview thank-you letter: guidance rules and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from generators.letters import interview_thank_you

INTERVIEW = date(2026, 3, 12)
WRITER = "interview-thank-you"
TODAY = INTERVIEW + timedelta(days=1)


@pytest.mark.parametrize("days", [0, 1])
def test_on_time(writer, days):
    assert "within 24 to 48 hours" in writer.advice_for(writer.render(INTERVIEW + timedelta(days=days)), "interview_date")


def test_day_two_says_send_today(writer):
    assert writer.advice_for(writer.render(INTERVIEW + timedelta(days=2)), "interview_date").startswith("Send it today")


@pytest.mark.parametrize("days", [3, 10, 40])
def test_late_says_best_window_and_still_worth_it(writer, days):
    text = writer.advice_for(writer.render(INTERVIEW + timedelta(days=days)), "interview_date")
    assert f"{days} days" in text and "24 to 48 hours is best" in text and "still worth sending" in text


def test_future_interview_date_is_questioned(writer):
    result = writer.render(INTERVIEW - timedelta(days=3))
    assert "in the future" in writer.advice_for(result, "interview_date")
    assert result.ok  # questioned, not refused: the reader may be drafting ahead


def test_follow_up_before_interview_is_an_error(writer):
    result = writer.render(follow_up_date="2026-03-01")
    assert [e.field for e in result.errors] == ["follow_up_date"]


def test_a_follow_up_promised_for_a_past_date_holds_the_note(writer):
    # The case: "by March 13" on March 18.
    result = writer.render(date(2026, 3, 18), follow_up_date="2026-03-13")
    assert [(m.field, m.level) for m in result.holds] == [("follow_up_date", "hold")]
    assert "March 13, 2026, which has passed" in result.holds[0].text
    assert result.ok and not result.sendable
    assert writer.render(date(2026, 3, 13), follow_up_date="2026-03-13").sendable  # today is not past
    assert writer.render(date(2026, 3, 18), follow_up_date="").sendable


def test_a_question_you_did_not_get_to_ask_is_asked_in_every_note_in_its_own_words(writer):
    question = "How will the team measure success in the first six months"
    result = writer.render(question=question, **{"interviewers-2-name": "Sam Ortiz", "interviewers-2-topic": "the rota"})
    frames = []
    for letter in result.letters:
        assert question + "?" in letter.body
        frames.append(next(line for line in letter.body.split("\n") if question in line))
    assert frames[0] != frames[1]
    assert question not in writer.render(question="").letters[0].body and "did not get to ask" not in writer.render(question="").letters[0].body


def test_phone_interviews_get_their_own_reminder(writer):
    assert writer.advice_for(writer.render(interview_kind="phone"), "interview_kind")
    assert not writer.advice_for(writer.render(interview_kind="video"), "interview_kind")


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(INTERVIEW)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("organization", "Enter the organization you interviewed with"),
        ("role", "Enter the job title you applied for"),
        ("interview_date", "Enter the date of the interview"),
        ("interview_kind", "Choose the kind of interview"),
        ("interviewers-1-name", "Enter the interviewer's name"),
        ("interviewers-1-topic", "Enter something you talked about with this interviewer"),
    ]


def test_ten_thousand_characters_are_refused_with_a_message_and_kept(writer):
    result = writer.render(organization="A" * 10_000)
    assert result.errors[0].field == "organization"
    assert "120 characters or fewer" in result.errors[0].text and "10000" in result.errors[0].text


@pytest.mark.parametrize("name", ["山田 太郎", "Đặng Thị Ngọc Hân", "Zoë 🎉 O'Brien-Łukasz", "محمد علي"])
def test_non_latin_and_emoji_names_come_out_verbatim(writer, name):
    result = writer.render(your_name=name, **{"interviewers-1-name": name})
    assert result.ok
    assert result.letters[0].body.rstrip().endswith(name)


@pytest.mark.parametrize("typed", [
    "<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "{{ config }}", "&amp; <b>", "${7*7}",
])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    result = writer.render(organization=typed, **{"interviewers-1-topic": typed})
    body = result.letters[0].body
    assert typed in body
    assert "49" not in body and "&lt;" not in body


def test_several_interviewers_each_get_a_note_with_their_own_point(writer):
    result = writer.render(**{
        "interviewers-2-name": "Sam Ortiz", "interviewers-2-topic": "the on-call rota",
    })
    assert [l.heading for l in result.letters] == ["To Dana Lee, Head of Analytics", "To Sam Ortiz"]
    assert "on-call rota" in result.letters[1].body and "on-call rota" not in result.letters[0].body
    assert result.letters[0].body.split("\n")[2] != result.letters[1].body.split("\n")[2]
    assert any("on its own" in m.text for m in result.advice)


def test_later_interviewer_without_a_topic_gets_a_prompt_not_an_error(writer):
    result = writer.render(**{"interviewers-2-name": "Sam Ortiz"})
    assert result.ok
    assert writer.advice_for(result, "interviewers-2-topic")


def test_gaps_show_in_a_draft_but_block_it(writer):
    result = writer.render(role="")
    assert not result.ok
    assert "[job title you applied for]" in result.letters[0].body


# ---- several interviewers: notes that never read as copies

import itertools
import re

from generators.core.spec import Group

GROUP = next(item for item in interview_thank_you.SPEC.items if isinstance(item, Group))
NAMES = ["Dana Lee", "Sam Ortiz", "Dr. Amira Haddad", "Wei Chen", "Ana Souza", "Lee Park"]
TOPICS = ["the weekly reports", "the on-call rota", "patient privacy rules", "the new data warehouse",
          "training plans", "the clinic budget"]


def sentences(body: str) -> list[str]:
    return [s for line in body.split("\n") for s in re.split(r"(?<=[.?!])\s+", line.strip()) if s]


def typed_texts(values: dict) -> list[str]:
    return [v for k, v in values.items() if isinstance(v, str) and len(v) > 3 and not k.endswith("date")]


def test_every_wording_list_has_one_distinct_wording_per_interviewer():
    for wordings in interview_thank_you.WORDINGS:
        for key, options in wordings.items():
            assert len(options) == GROUP.max_items, key
            assert len(set(options)) == len(options), key


@pytest.mark.parametrize("count", range(2, GROUP.max_items + 1))
@pytest.mark.parametrize("tone, length", list(itertools.product(["formal", "warm"], ["short", "full"])))
@pytest.mark.parametrize("later_topics", [True, False])
@pytest.mark.parametrize("optional", [True, False])
def test_notes_to_several_interviewers_share_no_sentence(writer, count, tone, length, later_topics, optional):
    values = {k: v for k, v in writer.example.items() if not k.startswith("interviewers-")}
    values.update(tone=tone, length=length)
    if optional:
        values["question"] = "How will the team measure success in the first six months?"
    else:
        for name in ("point_to_add", "next_step", "follow_up_date", "question"):
            values[name] = ""
    for row in range(1, count + 1):
        values[GROUP.key(row, "name")] = NAMES[row - 1]
        if row == 1 or later_topics:
            values[GROUP.key(row, "topic")] = TOPICS[row - 1]
    result = generators.render(writer.spec.id, values, INTERVIEW + timedelta(days=1))
    assert result.sendable and len(result.letters) == count
    sign_off = {"Sincerely,", "Best wishes,", values["your_name"]}
    own = typed_texts(values)
    seen: dict[str, int] = {}
    for index, letter in enumerate(result.letters):
        body = letter.body
        for sentence in set(sentences(body)):
            if sentence in sign_off or any(sentence in text for text in own):
                continue
            assert sentence not in seen, (sentence, seen.get(sentence), index)
            seen[sentence] = index
    openings = [sentences(letter.body)[1] for letter in result.letters]
    assert len(set(openings)) == count
