import { useEffect } from 'react';
import type { Framework, SkillArea } from '../../domain/framework/framework.ts';

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
      const target = event.target as HTMLElement | null;
      // Keys belong to whatever is being typed in, and to an open dialog.
      const isTyping = target?.closest('textarea, select, input:not([type="radio"]):not([type="checkbox"])');
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping || document.querySelector('dialog[open]')) return;
      const level = levels[Number(event.key) - 1];
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
