"""Test support, loaded as pytest plugins from tests/conftest.py."""
