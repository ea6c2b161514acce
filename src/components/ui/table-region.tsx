import type { ReactNode } from 'react';

interface TableRegionProps {
  /** Names the box for screen readers; usually the table's caption. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * A two-dimensional table that may be wider than a phone: it scrolls inside this box, never the page (WCAG 1.4.10),
 * and the box takes keyboard focus so the arrow keys can scroll it.
 */
export function TableRegion({ label, className = 'table-wrap', children }: TableRegionProps) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
