import { describe, expect, it } from 'vitest';
import { capitalised, readerVoice } from '../../src/domain/review/reader-voice.ts';

const received = { at: '2026-09-01T10:00:00.000Z', fileName: 'fall.json' };

describe('readerVoice', () => {
  it.each([
    ['the author', { respondent: { name: 'Ada Lovelace', role: '', district: '' } }, { isOwner: true, subject: 'you', possessive: 'your' }],
    ['the reader of a received copy', { respondent: { name: ' Ada Lovelace ', role: '', district: '' }, received }, { isOwner: false, subject: 'Ada Lovelace', possessive: 'Ada Lovelace’s' }],
    ['the reader of a copy that names nobody', { respondent: { name: '  ', role: '', district: '' }, received }, { isOwner: false, subject: 'the author', possessive: 'the author’s' }],
  ])('speaks to %s', (_who, assessment, expected) => {
    expect(readerVoice(assessment)).toMatchObject(expected);
  });

  it('capitalises a sentence’s first word only', () => {
    expect(capitalised('the author’s plan')).toBe('The author’s plan');
    expect(capitalised('your plan')).toBe('Your plan');
  });
});
