"""Schema migrations owned by the workbook sync (registered after the core's)."""

from scfield.store.schema import migrations  # noqa: F401  (the one ordered list)
