import { useCallback, useState } from 'react';

/**
 * The width its element is drawn at, in CSS pixels, kept up to date as the window or layout changes. A chart lays
 * itself out for that width, so its text keeps its real size on a phone instead of shrinking with the drawing.
 * Measured when the element is attached (React applies that before the first paint, so nothing jumps); `fallback`
 * until then, or where nothing is laid out (tests).
 */
export function useDrawingWidth(fallback: number): [(element: HTMLElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
