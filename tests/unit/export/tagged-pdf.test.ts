// Every PDF we write is tagged for screen readers: read back with pdf.js (the library the preview
// draws with), each file is marked, has a structure tree in reading order with headings,
// paragraphs, lists and figures that carry words, states its language, and shows its title.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodName, RequestOf, ResponseOf, Result } from '../../../src-main/contract/index';
import { CHART_NAMES } from '../../../src-main/charts/index';
import { dispatch as untyped } from '../../../src-main/services/dispatch';
import { fixedProvenance } from '../../fixtures/charts/fixture';
import { testServices } from '../../fixtures/services';
import { fixtureReport } from './pdf-text';

const { services } = testServices();
afterAll(() => services.close());

const dispatch = async <K extends MethodName>(name: K, request: RequestOf<K>) => {
  const r = (await untyped(services.handlers, name, request)) as Result<ResponseOf<K>>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** A node of pdf.js's structure tree: an element with a role, or a piece of marked content. */
interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface Tagged {
  marked: boolean;
  lang: string | undefined;
  title: string | undefined;
  displayTitle: boolean;
  /** Each page's tree below its root. */
  pages: StructNode[][];
  /** Each page's text outside the structure tree (artifacts). */
  untagged: string[];
  /** The words of each marked-content piece, by pdf.js id. */
  words: Map<string, string>;
  /** Each page's marked-content ids in the order the page draws them. */
  drawn: string[][];
}

async function readTagged(bytes: Uint8Array): Promise<Tagged> {
  const pdf: PDFDocumentProxy = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  const markInfo = await pdf.getMarkInfo();
  const preferences = (await pdf.getViewerPreferences()) ?? {};
  const pages: StructNode[][] = [];
  const untagged: string[] = [];
  const words = new Map<string, string>();
  const drawn: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push(tree?.children ?? []);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Text inside a marked-content id (structure) is read aloud; artifacts are not.
    const stack: (string | null)[] = [];
    const order: string[] = [];
    let outside = '';
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
          const id = item.type === 'beginMarkedContentProps' ? item.id : null;
          stack.push(typeof id === 'string' ? id : null);
          if (typeof id === 'string') order.push(id);
        } else if (item.type === 'endMarkedContent') {
          stack.pop();
        }
      } else {
        const id = [...stack].reverse().find((x) => x !== null);
        if (id) words.set(id, `${words.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
        else outside += `${item.str} `;
      }
    }
    expect(stack).toHaveLength(0);
    drawn.push(order);
    untagged.push(outside.replace(/\s+/g, ' ').trim());
  }
  await pdf.destroy();
  return {
    marked: markInfo?.Marked === true,
    lang: typeof info['Language'] === 'string' ? info['Language'] : undefined,
    title: typeof info['Title'] === 'string' ? info['Title'] : undefined,
    displayTitle: (preferences as Record<string, unknown>)['DisplayDocTitle'] === true,
    pages,
    untagged,
    words,
    drawn,
  };
}

/** Every element of a role on every page, in reading order. */
function elements(doc: Tagged, role: string): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    if (n.role === role) out.push(n);
    n.children?.forEach(walk);
  };
  doc.pages.forEach((p) => p.forEach(walk));
  return out;
}

/** The marked-content ids under a node, in tree order. */
function contentIds(n: StructNode): string[] {
  if (n.type === 'content' && n.id) return [n.id];
  return (n.children ?? []).flatMap(contentIds);
}

/** The words of an element, as a screen reader reaches them through the tree. */
function said(doc: Tagged, n: StructNode): string {
  return contentIds(n)
    .map((id) => doc.words.get(id) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What every tagged file has: marked, a tree on every page, a language, a shown title. */
function expectTagged(doc: Tagged, lang: string, title: string, h1: string) {
  expect(doc.marked).toBe(true);
  expect(doc.lang).toBe(lang);
  expect(doc.title).toBe(title);
  expect(doc.displayTitle).toBe(true);
  for (const [i, page] of doc.pages.entries()) {
    expect(page.length, `page ${i + 1} has a structure tree`).toBeGreaterThan(0);
    expect(page[0]?.role, `page ${i + 1}`).toBe('Document');
  }
  // Reading order: walking the tree meets each page's text in the order it is printed.
  for (const [i, page] of doc.pages.entries()) {
    const tree = page.flatMap(contentIds);
    expect(tree, `page ${i + 1}: reading order`).toEqual(
      doc.drawn[i]!.filter((id) => tree.includes(id)),
    );
  }
  expect(elements(doc, 'H1').map((h) => said(doc, h))).toEqual([expect.stringContaining(h1)]);
  expect(elements(doc, 'H2').length).toBeGreaterThan(0);
  expect(elements(doc, 'P').length).toBeGreaterThan(0);
  const figures = elements(doc, 'Figure');
  expect(figures.length).toBeGreaterThan(0);
  for (const f of figures) expect(f.alt?.length ?? 0).toBeGreaterThan(20);
  // All the words on a page but its footer are in the tree: nothing is left out of the reading,
  // and the footer repeated on every page is an artifact, not read page after page.
  for (const [i, outside] of doc.untagged.entries()) {
    expect(outside, `page ${i + 1}: text outside the structure`).toMatch(
      /^$|^(Page \d+ of \d+ · |Página \d+ de \d+ · )?LactaSim [^·]+( · [^·]+)+$/,
    );
  }
}

describe('tagged PDFs', () => {
  it('the parent handout: headings, lists, figures with words, Spanish, the family title', async () => {
    const c = await dispatch('cases.get', { id: 'b_low-supply-recovery' });
    const file = await dispatch('parent.handout', {
      scenario: c.scenario,
      parentTitle: 'Su historia de lactancia',
      language: 'es',
      paper: 'Letter',
      whatIf: 'moreFeeds',
      pattern: { feedsPerDay: 6, sides: 'one', minutesPerBreast: 12, pumpsPerDay: 0 },
    });
    const doc = await readTagged(Buffer.from(file.base64, 'base64'));
    expectTagged(doc, 'es', 'Su historia de lactancia', 'Su historia de lactancia');
    expect(elements(doc, 'H2').map((h) => said(doc, h))).toEqual(
      expect.arrayContaining(['Qué está pasando', 'Sus gráficas', 'Cuándo pedir ayuda', 'Fuentes']),
    );
    expect(elements(doc, 'H3').length).toBeGreaterThan(0);
    expect(elements(doc, 'L').length).toBeGreaterThanOrEqual(3);
    expect(elements(doc, 'LI').length).toBeGreaterThanOrEqual(9);
    expect(elements(doc, 'Caption').length).toBe(elements(doc, 'Figure').length);
    // Each chart is said by its caption and, for supply, the model's start and end.
    const supply = elements(doc, 'Figure').find((f) => f.alt?.startsWith('Cuánta leche'));
    expect(supply?.alt).toMatch(/La línea va de unos \d+ a unos \d+ mL al día\./);
    // The references are read as the English they are published in.
    expect(elements(doc, 'L').filter((l) => l.lang === 'en')).toHaveLength(1);
    // Page numbers repeat on every page and are artifacts, outside what is read.
    expect(doc.untagged[0]).toMatch(/^Página 1 de \d+ · LactaSim/);
  });

  it('the English parent handout on A4', async () => {
    const c = await dispatch('cases.get', { id: 'b_after-breast-reduction' });
    const file = await dispatch('parent.handout', {
      scenario: c.scenario,
      parentTitle: 'Your milk after surgery',
      language: 'en',
      paper: 'A4',
    });
    const doc = await readTagged(Buffer.from(file.base64, 'base64'));
    expectTagged(doc, 'en', 'Your milk after surgery', 'Your milk after surgery');
    const h2 = elements(doc, 'H2').map((h) => said(doc, h));
    // The sections in the printed order.
    expect(h2.indexOf('What is going on')).toBeLessThan(h2.indexOf('Your charts'));
    expect(h2.indexOf('Your charts')).toBeLessThan(h2.indexOf('Sources'));
    expect(said(doc, elements(doc, 'LI')[0]!)).toMatch(/^• Feed your baby/);
    // Over 14 days how full each breast is would be a band of feeds: the chart shows the last day.
    expect(elements(doc, 'Figure').map((f) => f.alt)).toContainEqual(
      'How full each breast is over the last day shown. Starts on day 13 after birth · 24 hours shown.',
    );
  });

  it('the parent drawing of a step: a figure with words, its plain labels as caption', async () => {
    const c = await dispatch('cases.get', { id: 'b_after-breast-reduction' });
    // Plain shapes as the renderer sends them (the Chromium test sends real snapshots).
    const drawing = {
      tag: 'svg' as const,
      attrs: { viewBox: '0 0 1600 1000', width: 640, height: 400 },
      children: [
        {
          tag: 'rect' as const,
          attrs: { width: 1600, height: 1000, fill: '#ffffff' },
          children: [],
        },
        { tag: 'path' as const, attrs: { d: 'M10,10L900,700Z', fill: '#e9a2ad' }, children: [] },
      ],
    };
    const file = await dispatch('parent.handout', {
      scenario: c.scenario,
      parentTitle: 'Your milk after surgery',
      language: 'en',
      paper: 'A4',
      walkthrough: {
        type: 'parentWalkthrough',
        steps: [{ kind: 'surgery', note: 'Offer the right side first.' }, { kind: 'letDown' }],
        notes: '',
      },
      drawings: [{ kind: 'surgery', drawing }],
      parentNotes: '',
    });
    const doc = await readTagged(Buffer.from(file.base64, 'base64'));
    expectTagged(doc, 'en', 'Your milk after surgery', 'Your milk after surgery');
    const alts = elements(doc, 'Figure').map((f) => f.alt);
    // One drawing (for the step that has one) and the two charts.
    expect(alts).toHaveLength(3);
    expect(alts[0]).toBe(
      'A drawing of the breast and the brain at this step: After breast surgery.',
    );
    const captions = elements(doc, 'Caption').map((n) => said(doc, n));
    expect(captions[0]).toBe(
      'Brain: sends the milk hormones Milk sacs: make and hold milk Milk tubes: carry milk to the nipple',
    );
    // The step's words, its note, then the drawing and its labels, in that order.
    const h3 = elements(doc, 'H3').map((n) => said(doc, n));
    expect(h3).toEqual(['1. After breast surgery', '2. Let-down']);
  });

  it('the lesson handout', async () => {
    const { file } = await dispatch('lessons.handout', { id: 'lb_oversupply-block-feeding' });
    const lesson = await dispatch('lessons.get', { id: 'lb_oversupply-block-feeding' });
    const doc = await readTagged(Buffer.from(file.base64, 'base64'));
    expectTagged(doc, 'en', `LactaSim lesson — ${lesson.title}`, lesson.title);
    // One heading per beat, one figure per chart, each said by its chart's title.
    const charts = lesson.beats.reduce((n, b) => n + b.view.charts.length, 0);
    expect(elements(doc, 'Figure')).toHaveLength(charts);
    expect(elements(doc, 'H2').length).toBeGreaterThanOrEqual(lesson.beats.length);
    for (const f of elements(doc, 'Figure')) expect(f.alt).toMatch(/^Chart: .+\. .+\./);
  });

  it('the case report: tables for the summary, a figure for every chart', async () => {
    const files = await fixtureReport();
    const doc = await readTagged(files[0]?.bytes ?? new Uint8Array());
    expectTagged(
      doc,
      'en',
      `LactaSim report — ${fixedProvenance.caseTitle}`,
      fixedProvenance.caseTitle,
    );
    expect(elements(doc, 'Figure')).toHaveLength(CHART_NAMES.length);
    expect(elements(doc, 'Table').length).toBeGreaterThanOrEqual(1);
    expect(elements(doc, 'TH').length).toBeGreaterThanOrEqual(14);
    expect(elements(doc, 'Figure').map((f) => f.alt)).toContainEqual(
      expect.stringMatching(/^Chart: Hormones\. .*ng\/mL/),
    );
  });
});
