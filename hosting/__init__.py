"""Serving the built site as users get it: headers, compression, nginx."""
