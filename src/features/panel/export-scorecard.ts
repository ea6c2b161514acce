import type { HiringRound, Scorecard } from '../../domain/panel/panel.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { nowIso } from '../../lib/new-id.ts';

/** Saves a panelist's scorecard as the file the chair imports. */
export async function exportScorecard(round: HiringRound, card: Scorecard, name: string): Promise<void> {
  const { scorecardFileText } = await import('../../lib/panel-files.ts');
  downloadText(`scorecard-${fileSlug(round.positionTitle)}-${fileSlug(name)}.json`, await scorecardFileText(round, card, nowIso()), 'application/json');
}
