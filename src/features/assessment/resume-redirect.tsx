import { Navigate } from 'react-router';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { paths } from '../../config/paths.ts';
import { useAssessmentStore } from '../../state/assessment-store.ts';

/** /assessments/:id on its own goes back to the skill area the user was last on. */
export function ResumeRedirect() {
  const state = useAssessmentStore();
  if (state.status !== 'ready') return null;
  const { assessment, framework } = state;
  const areas = skillAreasOf(framework);
  const areaId = (areas.find((area) => area.id === assessment.lastSkillAreaId) ?? areas[0])?.id;
  return <Navigate to={areaId ? paths.skillArea.href(assessment.id, areaId) : paths.summary.href(assessment.id)} replace />;
}
