"""The move-on journal's page markup, built from its entry fields.

Like ``letter_writer``, no page hand-writes the form: the fields come from
``generators.tools.move_on_journal.ENTRY_FIELDS`` and use the same field markup as
every letter writer (templates/fields.html). The page script
(docs/assets/javascripts/journal.mjs) finds the journal by its class.
"""

from __future__ import annotations

from markupsafe import Markup

from generators.tools import move_on_journal

from .forms import TEMPLATES

ID = "journal"


def control_id(key: str) -> str:
    return f"ns-{ID}-{key}"


def journal() -> Markup:
    """The entry form, the list of entries with delete and export, and the review."""
    html = TEMPLATES.get_template("journal.html").render(
        fields=move_on_journal.ENTRY_FIELDS,
        enough=move_on_journal.ENOUGH,
        speak_up_title=move_on_journal.SPEAK_UP_TITLE,
        speak_up=move_on_journal.SPEAK_UP,
        progress=move_on_journal.progress(0),
        cid=control_id,
    )
    # Markdown ends a raw HTML block at a blank line: emit none.
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
