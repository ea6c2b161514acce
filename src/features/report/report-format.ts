/** How the report writes figures; its dates come from src/lib/format.ts like every other date the app shows. */
import { formatLongDate } from '../../lib/format.ts';

/** A level average with one decimal; null (nothing rated) is written by the caller. */
export function formatFigure(value: number): string {
  return value.toFixed(1);
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** What every printed page carries at its top: title, name and the day the report was made. */
export function runningHeaderOf(report: { runningHeader: string; cover: { generatedAt: string } }): string {
  return `${report.runningHeader} · ${formatLongDate(report.cover.generatedAt)}`;
}
