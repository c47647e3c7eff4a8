"""Signed assessment summaries: the PDF report, sign-off and verification.

The functions the CLI and the desktop app call (all Qt-free; imported from
their modules so that ``import scfield.report`` stays light):

* ``pdf.write_report(store, id, out_path, progress)`` → ``ReportResult``;
  ``pdf.write_reports(store, ids, folder, progress)`` (batch, Cancel between reports).
* ``signoff.sign_assessment(store, id, name, role, organisation)``,
  ``signoff.amend_assessment(store, id, reason)``, ``signoff.signatures_of``,
  ``signoff.roadmap_of`` / ``signoff.set_roadmap``.
* ``verify.verify(store, code_or_pdf)`` → ``VerifyResult``.
* ``fingerprint.fingerprint(store, id)``, ``fingerprint.short_code(full)``.
"""
