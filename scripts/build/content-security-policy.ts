import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Every inline <script> or <style> in the page, so the policy allows exactly those by hash and nothing else inline. */
function inlineHashes(html: string, tag: 'script' | 'style'): string {
  const blocks = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))];
  return blocks.map(([, body = '']) => ` 'sha256-${createHash('sha256').update(body).digest('base64')}'`).join('');
}

/**
 * Writes a strict Content-Security-Policy into the built index.html. A meta tag, not a header, because the
 * app is served as static files by whatever server a district has; frame-ancestors cannot be set this way.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // A style attribute cannot be allowed by hash, so the built page must not have one.
        if (/<[^>]+\sstyle=/i.test(html)) throw new Error('index.html has an inline style attribute, which the CSP would block.');
        const policy = [
          "default-src 'self'",
          `script-src 'self'${inlineHashes(html, 'script')}`,
          `style-src 'self'${inlineHashes(html, 'style')}`,
          "img-src 'self' data: blob:",
          "font-src 'self'",
          "connect-src 'self'",
          "worker-src 'self'",
          "manifest-src 'self'",
          "frame-src 'none'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ].join('; ');
        return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
