import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { Link, useLocation, useParams } from 'react-router';
import { answeredIn, areaTarget } from '../../domain/assessment/progress.ts';
import type { SkillArea } from '../../domain/framework/framework.ts';
import { placeSkillArea, skillAreaLabel, skillAreasOf } from '../../domain/framework/framework.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';
import { commentsOn } from '../../domain/review/review.ts';
import { capitalised, ownerNameOf } from '../../domain/review/reader-voice.ts';
import { CommentThread } from '../../components/review/comment-thread.tsx';
import { IndicatorReadOnly } from './indicator-read-only.tsx';
import { AccuracyNudge } from './accuracy-nudge.tsx';
import { AreaTargetField } from './area-target-field.tsx';
import { IndicatorItem } from './indicator-item.tsx';
import { LevelLegend, RubricDetails } from './rubric-details.tsx';
import { EditionChangeNotice } from './edition-change-notice.tsx';
import { SkillAreaPager } from './skill-area-pager.tsx';
import { AreaNotApplicable } from './area-not-applicable.tsx';
import { useWalkKeys } from './use-walk-keys.ts';
import { WalkGuide } from './walk-guide.tsx';
import { WalkKeysHelp } from './walk-keys-help.tsx';
import './assessment.css';

export function SkillAreaScreen() {
  const { skillAreaId = '' } = useParams();
  const { addComment, rateIndicator, removeComment, resolveComment, visitSkillArea } = useAssessmentActions();
  const { hash } = useLocation();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const openHelp = useCallback(() => setIsHelpOpen(true), []);
  const framework = useAssessment((s) => (s.status === 'ready' ? s.framework : undefined));
  const place = framework ? placeSkillArea(framework, skillAreaId) : undefined;
  const skillArea = place?.skillArea;
  // What this screen shows itself; each indicator card reads its own answer, so typing a note redraws only that card.
  const shown = useAssessment(
    useShallow((s) => {
      if (s.status !== 'ready') return undefined;
      const { assessment } = s;
      return {
        assessmentId: assessment.id,
        isReceived: Boolean(assessment.received),
        owner: ownerNameOf(assessment),
        targetId: skillArea ? areaTarget(s.framework, assessment, skillArea) : '',
        reviewer: s.reviewer,
      };
    }),
  );
  const comments = useAssessment(useShallow((s) => (s.status === 'ready' && skillArea ? commentsOn(s.assessment, skillArea.id) : [])));

  const placedId = skillArea?.id;
  useEffect(() => {
    if (placedId) visitSkillArea(placedId);
  }, [visitSkillArea, placedId]);

  // A link to one indicator (next unrated, a flagged one) lands on it, ready for a level key.
  useEffect(() => {
    const card = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!card?.dataset.indicator) return;
    card.scrollIntoView({ block: 'start' });
    (card.querySelector<HTMLElement>('input[type="radio"]:checked') ?? card.querySelector<HTMLElement>('input[type="radio"]'))?.focus();
  }, [hash, placedId]);

  useWalkKeys({
    framework,
    isEnabled: Boolean(shown && !shown.isReceived && skillArea),
    rate: rateIndicator,
    onHelp: openHelp,
  });

  if (!framework || !shown) return null;
  const { assessmentId, isReceived, targetId } = shown;
  if (!place) {
    return (
      <section>
        <PageHeading title="Skill area not found" />
        <p>This framework edition has no skill area “{skillAreaId}”.</p>
        <Link to={paths.assessment.href(assessmentId)}>Go back to the assessment</Link>
      </section>
    );
  }

  const { category, index } = place;
  const area = place.skillArea;
  const total = skillAreasOf(framework).length;
  const heading = area.kind === 'coreValue' ? `Core value: ${area.title}` : `${skillAreaLabel(area)}: ${area.title}`;

  return (
    <section className="skill-area" aria-labelledby="skill-area-heading">
      <p className="eyebrow">
        {category.numeral}. {category.title} · step {index + 1} of {total}
      </p>
      <div id="skill-area-heading">
        <PageHeading key={area.id} title={heading} />
      </div>
      <p className="lead">{area.description}</p>
      {area.examWeight !== undefined && (
        <p className="muted">
          Share of the CETL exam before 2020 (exam blueprint): {Math.round(area.examWeight * 100)}%.
        </p>
      )}
      <AreaRatedCount skillArea={area} owner={isReceived ? shown.owner : undefined} />
      <EditionChangeNotice skillArea={area} />
      {!isReceived && <WalkGuide skillAreaId={area.id} />}
      {!isReceived && <AccuracyNudge framework={framework} index={index} />}
      {!isReceived && <AreaTargetField framework={framework} skillArea={area} value={targetId} />}
      {!isReceived && (
        <div className="walk-tools">
          <AreaNotApplicable area={area} />
          <button type="button" className="button button--small" onClick={openHelp} aria-keyshortcuts="?">
            Keys for rating (?)
          </button>
        </div>
      )}
      {isHelpOpen && <WalkKeysHelp onClose={() => setIsHelpOpen(false)} />}
      <LevelLegend framework={framework} />
      <RubricDetails framework={framework} skillArea={area} />

      <ol className="indicator-list">
        {area.indicators.map((indicator) =>
          isReceived ? (
            <IndicatorReadOnly key={indicator.id} framework={framework} skillArea={area} indicator={indicator} areaTargetId={targetId} owner={shown.owner} />
          ) : (
            <IndicatorItem key={indicator.id} framework={framework} skillArea={area} indicator={indicator} areaTargetId={targetId} />
          ),
        )}
      </ol>

      <CommentThread
        subject={area.title}
        comments={comments}
        reviewer={shown.reviewer}
        onAdd={(comment) => addComment({ ...comment, skillAreaId: area.id })}
        {...(isReceived ? { onRemove: removeComment } : { onResolve: resolveComment })}
      />

      <SkillAreaPager assessmentId={assessmentId} place={place} />
    </section>
  );
}

/** How many of the area's indicators are rated: its own reader, so a rating redraws this line, not the screen. */
function AreaRatedCount({ skillArea, owner }: { skillArea: SkillArea; owner: string | undefined }) {
  const answered = useAssessment((s) => (s.status === 'ready' ? answeredIn(s.assessment, skillArea) : 0));
  const total = skillArea.indicators.length;
  return (
    <p className="muted">
      {owner === undefined
        ? `${answered} of ${total} indicators rated.`
        : `${capitalised(owner)} rated ${answered} of ${total} indicators. These are ${owner}’s answers and evidence notes, as sent: add your comments below.`}
    </p>
  );
}
