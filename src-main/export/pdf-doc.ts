// A PDF document set in the embedded Inter font ('regular' and 'bold'), with its bytes collected
// as it is written: the shared start of the case report and both handouts.
import PDFDocument from 'pdfkit';
import { interPath } from './fonts';

export function openPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  /** Resolves with the file once `doc.end()` has been called. */
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({ ...options, font: interPath(400) });
  doc.registerFont('regular', interPath(400));
  doc.registerFont('bold', interPath(600));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
