import { describe, expect, it } from 'vitest';
import type { Removal, StoredCounts } from '../../src/domain/data/removal.ts';
import { describeRemoval, describeStored, listedIn, NOTHING_STORED } from '../../src/domain/data/removal.ts';

const none: Removal = { ...NOTHING_STORED, caches: 0, browserKeys: 0 };

describe('describeRemoval', () => {
  it.each<[Partial<Removal>, string]>([
    [{}, 'There was nothing stored to remove.'],
    [{ assessments: 1 }, 'Removed 1 assessment.'],
    [
      { assessments: 3, rounds: 1, scorecards: 4, hasReviewer: true, caches: 2 },
      'Removed 3 assessments, 1 hiring round with 4 scorecards, your saved reviewer name and 2 offline caches.',
    ],
    [{ rounds: 2 }, 'Removed 2 hiring rounds.'],
    [{ scorecards: 1 }, 'Removed 1 scorecard.'],
    [{ assessments: 2, settings: 3 }, "Removed 2 assessments and the app's remembered settings."],
    [{ browserKeys: 1, caches: 1 }, "Removed the app's remembered settings and 1 offline cache."],
    [
      { assessments: 1, feedbackRequests: 2, feedbackResponses: 5, feedbackDrafts: 1, cetlEntries: 4 },
      'Removed 1 assessment, 2 feedback requests with 5 colleagues’ responses, 1 piece of feedback you are giving and 4 CETL log entries.',
    ],
    [{ feedbackRequests: 1 }, 'Removed 1 feedback request.'],
    [{ cetlEntries: 1 }, 'Removed 1 CETL log entry.'],
  ])('%o → %s', (removal, text) => {
    expect(describeRemoval({ ...none, ...removal })).toBe(text);
  });
});

describe('describeStored', () => {
  it.each<[Partial<StoredCounts>, string]>([
    [{ assessments: 2 }, 'This browser holds 2 assessments, 0 hiring rounds and 0 scorecards.'],
    [
      { assessments: 1, feedbackRequests: 1, feedbackResponses: 1, cetlEntries: 3 },
      'This browser holds 1 assessment, 0 hiring rounds, 0 scorecards, 1 feedback request with 1 colleague’s response and 3 CETL log entries.',
    ],
    [{ feedbackDrafts: 2 }, 'This browser holds 0 assessments, 0 hiring rounds, 0 scorecards and 2 pieces of feedback you are giving.'],
  ])('%o → %s', (counts, text) => {
    expect(describeStored({ ...NOTHING_STORED, ...counts })).toBe(text);
  });
});

describe('listedIn', () => {
  it.each<[unknown, number]>([
    [{ responses: [1, 2] }, 2],
    [{ responses: 'two' }, 0],
    [null, 0],
    ['text', 0],
    [{}, 0],
  ])('%o lists %i', (record, count) => {
    expect(listedIn(record, 'responses')).toBe(count);
  });
});
