import type { Framework } from '../../domain/framework/framework.ts';

/**
 * Self-ratings are more accurate when people expect them to be set beside other evidence: said once before the
 * first area, and after it an optional look at what anchors each level. Informative, never a warning.
 */
export function AccuracyNudge({ framework, index }: { framework: Framework; index: number }) {
  if (index === 0) {
    return (
      <p className="card card--highlight">
        Before you rate: these ratings can later be compared with feedback from colleagues who see your work (under “Colleagues’ feedback”).
        Rate what you do now, with an example in mind that someone else could recognise.
      </p>
    );
  }
  if (index !== 1) return null;
  return (
    <details className="rubric">
      <summary>Optional: how the levels are anchored</summary>
      <p>Each level describes practice someone else could see. If you are between two levels, the lower one is usually the one you could show.</p>
      <dl className="rubric__levels">
        {framework.rubric.levels.map((level) => (
          <div key={level.id} className="rubric__level">
            <dt>
              {level.value}. {level.name}
            </dt>
            <dd>{level.summary}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
