import { editionYear } from '../../config/editions.ts';
import type { CarriedMark } from '../../domain/assessment/assessment.ts';

interface CarriedMarkProps {
  code: string;
  carried?: CarriedMark;
  /** The edition the answers came from; absent when this assessment did not change edition. */
  fromEditionId?: string;
  isNew: boolean;
  onKeep: () => void;
}

/** Says where an answer came from after a change of edition, and asks for a check where it did not map one to one. */
export function CarriedNote({ code, carried, fromEditionId, isNew, onKeep }: CarriedMarkProps) {
  if (!fromEditionId) return null;
  const year = editionYear(fromEditionId);
  if (isNew) return <p className="carried carried--new">New in this edition: nothing was carried to it from {year}.</p>;
  if (!carried) return null;
  const from = `Carried from ${year} (${carried.from.join(', ')})`;
  if (!carried.needsCheck) return <p className="carried">{from}.</p>;
  return (
    <p className="carried carried--check">
      <strong>{from}, please check:</strong> it did not map one to one. Rate it again, or{' '}
      <button type="button" className="button button--small" onClick={onKeep} aria-label={`Keep the carried answer for ${code}`}>
        keep this answer
      </button>
    </p>
  );
}
