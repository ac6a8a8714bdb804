// A tagged PDF document set in the embedded Inter font ('regular' and 'bold'), with its bytes
// collected as it is written: the shared start of the case report and both handouts. Every PDF we
// write is tagged for screen readers (PDF 1.7, MarkInfo /Marked, a structure tree in reading
// order, the document's language and its metadata title shown in the window's title bar); the
// `Tags` helper puts each heading, paragraph, list and figure in that tree, and repeated page
// furniture (footers) outside it as artifacts.
//
// Text people type (case titles, lesson notes, family notes) can hold characters Inter has no
// glyph for (emoji, CJK): we ship no fallback font, so each is drawn as a visible □ and the
// document ends with a line naming the characters replaced, rather than printing an empty box
// that looks like a font fault or nothing at all.
import PDFDocument from 'pdfkit';
import { CLINICIAN_CATALOGS } from '../labels/catalogs';
import { interFont, interPath } from './fonts';

/** Drawn in place of a character the font cannot draw; Inter has this glyph. */
export const MISSING_MARK = '\u25a1';

/** The structure types we use (PDF 1.7, 14.8.4): headings, paragraphs, lists, figures. */
export type BlockType = 'H1' | 'H2' | 'H3' | 'P' | 'Caption' | 'Figure' | 'TH' | 'TD';

/** Structure elements that hold blocks rather than content. */
export type GroupType = 'Sect' | 'Div' | 'Table' | 'TR';

export interface Tags {
  /** The `Document` element every block hangs from, in the order it is drawn. */
  root: PDFKit.PDFStructureElement;
  /**
   * Draws `draw` as one block of `type` in `parent` (the document unless given); a figure needs
   * its words for a screen reader (`alt`).
   */
  block(
    type: BlockType,
    draw: () => void,
    options?: { alt?: string },
    parent?: PDFKit.PDFStructureElement,
  ): void;
  /**
   * A list: each item drawn by `draw` as its own list item (LI > LBody); `lang` when its items
   * are in another language than the document (English references in a Spanish handout).
   */
  list<T>(
    items: readonly T[],
    draw: (item: T, i: number) => void,
    options?: { lang?: string },
  ): void;
  /** A group (a table, its rows…) in `parent`; its blocks are added with `block(…, group)`. */
  group(type: GroupType, parent?: PDFKit.PDFStructureElement): PDFKit.PDFStructureElement;
  /** Drawn outside the text a screen reader reads (page numbers, running footers). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
  /** Closes the tree; call it before `doc.end()`. */
  end(): void;
}

export interface OpenedPdf {
  doc: PDFKit.PDFDocument;
  tags: Tags;
  /** The characters drawn as MISSING_MARK so far, as U+XXXX. */
  replaced: () => string[];
  /** Resolves with the file once `doc.end()` has been called. */
  done: Promise<Buffer>;
}

/** `options.lang` (a BCP 47 tag) and `options.info.Title` are required: a reader says both. */
export function openPdf(
  options: PDFKit.PDFDocumentOptions & { lang: string; info: { Title: string } },
): OpenedPdf {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    ...options,
    font: interPath(400),
  });
  doc.registerFont('regular', interPath(400));
  doc.registerFont('bold', interPath(600));
  const replaced = printableText(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const language = options.lang.startsWith('es') ? 'es' : 'en';
  return { doc, tags: tagsFor(doc, replaced, language), done, replaced: () => [...replaced] };
}

const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Routes every string pdfkit draws or measures through the font check; returns the set the
 * replaced characters are collected in. Both Inter files cover the same characters.
 */
function printableText(doc: PDFKit.PDFDocument): Set<string> {
  const font = interFont(400);
  const known = new Map<number, boolean>();
  const replaced = new Set<string>();
  const printable = (text: unknown): unknown => {
    if (typeof text !== 'string') return text;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Line breaks and tabs are layout, not glyphs.
      let has = cp < 0x20 || known.get(cp);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(cp);
        known.set(cp, has);
      }
      if (has) out += ch;
      else {
        out += MISSING_MARK;
        replaced.add(codeOf(cp));
      }
    }
    return out;
  };
  const patch = <K extends 'text' | 'widthOfString' | 'heightOfString'>(name: K) => {
    const original = doc[name].bind(doc) as (...args: unknown[]) => unknown;
    (doc as unknown as Record<K, unknown>)[name] = (first: unknown, ...rest: unknown[]) =>
      original(printable(first), ...rest);
  };
  patch('text');
  patch('widthOfString');
  patch('heightOfString');
  return replaced;
}

function tagsFor(doc: PDFKit.PDFDocument, replaced: Set<string>, language: 'en' | 'es'): Tags {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const block: Tags['block'] = (type, draw, options = {}, parent = root) => {
    parent.add(doc.struct(type, options, draw));
  };
  return {
    root,
    block,
    list(items, draw, options = {}) {
      const l = doc.struct('L', options);
      root.add(l);
      items.forEach((item, i) => {
        const li = doc.struct('LI');
        l.add(li);
        li.add(doc.struct('LBody', {}, () => draw(item, i)));
        li.end();
      });
      l.end();
    },
    group(type, parent = root) {
      const g = doc.struct(type);
      parent.add(g);
      return g;
    },
    artifact(draw, type = 'Pagination') {
      doc.markContent('Artifact', { type });
      draw();
      doc.endMarkedContent();
    },
    end() {
      if (replaced.size > 0) {
        const words = CLINICIAN_CATALOGS[language].common['pdfReplacedCharacters'] as string;
        const note = words
          .replace('{{mark}}', MISSING_MARK)
          .replace('{{codes}}', [...replaced].join(', '));
        block('P', () =>
          doc.moveDown().font('regular').fontSize(8).fillColor('#404040').text(note),
        );
      }
      root.end();
    },
  };
}
