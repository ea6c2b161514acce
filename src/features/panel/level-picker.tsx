import { useLayoutEffect } from 'react';
import type { Framework, SkillArea } from '../../domain/framework/framework.ts';
import { ratingKeyOf } from '../../lib/rating-keys.ts';
import { NOT_OBSERVED } from '../../domain/panel/round.ts';

interface LevelPickerProps {
  framework: Framework;
  skillArea: SkillArea;
  value?: string;
  isDisabled: boolean;
  onChange: (levelId: string) => void;
}

/**
 * Large level choices with this area's descriptors, and "not asked / not observed" apart from them; keys 1–4
 * pick a level and 0 "not observed" during a live conversation.
 */
export function LevelPicker({ framework, skillArea, value, isDisabled, onChange }: LevelPickerProps) {
  const { levels } = framework.rubric;

  // A layout effect, not a passive one: the listener for the area on screen is in place before the screen is
  // painted, so a key pressed the moment the next area (or candidate) shows never scores the one before it.
  useLayoutEffect(() => {
    if (isDisabled) return;
    const onKey = (event: KeyboardEvent) => {
      // The key map the self-assessment walk uses too (0 or N is "not observed" here); it leaves keys to text fields
      // and open dialogs.
      const key = ratingKeyOf(event);
      const level = key?.action === 'level' ? levels[key.index]?.id : key?.action === 'not-applicable' ? NOT_OBSERVED : undefined;
      if (level) {
        event.preventDefault();
        onChange(level);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [levels, isDisabled, onChange]);

  const options = [
    ...levels.map((level) => ({ id: level.id, key: String(level.value), name: `${level.value}. ${level.name}`, text: skillArea.levelDescriptors[level.id] })),
    { id: NOT_OBSERVED, key: '0', name: 'Not asked / not observed', text: 'The interview did not reach this area. Counts in no average.' },
  ];
  return (
    <fieldset className="level-choice level-choice--large" disabled={isDisabled}>
      <legend>Level for {skillArea.title}</legend>
      <div className="level-choice__options">
        {options.map((option) => {
          const id = `interview-level-${option.id}`;
          return (
            <div key={option.id} className={option.id === NOT_OBSERVED ? 'level-option level-option--apart' : 'level-option'}>
              <input
                type="radio"
                id={id}
                name="interview-level"
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
                aria-keyshortcuts={option.key}
                aria-describedby={`${id}-text`}
              />
              <label htmlFor={id}>
                <span className="level-option__name">{option.name}</span>
                <span id={`${id}-text`} className="level-option__summary">
                  {option.text}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
