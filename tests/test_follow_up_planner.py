"""The follow-up planner: every timing rule, every message, and the calendar
file read back with icalendar."""

from __future__ import annotations

import os
from datetime import date, timedelta

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generators
from generators.letters import follow_up_planner as planner
from generators.core import timing
from generators.core.spec import check_answers

from support.golden import golden_cases
from support.paths import GOLDEN, ROOT

WRITER = "follow-up-planner"
# Every render starts from these answers, not from the spec's example.
ANSWERS = {"organization": "Northwind Health", "role": "Data Analyst"}
CASES = [c for c in golden_cases() if c.generator == WRITER]


def steps(writer, today: date, **values) -> list[tuple[str, date]]:
    answers = check_answers(writer.spec, {**writer.example, **values})
    return [(step.key, step.day) for step in planner.plan(answers)]


def events(result) -> list[tuple[date, str, str]]:
    assert [f.name for f in result.files] == ["follow-up-plan.ics"]
    calendar = icalendar.Calendar.from_ical(result.files[0].text)
    found = []
    for vevent in calendar.walk("VEVENT"):
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert vevent["DTSTART"].params["VALUE"] == "DATE" and end == start + timedelta(days=1)
        found.append((start, str(vevent["SUMMARY"]), str(vevent["DESCRIPTION"])))
    return found


# --- golden calendar files ---------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_golden_calendar_file(writer, case):
    """Each golden plan's .ics beside its .txt, read whole by a reviewer, and
    parsed: one event per step not yet passed, on its date or today if its
    window is open already."""
    result = writer.render_only(case.today, **case.values)
    path = GOLDEN / writer.spec.id / f"{case.name}.ics"
    answers = check_answers(writer.spec, case.values)
    ahead = [step for step in planner.plan(answers) if not step.window.has_passed(case.today)]
    if not ahead:
        assert result.files == () and not path.exists()
        return
    text = result.files[0].text
    if os.environ.get("GOLDEN_UPDATE") == "1":
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes() == text.encode("utf-8")
    what = f"{case.values['role']} at {case.values['organization']}" if case.values.get("role") else case.values["organization"]
    assert events(result) == [(max(step.day, case.today), f"{step.title}: {what}", step.text) for step in ahead]
    calendar = icalendar.Calendar.from_ical(text)
    stamps = {vevent.decoded("DTSTAMP").date() for vevent in calendar.walk("VEVENT")}
    assert stamps == {case.today}
    uids = [str(vevent["UID"]) for vevent in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids)


def test_golden_cases_cover_each_kind_of_step(writer):
    kinds = set()
    for case in CASES:
        kinds |= {key.split("-")[0] for key, _ in steps(writer, case.today, **case.values)}
    assert kinds == {"application", "thank", "decision", "check", "reply", "advice", "radar",
                     "offer", "tell", "condition", "first", "start"}
    keys = {key for case in CASES for key, _ in steps(writer, case.today, **case.values)}
    assert {"offer-questions", "offer-decide", "offer-answer", "thank-references"} <= keys


# --- timing rules, each from its guide ------------------------------------

def test_a_closing_date_gives_one_follow_up_a_few_days_after_it_on_a_working_day(writer):
    # Tuesday + 3 days = Friday; Thursday + 3 = Sunday, so Monday.
    assert steps(writer, date(2026, 3, 1), deadline="2026-03-03") == [("application", date(2026, 3, 6))]
    assert steps(writer, date(2026, 3, 1), deadline="2026-03-05") == [("application", date(2026, 3, 9))]


def test_without_a_closing_date_the_follow_up_is_a_week_after_applying(writer):
    assert steps(writer, date(2026, 3, 1), applied_date="2026-03-02") == [("application", date(2026, 3, 9))]


def test_applying_after_the_closing_date_counts_from_the_application(writer):
    result = writer.render(date(2026, 3, 10), applied_date="2026-03-06", deadline="2026-03-01")
    assert steps(writer, date(2026, 3, 10), applied_date="2026-03-06", deadline="2026-03-01") == [("application", date(2026, 3, 13))]
    assert writer.advice_for(result, "deadline").startswith("You applied after the closing date")


def test_an_interview_replaces_the_application_follow_up_and_brings_the_thank_you(writer):
    planned = steps(writer, date(2026, 3, 1), applied_date="2026-02-20", deadline="2026-02-27", interview_date="2026-03-12")
    assert planned == [("thank-you", date(2026, 3, 12))]
    text = writer.render(date(2026, 3, 13), interview_date="2026-03-12").letters[0].body
    assert "Within 24 to 48 hours of the interview, so by Saturday, March 14, 2026 at the latest." in text


def test_the_date_they_gave_brings_two_check_ins_on_working_days(writer):
    # Thursday March 26: two working days later is Monday March 30, then a week on.
    planned = steps(writer, date(2026, 3, 13), interview_date="2026-03-12", decision_date="2026-03-26")
    assert planned == [
        ("thank-you", date(2026, 3, 12)), ("decision", date(2026, 3, 26)),
        ("check-in-1", date(2026, 3, 30)), ("check-in-2", date(2026, 4, 6)),
    ]


def test_weeks_count_from_the_interview(writer):
    planned = dict(steps(writer, date(2026, 3, 13), interview_date="2026-03-12", decision_weeks="3"))
    assert planned["decision"] == date(2026, 4, 2)
    body = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_weeks="3").letters[0].body
    assert "The three weeks they gave are up" in body
    one = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_weeks="1").letters[0].body
    assert "The week they gave is up" in one


def test_a_given_date_wins_over_weeks_and_a_mismatch_is_pointed_out(writer):
    values = dict(interview_date="2026-03-12", decision_date="2026-03-27", decision_weeks="2")
    assert dict(steps(writer, date(2026, 3, 13), **values))["decision"] == date(2026, 3, 27)
    assert "The plan uses the date, March 27, 2026." in writer.advice_for(writer.render(date(2026, 3, 13), **values), "decision_weeks")
    matching = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_date="2026-03-26", decision_weeks="2")
    assert writer.advice_for(matching, "decision_weeks") == ""


def test_a_rejection_drops_the_steps_that_waited_for_an_answer(writer):
    planned = steps(writer, date(2026, 3, 27), interview_date="2026-03-12", decision_date="2026-03-26", rejected_date="2026-03-27")
    assert planned == [
        ("thank-you", date(2026, 3, 12)), ("decision", date(2026, 3, 26)),
        ("reply", date(2026, 3, 27)), ("advice-reminder", date(2026, 4, 6)),
    ]


def test_the_reminder_is_a_week_after_asking(writer):
    planned = dict(steps(writer, date(2026, 4, 3), rejected_date="2026-04-01", feedback_date="2026-04-02"))
    assert "reply" not in planned  # already asked
    assert planned["advice-reminder"] == date(2026, 4, 9)


def test_staying_on_their_radar_adds_three_monthly_check_ins_after_the_last_message(writer):
    planned = steps(writer, date(2026, 1, 31), rejected_date="2026-01-31", stay_in_touch="yes")
    radar = [day for key, day in planned if key.startswith("radar")]
    # The last message is the reminder about advice, Monday February 9; four
    # weeks after it, then four weeks after each check-in.
    assert dict(planned)["advice-reminder"] == date(2026, 2, 9)
    assert radar == [date(2026, 3, 9), date(2026, 4, 6), date(2026, 5, 4)]
    assert not any(key.startswith("radar") for key, _ in steps(writer, date(2026, 1, 31), rejected_date="2026-01-31"))
    assert not any(key.startswith("radar") for key, _ in steps(writer, date(2026, 1, 31), interview_date="2026-01-20", stay_in_touch="yes"))


def test_the_radar_check_in_is_where_the_radar_writer_says_it_is_due(writer):
    planned = steps(writer, date(2026, 4, 1), rejected_date="2026-04-01", stay_in_touch="yes")
    before = dict(planned)["advice-reminder"]
    for key, day in planned:
        if key == "radar-1":
            radar = generators.render("radar-check-in", {**generators.get_spec("radar-check-in").example,
                                                         "last_contact_date": before.isoformat()}, day)
            assert any(m.text.startswith("Good timing") for m in radar.advice)
            early = generators.render("radar-check-in", {**generators.get_spec("radar-check-in").example,
                                                         "last_contact_date": before.isoformat()}, day - timedelta(days=1))
            assert not any(m.text.startswith("Good timing") for m in early.advice)


def test_an_open_window_is_never_passed_and_a_step_due_today_stays_in_the_calendar(writer):
    # Applied Saturday March 7: the follow-up is due from Monday March 16 to Monday March 23.
    for today in (date(2026, 3, 16), date(2026, 3, 20), date(2026, 3, 23)):
        result = writer.render(today, applied_date="2026-03-07")
        assert "(passed)" not in result.letters[0].body
        assert [day for day, _, _ in events(result)] == [today]
    late = writer.render(date(2026, 3, 24), applied_date="2026-03-07")
    assert "(passed)" in late.letters[0].body and late.files == ()
    # The thank-you on the last day of its 48 hours.
    due = writer.render(date(2026, 3, 14), interview_date="2026-03-12")
    assert "(passed)" not in due.letters[0].body and "(now)" in due.letters[0].body
    assert [summary.split(":")[0] for _, summary, _ in events(due)] == ["Send your thank-you notes"]


def test_the_timing_agrees_with_the_guides():
    guides = {path: (ROOT / "docs" / path).read_text(encoding="utf-8") for path in (
        "applying/follow-up.md", "interviewing/thank-you-notes.md", "interviewing/waiting-past-the-date.md",
        "after-rejection/ask-for-feedback.md", "after-rejection/stay-on-their-radar.md",
    )}
    assert "a few days to a week after the closing date" in guides["applying/follow-up.md"]
    assert "one to two weeks after you apply" in guides["applying/follow-up.md"]
    assert "within 24 to 48 hours" in guides["interviewing/thank-you-notes.md"]
    assert "two working days past their date" in guides["interviewing/waiting-past-the-date.md"]
    assert "One more check-in about a week later" in guides["interviewing/waiting-past-the-date.md"]
    assert "If a week passes with no reply, send one short, friendly reminder" in guides["after-rejection/ask-for-feedback.md"]
    assert "Check in about once a month" in guides["after-rejection/stay-on-their-radar.md"]
    for path in ("applying/follow-up.md", "interviewing/waiting-past-the-date.md"):
        assert "(../letters/follow-up-planner.md)" in guides[path]


# --- the list -----------------------------------------------------------------

def test_steps_are_marked_passed_or_today(writer):
    body = writer.render(date(2026, 3, 26), interview_date="2026-03-12", decision_date="2026-03-26").letters[0].body
    assert "Thursday, March 12, 2026 (passed): Send your thank-you notes" in body
    assert "Thursday, March 26, 2026 (today): The date they gave for a decision" in body
    assert "Monday, March 30, 2026: Check in once" in body
    assert "Steps whose time is over are marked as passed." in body
    fresh = writer.render(date(2026, 3, 1), deadline="2026-03-03").letters[0].body
    assert "(passed)" not in fresh and "marked as passed" not in fresh


def test_the_plan_is_a_script_with_no_subject(writer):
    letter = writer.render(date(2026, 3, 1), deadline="2026-03-03").letters[0]
    assert letter.layout == "script" and letter.subject == "" and letter.heading == "Your follow-up plan"
    assert letter.body.startswith("Follow-up plan: Data Analyst at Northwind Health\nMade on Sunday, March 1, 2026.\n")
    no_role = writer.render_only(date(2026, 3, 1), organization="Northwind Health", deadline="2026-03-03")
    assert no_role.letters[0].body.startswith("Follow-up plan: Northwind Health\n")


def test_the_calendar_holds_only_the_steps_ahead(writer):
    result = writer.render(date(2026, 3, 27), interview_date="2026-03-12", decision_date="2026-03-26")
    assert [day for day, _, _ in events(result)] == [date(2026, 3, 30), date(2026, 4, 6)]
    assert events(result)[0][1] == "Check in once: Data Analyst at Northwind Health"
    passed = writer.render(date(2026, 9, 1), interview_date="2026-03-12")
    assert passed.ok and passed.files == ()
    assert "nothing to add to your calendar" in writer.advice_for(passed)


def test_the_same_answers_on_the_same_day_give_the_same_file_and_uids_survive_a_date_change(writer):
    first = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_date="2026-03-26")
    again = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_date="2026-03-26")
    assert first.files == again.files
    moved = writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_date="2026-03-27")

    def uids(result):
        return [str(v["UID"]) for v in icalendar.Calendar.from_ical(result.files[0].text).walk("VEVENT")]

    assert uids(first) == uids(moved)  # importing the new plan updates the old events
    other = writer.render_only(date(2026, 3, 13), organization="Contoso", interview_date="2026-03-12")
    assert not set(uids(first)) & set(uids(other))


# --- validation ---------------------------------------------------------------

def test_at_least_one_date_is_needed(writer):
    result = writer.render(date(2026, 3, 1))
    assert [(e.field, e.text) for e in result.errors] == [(
        "applied_date",
        "Enter at least one date: when you applied, the closing date, your interview, "
        "when they offered you the job, or when they turned you down",
    )]
    assert result.files == ()


def test_the_employer_is_needed(writer):
    result = writer.render_only(date(2026, 3, 2), applied_date="2026-03-01")
    assert [(e.field, e.text) for e in result.errors] == [("organization", "Enter the employer")]


def test_a_date_that_cannot_be_read_is_reported_once(writer):
    result = writer.render(date(2026, 3, 1), applied_date="2026-02-30")
    assert [(e.field, e.text) for e in result.errors] == [
        ("applied_date", "Date you applied must be a real date, for example 2026-03-12"),
    ]


def test_weeks_need_an_interview_date(writer):
    result = writer.render(date(2026, 3, 1), applied_date="2026-02-20", decision_weeks="2")
    assert [(e.field, e.text) for e in result.errors] == [
        ("decision_weeks", "Enter your interview date too: the weeks are counted from it"),
    ]


@pytest.mark.parametrize("values, field, text", [
    (dict(applied_date="2026-03-10", interview_date="2026-03-01"), "interview_date",
     "The interview date must be on or after the date you applied"),
    (dict(interview_date="2026-03-10", decision_date="2026-03-01"), "decision_date",
     "The date they gave for a decision must be on or after your interview"),
    (dict(applied_date="2026-03-10", rejected_date="2026-03-01"), "rejected_date",
     "The date they turned you down must be on or after the date you applied"),
    (dict(interview_date="2026-03-10", rejected_date="2026-03-01"), "rejected_date",
     "The date they turned you down must be on or after your interview"),
    (dict(rejected_date="2026-03-10", feedback_date="2026-03-01"), "feedback_date",
     "The date you asked for advice must be on or after the date they turned you down"),
])
def test_dates_out_of_order_are_refused(writer, values, field, text):
    result = writer.render(date(2026, 3, 20), **values)
    assert [(e.field, e.text) for e in result.errors] == [(field, text)]
    assert result.files == ()


# --- advice -------------------------------------------------------------------

@pytest.mark.parametrize("field", ["applied_date", "rejected_date", "feedback_date"])
def test_a_past_event_dated_in_the_future_is_questioned(writer, field):
    values = {field: "2026-03-20"}
    if field == "feedback_date":
        values["rejected_date"] = "2026-03-01"
    result = writer.render(date(2026, 3, 10), **values)
    assert result.ok and "This date is in the future." in writer.advice_for(result, field)


def test_an_interview_still_ahead_gets_the_questions_to_ask_before_leaving(writer):
    result = writer.render(date(2026, 3, 10), interview_date="2026-03-12")
    assert writer.advice_for(result, "interview_date").startswith("Before you leave the interview, ask when they expect to decide")


@pytest.mark.parametrize("days_since, expected", [
    (1, ""),
    (2, "it is the last day of the 24 to 48 hours"),
    (5, "Late thanks beat none."),
    (31, ""),
])
def test_the_thank_you_reminder_follows_the_time_since_the_interview(writer, days_since, expected):
    result = writer.render(date(2026, 3, 12) + timedelta(days=days_since), interview_date="2026-03-12")
    text = writer.advice_for(result, "interview_date")
    assert (expected in text) if expected else text == ""


def test_no_decision_date_says_how_to_get_check_ins(writer):
    result = writer.render(date(2026, 3, 13), interview_date="2026-03-12")
    assert writer.advice_for(result, "decision_date").startswith("Add the date they said they would decide by")
    assert writer.advice_for(writer.render(date(2026, 3, 13), interview_date="2026-03-12", decision_weeks="2"), "decision_date") == ""


def test_the_application_follow_up_respects_a_no_calls_posting(writer):
    result = writer.render(date(2026, 3, 1), deadline="2026-03-03")
    assert "“no phone calls”" in writer.advice_for(result, "deadline")
    assert "“no phone calls”" in writer.advice_for(writer.render(date(2026, 3, 1), applied_date="2026-02-27"), "applied_date")


def test_a_rejection_before_any_interview_lowers_expectations(writer):
    result = writer.render(date(2026, 3, 10), applied_date="2026-03-01", rejected_date="2026-03-09")
    assert "expect a reply less often" in writer.advice_for(result, "rejected_date")
    assert writer.advice_for(writer.render(date(2026, 3, 10), interview_date="2026-03-01", rejected_date="2026-03-09"), "rejected_date") == ""


def test_the_stay_in_touch_answer_is_explained_when_it_has_no_effect(writer):
    no = writer.render(date(2026, 3, 10), rejected_date="2026-03-09")
    assert writer.advice_for(no, "stay_in_touch").startswith("If you would still love to work there, choose yes")
    early = writer.render(date(2026, 3, 10), interview_date="2026-03-09", stay_in_touch="yes")
    assert writer.advice_for(early, "stay_in_touch").startswith("The monthly check-ins start after a rejection")
    used = writer.render(date(2026, 3, 10), rejected_date="2026-03-09", stay_in_touch="yes")
    assert writer.advice_for(used, "stay_in_touch") == ""


def test_the_closing_advice_fits_where_the_reader_is(writer):
    assert "while you wait on this one" in writer.advice_for(writer.render(date(2026, 3, 13), interview_date="2026-03-12"))
    assert "one thread of it" in writer.advice_for(writer.render(date(2026, 3, 10), rejected_date="2026-03-09"))
    done = writer.render(date(2026, 5, 1), interview_date="2026-03-12", decision_date="2026-03-26")
    assert "treat the job as closed" in writer.advice_for(done)


# --- many answers -------------------------------------------------------------

@st.composite
def ordered_answers(draw):
    """Dates in the order things happen, each one present or not."""
    day = draw(st.dates(date(2025, 1, 1), date(2027, 6, 30)))
    values = {"organization": draw(st.sampled_from(["Northwind Health", "A&B, Inc.", "山田商事"]))}
    if draw(st.booleans()):
        values["role"] = "Data Analyst; Reports"
    for name, gap in (("applied_date", 0), ("deadline", 10), ("interview_date", 20), ("decision_date", 14),
                      ("rejected_date", 5), ("feedback_date", 1)):
        day = day + timedelta(days=draw(st.integers(0, gap)))
        if draw(st.booleans()):
            values[name] = day.isoformat()
    if "interview_date" in values and draw(st.booleans()):
        values["decision_weeks"] = str(draw(st.integers(1, 8)))
    values["stay_in_touch"] = draw(st.sampled_from(["yes", "no"]))
    return values


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(ordered_answers(), st.dates(date(2025, 1, 1), date(2028, 1, 1)))
def test_any_ordered_dates_give_a_dated_plan_and_a_matching_calendar(writer, values, today):
    result = writer.render_only(today, **values)
    dates = [k for k in planner.DATE_FIELDS if k in values]
    if not dates:
        assert [e.field for e in result.errors] == ["applied_date"]
        return
    assert result.ok, result.errors
    plan = planner.plan(check_answers(writer.spec, values))
    assert [s.day for s in plan] == sorted(s.day for s in plan)
    for step in plan:
        if step.key not in ("thank-you", "reply", "decision"):
            assert step.day.weekday() < 5, step
    ahead = [s for s in plan if not s.window.has_passed(today)]
    for step in plan:
        passed = f"{planner.full_date(step.day)} (passed): {step.title}" in result.letters[0].body
        assert passed == step.window.has_passed(today), step
    if ahead:
        assert [day for day, _, _ in events(result)] == [max(s.day, today) for s in ahead]
    else:
        assert result.files == ()


# --- offers -------------------------------------------------------------------
#
# docs/offer/: ask for the offer in writing the day it comes; read it, send
# questions and ask for any more time in the next day or two; decide a day or
# two before the answer is due; after accepting, tell the other employers
# within a day or two and thank your references within a week; each
# condition by its date; confirm the first day before it.

# Wednesday March 25, 2026: the offer. Their answer is due a week later.
OFFER = dict(interview_date="2026-03-12", offer_date="2026-03-25", answer_by="2026-04-01")


def test_an_offer_ends_the_check_ins_and_keeps_the_thank_you(writer):
    planned = steps(writer, date(2026, 3, 26), decision_date="2026-03-26", **OFFER)
    keys = [key for key, _ in planned]
    assert "thank-you" in keys
    assert not {"decision", "check-in-1", "check-in-2", "application"} & set(keys)
    # A check-in that was due before the offer stays, as history.
    early = dict(steps(writer, date(2026, 4, 10), decision_date="2026-03-19", interview_date="2026-03-12",
                       offer_date="2026-03-25"))
    assert early["check-in-1"] == date(2026, 3, 23) and "check-in-2" not in early
    body = writer.render(date(2026, 3, 26), decision_date="2026-03-26", **OFFER).letters[0].body
    assert "Check in" not in body and "The date they gave for a decision" not in body


def test_an_offer_without_an_interview_ends_the_application_follow_up(writer):
    planned = dict(steps(writer, date(2026, 3, 4), applied_date="2026-03-02", offer_date="2026-03-04"))
    assert "application" not in planned and planned["offer"] == date(2026, 3, 4)


def test_the_offer_steps_fall_where_the_guides_say(writer):
    planned = steps(writer, date(2026, 3, 26), **OFFER)
    assert planned == [
        ("thank-you", date(2026, 3, 12)),
        ("offer", date(2026, 3, 25)),             # the day of the offer
        ("offer-questions", date(2026, 3, 26)),   # the next working day or two
        ("offer-decide", date(2026, 3, 30)),      # two working days before the answer
        ("offer-answer", date(2026, 4, 1)),
    ]
    answers = check_answers(writer.spec, {**ANSWERS, **OFFER})
    windows = {step.key: step.window for step in planner.plan(answers)}
    assert windows["offer"] == timing.Window(date(2026, 3, 25), date(2026, 3, 26))
    assert windows["offer-questions"] == timing.Window(date(2026, 3, 26), date(2026, 3, 27))
    assert windows["offer-decide"] == timing.Window(date(2026, 3, 30), date(2026, 3, 31))


def test_an_offer_on_a_friday_is_read_on_the_working_days_after_it(writer):
    planned = dict(steps(writer, date(2026, 3, 27), offer_date="2026-03-27", answer_by="2026-04-06"))
    assert planned["offer"] == date(2026, 3, 27)
    assert planned["offer-questions"] == date(2026, 3, 30)
    # The answer is due on a Monday: decide on the Thursday or Friday before.
    assert planned["offer-decide"] == date(2026, 4, 2)


def test_an_answer_due_the_next_day_leaves_no_room_for_a_separate_step(writer):
    values = dict(offer_date="2026-03-25", answer_by="2026-03-26")
    assert [key for key, _ in steps(writer, date(2026, 3, 25), **values)] == ["offer", "offer-answer"]
    result = writer.render(date(2026, 3, 25), **values)
    assert writer.advice_for(result, "answer_by").startswith("That is very little time. If you need more, ask for it today")
    # Two days: the questions fit, the reminder to decide does not.
    keys = [key for key, _ in steps(writer, date(2026, 3, 25), offer_date="2026-03-25", answer_by="2026-03-27")]
    assert keys == ["offer", "offer-questions", "offer-answer"]


def test_asking_for_time_comes_early_and_names_a_date(writer):
    body = writer.body(date(2026, 3, 26), **OFFER)
    assert "If you need more time, ask for it now, not on the last day: name the date you will answer by" in body
    assert "Your answer is due on Wednesday, April 1, 2026." in body
    assert "Do not let the date pass without a word." in body


def test_without_a_date_for_the_answer_the_plan_asks_for_one(writer):
    result = writer.render(date(2026, 3, 25), offer_date="2026-03-25")
    assert [key for key, _ in steps(writer, date(2026, 3, 25), offer_date="2026-03-25")] == ["offer", "offer-questions"]
    assert writer.advice_for(result, "answer_by").startswith("Ask when they need your answer, and add the date")


def test_a_long_time_to_answer_is_questioned_and_a_passed_one_is_a_warning(writer):
    long = writer.render(date(2026, 3, 25), offer_date="2026-03-25", answer_by="2026-04-10")
    assert writer.advice_for(long, "answer_by").startswith("That is more than two weeks, longer than most employers give.")
    usual = writer.render(date(2026, 3, 25), offer_date="2026-03-25", answer_by="2026-04-08")
    assert writer.advice_for(usual, "answer_by") == ""
    late = writer.render(date(2026, 4, 2), **OFFER)
    assert [m.level for m in writer.messages_for(late, "answer_by")] == ["warning"]
    assert "(passed): Your answer is due" in late.letters[0].body


def test_accepting_brings_telling_the_others_and_thanking_references_and_ends_the_answer_steps(writer):
    # Accepted on Friday March 27, before the answer was due.
    # The days for questions were still open: moot once you said yes.
    planned = steps(writer, date(2026, 3, 27), accepted_date="2026-03-27", **OFFER)
    assert planned == [
        ("thank-you", date(2026, 3, 12)), ("offer", date(2026, 3, 25)),
        ("tell-employers", date(2026, 3, 27)), ("thank-references", date(2026, 3, 27)),
    ]
    answers = check_answers(writer.spec, {**ANSWERS, **OFFER, "accepted_date": "2026-03-27"})
    windows = {step.key: step.window for step in planner.plan(answers)}
    # Within a day or two, on working days: to Monday; within a week, any day.
    assert windows["tell-employers"] == timing.Window(date(2026, 3, 27), date(2026, 3, 30))
    assert windows["thank-references"] == timing.Window(date(2026, 3, 27), date(2026, 4, 3))
    result = writer.render(date(2026, 3, 27), accepted_date="2026-03-27", **OFFER)
    body = result.letters[0].body
    assert "ask them to withdraw your application. Cancel any interviews you have booked." in body
    assert "Within a week of accepting, tell each reference you got the job" in body
    assert "stop applying and interviewing" in writer.advice_for(result)
    assert writer.advice_for(result, "accepted_date") == ""
    waiting = writer.render(date(2026, 3, 26), **OFFER)
    assert writer.advice_for(waiting, "accepted_date").startswith("When you accept in writing, add the date")
    assert "keep your other applications going" in writer.advice_for(waiting)


def test_accepting_after_the_date_keeps_the_answer_steps_as_history(writer):
    planned = dict(steps(writer, date(2026, 4, 2), accepted_date="2026-04-02", **OFFER))
    assert planned["offer-answer"] == date(2026, 4, 1) and planned["tell-employers"] == date(2026, 4, 2)
    assert planned["offer-questions"] == date(2026, 3, 26) and planned["offer-decide"] == date(2026, 3, 30)
    # Accepted on the last day: the day's own step is moot, the ones before stay.
    last = dict(steps(writer, date(2026, 4, 1), accepted_date="2026-04-01", **OFFER))
    assert "offer-answer" not in last and last["offer-decide"] == date(2026, 3, 30)


@pytest.mark.parametrize("label, says", [
    ("References", "Tell each of your references that the employer will contact them"),
    ("Reference check", "Tell each of your references"),
    ("Right-to-work check", "a British or Irish passport is enough"),
    ("Form I-9", "Form I-9 by your first day"),
    ("Share code", "a share code on GOV.UK"),
    ("Background check", "Fill in and return their consent form"),
    ("DBS check", "consent form"),
    ("Proof of degree", "Send proof, such as a copy of your certificate or license"),
    ("Nursing licence", "Send proof"),
    ("Criminal record certificate", "consent form"),
    ("Proof of accreditation", "Send what they asked for"),
    ("Visa", "Get your documents ready"),
    ("Medical questionnaire", "Send what they asked for, and keep a copy."),
])
def test_each_condition_says_what_to_send(writer, label, says):
    body = writer.body(date(2026, 3, 26), condition_1=label, condition_1_date="2026-04-10", **OFFER)
    assert f"Wednesday, April 8, 2026: Condition of the offer: {label}\nDue by Friday, April 10, 2026. " in body
    assert says in body


def test_conditions_open_two_working_days_before_their_date_and_never_before_the_offer(writer):
    values = dict(OFFER, condition_1="References", condition_1_date="2026-03-30",
                  condition_2="Background check", condition_2_date="2026-03-25",
                  condition_3="Proof of degree", condition_3_date="2026-04-13")
    planned = dict(steps(writer, date(2026, 3, 25), **values))
    assert planned["condition-1"] == date(2026, 3, 26)   # Monday's: the Thursday before
    assert planned["condition-2"] == date(2026, 3, 25)   # due the day of the offer
    assert planned["condition-3"] == date(2026, 4, 9)
    result = writer.render(date(2026, 3, 25), **values)
    assert writer.advice_for(result, "condition_1").startswith("Give notice at your current job only once the checks are done")


def test_a_condition_due_after_the_start_is_pointed_out(writer):
    result = writer.render(date(2026, 3, 26), start_date="2026-04-20", condition_1="References",
                           condition_1_date="2026-04-24", **OFFER)
    assert writer.advice_for(result, "condition_1_date").startswith("This is due after your start date.")


def test_the_start_date_brings_a_step_to_confirm_the_first_day(writer):
    planned = dict(steps(writer, date(2026, 3, 26), start_date="2026-04-27", **OFFER))
    # Monday April 27: a week before (Monday April 20) to two working days before.
    assert planned["first-day-details"] == date(2026, 4, 20) and planned["start"] == date(2026, 4, 27)
    answers = check_answers(writer.spec, {**ANSWERS, **OFFER, "start_date": "2026-04-27"})
    details = next(step for step in planner.plan(answers) if step.key == "first-day-details")
    assert details.window == timing.Window(date(2026, 4, 20), date(2026, 4, 23))
    # A start two days after the offer leaves no room for it.
    soon = dict(steps(writer, date(2026, 3, 25), offer_date="2026-03-25", answer_by="2026-03-26", start_date="2026-03-27"))
    assert "first-day-details" not in soon and soon["start"] == date(2026, 3, 27)
    alone = writer.render(date(2026, 3, 26), start_date="2026-04-27", **OFFER)
    assert "“subject to” references or other checks" in writer.advice_for(alone, "condition_1")


def test_an_offer_after_a_no_ends_the_no_s_steps(writer):
    values = dict(interview_date="2026-03-12", rejected_date="2026-03-20", stay_in_touch="yes",
                  offer_date="2026-04-01", answer_by="2026-04-08")
    # The reminder about advice (Monday March 30) came before the offer and stays.
    planned = dict(steps(writer, date(2026, 4, 1), **values))
    assert planned["reply"] == date(2026, 3, 20) and planned["advice-reminder"] == date(2026, 3, 30)
    assert not any(key.startswith("radar") for key in planned)
    assert planned["offer"] == date(2026, 4, 1)
    sooner = dict(steps(writer, date(2026, 3, 27), **{**values, "offer_date": "2026-03-27", "answer_by": "2026-04-03"}))
    assert "advice-reminder" not in sooner and "radar-1" not in sooner
    result = writer.render(date(2026, 4, 1), **values)
    assert writer.advice_for(result, "stay_in_touch") == "" and "one thread of it" not in writer.advice_for(result)


def test_a_no_after_an_offer_ends_the_offer_s_steps(writer):
    values = dict(OFFER, start_date="2026-04-27", rejected_date="2026-03-27")
    planned = dict(steps(writer, date(2026, 3, 27), **values))
    assert planned["offer-questions"] == date(2026, 3, 26) and planned["reply"] == date(2026, 3, 27)
    assert not {"offer-decide", "offer-answer", "first-day-details", "start"} & set(planned)
    result = writer.render(date(2026, 3, 27), **values)
    assert writer.advice_for(result, "answer_by") == "" and "one thread of it" in writer.advice_for(result)


def test_an_offer_stops_the_advice_about_waiting(writer):
    result = writer.render(date(2026, 3, 26), decision_date="2026-03-27", decision_weeks="1", **OFFER)
    assert writer.advice_for(result, "decision_date") == writer.advice_for(result, "decision_weeks") == ""
    assert writer.advice_for(result, "interview_date") == ""  # no late thank-you nudge after an offer
    assert "while you wait on this one" not in writer.advice_for(result)


@pytest.mark.parametrize("values, field, text", [
    (dict(applied_date="2026-03-10", offer_date="2026-03-01"), "offer_date",
     "The date of the offer must be on or after the date you applied"),
    (dict(interview_date="2026-03-10", offer_date="2026-03-09"), "offer_date",
     "The date of the offer must be on or after your interview"),
    (dict(rejected_date="2026-03-10", offer_date="2026-03-10"), "offer_date",
     "The offer and the no cannot be on the same day. Check both dates"),
    (dict(offer_date="2026-03-10", answer_by="2026-03-09"), "answer_by",
     "The date for your answer must be on or after the date of the offer"),
    (dict(offer_date="2026-03-10", accepted_date="2026-03-09"), "accepted_date",
     "The date you accepted must be on or after the date of the offer"),
    (dict(offer_date="2026-03-10", accepted_date="2026-03-19", start_date="2026-03-18"), "accepted_date",
     "The date you accepted must be on or before your start date"),
    (dict(offer_date="2026-03-10", start_date="2026-03-09"), "start_date",
     "Your start date must be on or after the date of the offer"),
    (dict(offer_date="2026-03-10", answer_by="2026-03-17", start_date="2026-03-16"), "start_date",
     "Your start date must be on or after the date your answer is due"),
    (dict(offer_date="2026-03-10", condition_2="References", condition_2_date="2026-03-09"), "condition_2_date",
     "The date the second condition is due must be on or after the date of the offer"),
    (dict(applied_date="2026-03-01", answer_by="2026-03-17"), "offer_date",
     "Enter the date they offered you the job too: the offer's steps count from it"),
    (dict(offer_date="2026-03-10", condition_1="References"), "condition_1_date",
     "Enter the date the first condition is due. If they did not say, ask them"),
    (dict(offer_date="2026-03-10", condition_3_date="2026-03-12"), "condition_3",
     "Enter what is due on this date, for example References"),
])
def test_impossible_offer_dates_are_refused_beside_their_field(writer, values, field, text):
    result = writer.render(date(2026, 3, 20), **values)
    assert [(e.field, e.text) for e in result.errors] == [(field, text)]
    assert result.files == ()


def test_an_unreadable_condition_date_is_reported_once(writer):
    result = writer.render(date(2026, 3, 20), offer_date="2026-03-10", condition_1="References",
                           condition_1_date="2026-02-30")
    assert [(e.field, e.text) for e in result.errors] == [
        ("condition_1_date", "Date the first condition is due must be a real date, for example 2026-03-12"),
    ]


@pytest.mark.parametrize("field, what", [("offer_date", "they offered you the job"),
                                         ("accepted_date", "you accepted in writing")])
def test_an_offer_or_acceptance_dated_in_the_future_is_questioned(writer, field, what):
    values = {"offer_date": "2026-03-10", field: "2026-03-25"}
    result = writer.render(date(2026, 3, 20), **values)
    assert result.ok and writer.advice_for(result, field).startswith(
        f"This date is in the future. Check it: it should be the day {what}.")


def test_the_offer_steps_go_in_the_calendar_with_their_own_uids(writer):
    values = dict(OFFER, start_date="2026-04-27", condition_1="References", condition_1_date="2026-04-03")
    result = writer.render(date(2026, 3, 26), **values)
    found = events(result)
    assert [(day, summary.split(":")[0]) for day, summary, _ in found] == [
        (date(2026, 3, 26), "Ask for the offer in writing"),   # open until today
        (date(2026, 3, 26), "Read the offer and send your questions"),
        (date(2026, 3, 30), "Decide on the offer"),
        (date(2026, 4, 1), "Your answer is due"),
        (date(2026, 4, 1), "Condition of the offer"),
        (date(2026, 4, 20), "Confirm the details of your first day"),
        (date(2026, 4, 27), "Your first day"),
    ]
    assert found[4][1] == "Condition of the offer: References: Data Analyst at Northwind Health"
    moved = writer.render(date(2026, 3, 26), **{**values, "answer_by": "2026-04-02"})

    def uids(result):
        return [str(v["UID"]) for v in icalendar.Calendar.from_ical(result.files[0].text).walk("VEVENT")]

    assert sorted(uids(result)) == sorted(uids(moved))  # importing it again updates the events


def test_the_offer_timing_agrees_with_the_guides():
    guides = {name: (ROOT / "docs" / "offer" / f"{name}.md").read_text(encoding="utf-8")
              for name in ("you-got-an-offer", "negotiating", "saying-no", "after-you-accept")}
    assert "Ask for the offer in writing, and agree on a date for your answer." in guides["you-got-an-offer"]
    assert "**The next day or two:** read every term and send your questions." in guides["you-got-an-offer"]
    assert "If that is not enough, ask for more soon, not on the last day. Give a date" in guides["you-got-an-offer"]
    assert "a week is common. Some give two weeks" in guides["you-got-an-offer"]
    assert timing.in_words(timing.USUAL_ANSWER_DAYS) == "a week"
    assert timing.in_words(timing.LONGEST_USUAL_ANSWER_DAYS) == "two weeks"
    assert "**Within a day or two of the offer:** send your ask by email." in guides["negotiating"]
    assert "Call first if you can,** then confirm by email the same day." in guides["saying-no"]
    assert f"**{timing.TELL_OTHER_EMPLOYERS.span.capitalize()}:** tell every other employer" in guides["after-you-accept"]
    assert f"**{timing.THANK_REFERENCES.span.capitalize()}:** thank your references" in guides["after-you-accept"]
    assert "So hand in your notice only when the checks are done and the offer is final." in guides["you-got-an-offer"]


@st.composite
def offer_answers(draw):
    """An offer after an interview, its dates in order, each present or not,
    sometimes with a no before or after it."""
    interview = draw(st.dates(date(2025, 1, 1), date(2027, 6, 30)))
    offer = interview + timedelta(days=draw(st.integers(0, 30)))
    values = {"organization": "Northwind Health", "interview_date": interview.isoformat(),
              "offer_date": offer.isoformat()}
    answer_by = offer + timedelta(days=draw(st.integers(0, 21)))
    if draw(st.booleans()):
        values["answer_by"] = answer_by.isoformat()
    start = answer_by + timedelta(days=draw(st.integers(0, 60)))
    if draw(st.booleans()):
        values["start_date"] = start.isoformat()
        if draw(st.booleans()):
            values["accepted_date"] = (offer + timedelta(days=draw(st.integers(0, (start - offer).days)))).isoformat()
    elif draw(st.booleans()):
        values["accepted_date"] = (offer + timedelta(days=draw(st.integers(0, 30)))).isoformat()
    for number, label in enumerate(["References", "Right-to-work check", "A&B, Inc. form"], start=1):
        if draw(st.booleans()):
            values[f"condition_{number}"] = label
            values[f"condition_{number}_date"] = (offer + timedelta(days=draw(st.integers(0, 90)))).isoformat()
    if draw(st.booleans()):
        values["rejected_date"] = (offer + timedelta(days=draw(st.sampled_from([-3, -1, 1, 5, 40])))).isoformat()
        if date.fromisoformat(values["rejected_date"]) < interview:
            del values["rejected_date"]
        values["stay_in_touch"] = draw(st.sampled_from(["yes", "no"]))
    return values


# Steps on a day someone else chose, or that answer news whatever the day.
ANY_DAY = ("thank-you", "reply", "decision", "offer", "offer-answer", "thank-references", "start")


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(offer_answers(), st.dates(date(2025, 1, 1), date(2028, 1, 1)))
def test_any_offer_gives_a_dated_plan_and_a_matching_calendar(writer, values, today):
    result = writer.render_only(today, **values)
    assert result.ok, result.errors
    plan = planner.plan(check_answers(writer.spec, values))
    offer = date.fromisoformat(values["offer_date"])
    rejected = date.fromisoformat(values["rejected_date"]) if "rejected_date" in values else None
    keys = [step.key for step in plan]
    assert len(keys) == len(set(keys))
    for step in plan:
        if not step.key.startswith(ANY_DAY) and not step.key.startswith("condition"):
            assert step.day.weekday() < 5, step
        assert step.window.closes is None or step.window.opens <= step.window.closes, step
        if step.key in ("decision", "check-in-1", "check-in-2", "application"):
            assert step.day < offer, step
        if step.key.startswith("offer-") or step.key in ("first-day-details",):
            assert step.day >= offer and (not rejected or rejected < offer or step.day <= rejected), step
        if step.key in ("offer-questions", "offer-decide") and "answer_by" in values:
            assert step.window.closes < date.fromisoformat(values["answer_by"]), step
    if "accepted_date" in values and (not rejected or rejected < offer):
        assert {"tell-employers", "thank-references"} <= set(keys)
        accepted = date.fromisoformat(values["accepted_date"])
        assert all(step.window.closes < accepted for step in plan
                   if step.key in ("offer-questions", "offer-decide", "offer-answer"))
    ahead = [s for s in plan if not s.window.has_passed(today)]
    for step in plan:
        passed = f"{planner.full_date(step.day)} (passed): {step.title}" in result.letters[0].body
        assert passed == step.window.has_passed(today), step
    if ahead:
        assert [day for day, _, _ in events(result)] == [max(s.day, today) for s in ahead]
    else:
        assert result.files == ()
