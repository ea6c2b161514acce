import edition from '../../framework-data/editions/cosn-cto-2009.json';
import type { Framework } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import type { ReadContext } from '../../src/domain/records/meaning.ts';

/** The edition the app ships, parsed exactly as the app parses it. */
export const shippedFramework: Framework = frameworkSchema.parse(edition);

/** A fresh, freely editable copy of the shipped edition. */
export function editableFramework(): Framework {
  return structuredClone(shippedFramework);
}

/** What the app reads files against: the shipped edition, at a moment after every test's own dates. */
export const READ_CONTEXT: ReadContext = { editions: [shippedFramework], now: '2026-06-01T00:00:00.000Z' };
