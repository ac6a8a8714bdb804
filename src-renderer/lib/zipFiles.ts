// Several exported files as one .zip (fflate), so the web edition hands the user one download
// instead of a burst of them. Files that are compressed already are stored, not deflated again.
import { zipSync, type ZipOptions } from 'fflate';
import type { ExportedFile } from '../../src-main/contract/export';
import { base64Of, bytesOf } from './base64';

const STORED = /\.(png|gif|webm|mp4|pdf|zip)$/i;

/** One .zip named `name` holding every file under its own name, dated `mtime`. */
export function zipFiles(files: ExportedFile[], name: string, mtime = new Date()): ExportedFile {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const f of files) {
    entries[f.filename] = [bytesOf(f.base64), { level: STORED.test(f.filename) ? 0 : 6, mtime }];
  }
  return { filename: name, mime: 'application/zip', base64: base64Of(zipSync(entries)) };
}
