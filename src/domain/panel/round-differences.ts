import type { HiringRound } from './panel.ts';

function listed(names: string[]): string {
  const shown = names.slice(0, 5).map((name) => `“${name}”`);
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return shown.join(', ') + more;
}

function changes<T extends { id: string; name: string }>(stored: T[], incoming: T[], noun: string): string[] {
  const added = incoming.filter((p) => !stored.some((s) => s.id === p.id)).map((p) => p.name);
  const removed = stored.filter((s) => !incoming.some((p) => p.id === s.id)).map((s) => s.name);
  const renamed = incoming.filter((p) => stored.some((s) => s.id === p.id && s.name !== p.name)).map((p) => p.name);
  return [
    ...(added.length > 0 ? [`The file adds ${noun}: ${listed(added)}.`] : []),
    ...(removed.length > 0 ? [`The file leaves out ${noun} kept here: ${listed(removed)}.`] : []),
    ...(renamed.length > 0 ? [`The file renames ${noun}: ${listed(renamed)}.`] : []),
  ];
}

/** The edition by the name people know it by; its content version only when that is all that differs. */
function frameworkDifference(stored: HiringRound['framework'], incoming: HiringRound['framework'], editionName: (editionId: string) => string): string[] {
  if (stored.editionId !== incoming.editionId) return [`Framework: ${editionName(incoming.editionId)} in the file, ${editionName(stored.editionId)} here.`];
  if (stored.dataVersion !== incoming.dataVersion) {
    return [`Framework: ${editionName(incoming.editionId)}, content version ${incoming.dataVersion} in the file and ${stored.dataVersion} here.`];
  }
  return [];
}

/**
 * What a round file would change in the round of the same id already stored, in sentences for the person
 * choosing whether to replace it. Empty when the two are the same round, unchanged. `editionName` names an edition
 * ("the December 2019 edition") for the sentence about the framework.
 */
export function roundDifferences(stored: HiringRound, incoming: HiringRound, editionName: (editionId: string) => string = (id) => id): string[] {
  const text = (label: string, a: string, b: string) => (a === b ? [] : [`${label}: “${b}” in the file, “${a}” here.`]);
  const areas = (round: HiringRound) => round.skillAreaIds.map((id) => `${id}×${round.weights[id] ?? 1}`).join(', ');
  return [
    ...text('Position', stored.positionTitle, incoming.positionTitle),
    ...text('District', stored.district, incoming.district),
    ...changes(stored.candidates, incoming.candidates, 'candidates'),
    ...changes(stored.panelists, incoming.panelists, 'panelists'),
    ...(areas(stored) === areas(incoming) ? [] : [`Skill areas and weights: ${areas(incoming) || 'none'} in the file, ${areas(stored) || 'none'} here.`]),
    ...frameworkDifference(stored.framework, incoming.framework, editionName),
    ...text('Why the areas count unequally', stored.weightReason ?? '', incoming.weightReason ?? ''),
    ...(stored.candidates.some((c) => incoming.candidates.some((i) => i.id === c.id && (i.interviewOn ?? '') !== (c.interviewOn ?? '')))
      ? ['The interview dates differ between the file and this device.']
      : []),
    ...same('The panel’s own questions differ', (round) => round.customQuestions ?? {}),
    ...same('The chair’s consensus scores differ', (round) => round.consensus ?? {}),
    ...same('The chair’s recommendation differs', (round) => round.recommendation ?? {}),
    ...same('Whether scoring was closed early differs', (round) => round.scoringClosed ?? {}),
  ];
  function same(sentence: string, part: (round: HiringRound) => unknown): string[] {
    return JSON.stringify(part(stored)) === JSON.stringify(part(incoming)) ? [] : [`${sentence} between the file and this device.`];
  }
}
