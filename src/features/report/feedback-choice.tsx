import { useEffect, useMemo, useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import { compareWithOthers } from '../../domain/feedback/self-vs-others.ts';
import type { ReportFeedback } from '../../domain/report/report-model.ts';
import { reportFeedbackOf } from '../../domain/report/report-feedback.ts';
import { analyseGaps } from '../../domain/results/gaps.ts';
import { feedbackRequestsFor } from '../../state/feedback-actions.ts';

/** The latest request's comparison, as the report would show it; undefined while loading or when no colleague answered. */
export function useReportFeedback(open: { framework: Framework; assessment: Assessment } | undefined): ReportFeedback | undefined {
  const framework = open?.framework;
  const assessment = open?.assessment;
  const id = assessment?.id;
  const [requests, setRequests] = useState<{ id: string; reads: Awaited<ReturnType<typeof feedbackRequestsFor>> }>();
  useEffect(() => {
    if (!id) return;
    let isCurrent = true;
    // No feedback is only a missing optional section: a storage failure shows as nothing to add.
    feedbackRequestsFor(id).then(
      (reads) => isCurrent && setRequests({ id, reads }),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [id]);
  return useMemo(() => {
    const latest = requests?.id === id ? requests?.reads.find((read) => read.ok) : undefined;
    if (!framework || !assessment || !latest?.ok) return undefined;
    const comparison = compareWithOthers(framework, latest.request, analyseGaps(framework, assessment).skillAreas);
    return comparison.responses > 0 ? reportFeedbackOf(comparison, latest.request.createdAt) : undefined;
  }, [framework, assessment, requests, id]);
}

interface FeedbackChoiceProps {
  feedback: ReportFeedback;
  checked: boolean;
  hasDetail: boolean;
  onChange: (checked: boolean) => void;
}

/** Whether the report adds the "self against others" section: off unless the leader chooses it. */
export function FeedbackChoice({ feedback, checked, hasDetail, onChange }: FeedbackChoiceProps) {
  return (
    <div className="field">
      <div className="field-check">
        <input type="checkbox" id="report-feedback" checked={checked} disabled={!hasDetail} onChange={(event) => onChange(event.target.checked)} aria-describedby="report-feedback-hint" />
        <label htmlFor="report-feedback">Add “Self against others” from colleagues’ feedback ({feedback.responses} {feedback.responses === 1 ? 'answer' : 'answers'})</label>
      </div>
      <p id="report-feedback-hint" className="field__hint">
        {hasDetail
          ? 'Names blind spots and hidden strengths in the appendix, with group averages only as the anonymity rule allows; colleagues’ comments stay out.'
          : 'Part of the appendix: choose a report with the detail to add it.'}
      </p>
    </div>
  );
}
