"""Tier 3: links for a group on the Make a link page, and bundles (a writer's
link that leads on to the follow-up planner), in Chromium."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import urlparse

import pytest

from support.paths import ROOT  # noqa: F401  (puts the project on sys.path)
from support.browser import format_violations
from test_group_links import answers_of, forty_clients
from generators.web import group_links

pytestmark = pytest.mark.browser

PAGE = "/make-a-link/"
WRITER = "interview-thank-you"
DRAWN = 180_000  # 38 QR codes in Pyodide on a busy 2-core machine
# Anything a cell could have smuggled into the page.
INJECTED = """() => document.querySelectorAll(
    '.ns-group-links img:not(.ns-group-sheet__qr), .ns-group-links script, .ns-group-links iframe, ' +
    '.ns-group-links svg, .ns-group-links object, .ns-group-links embed, .ns-group-links [onerror], ' +
    '.ns-group-links [onload], .ns-group-links [onfocus], a[href^="javascript"]').length"""


def open_group_links(visit):
    page = visit.open(PAGE)
    page.wait_for_selector("#ns-group-status[data-state='ready']", timeout=120_000)
    page.select_option("#ns-group-writer", WRITER)
    return page


def make(page):
    page.click(".ns-group-links__form [type='submit']")
    page.wait_for_function(
        "() => { const root = document.querySelector('.ns-group-links');"
        " return !('making' in root.dataset) && !('drawing' in root.dataset) &&"
        " (!document.querySelector('.ns-group-result').hidden || !document.querySelector('#ns-group-sheet-error').hidden); }",
        timeout=DRAWN,
    )


def test_forty_clients_make_a_printable_sheet_and_a_links_file(visit, base_url, tmp_path: Path):
    text, expected = forty_clients()
    page = open_group_links(visit)
    page.fill("#ns-group-text", text)
    make(page)

    blocks = page.locator(".ns-group-sheet > li")
    assert blocks.count() == len(expected["links"]) == 38
    messages = page.locator(".ns-group-result__messages li").all_text_contents()
    assert len(messages) == len(expected["messages"]) == 16
    assert "38 links made, and 16 things left out" in page.locator(".ns-group-result__summary").text_content()
    bad_date = next(row for (row, column) in expected["messages"] if column == "interview_date")
    assert f"Row {bad_date}, column interview_date: the answer is not a real date, so it was left out." in messages
    # One QR code a client, drawn; each label and link shown as text.
    shown = page.evaluate("""() => [...document.querySelectorAll('.ns-group-sheet > li')].map(li => ({
        label: li.querySelector('.ns-group-sheet__label').textContent,
        url: li.querySelector('.ns-group-sheet__url').textContent,
        qr: li.querySelector('.ns-group-sheet__qr').getAttribute('src') || '',
        qrShown: !li.querySelector('.ns-group-sheet__qr').hidden }))""")
    assert [block["label"] for block in shown] == [label for label, _ in expected["links"].values()]
    assert all(block["qr"].startswith("data:image/svg+xml") and block["qrShown"] for block in shown)
    assert len({block["qr"] for block in shown}) == 38
    for block, (_, good) in zip(shown, expected["links"].values()):
        assert urlparse(block["url"]).path == f"/letters/{WRITER}/"
        assert answers_of(block["url"])["organization"] == good["organization"]
    # No cell ran or added anything.
    assert page.evaluate("window.__xss") is None
    assert page.evaluate(INJECTED) == 0
    assert visit.csp_violations() == []

    with page.expect_download() as info:
        page.click("[data-action='download-links']")
    saved = tmp_path / "links.csv"
    info.value.save_as(saved)
    assert info.value.suggested_filename == f"{WRITER}-links.csv"
    # Pyodide (Python 3.14) wrote exactly what CPython writes for the same sheet.
    in_cpython = group_links.group_links(WRITER, text, f"{base_url}/letters/{WRITER}/")
    assert saved.read_bytes() == in_cpython["csv"]["text"].encode("utf-8")
    assert messages == [m["text"] for m in in_cpython["messages"]]
    rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["client", "link"]
    assert rows[1:] == [[group_links.safe_cell(block["label"]), block["url"]] for block in shown]

    violations = visit.axe_violations(".ns-group-links")
    assert violations == [], format_violations(violations)


def test_the_printed_sheet_holds_the_clients_only(visit):
    import pypdf

    page = open_group_links(visit)
    page.fill("#ns-group-text", "client,organization,role\n" + "".join(f"Client {i},Acme {i},Analyst\n" for i in range(12)))
    make(page)
    page.evaluate("window.print = () => { window.__printed = true; }")  # headless Chromium has no dialog
    page.click("[data-action='print-links']")
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    try:
        for paper in ("A4", "Letter"):
            pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format=paper)))
            pages = [" ".join(p.extract_text().split()) for p in pdf.pages]
            assert len(pages) == 2, f"ten clients fit on a printed {paper} page"
            # Every block whole on one page: its label and the start of its link.
            for i in range(12):
                assert sum(f"Client {i} http" in text for text in pages) == 1, (paper, i)
            printed = " ".join(pages)
            for chrome in ("Make the links", "Download the sheet", "Letter writer", "Left out", "Privacy"):
                assert chrome not in printed, chrome
    finally:
        page.emulate_media(media="screen")


def test_a_file_is_read_on_the_device_and_a_bad_sheet_is_said_beside_the_field(visit):
    page = open_group_links(visit)
    # Older Excel saves CSV in Windows-1252, not UTF-8.
    page.set_input_files("#ns-group-file", files=[{
        "name": "clients.csv", "mimeType": "text/csv", "buffer": "client;organization\nZoë;Café Noir\n".encode("cp1252"),
    }])
    page.wait_for_function("() => document.querySelectorAll('.ns-group-sheet > li img:not([hidden])').length === 1",
                           timeout=DRAWN)
    assert page.locator(".ns-group-sheet__label").text_content() == "Zoë"
    assert "organization=Caf%C3%A9%20Noir" in page.locator(".ns-group-sheet__url").text_content()
    assert page.locator("#ns-group-sheet-error").is_hidden()

    unrelated = "name,colour\nAna,blue\n"
    page.fill("#ns-group-text", unrelated)
    make(page)
    error = page.locator("#ns-group-sheet-error")
    assert "Download the sheet for this letter writer" in error.text_content()
    assert page.get_attribute("#ns-group-text", "aria-invalid") == "true"
    assert "ns-group-sheet-error" in page.get_attribute(".ns-group-links__sheet fieldset", "aria-describedby")
    assert page.input_value("#ns-group-text") == unrelated  # nothing typed is lost
    assert page.locator(".ns-group-result").is_hidden()


def test_the_template_has_a_column_per_question(visit, tmp_path: Path):
    import generators

    page = open_group_links(visit)
    with page.expect_download() as info:
        page.click("[data-action='template']")
    saved = tmp_path / "template.csv"
    info.value.save_as(saved)
    header = next(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert header == ["client", *(key for key, _ in generators.get_spec(WRITER).fields()), "next"]


def test_a_bundle_opens_the_writer_then_the_planner_with_the_same_application(visit, base_url):
    page = visit.open(PAGE)
    page.select_option("#ns-link-maker-choice", WRITER)
    page.wait_for_selector(f".ns-writer[data-writer='{WRITER}'] .ns-status[data-state='ready']", timeout=120_000)
    page.fill(f"#ns-{WRITER}-organization", "Northwind Health")
    page.fill(f"#ns-{WRITER}-role", "Data Analyst")
    page.fill(f"#ns-{WRITER}-interview_date", "2026-03-10")
    page.check(f"#ns-{WRITER}-next")
    page.wait_for_function(f"() => document.querySelector('#ns-{WRITER}-link').value.includes('next=follow-up-planner')")
    link = page.input_value(f"#ns-{WRITER}-link")
    assert answers_of(link) == {"organization": "Northwind Health", "role": "Data Analyst",
                                "interview_date": "2026-03-10", "next": "follow-up-planner"}

    # The client opens it: the writer is filled, and the next step is offered.
    page = visit.open(link.removeprefix(base_url))
    page.locator(f"#ns-{WRITER}-link-notice:not([hidden])").wait_for(timeout=120_000)
    assert page.input_value(f"#ns-{WRITER}-organization") == "Northwind Health"
    assert page.locator(f"#ns-{WRITER}-link-notice li").count() == 0  # next= is not an unknown answer
    offer = page.locator(".ns-bundle")
    offer.wait_for(state="visible")
    # It carries what the form holds now, typed corrections included.
    page.fill(f"#ns-{WRITER}-role", "Senior Data Analyst")
    page.wait_for_function("() => document.querySelector('.ns-bundle__link').href.includes('Senior')")
    violations = visit.axe_violations(".ns-bundle")
    assert violations == [], format_violations(violations)
    carried = answers_of(page.get_attribute(".ns-bundle__link", "href"))
    assert carried == {"organization": "Northwind Health", "role": "Senior Data Analyst", "interview_date": "2026-03-10"}

    page.click(".ns-bundle__link")
    # The planner's own notice: the thank-you page's may still show for a moment.
    page.locator("#ns-follow-up-planner-link-notice:not([hidden])").wait_for(timeout=120_000)
    assert page.input_value("#ns-follow-up-planner-organization") == "Northwind Health"
    assert page.input_value("#ns-follow-up-planner-role") == "Senior Data Analyst"
    assert page.input_value("#ns-follow-up-planner-interview_date") == "2026-03-10"
    assert page.locator("#ns-follow-up-planner-link-notice li").count() == 0

    # A counselor's link without the next step offers none.
    page = visit.open(f"/letters/{WRITER}/#fill?organization=Acme")
    page.locator(f"#ns-{WRITER}-link-notice:not([hidden])").wait_for(timeout=120_000)
    assert page.locator(".ns-bundle").is_hidden()
    assert visit.csp_violations() == []
