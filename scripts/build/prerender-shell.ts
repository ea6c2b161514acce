import react from '@vitejs/plugin-react';
import { createServer, createServerModuleRunner, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

/**
 * What React writes for a Suspense boundary the server could not finish: `<!--$!-->` (switched to client
 * rendering, with a `<template>` carrying the reason) or `<!--$?-->` (still pending). Hydrating either throws
 * a recoverable error (#419) on every cold load, so the build refuses them.
 */
const UNFINISHED_BOUNDARY = /<!--\$[!?]-->|<template[\s>]/;

/** Throws when prerendered markup holds a Suspense boundary that the client would have to render afresh. */
export function assertFullyRendered(markup: string): void {
  const found = UNFINISHED_BOUNDARY.exec(markup);
  if (!found) return;
  const at = markup.slice(Math.max(0, found.index - 120), found.index + 40);
  throw new Error(
    `The prerendered home screen has an unfinished Suspense boundary (${found[0]}) near …${at}…: ` +
      'a lazily loaded part rendered on the server. Wrap it in LazyAfterHydration (src/components/ui/after-hydration.tsx).',
  );
}

/**
 * Renders the home screen at build time and writes it into index.html, so a first visit paints the real
 * header, heading and primary actions before any JavaScript has run; main.tsx then hydrates it.
 */
export function prerenderShell(entry: string): Plugin {
  return {
    name: 'prerender-shell',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes(ROOT)) throw new Error(`index.html must contain ${ROOT} for the prerendered shell.`);
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        // Only the SSR module runner is used: no browser dependencies to pre-bundle. Without this the client
        // dependency scan walks index.html, meets virtual:pwa-register (this server has no PWA plugin) and
        // prints "Failed to run dependency scan" with a stack trace on every build.
        optimizeDeps: { noDiscovery: true, entries: [] },
      });
      try {
        const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
        const { renderShell } = await runner.import<{ renderShell: () => Promise<string> }>(entry);
        const markup = await renderShell();
        await runner.close();
        assertFullyRendered(markup);
        return html.replace(ROOT, `<div id="root">${markup}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
