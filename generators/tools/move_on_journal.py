"""Is it time to move on? A private journal, and what five entries show.

Advice it follows (guide: at-work/time-to-move-on): when the feeling hits,
pause, then note what happened, how you reacted and why it hit you now;
keep going until there are five entries or more; then read them together,
ask the guide's review questions and look for the patterns that say it may
be time to leave.
Harassment or bullying is the exception: speak up at once, without waiting
for a pattern.

Not a letter writer: there is nothing to send, so this module has no spec and
discovery passes it by. The page (docs/letters/move-on-journal.md) keeps the
entries in the browser's local storage; Python checks each entry, finds what
repeats and writes the export. The pattern is found by plain word overlap,
so every finding can be shown with the words and dates behind it.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Mapping, Sequence

from ..core.spec import Answers, Choice, Field, Message, check_field
from ..core.grammar import long_date

# Entries needed before the review, as the guide says.
ENOUGH = 5
MAX_ENTRIES = 500
MAX_TERMS = 5
MAX_RUN = 4  # the longest phrase looked for, in words

ENTRY_FIELDS = (
    Field(
        name="date",
        label="Date",
        kind="date",
        required=True,
        hint="The day it happened.",
        missing="Enter the date it happened",
    ),
    Field(
        name="trigger",
        label="What happened (the trigger)",
        kind="textarea",
        required=True,
        max_length=500,
        hint="For example: a coworker took over part of my project without asking.",
        missing="Enter what happened",
    ),
    Field(
        name="reaction",
        label="How you reacted",
        kind="textarea",
        required=True,
        max_length=500,
        hint="What you felt, and what you did or wanted to do.",
        missing="Enter how you reacted",
    ),
    Field(
        name="why",
        label="Why it bothered you now (optional)",
        kind="textarea",
        max_length=500,
        hint="For example: a tired day, no backing from your supervisor, or the third time this month.",
    ),
    Field(
        name="serious",
        label="Harassment or bullying",
        kind="checkboxes",
        choices=(Choice("yes", "This was harassment, bullying or another serious matter"),),
    ),
)
TEXT_FIELDS = ("trigger", "reaction", "why")

SPEAK_UP_TITLE = "Speak up now"
SPEAK_UP = (
    "Do not wait for more entries or for a pattern. Tell your supervisor, human resources, or another "
    "person you trust at work, as soon as you can."
)

# The review questions, grouped by what they help you see. Each has a key,
# so that summarise() can add what the entries show to the questions it can
# read from them (_notes). docs/at-work/time-to-move-on.md shows the same
# groups and questions in this order (tests/test_move_on_journal.py checks).
QUESTION_GROUPS = (
    ("What keeps coming back", (
        ("trigger", "Does the same kind of event keep setting you off?"),
        ("reaction", "When you read your reactions side by side, do they look alike?"),
        ("reason", "Does one reason sit under several entries?"),
    )),
    ("Whether it is the job or the moment", (
        ("pace", "Is it happening more often, or less?"),
        ("break", "Are you simply worn out? Would a few days away change how this looks?"),
        ("elsewhere", "Would it follow you to a new boss or a new employer?"),
    )),
    ("What you can do about it", (
        ("fix", "Could a change here make it stop, such as a talk with your supervisor?"),
        ("live_with", "If nothing changes, could you live with it?"),
    )),
)
QUESTIONS = tuple(text for _, items in QUESTION_GROUPS for _, text in items)

# Patterns in the entries that say it may be time to leave, grouped as the
# guide shows them, each with words that may point to it in an entry.
SIGNAL_GROUPS = (
    ("The people around you", (
        ("Your manager or closest coworkers keep coming up, and the friction is growing.",
         {"manager", "boss", "supervisor", "coworker", "colleague", "conflict", "argument", "argued", "friction",
          "tension", "clash", "clashed"}),
        ("Your entries tell of being ignored, talked down to or denied credit for your work.",
         {"respect", "disrespect", "disrespected", "disrespectful", "undervalued", "valued", "ignored", "belittled",
          "mistreated", "credit", "rude", "yelled", "dismissed", "overlooked", "unappreciated"}),
    )),
    ("The work and what you get for it", (
        ("Your entries say you are bored or no longer learning, and asking for new challenges has not helped.",
         {"bored", "boring", "coasting", "stagnant", "stuck", "learning", "challenge", "routine"}),
        ("Pay comes up: you have learned that you are paid less than is fair.",
         {"pay", "paid", "underpaid", "salary", "raise", "wage", "compensation", "bonus"}),
    )),
    ("The organization itself", (
        ("Your entries push back on where the organization is heading or how it works, and you cannot change that.",
         {"direction", "strategy", "values", "mission", "policy", "ethics", "unethical", "priorities"}),
        ("Your entries say you feel like an outsider in the company's culture.",
         {"culture", "fit", "belong", "outsider", "excluded", "clique"}),
    )),
)
SIGNALS = tuple(signal for _, signals in SIGNAL_GROUPS for signal in signals)

STOPWORDS = set("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't could couldn't did didn't do does doesn't doing don't down during each even ever
every few for from further get gets getting got had hadn't has hasn't have haven't having he her here hers herself
him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let me more most much must my
myself no nor not now of off on once one only or other our ours ourselves out over own really same she should so
some still such than that that's the their theirs them themselves then there these they this those through to too
under until up upon very was wasn't we were weren't what when where which while who whom why will with without
won't would wouldn't yet you your yours yourself feel feels felt feeling today yesterday again day
""".split())
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Phrases never run across punctuation: "the meeting, Sam" is not a phrase.
CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”]+")
# Small words that may end a phrase ("tuned out", "left early"), though they
# never count on their own.
PARTICLES = {"out", "off", "up", "down", "over", "back", "away", "home"}
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def _clean(values, today: date, new: bool) -> Answers:
    answers = Answers(values={})
    if not isinstance(values, Mapping):
        values = {}
    known = {f.name for f in ENTRY_FIELDS}
    if any(key not in known for key in values):
        answers.notices.append(Message("Some answers did not match a question on this form and were ignored."))
    for f in ENTRY_FIELDS:
        raw = values.get(f.name, f.default)
        if f.name == "serious" and isinstance(raw, bool):
            raw = ["yes"] if raw else []  # as stored, after check_entry
        answers.values[f.name] = check_field(f.name, f, raw, f.required, answers)
    day = answers["date"]
    if new and isinstance(day, date) and day > today:
        answers.error("date", "The date must be today or earlier")
    return answers


def _entry(answers: Answers) -> dict:
    day = answers["date"]
    return {
        "date": day.isoformat() if isinstance(day, date) else "",
        "when": long_date(day) if isinstance(day, date) else "",
        **{name: str(answers[name]) for name in TEXT_FIELDS},
        "serious": answers["serious"] == ["yes"],
    }


def check_entry(values: Mapping, today: date) -> dict:
    """One new entry: clean values, or messages beside the fields.

    ``entry`` is what the page stores: the clean text, the date as ISO and
    written out, and whether it was marked as harassment or bullying.
    """
    answers = _clean(values, today, new=True)
    entry = _entry(answers)
    advice = []
    if not answers.errors and not entry["why"]:
        advice.append(Message(
            "If you can, add why it bothered you now. The trigger is only part of the answer.", "why",
        ))
    return {
        "ok": not answers.errors,
        "entry": entry if not answers.errors else None,
        "errors": [m.as_dict() for m in answers.errors],
        "notices": [m.as_dict() for m in answers.notices],
        "advice": [m.as_dict() for m in advice],
        "speak_up": SPEAK_UP if entry["serious"] else "",
    }


def _readable(entries) -> tuple[list[dict], int]:
    """Stored entries, checked again (storage can be edited by hand), oldest first."""
    if not isinstance(entries, list):
        entries = []
    good, dropped = [], max(0, len(entries) - MAX_ENTRIES)
    for raw in entries[:MAX_ENTRIES]:
        answers = _clean(raw, date.max, new=False)
        if answers.errors:
            dropped += 1
        else:
            good.append(_entry(answers))
    good.sort(key=lambda e: e["date"])  # stable: same-day entries keep their order
    return good, dropped


def _key(word: str) -> str:
    """A word reduced so that 'meetings' and 'meeting' count as one."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _telling(lower: str) -> bool:
    return not (lower in STOPWORDS or (lower.isascii() and len(lower) < 3) or lower.isdigit())


def _terms(text: str) -> list[tuple[str, str]]:
    """(key, as written) for each telling word, and for each phrase of up to
    MAX_RUN words within a clause that starts with a telling word and ends
    with one or with a particle: "took credit", "worked through lunch",
    "tuned out"."""
    out = []
    for clause in CLAUSE.split(text):
        words = [w.replace("’", "'") for w in WORD.findall(clause)]
        lower = [w.casefold() for w in words]
        for start, first in enumerate(lower):
            if not _telling(first):
                continue
            for end in range(start, min(start + MAX_RUN, len(words))):
                last = lower[end]
                if end == start or _telling(last) or last in PARTICLES:
                    span = range(start, end + 1)
                    out.append((" ".join(_key(words[i]) for i in span), " ".join(words[i] for i in span)))
    return out


def _inside(short: str, long: str) -> bool:
    """Whether the words of ``short`` appear, in order and side by side, in ``long``."""
    return f" {short} " in f" {long} " and short != long


def repeats(entries: list[dict], field: str) -> list[dict]:
    """Words and short phrases that come up in more than one entry's
    ``field``, most entries first. A word or phrase is left out when a longer
    phrase that holds it comes up in exactly the same entries."""
    where: dict[str, set[int]] = {}
    written: dict[str, Counter] = {}
    first_seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        for key, form in _terms(entry[field]):
            where.setdefault(key, set()).add(index)
            written.setdefault(key, Counter())[form] += 1
            first_seen.setdefault(key, len(first_seen))
    found = {key: rows for key, rows in where.items() if len(rows) >= 2}
    kept = [key for key in found if not any(_inside(key, other) and found[other] == found[key] for other in found)]
    kept.sort(key=lambda k: (-len(found[k]), -k.count(" "), first_seen[k]))
    return [
        {
            "words": written[key].most_common(1)[0][0],
            "count": len(found[key]),
            "dates": [entries[i]["when"] for i in sorted(found[key])],
        }
        for key in kept[:MAX_TERMS]
    ]


def _same_note(found: list[dict], n: int, noun: str) -> str:
    if not found:
        return (f"Not in the words you used: no word comes up in more than one {noun}. "
                "Read them again for a theme the words hide, such as who was involved.")
    top = found[0]
    if top["count"] == n:
        return f"Every time: “{top['words']}” comes up in all {number(n)} of your {noun}s."
    share = f"“{top['words']}” comes up in {number(top['count'])} of your {number(n)} {noun}s"
    if top["count"] * 2 >= n:
        return f"Often: {share}."
    return f"Sometimes: {share}. The rest differ."


def _reason_note(reasons: list[dict], entries: list[dict]) -> str:
    if reasons:
        top = reasons[0]
        return (f"“{top['words']}” comes up in {number(top['count'])} of your reasons. A reason that keeps "
                "coming back may be the real problem to solve, more than any one trigger.")
    given = sum(1 for entry in entries if entry["why"])
    parts = ["No word comes up in more than one of your reasons."] if given >= 2 else []
    if given == 0:
        parts.append("None of your entries says why it bothered you.")
    elif given < len(entries):
        parts.append(f"Only {number(given)} of your {number(len(entries))} entries "
                     f"{'says' if given == 1 else 'say'} why it bothered you.")
    if given < len(entries):
        parts.append("The reason often tells you more than what happened, so add it next time.")
    return " ".join(parts)


def _break_note(entries: list[dict]) -> str:
    first, last = date.fromisoformat(entries[0]["date"]), date.fromisoformat(entries[-1]["date"])
    days = (last - first).days + 1
    if days <= 14:
        return (f"All {number(len(entries))} entries fall within {days} days. A short break may show whether this "
                "is a hard stretch or a lasting pattern.")
    return ""


def _pace_note(entries: list[dict], today: date) -> str:
    days = [date.fromisoformat(e["date"]) for e in entries]
    since = (today - days[-1]).days
    if since > 30:
        return (f"Your last entry is from {long_date(days[-1])}, {since} days ago. If nothing has set you off "
                "since, it may be easing.")
    span = (days[-1] - days[0]).days
    if span < 14:
        return ""
    middle = days[0].toordinal() + span / 2
    early = sum(1 for d in days if d.toordinal() < middle)
    late = len(days) - early
    halves = f"{number(early)} in the first half of that time and {number(late)} in the second"
    if late >= early + 2:
        return f"Your entries are coming closer together: over {span} days, {halves}."
    if early >= late + 2:
        return f"Your entries are spreading out: over {span} days, {halves}."
    return f"Your entries come at a steady pace: over {span} days, {halves}."


def _signals(entries: list[dict]) -> list[dict]:
    out = []
    for group, signals in SIGNAL_GROUPS:
        for text, words in signals:
            out.append({"group": group, "text": text, "matches": _signal_matches(entries, words)})
    return out


def _signal_matches(entries: list[dict], words: set[str]) -> list[dict]:
    """Each entry with a word that may point to a signal, and the word as written."""
    matches = []
    for entry in entries:
        hit = next((
            form for name in TEXT_FIELDS for key, form in _terms(entry[name])
            if " " not in key and key in words
        ), None)
        if hit:
            matches.append({"date": entry["when"], "word": hit})
    return matches


def _notes(entries: list[dict], today: date, triggers: list[dict], reactions: list[dict],
           reasons: list[dict]) -> dict[str, str]:
    """What the entries show for each review question the journal can read
    from them, by question key; the others are for the reader alone."""
    n = len(entries)
    return {
        "trigger": _same_note(triggers, n, "trigger"),
        "reaction": _same_note(reactions, n, "reaction"),
        "reason": _reason_note(reasons, entries),
        "pace": _pace_note(entries, today),
        "break": _break_note(entries),
    }


def summarise(entries: Sequence, today: date) -> dict:
    """What the entries show: how many more are needed, and from five on the
    repeating triggers and reactions, the guide's questions asked of them,
    and the signals that say it may be time to leave. A harassment or
    bullying mark brings the speak-up message whatever the count."""
    good, dropped = _readable(entries)
    n = len(good)
    serious = [e["when"] for e in good if e["serious"]]
    summary = {
        "count": n,
        "needed": max(0, ENOUGH - n),
        "progress": progress(n),
        "notices": ([f"{number(dropped).capitalize()} saved "
                     f"{'entry' if dropped == 1 else 'entries'} could not be read and "
                     f"{'was' if dropped == 1 else 'were'} left out."] if dropped else []),
        "speak_up": {"title": SPEAK_UP_TITLE, "text": SPEAK_UP, "dates": serious} if serious else None,
        "triggers": [],
        "reactions": [],
        "reasons": [],
        "questions": [],
        "signals": [],
        "closing": "",
    }
    if n < ENOUGH:
        return summary
    triggers, reactions, reasons = repeats(good, "trigger"), repeats(good, "reaction"), repeats(good, "why")
    notes = _notes(good, today, triggers, reactions, reasons)
    summary.update(
        triggers=triggers,
        reactions=reactions,
        reasons=reasons,
        questions=[
            {"group": group, "question": text, "note": notes.get(key, "")}
            for group, items in QUESTION_GROUPS for key, text in items
        ],
        signals=_signals(good),
        closing=CLOSING,
    )
    return summary


CLOSING = ("No list can make the choice for you: you are the one who knows whether this job still fulfills you. "
           "If you are coasting, ask your supervisor about stretch projects or training first. If you decide to "
           "go, start your search while you still have the job.")


def progress(n: int) -> str:
    """How far the reader is from the five entries a review needs."""
    if n == 0:
        return "No entries yet. Add one each time the feeling comes back."
    if n < ENOUGH:
        more = ENOUGH - n
        return (f"You have {number(n)} {'entry' if n == 1 else 'entries'}. Add {number(more)} more before you look "
                "for a pattern: one entry tells you little.")
    return f"You have {number(n)} entries, enough to look for a pattern."


def _grouped(items: list[dict], line) -> list[str]:
    """Export lines: each group's name, then its items, then a blank line."""
    out: list[str] = []
    for index, item in enumerate(items):
        if index == 0 or item["group"] != items[index - 1]["group"]:
            if out:
                out.append("")
            out.append(item["group"])
        out.append(line(item))
    return out + [""]


def _signal_line(signal: dict) -> str:
    seen = "; ".join(f"{m['date']} (“{m['word']}”)" for m in signal["matches"])
    return f"- {signal['text']}" + (f" Entries that may touch on it: {seen}." if seen else "")


def export_text(entries: Sequence) -> dict:
    """The journal as a plain-text file: every entry, then the review once
    there are five. Dated by the entries alone, so it is reproducible."""
    good, _ = _readable(entries)
    lines = ["Is it time to move on? My journal", ""]
    if any(entry["serious"] for entry in good):
        lines += [f"{SPEAK_UP_TITLE}: {SPEAK_UP}", ""]
    if not good:
        lines.append("No entries.")
    for entry in good:
        lines.append(entry["when"])
        lines.append(f"What happened: {entry['trigger']}")
        lines.append(f"How I reacted: {entry['reaction']}")
        if entry["why"]:
            lines.append(f"Why it bothered me: {entry['why']}")
        if entry["serious"]:
            lines.append("Marked as harassment, bullying or another serious matter.")
        lines.append("")
    if good:
        summary = summarise(good, date.fromisoformat(good[-1]["date"]))
        lines += ["Review", summary["progress"], ""]
        for label, found in (("Triggers that repeat", summary["triggers"]), ("Reactions that repeat", summary["reactions"]),
                             ("Reasons that repeat", summary["reasons"])):
            if found:
                lines.append(f"{label}:")
                lines += [f"- “{t['words']}”: {number(t['count'])} entries ({'; '.join(t['dates'])})" for t in found]
                lines.append("")
        if summary["questions"]:
            lines += ["Questions to ask yourself:", ""]
            lines += _grouped(summary["questions"],
                              lambda item: f"- {item['question']}" + (f" {item['note']}" if item["note"] else ""))
            lines += ["Signals that it may be time to leave:", ""]
            lines += _grouped(summary["signals"], _signal_line)
            lines += [summary["closing"], ""]
    text = "\n".join(lines).rstrip("\n") + "\n"
    return {"name": "move-on-journal.txt", "type": "text/plain;charset=utf-8", "text": text}


# The journal's line in the letters index, as a spec gives it for a writer.
CARD = {
    "id": "move-on-journal",
    "title": "Is it time to move on? A private journal",
    "stage": "at-work",
    "situation": "You keep wondering whether it is time to leave your job",
    "summary": "Note each time the feeling comes back; after five entries, see which triggers and reactions repeat.",
}
