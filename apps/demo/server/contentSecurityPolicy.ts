import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { BrowserConfig } from './env';

/** Where the browser's CometChat client connects: the emulator's URL, or CometChat's hosts. */
function cometChatOrigins(config: BrowserConfig | null): string[] {
  if (!config) return [];
  if (config.kind === 'emulator') return [new URL(config.url).origin];
  return ['https://*.cometchat.io', 'wss://*.cometchat.io'];
}

/**
 * The demo's Content-Security-Policy: its own scripts (and the inline theme script, by hash), styles
 * and API; images from anywhere over https (avatars); connections to CometChat; no plugins, no framing,
 * no form posts elsewhere.
 *
 * @example
 * ```ts
 * contentSecurityPolicy(config, ["'sha256-…'"]); // "default-src 'self'; script-src 'self' 'sha256-…'; …"
 * ```
 */
export function contentSecurityPolicy(config: BrowserConfig | null, scriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: https:",
    `connect-src 'self' ${cometChatOrigins(config).join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * A Vite plugin for production builds: puts the policy into the HTML as a `<meta>` tag, with the hash of
 * each inline script (the policy's `frame-ancestors` only works as a header: `vite preview` sends it).
 */
export function contentSecurityPolicyPlugin(config: BrowserConfig | null): Plugin {
  return {
    name: 'profilekit-demo:csp',
    apply: 'build',
    transformIndexHtml(html) {
      const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
        ([, body]) =>
          `'sha256-${createHash('sha256')
            .update(body ?? '')
            .digest('base64')}'`,
      );
      const meta = contentSecurityPolicy(config, hashes).replace("; frame-ancestors 'none'", '');
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: meta }, injectTo: 'head-prepend' },
      ];
    },
  };
}
