import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const APP_NAME = 'EdTech Leader Self-Assessment';

interface PageHeadingProps {
  /** The document title, before the app name. */
  title: string;
  children?: ReactNode;
}

/** The screen's h1: names the tab, and takes focus after an in-app navigation so screen readers announce the new screen. */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  useEffect(() => {
    if (key !== 'default') ref.current?.focus();
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
