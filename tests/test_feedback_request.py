"""Answering a rejection and asking for feedback: guidance rules, the question
checker, and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from generators.letters import feedback_request
from generators.letters.feedback_request import FINDINGS, check_question

NEWS = date(2026, 3, 24)
WRITER = "feedback-request"
TODAY = NEWS


def warnings_for(result, field):
    return [m for m in result.advice if m.field == field and m.level == "warning"]


# ---- timing: reply within a day of their news

@pytest.mark.parametrize("days", [0, 1])
def test_within_a_day_is_good_timing(writer, days):
    result = writer.render(NEWS + timedelta(days=days))
    assert "within a day" in writer.advice_for(result, "news_date")
    assert not warnings_for(result, "news_date")


@pytest.mark.parametrize("days", [2, 5, 30])
def test_later_says_a_day_is_best_but_still_send(writer, days):
    result = writer.render(NEWS + timedelta(days=days))
    text = writer.advice_for(result, "news_date")
    assert f"{days} days" in text and "within a day is best" in text and "still worth sending" in text
    assert warnings_for(result, "news_date")


def test_news_date_in_the_future_is_questioned_not_refused(writer):
    result = writer.render(NEWS - timedelta(days=2))
    assert "in the future" in writer.advice_for(result, "news_date")
    assert result.ok


# ---- whom to ask

@pytest.mark.parametrize("relation", ["told_me", "arranged"])
def test_the_person_who_told_you_or_set_up_the_interview_is_right(writer, relation):
    assert not writer.advice_for(writer.render(contact_relation=relation), "contact_relation")


def test_someone_else_is_steered_to_the_person_who_told_you(writer):
    result = writer.render(contact_relation="other")
    text = writer.advice_for(result, "contact_relation")
    assert "told you the news or who set up your interview" in text
    assert warnings_for(result, "contact_relation")


# ---- how far you got

def test_no_interview_means_expect_less_back(writer):
    result = writer.render(stage="application")
    assert "expect less back" in writer.advice_for(result, "stage")
    assert "considering my application" in result.letters[0].body
    assert "interview" not in result.letters[0].body.split("\n\n")[1]


def test_final_round_says_their_advice_is_worth_most(writer):
    assert "know you well" in writer.advice_for(writer.render(stage="final"), "stage")


def test_one_interview_thanks_them_for_interviewing_you(writer):
    result = writer.render(stage="interview")
    assert writer.advice_for(result, "stage") == ""
    assert "taking the time to interview me" in result.letters[0].body


# ---- follow up once after a week, then let go

def test_follow_up_once_a_week_later_then_let_go(writer):
    result = writer.render(NEWS + timedelta(days=1))
    general = " ".join(m.text for m in result.advice if not m.field)
    assert "April 1, 2026" in general  # a week after the day you reply
    assert "one short, friendly reminder" in general and "let it go" in general


# ---- how to reach you

def test_phone_and_email_both_appear_and_a_missing_phone_is_suggested(writer):
    body = writer.render().letters[0].body
    assert "jordan.rivera@example.com" in body and "(503) 555-0142" in body
    result = writer.render(your_phone="")
    assert "jordan.rivera@example.com." in result.letters[0].body
    assert "phone" not in result.letters[0].body
    assert "Add a phone number" in writer.advice_for(result, "your_phone")


def test_email_must_look_like_an_email(writer):
    result = writer.render(your_email="jordan at example")
    assert [e.field for e in result.errors] == ["your_email"]


# ---- the letter asks for advice, never for reasons

def test_the_letter_itself_never_asks_why_or_for_weaknesses(writer):
    for tone in ("formal", "warm"):
        for length in ("short", "full"):
            for stage in ("application", "interview", "final"):
                body = writer.render(tone=tone, length=length, stage=stage, question="").letters[0].body
                assert check_question(body)[0].level == "info", (tone, length, stage)
                assert "stronger candidate" in body


@pytest.mark.parametrize("length", ["short", "full"])
@pytest.mark.parametrize("question", ["", "Are there skills I should focus on?", "Why was I not selected?"])
def test_the_letter_always_asks_for_advice_itself_so_a_question_is_never_the_only_request(writer, length, question):
    body = writer.render(length=length, question=question).letters[0].body
    assert "build on or change" in body
    if question:
        assert question in body


def test_question_without_an_ending_gets_a_question_mark_and_keeps_its_words(writer):
    body = writer.render(question="Which certificate would help most").letters[0].body
    assert "Which certificate would help most?" in body
    body = writer.render(question="Any reading you would suggest.").letters[0].body
    assert "Any reading you would suggest." in body and "suggest.?" not in body


# ---- the question checker: every flagged phrasing, with a kinder way to ask

FLAGGED = {
    "why": [
        "Why was I rejected?",
        "Why didn't I get the job?",
        "Why was I not selected for the role?",
        "Why did you go with another candidate?",
        "What was the reason for your decision?",
        "Can you tell me the reasons I was turned down?",
        "What went wrong?",
        "Why not me?",
        "Why did I not make the shortlist?",
        "What made you decide against me?",
        "Why was my application unsuccessful?",
        "Why did you pass me over?",
    ],
    "weaknesses": [
        "What are my weaknesses?",
        "What was my biggest weakness in the interview?",
        "Where did I fall short?",
        "What were the weak points in my answers?",
        "What shortcomings did you see?",
        "What was wrong with my portfolio?",
        "Where did I go wrong?",
        "Could you list my flaws?",
    ],
    "differently": [
        "What could I have done differently?",
        "What should I have said about my experience?",
        "Is there anything I could’ve prepared better?",
        "What would have made my application stronger?",
        "Would I have done better with more examples?",
        "Is there something I should have handled differently?",
        "In hindsight, what would you change about my interview?",
        "What did I miss?",
    ],
    "mistake": [
        "I think you made a mistake.",
        "Are you sure you made the right choice? It seems like the wrong decision.",
        "Would you reconsider my application?",
        "Honestly it's your loss.",
        "You are missing out on a great hire.",
        "I was clearly the best candidate.",
        "I am more qualified than whoever you hired.",
        "You overlooked my ten years of experience.",
        "The process felt unfair to me.",
        "You'll regret not hiring me.",
    ],
    "owed": [
        "You owe me an explanation.",
        "I deserve to know what happened.",
        "I expect a full answer.",
        "I need to know what I did.",
        "Please explain why I was not chosen.",
        "Can you at least tell me something?",
        "I'm entitled to feedback after three interviews.",
        "Please reply ASAP.",
        "You need to give me a reason.",
        "I would like an explanation.",
    ],
}
KINDS = [kind for kind, _, _ in FINDINGS]


def kinds_found(question):
    texts = [m.text for m in check_question(question) if m.level in ("hold", "warning")]
    found = []
    for kind, _, advice in FINDINGS:
        if advice in texts:
            found.append(kind)
    return found


def test_every_finding_kind_is_covered_here():
    assert sorted(FLAGGED) == sorted(KINDS)


@pytest.mark.parametrize("kind, question", [(k, q) for k, qs in FLAGGED.items() for q in qs])
def test_flagged_phrasing_is_found(kind, question):
    assert kind in kinds_found(question), (question, kinds_found(question))


@pytest.mark.parametrize("kind", KINDS)
def test_each_finding_offers_a_kinder_way_to_put_it(kind):
    advice = next(a for k, _, a in FINDINGS if k == kind)
    assert "for example: “" in advice and advice.endswith("”")
    kinder = advice.split("for example: “")[1].rstrip("”")
    assert kinds_found(kinder) == [], kinder  # the suggestion passes its own check


HARMLESS = [
    "What skills would make me a stronger candidate for a role like this?",
    "Is there a course or certificate your team values for analysts?",
    "Would it help to build a portfolio of dashboards before I apply again?",
    "What could I do differently in my next interview?",
    "Which parts of my experience should I put first on my résumé?",
    "Are there other roles at Northwind Health you think would suit me?",
    "Why does your team prefer one reporting tool over another?",
    "What do you look for in your strongest candidates?",
    "Is there anything I should learn before applying for a similar role?",
    "Do you have any tips for my next interview?",
    "How do your best analysts spend their first year?",
    "Would more experience with SQL make a difference next time?",
    "Which skill would you suggest I develop first?",
    "What would help me stand out in my next interview?",
]


@pytest.mark.parametrize("question", HARMLESS)
def test_harmless_questions_are_not_flagged(question):
    messages = check_question(question)
    assert [m.level for m in messages] == ["info"], [m.text for m in messages]
    assert "looks ahead" in messages[0].text


@pytest.mark.parametrize("question", [
    "Why was I not selected, and what were my weaknesses?",
    "What could I have done differently?",
    "Why did you go with another candidate?",
    "Was it a mistake to pass on me?",
])
def test_a_question_the_guide_says_never_to_ask_holds_the_letter(writer, question):
    result = writer.render(question=question)
    holds = [m for m in result.advice if m.level == "hold"]
    assert holds and all(m.field == "question" for m in holds)
    assert result.ok and not result.sendable and result.as_dict()["sendable"] is False
    assert not any(m.level == "hold" for m in feedback_request.advise(
        generators.core.spec.check_answers(writer.spec, {**writer.example, "question": question}), NEWS))  # advise only advises


def test_sounding_owed_an_answer_only_warns(writer):
    result = writer.render(question="Could you reply as soon as possible with any tips?")
    assert [m.level for m in result.advice if m.field == "question"] == ["warning"]
    assert result.sendable


def test_a_person_who_neither_told_you_nor_interviewed_you_is_not_thanked_for_it(writer):
    for tone in ("formal", "warm"):
        for stage in ("application", "interview", "final"):
            body = writer.render(contact_relation="other", tone=tone, stage=stage).letters[0].body
            assert "interview me" not in body and "talk with me" not in body and "letting me know" not in body
            assert "know the team" in body


def test_someone_who_set_up_the_interview_is_thanked_for_that_and_a_contradiction_holds(writer):
    body = writer.render(contact_relation="arranged", stage="interview").letters[0].body
    assert "for arranging my interview" in body
    held = writer.render(contact_relation="arranged", stage="application")
    assert [m.field for m in held.holds] == ["contact_relation"] and not held.sendable


def test_a_phone_call_with_the_news_is_thanked_as_a_call(writer):
    body = writer.render(told_by="phone").letters[0].body
    assert "Thank you for calling to tell me your decision" in body


def test_a_call_to_come_gets_a_short_script_that_asks_for_advice(writer):
    result = writer.render(told_by="call_ahead", tone="warm")
    [letter] = result.letters
    assert letter.layout == "script" and letter.subject == ""
    assert "stronger candidate" in letter.body and writer.example["your_email"] in letter.body
    assert writer.example["question"] in letter.body
    assert result.sendable


def test_no_thank_you_after_the_interview_is_advised_on(writer):
    assert "first word to them" in writer.advice_for(writer.render(thanked="no"), "thanked")
    assert writer.advice_for(writer.render(thanked="yes"), "thanked") == ""
    assert writer.advice_for(writer.render(thanked="no", stage="application"), "thanked") == ""


def test_a_letter_without_a_highlight_is_asked_for_one(writer):
    assert "any job" in writer.advice_for(writer.render(highlight=""), "highlight")
    assert writer.advice_for(writer.render(), "highlight") == ""


def test_several_problems_in_one_question_each_get_one_message():
    question = "Why did you reject me? You made a mistake and you owe me an explanation of my weaknesses."
    assert kinds_found(question) == ["why", "weaknesses", "mistake", "owed"]


def test_no_question_means_no_question_message(writer):
    assert writer.advice_for(writer.render(question=""), "question") == ""
    assert check_question("   ") == []


def test_curly_apostrophes_are_read_like_straight_ones():
    assert kinds_found("Why didn’t I get the job?") == ["why"]
    assert [m.level for m in check_question("Why didn’t I get the job?")] == ["hold"]


def test_question_too_long_is_refused_with_its_length(writer):
    result = writer.render(question="Why? " * 100)
    assert [e.field for e in result.errors] == ["question"]
    assert "300 characters or fewer" in result.errors[0].text


# ---- missing answers and hostile input

def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(NEWS)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("your_email", "Enter your email address, so they can reply"),
        ("organization", "Enter the organization that turned you down"),
        ("role", "Enter the job title you applied for"),
        ("contact_name", "Enter the name of the person you are writing to"),
        ("contact_relation", "Choose how this person was involved"),
        ("news_date", "Enter the date they told you"),
        ("stage", "Choose how far you got"),
    ]
    assert "[job title you applied for]" in result.letters[0].body


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim(writer, typed):
    body = writer.render(organization=typed, question=typed + "?").letters[0].body
    assert typed in body and "49" not in body and "&lt;" not in body


def test_warm_greets_by_first_name_or_title_and_surname(writer):
    assert writer.render(tone="warm").letters[0].body.startswith("Hi Dana,\n\n")
    assert writer.render(tone="warm", contact_name="Dr. Amira Haddad").letters[0].body.startswith("Hello Dr. Haddad,\n\n")
    assert writer.render(contact_name="Dr. Amira Haddad").letters[0].body.startswith("Dear Dr. Haddad,\n\n")
