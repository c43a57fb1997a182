"""Command line: the same letter writers as the website.

    python -m generators list
    python -m generators interview-thank-you --help
    python -m generators interview-thank-you --your-name "Jordan Rivera" ...
    python -m generators interview-thank-you --json answers.json
    python -m generators interview-thank-you --example

Exit status: 0 when the letter is ready to send; 2 when answers are missing
or wrong (the messages go to standard error, no letter is printed); 3 when
the letter is held: it is printed marked as a draft, with what to change.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from . import SPECS, get_spec, render
from .core.spec import Group, Result

EXIT_ANSWERS = 2
EXIT_HELD = 3
EPILOG = (
    f"exit status: 0 the letter is ready to send; {EXIT_ANSWERS} answers are missing or "
    f"wrong (messages on standard error, no letter); {EXIT_HELD} the letter is held: "
    "printed marked as a draft, with what to change before you send it"
)
DRAFT_MARK = "===== DRAFT: not ready to send. Change what is listed under \"Hold\". ====="


def option(key: str) -> str:
    return "--" + key.replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generators",
        description="Write a Next Steps letter from your answers. Nothing leaves your computer.",
        epilog=EPILOG,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("list", help="list the letter writers")
    for spec in SPECS.values():
        sub = commands.add_parser(spec.id, help=spec.title, description=f"{spec.title}. {spec.summary}", epilog=EPILOG)
        given = sub.add_argument_group("your answers (any you leave out are empty)")
        for item in spec.items:
            if isinstance(item, Group):
                for row in range(1, item.max_items + 1):
                    for f in item.fields:
                        given.add_argument(
                            option(item.key(row, f.name)), dest=item.key(row, f.name),
                            metavar="TEXT", help=f"{item.item_label} {row}: {f.label}",
                        )
                continue
            extra = {}
            if item.choices:
                extra["choices"] = [c.value for c in item.choices]
            if item.kind == "checkboxes":
                extra["action"] = "append"
            metavar = "YYYY-MM-DD" if item.kind == "date" else None if item.choices else "TEXT"
            help_text = item.label + (f". {item.hint}" if item.hint else "")
            given.add_argument(option(item.name), dest=item.name, metavar=metavar, help=help_text.replace("%", "%%"), **extra)
        sub.add_argument("--json", metavar="FILE", help="read answers from a JSON file (- for standard input); flags override it")
        sub.add_argument("--example", action="store_true", help="start from the sample answers shown on the website")
        sub.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, help="the date to write as of (default: today)")
        sub.add_argument("--format", choices=["text", "json"], default="text", help="plain text (default) or JSON")
    return parser


def format_text(result: Result) -> str:
    """The letters as plain text, then the advice: what a person would paste.

    A held letter is marked as a draft above and below, and its holds come
    before the other notes, so that nobody pastes it by mistake."""
    several = len(result.letters) > 1
    # A held result with no letter (a check-in they asked you not to send)
    # has no draft to mark: only the holds say what to do instead.
    drafted = bool(result.holds and result.letters)
    blocks = [f"{DRAFT_MARK}\n"] if drafted else []
    for letter in result.letters:
        lines = []
        # Scripts and several notes need a heading to tell them apart.
        if letter.heading and (several or letter.layout != "email"):
            lines.append(f"===== {letter.heading} =====\n")
        if letter.subject:
            lines.append(f"Subject: {letter.subject}\n")
        lines.append(letter.body)
        blocks.append("\n".join(lines))
    if drafted:
        blocks.append(f"{DRAFT_MARK}\n")
    blocks.extend(f"Hold: {message.text}\n" for message in result.holds)
    others = [m for m in result.notices + result.advice if m.level != "hold"]
    blocks.extend(f"Note: {message.text}\n" for message in others)
    return "\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "list":
        for spec in SPECS.values():
            print(f"{spec.id:<24} {spec.title}")
        return 0
    spec = get_spec(args.command)
    values: dict = dict(spec.example) if args.example else {}
    if args.json:
        source = sys.stdin if args.json == "-" else open(args.json, encoding="utf-8")
        with source:
            loaded = json.load(source)
        if not isinstance(loaded, dict):
            parser.error("the JSON file must hold an object of answers")
        values.update(loaded)
    keys = [key for key, _ in spec.fields()]
    values.update({k: getattr(args, k) for k in keys if getattr(args, k, None) is not None})
    result = render(spec.id, values, args.today or date.today())
    if args.format == "json":
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    elif result.ok:
        sys.stdout.write(format_text(result))
    if not result.ok:
        for error in result.errors:
            where = option(error.field) if error.field else "answers"
            print(f"{where}: {error.text}", file=sys.stderr)
        return EXIT_ANSWERS
    if not result.sendable:
        for hold in result.holds:
            where = option(hold.field) if hold.field else "letter"
            print(f"{where}: held: {hold.text}", file=sys.stderr)
        return EXIT_HELD
    return 0


if __name__ == "__main__":
    sys.exit(main())
