"""The guides: a review date the build insists on, and one shape for all.

Counselors print the guides and a handout builder reads them by their
headings, so every guide keeps the same parts under the same names.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
HOOK = ROOT / "overrides" / "hooks" / "guide_meta.py"
sys.path[:0] = [str(ROOT), str(HOOK.parent)]

import guide_meta  # noqa: E402  (a build hook, not a package)
from test_guides_readability import prose  # noqa: E402  (one way to read a page's prose)

MIN_WORDS, MAX_WORDS = 750, 1000
SUMMARY_BOX = '!!! abstract "In 30 seconds"'
SECTIONS = ("Steps", "Do and don't")
WORD = re.compile(r"[\w’'-]+")


def front_matter(path: Path) -> dict:
    return get_data(path.read_text(encoding="utf-8"))[1] or {}


def site_pages(docs: Path = DOCS) -> dict[str, dict]:
    return {path.relative_to(docs).as_posix(): front_matter(path) for path in sorted(docs.rglob("*.md"))}


GUIDES = guide_meta.guides(site_pages())


# --- What counts as a guide, and what it needs ------------------------------

def test_stage_folders_are_the_folders_with_tagged_pages():
    pages = {
        "index.md": {"title": "Home"},
        "applying/follow-up.md": {"tags": ["Applying"], "reviewed": date(2026, 12, 1)},
        "offer/negotiating.md": {"tags": ["The offer"], "reviewed": "2026-11-30"},
        "letters/withdrawal.md": {"title": "A letter writer"},
    }
    assert guide_meta.stage_folders(pages) == {"applying", "offer"}
    assert guide_meta.guides(pages) == ["applying/follow-up.md", "offer/negotiating.md"]
    assert guide_meta.guide_problems(pages) == []


@pytest.mark.parametrize("meta, complaint", [
    ({"tags": ["Applying"]}, "no 'reviewed:' date"),
    ({"tags": ["Applying"], "reviewed": "December 2026"}, "not an ISO date"),
    ({"tags": ["Applying"], "reviewed": "2026-13-01"}, "not an ISO date"),
    ({"tags": ["Applying"], "reviewed": None}, "not an ISO date"),
    ({"reviewed": "2026-12-01"}, "needs a stage tag"),
])
def test_a_guide_without_what_it_needs_is_named(meta, complaint):
    pages = {"applying/follow-up.md": {"tags": ["Applying"], "reviewed": "2026-12-01"},
             "applying/new.md": meta}
    problems = guide_meta.guide_problems(pages)
    assert len(problems) == 1
    assert problems[0].startswith("applying/new.md:") and complaint in problems[0]


def test_reviewed_line_goes_under_the_title():
    page = "# Waiting\n\nFirst paragraph.\n"
    out = guide_meta.with_reviewed_line(page, date(2026, 12, 1))
    assert out.index("# Waiting") < out.index("Last reviewed") < out.index("First paragraph.")
    assert '<time datetime="2026-12-01">December 1, 2026</time>' in out


def _site(tmp_path: Path, guide_front_matter: str) -> Path:
    """A small MkDocs project with only this hook, so the test builds in a second."""
    docs = tmp_path / "docs"
    (docs / "applying").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nHello.\n", encoding="utf-8")
    (docs / "applying" / "old.md").write_text(
        "---\ntags:\n  - Applying\nreviewed: 2026-12-01\n---\n\n# Old guide\n\nText.\n", encoding="utf-8")
    (docs / "applying" / "new.md").write_text(
        f"---\n{guide_front_matter}---\n\n# New guide\n\nText.\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: Test\ndocs_dir: docs\nhooks:\n  - {HOOK}\n", encoding="utf-8")
    return config


def _build(config: Path):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config),
         "--site-dir", str(config.parent / "site")],
        capture_output=True, text=True, cwd=ROOT,  # the hook imports the project's generators
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


def test_build_fails_on_a_guide_without_a_review_date(tmp_path):
    done = _build(_site(tmp_path, "tags:\n  - Applying\n"))
    assert done.returncode != 0
    assert "applying/new.md: no 'reviewed:' date" in done.stdout + done.stderr


def test_build_shows_the_review_date_on_the_guide(tmp_path):
    config = _site(tmp_path, "tags:\n  - Applying\nreviewed: 2026-11-30\n")
    done = _build(config)
    assert done.returncode == 0, done.stdout + done.stderr
    html = (config.parent / "site" / "applying" / "new" / "index.html").read_text(encoding="utf-8")
    assert 'Last reviewed <time datetime="2026-11-30">November 30, 2026</time>' in html
    home = (config.parent / "site" / "index.html").read_text(encoding="utf-8")
    assert "Last reviewed" not in home


# --- The guides on this site -------------------------------------------------

def test_the_site_has_its_guides():
    assert len(GUIDES) >= 11, GUIDES
    assert guide_meta.guide_problems(site_pages()) == []


@pytest.mark.parametrize("guide", GUIDES)
def test_guide_has_the_shared_parts_in_order(guide):
    body = (DOCS / guide).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    blocks = [block for block in body.strip().split("\n\n") if block.strip()]
    assert blocks[0].startswith("# "), "a guide starts with its title"
    assert not blocks[1].startswith(("#", "!!!", "-", "|")), "then one paragraph of summary"
    assert blocks[2].startswith(SUMMARY_BOX), f"the third block is the {SUMMARY_BOX} box"
    if "](../letters/" in body:
        assert "](../letters/" in blocks[2], "the 30-second box links the writer to use"
    headings = re.findall(r"^## (.+)$", body, flags=re.MULTILINE)
    for heading in SECTIONS:
        assert heading in headings, f"no '## {heading}' section"
    assert headings.index("Steps") < headings.index("Do and don't")
    for heading in headings:
        assert heading == "Timeline" or "timeline" not in heading.lower(), (
            f"the timeline heading is exactly '## Timeline', not '## {heading}'")
    do_and_dont = body.split("\n## Do and don't\n", 1)[1].split("\n## ", 1)[0]
    assert '!!! tip "Do"' in do_and_dont and '!!! warning "Don\'t"' in do_and_dont


@pytest.mark.parametrize("guide", GUIDES)
def test_guide_length(guide):
    words = len(WORD.findall(prose((DOCS / guide).read_text(encoding="utf-8"))))
    assert MIN_WORDS <= words <= MAX_WORDS, f"{guide}: {words} words, not {MIN_WORDS}–{MAX_WORDS}"


LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def test_every_link_to_a_guide_uses_its_title():
    """One name per page: a link to a guide reads as the guide's title, so
    the navigation, the start page and the text never disagree."""
    titles = {guide: front_matter(DOCS / guide)["title"] for guide in GUIDES}
    wrong = []
    for path in sorted(DOCS.rglob("*.md")):
        for text, target in LINK.findall(path.read_text(encoding="utf-8")):
            resolved = (path.parent / target).resolve()
            try:
                guide = resolved.relative_to(DOCS).as_posix()
            except ValueError:
                continue
            if guide in titles and text.replace("*", "") != titles[guide]:
                wrong.append(f"{path.relative_to(DOCS)}: [{text}] -> {guide} (title: {titles[guide]})")
    assert not wrong, "\n".join(wrong)
