import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'success' | 'error';
  children: ReactNode;
  title?: string;
}

/** Errors interrupt (role=alert); other notices are announced politely. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
