"""One module a letter writer, each defining ``SPEC``; discovery (in
``generators/__init__.py``) takes every module in this folder."""
