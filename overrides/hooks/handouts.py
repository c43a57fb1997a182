"""MkDocs hook: a one-page printable handout for every guide.

Which pages are guides, and their review dates, come from guide_meta.py.
Each guide gets a page at ``handouts/<guide>/`` built from the guide's own
rendered HTML, so the advice is written once:

- the first paragraph and the ``!!! abstract "In 30 seconds"`` box;
- the ``## Steps`` section;
- the ``## Timeline`` section, where the guide has one;
- the ``!!! tip "Do"`` and ``!!! warning "Don't"`` boxes under ``## Do and don't``;
- the ``reviewed`` date from the front matter.

A guide that lacks one of these fails the build with a message naming the
guide and what is missing. Any page may also ask for a combined sheet with
``handout: {guides: [...], parts: [...]}`` in its front matter.

The handout pages are ordinary Material pages (theme, CSP, offline copy and
search exclusion all apply); only their content is composed here, in
``on_env``, once every guide has been rendered.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

import segno
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from guide_meta import guides as guide_pages, long_date, reviewed_date

# One sentence, the promise docs/privacy.md makes (a test holds them together).
PRIVACY_PROMISE = (
    "What you type into a letter writer stays on your device: "
    "it is never sent to this site or to anyone else."
)
IN_BRIEF = "In 30 seconds"
STEPS = "Steps"
TIMELINE = "Timeline"
DO_AND_DONT = "Do and don't"
DO = "Do"
DONT = "Don't"
# What a single guide's handout shows, in order; a combined sheet may choose.
# "step_leads" is each step's bold opening only, for sheets that cover several guides.
PARTS = ("in_brief", "steps", "timeline", "do_and_dont")
ALL_PARTS = PARTS + ("step_leads",)
HANDOUT_LINK_TEXT = "Print a one-page handout"


class HandoutError(PluginError):
    """A build error MkDocs reports as a message, without a traceback."""


@dataclass
class GuideParts:
    """The parts of one guide a handout prints, as HTML fragments with links
    relative to the guide's own address."""

    summary: str
    in_brief: str
    steps: str
    timeline: str | None
    do: str
    dont: str

    def step_leads(self) -> str:
        """The first steps list with each step cut to its bold opening, where it has one."""
        start = self.steps.find("<ol")
        if start < 0:
            return self.steps
        steps = element_at(self.steps, start)
        leads = []
        for item in top_level(steps[steps.index(">") + 1: -len("</ol>")], "li"):
            body = item[item.index(">") + 1: -len("</li>")]
            strong = re.match(r"\s*<strong>(.*?)</strong>", body, re.DOTALL)
            leads.append(f"<li>{strong.group(1) if strong else body}</li>")
        return "<ol>" + "".join(leads) + "</ol>"


# --- Reading a guide's HTML ----------------------------------------------------

HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
H2 = re.compile(r"<h2[^>]*>(.*?)</h2>", re.DOTALL)


def plain(fragment: str) -> str:
    """The text of an HTML fragment, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", HEADERLINK.sub("", fragment))).split())


def sections(page_html: str) -> tuple[str, dict[str, str]]:
    """(everything before the first <h2>, {h2 text: the HTML under it})."""
    headings = list(H2.finditer(page_html))
    intro = page_html[: headings[0].start()] if headings else page_html
    found = {}
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(page_html)
        found[plain(heading.group(1))] = page_html[heading.end():end].strip()
    return intro, found


def element_at(fragment: str, start: int) -> str:
    """The whole element whose start tag begins at `start`, nested ones included."""
    name = re.match(r"<(\w+)", fragment[start:]).group(1)
    tag = re.compile(rf"<(/?){name}\b[^>]*>")
    depth = 0
    for match in tag.finditer(fragment, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return fragment[start:match.end()]
    raise HandoutError(f"unclosed <{name}> in the page")


def top_level(fragment: str, name: str) -> list[str]:
    """Each <name> element directly in fragment, nested ones left inside their parent."""
    found, position = [], 0
    start_tag = re.compile(rf"<{name}\b[^>]*>")
    while match := start_tag.search(fragment, position):
        element = element_at(fragment, match.start())
        found.append(element)
        position = match.start() + len(element)
    return found


ADMONITION = re.compile(r'<div class="admonition[^"]*">')
ADMONITION_TITLE = re.compile(r'<p class="admonition-title">(.*?)</p>', re.DOTALL)


def admonition_span(fragment: str, title: str) -> tuple[int, int] | None:
    """Where the admonition with this title starts and ends, or None."""
    for match in ADMONITION.finditer(fragment):
        box = element_at(fragment, match.start())
        heading = ADMONITION_TITLE.search(box)
        if heading and plain(heading.group(1)) == title:
            return match.start(), match.start() + len(box)
    return None


def admonition(fragment: str, title: str) -> str | None:
    """The body (title removed) of the admonition with this title, or None."""
    span = admonition_span(fragment, title)
    if span is None:
        return None
    box = fragment[span[0]:span[1]]
    return box[ADMONITION_TITLE.search(box).end(): -len("</div>")].strip()


def first_paragraph(intro: str) -> str | None:
    """The first paragraph after the title that is not inside a box."""
    without_boxes = intro
    for match in reversed(list(ADMONITION.finditer(intro))):
        box = element_at(intro, match.start())
        without_boxes = without_boxes.replace(box, "")
    paragraph = re.search(r"<p>(.*?)</p>", without_boxes, re.DOTALL)
    return paragraph.group(1).strip() if paragraph else None


def read_guide(page_html: str, name: str) -> GuideParts:
    """Take a handout's parts from a guide's rendered HTML; fail naming all
    that is missing, so one build tells the writer everything to add."""
    intro, found = sections(page_html)
    do_and_dont = found.get(DO_AND_DONT, "")
    parts = {
        "summary": (first_paragraph(intro), "a first paragraph under the title"),
        "in_brief": (admonition(page_html, IN_BRIEF), f'an admonition !!! abstract "{IN_BRIEF}"'),
        "steps": (found.get(STEPS), f'a "## {STEPS}" section'),
        "do": (admonition(do_and_dont, DO), f'a !!! tip "{DO}" box under "## {DO_AND_DONT}"'),
        "dont": (admonition(do_and_dont, DONT), f'a !!! warning "{DONT}" box under "## {DO_AND_DONT}"'),
    }
    missing = [what for value, what in parts.values() if not value]
    if missing:
        raise HandoutError(f"{name}: its handout needs " + "; ".join(missing))
    values = {key: HEADERLINK.sub("", value) for key, (value, _) in parts.items()}
    timeline = found.get(TIMELINE)
    return GuideParts(timeline=HEADERLINK.sub("", timeline) if timeline else None, **values)


LINK = re.compile(r'(?P<attr>\b(?:href|src))="(?P<url>[^"]*)"')


def rebase_links(fragment: str, from_url: str, to_url: str) -> str:
    """Relative links written for the page at from_url, made to work from to_url
    (both site-relative directory URLs, as MkDocs gives them)."""
    def rebase(match: re.Match) -> str:
        url = html.unescape(match.group("url"))
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith("/"):
            return match.group(0)
        target = urljoin("/" + from_url, url)  # absolute path on the site
        path, _, anchor = target.partition("#")
        relative = get_relative_url(path.lstrip("/") or ".", to_url or ".")
        if path.endswith("/") and not relative.endswith("/"):
            relative += "/"
        new = relative + ("#" + anchor if anchor else "")
        return f'{match.group("attr")}="{html.escape(new)}"'
    return LINK.sub(rebase, fragment)


# --- Writing a handout -----------------------------------------------------------

def qr_svg(url: str, label: str) -> str:
    """An inline SVG QR code for url; sized by the stylesheet, named for screen readers."""
    code = segno.make_qr(url, error="m")
    svg = code.svg_inline(scale=1, omitsize=True, svgclass="ns-handout__qr-code", lineclass=None,
                          title=label, dark="#000", light="#fff")
    return svg.replace("<svg ", f'<svg role="img" data-url="{html.escape(url)}" ', 1)


@dataclass
class Guide:
    src_uri: str
    title: str
    url: str  # site-relative, as MkDocs gives it
    absolute_url: str
    reviewed: date
    parts: GuideParts


def part_html(guide: Guide, part: str, level: int, link_base: str) -> str:
    """One part of a guide as a <section>, links rebased to the handout page."""
    p = guide.parts
    h = f"h{level}"
    if part == "in_brief":
        body = f'<{h}>{IN_BRIEF}</{h}>{p.in_brief}'
    elif part in ("steps", "step_leads"):
        body = f"<{h}>{STEPS}</{h}>" + (p.steps if part == "steps" else p.step_leads())
    elif part == "timeline":
        if p.timeline is None:
            return ""
        body = f"<{h}>{TIMELINE}</{h}>{p.timeline}"
    elif part == "do_and_dont":
        body = (f'<div class="ns-handout__do"><{h}>{DO}</{h}>{p.do}</div>'
                f'<div class="ns-handout__dont"><{h}>{DONT}</{h}>{p.dont}</div>')
    else:
        raise HandoutError(f"unknown handout part {part!r}; choose from {', '.join(ALL_PARTS)}")
    section = f'<section class="ns-handout__part ns-handout__part--{part.replace("_", "-")}">{body}</section>'
    return rebase_links(section, guide.url, link_base)


def qr_figure(guide: Guide) -> str:
    return (
        '<figure class="ns-handout__qr">'
        + qr_svg(guide.absolute_url, f"QR code for the guide online: {guide.absolute_url}")
        + f'<figcaption>Scan for the full guide:<br><span class="ns-handout__url">{html.escape(guide.absolute_url)}'
        "</span></figcaption></figure>"
    )


def reviewed_line(guide: Guide) -> str:
    return (f'<p class="ns-handout__reviewed">Last reviewed: '
            f'<time datetime="{guide.reviewed.isoformat()}">{long_date(guide.reviewed)}</time></p>')


def footer(extra: str = "") -> str:
    return (f'<footer class="ns-handout__footer">{extra}'
            f'<p class="ns-handout__privacy">{html.escape(PRIVACY_PROMISE)}</p></footer>')


def how_to_print(links: str) -> str:
    """A note for the screen only: the print stylesheet drops it."""
    return ('<p class="ns-handout-print">Print this page with your browser\'s Print command '
            '(Ctrl+P, or Cmd+P on a Mac). It fits on one sheet of A4 or US Letter. '
            f"{links}</p>")


def back_to(guide: Guide, handout_url: str) -> str:
    href = html.escape(get_relative_url(guide.url, handout_url))
    return f'<a href="{href}">{html.escape(guide.title)}</a>'


def single_handout(guide: Guide, handout_url: str) -> str:
    body = "".join(part_html(guide, part, 2, handout_url) for part in PARTS)
    return (
        how_to_print(f"The full guide: {back_to(guide, handout_url)}.")
        + f'<article class="ns-handout" data-guide="{html.escape(guide.src_uri)}">'
        '<header class="ns-handout__header"><div class="ns-handout__heading">'
        '<p class="ns-handout__kicker">Next Steps · one-page handout</p>'
        f"<h1>{html.escape(guide.title)}</h1>"
        f'<p class="ns-handout__summary">{rebase_links(guide.parts.summary, guide.url, handout_url)}</p>'
        f"</div>{qr_figure(guide)}</header>"
        f'<div class="ns-handout__body">{body}</div>'
        + footer(reviewed_line(guide))
        + "</article>"
    )


def combined_handout(title: str, summary: str, guides: list[Guide], parts: list[str], handout_url: str) -> str:
    blocks = []
    for guide in guides:
        inner = "".join(part_html(guide, part, 3, handout_url) for part in parts)
        blocks.append(
            f'<section class="ns-handout__guide" data-guide="{html.escape(guide.src_uri)}">'
            f'<div class="ns-handout__guide-head"><h2>{html.escape(guide.title)}</h2>'
            f'<p class="ns-handout__summary">{rebase_links(guide.parts.summary, guide.url, handout_url)}</p>'
            f"{reviewed_line(guide)}</div>{qr_figure(guide)}"
            f'<div class="ns-handout__body">{inner}</div></section>'
        )
    full_guides = ", ".join(back_to(guide, handout_url) for guide in guides)
    return (
        how_to_print(f"The full guides: {full_guides}.")
        + '<article class="ns-handout ns-handout--combined">'
        '<header class="ns-handout__header"><div class="ns-handout__heading">'
        '<p class="ns-handout__kicker">Next Steps · one-page handout</p>'
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="ns-handout__summary">{html.escape(summary)}</p></div></header>'
        + "".join(blocks) + footer() + "</article>"
    )


# --- The MkDocs events ------------------------------------------------------------

@dataclass
class Build:
    """What one build has learned so far: guides found, handouts to compose."""

    guide_sources: dict[str, dict] = field(default_factory=dict)  # src_uri -> front matter
    handout_of: dict[str, str] = field(default_factory=dict)      # handout src_uri -> guide src_uri
    guides: dict[str, Guide] = field(default_factory=dict)
    combined: dict[str, dict] = field(default_factory=dict)       # page src_uri -> its handout: spec
    sections: list[tuple[str, str]] = field(default_factory=list)  # (nav section, guide src_uri)


_build = Build()


# Outside the stage folders, so a handout is never taken for a guide.
HANDOUTS_FOLDER = "handouts"


def handout_uri(guide_uri: str) -> str:
    """applying/follow-up.md -> handouts/applying/follow-up.md (served at handouts/applying/follow-up/)."""
    return posixpath.join(HANDOUTS_FOLDER, guide_uri)


def handout_source(title: str) -> str:
    # Its content is replaced in on_env; the front matter names it and keeps
    # it out of search, where it would only repeat its guide.
    return (f"---\ntitle: {json.dumps(title)}\nsearch:\n  exclude: true\nhide:\n  - navigation\n  - toc\n---\n\n"
            f"# {title}\n")


def on_files(files: Files, config) -> Files:
    global _build
    _build = Build()
    pages = {file.src_uri: get_data(file.content_string)[1] or {} for file in files.documentation_pages()}
    for src in guide_pages(pages):
        meta = _build.guide_sources[src] = pages[src]
        uri = handout_uri(src)
        if files.get_file_from_path(uri):
            raise HandoutError(f"{uri} exists, but the handout of {src} is generated there")
        title = f"{meta.get('title') or src}: one-page handout"
        files.append(File.generated(config, uri, content=handout_source(title), inclusion=InclusionLevel.NOT_IN_NAV))
        _build.handout_of[uri] = src
    _build.combined = {src: meta["handout"] for src, meta in pages.items() if isinstance(meta.get("handout"), dict)}
    for page, spec in _build.combined.items():
        unknown = [g for g in spec.get("guides", []) if g not in _build.guide_sources]
        if unknown or not spec.get("guides"):
            raise HandoutError(f"{page}: handout.guides must list guides; not guides: {unknown}")
        bad = [p for p in spec.get("parts", PARTS) if p not in ALL_PARTS]
        if bad:
            raise HandoutError(f"{page}: unknown handout parts {bad}; choose from {', '.join(ALL_PARTS)}")
    return files


def on_nav(nav, config, files: Files):
    # The handouts index lists guides where the navigation puts them.
    _build.sections = [(page.parent.title if page.parent else "", page.file.src_uri)
                       for page in nav.pages if page.file.src_uri in _build.guide_sources]
    return nav


def handouts_index(page_uri: str) -> str:
    """Markdown: a heading per navigation section, a link per handout under it."""
    lines, section = [], None
    for title, src in _build.sections:
        if title != section:
            section = title
            lines += ["", f"## {title}", ""]
        name = _build.guide_sources[src].get("title") or src
        lines.append(f"- [{name}]({posixpath.relpath(handout_uri(src), posixpath.dirname(page_uri))})")
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, page, config, files: Files) -> str:
    if page.meta.get("handout_index"):
        return markdown.rstrip() + "\n" + handouts_index(page.file.src_uri)
    return markdown


def handout_link(page_html: str, href: str) -> str:
    """The guide with a small link to its handout after its 'In 30 seconds' box."""
    link = f'<p class="ns-handout-link"><a href="{href}">{HANDOUT_LINK_TEXT}</a></p>'
    _, end = admonition_span(page_html, IN_BRIEF)  # read_guide has made sure it is there
    return page_html[:end] + link + page_html[end:]


def on_page_content(page_html: str, page, config, files: Files) -> str:
    src = page.file.src_uri
    if src not in _build.guide_sources:
        return page_html
    parts = read_guide(page_html, src)
    site_url = config.get("site_url") or ""
    if not site_url:
        raise HandoutError("mkdocs.yml needs site_url: the handouts' QR codes carry each guide's full address")
    reviewed = reviewed_date(page.meta.get("reviewed"))
    if reviewed is None:
        raise HandoutError(f"{src}: its handout needs 'reviewed: YYYY-MM-DD' in the front matter")
    _build.guides[src] = Guide(
        src_uri=src, title=page.title, url=page.url, absolute_url=urljoin(site_url, page.url),
        reviewed=reviewed, parts=parts,
    )
    handout = files.get_file_from_path(handout_uri(src))
    return handout_link(page_html, get_relative_url(handout.url, page.url))


def on_env(env, config, files: Files):
    for uri, guide_uri in _build.handout_of.items():
        page = files.get_file_from_path(uri).page
        page.content = single_handout(_build.guides[guide_uri], page.url)
        page.toc = []
    for uri, spec in _build.combined.items():
        page = files.get_file_from_path(uri).page
        guides = [_build.guides[g] for g in spec["guides"]]
        page.content = combined_handout(page.title, page.meta.get("description", ""), guides, list(spec.get("parts", PARTS)), page.url)
        page.toc = []
    return env
