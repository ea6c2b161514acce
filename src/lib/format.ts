const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown date' : dateTime.format(date);
}

/** A level average such as 2.5, or a dash when nothing is rated. */
export function formatLevel(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(1);
}
