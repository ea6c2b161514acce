import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/lib/exchange-files.ts';
import { readRoundFile, readScorecardFile } from '../../src/lib/panel-files.ts';
import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { fileOf } from '../lib/file-like.ts';
import type { CorpusFile } from './hostile-files.ts';
import { corpusRound, CORPUS_NOW, hostileCorpus, validFile } from './hostile-files.ts';

/** The readers every way in uses, as the app calls them, at the moment the corpus was made. */
const context = { ...READ_CONTEXT, now: CORPUS_NOW };

async function read(file: CorpusFile): Promise<{ ok: boolean; message?: string }> {
  const chosen = fileOf(file.content, file.name);
  if (file.way === 'round file') return readRoundFile(chosen, context);
  if (file.way === 'scorecard import') return readScorecardFile(chosen, context, corpusRound());
  const outcome = await readImportFile(chosen, { context });
  return outcome.status === 'ok' ? { ok: true } : { ok: false, message: 'message' in outcome ? outcome.message : outcome.status };
}

describe('the hostile-file corpus', async () => {
  const corpus = await hostileCorpus();

  it('holds at least 150 files across all five ways in', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((f) => f.way)).size).toBe(5);
  });

  it.each(corpus.map((file) => [file.name, file] as const))('refuses %s with a message', async (_name, file) => {
    const result = await read(file);
    expect(result.ok).toBe(false);
    expect(result.message ?? '').toMatch(/\w.{20,}/);
  });

  it.each(['assessment import', 'restore everything', 'review import', 'round file', 'scorecard import'] as const)('still reads the valid %s file', async (way) => {
    expect(await read(await validFile(way))).toEqual(expect.objectContaining({ ok: true }));
  });
});
