"""The per-letter unit tests' one fixture: ``writer``.

A test module says which letter writer it tests with ``WRITER = "<id>"``
(and, if its rules need another day than the spec's sample, ``TODAY``; if
its renders should start from other answers than the spec's example,
``ANSWERS``);
its tests then ask for ``writer`` instead of declaring their own spec,
example answers and render helpers:

    def test_late_note(writer):
        result = writer.render(interview_date="2026-03-01")
        assert "still worth sending" in writer.advice_for(result, "interview_date")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import ModuleType

import pytest

import generators
from generators.core.spec import Result, Spec


@dataclass(frozen=True)
class Writer:
    spec: Spec
    module: ModuleType
    today: date
    example: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id

    def render(self, today: date | None = None, **changes) -> Result:
        """The spec's example answers with ``changes`` (None leaves an answer
        out), written for ``today`` (the module's TODAY by default)."""
        values = {**self.example, **changes}
        return self.render_only(today, **values)

    def render_only(self, today: date | None = None, **values) -> Result:
        """Only the answers given: for rules about what is missing."""
        kept = {key: value for key, value in values.items() if value is not None}
        return generators.render(self.spec.id, kept, today or self.today)

    def body(self, today: date | None = None, **changes) -> str:
        """The first letter's text, for answers that must give one."""
        result = self.render(today, **changes)
        assert result.ok, result.errors
        return result.letters[0].body

    @staticmethod
    def advice_for(result: Result, field: str = "") -> str:
        """The advice beside one field ("" for the general advice), as one text."""
        return " ".join(m.text for m in result.advice if m.field == field)

    @staticmethod
    def messages_for(result: Result, field: str = "") -> list:
        """The advice beside one field as messages, to check their level."""
        return [m for m in result.advice if m.field == field]

    @staticmethod
    def errors_for(result: Result, field: str | None = None) -> list[str]:
        """The error messages, of one field or of all."""
        return [m.text for m in result.errors if field is None or m.field == field]


def writer_for(writer_id: str, today: date | None = None) -> Writer:
    spec = generators.get_spec(writer_id)
    module = next(m for m in _letter_modules() if m.SPEC is spec)
    return Writer(spec=spec, module=module, today=today or spec.example_today, example=dict(spec.example))


def _letter_modules() -> list[ModuleType]:
    import sys

    return [m for name, m in sys.modules.items() if name.startswith("generators.letters.") and hasattr(m, "SPEC")]


@pytest.fixture
def writer(request) -> Writer:
    """The letter writer named by the test module's WRITER."""
    writer_id = getattr(request.module, "WRITER", None)
    if writer_id is None:
        raise pytest.UsageError(f"{request.module.__name__} asks for `writer` but sets no WRITER = \"<id>\"")
    found = writer_for(writer_id, getattr(request.module, "TODAY", None))
    answers = getattr(request.module, "ANSWERS", None)
    return found if answers is None else Writer(found.spec, found.module, found.today, dict(answers))
