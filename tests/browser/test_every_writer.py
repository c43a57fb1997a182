"""Every registered letter writer, driven in Chromium from its spec: the page
exists, Python in the browser writes what CPython writes, only same-origin
requests are made, and axe finds nothing in any form state."""

from __future__ import annotations

import re
from datetime import date

import pytest

import generators
from support.browser import format_violations
from browser.writers import example_today, fill, pages_by_writer, shown_letters, typed_example, wait_for_python
from support.golden import golden_cases
from generators.core.spec import flatten

pytestmark = pytest.mark.browser
SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)


@pytest.fixture(scope="module")
def pages(site_dir):
    return pages_by_writer(site_dir)


def test_every_generator_has_a_page(pages):
    assert sorted(pages) == sorted(generators.SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_browser_writes_what_cpython_writes(visit, pages, spec):
    page = visit.open(pages[spec.id])
    visit.wait_ready()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    fill(page, spec, typed_example(spec))
    wait_for_python(page, spec)
    expected = generators.render(spec.id, example_today(spec), date.today())
    page.wait_for_function(
        "([id, body]) => document.querySelector(`.ns-writer[data-writer='${id}'] .ns-letter__body`)?.textContent === body",
        arg=[spec.id, expected.letters[0].body],
    )
    shown = shown_letters(page, spec)
    assert shown == [{"heading": l.heading, "layout": l.layout, "subject": l.subject, "body": l.body} for l in expected.letters]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    page.click(f".ns-writer[data-writer='{spec.id}'] .ns-submit")
    assert visit.foreign_requests() == []
    assert all(method == "GET" for method, _ in visit.requests)
    assert visit.errors == []


def letter_block(letter: dict, several: bool) -> str:
    """One shown letter as the command line prints it (see format_text)."""
    lines = []
    if letter["heading"] and (several or letter["layout"] != "email"):
        lines.append(f"===== {letter['heading']} =====\n")
    if letter["subject"]:
        lines.append(f"Subject: {letter['subject']}\n")
    lines.append(letter["body"])
    return "\n".join(lines)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_browser_matches_the_golden_letters(fresh_visit, pages, spec):
    """Every golden case, against the reviewed files, with the page's clock set
    to the case's day: a change that breaks every runtime alike still fails
    here. One page per writer: "Delete my answers" resets it between cases,
    so Python loads once."""
    cases = [c for c in golden_cases() if c.generator == spec.id]
    assert cases
    fresh_visit.page.clock.set_fixed_time(f"{cases[0].today.isoformat()}T10:00:00")
    page = fresh_visit.open(pages[spec.id])
    fresh_visit.wait_ready()
    defaults = spec.defaults()
    for case in cases:
        page.clock.set_fixed_time(f"{case.today.isoformat()}T10:00:00")
        page.click(f".ns-writer[data-writer='{spec.id}'] .ns-forget")
        wait_for_python(page, spec)
        values = flatten(case.values)
        fill(page, spec, {k: v for k, v in values.items() if v and defaults.get(k) != v})
        wait_for_python(page, spec)
        expected = case.expected_path.read_text(encoding="utf-8")
        shown = shown_letters(page, spec)
        if expected.startswith(("Note: ", "Hold: ")):
            # Some answers mean nothing should be sent (a follow-up when the
            # posting said "no phone calls", a check-in they asked you to
            # stop): the reviewed file holds advice alone, so the page must
            # show no letter and every piece of the advice.
            assert shown == [], f"{case.id}: a letter shown where there is nothing to send"
            writer = page.locator(f".ns-writer[data-writer='{spec.id}']").inner_text()
            for note in re.findall(r"^(?:Note|Hold): (.+)$", expected, flags=re.MULTILINE):
                assert note in writer, (case.id, note)
            continue
        assert shown, f"{case.id}: no letter shown"
        blocks = [letter_block(l, len(shown) > 1) for l in shown]
        assert "\n".join(blocks) in expected, (case.id, blocks)
