import { DamagedRecordCard } from '../../components/ui/damaged-record-card.tsx';
import { useAssessmentListActions } from '../../state/assessment-list-store.ts';

interface UnreadableCardProps {
  /** The key the record is stored under (it may be a number or an array, whatever its `id` says). */
  storedKey: IDBValidKey;
  title?: string;
  problem: string;
}

/** A stored assessment that failed its checks: named, explained, and kept apart so the others still open. */
export function UnreadableCard({ storedKey, title, problem }: UnreadableCardProps) {
  const { deleteDamaged } = useAssessmentListActions();
  return (
    <DamagedRecordCard
      title={title ?? 'Unnamed assessment'}
      explanation={`${title ? `“${title}”` : 'An assessment'} could not be opened. ${problem}`}
      noun="record"
      onDelete={() => void deleteDamaged(storedKey)}
    />
  );
}
