"""Tier 3: the move-on journal in Chromium, against the built site. What is
typed stays in this browser, shows the speak-up message at once when marked,
summarises after five entries, exports, and is provably gone after
"Delete all entries"."""

from __future__ import annotations

import json
from datetime import date

import pytest

from support.browser import format_violations
from generators.tools import move_on_journal
from macros.journal import control_id
from browser.writers import delete_everything

pytestmark = pytest.mark.browser

PAGE = "/letters/move-on-journal/"
KEY = "next-steps:journal"
TODAY = "2026-03-10"

ENTRIES = [
    ("2026-02-02", "Sam took credit for my report in the team meeting", "I went quiet for the rest of the day", "My manager said nothing"),
    ("2026-02-09", "A coworker moved in on my project", "I went quiet and complained to a friend", "My manager lets it happen"),
    ("2026-02-20", "Sam took credit for the dashboard", "I wrote an angry email and deleted it", ""),
    ("2026-03-02", "My raise was smaller than a new hire's", "I went quiet in the meeting", "I think I am paid unfairly"),
    ("2026-03-05", "Sam took credit again", "I went quiet and updated my résumé", "Nobody backs me up"),
]


def part(key: str) -> str:
    """The selector for one of the journal's own parts or fields, by the id its markup gives it."""
    return "#" + control_id(key)


ROOT = part("root")
ENTRIES_SHOWN = f"{ROOT} .ns-journal__list li"


def summarised(page, count: int, timeout: int = 30_000) -> None:
    """Wait until Python has summarised count entries."""
    page.wait_for_function(
        "([root, n]) => document.querySelector(root).dataset.summarised === String(n)",
        arg=[ROOT, count], timeout=timeout,
    )


def press(page, action: str) -> None:
    """Press one of the journal's buttons: export, delete, confirm-delete, cancel-delete."""
    page.click(f"{ROOT} [data-journal='{action}']")


def open_journal(module_visit):
    module_visit.page.clock.set_fixed_time(f"{TODAY}T10:00:00")
    page = module_visit.open(PAGE)
    page.wait_for_selector(f'{part("status")}[data-state="ready"]', timeout=60_000)
    return page


def stored(page) -> dict:
    """Every key this site left in either storage, with its value."""
    return page.evaluate("""() => {
        const out = {};
        for (const store of [localStorage, sessionStorage])
            for (const key of Object.keys(store)) out[key] = store.getItem(key);
        return out;
    }""")


def add(page, day, trigger, reaction, why="", serious=False, expected_count=None):
    for key, value in {"date": day, "trigger": trigger, "reaction": reaction, "why": why}.items():
        page.fill(part(key), value)
    if serious:
        page.check(part("serious-yes"))
    page.click(f"{ROOT} .ns-submit")
    if expected_count is not None:
        summarised(page, expected_count)


def add_all(page, entries=ENTRIES):
    for n, entry in enumerate(entries, start=1):
        add(page, *entry, expected_count=n)


def test_marking_harassment_says_speak_up_at_once_even_before_the_first_entry(module_visit):
    page = open_journal(module_visit)
    box = page.locator(part("speak-up"))
    assert box.inner_text() == ""
    page.check(part("serious-yes"))
    assert box.get_attribute("role") == "alert"
    assert "Speak up now" in box.inner_text() and move_on_journal.SPEAK_UP in box.inner_text()
    page.uncheck(part("serious-yes"))
    assert box.inner_text() == ""

    # Added as the first entry, the message stays beside the list.
    add(page, "2026-03-09", "My team lead mocked my accent", "I froze", serious=True, expected_count=1)
    marked = page.locator(f"{ROOT} .ns-journal__marked")
    assert marked.is_visible()
    assert "March 9, 2026" in marked.inner_text() and move_on_journal.SPEAK_UP in marked.inner_text()
    assert page.locator(f"{ROOT} .ns-journal__review").is_hidden()
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert module_visit.errors == []


def test_a_new_entry_with_gaps_is_refused_beside_each_field(module_visit):
    page = open_journal(module_visit)
    assert page.input_value(part("date")) == TODAY
    page.fill(part("date"), "2026-03-11")
    page.click(f"{ROOT} .ns-submit")
    summary = page.locator(part("errors"))
    summary.wait_for(state="visible")
    assert summary.locator("li").all_inner_texts() == [
        "Enter what happened", "Enter how you reacted", "The date must be today or earlier",
    ]
    assert page.locator(part("trigger")).get_attribute("aria-invalid") == "true"
    assert "ns-journal-trigger-error" in page.locator(part("trigger")).get_attribute("aria-describedby")
    assert stored(page).get(KEY) is None
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)


def test_five_entries_bring_the_review(module_visit):
    page = open_journal(module_visit)
    add_all(page, ENTRIES[:4])
    assert page.locator(f"{ROOT} .ns-journal__review").is_hidden()
    assert "Add one more" in page.locator(f"{ROOT} .ns-journal__progress").inner_text()
    add(page, *ENTRIES[4], expected_count=5)
    review = page.locator(f"{ROOT} .ns-journal__review")
    review.wait_for(state="visible")
    text = review.inner_text()
    assert "“Sam took credit”: 3 entries (February 2, 2026; February 20, 2026; March 5, 2026)" in text
    assert "“went quiet”: 4 entries" in text
    for question in move_on_journal.QUESTIONS:
        assert question in text
    assert "Often: “Sam took credit” comes up in three of your five triggers." in text
    for signal, _ in move_on_journal.SIGNALS:
        assert signal in text
    assert page.locator(ENTRIES_SHOWN).count() == 5
    assert page.locator(ENTRIES_SHOWN).first.inner_text().startswith("February 2, 2026")
    # What is stored is exactly what Python checked, and nothing else of the form.
    saved = json.loads(stored(page)[KEY])
    assert [e["trigger"] for e in saved] == [e[1] for e in ENTRIES]
    assert {key for key in stored(page) if key.startswith("next-steps:")} == {KEY}
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    assert module_visit.foreign_requests() == [] and all(m == "GET" for m, _ in module_visit.requests)
    assert module_visit.errors == []


def test_entries_survive_a_reload(module_visit):
    page = open_journal(module_visit)
    add_all(page, ENTRIES[:2])
    page.reload()
    summarised(page, 2, timeout=60_000)
    assert page.locator(ENTRIES_SHOWN).count() == 2


def test_export_saves_every_entry_as_text(module_visit, tmp_path):
    page = open_journal(module_visit)
    add_all(page)
    with page.expect_download() as info:
        press(page, "export")
    download = info.value
    assert download.suggested_filename == "move-on-journal.txt"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert text == move_on_journal.export_text(json.loads(stored(page)[KEY]))["text"]
    for entry in ENTRIES:
        assert entry[1] in text
    assert "Questions to ask yourself:" in text


def test_delete_all_entries_asks_first_and_then_leaves_nothing_behind(module_visit):
    page = open_journal(module_visit)
    add_all(page, ENTRIES[:3])
    assert KEY in stored(page)

    press(page, "delete")
    confirm = page.locator(part("confirm"))
    assert confirm.is_visible() and "Delete all 3 entries?" in confirm.inner_text()
    violations = module_visit.axe_violations()
    assert violations == [], format_violations(violations)
    press(page, "cancel-delete")
    assert confirm.is_hidden()
    assert len(json.loads(stored(page)[KEY])) == 3

    press(page, "delete")
    press(page, "confirm-delete")
    assert page.locator(f"{ROOT} .ns-journal__saved").inner_text() == "All entries are deleted from this browser."
    assert page.locator(ENTRIES_SHOWN).count() == 0
    # Read the storage back: nothing of the journal in either storage.
    left = stored(page)
    assert not any("journal" in key for key in left), left
    assert not any("Sam took credit" in value for value in left.values())
    page.reload()
    page.wait_for_selector(f'{part("status")}[data-state="ready"]', timeout=60_000)
    assert page.locator(ENTRIES_SHOWN).count() == 0
    assert not any("journal" in key for key in stored(page))


def test_the_site_wide_delete_reaches_the_journal(module_visit):
    page = open_journal(module_visit)
    add(page, *ENTRIES[0], expected_count=1)
    delete_everything(page, module_visit.base_url)
    assert not any(key.startswith("next-steps:") for key in stored(page))


def test_without_python_saved_entries_still_show_and_can_be_deleted(fresh_visit):
    fresh_visit.context.route("**/*.wasm", lambda route: route.abort())
    page = fresh_visit.open(PAGE)
    saved = move_on_journal.check_entry(
        {"date": ENTRIES[0][0], "trigger": ENTRIES[0][1], "reaction": ENTRIES[0][2]}, date(2026, 3, 10),
    )["entry"]
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps([saved])])
    page.reload()
    page.wait_for_selector(f'{part("status")}[data-state="failed"]', timeout=60_000)
    assert "Delete all entries still works" in page.locator(part("status")).inner_text()
    assert page.locator(ENTRIES_SHOWN).first.inner_text().startswith("February 2, 2026")
    page.click(f"{ROOT} .ns-submit")
    assert "could not start" in page.locator(part("status")).inner_text()
    press(page, "delete")
    press(page, "confirm-delete")
    assert page.locator(ENTRIES_SHOWN).count() == 0
    assert not any("journal" in key for key in stored(page))
