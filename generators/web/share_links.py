"""Links that open a letter writer with some answers filled in.

Counselors send these to clients. The answers ride in the URL fragment
(after ``#``), which browsers never send to a server, so they stay out of
every server log. Everything a link carries is checked against the spec:
what does not fit is left out and the reader is told.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from .. import get_spec
from ..core.spec import CHOICE_KINDS, parse_date

FRAGMENT_PREFIX = "#fill?"


def _label(f) -> str:
    return f.label.removesuffix(" (optional)")


def prefill(writer: str, params: dict) -> dict:
    """Which of a link's answers to put in the form, and what to tell the reader."""
    spec = get_spec(writer)
    fields = dict(spec.fields())
    values: dict = {}
    messages: list[str] = []
    unknown = 0
    for key, raw in params.items():
        f = fields.get(key)
        if f is None:
            unknown += 1
            continue
        items = raw if isinstance(raw, list) else [raw]
        items = [str(item) for item in items]
        if f.kind == "checkboxes":
            allowed = {c.value for c in f.choices}
            chosen = [item for item in items if item in allowed]
            if len(chosen) != len(items):
                messages.append(f"Some choices for “{_label(f)}” were not recognised and were left out.")
            values[key] = chosen
            continue
        value = items[-1]
        if f.kind in CHOICE_KINDS and value not in {c.value for c in f.choices}:
            messages.append(f"The link's answer for “{_label(f)}” is not one of the choices, so it was left out.")
        elif f.kind == "date" and value and parse_date(value) is None:
            messages.append(f"The link's date for “{_label(f)}” is not a real date, so it was left out.")
        elif len(value) > f.max_length:
            messages.append(
                f"The link's answer for “{_label(f)}” was too long ({len(value):,} characters; "
                f"the most is {f.max_length}), so it was left out."
            )
        else:
            values[key] = value
    if unknown:
        what = "1 answer in the link did not match a question on this form and was" if unknown == 1 else \
            f"{unknown} answers in the link did not match a question on this form and were"
        messages.append(f"{what} ignored.")
    return {"values": values, "messages": messages}


def link(writer: str, values: dict, page_url: str) -> dict:
    """The link to a writer's page with the given answers; empty and default
    answers are left out to keep it short."""
    spec = get_spec(writer)
    defaults = spec.defaults()
    pairs = []
    for key, f in spec.fields():
        value = values.get(key)
        if isinstance(value, list):
            pairs.extend((key, item) for item in value)
        elif value and value != defaults.get(key):
            pairs.append((key, value))
    base = page_url.split("#", 1)[0]
    url = base + FRAGMENT_PREFIX + urlencode(pairs, quote_via=quote) if pairs else base
    return {"url": url, "count": len({k for k, _ in pairs})}


def qr_svg(text: str) -> dict:
    """A QR code for a link, as an SVG data URI for an <img>."""
    import segno  # only the link maker needs it, and the browser loads it then

    code = segno.make(text, error="m")
    return {"src": code.svg_data_uri(scale=4, border=2, dark="#000", light="#fff"), "version": code.version}
