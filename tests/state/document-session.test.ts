import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import type { SessionStorage, SessionView } from '../../src/state/document-session.ts';
import { openDocumentSession } from '../../src/state/document-session.ts';
import { insertAssessment, loadAssessment, saveAssessment } from '../../src/storage/assessment-repository.ts';
import { makeAssessment } from '../builders/assessment.ts';

const NOW = '2024-05-01T12:00:00.000Z';

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Once the screen has drawn what was edited, and the task after that frame has run. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Storage whose writes each wait for the test to let them land or fail, so the order can be watched. */
function gatedDisk() {
  const started: number[] = [];
  const gates: { open: () => void; fail: (error: unknown) => void }[] = [];
  const storage: SessionStorage<Assessment> = {
    read: () => Promise.resolve({ status: 'missing' }),
    write: (doc) =>
      new Promise<void>((open, fail) => {
        started.push(doc.revision);
        gates.push({ open, fail });
      }),
  };
  const gate = (n: number) => gates[n] ?? { open: () => undefined, fail: () => undefined };
  return { started, storage, land: async (n: number) => (gate(n).open(), settle()), fail: async (n: number, e: unknown) => (gate(n).fail(e), settle()) };
}

function typing(from: Assessment, count: number): Assessment[] {
  const versions: Assessment[] = [];
  let a = from;
  for (let i = 1; i <= count; i += 1) versions.push((a = writeNote(a, '1A', 'x'.repeat(i), NOW)));
  return versions;
}

describe('document session: saving once the screen has drawn the edit', () => {
  it('writes a burst made before the frame as one write, after it, and later edits as later writes in order, none waiting for the one before', async () => {
    const disk = gatedDisk();
    const views: string[] = [];
    const session = openDocumentSession(makeAssessment(), disk.storage, (v) => views.push(v.saveState));
    const edits = typing(makeAssessment(), 5);
    for (const edit of edits.slice(0, 3)) session.edit(edit);
    expect(disk.started).toEqual([]);
    expect(session.view()).toMatchObject({ doc: edits[2], saveState: 'saving' });

    await afterPaint();
    expect(disk.started).toEqual([4]);
    session.edit(edits[3] as Assessment);
    await afterPaint();
    session.edit(edits[4] as Assessment);
    await afterPaint();
    expect(disk.started).toEqual([4, 5, 6]);

    await disk.land(0);
    await disk.land(1);
    expect(session.view().saveState).toBe('saving');
    await disk.land(2);
    expect(session.view().saveState).toBe('saved');
    expect(views.at(-1)).toBe('saved');
  });

  it('starts the waiting write at once when a read asks, or when the page is hidden or closed', () => {
    const disk = gatedDisk();
    const session = openDocumentSession(makeAssessment(), disk.storage, () => undefined);
    const [first, second] = typing(makeAssessment(), 2);
    session.edit(first as Assessment);
    void session.loadNewest();
    expect(disk.started).toEqual([2]);

    session.edit(second as Assessment);
    dispatchEvent(new Event('pagehide'));
    expect(disk.started).toEqual([2, 3]);
  });

  it('writes what is waiting when the document is closed', () => {
    const disk = gatedDisk();
    const session = openDocumentSession(makeAssessment(), disk.storage, () => undefined);
    const [first] = typing(makeAssessment(), 1);
    session.edit(first as Assessment);
    session.close();
    expect(disk.started).toEqual([2]);
  });

  it('says a failed write plainly, keeps the edit on screen, and the next edit saves everything', async () => {
    const disk = gatedDisk();
    const session = openDocumentSession(makeAssessment(), disk.storage, () => undefined);
    const [first, second] = typing(makeAssessment(), 2);
    session.edit(first as Assessment);
    await afterPaint();
    await disk.fail(0, new DOMException('full', 'QuotaExceededError'));
    expect(session.view()).toMatchObject({ doc: first, saveState: 'failed', saveProblem: expect.stringMatching(/run out of storage space/) as unknown });

    session.edit(second as Assessment);
    await afterPaint();
    await disk.land(1);
    expect(session.view()).toMatchObject({ doc: second, saveState: 'saved', saveProblem: undefined });
  });

  it('a later write that lands clears an earlier failure, since it holds every change', async () => {
    const disk = gatedDisk();
    const session = openDocumentSession(makeAssessment(), disk.storage, () => undefined);
    for (const edit of typing(makeAssessment(), 2)) {
      session.edit(edit);
      await afterPaint();
    }
    await disk.fail(0, new Error('boom'));
    expect(session.view().saveState).toBe('failed');
    await disk.land(1);
    expect(session.view().saveState).toBe('saved');
  });
});

describe('document session with the real repository', () => {
  const storageOf = (id: string): SessionStorage<Assessment> => ({
    async read() {
      const read = await loadAssessment(id);
      return read?.ok ? { status: 'found', doc: read.assessment } : { status: 'missing' };
    },
    write: (doc, expected) => saveAssessment(doc, expected),
  });

  it('a burst of 100 edits ends with the newest revision on disk, each write accepted after its own earlier ones', async () => {
    const start = makeAssessment();
    await insertAssessment(start);
    let view: SessionView<Assessment> | undefined;
    const session = openDocumentSession(start, storageOf(start.id), (v) => (view = v));
    const edits = typing(start, 100);
    for (const edit of edits) session.edit(edit);

    // The read waits for every write already started: no flush needed.
    expect(await loadAssessment(start.id)).toEqual({ ok: true, assessment: edits.at(-1) });
    await settle();
    expect(view).toMatchObject({ saveState: 'saved', saveProblem: undefined });
  });

  it('a note typed and taken back while its writes are on their way is stored as it ends, not as it was midway', async () => {
    const start = writeNote(makeAssessment(), '1A', 'Board minutes', NOW);
    await insertAssessment(start);
    const session = openDocumentSession(start, storageOf(start.id), () => undefined);
    const longer = writeNote(start, '1A', 'Board minutes.', NOW);
    const back = writeNote(longer, '1A', 'Board minutes', NOW);
    session.edit(longer);
    session.edit(back);
    expect(await loadAssessment(start.id)).toEqual({ ok: true, assessment: back });
  });

  it.each([
    { name: 'a stored assessment', isStored: true },
    { name: 'a new assessment not stored yet', isStored: false },
  ])('$name: a write the disk refused leaves its note to the next edit, which saves it with its own change', async ({ isStored }) => {
    const start = makeAssessment();
    if (isStored) await insertAssessment(start);
    let onFailed = () => undefined as void;
    const failed = new Promise<void>((resolve) => (onFailed = resolve));
    const session = openDocumentSession(start, storageOf(start.id), (v) => v.saveState === 'failed' && onFailed(), { isStored });
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    const noted = writeNote(start, '1A', 'Written while the disk was full.', NOW);
    session.edit(noted);
    await failed;
    expect(session.view().saveState).toBe('failed');
    full.mockRestore();

    const rated = rateIndicator(noted, '2A', 'leading', NOW);
    session.edit(rated);
    expect(await loadAssessment(start.id)).toEqual({ ok: true, assessment: rated });
  });

  it('after another tab’s write, refuses to overwrite it, keeps typing on screen unsaved, and starts again from the newest copy', async () => {
    const start = makeAssessment();
    await insertAssessment(start);
    const session = openDocumentSession(start, storageOf(start.id), () => undefined);
    const theirs = writeNote(start, '2A', 'Their note.', NOW);
    await saveAssessment(theirs);

    const [mine, more] = typing(start, 2);
    session.edit(mine as Assessment);
    await loadAssessment(start.id);
    await settle();
    expect(session.view()).toMatchObject({ doc: mine, saveState: 'conflict' });
    session.edit(more as Assessment);
    expect(session.view()).toMatchObject({ doc: more, saveState: 'conflict' });
    expect(await loadAssessment(start.id)).toEqual({ ok: true, assessment: theirs });

    await session.loadNewest();
    expect(session.view()).toMatchObject({ doc: theirs, saveState: 'saved' });
    expect(session.base()).toEqual(theirs);
    const next = writeNote(theirs, '1A', 'Now saved.', NOW);
    session.edit(next);
    expect(await loadAssessment(start.id)).toEqual({ ok: true, assessment: next });
  });
});
