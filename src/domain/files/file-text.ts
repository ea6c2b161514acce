import type { FileProblem } from './file-problem.ts';
import type { JsonBounds } from './json-bounds.ts';
import { checkJsonBounds } from './json-bounds.ts';

/** Our own CSV header, or at least two lines with the same number of separators outside quotes. */
function looksLikeCsv(text: string): boolean {
  if (text.startsWith('Grouping,Skill area,')) return true;
  const [first, second] = text.split(/\r?\n/, 2).map((line) => line.replace(/"[^"]*"/g, '""'));
  if (first === undefined || second === undefined) return false;
  return [',', ';', '\t'].some((separator) => {
    const count = first.split(separator).length - 1;
    return count > 0 && second.split(separator).length - 1 === count;
  });
}

/**
 * The JSON value in a file's text, or what the text looks like instead (empty, a PDF, a CSV, cut short),
 * so the message can say what the person chose. A leading byte order mark and surrounding space are ignored.
 */
export function parseJsonText(text: string, bounds: JsonBounds): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, problem: { code: 'empty', path: [] } };
  if (trimmed.startsWith('%PDF')) return { ok: false, problem: { code: 'pdf', path: [] } };
  // Only what looks like JSON is bounded: other text gets its own sentence (a CSV, a zip) below.
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const tooComplex = checkJsonBounds(trimmed, bounds);
    if (tooComplex) return { ok: false, problem: tooComplex };
  }
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    if (trimmed.startsWith('{')) return { ok: false, problem: { code: 'truncated', path: [] } };
    return { ok: false, problem: { code: looksLikeCsv(trimmed) ? 'csv' : 'not-json', path: [] } };
  }
}
