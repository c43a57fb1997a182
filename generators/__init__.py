"""Next Steps letter writers.

Each module holds one letter: its spec, its templates and its guidance rules.
The browser (through Pyodide), the command line, the site build and the tests
all call ``render`` here, so they can never disagree about a letter.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from typing import Mapping

from .spec import Letter, Message, Result, Spec, check_answers, flatten

__all__ = ["SPECS", "render", "get_spec", "sample", "Result", "Letter", "Message", "Spec"]


# Modules that serve every letter rather than being one.
_SHARED_MODULES = {"spec", "wording", "browser", "exports", "share_links"}


def _discover() -> dict[str, Spec]:
    """Every module in this package that defines SPEC is a letter writer.

    Adding a letter is adding a module; the site, the command line and the
    tests find it here. Sorted by module name so every run lists the same.
    """
    specs = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name in _SHARED_MODULES:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "SPEC", None)
        if isinstance(spec, Spec):
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
    """
    spec = get_spec(name)
    answers = check_answers(spec, flatten(values))
    advice = list(spec.advise(answers, today))
    letters = spec.compose(answers, today)
    errors = sorted(answers.errors, key=_field_order(spec))
    files = spec.files(answers, today) if spec.files and not errors else ()
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
