"""Withdrawing an application or declining a second interview: reasons, how
much to say, a change that would bring you back, and the guidance."""

from __future__ import annotations

from datetime import date

import pytest

from generators.letters import withdrawal

TODAY = date(2026, 3, 16)
WRITER = "withdrawal"


@pytest.mark.parametrize("reason", sorted(withdrawal.REASONS))
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_every_reason_gives_its_own_one_sentence(writer, reason, tone):
    text = writer.body(reason=reason, tone=tone, would_change="")
    _, formal, warm = withdrawal.REASONS[reason]
    sentence = (warm if tone == "warm" else formal).replace(
        "{From what I learned}",
        "From everything I learned when we talked" if tone == "warm" else "From what I learned in our conversation",
    )
    assert sentence in text
    others = [r for r in withdrawal.REASONS if r != reason]
    assert not any(withdrawal.REASONS[o][1 if tone == "formal" else 2][:30] in text for o in others)


def test_not_the_right_fit_before_any_interview_says_where_you_learned_it(writer):
    text = writer.body(reason="not_fit", interview_date="", would_change="")
    assert "From what I have learned about the role, I do not believe this role is the right fit for me." in text


def test_no_reason_leaves_the_reason_out_and_says_that_is_fine(writer):
    result = writer.render(detail="none", would_change="")
    text = result.letters[0].body
    assert "After careful thought, I would like to withdraw my application. My reasons are personal" in text
    assert "commut" not in text
    assert "do not owe them a reason" in writer.advice_for(result, "detail")


def test_no_reason_with_your_own_words_is_an_error_beside_them(writer):
    result = writer.render(detail="none", own_reason="I found the pay too low", would_change="")
    assert [(e.field, e.text) for e in result.errors] == [
        ("own_reason", "You chose to give no reason. Clear this box, or choose to give a brief reason"),
    ]


def test_no_reason_with_a_change_that_would_bring_you_back_is_an_error(writer):
    result = writer.render(detail="none")
    assert [e.field for e in result.errors] == ["would_change"]
    assert "choose to give a brief reason" in result.errors[0].text


def test_a_brief_reason_needs_a_reason(writer):
    result = writer.render(reason="", own_reason="", would_change="")
    assert [(e.field, e.text) for e in result.errors] == [
        ("reason", "Choose a reason, write your own, or choose to give no reason"),
    ]


def test_your_own_words_replace_the_chosen_reason(writer):
    result = writer.render(reason="other_offer", own_reason="I have decided to go back to school this fall.", would_change="")
    text = result.letters[0].body
    assert "I have decided to go back to school this fall." in text
    assert "accepted an offer" not in text
    assert "instead of the reason chosen above" in writer.advice_for(result, "own_reason")


def test_own_words_without_a_chosen_reason_need_no_note(writer):
    result = writer.render(reason="", own_reason="I am moving abroad", would_change="")
    assert "I am moving abroad." in result.letters[0].body
    assert not writer.advice_for(result, "own_reason")


def test_own_words_ending_in_a_question_mark_keep_it(writer):
    assert "Who knows what next year brings?" in writer.body(reason="", own_reason="Who knows what next year brings?", would_change="")


def test_a_long_reason_is_flagged(writer):
    result = writer.render(reason="", own_reason="I " + "really " * 25 + "did not like it", would_change="")
    assert "one short sentence" in writer.advice_for(result, "own_reason")


@pytest.mark.parametrize("reason", sorted(withdrawal.FIXABLE))
def test_a_change_they_could_make_is_offered_for_a_reason_they_could_fix(writer, reason):
    result = writer.render(reason=reason)
    assert result.ok
    assert "I would gladly reconsider if the role could include two days a week working from home." in result.letters[0].body
    assert "would say yes" in writer.advice_for(result, "would_change")


@pytest.mark.parametrize("reason", sorted(set(withdrawal.REASONS) - withdrawal.FIXABLE))
def test_a_change_they_could_make_is_refused_for_a_reason_they_cannot_fix(writer, reason):
    result = writer.render(reason=reason)
    assert [e.field for e in result.errors] == ["would_change"]
    assert result.errors[0].text.startswith("Leave this empty: ")
    assert "is not something they could change" in result.errors[0].text


def test_a_change_beside_your_own_words_is_allowed(writer):
    assert writer.render(reason="other_offer", own_reason="The salary is below what I need").ok


@pytest.mark.parametrize("open_to_other, expected", [
    ("yes", "I would welcome hearing about other roles at Northwind Health in the future."),
    ("no", None),
])
def test_open_to_other_roles_or_not(writer, open_to_other, expected):
    text = writer.body(open_to_other=open_to_other)
    if expected:
        assert expected in text
    else:
        assert "other roles" not in text
    assert "I wish you every success in filling the role." in text


def test_declining_a_second_interview_says_so_in_subject_and_body(writer):
    result = writer.render(request="decline")
    letter = result.letters[0]
    assert letter.subject == "Declining the second interview: Data Analyst"
    assert "inviting me to a second interview" in letter.body
    assert "decline the second interview and withdraw from the process" in letter.body
    assert "before the second interview" in writer.advice_for(result)


def test_it_thanks_them_and_names_what_you_learned(writer):
    text = writer.body()
    assert text.split("\n\n")[1].startswith("Thank you for meeting with me on March 12, 2026, to discuss")
    assert "I especially valued learning about how your clinics share data" in text


def test_without_an_interview_it_thanks_them_for_considering_you(writer):
    assert "Thank you for considering me for the Data Analyst position" in writer.body(interview_date="", learned="")


def test_guidance_covers_timing_brevity_their_questions_and_warmth(writer):
    text = writer.advice_for(writer.render())
    assert "as soon as you are sure" in text and "brief" in text
    assert "how much more you say is your choice" in text
    assert "choose the warm tone" in text
    assert "choose the warm tone" not in writer.advice_for(writer.render(tone="warm"))


def test_an_interview_date_in_the_future_is_questioned(writer):
    assert "in the future" in writer.advice_for(writer.render(interview_date="2026-04-01"), "interview_date")


@pytest.mark.parametrize("tone", ["formal", "warm"])
@pytest.mark.parametrize("length", ["short", "full"])
def test_it_stays_brief(writer, tone, length):
    sentences = [s for s in writer.body(tone=tone, length=length).split(". ") if s.strip()]
    assert len(sentences) <= 12


def test_every_missing_required_field_has_a_clear_message_in_form_order(writer):
    result = writer.render_only(TODAY)
    assert [(e.field, e.text) for e in result.errors] == [
        ("your_name", "Enter your name"),
        ("contact_name", "Enter the name of the person you are writing to"),
        ("organization", "Enter the organization"),
        ("role", "Enter the job title you applied for"),
        ("request", "Choose what you want to do"),
        ("reason", "Choose a reason, write your own, or choose to give no reason"),
        ("open_to_other", "Choose whether you are open to other roles with them"),
    ]


@pytest.mark.parametrize("typed", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}", "&amp; <b>"])
def test_markup_and_template_syntax_come_out_verbatim_and_unevaluated(writer, typed):
    text = writer.body(organization=typed, learned=typed)
    assert typed in text and "49" not in text and "&lt;" not in text


@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_with_no_interview_it_does_not_thank_them_for_explaining_the_role(writer, tone):
    body = writer.render(interview_date="", tone=tone, length="full").letters[0].body
    assert "explain" not in body and "described the role" not in body
    assert "applications takes time" in body


def test_nothing_lined_up_is_a_warning_and_a_position_in_the_reason_needs_none(writer):
    warned = writer.render(lined_up="no", reason="duties_hours", own_reason="")
    assert [m.level for m in warned.advice if m.field == "lined_up"] == ["warning"]
    assert "another interview" in writer.advice_for(warned, "lined_up")
    assert writer.advice_for(writer.render(lined_up="no", reason="other_offer", own_reason=""), "lined_up") == ""
    assert writer.advice_for(writer.render(lined_up="yes", reason="duties_hours", own_reason=""), "lined_up") == ""
    assert "lined up" in writer.advice_for(writer.render(lined_up="", reason="duties_hours", own_reason=""), "lined_up")


def test_a_note_without_what_you_learned_is_asked_for_it(writer):
    assert "any job" in writer.advice_for(writer.render(learned=""), "learned")
    assert writer.advice_for(writer.render(), "learned") == ""


# ---- telling the other employers once you have accepted elsewhere (guide: offer/after-you-accept)

ACCEPTED_ELSEWHERE = dict(reason="other_offer", own_reason="", would_change="")


@pytest.mark.parametrize("request_", ["withdraw", "decline"])
@pytest.mark.parametrize("detail", ["brief", "none"])
@pytest.mark.parametrize("lined_up", ["yes", "no", ""])
@pytest.mark.parametrize("interview_date", ["2026-03-12", ""])
@pytest.mark.parametrize("open_to_other", ["yes", "no"])
def test_accepted_elsewhere_reads_right_for_every_answer(writer, request_, detail, lined_up, interview_date, open_to_other):
    for tone in ("formal", "warm"):
        for length in ("short", "full"):
            result = writer.render(**ACCEPTED_ELSEWHERE, request=request_, detail=detail, lined_up=lined_up,
                                   interview_date=interview_date, open_to_other=open_to_other, tone=tone, length=length)
            assert result.sendable, result.errors
            letter = result.letters[0]
            # Nothing that would bring them back, and no worry about having nothing to go to.
            assert "reconsider" not in letter.body
            assert writer.advice_for(result, "lined_up") == ""
            assert letter.subject.startswith(("Declining the second interview", "Withdrawing my"))
            assert ("Declining" in letter.subject) == (request_ == "decline")
            said = "accepted an offer" in letter.body
            assert said == (detail == "brief")
            general = writer.advice_for(result)
            assert "within a day or two of accepting the other offer" in general
            assert "call them first" in general and "cancel any interviews" in general


def test_a_change_that_would_bring_you_back_is_refused_beside_an_accepted_offer(writer):
    result = writer.render(**{**ACCEPTED_ELSEWHERE, "would_change": "the pay were higher"})
    assert writer.errors_for(result, "would_change") == [
        "Leave this empty: another offer is not something they could change. "
        "Offer a change only when your reason is one they could fix",
    ]


def test_other_reasons_keep_the_as_soon_as_you_are_sure_timing(writer):
    general = writer.advice_for(writer.render(reason="commute_travel"))
    assert "Send it as soon as you are sure" in general and "accepting the other offer" not in general
    own = writer.advice_for(writer.render(**{**ACCEPTED_ELSEWHERE, "own_reason": "I am going back to school"}))
    assert "accepting the other offer" not in own
