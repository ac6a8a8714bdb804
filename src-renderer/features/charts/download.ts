// Offers exported files as downloads (the web edition has no file system; in Electron the same
// anchor click goes through the session's download handling).
import type { ExportedFile } from '../../../src-main/contract/export';

export function downloadFiles(files: ExportedFile[]): void {
  for (const file of files) {
    const binary = atob(file.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    a.click();
    // Revoke after the click has been handled; the browser keeps the download going.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
