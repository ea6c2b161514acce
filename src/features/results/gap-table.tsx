import type { Framework } from '../../domain/framework/framework.ts';
import { levelNameOf } from '../../domain/framework/framework.ts';
import type { RankedGap } from '../../domain/results/gaps.ts';
import { capitalised } from '../../domain/review/reader-voice.ts';
import { formatLevel } from '../../lib/format.ts';

const importanceLabels = { low: 'Low', normal: 'Normal', high: 'High' } as const;

/** `owner` names the author on a received copy, so its reader learns whose choice each importance was. */
export function GapTable({ ranked, framework, owner }: { ranked: RankedGap[]; framework: Framework; owner?: string }) {
  if (ranked.length === 0) return <p>No gaps to rank: nothing rated is below its target.</p>;
  return (
    <ol className="gap-list">
      {ranked.map((gap) => (
        <li key={gap.skillArea.id} className="card gap" aria-labelledby={`gap-${gap.skillArea.id}`}>
          <h3 id={`gap-${gap.skillArea.id}`} className="gap__title">
            <span className="gap__rank">#{gap.rank}</span> {gap.skillArea.title}
          </h3>
          <dl className="gap__figures">
            <div>
              <dt>Current</dt>
              <dd>{formatLevel(gap.current)}</dd>
            </div>
            <div>
              <dt>Target</dt>
              <dd>{formatLevel(gap.target)}</dd>
            </div>
            <div>
              <dt>Gap</dt>
              <dd>{formatLevel(gap.gap)}</dd>
            </div>
          </dl>
          <dl className="gap__figures gap__figures--ranking">
            <div>
              <dt>Average shortfall per indicator</dt>
              <dd>{gap.shortfall.toFixed(1)}</dd>
            </div>
            <div>
              <dt>Importance</dt>
              <dd>{importanceLabels[gap.importance]}</dd>
            </div>
            <div>
              <dt>Priority score</dt>
              <dd>{gap.priority.toFixed(1)}</dd>
            </div>
          </dl>
          <p className="gap__reason">
            {gap.reason}
            {owner && gap.importance !== 'normal' && ` ${capitalised(owner)} marked this ${gap.importance} importance.`}
          </p>
          <details>
            <summary>
              Indicators behind this gap<span className="visually-hidden"> in {gap.skillArea.title}</span>
            </summary>
            <ul className="gap__indicators">
              {gap.indicators.map(({ indicator, current, target, difference }) => (
                <li key={indicator.id}>
                  <span className="indicator__code">{indicator.code}</span> {indicator.text}{' '}
                  <span className={difference > 0 ? 'tag tag--short' : 'tag'}>
                    {levelNameOf(framework, current)} → {levelNameOf(framework, target)}
                    {difference > 0 ? `, ${difference} below` : difference < 0 ? `, ${-difference} above` : ', on target'}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
