import type { RecordError } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem, pathText, recordDetail } from '../records/record-messages.ts';
import type { FileProblem, FileProblemCode } from './file-problem.ts';

/**
 * Every sentence a refused file can get, in one place. A file kind picks one table; a caller turns a
 * problem into words with describeFileProblem and never reads the words back.
 */
export type FileMessages = { [C in FileProblemCode]: (problem: FileProblem<C>) => string };

export function describeFileProblem<C extends FileProblemCode>(problem: FileProblem<C>, messages: FileMessages): string {
  const describe: (problem: FileProblem<C>) => string = messages[problem.code];
  return describe(problem);
}

const APP = 'EdTech Leader Self-Assessment';
const CHOOSE = `Choose the .json file made with “Export” in ${APP}.`;
const AGAIN = 'Ask for the file again, or export it again.';
const NOTHING = `Nothing was imported. ${AGAIN}`;
const UPDATE = 'update the app (reload it while online), then import the file again';

/** Sentences shared by every kind of file, kept as constants so tests can name them. */
export const MESSAGES = {
  empty: `The file is empty. ${CHOOSE}`,
  pdf: `This is a PDF. PDFs are for reading and printing; the app cannot import them. ${CHOOSE}`,
  csv: `This is not an export file from ${APP}: it looks like a CSV file. CSV exports are for spreadsheets and cannot be imported. ${CHOOSE}`,
  notOurs: `This is not an export file from ${APP}. ${CHOOSE}`,
  notText: `The app cannot read this file’s text: it is not UTF-8 (nor UTF-16 with a byte order mark), or it is not a text file at all. If it was opened and saved in another program, ask for the file again, or export it again.`,
  truncated: 'The file is incomplete or damaged: it ends too early or has been edited. Ask for the file again, or export it again.',
  otherJson: `This is a JSON file, but not one exported by ${APP}. ${CHOOSE}`,
  newer: `This file was made by a newer version of the app; ${UPDATE}.`,
  unreadable: 'The file could not be read. Check that it is still where it was (not on a removed drive), then try again.',
  changed: `This file was changed or damaged after it was exported, so it cannot be trusted. ${NOTHING}`,
  sealedDamaged: `The protected file is damaged and cannot be opened. ${AGAIN}`,
} as const;

/** Files of this app that are not assessments, by type: what each is and where it opens instead. */
const OTHER_APP_FILES: Record<string, string> = {
  'edtech-leader-feedback-request': `This is a feedback request, not an assessment: a colleague opens it with “Give feedback to a colleague” on the home screen. Nothing was imported.`,
  'edtech-leader-feedback-response': `This is a colleague’s feedback response, not an assessment: import it on the assessment’s Feedback screen. Nothing was imported.`,
};

function damaged(where: string): string {
  return `The file says it comes from ${APP}, but part of it is missing or damaged (${where}). ${AGAIN}`;
}

function quoted(title: string | undefined): string {
  if (title === undefined || title.trim() === '') return '';
  const short = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return ` “${short}”`;
}

/** What is too large in a file refused before it is parsed, and where when it is one list. */
function tooComplexPart(what: FileProblem<'too-complex'>['what'], limit: number, path: FileProblem['path']): string {
  const count = limit.toLocaleString('en-US');
  if (what === 'depth') return `data nested more than ${limit} levels deep`;
  if (what === 'values') return `more than ${count} entries`;
  if (what === 'text') return `a text longer than ${count} characters (${pathText(path, 'the whole file')})`;
  return `a list of more than ${count} entries (${pathText(path, 'the whole file')})`;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Assessment exports, backups ("Export everything") and reviewed files: one format, one table. */
export function exchangeFileMessages(words: RecordWords): FileMessages {
  return {
    'too-big': ({ size, limit }) =>
      `This file is ${megabytes(size).toFixed(1)} MB, more than the ${megabytes(limit)} MB the app can import. Check that it is an export file from this app.`,
    unreadable: () => MESSAGES.unreadable,
    'not-text': () => MESSAGES.notText,
    empty: () => MESSAGES.empty,
    pdf: () => MESSAGES.pdf,
    csv: () => MESSAGES.csv,
    'not-json': () => MESSAGES.notOurs,
    truncated: () => MESSAGES.truncated,
    'too-complex': ({ what, limit, path }) => `This file holds ${tooComplexPart(what, limit, path)}, more than any file this app makes, so it was not opened. ${NOTHING}`,
    'unsafe-key': ({ path }) => damaged(`${pathText(path)} is not allowed`),
    'wrong-type': ({ foundType }) => (foundType !== undefined && Object.hasOwn(OTHER_APP_FILES, foundType) ? OTHER_APP_FILES[foundType] : undefined) ?? MESSAGES.otherJson,
    'newer-format': () => MESSAGES.newer,
    'bad-envelope': ({ path }) => damaged(`${pathText(path, 'envelope')} is not valid`),
    'checksum-mismatch': () => MESSAGES.changed,
    'sealed-damaged': () => MESSAGES.sealedDamaged,
    'bad-record': ({ record, title, position, subject }) => {
      const which = subject ?? `Assessment ${position ? `${position.index + 1} of ${position.count}` : ''}${quoted(title)}`;
      if (record.code === 'newer-version') return `${which} was made by a newer version of the app; ${UPDATE}. Nothing was imported.`;
      return `${which} in this file is damaged (${recordDetail(record, words)}). ${NOTHING}`;
    },
    'unknown-edition': ({ editionId, title }) =>
      `Assessment${quoted(title)} uses the framework edition “${editionId}”, which this version of the app does not have. Update the app (reload it while online), then import the file again. Nothing was imported.`,
    'duplicate-record': ({ id, title, subject }) => `The file holds ${subject ?? `the assessment${quoted(title)}`} more than once (id ${id}). ${NOTHING}`,
    'no-records': () => `The file holds no assessment. ${NOTHING}`,
  };
}

const PANEL_CHANGED = 'The file was changed or damaged after it was exported. Ask for it to be exported again.';

/**
 * Round and scorecard files: shorter sentences, the same for both kinds except what the file should have
 * been and what its record is called.
 */
export function panelFileMessages(kind: { wrongType: string; damaged: string; words: RecordWords }): FileMessages {
  return {
    ...exchangeFileMessages(kind.words),
    'too-big': ({ limit }) => `The file is too large (over ${megabytes(limit)} MB) to be a panel file.`,
    unreadable: () => 'The file could not be read.',
    // A panel file is never a spreadsheet, so a CSV is simply not ours.
    csv: () => MESSAGES.notOurs,
    'unsafe-key': () => 'The file holds data that is not allowed (a "__proto__" key). It was not imported.',
    'wrong-type': () => kind.wrongType,
    'bad-envelope': ({ path }) => (path[0] === 'formatVersion' ? 'The file is damaged: it does not say which format it is in.' : PANEL_CHANGED),
    'checksum-mismatch': () => PANEL_CHANGED,
    'bad-record': ({ record }: { record: RecordError }) => `${kind.damaged} ${describeRecordProblem(record, kind.words)}`,
  };
}
