import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';
import type { CetlCategoryId, CetlRecord } from './cetl.ts';
import { CETL_CATEGORY_IDS, MAX_CETL_ENTRIES } from './cetl.ts';

export const CETL_RECORD_VERSION = 1;
export const MAX_ENTRY_HOURS = 1000;

const key = z.string().check(z.regex(ID_PATTERN));
const day = z.iso.date();

export const cetlEntrySchema = z.object({
  id: key,
  date: day,
  categoryId: z.enum(CETL_CATEGORY_IDS as [CetlCategoryId, ...CetlCategoryId[]]),
  title: z.string().check(z.maxLength(500)),
  quantity: z.number().check(z.gt(0), z.lte(MAX_ENTRY_HOURS)),
  assessmentId: z.optional(key),
  planActionId: z.optional(key),
  skillAreaId: z.optional(key),
});

const cetlRecordSchema = z.object({
  recordVersion: z.literal(CETL_RECORD_VERSION),
  id: key,
  certifiedOn: z.optional(day),
  entries: z.array(cetlEntrySchema).check(z.maxLength(MAX_CETL_ENTRIES)),
  updatedAt: z.iso.datetime(),
});

/** The stored CETL ledger. No older versions yet: append a step to `migrations` when the shape changes. */
export const cetlRecords = defineRecord({ version: CETL_RECORD_VERSION, schema: cetlRecordSchema, migrations: [] });

export const CETL_WORDS: RecordWords = { aNoun: 'a CETL hours log', noun: 'CETL hours log', newerSubject: 'The CETL hours log' };

export function toCetlRecord(record: CetlRecord) {
  return cetlRecords.write(record);
}

export type CetlRead = { ok: true; record: CetlRecord } | { ok: false; problem: string };

export function readCetlRecord(raw: unknown): CetlRead {
  const read = cetlRecords.read(raw);
  return read.ok ? { ok: true, record: read.value } : { ok: false, problem: describeRecordProblem(read.error, CETL_WORDS) };
}
