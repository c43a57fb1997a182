"""The handouts hook (overrides/hooks/handouts.py): taking a guide's parts from
its HTML, rebasing its links, the QR code, and a whole build of a small site
that has a guide with every part, one without a timeline, and one that
lacks parts."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import segno

import handouts
from support.paths import ROOT
from test_guides_readability import MAX_GRADE, grade

GUIDE_MD = '''\
---
title: {title}
tags:
  - Testing
reviewed: 2026-03-09
---

# {title}

First paragraph of {title}, with [a link](../other/page.md).

!!! abstract "In 30 seconds"
    - **Today:** the first thing.
    - **Later:** the second thing.

## When this applies

- Not on the handout.

## Steps

1. **Open with a lead.** Then the detail, with [a link to steps](#steps).
2. A step with no bold lead.
    - a nested point

## Do and don't

!!! tip "Do"
    - Do this.

!!! warning "Don't"
    - Not that.
{timeline}
## Related guides

- Not on the handout either.
'''
TIMELINE = '''
## Timeline

| When | What to do |
| --- | --- |
| Day one | Start. |
'''


def render(markdown_text: str) -> str:
    import markdown

    body = re.sub(r"\A---.*?---\n", "", markdown_text, flags=re.DOTALL)
    return markdown.markdown(body, extensions=["admonition", "tables", "toc"],
                             extension_configs={"toc": {"permalink": True}})


def test_every_part_is_taken_from_the_guide():
    parts = handouts.read_guide(render(GUIDE_MD.format(title="Alpha", timeline=TIMELINE)), "stage/alpha.md")
    assert handouts.plain(parts.summary) == "First paragraph of Alpha, with a link."
    assert "<strong>Today:</strong> the first thing." in parts.in_brief
    assert "In 30 seconds" not in parts.in_brief
    assert "Open with a lead." in parts.steps and "a nested point" in parts.steps
    assert "Not on the handout" not in parts.steps
    assert "Day one" in parts.timeline
    assert handouts.plain(parts.do) == "Do this." and handouts.plain(parts.dont) == "Not that."
    assert "headerlink" not in parts.steps + parts.timeline


def test_a_timeline_is_optional():
    parts = handouts.read_guide(render(GUIDE_MD.format(title="Beta", timeline="")), "stage/beta.md")
    assert parts.timeline is None
    assert handouts.part_html(guide_for(parts), "timeline", 2, "handouts/stage/beta/") == ""


def test_step_leads_keep_the_bold_opening_or_the_whole_step():
    parts = handouts.read_guide(render(GUIDE_MD.format(title="Gamma", timeline="")), "stage/gamma.md")
    leads = re.findall(r"<li>(.*?)</li>", parts.step_leads(), re.DOTALL)
    assert leads[0] == "Open with a lead."
    assert leads[1].startswith("A step with no bold lead.")
    assert len(leads) == 2  # the nested point stays inside its step


@pytest.mark.parametrize("remove, named", [
    ('!!! abstract "In 30 seconds"', 'In 30 seconds'),
    ("## Steps", "## Steps"),
    ('!!! tip "Do"', '!!! tip "Do"'),
    ('!!! warning "Don\'t"', '!!! warning "Don\'t"'),
    ("## Do and don't", "Do and don't"),
])
def test_a_missing_part_is_named_with_the_guide(remove, named):
    broken = GUIDE_MD.format(title="Delta", timeline=TIMELINE).replace(remove, "## Something else", 1)
    with pytest.raises(handouts.HandoutError) as error:
        handouts.read_guide(render(broken), "stage/delta.md")
    assert str(error.value).startswith("stage/delta.md: its handout needs ")
    assert named in str(error.value)


def test_every_missing_part_is_named_at_once():
    with pytest.raises(handouts.HandoutError) as error:
        handouts.read_guide("<h1>Only a title</h1>", "stage/empty.md")
    message = str(error.value)
    for what in ("first paragraph", "In 30 seconds", "## Steps", '"Do"', '"Don\'t"'):
        assert what in message


@pytest.mark.parametrize("link, rebased", [
    ('href="../../letters/writer/"', 'href="../../../letters/writer/"'),
    ('href="#steps"', 'href="../../../stage/guide/#steps"'),
    ('href="../other/#part"', 'href="../../../stage/other/#part"'),
    ('href="https://example.org/x"', 'href="https://example.org/x"'),
    ('href="mailto:a@example.org"', 'href="mailto:a@example.org"'),
    ('href="/absolute/"', 'href="/absolute/"'),
    ('src="../../img/a.png"', 'src="../../../img/a.png"'),
])
def test_links_are_rebased_from_the_guide_to_its_handout(link, rebased):
    assert handouts.rebase_links(f"<a {link}>x</a>", "stage/guide/", "handouts/stage/guide/") == f"<a {rebased}>x</a>"


def qr_modules(svg: str) -> set[tuple[int, int]]:
    """The dark modules (row, column) drawn by a segno SVG: its dark path is a
    run of "move" and "horizontal line" commands, one module high."""
    path = re.search(r'<path[^>]*stroke="#000"[^>]*\bd="([^"]+)"', svg).group(1)
    x = y = 0.0
    dark = set()
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path):
        values = [float(n) for n in numbers.split()]
        if command in "Mm":
            x, y = (values[0], values[1]) if command == "M" else (x + values[0], y + values[1])
        else:
            dark.update((int(y), int(x) + i) for i in range(int(values[0])))
            x += values[0]
    return dark


def expected_modules(url: str) -> set[tuple[int, int]]:
    """What a QR code for url must show, encoded afresh; with the 4-module quiet zone."""
    code = segno.make_qr(url, error="m")
    return {(r + 4, c + 4) for r, row in enumerate(code.matrix) for c, on in enumerate(row) if on}


def test_the_qr_code_carries_the_address():
    url = "https://example.org/stage/guide/"
    svg = handouts.qr_svg(url, "QR code")
    assert qr_modules(svg) == expected_modules(url)
    assert qr_modules(svg) != expected_modules(url + "x")
    assert f'data-url="{url}"' in svg and 'role="img"' in svg and "<title>QR code</title>" in svg


def guide_for(parts):
    from datetime import date

    return handouts.Guide("stage/beta.md", "Beta", "stage/beta/", "https://example.org/stage/beta/",
                          date(2026, 3, 9), parts)


def test_the_privacy_promise_is_the_one_the_privacy_page_makes():
    privacy = re.sub(r"[*_]", "", (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")).lower()
    promise = handouts.PRIVACY_PROMISE.lower().rstrip(".")
    stays, _, never = promise.partition(": ")
    assert stays in privacy
    # "it is never sent" says of what you type what the page says of "your answers".
    assert never.replace("it is never sent", "your answers are never sent") in privacy


# A page whose front matter asks for a combined sheet has no text of its own.
COUNSELOR_PAGES = [p for p in [ROOT / "docs" / "counselors.md", *sorted((ROOT / "docs" / "counselors").glob("*.md"))]
                   if "\nhandout:" not in p.read_text(encoding="utf-8").split("\n---", 1)[0]]


def test_the_counselor_pages_are_found():
    assert len(COUNSELOR_PAGES) >= 3


@pytest.mark.parametrize("path", COUNSELOR_PAGES, ids=lambda p: p.name)
def test_counselor_pages_are_easy_to_read(path):
    text = path.read_text(encoding="utf-8")
    assert grade(text) <= MAX_GRADE, f"{path.name}: grade {grade(text):.1f}"


# --- A whole build of a small site ------------------------------------------------

CONFIG = '''\
site_name: Handout test
site_url: https://example.org/base/
theme:
  name: material
hooks:
  - {hooks}/guide_meta.py
  - {hooks}/handouts.py
markdown_extensions:
  - admonition
  - tables
  - toc:
      permalink: true
'''


def build(tmp_path: Path, pages: dict[str, str]):
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(hooks=ROOT / "overrides" / "hooks"), encoding="utf-8")
    for name, text in pages.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(tmp_path / "site")],
                          cwd=tmp_path, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""})


SMALL_SITE = {
    "index.md": "# Home\n\nHello.\n",
    "stage/alpha.md": GUIDE_MD.format(title="Alpha", timeline=TIMELINE),
    "stage/beta.md": GUIDE_MD.format(title="Beta", timeline=""),
    "other/page.md": "# Other\n\nA page.\n",
    "sheet.md": textwrap.dedent('''\
        ---
        title: Both at once
        description: Alpha and Beta on one sheet.
        handout:
          guides: [stage/alpha.md, stage/beta.md]
          parts: [in_brief, step_leads]
        ---
        '''),
    "list.md": "---\nhandout_index: true\n---\n\n# Handouts\n\nEvery handout.\n",
}


def test_a_build_writes_a_handout_per_guide_and_links_it(tmp_path):
    done = build(tmp_path, SMALL_SITE)
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    alpha = (site / "handouts" / "stage" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Alpha</h1>" in alpha and "Open with a lead." in alpha and "Day one" in alpha
    assert "Not on the handout" not in alpha
    assert 'datetime="2026-03-09">March 9, 2026</time>' in alpha
    assert 'data-url="https://example.org/base/stage/alpha/"' in alpha
    assert handouts.PRIVACY_PROMISE in alpha
    assert 'href="../../../other/page/"' in alpha  # the guide's link, from the handout's address
    beta = (site / "handouts" / "stage" / "beta" / "index.html").read_text(encoding="utf-8")
    assert "Timeline" not in re.sub(r"<nav.*?</nav>", "", beta, flags=re.DOTALL).split('class="ns-handout"')[1]
    guide = (site / "stage" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="../../handouts/stage/alpha/">{handouts.HANDOUT_LINK_TEXT}</a>' in guide
    sheet = (site / "sheet" / "index.html").read_text(encoding="utf-8")
    assert sheet.count('class="ns-handout__guide"') == 2 and "Open with a lead.</li>" in sheet
    assert "Do this." not in sheet  # only the parts the sheet asked for
    listing = (site / "list" / "index.html").read_text(encoding="utf-8")
    assert 'href="../handouts/stage/alpha/"' in listing and 'href="../handouts/stage/beta/"' in listing


def test_a_build_fails_naming_the_guide_and_the_missing_part(tmp_path):
    broken = GUIDE_MD.format(title="Gamma", timeline="").replace("## Steps", "## Things to do")
    done = build(tmp_path, {**SMALL_SITE, "stage/gamma.md": broken})
    assert done.returncode != 0
    assert "stage/gamma.md: its handout needs a \"## Steps\" section" in done.stderr


def test_a_sheet_naming_a_page_that_is_not_a_guide_fails(tmp_path):
    sheet = SMALL_SITE["sheet.md"].replace("stage/beta.md", "other/page.md")
    done = build(tmp_path, {**SMALL_SITE, "sheet.md": sheet})
    assert done.returncode != 0 and "sheet.md: handout.guides must list guides" in done.stderr
