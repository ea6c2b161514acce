import react from '@vitejs/plugin-react';
import { createServer, createServerModuleRunner, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

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
        return html.replace(ROOT, `<div id="root">${markup}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}
