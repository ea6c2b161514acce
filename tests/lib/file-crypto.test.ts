import { describe, expect, it } from 'vitest';
import type { PlainEnvelope } from '../../src/domain/exchange/exchange-format.ts';
import { FILE_TYPE, FORMAT_VERSION } from '../../src/domain/exchange/exchange-format.ts';
import { decryptEnvelope, encryptEnvelope, fromBase64, PBKDF2_ITERATIONS, sha256Hex, toBase64, utf8Bytes, WrongPassphraseError } from '../../src/lib/file-crypto.ts';

/** Few rounds keep these tests quick; the file records the count, so decrypting reads it from there. */
const FAST = { iterations: 1_000 };

const plain: PlainEnvelope = {
  type: FILE_TYPE,
  formatVersion: FORMAT_VERSION,
  encrypted: false,
  checksum: { algorithm: 'SHA-256', value: 'ab'.repeat(32) },
  payload: { kind: 'assessment', exportedAt: '2024-05-01T12:00:00.000Z', appVersion: '1.2.3', assessments: [] },
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

/** The same base64 text with one byte of its decoded content changed. */
function flipByte(base64: string, index: number): string {
  const bytes = fromBase64(base64);
  const at = ((index % bytes.length) + bytes.length) % bytes.length;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['\u00e9', '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'],
  ])('hashes %j as UTF-8 to lower-case hex', async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected);
  });
});

describe('utf8Bytes', () => {
  it.each([
    ['empty', ''],
    ['ASCII', '{"note":"Evidence: the board minutes"}'],
    ['accented, ASCII first', `${'a'.repeat(100)}Jos\u00e9 Nu\u00f1ez`],
    ['accented first', '\u00e9t\u00e9'],
    ['CJK', '\u6559\u80b2\u6280\u672f'],
    ['emoji (a surrogate pair)', 'plan \u{1F4CA} done'],
    ['a lone surrogate, as encode writes it', 'broken \ud800 text'],
  ])('gives the same bytes as TextEncoder.encode: %s', (_name, text) => {
    expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
  });
});

describe('base64', () => {
  it.each([
    [[], ''],
    [[0], 'AA=='],
    [[0, 1], 'AAE='],
    [[0, 1, 2, 255], 'AAEC/w=='],
    [[251, 255, 191], '+/+/'],
  ])('writes %j as %j and reads it back', (bytes, text) => {
    expect(toBase64(new Uint8Array(bytes))).toBe(text);
    expect([...fromBase64(text)]).toEqual(bytes);
  });

  it('round-trips a buffer of every byte value, larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const back = fromBase64(toBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  });

  it('throws on text that is not base64', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});

describe('encryptEnvelope and decryptEnvelope', () => {
  it('seals the envelope and opens it again to the same JSON text', async () => {
    const sealed = await encryptEnvelope(plain, 'correct horse battery staple', FAST);
    expect(sealed).toMatchObject({ type: FILE_TYPE, formatVersion: FORMAT_VERSION, encrypted: true, encryption: { kdf: 'PBKDF2', hash: 'SHA-256', iterations: 1_000, cipher: 'AES-GCM' } });
    expect(fromBase64(sealed.encryption.salt)).toHaveLength(16);
    expect(fromBase64(sealed.encryption.iv)).toHaveLength(12);
    expect(sealed.data).not.toContain('assessment');
    expect(atob(sealed.data)).not.toContain('assessment');
    const text = await decryptEnvelope(sealed, 'correct horse battery staple');
    expect(JSON.parse(text)).toEqual(plain);
  });

  it(`uses ${PBKDF2_ITERATIONS.toLocaleString('en')} PBKDF2 rounds unless told otherwise, and decrypting follows the header`, async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const sealed = await encryptEnvelope(plain, 'pass phrase');
    expect(sealed.encryption.iterations).toBe(600_000);
    expect(JSON.parse(await decryptEnvelope(sealed, 'pass phrase'))).toEqual(plain);
  });

  it('uses a fresh salt and iv every time', async () => {
    const [a, b] = await Promise.all([encryptEnvelope(plain, 'same', FAST), encryptEnvelope(plain, 'same', FAST)]);
    expect(a?.encryption.salt).not.toBe(b?.encryption.salt);
    expect(a?.encryption.iv).not.toBe(b?.encryption.iv);
    expect(a?.data).not.toBe(b?.data);
  });

  it('opens with the same passphrase typed in another Unicode form', async () => {
    const sealed = await encryptEnvelope(plain, 'Cafe\u0301 2024', FAST);
    expect(JSON.parse(await decryptEnvelope(sealed, 'Caf\u00e9 2024'))).toEqual(plain);
  });

  it('throws WrongPassphraseError for a wrong passphrase', async () => {
    const sealed = await encryptEnvelope(plain, 'right', FAST);
    const error = await caught(decryptEnvelope(sealed, 'wrong'));
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(error).toMatchObject({ name: 'WrongPassphraseError', message: expect.stringMatching(/passphrase is not right/) as unknown });
  });

  it.each([
    ['a changed byte of ciphertext', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, data: flipByte(e.data, 5) })],
    ['a changed authentication tag', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, data: flipByte(e.data, -1) })],
    ['a cut-off ciphertext', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, data: toBase64(fromBase64(e.data).slice(0, 20)) })],
    ['a changed iv', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, encryption: { ...e.encryption, iv: flipByte(e.encryption.iv, 0) } })],
    ['a changed salt', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, encryption: { ...e.encryption, salt: flipByte(e.encryption.salt, 3) } })],
    ['a changed round count', (e: Awaited<ReturnType<typeof encryptEnvelope>>) => ({ ...e, encryption: { ...e.encryption, iterations: 1_001 } })],
  ])('throws WrongPassphraseError for %s, even with the right passphrase', async (_label, tamper) => {
    const sealed = tamper(await encryptEnvelope(plain, 'right', FAST));
    expect(await caught(decryptEnvelope(sealed, 'right'))).toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a header whose iv is the wrong length with an ordinary error', async () => {
    const sealed = await encryptEnvelope(plain, 'right', FAST);
    const error = await caught(decryptEnvelope({ ...sealed, encryption: { ...sealed.encryption, iv: toBase64(new Uint8Array(8)) } }, 'right'));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(WrongPassphraseError);
  });
});
