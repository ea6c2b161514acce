import { z } from 'zod/mini';
import type { FileKind } from '../files/envelope.ts';
import { badRecord, exportedAtOf } from '../files/envelope.ts';
import type { ReadContext } from '../records/meaning.ts';
import { editionOf } from '../records/meaning.ts';
import type { RecordError } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { checkRoundMeaning, checkScorecardMeaning } from './panel-meaning.ts';
import { panelFileMessages } from '../files/file-messages.ts';
import type { HiringRound, Scorecard } from './panel.ts';
import { MAX_UNSUBMITTED_LINE, ROUND_WORDS, roundRecords, SCORECARD_WORDS, scorecardRecords } from './panel-records.ts';
import { writtenLength } from '../files/json-bounds.ts';

/** A round file: the chair sends it so every panelist scores the same candidates on the same areas. */
export const ROUND_FILE_TYPE = 'edtech-leader-hiring-round';
/** A scorecard file: one panelist's scores for one round, sent to the chair. */
export const SCORECARD_FILE_TYPE = 'edtech-leader-scorecard';
export const PANEL_FORMAT_VERSION = 1;
export const MAX_PANEL_FILE_BYTES = 5 * 1024 * 1024;

const panelFile = {
  formatVersion: PANEL_FORMAT_VERSION,
  maxBytes: MAX_PANEL_FILE_BYTES,
  // The largest round (100 candidates, every skill area scored with a note) stays well below this.
  maxValues: 60_000,
  // Skill areas, weights and each candidate's scores stop at 200; candidates at 100.
  maxItems: 200,
  // The list of who had not submitted when scoring closed is the longest text, just beyond a 20,000-character note.
  maxChars: writtenLength(MAX_UNSUBMITTED_LINE),
  // The record is checked in full after its checksum, by its codec.
  bodyShape: z.unknown(),
  canBeSealed: false,
} as const;

/** The round file, read against the editions this app has and the moment it is read. */
export const roundFile = (context: ReadContext): FileKind<HiringRound> => ({
  ...panelFile,
  type: ROUND_FILE_TYPE,
  body: 'round',
  readBody(body, envelope) {
    const read = roundRecords.read(body);
    if (!read.ok) return badRecord('round', read.error);
    const { editionId } = read.value.framework;
    const edition = editionOf(context, editionId);
    if (!edition) return { ok: false, problem: { code: 'unknown-edition', path: ['round', 'framework', 'editionId'], editionId } };
    const wrong = checkRoundMeaning(read.value, edition, { exportedAt: exportedAtOf(envelope), now: context.now });
    return wrong ? badRecord('round', wrong) : read;
  },
  messages: panelFileMessages({
    wrongType: 'This is not a hiring-round file. Ask the chair for the file from “Export the round for panelists”.',
    damaged: 'The hiring round in the file is damaged:',
    words: ROUND_WORDS,
  }),
});

export interface ScorecardFileContent {
  scorecard: Scorecard;
  /** The round's title as the panelist's file names it (outside the checksum: shown, never stored). */
  positionTitle: string;
}

function positionTitleOf(envelope: Record<string, unknown>): string {
  const round = envelope.round;
  if (typeof round !== 'object' || round === null || !('positionTitle' in round)) return '';
  return typeof round.positionTitle === 'string' ? round.positionTitle : '';
}

/** What every reading of a scorecard file shares: its type, where its record sits, and what a refusal says. */
const scorecardFileBase = {
  ...panelFile,
  type: SCORECARD_FILE_TYPE,
  body: 'scorecard',
  messages: panelFileMessages({
    wrongType: 'This is not a scorecard file from a panelist. Ask each panelist for the file from “Export scorecard”.',
    damaged: 'The scorecard is damaged:',
    words: SCORECARD_WORDS,
  }),
} as const;

/** A scorecard file, read against the round it is imported into (its edition from `context`). */
export const scorecardFile = (context: ReadContext, round: HiringRound): FileKind<ScorecardFileContent> => ({
  ...scorecardFileBase,
  readBody(body, envelope) {
    const read = scorecardRecords.read(body);
    if (!read.ok) return badRecord('scorecard', read.error);
    const edition = editionOf(context, round.framework.editionId);
    if (!edition) return { ok: false, problem: { code: 'unknown-edition', path: ['round', 'framework', 'editionId'], editionId: round.framework.editionId } };
    const wrong = checkScorecardMeaning(read.value, round, edition, { exportedAt: exportedAtOf(envelope), now: context.now });
    if (wrong) return badRecord('scorecard', wrong);
    return { ok: true, value: { scorecard: read.value, positionTitle: positionTitleOf(envelope) } };
  },
});

/** Which round a scorecard file is for, read by its record's shape only: the Import screen's way to find the round, which then reads the file in full. */
export const scorecardRoundFile: FileKind<{ roundId: string; positionTitle: string }> = {
  ...scorecardFileBase,
  readBody(body, envelope) {
    const read = scorecardRecords.read(body);
    if (!read.ok) return badRecord('scorecard', read.error);
    return { ok: true, value: { roundId: read.value.roundId, positionTitle: positionTitleOf(envelope) } };
  },
};

/** The district's copy of a round: the round as the chair holds it and every panelist's raw scorecard. */
export const ROUND_ARCHIVE_FILE_TYPE = 'edtech-leader-round-archive';

const ARCHIVE_WORDS: RecordWords = { aNoun: 'a round archive', noun: 'round archive', newerSubject: 'The round archive' };

export interface RoundArchive {
  round: HiringRound;
  scorecards: Scorecard[];
}

const archiveShape = z.object({ round: z.unknown(), scorecards: z.array(z.unknown()) });

/**
 * The round archive, read as strictly as a round file and each of its scorecards: the round against its
 * edition, every card for that round and one of its panelists, only once each.
 */
export const roundArchiveFile = (context: ReadContext): FileKind<RoundArchive> => ({
  ...panelFile,
  type: ROUND_ARCHIVE_FILE_TYPE,
  body: 'archive',
  // One round and a card per panelist: at most 30 scorecards of the largest round.
  maxBytes: 4 * MAX_PANEL_FILE_BYTES,
  maxValues: 400_000,
  bodyShape: archiveShape,
  readBody(body, envelope) {
    const shaped = archiveShape.safeParse(body);
    if (!shaped.success) return { ok: false, problem: { code: 'bad-envelope', path: ['archive'] } };
    const read = roundRecords.read(shaped.data.round);
    if (!read.ok) return badRecord('archive', { ...read.error, path: ['round', ...read.error.path] });
    const round = read.value;
    const edition = editionOf(context, round.framework.editionId);
    if (!edition) return { ok: false, problem: { code: 'unknown-edition', path: ['archive', 'round', 'framework', 'editionId'], editionId: round.framework.editionId } };
    const bounds = { exportedAt: exportedAtOf(envelope), now: context.now };
    const wrongRound = checkRoundMeaning(round, edition, bounds);
    if (wrongRound) return badRecord('archive', { ...wrongRound, path: ['round', ...wrongRound.path] });
    if (shaped.data.scorecards.length > round.panelists.length) {
      return badRecord('archive', { code: 'invalid', path: ['scorecards'], reason: 'holds more scorecards than the round has panelists' });
    }
    const scorecards: Scorecard[] = [];
    for (const [index, raw] of shaped.data.scorecards.entries()) {
      const at = (error: RecordError) => badRecord('archive', { ...error, path: ['scorecards', index, ...error.path] });
      const card = scorecardRecords.read(raw);
      if (!card.ok) return at(card.error);
      if (card.value.roundId !== round.id) return at({ code: 'unknown-ref', path: ['roundId'], what: 'round', value: card.value.roundId });
      if (!round.panelists.some((p) => p.id === card.value.panelistId)) {
        return at({ code: 'unknown-ref', path: ['panelistId'], what: 'panelist', value: card.value.panelistId, of: 'round' });
      }
      if (scorecards.some((c) => c.id === card.value.id)) return at({ code: 'invalid', path: ['id'], reason: 'repeats a scorecard already in the archive' });
      const wrongCard = checkScorecardMeaning(card.value, round, edition, bounds);
      if (wrongCard) return at(wrongCard);
      scorecards.push(card.value);
    }
    return { ok: true, value: { round, scorecards } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a round archive. The chair downloads it from the round’s decision packet.',
    damaged: 'The round archive is damaged:',
    words: ARCHIVE_WORDS,
  }),
});
