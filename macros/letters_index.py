"""The letters index, built from the specs: every writer (and tool) under
its stage, in the order the navigation lists them. Nobody lists a writer by
hand, so a new writer appears here once its module and page exist."""

from __future__ import annotations

import generators
from generators.core.spec import STAGES
from generators.tools import CARDS


def _nav_files(nav) -> list[str]:
    files = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            files += _nav_files(value)
        else:
            files.append(value)
    return files


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def letters_index(nav) -> str:
    """Markdown: a heading per stage, then a table of situations and writers."""
    cards = [{"id": s.id, "title": s.title, "stage": s.stage, "situation": s.situation, "summary": s.summary}
             for s in generators.SPECS.values()] + list(CARDS)
    order = _nav_files(nav)
    for card in cards:
        if card["stage"] not in STAGES or not card["situation"]:
            raise ValueError(f"{card['id']}: the letters index needs its stage and situation")
        if f"letters/{card['id']}.md" not in order:
            raise ValueError(f"{card['id']}: letters/{card['id']}.md is not in the navigation")
    cards.sort(key=lambda c: (list(STAGES).index(c["stage"]), order.index(f"letters/{c['id']}.md")))
    out = []
    for stage, heading in STAGES.items():
        rows = [c for c in cards if c["stage"] == stage]
        if not rows:
            continue
        out += [f"## {heading}", "", "| Your situation | Letter writer |", "| --- | --- |"]
        out += [f"| {_cell(c['situation'])} | [{_cell(c['title'])}]({c['id']}.md)<br>{_cell(c['summary'])} |" for c in rows]
        out.append("")
    return "\n".join(out)
