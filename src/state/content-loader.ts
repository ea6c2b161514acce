import { DEFAULT_EDITION_ID } from '../config/editions.ts';
import type { Framework } from '../domain/framework/framework.ts';
import { frameworkSchema } from '../domain/framework/framework-schema.ts';
import type { ReadContext } from '../domain/records/meaning.ts';
import { nowIso } from '../lib/new-id.ts';
import type { Crosswalk } from '../domain/framework/crosswalk.ts';
import { crosswalkSchema } from '../domain/framework/crosswalk.ts';
import { standardsCrosswalkSchema } from '../domain/framework/standards-crosswalk.ts';
import type { PdCatalogue } from '../domain/pd/pd-catalogue-schema.ts';
import { pdCatalogueSchema } from '../domain/pd/pd-catalogue-schema.ts';
import type { InterviewQuestions } from '../domain/panel/interview-questions-schema.ts';
import { interviewQuestionsSchema } from '../domain/panel/interview-questions-schema.ts';

/** Editions the app ships. Each is bundled at build time and loaded on demand, never fetched from elsewhere. */
const editions: Record<string, () => Promise<{ default: unknown }>> = {
  'cosn-cto-2019': () => import('../../framework-data/editions/cosn-cto-2019.json'),
  'cosn-cto-2009': () => import('../../framework-data/editions/cosn-cto-2009.json'),
};

/** The edition new assessments start on unless the user picks another (the December 2019 edition). */
export const CURRENT_EDITION_ID = DEFAULT_EDITION_ID;

/** Every edition this version of the app can open: an assessment or file on any other is refused with a message. */
export const KNOWN_EDITION_IDS: readonly string[] = Object.keys(editions);

/** The editions these assessments use, each loaded once and keyed by id; an edition that fails to load is left out. */
export async function loadFrameworks(editionIds: Iterable<string>): Promise<Record<string, Framework>> {
  const ids = [...new Set(editionIds)].filter((id) => id in editions);
  const loaded = await Promise.all(ids.map((id) => loadFramework(id).catch(() => undefined)));
  return Object.fromEntries(loaded.flatMap((framework) => (framework ? [[framework.id, framework]] : [])));
}

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

/** Loads and parses a data file once, and tries again next time if it failed. */
function loadOnce<T>(load: () => Promise<{ default: unknown }>, parse: (raw: unknown) => T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().then((module) => parse(module.default));
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/** How the 2009 edition became the 2019 edition, for re-assessing across them and comparing them. */
export const loadEditionCrosswalk = loadOnce(
  () => import('../../framework-data/crosswalks/cosn-cto-2009-to-2019.json'),
  (raw) => crosswalkSchema.parse(raw),
);

/** The crosswalk between the two known editions in this direction, if there is one. */
export async function crosswalkBetween(fromEditionId: string, toEditionId: string): Promise<Crosswalk | undefined> {
  const crosswalk = await loadEditionCrosswalk();
  return crosswalk.fromEditionId === fromEditionId && crosswalk.toEditionId === toEditionId ? crosswalk : undefined;
}

/** Which ISTE Standards for Education Leaders each skill area also counts toward, loaded with the results screen. */
export const loadIsteCrosswalk = loadOnce(
  () => import('../../framework-data/crosswalks/iste-education-leaders.json'),
  (raw) => standardsCrosswalkSchema.parse(raw),
);

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
