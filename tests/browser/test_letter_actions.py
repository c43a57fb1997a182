"""What a reader does with a letter (copy, email, download), counselor links
and drafts: one shared mechanism, checked here on the thank-you writer and,
for the parts every page shares, on every writer."""

from __future__ import annotations

import io
import json
from urllib.parse import parse_qs, urlparse

import docx
import pytest

import generators
from browser.writers import control_id, fill, pages_by_writer, typed_example, wait_for_python

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("interview-thank-you")
PAGE = "/letters/interview-thank-you/"
EXAMPLE = typed_example(SPEC)


def ready_with_example(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, EXAMPLE)
    wait_for_python(page, SPEC)
    return page


def first_letter(page) -> dict:
    return page.evaluate("""() => {
        const a = document.querySelector('.ns-letter');
        return {subject: a.querySelector('.ns-letter__subject').textContent,
                body: a.querySelector('.ns-letter__body').textContent,
                mailto: a.querySelector("[data-action='email']").getAttribute('href')};
    }""")


def test_copy_all_puts_subject_and_text_on_the_clipboard(visit):
    page = ready_with_example(visit)
    letter = first_letter(page)
    page.click(".ns-letter [data-action='copy-all']")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == f"Subject: {letter['subject']}\n\n{letter['body']}"


@pytest.mark.parametrize("how", ["mouse", "keyboard"])
def test_copy_straight_after_typing_copies_what_was_typed(visit, how):
    """A reader who types and at once presses "Copy text" gets the letter for
    every key they pressed: never nothing, never the letter of a keystroke
    ago. (A render still on its way used to make the click do nothing.)"""
    page = ready_with_example(visit)
    name_field = control_id(SPEC, "your_name")
    for attempt, name in enumerate(["Quinn Okafor", "Mx. Rae Lindqvist", "Ana María Souza-Pereira"]):
        page.fill(name_field, "")
        page.type(name_field, name)  # one render request per key, none awaited
        if how == "mouse":
            page.click(".ns-letter [data-action='copy-body']")
        else:
            page.focus(".ns-letter [data-action='copy-body']")
            page.keyboard.press("Enter")
        page.wait_for_function("(n) => document.querySelector('.ns-copy-status').textContent.includes('copied')"
                               " && document.querySelector('.ns-copy-status').dataset.attempt !== String(n)",
                               arg=attempt)
        page.evaluate("(n) => { document.querySelector('.ns-copy-status').dataset.attempt = String(n); }", attempt)
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.rstrip().endswith(name), (how, name, copied[-80:])
        assert copied == page.locator(".ns-letter__body").first.text_content()


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
    page.fill(control_id(SPEC, "point_to_add"), "I ran the migration " + "and tested it " * 19)
    page.fill(control_id(SPEC, "interviewers-1-topic"), "the plan " * 21)
    page.fill(control_id(SPEC, "next_step"), "a call " * 25)
    page.check(control_id(SPEC, "length-full"))
    wait_for_python(page, SPEC)
    assert first_letter(page)["mailto"] == "#"
    page.click(".ns-letter [data-action='email']")
    page.wait_for_function("() => document.querySelector('.ns-copy-status').textContent.includes('too long')")
    assert page.url.endswith(PAGE)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_downloads_hold_the_letter(visit, fmt, tmp_path):
    page = ready_with_example(visit)
    letter = first_letter(page)
    with page.expect_download() as info:
        page.click(f".ns-letter [data-action='download-{fmt}']")
    download = info.value
    assert download.suggested_filename == f"thank-you-data-analyst-interview-on-march-12.{fmt}"
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
    notice = page.locator(".ns-link-notice")
    notice.wait_for(state="visible")
    assert "came from the link" in notice.inner_text()
    assert "1 answer in the link did not match" in notice.inner_text()
    assert page.input_value(control_id(SPEC, "organization")) == "Acme & Sons"
    assert page.is_checked(control_id(SPEC, "tone-warm"))
    assert page.locator(".ns-group__item[data-row='2']").is_visible()
    assert urlparse(page.url).fragment == ""  # a reload keeps the reader's edits
    wait_for_python(page, SPEC)
    assert "Acme & Sons" in page.locator(".ns-letter__body").first.text_content()


def test_answers_survive_a_reload_in_the_same_tab_only(fresh_visit, browser, base_url):
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    page.fill(control_id(SPEC, "your_name"), "Ana Souza")
    page.wait_for_timeout(300)
    page.reload()
    assert page.input_value(control_id(SPEC, "your_name")) == "Ana Souza"
    assert "back" in page.locator(".ns-answers__status").inner_text()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('next-steps:'))") == []
    other = fresh_visit.context.new_page()  # a new tab: session storage is per tab
    other.goto(base_url + PAGE)
    assert other.input_value(control_id(SPEC, "your_name")) == ""


def test_remember_on_this_device_then_delete_everything(fresh_visit, base_url):
    page = fresh_visit.open(PAGE)
    fresh_visit.wait_ready()
    page.check(control_id(SPEC, "remember"))
    page.fill(control_id(SPEC, "organization"), "Northwind")
    page.wait_for_timeout(300)
    other = fresh_visit.context.new_page()
    other.goto(base_url + PAGE)
    assert other.input_value(control_id(SPEC, "organization")) == "Northwind"
    assert other.is_checked(control_id(SPEC, "remember"))
    other.close()
    page.click(".ns-forget")
    page.wait_for_function("() => document.querySelector('.ns-answers__status').textContent.startsWith('Deleted')")
    stored = page.evaluate("""() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]
        .filter(k => k.startsWith('next-steps:'))""")
    assert stored == []
    assert page.input_value(control_id(SPEC, "organization")) == ""
    page.reload()
    assert page.input_value(control_id(SPEC, "organization")) == ""


def test_privacy_page_button_deletes_everything(visit, base_url):
    page = visit.open(PAGE)
    page.check(control_id(SPEC, "remember"))
    page.fill(control_id(SPEC, "organization"), "Northwind")
    page.wait_for_timeout(300)
    page.goto(base_url + "/privacy/")
    page.click("[data-forget-everything]")
    assert page.evaluate("Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter(k => k.startsWith('next-steps:'))") == []


def test_make_a_link_page_builds_the_link_and_a_qr_code(fresh_visit, base_url):
    page = fresh_visit.open("/make-a-link/")
    page.select_option("#ns-link-maker-choice", "interview-thank-you")
    writer = page.locator(".ns-link-maker .ns-writer[data-writer='interview-thank-you']")
    assert writer.is_visible()
    assert page.locator(".ns-link-maker .ns-writer:visible").count() == 1
    page.wait_for_selector(".ns-writer[data-writer='interview-thank-you'] .ns-status[data-state='ready']", timeout=60_000)
    page.fill("#ns-interview-thank-you-organization", "Acme")
    page.check("#ns-interview-thank-you-tone-warm")
    page.wait_for_function("() => document.querySelector('#ns-interview-thank-you-link').value.includes('organization=Acme')")
    link = page.input_value("#ns-interview-thank-you-link")
    assert link == f"{base_url}/letters/interview-thank-you/#fill?organization=Acme&tone=warm"
    qr = writer.locator(".ns-link__qr")
    qr.wait_for(state="visible")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    page.click(".ns-writer[data-writer='interview-thank-you'] [data-action='copy-link']")
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.includes('organization=Acme'))")
    client = fresh_visit.context.new_page()
    client.goto(link)
    client.wait_for_selector(".ns-link-notice:not([hidden])", timeout=60_000)
    assert client.input_value("#ns-interview-thank-you-organization") == "Acme"


def test_print_button_prints_that_letter_only(visit):
    """Two notes on the page; Print under the second gives a PDF of the second
    alone: its heading, subject and text, and nothing of the site."""
    import pypdf

    page = ready_with_example(visit)
    fill(page, SPEC, {"interviewers-2-name": "Sam Ortiz", "interviewers-2-topic": "the on-call rota"})
    wait_for_python(page, SPEC)
    page.evaluate("window.print = () => {}")  # headless Chromium has no dialog; keep the marks set
    page.locator(".ns-letter[data-index='1'] [data-action='print']").click()
    # The page first rewrites the letter for the current answers, then marks it.
    page.wait_for_function("() => document.documentElement.dataset.printing === ''")
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf()))
    printed = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    second = page.locator(".ns-letter[data-index='1'] .ns-letter__body").text_content()
    first = page.locator(".ns-letter[data-index='0'] .ns-letter__body").text_content()
    assert len(pdf.pages) == 1
    assert " ".join(second.split()) in printed
    assert "Dana Lee" not in printed and first.split("\n")[0] not in printed
    for chrome in ("Start here", "Letter writers", "Check my letter", "Copy text", "Your letter", "Privacy"):
        assert chrome not in printed, chrome
