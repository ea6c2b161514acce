import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface Deployment {
  origin: string;
  /** The deployed files, which a test may change to publish a "newer build". */
  root: string;
  close(): Promise<void>;
}

/**
 * A copy of the production build on its own server, as a district would host it: a test can deploy a new
 * version of it without disturbing the shared preview server the other tests use.
 */
export async function deployCopyOfBuild(): Promise<Deployment> {
  const root = mkdtempSync(join(tmpdir(), 'edtech-deploy-'));
  cpSync('dist', root, { recursive: true });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    // Like the preview server: any path that is not a file gets the app's page.
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, root, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
