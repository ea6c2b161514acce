import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE } from '../../scripts/shipped-packages.mjs';
import { renderApp } from './render-app.tsx';

describe('About screen', () => {
  it('links to the third-party licence notices the build writes next to index.html', async () => {
    renderApp('/about');
    const link = await screen.findByRole('link', { name: 'Third-party licences' });
    expect(link).toHaveAttribute('href', `/${NOTICES_FILE}`);
  });
});
