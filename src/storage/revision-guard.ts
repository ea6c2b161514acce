/** Which copy of a record is on disk: its revision and when it was last changed. */
export interface RecordHead {
  revision: number;
  updatedAt: string;
}

export const headOf = ({ revision, updatedAt }: RecordHead): RecordHead => ({ revision, updatedAt });

export const isSameHead = (a: RecordHead | undefined, b: RecordHead | undefined): boolean =>
  a !== undefined && b !== undefined && a.revision === b.revision && a.updatedAt === b.updatedAt;

/** The copies this tab itself committed, by store and id: a stored copy that is none of them came from elsewhere. */
const written = new Map<string, RecordHead>();

export function noteWritten(store: string, id: string, head: RecordHead): void {
  written.set(`${store}/${id}`, headOf(head));
}

/**
 * Whether `incoming` may replace what is stored. It must be a later revision, and when the caller says which
 * stored copy its edits started from (`base`), the stored copy must still be that one or one this tab wrote
 * since. Revision numbers alone are not enough: two tabs that start from revision 5 both write a 6, and the
 * tab that types more would reach 7 and silently drop the other tab's 6.
 */
export function mayReplace(key: { store: string; id: string }, stored: RecordHead | undefined, incoming: RecordHead, base?: RecordHead): boolean {
  if (!stored) return true;
  if (stored.revision >= incoming.revision) return false;
  if (!base) return true;
  return isSameHead(stored, base) || isSameHead(stored, written.get(`${key.store}/${key.id}`));
}
