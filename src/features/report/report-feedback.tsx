import type { ReportAreaRef, ReportFeedbackArea, ReportModel } from '../../domain/report/report-model.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { Figure, When } from './report-bits.tsx';

const CAPTION = 'Average level by skill area: own rating against colleagues’ (number of answers in brackets)';

function titles(areas: ReportAreaRef[]): string {
  return areas.map((area) => area.title).join(', ');
}

const PERCEPTION = {
  'blind-spot': 'possible blind spot',
  'hidden-strength': 'hidden strength',
  'in-step': 'seen alike',
} as const;

function Row({ area }: { area: ReportFeedbackArea }) {
  const groups = area.blocks.map((block) => `${block.label}: ${block.average.toFixed(1)} (${block.count})`).join('; ');
  return (
    <tr>
      <th scope="row">{area.area.title}</th>
      <td>
        <Figure value={area.self} />
      </td>
      <td>{area.others ? `${area.others.average.toFixed(1)} (${area.others.count})` : '—'}</td>
      <td>{groups || '—'}</td>
      <td>{area.perception ? PERCEPTION[area.perception] : 'not compared'}</td>
    </tr>
  );
}

/**
 * "Self against others": how the leader's own ratings compare with colleagues' (a 360), only as the
 * anonymity rule allows, and never their comments.
 */
export function ReportFeedback({ report }: { report: ReportModel }) {
  const { feedback } = report;
  if (!feedback) return null;
  const heldBack = feedback.areas.some((area) => area.heldBack > 0);
  return (
    <section className="report-section" aria-labelledby="report-feedback-heading">
      <h2 id="report-feedback-heading">Self against others: colleagues’ feedback</h2>
      <p>
        {feedback.responses} {feedback.responses === 1 ? 'colleague' : 'colleagues'} answered the request of <When iso={feedback.askedAt} />, rating
        what they have seen on the same levels. A group’s ratings appear only as the average of three or more people, or as a person’s own
        when they chose to be named; colleagues’ comments are not part of this report.
      </p>
      {feedback.blindSpots.length > 0 && (
        <p>
          <strong>Possible blind spots</strong> (own rating a level or more above colleagues’): {titles(feedback.blindSpots)}.
        </p>
      )}
      {feedback.hiddenStrengths.length > 0 && (
        <p>
          <strong>Hidden strengths</strong> (colleagues rate a level or more above the own rating): {titles(feedback.hiddenStrengths)}.
        </p>
      )}
      {feedback.blindSpots.length === 0 && feedback.hiddenStrengths.length === 0 && <p>In every area asked about, own and colleagues’ ratings are within a level.</p>}
      <TableRegion className="report-table-wrap" label={CAPTION}>
      <table className="report-table">
        <caption>{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Skill area</th>
            <th scope="col">Own</th>
            <th scope="col">All colleagues shown</th>
            <th scope="col">By group</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {feedback.areas.map((area) => (
            <Row key={area.area.skillAreaId} area={area} />
          ))}
        </tbody>
      </table>
      </TableRegion>
      {heldBack && <p className="report-muted">Some answers are held back: fewer than three people in their groups answered those areas.</p>}
    </section>
  );
}
