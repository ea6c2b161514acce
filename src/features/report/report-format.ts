/** How the report writes figures and dates: in the reader's locale, dates long enough to be unambiguous. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
/** A yyyy-mm-dd calendar date is the same day everywhere: read and written in UTC. */
const calendarFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

function format(formatter: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

export function formatDate(iso: string): string {
  return format(dateFormat, iso);
}

export function formatDateTime(iso: string): string {
  return format(dateTimeFormat, iso);
}

/** A date without a time, such as a due date (yyyy-mm-dd). */
export function formatCalendarDate(date: string): string {
  return format(calendarFormat, /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
}

/** A level average with one decimal; null (nothing rated) is written by the caller. */
export function formatFigure(value: number): string {
  return value.toFixed(1);
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** What every printed page carries at its top: title, name and the day the report was made. */
export function runningHeaderOf(report: { runningHeader: string; cover: { generatedAt: string } }): string {
  return `${report.runningHeader} · ${formatDate(report.cover.generatedAt)}`;
}
