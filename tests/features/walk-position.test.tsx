import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { loadLastSkillArea } from '../../src/storage/walk-position.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

/** Counts what IndexedDB is asked to put into each object store, while still putting it. */
function countPuts(): Map<string, number> {
  const counts = new Map<string, number>();
  const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    counts.set(this.name, (counts.get(this.name) ?? 0) + 1);
    return (put?.value as IDBObjectStore['put']).apply(this, args);
  });
  return counts;
}

describe('moving through the walk', () => {
  it('writes no assessment record and tells no other tab, yet resumes at the last area after a reload', async () => {
    const user = userEvent.setup();
    const assessment = await storedAssessment();
    renderApp(`/assessments/${assessment.id}/areas/1`);
    await screen.findByRole('heading', { level: 1, name: /^Skill area 1:/ });
    const puts = countPuts();
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel('edtech-leader-self-assessment:changes');
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);

    for (const area of ['2', '3', '4']) {
      await user.click(screen.getByRole('link', { name: /^Next:/ }));
      await screen.findByRole('heading', { level: 1, name: new RegExp(`^Skill area ${area}:`) });
    }
    await user.click(screen.getByRole('link', { name: /^← Previous:/ }));
    await screen.findByRole('heading', { level: 1, name: /^Skill area 3:/ });

    expect(await loadLastSkillArea(assessment.id)).toBe('3');
    expect(puts.get('assessments') ?? 0).toBe(0);
    vi.restoreAllMocks();
    await new Promise((resolve) => setTimeout(resolve, 50));
    otherTab.close();
    expect(heard).toEqual([]);
    // The record is as it was: no revision spent on moving around, so the backup reminder counts no work.
    const read = await loadAssessment(assessment.id);
    expect(read?.ok && read.assessment).toEqual(assessment);

    cleanup();
    renderApp(`/assessments/${assessment.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: /^Skill area 3:/ })).toBeInTheDocument();
  });
});
