"""Gazette Reader (地方简报阅读器): read, search, tag and export Chinese local-government gazettes.

The core (everything outside ``gui/``) never imports Qt, so the CLI and the tests run headless.
"""

__version__ = "0.1.0"
