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
    assert kinds == {"application", "thank", "decision", "check", "reply", "advice", "radar"}


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
        "Enter at least one date: when you applied, the closing date, your interview, or when they turned you down",
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
