import { useEffect, useState } from 'react';
import type { StandardsCrosswalk } from '../../domain/framework/standards-crosswalk.ts';
import { standardsFor } from '../../domain/framework/standards-crosswalk.ts';
import type { RankedGap } from '../../domain/results/gaps.ts';
import { loadIsteCrosswalk } from '../../state/content-loader.ts';

/** For districts that evaluate leaders against ISTE: which ISTE standard each ranked gap also counts toward. */
export function IsteLinks({ ranked }: { ranked: RankedGap[] }) {
  const [crosswalk, setCrosswalk] = useState<StandardsCrosswalk>();
  useEffect(() => {
    loadIsteCrosswalk().then(setCrosswalk, () => undefined);
  }, []);
  if (!crosswalk || ranked.length === 0) return null;
  const { standards } = crosswalk;
  return (
    <section aria-labelledby="iste-heading">
      <h2 id="iste-heading">If your district uses the {standards.title}</h2>
      <p className="muted">
        Closing a gap here also counts toward the {standards.title} ({standards.version}), which {standards.publisher} publishes; the match is
        our own reading, by skill area.
      </p>
      <ul className="iste-links">
        {ranked.map((gap) => {
          const matched = standardsFor(crosswalk, gap.skillArea.id);
          if (matched.length === 0) return null;
          return (
            <li key={gap.skillArea.id}>
              <strong>
                #{gap.rank} {gap.skillArea.title}
              </strong>{' '}
              also counts toward ISTE {matched.map((standard) => `${standard.id} ${standard.title}`).join(' and ')}.
            </li>
          );
        })}
      </ul>
    </section>
  );
}
