import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { createAssessment, writeNote } from '../../src/domain/assessment/assessment.ts';
import { createSaver } from '../../src/state/autosave.ts';
import { loadAssessment, saveAssessment } from '../../src/storage/assessment-repository.ts';
import { StorageError } from '../../src/storage/storage-error.ts';

interface Gate {
  open(): void;
  fail(error: unknown): void;
  promise: Promise<void>;
}

function gate(): Gate {
  let open!: () => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { open, fail, promise };
}

/** Lets every pending promise callback run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A real asynchronous store: each write waits for its gate, then the value is on "disk". */
function fakeDisk<T>() {
  const started: T[] = [];
  const written: T[] = [];
  const gates: Gate[] = [];
  const log: string[] = [];
  const errors: StorageError[] = [];

  async function write(value: T): Promise<void> {
    started.push(value);
    const g = gate();
    gates.push(g);
    await g.promise;
    written.push(value);
  }

  const events = {
    onSaving: () => log.push('saving'),
    onSaved: () => log.push('saved'),
    onError: (error: StorageError) => {
      errors.push(error);
      log.push(`error:${error.problem}`);
    },
  };

  function nth(index: number): Gate {
    const g = gates[index];
    if (!g) throw new Error(`write #${index + 1} was never started (started: ${JSON.stringify(started)})`);
    return g;
  }

  return {
    started,
    written,
    log,
    errors,
    saver: createSaver(write, events),
    /** Finishes write #index (0-based) and lets the saver react. */
    async finish(index: number): Promise<void> {
      nth(index).open();
      await settle();
    },
    async fail(index: number, error: unknown): Promise<void> {
      nth(index).fail(error);
      await settle();
    },
  };
}

describe('createSaver', () => {
  it('writes a single value once, reporting saving then saved', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    expect(disk.started).toEqual(['a']);
    expect(disk.log).toEqual(['saving']);
    await disk.finish(0);
    expect(disk.written).toEqual(['a']);
    expect(disk.log).toEqual(['saving', 'saved']);
  });

  it('starts every write at once, in order, without waiting for the one before', async () => {
    const disk = fakeDisk<number>();
    for (let i = 0; i < 5; i += 1) disk.saver.save(i);
    expect(disk.started).toEqual([0, 1, 2, 3, 4]);
    for (let i = 0; i < 5; i += 1) await disk.finish(i);
    expect(disk.written).toEqual([0, 1, 2, 3, 4]);
  });

  it('reports "saved" only when no write is still running', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    disk.saver.save('b');
    await disk.finish(0);
    expect(disk.log).toEqual(['saving', 'saving']);
    await disk.finish(1);
    expect(disk.log).toEqual(['saving', 'saving', 'saved']);
  });

  it('flush() resolves only after the last value is written', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    disk.saver.save('b');
    let isFlushed = false;
    const flushed = disk.saver.flush().then(() => {
      isFlushed = true;
    });

    await settle();
    expect(isFlushed).toBe(false);
    await disk.finish(0);
    expect(disk.written).toEqual(['a']);
    expect(isFlushed).toBe(false);
    await disk.finish(1);
    await flushed;
    expect(isFlushed).toBe(true);
    expect(disk.written).toEqual(['a', 'b']);
  });

  it('flush() also waits for a value saved while it was already waiting', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    let isFlushed = false;
    const flushed = disk.saver.flush().then(() => {
      isFlushed = true;
    });
    disk.saver.save('b');
    await disk.finish(0);
    expect(isFlushed).toBe(false);
    await disk.finish(1);
    await flushed;
    expect(disk.written).toEqual(['a', 'b']);
  });

  it('flush() with nothing to write resolves at once, writing nothing', async () => {
    const disk = fakeDisk<string>();
    await disk.saver.flush();
    expect(disk.started).toEqual([]);
    expect(disk.log).toEqual([]);
  });

  it('a failing write reports a StorageError, and the next save still writes', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    await disk.fail(0, new DOMException('disk full', 'QuotaExceededError'));

    expect(disk.written).toEqual([]);
    expect(disk.errors).toHaveLength(1);
    expect(disk.errors[0]).toBeInstanceOf(StorageError);
    expect(disk.errors[0]?.problem).toBe('quota');
    expect(disk.log).toEqual(['saving', 'error:quota']);

    disk.saver.save('b');
    await disk.finish(1);
    expect(disk.written).toEqual(['b']);
    expect(disk.log).toEqual(['saving', 'error:quota', 'saving', 'saved']);
  });

  it('a later write that lands clears an earlier failure, since it holds every change', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    disk.saver.save('b');
    await disk.fail(0, new Error('boom'));
    expect(disk.errors.map((e) => e.problem)).toEqual(['failed']);
    await disk.finish(1);
    expect(disk.written).toEqual(['b']);
    expect(disk.log).toEqual(['saving', 'saving', 'error:failed', 'saved']);
  });

  it('flush() resolves, not rejects, when the write fails', async () => {
    const disk = fakeDisk<string>();
    disk.saver.save('a');
    const flushed = disk.saver.flush();
    await disk.fail(0, new StorageError('conflict'));
    await expect(flushed).resolves.toBeUndefined();
    expect(disk.errors[0]?.problem).toBe('conflict');
  });
});

describe('createSaver with the real repository', () => {
  const NOW = '2024-05-01T12:00:00.000Z';

  function typing(count: number): Assessment[] {
    let a = createAssessment({ id: 'typed', title: 'Typing', framework: { editionId: 'cosn-cto-2009', dataVersion: 1 }, now: NOW });
    const versions = [a];
    for (let i = 1; i <= count; i += 1) {
      a = writeNote(a, '1A', 'x'.repeat(i), NOW);
      versions.push(a);
    }
    return versions;
  }

  async function onDisk(id: string): Promise<Assessment | undefined> {
    const result = await loadAssessment(id);
    return result?.ok ? result.assessment : undefined;
  }

  it('a burst of edits ends with the newest revision on disk and no error', async () => {
    const errors: StorageError[] = [];
    const saver = createSaver(saveAssessment, { onSaving() {}, onSaved() {}, onError: (e) => errors.push(e) });
    const versions = typing(100);
    for (const version of versions) saver.save(version);
    await saver.flush();

    expect(errors).toEqual([]);
    expect(await onDisk('typed')).toEqual(versions.at(-1));
    expect((await onDisk('typed'))?.revision).toBe(101);
  });
});
