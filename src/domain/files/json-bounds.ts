import type { FileProblem } from './file-problem.ts';

/** How much structure a file may hold before it is parsed: what the app writes, with room to spare. */
export interface JsonBounds {
  /** Nesting of objects and arrays; the app's deepest file nests 7 levels. */
  maxDepth: number;
  /** Objects, arrays and list or object entries together. */
  maxValues: number;
}

export const MAX_JSON_DEPTH = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/**
 * One pass over the text, outside strings, counting nesting and entries: a file too deep or too large in
 * structure is refused before JSON.parse and every later step (checksum, schema) has to walk it, so no file
 * can exhaust the stack or hold the tab for long. Linear in the text and allocation-free.
 */
export function checkJsonBounds(text: string, bounds: JsonBounds): FileProblem | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      values += 1;
      if (depth > bounds.maxDepth) return { code: 'too-complex', path: [], what: 'depth', limit: bounds.maxDepth };
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth -= 1;
    else if (code === COMMA) values += 1;
    if (values > bounds.maxValues) return { code: 'too-complex', path: [], what: 'values', limit: bounds.maxValues };
  }
  return undefined;
}
