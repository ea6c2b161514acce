import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';
import { MAX_NOTE_LENGTH } from '../../src/domain/assessment/assessment.ts';
import type { CorpusFile, Way } from './hostile-files.ts';
import { validFile } from './hostile-files.ts';

/**
 * The most work a file can ask of the app while staying inside every cap its kind has before parsing (bytes,
 * nesting, entries): for each way in, a file at the byte cap, one full of entries, and one with a list far
 * longer than the app allows, each with a valid checksum so every later step (parse, checksum, schema,
 * meaning) runs. What the 2 s at 4× CPU test chooses.
 */
type Json = Record<string, unknown>;

const MB = 1024 * 1024;
const EARLIER = '2025-01-05T09:00:00.000Z';
const INDICATORS = ['1A', '1B', '1C', '1D', '1E', '2A', '2B', '2C', '2D'];

interface Cap {
  body: string;
  bytes: number;
  values: number;
}

/** The caps each kind sets before parsing (exchange-format.ts, panel-file-kinds.ts, feedback-file-kinds.ts), less a little room. */
const CAPS: Record<Way, Cap> = {
  'assessment import': { body: 'payload', bytes: 20 * MB, values: 400_000 },
  'restore everything': { body: 'payload', bytes: 20 * MB, values: 400_000 },
  'review import': { body: 'payload', bytes: 20 * MB, values: 400_000 },
  'round file': { body: 'round', bytes: 5 * MB, values: 60_000 },
  'scorecard import': { body: 'scorecard', bytes: 5 * MB, values: 60_000 },
  'feedback request': { body: 'request', bytes: 2 * MB, values: 5_000 },
  'feedback response': { body: 'response', bytes: 2 * MB, values: 5_000 },
};

/** Room left under each cap for the rest of the file. */
const SPARE_BYTES = 64 * 1024;
const SPARE_VALUES = 400;

function recordOf(envelope: Json, body: string): Json {
  const inner = envelope[body] as Json;
  return body === 'payload' ? ((inner.assessments as Json[])[0] as Json) : inner;
}

async function resealed(envelope: Json, body: string): Promise<string> {
  envelope.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope[body])) };
  return JSON.stringify(envelope);
}

/** `count` items, each made by `item`, as many as the entries cap allows at `perItem` entries each. */
const filling = <T>(cap: Cap, perItem: number, item: (i: number) => T): T[] => Array.from({ length: Math.floor((cap.values - SPARE_VALUES) / perItem) }, (_, i) => item(i));

type Fill = [name: string, fill: (record: Json, cap: Cap, envelope: Json) => void];

/** A text field filled to the byte cap: the longest string the file can carry. */
const longest = (field: string): Fill => [`${field}-at-byte-cap`, (r, cap) => void (r[field] = 'x'.repeat(cap.bytes - SPARE_BYTES))];

/** As many texts of `length` characters as fit under the byte cap: the most text a file can carry, in pieces the app allows. */
const texts = (cap: Cap, length: number, most: number): string[] => Array.from({ length: Math.min(most, Math.floor((cap.bytes - SPARE_BYTES) / (length + 16))) }, (_, i) => `${i} ${'t'.repeat(length - 8)}`);

/** Every indicator of the shipped 2009 edition. */
const EVERY_INDICATOR = ['1A', '1B', '1C', '1D', '1E', '1F', '1G', '1H', '2A', '2B', '2C', '2D', '2E', '2F', '2G', '2H', '3A', '3B', '3C', '3D', '3E', '3F', '3G', '3H', '4A', '4B', '4C', '4D', '4E', '4F', '4G', '5A', '5B', '5C', '5D', '5E', '5F', '5G', '5H', '6A', '6B', '6C', '6D', '6E', '6F', '6G', '7A', '7B', '7C', '7D', '7E', '7F', '7G', '7H', '8A', '8B', '8C', '8D', '8E', '8F', '8G', '9A', '9B', '9C', '9D', '9E', '9F', '9G', '9H', '10A', '10B', '10C', '10D', '10E', '10F', '10G', '10H', 'CV1A', 'CV1B', 'CV1C', 'CV2A', 'CV2B', 'CV2C', 'CV3A', 'CV3B', 'CV3C', 'CV4A', 'CV4B', 'CV4C', 'CV5A', 'CV5B', 'CV5C'];

/**
 * Whole assessments, every indicator rated with an evidence note of the longest length the app allows, as many
 * as fit under the byte cap: a real, valid file, the heaviest one the app opens.
 */
const fullAssessments: Fill = [
  'full-notes-at-byte-cap',
  (r, cap, e) => {
    const answers = Object.fromEntries(EVERY_INDICATOR.map((id) => [id, { current: 'proficient', target: 'leading', note: texts(cap, MAX_NOTE_LENGTH, 1)[0] }]));
    const count = Math.floor((cap.bytes - SPARE_BYTES) / (EVERY_INDICATOR.length * (MAX_NOTE_LENGTH + 80)));
    (e.payload as Json).assessments = Array.from({ length: count }, (_, i) => ({ ...r, id: i === 0 ? r.id : `${String(r.id)}-${i}`, answers }));
  },
];

const FILLS: Record<Way, Fill[]> = {
  'assessment import': [
    longest('title'),
    fullAssessments,
    // Every comment has 6 entries and a comma: the longest list of comments within the entries cap.
    ['comments-at-entry-cap', (r, cap) => void (r.comments = filling(cap, 7, (i) => ({ id: `c${i}`, text: 'hi', author: 'X', authorRole: '', at: EARLIER })))],
    ['answers-at-entry-cap', (r, cap) => void (r.answers = Object.fromEntries(filling(cap, 2, (i) => [`i${i}`, {}])))],
    // As many whole assessments as fit: the largest file a careful reader would still accept, if the count allowed.
    ['assessments-at-entry-cap', (r, cap, e) => void ((e.payload as Json).assessments = filling(cap, 60, (i) => ({ ...r, id: `copy-${i}`, answers: Object.fromEntries(INDICATORS.map((id) => [id, { current: 'leading', target: 'leading', note: 'n' }])) })))],
  ],
  'restore everything': [
    longest('title'),
    fullAssessments,
    ['plan-at-entry-cap', (r, cap) => void (r.pdPlan = filling(cap, 9, (i) => ({ id: `p${i}`, title: 'x', goal: '', skillAreaIds: [], status: 'planned', evidence: '', createdAt: EARLIER })))],
    ['assessments-at-entry-cap', (r, cap, e) => void ((e.payload as Json).assessments = filling(cap, 60, (i) => ({ ...r, id: `copy-${i}`, answers: Object.fromEntries(INDICATORS.map((id) => [id, { current: 'leading', target: 'leading', note: 'n' }])) })))],
  ],
  'review import': [
    longest('title'),
    fullAssessments,
    ['comments-at-entry-cap', (r, cap) => void (r.comments = filling(cap, 7, (i) => ({ id: `c${i}`, text: 'hi', author: 'X', authorRole: '', at: EARLIER })))],
  ],
  'round file': [
    longest('positionTitle'),
    ['consensus-notes-at-byte-cap', (r, cap) => void (r.consensus = { 'corpus-1': Object.fromEntries(texts(cap, 20_000, 200).map((note, i) => [`a${i}`, { level: 'proficient', note, at: EARLIER }])) })],
    ['candidates-at-entry-cap', (r, cap) => void (r.candidates = filling(cap, 3, (i) => ({ id: `k${i}`, name: `Candidate ${i}` })))],
  ],
  'scorecard import': [
    ['scores-at-entry-cap', (r, cap) => void (r.scores = Object.fromEntries(filling(cap, 3, (i) => [`k${i}`, { '1': { level: 'leading' } }])))],
    ['notes-at-byte-cap', (r, cap) => void (r.scores = { 'corpus-1': Object.fromEntries(texts(cap, 20_000, 200).map((note, i) => [`a${i}`, { level: 'leading', note }])) })],
    ['note-at-byte-cap', (r, cap) => void (r.scores = { 'corpus-1': { '1': { level: 'leading', note: 'n'.repeat(cap.bytes - SPARE_BYTES) } } })],
  ],
  'feedback request': [
    longest('leaderName'),
    ['area-ids-at-byte-cap', (r, cap) => void (r.skillAreaIds = texts(cap, 4_000, 500))],
    ['areas-at-entry-cap', (r, cap) => void (r.skillAreaIds = filling(cap, 1, (i) => `a${i}`))],
  ],
  'feedback response': [
    ['comment-at-byte-cap', (r, cap) => void (r.comments = { '1': 'c'.repeat(cap.bytes - SPARE_BYTES) })],
    ['comments-at-byte-cap', (r, cap) => void (r.comments = Object.fromEntries(texts(cap, 4_000, 500).map((text, i) => [`a${i}`, text])))],
    ['ratings-at-entry-cap', (r, cap) => void (r.ratings = Object.fromEntries(filling(cap, 1, (i) => [`i${i}`, 'leading'])))],
  ],
};

/** Every worst-case file, each named `<way>--<fill>.json`. */
export async function worstCaseFiles(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const [way, fills] of Object.entries(FILLS) as [Way, Fill[]][]) {
    const cap = CAPS[way];
    for (const [name, fill] of fills) {
      const envelope = JSON.parse((await validFile(way)).content as string) as Json;
      fill(recordOf(envelope, cap.body), cap, envelope);
      files.push({ way, name: `${way.replace(/ /g, '-')}--${name}.json`, content: await resealed(envelope, cap.body) });
    }
  }
  return files;
}
