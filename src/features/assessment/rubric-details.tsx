import type { Framework, SkillArea } from '../../domain/framework/framework.ts';

/** What each level looks like in this skill area; open by default, folds away once the user knows it. */
export function RubricDetails({ framework, skillArea }: { framework: Framework; skillArea: SkillArea }) {
  return (
    <details className="rubric" open>
      <summary>What each level looks like in {skillArea.title}</summary>
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
