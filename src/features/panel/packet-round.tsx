import type { Framework } from '../../domain/framework/framework.ts';
import type { HiringRound, Scorecard } from '../../domain/panel/panel.ts';
import { scorecardId } from '../../domain/panel/panel.ts';
import { practiceCandidate, submittedAtFor, weightOf } from '../../domain/panel/round.ts';
import { formatDateTime, formatDay } from '../../lib/format.ts';

interface Props {
  round: HiringRound;
  framework: Framework;
  scorecards: Scorecard[];
  titles: Map<string, string>;
}

/** The round as set up: edition, dates, areas and weights with the reason, and who sat on the panel and when they submitted. */
export function PacketRound({ round, framework, scorecards, titles }: Props) {
  const practice = practiceCandidate(round);
  return (
    <section aria-labelledby="packet-round">
      <h2 id="packet-round">The round</h2>
      <p>
        Set up {formatDateTime(round.createdAt)}, scored on the {framework.title}, {framework.edition}.
      </p>
      <h3>Interviews</h3>
      <ul>
        {round.candidates
          .filter((c) => !c.isPractice)
          .map((c) => (
            <li key={c.id}>
              {c.name}: {c.interviewOn ? formatDay(c.interviewOn) : 'date not recorded'}
            </li>
          ))}
      </ul>
      {/* Here rather than before the candidates, each of whom starts a printed page: a line of its own would print a page of its own. */}
      {practice && <p>{practice.name} was a practice candidate, scored for calibration only: not in these results.</p>}
      <h3>Skill areas and weights</h3>
      <ul>
        {round.skillAreaIds.map((id) => (
          <li key={id}>
            {titles.get(id) ?? id} ×{weightOf(round, id)}
          </li>
        ))}
      </ul>
      {round.weightReason && <p>Why the weights differ: {round.weightReason}</p>}
      <h3>Panel composition</h3>
      <ul>
        {round.panelists.map((p) => {
          const card = scorecards.find((c) => c.id === scorecardId(round.id, p.id));
          const handedIn = round.candidates.filter((c) => !c.isPractice).flatMap((c) => {
            const at = card && submittedAtFor(card, c.id);
            return at ? [`${c.name} ${formatDateTime(at)}`] : [];
          });
          return (
            <li key={p.id}>
              {p.name}
              {p.role && `, ${p.role}`}: {handedIn.length > 0 ? `submitted ${handedIn.join('; ')}` : 'submitted no scores'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
