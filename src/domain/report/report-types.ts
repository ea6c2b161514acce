import type { Importance, PdActionStatus, ReceivedFrom, Respondent, ReviewSignOff } from '../assessment/assessment.ts';
import type { Completion } from '../assessment/progress.ts';
import type { Framework } from '../framework/framework.ts';
import type { AreaPoint } from '../results/chart-series.ts';
import type { GapStatus } from '../results/gaps.ts';
import type { Perception } from '../feedback/self-vs-others.ts';

/**
 * Everything the report shows, as plain data: computed once from the framework and the assessment, so
 * the report screen, its printout and the downloaded file all say the same thing. Averages are level
 * values (1 = the lowest level) rounded to 2 decimals, null where nothing is rated; dates are ISO strings.
 */

export interface ReportOptions {
  /** Evidence notes on indicators and plan actions are private until the user chooses to share them (they come with the detail). */
  includeNotes: boolean;
  /** The appendix after the executive summary: left out when false; on by default. */
  includeDetail?: boolean;
  /** ISO time the report is made. */
  generatedAt: string;
  /** Colleagues' feedback set against the leader's own ratings: the optional "self against others" section. */
  feedback?: ReportFeedback;
}

/** How a skill area or core value is named to a reader. */
export interface ReportAreaRef {
  skillAreaId: string;
  code: string;
  title: string;
  /** "Skill area 2" or "Core value". */
  label: string;
  isCoreValue: boolean;
}

export interface ReportCover {
  assessmentTitle: string;
  respondent: Respondent;
  /** The assessment date. */
  createdAt: string;
  /** Last edited. */
  updatedAt: string;
  framework: { title: string; edition: string; published: string; publisher: string };
  generatedAt: string;
  /** Set when this copy came in from someone else's file. */
  received?: ReceivedFrom;
}

export interface ReportLevel {
  value: number;
  name: string;
  summary: string;
}

export interface ReportFigures {
  current: number | null;
  /** Mean target of the same rated indicators, so current, target and gap always describe the same answers. */
  target: number | null;
  /** target − current of the figures shown beside it, when positive (domain/assessment/figures.ts). */
  gap: number;
  /** current − target of the figures shown beside it, when positive. */
  surplus: number;
}

export interface ReportAreaRow extends ReportFigures {
  area: ReportAreaRef;
  completion: Completion;
  status: GapStatus;
  importance: Importance;
}

export interface ReportGroup extends ReportFigures {
  categoryId: string;
  numeral: string;
  title: string;
  completion: Completion;
  areas: ReportAreaRow[];
}

export interface ReportIndicatorGap {
  indicatorId: string;
  code: string;
  text: string;
  current: number;
  currentName: string;
  target: number;
  targetName: string;
  /** Levels below target, at least 1. */
  shortfall: number;
}

export interface ReportGap {
  rank: number;
  area: ReportAreaRef;
  current: number | null;
  target: number | null;
  /** target − current as shown, when positive. */
  gap: number;
  surplus: number;
  /** The ranking measure: average shortfall per rated indicator (never shown as current against target). */
  shortfall: number;
  importance: Importance;
  importanceLabel: string;
  /** shortfall × importance weight. */
  priority: number;
  /** Why it ranks where it does, one plain sentence (from rankGaps). */
  reason: string;
  rated: number;
  belowTarget: number;
  /** The indicators below their target, largest shortfall first, then framework order. */
  indicators: ReportIndicatorGap[];
}

export interface ReportStrength {
  area: ReportAreaRef;
  current: number | null;
  target: number | null;
  /** current − target as shown (0 for an area on target). */
  surplus: number;
}

/** An indicator rated at the top level: a strength even where its area has gaps. */
export interface ReportTopIndicator {
  indicatorId: string;
  code: string;
  text: string;
  areaTitle: string;
}

export interface ReportChart {
  /** Every skill area and core value in framework order (null where nothing is rated). */
  points: AreaPoint[];
  /** The top of the scale: the highest level's value. */
  maxLevel: number;
  /** The chart in words. */
  summary: string;
}

export interface ReportGlance {
  /** Indicators answered ("not applicable" included) of all. */
  completion: Completion;
  /** Indicators rated with a level, which is what the averages count. */
  ratedWithLevel: number;
  areaCount: number;
  areasBelowTarget: number;
  areasOnTarget: number;
  areasAboveTarget: number;
  areasUnrated: number;
  /** The first three ranked gaps. */
  topGaps: ReportGap[];
  plan: Record<PdActionStatus, number> & { total: number };
  commentCount: number;
}

export interface ReportPlanAction {
  id: string;
  title: string;
  goal: string;
  /** Skill area titles, in the order the action lists them. */
  skillAreas: string[];
  skillAreaIds: string[];
  status: PdActionStatus;
  statusLabel: string;
  /** yyyy-mm-dd */
  dueDate?: string;
  completedAt?: string;
  /** Only when notes are included, and only when written. */
  evidence?: string;
}

export interface ReportComment {
  id: string;
  text: string;
  author: string;
  authorRole: string;
  at: string;
}

export interface ReportCommentGroup {
  /** Undefined for a skill area this edition does not have. */
  area?: ReportAreaRef;
  heading: string;
  comments: ReportComment[];
}

export interface ReportComments {
  /** On the assessment as a whole, oldest first. */
  overall: ReportComment[];
  /** Skill areas with comments, in framework order, each oldest first. */
  areas: ReportCommentGroup[];
  /** Plan actions with comments, in plan order (then any on an action since removed), each oldest first. */
  actions: ReportCommentGroup[];
  total: number;
}

export interface ReportNote {
  indicatorId: string;
  code: string;
  /** The indicator's wording; empty for an indicator this edition does not have. */
  text: string;
  /** The rating's name, when rated. */
  rating?: string;
  note: string;
}

export interface ReportNoteGroup {
  /** Undefined for notes on indicators this edition does not have. */
  area?: ReportAreaRef;
  heading: string;
  notes: ReportNote[];
}

export interface ReportPriority {
  gap: ReportGap;
  /** The plan action that answers it, when there is one. */
  action?: ReportPlanAction;
}

/** The executive summary: at most two printed pages. */
export interface ReportSummary {
  /** One plain sentence a reader can repeat. */
  headline: string;
  /** The top three priorities, each with the plan action that answers it. */
  priorities: ReportPriority[];
  /** Up to three areas at or above target, strongest first. */
  strengths: ReportStrength[];
  topRatedCount: number;
  /** The CTO's note to the reader, when written. */
  readerNote?: string;
  /** "Name, role" of the respondent. */
  preparedBy: string;
  reviewedBy?: ReviewSignOff;
}

export interface ReportModel {
  /** The report's title: the assessment's. */
  title: string;
  /** For a browser tab or a file: title, whose, and what it is. */
  documentTitle: string;
  cover: ReportCover;
  summary: ReportSummary;
  /** Printed at the top of every page (title and name; the feature adds the date in the reader's locale). */
  runningHeader: string;
  /** Whether the appendix (the detail) follows the summary. */
  includesDetail: boolean;
  /** Rubric levels, lowest first. */
  scale: ReportLevel[];
  notApplicableName: string;
  glance: ReportGlance;
  chart: ReportChart;
  /** The summary table: every grouping, then its skill areas. */
  groups: ReportGroup[];
  /** Areas below target, most pressing first. */
  gaps: ReportGap[];
  /** Areas at or above target (no indicator short), in framework order. */
  strengths: ReportStrength[];
  /** Indicators rated at the top level, in framework order. */
  topRated: ReportTopIndicator[];
  /** Areas with nothing rated, in framework order. */
  unrated: ReportAreaRef[];
  plan: ReportPlanAction[];
  comments: ReportComments;
  includesNotes: boolean;
  /** Evidence notes by skill area; empty unless includesNotes. */
  notes: ReportNoteGroup[];
  /** The optional "self against others" section; absent unless chosen and colleagues have answered. */
  feedback?: ReportFeedback;
  source: Framework['source'];
}

/**
 * The report's optional "self against others" section, from the same comparison the feedback screen shows:
 * only the figures that screen may show (named raters, groups of three or more, the pooled "others", all
 * others together), so the report can reveal no more about one rater than the screen does. Colleagues'
 * comments stay out: they were written to the leader, not to the leader's reader.
 */
export interface ReportFeedbackBlock {
  label: string;
  count: number;
  average: number;
}

export interface ReportFeedbackArea {
  area: ReportAreaRef;
  self: number | null;
  blocks: ReportFeedbackBlock[];
  others: { count: number; average: number } | null;
  /** self − all others, when both are there. */
  difference: number | null;
  perception: Perception | null;
  /** Answers held back because too few people in their groups answered. */
  heldBack: number;
}

export interface ReportFeedback {
  /** Colleagues who answered. */
  responses: number;
  /** When the leader asked. */
  askedAt: string;
  areas: ReportFeedbackArea[];
  blindSpots: ReportAreaRef[];
  hiddenStrengths: ReportAreaRef[];
}

