"""Render a generator spec into an accessible HTML form and its sample letter."""

from __future__ import annotations

from pathlib import Path

import jinja2
from markupsafe import Markup, escape

import generators
from generators.spec import Group

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
TEMPLATES.tests["group"] = lambda item: isinstance(item, Group)
# Letter text keeps its line breaks as character references: the macro's
# output must hold no blank line, or Markdown would end the HTML block there.
TEMPLATES.filters["keep_lines"] = lambda text: Markup(str(escape(text)).replace("\n", "&#10;"))


def control_id(spec_id: str, key: str) -> str:
    return f"ns-{spec_id}-{key}"


def letter_writer(spec_id: str) -> Markup:
    """The form, the status line and the sample letter for one generator."""
    spec = generators.get_spec(spec_id)
    sample = generators.sample(spec_id)
    html = TEMPLATES.get_template("letter_writer.html").render(
        spec=spec,
        sample=sample,
        cid=lambda key: control_id(spec_id, key),
    )
    # Markdown ends a raw HTML block at a blank line: emit none.
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
