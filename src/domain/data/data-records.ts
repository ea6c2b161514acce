import { z } from 'zod/mini';
import type { BackupState } from './backup-reminder.ts';
import { emptyBackupState } from './backup-reminder.ts';
import { ID_PATTERN } from '../framework/framework-schema.ts';

/** Keys of the records this feature keeps in the `meta` store. */
export const BACKUP_STATE_KEY = 'backup';
export const PERSISTENCE_KEY = 'persistence';

const timestamp = z.iso.datetime();
const count = z.int().check(z.gte(0));

const backupStateSchema = z.object({
  lastBackupAt: z.optional(timestamp),
  dismissedAt: z.optional(timestamp),
  baseline: z.record(z.string().check(z.regex(ID_PATTERN)), z.object({ revision: count, rated: count, isComplete: z.boolean() })),
});

/** What the browser answered when the app asked to keep its data from automatic clearing. */
export interface PersistenceOutcome {
  askedAt: string;
  isGranted: boolean;
}

const persistenceSchema = z.object({ askedAt: timestamp, isGranted: z.boolean() });

/** A stored backup record that does not parse starts afresh: at worst the reminder shows once too often. */
export function readBackupState(raw: unknown): BackupState {
  const parsed = backupStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyBackupState();
}

export function readPersistenceOutcome(raw: unknown): PersistenceOutcome | undefined {
  const parsed = persistenceSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
