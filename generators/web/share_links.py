"""Links that open a letter writer with some answers filled in.

Counselors send these to clients. The answers ride in the URL fragment
(after ``#``), which browsers never send to a server, so they stay out of
every server log. Everything a link carries is checked against the spec:
what does not fit is left out and the reader is told.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from .. import get_spec
from ..core.spec import CHOICE_KINDS, Choice, Field, parse_date

FRAGMENT_PREFIX = "#fill?"

# Bundles. A link may name the writer its letter leads on to (the key NEXT,
# never a question's name): that page then offers a link to the next writer
# carrying the answers the two forms share. One next step so far: the
# follow-up plan for the same application.
NEXT = "next"
FOLLOW_UP = "follow-up-planner"


def shared_fields(writer: str, target: str) -> list[str]:
    """The answers one writer's form can hand to another's: the questions
    both ask under the same name, of the same kind and, for choices, with the
    same choices. In the target's order."""
    if writer == target:
        return []
    source = dict(get_spec(writer).fields())
    shared = []
    for key, f in get_spec(target).fields():
        mine = source.get(key)
        if mine is not None and mine.kind == f.kind and \
                [c.value for c in mine.choices] == [c.value for c in f.choices]:
            shared.append(key)
    return shared


def next_step(writer: str) -> str:
    """The writer a bundle link from this writer leads on to, or "" for none."""
    return FOLLOW_UP if shared_fields(writer, FOLLOW_UP) else ""


def next_step_field(writer: str) -> Field | None:
    """The bundle's box as a question, for forms and sheets that offer it."""
    step = next_step(writer)
    if not step:
        return None
    return Field(name=NEXT, label="Follow-up plan", kind="checkboxes", in_letter=False,
                 choices=(Choice(step, "Add the follow-up plan"),))


def carry(writer: str, values: dict, target: str, page_url: str) -> dict:
    """The link to ``target``'s page with the answers it shares with
    ``writer``, taken from what the reader's form holds now."""
    if target != next_step(writer):
        raise ValueError(f"{writer} does not lead on to {target}")
    keys = shared_fields(writer, target)
    questions = dict(get_spec(target).fields())
    made = link(target, {key: values[key] for key in keys if key in values}, page_url)
    return {**made, "fields": [questions[key].title for key in keys]}


def check_answer(f: Field, items: list[str]) -> tuple[object, str]:
    """One answer from outside the form (a link, a cell of a sheet) against
    its question: the value to use (None for none) and, if something was left
    out, what and why, as the end of a sentence about the answer."""
    if f.kind == "checkboxes":
        allowed = {c.value for c in f.choices}
        chosen = [item for item in items if item in allowed]
        return chosen, "" if len(chosen) == len(items) else "has choices that are not on the list, which were left out"
    value = items[-1] if items else ""
    if f.kind in CHOICE_KINDS and value not in {c.value for c in f.choices}:
        return None, "is not one of the choices, so it was left out"
    if f.kind == "date" and value and parse_date(value) is None:
        return None, "is not a real date, so it was left out"
    if len(value) > f.max_length:
        return None, f"is too long ({len(value):,} characters; the most is {f.max_length}), so it was left out"
    return value, ""


def prefill(writer: str, params: dict) -> dict:
    """Which of a link's answers to put in the form, and what to tell the reader."""
    fields = dict(get_spec(writer).fields())
    values: dict = {}
    messages: list[str] = []
    unknown = 0
    for key, raw in params.items():
        f = fields.get(key)
        if f is None:
            if key == NEXT and next_step(writer) and _items(raw) == [next_step(writer)]:
                continue  # a bundle: the writer's page offers the next step
            unknown += 1
            continue
        value, problem = check_answer(f, _items(raw))
        if problem:
            messages.append(f"The link's answer for “{f.title}” {problem}.")
        if value is not None:
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
    count = len({k for k, _ in pairs})
    # The link maker's "add the next step" box: a list of the one value, or empty.
    if next_step(writer) and next_step(writer) in _items(values.get(NEXT)):
        pairs.append((NEXT, next_step(writer)))
    base = page_url.split("#", 1)[0]
    url = base + FRAGMENT_PREFIX + urlencode(pairs, quote_via=quote) if pairs else base
    return {"url": url, "count": count}


def _items(value) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else ([str(value)] if value else [])


def qr_svg(text: str) -> dict:
    """A QR code for a link, as an SVG data URI for an <img>."""
    import segno  # only the link maker needs it, and the browser loads it then

    code = segno.make(text, error="m")
    return {"src": code.svg_data_uri(scale=4, border=2, dark="#000", light="#fff"), "version": code.version}
