"""Handouts and session plans in Chromium: each handout prints on exactly one
page at A4 and at US Letter, with a QR code that encodes its guide's address,
the guide's review date and the privacy promise; the pages pass the same axe,
CSP and reflow checks as every other page; each session plan prints whole."""

from __future__ import annotations

import io
from urllib.parse import urljoin

import pytest
from mkdocs.utils.meta import get_data
from pypdf import PdfReader

import handouts
from browser.test_trust import check_page
from browser.test_trust import test_every_page_is_accessible_reflows_and_stays_on_this_site as every_page_check
from support.paths import ROOT
from support.browser import built_site_url
from guide_meta import guides, long_date, reviewed_date
from test_handouts import expected_modules, qr_modules

pytestmark = pytest.mark.browser

DOCS = ROOT / "docs"
FRONT_MATTER = {p.relative_to(DOCS).as_posix(): get_data(p.read_text(encoding="utf-8"))[1] or {}
                for p in DOCS.rglob("*.md")}
GUIDES = guides(FRONT_MATTER)
SHEETS = sorted(uri for uri, meta in FRONT_MATTER.items() if isinstance(meta.get("handout"), dict))
PAPER = ("A4", "Letter")


def url_of(src_uri: str) -> str:
    """The site-relative directory URL MkDocs gives a page."""
    stem = src_uri.removesuffix(".md")
    return (stem.removesuffix("index") if stem.endswith("index") else stem + "/").lstrip("/")


def handout_path(guide: str) -> str:
    return "/" + url_of(handouts.handout_uri(guide))


def sheet_guides(path: str) -> list[str]:
    if path.startswith("/" + handouts.HANDOUTS_FOLDER + "/"):
        return [path.removeprefix("/" + handouts.HANDOUTS_FOLDER + "/").rstrip("/") + ".md"]
    sheet = next(uri for uri in SHEETS if "/" + url_of(uri) == path)
    return FRONT_MATTER[sheet]["handout"]["guides"]


HANDOUTS = [handout_path(g) for g in GUIDES] + ["/" + url_of(uri) for uri in SHEETS]


def test_every_guide_has_a_handout_and_there_is_a_combined_sheet(site_dir):
    assert len(GUIDES) >= 15 and len(SHEETS) >= 1
    for path in HANDOUTS:
        assert (site_dir / path.strip("/") / "index.html").exists(), path


def printed(page, paper: str) -> PdfReader:
    return PdfReader(io.BytesIO(page.pdf(format=paper)))


@pytest.mark.parametrize("path", HANDOUTS)
def test_a_handout_is_one_page_with_its_qr_code_date_and_promise(visit, site_dir, path):
    page = visit.open(path)
    page.wait_for_load_state("networkidle")
    codes = page.locator(".ns-handout svg.ns-handout__qr-code")
    expected = sheet_guides(path)
    assert codes.count() == len(expected)
    for index, guide in enumerate(expected):
        address = urljoin(built_site_url(site_dir), url_of(guide))
        svg = codes.nth(index).evaluate("e => e.outerHTML")
        assert qr_modules(svg) == expected_modules(address), f"{path}: the QR code is not {address}"
        assert codes.nth(index).get_attribute("data-url") == address
    for paper in PAPER:
        reader = printed(page, paper)
        assert len(reader.pages) == 1, f"{path} prints on {len(reader.pages)} pages at {paper}"
        text = " ".join(reader.pages[0].extract_text().split())
        for guide in expected:
            day = long_date(reviewed_date(FRONT_MATTER[guide]["reviewed"]))
            assert f"Last reviewed: {day}" in text, f"{path} at {paper}: no review date {day}"
        assert handouts.PRIVACY_PROMISE in text, f"{path} at {paper}: no privacy promise"
        assert "Print this page" not in text  # the screen-only note stays off paper
        assert text.lower().startswith("next steps · one-page handout"), f"{path}: the site is printed around it"
    assert visit.errors == [], visit.errors


@pytest.mark.parametrize("path", HANDOUTS)
def test_a_handout_is_accessible_reflows_and_stays_on_this_site(visit, path):
    # The same checks as every page written in docs/ gets (axe, CSP, no other
    # host, no sideways scrolling at 320px, 24px targets).
    every_page_check(visit, path)


def test_each_guide_links_to_its_handout(visit):
    for guide in GUIDES:
        page = visit.open("/" + url_of(guide))
        link = page.get_by_role("link", name=handouts.HANDOUT_LINK_TEXT)
        assert link.count() == 1, guide
        link.click()
        page.wait_for_url("**" + handout_path(guide))
        page.locator(".ns-handout").wait_for()  # instant navigation swaps the content in after the address


def test_the_handouts_index_links_every_handout(visit):
    page = visit.open("/counselors/handouts/")
    hrefs = page.eval_on_selector_all(".md-content a[href]", "links => links.map(a => new URL(a.href).pathname)")
    for path in HANDOUTS:
        assert path in hrefs, f"the handouts index has no link to {path}"


def test_each_session_plan_prints_whole_on_its_own_page(visit):
    page = visit.open("/counselors/session-plans/")
    page.wait_for_load_state("networkidle")
    check_page(visit, "session plans")
    stages = page.locator(".ns-session-plan h2").all_inner_texts()
    assert len(stages) >= 6
    for paper in PAPER:
        introduction, *texts = [" ".join(p.extract_text().split()) for p in printed(page, paper).pages]
        assert introduction.startswith("Session plans")
        assert len(texts) == len(stages), f"{len(texts)} pages after the introduction at {paper} for {len(stages)} plans"
        for number, (stage, text) in enumerate(zip(stages, texts), start=1):
            heading = " ".join(stage.replace("¶", "").split())
            assert heading in text, f"page {number + 1} at {paper} does not hold {heading!r}"
            assert "Watch for:" in text and "Minutes" in text, f"{heading!r} is split across pages at {paper}"
