"""What a reader does with a letter (copy, email, download), counselor links
and drafts: one shared mechanism, checked here on the thank-you writer and,
for the parts every page shares, on every writer."""

from __future__ import annotations

import io
from datetime import date
from urllib.parse import parse_qs, urlparse

import docx
import pytest

import generators
from browser.writers import (
    answers_status, clear_copy_status, control_id, copy, delete_answers, delete_everything, fill, fill_example, group_row, in_writer,
    letter_action, letter_details, link_notice, shown_letters, typed_example, wait_for_copy_status, wait_for_python,
    wait_for_text,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("interview-thank-you")
PAGE = "/letters/interview-thank-you/"
EXAMPLE = typed_example(SPEC)


def ready_with_example(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill_example(page, SPEC)
    return page


def first_letter(page) -> dict:
    return {**shown_letters(page, SPEC)[0], **letter_details(page, SPEC)[0]}


def test_copy_all_puts_subject_and_text_on_the_clipboard(visit):
    page = ready_with_example(visit)
    letter = first_letter(page)
    assert copy(page, SPEC, "copy-all") == f"Subject: {letter['subject']}\n\n{letter['body']}"


@pytest.mark.parametrize("how", ["mouse", "keyboard"])
def test_copy_straight_after_typing_copies_what_was_typed(visit, how):
    """A reader who types and at once presses "Copy text" gets the letter for
    every key they pressed: never nothing, never the letter of a keystroke
    ago. (A render still on its way used to make the click do nothing.)"""
    page = ready_with_example(visit)
    name_field = control_id(SPEC, "your_name")
    copy_body = letter_action(page, SPEC, "copy-body")
    for name in ["Quinn Okafor", "Mx. Rae Lindqvist", "Ana María Souza-Pereira"]:
        page.fill(name_field, "")
        clear_copy_status(page, SPEC)  # so only this copy can say "copied"
        page.type(name_field, name)  # one render request per key, none awaited
        if how == "mouse":
            copy_body.click()
        else:
            copy_body.focus()
            page.keyboard.press("Enter")
        wait_for_copy_status(page, SPEC, "copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.rstrip().endswith(name), (how, name, copied[-80:])
        assert copied == shown_letters(page, SPEC)[0]["body"]


def test_email_link_holds_subject_and_body(visit):
    page = ready_with_example(visit)
    letter = first_letter(page)
    url = urlparse(letter["mailto"])
    assert url.scheme == "mailto"
    query = parse_qs(url.query)
    assert query["subject"] == [letter["subject"]]
    assert query["body"] == [letter["body"].replace("\n", "\r\n")]


def test_too_long_for_email_says_so_and_offers_copy(visit):
    page = ready_with_example(visit)
    fill(page, SPEC, {"point_to_add": "I ran the migration " + "and tested it " * 19,
                      "interviewers-1-topic": "the plan " * 21, "next_step": "a call " * 25, "length": "full"})
    wait_for_python(page, SPEC)
    assert first_letter(page)["mailto"] == "#"
    letter_action(page, SPEC, "email").click()
    wait_for_copy_status(page, SPEC, "too long")
    assert page.url.endswith(PAGE)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_downloads_hold_the_letter(visit, fmt, tmp_path):
    page = ready_with_example(visit)
    letter = first_letter(page)
    with page.expect_download() as info:
        letter_action(page, SPEC, f"download-{fmt}").click()
    download = info.value
    # Named from the subject: the interview's day, which the example moves to today.
    day = date.fromisoformat(EXAMPLE["interview_date"])
    assert download.suggested_filename == f"thank-you-data-analyst-interview-on-{day:%B}-{day.day}.{fmt}".lower()
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    if fmt == "txt":
        assert path.read_text(encoding="utf-8") == f"Subject: {letter['subject']}\n\n{letter['body']}"
    else:
        paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
        assert paragraphs[0] == f"Subject: {letter['subject']}"
        assert "\n\n".join(paragraphs[1:]) == letter["body"].rstrip("\n")


def test_prefilled_link_round_trip(visit):
    page = visit.open(PAGE + "#fill?organization=Acme%20%26%20Sons&tone=warm&interviewers-2-name=Sam%20Ortiz&shoe_size=9")
    visit.wait_ready()
    notice = link_notice(page, SPEC)
    notice.wait_for(state="visible")
    assert "came from the link" in notice.inner_text()
    assert "1 answer in the link did not match" in notice.inner_text()
    assert page.input_value(control_id(SPEC, "organization")) == "Acme & Sons"
    assert page.is_checked(control_id(SPEC, "tone-warm"))
    assert group_row(page, SPEC, "interviewers", 2).is_visible()
    assert urlparse(page.url).fragment == ""  # a reload keeps the reader's edits
    wait_for_python(page, SPEC)
    assert "Acme & Sons" in shown_letters(page, SPEC)[0]["body"]


# The name of every call the page sends the Python worker, in order.
RECORD_CALLS = """(() => {
  const post = Worker.prototype.postMessage;
  window.__pythonCalls = [];
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message?.call) window.__pythonCalls.push(message.call);
    return post.call(this, message, ...rest);
  };
})()"""


def test_a_links_letter_comes_with_its_answers_in_one_call(fresh_visit):
    fresh_visit.context.add_init_script(RECORD_CALLS)
    page = fresh_visit.open(PAGE + "#fill?organization=Acme%20%26%20Sons&your_name=Ana%20Souza")
    fresh_visit.wait_ready()
    wait_for_python(page, SPEC)
    body = shown_letters(page, SPEC)[0]["body"]
    assert "Acme & Sons" in body and "Ana Souza" in body
    calls = page.evaluate("() => window.__pythonCalls")
    assert calls.count("open_link") == 1 and "render" not in calls, calls


def test_a_link_the_form_reads_back_otherwise_is_rendered_as_the_form_holds_it(fresh_visit, writer_pages):
    # The link lists the asks in another order than the form does: the form's
    # order wins, so the letter that came with the link is not the one shown.
    spec = generators.get_spec("offer-negotiation")
    fresh_visit.context.add_init_script(RECORD_CALLS)
    page = fresh_visit.open(writer_pages[spec.id] + "#fill?ask_kind=title&ask_kind=pay")
    fresh_visit.wait_ready()
    wait_for_python(page, spec)
    assert page.is_checked(control_id(spec, "ask_kind-pay")) and page.is_checked(control_id(spec, "ask_kind-title"))
    calls = page.evaluate("() => window.__pythonCalls")
    assert calls[:2] == ["open_link", "render"], calls


def test_answers_survive_a_reload_in_the_same_tab_only(fresh_visit, browser, base_url):
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill(page, SPEC, {"your_name": "Ana Souza"})
    page.wait_for_timeout(300)
    page.reload()
    page.wait_for_selector("[data-component='writer'][data-mounted]")  # its code, which restores the draft, loads after the page
    assert page.input_value(control_id(SPEC, "your_name")) == "Ana Souza"
    assert "back" in answers_status(page, SPEC).inner_text()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('next-steps:'))") == []
    other = fresh_visit.context.new_page()  # a new tab: session storage is per tab
    other.goto(base_url + PAGE)
    other.wait_for_selector("[data-component='writer'][data-mounted]")  # the writer's code loads after the page
    assert other.input_value(control_id(SPEC, "your_name")) == ""


def test_what_was_typed_before_the_code_arrived_wins_over_the_draft(fresh_visit):
    """The page says "you can start filling in the form now": typing before
    the writer's code has loaded is kept, rendered, and the draft fills only
    the rest."""
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    fill(page, SPEC, {"your_name": "Ana Souza", "organization": "Northwind"})
    page.wait_for_timeout(300)
    held = []
    page.route("**/components/writer.mjs", lambda route: held.append(route))  # held back until released below
    page.reload(wait_until="domcontentloaded")
    page.fill(control_id(SPEC, "organization"), "Typed Early Ltd.")
    while not held:
        page.wait_for_timeout(50)
    held[0].continue_()
    fresh_visit.wait_ready()
    assert page.input_value(control_id(SPEC, "organization")) == "Typed Early Ltd."
    assert page.input_value(control_id(SPEC, "your_name")) == "Ana Souza"
    wait_for_python(page, SPEC)
    assert "Typed Early Ltd." in shown_letters(page, SPEC)[0]["body"]


def test_remember_on_this_device_then_delete_everything(fresh_visit, base_url):
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    page.check(control_id(SPEC, "remember"))
    fill(page, SPEC, {"organization": "Northwind"})
    page.wait_for_timeout(300)
    other = fresh_visit.context.new_page()
    other.goto(base_url + PAGE)
    other.wait_for_selector("[data-component='writer'][data-mounted]")
    assert other.input_value(control_id(SPEC, "organization")) == "Northwind"
    assert other.is_checked(control_id(SPEC, "remember"))
    other.close()
    delete_answers(page, SPEC)
    wait_for_text(page, in_writer(SPEC, ".ns-answers__status"), "Deleted", "starts")
    stored = page.evaluate("""() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]
        .filter(k => k.startsWith('next-steps:'))""")
    assert stored == []
    assert page.input_value(control_id(SPEC, "organization")) == ""
    page.reload()
    assert page.input_value(control_id(SPEC, "organization")) == ""


def test_privacy_page_button_deletes_everything(visit, base_url):
    page = visit.open(PAGE)
    page.check(control_id(SPEC, "remember"))
    fill(page, SPEC, {"organization": "Northwind"})
    page.wait_for_timeout(300)
    delete_everything(page, base_url)
    assert page.evaluate("Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter(k => k.startsWith('next-steps:'))") == []


def test_make_a_link_page_builds_the_link_and_a_qr_code(fresh_visit, base_url):
    page = fresh_visit.open("/make-a-link/")
    page.select_option("#ns-link-maker-choice", SPEC.id)
    writer = page.locator(".ns-link-maker " + in_writer(SPEC))
    assert writer.is_visible()
    assert page.locator(".ns-link-maker .ns-writer:visible").count() == 1
    page.wait_for_selector(in_writer(SPEC, ".ns-status[data-state='ready']"), timeout=60_000)
    fill(page, SPEC, {"organization": "Acme", "tone": "warm"})
    link_field = control_id(SPEC, "link")
    # Both answers, the last one typed included (the link follows each change).
    page.wait_for_function(
        "(field) => ['organization=Acme', 'tone=warm'].every(a => document.querySelector(field).value.includes(a))",
        arg=link_field,
    )
    link = page.input_value(link_field)
    assert link == f"{base_url}/letters/interview-thank-you/#fill?organization=Acme&tone=warm"
    qr = writer.locator(".ns-link__qr")
    qr.wait_for(state="visible")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    page.click(in_writer(SPEC, "[data-action='copy-link']"))
    page.wait_until("() => navigator.clipboard.readText().then(t => t.includes('organization=Acme'))",
                    what="the copied link on the clipboard")
    client = fresh_visit.context.new_page()
    client.goto(link)
    client.wait_for_selector(in_writer(SPEC, ".ns-link-notice:not([hidden])"), timeout=60_000)
    assert client.input_value(control_id(SPEC, "organization")) == "Acme"


def test_print_button_prints_that_letter_only(visit):
    """Two notes on the page; Print under the second gives a PDF of the second
    alone: its heading, subject and text, and nothing of the site."""
    import pypdf

    page = ready_with_example(visit)
    fill(page, SPEC, {"interviewers-2-name": "Sam Ortiz", "interviewers-2-topic": "the on-call rota"})
    wait_for_python(page, SPEC)
    page.evaluate("window.print = () => {}")  # headless Chromium has no dialog; keep the marks set
    letter_action(page, SPEC, "print", index=1).click()
    # The page first rewrites the letter for the current answers, then marks it.
    page.wait_for_function("() => document.documentElement.dataset.printing === ''")
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf()))
    printed = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    first, second = (letter["body"] for letter in shown_letters(page, SPEC))
    assert len(pdf.pages) == 1
    assert " ".join(second.split()) in printed
    assert "Dana Lee" not in printed and first.split("\n")[0] not in printed
    for chrome in ("Start here", "Letter writers", "Check my letter", "Copy text", "Your letter", "Privacy"):
        assert chrome not in printed, chrome
