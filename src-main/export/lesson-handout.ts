// The printable lesson handout: the lesson's title and summary, then one section per beat with
// its caption, the case and moment, its charts and the speaker notes (sources included). Text is
// set in the embedded Inter font like the case report (export/pdf.ts).
import {
  beatWindow,
  CHART_SPECS,
  type BeatSpan,
  type ChartName,
  type Provenance,
} from '../charts/index';
import type { Trace } from '../sim/trace';
import { chartAlt, chartHeight, drawChart } from './pdf-chart';
import { openPdf } from './pdf-doc';
import { fullReference, sourcesCitedIn } from '../sources/cite';

const MM = 72 / 25.4;
const MARGIN = 18 * MM;

/** One chart of a beat, drawn as vectors by the report's `drawChart`: the stretch the beat shows. */
export interface HandoutChart {
  name: ChartName;
  trace: Trace;
  caseTitle: string;
  windowSec: readonly [number, number];
}

export function handoutChart(
  trace: Trace,
  name: ChartName,
  provenance: Provenance,
  beat: BeatSpan,
): HandoutChart {
  return {
    name,
    trace,
    caseTitle: provenance.caseTitle,
    windowSec: beatWindow(beat, trace.durationSec),
  };
}

export interface HandoutBeat {
  caption: string;
  notes: string;
  caseTitle: string;
  /** e.g. "day 3.0 after birth". */
  moment: string;
  charts: HandoutChart[];
}

export interface HandoutInput {
  title: string;
  summary: string;
  appVersion: string;
  createdAt: Date;
  beats: HandoutBeat[];
}

export function lessonHandoutPdf(input: HandoutInput): Promise<Buffer> {
  const { doc, tags, done } = openPdf({
    size: 'A4',
    margin: MARGIN,
    lang: 'en',
    info: {
      Title: `LactaSim lesson — ${input.title}`,
      Author: `LactaSim ${input.appVersion}`,
      Creator: `LactaSim ${input.appVersion}`,
      CreationDate: input.createdAt,
    },
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN;

  // Tagged in reading order: the lesson's title (H1), one H2 per beat with its case and moment,
  // its charts as figures with their words, the speaker notes; then the references as a list.
  tags.block('H1', () => doc.font('bold').fontSize(22).fillColor('#1a1a1a').text(input.title));
  doc.font('regular').fontSize(11).fillColor('#404040');
  if (input.summary !== '') {
    doc.moveDown(0.3);
    tags.block('P', () => doc.text(input.summary));
  }
  doc.moveDown(0.3).fontSize(9).fillColor('#595959');
  tags.block('P', () =>
    doc.text(
      `LactaSim ${input.appVersion} lesson handout, ${input.beats.length} beats. A teaching ` +
        'simulation, not a clinical prediction.',
    ),
  );

  input.beats.forEach((beat, i) => {
    if (doc.y > bottom - 120) doc.addPage();
    doc.moveDown(1).font('bold').fontSize(14).fillColor('#1a1a1a');
    tags.block('H2', () => doc.text(`${i + 1}. ${beat.caption}`, MARGIN, doc.y, { width }));
    doc.font('regular').fontSize(9).fillColor('#595959');
    tags.block('P', () => doc.text(`${beat.caseTitle} — ${beat.moment}`));
    for (const chart of beat.charts) {
      const options = { caseTitle: chart.caseTitle, windowSec: chart.windowSec };
      if (doc.y + chartHeight(chart.trace, chart.name, width, options) + 14 > bottom) doc.addPage();
      const box = { x: MARGIN, y: doc.y, width };
      let drawn = 0;
      tags.block('Figure', () => (drawn = drawChart(doc, chart.trace, chart.name, box, options)), {
        alt: chartAlt(chart.trace, chart.name, chart.windowSec),
      });
      doc.y += drawn + 4;
      doc.x = MARGIN;
      tags.block('Caption', () =>
        doc.fontSize(8).text(`Figure: ${CHART_SPECS[chart.name].title}.`),
      );
    }
    if (beat.notes !== '') {
      doc.moveDown(0.4).font('regular').fontSize(10).fillColor('#1a1a1a');
      tags.block('P', () => doc.text(beat.notes, MARGIN, doc.y, { width }));
    }
  });

  // The notes cite by author and year; the registry gives the full references.
  const cited = sourcesCitedIn(input.beats.flatMap((b) => [b.caption, b.notes]));
  if (cited.length > 0) {
    if (doc.y > bottom - 80) doc.addPage();
    doc.moveDown(1).font('bold').fontSize(14).fillColor('#1a1a1a');
    tags.block('H2', () => doc.text('References', MARGIN, doc.y, { width }));
    doc.font('regular').fontSize(9).fillColor('#1a1a1a');
    tags.list(cited, (id, i) =>
      doc.text(`${i + 1}. ${fullReference(id)}`, MARGIN, doc.y, { width }),
    );
  }
  tags.end();
  doc.end();
  return done;
}
