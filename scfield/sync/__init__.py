"""Field ↔ office sync through Excel workbooks (export, import, three-way merge).

The functions the CLI and the desktop app call (all Qt-free; long jobs take a
``scfield.progress.Progress``; results are plain dataclasses):

* ``scfield.sync.export.export_assessment(store, assessment_id, out, progress)``
  and ``write_template(out)`` write a field workbook;
* ``scfield.sync.importer.import_workbooks(store, files, progress, dry_run=False)``
  returns one ``FileResult`` per file (status, counts, problems, notes, changes);
* ``scfield.sync.conflicts.list_conflicts(store, assessment_id=None)`` returns
  ``ConflictInfo`` records (office and field values side by side) and
  ``resolve_conflict(store, conflict_id, KeepField() | KeepOffice() | KeepValue(text), why)``
  settles one;
* ``scfield.sync.summary.write_summary(store, out, progress)`` writes the office
  workbook of all assessments.

Nothing is imported here, so ``scfield list`` does not pay for openpyxl.
"""
