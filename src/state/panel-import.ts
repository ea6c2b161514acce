import type { FileLike } from '../lib/read-file-text.ts';
import * as repository from '../storage/panel-repository.ts';
import { fileReadContext } from './content-loader.ts';
import { createPanelStore } from './panel-store.ts';
import type { StoreScope } from './store-scope.ts';

/**
 * Where the panel took a file: 'round' (the round's page: a round opened, or a scorecard brought into it,
 * the page saying what the import did), 'question' (the panel's keep both / replace / cancel choice, the file
 * already loaded), 'done' (nothing to open: an archive of a round already here), or refused with why.
 */
export type Handed =
  | { status: 'round'; roundId: string }
  | { status: 'question' }
  | { status: 'done'; message: string; roundId: string }
  | { status: 'refused'; message: string };

/**
 * The main Import screen hands the panel's own files to the panel's own flow, so nobody chooses a file twice:
 * a round file opens the round (or, for a stored round that differs, waits in the panel's question), a
 * scorecard joins its round on the chair's device. Undefined when the file is not a panel file at all.
 */
export async function handToPanel(scope: StoreScope, file: FileLike): Promise<Handed | undefined> {
  const { readPanelFile } = await import('../lib/panel-files.ts');
  const read = await readPanelFile(file, await fileReadContext());
  if (!read) return undefined;
  if (!read.ok) return { status: 'refused', message: read.message };
  const panel = scope.get(createPanelStore);
  const { file: content } = read;
  if (content.kind === 'round') {
    const outcome = await panel.openRoundFile(file);
    if (outcome.status === 'refused') return { status: 'refused', message: outcome.message };
    return outcome.status === 'ask' ? { status: 'question' } : { status: 'round', roundId: outcome.roundId };
  }
  const roundId = content.kind === 'scorecard' ? content.roundId : content.archive.round.id;
  const stored = await repository.loadRound(roundId);
  if (content.kind === 'archive') {
    return stored
      ? { status: 'done', message: 'This is the archive of a hiring round already on this device; nothing was changed.', roundId }
      : { status: 'refused', message: 'This is the archive of a hiring round, kept for the district’s records. It cannot be opened for scoring.' };
  }
  if (stored && !stored.ok) return { status: 'refused', message: `This is a panelist’s scorecard for a hiring round kept here that cannot be read: ${stored.problem}` };
  if (!stored) {
    return {
      status: 'refused',
      message: `This is a panelist’s scorecard for “${content.positionTitle || 'a hiring round'}”, and that round is not on this device. Import it on the chair’s device, where the round was set up.`,
    };
  }
  await panel.openRound(roundId);
  if (panel.store.getState().device) {
    return { status: 'refused', message: `This is a panelist’s scorecard for “${stored.round.positionTitle}”. This device scores for one panelist: import it on the chair’s device.` };
  }
  const [refused] = await panel.importScorecardFiles([file]);
  return refused === undefined ? { status: 'round', roundId } : { status: 'refused', message: refused };
}
