"""How Python starts: the first start on a device keeps a memory snapshot
(docs/assets/javascripts/python/snapshot.mjs), every later visit starts from
it, and what it writes is the same as Python started from nothing."""

from __future__ import annotations

import re
from datetime import date


import generators
from browser.writers import example_today, fill, in_writer, shown_letters, wait_for_python
from support.browser import KEPT_SNAPSHOTS, PYTHON_STARTED

WRITERS = ("interview-thank-you", "follow-up-planner", "offer-negotiation")


def kept_snapshot(page) -> dict:
    """The one snapshot kept, once it is stored (after the first answer)."""
    page.wait_until(
        f"async () => (await ({KEPT_SNAPSHOTS})()).some((entry) => entry.size > 1e6)",
        timeout=60_000, what="a snapshot of Python kept in Cache Storage",
    )
    entries = page.evaluate(KEPT_SNAPSHOTS)
    assert len(entries) == 1, entries
    return entries[0]


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


def test_a_later_visit_starts_from_the_snapshot_and_writes_the_same(fresh_visit, writer_pages):
    page = fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    assert page.evaluate(PYTHON_STARTED) == "boot"
    from_boot = letters_written(fresh_visit, writer_pages)
    kept = kept_snapshot(page)

    page.goto(fresh_visit.base_url + writer_pages[WRITERS[0]])
    fresh_visit.wait_mounted()
    fresh_visit.wait_ready()
    assert page.evaluate(PYTHON_STARTED) == "snapshot"
    assert letters_written(fresh_visit, writer_pages) == from_boot
    for writer, bodies in from_boot.items():
        expected = generators.render(writer, example_today(generators.SPECS[writer]), date.today())
        assert bodies == [letter.body for letter in expected.letters], writer
    assert page.evaluate(KEPT_SNAPSHOTS) == [kept], "a start from the snapshot keeps it as it is"
    assert not fresh_visit.errors


def test_a_snapshot_start_still_loads_a_wheel_on_demand(fresh_visit, writer_pages):
    # The QR code needs segno, which no snapshot holds: it is installed the
    # first time it is called, after the start.
    page = fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    kept_snapshot(page)
    page.goto(fresh_visit.base_url + "/make-a-link/")
    fresh_visit.wait_mounted()
    spec = generators.SPECS[WRITERS[0]]
    page.select_option("#ns-link-maker-choice", spec.id)
    page.wait_for_selector(in_writer(spec, ".ns-status[data-state='ready']"), timeout=60_000)
    assert page.evaluate(PYTHON_STARTED) == "snapshot"
    fill(page, spec, {"organization": "Acme"})
    qr = page.locator(".ns-link-maker " + in_writer(spec, ".ns-link__qr"))
    qr.wait_for(state="visible", timeout=60_000)
    assert qr.get_attribute("src").startswith("data:image/svg+xml")


def test_a_snapshot_that_cannot_be_used_is_replaced(fresh_visit, writer_pages):
    page = fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    kept = kept_snapshot(page)
    # Cut short, as a full disk or a crash mid-write could leave it.
    page.evaluate(
        "async (url) => { const cache = await caches.open('python-snapshot');"
        " const bytes = await (await cache.match(url)).arrayBuffer();"
        " await cache.put(url, new Response(bytes.slice(0, 4096))); }",
        kept["url"],
    )
    page.reload()
    fresh_visit.wait_mounted()
    fresh_visit.wait_ready()
    assert page.evaluate(PYTHON_STARTED) == "boot"
    spec = generators.SPECS[WRITERS[0]]
    fill(page, spec, example_today(spec))
    wait_for_python(page, spec)
    replaced = kept_snapshot(page)
    assert replaced["url"] == kept["url"] and replaced["size"] > 1e6


def test_the_privacy_page_states_the_snapshot_size(fresh_visit, writer_pages):
    page = fresh_visit.open(writer_pages[WRITERS[0]])
    fresh_visit.wait_ready()
    size = kept_snapshot(page)["size"]
    fresh_visit.navigate("/privacy/")
    stated = page.locator("[data-snapshot-size]").inner_text()
    megabytes = float(re.fullmatch(r"([\d.]+) MB", stated).group(1))
    assert abs(megabytes * 1e6 - size) <= 0.15 * size, f"the page says {stated}; this device keeps {size / 1e6:.1f} MB"
