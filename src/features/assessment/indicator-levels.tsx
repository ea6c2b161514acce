import { memo } from 'react';
import type { Framework } from '../../domain/framework/framework.ts';

interface IndicatorLevelsProps {
  framework: Framework;
  /** The card's anchor id: the ids of its radios and of the descriptor they point to start with it. */
  base: string;
  code: string;
  current: string | undefined;
  onRate: (levelId: string) => void;
  /** The level under the pointer or focus, or undefined when it leaves the card's levels. */
  onPoint: (levelId: string | undefined) => void;
}

/**
 * A card's level choices. Apart from the card so a rating or a pointed level redraws only these and the
 * descriptor, not the target menu and the buttons below: a level key's frame is that much shorter.
 */
export const IndicatorLevels = memo(function IndicatorLevels({ framework, base, code, current, onRate, onPoint }: IndicatorLevelsProps) {
  const { levels, notApplicable } = framework.rubric;
  const choices = [...levels, { ...notApplicable, value: undefined }];
  return (
    <fieldset className="level-choice level-choice--compact" onMouseLeave={() => onPoint(undefined)}>
      <legend>Current level for {code}</legend>
      <div className="level-choice__options">
        {choices.map((choice) => {
          const id = `${base}-current-${choice.id}`;
          return (
            <div key={choice.id} className={choice.id === notApplicable.id ? 'level-option level-option--na' : 'level-option'}>
              <input
                type="radio"
                id={id}
                name={`${base}-current`}
                value={choice.id}
                checked={current === choice.id}
                onChange={() => onRate(choice.id)}
                onFocus={() => onPoint(choice.id)}
                onBlur={(event) => {
                  // Focus moving to another level of this card (a level key) sets it in the same render.
                  if (!event.currentTarget.closest('fieldset')?.contains(event.relatedTarget)) onPoint(undefined);
                }}
                aria-keyshortcuts={choice.value === undefined ? '0 N' : String(choice.value)}
                aria-describedby={`${base}-descriptor`}
              />
              <label htmlFor={id} onMouseEnter={() => onPoint(choice.id)}>
                <span className="level-option__name">
                  {choice.value !== undefined && `${choice.value}. `}
                  {choice.name}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});
