"""The sections of the summary report, each a list of flowables built from ``ReportData``.

Every piece of stored text goes through ``text.markup`` (escaping, font per
script, markers for what cannot be printed). Tables hold Paragraphs, repeat
their header row and split by row, so that long notes, long names and many
interviews flow across pages instead of overflowing. Headings are kept with
what follows them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from scfield.report.chart import radar
from scfield.report.content import ReportData
from scfield.report.styles import CELL_PADDING, grid, styles
from scfield.report.text import Omissions, markup
from scfield.scoring import fmt

HELIX_NAMES = {"public": "Public sector", "private": "Private sector",
               "academia": "Academia", "citizen": "Citizens and civil society"}
ORGANISATION_TYPES = {"public": "public body", "private": "company",
                      "academia": "university or research institute",
                      "citizen": "civil-society organisation"}
SUMMARY_CHARS = 110
CHUNK_CHARS = 800
CELL_CHARS = 300


class Para(Paragraph):
    """A Paragraph that remembers its last wrap: a table wraps every cell once to size
    its rows and again to draw it, at the same width (a sixth of the layout time)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A copy (KeepTogether, a table split) may carry the memo without the lines.
        if (self._wrapped is not None and self._wrapped[0] == availWidth
                and "blPara" in self.__dict__):
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut a very long note at spaces into pieces that fit well within a page's row.

    Rows that fit a page split cleanly between pages; a single row taller than a
    page would have to be split inside the row, which repeats the header row in
    odd places.
    """
    out = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = limit if cut < 0 else cut
        out.append(text[:cut].rstrip() + " …")
        text = text[cut:].lstrip()
    return out + [text]


def clip(text: str | None, limit: int = CELL_CHARS) -> str:
    """A name, role, organisation or source cut to a length any table row can hold."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


class Builder:
    """Builds the story of one report; collects what could not be printed."""

    def __init__(self, data: ReportData, width: float) -> None:
        self.data = data
        self.width = width
        self.omitted = Omissions()
        self.s = styles()

    # -- helpers ---------------------------------------------------------------
    def p(self, text: Any, style: str = "body", raw: bool = False) -> Paragraph:
        content = str(text) if raw else markup(None if text is None else str(text),
                                              self.omitted)
        return Para(content, self.s[style])

    def heading(self, text: str, style: str = "h2") -> list[Flowable]:
        # A heading near the bottom of a page moves to the next with its content.
        return [CondPageBreak(40 * mm if style == "h1" else 30 * mm), self.p(text, style)]

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float],
              style: str = "cell") -> Table:
        total = sum(widths)
        cols = [w * self.width / total for w in widths]
        body = [[self.cell(h, w, "head") for h, w in zip(header, cols, strict=True)]]
        for row in rows:
            body.append([c if isinstance(c, Flowable) else self.cell(c, w, style)
                         for c, w in zip(row, cols, strict=True)])
        return Table(body, colWidths=cols, repeatRows=1, splitByRow=1, style=grid(),
                     hAlign="LEFT")

    def cell(self, value: Any, width: float, style: str) -> Paragraph | str:
        """A short one-line ASCII value stays a plain string (drawn by the table, no
        paragraph to parse and wrap: a third of the layout time); the rest wraps."""
        text = "" if value is None else str(value)
        if style in ("cell", "head") and text.isascii() and "\n" not in text:
            font = self.s[style].fontName
            if stringWidth(text, font, 8) <= width - 2 * CELL_PADDING - 1:
                return text
        return self.p(text, style)

    def interviewee(self, row: dict[str, Any]) -> str:
        if row.get("confidential"):
            kind = ORGANISATION_TYPES.get(row.get("helix_group"), "organisation")
            return f"Confidential interviewee ({row.get('role') or 'role not given'}, {kind})"
        parts = [row.get("interviewee") or "Unnamed interviewee"]
        extra = ", ".join(p for p in (row.get("role"), row.get("organisation")) if p)
        return f"{parts[0]} ({extra})" if extra else parts[0]

    # -- sections ---------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        a = self.data.assessment
        place = ", ".join(p for p in (a["city"], a["country"]) if p)
        status = {"draft": "Draft — not signed", "amended": "Amended — not signed again yet",
                  "signed": "Signed"}[a["status"]]
        dates = " – ".join(d for d in (a["start_date"], a["end_date"]) if d) or "not given"
        rows = [["City" if a["level"] == "city" else "Country", place or "not given"],
                ["Level", f"{a['level']} level"],
                ["Dates", dates],
                ["Team", a["team"] or "not given"],
                ["Status", status],
                ["Framework", f"{self.data.framework.title} (version "
                              f"{self.data.framework.version})"],
                ["Assessment id", a["id"]],
                ["Fingerprint", self.data.short_fingerprint]]
        table = Table([[self.p(k, "cellb"), self.p(v, "body")] for k, v in rows],
                      colWidths=[35 * mm, self.width - 35 * mm], hAlign="LEFT",
                      style=grid(header_rows=0, zebra=False))
        return [Spacer(1, 35 * mm),
                self.p("Smart City Readiness Assessment — summary report", "subtitle"),
                self.p(a["title"], "title"),
                self.p(place, "subtitle"), Spacer(1, 10 * mm), table, PageBreak()]

    def executive_summary(self) -> list[Flowable]:
        card, fw = self.data.card, self.data.framework
        out = self.heading("Executive summary", "h1")
        stage = card.stage.name if card.stage else "No stage yet"
        out.append(self.p(f"Overall stage: {stage} · overall score {fmt(card.overall)} of 4",
                          "stage"))
        out.append(self.p(card.stage_reason))
        if card.stage:
            out.append(self.p(card.stage.description, "muted"))
        rows = []
        for d in card.domains:
            c = d.coverage
            rows.append([d.name, fmt(d.score), fw.level_name(d.score) or "–",
                         d.stage.name if d.stage else "–",
                         f"{c.scored} of {c.elements}", f"{c.with_evidence} of {c.elements}"])
        out += [Spacer(1, 3 * mm), self.p("Domain scores and evidence coverage", "h3"),
                self.table(["Domain", "Score", "Level", "Stage", "Elements scored",
                            "Elements with evidence"], rows, [26, 11, 18, 20, 15, 17])]
        out += [Spacer(1, 4 * mm), KeepTogether([
            self.p(f"Readiness by domain (0 = {fw.score_levels[0].name} … 4 = "
                   f"{fw.score_levels[-1].name})", "h3"),
            radar(card.domains, width=self.width, height=250)])]
        missing = sum(1 for e in card.elements if e.score is None)
        if missing:
            out.append(self.p(f"{missing} of {len(card.elements)} elements are not scored yet; "
                              "domain scores are the mean of the scored elements.", "muted"))
        return out

    def elements(self) -> list[Flowable]:
        card, fw = self.data.card, self.data.framework
        out = self.heading("The 21 elements", "h1")
        names = {d.key: d.name for d in fw.domains}
        rows = []
        for e in card.elements:
            score = fmt(e.score) + (" *" if e.provisional else "")
            rows.append([f"{e.number:02d}", names[e.domain], e.name, score,
                         fw.level_name(e.score) or "not scored", self.summary(e.number)])
        out.append(self.table(["No.", "Domain", "Element", "Score", "Level", "Evidence summary"],
                              rows, [7, 17, 30, 11, 17, 48]))
        if any(e.provisional for e in card.elements):
            out.append(Spacer(1, 2 * mm))
            out.append(self.p("* provisional: the median of the scores proposed in interviews; "
                              "the assessor has not set a consolidated rating yet.", "muted"))
        return out

    def summary(self, element: int) -> str:
        notes = self.data.evidence.get(element, [])
        rating = self.data.ratings.get(element)
        text = (rating or {}).get("rationale") or next(
            (n["note"] for n in notes if n["note"]), "")
        text = " ".join(text.split())
        if len(text) > SUMMARY_CHARS:
            text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
        interviews = len({n["interview_id"] for n in notes})
        count = (f"{len(notes)} note{'s' if len(notes) != 1 else ''}, {interviews} "
                 f"interview{'s' if interviews != 1 else ''}") if notes else "no evidence yet"
        return f"{text} ({count})" if text else count

    def gaps_and_support(self) -> list[Flowable]:
        card, fw, a = self.data.card, self.data.framework, self.data.assessment
        out = self.heading("Gaps and recommended support", "h1")
        if card.weakest:
            weakest = "; ".join(f"{e.number:02d} {e.name} ({fmt(e.score)})"
                                for e in card.weakest)
            out.append(self.p(f"Weakest elements: {weakest}."))
        if card.recommendations:
            rows = [[r.item.activity, r.item.scheme, r.item.text, r.reason]
                    for r in card.recommendations]
            out.append(self.p(f"Support for a {a['level']}-level assessment, ranked by the gap "
                              "it addresses:", "h3"))
            out.append(self.table(["Activity", "Scheme", "Support", "Why"], rows,
                                  [13, 22, 35, 30]))
        else:
            out.append(self.p("No recommendation yet: no element is scored."))
        approach = fw.scale_up_approach(card.scale_up.key)
        out += self.heading("Suggested scale-up approach")
        out.append(self.p(f"{approach.name}: {approach.heading}", "h3"))
        out.append(self.p(approach.description))
        out.append(self.p(card.scale_up.reason))
        if fw.scale_up_note:
            out.append(self.p(fw.scale_up_note, "muted"))
        out += self.heading("Roadmap")
        road = self.data.roadmap
        labels = (("short_term", "Short term"), ("medium_term", "Medium term"),
                  ("long_term", "Long term"))
        if any(road.values()):
            out.append(self.table(["Horizon", "Actions"],
                                  [[label, road[key] or "—"] for key, label in labels],
                                  [18, 82], style="body"))
        else:
            out.append(self.p("The roadmap has not been written yet (in the app, or with "
                              "“scfield roadmap ID --short … --medium … --long …”).", "muted"))
        return out

    def stakeholders(self) -> list[Flowable]:
        out = self.heading("Stakeholders interviewed", "h1")
        out.append(self.p(f"{len(self.data.interviews)} interviews. Names of confidential "
                          "interviewees are left out; only their role and type of organisation "
                          "are shown.", "muted"))
        by_group: dict[str, list[dict[str, Any]]] = {}
        for row in self.data.interviews:
            by_group.setdefault(row["helix_group"], []).append(row)
        for key, name in HELIX_NAMES.items():
            group = by_group.get(key, [])
            if not group:
                continue
            rows = []
            for i in group:
                if i["confidential"]:
                    who = "Confidential interviewee"
                    org = ORGANISATION_TYPES.get(key, "organisation")
                else:
                    who, org = i["interviewee"] or "Unnamed", i["organisation"]
                rows.append([i["date"], clip(who), clip(i["role"]), clip(org),
                             clip(i["interviewer"])])
            out += [CondPageBreak(30 * mm), self.p(f"{name} ({len(group)})", "h3"),
                    self.table(["Date", "Interviewee", "Role", "Organisation", "Interviewer"],
                               rows, [14, 20, 22, 28, 16])]
        return out

    def evidence_annex(self) -> list[Flowable]:
        out = [PageBreak()] + self.heading("Evidence annex", "h1")
        out.append(self.p("Every evidence note, per element, with its source and interview.",
                          "muted"))
        for e in self.data.card.elements:
            notes = self.data.evidence.get(e.number, [])
            title = f"{e.number:02d} {e.name} — {fmt(e.score)}"
            if e.provisional:
                title += " (provisional)"
            rating = self.data.ratings.get(e.number)
            head: list[Flowable] = [self.p(title, "h3")]
            if rating and rating.get("rationale"):
                head.append(self.p(f"Rating rationale: {rating['rationale']}", "small"))
            if not notes:
                out += [CondPageBreak(20 * mm), *head, self.p("No evidence recorded.", "muted")]
                continue
            rows = []
            for n in notes:
                first, *rest = chunks(n["note"] or "—")
                rows.append([first, "–" if n["score"] is None else str(n["score"]),
                             clip(n["source"]) or "—",
                             ", ".join(p for p in (clip(self.interviewee(n)),
                                                   n["interview_date"]) if p)])
                rows += [[f"… {part}", "", "", "(continued)"] for part in rest]
            out += [CondPageBreak(35 * mm), *head,
                    self.table(["Note", "Score", "Source", "Interview"], rows,
                               [48, 8, 20, 24])]
        return out

    def provenance(self) -> list[Flowable]:
        prov = self.data.provenance
        out = self.heading("Provenance", "h1")
        out.append(self.p("Where the records came from", "h3"))
        if prov.imports:
            out.append(self.table(["Source (workbook or tool)", "Who", "When (UTC)", "What it did"],
                                  [[clip(i["file"]), clip(i["who"]), i["when"],
                                    clip(i["records"])] for i in prov.imports],
                                  [33, 18, 19, 30]))
        else:
            out.append(self.p("All records were entered in this database; no workbook was "
                              "imported.", "muted"))
        out.append(self.p("Conflicts resolved", "h3"))
        if prov.conflicts:
            out.append(self.table(["What", "Resolution", "Why", "Who", "When (UTC)"],
                                  [[clip(c["what"]), clip(c["resolution"]), c["why"],
                                    clip(c["who"]), c["when"]]
                                   for c in prov.conflicts], [20, 18, 30, 14, 18]))
        else:
            out.append(self.p("No conflict between copies had to be resolved.", "muted"))
        if self.data.history:
            out.append(self.p("Earlier signatures (superseded by an amendment)", "h3"))
            out.append(self.table(
                ["Signed by", "Signed", "Fingerprint", "Amended", "Reason"],
                [[s.who(), s.date, s.short, (s.superseded_at or "")[:10] +
                  (f" by {s.amended_by}" if s.amended_by else ""), s.amend_reason]
                 for s in self.data.history], [22, 11, 22, 18, 27]))
        return out

    def omissions_note(self) -> list[Flowable]:
        if not self.omitted:
            return []
        return [Spacer(1, 4 * mm), self.p("Text not printed", "h3"), self.p(
            "Some text is in a script this report cannot print correctly (it would come out "
            "as reversed or broken letters) and is shown as a marker in square brackets: "
            f"{self.omitted.summary()}. The full text is in the database and in the app.",
            "small")]
