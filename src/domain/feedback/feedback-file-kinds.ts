import { z } from 'zod/mini';
import type { FileKind } from '../files/envelope.ts';
import { panelFileMessages } from '../files/file-messages.ts';
import type { FeedbackAsk, FeedbackResponse } from './feedback.ts';
import { ASK_WORDS, feedbackAskRecords, feedbackResponseRecords, RESPONSE_WORDS } from './feedback-records.ts';

/** A feedback request: the leader sends it to colleagues, who open it with "Give feedback". */
export const FEEDBACK_REQUEST_FILE_TYPE = 'edtech-leader-feedback-request';
/** A colleague's answers to one request, sent back to the leader. */
export const FEEDBACK_RESPONSE_FILE_TYPE = 'edtech-leader-feedback-response';
export const FEEDBACK_FORMAT_VERSION = 1;
const MAX_FEEDBACK_FILE_BYTES = 2 * 1024 * 1024;

const feedbackFile = {
  formatVersion: FEEDBACK_FORMAT_VERSION,
  maxBytes: MAX_FEEDBACK_FILE_BYTES,
  // The record is checked in full after its checksum, by its codec.
  bodyShape: z.unknown(),
  canBeSealed: false,
} as const;

export const feedbackRequestFile: FileKind<FeedbackAsk> = {
  ...feedbackFile,
  type: FEEDBACK_REQUEST_FILE_TYPE,
  body: 'request',
  readBody(body) {
    const read = feedbackAskRecords.read(body);
    return read.ok ? read : { ok: false, problem: { code: 'bad-record', path: ['request'], record: read.error } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a feedback request. Ask the technology leader for the file made with “Export the request”.',
    damaged: 'The feedback request is damaged:',
    words: ASK_WORDS,
  }),
};

export const feedbackResponseFile: FileKind<FeedbackResponse> = {
  ...feedbackFile,
  type: FEEDBACK_RESPONSE_FILE_TYPE,
  body: 'response',
  readBody(body) {
    const read = feedbackResponseRecords.read(body);
    return read.ok ? read : { ok: false, problem: { code: 'bad-record', path: ['response'], record: read.error } };
  },
  messages: panelFileMessages({
    wrongType: 'This is not a feedback response. Ask each colleague for the file made with “Export my feedback”.',
    damaged: 'The feedback response is damaged:',
    words: RESPONSE_WORDS,
  }),
};
