import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import { gapsWithColleaguesView } from '../../domain/feedback/feedback-gaps.ts';
import type { GapAnalysis } from '../../domain/results/gaps.ts';
import { analyseGaps, rankGaps } from '../../domain/results/gaps.ts';
import { assessmentCompletion } from '../../domain/assessment/progress.ts';
import { strengthsOf } from '../../domain/results/strengths.ts';
import type { PdCatalogue } from '../../domain/pd/pd-catalogue-schema.ts';
import { suggestActivities } from '../../domain/pd/recommend.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useOpenAssessment } from '../../state/assessment-store.ts';
import { loadPdCatalogue } from '../../state/content-loader.ts';
import { ColleaguesView, useColleaguesView } from './colleagues-view.tsx';
import { GapTable } from './gap-table.tsx';
import { ImportanceTable } from './importance-table.tsx';
import { ImportanceProposals } from './importance-proposals.tsx';
import { IsteLinks } from './iste-links.tsx';
import { ResultsOverview } from './results-overview.tsx';
import { SuggestionList } from './suggestion-list.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { readerVoice } from '../../domain/review/reader-voice.ts';
import './results.css';

const ResultsCharts = lazy(() => import('./results-charts.tsx'));

export function ResultsScreen() {
  const open = useOpenAssessment();
  const [catalogue, setCatalogue] = useState<PdCatalogue>();
  const [catalogueProblem, setCatalogueProblem] = useState<string>();

  useEffect(() => {
    loadPdCatalogue().then(setCatalogue, (error: unknown) =>
      setCatalogueProblem(errorMessage(error, 'The activity catalogue could not be loaded.')),
    );
  }, []);

  if (!open) return null;
  const { framework, assessment } = open;
  const analysis = analyseGaps(framework, assessment);
  return <Results framework={framework} assessment={assessment} analysis={analysis} catalogue={catalogue} catalogueProblem={catalogueProblem} />;
}

interface ResultsProps {
  framework: Framework;
  assessment: Assessment;
  analysis: GapAnalysis;
  catalogue?: PdCatalogue;
  catalogueProblem?: string;
}

function Results({ framework, assessment, analysis, catalogue, catalogueProblem }: ResultsProps) {
  const colleagues = useColleaguesView(framework, assessment, analysis);
  const ranked = rankGaps(analysis);
  const voice = readerVoice(assessment);
  const suggestions = catalogue
    ? suggestActivities(catalogue, colleagues ? gapsWithColleaguesView(analysis, colleagues).ranked : ranked, { possessive: voice.possessive })
    : [];
  const plannedActivityIds = new Set(assessment.pdPlan.flatMap((action) => (action.activityId ? [action.activityId] : [])));

  return (
    <section className="results">
      <PageHeading title="Results" />
      <ResultsOverview analysis={analysis} completion={assessmentCompletion(framework, assessment)} ranked={ranked} strengths={strengthsOf(framework, analysis)} />
      {voice.isOwner && <ImportanceProposals analysis={analysis} />}

      <h2 id="gaps-heading">Priorities: skill areas with indicators below target</h2>
      <GapTable ranked={ranked} framework={framework} owner={voice.isOwner ? undefined : voice.owner} />
      <IsteLinks ranked={ranked} />

      <h2 id="charts-heading">Charts</h2>
      <Suspense fallback={<p>Loading the charts…</p>}>
        <ResultsCharts analysis={analysis} ranked={ranked} maxLevel={framework.rubric.levels.length} />
      </Suspense>

      <h2 id="colleagues-heading">Your view and your colleagues’</h2>
      <ColleaguesView assessmentId={assessment.id} comparison={colleagues} />

      <h2 id="importance-heading">How much each skill area matters this year</h2>
      <ImportanceTable analysis={analysis} />

      <h2 id="suggestions-heading">Suggested professional development</h2>
      {catalogueProblem && <Notice tone="error">{catalogueProblem}</Notice>}
      {!catalogue && !catalogueProblem && <p>Loading suggestions…</p>}
      {catalogue && (
        <SuggestionList suggestions={suggestions} plannedActivityIds={plannedActivityIds} hasGaps={ranked.length > 0} canPlan={!assessment.received} possessive={voice.possessive} />
      )}
      <p>
        <Link to={paths.pdPlan.href(assessment.id)}>Go to {voice.possessive} professional development plan</Link> ·{' '}
        <Link to={paths.compare.href(undefined, assessment.id)}>Compare with another assessment</Link>
      </p>
    </section>
  );
}
