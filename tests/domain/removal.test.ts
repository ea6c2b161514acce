import { describe, expect, it } from 'vitest';
import type { Removal } from '../../src/domain/data/removal.ts';
import { describeRemoval } from '../../src/domain/data/removal.ts';

const none: Removal = { assessments: 0, rounds: 0, scorecards: 0, hasReviewer: false, settings: 0, caches: 0, browserKeys: 0 };

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
  ])('%o → %s', (removal, text) => {
    expect(describeRemoval({ ...none, ...removal })).toBe(text);
  });
});
