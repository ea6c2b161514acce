/**
 * Every date and time the app shows goes through here, in the user's own time zone and locale, so no ISO string
 * reaches the screen. Formatters are made on each call: the zone can change while the app is open (a laptop
 * crossing time zones), and a test fakes one.
 */
function shown(iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown date' : new Intl.DateTimeFormat(undefined, options).format(date);
}

/** "1 Dec 2026, 17:30" in the user's locale: when something was edited, exported, submitted. */
export function formatDateTime(iso: string): string {
  return shown(iso, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1 Dec 2026" in the user's locale: the day something happened, where the time would be noise. */
export function formatDate(iso: string): string {
  return shown(iso, { dateStyle: 'medium' });
}

/** "1 December 2026": the report's dates, long enough to be unambiguous on paper. */
export function formatLongDate(iso: string): string {
  return shown(iso, { dateStyle: 'long' });
}

/** "1 December 2026 at 17:30": the report's times. */
export function formatLongDateTime(iso: string): string {
  return shown(iso, { dateStyle: 'long', timeStyle: 'short' });
}

/** A calendar date without a time (yyyy-mm-dd, such as a due date) is the same day everywhere: read in UTC. */
export function formatCalendarDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? shown(`${date}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) : 'unknown date';
}

/** Digits and calendar fixed, so the parts read the same in every locale. */
const dayOptions = { year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' } as const;

/**
 * The calendar day an instant falls on where the user is, as yyyy-mm-dd: what titles, "started" labels and file
 * names show. Not `iso.slice(0, 10)`, which is the day in UTC: 2026-12-02T01:30:00Z is still 1 December in Los
 * Angeles. `timeZone` (an IANA name) defaults to the user's own zone.
 */
export function localDay(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown date';
  const parts = new Intl.DateTimeFormat('en-US', { ...dayOptions, timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day stored as yyyy-mm-dd (an interview date), as the user's locale writes it: the same day everywhere. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? 'unknown date' : calendarDay.format(date);
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

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1_500_000 → "1.5 MB": decimal units, as operating systems show disk space. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: digits }).format(value);
}

/** The gap cell beside current and target: "1.2", "0.5 above" (a surplus), "0.0" on target, a dash when unrated. */
export function formatGap(figures: { current?: number | null; gap: number; surplus: number }): string {
  if (figures.current === undefined || figures.current === null) return '—';
  return figures.surplus > 0 ? `${figures.surplus.toFixed(1)} above` : figures.gap.toFixed(1);
}
