import { useEffect } from 'react';
import type { Framework, SkillArea } from '../../domain/framework/framework.ts';
import { ratingKeyOf } from '../../lib/rating-keys.ts';

interface LevelPickerProps {
  framework: Framework;
  skillArea: SkillArea;
  value?: string;
  isDisabled: boolean;
  onChange: (levelId: string) => void;
}

/** Large level choices with this area's descriptors; keys 1–4 pick a level during a live conversation. */
export function LevelPicker({ framework, skillArea, value, isDisabled, onChange }: LevelPickerProps) {
  const { levels } = framework.rubric;

  useEffect(() => {
    if (isDisabled) return;
    const onKey = (event: KeyboardEvent) => {
      // The key map the self-assessment walk uses too; it leaves keys to text fields and open dialogs.
      const key = ratingKeyOf(event);
      const level = key?.action === 'level' ? levels[key.index] : undefined;
      if (level) {
        event.preventDefault();
        onChange(level.id);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [levels, isDisabled, onChange]);

  return (
    <fieldset className="level-choice level-choice--large" disabled={isDisabled}>
      <legend>Level for {skillArea.title}</legend>
      <div className="level-choice__options">
        {levels.map((level) => {
          const id = `interview-level-${level.id}`;
          return (
            <div key={level.id} className="level-option">
              <input
                type="radio"
                id={id}
                name="interview-level"
                value={level.id}
                checked={value === level.id}
                onChange={() => onChange(level.id)}
                aria-keyshortcuts={String(level.value)}
                aria-describedby={`${id}-text`}
              />
              <label htmlFor={id}>
                <span className="level-option__name">
                  {level.value}. {level.name}
                </span>
                <span id={`${id}-text`} className="level-option__summary">
                  {skillArea.levelDescriptors[level.id]}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
