/**
 * The framework editions a new assessment can start on, as the start form offers them. Kept here, apart
 * from the edition files, so the first screen can offer the choice without loading either edition.
 */
export interface EditionChoice {
  id: string;
  /** The year the start form names it by, as in "carried from 2009". */
  year: string;
  label: string;
}

export const EDITION_CHOICES: readonly EditionChoice[] = [
  { id: 'cosn-cto-2019', year: '2019', label: 'December 2019 edition (current)' },
  { id: 'cosn-cto-2009', year: '2009', label: 'Version 2.0, December 2009' },
];

/** The edition new assessments and hiring rounds start on unless the user picks another. */
export const DEFAULT_EDITION_ID = 'cosn-cto-2019';

/** "2009" for "cosn-cto-2009"; the id itself for an edition this list does not know. */
export function editionYear(editionId: string): string {
  return EDITION_CHOICES.find((choice) => choice.id === editionId)?.year ?? editionId;
}
