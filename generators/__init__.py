"""Next Steps letter writers.

Layers: ``core/`` (the spec model, the shared language, calendar arithmetic),
``letters/`` (one module a letter: its spec, templates and guidance rules),
``outputs/`` (text, email link, .docx, .ics), ``web/`` (what the page calls)
and ``tools/`` (tools that are not letters). The browser (through Pyodide),
the command line, the site build and the tests all call ``render`` here, so
they can never disagree about a letter.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from typing import Mapping

from . import letters
from .core.spec import Letter, Message, Result, Spec, check_answers, flatten

__all__ = ["SPECS", "render", "get_spec", "sample", "Result", "Letter", "Message", "Spec"]


def _discover() -> dict[str, Spec]:
    """Every module in generators/letters/ is a letter writer with a SPEC.

    Adding a letter is adding a module there; the site, the command line and
    the tests find it here. A module there without a SPEC is a mistake, so it
    fails loudly rather than being passed by. Sorted by module name so every
    run lists the same.
    """
    specs = {}
    for info in sorted(pkgutil.iter_modules(letters.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{letters.__name__}.{info.name}")
        spec = getattr(module, "SPEC", None)
        if not isinstance(spec, Spec):
            raise RuntimeError(f"generators/letters/{info.name}.py has no SPEC: every module there is a letter")
        if spec.id in specs:
            raise RuntimeError(f"two letter writers share the id {spec.id!r}")
        specs[spec.id] = spec
    return specs


SPECS: dict[str, Spec] = _discover()


def get_spec(name: str) -> Spec:
    try:
        return SPECS[name]
    except KeyError:
        raise KeyError(f"No letter writer called {name!r}. Known: {', '.join(SPECS)}") from None


def render(name: str, values: Mapping, today: date) -> Result:
    """Check the answers and write the letter(s), deterministically for ``today``.

    Missing required answers give errors and a draft with [gaps]; the letters
    are still returned so the preview can follow the reader as they type.
    The spec's ``check`` gives the holds: complete answers that make the
    letter wrong to send. They lead the advice, and ``Result.sendable`` is
    false while any remains.
    """
    spec = get_spec(name)
    answers = check_answers(spec, flatten(values))
    holds = list(spec.check(answers, today)) if spec.check else []
    if any(m.level != "hold" for m in holds):
        raise ValueError(f"{name}: check returns holds only; advice belongs in advise")
    advice = holds + list(spec.advise(answers, today))
    letters = spec.compose(answers, today)
    errors = sorted(answers.errors, key=_field_order(spec))
    files = spec.files(answers, today) if spec.files and not errors and not holds else ()
    return Result(
        letters=tuple(letters),
        files=tuple(files),
        errors=tuple(errors),
        advice=tuple(advice),
        notices=tuple(answers.notices),
    )


def _field_order(spec: Spec):
    order = {key: position for position, (key, _) in enumerate(spec.fields())}
    return lambda message: order.get(message.field, len(order))


def sample(name: str) -> Result:
    """The spec's sample letter, as shown on its page before Python loads."""
    spec = get_spec(name)
    return render(name, spec.example, spec.example_today)
