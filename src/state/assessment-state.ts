import type { Assessment } from '../domain/assessment/assessment.ts';
import type { UnsavedChanges } from '../domain/assessment/unsaved-changes.ts';
import type { Framework } from '../domain/framework/framework.ts';
import type { ReviewerProfile } from '../storage/assessment-repository.ts';
import type { SaveState } from './document-session.ts';

export type { SaveState };

type Loaded = { status: 'ready'; assessment: Assessment; framework: Framework };
type NotLoaded = { status: 'idle' | 'loading' } | { status: 'missing' } | { status: 'unreadable'; title?: string; problem: string };

export type AssessmentState = (Loaded | NotLoaded) & {
  openId?: string;
  /** Where the user last was in the walk; kept apart from the answers, so moving around writes no record. */
  lastSkillAreaId?: string;
  /** The name and role last used on a comment, to prefill the next. */
  reviewer?: ReviewerProfile;
  saveState: SaveState;
  saveProblem?: string;
  /** This tab's changes that another tab's newer copy replaced, kept so the user can copy or put them back. */
  unsaved?: UnsavedChanges;
};

export const initial: AssessmentState = { status: 'idle', saveState: 'saved' };

