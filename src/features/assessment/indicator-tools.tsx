import { memo } from 'react';
import type { Framework, Indicator } from '../../domain/framework/framework.ts';

interface IndicatorToolsProps {
  framework: Framework;
  indicator: Indicator;
  base: string;
  areaTargetName: string;
  target: string | undefined;
  isFlagged: boolean;
  /** Undefined once the note has text: it then stays open and the button goes. */
  isNoteOpen: boolean | undefined;
  onTarget: (levelId: string | undefined) => void;
  onToggleNote: () => void;
  onFlag: () => void;
}

/** The line under a card's levels: its target, evidence, flag and examples. A rating does not redraw it. */
export const IndicatorTools = memo(function IndicatorTools(props: IndicatorToolsProps) {
  const { framework, indicator, base, areaTargetName, target, isFlagged, isNoteOpen, onTarget, onToggleNote, onFlag } = props;
  const code = indicator.code;
  return (
    <div className="indicator__tools">
      <span className="indicator__target">
        <label htmlFor={`${base}-target`}>
          Target<span className="visually-hidden"> for {code}</span>
        </label>{' '}
        <select id={`${base}-target`} value={target ?? ''} onChange={(event) => onTarget(event.target.value || undefined)}>
          <option value="">{areaTargetName} (skill area)</option>
          {framework.rubric.levels.map((level) => (
            <option key={level.id} value={level.id}>
              {level.value}. {level.name}
            </option>
          ))}
        </select>
      </span>
      {isNoteOpen !== undefined && (
        <button
          type="button"
          className="button button--small"
          data-action="evidence"
          aria-expanded={isNoteOpen}
          aria-controls={isNoteOpen ? `${base}-note` : undefined}
          onClick={onToggleNote}
        >
          {isNoteOpen ? 'Hide evidence' : 'Add evidence'}
        </button>
      )}
      <button type="button" className="button button--small" data-action="flag" aria-pressed={isFlagged} onClick={onFlag}>
        Flag to revisit
      </button>
      {indicator.evidenceExamples && (
        <details className="indicator__examples">
          <summary>Examples of evidence</summary>
          <ul>
            {indicator.evidenceExamples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});
