"""The letter linter: every writer, every tone, length and choice, with answers
drawn from corpora of hard names, roles, organizations and free texts
(tests/support/corpora.py), checked against the rules of ../shared/LETTERS.md
("right for every combination of answers") mechanically.

The expectations come from the corpora and from a small pronunciation table
here, not from generators/core/grammar.py: breaking the shared greeting or
article function makes this file fail.
"""

from __future__ import annotations

import itertools
import re
import string
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generators
from generators.core.spec import CHOICE_KINDS, LENGTH_BANDS, Field, Group, clean_text
from generators.core.grammar import SIGNATURE_SPACE
from support.corpora import FREE_TEXTS, NAMES, ORGANIZATIONS, PHONES, ROLES

SPECS = sorted(generators.SPECS.values(), key=lambda s: s.id)
LINT = settings(
    max_examples=50, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)

# ---------------------------------------------------------------- answers

# Words people type beside the corpora: Latin with accents, other scripts,
# digits, inner punctuation. Single spaces, so the checks below can tell
# template mistakes from what the reader typed.
WORD = st.text(
    alphabet=string.ascii_letters + "éüßñçøåÆŒ山田太郎éèДмитрийالعربية0123456789'&-/",
    min_size=1, max_size=12,
).filter(lambda w: w[0].isalnum() and w != "None")
PHRASE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)

ROLE_NAMES = {"role", "title"}
ORGANIZATION_NAMES = {"organization", "workplace"}


def text_for(f: Field):
    if f.person:
        return st.sampled_from([typed for typed, _, _ in NAMES])
    if f.kind == "email":
        return st.just("sam.jones@example.org")
    if "phone" in f.name:
        return st.sampled_from(PHONES)
    if f.name in ROLE_NAMES or f.name.endswith("_title"):
        return st.sampled_from([role for role, _ in ROLES])
    if f.name in ORGANIZATION_NAMES:
        return st.sampled_from(ORGANIZATIONS)
    return st.one_of(st.sampled_from(FREE_TEXTS), PHRASE)


def value_for(spec, key: str, f: Field, required: bool):
    if f.kind == "date":
        # Mostly the spec's own dates, which keep the answers coherent (an
        # interview before its follow-up); sometimes any date near the day
        # the letter is written, or none, to reach the other branches.
        example = spec.example.get(key, "")
        near = st.dates(spec.example_today - timedelta(days=120), spec.example_today + timedelta(days=30))
        choices = [st.just(example)] * 3 + [near.map(date.isoformat)] + ([] if required else [st.just("")])
        return st.one_of(choices)
    if f.kind == "checkboxes":
        return st.lists(st.sampled_from([c.value for c in f.choices]), unique=True)
    if f.choices:
        return st.sampled_from([c.value for c in f.choices])
    text = text_for(f).map(lambda p: p[: f.max_length].strip() or "x")
    return text if required else st.one_of(st.just(""), text)


@st.composite
def hard_answers(draw, spec):
    values = {}
    for item in spec.items:
        if isinstance(item, Group):
            rows = draw(st.integers(1, item.max_items))
            for row in range(1, rows + 1):
                for f in item.fields:
                    key = item.key(row, f.name)
                    values[key] = draw(value_for(spec, key, f, item.is_required(row, f)))
        else:
            values[item.name] = draw(value_for(spec, item.name, item, item.required))
    return values


def typed_texts(spec, values) -> list[tuple[Field, str]]:
    """Each text answer the letter quotes, after the input hygiene."""
    out = []
    for key, f in spec.fields():
        if f.kind in ("text", "textarea", "email") and f.in_letter and values.get(key):
            out.append((f, clean_text(values[key], f)[0] if not f.fragment else values[key].strip()))
    return out


# ---------------------------------------------------------------- verbatim

# What keeps its final full stop inside a sentence: the stop is part of a
# word. Written out here, apart from the product's own rule.
KEEPS_STOP = ("p.m.", "a.m.", "Co.", "Inc.", "Ltd.", "etc.", "U.S.", "Jr.", "...", "…")


def as_quoted(f: Field, typed: str) -> str:
    """How a typed answer must appear: verbatim, less a sentence's own full
    stop where it sits inside the letter's sentence."""
    if f.fragment and typed.endswith(".") and not typed.endswith(KEEPS_STOP):
        return typed.rstrip(".")
    return typed


# ---------------------------------------------------------------- names

ADDRESSES = {typed: {formal, warm} for typed, formal, warm in NAMES}
TITLED = {formal for _, formal, warm in NAMES if formal == warm and re.match(
    r"(?i)(dr|prof|mx|mrs?|ms|miss|rev|sir|dame)\.? ", formal)}
FIRST_NAME_ONLY = {warm for _, formal, warm in NAMES if warm != formal}
# A suffix or degree, or a bare initial ("Hi J.,"; "J. Webb" is a whole name).
NEVER_IN_A_GREETING = re.compile(r"\b(PhD|Jr\.|III|MBA|CPA|RN|MD)\b|^(?:[A-Z]\.\s?)+$")
GREETING = re.compile(r"^(Dear|Hi|Hello) (.+?)([,:])$")
NEUTRAL_GREETINGS = {"Dear Hiring Manager,", "Hello,", "Dear Hiring Manager:", "Hi,"}


def greeted_people(spec, values) -> list[str]:
    """Names typed for people the letters may greet (not the writer)."""
    return [values[key] for key, f in spec.fields() if f.person and key != "your_name" and values.get(key)]


def check_greeting(spec, values, letter) -> None:
    line = next((l for l in letter.body.split("\n") if re.match(r"(Dear|Hi|Hello)\b", l)), None)
    assert line is not None, f"no greeting in:\n{letter.body}"
    if line in NEUTRAL_GREETINGS:
        # A neutral greeting only when the name of someone to greet was left out.
        left_out = [item.name for item in spec.items
                    if isinstance(item, Field) and item.person and item.name != "your_name" and not values.get(item.name)]
        assert left_out, f"{line!r} although every name was given"
        return
    found = GREETING.match(line)
    assert found, f"greeting {line!r} is not 'Dear/Hi/Hello <names>,'"
    parts = re.split(r", and |, | and ", found.group(2))
    allowed = set().union(*(ADDRESSES[name] for name in greeted_people(spec, values)))
    for part in parts:
        assert part in allowed, f"{line!r}: {part!r} is not how to greet any of {greeted_people(spec, values)}"
        assert not NEVER_IN_A_GREETING.search(part), f"{line!r}: a suffix, degree or bare initial"
    if any(part in TITLED for part in parts):
        alike = [part for part in parts if part in FIRST_NAME_ONLY]
        assert not alike, f"{line!r}: greeted unalike (title beside a first name alone)"


# ---------------------------------------------------------------- articles

ROLE_ARTICLES = dict(ROLES)
# Template words after a/an: the sound, by a small table of exceptions to
# the spelling rule, kept apart from the product's article function.
CONSONANT_SOUND = ("one", "once", "uni", "use", "usu", "eu", "ewe", "uti", "ura", "uro", "ukr")
VOWEL_SOUND = ("hour", "honest", "honor", "heir")


def check_articles(text: str, masked: str) -> None:
    for role, expected in ROLE_ARTICLES.items():
        for found in re.finditer(r"\b([Aa]n?) " + re.escape(role) + r"\b", text):
            assert found.group(1).lower() == expected, f"{found.group(0)!r}: should be {expected!r}"
    for found in re.finditer(r"\b([Aa]n?) ([a-z][\w'-]*)", masked):
        said, word = found.group(1).lower(), found.group(2)
        vowel = word[0] in "aeiou"
        if word.startswith(CONSONANT_SOUND):
            vowel = False
        if word.startswith(VOWEL_SOUND):
            vowel = True
        assert said == ("an" if vowel else "a"), f"{found.group(0)!r}"


# ---------------------------------------------------------------- wording

PROBLEMS = {
    "None": r"\bNone\b",
    "empty quotes": r"\"\"|“”|''",
    "dangling comma": r",\s*[,.]|\s,",
    "space before full stop": r" \.",
    "double full stop": r"(?<!\.)\.\.(?!\.)",
    "double space": r"[^\n] {2,}",
    "three blank lines": r"\n{3,}",
    "trailing space": r"[ \t]\n",
    "a gap marker": r"\[[a-z' ]+\]",
    "template syntax": r"\{\{|\{%",
    "doubled word 'the the'": r"\b(the|a|an|to|and) \1\b",
    "exclamation mark": r"!",
}


def problems_in(text: str) -> list[str]:
    return [name for name, pattern in PROBLEMS.items() if re.search(pattern, text)]


def check_orphans(masked_body: str) -> None:
    """'Also' and 'too' refer back to something: never at the start of what
    they would refer to."""
    paragraphs = [p for p in masked_body.split("\n\n") if p.strip()]
    for paragraph in paragraphs:
        assert not re.match(r"Also\b", paragraph), f"paragraph starts with 'Also': {paragraph!r}"
        first = re.split(r"(?<=[.?!])\s", paragraph, maxsplit=1)[0]
        assert not re.search(r"\btoo[.?]$", first), f"orphan 'too' in {first!r}"
    if len(paragraphs) > 1:
        opening = re.split(r"(?<=[.?!])\s", paragraphs[1], maxsplit=1)[0]
        assert not re.search(r"\b(also|too)\b", opening), f"orphan in the first sentence: {opening!r}"


# What each letter's subject must say it is (LETTERS.md: "Subject lines say
# what the email is"). None: no subject, as for a reply in the same thread.
SUBJECT_SAYS = {
    "application-follow-up": r"(?i)follow",
    "check-in-after-date": r"(?i)checking in",
    "feedback-request": r"(?i)advice|request",
    "interview-thank-you": r"(?i)thank",
    "introduction": r"(?i)introduction|meet",
    "introduction-reply": None,
    "introduction-request": r"(?i)introduc",
    "offer-acceptance": r"(?i)accept",
    "offer-decline": r"(?i)declin",
    "offer-negotiation": r"(?i)offer: .*question",
    "offer-time-to-decide": r"(?i)time to decide",
    "radar-check-in": r"(?i)update",
    "recruiter-reply": r"(?i)interview|hear more",
    "reference-thanks": r"(?i)thank",
    "stretch-project-request": r"(?i)project|request|learn|go to|yes to|count me in",
    "thanks-for-feedback": r"(?i)thank",
    "withdrawal": r"(?i)withdraw|declin",
}


def check_subject(spec, letter, quoted: list[str]) -> None:
    if letter.layout != "email":
        assert letter.subject == ""
        return
    assert spec.id in SUBJECT_SAYS, f"say in SUBJECT_SAYS what a {spec.id} subject must say"
    says = SUBJECT_SAYS[spec.id]
    if says is None:
        return
    assert re.search(says, letter.subject), f"subject {letter.subject!r} does not say what the letter is"
    assert any(text in letter.subject for text in quoted), f"subject {letter.subject!r} names nothing typed"


# ---------------------------------------------------------------- the linter

def check_held(result) -> None:
    """A held letter is never offered as ready: not sendable, said so in the
    answer the page reads, and nothing to download or add to a calendar."""
    holds = [m for m in result.advice if m.level == "hold"]
    assert result.as_dict()["sendable"] == result.sendable == (result.ok and not holds)
    assert result.as_dict()["ok"] == (not result.errors)
    if holds:
        assert not result.files


def mask(text: str, typed: list[str]) -> str:
    """Judge the template's words, not the reader's: hide what they typed
    (and the name parts greetings use)."""
    for value in sorted(typed, key=len, reverse=True):
        # Keep a final full stop or question mark, so sentences still split.
        end = value[-1] if value[-1:] in (".", "?", "!", "…") else ""
        text = text.replace(value, "⟨typed⟩" + end)
    return text


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_letters_follow_the_rules_for_hard_answers(spec):
    @LINT
    @given(hard_answers(spec))
    def lint(values):
        result = generators.render(spec.id, values, spec.example_today)
        check_held(result)
        if not result.ok:
            # Cross-field rules may still say no, always beside a field.
            assert all(e.field for e in result.errors)
            return
        if not result.letters:
            assert result.advice  # nothing to send, so there must be advice
            return
        for key, f in spec.fields():
            name = values.get(key, "") if f.person else ""
            if name and name == name.lower() and name != name.upper():
                # Greeted as typed, and the reader told so beside the field.
                assert any(n.field == key and name in n.text for n in result.notices), f"no notice for {name!r}"
        typed = typed_texts(spec, values)
        quoted = [as_quoted(f, text) for f, text in typed]
        names = [part for name in greeted_people(spec, values) + [values.get("your_name", "")]
                 for part in ADDRESSES.get(name, ())]
        everything = "\n".join(f"{l.heading}\n{l.subject}\n{l.body}" for l in result.letters)
        for text in quoted:
            assert text in everything, f"{text!r} is not quoted verbatim"
        for letter in result.letters:
            assert letter.body.endswith("\n") and not letter.body.endswith("\n\n")
            assert "\n" not in letter.subject and letter.subject.strip() == letter.subject
            text = letter.subject + "\n" + letter.body
            masked = mask(text, quoted + names)
            if letter.layout == "paper":
                # Room to sign by hand: the one run of blank lines allowed.
                assert masked.count(SIGNATURE_SPACE) == 1, letter.body
                masked = masked.replace(SIGNATURE_SPACE, "\n\n")
            assert problems_in(masked) == [], letter.body
            check_articles(text, masked)
            check_subject(spec, letter, quoted + names)
            if letter.layout != "script":
                check_greeting(spec, values, letter)
                check_orphans(mask(letter.body, quoted + names))
        assert generators.render(spec.id, values, spec.example_today) == result  # deterministic

    lint()


# ------------------------------------------------------------------ lengths
#
# Separate from the hard-answers lint above: word counts depend on how much
# the reader writes, so they are checked on realistic answers (each spec's
# sample, and the sample cut to its required answers), for every tone, length
# and choice the form offers.


def band_answer_sets(spec) -> dict[str, dict]:
    example = dict(spec.example)
    required = {}
    for key, f in spec.fields():
        group = next((g for g in spec.items if isinstance(g, Group) and key.startswith(g.name + "-")), None)
        row_one = group is None or key.startswith(f"{group.name}-1-")
        needed = group.is_required(1, f) if group else f.required
        if key in example and row_one and (needed or f.kind in CHOICE_KINDS):
            required[key] = example[key]
    sets = {"sample": example, "required only": required}
    for group in (g for g in spec.items if isinstance(g, Group)):
        # Every row in use, later rows with only what they require.
        several = dict(required)
        for row in range(2, group.max_items + 1):
            for f in group.fields:
                if group.is_required(row, f):
                    several[group.key(row, f.name)] = example[group.key(1, f.name)] + f" {row}"
        sets[f"{group.max_items} {group.name}"] = several
    return sets


def choice_combinations(spec):
    fields = [f for f in spec.items if isinstance(f, Field) and f.kind in CHOICE_KINDS and f.name not in ("tone", "length")]
    for values in itertools.product(*[[c.value for c in f.choices] for f in fields]):
        yield dict(zip((f.name for f in fields), values))


WITH_LENGTH = [s for s in SPECS if any(isinstance(i, Field) and i.name == "length" for i in s.items)]


@pytest.mark.parametrize("spec", WITH_LENGTH, ids=lambda s: s.id)
def test_every_letter_is_as_long_as_the_form_promises(spec):
    """LETTERS.md: about 80-150 words short, 150-250 full (LENGTH_BANDS, the
    numbers the form's length choice names). Scripts to say aloud are not letters."""
    for label, answers in band_answer_sets(spec).items():
        for tone, length in itertools.product(("formal", "warm"), LENGTH_BANDS):
            low, high = LENGTH_BANDS[length]
            assert f"{low} to {high} words" in spec.field("length").label_of(length)
            for choices in choice_combinations(spec):
                result = generators.render(spec.id, {**answers, **choices, "tone": tone, "length": length}, spec.example_today)
                if not result.ok:
                    continue  # answers that contradict each other: an error, not a letter
                for letter in result.letters:
                    if letter.layout == "script":
                        continue
                    words = len(letter.body.split())
                    assert low <= words <= high, (label, tone, length, choices, letter.heading, words)
