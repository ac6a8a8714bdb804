// Draws the pages of a PDF into canvases with pdf.js: the handout preview shows the very file
// that a download saves, page by page, so nothing reaches the PDF that was not seen.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { bytesOf } from '../../lib/base64';

let workerStarted = false;

/** pdf.js parses in a worker; Vite bundles it from this reference as a same-origin script. */
function startWorker(): void {
  if (workerStarted) return;
  workerStarted = true;
  GlobalWorkerOptions.workerPort = new Worker(
    new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
    { type: 'module' },
  );
}

export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  startWorker();
  const bytes = bytesOf(base64);
  // No eval: the page's Content-Security-Policy forbids it.
  return getDocument({ data: bytes, isEvalSupported: false }).promise;
}

/** Renders page `n` (1-based) to fit `cssWidth` pixels, sharp on high-density screens. */
export async function drawPage(
  pdf: PDFDocumentProxy,
  n: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<void> {
  const page = await pdf.getPage(n);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * ratio });
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.round(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}
