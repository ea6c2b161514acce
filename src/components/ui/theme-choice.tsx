import { useState } from 'react';
import type { ThemeChoice as Choice } from '../../lib/theme.ts';
import { chooseTheme, savedTheme, THEME_CHOICES } from '../../lib/theme.ts';

const LABELS: Record<Choice, string> = { system: 'Same as this device', light: 'Light', dark: 'Dark' };

/** Light, dark or the device's setting; loaded after hydration, so it reads the saved choice on its first render. */
export function ThemeChoice() {
  const [choice, setChoice] = useState(savedTheme);
  return (
    <label className="theme-choice">
      Colours{' '}
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value as Choice;
          setChoice(next);
          chooseTheme(next);
        }}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
