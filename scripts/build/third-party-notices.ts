import type { Plugin } from 'vite';
import { NOTICES_FILE, noticesText, shippedPackages } from '../shipped-packages.mjs';

/**
 * Writes dist/THIRD-PARTY-NOTICES.txt: the name, version, licence and licence text of every package whose code
 * the build ships (worked out from the output chunks exactly as `npm run deps` does), so the notices the
 * licences ask for travel with the code. The About screen links to it, and the service worker caches it.
 */
export function thirdPartyNotices(appName: string): Plugin {
  let root = process.cwd();
  return {
    name: 'third-party-notices',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      // A byte-order mark: static servers send .txt without a charset, and names in licences are not all ASCII.
      const text = `\uFEFF${noticesText(shippedPackages(chunks, root), appName)}\n`;
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text });
    },
  };
}
