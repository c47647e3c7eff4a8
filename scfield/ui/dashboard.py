"""The dashboard: where the city stands. Every number comes from
``scorecard.load_scorecard``, the same function behind ``scfield show``."""

from __future__ import annotations

import html
from typing import Any

import shiboken6
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from scfield import scorecard
from scfield.framework import framework_for
from scfield.scoring import Scorecard
from scfield.store import Store, queries, records
from scfield.ui.charts import ElementBars, RadarChart, radar_axes
from scfield.ui.forms import load_form
from scfield.ui.i18n import current_language, display_framework, fit_header_labels, fmt
from scfield.ui.interviews import helix_text


class DashboardPage(QWidget):
    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self.workspace = workspace
        self.card: Scorecard | None = None
        self.form = f = load_form("dashboard_page", self)
        f.overall_label.setObjectName("overall_label")
        from PySide6.QtCore import Qt

        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        for label in (f.coverage_label, f.helix_coverage_label, f.weakest_label):
            label.setAlignment(top)
        self.radar = RadarChart()
        f.radar_layout.addWidget(self.radar)
        self.bars = ElementBars()
        f.bars_layout.addWidget(self.bars)
        table = f.domains_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Score"), self.tr("Stage"),
                                         self.tr("Elements scored / with evidence / all")])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 60), (2, 170)):
            header.resizeSection(column, width)
        fit_header_labels(header)

    def refresh(self) -> None:
        assessment_id = self.workspace.assessment_id

        def load(store: Store) -> tuple[Any, ...]:
            row = store.get("assessments", assessment_id)
            helix = [r["helix_group"] for r in queries.interviews_of(store, assessment_id)]
            # Names and sentences in the app's language, from the same core function
            # as the report's (numbers are equal in every language).
            return scorecard.load_scorecard(store, row, language), helix, row

        language = current_language()

        self.workspace.ops.run(self, lambda s, _p: load(s), success=lambda r: self._show(*r))

    def _show(self, card: Scorecard, helix: list[str], row: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        framework = display_framework(framework_for(row["framework_id"],
                                                    row["framework_version"]))
        self.card = card
        f = self.form
        if card.stage is None and not card.enough_evidence:
            stage = self.tr("not enough evidence ({k} of {n} elements scored)").format(
                k=card.coverage.scored, n=card.coverage.elements)
        else:
            stage = card.stage.name if card.stage else self.tr("not assessed yet")
        f.overall_label.setText(self.tr("Overall {score} — {stage}").format(
            score=fmt(card.overall), stage=stage))
        f.overall_reason_label.setText(card.stage_reason)
        self.radar.set_scores(radar_axes(card.domains))
        self.bars.set_elements(list(card.elements),
                              [(d.key, d.name) for d in framework.domains])
        table = f.domains_table
        table.setRowCount(len(card.domains))
        for r, d in enumerate(card.domains):
            c = d.coverage
            thin = self.tr("not enough evidence ({k} of {n} elements scored)").format(
                k=c.scored, n=c.elements)
            stage = (d.stage.name if d.stage else thin if not d.enough_evidence
                     else self.tr("not scored") if d.score is None else "–")
            cells = [d.name, fmt(d.score), stage,
                     f"{c.scored} / {c.with_evidence} / {c.elements}"]
            tip = d.stage_reason
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                table.setItem(r, column, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        scored = sum(d.coverage.scored for d in card.domains)
        evidenced = sum(d.coverage.with_evidence for d in card.domains)
        total = sum(d.coverage.elements for d in card.domains)
        notes = sum(e.evidence_count for e in card.elements)
        provisional = sum(1 for e in card.elements if e.provisional)
        text = self.tr("{scored} of {total} elements scored, {evidenced} with evidence; "
                       "{notes} evidence notes in all.").format(
            scored=scored, total=total, evidenced=evidenced, notes=notes)
        if provisional:  # no "(0)" sentence when none is
            text += ("" if text.endswith("。") else " ") + (self.tr(  # no space in Japanese
                "1 of them is still provisional: marked * in Consolidation, the median of "
                "the interviews' proposals until a rating is set.") if provisional == 1 else
                self.tr("{n} of them are still provisional: marked * in Consolidation, the "
                        "median of the interviews' proposals until a rating is set.").format(
                    n=provisional))
        f.coverage_label.setText(text)
        lines = []
        for group in records.HELIX_GROUPS:
            n = helix.count(group)
            mark = "✔" if n else "✘"
            lines.append((self.tr("{mark} {group}: 1 interview") if n == 1 else
                          self.tr("{mark} {group}: {n} interviews")).format(
                mark=mark, group=helix_text(group), n=n))
        missing = [helix_text(g) for g in records.HELIX_GROUPS if g not in helix]
        if missing:
            lines.append(self.tr("Not yet heard: {groups}.").format(groups=", ".join(missing)))
        f.helix_coverage_label.setText("\n".join(lines))
        f.weakest_label.setText("\n".join(
            self.tr("{number} {name}: {score}").format(
                number=f"{e.number:02d}", name=e.name, score=fmt(e.score))
            for e in card.weakest) or self.tr("none scored yet"))
        items = []
        for rec in card.recommendations:
            numbers = html.escape(self.tr("(elements {numbers})").format(
                numbers=", ".join(f"{n:02d}" for n in rec.addresses)))
            items.append(f"<li><b>[{html.escape(rec.item.activity)}]</b> "
                         f"{html.escape(rec.item.text)}<br><i>{html.escape(rec.reason)}</i> "
                         f"{numbers}</li>")
        f.recommendations_label.setText(
            f"<ul style='margin-left:0'>{''.join(items)}</ul>" if items else
            self.tr("None yet: no element is scored."))
        approach = framework.scale_up_approach(card.scale_up.key)
        f.scale_up_label.setText(self.tr("<b>Suggested scale-up:</b> {name}. {reason}").format(
            name=html.escape(approach.name), reason=html.escape(card.scale_up.reason)))
