// The parent handout: a plain-language summary of the family's case, the walkthrough steps with
// the clinician's notes, two or three charts, next steps, when to get help and the sources, in
// English or Spanish, on A4 or US Letter. Text is set in the embedded Inter font.
import {
  FEEDS_CHART_MAX_HOURS,
  type ChartName,
  type Provenance,
  type SvgNode,
} from '../charts/index';
import type { Language, Paper, StepKind } from '../contract/parent';
import type { Trace } from '../sim/trace';
import {
  CATALOGS,
  captionValues,
  catalogCaption,
  catalogTitle,
  fill,
  plainText,
  type Catalog,
} from '../walkthrough/catalog';
import { fullReference } from '../sources/cite';
import { parentQuantities } from '../walkthrough/quantities';
import { STEP_SOURCES } from '../walkthrough/sources';
import type { WalkthroughStep } from '../walkthrough/steps';
import { chartHeight, drawChart } from './pdf-chart';
import { openPdf } from './pdf-doc';
import { drawDrawing, drawingHeight } from './pdf-drawing';

export interface HandoutInput {
  language: Language;
  paper: Paper;
  /** The family's title: the handout's heading and its document title. */
  parentTitle: string;
  /** The clinician's title and the parent's name, printed only when the clinician chose to. */
  caseTitle?: string | undefined;
  parentFirstName?: string | undefined;
  /** What the handout says about the baby, in plain words (babyLines). */
  baby: string[];
  steps: WalkthroughStep[];
  /** The parent drawing at a step's moment, as the screen showed it; printed beside the step. */
  drawings?: Partial<Record<StepKind, SvgNode>>;
  /** The clinician's notes for this family (walkthrough notes and the case's parent notes). */
  notes: string[];
  trace: Trace;
  provenance: Provenance;
  /** A what-if run and the family's pattern over the same days, with the sentence worded. */
  whatIf?: { label: string; sentence: string; trace: Trace; base: Trace; baseLabel: string };
  now: Date;
}

interface HandoutChart {
  name: ChartName;
  caption: string;
  trace: Trace;
  /** Drawn underneath, faded: the family's pattern under a what-if. */
  compare?: { trace: Trace; label: string };
  /** Only this span of the run, model seconds. */
  windowSec?: readonly [number, number];
}

const MM = 72 / 25.4;
const MARGIN = 18 * MM;

export function parentHandoutPdf(input: HandoutInput): Promise<Buffer> {
  const c = CATALOGS[input.language];
  const h = c.handout;
  const { doc, tags, done } = openPdf({
    size: input.paper === 'A4' ? 'A4' : 'LETTER',
    margin: MARGIN,
    bufferPages: true,
    lang: input.language,
    info: {
      Title: input.parentTitle,
      Author: `LactaSim ${input.provenance.appVersion}`,
      Subject: `Scenario sha256 ${input.provenance.scenarioHash}; model ${input.provenance.modelVersion}`,
      Creator: `LactaSim ${input.provenance.appVersion}`,
      Producer: 'LactaSim parent handout (pdfkit)',
      CreationDate: input.now,
      ModDate: input.now,
    },
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  // Each block goes into the document's structure as it is drawn, so the reading order is the
  // printed order: the title (H1), sections (H2), steps (H3), paragraphs, lists and figures.
  const heading = (s: string) => {
    if (doc.y > bottom() - 60) doc.addPage();
    doc.moveDown(0.8);
    tags.block('H2', () => doc.font('bold').fontSize(15).fillColor('#1a1a1a').text(s, MARGIN));
    doc.moveDown(0.3).font('regular').fontSize(11.5);
  };
  const para = (s: string) =>
    tags.block('P', () =>
      doc.font('regular').fontSize(11.5).fillColor('#1a1a1a').text(s, MARGIN, undefined, {
        width,
        lineGap: 2,
      }),
    );
  const yourNote = (note: string) =>
    tags.block('P', () => {
      doc
        .font('bold')
        .fontSize(10.5)
        .fillColor('#0b5c73')
        .text(`${c.ui.yourNote}: `, MARGIN, undefined, { continued: true });
      doc.font('regular').text(note).fillColor('#1a1a1a');
    });
  const bullets = (items: string[]) =>
    tags.list(items, (s) =>
      doc.text(`•  ${s}`, MARGIN + 6, undefined, { width: width - 6, lineGap: 2 }),
    );
  /** A heading and its list on one page: "when to get help" is never split. */
  const keepTogether = (title: string, items: string[]) => {
    doc.font('bold').fontSize(15);
    let needed = doc.heightOfString(title, { width }) + 30;
    doc.font('regular').fontSize(11.5);
    for (const s of items)
      needed += doc.heightOfString(`•  ${s}`, { width: width - 6, lineGap: 2 });
    if (doc.y + needed > bottom()) doc.addPage();
  };

  tags.block('H1', () =>
    doc.font('bold').fontSize(22).fillColor('#1a1a1a').text(input.parentTitle, MARGIN),
  );
  const shown = [
    input.parentFirstName ? fill(h.forParent, { name: input.parentFirstName }) : '',
    input.caseTitle ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (shown)
    tags.block('P', () => doc.font('regular').fontSize(12).fillColor('#595959').text(shown));
  tags.block('P', () => doc.font('regular').fontSize(10.5).fillColor('#595959').text(h.intro));

  heading(h.summary);
  const summary = input.steps.filter((s) => s.kind === 'intro' || s.kind === 'pattern');
  for (const s of summary) {
    para(handoutCaption(input.language, s));
    if (s.note) yourNote(s.note);
  }
  if (input.baby.length > 0) {
    heading(h.baby);
    for (const line of input.baby) para(line);
  }

  // The drawing's plain labels: the parts the parent view names under its drawing.
  const partsText = [c.parts.brain, c.parts.alveoli, c.parts.ducts].join('\n');
  heading(h.steps);
  input.steps
    .filter((s) => s.kind !== 'intro' && s.kind !== 'pattern')
    .forEach((s, i) => {
      if (doc.y > bottom() - 70) doc.addPage();
      const title = s.title ?? catalogTitle(c, s);
      const drawTitle = () =>
        tags.block('H3', () =>
          doc
            .font('bold')
            .fontSize(12)
            .fillColor('#1a1a1a')
            .text(`${i + 1}. ${title}`, MARGIN),
        );
      const drawing = input.drawings?.[s.kind];
      if (!drawing) {
        drawTitle();
        para(stepCaption(input.language, s));
        if (s.note) yourNote(s.note);
        doc.moveDown(0.4);
        return;
      }
      // The drawing on the left with its plain labels under it, the step's words on the right;
      // the words come first in the reading order, as the screen says them.
      const figureWidth = width * 0.46;
      const gap = 14;
      const textX = MARGIN + figureWidth + gap;
      const textWidth = width - figureWidth - gap;
      const caption = stepCaption(input.language, s);
      const note = s.note ? `${c.ui.yourNote}: ${s.note}` : '';
      doc.font('bold').fontSize(12);
      const titleHeight = doc.heightOfString(`${i + 1}. ${title}`, { width }) + 2;
      doc.font('regular').fontSize(11.5);
      const textHeight =
        doc.heightOfString(caption, { width: textWidth, lineGap: 2 }) +
        (note ? doc.fontSize(10.5).heightOfString(note, { width: textWidth }) + 6 : 0);
      const figureHeight = drawingHeight(drawing, figureWidth);
      doc.font('regular').fontSize(8.5);
      const labelsHeight = doc.heightOfString(partsText, { width: figureWidth });
      const blockHeight = Math.max(textHeight, figureHeight + 4 + labelsHeight);
      // The title, the words and the drawing with its labels stay on one page.
      if (doc.y + titleHeight + blockHeight > bottom()) doc.addPage();
      drawTitle();
      const top = doc.y + 2;
      tags.block('P', () =>
        doc.font('regular').fontSize(11.5).fillColor('#1a1a1a').text(caption, textX, top, {
          width: textWidth,
          lineGap: 2,
        }),
      );
      if (s.note) {
        doc.moveDown(0.3);
        tags.block('P', () => {
          doc
            .font('bold')
            .fontSize(10.5)
            .fillColor('#0b5c73')
            .text(`${c.ui.yourNote}: `, textX, doc.y, { width: textWidth, continued: true });
          doc
            .font('regular')
            .text(s.note ?? '')
            .fillColor('#1a1a1a');
        });
      }
      tags.block(
        'Figure',
        () => drawDrawing(doc, drawing, { x: MARGIN, y: top, width: figureWidth }),
        { alt: fill(h.drawingAlt, { title }) },
      );
      tags.block('Caption', () =>
        doc
          .font('regular')
          .fontSize(8.5)
          .fillColor('#404040')
          .text(partsText, MARGIN, top + figureHeight + 4, { width: figureWidth }),
      );
      doc.x = MARGIN;
      doc.y = top + blockHeight;
      doc.moveDown(0.8);
    });

  const notes = input.notes.map((n) => n.trim()).filter(Boolean);
  if (notes.length > 0) {
    heading(h.notes);
    for (const n of notes) para(n);
  }

  doc.addPage();
  heading(h.charts);
  const charts: HandoutChart[] = [
    { name: 'supply', caption: h.chartSupply, trace: input.trace },
    storedChart(h, input.trace),
  ];
  if (input.whatIf) {
    charts.push({
      name: 'supply',
      // The difference in words goes under its own chart, on the same page.
      // The change is named once, then what it does.
      caption: `${h.chartWhatIf} ${input.whatIf.label}.\n${input.whatIf.sentence}`,
      trace: input.whatIf.trace,
      compare: { trace: input.whatIf.base, label: input.whatIf.baseLabel },
    });
  }
  const chartWidth = input.whatIf ? width * 0.82 : width;
  for (const chart of charts) {
    // The family's own words: no case title or run jargon, labels in their language.
    const subtitle = chartSubtitle(h, chart.trace, chart.windowSec);
    const options = {
      words: c.chartWords,
      subtitle,
      ...(chart.compare ? { compare: chart.compare } : {}),
      ...(chart.windowSec
        ? { windowSec: chart.windowSec, timeFromWindowStart: true as const }
        : {}),
    };
    // A figure and its caption stay on one page, however long the caption is in this language.
    doc.font('regular').fontSize(10);
    const captionHeight = doc.heightOfString(chart.caption, { width });
    const figureHeight = chartHeight(chart.trace, chart.name, chartWidth, options);
    if (doc.y + figureHeight + 4 + captionHeight > bottom()) doc.addPage();
    const box = { x: MARGIN, y: doc.y, width: chartWidth };
    // The chart's words are outlined shapes: a screen reader is told what it shows and, for
    // supply, where the line starts and ends (the model's numbers, rounded as everywhere else).
    const q = parentQuantities(chart.trace);
    const alt = [
      chart.caption.replace(/\n/g, ' '),
      `${subtitle}.`,
      chart.name === 'supply'
        ? fill(h.figureSupply, { start: q.supplyStartMlPerDay, end: q.supplyEndMlPerDay })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    let height = 0;
    tags.block('Figure', () => (height = drawChart(doc, chart.trace, chart.name, box, options)), {
      alt,
    });
    doc.y += height + 4;
    tags.block('Caption', () =>
      doc.font('regular').fontSize(10).fillColor('#404040').text(chart.caption, MARGIN, doc.y, {
        width,
      }),
    );
    doc.moveDown(0.6);
  }

  const next = [h.next1, h.next2, h.next3, h.next4];
  keepTogether(h.nextSteps, next);
  heading(h.nextSteps);
  bullets(next);
  const help = [h.help1, h.help2, h.help3, h.help4, h.help5];
  keepTogether(h.seekHelp, help);
  heading(h.seekHelp);
  bullets(help);

  heading(h.sources);
  const sources = [...new Set(input.steps.flatMap((s) => STEP_SOURCES[s.kind]))];
  const source = (s: string, n: number) =>
    doc
      .font('regular')
      .fontSize(9.5)
      .fillColor('#404040')
      .text(`${n}. ${s}`, MARGIN, undefined, { width });
  // The references are as published, in English: a screen reader reads them as English.
  tags.list(sources.map(fullReference), (s, i) => source(s, i + 1), { lang: 'en' });
  tags.list([`${h.seekHelp}: ${h.seekHelpSource}`], (s) => source(s, sources.length + 1));
  tags.end();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // The same line on every page: page furniture, not part of the text read aloud.
    tags.artifact(() =>
      doc
        .font('regular')
        .fontSize(8)
        .fillColor('#737373')
        .text(
          `${fill(h.page, { n: i + 1, m: range.count })} · LactaSim ${input.provenance.appVersion} · ${input.provenance.exportedAt.slice(0, 10)}`,
          MARGIN,
          doc.page.height - 11 * MM,
          { width, align: 'center', lineBreak: false },
        ),
    );
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}

/**
 * A summary step as the handout says it: the screen's "This is a picture…" opening would point
 * at a drawing the page does not hold, so the handout's own words open the story.
 */
function handoutCaption(language: Language, step: WalkthroughStep): string {
  if (step.kind !== 'intro' || step.caption) return stepCaption(language, step);
  const h = CATALOGS[language].handout;
  const days = step.params['days'] ?? 0;
  return days === 0 ? h.introAtBirth : fill(h.introFromDay, { days });
}

/** A step's caption as printed: the clinician's words, or the catalog's with its numbers. */
export function stepCaption(language: Language, step: WalkthroughStep): string {
  return plainText(
    step.caption ?? fill(catalogCaption(CATALOGS[language], step), captionValues(language, step)),
  );
}

/**
 * How full each breast is. It rises and falls with every feed, so over more than a few days it is a
 * band that shows nothing; a long run then shows its last day, where the feeds can be told apart.
 */
function storedChart(h: Catalog['handout'], trace: Trace): HandoutChart {
  const chart: HandoutChart = { name: 'milk-stored', caption: h.chartStored, trace };
  if (trace.durationSec <= FEEDS_CHART_MAX_HOURS * 3600) return chart;
  const day = 24 * 3600;
  return {
    ...chart,
    caption: h.chartStoredLastDay,
    windowSec: [trace.durationSec - day, trace.durationSec],
  };
}

/** Where the chart's time starts relative to birth and how much it shows, in the parent's words. */
function chartSubtitle(
  h: Catalog['handout'],
  trace: Trace,
  [fromSec, toSec] = [0, trace.durationSec] as readonly [number, number],
): string {
  const hours = (toSec - fromSec) / 3600;
  const length =
    hours <= 48
      ? fill(h.chartHours, { count: Math.round(hours) })
      : fill(h.chartDays, { count: Math.round(hours / 24) });
  const day = Math.round((trace.startPostpartumHours + fromSec / 3600) / 24);
  return day <= 0 ? fill(h.chartFromBirth, { length }) : fill(h.chartFromDay, { day, length });
}
