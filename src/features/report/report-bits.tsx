import { formatCalendarDate, formatLongDate, formatLongDateTime } from '../../lib/format.ts';
import { formatFigure } from './report-format.ts';

/** A level average, or a dash that a screen reader reads as "not rated". */
export function Figure({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="report-visually-hidden">not rated</span>
      </>
    );
  }
  return <>{formatFigure(value)}</>;
}

const formats = { date: formatLongDate, dateTime: formatLongDateTime, calendar: formatCalendarDate } as const;

/** A date for people, with the machine-readable value alongside. */
export function When({ iso, style = 'date' }: { iso: string; style?: keyof typeof formats }) {
  return <time dateTime={iso}>{formats[style](iso)}</time>;
}

/** Text the respondent may have left empty. */
export function OrNotGiven({ text }: { text: string }) {
  return text.trim() ? <>{text}</> : <span className="report-muted">Not given</span>;
}
