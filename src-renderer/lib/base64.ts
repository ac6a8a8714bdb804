// Exported files travel as base64 in the contract; these turn them into bytes and back with the
// platform's own base64 (Uint8Array.fromBase64 / toBase64: Chromium 140 and later, so Electron 45
// (Chromium 156) and Debian's Chromium 150; Firefox 133, Safari 18.2). No codec of our own.

// Typed here: TypeScript's libraries do not declare them yet.
interface Base64Native {
  fromBase64(base64: string): Uint8Array<ArrayBuffer>;
}
interface Base64Bytes {
  toBase64(): string;
}

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return (Uint8Array as unknown as Base64Native).fromBase64(base64);
}

export function base64Of(bytes: Uint8Array): string {
  return (bytes as unknown as Base64Bytes).toBase64();
}
