import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';

const dir = join(import.meta.dirname, '../../framework-data/editions');
const editionFiles = readdirSync(dir).filter((file) => file.endsWith('.json'));
const load = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('framework-data', () => {
  it('has at least one edition', () => {
    expect(editionFiles).toContain('cosn-cto-2009.json');
  });

  it.each(editionFiles)('%s parses against the framework schema', (file) => {
    const result = frameworkSchema.safeParse(load(file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});
