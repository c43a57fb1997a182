"""MkDocs hook: small, tested fixes to the HTML Material writes for each page.

Kept as string edits on known markup, not template copies, so a Material
upgrade changes nothing here unless the markup itself changes (and then the
browser tests' axe check fails loudly).
"""

from __future__ import annotations

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# axe: a dialog needs an accessible name.
SEARCH_DIALOG_NAMED = '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'


def on_post_page(output: str, page, config) -> str:
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG_NAMED)
