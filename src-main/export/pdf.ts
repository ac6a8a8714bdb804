// The PDF report: case, provenance, summary, parameters, events, the charts as vector drawings,
// and the evidence cards with their citations. Text is set in the embedded Inter font.
import {
  CHART_SPECS,
  differenceHeadings,
  describeRun,
  differenceCells,
  provenanceEntries,
  readableProvenance,
  type ChartName,
  type Provenance,
} from '../charts/index';
import type { Scenario } from '../sim/scenario';
import type { EventKind, Trace } from '../sim/trace';
import type { EvidenceCard } from './evidence';
import { fullReference, shortCitation } from '../sources/cite';
import { tableDigits } from '../charts/numbers';
import { labelledLines, momentLabel, optionLabel } from '../labels/scenario';
import { chartAlt, chartHeight, drawChart } from './pdf-chart';
import { eventCounts } from './event-counts';
import { openPdf } from './pdf-doc';
import type { ChartComparison } from './svg';

export interface ReportInput {
  scenario: Scenario;
  trace: Trace;
  provenance: Provenance;
  /** The charts, in report order. */
  charts: ChartName[];
  evidence: EvidenceCard[];
  /** A fork: its table of differences after the summary, its run overlaid on every chart. */
  compare?: ChartComparison;
}

const MM = 72 / 25.4;
const MARGIN = 20 * MM;

const SUMMARY_ROWS: [keyof Trace['summary'], string, string][] = [
  ['milkRemovedMl', 'Milk removed', 'mL'],
  ['milkRemovedPer24hMl', 'Milk removed per 24 h', 'mL'],
  ['feeds', 'Feeds (latch or pump sessions)', 'count'],
  ['ejectionsPerFeed', 'Milk ejections per feed', ''],
  ['firstEjectionLatencySec', 'First ejection after start', 's'],
  ['prolactinPeakMinutesAfterFeedStart', 'Prolactin peak after feed start', 'min'],
  ['prolactinFoldRise', 'Prolactin rise (peak / pre-feed)', '×'],
  ['meanSynthesisRateMlPerHour', 'Mean synthesis, both breasts', 'mL/h'],
  ['fatStartGPerL', 'Milk fat at start of feeds', 'g/L'],
  ['fatEndGPerL', 'Milk fat at end of feeds', 'g/L'],
  ['removedFractionPerFeed', 'Share of available milk removed per feed', ''],
  ['lactogenesisIIOnsetHours', 'Milk came in (hours after birth)', 'h'],
  ['supplyStartMlPerDay', 'Supply at start', 'mL/day'],
  ['supplyEndMlPerDay', 'Supply at end', 'mL/day'],
];

const EVENT_LABELS: Record<EventKind, string> = {
  latch: 'Latch',
  pumpStart: 'Pump start',
  sessionEnd: 'Session end',
  nerveSignal: 'Nerve signal',
  prolactinRelease: 'Prolactin release',
  oxytocinPulse: 'Oxytocin pulse',
  ejectionStart: 'Milk ejection start',
  ejectionEnd: 'Milk ejection end',
  placentaDelivered: 'Placenta delivered',
  progesteroneWithdrawal: 'Progesterone withdrawal',
  milkComesIn: 'Milk comes in',
  supplyUp: 'Supply up',
  supplyDown: 'Supply down',
};

/** Long explicit plans are summarised; the scenario file holds the full list. */
const MAX_PLANNED = 24;

/** Keeps a 42-day run's daily supply changes from filling pages. */
const MAX_LANDMARKS = 30;

/** Landmarks are listed one by one; the frequent kinds only as counts. */
const LANDMARK_KINDS: ReadonlySet<EventKind> = new Set([
  'placentaDelivered',
  'progesteroneWithdrawal',
  'milkComesIn',
  'supplyUp',
  'supplyDown',
]);

function fmt(v: number | null, unit: string): string {
  if (v === null) return '—';
  if (unit === 'count') return String(Math.round(v));
  const digits = tableDigits(v);
  if (unit === '')
    return v <= 1 && !Number.isInteger(v) ? `${(v * 100).toFixed(0)} %` : v.toFixed(digits);
  return unit === '×' ? `${v.toFixed(1)}×` : `${v.toFixed(digits)} ${unit}`;
}

/** One planned session per line: "day 42, 04:00 after birth: Breastfeed, Right, 12 min". */
function plannedLine(
  e: NonNullable<Scenario['feeding']['events']>[number],
  startHours: number,
): string {
  const side = 'side' in e ? `, ${optionLabel('feeding.events[].side', e.side)}` : '';
  const baby = 'babyPresent' in e && e.babyPresent ? ', baby present' : '';
  const kind = optionLabel('feeding.events[].kind', e.kind);
  const at = momentLabel(startHours + e.atMinutes / 60);
  return `${at}: ${kind}${side}, ${e.durationMinutes} min${baby}`;
}

function timeLabel(trace: Trace, atSec: number): string {
  return momentLabel(trace.startPostpartumHours + atSec / 3600);
}

export function reportPdf(input: ReportInput): Promise<Buffer> {
  const { scenario, trace, provenance } = input;
  const created = new Date(provenance.exportedAt);
  const { doc, tags, done } = openPdf({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'en',
    info: {
      Title: `LactaSim report — ${provenance.caseTitle}`,
      Author: `LactaSim ${provenance.appVersion}`,
      Subject: `Scenario sha256 ${provenance.scenarioHash}; model ${provenance.modelVersion}`,
      Keywords: provenanceEntries(provenance)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      Creator: `LactaSim ${provenance.appVersion}`,
      Producer: 'LactaSim export (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const contentWidth = doc.page.width - 2 * MARGIN;
  // Every block is tagged as it is drawn (reading order = printed order): the case title (H1),
  // sections (H2), paragraphs, the summary and fork tables, lists and figures with their words.
  const heading = (s: string, size = 14, type: 'H2' | 'H3' = 'H2') => {
    doc.moveDown(0.6);
    tags.block(type, () => doc.font('bold').fontSize(size).fillColor('#1a1a1a').text(s));
    doc.moveDown(0.2).font('regular').fontSize(10);
  };
  const para = (s: string) => tags.block('P', () => doc.text(s));
  const lines = (items: readonly string[]) => tags.list(items, (s) => doc.text(s));

  tags.block('H1', () => doc.font('bold').fontSize(20).text(provenance.caseTitle));
  doc.font('regular').fontSize(11).fillColor('#595959');
  para(describeRun(trace.startPostpartumHours, trace.durationSec));
  para('LactaSim case report — a teaching simulation, not a clinical prediction.');
  heading('Provenance', 12);
  lines(readableProvenance(provenance));

  heading('Summary');
  const summary = tags.group('Table');
  for (const [key, label, unit] of SUMMARY_ROWS) {
    const y = doc.y;
    const tr = tags.group('TR', summary);
    tags.block('TH', () => doc.text(label, MARGIN, y, { width: 80 * MM }), {}, tr);
    tags.block(
      'TD',
      () =>
        doc.text(fmt(trace.summary[key], unit), MARGIN + 80 * MM, y, {
          width: 35 * MM,
          align: 'right',
        }),
      {},
      tr,
    );
    tr.end();
    doc.x = MARGIN;
  }
  summary.end();

  if (input.compare) {
    heading('Comparison with a fork');
    para(`Fork: ${input.compare.table.label}. Its run is drawn wide and faded in every chart.`);
    doc.moveDown(0.3);
    const table = tags.group('Table');
    const columns = [0, 80, 108, 136].map((mm) => MARGIN + mm * MM);
    const widths = [78 * MM, 26 * MM, 26 * MM, contentWidth - 136 * MM];
    const row = (cells: readonly string[], font: 'bold' | 'regular') => {
      const y = doc.y;
      doc.font(font);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i] }));
      const tr = tags.group('TR', table);
      cells.forEach((c, i) =>
        tags.block(
          font === 'bold' || i === 0 ? 'TH' : 'TD',
          () => doc.text(c, columns[i], y, { width: widths[i], align: i === 0 ? 'left' : 'right' }),
          {},
          tr,
        ),
      );
      tr.end();
      doc.x = MARGIN;
      doc.y = y + Math.max(...heights) + 2;
    };
    row(differenceHeadings(), 'bold');
    for (const r of input.compare.table.rows) row(differenceCells(r), 'regular');
    table.end();
    doc.font('regular');
  }

  heading('Parameters');
  doc.fontSize(9);
  const { events: planned = [], ...feeding } = scenario.feeding;
  lines(labelledLines({ ...scenario, feeding }));
  if (planned.length > 0) {
    para(`Planned sessions: ${planned.length}`);
    lines([
      ...planned
        .slice(0, MAX_PLANNED)
        .map((e) => `  ${plannedLine(e, scenario.start.postpartumHours)}`),
      ...(planned.length > MAX_PLANNED
        ? [`  … and ${planned.length - MAX_PLANNED} more (see the scenario file)`]
        : []),
    ]);
  }

  heading('Events');
  para(
    eventCounts(trace.events)
      .map(([k, n]) => `${EVENT_LABELS[k]}: ${n}`)
      .join(' · ') || 'No events in this run.',
  );
  const landmarks = trace.events.filter((ev) => LANDMARK_KINDS.has(ev.kind));
  if (landmarks.length > MAX_LANDMARKS) {
    para(`First ${MAX_LANDMARKS} of ${landmarks.length} landmark events:`);
  }
  lines(
    landmarks.slice(0, MAX_LANDMARKS).map((e) => {
      const side = e.side ? ` (${e.side} breast)` : '';
      return `${timeLabel(trace, e.atSeconds)}: ${EVENT_LABELS[e.kind]}${side}${e.detail ? ` — ${e.detail}` : ''}`;
    }),
  );

  doc.addPage();
  heading('Charts');
  const chartOptions = {
    caseTitle: provenance.caseTitle,
    ...(input.compare
      ? { compare: { trace: input.compare.trace, label: input.compare.table.label } }
      : {}),
  };
  for (const chart of input.charts) {
    // Room for the caption below the chart too, so a figure and its caption stay together.
    const h = chartHeight(trace, chart, contentWidth, chartOptions);
    if (doc.y + h + 20 > doc.page.height - MARGIN) doc.addPage();
    const box = { x: MARGIN, y: doc.y, width: contentWidth };
    let drawn = 0;
    tags.block('Figure', () => (drawn = drawChart(doc, trace, chart, box, chartOptions)), {
      alt: chartAlt(trace, chart),
    });
    doc.y += drawn + 8;
    doc.x = MARGIN;
    tags.block('Caption', () =>
      doc.fontSize(8).fillColor('#595959').text(`Figure: ${CHART_SPECS[chart].title}.`),
    );
    doc.fillColor('#1a1a1a');
  }

  if (input.evidence.length > 0) {
    doc.addPage();
    heading('What the literature says');
    for (const card of input.evidence) {
      tags.block('H3', () => doc.font('bold').fontSize(10).text(card.claim));
      doc.font('regular').fontSize(9.5).fillColor('#595959');
      para(`Verdict: ${card.verdict} — ${card.verdictNote}`);
      doc.fillColor('#1a1a1a');
      para(card.detail);
      doc.fillColor('#595959');
      para(`Sources: ${card.sources.map(shortCitation).join('; ')}`);
      doc.fillColor('#1a1a1a').moveDown(0.5);
    }
    heading('References', 12);
    doc.fontSize(9);
    const sources = [...new Set(input.evidence.flatMap((c) => c.sources))];
    lines(sources.map((s, i) => `${i + 1}. ${fullReference(s)}`));
  }

  tags.end();

  // Page footers carry the provenance too, so a printed page still says where it came from.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    tags.artifact(() =>
      doc
        .fontSize(7.5)
        .fillColor('#737373')
        .text(
          `LactaSim ${provenance.appVersion} · model ${provenance.modelVersion} · scenario ${provenance.scenarioHash.slice(0, 12)} · exported ${provenance.exportedAt} · page ${i + 1} of ${range.count}`,
          MARGIN,
          doc.page.height - 12 * MM,
          { width: contentWidth, align: 'center', lineBreak: false },
        ),
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
