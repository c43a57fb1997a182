"""Test set-up. Test support lives in tests/support/ and loads as pytest
plugins, so no test imports from a conftest."""

pytest_plugins = ["support.browser", "support.site", "support.letters"]
