"""The browser's entry point: JSON in, JSON out, one call per render.

The worker (docs/assets/javascripts/letter-worker.mjs) calls ``render_json``;
strings cross the boundary, so no Python object leaks into JavaScript.
"""

from __future__ import annotations

import json
from datetime import date

from . import SPECS, render


def render_json(name: str, values_json: str, today_iso: str) -> str:
    values = json.loads(values_json)
    if not isinstance(values, dict):
        raise ValueError("values must be a JSON object")
    result = render(name, values, date.fromisoformat(today_iso))
    return json.dumps(result.as_dict(), ensure_ascii=False)


def generator_ids() -> str:
    return json.dumps(sorted(SPECS))
