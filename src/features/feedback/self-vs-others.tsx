import type { FeedbackComparison, Perception } from '../../domain/feedback/self-vs-others.ts';
import { groupLabel } from '../../domain/feedback/feedback.ts';
import { formatLevel } from '../../lib/format.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';

const PERCEPTION: Record<Perception, string> = {
  'blind-spot': 'Possible blind spot: you rate yourself a level or more above how colleagues see you',
  'hidden-strength': 'Hidden strength: colleagues see more than you give yourself credit for',
  'in-step': 'You and your colleagues see this about the same',
};

function groupsText(ids: Parameters<typeof groupLabel>[0][]): string {
  return ids.map(groupLabel).join(', ');
}

/** Per area: self, each group shown, each named rater, all others, and why anything is held back. */
export function SelfVsOthers({ comparison }: { comparison: FeedbackComparison }) {
  return (
    <div className="feedback-areas-list">
      {comparison.areas.map((area) => (
        <section key={area.skillArea.id} className="card" aria-labelledby={`fb-area-${area.skillArea.id}`}>
          <h3 id={`fb-area-${area.skillArea.id}`}>
            {area.skillArea.code}. {area.skillArea.title}
          </h3>
          <TableRegion label={`Ratings for ${area.skillArea.title}`}>
            <table className="data-table">
              <caption className="visually-hidden">Ratings for {area.skillArea.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Average level</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">You</th>
                  <td>—</td>
                  <td>{formatLevel(area.self)}</td>
                </tr>
                {area.blocks.map((block) => (
                  <tr key={`${block.kind}-${block.label}`}>
                    <th scope="row">{block.kind === 'named' ? `${block.label} (named)` : block.label}</th>
                    <td>{block.count}</td>
                    <td>{formatLevel(block.average)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">All others</th>
                  <td>{area.allOthers?.count ?? 0}</td>
                  <td>{formatLevel(area.allOthers?.average)}</td>
                </tr>
              </tbody>
            </table>
          </TableRegion>
          {area.perception && <p className="feedback-perception">{PERCEPTION[area.perception]}.</p>}
          {area.pooledGroups.length > 0 && (
            <p className="muted">Fewer than three people answered in each of these groups, so they are shown together as “others”: {groupsText(area.pooledGroups)}.</p>
          )}
          {area.heldBack.count > 0 && (
            <p className="muted">
              {area.heldBack.count === 1 ? 'One answer is' : `${area.heldBack.count} answers are`} held back ({groupsText(area.heldBack.groups)}): fewer
              than three people in those groups answered this area, so showing it would show a person’s own rating.
            </p>
          )}
          {area.blocks.some((block) => block.comments.length > 0) && (
            <>
              <h4>Comments</h4>
              {area.blocks
                .filter((block) => block.comments.length > 0)
                .map((block) => (
                  <div key={`${block.kind}-${block.label}-comments`}>
                    <p className="eyebrow">{block.label}</p>
                    <ul>
                      {block.comments.map((comment, index) => (
                        <li key={`${index}-${comment}`}>{comment}</li>
                      ))}
                    </ul>
                  </div>
                ))}
            </>
          )}
        </section>
      ))}
    </div>
  );
}
