// The width of an element as it is laid out, kept up to date by a ResizeObserver. A callback ref,
// so an element that mounts after the first render, or is replaced, is observed too (an effect
// that ran once kept the starting width whenever the element came later).
import { useCallback, useRef, useState } from 'react';

export function useWidth<T extends HTMLElement>() {
  const [width, setWidth] = useState(800);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    observer.current = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.round(entry.contentRect.width)));
    });
    observer.current.observe(el);
  }, []);
  return { ref, width };
}
