"""The one set of timing rules (generators/core/timing.py), on a table of
dates: weekends, month ends, leap years and the new year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import generators
from generators.core import timing
from generators.core.timing import EARLY, LATE, ON_TIME, Window

D = date


@pytest.mark.parametrize("start, days, expected", [
    (D(2026, 3, 27), 2, D(2026, 3, 31)),    # Friday: over the weekend
    (D(2026, 3, 24), 2, D(2026, 3, 26)),    # Tuesday: same week
    (D(2026, 3, 28), 1, D(2026, 3, 30)),    # from a Saturday
    (D(2026, 1, 30), 3, D(2026, 2, 4)),     # across a month end
    (D(2026, 12, 31), 2, D(2027, 1, 4)),    # across the new year, over a weekend
    (D(2028, 2, 28), 1, D(2028, 2, 29)),    # leap day is a Tuesday
    (D(2026, 3, 24), 0, D(2026, 3, 24)),
])
def test_add_working_days(start, days, expected):
    assert timing.add_working_days(start, days) == expected


@pytest.mark.parametrize("day, expected", [
    (D(2026, 3, 27), D(2026, 3, 27)),  # Friday stays
    (D(2026, 3, 28), D(2026, 3, 30)),  # Saturday to Monday
    (D(2026, 3, 29), D(2026, 3, 30)),  # Sunday to Monday
    (D(2027, 1, 2), D(2027, 1, 4)),    # a new year's Saturday
])
def test_next_working_day(day, expected):
    assert timing.next_working_day(day) == expected


def test_a_window_is_early_on_time_then_late_and_open_on_both_of_its_ends():
    window = Window(D(2026, 3, 16), D(2026, 3, 20))
    assert [window.status(D(2026, 3, d)) for d in (15, 16, 18, 20, 21)] == [EARLY, ON_TIME, ON_TIME, ON_TIME, LATE]
    assert window.is_open(D(2026, 3, 20)) and window.has_passed(D(2026, 3, 21))
    assert Window(D(2026, 3, 16), None).status(D(2030, 1, 1)) == ON_TIME


@pytest.mark.parametrize("rule, anchor, opens, closes", [
    (timing.thank_you, D(2026, 3, 12), D(2026, 3, 12), D(2026, 3, 14)),      # 48 hours, weekend or not
    (timing.thank_you, D(2026, 12, 30), D(2026, 12, 30), D(2027, 1, 1)),
    (timing.reply_to_news, D(2026, 2, 28), D(2026, 2, 28), D(2026, 3, 1)),
    (timing.check_in, D(2026, 3, 26), D(2026, 3, 30), D(2026, 3, 31)),       # Thursday: Monday and Tuesday
    (timing.check_in, D(2026, 12, 30), D(2027, 1, 1), D(2027, 1, 4)),
    (timing.second_check_in, D(2026, 3, 30), D(2026, 4, 6), D(2026, 4, 13)),
    (timing.second_check_in, D(2026, 1, 27), D(2026, 2, 3), D(2026, 2, 10)),  # across a month end
    (timing.reminder, D(2026, 4, 2), D(2026, 4, 9), D(2026, 4, 16)),
    (timing.reminder, D(2026, 12, 26), D(2027, 1, 4), D(2027, 1, 11)),       # a Saturday a week on: Monday
])
def test_each_rule_gives_its_window(rule, anchor, opens, closes):
    assert rule(anchor) == Window(opens, closes)


@pytest.mark.parametrize("applied, deadline, opens, closes", [
    (None, D(2026, 3, 3), D(2026, 3, 6), D(2026, 3, 10)),                  # Tuesday + 3 = Friday
    (None, D(2026, 3, 5), D(2026, 3, 9), D(2026, 3, 12)),                  # Thursday + 3 = Sunday: Monday
    (D(2026, 3, 7), None, D(2026, 3, 16), D(2026, 3, 23)),                 # no closing date: 1 to 2 weeks
    (D(2026, 3, 6), D(2026, 3, 1), D(2026, 3, 13), D(2026, 3, 20)),        # applied after it closed
    (None, D(2026, 12, 26), D(2026, 12, 29), D(2027, 1, 4)),               # over the new year
])
def test_the_application_follow_up(applied, deadline, opens, closes):
    assert timing.application_follow_up(applied, deadline) == Window(opens, closes)
    assert timing.application_follow_up(None, None) is None


@pytest.mark.parametrize("last, opens", [
    (D(2026, 1, 31), D(2026, 2, 28)),   # four weeks, even from a month's last day
    (D(2026, 3, 27), D(2026, 4, 24)),
    (D(2026, 12, 15), D(2027, 1, 12)),
])
def test_the_radar_check_in_is_four_weeks_after_the_last_message_with_no_end(last, opens):
    window = timing.radar_check_in(last)
    assert window == Window(opens, None)
    assert window.status(opens - timedelta(days=1)) == EARLY and window.status(opens + timedelta(days=400)) == ON_TIME
    # A plan puts it on a working day.
    assert timing.on_working_days(window).opens == timing.next_working_day(opens)


@pytest.mark.parametrize("days, level, start", [
    (-1, "warning", "This date is in the future."),
    (0, "info", "Good timing"),
    (1, "info", "Good timing"),
    (2, "info", "Send it today"),
    (3, "warning", "It has been 3 days"),
])
def test_the_reply_window_says_where_today_stands(days, level, start):
    anchor = D(2026, 3, 12)
    got_level, text = timing.reply_status(timing.THANK_YOU, anchor, anchor + timedelta(days=days))
    assert got_level == level and text.startswith(start)
    if days >= 0:
        assert "within 24 to 48 hours" in text


def test_every_writer_says_the_same_reply_window_for_the_same_day():
    """The one wording, in each writer that answers something."""
    cases = [("interview-thank-you", "interview_date", timing.THANK_YOU),
             ("feedback-request", "news_date", timing.REPLY_TO_NEWS),
             ("thanks-for-feedback", "feedback_date", timing.THANKS_FOR_FEEDBACK),
             ("introduction-reply", "introduced_on", timing.REPLY_TO_INTRODUCTION)]
    for writer, field, rule in cases:
        spec = generators.get_spec(writer)
        anchor = date.fromisoformat(spec.example[field])
        for days in range(-1, 5):
            today = anchor + timedelta(days=days)
            result = generators.render(writer, spec.example, today)
            said = [(m.level, m.text) for m in result.advice if m.field == field]
            assert timing.reply_status(rule, anchor, today) in said, (writer, days, said)


def test_the_guides_timelines_carry_the_rules_numbers():
    """The guides' timelines (tests/test_timelines.py) say in words what the
    rules count: each reply rule's span, and the check-in's working days."""
    whens = " | ".join(row.when for rows in timing.GUIDE_TIMELINES.values() for row in rows).lower()
    for rule in (timing.THANK_YOU, timing.REPLY_TO_NEWS, timing.THANKS_FOR_FEEDBACK):
        assert f"{rule.span} of {rule.after}" in whens
    assert f"{timing._WORDS[timing.CHECK_IN_WORKING_DAYS[0]]} working days past their date" in whens


@pytest.mark.parametrize("answers", [{"applied_date": "2026-03-07"}, {"deadline": "2026-12-24"}])
def test_the_planner_and_the_follow_up_writer_agree_on_every_day(answers):
    """The issue's case: the planner said '(passed)' while the writer said 'good timing'."""
    planner = generators.get_spec("follow-up-planner")
    writer = generators.get_spec("application-follow-up")
    start = date.fromisoformat(next(iter(answers.values())))
    field = next(iter(answers))
    for days in range(0, 25):
        today = start + timedelta(days=days)
        plan = generators.render(planner.id, {"organization": "Acme", **answers}, today)
        passed = "(passed): Follow up on your application" in plan.letters[0].body
        said = " ".join(m.text for m in generators.render(
            writer.id, {**writer.example, "applied_date": "", "deadline": "", **answers}, today).advice if m.field == field)
        good = said.startswith("Good timing")
        late = "Follow up now, once." in said
        assert not (passed and good), (today, said)
        assert passed == late, (today, said)
        assert bool(plan.files) == (not passed), today


@pytest.mark.parametrize("end, days, expected", [
    (D(2026, 3, 30), 1, D(2026, 3, 27)),    # Monday: the Friday before
    (D(2026, 4, 1), 2, D(2026, 3, 30)),     # Wednesday: Monday
    (D(2026, 3, 29), 1, D(2026, 3, 27)),    # from a Sunday
    (D(2027, 1, 4), 2, D(2026, 12, 31)),    # back across the new year
    (D(2028, 3, 1), 1, D(2028, 2, 29)),     # leap day
    (D(2026, 3, 24), 0, D(2026, 3, 24)),
])
def test_subtract_working_days(end, days, expected):
    assert timing.subtract_working_days(end, days) == expected
    if days:
        assert timing.add_working_days(expected, days) == timing.next_working_day(end)


@pytest.mark.parametrize("offer, answer_by, questions, decide", [
    # Wednesday, a week to answer: Thursday and Friday, then Monday and Tuesday.
    (D(2026, 3, 25), D(2026, 4, 1), (D(2026, 3, 26), D(2026, 3, 27)), (D(2026, 3, 30), D(2026, 3, 31))),
    # Friday, answer due a Monday ten days on: over the weekend.
    (D(2026, 3, 27), D(2026, 4, 6), (D(2026, 3, 30), D(2026, 3, 31)), (D(2026, 4, 2), D(2026, 4, 3))),
    # Two days: the questions fit, no day is left to decide before the last.
    (D(2026, 3, 25), D(2026, 3, 27), (D(2026, 3, 26), D(2026, 3, 26)), None),
    # Due the next day, or the same day: nothing before it.
    (D(2026, 3, 25), D(2026, 3, 26), None, None),
    (D(2026, 3, 25), D(2026, 3, 25), None, None),
    # Friday, due Monday: the Friday is the offer's own day.
    (D(2026, 3, 27), D(2026, 3, 30), None, None),
    # No date for the answer: the usual next day or two.
    (D(2026, 12, 31), None, (D(2027, 1, 1), D(2027, 1, 4)), None),
])
def test_the_offer_questions_and_the_reminder_to_decide(offer, answer_by, questions, decide):
    assert timing.offer_questions(offer, answer_by) == (Window(*questions) if questions else None)
    if answer_by:
        assert timing.decide(offer, answer_by) == (Window(*decide) if decide else None)


def test_after_accepting_and_before_the_start():
    # Accepted on a Friday: the other employers by Monday; references within a week, any day.
    assert timing.tell_other_employers(D(2026, 3, 27)) == Window(D(2026, 3, 27), D(2026, 3, 30))
    assert timing.thank_references(D(2026, 3, 27)) == Window(D(2026, 3, 27), D(2026, 4, 3))
    # A start on Monday April 27: a week before, to the Thursday before.
    assert timing.first_day_details(D(2026, 4, 27), D(2026, 3, 25)) == Window(D(2026, 4, 20), D(2026, 4, 23))
    # Never before the day after the offer; none when the start is too close.
    assert timing.first_day_details(D(2026, 4, 6), D(2026, 3, 31)) == Window(D(2026, 4, 1), D(2026, 4, 2))
    assert timing.first_day_details(D(2026, 3, 27), D(2026, 3, 25)) is None


@pytest.mark.parametrize("due, offer, opens", [
    (D(2026, 4, 3), D(2026, 3, 25), D(2026, 4, 1)),     # Friday: from Wednesday
    (D(2026, 3, 30), D(2026, 3, 25), D(2026, 3, 26)),   # Monday: from Thursday
    (D(2026, 3, 26), D(2026, 3, 25), D(2026, 3, 25)),   # never before the offer
    (D(2026, 3, 29), D(2026, 3, 28), D(2026, 3, 29)),   # an offer on a Saturday, due on the Sunday
])
def test_a_condition_opens_two_working_days_before_its_date(due, offer, opens):
    assert timing.condition_due(due, offer) == Window(opens, due)


def test_the_offer_rules_say_what_the_guides_say():
    assert timing.in_words(timing.USUAL_ANSWER_DAYS) == "a week"
    assert timing.in_words(timing.LONGEST_USUAL_ANSWER_DAYS) == "two weeks"
    whens = {row.when for row in timing.GUIDE_TIMELINES["offer/after-you-accept"]}
    assert {"Within a day or two", "Within a week"} <= whens
