"""Does a printed page (or its PDF) still match the record? ``scfield verify``.

The question comes with a code read off a page footer (short form), scanned
from the QR code (full form), or a PDF file. The PDF carries the full
fingerprint in its metadata (``/Keywords``) and, as text, on its sign-off page
and in every footer: the metadata is read first, then the page text (our own
content streams, inflated), so that a PDF whose metadata was stripped by
another program still verifies. No PDF library is needed at run time. The
footer's label is in the report's language, so the short code is looked for
after the label in any language scfield prints, or alone in its own text run.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scfield.errors import ScfieldError
from scfield.i18n import LANGUAGES
from scfield.messages import messages
from scfield.report.fingerprint import (
    canonical_content,
    describe_changes,
    fingerprint_of,
    is_code,
    normalise_code,
    short_code,
)
from scfield.report.signoff import Signature
from scfield.store import Store

KEYWORD = "scfield-fingerprint"
_FULL_TAGGED = re.compile(rb"scfield-fingerprint[:=]\s*([0-9a-fA-F]{64})")
_FULL_TEXT = re.compile(rb"(?<![0-9a-fA-F])([0-9a-fA-F]{64})(?![0-9a-fA-F])")
_CODE = rb"([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})"
_STREAM = re.compile(rb"(?<!end)stream\r?\n")


@dataclass(frozen=True)
class VerifyResult:
    """The answer ``scfield verify`` prints; ``matches`` decides the exit status."""

    matches: bool
    code: str
    message: str
    assessment_id: str | None = None
    title: str | None = None
    signers: tuple[Signature, ...] = ()
    changes: tuple[str, ...] = field(default=())

    def text(self) -> str:
        lines = [self.message] + [f"  - {c}" for c in self.changes]
        return "\n".join(lines)


def _inflate(data: bytes) -> bytes:
    """Inflate one zlib stream, ignoring whatever follows it (an EOL, ``endstream``)."""
    return zlib.decompressobj().decompress(data)


def _streams(data: bytes) -> list[bytes]:
    """The decoded content of every Flate (or ASCII85 + Flate) stream of a PDF.

    A stream's data runs from ``stream`` + EOL to the next ``endstream``, with or
    without an EOL before it (ReportLab writes none): the inflater stops at the
    end of the compressed data by itself, so no /Length needs to be parsed.
    """
    out = []
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        raw = data[match.end():end if end >= 0 else len(data)]
        for decode in (_inflate, lambda b: _inflate(base64.a85decode(
                b.strip().removesuffix(b"~>")))):
            try:
                out.append(decode(raw))
                break
            except (zlib.error, ValueError):
                continue
    return out


def fingerprint_from_pdf(path: str | Path) -> str:
    """The fingerprint printed in a scfield PDF: full (64 hex) or, failing that, short."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScfieldError(f"{path}: cannot read the file ({exc.strerror})") from None
    if not data.startswith(b"%PDF"):
        raise ScfieldError(f"{path}: not a PDF file")
    found = _FULL_TAGGED.search(data)
    if found:
        return found.group(1).decode().lower()
    streams = _streams(data)
    for pattern in (_FULL_TAGGED, _FULL_TEXT, _short_text()):
        for stream in streams:
            found = pattern.search(stream)
            if found:
                return normalise_code(found.group(1).decode())
    try:  # a PDF rewritten by another program: its text, if pypdf is installed
        from pypdf import PdfReader
    except ImportError:
        PdfReader = None  # noqa: N806
    if PdfReader is not None:
        try:
            text = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
        except Exception:  # noqa: BLE001 - any damage: we say below what we could not find
            text = ""
        for pattern in (_FULL_TEXT, _short_text()):
            found = pattern.search(text.encode())
            if found:
                return normalise_code(found.group(1).decode())
    raise ScfieldError(f"{path}: no scfield fingerprint found in this PDF")


@cache
def _short_text() -> re.Pattern[bytes]:
    """The short code after the footer's label in any shipped language ("Fingerprint",
    "Empreinte", …), or as a string of its own in a page's text (``(3C13-…) Tj``)."""
    labels = sorted({re.escape(messages(code)("Fingerprint").encode()) for code in LANGUAGES})
    return re.compile(rb"(?:(?:" + b"|".join(labels) + rb"):?\s*|\()" + _CODE)


def _signers_text(signers: list[Signature]) -> str:
    names = [s.who() for s in signers]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    dates = sorted({s.date for s in signers})
    return f"signed by {joined} on {' and '.join(dates)}"


def verify(store: Store, code_or_pdf: str) -> VerifyResult:
    """Check a fingerprint code, or a PDF, against the signatures in the database."""
    arg = code_or_pdf.strip()
    path = Path(arg).expanduser()
    if path.is_file():
        code = fingerprint_from_pdf(path)
    elif is_code(arg):
        code = normalise_code(arg)
    elif arg.lower().endswith(".pdf") or "/" in arg or "\\" in arg:
        raise ScfieldError(f"{arg}: no such file")
    else:
        raise ScfieldError(f"{arg!r} is neither a fingerprint code (e.g. 3F2A-91C0-77DE-0B14) "
                           "nor a PDF file")
    shown = short_code(code) if len(code) >= 16 else code.upper()
    rows = store.query("SELECT * FROM signatures WHERE fingerprint >= ? AND fingerprint < ? "
                       "ORDER BY signed_at, id", [code, code + "g"])
    if not rows:
        return _unsigned(store, code, shown)
    fingerprints = {r["fingerprint"] for r in rows}
    if len(fingerprints) > 1:
        raise ScfieldError(f"more than one signed version starts with {shown}; "
                           "give the full code from the QR code")
    assessment_id = rows[-1]["assessment_id"]
    signers = [Signature.from_row(r) for r in rows if r["assessment_id"] == assessment_id]
    assessment = store.get("assessments", assessment_id)
    title = assessment["title"]
    current = canonical_content(store, assessment_id)
    by = _signers_text(signers)
    if fingerprint_of(current) == signers[0].fingerprint:
        message = f"matches {title!r} {by}"
        if all(s.superseded_at for s in signers) and assessment["status"] != "signed":
            last = signers[-1]
            message += (f"; note: amended on {last.superseded_at[:10]} ({last.amend_reason}) "
                        "but not changed since")
        return VerifyResult(True, shown, message, assessment_id, title, tuple(signers))
    old = json.loads(rows[-1]["content"])
    changes = describe_changes(old, current)
    message = f"does not match: {title!r} has changed since it was {by}"
    amended = [s for s in signers if s.superseded_at]
    if amended:
        message += (f"; amended on {amended[-1].superseded_at[:10]} by "
                    f"{amended[-1].amended_by or 'unknown'}: {amended[-1].amend_reason}")
    later = store.query("SELECT * FROM signatures WHERE assessment_id = ? AND signed_at > ? "
                        "AND fingerprint != ? ORDER BY signed_at DESC LIMIT 1",
                        [assessment_id, signers[-1].signed_at, signers[0].fingerprint])
    if later:
        newer = Signature.from_row(later[0])
        message += f"; a later version ({newer.short}) was {_signers_text([newer])}"
    message += f". Changes since signing ({len(changes)}):"
    return VerifyResult(False, shown, message, assessment_id, title, tuple(signers),
                        tuple(changes))


def _unsigned(store: Store, code: str, shown: str) -> VerifyResult:
    for row in store.query("SELECT id, title, status FROM assessments ORDER BY title"):
        current = fingerprint_of(canonical_content(store, row["id"]))
        if current.startswith(code):
            return VerifyResult(
                False, shown, f"not signed: {shown} is the fingerprint of the current, "
                f"unsigned content of {row['title']!r} ({row['status']}); there is no "
                "signature to verify", row["id"], row["title"])
    return VerifyResult(False, shown, f"does not match: no assessment in this database was "
                        f"signed with the fingerprint {shown}, and none has that content now")
