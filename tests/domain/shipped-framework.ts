import edition from '../../framework-data/editions/cosn-cto-2009.json';
import type { Framework } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';

/** The edition the app ships, parsed exactly as the app parses it. */
export const shippedFramework: Framework = frameworkSchema.parse(edition);

/** A fresh, freely editable copy of the shipped edition. */
export function editableFramework(): Framework {
  return structuredClone(shippedFramework);
}
