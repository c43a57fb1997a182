"""Golden cases for the move-on journal's browser calls.

tests/golden-journal/<name>.json holds {"call", "args"}: one call of
generators/browser.py exactly as the page makes it. <name>.txt beside it
holds the answer in a form a reviewer can read: an export as the file it
saves, any other answer as indented JSON. Both runtimes (CPython here,
Pyodide in test_pyodide.py) must give that text byte for byte.

Not under tests/golden/, whose folders are letter writers' ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

GOLDEN_JOURNAL = Path(__file__).resolve().parent / "golden-journal"


@dataclass(frozen=True)
class JournalCase:
    name: str
    call: str
    args: dict

    @property
    def expected_path(self) -> Path:
        return GOLDEN_JOURNAL / f"{self.name}.txt"

    @property
    def id(self) -> str:
        return f"journal/{self.name}"


def journal_cases() -> list[JournalCase]:
    cases = []
    for path in sorted(GOLDEN_JOURNAL.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(JournalCase(path.stem, data["call"], data["args"]))
    return cases


def readable(call: str, answer_json: str) -> str:
    """The golden text for one answer (the JSON string Python returned)."""
    data = json.loads(answer_json)
    if call == "journal_export":
        return f"File: {data['name']} ({data['type']})\n\n{data['text']}"
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
