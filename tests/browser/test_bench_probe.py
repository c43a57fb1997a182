"""The benchmark's probe (bench/startup.py, PAGE_PROBE): the bench waits on
it with one call instead of polling the page, so what it returns must be
the time the letter first showed the text, and nothing when it never did."""

from __future__ import annotations

import sys
from urllib.parse import quote

from support.paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import startup  # noqa: E402


def test_first_seen_is_when_the_letter_first_showed_the_text(browser, base_url, site_dir):
    plan = startup.make_plan(site_dir, "interview-thank-you", 5)
    key = plan.names[plan.writer]
    context = startup.new_context(browser, base_url)
    try:
        page = context.new_page()
        page.goto(f"{plan.pages[plan.writer]}#fill?{quote(key)}={quote('Quillon Ashby')}")
        linked = startup.first_seen(page, "Quillon Ashby", "the linked name")
        assert 0 < linked < page.evaluate("() => performance.now()")

        # Waited for before it is typed, so the answer comes from the
        # observer as the letter changes, not from what it recorded before.
        shown = page.evaluate(
            """([control, name]) => {
              const shown = window.__bench.waitFor(name, 30000);
              const field = document.querySelector(control);
              field.value = name;
              field.dispatchEvent(new Event("input", { bubbles: true }));
              return shown;
            }""",
            [f"#ns-{plan.writer}-{key}", "Ysolde Marchbank"],
        )
        typed = page.evaluate("() => window.__bench.inputs.at(-1).t")
        assert typed < shown
        assert shown == page.evaluate("() => window.__bench.seen.find((s) => s.text.includes('Ysolde Marchbank')).t")

        assert page.evaluate("([needle, ms]) => window.__bench.waitFor(needle, ms)", ["Never Typed", 300]) is None
    finally:
        context.close()
