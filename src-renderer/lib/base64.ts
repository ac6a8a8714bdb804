// Exported files travel as base64 in the contract; these turn them into bytes and back.
// The platform's own base64 (Chromium 140+, so Electron 45 and current browsers); older engines —
// and Node 20, where the unit tests run — take atob/btoa a slice at a time.
interface Base64Native {
  fromBase64?: (base64: string) => Uint8Array<ArrayBuffer>;
}
interface Base64Bytes {
  toBase64?: () => string;
}

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as Base64Native).fromBase64;
  if (native) return native.call(Uint8Array, base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64Of(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  // In slices: String.fromCharCode takes its characters as arguments, and there is a limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
