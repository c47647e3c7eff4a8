"""The sections of the summary report, each a list of flowables built from ``ReportData``.

Every piece of stored text goes through ``text.markup`` (escaping, font per
script, markers for what cannot be printed), and so does every fixed text, which
comes from the report language's catalogue (``self.m``), so that Japanese
headings are set in the Japanese font like Japanese notes. Tables hold Paragraphs, repeat
their header row and split by row, so that long notes, long names and many
interviews flow across pages instead of overflowing. Headings are kept with
what follows them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
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

from scfield.disclosure import withheld_sentence
from scfield.messages import N_
from scfield.report.chart import radar
from scfield.report.content import ReportData, withheld_count
from scfield.report.styles import CELL_PADDING, grid, styles
from scfield.report.text import CJK, Omissions, markup
from scfield.scoring import fmt, not_enough_evidence

HELIX_NAMES = {"public": N_("Public sector"), "private": N_("Private sector"),
               "academia": N_("Academia"), "citizen": N_("Citizens and civil society")}
AN_ORGANISATION = N_("organisation")  # an organisation of no known kind
ORGANISATION_TYPES = {"public": N_("public body"), "private": N_("company"),
                      "academia": N_("university or research institute"),
                      "citizen": N_("civil-society organisation")}
STATUS_TEXTS = {"draft": N_("Draft — not signed"),
                "amended": N_("Amended — not signed again yet"), "signed": N_("Signed")}
LEVEL_TEXTS = {"city": N_("city level"), "country": N_("country level")}
SUMMARY_CHARS = 110
CHUNK_CHARS = 800
CELL_CHARS = 300
FIT_CHARS = 60   # longer texts (notes) wrap at their spaces; only labels are measured


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


def _widest_word(texts: list[Any], style: ParagraphStyle, room: float) -> float:
    """The width a column needs so that none of its short texts breaks inside a word
    (Japanese breaks between any two characters, so its words need no room). A word
    too short to overflow ``room`` even in the widest letters is not measured: its
    length in em is taken instead, which is never less than its width."""
    size, pad = style.fontSize, 2 * CELL_PADDING + 1
    widest = 0.0
    for text in texts:
        if not isinstance(text, str):
            if not isinstance(text, int | float):
                continue
            text = str(text)
        if len(text) > FIT_CHARS:
            continue
        for word in text.split():
            bound = len(word) * size
            if bound <= widest or (not word.isascii() and any(ord(c) >= 0x3000
                                                               for c in word)):
                continue
            widest = max(widest, bound if bound + pad <= room else
                         stringWidth(word, style.fontName, size))
    return widest + pad if widest else 0.0


def fit_words(cols: list[float], header: list[str], rows: list[list[Any]],
              head: ParagraphStyle, body: ParagraphStyle) -> list[float]:
    """Widen columns whose headers or short values would be cut inside a word ("En
    développe-ment" in a French level column), taking the room from columns that
    have some to spare, in proportion; unchanged when every word already fits."""
    need = [max(_widest_word([h], head, c), _widest_word([r[i] for r in rows], body, c))
            for i, (h, c) in enumerate(zip(header, cols, strict=True))]
    short = sum(max(0.0, n - c) for n, c in zip(need, cols, strict=True))
    spare = [max(0.0, c - n) for n, c in zip(need, cols, strict=True)]
    if short <= 0 or sum(spare) < short:
        return cols
    return [max(c, n) if n > c else c - short * room / sum(spare)
            for c, n, room in zip(cols, need, spare, strict=True)]


class Builder:
    """Builds the story of one report; collects what could not be printed."""

    def __init__(self, data: ReportData, width: float) -> None:
        self.data = data
        self.width = width
        self.m = data.m
        self.omitted = Omissions(self.m)
        self.s = styles()
        # A Japanese report breaks its Japanese lines between characters (see styles).
        self.s_cjk = styles(cjk=True) if self.m.language == "ja" else None

    # -- helpers ---------------------------------------------------------------
    def p(self, text: Any, style: str = "body", raw: bool = False) -> Paragraph:
        content = str(text) if raw else markup(None if text is None else str(text),
                                              self.omitted)
        if self.s_cjk is not None and CJK in content:
            return Para(content, self.s_cjk[style])
        return Para(content, self.s[style])

    def heading(self, text: str, style: str = "h2") -> list[Flowable]:
        # A heading near the bottom of a page moves to the next with its content.
        return [CondPageBreak(40 * mm if style == "h1" else 30 * mm), self.p(text, style)]

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float],
              style: str = "cell") -> Table:
        total = sum(widths)
        cols = fit_words([w * self.width / total for w in widths], header, rows,
                         self.s["head"], self.s[style])
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

    def label_share(self, header: str, least: float) -> float:
        """The share (of 100) of the width a narrow label column needs for its header to
        stay on one line: "インタビュー" would break into three lines at 7 %."""
        font = CJK if any(ord(c) >= 0x3000 for c in header) else self.s["head"].fontName
        need = stringWidth(header, font, self.s["head"].fontSize) + 2 * CELL_PADDING + 2
        return max(least, 100 * need / self.width)

    def organisation_type(self, helix_group: str | None) -> str:
        return self.m(ORGANISATION_TYPES.get(helix_group or "", AN_ORGANISATION))

    # -- sections ---------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        a, m = self.data.assessment, self.m
        place = ", ".join(p for p in (a["city"], a["country"]) if p)
        dates = " – ".join(d for d in (a["start_date"], a["end_date"]) if d) or m("not given")
        rows = [[m("City") if a["level"] == "city" else m("Country"), place or m("not given")],
                [m("Level"), m(LEVEL_TEXTS.get(a["level"], a["level"]))],
                [m("Dates"), dates],
                [m("Team"), a["team"] or m("not given")],
                [m("Status"), m(STATUS_TEXTS[a["status"]])],
                [m("Framework"), m("{title} (version {version})",
                                   title=self.data.framework.title,
                                   version=self.data.framework.version)],
                [m("Assessment id"), a["id"]],
                [m("Fingerprint"), self.data.short_fingerprint]]
        table = Table([[self.p(k, "cellb"), self.p(v, "body")] for k, v in rows],
                      colWidths=[35 * mm, self.width - 35 * mm], hAlign="LEFT",
                      style=grid(header_rows=0, zebra=False))
        return [Spacer(1, 35 * mm),
                self.p(m("Smart City Readiness Assessment — summary report"), "subtitle"),
                self.p(a["title"], "title"),
                self.p(place, "subtitle"), Spacer(1, 10 * mm), table, PageBreak()]

    def executive_summary(self) -> list[Flowable]:
        card, fw, m = self.data.card, self.data.framework, self.m
        out = self.heading(m("Executive summary"), "h1")
        stage = (card.stage.name if card.stage else m("No stage yet") if card.enough_evidence
                 else not_enough_evidence(card.coverage, m))
        out.append(self.p(m("Overall stage: {stage} · overall score {score} of {top}",
                            stage=stage, score=fmt(card.overall, self.m.language),
                            top=fw.score_levels[-1].score), "stage"))
        out.append(self.p(card.stage_reason))
        if card.stage:
            out.append(self.p(card.stage.description, "muted"))
        rows = []
        for d in card.domains:
            c = d.coverage
            rows.append([d.name, fmt(d.score, self.m.language), fw.level_name(d.score) or "–",
                         d.stage.name if d.stage else "–" if d.enough_evidence
                         else not_enough_evidence(c, m),
                         m("{n} of {total}", n=c.scored, total=c.elements),
                         m("{n} of {total}", n=c.with_evidence, total=c.elements)])
        out += [Spacer(1, 3 * mm), self.p(m("Domain scores and evidence coverage"), "h3"),
                self.table([m("Domain"), m("Score"), m("Level"), m("Stage"),
                            m("Elements scored"), m("Elements with evidence")],
                           rows, [26, 11, 18, 20, 15, 17])]
        low, high = fw.score_levels[0], fw.score_levels[-1]
        out += [Spacer(1, 4 * mm), KeepTogether([
            self.p(m("Readiness by domain ({low} = {low_name} … {high} = {high_name})",
                     low=low.score, low_name=low.name, high=high.score, high_name=high.name),
                   "h3"),
            radar(card.domains, width=self.width, height=300, m=m)])]
        missing = sum(1 for e in card.elements if e.score is None)
        if missing:
            out.append(self.p(m.plural(
                missing, "{n} of {total} elements is not scored yet; domain scores are the "
                "mean of the scored elements.", "{n} of {total} elements are not scored yet; "
                "domain scores are the mean of the scored elements.",
                total=len(card.elements)), "muted"))
        return out

    def elements(self) -> list[Flowable]:
        card, fw, m = self.data.card, self.data.framework, self.m
        out = self.heading(m("The {n} elements", n=len(card.elements)), "h1")
        names = {d.key: d.name for d in fw.domains}
        rows = []
        for e in card.elements:
            score = fmt(e.score, self.m.language) + (" *" if e.provisional else "")
            rows.append([f"{e.number:02d}", names[e.domain], e.name, score,
                         fw.level_name(e.score) or m("not scored"), self.summary(e.number)])
        out.append(self.table([m("No."), m("Domain"), m("Element"), m("Score"), m("Level"),
                               m("Evidence summary")], rows, [7, 17, 30, 11, 17, 48]))
        if any(e.provisional for e in card.elements):
            out.append(Spacer(1, 2 * mm))
            out.append(self.p(m("* provisional: the median of the scores proposed in "
                                "interviews; the assessor has not set a consolidated rating "
                                "yet."), "muted"))
        return out

    def summary(self, element: int) -> str:
        notes = self.data.evidence.get(element, [])
        rating = self.data.ratings.get(element)
        text = (rating or {}).get("rationale") or next(
            (n["note"] for n in notes if n["note"] and not n.get("confidential")), "")
        text = " ".join(text.split())
        if len(text) > SUMMARY_CHARS:
            text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
        interviews = len({n["interview_id"] for n in notes})
        m = self.m
        count = m.join((m.plural(len(notes), "{n} note", "{n} notes"),
                        m.plural(interviews, "{n} interview", "{n} interviews"))
                       ) if notes else m("no evidence yet")
        return m("{text} ({count})", text=text, count=count) if text else count

    def gaps_and_support(self) -> list[Flowable]:
        from scfield.report.support import recommendations

        card, fw, m = self.data.card, self.data.framework, self.m

        out = self.heading(m("Gaps and recommended support"), "h1")
        out += recommendations(self)
        approach = fw.scale_up_approach(card.scale_up.key)
        out += self.heading(m("Suggested scale-up approach"))
        out.append(self.p(m("{name}: {heading}", name=approach.name, heading=approach.heading),
                          "h3"))
        out.append(self.p(approach.description))
        out.append(self.p(card.scale_up.reason))
        if fw.scale_up_note:
            out.append(self.p(fw.scale_up_note, "muted"))
        road = self.data.roadmap
        labels = (("short_term", m("Short term")), ("medium_term", m("Medium term")),
                  ("long_term", m("Long term")))
        if any(road.values()):
            out += self.heading(m("Roadmap"))
            out.append(self.table([m("Horizon"), m("Actions")],
                                  [[label, road[key] or "—"] for key, label in labels],
                                  [18, 82], style="body"))
        else:
            # Readers never run the tool: a blank table to agree on with the counterpart,
            # kept on one page with its heading.
            out.append(KeepTogether([
                self.p(m("Roadmap"), "h2"),
                self.p(m("No roadmap has been agreed yet. The table below is left blank "
                         "to be completed with the counterpart."), "muted"),
                self.table([m("Horizon"), m("Actions")],
                           [[label, Spacer(1, 16 * mm)] for _, label in labels],
                           [18, 82], style="body")]))
        return out

    def stakeholders(self) -> list[Flowable]:
        m = self.m
        out = self.heading(m("Stakeholders interviewed"), "h1")
        out.append(self.p(m.plural(
            len(self.data.interviews),
            "{n} interview, with the label (I1, I2 …) the evidence annex refers to. A "
            "confidential interview is shown by its type of organisation only: its "
            "interviewee, role, organisation and notes are not shown; its scores count.",
            "{n} interviews, with the labels (I1, I2 …) the evidence annex refers to. A "
            "confidential interview is shown by its type of organisation only: its "
            "interviewee, role, organisation and notes are not shown; its scores count."),
            "muted"))
        by_group: dict[str, list[dict[str, Any]]] = {}
        for row in self.data.interviews:
            by_group.setdefault(row["helix_group"], []).append(row)
        for key, name in HELIX_NAMES.items():
            group = by_group.get(key, [])
            if not group:
                continue
            rows = []
            for i in group:
                if i["confidential"]:  # redacted in gather(): helix group only
                    who, role = m("Confidential interviewee"), ""
                    org = self.organisation_type(key)
                else:
                    who, role = i["interviewee"] or m("Unnamed"), i["role"]
                    org = i["organisation"]
                rows.append([self.data.labels[i["id"]], i["date"], clip(who), clip(role),
                             clip(org), clip(i["interviewer"])])
            out += [CondPageBreak(30 * mm),
                    self.p(m("{group} ({n})", group=m(name), n=len(group)), "h3"),
                    self.table([m("Interview"), m("Date"), m("Interviewee"), m("Role"),
                                m("Organisation"), m("Interviewer")], rows,
                               [self.label_share(m("Interview"), 7), 13, 19, 21, 25, 15])]
        return out

    def evidence_annex(self) -> list[Flowable]:
        m = self.m
        # The heading and its intro travel with the first element (never alone at the
        # foot of a page); they follow the first element's page-break check.
        out: list[Flowable] = []
        intro: list[Flowable] = [self.p(m("Evidence annex"), "h1"), self.p(m(
            "Every evidence note, per element, with its score, its source and the "
            "interview it comes from (I1, I2 …: see Stakeholders interviewed)."), "muted")]
        room = 25.0 * mm
        for e in self.data.card.elements:
            notes = self.data.evidence.get(e.number, [])
            title = f"{e.number:02d} {e.name} — {fmt(e.score, self.m.language)}"
            if e.provisional:
                title = m("{title} (provisional)", title=title)
            rating = self.data.ratings.get(e.number)
            head: list[Flowable] = [self.p(title, "h3")]
            if rating and rating.get("rationale"):
                head.append(self.p(m("Rating rationale: {text}", text=rating["rationale"]),
                                   "small"))
            withheld = withheld_count(notes)
            if withheld:
                head.append(self.p(withheld_sentence(withheld, len(notes), m), "small"))
            shown = [n for n in notes if not n.get("confidential")]
            if not shown:
                out += [CondPageBreak(20 * mm + room), *intro, *head]
                intro, room = [], 0.0
                if not notes:
                    out.append(self.p(m("No evidence recorded."), "muted"))
                continue
            rows = []
            for n in shown:
                first, *rest = chunks(n["note"] or "—")
                label = self.data.labels.get(n["interview_id"], "")
                rows.append([first, "–" if n["score"] is None else str(n["score"]),
                             clip(n["source"]) or "—", label])
                rows += [[f"… {part}", "", "", label] for part in rest]
            label = self.label_share(m("Interview"), 8)
            out += [CondPageBreak(35 * mm + room), *intro, *head,
                    self.table([m("Note"), m("Score"), m("Source"), m("Interview")], rows,
                               [75 - label, 7, 18, label])]
            intro, room = [], 0.0
        return out + intro

    def provenance(self) -> list[Flowable]:
        """Who brought which records in, when, and who settled which conflict and why —
        in sentences a counterpart reads, one per workbook or source and per conflict."""
        prov, m = self.data.provenance, self.m
        out = self.heading(m("Provenance"), "h1")
        out.append(self.p(m("Where the records came from"), "h3"))
        if prov.imports:
            out += [self.p(self.imported(i), "body") for i in prov.imports]
        else:
            out.append(self.p(m("All records were entered in this database; no workbook was "
                                "imported."), "muted"))
        out.append(self.p(m("Conflicts resolved"), "h3"))
        if prov.conflicts:
            out += [self.p(self.settled(c), "body") for c in prov.conflicts]
        else:
            out.append(self.p(m("No conflict between copies had to be resolved."), "muted"))
        if self.data.history:
            out.append(self.p(m("Earlier signatures (superseded by an amendment)"), "h3"))
            out.append(self.table(
                [m("Signed by"), m("Signed"), m("Fingerprint"), m("Amended"), m("Reason")],
                [[s.who(), s.date, s.short, self.amended(s.superseded_at, s.amended_by),
                  s.amend_reason] for s in self.data.history], [22, 11, 22, 18, 27]))
        return out

    def imported(self, entry: dict[str, Any]) -> str:
        """"On 2025-03-14, Nguyen Van An imported the workbook X (3 records added, …)."""
        m = self.m
        who, when, source = clip(entry["who"]), m.date(entry["when"]), clip(entry["file"])
        counts = entry.get("counts")
        if entry.get("changes") is not None:
            return m("On {date}, {who} made {changes} through {source}.", date=when, who=who,
                     changes=m.plural(entry["changes"], "{n} change", "{n} changes"),
                     source=source)
        if counts is None:
            return m("On {date}, {who} imported the workbook {file}.", date=when, who=who,
                     file=source)
        added, updated, conflicts = counts
        details = m.join([m.plural(added, "{n} record added", "{n} records added"),
                          m.plural(updated, "{n} record updated", "{n} records updated"),
                          m.plural(conflicts, "{n} conflict kept for review",
                                   "{n} conflicts kept for review")])
        return m("On {date}, {who} imported the workbook {file}: {details}.", date=when,
                 who=who, file=source, details=details)

    def settled(self, conflict: dict[str, Any]) -> str:
        """"On …, Tran Thi Mai settled <place>, keeping the field's value, because …"."""
        m = self.m
        how, value = conflict.get("how", ""), conflict.get("value", "")
        kept = {"field": m("keeping the value from the field workbook"),
                "office": m("keeping the office's value")}.get(how) or (m(
                    "setting it to {value}", value=clip(value.strip('"'))) if value
                    else m("setting it to a value not shown here (it quotes a confidential "
                           "interview)"))
        sentence = m("On {date}, {who} settled {place}, {kept}.", date=m.date(conflict["when"]),
                     who=clip(conflict["who"]) or m("someone"), place=clip(conflict["what"]),
                     kept=kept)
        if conflict.get("why"):
            sentence += " " + m("Reason given: {why}", why=conflict["why"])
        return sentence

    def amended(self, when: str | None, who: str) -> str:
        day = (when or "")[:10]
        return self.m("{date} by {name}", date=day, name=who) if who else day

    def omissions_note(self) -> list[Flowable]:
        if not self.omitted:
            return []
        m = self.m
        return [Spacer(1, 4 * mm), self.p(m("Text not printed"), "h3"), self.p(m(
            "Some text is in a script this report cannot print correctly (it would come out "
            "as reversed or broken letters) and is shown as a marker in square brackets: "
            "{scripts}. The full text is in the database and in the app.",
            scripts=self.omitted.summary(m)), "small")]
