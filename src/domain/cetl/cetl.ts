/**
 * The CETL companion: a certified leader's continuing-education hours against CoSN's recertification
 * rules (60 hours every three years). Only the rules CoSN states are enforced; a category whose rule is not
 * confirmed says so and is never capped by guesswork.
 */

export const CYCLE_YEARS = 3;
export const HOURS_NEEDED = 60;
export const CHECK_WITH_COSN = 'Check with CoSN';

export type CreditRule =
  /** A fixed credit for each item (a credential, an article, a membership year). */
  | { kind: 'each'; hours: number; unit: string }
  /** One hour of credit per hour spent. */
  | { kind: 'per-hour' }
  /** CoSN has not confirmed a rule: hours are kept as entered and marked to check. */
  | { kind: 'unconfirmed' };

export interface CetlCategory {
  id: CetlCategoryId;
  label: string;
  rule: CreditRule;
  /** Hours counted at most per cycle; absent when CoSN states none. */
  cap?: number;
  /** The rule in a sentence, as the ledger and worksheet show it. */
  ruleText: string;
  /** What the person enters for one entry. */
  quantityLabel: string;
}

export type CetlCategoryId = 'credential' | 'membership' | 'publication' | 'teaching' | 'volunteer' | 'learning';

export const CETL_CATEGORIES: readonly CetlCategory[] = [
  {
    id: 'credential',
    label: 'Certification or micro-credential',
    rule: { kind: 'each', hours: 4, unit: 'credential' },
    cap: 12,
    ruleText: '4 hours for each credential earned (CoSN, PMI, CompTIA, CISSP, some vendors); at most 12 hours a cycle.',
    quantityLabel: 'Credentials earned',
  },
  {
    id: 'membership',
    label: 'Professional membership',
    rule: { kind: 'each', hours: 2, unit: 'membership year' },
    ruleText: `2 hours for each membership (CoSN, ISTE or another approved body) each year. CoSN states no cap: check with CoSN.`,
    quantityLabel: 'Membership years',
  },
  {
    id: 'publication',
    label: 'Published work on the skill areas',
    rule: { kind: 'each', hours: 4, unit: 'article' },
    cap: 12,
    ruleText: '4 hours for each article; at most 12 hours a cycle.',
    quantityLabel: 'Articles published',
  },
  {
    id: 'teaching',
    label: 'Teaching (first delivery only)',
    rule: { kind: 'per-hour' },
    cap: 30,
    ruleText: '1 hour for each hour taught, the first delivery only; at most 30 hours a cycle.',
    quantityLabel: 'Hours taught',
  },
  {
    id: 'volunteer',
    label: 'Volunteer or leadership work',
    rule: { kind: 'per-hour' },
    cap: 20,
    ruleText: '1 hour for each hour of unpaid work outside your job (CoSN committee, CETL Ambassador, study-group lead, CTO mentor); at most 20 hours a cycle.',
    quantityLabel: 'Hours',
  },
  {
    id: 'learning',
    label: 'Courses, conferences and webinars',
    rule: { kind: 'unconfirmed' },
    ruleText: `CoSN has not published a rule this app can confirm. ${CHECK_WITH_COSN} how many hours each counts; the hours you enter are kept as they are and not capped.`,
    quantityLabel: 'Hours (as CoSN confirms them)',
  },
];

export const CETL_CATEGORY_IDS = CETL_CATEGORIES.map((category) => category.id);

export function cetlCategory(id: CetlCategoryId): CetlCategory {
  const found = CETL_CATEGORIES.find((category) => category.id === id);
  if (!found) throw new Error(`Unknown CETL category ${id}`);
  return found;
}

export interface CetlEntry {
  id: string;
  /** yyyy-mm-dd: when the activity was done (or finished). */
  date: string;
  categoryId: CetlCategoryId;
  title: string;
  /** Items for "each" rules, hours otherwise. */
  quantity: number;
  /** The plan action it carries out and the skill area (gap) it serves, when linked. */
  assessmentId?: string;
  planActionId?: string;
  skillAreaId?: string;
}

export interface CetlRecord {
  id: string;
  /** yyyy-mm-dd; absent for someone still preparing for the exam. */
  certifiedOn?: string;
  entries: CetlEntry[];
  updatedAt: string;
}

/**
 * The most entries a log keeps: decades of renewal cycles at a few a month. Files are bounded by the longest list
 * the app writes (exchange-format.ts), so a backup of a full log always restores.
 */
export const MAX_CETL_ENTRIES = 1_000;

/** The log with one more entry; the same log when it is full (the screen says so before it gets here). */
export function addCetlEntry(record: CetlRecord, entry: CetlEntry): CetlRecord {
  return record.entries.length >= MAX_CETL_ENTRIES ? record : { ...record, entries: [...record.entries, entry] };
}

/** The log without one entry: a mistaken one, removed from its row. */
export function removeCetlEntry(record: CetlRecord, entryId: string): CetlRecord {
  return { ...record, entries: record.entries.filter((entry) => entry.id !== entryId) };
}

/** The one CETL record a device keeps. */
export const CETL_RECORD_ID = 'mine';

export function emptyCetlRecord(now: string): CetlRecord {
  return { id: CETL_RECORD_ID, entries: [], updatedAt: now };
}

/**
 * The CETL log from a backup, restored onto this device: entries this device lacks are added (its own are
 * kept as they are), and its certification date stands unless it has none.
 */
export function restoreCetl(local: CetlRecord | undefined, incoming: CetlRecord): CetlRecord {
  if (!local) return incoming;
  const known = new Set(local.entries.map((entry) => entry.id));
  const added = incoming.entries.filter((entry) => !known.has(entry.id));
  const certifiedOn = local.certifiedOn ?? incoming.certifiedOn;
  if (added.length === 0 && certifiedOn === local.certifiedOn) return local;
  const updatedAt = incoming.updatedAt > local.updatedAt ? incoming.updatedAt : local.updatedAt;
  // Two devices' logs together could pass the cap: this device's entries stay, the backup's fill what room is left.
  const entries = [...local.entries, ...added].slice(0, Math.max(local.entries.length, MAX_CETL_ENTRIES));
  return { ...local, ...(certifiedOn ? { certifiedOn } : {}), entries, updatedAt };
}
