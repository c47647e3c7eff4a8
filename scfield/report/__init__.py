"""Signed assessment summaries: the PDF report, sign-off and verification."""
