import { useEffect } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useShallow } from 'zustand/shallow';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { AssessmentHeader } from './assessment-header.tsx';
import { FrameworkNav } from './framework-nav.tsx';
import { SaveProblem } from './save-problem.tsx';
import { SaveStateLabel } from './save-state-label.tsx';
import { UnsavedAnswers } from './unsaved-answers.tsx';
import './assessment.css';

export function AssessmentLayout() {
  const { assessmentId = '' } = useParams();
  const { openAssessment } = useAssessmentActions();
  // Only what decides which frame to draw: an edit to the answers does not redraw the layout.
  const state = useAssessment(
    useShallow((s) => ({
      status: s.status,
      openId: s.openId,
      title: s.status === 'unreadable' ? s.title : undefined,
      problem: s.status === 'unreadable' ? s.problem : undefined,
    })),
  );

  useEffect(() => {
    void openAssessment(assessmentId);
  }, [openAssessment, assessmentId]);

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
      <FrameworkNav />
      <div className="assessment-layout__content">
        <div className="assessment-header">
          <AssessmentHeader />
          <SaveStateLabel />
          <UnsavedAnswers />
        </div>
        <SaveProblem />
        <Outlet />
      </div>
    </div>
  );
}
