/**
 * The path of the first `__proto__` key in a parsed value, which would reach an object's prototype when
 * copied. Schema parsers may drop such keys silently; data that carries them is refused instead.
 */
export function findUnsafeKey(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (path.length > 64 || typeof value !== 'object' || value === null) return undefined;
  const isList = Array.isArray(value);
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return [...path, key];
    const found = findUnsafeKey((value as Record<string, unknown>)[key], [...path, isList ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}
