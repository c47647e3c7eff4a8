"""scfield: offline assessment of smart-city readiness with JICA's Smart City Approach.

The package root stays import-light: the CLI imports it on every call, and the
Qt layer (``scfield.ui``) is only imported when the desktop app is opened. It
imports one thing: ``scfield.features``, which registers each feature's schema
migrations with the store before anything can open a database.
"""

__version__ = "0.1.0"

from scfield import features as _features  # noqa: E402,F401  (registers the schema)
