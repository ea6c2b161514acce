import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { areaTarget, skillAreaProgress } from '../../domain/assessment/progress.ts';
import { placeSkillArea, skillAreaLabel, skillAreasOf } from '../../domain/framework/framework.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { addComment, removeComment, useAssessmentStore, visitSkillArea } from '../../state/assessment-store.ts';
import { commentsOn } from '../../domain/review/review.ts';
import { CommentThread } from '../../components/review/comment-thread.tsx';
import { IndicatorReadOnly } from './indicator-read-only.tsx';
import { AreaTargetField } from './area-target-field.tsx';
import { IndicatorItem } from './indicator-item.tsx';
import { RubricDetails } from './rubric-details.tsx';
import { SkillAreaPager } from './skill-area-pager.tsx';
import './assessment.css';

export function SkillAreaScreen() {
  const { skillAreaId = '' } = useParams();
  const state = useAssessmentStore();
  const place = state.status === 'ready' ? placeSkillArea(state.framework, skillAreaId) : undefined;

  const placedId = place?.skillArea.id;

  useEffect(() => {
    if (placedId) visitSkillArea(placedId);
  }, [placedId]);

  if (state.status !== 'ready') return null;
  const { framework, assessment } = state;
  if (!place) {
    return (
      <section>
        <PageHeading title="Skill area not found" />
        <p>This framework edition has no skill area “{skillAreaId}”.</p>
        <Link to={paths.assessment.href(assessment.id)}>Go back to the assessment</Link>
      </section>
    );
  }

  const { skillArea, category, index } = place;
  const { completion } = skillAreaProgress(framework, assessment, skillArea);
  const total = skillAreasOf(framework).length;
  const heading = skillArea.kind === 'coreValue' ? `Core value: ${skillArea.title}` : `${skillAreaLabel(skillArea)}: ${skillArea.title}`;

  return (
    <section className="skill-area" aria-labelledby="skill-area-heading">
      <p className="eyebrow">
        {category.numeral}. {category.title} · step {index + 1} of {total}
      </p>
      <div id="skill-area-heading">
        <PageHeading key={skillArea.id} title={heading} />
      </div>
      <p className="lead">{skillArea.description}</p>
      {skillArea.examWeight !== undefined && (
        <p className="muted">
          Share of the CETL exam before 2020 (exam blueprint): {Math.round(skillArea.examWeight * 100)}%.
        </p>
      )}
      <p className="muted">
        {completion.answered} of {completion.total} indicators rated.
      </p>

      {!assessment.received && <AreaTargetField framework={framework} skillArea={skillArea} value={areaTarget(framework, assessment, skillArea)} />}
      <RubricDetails framework={framework} skillArea={skillArea} />

      <ol className="indicator-list">
        {skillArea.indicators.map((indicator) => {
          const Item = assessment.received ? IndicatorReadOnly : IndicatorItem;
          return (
            <Item
              key={indicator.id}
              framework={framework}
              indicator={indicator}
              answer={assessment.answers[indicator.id]}
              areaTargetId={areaTarget(framework, assessment, skillArea)}
            />
          );
        })}
      </ol>

      <CommentThread
        subject={skillArea.title}
        comments={commentsOn(assessment, skillArea.id)}
        reviewer={state.reviewer}
        onAdd={(comment) => addComment({ ...comment, skillAreaId: skillArea.id })}
        onRemove={removeComment}
      />

      <SkillAreaPager assessmentId={assessment.id} place={place} />
    </section>
  );
}
