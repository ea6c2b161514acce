import { useEffect } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { openAssessment, useAssessmentStore } from '../../state/assessment-store.ts';
import { AssessmentHeader } from './assessment-header.tsx';
import { FrameworkNav } from './framework-nav.tsx';
import { SaveProblem } from './save-problem.tsx';
import './assessment.css';

export function AssessmentLayout() {
  const { assessmentId = '' } = useParams();
  const state = useAssessmentStore();

  useEffect(() => {
    void openAssessment(assessmentId);
  }, [assessmentId]);

  const opening = <p className="page">Opening the assessment…</p>;
  if (state.openId !== assessmentId) return opening;
  if (state.status === 'missing') {
    return (
      <section className="page">
        <PageHeading title="Assessment not found" />
        <p>There is no assessment at this address on this device. It may have been deleted, or made in another browser.</p>
        <p>
          <Link to={paths.home.href()}>Go to my assessments</Link>
        </p>
      </section>
    );
  }
  if (state.status === 'unreadable') {
    const name = state.title ? `“${state.title}”` : 'This assessment';
    return (
      <section className="page">
        <PageHeading title="This assessment could not be opened" />
        <Notice tone="error">
          {name} could not be opened. {state.problem}
        </Notice>
        <p>Your other assessments are not affected.</p>
        <p>
          <Link to={paths.home.href()}>Go to my assessments</Link>
        </p>
      </section>
    );
  }

  if (state.status !== 'ready') return opening;

  return (
    <div className="assessment-layout">
      <FrameworkNav framework={state.framework} assessment={state.assessment} />
      <div className="assessment-layout__content">
        <AssessmentHeader />
        <SaveProblem />
        <Outlet />
      </div>
    </div>
  );
}
