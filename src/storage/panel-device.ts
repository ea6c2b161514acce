import { z } from 'zod/mini';
import type { WriteTransaction } from './record-store.ts';
import { readMeta, writeRecords } from './record-store.ts';

/**
 * What this device is to each hiring round, kept apart from the round: a round that came in a file makes this
 * a panelist's own device (and, once they say, whose); scorecard PINs on a shared device stay here too, so
 * neither ever travels in an exported file.
 */
const DEVICES = 'panelDevices';
const PINS = 'panelPins';

const devicesShape = z.record(z.string(), z.object({ panelistId: z.optional(z.string()) }));
const pinShape = z.object({ salt: z.string(), hash: z.string() });
const pinsShape = z.record(z.string(), pinShape);

export type PanelistDevice = { panelistId?: string };
export type StoredPin = z.infer<typeof pinShape>;

/** Read through a schema: a damaged entry counts as none rather than breaking the panel. */
function parsed<T>(shape: z.ZodMiniType<T>, value: unknown): T | undefined {
  const read = shape.safeParse(value);
  return read.success ? read.data : undefined;
}

/** Undefined: the round was set up here, so this is the chair's device. */
export async function loadPanelistDevice(roundId: string): Promise<PanelistDevice | undefined> {
  return parsed(devicesShape, await readMeta(DEVICES))?.[roundId];
}

export function savePanelistDevice(roundId: string, device: PanelistDevice): Promise<void> {
  return writeRecords(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const all = parsed(devicesShape, await store.get(DEVICES)) ?? {};
    await store.put({ ...all, [roundId]: device }, DEVICES);
  });
}

/**
 * Inside the write that saves a round from a file: makes this a panelist's device for it, unless it already is
 * one (whose, once said, is kept). In the round's own transaction, so a failed save leaves no mark behind.
 */
export async function markPanelistDevice(tx: WriteTransaction<['rounds', 'meta']>, roundId: string): Promise<void> {
  const store = tx.objectStore('meta');
  const all = parsed(devicesShape, await store.get(DEVICES)) ?? {};
  if (!all[roundId]) await store.put({ ...all, [roundId]: {} }, DEVICES);
}

/** Scorecard id → its PIN's salt and hash, for the cards of one round. */
export async function loadPins(roundId: string): Promise<Record<string, StoredPin>> {
  const all = parsed(pinsShape, await readMeta(PINS)) ?? {};
  return Object.fromEntries(Object.entries(all).filter(([cardId]) => cardId.startsWith(`${roundId}--`)));
}

/** Refuses to replace a PIN already set: only the panelist who set it may open that card. */
export function savePin(cardId: string, pin: StoredPin): Promise<boolean> {
  return writeRecords(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const all = parsed(pinsShape, await store.get(PINS)) ?? {};
    if (Object.hasOwn(all, cardId)) return false;
    await store.put({ ...all, [cardId]: pin }, PINS);
    return true;
  });
}
