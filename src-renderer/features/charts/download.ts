// Delivers exported files: in the web edition as one download (several files in one .zip, since it
// has no file system and a burst of downloads is refused or scattered); in the desktop app through
// the system save dialog (`export.save`). Which one follows `app.info`'s edition.
import type { ExportedFile } from '../../../src-main/contract/export';
import { bytesOf } from '../../lib/base64';
import { zipFiles } from '../../lib/zipFiles';

export type Delivery =
  | { status: 'downloaded'; count: number; zip?: string }
  | { status: 'saved'; paths: string[] }
  | { status: 'cancelled' };

/**
 * Chromium drops downloads started in one burst (ten at most went through in the e2e test), so
 * several files are started a short moment apart.
 */
const DOWNLOAD_SPACING_MS = 250;

export async function downloadFiles(files: ExportedFile[]): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_SPACING_MS));
    const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    a.click();
    // Revoke after the click has been handled; the browser keeps the download going.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

let edition: Promise<'desktop' | 'web'> | undefined;

/** `zipName`: what the web edition calls the .zip when there are several files. */
export async function deliverFiles(files: ExportedFile[], zipName: string): Promise<Delivery> {
  // Loaded on first use: the chart panel also renders outside a browser (tests, server rendering).
  const { call } = await import('../../app/api');
  edition ??= call('app.info', {}).then((info) => info.edition);
  let where: 'desktop' | 'web';
  try {
    where = await edition;
  } catch (error) {
    edition = undefined; // ask again next time
    throw error;
  }
  if (where === 'desktop') return call('export.save', { files });
  if (files.length === 1) {
    await downloadFiles(files);
    return { status: 'downloaded', count: 1 };
  }
  await downloadFiles([zipFiles(files, zipName)]);
  return { status: 'downloaded', count: files.length, zip: zipName };
}
