import type { CetlCategory, CetlEntry } from './cetl.ts';
import { CETL_CATEGORIES, CYCLE_YEARS, HOURS_NEEDED } from './cetl.ts';

/**
 * Hours are added as whole hundredths, so the totals are exact and the same in any order of entries.
 */
const HUNDREDTHS = 100;

function hundredths(hours: number): number {
  return Math.round(hours * HUNDREDTHS);
}

/** The credit one entry earns before any cap, in hundredths of an hour. */
function entryCredit(entry: CetlEntry, category: CetlCategory): number {
  const quantity = Math.max(0, entry.quantity);
  return category.rule.kind === 'each' ? hundredths(Math.floor(quantity) * category.rule.hours) : hundredths(quantity);
}

export interface Cycle {
  /** yyyy-mm-dd, first day in the cycle. */
  start: string;
  /** yyyy-mm-dd, the deadline: the last day of the cycle. */
  end: string;
  /** 1 for the three years after certification. */
  number: number;
}

function addYears(day: string, years: number): string {
  const [year = '0', rest = ''] = [day.slice(0, 4), day.slice(4)];
  const shifted = `${String(Number(year) + years).padStart(4, '0')}${rest}`;
  // 29 February in a year without one becomes 1 March, as date arithmetic does.
  const date = new Date(`${shifted}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? `${shifted.slice(0, 4)}-03-01` : date.toISOString().slice(0, 10);
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The three-year cycle that holds `today` (the first one, before it starts). Days are yyyy-mm-dd. */
export function cycleOn(certifiedOn: string, today: string): Cycle {
  let number = 1;
  let start = certifiedOn;
  while (addYears(start, CYCLE_YEARS) <= today && number < 100) {
    start = addYears(start, CYCLE_YEARS);
    number += 1;
  }
  return { start, end: dayBefore(addYears(start, CYCLE_YEARS)), number };
}

/** Whole days from `today` to the deadline; negative once it has passed. */
export function daysLeft(cycle: Cycle, today: string): number {
  return Math.round((Date.parse(`${cycle.end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface CategoryLedger {
  category: CetlCategory;
  entries: CetlEntry[];
  /** Hours earned before the cap. */
  earned: number;
  /** Hours that count: never more than the cap. */
  counted: number;
  /** Hours over the cap, which do not count this cycle. */
  overCap: number;
}

export interface Ledger {
  categories: CategoryLedger[];
  /** Hours that count toward the 60, capped categories included at their caps. */
  counted: number;
  /** Of `counted`, hours in categories whose rule CoSN has not confirmed. */
  toConfirm: number;
  needed: number;
  /** 0..1 */
  progress: number;
  /** Entries dated outside the cycle: listed, never counted. */
  outsideCycle: CetlEntry[];
}

function inCycle(entry: CetlEntry, cycle: Cycle | undefined): boolean {
  return !cycle || (entry.date >= cycle.start && entry.date <= cycle.end);
}

/** The cycle's ledger: each category's hours against its rule and cap, and the total toward 60. */
export function cetlLedger(entries: CetlEntry[], cycle?: Cycle): Ledger {
  let counted = 0;
  let toConfirm = 0;
  const categories = CETL_CATEGORIES.map((category): CategoryLedger => {
    const own = entries.filter((entry) => entry.categoryId === category.id && inCycle(entry, cycle));
    const earned = own.reduce((sum, entry) => sum + entryCredit(entry, category), 0);
    const capped = category.cap === undefined ? earned : Math.min(earned, hundredths(category.cap));
    counted += capped;
    if (category.rule.kind === 'unconfirmed') toConfirm += capped;
    const sorted = own.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    return { category, entries: sorted, earned: earned / HUNDREDTHS, counted: capped / HUNDREDTHS, overCap: (earned - capped) / HUNDREDTHS };
  });
  return {
    categories,
    counted: counted / HUNDREDTHS,
    toConfirm: toConfirm / HUNDREDTHS,
    needed: HOURS_NEEDED,
    progress: Math.min(1, counted / HUNDREDTHS / HOURS_NEEDED),
    outsideCycle: entries.filter((entry) => !inCycle(entry, cycle)),
  };
}
