import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { roundFileText } from '../../src/lib/panel-files.ts';
import { loadPanelistDevice } from '../../src/storage/panel-device.ts';
import { listRounds } from '../../src/storage/panel-repository.ts';
import { buildRound } from '../builders/panel.ts';
import { renderApp } from './render-app.tsx';

const EXPORTED = '2024-05-02T09:00:00.000Z';
const round = buildRound();

/** A file as chosen in the browser; jsdom's File cannot give its bytes, so they are given here. */
async function roundFile(): Promise<File> {
  const bytes = new TextEncoder().encode(await roundFileText(round, EXPORTED));
  const file = new File([bytes], 'round.json', { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

/** The disk fills on the first put into `store`, as a full disk refuses a write. */
function fullDiskOn(store: 'rounds' | 'meta'): void {
  const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return (put?.value as IDBObjectStore['put']).apply(this, args);
  });
}

/** Nothing of the round is on the device: neither the round nor the mark that makes this a panelist's device for it. */
async function expectNothingStored(): Promise<void> {
  vi.restoreAllMocks();
  expect(await listRounds()).toEqual([]);
  expect(await loadPanelistDevice(round.id)).toBeUndefined();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a round file opened on a full disk', () => {
  it.each(['rounds', 'meta'] as const)('says the disk is full, writes nothing (full at the %s write), and the file can be chosen again', async (store) => {
    const user = userEvent.setup();
    renderApp('/panel');
    const input = await screen.findByLabelText('Open a round file from the chair');
    fullDiskOn(store);
    await user.upload(input, await roundFile());

    const message = await screen.findByText(/^“round\.json” was not opened\./);
    expect(message).toHaveTextContent('The hiring round was not saved, and nothing on this device changed.');
    expect(message).toHaveTextContent('This device has run out of storage space for the app');
    expect(message).toHaveTextContent('Free some space (delete files you no longer need), then try again.');
    expect(screen.queryByText('Hiring round not found')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Open a round file from the chair')).toBeEnabled();
    await expectNothingStored();
  });

  it('from the Import screen says the same, stays there, and writes nothing', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/import');
    const input = await screen.findByLabelText('Choose a file (.json), or drop it here');
    fullDiskOn('rounds');
    await user.upload(input, await roundFile());

    expect(await screen.findByText(/This device has run out of storage space for the app/)).toHaveTextContent('nothing on this device changed');
    expect(router.state.location.pathname).toBe('/import');
    expect(screen.queryByRole('heading', { name: 'Hiring round not found' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file (.json), or drop it here')).toBeEnabled();
    await expectNothingStored();
  });
});
