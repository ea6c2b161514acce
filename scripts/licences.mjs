// Sorts a package's declared licence into what this project may ship to the browser. Pure: deps.mjs feeds it
// each shipped package's package.json. Only licences checked by a person are allowed; anything new fails
// until someone has read it and added it here.

/** Permissive licences (SPDX ids): keep the notice, nothing else asked of the app. */
const PERMISSIVE = new Set([
  '0BSD', 'Apache-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BSL-1.0', 'CC-BY-3.0', 'CC-BY-4.0', 'CC0-1.0',
  'ISC', 'MIT', 'MIT-0', 'Python-2.0', 'Unlicense', 'WTFPL', 'X11', 'Zlib',
].map((id) => id.toLowerCase()));

/** Copyleft or source-available families: shipping them would put conditions on the app or its users. */
const COPYLEFT = /^(a?gpl|lgpl|mpl|epl|eupl|cddl|osl|cc-by-sa|cc-by-nc|sspl|busl|cpl|cecill|rpl|qpl|sleepycat|ms-rl|cpal|odbl|elastic|commons-clause)\b/i;

const RANK = { permissive: 0, unknown: 1, copyleft: 2 };
const worst = (a, b) => (RANK[a] >= RANK[b] ? a : b);
const best = (a, b) => (RANK[a] <= RANK[b] ? a : b);

/** The licence a package.json declares, as one SPDX-style expression; undefined when it declares none. */
export function declaredLicence(packageJson) {
  const { license, licenses } = packageJson ?? {};
  const text = (value) => (typeof value === 'string' ? value : typeof value?.type === 'string' ? value.type : '');
  if (license) return text(license).trim() || undefined;
  // The old `licenses` array lists alternatives.
  if (Array.isArray(licenses)) return licenses.map(text).filter(Boolean).join(' OR ') || undefined;
  return undefined;
}

function classifyId(id) {
  const plain = id.replace(/\+$/, '').toLowerCase();
  if (COPYLEFT.test(plain)) return 'copyleft';
  return PERMISSIVE.has(plain) ? 'permissive' : 'unknown';
}

/**
 * Reads an SPDX expression: OR offers a choice (the best option counts), AND requires both (the worst counts),
 * AND binds tighter than OR, WITH adds an exception to the licence before it.
 */
function classifyExpression(expression) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at]?.toUpperCase();
  const fail = () => {
    throw new Error('unreadable');
  };
  const atom = () => {
    const token = tokens[at++];
    if (token === undefined || token === ')' || ['AND', 'OR', 'WITH'].includes(token.toUpperCase())) fail();
    if (token === '(') {
      const inner = anyOf();
      if (tokens[at++] !== ')') fail();
      return inner;
    }
    if (peek() === 'WITH') {
      at += 1;
      if (tokens[at++] === undefined) fail();
    }
    return classifyId(token);
  };
  const allOf = () => {
    let verdict = atom();
    while (peek() === 'AND') {
      at += 1;
      verdict = worst(verdict, atom());
    }
    return verdict;
  };
  const anyOf = () => {
    let verdict = allOf();
    while (peek() === 'OR') {
      at += 1;
      verdict = best(verdict, allOf());
    }
    return verdict;
  };
  try {
    const verdict = anyOf();
    return at === tokens.length ? verdict : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** 'permissive' may ship; 'copyleft', 'unknown' (not on the list, proprietary, or a file reference) and 'missing' may not. */
export function classifyLicence(licence) {
  if (licence === undefined || licence.trim() === '') return 'missing';
  if (/^(unlicensed|see licen[cs]e in\b)/i.test(licence.trim())) return 'unknown';
  return classifyExpression(licence);
}
