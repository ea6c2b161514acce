import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/lib/exchange-files.ts';
import { readRoundFile, readScorecardFile } from '../../src/lib/panel-files.ts';
import { feedbackRequestsFor, importResponses, openRequestFile, saveRequest } from '../../src/state/feedback-actions.ts';
import { listFeedbackDrafts } from '../../src/storage/feedback-repository.ts';
import type { FileLike } from '../../src/lib/read-file-text.ts';
import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { fileOf } from '../lib/file-like.ts';
import type { CorpusFile } from './hostile-files.ts';
import { corpusFeedbackRequest, corpusRound, CORPUS_NOW, hostileCorpus, validFile, WAYS } from './hostile-files.ts';

/** The readers every way in uses, as the app calls them, at the moment the corpus was made. */
const context = { ...READ_CONTEXT, now: CORPUS_NOW };

interface Outcome {
  ok: boolean;
  message?: string;
  /** What the way in wrote to this device, counted after it ended. */
  written?: number;
}

/** A colleague opens the request: an accepted one is kept as their answers in progress. */
async function openRequest(chosen: FileLike): Promise<Outcome> {
  const opened = await openRequestFile(chosen);
  return { ...opened, written: (await listFeedbackDrafts()).length };
}

/** The leader imports a response to the request they sent: the import, not only the reader, decides. */
async function importResponse(chosen: FileLike, name: string): Promise<Outcome> {
  const request = corpusFeedbackRequest();
  await saveRequest(request);
  const result = await importResponses([request], [{ name, file: chosen }]);
  const stored = (await feedbackRequestsFor(request.assessmentId)).flatMap((read) => (read.ok ? read.request.responses : []));
  return { ok: result.added === 1, message: result.refused[0], written: stored.length };
}

async function read(file: CorpusFile): Promise<Outcome> {
  const chosen = fileOf(file.content, file.name);
  if (file.way === 'round file') return readRoundFile(chosen, context);
  if (file.way === 'scorecard import') return readScorecardFile(chosen, context, corpusRound());
  if (file.way === 'feedback request') return openRequest(chosen);
  if (file.way === 'feedback response') return importResponse(chosen, file.name);
  const outcome = await readImportFile(chosen, { context });
  return outcome.status === 'ok' ? { ok: true } : { ok: false, message: 'message' in outcome ? outcome.message : outcome.status };
}

describe('the hostile-file corpus', async () => {
  const corpus = await hostileCorpus();

  it('holds at least 250 files across every way in', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.map((f) => f.way))).toEqual(new Set(WAYS));
  });

  it.each(corpus.map((file) => [file.name, file] as const))('refuses %s with a message, writing nothing', async (_name, file) => {
    const result = await read(file);
    expect(result.ok).toBe(false);
    expect(result.message ?? '').toMatch(/\w.{20,}/);
    expect(result.written ?? 0).toBe(0);
    // A feedback file is named as one, never as a panel file or an assessment.
    if (file.way.startsWith('feedback')) expect(result.message).not.toMatch(/panel file|Assessment uses/);
  });

  it.each(WAYS)('still reads the valid %s file', async (way) => {
    const result = await read(await validFile(way));
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    if (way.startsWith('feedback')) expect(result.written).toBe(1);
  });
});
