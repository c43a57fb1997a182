"""MkDocs hook: every guide says when it was last reviewed, and the build
fails on a guide that does not.

A guide is a page in a stage folder. A stage folder is a top-level folder of
docs/ whose pages carry a stage tag (front matter ``tags:``), so a new stage
such as offer/ needs no change here. Every page in a stage folder must have a
tag and a ``reviewed:`` date written as an ISO date (2026-12-01): counselors
print guides, and a handout must say how fresh its advice is.
"""

from __future__ import annotations

from datetime import date

from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

# Dates read as the letters write them: "December 1, 2026".
from generators.core.grammar import long_date


def reviewed_date(value) -> date | None:
    """The review date from front matter, or None if it is missing or not ISO.

    YAML reads an unquoted 2026-12-01 as a date; a quoted one stays a string.
    """
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def top_folder(src_uri: str) -> str | None:
    parts = src_uri.split("/")
    return parts[0] if len(parts) > 1 else None


def stage_folders(pages: dict[str, dict]) -> set[str]:
    """Top-level folders that hold at least one page with a stage tag."""
    return {top_folder(uri) for uri, meta in pages.items()
            if meta.get("tags") and top_folder(uri)}


def guides(pages: dict[str, dict]) -> list[str]:
    stages = stage_folders(pages)
    return sorted(uri for uri in pages if top_folder(uri) in stages)


def guide_problems(pages: dict[str, dict]) -> list[str]:
    """One line per guide whose front matter lacks what every guide needs."""
    problems = []
    for uri in guides(pages):
        meta = pages[uri]
        if not meta.get("tags"):
            problems.append(f"{uri}: a page in a stage folder needs a stage tag (tags:)")
        if "reviewed" not in meta:
            problems.append(f"{uri}: no 'reviewed:' date; add e.g. reviewed: {date.today().isoformat()}")
        elif reviewed_date(meta["reviewed"]) is None:
            problems.append(f"{uri}: 'reviewed: {meta['reviewed']}' is not an ISO date (YYYY-MM-DD)")
    return problems


def reviewed_line(day: date) -> str:
    # A <div>, not a <p>: the guide's first paragraph stays its summary.
    return (f'<div class="guide-reviewed">Last reviewed '
            f'<time datetime="{day.isoformat()}">{long_date(day)}</time></div>')


def with_reviewed_line(markdown: str, day: date) -> str:
    """The page with its review line right under its first-level heading."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[:index + 1] + ["", reviewed_line(day), ""] + lines[index + 1:])
    return reviewed_line(day) + "\n\n" + markdown


_guides: set[str] = set()


def on_files(files, config):
    pages = {}
    for file in files.documentation_pages():
        _, meta = get_data(file.content_string)
        pages[file.src_uri] = meta or {}
    problems = guide_problems(pages)
    if problems:
        raise PluginError("Every guide needs a stage tag and a review date:\n  " + "\n  ".join(problems))
    _guides.clear()
    _guides.update(guides(pages))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri not in _guides:
        return markdown
    return with_reviewed_line(markdown, reviewed_date(page.meta["reviewed"]))
