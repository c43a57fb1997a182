"""Every guide's timeline comes from the timing rules the planner and the
writers use (generators/core/timing.py), through the guide_timeline() macro:
none is written by hand, so the site cannot disagree with itself."""

from __future__ import annotations

import re

import pytest

import generators
from generators.core import timing
from generators.tools import CARDS
from support.paths import ROOT
from test_guides import GUIDES

DOCS = ROOT / "docs"
TIMELINE_SECTION = re.compile(r"(?ms)^## Timeline\n(.*?)(?=^## |\Z)")


@pytest.mark.parametrize("guide", GUIDES)
def test_a_guides_timeline_is_the_macro_alone(guide):
    text = (DOCS / guide).read_text(encoding="utf-8")
    section = TIMELINE_SECTION.search(text)
    assert section, f"{guide} has no ## Timeline"
    assert section.group(1).strip() == "{{ guide_timeline() }}", f"{guide}: its timeline is written by hand"
    assert text.count("guide_timeline()") == 1


def test_every_guide_has_rules_and_every_rule_a_guide():
    assert sorted(timing.GUIDE_TIMELINES) == sorted(g.removesuffix(".md") for g in GUIDES)


def test_every_linked_writer_exists():
    known = set(generators.SPECS) | {card["id"] for card in CARDS}
    for guide, rows in timing.GUIDE_TIMELINES.items():
        for row in rows:
            assert not row.writer or row.writer in known, (guide, row.writer)


def test_the_words_carry_the_rules_numbers():
    """The check-in row names the working days the planner counts."""
    first = timing.CHECK_IN_WORKING_DAYS[0]
    assert timing.CHECK_IN.lower().startswith(f"{timing._WORDS[first]} working days")
    assert timing.in_words(7) == "a week" and timing.in_words(14) == "two weeks" and timing.in_words(3) == "three days"
    rows = {row.when for row in timing.GUIDE_TIMELINES["interviewing/waiting-past-the-date"]}
    assert timing.CHECK_IN in rows


def test_the_built_guide_shows_its_rows_and_links_its_writers(site_dir):
    html = (site_dir / "interviewing" / "waiting-past-the-date" / "index.html").read_text(encoding="utf-8")
    for row in timing.GUIDE_TIMELINES["interviewing/waiting-past-the-date"]:
        assert row.when.replace("'", "&#x27;") in html or row.when in html, row.when
    assert 'href="../../letters/check-in-after-date/"' in html
