"""The Make a link page's "Links for a group": a chooser of letter writers,
the sheet to open or paste, and the place the links are shown. The checks and
the links are Python's, in the browser (generators/web/group_links.py); this
macro only lays out the markup."""

from __future__ import annotations

from markupsafe import Markup

import generators
from generators.web import group_links as rules

from .forms import TEMPLATES, page_path


def group_links() -> Markup:
    specs = sorted(generators.SPECS.values(), key=lambda s: s.title)
    html = TEMPLATES.get_template("group_links.html").render(
        writers=[(spec, page_path(spec.id)) for spec in specs],
        max_clients=rules.MAX_CLIENTS,
        max_characters=rules.MAX_CHARACTERS,
        client=rules.CLIENT,
    )
    # Markdown ends a raw HTML block at a blank line: emit none.
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
