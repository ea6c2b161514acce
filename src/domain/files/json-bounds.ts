import type { ProblemPath } from '../records/record-codec.ts';
import type { FileProblem } from './file-problem.ts';

/** How much structure a file may hold before it is parsed: what the app writes, with room to spare. */
export interface JsonBounds {
  /** Nesting of objects and arrays; the app's deepest file nests 7 levels. */
  maxDepth: number;
  /** Objects, arrays and list or object entries together. */
  maxValues: number;
  /** Entries in any one list or object: the longest list the kind of file can hold. */
  maxItems: number;
  /** Characters in any one string as written (escapes included): the longest text the kind can hold. */
  maxChars: number;
  /** The one top-level member whose string may be longer: a sealed file's ciphertext (`data`). */
  longTextAt?: string;
}

/** A text of `chars` characters as JSON may write it: at most 6 characters each (\u001f). */
export const writtenLength = (chars: number) => 6 * chars + 2;

export const MAX_JSON_DEPTH = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Where the string starting at `start` closes, found by the engine's own search: a 19 MB string costs one call. */
function stringEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return at;
  }
}

function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

/**
 * One pass over the text counting nesting, entries in all and entries in each list or object, so a file too
 * deep or too large in structure is refused before JSON.parse and every later step (checksum, schema) has to
 * walk it: no file can exhaust the stack or hold the tab for long. Strings are skipped with indexOf (one call
 * for a 19 MB string) and measured, and the path of what is too large is kept (a few numbers per level) so
 * the message can say where it is.
 */
export function checkJsonBounds(text: string, bounds: JsonBounds): FileProblem | undefined {
  const levels = bounds.maxDepth + 2;
  /** Per open level: entries so far (commas), whether a list, and the key of the member being read. */
  const items = new Int32Array(levels);
  const isList = new Uint8Array(levels);
  const keyStart = new Int32Array(levels);
  const keyEnd = new Int32Array(levels);
  let depth = 0;
  let values = 0;
  let stringStart = 0;
  let stringStop = 0;
  /** Whether the next string is a member's value (after its colon), not its key. */
  let isValue = false;
  const pathTo = (level: number): ProblemPath => {
    const path: ProblemPath = [];
    for (let k = 1; k < level; k += 1) path.push(isList[k] ? (items[k] ?? 0) : keyAt(text, keyStart[k] ?? 0, keyEnd[k] ?? 0));
    return path;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      // Never closed: JSON.parse says the file is cut short.
      if (end < 0) return undefined;
      if (end - i + 1 > bounds.maxChars && !(isValue && depth === 1 && bounds.longTextAt !== undefined && keyAt(text, keyStart[1] ?? 0, keyEnd[1] ?? 0) === bounds.longTextAt)) {
        const at = isValue ? [keyAt(text, keyStart[depth] ?? 0, keyEnd[depth] ?? 0)] : isList[depth] ? [items[depth] ?? 0] : [];
        return { code: 'too-complex', path: [...pathTo(depth), ...at], what: 'text', limit: bounds.maxChars };
      }
      isValue = false;
      stringStart = i;
      stringStop = end + 1;
      i = end;
    } else if (code === COLON) {
      keyStart[depth] = stringStart;
      keyEnd[depth] = stringStop;
      isValue = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      isValue = false;
      depth += 1;
      values += 1;
      if (depth > bounds.maxDepth) return { code: 'too-complex', path: pathTo(depth), what: 'depth', limit: bounds.maxDepth };
      items[depth] = 0;
      isList[depth] = code === OPEN_BRACKET ? 1 : 0;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth > 0) depth -= 1;
    } else if (code === COMMA) {
      isValue = false;
      values += 1;
      const count = (items[depth] ?? 0) + 1;
      items[depth] = count;
      // `count` commas: count + 1 entries.
      if (count >= bounds.maxItems) return { code: 'too-complex', path: pathTo(depth), what: 'items', limit: bounds.maxItems };
    }
    if (values > bounds.maxValues) return { code: 'too-complex', path: [], what: 'values', limit: bounds.maxValues };
  }
  return undefined;
}
