"""Tools on the site that are not letters (nothing to send, so no SPEC)."""

from . import move_on_journal

# Each tool's line in the letters index: id (its page is letters/<id>/),
# title, stage (a key of core.spec.STAGES), situation and summary.
CARDS = (move_on_journal.CARD,)
