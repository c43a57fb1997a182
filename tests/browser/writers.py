"""Helpers for driving any letter writer page from its spec."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generators.core.spec import Spec

WRITER = re.compile(r'data-component="writer"[^>]*? data-writer="([a-z0-9-]+)"')


def pages_by_writer(site_dir: Path) -> dict[str, str]:
    """Map each generator id to the URL path of the page that holds its form."""
    pages = {}
    for html in sorted(site_dir.rglob("index.html")):
        for generator in WRITER.findall(html.read_text(encoding="utf-8")):
            path = "/" + str(html.parent.relative_to(site_dir)).replace("\\", "/") + "/"
            pages.setdefault(generator, path.replace("//", "/"))
    return pages


def example_today(spec: Spec, today: date | None = None) -> dict:
    """The spec's example answers moved to today: every date keeps its
    distance from the example's own day, so the letter reads as it did then
    (an interview two days ago, a follow-up date still ahead)."""
    shift = (today or date.today()) - spec.example_today
    values = dict(spec.example)
    for key, f in spec.fields():
        if f.kind == "date" and values.get(key):
            values[key] = (date.fromisoformat(values[key]) + shift).isoformat()
    return values


def typed_example(spec: Spec, today: date | None = None, changes: dict | None = None) -> dict:
    """What a person types to give the example today (with changes, if any):
    no empty or default answers."""
    defaults = spec.defaults()
    values = {**example_today(spec, today), **(changes or {})}
    return {k: v for k, v in values.items() if v and defaults.get(k) != v}


def control_id(spec: Spec, key: str) -> str:
    return f"#ns-{spec.id}-{key}"


def settled(page, spec: Spec) -> None:
    """Wait until no letter is on its way, if Python is running. Each answer
    can bring advice beside the fields above the next one: a click aimed at
    a choice while that lands moves the choice from under the pointer
    (Playwright: "Clicking the checkbox did not change its state"). Typing
    into a field needs no such wait, and neither does anything done before
    Python is ready."""
    page.wait_for_function(
        "(id) => { const w = document.querySelector(`.ns-writer[data-writer='${id}']`);"
        " return w.querySelector('.ns-status').dataset.state !== 'ready' || !('rendering' in w.dataset); }",
        arg=spec.id,
    )


def fill(page, spec: Spec, values: dict) -> None:
    """Type values into the form the way a person would, opening group rows as needed."""
    fields = dict(spec.fields())
    for key, value in values.items():
        f = fields[key]
        row = page.locator(control_id(spec, key)).locator("xpath=ancestor::fieldset[contains(@class,'ns-group__item')]")
        if row.count() and row.first.is_hidden():
            settled(page, spec)
            row.first.locator("xpath=ancestor::fieldset[@data-group]").locator(".ns-group__add").click()
        if f.kind == "radio":
            settled(page, spec)
            page.check(f"{control_id(spec, key)}-{value}")
        elif f.kind == "checkboxes":
            for choice in f.choices:
                box = f"{control_id(spec, key)}-{choice.value}"
                settled(page, spec)
                page.check(box) if choice.value in value else page.uncheck(box)
        elif f.kind == "select":
            page.select_option(control_id(spec, key), value)
        else:
            page.fill(control_id(spec, key), value)


def fill_example(page, spec: Spec, today: date | None = None, **changes) -> None:
    """Type the example (moved to today, or to the day the page's clock is
    fixed at, with changes) and wait for Python's letters."""
    fill(page, spec, typed_example(spec, today, changes))
    wait_for_python(page, spec)


def wait_for_python(page, spec: Spec, timeout: int = 60_000) -> None:
    """Wait until Python (not the build-time sample) has written the letters
    for everything typed so far (the writer drops data-rendering when idle)."""
    page.wait_for_function(
        "(id) => { const w = document.querySelector(`.ns-writer[data-writer='${id}']`);"
        " return w.querySelector('.ns-letters').dataset.draft !== undefined && !('rendering' in w.dataset); }",
        arg=spec.id, timeout=timeout,
    )


def shown_letters(page, spec: Spec) -> list[dict]:
    return page.evaluate(
        """(id) => [...document.querySelectorAll(`.ns-writer[data-writer='${id}'] .ns-letter`)].map(a => ({
            heading: a.querySelector('.ns-letter__heading').textContent,
            layout: a.dataset.layout,
            subject: a.querySelector('.ns-letter__subject').textContent,
            body: a.querySelector('.ns-letter__body').textContent,
        }))""",
        spec.id,
    )


# The writer's own parts. Every selector below is scoped to one writer's root,
# so a page with several writers (Make a link) reads the right one.

def in_writer(spec: Spec, selector: str = "") -> str:
    """The CSS selector for selector inside this spec's writer."""
    return f".ns-writer[data-writer='{spec.id}'] {selector}".rstrip()


# How a wait compares a text with what it expects.
MATCHES = {
    "contains": "(text, expected) => text.includes(expected)",
    "starts": "(text, expected) => text.startsWith(expected)",
    "ends": "(text, expected) => text.endsWith(expected)",
    "is": "(text, expected) => text === expected",
}


def wait_for_text(page, selector: str, expected: str, match: str = "contains", shown: bool = False,
                  python: Spec | None = None) -> str:
    """Wait until the first element for selector has a text that matches
    expected (and, when shown, is not hidden; when python, was written by
    Python for that writer, not the build-time sample). Returns the text."""
    page.wait_for_function(
        f"""([selector, expected, shown, writer]) => {{
            const matches = {MATCHES[match]};
            const node = document.querySelector(selector);
            if (!node || (shown && node.hidden)) return false;
            if (writer && document.querySelector(`.ns-writer[data-writer='${{writer}}'] .ns-letters`).dataset.draft === undefined) return false;
            return matches(node.textContent, expected);
        }}""",
        arg=[selector, expected, shown, python.id if python else None],
    )
    return page.locator(selector).first.text_content()


def delete_everything(page, base_url: str) -> None:
    """Press "Delete my answers" on the privacy page: every answer and journal entry, on every page."""
    page.goto(base_url + "/privacy/")
    # The button's code arrives after the page (main.mjs loads each
    # component's code where it is used): a click before it is mounted does
    # nothing, which a run of make test caught once.
    page.wait_for_selector("[data-component='forget-everything'][data-mounted]", timeout=30_000)
    page.click("[data-component='forget-everything']")
    wait_for_text(page, ".ns-forget-everything [role='status']", "Deleted")


def wait_for_hidden(page, selector: str) -> None:
    page.wait_for_function("(selector) => document.querySelector(selector).hidden", arg=selector)


def letter(page, spec: Spec, index: int = 0):
    """One letter of the writer, as a locator."""
    return page.locator(in_writer(spec, f".ns-letter[data-index='{index}']"))


def letter_action(page, spec: Spec, action: str, index: int = 0):
    """A button or link under a letter: copy-body, copy-all, email, print, download-txt..."""
    return page.locator(in_writer(spec, f".ns-letter[data-index='{index}'] [data-action='{action}']"))


def wait_for_letter(page, spec: Spec, expected: str, part: str = "body", match: str = "contains", index: int = 0) -> str:
    """Wait until Python has written a letter whose part (body, subject or
    heading) matches expected. Returns that part's text."""
    return wait_for_text(page, in_writer(spec, f".ns-letter[data-index='{index}'] .ns-letter__{part}"),
                         expected, match, python=spec)


def wait_for_letters(page, spec: Spec, count: int) -> None:
    """Wait until Python has written exactly count letters (0: nothing to send)."""
    page.wait_for_function(
        "([root, count]) => { const w = document.querySelector(root);"
        " return w.querySelector('.ns-letters').dataset.draft !== undefined"
        " && w.querySelectorAll('.ns-letters .ns-letter').length === count; }",
        arg=[in_writer(spec), count],
    )


def sendable(page, spec: Spec) -> bool:
    """Whether Python offered the letters for sending (not a draft held back)."""
    return page.locator(in_writer(spec, ".ns-letters")).get_attribute("data-draft") == "false"


def letter_details(page, spec: Spec) -> list[dict]:
    """What shown_letters leaves out: whether the subject shows, the label
    over the text, and the email link (whether it shows, and its address)."""
    return page.evaluate(
        """(root) => [...document.querySelectorAll(`${root} .ns-letters .ns-letter`)].map(a => {
            const email = a.querySelector("[data-action='email']");
            return {
                subject_shown: !a.querySelector('.ns-letter__part--subject').hidden,
                body_label: a.querySelector('.ns-letter__body-label').textContent,
                email_shown: !email.hidden,
                mailto: email.getAttribute('href'),
            };
        })""",
        in_writer(spec),
    )


def form(page, spec: Spec):
    return page.locator(in_writer(spec, ".ns-form"))


def output(page, spec: Spec):
    """The part of the writer that shows its status, advice and letters."""
    return page.locator(in_writer(spec, ".ns-output"))


def group_row(page, spec: Spec, group: str, row: int):
    """One row of a group of answers (an interviewer, a reference)."""
    return page.locator(in_writer(spec, f"[data-group='{group}'] .ns-group__item[data-row='{row}']"))


def add_group_row(page, spec: Spec, group: str) -> None:
    page.click(in_writer(spec, f"[data-group='{group}'] .ns-group__add"))


def remove_group_row(page, spec: Spec, group: str, row: int) -> None:
    group_row(page, spec, group, row).locator(f"[data-remove-row='{row}']").click()


def link_notice(page, spec: Spec):
    """The notice that answers came from a counselor's link."""
    return page.locator(in_writer(spec, ".ns-link-notice"))


def answers_status(page, spec: Spec):
    """The line that says what happened to the kept answers (back, deleted)."""
    return page.locator(in_writer(spec, ".ns-answers__status"))


def delete_answers(page, spec: Spec) -> None:
    """Press "Delete my answers"."""
    page.click(in_writer(spec, ".ns-forget"))


def status(page, spec: Spec):
    """The writer's status line (loading, ready, failed, and what a check found)."""
    return page.locator(in_writer(spec, ".ns-status"))


def wait_for_status(page, spec: Spec, expected: str, match: str = "contains") -> str:
    return wait_for_text(page, in_writer(spec, ".ns-status"), expected, match)


def field_keys(page, spec: Spec) -> list[str]:
    """The fields in the order the form shows them."""
    return page.eval_on_selector_all(in_writer(spec, ".ns-form [data-field]"), "fields => fields.map(f => f.dataset.field)")


def writer_advice(page, spec: Spec):
    """The advice box about the letter as a whole."""
    return page.locator(in_writer(spec, ".ns-advice"))


def field_advice(page, spec: Spec, key: str):
    """The advice shown beside one field."""
    return page.locator(f"{control_id(spec, key)}-advice")


def described_by(page, spec: Spec, key: str) -> list[str]:
    """The ids that make up a text field's accessible description (hint, error, advice)."""
    return (page.get_attribute(control_id(spec, key), "aria-describedby") or "").split()


def wait_for_field_advice(page, spec: Spec, key: str, expected: str = "", match: str = "contains") -> str:
    """Wait until the advice beside a field shows and matches expected (any
    advice, when expected is empty). Returns its text."""
    return wait_for_text(page, f"{control_id(spec, key)}-advice", expected, match, shown=True)


def wait_for_no_field_advice(page, spec: Spec, key: str) -> None:
    wait_for_hidden(page, f"{control_id(spec, key)}-advice")


def field_error(page, spec: Spec, key: str) -> str:
    """The error beside a field, as a screen reader hears it ("Error: ...")."""
    return page.locator(f"{control_id(spec, key)}-error").text_content()


def submit(page, spec: Spec) -> None:
    """Press the writer's "check my letter" button."""
    page.click(in_writer(spec, ".ns-submit"))


def error_summary(page, spec: Spec):
    """The box at the top of the form that lists every problem."""
    return page.locator(in_writer(spec, ".ns-error-summary"))


def wait_for_errors(page, spec: Spec) -> list[str]:
    """Wait until the error summary shows. Returns its messages, in order."""
    summary = error_summary(page, spec)
    summary.wait_for(state="visible")
    return summary.locator("a").all_inner_texts()


def follow_error_link(page, spec: Spec, index: int = 0) -> str:
    """Click a link in the error summary. Returns the id of the control it moved the focus to."""
    error_summary(page, spec).locator("a").nth(index).click()
    return page.evaluate("document.activeElement.id")


def wait_for_no_errors(page, spec: Spec) -> None:
    wait_for_hidden(page, in_writer(spec, ".ns-error-summary"))


def files(page, spec: Spec):
    """The box under the letters for files to download (a calendar file)."""
    return page.locator(in_writer(spec, ".ns-files"))


def copy_status(page, spec: Spec):
    """The line that says what a letter's button just did (copied, downloaded, too long)."""
    return page.locator(in_writer(spec, ".ns-copy-status"))


def wait_for_copy_status(page, spec: Spec, expected: str, match: str = "contains") -> str:
    return wait_for_text(page, in_writer(spec, ".ns-copy-status"), expected, match)


def clear_copy_status(page, spec: Spec) -> None:
    """Empty the copy status, so that an earlier "copied" cannot pass for the next one."""
    page.evaluate("(selector) => { document.querySelector(selector).textContent = ''; }",
                  in_writer(spec, ".ns-copy-status"))


def copy(page, spec: Spec, action: str = "copy-body", index: int = 0) -> str:
    """Press a copy button under a letter and return what reached the clipboard."""
    clear_copy_status(page, spec)
    letter_action(page, spec, action, index).click()
    wait_for_copy_status(page, spec, "copied")
    return page.evaluate("navigator.clipboard.readText()")
