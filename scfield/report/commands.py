"""CLI commands of reports and sign-off (report, sign, verify, amend)."""
