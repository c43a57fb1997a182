"""A guide's timeline, from the timing rules (generators/core/timing.py) that
the follow-up planner and the writers' advice use too."""

from __future__ import annotations

import generators
from generators.core.timing import GUIDE_TIMELINES
from generators.tools import CARDS


def _writer_title(writer_id: str) -> str:
    if writer_id in generators.SPECS:
        return generators.SPECS[writer_id].title
    return next(card["title"] for card in CARDS if card["id"] == writer_id)


def guide_timeline(src_uri: str) -> str:
    """Markdown: the When / What to do table of the guide at src_uri."""
    key = src_uri.removesuffix(".md")
    if key not in GUIDE_TIMELINES:
        raise KeyError(f"{src_uri} asks for its timeline, but generators/core/timing.py has none for {key!r}")
    depth = key.count("/")
    lines = ["| When | What to do |", "| --- | --- |"]
    for row in GUIDE_TIMELINES[key]:
        what = row.what
        if row.writer:
            link = f"[{_writer_title(row.writer)}]({'../' * depth}letters/{row.writer}.md)"
            # A span, so that a printed handout can leave the link out.
            what += f' <span class="ns-timeline__writer">Letter writer: {link}</span>'
        cells = [text.replace("|", "\\|") for text in (row.when, what)]
        lines.append(f"| {cells[0]} | {cells[1]} |")
    return "\n".join(lines)
