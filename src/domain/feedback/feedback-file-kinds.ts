import { z } from 'zod/mini';
import type { FileKind } from '../files/envelope.ts';
import { badRecord, exportedAtOf } from '../files/envelope.ts';
import type { FileMessages } from '../files/file-messages.ts';
import { panelFileMessages } from '../files/file-messages.ts';
import type { RecordWords } from '../records/record-messages.ts';
import type { ReadContext } from '../records/meaning.ts';
import { editionOf, firstTooLate } from '../records/meaning.ts';
import type { FeedbackAsk, FeedbackResponse } from './feedback.ts';
import { ANONYMITY_THRESHOLD } from './feedback.ts';
import { checkAskMeaning, checkResponseMeaning, OTHER_THRESHOLD } from './feedback-meaning.ts';
import { ASK_WORDS, feedbackAskRecords, feedbackResponseRecords, MAX_COMMENT_LENGTH, RESPONSE_WORDS } from './feedback-records.ts';
import { writtenLength } from '../files/json-bounds.ts';

/** A feedback request: the leader sends it to colleagues, who open it with "Give feedback". */
export const FEEDBACK_REQUEST_FILE_TYPE = 'edtech-leader-feedback-request';
/** A colleague's answers to one request, sent back to the leader. */
export const FEEDBACK_RESPONSE_FILE_TYPE = 'edtech-leader-feedback-response';
export const FEEDBACK_FORMAT_VERSION = 1;
const MAX_FEEDBACK_FILE_BYTES = 2 * 1024 * 1024;

const feedbackFile = {
  formatVersion: FEEDBACK_FORMAT_VERSION,
  maxBytes: MAX_FEEDBACK_FILE_BYTES,
  // A response rating every indicator of an edition with a comment on every area is a few hundred entries.
  maxValues: 5_000,
  // A response's ratings stop at 500 indicators.
  maxItems: 500,
  // A comment on one area is the longest text.
  maxChars: writtenLength(MAX_COMMENT_LENGTH),
  // The record is checked in full after its checksum, by its codec and then against its edition.
  bodyShape: z.unknown(),
  canBeSealed: false,
} as const;

/** The panel files' short sentences, with what a feedback file is called where they would say "panel" or "assessment". */
function feedbackMessages(kind: { wrongType: string; damaged: string; words: RecordWords }): FileMessages {
  const { noun } = kind.words;
  return {
    ...panelFileMessages(kind),
    'too-big': ({ limit }) => `The file is too large (over ${limit / 1024 / 1024} MB) to be a ${noun}. Nothing was saved.`,
    'unknown-edition': ({ editionId }) =>
      `This ${noun} uses the framework edition “${editionId}”, which this version of the app does not have. Update the app (reload it while online), then open the file again. Nothing was saved.`,
  };
}

const requestMessages = feedbackMessages({
  wrongType: 'This is not a feedback request. Ask the technology leader for the file made with “Export the request”.',
  damaged: 'The feedback request is damaged:',
  words: ASK_WORDS,
});

/** A request promising raters another threshold than the app keeps, said as the promise it breaks. */
export const OTHER_THRESHOLD_MESSAGE = `This request promises raters a different anonymity threshold from the one this app keeps (a group’s answers are shown only when at least ${ANONYMITY_THRESHOLD} people in it answered), and a request file cannot change that promise. Ask the technology leader to export the request again from the app. Nothing was saved.`;

/** The request file, read against the editions this app has (2009 or 2019) and the moment it is read. */
export const feedbackRequestFile = (context: ReadContext): FileKind<FeedbackAsk> => ({
  ...feedbackFile,
  type: FEEDBACK_REQUEST_FILE_TYPE,
  body: 'request',
  readBody(body, envelope) {
    const read = feedbackAskRecords.read(body);
    if (!read.ok) return badRecord('request', read.error);
    const { editionId } = read.value.framework;
    const edition = editionOf(context, editionId);
    if (!edition) return { ok: false, problem: { code: 'unknown-edition', path: ['request', 'framework', 'editionId'], editionId } };
    const wrong = checkAskMeaning(read.value, edition, { exportedAt: exportedAtOf(envelope), now: context.now });
    return wrong ? badRecord('request', wrong) : read;
  },
  messages: {
    ...requestMessages,
    'bad-record': (problem) => (problem.record.code === 'invalid' && problem.record.reason === OTHER_THRESHOLD ? OTHER_THRESHOLD_MESSAGE : requestMessages['bad-record'](problem)),
  },
});

/**
 * A colleague's response file, read against the requests it may answer (each on its own edition). One that
 * answers none of them passes here and is refused by the import, which names the reason.
 */
export const feedbackResponseFile = (context: ReadContext, requests: readonly FeedbackAsk[]): FileKind<FeedbackResponse> => ({
  ...feedbackFile,
  type: FEEDBACK_RESPONSE_FILE_TYPE,
  body: 'response',
  readBody(body, envelope) {
    const read = feedbackResponseRecords.read(body);
    if (!read.ok) return badRecord('response', read.error);
    const bounds = { exportedAt: exportedAtOf(envelope), now: context.now };
    const ask = requests.find((request) => request.id === read.value.requestId);
    const edition = ask && editionOf(context, ask.framework.editionId);
    if (ask && !edition) return { ok: false, problem: { code: 'unknown-edition', path: ['response', 'requestId'], editionId: ask.framework.editionId } };
    const wrong = ask && edition ? checkResponseMeaning(read.value, ask, edition, bounds) : firstTooLate([[['submittedAt'], read.value.submittedAt]], bounds);
    return wrong ? badRecord('response', wrong) : read;
  },
  messages: feedbackMessages({
    wrongType: 'This is not a feedback response. Ask each colleague for the file made with “Export my feedback”.',
    damaged: 'The feedback response is damaged:',
    words: RESPONSE_WORDS,
  }),
});
