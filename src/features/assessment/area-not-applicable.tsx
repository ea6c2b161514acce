import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import type { SkillArea } from '../../domain/framework/framework.ts';
import { useAssessmentActions } from '../../state/assessment-store.ts';

/** Rates every indicator of an area not applicable after a confirmation, with an undo until the user moves on. */
export function AreaNotApplicable({ area }: { area: SkillArea }) {
  const { markNotApplicable } = useAssessmentActions();
  const [isConfirming, setIsConfirming] = useState(false);
  const [undo, setUndo] = useState<{ areaId: string; run: () => void }>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const canUndo = undo?.areaId === area.id;

  return (
    <div className="area-na">
      {canUndo ? (
        <p role="status" className="area-na__done">
          Every indicator in {area.title} is now rated not applicable.{' '}
          <button
            ref={undoButton}
            type="button"
            className="button button--small"
            onClick={() => {
              undo.run();
              setUndo(undefined);
            }}
          >
            Undo
          </button>
        </p>
      ) : (
        <button type="button" className="button button--small" onClick={() => setIsConfirming(true)}>
          Mark the whole area not applicable
        </button>
      )}
      {isConfirming && (
        <ConfirmDialog
          title={`Mark all of ${area.title} not applicable?`}
          confirmLabel="Mark all not applicable"
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            const run = markNotApplicable(area.indicators.map((i) => i.id));
            setIsConfirming(false);
            if (run) setUndo({ areaId: area.id, run });
          }}
        >
          <p>
            All {area.indicators.length} indicators in this area will be rated not applicable and left out of your results. Their
            notes, targets and flags stay. You can undo it straight after, or rate any indicator again later.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
