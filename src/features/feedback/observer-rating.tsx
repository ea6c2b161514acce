import type { Framework, Indicator } from '../../domain/framework/framework.ts';
import { levelAnchors, NOT_SEEN, observerText } from '../../domain/feedback/feedback.ts';

interface ObserverRatingProps {
  framework: Framework;
  indicator: Indicator;
  value?: string;
  onChange: (value: string) => void;
}

/** One indicator as a colleague sees it: the same anchored levels, and "haven't seen this" apart from them. */
export function ObserverRating({ framework, indicator, value, onChange }: ObserverRatingProps) {
  const anchors = levelAnchors(indicator);
  const name = `observe-${indicator.id}`;
  const options = [
    ...framework.rubric.levels.map((level) => ({ id: level.id, title: `${level.value}. ${level.name}`, text: anchors[level.id] ?? level.summary })),
    { id: NOT_SEEN, title: 'I haven’t seen this', text: 'Leaves this out: it is not counted as any level.' },
  ];
  return (
    <fieldset className="level-choice feedback-indicator">
      <legend>
        <span className="indicator__code">{indicator.code}</span> {observerText(indicator)}
      </legend>
      <div className="level-choice__options">
        {options.map((option) => {
          const id = `${name}-${option.id}`;
          return (
            <div key={option.id} className="level-option">
              <input type="radio" id={id} name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} aria-describedby={`${id}-text`} />
              <label htmlFor={id}>
                <span className="level-option__name">{option.title}</span>
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
