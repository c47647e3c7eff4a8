"""CLI commands of the workbook sync (export, template, import, conflicts, resolve, summary)."""
