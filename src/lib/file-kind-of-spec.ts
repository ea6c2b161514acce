import { exchangeFile } from '../domain/exchange/exchange-format.ts';
import type { FileKind } from '../domain/files/envelope.ts';
import { feedbackRequestFile, feedbackResponseFile } from '../domain/feedback/feedback-file-kinds.ts';
import { roundArchiveFile, roundFile, scorecardFile, scorecardRoundFile } from '../domain/panel/panel-file-kinds.ts';
import type { FileKindSpec } from './file-kind-spec.ts';

/** The FileKind a spec names, built in the worker exactly as the page builds it. */
export function fileKindOf(spec: FileKindSpec): FileKind<unknown> {
  switch (spec.name) {
    case 'exchange':
      return exchangeFile(spec.context);
    case 'round':
      return roundFile(spec.context);
    case 'scorecard':
      return scorecardFile(spec.context, spec.round);
    case 'scorecard-round':
      return scorecardRoundFile;
    case 'round-archive':
      return roundArchiveFile(spec.context);
    case 'feedback-request':
      return feedbackRequestFile(spec.context);
    case 'feedback-response':
      return feedbackResponseFile(spec.context, spec.requests);
  }
}
