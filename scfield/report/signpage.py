"""The sign-off page: the fingerprint (short, full and as a QR code) and signature blocks.

Blocks are laid out for every signatory entered for the purpose (assessors and
counterparts, ``scfield.report.signatories``); a signature recorded in scfield
fills its block (name, role, organisation, date), and the line stays for the
handwritten signature.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from scfield.report.sections import Builder
from scfield.report.styles import RULE, grid

QR_SIZE = 34 * mm


class QrCode(Flowable):
    """A QR code drawn as one filled path (a Drawing of 2,000 rectangles is 7× slower).

    The modules come from ReportLab's own encoder (``reportlab.graphics.barcode``).
    """

    def __init__(self, value: str, size: float = QR_SIZE, border: int = 2) -> None:
        super().__init__()
        qr = QrCodeWidget(value, barLevel="M").qr
        qr.make()
        self.modules = [[bool(m) for m in row] for row in qr.modules]
        self.size = size
        self.border = border

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        canvas = self.canv
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.border) * box, y, (c - start) * box, box)
                else:
                    c += 1
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def qr_code(value: str, size: float = QR_SIZE) -> QrCode:
    return QrCode(value, size)


def _block(b: Builder, label: str, name: str = "", role: str = "", organisation: str = "",
           date: str = "") -> Table:
    """A signature block; a long name or role grows its line instead of overprinting."""
    m = b.m
    width = (b.width - 8 * mm) / 2
    value_width = width - 24 * mm
    fields = [(m("Name"), name), (m("Role"), role), (m("Organisation"), organisation),
              (m("Date"), date)]
    rows = [[b.p(label, "cellb"), ""]]
    heights: list[float | None] = [None]
    for caption, value in fields:
        text = b.p(value or "", "cell")
        _, needed = text.wrap(value_width - 10, 1000)
        rows.append([b.p(caption, "small"), text])
        heights.append(max(15, needed + 5))
    rows.append([b.p(m("Signature"), "small"), b.p("", "cell")])
    heights.append(28)
    table = Table(rows, colWidths=[24 * mm, value_width], rowHeights=heights)
    table.setStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (1, 1), (1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])
    return table


def signature_blocks(b: Builder) -> list[Table]:
    """One box per signatory entered for the purpose (assessors, then counterparts), filled
    from their signature once recorded; a recorded signature of someone not listed gets a
    box of its own; with nobody listed, one blank assessor and one blank counterpart box
    (never names or roles guessed from the cover's Team text)."""
    data, m = b.data, b.m
    signed = {s.name.casefold(): s for s in (data.signatures if data.signed else [])}
    assessors, counterparts = [], []
    for person in data.signatories:
        sig = signed.pop(person.name.casefold(), None)
        label = m("Counterpart") if person.counterpart else m("Assessor")
        if sig is None:
            block = _block(b, label, person.name, person.role, person.organisation)
        else:
            block = _block(b, label, sig.name, sig.role or person.role,
                           sig.organisation or person.organisation,
                           m("{date} (recorded in scfield)", date=sig.date))
        (counterparts if person.counterpart else assessors).append(block)
    team = {name.casefold() for name, _ in data.assessors}
    for key, sig in signed.items():  # signed, but not listed as a signatory
        counterpart = key not in team
        block = _block(b, m("Counterpart") if counterpart else m("Assessor"), sig.name,
                       sig.role, sig.organisation,
                       m("{date} (recorded in scfield)", date=sig.date))
        (counterparts if counterpart else assessors).append(block)
    if not data.signatories:
        assessors = assessors or [_block(b, m("Assessor"))]
        counterparts = counterparts or [_block(b, m("Counterpart"))]
    return assessors + counterparts


def sign_off(b: Builder) -> list[Flowable]:
    data, m = b.data, b.m
    # The page starts where the provenance ends when all of it fits there (the
    # fingerprint box and the first signature blocks stay together), else on a new page.
    out: list[Flowable] = [*b.heading(m("Sign-off"), "h1")]
    out.append(b.p(m(
        "The signatories confirm that this summary reflects the assessment as recorded. The "
        "fingerprint below identifies that recorded content. It is printed in the footer of "
        "every page and, in full, in the QR code: the assessment team can compare it with "
        "its records at any time. If anything recorded has changed since this summary was "
        "printed, the fingerprint no longer matches, and the team can say what changed."),
        "body"))
    mono = ParagraphStyle("mono", fontName="Courier", fontSize=7.6, leading=10)
    if data.signed and data.signatures:
        names = m.join(s.who() for s in data.signatures)
        status = m("Signed in scfield by {names} on {date}.", names=names,
                   date=m.date(data.signatures[0].date))
    elif data.history:
        status = m("Amended after signing ({reason}); not signed again yet. This is a draft.",
                   reason=data.history[-1].amend_reason)
    else:
        status = m("Not signed yet: this is a draft for review.")
    info = [b.p(m("Fingerprint"), "cellb"), b.p(data.short_fingerprint, "stage"),
            Spacer(1, 2 * mm), b.p(m("Full fingerprint (SHA-256)"), "small"),
            Paragraph(data.fingerprint, mono),
            Spacer(1, 2 * mm), b.p(status, "body")]
    # Upper-case hex is QR "alphanumeric" data: a smaller code, quicker to scan.
    table = Table([[qr_code(data.fingerprint.upper()), info]],
                  colWidths=[QR_SIZE + 6 * mm, b.width - QR_SIZE - 6 * mm],
                  style=grid(header_rows=0, zebra=False), hAlign="LEFT")
    out += [Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)]

    blocks = signature_blocks(b)
    pairs = [blocks[i:i + 2] + ([""] if len(blocks[i:i + 2]) == 1 else [])
             for i in range(0, len(blocks), 2)]
    rows: list[Flowable] = []
    for pair in pairs:
        row = Table([pair], colWidths=[b.width / 2] * 2, hAlign="LEFT")
        row.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")])
        rows.append(row)
    # (A KeepTogether nested in another reports an endless height: the rows are kept
    # whole by being tables of one row.)
    return [Spacer(1, 3 * mm), KeepTogether([*out, rows[0], Spacer(1, 5 * mm)]),
            *(f for row in rows[1:] for f in (row, Spacer(1, 5 * mm)))]
