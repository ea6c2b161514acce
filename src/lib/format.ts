const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown date' : dateTime.format(date);
}

/** A level average such as 2.5, or a dash when nothing is rated. */
export function formatLevel(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}

/** A change in level such as "+0.5 up", or "no change" when it rounds to nothing. */
export function formatChange(change: number | undefined): string {
  if (change === undefined) return '—';
  if (Math.abs(change) < 0.05) return 'no change';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} ${change > 0 ? 'up' : 'down'}`;
}
