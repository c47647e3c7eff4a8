"""Schema migrations owned by reports and sign-off (registered after sync's)."""

from scfield.store.schema import migrations  # noqa: F401  (the one ordered list)
