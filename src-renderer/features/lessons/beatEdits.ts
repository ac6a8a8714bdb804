// Pure list edits of the lesson editor, shared by the buttons, the keyboard and drag and drop.

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= items.length) return [...items];
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(Math.min(Math.max(0, to), out.length), 0, moved as T);
  return out;
}

export function replaceItem<T>(items: readonly T[], index: number, next: T): T[] {
  return items.map((x, i) => (i === index ? next : x));
}
