import type { SealedEnvelope } from '../domain/files/envelope.ts';

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256. The count is written into each file, so it can change. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Base64 without Node's Buffer, so it runs in browsers too; built in chunks to stay clear of argument limits. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A text's UTF-8 bytes. Chromium's `encode` of a 20 MB text takes several times as long as `encodeInto`; most
 * files are ASCII, so one byte a character is tried first, and three (the most a UTF-16 unit needs) if it fell short.
 */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  const ascii = new Uint8Array(text.length);
  const first = encoder.encodeInto(text, ascii);
  if (first.read === text.length) return ascii.subarray(0, first.written);
  const bytes = new Uint8Array(text.length * 3);
  return bytes.subarray(0, encoder.encodeInto(text, bytes).written);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Bytes(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  // The same passphrase typed on another system may arrive in another Unicode form: use one.
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/**
 * Seals a plain envelope with a passphrase: PBKDF2-SHA-256 (random 16-byte salt) gives an AES-GCM 256 key,
 * which encrypts the envelope's JSON text under a random 12-byte iv. `iterations` is for tests only.
 */
export async function encryptEnvelope<P extends { type: string; formatVersion: number }>(plain: P, passphrase: string, options: { iterations?: number } = {}): Promise<SealedEnvelope> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, utf8Bytes(JSON.stringify(plain)));
  return {
    type: plain.type,
    formatVersion: plain.formatVersion,
    encrypted: true,
    encryption: { kdf: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt), cipher: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The passphrase does not open the file, or the file was changed after it was sealed: AES-GCM cannot tell which. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not right, or the file was changed after it was exported.');
    this.name = 'WrongPassphraseError';
  }
}

/** The plain envelope's JSON text. Throws WrongPassphraseError when the key does not authenticate the data. */
export async function decryptEnvelope(envelope: SealedEnvelope, passphrase: string): Promise<string> {
  const { iterations } = envelope.encryption;
  const salt = fromBase64(envelope.encryption.salt);
  const iv = fromBase64(envelope.encryption.iv);
  if (salt.length < SALT_BYTES || iv.length !== IV_BYTES) throw new Error('The file’s encryption header is damaged.');
  const key = await deriveKey(passphrase, salt, iterations, 'decrypt');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(envelope.data));
  } catch (error) {
    // A DOMException is not always instanceof Error (other realms, test environments): go by name.
    const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
    if (name === 'OperationError') throw new WrongPassphraseError();
    throw error;
  }
  return decoder.decode(plain);
}
