import type { ReactNode, Ref } from 'react';

interface NoticeProps {
  tone: 'info' | 'success' | 'error';
  children: ReactNode;
  title?: string;
  /** Given when the screen moves focus here (the control that led to it has gone): the notice then takes focus. */
  ref?: Ref<HTMLDivElement>;
}

/** Errors interrupt (role=alert); other notices are announced politely. */
export function Notice({ tone, title, children, ref }: NoticeProps) {
  return (
    <div ref={ref} tabIndex={ref ? -1 : undefined} className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
