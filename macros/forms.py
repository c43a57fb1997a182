"""Render a generator spec into an accessible HTML form and its sample letter."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

import generators
from generators.outputs import exports
from generators.core.spec import Group

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


def page_path(spec_id: str) -> str:
    """Where a letter writer's page lives, from the site root: letters/<id>/."""
    return f"letters/{spec_id}/"



def render_writer(spec_id: str, mode: str = "letter") -> str:
    spec = generators.get_spec(spec_id)
    sample = generators.sample(spec_id)
    letters = [exports.payload(letter) for letter in sample.letters]
    html = TEMPLATES.get_template("letter_writer.html").render(
        spec=spec,
        mode=mode,
        sample_letters=letters,
        # An attribute, not a <script> block: Material re-creates inline
        # scripts on navigation, and the page's CSP would rightly block it.
        sample_json=json.dumps(letters, ensure_ascii=False),
        page_path=page_path(spec_id),
        cid=lambda key: control_id(spec_id, key),
    )
    # Markdown ends a raw HTML block at a blank line: emit none.
    return "\n".join(line for line in html.splitlines() if line.strip())


def letter_writer(spec_id: str) -> Markup:
    """The form, the status line and the sample letter for one generator."""
    return Markup(render_writer(spec_id))


def link_maker() -> Markup:
    """Every letter writer's form in link mode, behind one chooser."""
    specs = sorted(generators.SPECS.values(), key=lambda s: s.title)
    html = TEMPLATES.get_template("link_maker.html").render(
        specs=specs,
        writers=[Markup(render_writer(spec.id, mode="link")) for spec in specs],
    )
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
