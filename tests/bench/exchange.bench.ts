import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { bench, describe } from 'vitest';
import { exportFileText, readImportFile } from '../../src/lib/exchange-files.ts';
import { fileOf } from '../lib/file-like.ts';
import { fullyRated } from './fixtures.ts';

const NOW = '2026-11-23T12:00:00.000Z';
const one = fullyRated('full', '2026-01-01T00:00:00.000Z');
const fifty = Array.from({ length: 50 }, (_, i) => fullyRated(`a${i}`, new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), i));
const options = { kind: 'assessment' as const, includeNotes: true, now: NOW, appVersion: 'bench' };
const asFile = (text: string) => fileOf(text, 'bench.json');

const plainText = await exportFileText([one], options);
const backupText = await exportFileText(fifty, { ...options, kind: 'backup' });

describe('exchange: one assessment, every note 2,000 characters', () => {
  bench('export (JSON, with checksum)', async () => {
    await exportFileText([one], options);
  });
  bench('import (parse, checksum, validate)', async () => {
    const outcome = await readImportFile(asFile(plainText), { context: READ_CONTEXT });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
  });
});

describe('exchange: export everything, 50 assessments', () => {
  bench('export everything', async () => {
    await exportFileText(fifty, { ...options, kind: 'backup' });
  }, { iterations: 5 });
  bench('restore everything (read and validate)', async () => {
    const outcome = await readImportFile(asFile(backupText), { context: READ_CONTEXT });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
  }, { iterations: 5 });
});

describe('exchange: passphrase protection (PBKDF2 600,000 rounds + AES-GCM)', () => {
  bench('encrypted export of one assessment', async () => {
    await exportFileText([one], { ...options, passphrase: 'correct horse battery' });
  }, { iterations: 3 });
});
