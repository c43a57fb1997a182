"""Property tests over every registered generator: the rules of LETTERS.md
("right for every combination of answers") checked on many generated answers."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generators
from generators.core.spec import Field, Group, clean_text
from generators.core.grammar import SIGNATURE_SPACE, address

SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)
TODAY = date(2026, 6, 15)

# Words people type: Latin with accents, other scripts, digits, inner
# punctuation. Single spaces between words, so the grammar checks below can
# tell template mistakes from what the reader typed.
WORD = st.text(
    alphabet=string.ascii_letters + "éüßñçøåÆŒ山田太郎éèДмитрийالعربية0123456789'&-/",
    min_size=1, max_size=12,
).filter(lambda w: w[0].isalnum() and w != "None")
PHRASE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def value_for(f: Field, required: bool):
    if f.kind == "date":
        return st.dates(date(2025, 1, 1), date(2027, 12, 31)).map(date.isoformat)
    if f.kind == "checkboxes":
        return st.lists(st.sampled_from([c.value for c in f.choices]), unique=True)
    if f.choices:
        return st.sampled_from([c.value for c in f.choices])
    if f.kind == "email":
        return st.just("sam.jones@example.org")
    text = PHRASE.map(lambda p: p[: f.max_length].strip() or "x")
    return text if required else st.one_of(st.just(""), text)


@st.composite
def complete_answers(draw, spec):
    values = {}
    for item in spec.items:
        if isinstance(item, Group):
            rows = draw(st.integers(1, item.max_items))
            for row in range(1, rows + 1):
                for f in item.fields:
                    values[item.key(row, f.name)] = draw(value_for(f, item.is_required(row, f)))
        else:
            values[item.name] = draw(value_for(item, item.required))
    return values


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


def text_values(spec, values):
    """Each quoted text answer after hygiene, as the letter must show it."""
    out = []
    for key, f in spec.fields():
        if f.kind in ("text", "textarea", "email") and f.in_letter and values.get(key):
            out.append(clean_text(values[key], f)[0])
    return out


def name_parts(spec, values):
    """The parts of typed names that greetings use: the reader's, to mask."""
    out = []
    for key, f in spec.fields():
        if f.person and values.get(key):
            typed = clean_text(values[key], f)[0]
            out.extend({address(typed, True), address(typed, False)})
    return out


def problems_in(text: str) -> list[str]:
    checks = {
        "None": r"\bNone\b",
        "empty quotes": r"\"\"|“”|''",
        "dangling comma": r",\s*[,.]|\s,",
        "space before full stop": r" \.",
        "double space": r"[^\n] {2,}",
        "three blank lines": r"\n{3,}",
        "trailing space": r"[ \t]\n",
        "a gap marker": r"\[[a-z' ]+\]",
        "template syntax": r"\{\{|\{%",
        "doubled word 'the the'": r"\b(the|a|an|to|and) \1\b",
        "exclamation mark": r"!",
    }
    return [name for name, pattern in checks.items() if re.search(pattern, text)]


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


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_complete_answers_follow_the_letter_rules(spec):
    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(complete_answers(spec))
    def check(values):
        result = generators.render(spec.id, values, TODAY)
        # Cross-field rules (a follow-up date before the interview) may still
        # say no; everything else about complete answers must give letters.
        assert all(e.field for e in result.errors)
        if not result.ok:
            return
        if not result.letters:
            # Some answers mean nothing should be sent (a check-in after they
            # asked you to stop): the writer answers with advice alone. Then
            # there is nothing to quote, but there must be advice.
            assert result.advice
            return
        everything = "\n".join(f"{l.heading}\n{l.subject}\n{l.body}" for l in result.letters)
        typed_values = sorted(text_values(spec, values), key=len, reverse=True)
        for letter in result.letters:
            assert letter.body.endswith("\n") and not letter.body.endswith("\n\n")
            assert "\n" not in letter.subject and letter.subject.strip() == letter.subject
            # Judge the template's words, not the reader's: mask what they typed.
            text = letter.subject + "\n" + letter.body
            for typed in typed_values + sorted(name_parts(spec, values), key=len, reverse=True):
                text = text.replace(typed, "Typed")
            if letter.layout == "paper":
                # A posted letter leaves room to sign by hand between the
                # closing and the typed name: the one run of blank lines allowed.
                assert text.count(SIGNATURE_SPACE) == 1, letter.body
                text = text.replace(SIGNATURE_SPACE, "\n\n")
            assert problems_in(text) == [], letter.body
        for typed in typed_values:
            assert typed in everything, f"{typed!r} not quoted verbatim"
        assert generators.render(spec.id, values, TODAY) == result  # deterministic

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
