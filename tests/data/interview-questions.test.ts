import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { InterviewQuestion, InterviewQuestions } from '../../src/domain/panel/interview-questions-schema.ts';
import { LOOK_FOR_LEVEL_IDS, interviewQuestionsSchema, questionsFor } from '../../src/domain/panel/interview-questions-schema.ts';

const dataDir = join(import.meta.dirname, '../../framework-data');
const load = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

const raw = load('interview-questions.json');
const edition = frameworkSchema.parse(load('editions/cosn-cto-2009.json'));
const edition2019 = frameworkSchema.parse(load('editions/cosn-cto-2019.json'));
const areas = skillAreasOf(edition);
// Skill areas keep their ids across editions: the 2019 edition adds only Data Privacy and Security (DPS).
const allAreas = [...areas, ...skillAreasOf(edition2019).filter((area) => !areas.some((a) => a.id === area.id))];
const bank: InterviewQuestions = interviewQuestionsSchema.parse(raw);

const SKILL_AREA_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const CORE_VALUE_IDS = ['CV1', 'CV2', 'CV3', 'CV4', 'CV5'];

/** Messages of a failed parse, or [] when it passed. */
function problems(value: unknown): string[] {
  const result = interviewQuestionsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A fresh copy of the shipped bank, with one question changed. */
function withQuestion(index: number, change: Record<string, unknown>): unknown {
  const copy = structuredClone(raw) as { questions: Record<string, unknown>[] };
  copy.questions[index] = { ...copy.questions[index], ...change };
  return copy;
}

describe('interview-questions.json', () => {
  it('parses against the interview questions schema', () => {
    expect(problems(raw)).toEqual([]);
  });

  it('names the shipped edition and uses only its skill-area and core-value ids', () => {
    expect(bank.editionIds).toEqual([edition.id, edition2019.id]);
    const known = new Set(allAreas.map((area) => area.id));
    const unknown = bank.questions.filter((q) => !known.has(q.skillAreaId)).map((q) => `${q.id}: ${q.skillAreaId}`);
    expect(unknown).toEqual([]);
  });

  it.each(SKILL_AREA_IDS)('asks at least 3 questions, of both kinds, for skill area %s', (areaId) => {
    expect(areas.find((area) => area.id === areaId)?.kind).toBe('skillArea');
    const questions = questionsFor(bank, areaId);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.some((q) => q.kind === 'behavioural')).toBe(true);
    expect(questions.some((q) => q.kind === 'situational')).toBe(true);
  });

  it('asks at least 3 questions, of both kinds, for Data Privacy and Security, new in the 2019 edition', () => {
    const questions = questionsFor(bank, 'DPS');
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['behavioural', 'situational']));
  });

  it('asks at least 3 questions on AI, in the areas where the 2019 edition puts it', () => {
    const ai = bank.questions.filter((q) => q.topics?.includes('ai'));
    expect(ai.length).toBeGreaterThanOrEqual(3);
    expect(ai.every((q) => /\bAI\b/.test(q.text) || /voice message/.test(q.text))).toBe(true);
  });

  it('asks at least 2 questions for every core value', () => {
    const coreValues = areas.filter((area) => area.kind === 'coreValue');
    expect(coreValues.map((cv) => cv.id)).toEqual(CORE_VALUE_IDS);
    const thin = CORE_VALUE_IDS.filter((cvId) => questionsFor(bank, cvId).length < 2);
    expect(thin).toEqual([]);
  });

  it('describes every level in a single sentence per question', () => {
    const multi = bank.questions.flatMap((q) =>
      LOOK_FOR_LEVEL_IDS.filter((level) => !/^[^.!?]+[.]$/.test(q.lookFors[level] ?? '')).map((level) => `${q.id}.${level}`),
    );
    expect(multi).toEqual([]);
  });

  it('uses plain ASCII text throughout', () => {
    const text = readFileSync(join(dataDir, 'interview-questions.json'), 'utf8');
    expect([...text].filter((char) => char.charCodeAt(0) > 127)).toEqual([]);
  });
});

describe('interviewQuestionsSchema', () => {
  it('rejects a duplicate id, naming it', () => {
    const [first] = bank.questions;
    expect(problems(withQuestion(1, { id: first?.id }))).toEqual([`questions.1.id: duplicate id "${first?.id}"`]);
  });

  it('rejects a question missing a look-for level, naming the level', () => {
    const question = bank.questions[0];
    const { leading: _leading, ...lookFors } = question?.lookFors ?? {};
    expect(problems(withQuestion(0, { lookFors }))).toEqual([`questions.0.lookFors: question "${question?.id}" has no look-for for level "leading"`]);
  });

  it('rejects a look-for for a level the rubric does not have', () => {
    const question = bank.questions[0];
    const lookFors = { ...question?.lookFors, expert: 'Knows everything.' };
    expect(problems(withQuestion(0, { lookFors }))).toEqual([`questions.0.lookFors: question "${question?.id}" has a look-for for unknown level "expert"`]);
  });

  it.each([
    ['does not start with "iq-"', 'leadership-1'],
    ['is not kebab-case', 'iq-Leadership_1'],
    ['is only the prefix', 'iq-'],
  ])('rejects an id that %s', (_label, id) => {
    expect(problems(withQuestion(0, { id }))).toEqual(['questions.0.id: question ids are kebab-case and start with "iq-"']);
  });

  it.each([
    ['blank text', { text: '   ' }, 'questions.0.text: text must not be empty'],
    ['a blank look-for', { lookFors: { emerging: '', developing: 'a.', proficient: 'b.', leading: 'c.' } }, 'questions.0.lookFors.emerging: text must not be empty'],
  ])('rejects %s', (_label, change, message) => {
    expect(problems(withQuestion(0, change))).toEqual([message]);
  });

  it('rejects an unknown kind', () => {
    const found = problems(withQuestion(0, { kind: 'hypothetical' }));
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith('questions.0.kind: ')).toBe(true);
  });

  it('rejects a bank of another format version', () => {
    expect(problems({ ...(raw as object), formatVersion: 2 })).toEqual([expect.stringMatching(/^formatVersion: /)]);
  });
});

describe('questionsFor', () => {
  const question = (id: string, skillAreaId: string): InterviewQuestion => ({
    id,
    skillAreaId,
    kind: 'behavioural',
    text: `Question ${id}`,
    lookFors: { emerging: 'e.', developing: 'd.', proficient: 'p.', leading: 'l.' },
  });
  const small: InterviewQuestions = {
    formatVersion: 1,
    editionIds: ['cosn-cto-2009'],
    questions: [question('iq-2-b', '2'), question('iq-1-a', '1'), question('iq-2-a', '2'), question('iq-cv1-a', 'CV1'), question('iq-20-a', '20')],
  };

  it('returns the area questions in file order, without matching ids by prefix', () => {
    expect(questionsFor(small, '2').map((q) => q.id)).toEqual(['iq-2-b', 'iq-2-a']);
    expect(questionsFor(small, 'CV1').map((q) => q.id)).toEqual(['iq-cv1-a']);
  });

  it('returns an empty list for an area with no questions', () => {
    expect(questionsFor(small, '7')).toEqual([]);
  });

  it('keeps the shipped file order', () => {
    const ids = bank.questions.filter((q) => q.skillAreaId === '10').map((q) => q.id);
    expect(questionsFor(bank, '10').map((q) => q.id)).toEqual(ids);
    expect(ids).toEqual(['iq-10-a', 'iq-10-b', 'iq-10-c']);
  });
});
