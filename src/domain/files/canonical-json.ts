/**
 * JSON with every object's keys sorted, so the same data always gives the same text: what a file's
 * checksum is taken over, and how two values are compared by content.
 */
export function canonicalJson(value: unknown): string {
  const text: string | undefined = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
  // Nothing (a file without its body) has no JSON: it is the empty text, as its checksum always was.
  return text ?? '';
}
