import { Navigate } from 'react-router';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';
import { useShallow } from 'zustand/shallow';
import { useAssessment } from '../../state/assessment-store.ts';

/** /assessments/:id on its own goes back to the skill area the user was last on. */
export function ResumeRedirect() {
  const place = useAssessment(
    useShallow((s) => (s.status === 'ready' ? { id: s.assessment.id, framework: s.framework, lastSkillAreaId: s.lastSkillAreaId } : undefined)),
  );
  if (!place) return null;
  const { id, framework, lastSkillAreaId } = place;
  const areas = skillAreasOf(framework);
  const areaId = (areas.find((area) => area.id === lastSkillAreaId) ?? areas[0])?.id;
  return <Navigate to={areaId ? paths.skillArea.href(id, areaId) : paths.summary.href(id)} replace />;
}
