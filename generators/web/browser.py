"""The browser's entry point: one JSON call in, one JSON answer out.

The worker (docs/assets/javascripts/python/worker.mjs) imports
``generators.web.browser`` and calls ``call`` with a
function name from ``CALLS`` and JSON arguments; strings cross the boundary,
so no Python object leaks into JavaScript and JavaScript can reach nothing
that is not listed here.
"""

from __future__ import annotations

import base64
import json
from datetime import date

from .. import render
from ..outputs import exports
from ..tools import move_on_journal
from . import group_links, share_links
from ..core.spec import Letter


def render_json(name: str, values_json: str, today_iso: str) -> str:
    """Kept for the tests: exactly what the page gets for one render."""
    return call("render", json.dumps({"writer": name, "values": json.loads(values_json), "today": today_iso}))


def _render(writer: str, values: dict, today: str) -> dict:
    if not isinstance(values, dict):
        raise ValueError("values must be an object")
    result = render(writer, values, date.fromisoformat(today))
    return {**result.as_dict(), "letters": [exports.payload(letter) for letter in result.letters]}


def _open_link(writer: str, params: dict, values: dict, today: str) -> dict:
    """A counselor's link opened on a writer: the answers the form takes and
    what to tell the reader (share_links.prefill), with the letter for the
    form's values once they are in. One call, so the linked letter shows a
    round trip sooner than a prefill and then a render would."""
    if not isinstance(values, dict):
        raise ValueError("values must be an object")
    found = share_links.prefill(writer, params)
    answers = {**values, **found["values"]}
    return {**found, "answers": answers, "result": _render(writer, answers, today)}


def _export(letter: dict, format: str) -> dict:
    """A file to download: .txt or .docx, as base64 so bytes survive JSON."""
    item = Letter(**{k: str(letter.get(k, "")) for k in ("subject", "body", "heading")},
                  layout=letter.get("layout", "email"))
    if format == "txt":
        data, media_type = exports.to_text(item).encode("utf-8"), "text/plain;charset=utf-8"
    elif format == "docx":
        data, media_type = exports.to_docx(item), exports.DOCX_TYPE
    else:
        raise ValueError(f"unknown format {format!r}")
    return {"name": exports.file_name(item, format), "type": media_type, "base64": base64.b64encode(data).decode()}


def _journal_entry(values: dict, today: str) -> dict:
    return move_on_journal.check_entry(values, date.fromisoformat(today))


def _journal_summary(entries: list, today: str) -> dict:
    return move_on_journal.summarise(entries, date.fromisoformat(today))


CALLS = {
    "render": _render,
    "export": _export,
    "open_link": _open_link,
    "link": share_links.link,
    "qr": share_links.qr_svg,
    "carry": share_links.carry,
    # Links for a group (docs/assets/javascripts/components/group-links.mjs).
    "group_template": group_links.template,
    "group_links": group_links.group_links,
    # The move-on journal (docs/assets/javascripts/components/journal.mjs).
    "journal_entry": _journal_entry,
    "journal_summary": _journal_summary,
    "journal_export": move_on_journal.export_text,
}


def call(name: str, args_json: str) -> str:
    args = json.loads(args_json)
    if name not in CALLS or not isinstance(args, dict):
        raise ValueError(f"no browser call {name!r}")
    return json.dumps(CALLS[name](**args), ensure_ascii=False)
