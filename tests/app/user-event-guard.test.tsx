import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

// These two tests run in order: the first leaves typing in flight, as a test that timed out would.
describe('a test that ends with user-event work in flight', () => {
  let leftBehind: ReturnType<typeof userEvent.setup> | undefined;

  it('starts typing a long note and ends without waiting for it', async () => {
    leftBehind = userEvent.setup();
    render(<textarea aria-label="First note" />);
    const typing = leftBehind.type(screen.getByLabelText('First note'), 'Evidence line '.repeat(40));
    void typing.catch(() => undefined);
    await screen.findByDisplayValue(/^Evidence/);
  });

  it('types nothing into the next test, whose own calls still work', async () => {
    const user = userEvent.setup();
    render(<textarea aria-label="Second note" autoFocus />);
    const note = screen.getByLabelText('Second note');
    expect(note).toHaveFocus();
    await expect(leftBehind?.keyboard('x')).rejects.toThrow(/after its test ended/);
    await user.type(note, 'Mine');
    expect(note).toHaveValue('Mine');
  });
});
