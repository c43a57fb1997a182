"""The shared language of every letter: names and greetings, articles, lists,
numbers, dates, sentences, and the template environment."""

from __future__ import annotations

import functools
import re
from datetime import date

import jinja2

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
HONORIFICS = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame",
    "rev", "judge",
}
# Letters whose spoken name starts with a vowel sound: "an HR manager".
VOWEL_SOUND_LETTERS = set("aefhilmnorsx")
# Words spelled with a vowel but spoken with a consonant sound, and the reverse.
CONSONANT_SOUND_PREFIXES = ("uni", "use", "usu", "uti", "ura", "uro", "eu", "ewe", "one", "once", "ubi")
SILENT_H_PREFIXES = ("hour", "honest", "honor", "honour", "heir")


def long_date(value) -> str:
    """March 12, 2026: written out, never ambiguous."""
    if isinstance(value, date):
        return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"
    return str(value)  # a Gap in a draft


def month_day(value) -> str:
    """March 12: for subject lines, where the year adds nothing."""
    if isinstance(value, date):
        return f"{MONTHS[value.month - 1]} {value.day}"
    return str(value)


def article(phrase: str) -> str:
    """'a' or 'an' for the sound the phrase starts with."""
    word = re.sub(r"^[^\w]+", "", str(phrase)).split(" ")[0] if phrase else ""
    if not word:
        return "a"
    letters = re.sub(r"[^\w]", "", word)
    if len(letters) > 1 and letters.isupper():  # an acronym, read letter by letter
        return "an" if letters[0].lower() in VOWEL_SOUND_LETTERS else "a"
    lower = word.lower()
    if lower.startswith(SILENT_H_PREFIXES):
        return "an"
    if lower.startswith(CONSONANT_SOUND_PREFIXES):
        return "a"
    if lower[0].isdigit():
        return "an" if lower.startswith(("8", "11", "18")) else "a"
    return "an" if lower[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


def split_honorific(name: str) -> tuple[str, str]:
    """('Dr.', 'Amira Haddad') for 'Dr. Amira Haddad'; ('', name) without one."""
    first, _, rest = str(name).partition(" ")
    if rest and first.rstrip(".").lower() in HONORIFICS:
        return first, rest
    return "", str(name)


def salutation_name(name: str, warm: bool) -> str:
    """How to address someone: as typed, shortened only where convention allows.

    With an honorific: 'Dr. Haddad' in either tone. Without one: the full name
    in a formal letter, the first name in a warm one.
    """
    honorific, rest = split_honorific(name)
    if honorific:
        return f"{honorific} {rest.split(' ')[-1]}"
    if warm:
        return rest.split(" ")[0]
    return rest


def join_names(names) -> str:
    names = [str(n) for n in names if n]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def paragraph(text: str) -> str:
    """Join a block's non-empty lines into one paragraph, followed by a blank line.

    Templates write each optional sentence on its own line so that a branch
    can drop it; the letter reads them as one paragraph. A block whose
    branches all dropped out leaves nothing behind."""
    joined = " ".join(line.strip() for line in text.split("\n") if line.strip())
    return joined + "\n\n" if joined else ""


def tidy(text: str) -> str:
    """Normalise what template branches leave behind: trailing spaces, runs of
    blank lines, leading and trailing blank lines. User text is single-line and
    already clean, so this never changes what the reader typed."""
    lines = [line.rstrip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip("\n") + "\n"


def environment() -> jinja2.Environment:
    """A plain-text environment: values are data, never template source, and
    never HTML-escaped (the page writes them with textContent)."""
    env = jinja2.Environment(
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        long_date=long_date,
        month_day=month_day,
        a=with_article,
        join_names=join_names,
        paragraph=paragraph,
    )
    return env


ENV = environment()


@functools.lru_cache(maxsize=None)
def _compiled(source: str) -> jinja2.Template:
    return ENV.from_string(source)


def render_template(source: str, **context) -> str:
    return tidy(_compiled(source).render(**context))


# A posted letter leaves room between the closing and the typed name for a
# signature in ink: three blank lines. It is the one place a letter may have
# more than one blank line in a row (tests/test_letter_rules.py knows it).
SIGNATURE_SPACE = "\n\n\n\n"


def room_to_sign(letter: str, signature: str) -> str:
    """Join a posted letter (ending with its closing, "Sincerely,") to the
    typed signature block (name, phone, email) with room to sign between."""
    return letter.rstrip("\n") + SIGNATURE_SPACE + signature.strip("\n") + "\n"


def greeting(name: str, warm: bool, unknown_formal: str = "Dear Hiring Manager", unknown_warm: str = "Hello") -> str:
    """'Dear Dana Lee,' / 'Hi Dana,' / 'Hello Dr. Haddad,' and a neutral line without a name."""
    if not name:
        return f"{unknown_warm if warm else unknown_formal},"
    honorific, _ = split_honorific(name)
    if warm:
        return f"{'Hello' if honorific else 'Hi'} {salutation_name(name, True)},"
    return f"Dear {salutation_name(name, False)},"


def days_phrase(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"
