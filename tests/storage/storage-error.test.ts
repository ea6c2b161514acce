import { describe, expect, it } from 'vitest';
import type { StorageProblem } from '../../src/storage/storage-error.ts';
import { StorageError, toStorageError } from '../../src/storage/storage-error.ts';

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['VersionError', 'newer-version'],
    ['SecurityError', 'unavailable'],
    ['InvalidStateError', 'unavailable'],
    ['DataCloneError', 'failed'],
    ['AbortError', 'failed'],
    ['UnknownError', 'failed'],
  ] satisfies [string, StorageProblem][])('turns a DOMException named %s into "%s", keeping it as the cause', (name, problem) => {
    const cause = new DOMException('from IndexedDB', name);
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.problem).toBe(problem);
    expect(error.cause).toBe(cause);
  });

  it('goes by name for plain errors too', () => {
    const cause = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(toStorageError(cause).problem).toBe('quota');
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('conflict');
    expect(toStorageError(original)).toBe(original);
  });

  it.each([['a string'], [undefined], [null], [42], [{ name: 42 }]])('turns %j into "failed"', (value) => {
    const error = toStorageError(value);
    expect(error.problem).toBe('failed');
    expect(error.cause).toBe(value);
  });

  it.each(['unavailable', 'newer-version', 'blocked', 'quota', 'conflict', 'failed'] satisfies StorageProblem[])(
    'explains "%s" in a sentence',
    (problem) => {
      const error = new StorageError(problem);
      expect(error.name).toBe('StorageError');
      expect(error).toBeInstanceOf(Error);
      expect(error.message.length).toBeGreaterThan(20);
    },
  );
});
