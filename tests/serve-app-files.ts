import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not a URL object: under jsdom the global URL is jsdom's, which Node's path helpers refuse.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const browserFetch = globalThis.fetch;

/**
 * jsdom has no server behind it, so the app's own files (the framework content's JSON, fetched by root-relative
 * URL as `vite preview` serves it) are read from the project here; a missing file is a 404, as on the server.
 * Any other request goes to the real fetch, which a test without network refuses.
 */
export function serveAppFiles(): void {
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/')) return browserFetch(input, init);
    try {
      const body = await readFile(join(projectRoot, decodeURIComponent(url.split('?')[0] ?? '')));
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
