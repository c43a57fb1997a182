"""The spec model: what a letter asks for, and how an answer is checked.

A spec is data. The build turns it into an HTML form (see ``macros/``), the
command line turns it into flags, and ``check_answers`` turns what a reader
typed into clean values plus field-level messages. Everything here runs
unchanged in CPython and in Pyodide, so it uses the standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Mapping, Sequence, Union

from .grammar import name_notice, trim_end

TEXT_KINDS = ("text", "textarea", "email")
CHOICE_KINDS = ("radio", "select")
KINDS = TEXT_KINDS + CHOICE_KINDS + ("date", "checkboxes")

# Bidi embeddings/overrides/isolates and zero-width characters: invisible,
# and able to reorder or hide what a letter says. Removed, with a notice.
HIDDEN_CONTROLS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
# Other control characters (tabs and newlines become spaces below).
OTHER_CONTROLS = re.compile("[\u0000-\u0008\u000e-\u001f\u007f-\u009f]")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Field:
    """One question on the form."""

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    hint: str = ""
    max_length: int = 200
    choices: tuple[Choice, ...] = ()
    autocomplete: str = "off"
    default: str = ""
    # The message when a required field is empty, in the GOV.UK style
    # ("Enter your name"). Written per field so it reads naturally.
    missing: str = ""
    # The value sits inside a sentence of the letter, so a trailing full stop
    # or comma the reader typed would double the template's punctuation.
    fragment: bool = False
    # Whether the value is quoted in the letter. A field that only steers the
    # advice (a deadline, say) sets this False; tests check the rest verbatim.
    in_letter: bool = True
    # A textarea whose line breaks matter (a postal address). Other fields
    # sit inside a sentence, so their line breaks become spaces.
    multiline: bool = False
    # A person's name: the letter greets or names them through
    # grammar.address, and a name typed all in lower case gets a notice.
    person: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown kind {self.kind!r}")
        if (self.kind in CHOICE_KINDS or self.kind == "checkboxes") != bool(self.choices):
            raise ValueError(f"{self.name}: choices go with radio, select and checkboxes only")
        if self.choices and self.default and self.kind != "checkboxes":
            if self.default not in {c.value for c in self.choices}:
                raise ValueError(f"{self.name}: default {self.default!r} is not a choice")

    @property
    def title(self) -> str:
        """The label as messages name it: "(optional)" is for the form only."""
        return self.label.removesuffix(" (optional)")

    @property
    def missing_message(self) -> str:
        if self.missing:
            return self.missing
        if self.kind in CHOICE_KINDS:
            return f"Choose {self.title.lower()}"
        return f"Enter {self.title.lower()}"

    def label_of(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value


@dataclass(frozen=True)
class Group:
    """A set of fields the reader can give several times (one per interviewer).

    On the wire each field is flat: ``<group>-<row>-<field>``, rows from 1.
    Row 1 is always in use; a later row is in use once any field in it is
    filled. ``optional_after_first`` names fields required in row 1 only.
    """

    name: str
    label: str
    item_label: str
    fields: tuple[Field, ...]
    max_items: int = 4
    add_label: str = "Add another"
    hint: str = ""
    optional_after_first: frozenset[str] = frozenset()

    def key(self, row: int, field_name: str) -> str:
        return f"{self.name}-{row}-{field_name}"

    def is_required(self, row: int, item: Field) -> bool:
        return item.required and (row == 1 or item.name not in self.optional_after_first)


Item = Union[Field, Group]


# From most to least serious. "hold" is advice that stops the letter going
# out as it is: the answers are complete, but the letter would break the
# guide's own advice (asking why you were not chosen, arguing with feedback,
# promising a date already past). The letter is shown as a draft until the
# reader changes it; a warning only suggests.
LEVELS = ("error", "hold", "warning", "info")


@dataclass(frozen=True)
class Message:
    """A message shown beside a field (or above the letter when field is empty)."""

    text: str
    field: str = ""
    level: str = "info"  # one of LEVELS

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown message level {self.level!r}")

    def as_dict(self) -> dict:
        return {"text": self.text, "field": self.field, "level": self.level}


# What the page calls the main text of each layout.
LAYOUTS = {"email": "Letter", "script": "What to say", "paper": "Letter"}


@dataclass(frozen=True)
class Letter:
    """One text to send or say. An email has a subject; a phone script or a
    posted letter has none ("script", "paper")."""

    subject: str
    body: str
    heading: str = ""
    layout: str = "email"

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r}")

    @property
    def body_label(self) -> str:
        return LAYOUTS[self.layout]

    def as_dict(self) -> dict:
        return {
            "subject": self.subject, "body": self.body, "heading": self.heading,
            "layout": self.layout, "body_label": self.body_label,
        }


@dataclass(frozen=True)
class File:
    """A file a writer offers beside its letters (a calendar of follow-ups)."""

    name: str
    media_type: str
    text: str
    label: str

    def as_dict(self) -> dict:
        return {"name": self.name, "type": self.media_type, "text": self.text, "label": self.label}


@dataclass(frozen=True)
class Result:
    letters: tuple[Letter, ...]
    errors: tuple[Message, ...] = ()
    advice: tuple[Message, ...] = ()
    notices: tuple[Message, ...] = ()
    files: tuple[File, ...] = ()

    @property
    def ok(self) -> bool:
        """Every answer is there and well formed (the letter may still be held)."""
        return not self.errors

    @property
    def holds(self) -> tuple[Message, ...]:
        return tuple(m for m in self.advice if m.level == "hold")

    @property
    def sendable(self) -> bool:
        """The letter may be copied, emailed or downloaded as it is."""
        return self.ok and not self.holds

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "sendable": self.sendable,
            "letters": [letter.as_dict() for letter in self.letters],
            "errors": [m.as_dict() for m in self.errors],
            "advice": [m.as_dict() for m in self.advice],
            "notices": [m.as_dict() for m in self.notices],
            "files": [f.as_dict() for f in self.files],
        }


class Gap(str):
    """A required answer that is still missing, shown in the draft as [label].

    A letter with gaps is a draft for the preview only: ``Result.ok`` is false
    and the page asks for the missing answers before it copies or sends.
    """


@dataclass
class Answers:
    """Clean values by field name; groups are lists of dicts (rows in use)."""

    values: dict
    errors: list[Message] = field(default_factory=list)
    notices: list[Message] = field(default_factory=list)

    def __getitem__(self, name: str):
        return self.values[name]

    def get(self, name: str, default=None):
        return self.values.get(name, default)

    def has(self, name: str) -> bool:
        value = self.values.get(name)
        return bool(value) and not isinstance(value, Gap)

    def error(self, field_name: str, text: str) -> None:
        self.errors.append(Message(text, field_name, "error"))


Compose = Callable[[Answers, date], Sequence[Letter]]
Advise = Callable[[Answers, date], Sequence[Message]]
# Checks across answers that make the letter wrong to send; every message
# it returns has the level "hold".
Check = Callable[[Answers, date], Sequence[Message]]
MakeFiles = Callable[[Answers, date], Sequence["File"]]


# The stages of a job search, in the order a reader meets them; the guides'
# folders under docs/ carry the same names.
STAGES = {
    "applying": "When you apply",
    "interviewing": "Around an interview",
    "offer": "When you get an offer",
    "after-rejection": "After a no",
    "network": "Through your network",
    "at-work": "In your job",
}


@dataclass(frozen=True)
class Spec:
    """Everything one letter writer needs: questions, sample answers, rules."""

    id: str
    title: str
    summary: str
    items: tuple[Item, ...]
    compose: Compose
    advise: Advise
    example: Mapping[str, str]
    example_today: date
    submit_label: str = "Check my letter"
    # What the page calls the output: a letter, or a plan or a list of questions.
    output_title: str = "Your letter"
    # Files offered beside the letters (a calendar file), for complete answers.
    files: MakeFiles | None = None
    # What holds the letter (see LEVELS); ``advise`` only advises.
    check: Check | None = None
    # Where the writer sits in a job search (a key of STAGES), and the
    # reader's situation in their words: the letters index is built from them.
    stage: str = ""
    situation: str = ""

    def __post_init__(self) -> None:
        if self.stage and self.stage not in STAGES:
            raise ValueError(f"{self.id}: stage {self.stage!r} is not one of {', '.join(STAGES)}")

    def fields(self) -> list[tuple[str, Field]]:
        """Every wire key with its field, in form order."""
        out = []
        for item in self.items:
            if isinstance(item, Group):
                for row in range(1, item.max_items + 1):
                    out.extend((item.key(row, f.name), f) for f in item.fields)
            else:
                out.append((item.name, item))
        return out

    def field(self, name: str) -> Field:
        for item in self.items:
            if isinstance(item, Field) and item.name == name:
                return item
        raise KeyError(name)

    def defaults(self) -> dict[str, str]:
        return {key: f.default for key, f in self.fields() if f.default}


def clean_text(raw: str, item: Field) -> tuple[str, bool]:
    """Apply the input hygiene; return the value and whether controls were removed."""
    text = unicodedata.normalize("NFC", raw)
    stripped = HIDDEN_CONTROLS.sub("", text)
    removed = stripped != text
    stripped = OTHER_CONTROLS.sub(" ", stripped)
    if item.multiline:
        lines = (SPACES.sub(" ", line).strip() for line in re.split(r"\r\n|\r|\n", stripped))
        return "\n".join(line for line in lines if line), removed
    # Every other value sits inside a sentence or a line of the letter, so
    # line breaks and runs of spaces would break its layout.
    value = SPACES.sub(" ", stripped).strip()
    if item.fragment:
        value = trim_end(value)
    return value, removed


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def check_field(key: str, item: Field, raw, required: bool, answers: Answers, gap: str = ""):
    """Clean one raw value; record errors and notices; return the clean value."""
    if item.kind == "checkboxes":
        raw_list = raw if isinstance(raw, (list, tuple)) else ([raw] if raw else [])
        allowed = {c.value for c in item.choices}
        chosen = [v for v in raw_list if v in allowed]
        if len(chosen) != len(raw_list):
            answers.notices.append(Message("Some choices were not recognised and were left out.", key))
        if required and not chosen:
            answers.error(key, item.missing_message)
        return chosen
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raw = str(raw)
    value, removed = clean_text(raw, item)
    if removed:
        answers.notices.append(
            Message(f"{item.title}: hidden formatting characters were removed.", key)
        )
    if value and item.kind in CHOICE_KINDS and value not in {c.value for c in item.choices}:
        # Before the length check: a long value that is no choice must not pass as one.
        answers.error(key, f"{item.missing_message} from the list")
        return Gap(gap or f"[{item.title.lower()}]") if required else ""
    if len(value) > item.max_length:
        answers.error(
            key,
            f"{item.title} must be {item.max_length} characters or fewer. "
            f"You have {len(value)}.",
        )
        return value
    if not value:
        if required:
            answers.error(key, item.missing_message)
            return Gap(gap or f"[{item.title.lower()}]")
        return ""
    if item.kind == "date":
        parsed = parse_date(value)
        if parsed is None:
            answers.error(key, f"{item.title} must be a real date, for example 2026-03-12")
            return Gap(gap or f"[{item.title.lower()}]") if required else ""
        return parsed
    if item.person and name_notice(value):
        answers.notices.append(Message(name_notice(value), key))
    if item.kind == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        answers.error(key, f"Enter {item.title.lower()} in the right form, like name@example.com")
    return value


def check_answers(spec: Spec, raw: Mapping) -> Answers:
    """Turn raw form values (strings, flat keys) into clean Answers."""
    answers = Answers(values={})
    known = {key for key, _ in spec.fields()}
    unknown = sorted(k for k in raw if k not in known)
    if unknown:
        answers.notices.append(
            Message("Some answers did not match a question on this form and were ignored.")
        )
    for item in spec.items:
        if isinstance(item, Group):
            rows = []
            for row in range(1, item.max_items + 1):
                row_raw = {f.name: raw.get(item.key(row, f.name), "") for f in item.fields}
                in_use = row == 1 or any(str(v).strip() for v in row_raw.values())
                if not in_use:
                    continue
                rows.append(
                    {
                        f.name: check_field(
                            item.key(row, f.name), f, row_raw[f.name],
                            item.is_required(row, f), answers,
                            gap=f"[{item.item_label.lower()}'s {f.title.lower()}]",
                        )
                        for f in item.fields
                    }
                )
            answers.values[item.name] = rows
        else:
            value = raw.get(item.name, item.default)
            answers.values[item.name] = check_field(item.name, item, value, item.required, answers)
    return answers


def flatten(values: Mapping) -> dict:
    """Accept nested groups ({"interviewers": [{"name": ...}]}) as flat wire keys."""
    flat = {}
    for key, value in values.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for row, item in enumerate(value, start=1):
                for sub, sub_value in item.items():
                    flat[f"{key}-{row}-{sub}"] = sub_value
        else:
            flat[key] = value
    return flat


# Tone and length recur in most letters; one definition keeps their wording
# and values the same everywhere (and in counselor links).
TONE = Field(
    name="tone",
    label="Tone",
    kind="radio",
    choices=(Choice("formal", "Formal"), Choice("warm", "Warm and friendly")),
    default="formal",
    hint="Formal suits most employers. Warm suits a relaxed conversation or a small team.",
)
# Words in a letter's body, per length (../shared/LETTERS.md). The form
# promises these, and the letter linter holds every writer to them.
LENGTH_BANDS = {"short": (80, 150), "full": (150, 250)}
LENGTH = Field(
    name="length",
    label="Length",
    kind="radio",
    choices=(
        Choice("short", "Short: the essentials, {} to {} words".format(*LENGTH_BANDS["short"])),
        Choice("full", "Full: a little more detail, {} to {} words".format(*LENGTH_BANDS["full"])),
    ),
    default="short",
)

# The questions nearly every letter asks, written once.
YOUR_NAME = Field(
    name="your_name",
    label="Your name",
    required=True,
    autocomplete="name",
    max_length=80,
    missing="Enter your name",
    person=True,
)
ROLE_APPLIED_FOR = Field(
    name="role",
    label="Job title you applied for",
    required=True,
    max_length=120,
    hint="As it appears in the job posting, for example Data Analyst.",
    missing="Enter the job title you applied for",
)

# The offer stage: every writer there asks about the same offer the same way.
OFFER_MAKER = Field(
    name="contact_name",
    person=True,
    label="Name of the person who made the offer",
    required=True,
    max_length=80,
    hint="As you would write it on an envelope, for example Dana Lee or Dr. Amira Haddad.",
    missing="Enter the name of the person who made the offer",
)
ROLE_OFFERED = Field(
    name="role",
    label="Job title they offered you",
    required=True,
    max_length=120,
    hint="As the offer gives it, for example Data Analyst.",
    missing="Enter the job title they offered you",
)


def offer_in_writing_field(required: bool) -> Field:
    """Whether the offer is in writing yet: each offer letter asks for it if not."""
    return Field(
        name="in_writing",
        label="Do you have the offer in writing?" + ("" if required else " (optional)"),
        kind="radio",
        required=required,
        choices=(
            Choice("yes", "Yes, I have the offer letter or email"),
            Choice("no", "Not yet: it was made by phone or in person"),
        ),
        hint="If not, the letter asks them to send it.",
        missing="Choose whether you have the offer in writing" if required else "",
    )


def reason_fields(reasons: Mapping[str, tuple], label: str, hint: str, own_hint: str) -> tuple[Field, Field]:
    """A choice of reasons (value → a tuple whose first item is its label)
    and the reader's own words, which replace the choice in the letter."""
    return (
        Field(
            name="reason",
            label=label,
            kind="radio",
            choices=tuple(Choice(value, entry[0]) for value, entry in reasons.items()),
            hint=hint,
        ),
        Field(
            name="own_reason",
            label="Or your reason in your own words (optional)",
            kind="textarea",
            max_length=200,
            fragment=True,
            hint=own_hint,
        ),
    )


def own_words_note(answers: Answers) -> list[Message]:
    """With reason_fields: say so when the reader's own words replace a
    reason they also chose."""
    if answers["own_reason"] and answers["reason"]:
        return [Message("Your own words are used instead of the reason chosen above.", "own_reason")]
    return []


def organization_field(missing: str) -> Field:
    """The employer's name; the message when it is missing fits each letter."""
    return Field(
        name="organization",
        label="Organization",
        required=True,
        autocomplete="organization",
        max_length=120,
        hint="The employer, as they write their own name.",
        missing=missing,
    )


PHONE_EXAMPLE = "555-201-7788"
# Digits with the punctuation people write them with, an optional extension
# and an optional word in brackets: "+44 20 7946 0958", "(555) 010-0142 ext. 12",
# "555.201.7788 (mobile)".
PHONE = re.compile(
    r"\+?[0-9()\-. /]+(?:\s*(?:ext\.?|x)\s*[0-9]+)?(?:\s*\([^()0-9]{1,20}\))?", re.IGNORECASE
)


def phone_problem(value: str) -> str:
    """What is wrong with a typed phone number, or "" when it can be dialled:
    a voicemail with 'call me back at the office' helps nobody. A number that
    passes is written exactly as typed."""
    digits = sum(ch.isdigit() for ch in value)
    if not PHONE.fullmatch(value) or not 7 <= digits <= 20:
        return f"Enter a phone number with its digits, for example {PHONE_EXAMPLE}"
    return ""


def check_phone(answers: Answers, field: str) -> None:
    """The one phone check every letter uses (see ``phone_problem``)."""
    if answers.has(field) and phone_problem(answers[field]):
        answers.error(field, phone_problem(answers[field]))
