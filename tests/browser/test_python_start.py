"""How Python starts in the browser (docs/assets/javascripts/python/
interpreter.mjs): from the snapshot the build serves, or, when that cannot
be used, by a boot from the standard library and the wheels. Either way it
writes what CPython writes, and a wheel a call needs is installed on demand."""

from __future__ import annotations

from datetime import date

import pytest

import generators
from browser.writers import example_today, fill, in_writer, shown_letters, wait_for_python
from support.browser import PYTHON_STARTED

WRITERS = ("interview-thank-you", "follow-up-planner", "offer-negotiation")


def letters_written(visit, writer_pages) -> dict[str, list[str]]:
    """Each writer's letters for its example answers, as the page shows them."""
    page = visit.page
    out = {}
    for writer in WRITERS:
        spec = generators.SPECS[writer]
        visit.navigate(writer_pages[writer])
        visit.wait_ready()
        fill(page, spec, example_today(spec))
        wait_for_python(page, spec)
        out[writer] = [letter["body"] for letter in shown_letters(page, spec)]
    return out


def makes_a_qr_code(visit) -> None:
    """The link maker's QR code, whose wheel (segno) no start holds."""
    page = visit.page
    visit.navigate("/make-a-link/")
    spec = generators.SPECS[WRITERS[0]]
    page.select_option("#ns-link-maker-choice", spec.id)
    page.wait_for_selector(in_writer(spec, ".ns-status[data-state='ready']"), timeout=60_000)
    fill(page, spec, {"organization": "Acme"})
    qr = page.locator(".ns-link-maker " + in_writer(spec, ".ns-link__qr"))
    qr.wait_for(state="visible", timeout=60_000)
    assert qr.get_attribute("src").startswith("data:image/svg+xml")


def cpython_letters() -> dict[str, list[str]]:
    return {
        writer: [letter.body for letter in generators.render(writer, example_today(generators.SPECS[writer]), date.today()).letters]
        for writer in WRITERS
    }


def test_a_first_visit_starts_from_the_snapshot_and_writes_what_cpython_writes(fresh_visit, writer_pages):
    fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    assert fresh_visit.page.evaluate(PYTHON_STARTED) == "snapshot"
    assert letters_written(fresh_visit, writer_pages) == cpython_letters()
    makes_a_qr_code(fresh_visit)
    assert not fresh_visit.errors


@pytest.mark.parametrize("broken", ["missing", "cut short"])
def test_a_snapshot_that_cannot_be_used_gives_way_to_a_boot(fresh_visit, writer_pages, broken):
    def serve(route):
        if broken == "missing":
            route.fulfill(status=404, body="")
        else:  # a copy cut short, as a full disk or a dropped connection leaves it
            body = route.fetch().body()
            route.fulfill(status=200, body=body[: len(body) // 2], headers={"Content-Type": "application/octet-stream"})

    fresh_visit.page.route("**/pyodide/snapshot.bin", serve)
    fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    assert fresh_visit.page.evaluate(PYTHON_STARTED) == "boot"
    assert letters_written(fresh_visit, writer_pages) == cpython_letters()
    makes_a_qr_code(fresh_visit)


def test_without_the_snapshot_reader_the_python_worker_reads_the_snapshot(fresh_visit, writer_pages):
    """The snapshot is read on a thread of its own (snapshot-reader.mjs);
    when that worker cannot start, the Python worker reads it itself."""
    fresh_visit.page.route("**/python/snapshot-reader.mjs", lambda route: route.fulfill(status=404, body=""))
    fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    assert fresh_visit.page.evaluate(PYTHON_STARTED) == "snapshot"
    assert letters_written(fresh_visit, writer_pages) == cpython_letters()


# Material's own code, which a page that starts Python from the device (the
# service worker answers it) holds back until Python has answered
# (overrides/partials/hold-material.html), and with it the search index it
# fetches as it starts.
FETCHED_AT = """(part) => performance.getEntriesByType('resource')
    .find((entry) => entry.name.includes(part))?.startTime ?? null"""
INDEX = "/search/search_index.json"
MATERIAL = "/javascripts/bundle."  # its bundle, assets/javascripts/bundle.<hash>.min.js
READY_AT = "() => performance.getEntriesByName('python-ready')[0].startTime"
# Material's components start on its first page event (here its back-to-top
# button, which it places under the header).
MATERIAL_STARTED = "() => document.querySelector('[data-md-component=top]').style.top !== ''"


def visit_again(offline_visit, path: str):
    """A second visit, which the service worker answers from the device."""
    page = offline_visit.open(path.split("#")[0])
    offline_visit.wait_ready()
    # Activated, not only in control of this page: only then does it answer the next.
    page.wait_until("async () => (await navigator.serviceWorker.ready).active.state === 'activated'",
                    timeout=60_000, what="the service worker to be activated")
    page.goto("about:blank")  # so that a link's fragment is a new visit, not a jump in this one
    page.goto(offline_visit.base_url + path)
    assert page.evaluate("() => performance.getEntriesByType('navigation')[0].workerStart > 0")
    return page


def test_on_a_first_visit_material_starts_as_the_page_is_in_but_its_search_index_waits(fresh_visit, writer_pages):
    page = fresh_visit.page
    fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    page.wait_for_function(MATERIAL_STARTED, timeout=10_000)
    page.wait_for_function(f"() => ({FETCHED_AT})({INDEX!r}) !== null", timeout=30_000)
    ready = page.evaluate(READY_AT)
    assert page.evaluate(FETCHED_AT, MATERIAL) < ready
    assert page.evaluate(FETCHED_AT, INDEX) >= ready
    assert not fresh_visit.errors


def test_on_a_first_visit_a_reader_who_turns_to_search_gets_its_index_at_once(fresh_visit, writer_pages):
    """Python never gets ready here (its snapshot never arrives): focus on
    the search box releases the index, well before the hold's time limit."""
    page = fresh_visit.page
    page.route("**/pyodide/snapshot.bin", lambda route: None)  # never answered
    fresh_visit.open(writer_pages[WRITERS[0]])
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    assert page.evaluate(FETCHED_AT, INDEX) is None
    focused_at = page.evaluate("() => { document.querySelector('.md-search__input').focus(); return performance.now(); }")
    page.keyboard.type("thank")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.evaluate(FETCHED_AT, INDEX) - focused_at < 1000
    assert page.locator('.ns-status[data-state="ready"]').count() == 0


def test_where_python_starts_from_the_device_material_waits_until_it_has_answered(offline_visit, writer_pages):
    page = visit_again(offline_visit, writer_pages[WRITERS[0]] + "#fill?organization=Acme")
    offline_visit.wait_ready()
    page.wait_for_function(MATERIAL_STARTED, timeout=10_000)
    page.wait_for_function(f"() => ({FETCHED_AT})({INDEX!r}) !== null", timeout=30_000)
    ready = page.evaluate(READY_AT)
    assert page.evaluate(FETCHED_AT, MATERIAL) >= ready
    assert page.evaluate(FETCHED_AT, INDEX) >= ready
    # Started, its links are instant navigations: this page, and Python, stay.
    page.evaluate("() => { window.__sameDocument = true; }")
    offline_visit.navigate(writer_pages[WRITERS[1]])
    assert page.evaluate("() => window.__sameDocument") is True
    offline_visit.wait_ready()


def test_a_reader_who_reaches_for_the_page_gets_material_at_once(offline_visit, writer_pages):
    """A key pressed as soon as the page is in releases Material's code, and
    so its search, well before Python is ready."""
    page = visit_again(offline_visit, writer_pages[WRITERS[0]])
    page.wait_for_load_state("domcontentloaded")
    pressed_at = page.evaluate("() => performance.now()")
    page.keyboard.press("Tab")
    page.locator(".md-search__input").click(timeout=5_000)
    page.keyboard.type("thank")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.evaluate(FETCHED_AT, MATERIAL) - pressed_at < 1000
    offline_visit.wait_ready()
    assert page.evaluate(FETCHED_AT, MATERIAL) < page.evaluate(READY_AT)
