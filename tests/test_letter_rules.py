"""Property tests over every registered generator: any input gives a letter or
a message; tone and length change the letter; each person gets their own
note. The rules for complete answers are the letter linter's
(tests/test_letter_linter.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generators
from generators.core.spec import Group

SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)

ANY_TEXT = st.one_of(st.text(max_size=300), st.sampled_from([
    "<script>window.pwned=1</script>", "{{ 7*7 }}", "{% for x in y %}", "None", "\u202e\u200b", "   ", "2026-13-45",
]))


@st.composite
def any_answers(draw, spec):
    keys = [key for key, _ in spec.fields()]
    chosen = draw(st.lists(st.sampled_from(keys), unique=True))
    values = {key: draw(ANY_TEXT) for key in chosen}
    values.update(draw(st.dictionaries(st.text(max_size=10), ANY_TEXT, max_size=2)))
    return values


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_any_input_gives_a_letter_or_a_message(spec):
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(any_answers(spec), st.dates(date(2020, 1, 1), date(2030, 1, 1)))
    def check(values, today):
        result = generators.render(spec.id, values, today)
        assert result.letters or result.errors or result.advice
        for message in result.errors:
            assert message.text and message.level == "error"

    check()


def with_choice(spec, name, value):
    values = dict(spec.example)
    values[name] = value
    return generators.render(spec.id, values, spec.example_today)


def inner(body: str) -> str:
    """The body without its greeting and sign-off."""
    lines = body.strip().split("\n")
    return "\n".join(lines[1:-2])


@pytest.mark.parametrize("spec", [s for s in SPECS if any(k == "tone" for k, _ in s.fields())], ids=lambda s: s.id)
def test_tone_changes_the_wording_not_just_greeting_and_sign_off(spec):
    formal, warm = with_choice(spec, "tone", "formal"), with_choice(spec, "tone", "warm")
    assert formal.ok and warm.ok
    for a, b in zip(formal.letters, warm.letters):
        words_a, words_b = set(inner(a.body).split()), set(inner(b.body).split())
        assert len(words_a ^ words_b) >= 8


@pytest.mark.parametrize("spec", [s for s in SPECS if any(k == "length" for k, _ in s.fields())], ids=lambda s: s.id)
def test_length_changes_content_and_keeps_to_the_word_counts(spec):
    short, full = with_choice(spec, "length", "short"), with_choice(spec, "length", "full")
    assert short.ok and full.ok
    for a, b in zip(short.letters, full.letters):
        if a.layout == "script":
            # A phone script is spoken, not read: its length follows the call,
            # and a voicemail stays under half a minute whatever the email's
            # length. The letter word counts do not apply; each writer's own
            # tests hold its scripts to their limits.
            continue
        short_words, full_words = len(a.body.split()), len(b.body.split())
        assert set(b.body.split()) - set(a.body.split()), "full adds no new content"
        assert 80 <= short_words <= 150, f"short letter has {short_words} words"
        assert 150 <= full_words <= 250, f"full letter has {full_words} words"


@pytest.mark.parametrize("spec", [s for s in SPECS if any(isinstance(i, Group) for i in s.items)], ids=lambda s: s.id)
def test_each_person_gets_a_different_note(spec):
    group = next(i for i in spec.items if isinstance(i, Group))
    values = dict(spec.example)
    for row in range(1, group.max_items + 1):
        for f in group.fields:
            values[group.key(row, f.name)] = f"Person{row} {f.name} detail{row}" if f.kind != "date" else ""
    result = generators.render(spec.id, values, spec.example_today)
    assert result.ok, result.errors
    openings = [l.body.split("\n\n")[1].split(". ")[0] for l in result.letters]
    assert len(set(openings)) == group.max_items, openings
    for row, letter in enumerate(result.letters, start=1):
        assert f"detail{row}" in letter.body
        assert not any(f"detail{other}" in letter.body for other in range(1, group.max_items + 1) if other != row)
