"""Bundles at build time: whether a letter writer's page offers a next step
(the follow-up planner for the same application), and the words for it.
``generators.web.share_links`` decides, from the two specs; the page only
shows it. A global of the form templates, so ``letter_writer.html`` asks
for it by name."""

from __future__ import annotations

import generators
from generators.core.grammar import join_names
from generators.web import share_links

from .forms import TEMPLATES, page_path


def next_step(spec_id: str) -> dict | None:
    target = share_links.next_step(spec_id)
    if not target:
        return None
    questions = dict(generators.get_spec(target).fields())
    shared = share_links.shared_fields(spec_id, target)
    return {
        "target": target,
        "title": generators.get_spec(target).title,
        "page": page_path(target),
        "answers": join_names(questions[key].title.lower() for key in shared),
    }


TEMPLATES.globals["next_step"] = next_step
