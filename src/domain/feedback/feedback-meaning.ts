import type { Framework } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';
import type { Found, TimeBounds } from '../records/meaning.ts';
import { firstTooLate, firstUnknown, keysAt } from '../records/meaning.ts';
import type { ProblemPath, RecordError } from '../records/record-codec.ts';
import type { FeedbackAsk, FeedbackRequest, FeedbackResponse } from './feedback.ts';
import { ANONYMITY_THRESHOLD, NOT_SEEN } from './feedback.ts';

/**
 * What a feedback file says, checked against its framework edition: the 2009 and 2019 editions name their
 * skill areas and indicators differently, so a request or response is only ever read against its own.
 * The codec has checked the shape and the limits; each function gives the first problem, or undefined.
 */

/** Why a promise of another threshold is refused, as the file's message reads it (feedback-file-kinds.ts). */
export const OTHER_THRESHOLD = 'promises another anonymity threshold than this app keeps';

/**
 * A request as a colleague opens it: the edition's skill areas and data version, no time later than the
 * file, and, when it carries a promise of anonymity, the app's own threshold (a file cannot lower it, nor
 * promise a higher one the leader's screen would not keep).
 */
export function checkAskMeaning(ask: FeedbackAsk, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  if (ask.anonymity && ask.anonymity.threshold !== ANONYMITY_THRESHOLD) return { code: 'invalid', path: ['anonymity', 'threshold'], reason: OTHER_THRESHOLD };
  if (ask.framework.dataVersion > framework.dataVersion) {
    return { code: 'unknown-ref', path: ['framework', 'dataVersion'], what: 'framework data version', value: String(ask.framework.dataVersion) };
  }
  const areas = new Set(skillAreasOf(framework).map((area) => area.id));
  return firstUnknown(ask.skillAreaIds.map((id, i): Found => [['skillAreaIds', i], id]), areas, 'skill area') ?? firstTooLate([[['createdAt'], ask.createdAt]], bounds);
}

function at(prefix: ProblemPath, found: Found[]): Found[] {
  return found.map(([path, value]) => [[...prefix, ...path], value]);
}

/**
 * A colleague's answers against the request they answer: only indicators and comments of the areas asked
 * about, only the edition's levels or "haven't seen this", and no time later than the file or than now.
 * A response to another request is left to the import, which says so.
 */
export function checkResponseMeaning(response: FeedbackResponse, ask: FeedbackAsk, framework: Framework, bounds: TimeBounds, prefix: ProblemPath = []): RecordError | undefined {
  const late = firstTooLate(at(prefix, [[['submittedAt'], response.submittedAt]]), bounds);
  if (late || response.requestId !== ask.id) return late;
  const asked = skillAreasOf(framework).filter((area) => ask.skillAreaIds.includes(area.id));
  const indicators = new Set(asked.flatMap((area) => area.indicators.map((indicator) => indicator.id)));
  const levels = new Set([...framework.rubric.levels.map((level) => level.id), NOT_SEEN]);
  const ratings = Object.entries(response.ratings).map(([id, level]): Found => [['ratings', id], level]);
  return (
    firstUnknown(at(prefix, keysAt(response.ratings, ['ratings'])), indicators, 'indicator', 'request') ??
    firstUnknown(at(prefix, ratings), levels, 'rubric level') ??
    firstUnknown(at(prefix, keysAt(response.comments, ['comments'])), new Set(ask.skillAreaIds), 'skill area', 'request')
  );
}

/** A leader's request as "Export everything" carries it: the request itself and every response in it. */
export function checkRequestMeaning(request: FeedbackRequest, framework: Framework, bounds: TimeBounds): RecordError | undefined {
  const ask = checkAskMeaning(request, framework, bounds) ?? firstTooLate([[['updatedAt'], request.updatedAt]], bounds);
  if (ask) return ask;
  for (const [i, response] of request.responses.entries()) {
    if (response.requestId !== request.id) return { code: 'unknown-ref', path: ['responses', i, 'requestId'], what: 'feedback request', value: response.requestId };
    const wrong = checkResponseMeaning(response, request, framework, bounds, ['responses', i]);
    if (wrong) return wrong;
  }
  return undefined;
}
