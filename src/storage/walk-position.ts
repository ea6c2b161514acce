import { readMeta, writeRecords } from './record-store.ts';

/**
 * Where the user last was in each assessment's walk, kept apart from the answers: moving between skill
 * areas is not a change to the assessment, so it neither rewrites the record nor tells other tabs.
 */
const KEY = 'lastSkillAreas';

function positions(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export async function loadLastSkillArea(assessmentId: string): Promise<string | undefined> {
  const all = positions(await readMeta(KEY));
  return Object.hasOwn(all, assessmentId) ? all[assessmentId] : undefined;
}

/** Read and written in one transaction, so two tabs on different assessments never drop each other's place. */
export function saveLastSkillArea(assessmentId: string, skillAreaId: string): Promise<void> {
  return writeRecords(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const all = positions(await store.get(KEY));
    if (all[assessmentId] === skillAreaId) return;
    await store.put({ ...all, [assessmentId]: skillAreaId }, KEY);
  });
}
