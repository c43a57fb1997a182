"""Tier 3: the paper letter in Chromium. The print stylesheet is tested the
way a reader uses it: Chromium prints the page to PDF (print media, the page's
own CSS page size) and pypdf reads the PDF back."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

import generators
from support.browser import format_violations
from browser.writers import (
    field_advice, fill, form, letter_details, sendable, shown_letters, wait_for_field_advice, wait_for_letter,
    wait_for_python,
)

pytestmark = pytest.mark.browser

SPEC = generators.get_spec("paper-thank-you")
PAGE = "/letters/paper-thank-you/"
# Page sizes in PDF points (1/72 inch), with room for Chromium's rounding to CSS pixels.
SIZES = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}

MINE = {
    "your_name": "Zoë Quiñones",
    "your_address": "Flat 3\n41 Canal Street\nManchester M1 3HE",
    "your_phone": "0161 496 0000",
    "your_email": "zoe.q@example.co.uk",
    "their_name": "Dr. Amira Haddad",
    "their_title": "Head of Research",
    "organization": "Lumen Research Institute",
    "their_address": "Pembroke House\n28 Fitzwilliam Place\nDublin 2\nD02 P956",
    "role": "Research Coordinator",
    "valued": "the way your team shares early findings with the schools that take part",
    "situation": "told_no",
}


def squash(text: str) -> str:
    return " ".join(text.split())


def site_texts(page) -> list[str]:
    """Everything on the page that is not the letter: navigation, header,
    footer, the form, buttons, status and advice, as the reader sees them."""
    texts = page.evaluate(
        """() => {
            const pick = '.md-header, .md-nav__link, .md-footer, .md-skip, .md-content__inner > h1,'
              + ' .md-content__inner > p, .md-content__inner > h2, .md-content__inner > ul li,'
              + ' .ns-form label, .ns-form legend, .ns-form .ns-hint, .ns-form button,'
              + ' .ns-output__title, .ns-status, .ns-advice, .ns-field-advice:not([hidden]), .ns-letter button,'
              + ' .ns-letter a, .ns-letter__heading, .ns-letter__label';
            return [...document.querySelectorAll(pick)].map((e) => e.textContent.replace(/\\s+/g, ' ').trim());
        }"""
    )
    return sorted({t for t in texts if len(t) >= 4})


def print_pdf(page, size: str) -> pypdf.PdfReader:
    fill(page, SPEC, {"paper_size": size})
    # If choosing the size changed an answer, the page shows Python's letter
    # for it before it prints (the default size changes nothing: the sample).
    page.wait_for_function("(id) => !('rendering' in document.querySelector(`.ns-writer[data-writer='${id}']`).dataset)",
                           arg=SPEC.id)
    return pypdf.PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))


def assert_one_clean_page(page, size: str):
    pdf = print_pdf(page, size)
    letter = shown_letters(page, SPEC)[0]
    assert len(pdf.pages) == 1, f"{len(pdf.pages)} pages on {size}"
    box = pdf.pages[0].mediabox
    width, height = SIZES[size]
    assert abs(float(box.width) - width) < 1.5 and abs(float(box.height) - height) < 1.5, (size, box)
    printed = squash(pdf.pages[0].extract_text())
    assert printed == squash(letter["body"]), printed
    body = squash(letter["body"])
    chrome = [t for t in site_texts(page) if t not in body]
    assert len(chrome) > 30, chrome  # the check below has plenty to look for
    leaked = [t for t in chrome if t in printed]
    assert leaked == [], leaked


@pytest.mark.parametrize("size", ["letter", "a4"])
def test_print_gives_one_page_with_the_sample_letter_only(visit, size):
    page = visit.open(PAGE)
    visit.wait_ready()
    assert_one_clean_page(page, size)


def test_print_gives_one_page_with_the_readers_letter_on_either_size(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, MINE)
    wait_for_python(page, SPEC)
    wait_for_letter(page, SPEC, "Zoë Quiñones")
    body = shown_letters(page, SPEC)[0]["body"]
    assert "Flat 3\n41 Canal Street\nManchester M1 3HE\n\n" in body
    assert "Dr. Amira Haddad\nHead of Research\nLumen Research Institute\nPembroke House\n" in body
    for size in ("a4", "letter"):
        assert_one_clean_page(page, size)
    assert visit.errors == []


def test_the_longest_answers_still_print_on_one_page(visit):
    """Every text answer at (or near) its length limit, written in words as
    people write them, and five-line addresses: still one page."""
    def words(word, limit):
        return ((word + " ") * limit)[:limit].strip()

    longest = {
        "your_name": words("Maximiliana", 80),
        "your_address": "\n".join([words("Apartment", 38)] * 5),
        "your_phone": "+1 (555) 555-0100 ext. 123 (work mobile)",  # 40: a number that can be dialled
        "your_email": "maximiliana.featherstonehaugh.kowalczyk-santos@long-example-domain.example.com",
        "their_name": "Dr. " + words("Bartholomew", 75),
        "their_title": words("Director", 80),
        "organization": words("Organization", 120),
        "their_address": "\n".join([words("Building", 38)] * 5),
        "role": words("Coordinator", 120),
        "valued": words("collaboration", 199),
        "situation": "date_passed",
    }
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, {k: v.strip() for k, v in longest.items()})
    wait_for_python(page, SPEC)
    assert sendable(page, SPEC)
    for size in ("letter", "a4"):
        assert len(print_pdf(page, size).pages) == 1, size


def test_a_paper_letter_shows_no_subject_and_its_layout(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, MINE)
    wait_for_python(page, SPEC)
    details = letter_details(page, SPEC)[0]
    assert shown_letters(page, SPEC)[0]["layout"] == "paper"
    assert not details["subject_shown"]
    assert details["body_label"].lower() == "letter"
    violations = visit.axe_violations()
    assert violations == [], format_violations(violations)


def test_paper_size_advice_follows_the_choice(visit):
    page = visit.open(PAGE)
    visit.wait_ready()
    fill(page, SPEC, MINE)
    fill(page, SPEC, {"paper_size": "a4"})
    wait_for_field_advice(page, SPEC, "paper_size", "one A4 page")
    fill(page, SPEC, {"paper_size": "letter"})
    wait_for_field_advice(page, SPEC, "paper_size", "one US Letter page")
    assert re.search(r"Print", field_advice(page, SPEC, "paper_size").inner_text())


def test_on_screen_the_page_still_shows_everything(visit):
    """The print rules must not leak into the screen: form, advice and site
    navigation stay where they are."""
    page = visit.open(PAGE)
    visit.wait_ready()
    assert form(page, SPEC).is_visible()
    assert page.locator(".md-header").is_visible()
    assert page.locator("h1").is_visible()
