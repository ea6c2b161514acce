import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';

/** The rubric levels every question describes a look-for for, low to high. */
export const LOOK_FOR_LEVEL_IDS = ['emerging', 'developing', 'proficient', 'leading'] as const;

const IQ_ID_PATTERN = /^iq-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().check(z.regex(ID_PATTERN, 'ids are letters, digits, - and _'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

const questionSchema = z.object({
  id: z.string().check(z.regex(IQ_ID_PATTERN, 'question ids are kebab-case and start with "iq-"')),
  skillAreaId: id,
  kind: z.enum(['behavioural', 'situational']),
  text,
  lookFors: z.record(z.string(), text),
  /** Cross-cutting themes a question probes beyond its skill area; "ai" for artificial intelligence. */
  topics: z.optional(z.array(z.enum(['ai']))),
});

const bankShape = z.object({
  formatVersion: z.literal(1),
  editionIds: z.array(id).check(z.minLength(1)),
  questions: z.array(questionSchema).check(z.minLength(1)),
});

type BankShape = z.infer<typeof bankShape>;

interface Problem {
  message: string;
  path: (string | number)[];
}

const isLookForLevel = (key: string): boolean => LOOK_FOR_LEVEL_IDS.some((level) => level === key);

/** Cross-references a field schema cannot express: unique ids, a look-for for exactly the four levels. */
function checkIntegrity(bank: BankShape): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  bank.questions.forEach((question, index) => {
    const at = ['questions', index];
    if (seen.has(question.id)) problems.push({ message: `duplicate id "${question.id}"`, path: [...at, 'id'] });
    seen.add(question.id);
    for (const level of LOOK_FOR_LEVEL_IDS) {
      if (!Object.hasOwn(question.lookFors, level)) {
        problems.push({ message: `question "${question.id}" has no look-for for level "${level}"`, path: [...at, 'lookFors'] });
      }
    }
    for (const key of Object.keys(question.lookFors)) {
      if (!isLookForLevel(key)) {
        problems.push({ message: `question "${question.id}" has a look-for for unknown level "${key}"`, path: [...at, 'lookFors'] });
      }
    }
  });
  return problems;
}

export const interviewQuestionsSchema = bankShape.check(
  z.superRefine((bank, ctx) => {
    for (const { message, path } of checkIntegrity(bank)) ctx.addIssue({ code: 'custom', message, path, input: bank });
  }),
);

export type InterviewQuestions = z.infer<typeof interviewQuestionsSchema>;
export type InterviewQuestion = InterviewQuestions['questions'][number];
export type InterviewQuestionKind = InterviewQuestion['kind'];

/** The bank's questions for one skill area or core value, in file order. */
export function questionsFor(bank: InterviewQuestions, skillAreaId: string): InterviewQuestion[] {
  return bank.questions.filter((question) => question.skillAreaId === skillAreaId);
}
