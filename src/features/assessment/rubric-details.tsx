import type { Framework, SkillArea } from '../../domain/framework/framework.ts';

/** What each level looks like in this skill area as a whole; folded away, since each indicator now describes its own levels. */
export function RubricDetails({ framework, skillArea }: { framework: Framework; skillArea: SkillArea }) {
  return (
    <details className="rubric">
      <summary>What each level looks like in {skillArea.title} as a whole</summary>
      <dl className="rubric__levels">
        {framework.rubric.levels.map((level) => (
          <div key={level.id} className="rubric__level">
            <dt>
              {level.value}. {level.name}
            </dt>
            <dd>{skillArea.levelDescriptors[level.id]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The rubric's general meaning of each level, once per screen, so the indicator cards need only their own descriptors. */
export function LevelLegend({ framework }: { framework: Framework }) {
  return (
    <p className="level-legend">
      <span className="level-legend__title">Levels in general:</span>{' '}
      {framework.rubric.levels.map((level, index) => (
        <span key={level.id}>
          {index > 0 && ' · '}
          <strong>
            {level.value}. {level.name}
          </strong>{' '}
          {level.summary}
        </span>
      ))}
    </p>
  );
}
