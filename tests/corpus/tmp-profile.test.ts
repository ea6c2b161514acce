import { it } from 'vitest';
import { exchangeFile } from '../../src/domain/exchange/exchange-format.ts';
import { readEnvelopeText } from '../../src/domain/files/envelope.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';
import { decodeFileBytes } from '../../src/lib/read-file-text.ts';
import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { CORPUS_NOW } from './hostile-files.ts';
import { worstCaseFiles } from './worst-case-files.ts';

it('profile', async () => {
  const kind = exchangeFile({ ...READ_CONTEXT, now: CORPUS_NOW });
  for (const file of (await worstCaseFiles()).filter((f) => f.content.length > 10e6)) {
    const bytes = new TextEncoder().encode(file.content as string);
    const t: [string, number][] = [];
    let at = performance.now();
    const lap = (name: string) => { const now = performance.now(); t.push([name, Math.round(now - at)]); at = now; };
    const text = decodeFileBytes(bytes); lap('decode');
    if (!text.ok) throw new Error('x');
    const outer = readEnvelopeText(text.text, kind); lap('parse+envelope');
    if (!outer.ok || outer.sealed) { console.log(file.name, t, outer); continue; }
    const canon = canonicalJson(outer.envelope.body); lap('canonical');
    await sha256Hex(canon); lap('sha256');
    const opened = kind.readBody(outer.envelope.body, outer.envelope.fields); lap('readBody');
    structuredClone(opened); lap('clone result');
    console.log(file.name, JSON.stringify(t), opened.ok);
  }
}, 300_000);
