"""Tools on the site that are not letters (nothing to send, so no SPEC)."""
