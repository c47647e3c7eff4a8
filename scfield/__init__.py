"""scfield: offline assessment of smart-city readiness with JICA's Smart City Approach.

The package root stays import-light: the CLI imports it on every call, and the
Qt layer (``scfield.ui``) is only imported when the desktop app is opened.
"""

__version__ = "0.1.0"
