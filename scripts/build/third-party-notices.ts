import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { NOTICES_FILE, noticesText, packageRoot, shippedPackages } from '../shipped-packages.mjs';

/**
 * Writes dist/THIRD-PARTY-NOTICES.txt: the name, version, licence and licence text of every package whose code
 * the build ships (worked out from the output chunks exactly as `npm run deps` does), so the notices the
 * licences ask for travel with the code. The About screen links to it, and the service worker caches it.
 */
export function thirdPartyNotices(appName: string): Plugin {
  let root = process.cwd();
  return {
    name: 'third-party-notices',
    configResolved(config) {
      root = config.root;
    },
    // The development server has no output chunks to read, so the About screen's link would 404 there: it
    // serves the notices of the packages package.json declares for the browser (the build lists what it ships).
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${NOTICES_FILE}`, (_request, response) => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        const declared = Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, root: packageRoot(name, root) }));
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(`${noticesText(declared, appName)}\n`);
      });
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      // A byte-order mark: static servers send .txt without a charset, and names in licences are not all ASCII.
      const text = `\uFEFF${noticesText(shippedPackages(chunks, root), appName)}\n`;
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text });
    },
  };
}
