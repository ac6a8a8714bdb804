// The CSS-pixel size of an element, kept current as it resizes: for drawings laid out in the
// pixels they are shown at (presentation-style charts, the anatomy labels' screen size).
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Null until measured and while `enabled` is false. */
export function useElementSize(ref: RefObject<Element | null>, enabled = true): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return enabled ? size : null;
}
