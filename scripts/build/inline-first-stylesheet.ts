import type { Plugin } from 'vite';

/**
 * Puts the entry's stylesheet inside index.html: on a slow network the first paint then needs one request,
 * not two. The CSP allows the <style> block by its hash (content-security-policy.ts).
 */
export function inlineFirstStylesheet(): Plugin {
  return {
    name: 'inline-first-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = bundle?.[fileName];
          if (asset?.type !== 'asset') return link;
          return `<style>${String(asset.source).replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}
