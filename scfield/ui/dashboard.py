"""The dashboard: where the city stands. Every number comes from
``queries.load_scorecard``, the same function behind ``scfield show``."""

from __future__ import annotations

import dataclasses
import html
from typing import Any

import shiboken6
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from scfield.framework import Framework, Stage, framework_for
from scfield.scoring import DomainScore, Recommendation, Scorecard, fmt
from scfield.store import Store, queries, records
from scfield.ui.charts import ElementBars, RadarChart
from scfield.ui.forms import load_form
from scfield.ui.i18n import display_framework, fit_header_labels
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
            return queries.load_scorecard(store, row), helix, row

        self.workspace.worker.submit(load, lambda r: self._show(*r))

    def _show(self, card: Scorecard, helix: list[str], row: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        english = framework_for(row["framework_id"], row["framework_version"])
        framework = display_framework(english)
        card = _translated_card(card, english, framework)
        self.card = card
        f = self.form
        translated = framework is not english
        stage = card.stage.name if card.stage else self.tr("not assessed yet")
        f.overall_label.setText(self.tr("Overall {score} — {stage}").format(
            score=fmt(card.overall), stage=stage))
        f.overall_reason_label.setText(self._overall_reason(card, framework) if translated
                                       else card.stage_reason)
        self.radar.set_scores([(d.name, d.score) for d in card.domains])
        self.bars.set_elements(list(card.elements), [d.key for d in framework.domains])
        table = f.domains_table
        table.setRowCount(len(card.domains))
        for r, d in enumerate(card.domains):
            c = d.coverage
            cells = [d.name, fmt(d.score), d.stage.name if d.stage else "–",
                     f"{c.scored} / {c.with_evidence} / {c.elements}"]
            tip = self._domain_reason(d, framework) if translated else d.stage_reason
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
        f.coverage_label.setText(self.tr(
            "{scored} of {total} elements scored, {evidenced} with evidence; {notes} evidence "
            "notes in all. Elements marked * in Consolidation are still provisional "
            "({provisional}).").format(
            scored=scored, total=total, evidenced=evidenced, notes=notes,
            provisional=sum(1 for e in card.elements if e.provisional)))
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
        f.weakest_label.setText("\n".join(f"{e.number:02d} {e.name}: {fmt(e.score)}"
                                          for e in card.weakest) or self.tr("none scored yet"))
        items = []
        for rec in card.recommendations:
            numbers = ", ".join(f"{n:02d}" for n in rec.addresses)
            reason = self._recommendation_reason(rec, card) if translated else rec.reason
            items.append(f"<li><b>[{html.escape(rec.item.activity)}]</b> "
                         f"{html.escape(rec.item.text)}<br><i>{html.escape(reason)}</i> "
                         f"({self.tr('elements')} {numbers})</li>")
        f.recommendations_label.setText(
            f"<ul style='margin-left:0'>{''.join(items)}</ul>" if items else
            self.tr("None yet: no element is scored."))
        approach = framework.scale_up_approach(card.scale_up.key)
        reason = (self._scale_up_reason(card, framework) if translated
                  else card.scale_up.reason)
        f.scale_up_label.setText(self.tr("<b>Suggested scale-up:</b> {name}. {reason}").format(
            name=html.escape(approach.name), reason=html.escape(reason)))

    # -- the scorecard's sentences in the app's language ------------------------------------
    # The scorecard explains itself in English (scoring.py, shared with the CLI and the
    # report). In another language these sentences state the same facts (scores,
    # thresholds from the framework file) in translatable words.
    def _domain_reason(self, d: DomainScore, framework: Framework) -> str:
        if d.score is None or d.stage is None:
            return self.tr("{domain}: no element is scored yet.").format(domain=d.name)
        text = self.tr("{domain} scores {score}, at least {min} for {stage}").format(
            domain=d.name, score=fmt(d.score), min=f"{d.stage.min_score:.2f}",
            stage=d.stage.name)
        higher = [s for s in framework.stages if s.min_score > d.score]
        if higher:
            text += self.tr("; {stage} needs {min}").format(
                stage=higher[0].name, min=f"{higher[0].min_score:.2f}")
        return text + "."

    def _overall_reason(self, card: Scorecard, framework: Framework) -> str:
        if card.overall is None or card.stage is None:
            return self.tr("No element is scored yet, so no stage can be given.")
        text = self.tr("{stage}: the overall score is {score}.").format(
            stage=card.stage.name, score=fmt(card.overall))
        index = [s.key for s in framework.stages].index(card.stage.key)
        if index + 1 < len(framework.stages):
            nxt = framework.stages[index + 1]
            text += " " + self.tr(
                "{stage} needs an overall score of at least {min} and at least {floor} in "
                "every domain.").format(stage=nxt.name, min=f"{nxt.min_score:.2f}",
                                        floor=f"{nxt.min_domain_score:.2f}")
        return text

    def _recommendation_reason(self, rec: Recommendation, card: Scorecard) -> str:
        names = {e.number: e.name for e in card.elements}
        text = self.tr("Strengthens {elements}").format(
            elements=", ".join(f"{n:02d} {names[n]}" for n in rec.addresses))
        if card.stage is not None and rec.item.activity in card.stage.emphasis:
            text += self.tr("; {activity} is a focus at the {stage} stage").format(
                activity=rec.item.activity, stage=card.stage.name)
        return text + "."

    def _scale_up_reason(self, card: Scorecard, framework: Framework) -> str:
        refs = [e for e in card.elements if e.number in framework.sector_elements]
        scores = ", ".join(f"{e.number:02d} {e.name}: {fmt(e.score)}" for e in refs)
        return self.tr("{scores}; the sector-based approach needs an average of at least "
                       "{min} for these elements.").format(
            scores=scores, min=f"{framework.sector_min_score:.2f}")


def _translated_card(card: Scorecard, english: Framework, framework: Framework) -> Scorecard:
    """The scorecard with the framework's names in the app's language (same numbers)."""
    if framework is english:
        return card
    stages = {s.key: s for s in framework.stages}

    def stage(s: Stage | None) -> Stage | None:
        return stages[s.key] if s is not None else None

    elements = {e.number: dataclasses.replace(e, name=framework.element(e.number).name)
                for e in card.elements}
    support = dict(zip(english.support, framework.support, strict=True))
    return dataclasses.replace(
        card,
        elements=tuple(elements.values()),
        domains=tuple(dataclasses.replace(d, name=framework.domain(d.key).name,
                                          stage=stage(d.stage)) for d in card.domains),
        stage=stage(card.stage),
        weakest=tuple(elements[e.number] for e in card.weakest),
        recommendations=tuple(dataclasses.replace(r, item=support[r.item])
                              for r in card.recommendations))
