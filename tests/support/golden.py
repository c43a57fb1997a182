"""Golden cases: complete outputs a reviewer reads whole.

tests/golden/<writer id>/<name>.json holds {"today", "values"} for a letter
writer; <name>.txt beside it holds the letter(s) and advice as the command
line prints them. tests/golden/move-on-journal/ holds the journal's cases:
{"call", "args"}, one call of generators/web/browser.py exactly as the page
makes it, with its answer as a reviewer can read it. CPython and Pyodide
must give every .txt byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .paths import GOLDEN

# The journal is a tool, not a letter writer: its cases are browser calls.
JOURNAL = GOLDEN / "move-on-journal"


@dataclass(frozen=True)
class GoldenCase:
    generator: str
    name: str
    today: date
    values: dict

    @property
    def expected_path(self) -> Path:
        return GOLDEN / self.generator / f"{self.name}.txt"

    @property
    def id(self) -> str:
        return f"{self.generator}/{self.name}"


def golden_cases() -> list[GoldenCase]:
    """Every letter writer's golden case, sorted by writer and name."""
    cases = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        if path.parent == JOURNAL:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(GoldenCase(path.parent.name, path.stem, date.fromisoformat(data["today"]), data["values"]))
    return cases


@dataclass(frozen=True)
class JournalCase:
    name: str
    call: str
    args: dict

    @property
    def expected_path(self) -> Path:
        return JOURNAL / f"{self.name}.txt"

    @property
    def id(self) -> str:
        return f"move-on-journal/{self.name}"


def journal_cases() -> list[JournalCase]:
    cases = []
    for path in sorted(JOURNAL.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(JournalCase(path.stem, data["call"], data["args"]))
    return cases


def readable(call: str, answer_json: str) -> str:
    """The golden text for one journal answer (the JSON string Python returned):
    an export as the file it saves, any other answer as indented JSON."""
    data = json.loads(answer_json)
    if call == "journal_export":
        return f"File: {data['name']} ({data['type']})\n\n{data['text']}"
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
