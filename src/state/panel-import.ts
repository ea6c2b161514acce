import type { FileLike } from '../lib/read-file-text.ts';
import * as repository from '../storage/panel-repository.ts';
import { createPanelStore } from './panel-store.ts';
import type { StoreScope } from './store-scope.ts';

type Handed = { ok: true; done: { message: string; roundId: string } } | { ok: false; message: string };

/**
 * The main Import screen hands the panel's own files to the panel: a round file opens the round for scoring,
 * a scorecard joins its round on the chair's device. Undefined when the file is not a panel file at all.
 */
export async function handToPanel(scope: StoreScope, file: FileLike): Promise<Handed | undefined> {
  const { readPanelFile } = await import('../lib/panel-files.ts');
  const read = await readPanelFile(file);
  if (!read) return undefined;
  if (!read.ok) return { ok: false, message: read.message };
  const panel = scope.get(createPanelStore);
  const { file: content } = read;
  if (content.kind === 'round') {
    await panel.receiveRound(content.round);
    return { ok: true, done: { message: `This is the hiring round for “${content.round.positionTitle}”. It is on this device now.`, roundId: content.round.id } };
  }
  const roundId = content.kind === 'scorecard' ? content.scorecard.roundId : content.archive.round.id;
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
  await panel.mergeIncoming([file.name], [content.scorecard]);
  return { ok: true, done: { message: `The scorecard was brought into “${stored.round.positionTitle}”. The round page says what the import did.`, roundId } };
}
