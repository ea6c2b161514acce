import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/build/content-security-policy.ts';
import { inlineFirstStylesheet } from './scripts/build/inline-first-stylesheet.ts';
import { preloadFirstImports } from './scripts/build/preload-first-imports.ts';
import { prerenderShell } from './scripts/build/prerender-shell.ts';
import { thirdPartyNotices } from './scripts/build/third-party-notices.ts';

const name = 'EdTech Leader Self-Assessment';

const nodeModule = (path: string) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));

/**
 * React Router ships a production build beside its development one, but its package exports only the development
 * build, warnings and all; Workbox's window module points bundlers at its ES5 build. The app's build takes the
 * production and modern builds (about 1 KB gzip less; every browser with a service worker runs ES2017); the dev
 * server and the tests keep React Router's warnings.
 */
const leanerBuilds = (): Plugin => ({
  name: 'leaner-builds',
  apply: 'build',
  config: () => ({
    resolve: {
      alias: [
        { find: /^react-router$/, replacement: nodeModule('react-router/dist/production/index.mjs') },
        { find: /^react-router\/dom$/, replacement: nodeModule('react-router/dist/production/dom-export.mjs') },
        { find: /^workbox-window$/, replacement: nodeModule('workbox-window/build/workbox-window.prod.mjs') },
      ],
    },
  }),
});

export default defineConfig({
  plugins: [
    react(),
    leanerBuilds(),
    prerenderShell('/src/app/prerender.tsx'),
    VitePWA({
      // The app asks before it updates (src/lib/service-worker.ts), so nobody is reloaded mid-sentence.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name,
        short_name: 'Leader Self-Assessment',
        description: 'A private, offline self-assessment for K-12 district technology leaders, built on the CoSN Framework of Essential Skills of the K-12 CTO.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f3f5f8',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every lazy chunk too: a screen first opened offline must still load. The .txt is the third-party
        // licence notices, linked from the About screen.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        globIgnores: ['.vite/**'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    inlineFirstStylesheet(),
    preloadFirstImports(),
    contentSecurityPolicy(),
    thirdPartyNotices(name),
  ],
  build: {
    // size.mjs reads the manifest to find what the first screen loads.
    manifest: true,
    target: 'es2022',
    // No preload helper or dependency table in the first download (about 1 KB gzip of the 100 KB budget): a lazy
    // screen's imports are fetched as the browser finds them, and the service worker has precached them all anyway.
    // The entry's own imports are preloaded from index.html instead (preload-first-imports.ts).
    modulePreload: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
