import type { Framework, SkillArea } from '../../domain/framework/framework.ts';
import { useAssessmentActions } from '../../state/assessment-store.ts';

interface AreaTargetFieldProps {
  framework: Framework;
  skillArea: SkillArea;
  value: string;
}

export function AreaTargetField({ framework, skillArea, value }: AreaTargetFieldProps) {
  const { setAreaTarget } = useAssessmentActions();
  const id = `area-target-${skillArea.id}`;
  return (
    <div className="field area-target">
      <label htmlFor={id}>Your target level for this skill area</label>
      <select id={id} value={value} onChange={(event) => setAreaTarget(skillArea.id, event.target.value)} aria-describedby={`${id}-hint`}>
        {framework.rubric.levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.value}. {level.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field__hint">
        Applies to every indicator below unless you set a different target for one of them.
      </p>
    </div>
  );
}
