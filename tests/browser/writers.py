"""Helpers for driving any letter writer page from its spec."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generators.core.spec import Spec

WRITER = re.compile(r'data-component="writer" data-writer="([a-z0-9-]+)"')


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


def typed_example(spec: Spec, today: date | None = None) -> dict:
    """What a person types to give the example today: no empty or default answers."""
    defaults = spec.defaults()
    return {k: v for k, v in example_today(spec, today).items() if v and defaults.get(k) != v}


def control_id(spec: Spec, key: str) -> str:
    return f"#ns-{spec.id}-{key}"


def fill(page, spec: Spec, values: dict) -> None:
    """Type values into the form the way a person would, opening group rows as needed."""
    fields = dict(spec.fields())
    for key, value in values.items():
        f = fields[key]
        row = page.locator(control_id(spec, key)).locator("xpath=ancestor::fieldset[contains(@class,'ns-group__item')]")
        if row.count() and row.first.is_hidden():
            row.first.locator("xpath=ancestor::fieldset[@data-group]").locator(".ns-group__add").click()
        if f.kind == "radio":
            page.check(f"{control_id(spec, key)}-{value}")
        elif f.kind == "checkboxes":
            for choice in f.choices:
                box = f"{control_id(spec, key)}-{choice.value}"
                page.check(box) if choice.value in value else page.uncheck(box)
        elif f.kind == "select":
            page.select_option(control_id(spec, key), value)
        else:
            page.fill(control_id(spec, key), value)


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
