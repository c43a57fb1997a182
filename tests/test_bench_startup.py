"""The benchmark's choices, checked in CPython against a built site: it must
find every writer, a name to link and a field to type into from the specs
alone, so a new writer or a renamed field cannot make it measure nothing.
Part of the CPython tier: a benchmark that measures nothing is caught here,
though its figures are never judged."""

from __future__ import annotations

import sys

import pytest

from support.paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import generators  # noqa: E402
import startup  # noqa: E402


@pytest.fixture(scope="module")
def plan(site_dir):
    return startup.make_plan(site_dir, "interview-thank-you", 30)


def test_every_writer_has_a_page(plan):
    assert sorted(plan.pages) == sorted(generators.SPECS)


def test_every_chosen_name_field_shows_in_its_letter(plan):
    assert plan.names, "no writer has a name field the letter quotes"
    for gid, key in plan.names.items():
        spec = generators.SPECS[gid]
        for name in startup.reader_names(1):
            assert startup.shows(spec, {key: name}, name), (gid, key, name)


def test_the_guide_has_no_writer_and_links_to_one(plan, site_dir):
    html = (site_dir / plan.guide.strip("/") / "index.html").read_text(encoding="utf-8")
    assert not startup.ANY_WRITER.search(html)
    assert plan.guide not in plan.pages.values()


def test_a_keystroke_field_is_found_for_every_writer_with_a_name(plan):
    for gid in plan.names:
        spec = generators.SPECS[gid]
        key = startup.keystroke_field(spec, plan, "Ysolde Quarrington")
        text = startup.SENTINEL + plan.typed
        assert startup.shows(spec, {plan.names[gid]: "Ysolde Quarrington", key: text}, text)


def test_state_counts_the_typed_characters_the_letter_shows():
    typed = "abcd"
    assert startup.state_of("Dear Qzxab, thanks", typed) == 2
    assert startup.state_of("Dear Qzx, thanks", typed) == 0
    assert startup.state_of("Dear Qzxabcd", typed) == 4
    assert startup.state_of("Dear you", typed) == -1


def test_names_differ_between_rows_and_runs():
    names = [n for run in range(3) for n in startup.reader_names(run)]
    assert len(set(names)) == len(names)
    for spec in generators.SPECS.values():
        sample = generators.sample(spec.id)
        assert not any(n in letter.body for n in names for letter in sample.letters)
