import edition from '../../framework-data/editions/cosn-cto-2009.json';
import edition2019 from '../../framework-data/editions/cosn-cto-2019.json';
import crosswalk from '../../framework-data/crosswalks/cosn-cto-2009-to-2019.json';
import type { Crosswalk } from '../../src/domain/framework/crosswalk.ts';
import { crosswalkSchema } from '../../src/domain/framework/crosswalk.ts';
import type { Framework } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import type { ReadContext } from '../../src/domain/records/meaning.ts';

/** The 2009 edition the app ships, parsed exactly as the app parses it: most tests are written against it. */
export const shippedFramework: Framework = frameworkSchema.parse(edition);

/** The December 2019 edition the app ships, on which new assessments start. */
export const shippedFramework2019: Framework = frameworkSchema.parse(edition2019);

/** How the 2009 edition became the 2019 edition, as shipped. */
export const shippedCrosswalk: Crosswalk = crosswalkSchema.parse(crosswalk);

/** A fresh, freely editable copy of the shipped edition. */
export function editableFramework(): Framework {
  return structuredClone(shippedFramework);
}

/** What the app reads files against: the shipped edition, at a moment after every test's own dates. */
export const READ_CONTEXT: ReadContext = { editions: [shippedFramework], now: '2026-06-01T00:00:00.000Z' };
