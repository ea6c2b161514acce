import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Assessment } from '../domain/assessment/assessment.ts';
import type { BackupExtras, ExportKind } from '../domain/exchange/exchange-format.ts';
import { markReceived, MAX_COMMENTS, mergeReview, reviewCommentsLeftOut } from '../domain/review/review.ts';
import type { FileLike } from '../lib/exchange-files.ts';
import { readImportFile } from '../lib/exchange-files.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { listAssessments, putAssessments } from '../storage/assessment-repository.ts';
import { restoreFeedbackAndCetl } from '../storage/feedback-repository.ts';
import { createAssessmentStore } from './assessment-store.ts';
import { fileReadContext } from './content-loader.ts';
import { errorMessage } from '../lib/error-message.ts';
import { noteTakenFromFile } from './backup-store.ts';
import { askForPersistenceOnce } from './persistence.ts';
import type { Handed } from './panel-import.ts';
import { handToPanel } from './panel-import.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';

export type ImportChoice = 'add' | 'merge-review' | 'keep-both' | 'replace';

export interface ImportItem {
  incoming: Assessment;
  local?: Assessment;
  choice: ImportChoice;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'needs-passphrase'; fileName: string; file: FileLike; problem?: string }
  | { phase: 'invalid'; fileName: string; message: string }
  | { phase: 'preview'; fileName: string; kind: ExportKind; exportedAt: string; items: ImportItem[]; extras: BackupExtras }
  | { phase: 'done'; message: string; openId?: string; isReceived?: boolean; roundId?: string; proposalCount?: number }
  /** The file was the panel's: the screen goes where the panel took it (the round's page, or the panel's question about a changed round). */
  | { phase: 'handed-to-panel'; roundId?: string };

/** What one file entry becomes on this device; a sent assessment arrives marked as received. */
function resolve(item: ImportItem, kind: ExportKind, fileName: string, now: string): Assessment {
  const received = (a: Assessment) => (kind === 'assessment' ? markReceived(a, fileName, now) : a);
  switch (item.choice) {
    case 'merge-review':
      return item.local ? mergeReview(item.local, item.incoming, now) : received(item.incoming);
    case 'replace':
      // Replacing one's own assessment keeps it one's own; replacing a received copy keeps it received.
      return item.local && !item.local.received ? { ...item.incoming, received: undefined } : received(item.incoming);
    case 'keep-both':
      return { ...received(item.incoming), id: newId(), title: `${item.incoming.title} (imported copy)` };
    case 'add':
      return received(item.incoming);
  }
}

/** Feedback follows its assessment to the id it has on this device (a copy kept beside one's own has a new id). */
function restoreExtras(extras: BackupExtras, items: ImportItem[], results: Assessment[]): Promise<void> {
  if (extras.feedback.length === 0 && !extras.cetl) return Promise.resolve();
  const ids = new Map(items.map((item, i) => [item.incoming.id, results[i]?.id ?? item.incoming.id]));
  const requests = extras.feedback.map((request) => ({ request, assessmentId: ids.get(request.assessmentId) ?? request.assessmentId }));
  return restoreFeedbackAndCetl(requests, extras.cetl);
}

/** What a backup holds besides assessments, each in a few words. */
export function extrasParts(extras: BackupExtras): string[] {
  const parts: string[] = [];
  const requests = extras.feedback.length;
  const responses = extras.feedback.reduce((sum, request) => sum + request.responses.length, 0);
  if (requests > 0) parts.push(`${requests} colleagues’ feedback ${requests === 1 ? 'request' : 'requests'} with ${responses} ${responses === 1 ? 'response' : 'responses'}`);
  if (extras.cetl) parts.push(`the CETL hours log (${extras.cetl.entries.length} ${extras.cetl.entries.length === 1 ? 'entry' : 'entries'})`);
  return parts;
}

function extrasSentence(extras: BackupExtras): string {
  const parts = extrasParts(extras);
  return parts.length > 0 ? ` Also restored: ${parts.join(' and ')}.` : '';
}

function panelPhase(handed: Handed, fileName: string): ImportState {
  switch (handed.status) {
    case 'round':
      return { phase: 'handed-to-panel', roundId: handed.roundId };
    case 'question':
      return { phase: 'handed-to-panel' };
    case 'done':
      return { phase: 'done', message: handed.message, roundId: handed.roundId };
    case 'refused':
      return { phase: 'invalid', fileName, message: handed.message };
  }
}

/** Reading an export or backup file, choosing what to do with each assessment in it, and writing them. */
export function createImportStore(scope: StoreScope) {
  const store = createStore<ImportState>()(() => ({ phase: 'idle' }));
  const { getState: get, setState: set } = store;

  /** Never leaves the screen on "Reading…": a storage that cannot be opened becomes a message with the way forward. */
  async function preview(file: FileLike, passphrase?: string): Promise<void> {
    try {
      await readAndPreview(file, passphrase);
    } catch (error) {
      // A storage error says what is wrong and what to try (a private window, an older tab, a full disk): no advice of our own on top.
      set({ phase: 'invalid', fileName: file.name, message: errorMessage(error, 'This browser’s storage could not be opened. Try again, or reload the page.') }, true);
    }
  }

  async function readAndPreview(file: FileLike, passphrase?: string): Promise<void> {
    set({ phase: 'reading', fileName: file.name }, true);
    const outcome = await readImportFile(file, { passphrase, context: await fileReadContext() });
    if (outcome.status === 'needs-passphrase') return set({ phase: 'needs-passphrase', fileName: file.name, file }, true);
    if (outcome.status === 'wrong-passphrase') {
      return set({ phase: 'needs-passphrase', fileName: file.name, file, problem: outcome.message }, true);
    }
    if (outcome.status === 'invalid' && outcome.problem.code === 'wrong-type') {
      const handed = await handToPanel(scope, file);
      if (handed) return set(panelPhase(handed, file.name), true);
    }
    if (outcome.status === 'invalid') return set({ phase: 'invalid', fileName: file.name, message: outcome.message }, true);

    const stored = await listAssessments();
    const locals = new Map(stored.flatMap((r) => (r.ok ? [[r.assessment.id, r.assessment] as const] : [])));
    const unreadableIds = new Set(stored.flatMap((r) => (r.ok ? [] : [r.id])));
    const items = outcome.assessments.map((incoming): ImportItem => {
      const local = locals.get(incoming.id);
      if (!local) return { incoming, choice: unreadableIds.has(incoming.id) ? 'keep-both' : 'add' };
      const isMineReviewed = outcome.kind === 'assessment' && !local.received;
      return { incoming, local, choice: isMineReviewed ? 'merge-review' : 'keep-both' };
    });
    const extras: BackupExtras = { feedback: outcome.feedback ?? [], ...(outcome.cetl ? { cetl: outcome.cetl } : {}) };
    set({ phase: 'preview', fileName: file.name, kind: outcome.kind, exportedAt: outcome.exportedAt, items, extras }, true);
  }

  function chooseImportFile(file: FileLike): Promise<void> {
    return preview(file);
  }

  function submitPassphrase(passphrase: string): Promise<void> {
    const state = get();
    if (state.phase !== 'needs-passphrase') return Promise.resolve();
    return preview(state.file, passphrase);
  }

  function setImportChoice(id: string, choice: ImportChoice): void {
    const state = get();
    if (state.phase !== 'preview') return;
    set({ items: state.items.map((item) => (item.incoming.id === id ? { ...item, choice } : item)) });
  }

  async function confirmImport(): Promise<void> {
    const state = get();
    if (state.phase !== 'preview') return;
    const now = nowIso();
    const results = state.items.map((item) => resolve(item, state.kind, state.fileName, now));
    try {
      await putAssessments(results);
      await restoreExtras(state.extras, state.items, results);
      scope.get(createAssessmentStore).closeAssessment();
      askForPersistenceOnce();
      // What came straight from the file is kept in it; a merge of comments into one's own copy is new.
      await noteTakenFromFile(results.filter((_, i) => state.items[i]?.choice !== 'merge-review'));
      const count = results.length;
      const merged = state.items.filter((i) => i.choice === 'merge-review').length;
      const proposalCount = results.reduce((n, a, i) => n + (state.items[i]?.choice === 'merge-review' ? Object.keys(a.importanceProposals ?? {}).length : 0), 0);
      const leftOut = state.items.reduce((n, i) => n + (i.choice === 'merge-review' && i.local ? reviewCommentsLeftOut(i.local, i.incoming) : 0), 0);
      const signedBy = results.flatMap((a, i) => (state.items[i]?.choice === 'merge-review' && a.reviewSignOff ? [a.reviewSignOff.name] : []));
      set(
        {
          phase: 'done',
          message:
            `Imported ${count} ${count === 1 ? 'assessment' : 'assessments'} from “${state.fileName}”.` +
            (merged > 0 ? ` The reviewer's comments were added to ${merged === 1 ? 'your assessment' : `${merged} of your assessments`}.` : '') +
            (leftOut > 0 ? ` ${leftOut === 1 ? 'One of the reviewer’s comments was' : `${leftOut} of the reviewer’s comments were`} not added: an assessment holds at most ${MAX_COMMENTS} comments.` : '') +
            extrasSentence(state.extras) +
            (signedBy.length > 0 ? ` Reviewed and signed off by ${[...new Set(signedBy)].join(', ')}.` : '') +
            (proposalCount > 0
              ? ` ${proposalCount === 1 ? 'One importance change is' : `${proposalCount} importance changes are`} proposed: nothing in your ranking moves until you accept or decline each, under Results.`
              : ''),
          openId: count === 1 ? results[0]?.id : undefined,
          // A received copy opens on its report's summary: what its reader came for.
          isReceived: count === 1 && Boolean(results[0]?.received),
          proposalCount,
        },
        true,
      );
    } catch (error) {
      set({ phase: 'invalid', fileName: state.fileName, message: `Nothing was imported. ${errorMessage(error, '')}`.trim() }, true);
    }
  }

  function resetImport(): void {
    set({ phase: 'idle' }, true);
  }

  return { store, chooseImportFile, submitPassphrase, setImportChoice, confirmImport, resetImport, reset: resetImport };
}

export type ImportStore = ReturnType<typeof createImportStore>;

export const useImportActions = (): ImportStore => useScopedStore(createImportStore);

export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(useImportActions().store, selector);
}
