/** Which copy of a record is on disk: its revision and when it was last changed. */
export interface RecordHead {
  revision: number;
  updatedAt: string;
}

export const isSameHead = (a: RecordHead | undefined, b: RecordHead | undefined): boolean =>
  a !== undefined && b !== undefined && a.revision === b.revision && a.updatedAt === b.updatedAt;

/**
 * The stored copies a save may replace: the copy its edits started from, and the copies the same editor
 * wrote (or sent ahead of it) since. Undefined: any older revision may be replaced.
 */
export type Expected = RecordHead | readonly RecordHead[] | undefined;

/**
 * Whether `incoming` may replace what is stored. It must be a later revision, and when the caller says which
 * stored copies it expects, the stored copy must be one of them. Revision numbers alone are not enough: two
 * tabs that start from revision 5 both write a 6, and the tab that types more would reach 7 and silently drop
 * the other tab's 6.
 */
export function mayReplace(stored: RecordHead | undefined, incoming: RecordHead, expected: Expected): boolean {
  if (!stored) return true;
  if (stored.revision >= incoming.revision) return false;
  if (expected === undefined) return true;
  const heads: readonly RecordHead[] = 'revision' in expected ? [expected] : expected;
  return heads.some((head) => isSameHead(stored, head));
}
