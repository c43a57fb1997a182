"""The shared language of every letter: names and greetings, articles,
sentences, lists, numbers and dates, and the template environment.

Each idea is one function, used by every letter and tested alone on a table
of hard cases (tests/test_grammar.py): a letter module never writes its own.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import pkgutil
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

import jinja2

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)


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


# ---------------------------------------------------------------- names

# Compared without dots and case: "Dr", "dr." and "DR." are one title.
TITLES = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame",
    "rev", "revd", "reverend", "judge", "fr", "capt", "lord", "lady",
}
# Titles that go with the first name: "Sir Ian", "Dame Judi".
FIRST_NAME_TITLES = {"sir", "dame", "lord", "lady"}
# Generational suffixes and post-nominal letters: never part of a greeting.
SUFFIXES = {
    "jr", "sr", "ii", "iii", "iv", "phd", "dphil", "md", "do", "dds", "dmd", "dvm",
    "mba", "cpa", "rn", "lpn", "np", "pa", "esq", "jd", "llm", "ma", "ms", "msc",
    "mph", "msw", "lcsw", "ba", "bs", "bsc", "med", "edd", "pe", "pmp", "cfa",
    "obe", "mbe", "cbe", "frcs", "facs", "qc", "kc",
}
# Suffixes that are unmistakable in any case ("Jr", "Phd"). The others are
# taken only in capitals or with dots, so that "Yo-Yo Ma" keeps his surname.
SUFFIXES_ANY_CASE = {"jr", "sr", "phd", "esq", "dphil"}
# Lower-case words that begin a family name: "van der Berg", "de la Cruz".
PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das",
    "do", "du", "la", "le", "ten", "ter", "bin", "bint", "ibn", "al", "el", "st", "st.",
}


def _bare(token: str) -> str:
    return token.replace(".", "").strip(",").lower()


def _has_case(text: str) -> bool:
    return any(ch.lower() != ch.upper() for ch in text)


def _is_initial(token: str) -> bool:
    """'J.', 'J' or 'J.R.': letters that stand for a name, never used alone."""
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+|[^\W\d_]", token)) and _has_case(token)


def _is_suffix(token: str) -> bool:
    bare = _bare(token)
    if bare not in SUFFIXES:
        return False
    return bare in SUFFIXES_ANY_CASE or "." in token or token.strip(",").isupper()


@dataclass(frozen=True)
class Name:
    """A typed name, in its parts, each exactly as typed."""

    typed: str
    titles: tuple[str, ...] = ()
    given: tuple[str, ...] = ()  # first and middle names, initials included
    family: str = ""  # with its particles: "van der Berg"
    suffixes: tuple[str, ...] = ()
    nickname: str = ""  # "Bob" in 'Robert "Bob" Smith'
    cased: bool = True  # False for scripts without letter case: used whole

    @property
    def first(self) -> str:
        """The first given name that is not an initial ("Marcus" in "J. Marcus Webb")."""
        if self.nickname:
            return self.nickname
        return next((g for g in self.given if not _is_initial(g)), "")

    @property
    def full(self) -> str:
        """The name without titles and suffixes: "J. Marcus Webb"."""
        return " ".join((*self.given, self.family) if self.family else self.given)

    @property
    def titled(self) -> str:
        """Title and the part of the name it goes with, or "" without a title."""
        if not self.titles:
            return ""
        title = " ".join(self.titles)
        if _bare(self.titles[-1]) in FIRST_NAME_TITLES and self.first:
            return f"{title} {self.first}"
        part = self.family or self.full
        return f"{title} {part}" if part else title

    def address(self, warm: bool) -> str:
        """What to call them: "Dr. Haddad" (either tone), "Sir Ian", and
        without a title the first name when warm, the full name when formal.
        A bare initial is never used alone: "J. Webb" stays whole."""
        if not self.cased:
            return self.typed
        if self.titles:
            return self.titled
        if warm and self.first:
            return self.first
        return self.full or self.typed


def parse_name(typed: str) -> Name:
    """Split a typed name into title(s), given names, family name (with its
    particles) and suffixes. Nothing is changed in case or spelling."""
    text = " ".join(str(typed).split())
    if not text:
        return Name(typed="")
    if (text.startswith("[") and text.endswith("]")) or not _has_case(re.sub(r"[^\w]", "", text)):
        # A draft's gap ("[contact name]") or a name in a script without case.
        return Name(typed=text, given=(text,), cased=False)
    nickname = ""
    found = re.search(r"[\"“”„](\w[^\"“”„]*)[\"“”„]", text)
    if found:
        nickname = found.group(1).strip()
        text = " ".join((text[:found.start()] + text[found.end():]).split())
    # Pronouns or notes in brackets are not part of the name.
    text = " ".join(re.sub(r"\([^)]*\)", " ", text).split())
    head, comma, tail = text.partition(",")
    tokens = head.split()
    suffixes: list[str] = []
    if comma:
        tail_tokens = tail.replace(",", " ").split()
        if tail_tokens and all(_is_suffix(t) or (t.isupper() and len(t) > 1) for t in tail_tokens):
            suffixes = tail_tokens
        elif len(tokens) == 1 and tail_tokens:
            # "Lee, Dana": family name first, as forms and rosters write it.
            tokens = tail_tokens + tokens
        else:
            tokens = text.split()
    titles: list[str] = []
    while len(tokens) > 1 and _bare(tokens[0]) in TITLES:
        titles.append(tokens.pop(0))
    while len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffixes.insert(0, tokens.pop().rstrip(","))
    tokens = [t.rstrip(",") for t in tokens]
    if len(tokens) == 1:
        if titles:
            return Name(typed=text, titles=tuple(titles), family=tokens[0],
                        suffixes=tuple(suffixes), nickname=nickname)
        return Name(typed=text, given=tuple(tokens), suffixes=tuple(suffixes), nickname=nickname)
    start = len(tokens) - 1
    for index in range(len(tokens) - 1):
        if tokens[index].lower() in PARTICLES and (index > 0 or tokens[index].islower()):
            start = index
            break
    return Name(
        typed=text,
        titles=tuple(titles),
        given=tuple(tokens[:start]),
        family=" ".join(tokens[start:]),
        suffixes=tuple(suffixes),
        nickname=nickname,
    )


def addresses(names: Iterable[str], warm: bool, known: bool = False) -> list[str]:
    """What to call each of several people greeted or named together.

    They are addressed alike: if any of them has a title, nobody is called by
    a first name alone; those with a title get title and surname, the others
    their full name ("Mr. Lee and Ana Souza", never "Mr. Lee and Ana").
    Without titles: first names when warm, full names when formal. ``known``
    people (a friend, your own supervisor) get first names in either tone.
    """
    parsed = [parse_name(n) for n in names if n and str(n).strip()]
    formal_group = any(p.titles for p in parsed)
    return [p.address((warm or known) and not formal_group) for p in parsed]


def address(name: str, warm: bool) -> str:
    """What to call one person in a sentence ("Dr. Haddad", "Marcus")."""
    return parse_name(name).address(warm)


def greeting(
    names: str | Sequence[str],
    warm: bool,
    *,
    unknown_formal: str = "Dear Hiring Manager",
    unknown_warm: str = "Hello",
    salute: str = "",
    end: str = ",",
    known: bool = False,
) -> str:
    """The greeting line of every letter: "Dear Dr. Haddad," / "Hi Dana," /
    "Hello Dr. Haddad," / "Dear Mr. Lee and Ms. Souza,". Warm letters say
    "Hello" to anyone greeted by title, "Hi" otherwise. With no name, a
    neutral line. ``known``: the writer knows them personally, so a formal
    letter still uses first names ("Dear Ines,"). A posted letter says ``salute="Dear"`` in either tone and
    ends a formal greeting with ``end=":"``."""
    people = [names] if isinstance(names, str) else list(names)
    called = addresses(people, warm, known)
    if not called:
        return f"{unknown_warm if warm else unknown_formal}{end}"
    titled = any(parse_name(n).titles for n in people if n)
    opener = salute or (("Hello" if titled else "Hi") if warm else "Dear")
    return f"{opener} {join_names(called)}{end}"


def name_notice(name: str) -> str:
    """A word for the reader when a name is typed all in lower case: the
    letter keeps it as typed (some people write their name that way)."""
    if _has_case(name) and name == name.lower():
        return (f"You typed “{name}” in lower case. The letter uses it exactly as typed; "
                "capitalize it if that is not how they write it.")
    return ""


# ---------------------------------------------------------------- articles

# Letters whose spoken name starts with a vowel sound: "an HR manager".
VOWEL_SOUND_LETTERS = set("aefhilmnorsx")
# Capitals read as a word, not letter by letter, that the rule below misses.
ACRONYMS_AS_WORDS = {
    "NASA", "NATO", "UNICEF", "UNESCO", "FIFA", "NAFTA", "SWAT", "SHRM", "LAN",
    "SIM", "PIN", "RAM", "ROM", "MOOC", "SCUBA", "LASER", "RADAR", "NIMBY",
    "HUD", "FEMA", "HIPAA", "STEM", "SAT", "GIF", "JPEG", "MENA", "NASDAQ",
    "OSHA", "COBOL", "FAFSA", "SARS", "MERS", "WAN", "ZIP",
}
# Onsets a word-like acronym can start with ("ST" in STEM); "HR" is not one.
ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk",
          "sl", "sm", "sn", "sp", "st", "sw", "tr", "tw", "wr", "th", "sh", "ch", "ph"}
# Vowel-letter words spoken with a consonant sound ("a university"), and the
# "un-" words among them that are spoken with a vowel ("an uninvited").
CONSONANT_SOUND_PREFIXES = (
    "uni", "unanim", "use", "usa", "usu", "uti", "ura", "ure", "uri", "uro", "uku",
    "ukr", "uga", "uta", "ute", "uto", "ubiq", "uru", "uvu", "eu", "ewe", "ouija",
)
VOWEL_SOUND_EXCEPTIONS = ("unin", "unim", "unid")
SILENT_H_PREFIXES = ("hour", "honest", "honor", "honour", "heir")


def _reads_as_word(capitals: str) -> bool:
    """Whether an all-capitals word is said as a word (NASA) or spelled (HTML)."""
    if capitals in ACRONYMS_AS_WORDS:
        return True
    lower = capitals.lower()
    vowels = sum(ch in "aeiou" for ch in lower)
    if len(lower) < 4 or vowels == 0:
        return False
    if re.search(r"[^aeiou]{3}", lower):
        return False
    return lower[0] in "aeiou" or lower[1] in "aeiou" or lower[:2] in ONSETS


def _number_sound(digits: str) -> str:
    """'an' when the number is read starting with a vowel: eight, eighty,
    eight hundred, eight thousand, eleven, eighteen, eleven thousand...
    Digits may hold thousands commas and a decimal part."""
    whole = (digits.replace(",", "").split(".")[0].lstrip("0")) or "0"
    lead = len(whole) % 3 or 3  # the first group of three, as the number is read
    if whole[0] == "8" or (lead == 2 and whole[:2] in ("11", "18")):
        return "an"
    return "a"


def article(phrase: str) -> str:
    """'a' or 'an' for the sound the phrase starts with."""
    text = re.sub(r"^[^\w$#]+", "", str(phrase or ""))
    text = text.lstrip("$#")
    chunk = re.split(r"[\s\-–—/]", text, maxsplit=1)[0] if text else ""
    if not chunk:
        return "a"
    if chunk[0].isdigit():
        return _number_sound(re.match(r"[\d,.]*", chunk).group(0))
    letters = re.sub(r"[^\w]", "", chunk)
    if not letters:
        return "a"
    if len(letters) == 1:  # a letter said by name: an X-ray, a U-turn, an e-book
        return "an" if letters.lower() in VOWEL_SOUND_LETTERS else "a"
    capitals = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters
    if capitals.isupper() or (len(letters) > 2 and letters[:2].isupper()):
        # Initialisms (HR, MSc) are read letter by letter; some acronyms as words.
        if capitals[0] == "U":  # spelled (a URL) or said (a UNICEF), it starts "you"
            return "a"
        if not (capitals.isupper() and _reads_as_word(capitals)):
            return "an" if letters[0].lower() in VOWEL_SOUND_LETTERS else "a"
    lower = letters.lower()
    if lower.startswith(SILENT_H_PREFIXES):
        return "an"
    if re.match(r"one(?:$|self|s$)|once", lower):
        return "a"
    if lower.startswith(VOWEL_SOUND_EXCEPTIONS):
        return "an"
    if lower.startswith(CONSONANT_SOUND_PREFIXES):
        return "a"
    if lower[0] == "x":  # xylophone (z), Xbox (ex)
        return "a" if lower[1] in "aeiouy" else "an"
    return "an" if lower[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


# ---------------------------------------------------------------- sentences

# Words whose full stop is part of the word, not the end of a sentence.
ABBREVIATIONS = {
    "co", "inc", "ltd", "corp", "llc", "plc", "jr", "sr", "dr", "mr", "mrs", "ms",
    "prof", "st", "etc", "vs", "no", "dept", "univ", "assn", "bros", "mt", "ave",
    "approx", "est", "ext", "fig", "min", "max", "hr", "hrs", "wk", "mo",
}


def as_checked(text) -> str:
    """Typed text as the answer checkers read it: lower case, with curly
    apostrophes made straight (a phone keyboard types them)."""
    return (text or "").lower().replace("’", "'").replace("‘", "'")


def any_of(*patterns: str) -> re.Pattern:
    """One pattern that matches wherever any of these does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def keeps_final_stop(text: str) -> bool:
    """'5 p.m.', 'Acme Co.', 'U.S.', 'J.', 'etc.', 'and so on...': the last
    full stop belongs to the word (or to an ellipsis), not to a sentence."""
    if text.endswith(("...", "…")):
        return True
    if not text.endswith("."):
        return False
    word = text.split()[-1] if text.split() else ""
    if word.endswith(".."):
        return False
    word = word.lstrip("(\"'“‘")
    core = word[:-1]
    if not core:
        return False
    if "." in core:  # p.m., U.S., e.g., Ph.D.
        return True
    if len(core) == 1 and core.isalpha():  # an initial
        return True
    return core.lower() in ABBREVIATIONS


def trim_end(text: str) -> str:
    """A typed fragment ready to sit inside the letter's sentence: trailing
    commas, semicolons and colons go, and a final full stop goes only when it
    ends a sentence. An abbreviation keeps its full stop ("before 5 p.m.")."""
    value = text.rstrip(" ,;:")
    while value.endswith(".") and not keeps_final_stop(value):
        value = value[:-1].rstrip(" ,;:")
    return value


def end_sentence(text: str, mark: str = ".") -> str:
    """The reader's words as a complete sentence: ``mark`` added only when
    they did not end it themselves (a full stop of "Co." ends it too)."""
    if not text or text.endswith("…"):
        return text
    last = text.rstrip(")\"”'’»")
    if last and last[-1] in ".?!…":
        return text
    return text + mark


# ---------------------------------------------------------------- lists and numbers


def join_names(names) -> str:
    """'A', 'A and B', 'A, B, and C': the serial comma, as US English writes it."""
    names = [str(n) for n in names if n]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def quantity(count: int, singular: str, plural: str = "") -> str:
    """'1 day', '3 days', '1 person', '2 people'."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


# ---------------------------------------------------------------- layout and templates


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


# The browser's wheel carries every template already compiled, one module
# each (overrides/hooks/compile_for_the_browser.mjs), so a reader's device
# never runs Jinja's compiler: it was most of a writer's first render. Anywhere else
# (CPython, the tests), or for a template no module declares, the template
# compiles here: the same Jinja and settings make the same code.
COMPILED_TEMPLATES = "generators._templates"
JINJA_SYNTAX = re.compile(r"\{[{%#]")


def compiled_module(source: str) -> str:
    """The module a build compiles this template source into."""
    return f"{COMPILED_TEMPLATES}.t_{hashlib.sha256(source.encode()).hexdigest()[:24]}"


def template_sources() -> list[str]:
    """Every template the generators declare: each string held by a module
    (directly or in a dict, list or tuple) that uses Jinja's syntax."""
    import generators

    found = set()

    def collect(value) -> None:
        if isinstance(value, str):
            if JINJA_SYNTAX.search(value):
                found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple, frozenset, set)):
            for item in value:
                collect(item)

    for info in pkgutil.walk_packages(generators.__path__, "generators."):
        if info.name.endswith("__main__") or info.name.startswith(COMPILED_TEMPLATES):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            collect(value)
    return sorted(found)


@functools.lru_cache(maxsize=None)
def _compiled(source: str) -> jinja2.Template:
    try:
        module = importlib.import_module(compiled_module(source))
    except ImportError:
        return ENV.from_string(source)
    return jinja2.Template.from_module_dict(ENV, vars(module), ENV.make_globals(None))


def render_template(source: str, **context) -> str:
    """Render and tidy. Where a typed value ending with an abbreviation's full
    stop ("Acme Co.") ends the template's sentence, the one full stop serves
    both ("... at Acme Co."), so the value stays verbatim and is not doubled."""
    # Text with no Jinja syntax (a fixed wording) is its own rendering.
    text = _compiled(source).render(**context) if JINJA_SYNTAX.search(source) else source
    for value in context.values():
        if isinstance(value, str) and keeps_final_stop(value):
            text = text.replace(value + ".", value)
    return tidy(text)


# A posted letter leaves room between the closing and the typed name for a
# signature in ink: three blank lines. It is the one place a letter may have
# more than one blank line in a row (tests/test_letter_rules.py knows it).
SIGNATURE_SPACE = "\n\n\n\n"


def room_to_sign(letter: str, signature: str) -> str:
    """Join a posted letter (ending with its closing, "Sincerely,") to the
    typed signature block (name, phone, email) with room to sign between."""
    return letter.rstrip("\n") + SIGNATURE_SPACE + signature.strip("\n") + "\n"

