import type { Plugin } from 'vite';

/**
 * Lists the entry's static imports (React's JSX runtime, the bundler's runtime) as `modulepreload` links in
 * index.html, so the browser fetches them beside the entry instead of one round trip after it. Vite's own
 * `build.modulePreload` would do this too, but it also puts its preload helper and dependency table in the
 * first download; lazy screens need neither (the service worker has them all).
 */
export function preloadFirstImports(): Plugin {
  return {
    name: 'preload-first-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const imported = bundle?.[fileName];
          if (imported?.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          imported.imports.forEach(visit);
        };
        chunk?.imports.forEach(visit);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
