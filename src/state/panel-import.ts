import type { FileLike } from '../lib/read-file-text.ts';
import * as repository from '../storage/panel-repository.ts';
import { fileReadContext } from './content-loader.ts';
import { createPanelStore } from './panel-store.ts';
import type { StoreScope } from './store-scope.ts';

type Handed = { ok: true; done: { message: string; roundId: string } } | { ok: false; message: string };

/**
 * The main Import screen hands the panel's own files to the panel: a round file opens the round for scoring
 * (a round already here that the file changes is left for the panel screen to ask about), a scorecard joins
 * its round on the chair's device. Undefined when the file is not a panel file at all.
 */
export async function handToPanel(scope: StoreScope, file: FileLike): Promise<Handed | undefined> {
  const { readPanelFile } = await import('../lib/panel-files.ts');
  const read = await readPanelFile(file, await fileReadContext());
  if (!read) return undefined;
  if (!read.ok) return { ok: false, message: read.message };
  const panel = scope.get(createPanelStore);
  const { file: content } = read;
  if (content.kind === 'round') {
    const outcome = await panel.openRoundFile(file);
    if (outcome.status === 'refused') return { ok: false, message: outcome.message };
    if (outcome.status === 'ask') {
      return {
        ok: false,
        message:
          `This is the hiring round for “${content.round.positionTitle}”, which is already on this device, and the file differs from it. ` +
          'Open the file under Hiring panels, “Open a round file from the chair”, to see what differs and choose whether to keep both or replace.',
      };
    }
    return { ok: true, done: { message: `This is the hiring round for “${content.round.positionTitle}”. It is on this device now.`, roundId: outcome.roundId } };
  }
  const roundId = content.kind === 'scorecard' ? content.roundId : content.archive.round.id;
  const stored = await repository.loadRound(roundId);
  if (content.kind === 'archive') {
    return stored
      ? { ok: true, done: { message: 'This is the archive of a hiring round already on this device; nothing was changed.', roundId } }
      : { ok: false, message: 'This is the archive of a hiring round, kept for the district’s records. It cannot be opened for scoring.' };
  }
  if (!stored?.ok) {
    return { ok: false, message: `This is a panelist’s scorecard for “${content.positionTitle || 'a hiring round'}”. Import it on the chair’s device, where that round was set up.` };
  }
  await panel.openRound(roundId);
  const [refused] = await panel.importScorecardFiles([file]);
  if (refused !== undefined) return { ok: false, message: refused };
  return { ok: true, done: { message: `The scorecard was brought into “${stored.round.positionTitle}”. The round page says what the import did.`, roundId } };
}
