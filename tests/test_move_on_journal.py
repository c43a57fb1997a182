"""The move-on journal: entry checks, the pattern summary, the export, the
browser calls and the generated form. Golden answers in tests/golden/move-on-journal/
(the same cases run in Pyodide in test_pyodide.py)."""

from __future__ import annotations

import json
import os
import re
from datetime import date, timedelta

import pytest

import generators
from generators.tools import move_on_journal as journal
from generators.web.browser import CALLS, call
from macros.forms import TEMPLATES
from macros.journal import control_id, journal as journal_macro

from support.golden import journal_cases, readable
from support.paths import ROOT

TODAY = date(2026, 3, 10)
GUIDE = (ROOT / "docs" / "at-work" / "time-to-move-on.md").read_text(encoding="utf-8")
CASES = journal_cases()


def entry(day: str, trigger: str, reaction: str = "Went for a walk", why: str = "", serious: bool = False) -> dict:
    return {"date": day, "trigger": trigger, "reaction": reaction, "why": why, "serious": serious}


def days(start: date, offsets, trigger="Something else happened {n}", reaction="Reaction number {n}"):
    return [
        entry((start + timedelta(days=o)).isoformat(), trigger.format(n=n), reaction.format(n=n))
        for n, o in enumerate(offsets)
    ]


# --- golden answers -----------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_golden_journal_answer(case):
    text = readable(case.call, call(case.call, json.dumps(case.args)))
    if os.environ.get("GOLDEN_UPDATE") == "1":
        case.expected_path.write_text(text, encoding="utf-8")
    assert case.expected_path.exists(), f"missing {case.expected_path}: run with GOLDEN_UPDATE=1 and review it"
    assert text == case.expected_path.read_text(encoding="utf-8")


def test_golden_cases_cover_every_call():
    assert {c.call for c in CASES} == {"journal_entry", "journal_summary", "journal_export"}


# --- one entry ----------------------------------------------------------------

def test_a_complete_entry_is_cleaned_and_dated_in_words():
    answer = journal.check_entry(
        {"date": "2026-03-09", "trigger": "  Took   credit\nfor my work. ", "reaction": "Left", "why": "Again",
         "serious": []},
        TODAY,
    )
    assert answer["ok"] and answer["errors"] == []
    assert answer["entry"] == {
        "date": "2026-03-09", "when": "March 9, 2026", "trigger": "Took credit for my work.",
        "reaction": "Left", "why": "Again", "serious": False,
    }
    assert answer["speak_up"] == ""


def test_every_missing_answer_has_its_own_message_in_form_order():
    answer = journal.check_entry({}, TODAY)
    assert not answer["ok"] and answer["entry"] is None
    assert [(m["field"], m["text"]) for m in answer["errors"]] == [
        ("date", "Enter the date it happened"),
        ("trigger", "Enter what happened"),
        ("reaction", "Enter how you reacted"),
    ]


def test_a_date_in_the_future_is_refused():
    answer = journal.check_entry(entry("2026-03-11", "x", "y"), TODAY)
    assert [(m["field"], m["text"]) for m in answer["errors"]] == [("date", "The date must be today or earlier")]
    assert journal.check_entry(entry("2026-03-10", "x", "y"), TODAY)["ok"]


def test_a_date_that_does_not_exist_is_refused():
    answer = journal.check_entry(entry("2026-02-30", "x", "y"), TODAY)
    assert answer["errors"][0]["text"] == "Date must be a real date, for example 2026-03-12"


def test_long_text_is_refused_with_the_count():
    answer = journal.check_entry(entry("2026-03-09", "a" * 501, "y"), TODAY)
    assert answer["errors"][0]["text"] == "What happened (the trigger) must be 500 characters or fewer. You have 501."


def test_hidden_characters_and_unknown_answers_are_reported():
    answer = journal.check_entry({**entry("2026-03-09", "Sam \u202eevil\u202c", "y"), "extra": "1"}, TODAY)
    assert answer["ok"] and answer["entry"]["trigger"] == "Sam evil"
    texts = [m["text"] for m in answer["notices"]]
    assert "What happened (the trigger): hidden formatting characters were removed." in texts
    assert "Some answers did not match a question on this form and were ignored." in texts


def test_an_entry_without_why_is_accepted_with_a_nudge():
    answer = journal.check_entry(entry("2026-03-09", "x", "y"), TODAY)
    assert answer["ok"]
    assert [(m["field"], m["level"]) for m in answer["advice"]] == [("why", "info")]
    assert journal.check_entry(entry("2026-03-09", "x", "y", why="z"), TODAY)["advice"] == []


@pytest.mark.parametrize("mark", [["yes"], True])
def test_harassment_brings_the_speak_up_message_on_the_first_entry(mark):
    answer = journal.check_entry({**entry("2026-03-09", "x", "y"), "serious": mark}, TODAY)
    assert answer["entry"]["serious"] is True
    assert answer["speak_up"] == journal.SPEAK_UP
    assert "Do not wait" in journal.SPEAK_UP and "human resources" in journal.SPEAK_UP


def test_the_speak_up_message_agrees_with_the_guide():
    assert "speak up right away" in GUIDE and "Tell your supervisor, human resources, or another person you trust at work" in GUIDE
    assert "Tell your supervisor, human resources, or another person you trust at work" in journal.SPEAK_UP


# --- the summary --------------------------------------------------------------

def test_fewer_than_five_entries_give_progress_only():
    summary = journal.summarise(days(date(2026, 3, 1), [0, 2, 4]), TODAY)
    assert summary["count"] == 3 and summary["needed"] == 2
    assert summary["progress"] == ("You have three entries. Add two more before you look for a pattern: "
                                   "one entry tells you little.")
    assert summary["questions"] == [] and summary["signals"] == [] and summary["triggers"] == []
    assert summary["speak_up"] is None


def test_a_single_marked_entry_is_enough_for_the_speak_up_message():
    summary = journal.summarise([entry("2026-03-09", "x", "y", serious=True)], TODAY)
    assert summary["count"] == 1 and summary["questions"] == []
    assert summary["speak_up"] == {"title": "Speak up now", "text": journal.SPEAK_UP, "dates": ["March 9, 2026"]}


def assert_guide_lists(title: str, groups: list[tuple[str, list[str]]]):
    """The guide's section "### <title>" lists exactly these groups: each a
    bold heading, then its items, in this order, and no other items."""
    section = GUIDE.split(f"### {title}\n", 1)[1].split("\n#", 1)[0]
    listed = "\n\n".join(f"**{group}**\n\n" + "\n".join(f"- {item}" for item in items) for group, items in groups)
    assert f"\n\n{listed}\n" in section
    assert section.count("\n- ") == sum(len(items) for _, items in groups)


def note(summary: dict, key: str) -> str:
    """The note the summary gives the review question with this key."""
    text = dict(item for _, items in journal.QUESTION_GROUPS for item in items)[key]
    return next(q["note"] for q in summary["questions"] if q["question"] == text)


def signal(summary: dict, word: str) -> dict:
    """The summary's signal that the word may point to."""
    text = next(text for text, words in journal.SIGNALS if word in words)
    return next(s for s in summary["signals"] if s["text"] == text)


def test_the_review_questions_are_the_guides_in_its_groups_and_order():
    assert_guide_lists("The review questions", [
        (group, [text for _, text in items]) for group, items in journal.QUESTION_GROUPS
    ])
    keys = [key for _, items in journal.QUESTION_GROUPS for key, _ in items]
    assert len(set(keys)) == len(keys) == len(journal.QUESTIONS)


def test_the_signals_are_the_guides_in_its_groups_and_order():
    assert_guide_lists("Signals that it may be time to leave", [
        (group, [text for text, _ in signals]) for group, signals in journal.SIGNAL_GROUPS
    ])


def test_five_entries_bring_every_question_and_signal_with_its_group():
    summary = journal.summarise(days(date(2026, 3, 1), range(5)), TODAY)
    assert summary["needed"] == 0 and summary["progress"] == "You have five entries, enough to look for a pattern."
    assert [(q["group"], q["question"]) for q in summary["questions"]] == [
        (group, text) for group, items in journal.QUESTION_GROUPS for _, text in items
    ]
    assert [(s["group"], s["text"]) for s in summary["signals"]] == [
        (group, text) for group, signals in journal.SIGNAL_GROUPS for text, _ in signals
    ]
    assert summary["closing"] == journal.CLOSING
    assert "start your search while you still have the job" in summary["closing"]
    assert "start your search while you still have the job" in GUIDE


def test_every_note_belongs_to_a_review_question():
    entries = days(date(2026, 3, 1), range(5))
    notes = journal._notes(entries, TODAY, [], [], [])
    keys = {key for _, items in journal.QUESTION_GROUPS for key, _ in items}
    assert set(notes) <= keys and {"trigger", "reaction", "reason", "pace", "break"} <= set(notes)


def test_repeats_join_a_phrase_and_count_plurals_as_one():
    entries = [
        entry("2026-03-01", "Sam took credit for my report"),
        entry("2026-03-02", "In the meetings, Sam took credit again"),
        entry("2026-03-03", "A long meeting"),
        entry("2026-03-04", "The printer broke"),
    ]
    found = journal.repeats([{**e, "when": e["date"]} for e in entries], "trigger")
    assert found == [
        {"words": "Sam took credit", "count": 2, "dates": ["2026-03-01", "2026-03-02"]},
        {"words": "meetings", "count": 2, "dates": ["2026-03-02", "2026-03-03"]},
    ]


def test_stopwords_and_short_words_never_count_as_a_pattern():
    entries = [{**entry(f"2026-03-0{n}", "It was the same as I had said to them"), "when": ""} for n in range(1, 4)]
    assert journal.repeats(entries, "trigger") == [{"words": "said", "count": 3, "dates": ["", "", ""]}]


@pytest.mark.parametrize("repeat, expected", [
    (5, "Every time: “Sam took credit” comes up in all five of your triggers."),
    (3, "Often: “Sam took credit” comes up in three of your five triggers."),
    (2, "Sometimes: “Sam took credit” comes up in two of your five triggers. The rest differ."),
    (0, "Not in the words you used: no word comes up in more than one trigger."),
])
def test_the_same_trigger_question_is_answered_from_the_repeats(repeat, expected):
    entries = days(date(2026, 3, 1), range(5))
    for row, text in enumerate(("The printer jammed", "Payroll was late", "Client changed the brief",
                                "Nobody read my proposal", "Training ran over")):
        entries[row]["trigger"] = text
    for row in range(repeat):
        entries[row]["trigger"] = f"Sam took credit, case {row}"
    assert note(journal.summarise(entries, date(2026, 3, 6)), "trigger").startswith(expected)


def test_the_reaction_question_is_answered_from_the_reactions():
    entries = days(date(2026, 3, 1), range(5))
    for row in range(4):
        entries[row]["reaction"] = "I went quiet"
    assert note(journal.summarise(entries, date(2026, 3, 6)), "reaction") == (
        "Often: “went quiet” comes up in four of your five reactions."
    )


def test_a_reason_that_repeats_is_offered_as_the_problem_to_solve():
    entries = days(date(2026, 3, 1), range(5))
    entries[0]["why"] = entries[3]["why"] = "I do not feel supported"
    assert note(journal.summarise(entries, date(2026, 3, 6)), "reason").startswith(
        "“supported” comes up in two of your reasons."
    )


@pytest.mark.parametrize("given, expected", [
    (0, "None of your entries says why it bothered you. The reason often tells you more than what happened"),
    (1, "Only one of your five entries says why it bothered you. The reason often"),
    (3, "No word comes up in more than one of your reasons. Only three of your five entries say why it bothered"),
    (5, "No word comes up in more than one of your reasons."),
])
def test_reasons_that_differ_or_are_missing_are_said_so(given, expected):
    entries = days(date(2026, 3, 1), range(5))
    for row in range(given):
        entries[row]["why"] = ("Payroll was late", "Nobody listened", "The printer jammed", "Rain", "Traffic")[row]
    found = note(journal.summarise(entries, date(2026, 3, 6)), "reason")
    assert found.startswith(expected)
    assert found.endswith("so add it next time.") == (given < 5)


def test_entries_close_together_suggest_time_off():
    summary = journal.summarise(days(date(2026, 3, 1), [0, 3, 6, 9, 13]), date(2026, 3, 14))
    assert note(summary, "break").startswith("All five entries fall within 14 days.")
    summary = journal.summarise(days(date(2026, 3, 1), [0, 3, 6, 9, 14]), date(2026, 3, 15))
    assert note(summary, "break") == ""


@pytest.mark.parametrize("offsets, start", [
    ([0, 40, 50, 55, 58], "Your entries are coming closer together: over 58 days, one in the first half of that time and four in the second."),
    ([0, 2, 5, 8, 58], "Your entries are spreading out: over 58 days, four in the first half of that time and one in the second."),
    ([0, 10, 20, 40, 58], "Your entries come at a steady pace: over 58 days, three in the first half of that time and two in the second."),
])
def test_the_getting_worse_question_reads_the_pace(offsets, start):
    entries = days(date(2026, 1, 1), offsets)
    last = date(2026, 1, 1) + timedelta(days=offsets[-1])
    assert note(journal.summarise(entries, last), "pace") == start


def test_a_long_quiet_spell_may_mean_it_is_easing():
    entries = days(date(2026, 1, 1), [0, 5, 10, 15, 20])
    assert note(journal.summarise(entries, date(2026, 3, 1)), "pace") == "Your last entry is from January 21, 2026, 39 days ago. If nothing has set you off since, it may be easing."


def test_signals_list_the_entries_and_words_that_may_touch_on_them():
    entries = days(date(2026, 3, 1), range(5))
    entries[1]["why"] = "I found out I am underpaid"
    entries[4]["trigger"] = "My boss shouted at me"
    summary = journal.summarise(entries, date(2026, 3, 6))
    assert signal(summary, "pay")["matches"] == [{"date": "March 2, 2026", "word": "underpaid"}]
    assert signal(summary, "boss")["matches"] == [{"date": "March 5, 2026", "word": "boss"}]
    others = [s for s in summary["signals"] if s not in (signal(summary, "pay"), signal(summary, "boss"))]
    assert len(others) == len(journal.SIGNALS) - 2 and all(s["matches"] == [] for s in others)


def test_stored_entries_that_cannot_be_read_are_left_out_and_counted():
    good = days(date(2026, 3, 1), range(5))
    stored = good + [{"date": "soon", "trigger": "x", "reaction": "y"}, "text", None, {"trigger": "no date"}]
    summary = journal.summarise(stored, TODAY)
    assert summary["count"] == 5
    assert summary["notices"] == ["Four saved entries could not be read and were left out."]
    assert journal.summarise({"not": "a list"}, TODAY)["count"] == 0


def test_entries_are_read_in_date_order_whatever_the_stored_order():
    entries = days(date(2026, 3, 1), [4, 0, 2])
    text = journal.export_text(entries)["text"]
    assert text.index("March 1, 2026") < text.index("March 3, 2026") < text.index("March 5, 2026")


def test_the_number_of_entries_read_is_capped():
    entries = days(date(2020, 1, 1), range(journal.MAX_ENTRIES + 3))
    summary = journal.summarise(entries, date(2030, 1, 1))
    assert summary["count"] == journal.MAX_ENTRIES
    assert summary["notices"] == ["Three saved entries could not be read and were left out."]


# --- the export ---------------------------------------------------------------

def test_the_export_holds_every_entry_and_field():
    entries = days(date(2026, 3, 1), range(2))
    entries[0]["why"] = "Because"
    entries[1]["serious"] = True
    exported = journal.export_text(entries)
    assert exported["name"] == "move-on-journal.txt" and exported["type"] == "text/plain;charset=utf-8"
    text = exported["text"]
    for e in entries:
        assert e["trigger"] in text and e["reaction"] in text
    assert "Why it bothered me: Because" in text
    assert "Marked as harassment, bullying or another serious matter." in text
    assert text.startswith("Is it time to move on? My journal\n\nSpeak up now: ")
    assert "Questions to ask yourself" not in text


def test_the_export_adds_the_review_after_five_entries():
    text = journal.export_text(days(date(2026, 3, 1), range(5)))["text"]
    questions = text.split("Questions to ask yourself:\n\n", 1)[1].split("Signals that it may be time to leave:", 1)[0]
    for group, items in journal.QUESTION_GROUPS:
        block = questions.split(f"{group}\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert len(block) == len(items)
        assert all(line.startswith(f"- {text}") for line, (_, text) in zip(block, items))
    signals = text.split("Signals that it may be time to leave:\n\n", 1)[1]
    for group, items in journal.SIGNAL_GROUPS:
        block = signals.split(f"{group}\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert block == [f"- {text}" for text, _ in items]
    assert text.endswith(journal.CLOSING + "\n")


# --- wiring -------------------------------------------------------------------

def test_the_journal_is_not_a_letter_writer():
    assert not hasattr(journal, "SPEC")
    assert "move-on-journal" not in generators.SPECS


def test_the_browser_calls_are_listed():
    assert {"journal_entry", "journal_summary", "journal_export"} <= set(CALLS)
    answer = json.loads(call("journal_summary", json.dumps({"entries": [], "today": "2026-03-10"})))
    assert answer["count"] == 0


def test_the_form_is_built_from_the_entry_fields_with_the_shared_field_markup():
    html = str(journal_macro())
    assert "\n\n" not in html
    single = TEMPLATES.from_string('{% from "fields.html" import control with context %}{{ control(key, f, f.required, f.label) }}')
    for f in journal.ENTRY_FIELDS:
        assert f'id="{control_id(f.name if f.kind != "checkboxes" else f.name + "-yes")}"' in html
        block = "\n".join(line for line in single.render(key=f.name, f=f, cid=control_id).splitlines() if line.strip())
        assert block in html
    assert journal.SPEAK_UP in html and "Delete all entries" in html and "Export as text" in html


def test_the_guide_links_to_the_journal():
    assert "(../letters/move-on-journal.md)" in GUIDE
    assert re.search(r"five entries", (ROOT / "docs" / "letters" / "move-on-journal.md").read_text(encoding="utf-8"))
