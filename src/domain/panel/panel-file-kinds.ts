import { z } from 'zod/mini';
import type { FileKind } from '../files/envelope.ts';
import { panelFileMessages } from '../files/file-messages.ts';
import type { HiringRound, Scorecard } from './panel.ts';
import { ROUND_WORDS, roundRecords, SCORECARD_WORDS, scorecardRecords } from './panel-records.ts';

/** A round file: the chair sends it so every panelist scores the same candidates on the same areas. */
export const ROUND_FILE_TYPE = 'edtech-leader-hiring-round';
/** A scorecard file: one panelist's scores for one round, sent to the chair. */
export const SCORECARD_FILE_TYPE = 'edtech-leader-scorecard';
export const PANEL_FORMAT_VERSION = 1;
export const MAX_PANEL_FILE_BYTES = 5 * 1024 * 1024;

const panelFile = {
  formatVersion: PANEL_FORMAT_VERSION,
  maxBytes: MAX_PANEL_FILE_BYTES,
  // The record is checked in full after its checksum, by its codec.
  bodyShape: z.unknown(),
  canBeSealed: false,
} as const;

export const roundFile: FileKind<HiringRound> = {
  ...panelFile,
  type: ROUND_FILE_TYPE,
  body: 'round',
  readBody(body) {
    const read = roundRecords.read(body);
    return read.ok ? read : { ok: false, problem: { code: 'bad-record', path: ['round'], record: read.error } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a hiring-round file. Ask the chair for the file from “Export the round for panelists”.',
    damaged: 'The hiring round in the file is damaged:',
    words: ROUND_WORDS,
  }),
};

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

export const scorecardFile: FileKind<ScorecardFileContent> = {
  ...panelFile,
  type: SCORECARD_FILE_TYPE,
  body: 'scorecard',
  readBody(body, envelope) {
    const read = scorecardRecords.read(body);
    if (!read.ok) return { ok: false, problem: { code: 'bad-record', path: ['scorecard'], record: read.error } };
    return { ok: true, value: { scorecard: read.value, positionTitle: positionTitleOf(envelope) } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a scorecard file from a panelist. Ask each panelist for the file from “Export scorecard”.',
    damaged: 'The scorecard is damaged:',
    words: SCORECARD_WORDS,
  }),
};

/** The district's copy of a round: the round as the chair holds it and every panelist's raw scorecard. */
export const ROUND_ARCHIVE_FILE_TYPE = 'edtech-leader-round-archive';

export interface RoundArchive {
  round: HiringRound;
  scorecards: Scorecard[];
}

const archiveShape = z.object({ round: z.unknown(), scorecards: z.array(z.unknown()) });

export const roundArchiveFile: FileKind<RoundArchive> = {
  ...panelFile,
  type: ROUND_ARCHIVE_FILE_TYPE,
  body: 'archive',
  bodyShape: archiveShape,
  readBody(body) {
    const shaped = archiveShape.safeParse(body);
    if (!shaped.success) return { ok: false, problem: { code: 'bad-envelope', path: ['archive'] } };
    const round = roundRecords.read(shaped.data.round);
    if (!round.ok) return { ok: false, problem: { code: 'bad-record', path: ['archive', 'round'], record: round.error } };
    const scorecards: Scorecard[] = [];
    for (const [index, raw] of shaped.data.scorecards.entries()) {
      const card = scorecardRecords.read(raw);
      if (!card.ok) return { ok: false, problem: { code: 'bad-record', path: ['archive', 'scorecards', index], record: card.error } };
      scorecards.push(card.value);
    }
    return { ok: true, value: { round: round.value, scorecards } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a round archive. The chair downloads it from the round’s decision packet.',
    damaged: 'The round archive is damaged:',
    words: ROUND_WORDS,
  }),
};
