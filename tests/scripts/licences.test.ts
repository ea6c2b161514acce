import { describe, expect, it } from 'vitest';
import { classifyLicence, declaredLicence } from '../../scripts/licences.mjs';

describe('licence check for shipped packages', () => {
  it.each([
    ['MIT', 'permissive'],
    ['ISC', 'permissive'],
    ['Apache-2.0 WITH LLVM-exception', 'permissive'],
    ['(MIT OR GPL-3.0-or-later)', 'permissive'],
    ['MPL-2.0 OR Apache-2.0', 'permissive'],
    ['MIT AND BSD-3-Clause', 'permissive'],
    ['GPL-3.0-only', 'copyleft'],
    ['GPL-2.0+', 'copyleft'],
    ['LGPL-2.1-or-later', 'copyleft'],
    ['AGPL-3.0', 'copyleft'],
    ['MPL-2.0', 'copyleft'],
    ['EPL-2.0', 'copyleft'],
    ['EUPL-1.2', 'copyleft'],
    ['CDDL-1.0', 'copyleft'],
    ['OSL-3.0', 'copyleft'],
    ['CC-BY-SA-4.0', 'copyleft'],
    ['SSPL-1.0', 'copyleft'],
    ['MIT AND GPL-3.0', 'copyleft'],
    ['(MIT OR Apache-2.0) AND LGPL-3.0', 'copyleft'],
    ['MIT OR GPL-2.0 AND LGPL-2.1', 'permissive'],
    ['GPL-2.0 WITH Classpath-exception-2.0', 'copyleft'],
    ['UNLICENSED', 'unknown'],
    ['SEE LICENSE IN LICENSE.md', 'unknown'],
    ['Public Domain', 'unknown'],
    ['MIT OR', 'unknown'],
    ['(MIT', 'unknown'],
    ['', 'missing'],
    [undefined, 'missing'],
  ])('%s is %s', (licence, verdict) => {
    expect(classifyLicence(licence)).toBe(verdict);
  });

  it('reads the licence however package.json declares it', () => {
    expect(declaredLicence({ license: 'MIT' })).toBe('MIT');
    expect(declaredLicence({ license: { type: 'ISC', url: 'x' } })).toBe('ISC');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0');
    expect(declaredLicence({ name: 'no-licence' })).toBeUndefined();
    expect(declaredLicence({ license: '  ' })).toBeUndefined();
  });
});
