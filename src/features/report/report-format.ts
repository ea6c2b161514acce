/** How the report writes figures; its dates come from src/lib/format.ts like every other date the app shows. */

/** A level average with one decimal; null (nothing rated) is written by the caller. */
export function formatFigure(value: number): string {
  return value.toFixed(1);
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
