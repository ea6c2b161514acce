import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Crosswalk } from '../../domain/framework/crosswalk.ts';
import { compareAcrossEditions, compareAssessments } from '../../domain/results/compare.ts';
import { crosswalkBetween } from '../../state/content-loader.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { localDay } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { useAssessmentList, useAssessmentListActions } from '../../state/assessment-list-store.ts';
import { ChangeTable } from './change-table.tsx';
import { ComparisonExport } from './comparison-export.tsx';
import { ComparisonPair } from './comparison-pair.tsx';
import { CompletedActions } from './completed-actions.tsx';
import { defaultEarlier } from './default-earlier.ts';
import { IndicatorChanges } from './indicator-changes.tsx';
import './growth.css';

const ChangeChart = lazy(() => import('./change-chart.tsx'));

function label(assessment: Assessment): string {
  const who = assessment.respondent.name ? ` — ${assessment.respondent.name}` : '';
  return `${assessment.title}${who} (started ${localDay(assessment.createdAt)})`;
}

export function ComparisonScreen() {
  const [params, setParams] = useSearchParams();
  const { status, items, frameworks, problem } = useAssessmentList(
    useShallow((s) => ({ status: s.status, items: s.items, frameworks: s.frameworks, problem: s.problem })),
  );
  const [crosswalk, setCrosswalk] = useState<Crosswalk>();
  const { loadAssessmentList } = useAssessmentListActions();

  useEffect(() => {
    void loadAssessmentList();
  }, [loadAssessmentList]);

  const assessments = items.flatMap((item) => (item.ok ? [item.assessment] : [])).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const later = assessments.find((a) => a.id === params.get('to'));
  const earlier = assessments.find((a) => a.id === params.get('from')) ?? (later ? defaultEarlier(assessments, later) : undefined);

  const choose = (key: 'from' | 'to', id: string) => {
    const next = new URLSearchParams(params);
    if (key === 'from' || !params.get('from')) {
      if (earlier) next.set('from', earlier.id);
    }
    if (id) next.set(key, id);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const before = earlier && frameworks[earlier.framework.editionId];
  const after = later && frameworks[later.framework.editionId];
  const canCompare = before && after && earlier.id !== later.id;
  const isSameEdition = before === after;
  // Assessments on two editions compare through the crosswalk, loaded when such a pair is chosen.
  useEffect(() => {
    if (!before || !after || before === after) return;
    let isCurrent = true;
    void crosswalkBetween(before.id, after.id).then((found) => isCurrent && setCrosswalk(found), () => undefined);
    return () => {
      isCurrent = false;
    };
  }, [before, after]);
  const move = canCompare && !isSameEdition && crosswalk?.fromEditionId === before.id && crosswalk.toEditionId === after.id ? { from: before, to: after, crosswalk } : undefined;
  const comparison = !canCompare ? undefined : isSameEdition ? compareAssessments(after, earlier, later) : move && compareAcrossEditions(move, earlier, later);
  const across = comparison?.acrossEditions;

  return (
    <section className="page comparison">
      <PageHeading title="Compare two assessments" />
      <p className="lead no-print">See how your levels moved between two assessments, and which planned development you finished in between.</p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {status === 'loading' && <p>Loading your assessments…</p>}
      {status === 'ready' && assessments.length < 2 && (
        <p>
          You need two assessments to compare. On <Link to={paths.home.href()}>My assessments</Link>, choose “Re-assess” on an earlier
          one to start a new assessment from its answers.
        </p>
      )}
      {assessments.length >= 2 && (
        <form className="card field-row no-print" onSubmit={(event) => event.preventDefault()} aria-label="Choose the assessments">
          {(['from', 'to'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`compare-${key}`}>{key === 'from' ? 'Earlier assessment' : 'Later assessment'}</label>
              <select id={`compare-${key}`} value={(key === 'from' ? earlier : later)?.id ?? ''} onChange={(event) => choose(key, event.target.value)}>
                <option value="">Choose…</option>
                {assessments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {label(a)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </form>
      )}
      {earlier && later && earlier.id === later.id && <p>Choose two different assessments.</p>}
      {canCompare && !isSameEdition && !comparison && (
        <p>
          These two assessments use different editions of the framework, and the later one is not on the newer edition, so their skill areas
          cannot be compared.
        </p>
      )}
      {comparison && (
        <>
          <ComparisonPair comparison={comparison} frameworks={frameworks} />
          <ComparisonExport comparison={comparison} />
          <h2>Change by skill area</h2>
          {across && (
            <Notice tone="info">
              These assessments use two editions of the framework ({across.from.edition} and {across.to.edition}), so they are compared by skill
              area through the crosswalk between them: each {across.to.edition} area is set beside the {across.from.edition} area it came from (the
              mean where areas merged), not indicator by indicator.{' '}
              {comparison.skillAreas.some((row) => row.comparedWith?.length === 0) &&
                `New in ${across.to.edition}, with no earlier figure: ${comparison.skillAreas.filter((row) => row.comparedWith?.length === 0).map((row) => row.skillArea.title).join(', ')}. `}
              {across.retiredAreas.length > 0 && `Not in ${across.to.edition}, so left out: ${across.retiredAreas.map((area) => area.title).join(', ')}.`}
            </Notice>
          )}
          <ChangeTable comparison={comparison} />
          <div className="no-print">
            <Suspense fallback={<p>Loading the chart…</p>}>
              <ChangeChart comparison={comparison} maxLevel={after?.rubric.levels.length ?? 4} />
            </Suspense>
          </div>
          <h2>Change by indicator</h2>
          <IndicatorChanges comparison={comparison} />
          <h2>Development completed in between</h2>
          <CompletedActions comparison={comparison} />
        </>
      )}
    </section>
  );
}
