// The start of every exported file's name, from the case title: the main side names the files,
// the renderer names the .zip that holds them, so both read it here.

/** Lower-case ASCII letters and digits joined by dashes, at most 60 characters; "case" if none. */
export function fileStem(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'case';
}
