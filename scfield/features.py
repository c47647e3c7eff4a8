"""The feature packages the database holds tables for, registered with the store.

The store knows no feature (``scfield.store.schema``); each feature package owns
its migrations, and this start-up module hands them over. The package root
imports it, so the CLI, the app, the tests and any script open a database
knowing its whole schema — a database opened knowing only part of it would be
refused as "written by a newer scfield", or created without the features' tables.

A new feature with tables adds one ``register_migrations`` line here (its
migrations numbered after the last one anywhere).
"""

from __future__ import annotations

from scfield.report import schema as report_schema
from scfield.store.schema import register_migrations
from scfield.sync import history as sync_history
from scfield.sync import schema as sync_schema

register_migrations("sync", sync_schema.MIGRATIONS + sync_history.MIGRATIONS)
register_migrations("report", report_schema.MIGRATIONS)
