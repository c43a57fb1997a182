"""Every registered letter writer, driven in Chromium from its spec: the page
exists, Python in the browser writes what CPython writes, only same-origin
requests are made, and axe finds nothing in any form state."""

from __future__ import annotations

from datetime import date

import pytest

import generators
from browser.conftest import format_violations
from browser.writers import fill, pages_by_generator, shown_letters, wait_for_python

pytestmark = pytest.mark.browser
SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)


@pytest.fixture(scope="module")
def pages(site_dir):
    return pages_by_generator(site_dir)


def test_every_generator_has_a_page(pages):
    assert sorted(pages) == sorted(generators.SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_browser_writes_what_cpython_writes(visit, pages, spec):
    page = visit.open(pages[spec.id])
    visit.wait_ready()
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    defaults = spec.defaults()
    fill(page, spec, {k: v for k, v in spec.example.items() if v and defaults.get(k) != v})
    wait_for_python(page, spec)
    expected = generators.render(spec.id, spec.example, date.today())
    page.wait_for_function(
        "([id, body]) => document.querySelector(`.ns-writer[data-generator='${id}'] .ns-letter__body`)?.textContent === body",
        arg=[spec.id, expected.letters[0].body],
    )
    shown = shown_letters(page, spec)
    assert shown == [{"heading": l.heading, "subject": l.subject, "body": l.body} for l in expected.letters]
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)

    page.click(f".ns-writer[data-generator='{spec.id}'] .ns-submit")
    assert visit.foreign_requests() == []
    assert all(method == "GET" for method, _ in visit.requests)
    assert visit.errors == []
