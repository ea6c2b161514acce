import type { Framework } from '../domain/framework/framework.ts';
import { frameworkSchema } from '../domain/framework/framework-schema.ts';
import type { ReadContext } from '../domain/records/meaning.ts';
import { nowIso } from '../lib/new-id.ts';
import type { PdCatalogue } from '../domain/pd/pd-catalogue-schema.ts';
import { pdCatalogueSchema } from '../domain/pd/pd-catalogue-schema.ts';
import type { InterviewQuestions } from '../domain/panel/interview-questions-schema.ts';
import { interviewQuestionsSchema } from '../domain/panel/interview-questions-schema.ts';

/** Editions the app ships. Each is bundled at build time and loaded on demand, never fetched from elsewhere. */
const editions: Record<string, () => Promise<{ default: unknown }>> = {
  'cosn-cto-2009': () => import('../../framework-data/editions/cosn-cto-2009.json'),
};

export const CURRENT_EDITION_ID = 'cosn-cto-2009';

const cache = new Map<string, Promise<Framework>>();

export function loadFramework(editionId: string = CURRENT_EDITION_ID): Promise<Framework> {
  let loaded = cache.get(editionId);
  if (!loaded) {
    const load = editions[editionId];
    loaded = load
      ? load().then((module) => frameworkSchema.parse(module.default))
      : Promise.reject(new Error(`This assessment uses a framework edition ("${editionId}") this version of the app does not know.`));
    cache.set(editionId, loaded);
    loaded.catch(() => cache.delete(editionId));
  }
  return loaded;
}

/** What a file is read against: every edition this app has, and this moment. */
export async function fileReadContext(): Promise<ReadContext> {
  const shipped = await Promise.all(Object.keys(editions).map((id) => loadFramework(id)));
  return { editions: shipped, now: nowIso() };
}

let catalogue: Promise<PdCatalogue> | undefined;

/** The professional-development catalogue, loaded with the results screen rather than at start. */
export function loadPdCatalogue(): Promise<PdCatalogue> {
  catalogue ??= import('../../framework-data/pd-catalogue.json').then((module) => pdCatalogueSchema.parse(module.default));
  catalogue.catch(() => (catalogue = undefined));
  return catalogue;
}

let interviewQuestions: Promise<InterviewQuestions> | undefined;

/** The interview question bank, loaded with the panel screens only. */
export function loadInterviewQuestions(): Promise<InterviewQuestions> {
  interviewQuestions ??= import('../../framework-data/interview-questions.json').then((module) => interviewQuestionsSchema.parse(module.default));
  interviewQuestions.catch(() => (interviewQuestions = undefined));
  return interviewQuestions;
}
