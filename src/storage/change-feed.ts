/**
 * Tells the app's other tabs (same browser profile) that a write committed, so they can show it without a
 * reload. A tab never hears its own posts: BroadcastChannel skips the object that sent the message.
 */
export type StoredChange = { store: 'assessments' | 'rounds' | 'scorecards'; id: string };

export const CHANNEL_NAME = 'edtech-leader-self-assessment:changes';
const STORES = new Set<string>(['assessments', 'rounds', 'scorecards']);

let channel: BroadcastChannel | undefined;
const listeners = new Set<(change: StoredChange) => void>();

/** Another tab may run another version of the app: only well-formed changes are passed on. */
function isStoredChange(value: unknown): value is StoredChange {
  if (typeof value !== 'object' || value === null) return false;
  const { store, id } = value as Record<string, unknown>;
  return typeof store === 'string' && STORES.has(store) && typeof id === 'string';
}

function open(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const changes = Array.isArray(event.data) ? event.data.filter(isStoredChange) : [];
    for (const change of changes) for (const listener of listeners) listener(change);
  };
  return channel;
}

/** Called by the repositories after a transaction commits; a tab that cannot announce still saves. */
export function announce(changes: StoredChange[]): void {
  if (changes.length === 0) return;
  try {
    open()?.postMessage(changes);
  } catch {
    // The other tabs catch up when they next read; the write itself has landed.
  }
}

/** Calls `listener` for each change another tab commits; returns the unsubscribe. */
export function onStoredChange(listener: (change: StoredChange) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
