"""The site's search index holds the guides and the pages' own text, not the
forms and letters of the components on them.

Material's search worker downloads the index and builds it on every full page
load, on the same two cores that boot Python. Form labels, hints, statuses and
sample letters were nearly half of it (323 KB; 176 KB without them), and
showed up in results as "The letter writer is loading". The templates mark those parts
`data-search-exclude`; these tests read the built index against the built
pages, so a new component or a new field is held to it too.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The h1 is the page's own entry, found at the page's address.
HEADING = re.compile(r"h[2-6]")
# Shorter text ("Copy text", "Name") could also be guide text by chance.
LONG_ENOUGH = 25


def normal(text: str) -> str:
    return " ".join(html.unescape(text).split())


class PageText(HTMLParser):
    """A built page's text inside its components and form fields, and its
    own text and headings outside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, inside a component)
        self.component_text: list[str] = []
        self.own_text: list[str] = []  # the page's text outside them
        self.headings: list[str] = []  # ids of headings outside components
        self.content_depth: int | None = None  # where Material's <article> opened

    @property
    def in_content(self) -> bool:
        return self.content_depth is not None

    @property
    def inside(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in VOID:
            return
        # A component, or a form field of the page (its label and hint).
        inside = self.inside or "data-component" in attrs or "ns-field" in (attrs.get("class") or "").split()
        self.stack.append((tag, inside))
        if HEADING.fullmatch(tag) and not inside and attrs.get("id") and self.in_content:
            self.headings.append(attrs["id"])
        if tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self.content_depth = len(self.stack)

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if self.in_content and len(self.stack) < self.content_depth:
            self.content_depth = None

    def handle_data(self, data):
        if not self.stack or self.stack[-1][0] in {"script", "style", "template"}:
            return
        text = normal(data)
        if self.inside and len(text) >= LONG_ENOUGH:
            self.component_text.append(text)
        elif self.in_content:
            self.own_text.append(text)


@pytest.fixture(scope="module")
def index(site_dir: Path) -> dict[str, list[dict]]:
    """Index entries by the page they point to ("letters/withdrawal/")."""
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    by_page: dict[str, list[dict]] = {}
    for doc in docs:
        by_page.setdefault(doc["location"].split("#")[0], []).append(doc)
    return by_page


@pytest.fixture(scope="module")
def component_pages(site_dir: Path) -> dict[str, PageText]:
    pages = {}
    for path in sorted(site_dir.rglob("index.html")):
        markup = path.read_text(encoding="utf-8")
        if "data-component=" not in markup:
            continue
        parsed = PageText()
        parsed.feed(markup)
        location = str(path.parent.relative_to(site_dir)).replace("\\", "/")
        pages["" if location == "." else location + "/"] = parsed
    return pages


def test_the_pages_with_components_are_found(component_pages):
    # Every writer, the link maker, the journal and the group links.
    assert "make-a-link/" in component_pages
    assert sum(page.startswith("letters/") for page in component_pages) >= 15
    assert component_pages["make-a-link/"].component_text


def test_no_component_text_is_in_the_search_index(index, component_pages):
    leaks = []
    for page, parsed in component_pages.items():
        indexed = " ".join(normal(re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])) for doc in index.get(page, []))
        own = " ".join(parsed.own_text)  # a title the page also shows as its own text may be found
        leaks += [f"{page}: {text!r}" for text in parsed.component_text if text in indexed and text not in own]
    assert not leaks, "\n".join(leaks[:20])


def test_every_section_outside_the_components_is_still_found(index, component_pages):
    # data-search-exclude on a heading drops its whole section, up to the
    # next heading: no section of the page's own text may go with it.
    lost = []
    for page, parsed in component_pages.items():
        locations = {doc["location"] for doc in index.get(page, [])}
        assert page in locations, f"{page} has no entry in the search index"
        lost += [f"{page}#{anchor}" for anchor in parsed.headings if f"{page}#{anchor}" not in locations]
    assert not lost, lost


def test_the_pages_own_text_is_all_still_found(index, component_pages):
    # The same, for text: a section dropped after a component's heading
    # would take the page's next paragraphs with it.
    lost = []
    for page, parsed in component_pages.items():
        indexed = " ".join(normal(re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])) for doc in index.get(page, []))
        lost += [f"{page}: {text!r}" for text in parsed.own_text if len(text) >= LONG_ENOUGH and text not in indexed]
    assert not lost, "\n".join(lost[:20])
